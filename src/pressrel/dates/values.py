"""Calendar arithmetic and :class:`~pressrel.records.DateValue` constructors for the date rules.

Every function takes and returns None for "unknown" (no anchor, an invalid date, a year beyond
1-9999), so the rules can chain them without checks.
"""

from __future__ import annotations

import datetime

from ..records import DateValue

Anchor = datetime.date | None

_ORDER = {"day": 0, "month": 1, "year": 2}
RECENT_DAYS = 6  # a day this near before the anchor is no future of the document's own


def point(
    value: str | None, precision: str, *, inferred: bool = False, relative: bool = False
) -> DateValue:
    """A date, month or year; ``precision`` is dropped when the value is unknown."""
    return DateValue(value, precision if value else None, inferred, relative, "date")


def interval(
    first: str | None,
    second: str | None,
    precision: str,
    *,
    inferred: bool = False,
    relative: bool = False,
) -> DateValue:
    """An ISO 8601 interval ``first/second``, unknown unless both ends are known."""
    value = f"{first}/{second}" if first and second else None
    return DateValue(value, precision if value else None, inferred, relative, "range")


def period() -> DateValue:
    """A duration, a frequency or a length: never a value."""
    return DateValue(None, None, kind="duration")


def unresolved(*, relative: bool = True, kind: str = "date") -> DateValue:
    return DateValue(None, None, relative=relative, kind=kind)


def coarser(first: str, second: str) -> str:
    return first if _ORDER[first] >= _ORDER[second] else second


def iso_day(year: int | None, month: int, day: int) -> str | None:
    if year is None:
        return None
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def iso_month(year: int | None, month: int) -> str | None:
    return None if year is None or not 1 <= year <= 9999 else f"{year:04d}-{month:02d}"


def iso_year(year: int | None) -> str | None:
    return None if year is None or not 1 <= year <= 9999 else f"{year:04d}"


def iso_date(date: Anchor) -> str | None:
    return None if date is None else date.isoformat()


def anchor_year(anchor: Anchor, offset: int = 0) -> int | None:
    return None if anchor is None else anchor.year + offset


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


def shift(date: Anchor, days: int) -> Anchor:
    """``date`` plus ``days``; None past the calendar's ends."""
    if date is None:
        return None
    try:
        return date + datetime.timedelta(days=days)
    except OverflowError:
        return None


def weekday_date(anchor: Anchor, weekday: int, offset: int | None) -> Anchor:
    """The date of a weekday (Monday = 0) told relative to the anchor.

    Plain ("в среду", ``offset`` None): the latest such day on or before the anchor, because
    news is told in the past tense. Past ("в прошлую среду", -1): the latest strictly before.
    Next ("в следующую среду", +1): the first strictly after. This ("в эту среду", 0): the one
    in the anchor's Monday-to-Sunday week.
    """
    if anchor is None:
        return None
    back = (anchor.weekday() - weekday) % 7
    if offset is None:
        return shift(anchor, -back)
    if offset < 0:
        return shift(anchor, -(back or 7))
    if offset > 0:
        return shift(anchor, (weekday - anchor.weekday()) % 7 or 7)
    return shift(anchor, weekday - anchor.weekday())


def week(anchor: Anchor, offset: int) -> DateValue:
    """The Monday-to-Sunday week ``offset`` weeks from the anchor's, as a day interval."""
    monday = None if anchor is None else shift(anchor, 7 * offset - anchor.weekday())
    return interval(iso_date(monday), iso_date(shift(monday, 6)), "day", relative=True)


def century(number: int, *, relative: bool = False) -> DateValue:
    """The 20th century is 1901/2000."""
    return interval(
        iso_year((number - 1) * 100 + 1), iso_year(number * 100), "year", relative=relative
    )


def ago(anchor: Anchor, amount: float | None, unit: str | None) -> DateValue:
    """``amount`` units before the anchor ("три месяца назад"), at the unit's precision."""
    if anchor is None or amount is None or amount != int(amount) or unit is None:
        return unresolved()
    amount = int(amount)
    if unit in ("day", "week"):
        days = amount * (7 if unit == "week" else 1)
        return point(iso_date(shift(anchor, -days)), "day", relative=True)
    if unit == "month":
        year, month = add_months(anchor.year, anchor.month, -amount)
        return point(iso_month(year, month), "month", relative=True)
    years = {"year": 1, "decade": 10, "century": 100}.get(unit)
    if years is None:
        return unresolved()
    return point(iso_year(anchor.year - amount * years), "year", relative=True)


def nearest_year(anchor: Anchor, month: int, day: int | None = None, tense: str | None = None):
    """The year of a month (or a day) told without one: the year that puts it nearest the
    anchor (a tie goes to the past), unless the tense of its clause says otherwise: in the past
    tense the latest one not after the anchor ("В декабре объем вырос" in February: last
    December), in the future tense the first one not before it ("В ноябре произойдет" in
    December: next November), unless it is a day less than a week before the anchor: a future
    told from a moment before the document, as a narrative or reported speech tells it ("ей
    сказали, что это произойдет 18 мая" on 19 May is that 18 May, not next year's)."""
    if anchor is None:
        return None
    # positions in a year of 12 months of 31 days; a month alone is compared by its month
    distance = month * 31 + (day or 0) - anchor.month * 31 - (0 if day is None else anchor.day)
    if tense == "past":
        return anchor.year if distance <= 0 else anchor.year - 1
    if tense == "futr":
        recent = day is not None and -RECENT_DAYS <= distance < 0
        return anchor.year if distance >= 0 or recent else anchor.year + 1
    return anchor.year + min((-1, 0, 1), key=lambda years: (abs(distance + 372 * years), years))


def nearest_century(anchor: Anchor, two_digits: int) -> int | None:
    """A two-digit year ("02.02.15", "27.05.99") in the century that puts it nearest the
    anchor's year (a tie goes to the past); None without an anchor."""
    if anchor is None:
        return None
    base = anchor.year // 100 * 100 + two_digits
    return min((base - 100, base, base + 100), key=lambda year: (abs(year - anchor.year), year))


def iso_year_before_era(number: int | None) -> str | None:
    """A year before the common era as an ISO 8601 year: 1 BCE is 0000, 100 BCE is -0099."""
    if number is None or not 1 <= number <= 9999:
        return None
    return f"{1 - number:05d}" if number > 1 else "0000"

"""What "предыдущий" and "следующий" count from: the period the sentence has just named; and
whose year or month a part of one named with no number is ("В 2019 году ... в начале года" is
the start of 2019, not of the document's year).

"Прошлый" and "будущий" count from the moment of speaking (the document's date): "в прошлом
квартале" of a release of July is the second quarter. "Предыдущий" and "следующий" mean the one
before or after the one in question, and when the sentence has just named a period of the same
unit, that one is in question: "В II квартале 2024 года рост составил 8,6% после 5,8% в
предыдущем квартале" is the first quarter of 2024, "в 2019 году ... в следующем году" is 2020.
When the sentence names none before it, the expression counts from the document's date, as the
rules resolved it ("по сравнению с предыдущим кварталом" alone).

"Тот же" means the very period of its unit the text has named last, in its paragraph: "К 2007
году компания выросла. В том же году ..." is 2007 ("в тот же день" likewise a day).

Only a period the sentence names counts (a month without its year too: "В июне рост ускорился
после спада в предыдущем месяце" is May), not one counted from the document's date itself ("в
прошлом году X, в следующем году Y" are both counted from it); it is of the same unit (a year for
"году", a month, a quarter, a half-year), in the same sentence before the expression.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from ..lang.letters import LINE_ENDS
from ..lang.sentences import ENDS_A_SENTENCE
from ..records import DateValue
from . import values as v
from .lexicon import fold_phrase, unit_name
from .match import DateMatch

# the deictic phrase's last two words: the adjective and the unit ("в предыдущем квартале")
COUNTED = re.compile(r"(?:^|\s)(предыдущ|следующ)\w*\s+(\w+)$")
# a part of a year or month named with no number ("в начале года"): of the one just named
PART = re.compile(r"(?:начал|середин|конц|конец|половин)\w*\s+(года|месяца)$")
# "в том же году", "в тот же день": the period named last, in the paragraph
SAME = re.compile(r"(?:^|\s)(?:тот|том|той|ту|того|тем|те|та)\s+же\s+(\w+)$")
OFFSETS = {"предыдущ": -1, "следующ": 1}
MONTHS = {"year": 12, "half-year": 6, "quarter": 3, "month": 1}
YEAR = re.compile(r"(\d{4})")
MONTH = re.compile(r"(\d{4})-(\d{2})")
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
PERIOD = re.compile(r"(\d{4})-(\d{2})/(\d{4})-(\d{2})")


def from_named_periods(text: str, matches: list[DateMatch]) -> list[DateMatch]:
    """matches with each "предыдущий/следующий" + unit counted from the last period of that
    unit the sentence names before it (see the module), the others as they are."""
    counted: list[DateMatch] = []
    for match in matches:
        same = SAME.search(fold_phrase(match.text)) if match.date.value is None else None
        if same is not None:  # "К 2007 году ... В том же году": 2007
            named_date = _named_in_paragraph(text, counted, match.start, unit_name(same[1]))
            counted.append(replace(match, date=named_date) if named_date else match)
            continue
        part = PART.search(fold_phrase(match.text)) if match.date.relative else None
        if part is not None:  # "В 2019 году ... в начале года": the start of 2019
            unit = unit_name(part[1])
            named = _named_before(text, counted, match.start, unit)
            counted.append(replace(match, date=_period(named, unit)) if named else match)
            continue
        found = COUNTED.search(fold_phrase(match.text))
        unit = unit_name(found[2]) if found else None
        if found is None or unit not in MONTHS:
            counted.append(match)
            continue
        named = _named_before(text, counted, match.start, unit)
        if named is None:
            counted.append(match)
            continue
        first = v.add_months(*named, OFFSETS[found[1]] * MONTHS[unit])
        counted.append(replace(match, date=_period(first, unit)))
    return counted


def _named_before(
    text: str, before: list[DateMatch], start: int, unit: str
) -> tuple[int, int] | None:
    """(year, first month) of the last period of unit named before start in its sentence (not
    counted from the document's date), None when there is none."""
    for date in _named_dates(text, before, start, _sentence_ends):
        named = _first_month(date, unit)
        if named is not None:
            return named
    return None


def _named_in_paragraph(
    text: str, before: list[DateMatch], start: int, unit: str | None
) -> DateValue | None:
    """The last period of unit (a day, a month, a quarter, a half-year, a year) named before
    start in its paragraph (not counted from the document's date), or of a year the year of a
    date within one, as a relative date; None when there is none."""
    for date in _named_dates(text, before, start, _paragraph_ends):
        value = date.value or ""  # never empty: _named_dates gives resolved dates only
        if unit == "day":
            if date.precision == "day" and DAY.fullmatch(value):
                return v.point(value, "day", relative=True)
            continue
        years = {part[:4] for part in value.split("/")}
        if unit == "year" and len(years) == 1 and YEAR.match(value):
            return _period((int(years.pop()), 1), unit)  # "в марте 2010 года ... в том же году"
        named = _first_month(date, unit) if unit in MONTHS else None
        if named is not None:
            return _period(named, unit)
    return None


def _named_dates(
    text: str, before: list[DateMatch], start: int, ends: Callable[[str, int, int], bool]
) -> Iterator[DateValue]:
    """The values of the dates before start the text names itself (not counted from the
    document's date), last first, up to where ends says the stretch of text ends between one
    and start (its sentence or its paragraph)."""
    for match in reversed(before):
        if ends(text, match.stop, start):
            return
        if match.date.value is not None and not match.date.relative:
            yield match.date


def _sentence_ends(text: str, start: int, stop: int) -> bool:
    return ENDS_A_SENTENCE.search(text, start, stop) is not None


def _paragraph_ends(text: str, start: int, stop: int) -> bool:
    return any(end in text[start:stop] for end in LINE_ENDS)


def _first_month(date: DateValue, unit: str) -> tuple[int, int] | None:
    """(year, first month) of date when it is one whole period of unit."""
    value = date.value or ""
    if unit == "year":
        return (int(value), 1) if date.precision == "year" and YEAR.fullmatch(value) else None
    if unit == "month":
        whole = MONTH.fullmatch(value) if date.precision == "month" else None
        return (int(whole[1]), int(whole[2])) if whole else None
    period = PERIOD.fullmatch(value)
    if period is None:
        return None
    first, last = (int(period[1]), int(period[2])), (int(period[3]), int(period[4]))
    months = MONTHS[unit]
    whole = (first[1] - 1) % months == 0 and v.add_months(*first, months - 1) == last
    return first if whole else None


def _period(first: tuple[int, int], unit: str) -> DateValue:
    """The period of unit that starts with the month first, as the deictic rules write it."""
    if unit == "year":
        return v.point(v.iso_year(first[0]), "year", relative=True)
    if unit == "month":
        return v.point(v.iso_month(*first), "month", relative=True)
    last = v.add_months(*first, MONTHS[unit] - 1)
    return v.interval(v.iso_month(*first), v.iso_month(*last), "month", relative=True)

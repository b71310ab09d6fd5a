"""Rule-based extraction of Russian temporal expressions, with ISO 8601 values.

``find_dates(text, anchor)`` returns every temporal expression of the text, sorted and
non-overlapping, each with a :class:`~pressrel.records.DateValue`. ``anchor`` is the document's
own date; ``anchor_date(text)`` finds it when the document has no separate date line.

What counts as a temporal expression (the spans follow NEREL's DATE type)
--------------------------------------------------------------------------
* Calendar dates: ``18 декабря 2015``, ``18 дек. 2015 г.``, ``18.12.2015``, ``2015-12-18``,
  ``1-го мая``, ``15 декабря`` (year-less), ``в декабре 2015 года``, ``сентябрь 2015 года``,
  ``в сентябре`` (year-less month), ``2015 года``, ``в 2015 году``, ``2015 г.``, ``1945-го``.
* Ranges, one span each: ``21–22 октября 2015 года``, ``с 15 по 18 декабря``,
  ``с 15 декабря по 18 января 2016 года``, ``с 3 на 4 июня``, ``в ноябре-декабре``,
  ``С апреля 1998 года по май 1999 года``, ``2014–2015 годах``, ``с 2010 по 2015 год``.
* Decades and centuries: ``В 1980-е``, ``в 1990-х годах``, ``в начале 2000-х``,
  ``в девяностые годы двадцатого века``, ``в XX веке``.
* Parts of periods and seasons: ``в начале 2017 года``, ``в конце марта``, ``весной 2012 года``.
* Weekdays, alone or before/after a date: ``в среду``, ``В воскресенье, 11 июня 2017 года``,
  ``25 июля, в четверг``; ``вчера, 9 мая 2019 года`` is one span too.
* Deictic expressions: ``сегодня``, ``вчера``, ``накануне``, ``в прошлом году``, ``на этой
  неделе``, ``в следующем мае``, ``в прошлую пятницу``, ``феврале этого года``, ``на следующий
  день``, ``три месяца назад``, ``через два дня``, ``Недавно``, ``На днях``, ``В настоящее время``.
* Durations, periods, frequencies and ages (kind ``"duration"``, value None): ``два года``,
  ``в течение 12 лет``, ``70 лет``, ``10 суток``, ``15-летний``, ``1 год 6 месяцев``,
  ``около 30 лет``, ``за неделю``, ``каждые три года``, ``в год`` (as in "тонн в год").

A leading preposition belongs to the span (``в 2018 году``, ``С 27 апреля``, ``на 11 декабря``,
``до 2020 года``), as in NEREL.

Bare numbers
------------
A four-digit number is a year only with a date word around it:

* a year word after it (``2015 года``, ``2015 г.``, ``1912-1914гг``), a month before it, or a
  ``-го``/``-м`` suffix (``1945-го``);
* a preposition before it (``в``, ``с``, ``до``, ``к``, ``по``, ...), the number is 1000–2100 and
  no lowercase word or unit follows: ``в 2015`` and ``В 1976 — поступил`` are years (NEREL marks
  them), ``в 2015 компаниях`` and ``с 1500 рублей`` are not;
* alone in parentheses and 1800–2100: ``The Fat of the Land (1997)``;
* glued to a name by a hyphen: the ``2013`` of ``ЕГЭ-2013``, ``Евро-2012`` (1900–2099).

``2015 компаний``, ``в 12 часов``, phone numbers, ``1/2`` and the ``19`` of ``COVID-19`` are not
dates. NEREL does mark that ``19`` (as a DATE nested in the disease name), but it names a
disease, not a time, so a user of the dates would only get noise from it.

Values
------
``DateValue.value`` is ISO 8601: ``2015-12-18`` (precision ``day``), ``2015-12`` (``month``),
``2015`` (``year``), or an interval ``a/b`` (kind ``range``) whose precision is the coarser
end's. The value is the smallest calendar unit sure to contain the expression: ``в начале 2017
года`` and ``весной 2012 года`` are the year (``2017``, ``2012``), ``в конце марта`` is the month.
Decades and centuries are year intervals (``1980/1989``; the 20th century is ``1901/2000``).
Open ranges (``с 2013 года``, ``до 2020 года``) keep the value of their one end.

* Year-less dates (``15 декабря``, ``в сентябре``, ``в конце марта``) take the anchor's year and
  have ``year_inferred=True``; in a range the first end rolls back a year when its month comes
  after the second end's (``с 15 декабря по 18 января 2016 года`` -> ``2015-12-15/2016-01-18``).
* Deictic expressions have ``relative=True`` and are resolved against the anchor: ``вчера`` and
  ``накануне`` are the anchor's day before, ``в прошлом году`` its year minus one, ``на этой
  неделе`` the anchor's Monday-to-Sunday interval, ``N дней/месяцев/лет назад`` N units back.
* A bare weekday (``в среду``) is the latest such day on or before the anchor, because news is
  told in the past tense (a Wednesday anchor makes ``в среду`` the anchor itself); ``в прошлую
  среду`` is the latest one strictly before it, ``в следующую среду`` the first one after it and
  ``в эту среду`` the one in the anchor's week. A weekday next to a date never changes the date.
* Anaphoric expressions, which hang on the story rather than on the document's date (``на
  следующий день``, ``в том же году``, ``через два дня``, ``Годом позже``), and vague ones
  (``недавно``, ``несколько дней назад``) are ``relative=True`` with value None.
* The flags describe the expression, not its resolution: with ``anchor=None`` a year-less or
  deictic expression keeps ``year_inferred``/``relative`` but its value is None (never an
  invented year). ``precision`` is None whenever ``value`` is None.
* Durations are kind ``"duration"``, value None, precision None; an invalid date (``31 июня``)
  is returned with value None.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .dates_lexicon import (
    DASH,
    FOLD_TABLE,
    STARTER,
    TRIGGER,
    TRIGGER_LOOKBACK,
    DAY,
    DECADE4,
    DEICTIC,
    DEICTIC_UNIT,
    HALF_UNIT,
    HOUR_UNIT,
    LOWER,
    MONTH,
    MONTH_NUMERIC,
    MONTH_WORD,
    NUM_END,
    NUM_START,
    ORDINAL_SUFFIX,
    PART_OF,
    PREPOSITION,
    QUANTITY,
    ROMAN,
    S0,
    SEASON,
    SEASON_INSTRUMENTAL,
    UNIT,
    UPPER,
    WEEKDAY,
    WEEKDAY_ACCUSATIVE,
    WEEKDAY_ALONE,
    WEEKDAY_GENITIVE,
    WORD_END,
    WORD_START,
    YEAR3,
    YEAR4,
    YEAR_SUFFIX,
    YEAR_WORD,
    YEAR_WORD_FULL,
    YEARS_WORD,
    S,
    alt,
    forms,
    words,
    compile_ci,
    fold,
    half_unit,
    month_number,
    number_value,
    relative_offset,
    roman_value,
    unit_name,
    weekday_number,
)
from .records import DateValue

__all__ = ["DateMatch", "anchor_date", "find_dates"]


@dataclass(frozen=True)
class DateMatch:
    start: int  # half-open code-point offsets: text[start:stop] == self.text
    stop: int
    text: str
    date: DateValue


def find_dates(text: str, anchor: datetime.date | None = None) -> list[DateMatch]:
    """All temporal expressions, sorted, non-overlapping.

    ``anchor`` is the document's own date: year-less dates take its year (``year_inferred``) and
    deictic ones resolve against it (``relative``). With ``anchor=None`` they keep value None.
    """
    return list(_scan(text, anchor))


def anchor_date(text: str, head: int = 500) -> datetime.date | None:
    """The document's date when it has no separate date line: the first full day-month-year
    date that starts in the first ``head`` characters."""
    for match in _scan(text[: head + 40], None):
        if match.start >= head:
            break
        date = match.date
        if date.kind == "date" and date.precision == "day" and not date.relative:
            return datetime.date.fromisoformat(date.value)  # type: ignore[arg-type]
    return None


# --- the scan -------------------------------------------------------------------------------


class _Groups:
    """The groups of one rule in a match, by their short names."""

    __slots__ = ("_match", "_prefix")

    def __init__(self, match, rule: str) -> None:
        self._match = match
        self._prefix = rule + "_"

    def __call__(self, key: str) -> str | None:
        name = self._prefix + key
        if name not in self._match.re.groupindex:
            return None
        return self._match.group(name)

    def before(self, width: int = 30) -> str:
        """The text just before the match (folded), for context rules."""
        start = self._match.start()
        return fold(self._match.string[max(0, start - width) : start])

    def after(self, width: int = 30) -> str:
        end = self._match.end()
        return fold(self._match.string[end : end + width])


Builder = Callable[[_Groups, "datetime.date | None"], "DateValue | None"]


@dataclass(frozen=True)
class _Rule:
    name: str
    pattern: str
    build: Builder


def _scan(text: str, anchor: datetime.date | None) -> Iterator[DateMatch]:
    """Leftmost-first matches of the rules, tried only where an expression may start (a word
    that can begin one) shortly before a trigger (a digit, a month, a unit...) that every
    expression holds: a text without triggers costs one fast scan, and the full patterns run
    at a few places only. ``_scan_everywhere`` is the slow reference it must agree with."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters lowercase to two ("İ")
        lowered = text.translate(FOLD_TABLE)
    pos = 0  # the end of the last match
    tried = 0  # starts before this were tried already
    for trigger in _TRIGGER.finditer(lowered):
        at = trigger.start()
        if at < pos:
            continue
        for starter in _STARTER.finditer(lowered, max(pos, tried, at - TRIGGER_LOOKBACK)):
            start = starter.start()
            if start > at:
                break
            if start < pos:
                continue
            found = _match_at(text, start, anchor)
            if found is not None:
                yield found
                pos = found.stop
        tried = at + 1


def _scan_everywhere(text: str, anchor: datetime.date | None) -> Iterator[DateMatch]:
    """The reference scan: every rule tried at every position (slow; for tests)."""
    pos = 0
    while pos < len(text):
        found = _match_at(text, pos, anchor)
        if found is None:
            pos += 1
        else:
            yield found
            pos = found.stop


def _match_at(text: str, start: int, anchor: datetime.date | None) -> DateMatch | None:
    """The first rule, in priority order, that matches at ``start`` and accepts the match.

    The combined pattern picks the first alternative that matches; when that rule's builder
    rejects the match, the later rules are tried one by one at the same place.
    """
    match = _COMBINED.match(text, start)
    if match is None:
        return None
    index = _RULE_INDEX[match.lastgroup]
    for rule, regex in _COMPILED_RULES[index:]:
        found = match if rule.name == match.lastgroup else regex.match(text, start)
        if found is None:
            continue
        value = rule.build(_Groups(found, rule.name), anchor)
        if value is not None and found.end() > start:
            end = found.end()
            return DateMatch(start, end, text[start:end], value)
    return None


# --- values ---------------------------------------------------------------------------------


def _iso_day(year: int | None, month: int, day: int) -> str | None:
    if year is None:
        return None
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def _iso_month(year: int | None, month: int) -> str | None:
    return None if year is None else f"{year:04d}-{month:02d}"


def _iso_year(year: int | None) -> str | None:
    return None if year is None or year < 1 else f"{year:04d}"


def _point(
    value: str | None, precision: str, *, inferred: bool = False, relative: bool = False
) -> DateValue:
    return DateValue(value, precision if value else None, inferred, relative, "date")


def _interval(
    first: str | None,
    second: str | None,
    precision: str,
    *,
    inferred: bool = False,
    relative: bool = False,
) -> DateValue:
    value = f"{first}/{second}" if first and second else None
    return DateValue(value, precision if value else None, inferred, relative, "range")


def _period() -> DateValue:
    return DateValue(None, None, kind="duration")


_ORDER = {"day": 0, "month": 1, "year": 2}


def _coarser(first: str, second: str) -> str:
    return first if _ORDER[first] >= _ORDER[second] else second


def _year(text: str | None) -> int | None:
    return int(text) if text else None


def _anchor_year(anchor: datetime.date | None, offset: int = 0) -> int | None:
    return None if anchor is None else anchor.year + offset


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


def _day_of(date: datetime.date | None) -> str | None:
    return None if date is None else date.isoformat()


# --- pattern helpers --------------------------------------------------------------------------


def _g(rule: str, key: str, pattern: str) -> str:
    """A named group of one rule (names are unique across the combined pattern)."""
    return f"(?P<{rule}_{key}>{pattern})"


def _opt(pattern: str) -> str:
    return f"(?:{pattern})?"


def _lead(rule: str, part: bool = False) -> str:
    """An optional preposition, and an optional part-of-period noun: "в", "в начале"."""
    lead = _opt(_g(rule, "prep", PREPOSITION) + S)
    if part:
        lead += _opt(_g(rule, "part", PART_OF) + S)
    return WORD_START + lead


def _year_tail(rule: str, key: str = "y") -> str:
    """A year after a month: "2015", "2015 года", "2015 г.", "1945-го", "1981"."""
    number = alt(YEAR4, YEAR3 + f"(?={S0}{YEAR_WORD_FULL})")
    return _g(rule, key, number) + _year_end(_g(rule, key + "w", YEAR_WORD))


def _year_end(year_word: str = YEAR_WORD) -> str:
    """What may follow a year's digits: a year word (also glued: "2001г"), "-го", or nothing."""
    return alt(S0 + year_word, YEAR_SUFFIX, NUM_END)


# A bare year must not be followed by a noun or a unit: "в 2015 компаниях", "с 1500 рублей".
_NO_NOUN_AFTER = (
    rf"(?!{S0}[%‰°$€₽£¥]|{S}(?!(?:и|или|а|но){WORD_END}){LOWER}|[-\u2010-\u2015]\d)"
)


# --- rules: ranges ---------------------------------------------------------------------------


def _day_month_part(rule: str, n: str, month_required: bool) -> str:
    """"15", "15 декабря", "15 декабря 2015 года" (day n of a range)."""
    month = S0 + _g(rule, "m" + n, MONTH) + _opt(S + _year_tail(rule, "y" + n))
    day = (NUM_START if n == "1" else "") + _g(rule, "d" + n, DAY) + ORDINAL_SUFFIX
    return day + (month if month_required else _opt(month))


def _range_dm_dash(rule: str) -> str:
    return _lead(rule) + _day_month_part(rule, "1", False) + DASH + _day_month_part(rule, "2", True)


def _range_dm_words(rule: str) -> str:
    """"с 15 по 18 декабря", "с 3 на 4 июня", "между 5 и 10 мая"."""
    first = _g(rule, "from", alt("с", "со", "от", "начиная с", "между")) + S
    to = "," + "?" + S + _g(rule, "to", alt("по", "до", "на", "и", "и до", "вплоть до")) + S
    return WORD_START + first + _day_month_part(rule, "1", False) + to + _day_month_part(rule, "2", True)


def _build_range_dm(g: _Groups, anchor: datetime.date | None) -> DateValue | None:
    if not _range_words_agree(g("from"), g("to")):
        return None
    d1, d2, m2 = int(g("d1")), int(g("d2")), month_number(g("m2"))
    m1 = month_number(g("m1")) if g("m1") else m2
    if g("m1") is None and d1 >= d2:
        return None  # "15-15 мая", "30-1 мая": not a day range
    y1, y2 = _year(g("y1")), _year(g("y2"))
    inferred = y2 is None and y1 is None
    if y2 is None:
        y2 = y1 if y1 is not None and (m1, d1) <= (m2, d2) else _anchor_year(anchor)
        if y1 is not None and y2 is None:
            y2 = y1 + 1
    if y1 is None and y2 is not None:
        y1 = y2 if (m1, d1) <= (m2, d2) else y2 - 1
    return _interval(_iso_day(y1, m1, d1), _iso_day(y2, m2, d2), "day", inferred=inferred)


def _range_words_agree(first: str | None, to: str | None) -> bool:
    """"с ... по/до/на", "от ... до", "между ... и"; a dash range has neither word."""
    if first is None and to is None:
        return True
    first, to = fold(first or ""), fold(to or "")
    if first == "между":
        return to == "и"
    if first == "от":
        return to in ("до", "и до")
    return to in ("по", "до", "на", "вплоть до", "и до")


def _month_year_part(rule: str, n: str) -> str:
    return _g(rule, "m" + n, MONTH_WORD) + _opt(S + _year_tail(rule, "y" + n))


def _range_my_dash(rule: str) -> str:
    return _lead(rule) + _month_year_part(rule, "1") + DASH + _month_year_part(rule, "2")


def _range_my_words(rule: str) -> str:
    first = _g(rule, "from", alt("с", "со", "от", "начиная с", "между")) + S
    to = ",?" + S + _g(rule, "to", alt("по", "до", "и", "и до", "вплоть до")) + S
    return WORD_START + first + _month_year_part(rule, "1") + to + _month_year_part(rule, "2")


def _build_range_my(g: _Groups, anchor: datetime.date | None) -> DateValue | None:
    if not _range_words_agree(g("from"), g("to")) or fold(g("to") or "") == "на":
        return None
    m1, m2 = month_number(g("m1")), month_number(g("m2"))
    if g("from") is None and (g("prep") is None and g("y1") is None and g("y2") is None):
        if _is_capitalised(g("m1")) or _is_capitalised(g("m2")):
            return None  # "Марта-Мая": names
    y1, y2 = _year(g("y1")), _year(g("y2"))
    inferred = y1 is None and y2 is None
    if y2 is None:
        y2 = _anchor_year(anchor) if y1 is None else (y1 if m1 <= m2 else y1 + 1)
    if y1 is None and y2 is not None:
        y1 = y2 if m1 <= m2 else y2 - 1
    return _interval(_iso_month(y1, m1), _iso_month(y2, m2), "month", inferred=inferred)


def _is_capitalised(word: str | None) -> bool:
    return bool(word) and word[0].isupper()  # type: ignore[index]


def _range_y_dash(rule: str, parenthesised: bool = False) -> str:
    second = alt(YEAR4, r"\d{2}")
    return (
        (r"(?<=\()" if parenthesised else _lead(rule))
        + NUM_START
        + _g(rule, "y1", YEAR4)
        + DASH
        + _g(rule, "y2", second)
        + _year_end(_g(rule, "yw", YEAR_WORD))
    )


def _range_y_words(rule: str) -> str:
    first = _g(rule, "from", alt("с", "со", "от", "начиная с", "между")) + S
    to = ",?" + S + _g(rule, "to", alt("по", "до", "и", "и до", "вплоть до")) + S
    year1 = _g(rule, "y1", YEAR4) + _year_end()
    year2 = _g(rule, "y2", YEAR4) + _year_end(_g(rule, "yw", YEAR_WORD))
    return WORD_START + first + year1 + to + year2


def _build_range_y(g: _Groups, anchor: datetime.date | None) -> DateValue | None:
    if not _range_words_agree(g("from"), g("to")) or fold(g("to") or "") == "на":
        return None
    y1, text2 = int(g("y1")), g("y2")
    y2 = int(text2) if len(text2) == 4 else y1 // 100 * 100 + int(text2)
    if y2 <= y1 and g("yw") is None:
        return None  # "2015-2010", "1990-05": not a range of years
    return _interval(_iso_year(y1), _iso_year(y2), "year")


def _range_y_dash_rule(text_before_ok: Callable[[_Groups], bool]) -> Builder:
    def build(g: _Groups, anchor: datetime.date | None) -> DateValue | None:
        if g("yw") is None and not text_before_ok(g):
            return None
        return _build_range_y(g, anchor)

    return build


# --- rules: day dates -------------------------------------------------------------------------

_DEICTIC_DAY_WORDS = {"сегодня": 0, "вчера": -1, "завтра": 1, "позавчера": -2, "послезавтра": 2}
_DEICTIC_DAY = alt(*_DEICTIC_DAY_WORDS, "накануне")


def _day_month_year(rule: str) -> str:
    """"18 декабря 2015", "В воскресенье, 11 июня 2017 года", "25 июля, в четверг"."""
    weekday_lead = (
        _opt(_g(rule, "wprep", PREPOSITION) + S) + _g(rule, "wd", WEEKDAY) + ",?" + S
    )
    deictic_lead = _g(rule, "rel", _DEICTIC_DAY) + ",?" + S
    lead = WORD_START + _opt(
        "|".join((weekday_lead, deictic_lead, _g(rule, "prep", PREPOSITION) + S))
    )
    day = NUM_START + _g(rule, "d", DAY) + ORDINAL_SUFFIX + S0 + _g(rule, "m", MONTH)
    year = _opt(S + _year_tail(rule))
    weekday_tail = _opt(",?" + S + alt("в", "во") + S + WEEKDAY_ACCUSATIVE)
    return lead + day + year + weekday_tail


def _build_day_month_year(g: _Groups, anchor: datetime.date | None) -> DateValue | None:
    day, month, year = int(g("d")), month_number(g("m")), _year(g("y"))
    inferred = year is None
    if inferred:
        year = _anchor_year(anchor)
    return _point(_iso_day(year, month, day), "day", inferred=inferred)


def _numeric_date(rule: str) -> str:
    """"18.12.2015", "18.12.2015 г.", "2015-12-18"."""
    dotted = (
        _g(rule, "d", DAY)
        + r"\."
        + _g(rule, "m", MONTH_NUMERIC)
        + r"\."
        + _g(rule, "y", YEAR4)
    )
    iso = _g(rule, "iy", YEAR4) + "-" + _g(rule, "im", r"(?:0[1-9]|1[0-2])") + "-" + _g(rule, "id", r"(?:0[1-9]|[12][0-9]|3[01])")
    return _lead(rule) + NUM_START + alt(dotted, iso) + _year_end()


def _build_numeric_date(g: _Groups, anchor: datetime.date | None) -> DateValue | None:
    if g("y"):
        return _point(_iso_day(int(g("y")), int(g("m")), int(g("d"))), "day")
    return _point(_iso_day(int(g("iy")), int(g("im")), int(g("id"))), "day")


# --- rules: months, seasons, years ------------------------------------------------------------

_DEICTIC_YEAR_GENITIVE = DEICTIC + S + "года" + WORD_END  # "этого года", "прошлого года"


def _month_year(rule: str) -> str:
    """"в декабре 2015 года", "сентябрь 2015 года", "в конце марта 2010", "феврале этого года"."""
    year = alt(_year_tail(rule), _g(rule, "rel", DEICTIC) + _opt(S + "же") + S + "года" + WORD_END)
    return _lead(rule, part=True) + _g(rule, "m", MONTH) + S + year


def _build_month_year(g: _Groups, anchor: datetime.date | None) -> DateValue | None:
    month = month_number(g("m"))
    if g("rel") is not None:
        offset = relative_offset(g("rel"))
        year = None if offset is None else _anchor_year(anchor, offset)
        return _point(_iso_month(year, month), "month", relative=True)
    return _point(_iso_month(_year(g("y")), month), "month")


def _month_alone(rule: str) -> str:
    """"в сентябре", "в конце марта", "в следующем мае" (a lowercase month after a lead)."""
    lead = alt(
        _g(rule, "prep", PREPOSITION) + S + _opt(_g(rule, "part", PART_OF) + S),
        _g(rule, "part2", PART_OF) + S,
        _opt(_g(rule, "rprep", PREPOSITION) + S) + _g(rule, "rel", DEICTIC) + S,
    )
    return WORD_START + lead + _g(rule, "m", f"(?-i:{MONTH_WORD})")


def _build_month_alone(g: _Groups, anchor: datetime.date | None) -> DateValue | None:
    month = month_number(g("m"))
    if g("rel") is None:
        return _point(_iso_month(_anchor_year(anchor), month), "month", inferred=True)
    offset = relative_offset(g("rel"))
    year = None
    if anchor is not None and offset is not None:
        year = anchor.year
        if offset < 0 and month >= anchor.month:
            year -= 1
        elif offset > 0 and month <= anchor.month:
            year += 1
    return _point(_iso_month(year, month), "month", relative=True)


def _season(rule: str) -> str:
    """"весной 2012 года", "Осенью 2018 года", "летом", "этой весной", "зимой прошлого года"."""
    year = alt(
        _year_tail(rule),
        _g(rule, "rel2", DEICTIC) + S + "года" + WORD_END,
    )
    return (
        _lead(rule, part=True)
        + _opt(_g(rule, "rel", DEICTIC) + S)
        + _g(rule, "s", SEASON)
        + _opt(S + year)
    )


def _build_season(g: _Groups, anchor: datetime.date | None) -> DateValue | None:
    has_context = g("prep") or g("part") or g("rel") or g("rel2") or g("y")
    if not has_context and not _matches(SEASON_INSTRUMENTAL, g("s")):
        return None  # "зима", "лето" on their own
    if g("y"):
        return _point(_iso_year(int(g("y"))), "year")
    rel = g("rel") or g("rel2")
    if rel:
        offset = relative_offset(rel)
        year = None if offset is None else _anchor_year(anchor, offset)
        return _point(_iso_year(year), "year", relative=True)
    return _point(_iso_year(_anchor_year(anchor)), "year", inferred=True)


def _year_rule(rule: str) -> str:
    """"2015 года", "в 2015 году", "2015 г.", "в конце 2017 года", "1945-го", "2001г"."""
    number = alt(YEAR4, YEAR3 + f"(?={S0}{YEAR_WORD_FULL})")
    tail = alt(S0 + YEAR_WORD, YEAR_SUFFIX)
    return _lead(rule, part=True) + NUM_START + _g(rule, "y", number) + tail


def _build_year(g: _Groups, anchor: datetime.date | None) -> DateValue | None:
    return _point(_iso_year(int(g("y"))), "year")


def _bare_year(rule: str) -> str:
    """"в 2014", "В 1976 — поступил", "к концу 2020": a preposition and a plausible year."""
    prep = alt("в", "во", "с", "со", "до", "к", "ко", "по", "от", "после", "начиная с", "вплоть до")
    lead = WORD_START + _g(rule, "prep", prep) + S + _opt(_g(rule, "part", PART_OF) + S)
    return lead + NUM_START + _g(rule, "y", YEAR4) + NUM_END + _NO_NOUN_AFTER


def _parenthesised_year(rule: str) -> str:
    """"(1997)" after a title."""
    return r"(?<=\()" + _g(rule, "y", r"(?:1[89]\d\d|20\d\d)") + r"(?=\))"


def _event_year(rule: str) -> str:
    """The year of "ЕГЭ-2013", "Евро-2012", "Олимпиада-2014"."""
    return r"(?<=[^\W\d_]{2}[-\u2010\u2011])" + _g(rule, "y", r"(?:19|20)\d\d") + NUM_END


def _decade(rule: str) -> str:
    """"В 1980-е", "в 1990-х годах", "в начале 2000-х", "90-х годов прошлого века"."""
    number = alt(DECADE4, r"[1-9]0")
    suffix = r"-?" + alt("е", "х", "ые", "ых", "ми", "м") + WORD_END
    century = _opt(S + _g(rule, "c", alt("прошлого", "XX", "ХХ", "двадцатого", "XXI", "ХХI")) + S + "века")
    return (
        _lead(rule, part=True)
        + NUM_START
        + _g(rule, "y", number)
        + suffix
        + _opt(S0 + YEARS_WORD)
        + century
    )


_CENTURY_NAMES = {"прошлого": -1, "xx": 20, "хх": 20, "двадцатого": 20, "xxi": 21, "ххi": 21}


def _century_number(name: str | None, anchor: datetime.date | None) -> int | None:
    if name is None:
        return None
    value = _CENTURY_NAMES[fold(name)]
    if value < 0:
        return None if anchor is None else (anchor.year - 1) // 100
    return value


def _build_decade(g: _Groups, anchor: datetime.date | None) -> DateValue | None:
    number = int(g("y"))
    century = _century_number(g("c"), anchor)
    if number < 100:
        if century is None:
            return _interval(None, None, "year", relative=g("c") is not None)
        number += (century - 1) * 100
    return _interval(_iso_year(number), _iso_year(number + 9), "year", relative=bool(g("c")))


_DECADE_WORDS = {
    "двадцат": 20,
    "тридцат": 30,
    "сороков": 40,
    "пятидесят": 50,
    "шестидесят": 60,
    "семидесят": 70,
    "восьмидесят": 80,
    "девяност": 90,
}


def _word_decade(rule: str) -> str:
    """"В девяностые годы двадцатого века", "в 70-е" is _decade: requires "годы"."""
    words = alt(*_DECADE_WORDS) + alt("ые", "ых", "ым", "ыми") + WORD_END
    century = _opt(S + _g(rule, "c", alt("прошлого", "XX", "ХХ", "двадцатого", "XXI", "ХХI")) + S + "века")
    return _lead(rule, part=True) + _g(rule, "w", words) + S + YEARS_WORD + century


def _build_word_decade(g: _Groups, anchor: datetime.date | None) -> DateValue | None:
    word = fold(g("w"))
    tens = next(v for stem, v in _DECADE_WORDS.items() if word.startswith(stem))
    century = _century_number(g("c"), anchor)
    if century is None:
        return _interval(None, None, "year")
    start = (century - 1) * 100 + tens
    return _interval(_iso_year(start), _iso_year(start + 9), "year", relative=fold(g("c")) == "прошлого")


def _century(rule: str) -> str:
    """"в XX веке", "XIX—XX веков", "в 19 веке", "в начале XXI века"."""
    number = alt(ROMAN, r"[12]?\d") + _opt("-?" + alt("й", "го", "м", "ом"))
    first = _opt(_g(rule, "c1", number) + DASH)
    word = alt("век", "века", "веке", "веку", "веком", "веках", "веков", "столетие", "столетия", "столетии")
    return (
        _lead(rule, part=True)
        + WORD_START
        + first
        + _g(rule, "c2", number)
        + S0
        + word
        + WORD_END
    )


def _century_value(text: str) -> int | None:
    digits = text.split("-")[0].rstrip("йгомМ")
    value = int(digits) if digits.isdigit() else roman_value(digits)
    return value if value and 1 <= value <= 21 else None


def _build_century(g: _Groups, anchor: datetime.date | None) -> DateValue | None:
    last = _century_value(g("c2"))
    first = _century_value(g("c1")) if g("c1") else last
    if last is None or first is None:
        return None
    return _interval(_iso_year((first - 1) * 100 + 1), _iso_year(last * 100), "year")


# --- rules: deictic and weekdays ----------------------------------------------------------------


def _deictic_phrase(rule: str) -> str:
    """"в прошлом году", "на этой неделе", "в прошлую пятницу", "На следующий день", "этого года"."""
    unit = alt(DEICTIC_UNIT, r"дни" + WORD_END, WEEKDAY)
    return (
        _lead(rule, part=True)
        + _g(rule, "rel", DEICTIC)
        + _opt(S + "же")
        + S
        + _g(rule, "u", unit)
    )


def _build_deictic_phrase(g: _Groups, anchor: datetime.date | None) -> DateValue | None:
    unit_word, offset = g("u"), relative_offset(g("rel"))
    if _matches(WEEKDAY, unit_word):
        return _point(_day_of(_weekday(anchor, weekday_number(unit_word), offset)), "day", relative=True)
    unit = unit_name(unit_word)
    if anchor is None or offset is None:
        return DateValue(None, None, relative=True, kind="range" if unit == "week" else "date")
    if unit == "day":
        if not fold(g("rel")).startswith(("сегодняшн", "вчерашн", "завтрашн")):
            return _point(None, "day", relative=True)  # "в этот день", "на следующий день"
        return _point(_day_of(anchor + datetime.timedelta(days=offset)), "day", relative=True)
    if unit == "week":
        monday = anchor - datetime.timedelta(days=anchor.weekday() - 7 * offset)
        sunday = monday + datetime.timedelta(days=6)
        return _interval(monday.isoformat(), sunday.isoformat(), "day", relative=True)
    if unit == "month":
        year, month = _add_months(anchor.year, anchor.month, offset)
        return _point(_iso_month(year, month), "month", relative=True)
    if unit == "year":
        return _point(_iso_year(anchor.year + offset), "year", relative=True)
    if unit == "century":
        century = (anchor.year - 1) // 100 + 1 + offset
        return _interval(_iso_year((century - 1) * 100 + 1), _iso_year(century * 100), "year", relative=True)
    return _point(None, "day", relative=True)


def _weekday(anchor: datetime.date | None, weekday: int, offset: int | None) -> datetime.date | None:
    """The weekday's date; see the module docstring for the rule."""
    if anchor is None:
        return None
    back = (anchor.weekday() - weekday) % 7
    if offset is None:  # plain "в среду": on or before the anchor
        return anchor - datetime.timedelta(days=back)
    if offset < 0:
        return anchor - datetime.timedelta(days=back or 7)
    if offset > 0:
        return anchor + datetime.timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
    return anchor + datetime.timedelta(days=weekday - anchor.weekday())


def _weekday_rule(rule: str) -> str:
    """"в среду", "во вторник", "до пятницы", "субботу" (in "в пятницу и субботу")."""
    with_prep = (
        _g(rule, "prep", alt("в", "во", "на", "по", "за")) + S + _g(rule, "wd", WEEKDAY_ACCUSATIVE)
        + "|" + _g(rule, "gprep", alt("до", "с", "со", "от", "после", "накануне", "вплоть до"))
        + S + _g(rule, "gwd", WEEKDAY_GENITIVE)
    )  # fmt: skip
    alone = r"(?<![«\"„])" + _g(rule, "awd", f"(?-i:{WEEKDAY_ALONE})")
    return WORD_START + alt(with_prep, alone)


def _build_weekday(g: _Groups, anchor: datetime.date | None) -> DateValue | None:
    word = g("wd") or g("gwd") or g("awd")
    day = _weekday(anchor, weekday_number(word), None)
    return _point(_day_of(day), "day", relative=True)


def _deictic_word(rule: str) -> str:
    """"сегодня", "вчера", "с сегодняшнего дня" is _deictic_phrase; "накануне" alone."""
    prep = _opt(_g(rule, "prep", alt("с", "со", "до", "к", "ко", "на", "от", "по", "за")) + S)
    word = _g(rule, "w", _DEICTIC_DAY)
    # "накануне Дня Победы", "накануне 9 мая" is a preposition, not "the day before"
    return WORD_START + prep + word + WORD_END + rf"(?!{S}(?:{UPPER}|\d))"


def _build_deictic_word(g: _Groups, anchor: datetime.date | None) -> DateValue | None:
    offset = _DEICTIC_DAY_WORDS.get(fold(g("w")), -1)
    day = None if anchor is None else anchor + datetime.timedelta(days=offset)
    return _point(_day_of(day), "day", relative=True)


# Vague adverbials that NEREL marks consistently. "недавно", "в настоящее время", "в последнее
# время", "на данный момент", "в юности" are marked only now and then (a quarter of the time in
# the dev set), so they are left out.
_VAGUE = alt(
    "на днях",
    "в ближайшие дни",
    "в выходные",
    "в выходные дни",
    "в разные годы",
    "в те годы",
    "в годы",
)


def _vague(rule: str) -> str:
    return WORD_START + _g(rule, "v", _VAGUE) + WORD_END


def _build_vague(g: _Groups, anchor: datetime.date | None) -> DateValue | None:
    return DateValue(None, None, relative=fold(g("v")) not in ("в годы", "в разные годы"))


# --- rules: durations -------------------------------------------------------------------------

_DURATION_WORDS = words(
    "в течение|в течении|на протяжении|в продолжение|за|на|через|спустя",
    "около|примерно|приблизительно|почти|до",
    "более|менее|не более|не менее|немногим более|свыше|больше|меньше",
    *forms("последн|ближайш", "ие|их|им|ий|юю|ее"),
    *forms("кажд", "ые|ый|ую|ое|ых"),
)
_DURATION_AFTER = alt("назад", "тому назад", "спустя", "позже", "позднее", "ранее", "раньше")
_DURATION_PREFIX = f"(?:{_DURATION_WORDS}{WORD_END}{S}){{1,3}}"
_QUANTITY_UNIT = alt(HALF_UNIT, QUANTITY + S0 + UNIT)


_NOT_A_TITLE = r"(?<![«\"„“])"  # «Один день Ивана Денисовича»


def _duration(rule: str) -> str:
    """"два года", "в течение примерно 26 лет", "1 год 6 месяцев", "три месяца назад"."""
    first = NUM_START + _g(rule, "q", QUANTITY) + S0 + _g(rule, "u", UNIT)
    half = _g(rule, "h", HALF_UNIT)
    more = _opt(S + _QUANTITY_UNIT)
    return (
        WORD_START
        + _NOT_A_TITLE
        + _opt(_g(rule, "pre", _DURATION_PREFIX))
        + alt(first, half)
        + more
        + _opt(S + _g(rule, "post", _DURATION_AFTER) + WORD_END)
    )


def _build_duration(g: _Groups, anchor: datetime.date | None) -> DateValue | None:
    unit_word = g("u")
    if unit_word and fold(unit_word) in ("году", "годе") and g("q")[:1].isdigit():
        return None  # "на 85 году жизни": an ordinal
    if unit_name(unit_word or "") == "year" and _is_age(g):
        return None
    return _duration_value(g, anchor, g("q"), unit_word)


# A person's age is not a temporal expression in NEREL: "в возрасте 92 лет", "в 13 лет",
# "Ему было 64 года", "исполнилось 85 лет", "(51 год)", "старше 70 лет".
_AGE_BEFORE = compile_ci(
    r"(?:\bв\s+возрасте(?:\s+\w+)?|(?:^|\W)во?"
    r"|\b(?:ему|ей|им|мне|нам|вам|тебе|было|будет|исполнилось|исполнится|исполнился|исполнилась"
    r"|старше|младше|моложе|достигш\w+|достиг|дожил|дожила)(?:\s+(?:бы|всего|лишь|уже|почти|около|ровно))?"
    r"|\()\s*$"
)
_AGE_LIMIT_BEFORE = compile_ci(r"(?:\bот\s+\d+|\bдожи\w*|\bдостиг\w*|\bвозраст\w*)\s*$")
_AGE_AFTER = compile_ci(r"^(?:\)|\s+со\s+дня\b)")


def _is_age(g: _Groups) -> bool:
    pre = fold(g("pre") or "")
    if pre in ("до", "старше", "младше", "моложе"):
        # "от 13 до 16 лет", "дожил до 90 лет": an age limit
        return _AGE_LIMIT_BEFORE.search(g.before()) is not None
    if pre and pre not in ("почти", "около", "примерно", "ровно"):
        return False
    before = g.before()
    if _AGE_BEFORE.search(before) is None and _AGE_AFTER.match(g.after()) is None:
        return False
    return not before.endswith("(") or g.after().startswith(")")


def _duration_value(
    g: _Groups, anchor: datetime.date | None, quantity: str | None, unit_word: str | None
) -> DateValue:
    post = fold(g("post") or "")
    pre = fold(g("pre") or "")
    if post in ("назад", "тому назад"):
        return _ago(anchor, quantity, unit_word, g("h"))
    if post or pre.startswith(("через", "спустя")):
        return DateValue(None, None, relative=True)
    return _period()


def _ago(anchor: datetime.date | None, quantity: str | None, unit_word: str | None, half: str | None) -> DateValue:
    """"три месяца назад", "год назад", "неделю назад": N units before the anchor."""
    if half:
        unit, amount = half_unit(half)  # type: ignore[misc]
    else:
        unit = unit_name(unit_word or "")
        amount = number_value(quantity) if quantity else 1
    if anchor is None or amount is None or amount != int(amount) or unit is None:
        return DateValue(None, None, relative=True)
    amount = int(amount)
    if unit in ("day", "week"):
        days = amount * (7 if unit == "week" else 1)
        return _point(_day_of(anchor - datetime.timedelta(days=days)), "day", relative=True)
    if unit == "month":
        year, month = _add_months(anchor.year, anchor.month, -amount)
        return _point(_iso_month(year, month), "month", relative=True)
    years = {"year": 1, "decade": 10, "century": 100}.get(unit)
    if years is None:
        return DateValue(None, None, relative=True)
    return _point(_iso_year(anchor.year - amount * years), "year", relative=True)


def _duration_bare(rule: str) -> str:
    """"в течение недели", "через год", "за неделю", "более года", "неделю назад"."""
    return (
        WORD_START
        + alt(
            _g(rule, "pre", _DURATION_PREFIX) + _g(rule, "u", f"(?-i:{UNIT})")
            + _opt(S + _g(rule, "post", _DURATION_AFTER) + WORD_END),
            _g(rule, "u2", UNIT) + S + _g(rule, "post2", _DURATION_AFTER) + WORD_END,
        )
    )  # fmt: skip


def _build_duration_bare(g: _Groups, anchor: datetime.date | None) -> DateValue | None:
    pre = fold(g("pre") or "")
    unit = g("u") or g("u2")
    if pre in ("на ", "к ", "до ") or pre.endswith((" на ", " к ")):
        return None  # "на день рождения", "к году": left to _frequency / not a period
    if g("u2"):
        post = fold(g("post2"))
        if post in ("назад", "тому назад"):
            return _ago(anchor, None, unit, None)
        return DateValue(None, None, relative=True)  # "Годом позже"
    return _duration_value(g, anchor, None, unit)


def _frequency(rule: str) -> str:
    """"в день", "в год", "на год" at the end of a clause ("тонн нефти в год.")."""
    unit = alt("день", "год", "месяц", "неделю", "сутки")
    end = rf"(?={S0}(?:[.,;:!?)»\"…\u2013\u2014]|-{S}|$))"
    return WORD_START + _g(rule, "p", alt("в", "на")) + S + _g(rule, "u", unit) + WORD_END + end


def _build_frequency(g: _Groups, anchor: datetime.date | None) -> DateValue | None:
    """Frequencies and lengths: durations."""
    return _period()


# "15-летний срок" is a period; "36-летний Иван", "100-летний юбилей" are ages, not returned.
_PERIOD_NOUN = (
    alt("срок", "период", "перерыв", "стаж", "контракт", "мораторий", "цикл", "план", "отпуск",
        "правлени", "отсутстви", "пребывани", "заключени", "карантин", "юбилейн")
    + r"[а-яё]*"
)  # fmt: skip


def _length_adjective(rule: str) -> str:
    """"15-летний срок", "10-дневный карантин": the adjective, before a period noun."""
    number = NUM_START + r"\d{1,4}(?:[.,]\d)?"
    adjective = r"-?(?:летн|месячн|дневн|недельн)[а-яё]*" + WORD_END
    return number + adjective + f"(?={S}{_PERIOD_NOUN})"


def _build_hours(g: _Groups, anchor: datetime.date | None) -> DateValue | None:
    return _period()


def _hours(rule: str) -> str:
    """"за последние 24 часа", "в течение 12 часов"; "в 12 часов" is a time, not a period."""
    pre = alt(r"за последн(?:ие|их)", r"последн(?:ие|их)")
    return WORD_START + _g(rule, "pre", pre) + S + _g(rule, "q", QUANTITY) + S0 + HOUR_UNIT


# --- the rule table ---------------------------------------------------------------------------


def _matches(pattern: str, text: str | None) -> bool:
    return bool(text) and compile_ci(f"(?:{pattern})$").match(text) is not None  # type: ignore[arg-type]


def _year_range_context(g: _Groups) -> bool:
    return g("prep") is not None


_RULES: tuple[_Rule, ...] = (
    _Rule("rdmw", _range_dm_words("rdmw"), _build_range_dm),
    _Rule("rdmd", _range_dm_dash("rdmd"), _build_range_dm),
    _Rule("rmyw", _range_my_words("rmyw"), _build_range_my),
    _Rule("rmyd", _range_my_dash("rmyd"), _build_range_my),
    _Rule("ryw", _range_y_words("ryw"), _build_range_y),
    _Rule("ryd", _range_y_dash("ryd"), _range_y_dash_rule(_year_range_context)),
    _Rule("ryp", _range_y_dash("ryp", parenthesised=True), _build_range_y),
    _Rule("dmy", _day_month_year("dmy"), _build_day_month_year),
    _Rule("num", _numeric_date("num"), _build_numeric_date),
    _Rule("dec", _decade("dec"), _build_decade),
    _Rule("wdec", _word_decade("wdec"), _build_word_decade),
    _Rule("cent", _century("cent"), _build_century),
    _Rule("my", _month_year("my"), _build_month_year),
    _Rule("seas", _season("seas"), _build_season),
    _Rule("mon", _month_alone("mon"), _build_month_alone),
    _Rule("year", _year_rule("year"), _build_year),
    _Rule("byear", _bare_year("byear"), _build_year),
    _Rule("pyear", _parenthesised_year("pyear"), _build_year),
    _Rule("eyear", _event_year("eyear"), _build_year),
    _Rule("rel", _deictic_phrase("rel"), _build_deictic_phrase),
    _Rule("wday", _weekday_rule("wday"), _build_weekday),
    _Rule("dword", _deictic_word("dword"), _build_deictic_word),
    _Rule("hours", _hours("hours"), _build_hours),
    _Rule("dur", _duration("dur"), _build_duration),
    _Rule("durb", _duration_bare("durb"), _build_duration_bare),
    _Rule("freq", _frequency("freq"), _build_frequency),
    _Rule("len", _length_adjective("len"), _build_frequency),
    _Rule("vague", _vague("vague"), _build_vague),
)
_TRIGGER = re.compile(TRIGGER)
_STARTER = re.compile(STARTER)
_COMBINED = compile_ci("|".join(f"(?P<{rule.name}>{rule.pattern})" for rule in _RULES))
_COMPILED_RULES = tuple((rule, compile_ci(rule.pattern)) for rule in _RULES)
_RULE_INDEX = {rule.name: index for index, rule in enumerate(_RULES)}

"""The rules of :mod:`pressrel.dates`: one regex and one value builder each, in priority order.

Each rule is a function of its name that returns its pattern (group names are prefixed with the
rule's name, unique across the rules), and a builder that turns a match into a
:class:`~pressrel.records.DateValue`, or rejects it (None) for the next rule to try. Patterns run
case-sensitively on the lowercased text; a builder reads the original text through
:class:`Groups` for the few checks that need case ("Марте" the name, "марте" the month).

Size: the ``RULES`` table at the end is the grammar, and its order is its meaning (the first
rule that builds a value wins); each rule's pattern and builder stand next to each other above
it. Split across files, the priority order could no longer be read in one place.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from .. import regexcache
from ..lang import grammar, morph
from ..lang.marks import CLOSING, OPENING
from ..records import DateValue
from . import values as v
from .lexicon import (
    DASH,
    DAY,
    DECADE4,
    DEICTIC,
    DEICTIC_UNIT,
    HALF_UNIT,
    HOUR_UNIT,
    MONTH,
    MONTH_GENITIVE,
    MONTH_NUMERIC,
    MONTH_WORD,
    NUM_END,
    NUM_START,
    ORDINAL_DAY,
    ORDINAL_SUFFIX,
    PART_OF,
    PREPOSITION,
    QUANTITY,
    ROMAN,
    S0,
    SEASON,
    SEASON_INSTRUMENTAL,
    UNIT,
    UNIT_LEMMAS,
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
    fold_phrase,
    forms,
    half_unit,
    month_number,
    number_value,
    ordinal_day_value,
    relative_offset,
    roman_value,
    unit_name,
    weekday_number,
    words,
)
from .tense import clause_tense
from .values import Anchor


class Groups:
    """One rule's groups in a match, by short name, as the original text spells them."""

    __slots__ = ("_match", "_text", "_prefix")

    def __init__(self, match: re.Match[str], text: str, rule: str) -> None:
        self._match = match
        self._text = text
        self._prefix = rule + "_"

    def __call__(self, key: str) -> str | None:
        """The group's text, or None when it took no part in the match. A name the rule's
        pattern does not have is a bug in the rule: KeyError, not a silent None."""
        index = self._match.re.groupindex.get(self._prefix + key)
        if index is None:
            raise KeyError(f"date rule {self._prefix[:-1]!r} has no group {key!r}")
        start, end = self._match.span(index)
        return None if start < 0 else self._text[start:end]

    def get(self, key: str) -> str | None:
        """Like calling, but None also for a group the rule's pattern does not have: for the
        builders that several rules share ("from" is in "с 21 по 22 октября", not in
        "21–22 октября")."""
        return self(key) if self._prefix + key in self._match.re.groupindex else None

    def text(self, key: str) -> str:
        """The text of a group the match must have (the pattern makes it required here)."""
        value = self(key)
        if value is None:
            raise LookupError(f"date rule {self._prefix[:-1]!r}: group {key!r} did not match")
        return value

    def before(self, width: int = 30) -> str:
        """The text just before the match, folded."""
        return fold_phrase(self.written_before(width))

    def written_before(self, width: int = 30) -> str:
        """The text just before the match, as it is."""
        start = self._match.start()
        return self._text[max(0, start - width) : start]

    def after(self, width: int = 30) -> str:
        """The text just after the match, as it is (case matters to some checks)."""
        end = self._match.end()
        return self._text[end : end + width]

    def tense(self) -> str | None:
        """The tense of the verb of the match's clause (see :mod:`.tense`)."""
        return clause_tense(self._text, self._match.start(), self._match.end())


Builder = Callable[[Groups, Anchor], "DateValue | None"]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: str
    build: Builder


# --- pattern helpers --------------------------------------------------------------------------


def _g(rule: str, key: str, pattern: str) -> str:
    """A named group of one rule (names are unique across the combined pattern)."""
    return f"(?P<{rule}_{key}>{pattern})"


def _opt(pattern: str) -> str:
    return f"(?:{pattern})?"


def _either(*patterns: str) -> str:
    return "(?:" + "|".join(patterns) + ")"


def _lead(rule: str, part: bool = False) -> str:
    """An optional preposition, then an optional part of a period: "в", "в начале", "к концу"."""
    lead = _opt(_g(rule, "prep", PREPOSITION) + S)
    if part:
        lead += _opt(_g(rule, "part", PART_OF) + S)
    return WORD_START + lead


def _year_end(year_word: str = YEAR_WORD) -> str:
    """What may follow a year's digits: a year word (glued too: "2001г"), "-го", or nothing."""
    return _either(S0 + year_word, YEAR_SUFFIX, NUM_END)


def _year_tail(rule: str, key: str = "y") -> str:
    """A year after a month: "2015", "2015 года", "2015 г.", "1945-го", "988 году"."""
    number = _either(YEAR4, YEAR3 + f"(?={S0}{YEAR_WORD_FULL})")
    return _g(rule, key, number) + _year_end(_g(rule, key + "w", YEAR_WORD))


def _year(text: str | None) -> int | None:
    return int(text) if text else None


def _matcher(pattern: str) -> Callable[[str | None], bool]:
    regex = re.compile(f"(?:{pattern})$")

    def matches(text: str | None) -> bool:
        return text is not None and text != "" and regex.match(fold_phrase(text)) is not None

    return matches


_is_weekday = _matcher(WEEKDAY)
_is_season_instrumental = _matcher(SEASON_INSTRUMENTAL)
_NOUN_PHRASE_NEXT = re.compile(rf"{S}[A-ZА-ЯЁ0-9{OPENING}]")
# the lower-case word after "накануне", past a possessive that does not decline ("накануне его
# юбилея"): in the genitive, it is what "накануне" governs as a preposition
_WORD_NEXT = re.compile(rf"{S}([а-яё]+)")  # the lower-case word after a match
_WORD_BEFORE = re.compile(r"([а-яё]+)\s*$")  # the word right before a match (folded text)
_GOVERNED_NEXT = re.compile(rf"{S}(?:(?:его|её|ее|их){S})?([а-яё]+)")
# A bare year followed by a lowercase word is a number: "в 2015 компаниях", "с 1500 рублей".
_LOWERCASE_NEXT = re.compile(rf"{S}(?!(?:и|или|а|но){WORD_END})[a-zа-яё]")

_FROM = words("с|со|от|начиная с|начиная со|между")
_TO = words("по|до|на|и|и до|вплоть до")


def _range_words_agree(first: str | None, to: str | None, *, night: bool = True) -> bool:
    """Whether a range's words go together: "с ... по/до", "с 3 на 4" (a night: days only),
    "от ... до", "между ... и"; a dash range has neither."""
    if first is None and to is None:
        return True  # a dash
    first, to = fold_phrase(first or ""), fold_phrase(to or "")
    if first == "между":
        return to == "и"
    if first == "от":
        return to in ("до", "и до")
    return to in ("по", "до", "вплоть до", "и до") or (night and to == "на")


def _order_years(y1: int | None, y2: int | None, in_order: bool, anchor: Anchor):
    """Fill in a range's missing years: the end's year from the start's or the anchor's, the
    start's from the end's; a start later in the year than the end is in the year before."""
    if y2 is None:
        y2 = v.anchor_year(anchor) if y1 is None else (y1 if in_order else y1 + 1)
    if y1 is None and y2 is not None:
        y1 = y2 if in_order else y2 - 1
    return y1, y2


# --- ranges -----------------------------------------------------------------------------------


def _day_month_part(rule: str, n: str, month_required: bool) -> str:
    """Day n of a range: "15", "15 декабря", "15 декабря 2015 года"."""
    month = S0 + _g(rule, "m" + n, MONTH) + _opt(S + _year_tail(rule, "y" + n))
    day = (NUM_START if n == "1" else "") + _g(rule, "d" + n, DAY) + ORDINAL_SUFFIX
    return day + (month if month_required else _opt(month))


def range_days_dash(rule: str) -> str:
    """Days: "21–22 октября 2015 года", "27-28 сентября"."""
    first, second = _day_month_part(rule, "1", False), _day_month_part(rule, "2", True)
    return _lead(rule) + first + DASH + second


def range_days_words(rule: str) -> str:
    """Days: "с 15 по 18 декабря", "с 3 на 4 июня", "между 5 и 10 мая"."""
    first = _g(rule, "from", _FROM) + S + _day_month_part(rule, "1", False)
    second = ",?" + S + _g(rule, "to", _TO) + S + _day_month_part(rule, "2", True)
    return WORD_START + first + second


def build_range_days(g: Groups, anchor: Anchor) -> DateValue | None:
    if not _range_words_agree(g.get("from"), g.get("to")):
        return None
    d1, d2, m2 = int(g("d1")), int(g("d2")), month_number(g("m2"))
    m1 = month_number(g("m1")) if g("m1") else m2
    if g("m1") is None and d1 >= d2:
        return None  # "30-1 мая": not a range of days
    inferred = g("y1") is None and g("y2") is None
    y2 = _year(g("y2"))
    if inferred and anchor is not None:
        y2 = v.nearest_year(anchor, m2, d2, g.tense())
    y1, y2 = _order_years(_year(g("y1")), y2, (m1, d1) <= (m2, d2), anchor)
    return v.interval(v.iso_day(y1, m1, d1), v.iso_day(y2, m2, d2), "day", inferred=inferred)


def _month_year_part(rule: str, n: str) -> str:
    return _g(rule, "m" + n, MONTH_WORD) + _opt(S + _year_tail(rule, "y" + n))


def range_months_dash(rule: str) -> str:
    """Months: "в ноябре-декабре", "январь — февраль 2015 года", "в конце октября — начале
    ноября" (a part of each month: the range is of the months)."""
    second = _opt(_g(rule, "part2", PART_OF) + S) + _month_year_part(rule, "2")
    return _lead(rule, part=True) + _month_year_part(rule, "1") + DASH + second


def range_months_words(rule: str) -> str:
    """Months: "С апреля 1998 года по май 1999 года", "между февралём и мартом"."""
    first = _g(rule, "from", _FROM) + S + _month_year_part(rule, "1")
    second = ",?" + S + _g(rule, "to", _TO) + S + _month_year_part(rule, "2")
    return WORD_START + first + second


def build_range_months(g: Groups, anchor: Anchor) -> DateValue | None:
    if not _range_words_agree(g.get("from"), g.get("to"), night=False):
        return None
    bare = g.get("from") is None and g.get("prep") is None and g("y1") is None and g("y2") is None
    if bare and not (g.text("m1").islower() and g.text("m2").islower()):
        return None  # "Марта-Мая": names
    m1, m2 = month_number(g("m1")), month_number(g("m2"))
    inferred = g("y1") is None and g("y2") is None
    y2 = _year(g("y2"))
    if inferred and anchor is not None:
        y2 = v.nearest_year(anchor, m2, tense=g.tense())
    y1, y2 = _order_years(_year(g("y1")), y2, m1 <= m2, anchor)
    return v.interval(v.iso_month(y1, m1), v.iso_month(y2, m2), "month", inferred=inferred)


def range_years_dash(rule: str) -> str:
    """Years: "2014–2015 годах", "в 1985—1990", "1996—98" (needs a year word or preposition),
    "в конце 2013 - начале 2014 года", "в конце 2015 года — начале 2016 года" (a part of each
    year: the range is of the years; the first year's word only before a part)."""
    second = _either(YEAR4, r"\d{2}")
    part2 = _opt(_g(rule, "part2", PART_OF) + S)
    first_word = _opt(_g(rule, "yw1", S + words("года") + WORD_END))  # "2015 года — начале"
    years = NUM_START + _g(rule, "y1", YEAR4) + first_word + DASH + part2 + _g(rule, "y2", second)
    return _lead(rule, part=True) + years + _year_end(_g(rule, "yw", YEAR_WORD))


def range_years_in_parentheses(rule: str) -> str:
    """Years: "(2001—2003)" after a post, "(1996—98)" after a title."""
    years = _g(rule, "y1", YEAR4) + DASH + _g(rule, "y2", _either(YEAR4, r"\d{2}"))
    return r"(?<=\()" + years + _year_end(_g(rule, "yw", YEAR_WORD))


def season_years(rule: str) -> str:
    """Years: a season written as two years with a slash, "в сезонах 2002/03 и 2004/05", "в
    сезоне 2017/2018" (the second the next year)."""
    second = _either(YEAR4, r"\d{2}")
    years = NUM_START + _g(rule, "y1", YEAR4) + "/" + _g(rule, "y2", second) + NUM_END
    return _lead(rule) + years + _year_end(_g(rule, "yw", YEAR_WORD))


def build_season_years(g: Groups, anchor: Anchor) -> DateValue | None:
    y1, text2 = int(g("y1")), g.text("y2")
    y2 = int(text2) if len(text2) == 4 else y1 + (int(text2) - y1) % 100  # "1999/00": 2000
    if y2 != y1 + 1:
        return None  # "2002/2010": no one season
    return v.interval(v.iso_year(y1), v.iso_year(y2), "year")


def range_years_words(rule: str) -> str:
    """Years: "с 2010 по 2015 год", "с 1994 по 2000 годы"."""
    first = _g(rule, "from", _FROM) + S + _g(rule, "y1", YEAR4) + _year_end()
    second = ",?" + S + _g(rule, "to", _TO) + S + _g(rule, "y2", YEAR4)
    return WORD_START + first + second + _year_end(_g(rule, "yw", YEAR_WORD))


def build_range_years(g: Groups, anchor: Anchor) -> DateValue | None:
    if not _range_words_agree(g.get("from"), g.get("to"), night=False):
        return None
    y1, text2 = int(g("y1")), g("y2") or ""
    y2 = int(text2) if len(text2) == 4 else y1 // 100 * 100 + int(text2)
    if g("yw") is None and y2 <= y1:
        return None  # "2015-2010", "1990-05"
    if (
        g("yw") is None
        and fold_phrase(g.get("to") or "") != "по"
        and _LOWERCASE_NEXT.match(g.after())
    ):
        return None  # "от 1000 до 2000 рублей"; but "С 1975 по 1977 работал"
    return v.interval(v.iso_year(y1), v.iso_year(y2), "year")


def build_range_years_dash(g: Groups, anchor: Anchor) -> DateValue | None:
    if g("yw") is None and g.get("prep") is None:
        return None  # "The Singles 1990-2005": no word tells these are years
    if g("yw1") is not None and g("part2") is None:
        return None  # "2014 года — 2015 года": each year a date of its own
    return build_range_years(g, anchor)


# --- days -------------------------------------------------------------------------------------

_DEICTIC_DAY_WORDS = {"сегодня": 0, "вчера": -1, "завтра": 1, "позавчера": -2, "послезавтра": 2}
_DEICTIC_DAY = words(*_DEICTIC_DAY_WORDS, "накануне")


def day_month_year(rule: str) -> str:
    """Days: "18 декабря 2015", "В воскресенье, 11 июня 2017 года", "в субботу — 29 июня",
    "в минувшую субботу, 17 сентября", "25 июля, в четверг", "вчера, 9 мая 2019 года"."""
    weekday = _opt(DEICTIC + S) + _g(rule, "wd", WEEKDAY)  # "минувшую субботу"
    weekday_lead = _opt(_g(rule, "wprep", PREPOSITION) + S) + weekday + _either(",?" + S, DASH)
    deictic_lead = _g(rule, "rel", _DEICTIC_DAY) + ",?" + S
    lead = _opt(_either(weekday_lead, deictic_lead, _g(rule, "prep", PREPOSITION) + S))
    number = _either(NUM_START + _g(rule, "d", DAY) + ORDINAL_SUFFIX, _g(rule, "od", ORDINAL_DAY))
    day = number + S0 + _g(rule, "m", MONTH)
    year = _opt(_either(S + _year_tail(rule), _next_date_year(rule)))
    weekday_tail = _opt(",?" + S + words("в|во") + S + WEEKDAY_ACCUSATIVE)
    return WORD_START + lead + day + year + weekday_tail


def _next_date_year(rule: str) -> str:
    """A lookahead for the year of the next date in "30 июня и 1 июля 2019 года"."""
    next_date = _g(rule, "nd", DAY) + S0 + _g(rule, "nm", MONTH_WORD) + S + _g(rule, "ny", YEAR4)
    return f"(?=,?{S}{words('и|или|а также')}{S}{next_date})"


def build_day_month_year(g: Groups, anchor: Anchor) -> DateValue | None:
    day = int(g.text("d")) if g("d") else ordinal_day_value(g.text("od"))
    month, year = month_number(g("m")), _year(g("y"))
    if year is None and g.get("ny"):
        in_order = (month, day) <= (month_number(g.get("nm")), int(g.text("nd")))
        year = int(g.text("ny")) - (0 if in_order else 1)
    inferred = year is None
    if inferred and anchor is not None:
        year = v.nearest_year(anchor, month, day, g.tense())
    return v.point(v.iso_day(year, month, day), "day", inferred=inferred)


def day_in_a_list(rule: str) -> str:
    """Days: the "17" of "17 и 21 апреля", the "5" and "6" of "5, 6 и 7 мая" (the span is the
    number; its month and year are those of the last day of the list)."""
    others = rf"(?:,{S0}{DAY})*,?{S}{words('и|или')}{S}{DAY}{S0}"
    month_and_year = _g(rule, "m", MONTH_WORD) + _opt(S + _g(rule, "y", YEAR4) + NUM_END)
    return NUM_START + _g(rule, "d", DAY) + f"(?={others}{month_and_year})"


def build_day_in_a_list(g: Groups, anchor: Anchor) -> DateValue | None:
    return build_day_month_year(g, anchor)


def numeric_date(rule: str) -> str:
    """Days: "18.12.2015", "18.12.2015 г.", "2015-12-18", "02.02.15" (a two-digit year),
    "24/06/2016" (slashes: a four-digit year only)."""
    year = _either(_g(rule, "y", YEAR4), _g(rule, "y2", r"\d{2}") + r"(?!\.\w)")  # not "16.webm"
    dotted = f"{_g(rule, 'd', DAY)}\\.{_g(rule, 'm', MONTH_NUMERIC)}\\.{year}"
    slashed = f"{_g(rule, 'sd', DAY)}/{_g(rule, 'sm', MONTH_NUMERIC)}/{_g(rule, 'sy', YEAR4)}"
    month, day = r"(?:0[1-9]|1[0-2])", r"(?:0[1-9]|[12][0-9]|3[01])"
    iso = f"{_g(rule, 'iy', YEAR4)}-{_g(rule, 'im', month)}-{_g(rule, 'id', day)}"
    return _lead(rule) + NUM_START + _either(dotted, slashed, iso) + _year_end()


def build_numeric_date(g: Groups, anchor: Anchor) -> DateValue | None:
    if g("y"):
        return v.point(v.iso_day(int(g("y")), int(g("m")), int(g("d"))), "day")
    if g("sy"):
        return v.point(v.iso_day(int(g("sy")), int(g("sm")), int(g("sd"))), "day")
    if g("y2"):  # "27.05.99": the century nearest the anchor
        if len(g.text("d")) != 2 or len(g.text("m")) != 2:
            return None  # "1.2.10": a version, not dd.mm.yy
        year = v.nearest_century(anchor, int(g.text("y2")))
        return v.point(v.iso_day(year, int(g("m")), int(g("d"))), "day", inferred=True)
    return v.point(v.iso_day(int(g("iy")), int(g("im")), int(g("id"))), "day")


# --- months, seasons ----------------------------------------------------------------------------

_DEICTIC_YEAR = _opt(S + "же") + S + "года" + WORD_END  # after a DEICTIC: "этого года"


def month_year(rule: str) -> str:
    """Months: "в декабре 2015 года", "сентябрь 2015 года", "в конце марта 2010",
    "феврале этого года"."""
    year = _either(_year_tail(rule), _g(rule, "rel", DEICTIC) + _DEICTIC_YEAR)
    return _lead(rule, part=True) + _g(rule, "m", MONTH) + S + year


def build_month_year(g: Groups, anchor: Anchor) -> DateValue | None:
    month = month_number(g("m"))
    if g("rel") is None:
        return v.point(v.iso_month(_year(g("y")), month), "month")
    offset = relative_offset(g("rel"))
    year = None if offset is None else v.anchor_year(anchor, offset)
    return v.point(v.iso_month(year, month), "month", relative=True)


def month_alone(rule: str) -> str:
    """Months: "в сентябре", "в конце марта", "в следующем мае": a month after a lead word."""
    lead = _either(
        _g(rule, "prep", PREPOSITION) + S + _opt(_g(rule, "part", PART_OF) + S),
        _g(rule, "part2", PART_OF) + S,
        _opt(_g(rule, "rprep", PREPOSITION) + S) + _g(rule, "rel", DEICTIC) + S,
    )
    return WORD_START + lead + _g(rule, "m", MONTH_WORD)


def build_month_alone(g: Groups, anchor: Anchor) -> DateValue | None:
    if not g.text("m").islower():
        return None  # "к Марте": a name
    month = month_number(g("m"))
    if g("rel") is None:
        year = None if anchor is None else v.nearest_year(anchor, month, tense=g.tense())
        return v.point(v.iso_month(year, month), "month", inferred=True)
    offset, year = relative_offset(g("rel")), None
    if anchor is not None and offset is not None:
        year = anchor.year
        if offset < 0 and month >= anchor.month:
            year -= 1  # "в прошлом мае": the last May before the anchor's month
        elif offset > 0 and month <= anchor.month:
            year += 1
    return v.point(v.iso_month(year, month), "month", relative=True)


def month_of_noun(rule: str) -> str:
    """Months in the genitive after a noun they complement: "по итогам января", "инфляция
    марта", "событий мая" (not before a year or a number: ``month_year``, a day)."""
    return WORD_START + _g(rule, "m", MONTH_GENITIVE) + rf"(?!{S0}\d)"


def build_month_of_noun(g: Groups, anchor: Anchor) -> DateValue | None:
    noun = _WORD_BEFORE.search(g.before())
    if not g.text("m").islower() or noun is None or grammar.first_pos(noun[1]) != "NOUN":
        return None  # "8 Марта", "к Марте": a name; after no noun, no month it complements
    month = month_number(g.text("m"))
    year = None if anchor is None else v.nearest_year(anchor, month, tense=g.tense())
    return v.point(v.iso_month(year, month), "month", inferred=True)


def season(rule: str) -> str:
    """Seasons: "весной 2012 года", "летом", "этой весной", "зимой прошлого года"."""
    year = _either(_year_tail(rule), _g(rule, "rel2", DEICTIC) + _DEICTIC_YEAR)
    deictic = _opt(_g(rule, "rel", DEICTIC) + S)
    return _lead(rule, part=True) + deictic + _g(rule, "s", SEASON) + _opt(S + year)


def build_season(g: Groups, anchor: Anchor) -> DateValue | None:
    context = g("prep") or g("part") or g("rel") or g("rel2") or g("y")
    if not context and not _is_season_instrumental(g("s")):
        return None  # "зима", "лето" on their own
    if g("y"):
        return v.point(v.iso_year(int(g.text("y"))), "year")
    deictic = g("rel") or g("rel2")
    if deictic:
        offset = relative_offset(deictic)
        year = None if offset is None else v.anchor_year(anchor, offset)
        return v.point(v.iso_year(year), "year", relative=True)
    return v.point(v.iso_year(v.anchor_year(anchor)), "year", inferred=True)


_QUARTER_NUMBER = _either(
    words(*forms("перв|втор|трет|четверт", "ый|ий|ого|ьего|ом|ьем|ое|ье|ая|ья|ой|ьей|ую|ью")),
    _either(words("i|ii|iii|iv"), "[1-4]") + _opt("-?" + words("й|го|м|ом")),
)
# ... and "кв." before a year ("в 3 кв. 2024 г."; not "1 кв. м", a square metre)
_QUARTER = _either(
    words("квартал|квартала|квартале|кварталу|кварталом") + WORD_END,
    r"кв\." + rf"(?={S}(?:1[89]|20)\d\d)",
)
# two quarters and what is between them: "во II–III кварталах", "I–II кварталов"
_QUARTERS = words("квартал|квартала|квартале|кварталах|кварталов|кварталы|кварталам") + WORD_END
_HALF = words("половина|половины|половине|половину|половиной")
_HALF_YEAR = _either(
    words("полугодие|полугодия|полугодии|полугодию|полугодием"),
    _HALF + S + "года",
    # "во второй половине 2016 года", "в первой половине текущего года": a half of the year
    # the year after it names
    _HALF + f"(?={S}(?:{YEAR4}|{DEICTIC}{_DEICTIC_YEAR}))",
)


def quarter(rule: str) -> str:
    """Quarters and half-years: "в первом квартале 2016 года", "III квартал", "в 3 кв. 2024 г.",
    "во втором полугодии", "за первую половину года", "во второй половине 2016 года"; a range of
    quarters: "во II–III кварталах текущего года"."""
    one = _g(rule, "n", _QUARTER_NUMBER) + WORD_END + S
    unit = _either(_g(rule, "q", _QUARTER), _g(rule, "h", _HALF_YEAR) + WORD_END)
    two = _g(rule, "n1", _QUARTER_NUMBER) + DASH + _g(rule, "n2", _QUARTER_NUMBER) + WORD_END + S
    quarters = two + _g(rule, "qs", _QUARTERS)
    year = _either(S + _year_tail(rule), S + _g(rule, "rel", DEICTIC) + _DEICTIC_YEAR)
    return _lead(rule) + _either(quarters, one + unit) + _opt(year)


def _ordinal_number(text: str) -> int | None:
    key = fold_phrase(text).split("-")[0].rstrip("йгомь")
    for prefix, number in (("перв", 1), ("втор", 2), ("трет", 3), ("четв", 4)):
        if key.startswith(prefix):
            return number
    return roman_value(key) if not key.isdigit() else int(key)


def build_quarter(g: Groups, anchor: Anchor) -> DateValue | None:
    if g("qs"):
        first, number, months = _ordinal_number(g.text("n1")), _ordinal_number(g.text("n2")), 3
        if first is None or number is None or not first < number <= 4:
            return None
    else:
        number, months = _ordinal_number(g.text("n")), (3 if g("q") else 6)
        if number is None or number > 12 // months:
            return None
        first = number
    if g("y"):
        year, flags = _year(g("y")), {}
    elif g("rel"):
        offset = relative_offset(g.text("rel"))
        year = None if offset is None else v.anchor_year(anchor, offset)
        flags = {"relative": True}
    else:
        start, end = first * months - months + 1, number * months
        when = fold_phrase(g("prep") or "") in ("в", "во")  # an adverbial of time, not a noun's
        tense = g.tense() if when else None  # complement ("к значениям I квартала будут")
        year, flags = _quarter_year(anchor, start, end, tense), {"inferred": True}
    return v.interval(
        v.iso_month(year, first * months - months + 1),
        v.iso_month(year, number * months),
        "month",
        **flags,
    )


def _quarter_year(anchor: Anchor, start: int, end: int, tense: str | None) -> int | None:
    """The year of a quarter (or half-year) told without one, its months start to end: the
    document's, unless the tense of the clause it is the time of (after "в") says otherwise,
    as for a month: in the past tense the last one
    begun by the anchor ("В IV квартале продолжилось улучшение" in February: last year's), in
    the future tense the first one not over by it ("в I квартале произойдет" in November: next
    year's)."""
    if anchor is None or tense not in ("past", "futr"):
        return v.anchor_year(anchor)
    if tense == "past":
        return v.nearest_year(anchor, start, tense="past")
    return v.nearest_year(anchor, end, tense="futr")


# --- years, decades, centuries ------------------------------------------------------------------


def year_with_word(rule: str) -> str:
    """Years: "2015 года", "в 2015 году", "2015 г.", "в конце 2017 года", "1945-го", "2001г"."""
    number = _either(YEAR4, YEAR3 + f"(?={S0}{YEAR_WORD_FULL})")
    tail = _either(S0 + YEAR_WORD, YEAR_SUFFIX)
    return _lead(rule, part=True) + NUM_START + _g(rule, "y", number) + tail


def build_year(g: Groups, anchor: Anchor) -> DateValue | None:
    return v.point(v.iso_year(int(g.text("y"))), "year")


_BEFORE_ERA = _either(
    r"до" + S0 + r"н\." + S0 + r"э\.?",
    r"до" + S + r"нашей" + S + r"эры" + WORD_END,
    r"до" + S + r"р\." + S0 + r"х\.?",
    r"до" + S + r"рождества" + S + r"христова" + WORD_END,
)


def year_before_era(rule: str) -> str:
    """Years before the common era: "5000 год до н. э.", "в 100 г. до нашей эры", "в 44 году
    до Рождества Христова" (a negative ISO year: 1 BCE is 0000)."""
    year = NUM_START + _g(rule, "y", r"[1-9]\d{0,3}") + NUM_END + _opt(S0 + YEAR_WORD + r"\.?")
    return _lead(rule, part=True) + year + S0 + _BEFORE_ERA


def build_year_before_era(g: Groups, anchor: Anchor) -> DateValue | None:
    return v.point(v.iso_year_before_era(int(g.text("y"))), "year")


def year_after_preposition(rule: str) -> str:
    """Years: "в 2014", "В 1976 — поступил": a preposition and 1000-2100, no noun after."""
    prep = words("в|во|с|со|до|к|ко|по|от|после|начиная с|вплоть до")
    lead = WORD_START + _g(rule, "prep", prep) + S + _opt(_g(rule, "part", PART_OF) + S)
    # nor the number of an anniversary's or an age's compound: "к 1000-летию Ярославля"
    not_a_quantity = rf"(?!{S0}[%‰°$€₽£¥]|[-\u2010-\u2015]\d|[-\u2010\u2011]лет)"
    return lead + NUM_START + _g(rule, "y", YEAR4) + NUM_END + not_a_quantity


def build_year_after_preposition(g: Groups, anchor: Anchor) -> DateValue | None:
    if _LOWERCASE_NEXT.match(g.after()):
        return None
    return build_year(g, anchor)


def year_in_parentheses(rule: str) -> str:
    """Years: "(1997)" after a title, 1800-2100."""
    return r"(?<=\()" + _g(rule, "y", r"(?:1[89]\d\d|20\d\d)") + r"(?=\))"


def year_of_event(rule: str) -> str:
    """Years: the 2013 of "ЕГЭ-2013", "Евро-2012", "Олимпиада-2014" (1900-2099)."""
    return r"(?<=[^\W\d_]{2}[-\u2010\u2011])" + _g(rule, "y", r"(?:19|20)\d\d") + NUM_END


_CENTURY_NAME = words("прошлого|двадцатого|двадцать первого|xx|хх|xxi|ххi")


def _century_of(rule: str) -> str:
    """An optional "прошлого века", "XX века" after a decade."""
    return _opt(S + _g(rule, "c", _CENTURY_NAME) + S + "века")


def _century_number(name: str | None, anchor: Anchor) -> int | None:
    """The century of "90-х годов прошлого века" (None: not said, or no anchor)."""
    if name is None:
        return None
    key = fold_phrase(name).replace("х", "x")
    if key == "прошлого":
        return None if anchor is None else (anchor.year - 1) // 100
    return 21 if key in ("xxi", "двадцать первого") else 20


def decade(rule: str) -> str:
    """Decades: "В 1980-е", "в 1990-х годах", "в начале 2000-х", "90-х годов прошлого века"."""
    number = NUM_START + _g(rule, "y", _either(DECADE4, r"[1-9]0"))
    # not "-м": "в 1990-м (году)" is a year
    ending = "-?" + _g(rule, "e", words("е|х|ые|ых|ми")) + WORD_END
    suffix = ending + _opt(S0 + _g(rule, "yw", YEARS_WORD))
    return _lead(rule, part=True) + number + suffix + _century_of(rule)


def build_decade(g: Groups, anchor: Anchor) -> DateValue | None:
    if g("yw") is None and g.text("e") == "е" and _neuter_noun_after(g.after()):
        return None  # "заняла 10-е место": the ordinal of a noun, no decade
    number, relative = int(g.text("y")), fold_phrase(g("c") or "") == "прошлого"
    inferred = False
    if number < 100:  # "90-х": the century "прошлого века" and the like say
        century = _century_number(g("c"), anchor)
        if century is None and anchor is not None:  # ... else the latest such decade begun
            century, inferred = _latest_century(number, anchor.year), True
        if century is None:
            return v.interval(None, None, "year", relative=relative)
        number += (century - 1) * 100
    first, last = v.iso_year(number), v.iso_year(number + 9)
    return v.interval(first, last, "year", inferred=inferred, relative=relative)


def _latest_century(decade: int, year: int) -> int:
    """The century of the latest decade written with two digits ("80-х") that had begun by the
    year the text is of: the 1980s in 2017, the 2010s in 2017, the 1920s in 2017 (the 2020s had
    not begun)."""
    century = year // 100 + 1
    return century if (century - 1) * 100 + decade <= year else century - 1


def _neuter_noun_after(after: str) -> bool:
    """Whether the word after is a neuter singular noun in the nominative or accusative: the
    noun a "-е" ordinal agrees with ("10-е место", "3-е издание"), which a decade, plural,
    cannot."""
    word = _WORD_NEXT.match(after)
    return word is not None and any(
        p.tag.POS == "NOUN"
        and {"neut", "sing"} <= p.tag.grammemes
        and p.tag.case in ("nomn", "accs")
        for p in morph.parses(word.group(1))
    )


_DECADE_WORDS = {
    "двадцат": 20, "тридцат": 30, "сороков": 40, "пятидесят": 50,
    "шестидесят": 60, "семидесят": 70, "восьмидесят": 80, "девяност": 90,
}  # fmt: skip


def decade_in_words(rule: str) -> str:
    """Decades: "В девяностые годы двадцатого века" (the year word is required)."""
    word = words(*forms("|".join(_DECADE_WORDS), "ые|ых|ым|ыми")) + WORD_END
    return _lead(rule, part=True) + _g(rule, "w", word) + S + YEARS_WORD + _century_of(rule)


def build_decade_in_words(g: Groups, anchor: Anchor) -> DateValue | None:
    word = fold_phrase(g.text("w"))
    tens = next(value for stem, value in _DECADE_WORDS.items() if word.startswith(stem))
    century = _century_number(g("c"), anchor)
    relative = fold_phrase(g("c") or "") == "прошлого"
    if century is None:
        return v.interval(None, None, "year", relative=relative)
    start = (century - 1) * 100 + tens
    return v.interval(v.iso_year(start), v.iso_year(start + 9), "year", relative=relative)


def century(rule: str) -> str:
    """Centuries: "в XX веке", "XIX—XX веков", "в 19 веке", "в начале XXI века"."""
    number = _either(ROMAN, r"[12]?\d") + _opt("-?" + words("й|го|м|ом"))
    first = _opt(_g(rule, "c1", number) + DASH)
    word = words("век|века|веке|веку|веком|веках|веков|столетие|столетия|столетии") + WORD_END
    return _lead(rule, part=True) + WORD_START + first + _g(rule, "c2", number) + S0 + word


def _century_value(text: str | None) -> int | None:
    numeral = (text or "").split("-")[0].rstrip("йгомМ")
    value = int(numeral) if numeral.isdigit() else roman_value(numeral)
    return value if value and 1 <= value <= 21 else None


def build_century(g: Groups, anchor: Anchor) -> DateValue | None:
    last = _century_value(g("c2"))
    first = _century_value(g("c1")) if g("c1") else last
    if last is None or first is None:
        return None
    return v.interval(v.iso_year((first - 1) * 100 + 1), v.iso_year(last * 100), "year")


# --- deictic expressions and weekdays -------------------------------------------------------------


# the plural endings of an adjective: "ближайшие", "прошлых", "последними" (not "этих": "в эти
# выходные" is one weekend, a plural-only noun, and so stays unresolved anyway)
PLURAL_ADJECTIVE = re.compile(r"(?:ие|ые|их|ых|им|ым|ими|ыми)$", re.IGNORECASE)


def deictic_phrase(rule: str) -> str:
    """Deictic: "в прошлом году", "на этой неделе", "в прошлую пятницу", "На следующий день"."""
    unit = _either(DEICTIC_UNIT, WEEKDAY)
    deictic = _g(rule, "rel", DEICTIC) + _opt(S + "же") + S
    return _lead(rule, part=True) + deictic + _g(rule, "u", unit)


def build_deictic_phrase(g: Groups, anchor: Anchor) -> DateValue | None:
    unit_word, offset = g.text("u"), relative_offset(g.text("rel"))
    if PLURAL_ADJECTIVE.search(g.text("rel")):
        return v.unresolved()  # "в ближайшие годы", "в прошлые выходные": several, no one
    if _is_weekday(unit_word):
        day = v.weekday_date(anchor, weekday_number(unit_word), offset)
        return v.point(v.iso_date(day), "day", relative=True)
    unit = unit_name(unit_word)
    if unit == "week":
        return v.week(anchor, offset) if offset is not None else v.unresolved(kind="range")
    if anchor is None or offset is None:
        return v.unresolved()
    if unit == "day":
        if not fold_phrase(g.text("rel")).startswith(("сегодняшн", "вчерашн", "завтрашн")):
            return v.unresolved()  # "в этот день", "на следующий день": the story's day
        return v.point(v.iso_date(v.shift(anchor, offset)), "day", relative=True)
    if unit == "month":
        year, month = v.add_months(anchor.year, anchor.month, offset)
        return v.point(v.iso_month(year, month), "month", relative=True)
    if unit == "year":
        return v.point(v.iso_year(anchor.year + offset), "year", relative=True)
    if unit == "century":
        return v.century((anchor.year - 1) // 100 + 1 + offset, relative=True)
    if unit in ("quarter", "half-year"):
        months = 3 if unit == "quarter" else 6
        start = (anchor.month - 1) // months * months + 1  # the first month of the anchor's
        first = v.add_months(anchor.year, start, offset * months)
        last = v.add_months(*first, months - 1)
        return v.interval(v.iso_month(*first), v.iso_month(*last), "month", relative=True)
    return v.unresolved()  # seasons (sport), weekends


# the word after "года"/"месяца", which may say which year or month a part is of
_NEXT_WORD = re.compile(r"[ \u00a0]*(\d|[а-яё]+)")


def part_of_current(rule: str) -> str:
    """A part of the current year or month, named with no number: "в середине года", "с
    начала года", "к концу месяца"."""
    unit = _g(rule, "u", words("года|месяца")) + WORD_END
    return (
        WORD_START + _opt(_g(rule, "prep", PREPOSITION) + S) + _g(rule, "part", PART_OF) + S + unit
    )


def build_part_of_current(g: Groups, anchor: Anchor) -> DateValue | None:
    following = _NEXT_WORD.match(g.after())
    word = following[1] if following else ""
    whose = word.isdigit() or (
        grammar.may_be_genitive(word)
        and not any(morph.case_of(p) == "nomn" for p in morph.parses(word))
    )
    if whose or anchor is None:
        return None  # "в конце года выборов": the genitive after it says which year
    if fold_phrase(g.text("u")) == "года":
        return v.point(v.iso_year(anchor.year), "year", relative=True)
    return v.point(v.iso_month(anchor.year, anchor.month), "month", relative=True)


def weekday(rule: str) -> str:
    """Weekdays: "в среду", "во вторник", "до пятницы", "субботу" (of "в пятницу и субботу")."""
    accusative = _g(rule, "prep", words("в|во|на|по|за")) + S + _g(rule, "wd", WEEKDAY_ACCUSATIVE)
    genitive_prep = words("до|с|со|от|после|накануне|вплоть до")
    genitive = _g(rule, "gprep", genitive_prep) + S + _g(rule, "gwd", WEEKDAY_GENITIVE)
    alone = rf"(?<![{OPENING}])" + _g(rule, "awd", WEEKDAY_ALONE)
    return WORD_START + _either(accusative, genitive, alone)


def build_weekday(g: Groups, anchor: Anchor) -> DateValue | None:
    alone = g("awd")
    if alone is not None and not alone.islower():
        return None  # "Четверг", "Пятница": a title or a name
    day = v.weekday_date(anchor, weekday_number(g("wd") or g("gwd") or g.text("awd")), None)
    return v.point(v.iso_date(day), "day", relative=True)


def deictic_word(rule: str) -> str:
    """Deictic: "сегодня", "вчера", "с завтрашнего" is deictic_phrase; "накануне" alone."""
    prep = _opt(_g(rule, "prep", words("с|со|до|к|ко|на|от|по|за")) + S)
    return WORD_START + prep + _g(rule, "w", _DEICTIC_DAY) + WORD_END


def build_deictic_word(g: Groups, anchor: Anchor) -> DateValue | None:
    word = fold_phrase(g.text("w"))
    if word == "накануне" and _is_preposition(g.after(), g.before()):
        return None  # "накануне Дня Победы", "накануне 9 мая", "накануне голосования"
    day = v.shift(anchor, _DEICTIC_DAY_WORDS.get(word, -1))
    return v.point(v.iso_date(day), "day", relative=True)


def _is_preposition(after: str, before: str) -> bool:
    """Whether "накануне", between before and after, is the preposition ("the eve of" a name, a
    date or a noun phrase in the genitive: "накануне голосования", "накануне своего юбилея"),
    not the adverb "the day before" ("накануне вечером", "накануне сенат отказался",
    "произошедшей накануне."; inside a participle's phrase, "состоявшегося накануне военного
    переворота", the genitive after it is the participle's noun)."""
    if _NOUN_PHRASE_NEXT.match(after):
        return True
    governed = _GOVERNED_NEXT.match(after)
    if governed is None or not grammar.declines_in_genitive(governed[1]):
        return False
    last = before.split()[-1:]
    return not (last and any(p.tag.POS == "PRTF" for p in morph.parses(last[0])))


# NEREL marks these vague adverbials consistently. "недавно", "в настоящее время", "в последнее
# время", "на данный момент", "в юности" it marks only now and then (a quarter of the time in the
# dev set), so they are left out.
_VAGUE = words("на днях|в ближайшие дни|в выходные|в выходные дни|в разные годы|в те годы|в годы")


# A month's adjective ("майских указов", "декабрьском прогнозе") is a temporal expression in
# NEREL (15 of its 16 in train): a DATE with no value, the year unsaid (the May of a decree is
# no month of the document's year). Written in lower case only: capitalised, it opens a name
# ("Октябрьском районе", "Октябрьской площади"), an event's NEREL counts too but a place's not.
_MONTH_ADJECTIVE = words(
    *forms(
        "январск|февральск|мартовск|апрельск|майск|июньск|июльск|августовск|сентябрьск"
        "|октябрьск|ноябрьск|декабрьск",
        "ий|ая|ое|ие|ого|ой|ому|ую|им|ом|их|ими",
    )
)


def month_adjective(rule: str) -> str:
    """A month's adjective: "майских указов", "в декабрьском прогнозе"."""
    return WORD_START + _g(rule, "ma", _MONTH_ADJECTIVE) + WORD_END


def build_month_adjective(g: Groups, anchor: Anchor) -> DateValue | None:
    if not g.text("ma").islower():
        return None  # "Октябрьском районе": a name's first word
    return v.unresolved(relative=False)


def vague(rule: str) -> str:
    """Vague: "На днях", "в выходные", "в годы войны"."""
    return WORD_START + _g(rule, "v", _VAGUE) + WORD_END


def build_vague(g: Groups, anchor: Anchor) -> DateValue | None:
    return v.unresolved(relative=fold_phrase(g.text("v")) not in ("в годы", "в разные годы"))


# --- durations ------------------------------------------------------------------------------

_DURATION_WORDS = words(
    "в течение|в течении|на протяжении|в продолжение|за|на|через|спустя",
    "около|примерно|приблизительно|почти|до",
    "более|менее|не более|не менее|немногим более|свыше|больше|меньше",
    *forms("последн|ближайш", "ие|их|им|ий|юю|ее"),
    *forms("следующ", "ие|их"),
    # "в" before a plural of these says when, inside the span: "в ближайшие 3 года"
    *forms("в последн|в ближайш|в следующ", "ие"),
    *forms("кажд", "ые|ый|ую|ое|ых"),
)
_DURATION_PREFIX = f"(?:{_DURATION_WORDS}{WORD_END}{S}){{1,3}}"
_DURATION_AFTER = words("назад|тому назад|спустя|позже|позднее|ранее|раньше") + WORD_END
_AGO = ("назад", "тому назад")
_RECENT = re.compile(r"(?:^|\s)(?:последн|ближайш|следующ)")  # a period counted from now
# a folded prefix opening with "в" before a plural of those: when, not how long
_WHEN = re.compile(r"во?\s+(?:последн|ближайш|следующ)")
_NOT_A_TITLE = rf"(?<![{OPENING}])"  # «Один день Ивана Денисовича»


def months_of_year(rule: str) -> str:
    """The first months of a year: "за 9 месяцев 2024 года", "за первые три месяца 2018 года"
    (a report's period: January to the month the count ends at)."""
    first = _opt(words(*forms("перв", "ые|ых|ым|ыми")) + S)
    months = _g(rule, "q", QUANTITY) + S0 + words("месяцев|месяца|месяцах|месяцам")
    return _lead(rule) + first + NUM_START + months + S + _year_tail(rule)


def build_months_of_year(g: Groups, anchor: Anchor) -> DateValue | None:
    count = number_value(g.text("q"))
    if count is None or count != int(count) or not 1 <= count <= 12 or g("yw") is None:
        return None  # "3 месяца 2015" says no year: it is a count of something
    year = int(g.text("y"))
    return v.interval(v.iso_month(year, 1), v.iso_month(year, int(count)), "month")


# the kind of days or years a duration counts, between its number and its unit: "в течение
# восьми рабочих дней", "30 календарных дней"
_UNIT_KIND = words(*forms("рабоч|календарн|банковск", "их|ие|ий|ых|ые|ый|ого|ему|им|ими"))


def duration(rule: str) -> str:
    """Durations: "два года", "в течение примерно 26 лет", "1 год 6 месяцев", "полгода", "в
    течение восьми рабочих дней";
    with "назад"/"спустя"/"позже" after them, points: "три месяца назад"."""
    quantity = NUM_START + _g(rule, "q", QUANTITY) + _opt(DASH + _g(rule, "q2", QUANTITY))
    first = quantity + S0 + _opt(_UNIT_KIND + S) + _g(rule, "u", UNIT)
    more = _opt(S + _either(HALF_UNIT, QUANTITY + S0 + UNIT))
    after = _opt(S + _g(rule, "post", _DURATION_AFTER))
    between = _g(rule, "from", "от" + S + QUANTITY + S + "до" + S)  # "от 8 до 20 лет"
    return (
        WORD_START
        + _NOT_A_TITLE
        + _opt(_g(rule, "pre", _DURATION_PREFIX))
        + _opt(between)
        + _either(first, _g(rule, "h", HALF_UNIT))
        + more
        + after
    )


_YEAR_NUMBER = re.compile(r"1\d{3}|2\d{3}")  # a quantity of years that is a year's number


def build_duration(g: Groups, anchor: Anchor) -> DateValue | None:
    unit_word = g("u")
    if (
        unit_word
        and fold_phrase(unit_word) in ("году", "годе", "годах")
        and (g("q") or "")[:1].isdigit()
    ):
        return None  # "на 85 году жизни", "на 4-5 годах обучения": ordinals
    if unit_name(unit_word or "") == "year" and _is_age(g):
        return None
    quantity = g("q") or ""
    if fold_phrase(unit_word or "") == "года" and _YEAR_NUMBER.fullmatch(quantity) and not g("q2"):
        # "в течение 2020 года": that year (a genitive singular: "2000 лет" are years)
        return v.point(v.iso_year(int(quantity)), "year")
    post, pre = fold_phrase(g("post") or ""), fold_phrase(g("pre") or "")
    if post in _AGO:
        if g("h"):
            half = half_unit(g.text("h"))
            return v.ago(anchor, half[1], half[0]) if half else None
        amount = None if g("q2") or g("from") else number_value(g.text("q"))
        return v.ago(anchor, amount, unit_name(g.text("u")))
    if post or pre.startswith(("через", "спустя")):
        return v.unresolved()  # "через два дня", "два года спустя": after the story's event
    if _WHEN.match(pre):
        return v.unresolved()  # "в ближайшие 3 года": when, in the next three years
    return v.period()


def duration_without_number(rule: str) -> str:
    """Durations: "в течение недели", "за неделю", "более года"; points: "через год",
    "неделю назад", "Годом позже"."""
    with_prefix = _g(rule, "pre", _DURATION_PREFIX) + _g(rule, "u", UNIT)
    with_prefix += _opt(S + _g(rule, "post", _DURATION_AFTER))
    with_suffix = _g(rule, "u2", UNIT) + S + _g(rule, "post2", _DURATION_AFTER)
    return WORD_START + _either(with_prefix, with_suffix)


def build_duration_without_number(g: Groups, anchor: Anchor) -> DateValue | None:
    pre, unit_word = fold_phrase(g("pre") or ""), g("u") or g.text("u2")
    if pre.split()[-1:] in (["на"], ["к"], ["до"]):
        return None  # "на день рождения", "до года": not a period ("на год." is a frequency)
    if g("u") is not None and not unit_word.islower():
        return None  # "на Неделе моды"
    post = fold_phrase(g("post") or g("post2") or "")
    if post in _AGO:
        if _counted(unit_word):
            return None  # "«десять лет назад": the count is outside the match, not one year
        return v.ago(anchor, 1, unit_name(unit_word))
    if post or pre.startswith(("через", "спустя")):
        return v.unresolved()
    if _RECENT.search(pre) and PLURAL_ADJECTIVE.search(pre.split()[-1]) and _WHEN.match(pre):
        return v.unresolved()  # "в последние месяцы": when, in recent months; no one value
    return v.period()


def _counted(unit_word: str) -> bool:
    """Whether the unit is a genitive plural ("лет", "дней", "суток"), the form a number
    governs: without its number it is no period of one unit."""
    readings = [p for p in morph.parses(fold_phrase(unit_word)) if p.normal_form in UNIT_LEMMAS]
    return bool(readings) and all(
        p.tag.number == "plur" and morph.case_of(p) == "gent" for p in readings
    )  # the unit's own readings: "лет" is год's, whatever "лёт" (flight) it may also be


def frequency(rule: str) -> str:
    """Frequencies: "в день", "в год", "на год" at the end of a clause ("тонн нефти в год.")."""
    unit = words("день|год|месяц|неделю|сутки") + WORD_END
    clause_end = rf"(?={S0}(?:[.,;:!?){CLOSING}…\u2013\u2014]|-{S}|$))"
    return WORD_START + _g(rule, "p", words("в|на")) + S + _g(rule, "u", unit) + clause_end


# "15-летний срок" is a period; "36-летний Иван", "100-летний юбилей" are ages: not returned.
_PERIOD_NOUN = words(
    "срок|период|перерыв|стаж|контракт|мораторий|цикл|план|отпуск|карантин",
    "правлени|отсутстви|пребывани|заключени",
)


def length_adjective(rule: str) -> str:
    """Durations: "15-летний срок", "10-дневный карантин" (the adjective only)."""
    number = NUM_START + r"\d{1,4}(?:[.,]\d)?"
    adjective = r"-?(?:летн|месячн|дневн|недельн)[а-яё]*" + WORD_END
    return number + _g(rule, "a", adjective) + f"(?={S}{_PERIOD_NOUN})"


def hours(rule: str) -> str:
    """Durations: "за последние 24 часа"; "в 12 часов" is a time of day, not a period."""
    pre = words(*forms("за последн|последн", "ие|их"))
    return WORD_START + _g(rule, "pre", pre) + S + QUANTITY + S0 + HOUR_UNIT


def build_period(g: Groups, anchor: Anchor) -> DateValue | None:
    return v.period()


# --- ages -------------------------------------------------------------------------------------

# A person's age is not a temporal expression in NEREL: "в возрасте 92 лет", "в 13 лет",
# "Ему было 64 года", "исполнилось 85 лет", "(51 год)", "старше 70 лет"; the person whose age
# it is is in the dative ("которому сейчас 23 года", "ей должно было исполниться 80 лет"), as a
# pronoun, a relative pronoun opening its clause or a name (``_dative_person``), or named right
# before the age in apposition ("Иван Сидоров, 49 лет, работал").
_AGE_PARTICLES = r"(?:\s+(?:бы|всего|лишь|только|уже|почти|около|примерно|ровно|сейчас|тогда))*"
_AGE_BEFORE = re.compile(
    r"(?:\bв\s+возрасте(?:\s+\w+)?|(?:^|\W)во?"
    r"|(?:\b(?:ему|ей|им|мне|нам|вам|тебе)|,\s*котор(?:ому|ой))"
    + _AGE_PARTICLES
    + r"\s+(?:был|была|было|будет|должно\s+было\s+исполниться|исполн\w+)"
    r"|\b(?:ему|ей|им|мне|нам|вам|тебе|было|будет|исполн(?:ил|ит|яет|ял|иться|яться)\w*"
    r"|,\s*котор(?:ому|ой)|старше|младше|моложе|достигш\w+|достиг|дожил|дожила)"
    + _AGE_PARTICLES
    + r"(?:\s+до)?"
    + r"|\bот\s+\d+\s+до|\()\s*$"
)
_NAME_AND_COMMA = re.compile(r"[^\W\d_][\w-]*\)?,\s*$")  # "Иван Сидоров, " (a capital checked)
_WORD_BEFORE = re.compile(rf"([^\W\d_]+){_AGE_PARTICLES}\s*$")
_CLAUSE_START = re.compile(r"[.!?;:,()\u2013\u2014\n]")
_TERM = re.compile(r"\w*(?:срок|свобод|заключени|наказани|лишени|колони|тюрьм)")  # prison
_AGE_LIMIT_BEFORE = re.compile(r"(?:\bот\s+\d+|\bдожи\w*|\bдостиг\w*|\bвозраст\w*)\s*$")
_AGE_AFTER = re.compile(r"(?:\)|со дня\b)")  # "(10, 9 и 8 лет)", "85 лет со дня рождения"


def _is_age(g: Groups) -> bool:
    if g("from"):  # "детей от 13 до 18 лет", but "на срок от 8 до 20 лет"
        return not (_TERM.search(g.before(40)) or _TERM.match(fold_phrase(g.after(20))))
    pre = fold_phrase(g("pre") or "")
    if pre in ("до", "старше", "младше", "моложе"):
        return _AGE_LIMIT_BEFORE.search(g.before()) is not None  # "от 13 до 16 лет"
    if pre and pre not in ("почти", "около", "примерно"):
        return False
    before, after = g.before(), fold_phrase(g.after(12))
    if before.endswith("("):
        return after.startswith(")")  # "(51 год)"
    if _AGE_BEFORE.search(before) is not None or _AGE_AFTER.match(after) is not None:
        return True
    written = g.written_before(40)
    named = _NAME_AND_COMMA.search(written)
    if named and named.group()[:1].isupper() and after.startswith(",") and not g("post"):
        return True  # "Иван Сидоров, 49 лет, работал"
    return _dative_person(written)


def _dative_person(before: str) -> bool:
    """Whether the text before an age ends with a person in the dative that opens its clause
    ("Петру Васильеву 65 лет", "Молодой жене 27 лет"): a noun or name read as an animate
    dative, never as a nominative (an undeclined name may be the subject of a duration: "Гомес
    уже несколько лет страдает") nor as a function word ("к"), and no verb before it in the
    clause (then the dative is the verb's object and the years a duration: "служил губернатору
    5 лет")."""
    word = _WORD_BEFORE.search(before)
    if word is None:
        return False
    readings = morph.parses(word[1].lower())
    if not any(
        grammar.is_noun(p) and p.tag.case == "datv" and p.tag.animacy == "anim" for p in readings
    ):
        return False
    if any(p.tag.case == "nomn" or p.tag.POS in grammar.FUNCTION for p in readings):
        return False
    starts = [m.end() for m in _CLAUSE_START.finditer(before, 0, word.start())]
    clause = before[starts[-1] if starts else 0 : word.start()].split()
    return not any(grammar.first_pos(w.lower()) in ("VERB", "INFN") for w in clause)


# --- the table -----------------------------------------------------------------------------------

RULES: tuple[Rule, ...] = (
    Rule("rdw", range_days_words("rdw"), build_range_days),
    Rule("rdd", range_days_dash("rdd"), build_range_days),
    Rule("rmw", range_months_words("rmw"), build_range_months),
    Rule("rmd", range_months_dash("rmd"), build_range_months),
    Rule("ryw", range_years_words("ryw"), build_range_years),
    Rule("ryd", range_years_dash("ryd"), build_range_years_dash),
    Rule("ryp", range_years_in_parentheses("ryp"), build_range_years),
    Rule("ysl", season_years("ysl"), build_season_years),
    Rule("dmy", day_month_year("dmy"), build_day_month_year),
    Rule("dlist", day_in_a_list("dlist"), build_day_in_a_list),
    Rule("num", numeric_date("num"), build_numeric_date),
    Rule("dec", decade("dec"), build_decade),
    Rule("wdec", decade_in_words("wdec"), build_decade_in_words),
    Rule("cent", century("cent"), build_century),
    Rule("my", month_year("my"), build_month_year),
    Rule("seas", season("seas"), build_season),
    Rule("qrt", quarter("qrt"), build_quarter),
    Rule("mon", month_alone("mon"), build_month_alone),
    Rule("mgen", month_of_noun("mgen"), build_month_of_noun),
    Rule("bce", year_before_era("bce"), build_year_before_era),
    Rule("year", year_with_word("year"), build_year),
    Rule("byear", year_after_preposition("byear"), build_year_after_preposition),
    Rule("pyear", year_in_parentheses("pyear"), build_year),
    Rule("eyear", year_of_event("eyear"), build_year),
    Rule("rel", deictic_phrase("rel"), build_deictic_phrase),
    Rule("pcur", part_of_current("pcur"), build_part_of_current),
    Rule("wday", weekday("wday"), build_weekday),
    Rule("dword", deictic_word("dword"), build_deictic_word),
    Rule("hours", hours("hours"), build_period),
    Rule("myr", months_of_year("myr"), build_months_of_year),
    Rule("dur", duration("dur"), build_duration),
    Rule("durb", duration_without_number("durb"), build_duration_without_number),
    Rule("freq", frequency("freq"), build_period),
    Rule("len", length_adjective("len"), build_period),
    Rule("vague", vague("vague"), build_vague),
    Rule("madj", month_adjective("madj"), build_month_adjective),
)
INDEX = {rule.name: index for index, rule in enumerate(RULES)}


# Compiling takes a few tenths of a second, so it waits for the first text, and the compiled
# code is kept in the user's cache for the next start (``regexcache``).
@cache
def rule_regexes() -> tuple[re.Pattern[str], ...]:
    """Each rule's pattern, compiled, in the order of ``RULES``."""
    return tuple(regexcache.compiled_all([rule.pattern for rule in RULES]))


def rule_regex(index: int) -> re.Pattern[str]:
    """The pattern of the rule at index in ``RULES``."""
    return rule_regexes()[index]


@cache
def rule_starts() -> tuple[frozenset[str] | None, ...]:
    """The characters each rule's match may start with (None: any), in the order of ``RULES``
    (``regexcache.first_characters``)."""
    return tuple(regexcache.first_characters(rule.pattern) for rule in RULES)

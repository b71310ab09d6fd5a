"""Rule-based extraction of Russian temporal expressions, with ISO 8601 values.

``find_dates(text, anchor)`` returns every temporal expression of the text, sorted and
non-overlapping, each with a :class:`~pressrel.records.DateValue`. ``anchor`` is the document's
own date; ``anchor_date(text)`` finds it when the document has no separate date line.

What counts as a temporal expression (the spans follow NEREL's DATE type)
--------------------------------------------------------------------------
* Calendar dates: ``18 декабря 2015``, ``18 дек. 2015 г.``, ``18.12.2015``, ``2015-12-18``,
  ``1-го мая``, ``двадцать второго июня 1941 года``, ``15 декабря`` (year-less), ``в декабре
  2015 года``, ``сентябрь 2015 года``, ``в сентябре`` (year-less month), ``2015 года``,
  ``в 2015 году``, ``2015 г.``, ``1945-го``. In ``5, 6 и 7 мая 2016`` the ``5`` and the ``6``
  are dates of their own, in May 2016; in ``30 июня и 1 июля 2019 года`` the first date takes
  the second's year.
* Quarters and half-years, as month intervals: ``в первом квартале 2016 года``
  (``2016-01/2016-03``), ``во втором полугодии``, ``в прошлом квартале``.
* Ranges, one span each: ``21–22 октября 2015 года``, ``с 15 по 18 декабря``,
  ``с 15 декабря по 18 января 2016 года``, ``с 3 на 4 июня``, ``в ноябре-декабре``,
  ``С апреля 1998 года по май 1999 года``, ``2014–2015 годах``, ``с 2010 по 2015 год``, and
  any "с <date> по <date>" pair (``с 1 марта 2011 по декабрь 2015``).
* Decades and centuries: ``В 1980-е``, ``в 1990-х годах``, ``в начале 2000-х``,
  ``в девяностые годы двадцатого века``, ``в XX веке``.
* Parts of periods and seasons: ``в начале 2017 года``, ``в конце марта``, ``весной 2012 года``.
* Weekdays, alone or before/after a date: ``в среду``, ``В воскресенье, 11 июня 2017 года``,
  ``25 июля, в четверг``; ``вчера, 9 мая 2019 года`` is one span too.
* Deictic expressions: ``сегодня``, ``вчера``, ``накануне``, ``в прошлом году``, ``на этой
  неделе``, ``в следующем мае``, ``в прошлую пятницу``, ``феврале этого года``, ``на следующий
  день``, ``три месяца назад``, ``через два дня``, ``Годом позже``, ``На днях``, ``в выходные``.
* Durations, periods and frequencies (kind ``"duration"``, value None): ``два года``,
  ``в течение 12 лет``, ``70 лет``, ``10 суток``, ``1 год 6 месяцев``, ``около 30 лет``,
  ``от 8 до 20 лет``, ``за неделю``, ``каждые три года``, ``в год`` ("тонн в год."), and the
  adjective of ``15-летний срок``.

A leading preposition belongs to the span (``в 2018 году``, ``С 27 апреля``, ``на 11 декабря``,
``до 2020 года``), as in NEREL; the final dot of ``г.`` does not (``2001г``), as in NEREL, since
it is most often the sentence's full stop too.

Not returned, because NEREL does not mark them and users do not want them as dates: people's
ages (``36-летний Иван``, ``в возрасте 92 лет``, ``Ему было 64 года``, ``в 13 лет``, ``детей
от 13 до 18 лет``, ``(51 год)``), anniversaries (``100-летний юбилей``, ``85 лет со дня
рождения``), times of day (``в 12 часов``), titles (``«Один день Ивана Денисовича»``), and the
vague adverbs NEREL marks only now and then (``недавно``, ``в настоящее время``, ``в последнее
время``, ``на данный момент``, ``в юности``: about one time in four in the dev set).

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
* Years listed before one plural noun of years are each a year (``в 1958, 1962 и 1970
  годах``: ``в 1958``, ``1962``, ``1970 годах``, see :mod:`.lists`).
* ``предыдущий`` and ``следующий`` count from the period of their unit the sentence has just
  named, when it has (``В II квартале 2024 года ... в предыдущем квартале`` is
  ``2024-01/2024-03``, see :mod:`.anaphora`).
* A bare weekday (``в среду``) is the latest such day on or before the anchor, because news is
  told in the past tense (a Wednesday anchor makes ``в среду`` the anchor itself); ``в прошлую
  среду`` is the latest one strictly before it, ``в следующую среду`` the first one after it and
  ``в эту среду`` the one in the anchor's week. A weekday next to a date never changes the date.
* Anaphoric expressions, which hang on the story rather than on the document's date (``на
  следующий день``, ``в том же году``, ``через два дня``, ``Годом позже``), and vague ones
  (``На днях``, ``несколько дней назад``) are ``relative=True`` with value None.
* The flags describe the expression, not its resolution: with ``anchor=None`` a year-less or
  deictic expression keeps ``year_inferred``/``relative`` but its value is None (never an
  invented year). ``precision`` is None whenever ``value`` is None.
* Durations are kind ``"duration"``, value None, precision None; an invalid date (``31 июня``)
  is returned with value None.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

from .. import caches
from ..lang import grammar
from ..lang.letters import lower_word_before
from ..records import DateValue
from .anaphora import from_named_periods
from .lexicon import (
    FOLD_TABLE,
    S0,
    STARTER,
    TRIGGER,
    TRIGGER_LOOKBACK,
    WORD_START,
    S,
    words,
)
from .lists import with_listed_years
from .match import DateMatch
from .rules import RULES, Groups, Rule, rule_regexes, rule_starts
from .values import coarser

__all__ = ["DateMatch", "anchor_date", "find_dates", "whole_date"]


@caches.by_text(caches.WORDS)
def find_dates(text: str, anchor: datetime.date | None = None) -> list[DateMatch]:
    """All temporal expressions, sorted, non-overlapping (cached by text and anchor: a
    paragraph said again, a release's boilerplate, is scanned once).

    ``anchor`` is the document's own date: year-less dates take its year (``year_inferred``) and
    deictic ones resolve against it (``relative``). With ``anchor=None`` they keep value None.
    """
    found = _join_open_ranges(text, list(_scan(text, anchor)))
    found = [match for match in found if not _in_a_quoted_name(text, match)]
    return from_named_periods(text, with_listed_years(text, found))


# a quoted name a date word may stand in: its most words ("«Ворвись в весну»"), and how far
# before its quotation mark the noun of its kind may start ("акция")
QUOTED_NAME_WORDS = 8
KIND_REACH = 30


def _in_a_quoted_name(text: str, match: DateMatch) -> bool:
    """Whether a date with no number stands inside a short quoted name, after the noun of its
    kind: a campaign's, a show's, a programme's ("акция «Ворвись в весну»", "фестиваль «Белые
    ночи»"): a word of the name, no date; not in speech ("сказал: «Вчера всё решилось»"); a
    year in one is a date ("«Евро-2012»")."""
    if any(c.isdigit() for c in match.text):
        return False
    opening = text.rfind("«", max(0, match.start - 80), match.start)
    if opening < 0 or "»" in text[opening : match.start]:
        return False
    closing = text.find("»", match.stop, match.stop + 80)
    if closing < 0 or "«" in text[match.stop : closing]:
        return False
    if len(text[opening + 1 : closing].split()) > QUOTED_NAME_WORDS:
        return False
    kind = lower_word_before(text, opening, KIND_REACH)
    return kind is not None and grammar.first_pos(kind) == "NOUN"


def whole_date(text: str) -> DateMatch | None:
    """The date expression that is the whole of text (anchor None), else None: what
    ``find_dates(text)`` gives when it is one match from 0 to the end. The first match is
    tried at 0 alone, so a long text that does not open with a date costs one match."""
    first = _first_at_start(text)
    if first is None:
        return None
    if first.stop == len(text):  # nothing left to scan or to join it with
        return first
    found = find_dates(text)  # an open range of two ("с 1 марта 2011 по декабрь 2015")
    whole = len(found) == 1 and (found[0].start, found[0].stop) == (0, len(text))
    return found[0] if whole else None


# anchor_date's answer by the digest of the text it scans and head: a document read again
# (the same story in two feeds, a corpus cycled) is not scanned again (an entry is 16 bytes and a
# date, so the word caches' bound)
_ANCHORS = caches.memo(f"{__name__}.anchors", caches.WORDS)


def anchor_date(text: str, head: int = 500) -> datetime.date | None:
    """The document's date when it has no separate date line: the first full day-month-year
    date that starts in the first ``head`` characters."""
    scanned = text[: head + 40]
    key = (caches.text_key(scanned), head)
    if key in _ANCHORS:
        return _ANCHORS[key]
    found = _anchor_date(scanned, head)
    _ANCHORS.remember(key, found)
    return found


def _anchor_date(scanned: str, head: int) -> datetime.date | None:
    for match in _scan(scanned, None):
        if match.start >= head:
            break
        date = match.date
        if date.kind == "date" and date.precision == "day" and not date.relative:
            return datetime.date.fromisoformat(date.value)  # type: ignore[arg-type]
    return None


# --- the scan -------------------------------------------------------------------------------

_TRIGGER = re.compile(TRIGGER)
_STARTER = re.compile(STARTER)


def _scan(text: str, anchor: datetime.date | None) -> Iterator[DateMatch]:
    """Leftmost-first matches of the rules, on the lowercased text.

    The rules are tried only where an expression may start (a word that can begin one, see
    STARTER) at most TRIGGER_LOOKBACK characters before a trigger (a digit, a month, a unit...),
    which every expression holds. So a text without triggers costs one fast scan, and the full
    pattern runs at a few places only. ``_scan_everywhere`` is the reference it must agree with.
    """
    lowered = _lowercase(text)
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
            found = _match_at(text, lowered, start, anchor)
            if found is not None:
                yield found
                pos = found.stop
        tried = at + 1


def _first_at_start(text: str) -> DateMatch | None:
    """``_scan(text, None)``'s first match when it starts at 0, else None, tried at 0 alone:
    0 is the first place the scan tries when it is a starter and the first trigger is at most
    TRIGGER_LOOKBACK characters on; elsewhere the scan never tries it."""
    lowered = _lowercase(text)
    trigger = _TRIGGER.search(lowered)
    if trigger is None or trigger.start() > TRIGGER_LOOKBACK or not _STARTER.match(lowered):
        return None
    return _match_at(text, lowered, 0, None)


def _scan_everywhere(text: str, anchor: datetime.date | None) -> Iterator[DateMatch]:
    """The reference scan: the rules tried at every position (slow; for tests)."""
    lowered = _lowercase(text)
    pos = 0
    while pos < len(text):
        found = _match_at(text, lowered, pos, anchor)
        if found is None:
            pos += 1
        else:
            yield found
            pos = found.stop


def _lowercase(text: str) -> str:
    """The text in lowercase, with the same offsets."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters lowercase to two ("İ")
        lowered = text.translate(FOLD_TABLE)
    return lowered


def _match_at(
    text: str, lowered: str, start: int, anchor: datetime.date | None
) -> DateMatch | None:
    """The first rule, in priority order, that matches at ``start`` and accepts the match
    (its builder gives a value; a rejected match leaves the place to the rules after it).

    Each rule's own pattern is tried in turn, of the rules whose match may start with the
    character there (``_rules_starting``). The rules joined in one alternation, which picks
    the first rule that matches, cost more per place than the rules tried one by one (64
    against 46 ms over the 7,187 places the scan tried in 300 Wikinews documents): a pattern
    alone fails faster where its rule cannot start."""
    for rule, pattern in _rules_starting(lowered[start]):
        found = pattern.match(lowered, start)
        if found is None:
            continue
        value = rule.build(Groups(found, text, rule.name), anchor)
        if value is not None:
            return DateMatch(start, found.end(), text[start : found.end()], value)
    return None


@caches.bounded(caches.CHARACTERS)
def _rules_starting(char: str) -> tuple[tuple[Rule, re.Pattern[str]], ...]:
    """The rules, with their patterns, whose match may start with char (lowercase), in priority
    order: most rules start with a preposition, a number or a month, so a place is tried with a
    few of the 33 (``rule_starts``; a rule whose start cannot be read is tried everywhere)."""
    return tuple(
        (rule, pattern)
        for rule, pattern, first in zip(RULES, rule_regexes(), rule_starts())
        if first is None or char in first
    )


# --- open ranges ----------------------------------------------------------------------------

# "с 1 марта 2011" and "по декабрь 2015" next to each other make one range.
_RANGE_START = re.compile(WORD_START + words("с|со|от|начиная с|начиная со") + S, re.IGNORECASE)
_RANGE_END = re.compile(words("по|до|вплоть до") + S, re.IGNORECASE)
_RANGE_GAP = re.compile(S0 + ",?" + S0)


def _join_open_ranges(text: str, matches: list[DateMatch]) -> list[DateMatch]:
    """Join "с <date>" and "по/до <date>" next to each other into one range.

    The range rules cover the usual shapes; this catches the mixed ones ("с 1 марта 2011 по
    декабрь 2015", "с 2008 года по март 2010", "с понедельника по среду")."""
    joined: list[DateMatch] = []
    for match in matches:
        if joined and _open_range_pair(text, joined[-1], match):
            first = joined[-1]
            joined[-1] = DateMatch(
                first.start,
                match.stop,
                text[first.start : match.stop],
                _range_of(first.date, match.date),
            )
        else:
            joined.append(match)
    return joined


def _open_range_pair(text: str, first: DateMatch, second: DateMatch) -> bool:
    return (
        first.date.kind == "date"
        and second.date.kind == "date"
        and _RANGE_START.match(first.text) is not None
        and _RANGE_END.match(second.text) is not None
        and _RANGE_GAP.fullmatch(text, first.stop, second.start) is not None
    )


def _range_of(first: DateValue, second: DateValue) -> DateValue:
    value = f"{first.value}/{second.value}" if first.value and second.value else None
    return DateValue(
        value,
        coarser(first.precision, second.precision) if value else None,  # type: ignore[arg-type]
        first.year_inferred and second.year_inferred,
        first.relative or second.relative,
        "range",
    )

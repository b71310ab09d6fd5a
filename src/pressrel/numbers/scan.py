"""The span grammar: amounts of money and percentages in Russian text, with their values.

``find_amounts(text)`` returns every MONEY and PERCENT mention, sorted and non-overlapping,
each an :class:`AmountMatch` whose ``text[start:stop]`` is the span as NEREL annotates it.

How it scans
------------
One regex (``_anchors``, compiled once) finds where an amount may start: a digit, a currency
symbol, a number word or a currency noun that may stand alone. Text without any of them costs
that one search. At each anchor the grammar below is tried with small regexes anchored at a
position; most anchors (years, dates, house numbers) fail on the next word.

The grammar
-----------
::

    amount    = [qualifier] ( range | single ) | bare currency noun
    range     = "от" quantity [unit] "до" quantity unit
              | quantity dash quantity unit             (50–70 млн рублей, 5-7 %)
    single    = [symbol | ISO code] quantity [unit]    ($1,5 млн, USD 5 млн, 2,89 миллиарда рублей)
              | quantity currency digits hundredths     (20 000 рублей 50 копеек = 20000.5 RUB)
              | quantity "-" currency/percent adjective  (20-долларовой, 5-процентный)
    quantity  = digits [multiplier] | number words      (1 500 000, 2,89 млрд, полтора миллиона)
    unit      = currency | percent unit                 (see ``units``)

* A quantity with a currency is MONEY, with a percent unit PERCENT. A scaled quantity with no
  unit (``12 миллиардов``, ``316 млн``, ``несколько миллионов``) is MONEY of no stated currency
  when what follows it is no noun or adjective (``5 тысяч человек`` is a count) and either a
  MONEY amount of a stated currency came before it in the same paragraph (the text left the
  currency out, as in ``17 миллиардов рублей, 12 миллиардов приходится...``) or a word of money
  (``MONEY_CUES``: ``стоимостью``, ``обошлись``, ``штраф``...) is among the three words before it.
* A bare currency noun (``в долларах``, ``биткоины``) is MONEY with no value, unless it is
  capitalised (a title, ``Евро-2012``) or the rate of the currency (``курс иены``).
* Qualifiers are inside the span, as in NEREL: ``более``, ``свыше``, ``больше`` (and ``более
  чем``, ``чуть больше``, ``не менее``) are ``"more"``; ``менее``, ``меньше``, ``почти``, ``до``,
  ``не более`` ``"less"``; ``около``, ``порядка``, ``примерно``, ``приблизительно`` ``"about"``. A
  ``до`` that names where a change ends (``выросла на 12% до $1,5 млрд``, ``возрастёт до 3,1
  тыс. руб``: a verb or another amount right before it) has no qualifier. A preposition
  (``в``, ``на``, ``за``) is not in the span.
* Ends: the dot of an abbreviation at the end of the span (``руб.``, ``тыс.``) is inside the span,
  except at the end of a paragraph, where NEREL leaves it out (it is the full stop too).
* Range ends share the last multiplier: ``от 3 до 5 тыс.`` is 3000–5000, ``от 500 тыс. до 1
  млн`` 500000–1000000. With spaces round a dash, a symbol after the dash starts a new amount
  (``$0,91 — $1,02 млн`` is two).

Not amounts: years and dates (no unit follows), phone numbers, ``№ 5``, ``ст. 159``, counts
(``5 тысяч человек``) and ages: none of them has a unit, and a scaled count is followed by its
noun.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from ..lang import morph
from ..lang.fold import fold
from ..records import Amount
from . import digits, units, words
from .values import number

__all__ = ["AmountMatch", "find_amounts"]

MONEY, PERCENT = "MONEY", "PERCENT"


@dataclass(frozen=True, slots=True)
class AmountMatch:
    start: int  # code-point offsets: text[start:stop] is the span
    stop: int
    type: str  # "MONEY" or "PERCENT"
    amount: Amount


# --- regex pieces ------------------------------------------------------------------------------

_SPACE = re.compile(rf"(?:[{digits.SPACES}]|&nbsp;)*")
_WORD = re.compile(r"[^\W\d_]+")
_DASH = re.compile(rf"[{digits.SPACES}]*[-‐‑‒–—][{digits.SPACES}]*")
_HYPHEN = "-‐‑"
_POINTS = re.compile(r"(?:п\.[ \u00a0\u2009\u202f]?п|пп)(?![^\W\d_])\.?")
_BASIS = re.compile(r"(?:б\.[ \u00a0\u2009\u202f]?п|бп|bps?)(?![^\W\d_])\.?")
# an abbreviation's dot that is the full stop too: at the end of a paragraph or before a capital
_FULL_STOP = re.compile(r"[ \t\u00a0]*(?:\n|\Z)|[ \t\u00a0]+[«\"„(]?[A-ZА-ЯЁ]")
_URL_ESCAPE = re.compile(r"[0-9A-F]{2}")  # the %D0 of a URL is no percent sign
_LEFT = 40  # how far back a qualifier may start

QUALIFIERS = {
    "более": "more", "свыше": "more", "больше": "more", "более чем": "more",
    "больше чем": "more", "чуть более": "more", "чуть больше": "more", "не менее": "more",
    "не меньше": "more", "не менее чем": "more", "немногим более": "more",
    "менее": "less", "меньше": "less", "менее чем": "less", "меньше чем": "less",
    "почти": "less", "до": "less", "не более": "less", "не больше": "less",
    "чуть менее": "less", "чуть меньше": "less", "не более чем": "less",
    "около": "about", "порядка": "about", "примерно": "about", "приблизительно": "about",
    "ориентировочно": "about",
}  # fmt: skip
_SP = rf"(?:[{digits.SPACES}]|&nbsp;)"
_QUALIFIER = re.compile(
    r"(?<![^\W\d_])(?P<q>"
    + "|".join(q.replace(" ", _SP + "+") for q in sorted(QUALIFIERS, key=len, reverse=True))
    + rf"){_SP}+\Z",
    re.IGNORECASE,
)
_CODE_BEFORE = re.compile(rf"(?<![^\W\d_])([A-Z]{{3}}){_SP}*\Z")  # "USD 5 млн"
_FROM = re.compile(rf"(?<![^\W\d_])от{_SP}+\Z", re.IGNORECASE)
_NOT_A_COUNT = {"PREP", "CONJ", "PRCL", "VERB", "INFN", "PRTF", "PRTS", "GRND", "ADVB", "INTJ"}
# verbs whose "до" names where a change ends, not a bound: "выросла до $1,5 млрд"
CHANGE_VERBS = frozenset({
    "расти", "вырасти", "возрасти", "возрастать", "увеличить", "увеличиться", "увеличивать",
    "увеличиваться", "снизить", "снизиться", "снижать", "снижаться", "сократить", "сократиться",
    "сокращать", "сокращаться", "повысить", "повыситься", "повышать", "повышаться", "понизить",
    "понизиться", "понижать", "понижаться", "уменьшить", "уменьшиться", "уменьшать",
    "уменьшаться", "довести", "доводить", "упасть", "падать", "подняться", "подниматься",
    "опуститься", "опускаться", "подорожать", "дорожать", "подешеветь", "дешеветь", "подскочить",
    "обвалиться", "рухнуть", "сдвинуться", "измениться", "изменить", "поднять", "поднимать",
    "опустить",
})  # fmt: skip
# words whose amount is money even when the text leaves the currency out: "обошлись в 930 тысяч"
MONEY_CUES = frozenset({
    "стоимость", "стоить", "обойтись", "обходиться", "цена", "сумма", "штраф", "залог",
    "зарплата", "заработать", "зарабатывать", "доход", "выручка", "прибыль", "ущерб",
    "компенсация", "бюджет", "премия", "вознаграждение", "оклад", "потратить", "тратить",
    "заплатить", "платить", "выплатить", "выплачивать", "расход", "долг",
})  # fmt: skip
_CLAUSE = re.compile(r"[^.;:!?\n]*\Z")
_CLAUSE_WORD = re.compile(r"[^\W\d_]+")
_RATE = {"курс"}  # a currency named as the rate of it is no amount


def _trie(words: list[str]) -> str:
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(c) + build(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(tree)


@cache
def _anchors(ignore_case: bool = False) -> re.Pattern:
    """Where an amount may start: a digit, a currency symbol, a number word or a currency noun
    that may stand alone (folded forms; ``е`` also matches ``ё``). The pattern runs on the
    lowercased text (a case-sensitive trie is about twice as fast), or, for the rare text whose
    lowercase is not as long as itself, ignoring case."""
    vocabulary = [w for w, n in words.forms().items() if w not in words.ABBREVIATIONS]
    vocabulary += [w for w, c in units.currency_nouns().items() if c.alone]
    pattern = _trie(sorted(set(vocabulary))).replace("е", "[её]")
    symbols = re.escape("".join(units.SYMBOLS))
    flags = re.IGNORECASE if ignore_case else 0
    return re.compile(rf"\d+|[{symbols}]|\b(?:{pattern})\b", flags)


# --- pieces of an amount -----------------------------------------------------------------------


@dataclass(slots=True)
class _Quantity:
    start: int
    stop: int
    raw: str | None  # the digits as written, or None for number words
    value: Decimal | None  # of number words (None: vague)
    mult: Decimal | None  # the multiplier that ends it (тыс., миллиона), None when unscaled
    dot: bool  # it ends with an abbreviation's dot

    def amount(self, percent: bool = False) -> Decimal | None:
        if self.raw is None:
            return self.value
        figure = digits.value(self.raw, scaled=self.mult is not None, percent=percent)
        return figure * self.mult if self.mult is not None else figure

    @property
    def vague(self) -> bool:
        return self.raw is None and self.value is None


@dataclass(slots=True)
class _Unit:
    type: str
    code: str | None  # ISO code, or "%"/"pp"/"bp"
    stop: int
    dot: bool = False
    scale: Decimal = Decimal(1)


class _Scanner:
    def __init__(self, text: str):
        self.text = text
        self.found: list[AmountMatch] = []

    # tokens

    def skip(self, pos: int) -> int:
        return _SPACE.match(self.text, pos).end()

    def word(self, pos: int) -> re.Match | None:
        return _WORD.match(self.text, pos)

    def dot(self, pos: int) -> bool:
        return pos < len(self.text) and self.text[pos] == "."

    # quantities

    def quantity(self, pos: int) -> _Quantity | None:
        stop = digits.read(self.text, pos)
        if stop is not None:
            raw = self.text[pos:stop]
            after = self.skip(stop)
            match = self.word(after)
            entry = words.lookup(match.group()) if match else None
            if entry is not None and entry.kind == "mult":
                end = match.end()
                dot = match.group().lower() in words.ABBREVIATIONS and self.dot(end)
                return _Quantity(pos, end + dot, raw, None, entry.value, dot)
            return _Quantity(pos, stop, raw, None, None, False)
        run: list[tuple[re.Match, words.NumberWord]] = []
        at = pos
        while (match := self.word(at)) is not None:
            entry = words.lookup(match.group())
            if entry is None or match.group().lower() in words.ABBREVIATIONS:
                break
            run.append((match, entry))
            at = self.skip(match.end())
        if not run:
            return None
        used, value = words.combine([entry for _, entry in run])
        if not used:
            return None
        run = run[:used]
        last = run[-1][1]
        mult = last.value if last.kind == "mult" else None
        return _Quantity(pos, run[-1][0].end(), None, value, mult, False)

    # units

    def unit(self, pos: int) -> _Unit | None:
        text = self.text
        if pos >= len(text):
            return None
        char = text[pos]
        if char == "%":
            if _URL_ESCAPE.match(text, pos + 1):
                return None
            stop = pos + 1
            match = self.word(self.skip(stop))  # "95 % процентов"
            if match and units.percent_words().get(fold(match.group())) == "noun":
                stop = match.end()
            return _Unit(PERCENT, units.PERCENT, stop)
        if char in units.SYMBOLS:
            return _Unit(MONEY, units.SYMBOLS[char], pos + 1)
        for pattern, code in ((_POINTS, units.POINTS), (_BASIS, units.BASIS_POINTS)):
            if match := pattern.match(text, pos):
                return _Unit(PERCENT, code, match.end(), match.group().endswith("."))
        match = self.word(pos)
        if match is None:
            return None
        word = fold(match.group())
        kind = units.percent_words().get(word)
        if kind == "noun":
            return _Unit(PERCENT, units.PERCENT, match.end())
        if kind in ("adjective", "basis"):
            following = self.word(self.skip(match.end()))
            if following and units.percent_words().get(fold(following.group())) == "point":
                code = units.POINTS if kind == "adjective" else units.BASIS_POINTS
                return _Unit(PERCENT, code, following.end())
            if kind == "adjective":  # "54 процентным" большинством
                return _Unit(PERCENT, units.PERCENT, match.end())
            return None
        return self.currency(match)

    def currency(self, match: re.Match) -> _Unit | None:
        word = fold(match.group())
        adjective = None
        lemmas = units.currency_adjectives().get(word)
        if lemmas:
            following = self.word(self.skip(match.end()))
            noun = units.currency_nouns().get(fold(following.group())) if following else None
            if noun is None:
                return None
            adjective = next((a for a in lemmas if (a, noun.lemma) in units.ADJECTIVES), None)
            if adjective is None:
                return None
            match = following
        else:
            noun = units.currency_nouns().get(word)
        if noun is not None:
            if noun.lemma == "фунт" and self.weight(match.end()):
                return None
            stop, after = match.end(), None
            following = self.word(self.skip(stop))
            if following is not None:
                written = following.group()
                lemma = units.after_words().get(fold(written))
                as_written = not lemma or not lemma[:1].isupper() or written[:1].isupper()
                if as_written and (noun.lemma, lemma) in units.AFTER:
                    stop, after = following.end(), lemma
            code = units.currency_code(noun, adjective, after)
            return _Unit(MONEY, code, stop, scale=noun.scale)
        if word in units.ABBREVIATIONS:
            code, needs_dot = units.ABBREVIATIONS[word]
            dot = self.dot(match.end())
            if needs_dot and not dot:
                return None
            stop = match.end() + dot
            following = self.word(self.skip(stop))  # "долл. США"
            if following is not None and following.group() == "США" and code == "USD":
                return _Unit(MONEY, code, following.end())
            return _Unit(MONEY, code, stop, dot)
        if match.group() in units.CODES:
            return _Unit(MONEY, match.group(), match.end())
        return None

    def weight(self, pos: int) -> bool:
        """ "8 фунтов 6 унций": a pound of weight."""
        after = self.skip(pos)
        stop = digits.read(self.text, after)
        if stop is None:
            return False
        match = self.word(self.skip(stop))
        return bool(match) and fold(match.group()).startswith("унци")

    def hyphen_unit(self, pos: int) -> _Unit | None:
        """``20-долларовой``, ``5-процентный``: an adjective glued to the number."""
        if pos >= len(self.text) or self.text[pos] not in _HYPHEN:
            return None
        match = self.word(pos + 1)
        if match is None:
            return None
        word = fold(match.group())
        if code := units.hyphen_adjectives().get(word):
            return _Unit(MONEY, code, match.end())
        if units.percent_words().get(word) == "adjective":
            return _Unit(PERCENT, units.PERCENT, match.end())
        return None

    # the amount

    def amount_at(self, pos: int, floor: int) -> AmountMatch | None:
        text = self.text
        start = pos
        prefix: str | None = None
        has_prefix = False
        if text[pos] in units.SYMBOLS:
            prefix, has_prefix = units.SYMBOLS[text[pos]], True
            pos = self.skip(pos + 1)
        elif (code := _code_before(text, pos, floor)) is not None:  # "USD 5 млн"
            prefix, has_prefix, start = code.group(1), True, code.start()
        first = self.quantity(pos) if pos < len(text) else None
        if first is None:
            if has_prefix:
                return None
            return self.bare(start, floor)
        unit = self.hyphen_unit(first.stop) if not has_prefix else None
        if unit is not None:
            return self.build(start, unit.stop, floor, [first], unit, False)
        # a range by "от ... до" or by a dash
        low_unit = None if has_prefix else self.unit(self.skip(first.stop))
        second = None
        between = self.skip(low_unit.stop if low_unit else first.stop)
        match = self.word(between)
        if match and match.group().lower() == "до":
            if _FROM.search(text, max(floor, start - 10), start):
                second = self.quantity(self.skip(match.end()))
        elif low_unit is None and (dash := _DASH.match(text, first.stop)):
            spaced = dash.end() - dash.start() > 1
            at = dash.end()
            if text[at : at + 1] in units.SYMBOLS and has_prefix and not spaced:
                at = self.skip(at + 1)
            second = self.quantity(at) if at < len(text) else None
            if second is not None and (first.raw is None) != (second.raw is None):
                second = None
        if second is not None:
            unit = self.unit(self.skip(second.stop))
            if has_prefix and unit is None:
                unit = _Unit(MONEY, prefix, second.stop, second.dot)
            found = None
            if unit is not None and (low_unit is None or low_unit.type == unit.type):
                found = self.build(start, unit.stop, floor, [first, second], unit, True)
            elif unit is None and low_unit is None and second.mult is not None:
                found = self.build(start, second.stop, floor, [first, second], None, True)
            if found is not None:
                return found
        unit = low_unit
        if has_prefix:
            unit = _Unit(MONEY, prefix, first.stop, first.dot)
        if unit is not None:
            stop, cents = unit.stop, None
            if unit.type == MONEY and unit.scale == 1 and (part := self.fraction(stop, unit.code)):
                stop, cents = part  # "20 000 рублей 50 копеек"
            return self.build(start, stop, floor, [first], unit, False, cents)
        if first.mult is not None:
            return self.build(start, first.stop, floor, [first], None, False)
        return None

    def fraction(self, stop: int, code: str | None) -> tuple[int, Decimal] | None:
        """The kopecks or cents after an amount of roubles or dollars, and their value."""
        at = self.skip(stop)
        end = digits.read(self.text, at)
        match = self.word(self.skip(end)) if end is not None else None
        noun = units.currency_nouns().get(fold(match.group())) if match else None
        if noun is None or noun.scale == 1 or noun.code != code or code is None:
            return None
        return match.end(), digits.value(self.text[at:end]) * noun.scale

    def bare(self, start: int, floor: int) -> AmountMatch | None:
        """A currency noun alone: ``в долларах``, ``биткоины``."""
        match = self.word(start)
        if match is None or not match.group()[:1].islower():
            return None
        noun = units.currency_nouns().get(fold(match.group()))
        if noun is None or not noun.alone:
            return None
        before = _previous_word(self.text, start, floor)
        if before is not None and _lemma(before.group(1)) in _RATE:
            return None
        amount = Amount(None, None, None, noun.code, None)
        return AmountMatch(start, match.end(), MONEY, amount)

    def build(
        self,
        start: int,
        stop: int,
        floor: int,
        quantities: list[_Quantity],
        unit: _Unit | None,
        is_range: bool,
        cents: Decimal | None = None,
    ) -> AmountMatch | None:
        text = self.text
        percent = unit is not None and unit.type == PERCENT
        if unit is None:  # a scaled quantity with no unit: MONEY only after one in the paragraph
            if self.counted(stop):
                return None
            if not self.money_before(start) and not self.cue(start, floor):
                return None
            kind = MONEY
        else:
            kind = unit.type
        ends_with_dot = (unit.dot if unit is not None and unit.stop == stop else False) or (
            quantities[-1].dot and quantities[-1].stop == stop
        )
        if ends_with_dot and _FULL_STOP.match(text, stop):
            stop -= 1
        scale = unit.scale if unit is not None else Decimal(1)
        code = unit.code if unit is not None else None
        values = [q.amount(percent) for q in quantities]
        qualifier = None
        if is_range:
            low, high = values
            first, second = quantities
            shared = low is not None and high is not None and first.mult is None and second.mult
            if shared and low * second.mult <= high:
                low = low * second.mult
            if low is not None and high is not None and low >= high:
                return None
            from_match = _FROM.search(text, max(floor, start - 10), start)
            if from_match:
                start = from_match.start()
            value = None
            low = number(low * scale) if low is not None else None
            high = number(high * scale) if high is not None else None
        else:
            value = number(values[0] * scale + (cents or 0)) if values[0] is not None else None
            low = high = None
        found = _QUALIFIER.search(text, max(floor, start - _LEFT), start)
        if found:
            qualifier = QUALIFIERS[" ".join(fold(found.group("q")).replace("&nbsp;", " ").split())]
            if found.group("q").lower() == "до" and self.target(found.start(), floor):
                qualifier = None  # a preposition of the verb, out of the span
            else:
                start = found.start()
        amount = Amount(value, low, high, code, qualifier)
        return AmountMatch(start, stop, kind, amount)

    def money_before(self, start: int) -> bool:
        """A MONEY amount of a stated currency earlier in the same paragraph."""
        for found in reversed(self.found):
            if "\n" in self.text[found.stop : start]:
                return False
            if found.type == MONEY and found.amount.unit is not None:
                return True
        return False

    def counted(self, stop: int) -> bool:
        """A noun or adjective follows: ``5 тысяч человек`` is a count, not a sum."""
        match = self.word(self.skip(stop))
        if match is None:
            return bool(digits.read(self.text, self.skip(stop)))
        parses = morph.parses(match.group().lower())
        return not parses or parses[0].tag.POS not in _NOT_A_COUNT

    def target(self, start: int, floor: int) -> bool:
        """The ``до`` at start ends a change (``выросла на 12% до``, ``снизить ставку на 25 б.п.,
        до 7,25%``, ``с 5 до 7 %``): an amount or a number right before it, or a verb of change
        earlier in its clause."""
        before = self.text[floor:start].rstrip(" \t\u00a0,")
        if self.found and self.found[-1].stop == floor and not before:
            return True
        number = _NUMBER_BEFORE.search(self.text, max(floor, start - 40), start)
        if number is not None and digits.read(self.text, number.start()) is not None:
            return True
        return self.clause_has(start, floor, CHANGE_VERBS, 6)

    def cue(self, start: int, floor: int) -> bool:
        """A word of money within the three words before start: ``обошлись в 930 тысяч``."""
        return self.clause_has(start, floor, MONEY_CUES, 3)

    def clause_has(self, start: int, floor: int, lemmas: frozenset[str], count: int) -> bool:
        clause = _CLAUSE.search(self.text, max(floor, start - 80), start)
        found = _CLAUSE_WORD.findall(clause.group()) if clause else []
        return any(_lemma(word) in lemmas for word in found[-count:])


_NUMBER_BEFORE = re.compile(rf"(?<![\d.,])[\d.,]*\d{_SP}+\Z")  # "с 5 до 7 %"
_PREVIOUS = re.compile(r"([^\W\d_]+|\d+)[^\w\n]*\Z")


def _previous_word(text: str, start: int, floor: int) -> re.Match | None:
    return _PREVIOUS.search(text, max(floor, start - 40), start)


def _code_before(text: str, pos: int, floor: int) -> re.Match | None:
    code = _CODE_BEFORE.search(text, max(floor, pos - 8), pos)
    return code if code is not None and code.group(1) in units.CODES else None


def _lemma(word: str) -> str | None:
    parses = morph.parses(word.lower())
    return parses[0].normal_form if parses else None


def find_amounts(text: str) -> list[AmountMatch]:
    """Every amount of money and percentage in text, in order, non-overlapping."""
    lowered = text.lower()
    if len(lowered) == len(text):  # one code point for one: the offsets hold
        anchors, scanned = _anchors(), lowered
    else:
        anchors, scanned = _anchors(ignore_case=True), text
    anchor = anchors.search(scanned)
    if anchor is None:
        return []
    scanner = _Scanner(text)
    floor = 0
    while anchor is not None:
        found = scanner.amount_at(anchor.start(), floor)
        if found is not None and found.start >= floor:
            scanner.found.append(found)
            floor = found.stop
            anchor = anchors.search(scanned, found.stop)
        else:
            anchor = anchors.search(scanned, anchor.end())
    return scanner.found

"""Reading the pieces of an amount at a position of the text: quantities and units.

:class:`Reader` reads what starts at a given offset, with small regexes anchored there (never a
search), so that the scanner can try a position cheaply:

* ``signed``, ``signed_at``: a minus (or plus) before the digits, and the brackets a negative
  number is written in (``(-4,0)—(-1,0)%``), as part of the quantity;
* ``quantity``: digits with an optional multiplier (``2,89 млрд``, ``5 тысяч``, and ``1
  миллион 816 тысяч``: digits under a smaller multiplier after a larger one), or a run of
  number words (``двести тридцать пять тысяч``) combined by ``words.combine``; a leading
  ``тысячи`` or ``сотни`` (genitive singular or plural) is one only after a word that takes
  the genitive (``до тысячи``), else a vague plural (``тратят тысячи долларов``);
* ``unit``: a percent unit (``%``, ``процентов``, ``процентным``, ``п.п.``, ``базисных
  пунктов``) or a currency (``units``: a symbol, a noun with the adjective before it and the
  word after it, an abbreviation, an ISO code); ``фунт`` before ``N унций`` is a weight;
* ``hyphen_unit``: an adjective glued to a number (``20-долларовой``, ``5-процентный``);
* ``fraction``: the kopecks or cents after roubles or dollars (``20 000 рублей 50 копеек``).

Between the words of an amount only horizontal spaces are allowed (no line break), including the
HTML entity ``&nbsp;`` that some texts keep.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from decimal import Decimal

from ..lang import grammar
from ..lang.fold import fold
from ..lang.gender import PREPOSITION_CASES
from . import digits, units, words

MONEY, PERCENT = "MONEY", "PERCENT"

SPACE = re.compile(rf"(?:[{digits.SPACES}]|&nbsp;)*")
WORD = re.compile(r"[^\W\d_]+")
_HALF = re.compile(r"с[\s\u00a0]+половиной(?![^\W\d_])", re.IGNORECASE)
# "с лишним", "с небольшим" after a number: a little more ("500 с лишним миллионов")
_MORE = re.compile(r"с[\s\u00a0]+(?:лишним|небольшим|гаком)(?![^\W\d_])", re.IGNORECASE)
DASH = re.compile(rf"[{digits.SPACES}]*[-‐‑‒–—][{digits.SPACES}]*")
_MINUSES = "−‐‑‒–—-"  # the minus sign, and the hyphen and dashes texts write for it
# a sign right before a number's digits: any dash right after an opening bracket (``(—3,0)``),
# the minus sign, a hyphen or a plus after a space, a bracket or at the start; ``минус``
_SIGN = re.compile(
    rf"(?:(?<=\()[+{_MINUSES}]|(?:(?<=[\s(])|(?<![\s\S]))[−+-]"
    rf"|(?<![^\W\d_])минус(?:[{digits.SPACES}]|&nbsp;)+)\Z",
    re.IGNORECASE,
)
_AFTER_NUMBER = re.compile(rf"[\d%][{digits.SPACES}]*\Z")  # "5 -7%": a range's dash, no sign
_HYPHEN = "-‐‑"
_POINTS = re.compile(r"(?:п\.[ \u00a0\u2009\u202f]?п|пп)(?![^\W\d_])\.?")
_BASIS = re.compile(r"(?:б\.[ \u00a0\u2009\u202f]?п|бп|bps?)(?![^\W\d_])\.?")
# an abbreviation's dot that is the full stop too: at the end of a paragraph or before a capital
FULL_STOP = re.compile(r"[ \t\u00a0]*(?:[\n\r]|\Z)|[ \t\u00a0]+[«\"„(]?[A-ZА-ЯЁ]")
_URL_ESCAPE = re.compile(r"[0-9A-F]{2}")  # the %D0 of a URL is no percent sign
_WORD_BEFORE = re.compile(rf"(?<![^\W\d_])([^\W\d_]+)(?:[{digits.SPACES}]|&nbsp;)+\Z")
# words that take a genitive after them: prepositions and the comparatives of a quantity
_GENITIVE = frozenset(
    [word for word, case in PREPOSITION_CASES.items() if case == "gent"]
    + ["более", "менее", "больше", "меньше", "свыше", "порядка"]
)


@dataclass(slots=True)
class Quantity:
    start: int
    stop: int
    raw: str | None  # the digits as written, or None for number words
    value: Decimal | None  # of number words (None: vague)
    mult: Decimal | None  # the multiplier that ends it (тыс., миллиона), None when unscaled
    dot: bool  # it ends with an abbreviation's dot
    more: bool = False  # "с лишним", "с небольшим" inside it: a little more than its value
    negative: bool = False  # a minus is written before it ("−0,5", "(-4,0)", "минус 2")

    def amount(self, percent: bool = False) -> Decimal | None:
        if self.raw is None:
            value = self.value
        else:
            value = digits.value(self.raw, scaled=self.mult is not None, percent=percent)
            if self.mult is not None:
                value *= self.mult
        return -value if self.negative and value is not None else value

    @property
    def vague(self) -> bool:
        return self.raw is None and self.value is None


@dataclass(slots=True)
class Unit:
    type: str
    code: str | None  # ISO code, or "%"/"pp"/"bp"
    stop: int
    dot: bool = False
    scale: Decimal = Decimal(1)


class Reader:
    def __init__(self, text: str):
        self.text = text

    def skip(self, pos: int) -> int:
        return SPACE.match(self.text, pos).end()

    def word(self, pos: int) -> re.Match | None:
        return WORD.match(self.text, pos)

    def dot(self, pos: int) -> bool:
        return pos < len(self.text) and self.text[pos] == "."

    # quantities

    def quantity(self, pos: int) -> Quantity | None:
        stop = digits.read(self.text, pos)
        if stop is not None:
            raw = self.text[pos:stop]
            after = self.skip(stop)
            more = _MORE.match(self.text, after)
            match = self.word(self.skip(more.end()) if more else after)
            entry = words.lookup(match.group()) if match else None
            if entry is not None and entry.kind == "mult":
                end = match.end()
                dot = match.group().lower() in words.ABBREVIATIONS and self.dot(end)
                found = Quantity(pos, end + dot, raw, None, entry.value, dot, more is not None)
                return found if more is not None else self.compound(found)
            if more is not None:  # "300 с лишним рублей"
                return Quantity(pos, more.end(), raw, None, None, False, True)
            return Quantity(pos, stop, raw, None, None, False)
        run: list[tuple[re.Match, words.NumberWord]] = []
        more = None  # where "с лишним" is, if it is
        at = pos
        while (match := self.word(at)) is not None:
            entry = words.lookup(match.group())
            if entry is None and run and (half := self.half(at)) is not None:
                match, entry = half, words.HALF  # "две с половиной"
            elif entry is None and run and more is None:
                more = _MORE.match(self.text, at)  # "четыре с лишним миллиона"
                if more is not None:
                    at = self.skip(more.end())
                    continue
            if entry is None or match.group().lower() in words.ABBREVIATIONS:
                break
            run.append((match, entry))
            at = self.skip(match.end())
        if not run:
            return None
        if run[0][1].either and not self.governs_genitive(pos):  # "тратят тысячи долларов"
            run[0] = (run[0][0], dataclasses.replace(run[0][1], plural=True))
        used, value = words.combine([entry for _, entry in run])
        if not used:
            return None
        stop = run[used - 1][0].end()
        mult = run[used - 1][1].value if run[used - 1][1].kind == "mult" else None
        if more is not None and more.start() < stop:  # "четыре с лишним миллиона"
            return Quantity(pos, stop, None, value, mult, False, True)
        if more is not None and not self.text[stop : more.start()].strip():  # "миллион с лишним"
            return Quantity(pos, more.end(), None, value, mult, False, True)
        return Quantity(pos, stop, None, value, mult, False)

    def signed(self, quantity: Quantity, floor: int) -> Quantity:
        """quantity with the sign written before it (``−0,5%``, ``от -1,5``, ``минус 2``) and,
        when the sign follows an opening bracket and a closing one follows the number, the
        brackets (``(—3,0)—0,0%``, the Bank of Russia's negative bound); quantity itself when
        no sign is written, or when a hyphen is a range's dash after a number (``5 -7%``)."""
        text, start, stop = self.text, quantity.start, quantity.stop
        sign = _SIGN.search(text, max(floor, start - 16), start)
        if sign is None:
            return quantity
        at = sign.start()
        if text[at] in "-+" and _AFTER_NUMBER.search(text, max(floor, at - 8), at):
            return quantity
        if at and text[at - 1] == "(" and text.startswith(")", stop):
            at, stop = at - 1, stop + 1
        negative = text[sign.start()] != "+"
        dot = quantity.dot and stop == quantity.stop
        return dataclasses.replace(quantity, start=at, stop=stop, dot=dot, negative=negative)

    def signed_at(self, pos: int) -> Quantity | None:
        """The quantity at pos with a sign or in brackets before its digits, as a range's
        second end is written after the dash: ``(-1,0)`` (a bracket closed after the number),
        ``(1,0)``, ``−2``; None when brackets are not closed right after it."""
        text = self.text
        opened = text.startswith("(", pos)
        at = pos + opened
        sign = text[at : at + 1]
        if sign and sign in _MINUSES + "+":
            at += 1
        quantity = self.quantity(at) if at < len(text) else None
        if quantity is None or at == pos:
            return quantity
        stop = quantity.stop
        if opened:
            if not text.startswith(")", stop):
                return None
            stop += 1
        negative = at > pos + opened and sign != "+"
        dot = quantity.dot and stop == quantity.stop
        return dataclasses.replace(quantity, start=pos, stop=stop, dot=dot, negative=negative)

    def compound(self, first: Quantity) -> Quantity:
        """``1 миллион 816 тысяч``: whole digits with a smaller multiplier after whole digits
        with a larger one, less than one of it, add up to one quantity."""
        at = self.skip(first.stop)
        stop = digits.read(self.text, at)
        if stop is None or not first.raw.isdigit() or first.mult is None:
            return first
        raw = self.text[at:stop]
        match = self.word(self.skip(stop))
        entry = words.lookup(match.group()) if match else None
        if entry is None or entry.kind != "mult" or not raw.isdigit():
            return first
        if entry.value is None or Decimal(raw) * entry.value >= first.mult:
            return first
        end = match.end()
        dot = match.group().lower() in words.ABBREVIATIONS and self.dot(end)
        total = Decimal(first.raw) * first.mult + Decimal(raw) * entry.value
        return Quantity(first.start, end + dot, None, total, entry.value, dot)

    def governs_genitive(self, pos: int) -> bool:
        """The word right before pos takes a genitive: a preposition (``до``, ``около``, ``от``)
        or a comparative (``более``, ``свыше``): ``до тысячи рублей`` is one thousand."""
        before = _WORD_BEFORE.search(self.text, max(0, pos - 20), pos)
        return before is not None and fold(before.group(1)) in _GENITIVE

    def half(self, pos: int) -> re.Match | None:
        """``с половиной`` at pos, as one match."""
        return _HALF.match(self.text, pos)

    # units

    def unit(self, pos: int) -> Unit | None:
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
            return Unit(PERCENT, units.PERCENT, stop)
        if char in units.SYMBOLS:
            return Unit(MONEY, units.SYMBOLS[char], pos + 1)
        for pattern, code in ((_POINTS, units.POINTS), (_BASIS, units.BASIS_POINTS)):
            if match := pattern.match(text, pos):
                return Unit(PERCENT, code, match.end(), match.group().endswith("."))
        match = self.word(pos)
        if match is None:
            return None
        word = fold(match.group())
        kind = units.percent_words().get(word)
        if kind == "noun":
            return Unit(PERCENT, units.PERCENT, match.end())
        if kind in ("adjective", "basis"):
            following = self.word(self.skip(match.end()))
            if following and units.percent_words().get(fold(following.group())) == "point":
                code = units.POINTS if kind == "adjective" else units.BASIS_POINTS
                return Unit(PERCENT, code, following.end())
            if kind == "adjective":  # "54 процентным" большинством
                return Unit(PERCENT, units.PERCENT, match.end())
            return None
        return self.currency(match)

    def currency(self, match: re.Match) -> Unit | None:
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
            if noun is None:  # "1,6 миллиарда бюджетных рублей": an adjective of its own
                following = self.agreeing_currency(match)
                if following is not None:
                    match, noun = following
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
            return Unit(MONEY, code, stop, scale=noun.scale)
        if word in units.ABBREVIATIONS:
            code, needs_dot = units.ABBREVIATIONS[word]
            dot = self.dot(match.end())
            if needs_dot and not dot:
                return None
            stop = match.end() + dot
            following = self.word(self.skip(stop))  # "долл. США"
            if following is not None and following.group() == "США" and code == "USD":
                return Unit(MONEY, code, following.end())
            return Unit(MONEY, code, stop, dot)
        if match.group() in units.CODES:
            return Unit(MONEY, match.group(), match.end())
        return None

    def agreeing_currency(self, match: re.Match) -> tuple[re.Match, units.Currency] | None:
        """The currency noun right after the word match, when the word is an adjective that
        agrees with it ("бюджетных рублей", "собственных долларов"): (its match, the currency),
        else None. The adjective names no country: the noun's own code stands."""
        following = self.word(self.skip(match.end()))
        noun = units.currency_nouns().get(fold(following.group())) if following else None
        if noun is None or not grammar.agrees_with_noun(match.group(), following.group()):
            return None
        return following, noun

    def weight(self, pos: int) -> bool:
        """ "8 фунтов 6 унций": a pound of weight."""
        after = self.skip(pos)
        stop = digits.read(self.text, after)
        if stop is None:
            return False
        match = self.word(self.skip(stop))
        return bool(match) and fold(match.group()).startswith("унци")

    def hyphen_unit(self, pos: int) -> Unit | None:
        """``20-долларовой``, ``5-процентный``: an adjective glued to the number."""
        if pos >= len(self.text) or self.text[pos] not in _HYPHEN:
            return None
        match = self.word(pos + 1)
        if match is None:
            return None
        word = fold(match.group())
        if code := units.hyphen_adjectives().get(word):
            return Unit(MONEY, code, match.end())
        if units.percent_words().get(word) == "adjective":
            return Unit(PERCENT, units.PERCENT, match.end())
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

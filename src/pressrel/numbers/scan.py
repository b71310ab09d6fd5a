"""The span grammar: amounts of money and percentages in Russian text, with their values.

``find_amounts(text)`` returns every MONEY and PERCENT mention, sorted and non-overlapping,
each an :class:`AmountMatch` whose ``text[start:stop]`` is the span as NEREL annotates it.

How it scans
------------
One regex (``anchors``, compiled once) finds where an amount may start: a digit, a currency
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
  (``context.MONEY_CUES``: ``стоимостью``, ``обошлись``, ``штраф``...) is among the three words
  before it.
* A bare currency noun (``в долларах``, ``биткоины``) is MONEY with no value, unless it is
  capitalised (a title, ``Евро-2012``) or the rate of the currency or its change (``курс
  иены``, ``ослабление рубля``).
* Qualifiers are inside the span, as in NEREL: ``более``, ``свыше``, ``больше`` (and ``более
  чем``, ``чуть больше``, ``не менее``) are ``"more"``; ``менее``, ``меньше``, ``почти``, ``до``,
  ``не более`` ``"less"``; ``около``, ``порядка``, ``примерно``, ``приблизительно`` ``"about"``. A
  ``до`` that names where a change ends (``выросла на 12% до $1,5 млрд``, ``возрастёт до 3,1
  тыс. руб``, ``повышение до 4,4%``, ``с 10,3% в августе до 11,4%``: a verb of change or its
  noun in the clause, another amount right before it or one led by ``с``) has no qualifier. A
  preposition (``в``, ``на``, ``за``) is not in the span.
* Ends: the dot of an abbreviation at the end of the span (``руб.``, ``тыс.``) is inside the span,
  except at the end of a paragraph, where NEREL leaves it out (it is the full stop too).
* Range ends share the last multiplier: ``от 3 до 5 тыс.`` is 3000–5000, ``от 500 тыс. до 1
  млн`` 500000–1000000. With spaces round a dash, a symbol after the dash starts a new amount
  (``$0,91 — $1,02 млн`` is two).
* Members that share the unit (``sharing``): Russian writes the unit, and the multiplier, once,
  after the last member of a coordination or of a change. A bare number or range joined to the
  amount after it by ``и``/``или`` (``5 и 7 процентов``; earlier members by commas: ``3, 5 и 10
  млрд рублей``) or by the ``до`` of a change opened by ``с``/``от`` (``с 7,5 до 7,25%``, ``с
  4,7–5,2 до 4,2–4,7%``) is an amount of its own with that unit; its span is its number (or
  range), with a qualifier before it as any amount's, never the unit. It takes the multiplier
  too when it has none and that brings it nearer the amount's value (``с 10 до 12 млн`` is 10
  million, ``с 900 до 1,2 тыс.`` 900). Not: a number with a multiplier before a percentage (``2
  млн и 7%``), a plain four-digit number (a year: ``4% в 2025 и 3,5%``) unless the amount is
  written alike (``с 1500 до 2000 рублей``), an amount whose unit stands before its number (``5
  и $7``), a comma right before the amount. ``от 3 до 5 тысяч`` stays one range.

Not amounts: years and dates (no unit follows), phone numbers, ``№ 5``, ``ст. 159``, counts
(``5 тысяч человек``) and ages: none of them has a unit, and a scaled count is followed by its
noun.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from decimal import Decimal

from .. import caches
from ..lang.fold import fold
from ..lang.letters import LINE_ENDS
from ..lang.marks import OPENING
from ..records import Amount
from . import anchors, context, digits, units
from .reader import DASH, FULL_STOP, MONEY, PERCENT, Quantity, Reader, Unit
from .values import number

__all__ = ["AmountMatch", "find_amounts"]

# where a member that shares the next amount's unit may start: a digit or a letter standing
# alone, not inside a word, a numeral or a code (``COVID-19``, ``№5``)
_MEMBER = re.compile(r"(?<![\w.,/№\-‐‑])[^\W_]")
_REACH = 40  # how far back the bare numbers of a member may start


@dataclass(frozen=True, slots=True)
class AmountMatch:
    start: int  # code-point offsets: text[start:stop] is the span
    stop: int
    type: str  # "MONEY" or "PERCENT"
    amount: Amount


ASIDE_REACH = 200  # how far back the bracket that opens an aside round an amount may stand


class _Scanner(Reader):
    def __init__(self, text: str):
        super().__init__(text)
        self.found: list[AmountMatch] = []  # the amounts so far, in order
        # the quantities and unit of the amount ``build`` made last (None for a bare currency)
        self.last: tuple[list[Quantity], Unit | None] | None = None

    def amount_at(self, pos: int, floor: int) -> AmountMatch | None:
        """The amount whose anchor is at pos (it may start before it: a qualifier, ``от``, an
        ISO code), not before floor (the end of the previous amount)."""
        text = self.text
        self.last = None
        start = pos
        prefix: str | None = None
        has_prefix = False
        if text[pos] in units.SYMBOLS:
            prefix, has_prefix = units.SYMBOLS[text[pos]], True
            pos = self.skip(pos + 1)
        elif (code := context.code_before(text, pos, floor)) is not None:  # "USD 5 млн"
            prefix, has_prefix, start = code.group(1), True, code.start()
        first = self.quantity(pos) if pos < len(text) else None
        if first is None:
            if has_prefix:
                return None
            return self.bare(start, floor)
        if not has_prefix:  # "−0,5%", "(-4,0)—(-1,0)%", "минус 2 процента"
            first = self.signed(first, floor)
            start = first.start
        unit = self.hyphen_unit(first.stop) if not has_prefix else None
        if unit is not None:
            return self.build(start, unit.stop, floor, [first], unit, False)
        # a range by "от ... до" or by a dash
        low_unit = None if has_prefix else self.unit(self.skip(first.stop))
        second = None
        between = self.skip(low_unit.stop if low_unit else first.stop)
        match = self.word(between)
        if match and match.group().lower() == "до":
            if context.from_before(text, start, floor):
                second = self.quantity(self.skip(match.end()))
        elif low_unit is None and (dash := DASH.match(text, first.stop)):
            spaced = dash.end() - dash.start() > 1
            at = dash.end()
            if text[at : at + 1] in units.SYMBOLS and has_prefix and not spaced:
                at = self.skip(at + 1)
            second = self.signed_at(at) if at < len(text) else None
            if second is not None and (first.raw is None) != (second.raw is None):
                second = None
        if second is not None:
            unit = self.unit(self.skip(second.stop))
            if has_prefix and unit is None:
                unit = Unit(MONEY, prefix, second.stop, second.dot)
            found = None
            if unit is not None and (low_unit is None or low_unit.type == unit.type):
                found = self.build(start, unit.stop, floor, [first, second], unit, True)
            elif unit is None and low_unit is None and second.mult is not None:
                found = self.build(start, second.stop, floor, [first, second], None, True)
            if found is not None:
                return found
        unit = low_unit
        if has_prefix:
            unit = Unit(MONEY, prefix, first.stop, first.dot)
        if unit is not None:
            stop, cents = unit.stop, None
            if unit.type == MONEY and unit.scale == 1 and (part := self.fraction(stop, unit.code)):
                stop, cents = part  # "20 000 рублей 50 копеек"
            return self.build(start, stop, floor, [first], unit, False, cents)
        if first.mult is not None:
            return self.build(start, first.stop, floor, [first], None, False)
        return None

    def bare(self, start: int, floor: int) -> AmountMatch | None:
        """A currency noun alone: ``в долларах``, ``биткоины``."""
        match = self.word(start)
        if match is None or not match.group()[:1].islower():
            return None
        noun = units.currency_nouns().get(fold(match.group()))
        if noun is None or not noun.alone:
            return None
        if context.is_rate(self.text, start, floor):
            return None
        amount = Amount(None, None, None, noun.code, None)
        return AmountMatch(start, match.end(), MONEY, amount)

    def build(
        self,
        start: int,
        stop: int,
        floor: int,
        quantities: list[Quantity],
        unit: Unit | None,
        is_range: bool,
        cents: Decimal | None = None,
        lead: bool = True,
    ) -> AmountMatch | None:
        text = self.text
        percent = unit is not None and unit.type == PERCENT
        elided = None  # the currency a scaled quantity with no unit leaves to the one before
        if unit is None:  # a scaled quantity with no unit: MONEY only after one in the paragraph
            if self.counted(stop):
                return None
            elided = self.currency_before(start)
            if elided is None and not context.money_cue(text, start, floor):
                return None
            kind = MONEY
        else:
            kind = unit.type
        ends_with_dot = (unit.dot if unit is not None and unit.stop == stop else False) or (
            quantities[-1].dot and quantities[-1].stop == stop
        )
        if ends_with_dot and FULL_STOP.match(text, stop):
            stop -= 1
        scale = unit.scale if unit is not None else Decimal(1)
        code = unit.code if unit is not None else elided
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
            from_match = context.from_before(text, start, floor) if lead else None
            if from_match:
                start = from_match.start()
            value = None
            low = number(low * scale) if low is not None else None
            high = number(high * scale) if high is not None else None
        else:
            value = number(values[0] * scale + (cents or 0)) if values[0] is not None else None
            low = high = None
        found = context.qualifier_before(text, start, floor)
        if found:
            qualifier = context.qualifier_of(found)
            adjacent = bool(self.found) and self.found[-1].stop == floor
            previous = self.found[-1].start if self.found else None
            if found.group("q").lower() == "до" and context.ends_change(
                text, found.start(), floor, adjacent, previous
            ):
                qualifier = None  # a preposition of the verb, out of the span
            else:
                start = found.start()
        if qualifier is None and any(q.more for q in quantities):
            qualifier = "more"  # "500 с лишним миллионов"
        amount = Amount(value, low, high, code, qualifier)
        self.last = (quantities, unit)
        return AmountMatch(start, stop, kind, amount)

    def sharing(self, found: AmountMatch, floor: int) -> list[AmountMatch]:
        """The bare numbers before found (not before floor) that leave their unit, and their
        multiplier, to it, each an amount of its own, in order: ``5 и 7 процентов``, ``3, 5 и
        10 млрд рублей``, ``с 1,5 до 5,0 млрд долларов``, ``с 4,7–5,2 до 4,2–4,7%``."""
        if self.last is None or self.last[1] is None:
            return []
        quantities, unit = self.last
        written = self.text[found.start : quantities[0].start]
        if any(c in units.SYMBOLS for c in written) or context.code_before(
            self.text, quantities[0].start, found.start
        ):
            return []  # "5 и $7": the unit stands before the number, not after the members
        head = quantities[-1]  # the number the unit (and its multiplier) follows
        percent = unit.type == PERCENT
        members: list[AmountMatch] = []
        end = found.start
        while (link := context.link_before(self.text, end, floor)) is not None:
            word, at = link
            if (word == ",") != bool(members):  # "и", "или", "до" next to it, commas further
                break
            read = self.member(at, floor)
            if read is None or (
                word == "до" and not context.change_before(self.text, read[0].start, floor)
            ):
                break
            if any(q.mult is not None for q in read) and head.mult is None:
                break  # "5 млн и 7%": a multiplier without a unit is not the percent's
            if any(q.raw and digits.may_be_year(q.raw) for q in read) and not (
                head.raw and digits.may_be_year(head.raw)
            ):
                break  # "в 2019 и 3,5% в 2020": a year unless the amount is written alike
            read = self.scaled(read, head, percent)
            stop = read[-1].stop
            shared = Unit(unit.type, unit.code, stop, False, unit.scale)
            member = self.build(read[0].start, stop, floor, read, shared, len(read) > 1, lead=False)
            if member is None:
                break
            members.insert(0, member)
            if word == "до":  # a change has two values, the old and the new
                break
            end = member.start
        return members

    def member(self, end: int, floor: int) -> list[Quantity] | None:
        """The bare number (one quantity) or range (two, by a dash) that ends right before end,
        spaces between; None when none does."""
        for token in _MEMBER.finditer(self.text, max(floor, end - _REACH), end):
            first = self.quantity(token.start())
            if first is None or first.vague:
                continue
            if self.skip(first.stop) == end:
                return [first]
            if dash := DASH.match(self.text, first.stop):
                second = self.quantity(dash.end())
                alike = second is not None and (first.raw is None) == (second.raw is None)
                if alike and not second.vague and self.skip(second.stop) == end:
                    return [first, second]
        return None

    def scaled(self, read: list[Quantity], head: Quantity, percent: bool) -> list[Quantity]:
        """The member's quantities under the head's multiplier when they have none and it
        brings them nearer the head's value (``с 10 до 12 млн`` is 10 million; ``с 900 до 1,2
        тыс.`` stays 900)."""
        mult = head.mult
        if mult is None or any(q.mult is not None for q in read):
            return read
        shared = [_under(q, mult) for q in read]
        target = head.amount(percent)
        if _apart(shared[-1].amount(percent), target) > _apart(read[-1].amount(percent), target):
            return read
        return shared

    def currency_before(self, start: int) -> str | None:
        """The currency of the nearest MONEY amount that states one earlier in the same
        paragraph: a sum written after it with no currency leaves it unsaid ("выручка 2,8
        миллиарда рублей, убыток 65,5 миллиона": roubles); not one in brackets closed before
        start, an aside ("368 млн рублей (около 5,8 млн долларов), второе место — 316 млн":
        roubles); None when there is none."""
        text = self.text
        for found in reversed(self.found):
            if any(end in text[found.stop : start] for end in LINE_ENDS):
                return None
            if found.type != MONEY or found.amount.unit is None:
                continue
            # an open bracket before it, in the stretch of text an aside takes
            window = max(0, found.start - ASIDE_REACH)
            aside = text.rfind("(", window, found.start) > text.rfind(")", window, found.start)
            if not (aside and ")" in text[found.stop : start]):
                return found.amount.unit
        return None

    def counted(self, stop: int) -> bool:
        """A noun or adjective in the genitive follows, quoted or not: ``5 тысяч человек``,
        ``80 тысяч «макетов»`` are counts, not sums."""
        after = self.skip(stop)
        match = self.word(after + 1 if self.text[after : after + 1] in OPENING else after)
        if match is None:
            return bool(digits.read(self.text, after))
        return context.is_count(match.group())


def _under(quantity: Quantity, mult: Decimal) -> Quantity:
    """quantity scaled by mult, as if the multiplier were written after it."""
    if quantity.raw is None:
        return dataclasses.replace(quantity, value=quantity.value * mult, mult=mult)
    return dataclasses.replace(quantity, mult=mult)


def _apart(value: Decimal | None, other: Decimal | None) -> Decimal:
    """How many orders of magnitude lie between two values (0 when one is 0 or unknown)."""
    if not value or not other or value < 0 or other < 0:
        return Decimal(0)
    return abs((value / other).log10())


@caches.by_text(caches.WORDS)
def find_amounts(text: str) -> list[AmountMatch]:
    """Every amount of money and percentage in text, in order, non-overlapping (cached by
    text)."""
    pattern, scanned = anchors.search(text)
    anchor = pattern.search(scanned)
    if anchor is None:
        return []
    scanner = _Scanner(text)
    floor = 0
    while anchor is not None:
        found = scanner.amount_at(anchor.start(), floor)
        if found is not None and found.start >= floor:
            scanner.found.extend(scanner.sharing(found, floor))
            scanner.found.append(found)
            floor = found.stop
            anchor = pattern.search(scanned, found.stop)
        else:
            anchor = pattern.search(scanned, anchor.end())
    return scanner.found

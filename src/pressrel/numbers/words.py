"""Numbers written in words, read through pymorphy2's paradigms.

The lexicon is a table of *lemmas* (pymorphy2's normal forms) and their values; every form a
lemma takes (``два``, ``двух``, ``двум``, ``двумя``...) comes from pymorphy2's lexeme of it, so a
number is read in any case and gender. ``forms()`` maps each folded form (lowercase, ё as е) to
a :class:`NumberWord`; ``combine`` adds a run of them up the way Russian composes numerals.

Kinds of number words
---------------------
* ``unit``: the cardinals ``ноль`` to ``девятьсот`` and ``полтора`` (1.5), ``полтораста`` (150).
  ``один`` is an ``Anum`` adjective to pymorphy2, the others are ``NUMR``.
* ``mult``: ``тысяча``, ``миллион``, ``миллиард``, ``триллион`` (nouns), and their abbreviations
  ``тыс``, ``млн``, ``млрд``, ``трлн`` (an optional dot is the scanner's business). A
  multiplier multiplies what comes before it (``двадцать пять тысяч``, ``1,5 млн``), or stands
  for one when alone in the singular (``миллион долларов``, ``до миллиона рублей``); alone in
  the plural it is vague (``миллиарды долларов``, ``сотни тысяч``: no value).
* ``collective``: ``десяток`` (10) and ``сотня`` (100): a value in the singular, vague in the
  plural (``десятки миллионов``). A form that is both the genitive singular and a plural
  (``тысячи``, ``сотни``) is marked ``either``; the reader takes it as singular only after a
  word that governs the genitive (``до тысячи рублей``, ``около сотни миллионов``).
* ``vague``: ``несколько``: ``несколько миллионов евро`` has a unit but no value.
* half a multiplier, one noun in pymorphy2's dictionary (``полмиллиона``, ``полумиллиона``,
  ``полтысячи``, ``полмиллиарда``): a ``mult`` worth half of it.
* ``half``: ``с половиной`` after a unit adds a half to it (``две с половиной тысячи`` ->
  2500); the reader makes the two words one ``NumberWord`` (``HALF``).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from ..lang import morph
from ..lang.fold import fold

UNITS = {
    "ноль": 0, "нуль": 0, "один": 1, "два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6,
    "семь": 7, "восемь": 8, "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12,
    "тринадцать": 13, "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16,
    "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19, "двадцать": 20, "тридцать": 30,
    "сорок": 40, "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80,
    "девяносто": 90, "сто": 100, "двести": 200, "триста": 300, "четыреста": 400,
    "пятьсот": 500, "шестьсот": 600, "семьсот": 700, "восемьсот": 800, "девятьсот": 900,
    "полтора": Decimal("1.5"), "полтораста": 150,
}  # fmt: skip
MULTIPLIERS = {"тысяча": 10**3, "миллион": 10**6, "миллиард": 10**9, "триллион": 10**12}
ABBREVIATIONS = {"тыс": 10**3, "млн": 10**6, "млрд": 10**9, "трлн": 10**12}
HALVES = {"полтысяча": 10**3, "полмиллиона": 10**6, "полмиллиарда": 10**9, "полтриллиона": 10**12}
COLLECTIVES = {"десяток": 10, "сотня": 100}
VAGUE = ("несколько",)

# The part of speech each lemma has in pymorphy2's dictionary (the lexeme to take).
_POS = {"один": {"ADJF"}, "ноль": {"NOUN"}, "нуль": {"NOUN"}}


@dataclass(frozen=True, slots=True)
class NumberWord:
    value: Decimal | None  # None for ``несколько``
    kind: str  # "unit", "mult", "collective", "vague" or "half"
    plural: bool = False  # a multiplier or collective form that is only ever plural
    # a form that is the genitive singular and a plural too ("тысячи", "сотни"): see ``reader``
    either: bool = False


HALF = NumberWord(Decimal("0.5"), "half")  # "с половиной", read as one word by the reader


def lexeme(lemma: str, pos: set[str]) -> list:
    """pymorphy2's forms of lemma read as one of the parts of speech pos (an empty list when
    its dictionary does not have it so)."""
    for parse in morph.parses(lemma):
        if parse.normal_form == lemma and parse.tag.POS in pos:
            return list(parse.lexeme)
    return []


@cache
def forms() -> dict[str, NumberWord]:
    """Every folded form of every number word, with what it means."""
    table: dict[str, NumberWord] = {}
    for lemma, number in UNITS.items():
        for form in lexeme(lemma, _POS.get(lemma, {"NUMR"})):
            table.setdefault(fold(form.word), NumberWord(Decimal(number), "unit"))
    for group, kind in ((MULTIPLIERS, "mult"), (COLLECTIVES, "collective")):
        for lemma, number in group.items():
            numbers: dict[str, set[str]] = {}
            for form in lexeme(lemma, {"NOUN"}):
                numbers.setdefault(fold(form.word), set()).add(form.tag.number)
            for word, grammemes in numbers.items():
                plural, either = "sing" not in grammemes, {"sing", "plur"} <= grammemes
                table.setdefault(word, NumberWord(Decimal(number), kind, plural, either))
    for lemma, number in HALVES.items():  # singular nouns only: "полмиллиона", "полумиллиона"
        for form in lexeme(lemma, {"NOUN"}):
            table.setdefault(fold(form.word), NumberWord(Decimal(number) / 2, "mult"))
    for abbreviation, number in ABBREVIATIONS.items():
        table[abbreviation] = NumberWord(Decimal(number), "mult")
    for lemma in VAGUE:
        for form in lexeme(lemma, {"NUMR"}):
            table.setdefault(fold(form.word), NumberWord(None, "vague"))
    return table


def lookup(word: str) -> NumberWord | None:
    return forms().get(fold(word))


def _place(number: Decimal) -> Decimal:
    """The place the next unit word must fit below: 20 -> 10 (``двадцать пять``), 300 -> 100
    (``триста сорок``), 5 or 15 -> 1 (nothing fits after them)."""
    if number >= 100 and number % 100 == 0:
        return Decimal(100)
    if number >= 20 and number % 10 == 0:
        return Decimal(10)
    return Decimal(1)


def combine(words: list[NumberWord]) -> tuple[int, Decimal | None]:
    """How many of the leading words make one number, and its value (None when vague).

    ``двести тридцать пять тысяч сорок`` -> 235040; ``пять двадцать`` stops after ``пять``
    (a unit must fit below the previous one); a multiplier must be smaller than the one before
    it; ``полтора миллиона`` -> 1500000; ``несколько сотен тысяч`` -> vague."""
    total = Decimal(0)
    group: Decimal | None = None  # the units and collectives since the last multiplier
    fits = Decimal(1000)  # the next unit word must be below this
    last_mult: Decimal | None = None
    vague = False
    used = 0
    for word in words:
        if word.kind == "half":  # "две с половиной": after a unit, nothing below it after
            if group is None or vague or fits == 0 or group % 1:
                break
            group += word.value
            fits = Decimal(0)
        elif word.kind == "unit":
            if group is not None and word.value >= fits:
                break
            if vague:
                break
            group = (group or Decimal(0)) + word.value
            fits = _place(word.value) if word.value else Decimal(1)
        elif word.kind == "vague":
            if group is not None or used:
                break
            vague = True
            group = Decimal(1)
            fits = Decimal(0)
        elif word.kind == "collective":  # "десятки", "нескольких сотен"
            if group is not None and not vague:
                break
            if word.plural or vague:
                vague = True
            group = (group or Decimal(1)) * word.value
            fits = Decimal(0)
        else:  # mult
            if last_mult is not None and word.value >= last_mult:
                break
            if group is None and word.plural:
                vague = True
            total += (group if group is not None else Decimal(1)) * word.value
            group = None
            last_mult = word.value
            fits = word.value
        used += 1
    if group is not None:
        total += group
    return used, (None if vague else total)

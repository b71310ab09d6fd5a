"""Numbers in table cells whose unit the table states once, in a note in brackets.

A release's table writes its unit once, above the figures: a cell ``(% годовых)`` under the
caption, or the caption itself ending in it (``Процентные ставки по операциям Банка России (%
годовых)``), ``(млн рублей)``, ``(в %)``; the cells below it are bare numbers (``12,50``,
``8.25``). Such a cell is an amount of that unit, its span the number.

``unit_of(text)`` is the unit a bracketed note at the end of text states (its words, ``в`` left
out), or None: the note is a unit when the amount grammar reads a number followed by it as an
amount that takes its first word (``% годовых``, ``млн руб.``, ``% к предыдущему году``; not
``ключевая ставка``, nor ``тыс. человек``, a count). ``in_cell(text, unit)`` reads a cell that is
one bare number as that number followed by the unit; a plain four-digit number from 1000 to 2999
is a year (a column's heading), not an amount.
"""

from __future__ import annotations

import re

from . import digits
from .scan import AmountMatch, find_amounts

# a note in round brackets that ends the text: "(% годовых)", "Банка России1(% годовых)"
_NOTE = re.compile(r"\(\s*(?:в\s+)?([^()]+?)\s*\)\s*\Z", re.IGNORECASE)
_PROBE = "1 "  # the number a note is read after


def unit_of(text: str) -> str | None:
    """The unit the bracketed note ending text states, or None when it states none."""
    note = _NOTE.search(text)
    if note is None:
        return None
    unit = note.group(1)
    words = unit.split()
    amounts = find_amounts(_PROBE + unit) if words else []
    if not amounts:
        return None
    first_word = len(_PROBE) + len(words[0].rstrip("."))
    if amounts[0].start != 0 or amounts[0].stop < first_word:
        return None
    return unit


def in_cell(text: str, unit: str) -> AmountMatch | None:
    """The amount of a cell that is a bare number (spaces around it aside) of the stated unit,
    spanning the number; None for any other cell (``1 день``, ``с 16.06.15``, ``12,5%``, a
    year)."""
    start = len(text) - len(text.lstrip())
    stop = digits.read(text, start)
    if stop is None or text[stop:].strip() or digits.may_be_year(text[start:stop]):
        return None
    amounts = find_amounts(text[start:stop] + " " + unit)
    if len(amounts) != 1 or amounts[0].start != 0:
        return None
    found = amounts[0]
    return AmountMatch(start, stop, found.type, found.amount)

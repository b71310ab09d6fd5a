"""Numbers written in digits, with every separator Russian texts use.

``read(text, pos)`` reads the numeral that starts at ``pos`` and returns its raw form; ``value``
turns the raw form into a :class:`~decimal.Decimal` once the scanner knows what follows it (a
multiplier or a percent sign changes how ``1,500`` reads); ``may_be_year`` tells a plain
four-digit integer, which may name a year.

Conventions
-----------
* Thousands are grouped by a space of any width (U+0020, the no-break U+00A0, the thin U+2009
  and U+202F, and the other Unicode spaces of ``SPACES``), by dots (``1.500.000``) or, as in
  English-language sources, by commas (``$1,500,000``); the groups after the first have exactly
  three digits, the first one to three. The decimal mark is a comma or a point.
* One dot or comma followed by exactly three digits (``1.500``, ``635,000``) is ambiguous. It
  is a thousands separator when nothing scales the number and the integer part does not start
  with 0 (``1.500 рублей`` is 1500, ``$635,000`` is 635000); it is a decimal mark before a
  multiplier (``17,363 тыс.`` is 17363), before a percent sign (``1,125 %``) and after a 0
  (``0,125``). Two or more such groups (``1.500.000``) are always thousands.
* A numeral glued to a letter or to another digit group (``А380``, ``COVID-19`` is fine: the
  hyphen is not a letter) does not start here: ``read`` needs no letter, digit, dot or comma
  just before ``pos``.
"""

from __future__ import annotations

import re
from decimal import Decimal

# Horizontal spaces that may separate digit groups or the words of an amount (never a newline).
SPACES = "\u0020\u00a0\u2000-\u200a\u202f\u205f\u3000"

_NUMERAL = re.compile(
    rf"""
    (?<![^\W_]|[.,])                       # not inside a word or after another group
    (?:
        \d{{1,3}}(?:[{SPACES}]\d{{3}})+(?![\d])    # 1 500 000 (any space)
        (?:[.,]\d+(?![.,]?\d))?
      | \d{{1,3}}(?:\.\d{{3}})+,\d+(?![.,]?\d)     # 1.500,25 and 1.500.000,25
      | \d{{1,3}}(?:\.\d{{3}}){{2,}}(?![\d.])      # 1.500.000
      | \d{{1,3}}(?:,\d{{3}})+\.\d+(?![.,]?\d)     # 1,500.25 and 1,500,000.25
      | \d{{1,3}}(?:,\d{{3}}){{2,}}(?![\d,])      # 1,500,000
      | \d+(?:[.,]\d+)?(?![.,]?\d)               # 1500000, 2,89, 7.25, 1.500
    )
    """,
    re.VERBOSE,
)
_SPACE_RUN = re.compile(f"[{SPACES}]")


def read(text: str, pos: int) -> int | None:
    """The end of the numeral that starts at ``pos``, or None when none does."""
    match = _NUMERAL.match(text, pos)
    return match.end() if match else None


def value(raw: str, scaled: bool = False, percent: bool = False) -> Decimal:
    """The value of a numeral ``read`` found. ``scaled``: a multiplier (``тыс.``, ``млн``)
    follows; ``percent``: a percent unit does. Both make a lone ``,ddd`` / ``.ddd`` decimal."""
    grouped = bool(_SPACE_RUN.search(raw))  # 1 500,125: the one mark left is the decimal one
    raw = _SPACE_RUN.sub("", raw)
    dots, commas = raw.count("."), raw.count(",")
    if dots > 1:  # 1.500.000[,25]
        return Decimal(raw.replace(".", "").replace(",", "."))
    if commas > 1:  # 1,500,000[.25]
        return Decimal(raw.replace(",", ""))
    if dots and commas:  # 1.500,25 or 1,500.25: the last mark is the decimal one
        if raw.rfind(",") > raw.rfind("."):
            return Decimal(raw.replace(".", "").replace(",", "."))
        return Decimal(raw.replace(",", ""))
    if dots or commas:
        mark = "." if dots else ","
        whole, fraction = raw.split(mark)
        thousands = not (grouped or scaled or percent or whole.startswith("0"))
        if len(fraction) == 3 and thousands:
            return Decimal(whole + fraction)
        return Decimal(whole + "." + fraction)
    return Decimal(raw)


def may_be_year(raw: str) -> bool:
    """A plain integer of four digits from 1000 to 2999 (``2019``, not ``2 019`` or
    ``2019,5``): it may name a year as well as a quantity."""
    return len(raw) == 4 and raw.isdigit() and raw[0] in "12"

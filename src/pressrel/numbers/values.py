"""From decimals to the JSON numbers of :class:`~pressrel.records.Amount`, and the amount's key.

Values are computed as :class:`~decimal.Decimal` (``2,89 млрд`` is exactly 2890000000) and only
turned into JSON numbers at the end: an ``int`` when whole, else a ``float``.

``amount_key`` is the normalised value and unit, the id of the amount after ``MONEY:`` or
``PERCENT:``: ``2890000000 RUB``, ``7.25 %``, ``25 bp``, ``3000-5000 RUB`` (a range),
``1500000`` (a currency the text does not say), ``USD`` (a bare currency word, or a vague
amount: ``несколько миллионов долларов``), ``?`` (a vague amount of no stated currency). The
qualifier is not part of it: ``более 5 млн рублей`` and ``5 млн рублей`` name the same sum.
"""

from __future__ import annotations

from decimal import Decimal

from ..records import Amount


def number(value: Decimal | None) -> int | float | None:
    """value as a JSON number: an int when whole, else a float."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def _text(value: int | float) -> str:
    if isinstance(value, int):
        return str(value)
    text = format(Decimal(repr(value)).normalize(), "f")
    return text


def amount_key(amount: Amount) -> str:
    """The normalised value and unit of amount: equal amounts written differently (``2,89 млрд
    рублей``, ``2 890 000 000 руб.``) give the same key."""
    if amount.value is not None:
        figure = _text(amount.value)
    elif amount.low is not None and amount.high is not None:
        figure = f"{_text(amount.low)}-{_text(amount.high)}"
    else:
        figure = ""
    return " ".join(part for part in (figure, amount.unit) if part) or "?"

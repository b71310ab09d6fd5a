"""Amounts of money and percentages in Russian text, with their values.

``find_amounts(text)`` returns every MONEY and PERCENT mention as an :class:`AmountMatch`
(code-point offsets, type, and a :class:`~pressrel.records.Amount`); ``amount_key(amount)`` is
the amount's normalised value and unit (``2890000000 RUB``, ``7.25 %``, ``3000-5000 RUB``).

``scan`` holds the span grammar; ``anchors`` the one regex every text is searched with first;
``context`` the words around an amount (qualifiers, the ``до`` of a change, words of money);
``digits`` numerals written in digits; ``words`` numbers in words (pymorphy2's paradigms);
``units`` currencies and percent units; ``values`` the JSON numbers and the key. The package uses only the standard library, ``records`` and ``lang``.
"""

from .scan import AmountMatch, find_amounts
from .values import amount_key

__all__ = ["AmountMatch", "amount_key", "find_amounts"]

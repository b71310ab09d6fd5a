"""MONEY and PERCENT: amounts of money and percentages with their values (rules in
``pressrel.numbers``).

The value goes in the mention's ``amount`` (``records.Amount``); ``normal`` and the entity id are
the amount's normalised value and unit (``MONEY:2890000000 RUB``, ``PERCENT:7.25 %``,
``PERCENT:25 bp``), so that equal amounts written differently are one entity. An amount with no
figure and no currency (``несколько миллионов``) keeps its text as written. A table's cell that
is a bare figure (``12,50``) is an amount of the unit its table states once (``(% годовых)``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from .base import Context, EntityType, Extractor, Found, by_normal, from_id

UNKNOWN = "?"  # numbers.amount_key of an amount with neither a figure nor a unit
QUALIFIERS = {"more": ">", "less": "<", "about": "~"}  # in the table's detail column


def scan(text: str, context: Context) -> Iterator[Found]:
    from .. import numbers
    from ..numbers.cells import in_cell

    matches = numbers.find_amounts(text)
    if not matches and context.unit is not None:  # a table's bare figure, its unit stated once
        matches = [cell] if (cell := in_cell(text, context.unit)) else []
    for match in matches:
        key = numbers.amount_key(match.amount)
        normal = key if key != UNKNOWN else text[match.start : match.stop]
        yield Found(match.start, match.stop, match.type, normal, {"amount": match.amount})


def describe(record: Mapping[str, Any]) -> str | None:
    """The normalised amount (``7.25 %``, ``2890000000 RUB``), with its qualifier."""
    qualifier = record.get("amount.qualifier")
    return " ".join(part for part in (QUALIFIERS.get(qualifier), record.get("normal")) if part)


MONEY = EntityType("MONEY", "amount", by_normal, canonical=from_id, describe=describe)
PERCENT = EntityType("PERCENT", "amount", by_normal, canonical=from_id, describe=describe)
EXTRACTOR = Extractor("numbers", (MONEY, PERCENT), scan)

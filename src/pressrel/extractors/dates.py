"""DATE: temporal expressions with ISO 8601 values (rules in ``pressrel.dates``), resolved
against the document's own date."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ..lang.letters import plain_spaces
from ..records import Mention
from .base import Context, EntityType, Extractor, Found


def entity_id(mention: Mention) -> str:
    """``DATE:`` + ISO value (the text as written when unresolved, one plain space between its
    words: ``1\u00a0день`` and ``1 день`` are one entity)."""
    value = mention.date.value if mention.date else None
    return f"DATE:{value or plain_spaces(mention.text)}"


def canonical(entity: str, mention: Mention) -> str | None:
    """The ISO value (null when unresolved)."""
    return mention.normal


def describe(record: Mapping[str, Any]) -> str | None:
    return record.get("date.value") or record.get("date.kind")


def scan(text: str, context: Context) -> Iterator[Found]:
    from .. import dates

    for match in dates.find_dates(text, context.anchor):
        yield Found(match.start, match.stop, "DATE", match.date.value, {"date": match.date})


DATE = EntityType("DATE", "date", entity_id, canonical, describe)
EXTRACTOR = Extractor("dates", (DATE,), scan)

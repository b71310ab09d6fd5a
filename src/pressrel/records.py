"""pressrel's own records: the only shapes that leave the core.

Every record is a dataclass whose field order is the output order; ``to_dict()`` gives the
JSON-ready mapping with every key present (None when empty). Fields are only ever added, at the
end, never renamed or removed: they are the public interface documented in the README.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any


def _plain(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    return value


class Record:
    """Mixin: ``to_dict()`` in field order, nested records converted too."""

    def to_dict(self) -> dict[str, Any]:
        return {f.name: _plain(getattr(self, f.name)) for f in fields(self)}  # type: ignore[arg-type]


@dataclass
class Document(Record):
    """One input document. ``id`` is the path as given, the JSONL ``id``, or ``-``."""

    id: str
    text: str


@dataclass
class DocumentError(Record):
    """A document that could not be read; reported on stderr, never raised."""

    id: str
    reason: str


@dataclass
class Name(Record):
    first: str | None = None
    middle: str | None = None
    last: str | None = None


@dataclass(frozen=True)
class Country(Record):
    code: str  # ISO 3166-1 alpha-2 (SU, YU, ... for historical states)
    name: str  # short Russian name, nominative: "Китай"


@dataclass(frozen=True)
class DateValue(Record):
    value: str | None  # ISO 8601 date, month, year, or interval "a/b"; None when unresolvable
    precision: str | None  # "day" | "month" | "year"
    year_inferred: bool = False  # the year came from the document's own date
    relative: bool = False  # resolved against the document's date ("вчера", "в среду")
    kind: str = "date"  # "date" | "range" | "duration"


@dataclass
class Mention(Record):
    doc: str
    type: str
    text: str
    normal: str | None
    start: int
    stop: int
    sentence: int
    name: Name | None = None


@dataclass
class Sentence(Record):
    start: int
    stop: int
    text: str


@dataclass
class Analysis(Record):
    document: Document
    mentions: list[Mention] = field(default_factory=list)

"""pressrel's own records: the only shapes that leave the core.

Every record is a dataclass whose field order is the output order; ``to_dict()`` gives the
JSON-ready mapping with every key present (None when empty). Fields are only ever added, at the
end, never renamed or removed: they are the public interface documented in the README.

The records a pipeline step hands to the next are frozen: a step that refines a mention (the
country step retyping a LOC, ``resolve`` adding entity ids and roles) returns a new one with
``dataclasses.replace``, so no step depends on another having rewritten a shared record.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from functools import cache
from json.encoder import encode_basestring
from operator import attrgetter
from typing import Any

# Values that are their own JSON-ready form: most of a record's fields, so tested first.
_SCALARS = frozenset({str, int, float, bool, type(None)})


def plain(value: Any) -> Any:
    """value in its JSON-ready form (records as dicts, lists of them as lists)."""
    if type(value) in _SCALARS:
        return value
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    return value


class Record:
    """Mixin: ``to_dict()`` in field order, nested records converted too."""

    __slots__ = ()  # the records are slotted dataclasses: no per-record __dict__

    def to_dict(self) -> dict[str, Any]:
        names, values = fields_of(type(self))
        return dict(zip(names, map(plain, values(self))))


@cache
def fields_of(record_type: type) -> tuple[tuple[str, ...], Callable[[Any], tuple]]:
    """A record type's field names and a getter of all their values at once (one tuple)."""
    names = tuple(f.name for f in fields(record_type))
    getter = attrgetter(*names)
    if len(names) == 1:  # attrgetter of one name gives the value itself, not a 1-tuple
        return names, lambda record: (getter(record),)
    return names, getter


def json_object(record: Record) -> str:
    """The compact JSON of ``record.to_dict()`` (``emit.json_text``'s, before its line breaks are
    escaped), written from the record's fields without building the dict: a worker writes one
    line per mention, and the dict and the encoder's call per line were more than half of a
    line's cost (``tests/test_emit.py`` compares the two on every record type)."""
    keys, values = _json_keys(type(record))
    written = _WRITTEN.get
    parts = []
    for key, value in zip(keys, values(record)):
        write = written(type(value))
        parts.append(key + (write(value) if write is not None else _value_json(value)))
    return "{" + ",".join(parts) + "}"


def _value_json(value: Any) -> str:
    """A field's JSON when it is not a plain str, int, bool or None: a record, a list, or (a
    float, anything else) what the compact encoder writes of its ``plain`` form."""
    if isinstance(value, Record):
        return json_object(value)
    if type(value) in (list, tuple):
        return "[" + ",".join(map(_value_json, value)) + "]"
    write = _WRITTEN.get(type(value))
    return write(value) if write is not None else _ENCODER.encode(plain(value))


# What the compact encoder (``ensure_ascii`` off) writes of a value of each of these exact
# types; ``encode_basestring`` is the C function it writes strings with.
_WRITTEN: dict[type, Callable[[Any], str]] = {
    str: encode_basestring,
    int: int.__repr__,
    bool: lambda value: "true" if value else "false",
    type(None): lambda _: "null",
}
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


@cache
def _json_keys(record_type: type) -> tuple[tuple[str, ...], Callable[[Any], tuple]]:
    """A record type's field names as JSON keys with their colon (``"doc":``), and the getter
    of its field values."""
    names, values = fields_of(record_type)
    return tuple(encode_basestring(name) + ":" for name in names), values


@dataclass(frozen=True, slots=True)
class Document(Record):
    """One input document. ``id`` is the path as given, the JSONL ``id``, or ``-``. ``source``
    and ``line`` say where it was read (the file as shown, or ``-``; a corpus line's number, or
    a JSON array item's):
    ``--resume`` tells documents apart by them, as ids may repeat. They take no part in
    equality."""

    id: str
    text: str
    source: str | None = field(default=None, compare=False)
    line: int | None = field(default=None, compare=False)


@dataclass(slots=True)
class DocumentError(Record):
    """A document that could not be read or analysed; reported on stderr, never raised."""

    id: str
    reason: str
    detail: str | None = None  # the stack of an internal error (shown with --traceback)
    line: int | None = None  # the line of a JSON Lines corpus the document is on


class OutOfMemory(MemoryError):
    """Memory ran out reading or analysing the document ``doc`` (its id, or where it is read):
    the run stops, saying so once, rather than failing every document after it."""

    def __init__(self, doc: str) -> None:
        super().__init__(doc)
        self.doc = doc


@dataclass(frozen=True, slots=True)
class Name(Record):
    first: str | None = None
    middle: str | None = None
    last: str | None = None


@dataclass(frozen=True, slots=True)
class Country(Record):
    code: str  # ISO 3166-1 alpha-2 (SU, YU, ... for historical states)
    name: str  # short Russian name, nominative: "Китай"


@dataclass(frozen=True, slots=True)
class DateValue(Record):
    value: str | None  # ISO 8601 date, month, year, or interval "a/b"; None when unresolvable
    precision: str | None  # "day" | "month" | "year"
    year_inferred: bool = False  # the year came from the document's own date
    relative: bool = False  # resolved against the document's date ("вчера", "в среду")
    kind: str = "date"  # "date" | "range" | "duration"


@dataclass(frozen=True, slots=True)
class Amount(Record):
    """MONEY or PERCENT: the number a mention states, as a value.

    Numbers are JSON numbers: an int when whole (``2,89 млрд`` -> 2890000000), else a float
    (``7,25%`` -> 7.25). A single amount has ``value``; a range (``от 3 до 5 тысяч``) has
    ``low`` and ``high`` and a null ``value``; a bare currency word has none of the three."""

    value: int | float | None
    low: int | float | None
    high: int | float | None
    unit: str | None  # MONEY: ISO 4217 code (null when unsaid); PERCENT: "%", "pp" or "bp"
    qualifier: str | None  # "more" (более, свыше), "less" (менее, почти, до), "about" (около)


@dataclass(frozen=True, slots=True)
class Mention(Record):
    doc: str
    type: str
    text: str
    normal: str | None
    start: int
    stop: int
    sentence: int
    name: Name | None = None
    section: str | None = None  # title, dateline, lead, body, source or related
    related: int | None = None  # index of the "Читайте также" teaser the mention is in
    country: Country | None = None  # COUNTRY: ISO code and short Russian name
    form: str | None = None  # COUNTRY: "name" or "adjective"
    date: DateValue | None = None  # DATE: ISO value, precision, flags
    entity: str | None = None  # TYPE:canonical, the same for every mention of one entity
    role: str | None = None  # PER: the position written before the name
    role_start: int | None = None  # PER: where the role phrase is written (code points)
    role_stop: int | None = None
    amount: Amount | None = None  # MONEY, PERCENT: value, range, unit, qualifier


@dataclass(frozen=True, slots=True)
class Section(Record):
    """A run of paragraphs of one kind: title, dateline, lead, body, source or related."""

    kind: str
    start: int
    stop: int
    related: int | None = None  # index of the teaser a "related" section belongs to


@dataclass(frozen=True, slots=True)
class Teaser(Record):
    """One "Читайте также" teaser: another article's date, title and first paragraph."""

    date: str | None
    title: str | None
    text: str | None
    start: int
    stop: int


@dataclass(frozen=True, slots=True)
class Unit(Record):
    """A paragraph or a sentence, as streamed by ``pressrel segment --paragraphs/--sentences``."""

    doc: str
    index: int
    section: str
    start: int
    stop: int
    text: str
    related: int | None = None


def placed(unit: Unit) -> dict[str, Any]:
    """The fields of a mention that say where it stands: its sentence, section, teaser (the
    sentence unit it is found in)."""
    return {"sentence": unit.index, "section": unit.section, "related": unit.related}


@dataclass(slots=True)
class Structure(Record):
    """The layout of one document, as ``pressrel segment`` prints it."""

    doc: str
    title: str | None
    date: str | None  # ISO date of the date line
    date_start: int | None
    date_stop: int | None
    source: str | None
    sections: list[Section]
    related: list[Teaser]
    paragraphs: int
    sentences: int


@dataclass(slots=True)
class EntitySummary(Record):
    """One entity of one document (``pressrel entities --unique``), or of the whole input
    (``--unique --across``: ``doc`` and ``first`` are then null)."""

    doc: str | None
    entity: str
    type: str
    normal: str | None
    count: int  # mentions
    roles: list[str]  # distinct roles, in order of appearance
    first: int | None  # offset of the first mention in the document
    name: Name | None = None
    country: Country | None = None
    date: DateValue | None = None
    docs: int = 1  # documents the entity appears in
    amount: Amount | None = None
    aliases: list[str] = field(default_factory=list)  # its mentions' other normal forms


@dataclass(frozen=True, slots=True)
class Quote(Record):
    """A direct quote: ``text`` is the speech (an inline attribution cut out); ``start``/``stop``
    span everything inside the quotation marks."""

    doc: str
    text: str
    start: int
    stop: int
    speaker: str | None  # entity id of the person, when known
    speaker_text: str | None  # who the attribution names, as written
    verb: str | None  # the speech verb: "сказал", "отметил"...


@dataclass(frozen=True, slots=True)
class Analysis(Record):
    """Everything pressrel found in one document."""

    document: Document
    structure: Structure
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    date: str | None = None  # ISO date of the document: its date line, else the first full date
    # of its head (what year-less and relative dates are resolved against)


@dataclass(frozen=True, slots=True)
class EntityStat(Record):
    """One entity over a corpus (``pressrel stats``), or over one period of it (``--by``)."""

    type: str
    entity: str
    normal: str | None
    mentions: int
    docs: int  # documents the entity appears in
    first_date: str | None  # earliest and latest date of those documents (null: none dated)
    last_date: str | None
    period: str | None = None  # with --by: "2015", "2015-12" or "2015-12-18"; null: undated


@dataclass(frozen=True, slots=True)
class PairStat(Record):
    """Two entities that appear together (``pressrel stats --pairs``), ordered by id."""

    a: str  # entity ids, a < b
    b: str
    count: int  # documents (or sentences, with --pairs sentence) holding both
    docs: int  # documents holding both
    unit: str  # "document" or "sentence"

"""The shapes of the registry: an extractor, the types it produces, what its scan finds.

Every hook of an ``EntityType`` is required: a type that forgets one cannot be declared (a
``TypeError`` at import), rather than showing a missing detail or a wrong sort order later.
``by_normal``, ``from_id`` and ``no_detail`` are the hooks most types share.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any

from ..lang.letters import plain_spaces
from ..records import Mention

if TYPE_CHECKING:
    from ..options import Options

MENTION_FIELDS = frozenset(f.name for f in fields(Mention))


@dataclass(frozen=True, slots=True)
class Found:
    """A span a scan found in a piece of text: offsets into that piece, its type, its normal form
    and the values of the ``Mention`` fields its type fills (``details``: field name -> value)."""

    start: int
    stop: int
    type: str
    normal: str | None
    details: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Context:
    """What a scan may know of the document beyond the piece it reads: the document's own date
    (what year-less and relative dates resolve against), the run's options, for a table cell
    the unit its table states once for its figures (``% годовых``; ``numbers.cells``), and the
    document's text, which a retype reads round a mention (offsets are the document's)."""

    anchor: datetime.date | None
    options: Options
    unit: str | None = None
    text: str = ""


@dataclass(frozen=True)
class EntityType:
    """One type of mention and what pressrel asks of it.

    - ``detail``: the ``Mention`` field that holds the type's value (``country``, ``date``...), or
      None; ``--unique`` records carry it too when ``EntitySummary`` has that field.
    - ``entity_id(mention)``: the mention's entity id, ``TYPE:canonical`` (``resolve`` joins the
      mentions of PER and ORG over the document first, then asks this of the others).
    - ``canonical(entity, mention)``: the entity's canonical form in ``--unique`` and ``stats``
      records, from its id and its first mention.
    - ``describe(record)``: the table's ``detail`` column of a flattened record (``country.code``
      as a key), or None.
    """

    name: str
    detail: str | None
    entity_id: Callable[[Mention], str]
    canonical: Callable[[str, Mention], str | None]
    describe: Callable[[Mapping[str, Any]], str | None]

    def __post_init__(self) -> None:
        if self.detail is not None and self.detail not in MENTION_FIELDS:
            raise ValueError(f"{self.name}: Mention has no field {self.detail!r}")
        for hook in ("entity_id", "canonical", "describe"):
            if not callable(getattr(self, hook)):
                raise TypeError(f"{self.name}: hook {hook} is not callable")


Scan = Callable[[str, Context], Iterable[Found]]
Retype = Callable[[Mention, Context], Mention]


@dataclass(frozen=True)
class Extractor:
    """A kind of fact: its types, and how it finds them.

    - ``scan(text, context)``: the spans of one piece of a document (a paragraph, or part of a
      huge one); None for NER, which the pipeline batches across documents.
    - ``needs``: the types asked for that make it run, besides its own (countries run for LOC
      too: a LOC that names a country is taken out of LOC).
    - ``retype(mention, context)``: a mention found before it, read again (a LOC that names a
      country becomes COUNTRY); None: left alone.
    - ``yields_to``: a span it finds that overlaps a mention of these types found before it is
      dropped.
    """

    name: str
    types: tuple[EntityType, ...]
    scan: Scan | None
    needs: frozenset[str] = frozenset()
    retype: Retype | None = None
    yields_to: frozenset[str] = frozenset()

    @property
    def needed_for(self) -> frozenset[str]:
        """Every type whose asking makes this extractor run."""
        return self.needs | {kind.name for kind in self.types}


# The hooks most types share


def by_normal(mention: Mention) -> str:
    """``TYPE:normal`` (the text as written when there is no normal form), one plain space
    between its words (``1\u00a0день`` and ``1 день`` are one entity)."""
    return f"{mention.type}:{plain_spaces(mention.normal or mention.text)}"


def from_id(entity: str, mention: Mention) -> str | None:
    """The canonical form an entity id spells after ``TYPE:``."""
    return entity.split(":", 1)[1]


def no_detail(record: Mapping[str, Any]) -> str | None:
    """No detail column for this type."""
    return None

"""The extractor registry: every kind of fact pressrel finds, and what the rest of pressrel asks
of each type.

An ``Extractor`` declares the entity types it produces (``EntityType``: the ``Mention`` field its
value goes in, and the hooks for entity ids, canonical forms and the table's detail) and a
``scan`` over one piece of a document's text that returns ``Found`` spans. The pipeline runs
every registered scan through one loop, in registration order (``pipeline``); ``resolve``,
``summary``, ``stats``, the table renderer, ``-t`` and ``eval`` learn the types from here and
keep no list of their own. NER is the one extractor without a scan: the pipeline batches it
across documents.

Adding a kind of fact is one declaration module next to ``ner``, ``countries`` and ``dates`` (its
rules in a package of their own), one line in ``_builtin`` below, and, when it carries a value,
one ``Mention`` field (added at the end) with its README row. A test or a plug-in may
``register`` an extractor at run time (``unregister`` takes it out); a process forked after that
(``-j``) inherits it.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from ..records import Mention
from .base import Context, EntityType, Extractor, Found, by_normal, from_id, no_detail

__all__ = [
    "Context",
    "EntityType",
    "Extractor",
    "Found",
    "by_normal",
    "canonical",
    "entity_of",
    "entity_type",
    "entity_types",
    "extractors",
    "from_id",
    "no_detail",
    "register",
    "running",
    "type_names",
    "unregister",
]

_added: list[Extractor] = []  # registered at run time, after the built-in ones
_index: dict[str, EntityType] = {}  # every registered type by name; emptied by (un)register


@cache
def _builtin() -> tuple[Extractor, ...]:
    """The extractors pressrel ships, in the order they run (and their types sort)."""
    from . import countries, dates, ner, numbers, places

    return (
        ner.EXTRACTOR,
        countries.EXTRACTOR,
        places.EXTRACTOR,
        dates.EXTRACTOR,
        numbers.EXTRACTOR,
    )


def extractors() -> tuple[Extractor, ...]:
    """Every registered extractor, in the order they run."""
    return (*_builtin(), *_added)


def entity_types() -> tuple[EntityType, ...]:
    """Every registered entity type, in pressrel's order (the order of output groups)."""
    return tuple(kind for extractor in extractors() for kind in extractor.types)


def type_names() -> tuple[str, ...]:
    """The names of the registered types, in pressrel's order: PER, ORG, LOC, COUNTRY, DATE..."""
    return tuple(kind.name for kind in entity_types())


def entity_type(name: str) -> EntityType | None:
    """The registered type of that name, else None."""
    if not _index:
        _index.update((kind.name, kind) for kind in entity_types())
    return _index.get(name)


def entity_of(mention: Mention) -> str:
    """The mention's entity id (``resolve`` sets it), else the id it has on its own."""
    return mention.entity or by_normal(mention)


def canonical(entity: str, mention: Mention) -> str | None:
    """The canonical form of an entity in ``--unique`` and ``stats`` records: its type's hook."""
    kind = entity_type(mention.type)
    return (kind.canonical if kind else from_id)(entity, mention)


def register(extractor: Extractor) -> None:
    """Add an extractor after the registered ones (ValueError when one of its types, or its
    name, is registered already)."""
    taken = set(type_names())
    clashes = sorted(taken.intersection(kind.name for kind in extractor.types))
    if clashes:
        raise ValueError(f"type(s) already registered: {', '.join(clashes)}")
    if extractor.name in {e.name for e in extractors()}:
        raise ValueError(f"an extractor named {extractor.name!r} is registered already")
    _added.append(extractor)
    _index.clear()


def unregister(name: str) -> None:
    """Take out an extractor added with ``register`` (KeyError if none has that name)."""
    for i, extractor in enumerate(_added):
        if extractor.name == name:
            del _added[i]
            _index.clear()
            return
    raise KeyError(name)


def running(asked: Iterable[str]) -> tuple[Extractor, ...]:
    """The extractors a run asking for these types needs, in order."""
    asked = frozenset(asked)
    return tuple(e for e in extractors() if asked & e.needed_for)

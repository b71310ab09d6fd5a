"""Entities instead of mentions: one record per entity per document, or over a whole input.

An entity's canonical form and its detail (a person's name, a country, a date...) come from its
type in the extractor registry. Memory: per-document summaries hold one document; ``Corpus``
holds one record per distinct entity of the input, which grows with the vocabulary of the
corpus, not with its size.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields, replace
from typing import Any

from . import extractors
from .records import EntitySummary, Mention

SUMMARY_FIELDS = frozenset(f.name for f in fields(EntitySummary))


def summarize(mentions: Iterable[Mention]) -> list[EntitySummary]:
    """One summary per entity of one document's mentions, in order of first mention."""
    summaries: dict[str, EntitySummary] = {}
    for m in mentions:
        key = extractors.entity_of(m)
        summary = summaries.get(key)
        if summary is None:
            summaries[key] = EntitySummary(
                doc=m.doc,
                entity=key,
                type=m.type,
                normal=extractors.canonical(key, m),
                count=1,
                roles=[m.role] if m.role else [],
                first=m.start,
                **detail(m),
            )
            continue
        summary.count += 1
        if m.role and m.role not in summary.roles:
            summary.roles.append(m.role)
    return list(summaries.values())


def detail(mention: Mention) -> dict[str, Any]:
    """The mention's detail field (its registered type's), when entity records carry it."""
    kind = extractors.entity_type(mention.type)
    name = kind.detail if kind else None
    return {name: getattr(mention, name)} if name in SUMMARY_FIELDS else {}


class Corpus:
    """Summaries merged over many documents (``--unique --across``)."""

    def __init__(self) -> None:
        self._entities: dict[str, EntitySummary] = {}

    def add(self, summaries: Iterable[EntitySummary]) -> None:
        for s in summaries:
            total = self._entities.get(s.entity)
            if total is None:
                self._entities[s.entity] = replace(
                    s, doc=None, first=None, roles=list(s.roles), docs=1
                )
                continue
            total.count += s.count
            total.docs += 1
            total.roles.extend(r for r in s.roles if r not in total.roles)

    def summaries(self) -> list[EntitySummary]:
        """Most mentioned first; ties in order of first appearance."""
        return sorted(self._entities.values(), key=lambda s: -s.count)

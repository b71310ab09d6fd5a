"""Entities instead of mentions: one record per entity per document, or over a whole input.

An entity's canonical form and its detail (a person's name, a country, a date...) come from its
type in the extractor registry. Over a whole input (``Corpus``), entity ids that name one person
or organisation are joined (``linking``). Memory: per-document summaries hold one document;
``Corpus`` holds one record per distinct entity of the input, which grows with the vocabulary of
the corpus, not with its size.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields, replace
from typing import Any

from . import extractors
from .linking import Evidence, joined
from .records import EntitySummary, Mention

SUMMARY_FIELDS = frozenset(f.name for f in fields(EntitySummary))


def summarize(mentions: Iterable[Mention]) -> list[EntitySummary]:
    """One summary per entity of one document's mentions, in order of first mention."""
    summaries: dict[str, EntitySummary] = {}
    for m in mentions:
        key = extractors.entity_of(m)
        summary = summaries.get(key)
        if summary is None:
            summaries[key] = summary = EntitySummary(
                doc=m.doc,
                entity=key,
                type=m.type,
                normal=extractors.canonical(key, m),
                count=0,
                roles=[],
                first=m.start,
                **detail(m),
            )
        summary.count += 1
        if m.role and m.role not in summary.roles:
            summary.roles.append(m.role)
        name = m.normal or m.text
        if name != summary.normal and name not in summary.aliases:
            summary.aliases.append(name)
    return list(summaries.values())


def detail(mention: Mention) -> dict[str, Any]:
    """The mention's detail field (its registered type's), when entity records carry it."""
    kind = extractors.entity_type(mention.type)
    name = kind.detail if kind else None
    return {name: getattr(mention, name)} if name in SUMMARY_FIELDS else {}


class Corpus:
    """Summaries merged over many documents (``--unique --across``), the ids that name one
    person or organisation joined."""

    def __init__(self) -> None:
        self._entities: dict[str, EntitySummary] = {}
        self.evidence = Evidence()

    def add(self, summaries: Iterable[EntitySummary]) -> None:
        for s in summaries:
            self.evidence.add(s.type, s.entity, s.name, s.aliases)
            total = self._entities.get(s.entity)
            if total is None:
                self._entities[s.entity] = replace(
                    s, doc=None, first=None, roles=list(s.roles), docs=1, aliases=list(s.aliases)
                )
            else:
                _merge(total, s)

    def summaries(self) -> list[EntitySummary]:
        """Most mentioned first; ties in order of first appearance."""
        links = self.evidence.links()
        merged: dict[str, EntitySummary] = {}
        for entity, summary in self._entities.items():
            target = joined(entity, links)
            if target == entity:
                merged.setdefault(entity, replace(summary, roles=list(summary.roles)))
        for entity, summary in self._entities.items():
            target = joined(entity, links)
            if target != entity:
                _merge(merged[target], summary, also=[summary.normal])
        return sorted(merged.values(), key=lambda s: -s.count)


def _merge(total: EntitySummary, other: EntitySummary, also: Iterable[str | None] = ()) -> None:
    """Add other's counts, documents, roles and names to total (in place)."""
    total.count += other.count
    total.docs += other.docs
    total.roles.extend(r for r in other.roles if r not in total.roles)
    for name in (*also, *other.aliases):
        if name and name != total.normal and name not in total.aliases:
            total.aliases.append(name)

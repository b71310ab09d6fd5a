"""Entities instead of mentions: one record per entity per document, or over a whole input.

Memory: per-document summaries hold one document; ``Corpus`` holds one record per distinct
entity of the input, which grows with the vocabulary of the corpus, not with its size.
"""

from __future__ import annotations

from collections.abc import Iterable

from .records import EntitySummary, Mention


def summarize(mentions: Iterable[Mention]) -> list[EntitySummary]:
    """One summary per entity of one document's mentions, in order of first mention."""
    summaries: dict[str, EntitySummary] = {}
    for m in mentions:
        key = m.entity or f"{m.type}:{m.normal or m.text}"
        summary = summaries.get(key)
        if summary is None:
            summaries[key] = EntitySummary(
                doc=m.doc,
                entity=key,
                type=m.type,
                normal=_canonical(key, m),
                count=1,
                roles=[m.role] if m.role else [],
                first=m.start,
                name=m.name,
                country=m.country,
                date=m.date,
            )
            continue
        summary.count += 1
        if m.role and m.role not in summary.roles:
            summary.roles.append(m.role)
    return list(summaries.values())


def _canonical(entity: str, mention: Mention) -> str | None:
    if mention.type == "COUNTRY" and mention.country:
        return mention.country.name
    if mention.type == "DATE":
        return mention.normal
    return entity.split(":", 1)[1]


class Corpus:
    """Summaries merged over many documents (``--unique --across``)."""

    def __init__(self) -> None:
        self._entities: dict[str, EntitySummary] = {}

    def add(self, summaries: Iterable[EntitySummary]) -> None:
        for s in summaries:
            total = self._entities.get(s.entity)
            if total is None:
                self._entities[s.entity] = EntitySummary(
                    None,
                    s.entity,
                    s.type,
                    s.normal,
                    s.count,
                    list(s.roles),
                    None,
                    s.name,
                    s.country,
                    s.date,
                    1,
                )
                continue
            total.count += s.count
            total.docs += 1
            total.roles.extend(r for r in s.roles if r not in total.roles)

    def summaries(self) -> list[EntitySummary]:
        """Most mentioned first; ties in order of first appearance."""
        return sorted(self._entities.values(), key=lambda s: -s.count)

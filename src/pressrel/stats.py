"""Corpus statistics: entities and co-occurrences counted over many analyses, in one pass.

A ``Tally`` holds one count per distinct (period, entity) and per distinct pair: memory grows
with the corpus's vocabulary, not with its documents. Tallies are mergeable: ``merge`` adds
two, in any order, with the same result, so partial tallies of a corpus's parts (worker
processes, Dask partitions) combine into the tally of the whole. ``entity_records`` and
``pair_records`` then rank them, with the ids that name one person or organisation over the
whole input joined (``linking``: the evidence for it is merged with the counts).

A document's date is its own (``Analysis.date``: the date line, else the first full date of its
head); with ``by`` (year, month or day) counts are kept per period of that date, and documents
without one are counted in a ``None`` period, never dropped.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import combinations

from . import extractors
from .linking import Evidence, joined
from .records import Analysis, EntityStat, PairStat

PERIODS = {"year": 4, "month": 7, "day": 10}  # the length of the ISO prefix of each


@dataclass
class _Count:
    type: str
    normal: str | None
    mentions: int = 0
    docs: int = 0
    first_date: str | None = None
    last_date: str | None = None

    def add(self, other: _Count) -> None:
        self.mentions += other.mentions
        self.docs += other.docs
        self.first_date = _earliest(self.first_date, other.first_date)
        self.last_date = _latest(self.last_date, other.last_date)


@dataclass
class Tally:
    """Entity and pair counts of some documents; ``merge`` combines two tallies."""

    by: str | None = None  # None, "year", "month" or "day"
    pairs: str | None = None  # None, "document" or "sentence"
    entities: dict[tuple[str | None, str], _Count] = field(default_factory=dict)
    together: dict[tuple[str, str], list[int]] = field(default_factory=dict)  # [count, docs]
    documents: int = 0
    evidence: Evidence = field(default_factory=Evidence)  # which ids name one entity

    def add(self, analysis: Analysis) -> None:
        """Count one document's mentions."""
        self.documents += 1
        self.evidence.add_mentions(analysis.mentions)
        date = analysis.date
        period = date[: PERIODS[self.by]] if self.by and date else None
        for entity, count in _document_counts(analysis).items():
            key = (period, entity)
            total = self.entities.get(key)
            if total is None:
                self.entities[key] = _Count(count.type, count.normal)
                total = self.entities[key]
            total.add(_Count(count.type, count.normal, count.mentions, 1, date, date))
        if self.pairs:
            self._add_pairs(analysis)

    def _add_pairs(self, analysis: Analysis) -> None:
        units: dict[int, set[str]] = {}
        for m in analysis.mentions:
            if m.entity:
                units.setdefault(m.sentence if self.pairs == "sentence" else 0, set()).add(m.entity)
        in_document: dict[tuple[str, str], int] = {}
        for entities in units.values():
            for pair in combinations(sorted(entities), 2):
                in_document[pair] = in_document.get(pair, 0) + 1
        for pair, count in in_document.items():
            total = self.together.setdefault(pair, [0, 0])
            total[0] += count
            total[1] += 1

    def merge(self, other: Tally) -> Tally:
        """The tally of both tallies' documents (neither is changed)."""
        merged = Tally(self.by, self.pairs)
        merged.update(self)
        merged.update(other)
        return merged

    def update(self, other: Tally) -> None:
        """Add other's documents to this tally (in place: linear in other's size)."""
        if (self.by, self.pairs) != (other.by, other.pairs):
            raise ValueError("tallies of different kinds cannot be merged")
        self.documents += other.documents
        for key, count in other.entities.items():
            total = self.entities.setdefault(key, _Count(count.type, count.normal))
            total.add(count)
        for pair, (count, docs) in other.together.items():
            total = self.together.setdefault(pair, [0, 0])
            total[0] += count
            total[1] += docs
        self.evidence.update(other.evidence)

    def linked(self) -> Tally:
        """This tally with the ids that name one person or organisation over the whole input
        joined (``linking``): their counts added, pairs of one entity with itself dropped."""
        links = self.evidence.links()
        if not links:
            return self
        normals = {entity: count.normal for (_, entity), count in self.entities.items()}
        result = Tally(self.by, self.pairs, documents=self.documents, evidence=self.evidence)
        for (period, entity), count in self.entities.items():
            target = joined(entity, links)
            total = result.entities.setdefault(
                (period, target), _Count(count.type, normals.get(target, count.normal))
            )
            total.add(count)
        for (a, b), (count, docs) in self.together.items():
            a, b = joined(a, links), joined(b, links)
            if a != b:
                total = result.together.setdefault((min(a, b), max(a, b)), [0, 0])
                total[0] += count
                total[1] += docs
        return result


def tally(analyses: Iterable[Analysis], by: str | None = None, pairs: str | None = None) -> Tally:
    """The tally of analyses (one pass)."""
    result = Tally(by, pairs)
    for analysis in analyses:
        result.add(analysis)
    return result


def entity_records(
    counts: Tally, top: int | None = None, by_docs: bool = False
) -> Iterator[EntityStat]:
    """The entities, per type (and period), most mentioned (or in most documents) first, ties
    by entity id; at most top of each."""
    counts = counts.linked()
    groups: dict[tuple[str | None, str], list[tuple[str, _Count]]] = {}
    for (period, entity), count in counts.entities.items():
        groups.setdefault((period, count.type), []).append((entity, count))
    order = {kind: i for i, kind in enumerate(extractors.type_names())}
    for (period, _), members in sorted(groups.items(), key=lambda g: _group_order(*g[0], order)):
        members.sort(key=lambda item: (*_rank(item[1], by_docs), item[0]))
        for entity, count in members[:top]:
            yield EntityStat(
                count.type,
                entity,
                count.normal,
                count.mentions,
                count.docs,
                count.first_date,
                count.last_date,
                period,
            )


def pair_records(counts: Tally, min_count: int = 1, top: int | None = None) -> Iterator[PairStat]:
    """The pairs seen at least min_count times, most frequent first, ties by ids."""
    counts = counts.linked()
    kept = [(pair, c) for pair, c in counts.together.items() if c[0] >= min_count]
    kept.sort(key=lambda item: (-item[1][0], -item[1][1], item[0]))
    for (a, b), (count, docs) in kept[:top]:
        yield PairStat(a, b, count, docs, counts.pairs or "document")


def _document_counts(analysis: Analysis) -> dict[str, _Count]:
    counts: dict[str, _Count] = {}
    for m in analysis.mentions:
        entity = extractors.entity_of(m)
        count = counts.get(entity)
        if count is None:
            counts[entity] = count = _Count(m.type, extractors.canonical(entity, m))
        count.mentions += 1
    return counts


def _rank(count: _Count, by_docs: bool) -> tuple[int, int]:
    """Sort key, best first."""
    return (-count.docs, -count.mentions) if by_docs else (-count.mentions, -count.docs)


def _group_order(period: str | None, kind: str, order: dict[str, int]) -> tuple:
    """Periods in order, undated last; within one, types in the registry's order."""
    return (period is None, period or "", order.get(kind, len(order)), kind)


def _earliest(a: str | None, b: str | None) -> str | None:
    return min(a, b) if a and b else a or b


def _latest(a: str | None, b: str | None) -> str | None:
    return max(a, b) if a and b else a or b

"""Scoring against gold: spans (exact and overlap), razdel tokens, and persons.

Pure functions over plain dicts, standard library only (and ``lang.fold``, pressrel's one
comparison key of text), so the scorer never depends on the pipeline it judges. Predictions are pressrel mentions as ``Mention.to_dict()`` gives them; the
scorer reads only the keys it needs and tolerates the ones that do not exist yet (``entity``).

- :func:`score_spans`: per type, exact-span and overlap P/R/F1, counts summed over documents.
- :func:`score_tokens`: per type, token-level P/R/F1 as natasha's naeval scores factRuEval.
- :func:`score_persons`: name accuracy and within-document resolution (B-cubed) against
  factRuEval's persons, as ``dev-persons.md`` ("How it is scored") defines them.

Size: three scorers that share their matching and tallying helpers; each is short, and one
file keeps the scoring definitions side by side for review.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .lang.fold import fold

__all__ = [
    "BCubed",
    "NameScores",
    "PersonScores",
    "Scores",
    "Share",
    "SpanScores",
    "fold_name",
    "score_persons",
    "score_spans",
    "score_tokens",
]

PARTS = ("first", "middle", "last")


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else 0.0


def _f1(precision: float, recall: float) -> float:
    return _ratio(2 * precision * recall, precision + recall)


@dataclass(frozen=True)
class Scores:
    """Counts of one type and the figures derived from them (0.0 where undefined)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass(frozen=True)
class SpanScores:
    exact: Scores
    overlap: Scores

    def to_dict(self) -> dict[str, Any]:
        return {"exact": self.exact.to_dict(), "overlap": self.overlap.to_dict()}


@dataclass(frozen=True)
class Share:
    """correct out of total (an accuracy); value 0.0 when total is 0."""

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return _ratio(self.correct, self.total)

    def to_dict(self) -> dict[str, Any]:
        return {"correct": self.correct, "total": self.total, "value": self.value}


@dataclass(frozen=True)
class NameScores:
    """Per-part accuracy over matched mentions; ``all`` wants every checked part right."""

    first: Share
    middle: Share
    last: Share
    all: Share

    def to_dict(self) -> dict[str, Any]:
        return {part: getattr(self, part).to_dict() for part in (*PARTS, "all")}


@dataclass(frozen=True)
class BCubed:
    precision: float
    recall: float
    mentions: int

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "mentions": self.mentions,
        }


@dataclass(frozen=True)
class PersonScores:
    gold_mentions: int  # mentions of the gold persons
    predicted: int  # predicted PER mentions in the gold documents
    matched: int  # predicted PER mentions whose offsets equal a gold mention
    names: NameScores  # the full gold name, on every matched mention
    names_surname_only: NameScores  # the same, on matched surname-only mentions
    written: NameScores  # only the parts the mention spells out in full
    written_surname_only: NameScores
    normal: Share  # `normal` equals the gold "First Middle Last"
    bcubed: BCubed  # the predicted `entity` grouping, per document
    singletons: BCubed  # reference: every mention alone
    merges: int  # predicted entities that merge two or more gold persons
    merged: list[dict[str, Any]] = field(default_factory=list)  # what each merge joined
    has_entity: bool = False  # whether the predictions carry an `entity` key at all

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in self.__dict__.items():
            out[key] = value.to_dict() if hasattr(value, "to_dict") else value
        return out


# --- spans -----------------------------------------------------------------------------------


def _key(item: Mapping[str, Any]) -> tuple[Any, str]:
    return item.get("doc"), item["type"]


def _group(items: Iterable[Mapping[str, Any]], types: set[str]) -> dict[tuple, list]:
    groups: dict[tuple, list[tuple[int, int]]] = defaultdict(list)
    for item in items:
        if item["type"] in types:
            groups[_key(item)].append((item["start"], item["stop"]))
    return groups


def _overlap_matches(gold: list[tuple[int, int]], predicted: list[tuple[int, int]]) -> int:
    """One-to-one matches, greedy by largest overlap (ties: the tighter pair, then leftmost)."""
    pairs = []
    for g, (gs, ge) in enumerate(gold):
        for p, (ps, pe) in enumerate(predicted):
            overlap = min(ge, pe) - max(gs, ps)
            if overlap > 0:
                pairs.append((-overlap, max(ge, pe) - min(gs, ps), gs, ps, g, p))
    pairs.sort()
    used_gold, used_predicted = set(), set()
    for *_, g, p in pairs:
        if g not in used_gold and p not in used_predicted:
            used_gold.add(g)
            used_predicted.add(p)
    return len(used_gold)


def score_spans(
    gold: Iterable[Mapping[str, Any]],
    predicted: Iterable[Mapping[str, Any]],
    types: Iterable[str],
) -> dict[str, SpanScores]:
    """Exact-span and overlap P/R/F1 per type, counts summed over documents.

    Items are dicts with ``doc``, ``type``, ``start``, ``stop``; other keys are ignored. Each
    type is scored on its own, so nested spans of different types do not interfere. Exact: a
    prediction counts when a gold span of the same type has the same offsets (as multisets).
    Overlap: a prediction counts when it shares at least one character with a gold span of the
    same type; each gold span and each prediction is used once, greedily by largest overlap.
    """
    types = list(dict.fromkeys(types))
    gold_groups = _group(gold, set(types))
    predicted_groups = _group(predicted, set(types))
    counts = {kind: [0, 0, 0, 0] for kind in types}  # exact tp, overlap tp, gold, predicted
    for key in gold_groups.keys() | predicted_groups.keys():
        g, p = gold_groups.get(key, []), predicted_groups.get(key, [])
        row = counts[key[1]]
        row[0] += sum((Counter(g) & Counter(p)).values())
        row[1] += _overlap_matches(g, p)
        row[2] += len(g)
        row[3] += len(p)
    return {
        kind: SpanScores(
            exact=Scores(exact, n_predicted - exact, n_gold - exact),
            overlap=Scores(overlap, n_predicted - overlap, n_gold - overlap),
        )
        for kind, (exact, overlap, n_gold, n_predicted) in counts.items()
    }


def _covered(starts: list[int], stops: list[int], spans: Iterable[tuple[int, int]]) -> set[int]:
    """Indices of the (sorted, disjoint) tokens that share a character with any span."""
    covered: set[int] = set()
    for start, stop in spans:
        covered.update(range(bisect_right(stops, start), bisect_left(starts, stop)))
    return covered


def score_tokens(
    tokens: Mapping[Any, Sequence[Sequence[int]]],
    gold: Iterable[Mapping[str, Any]],
    predicted: Iterable[Mapping[str, Any]],
    types: Iterable[str],
) -> dict[str, Scores]:
    """Token-level P/R/F1 per type, as naeval scores factRuEval (counts summed over documents).

    ``tokens`` maps a document id to its sorted ``[start, stop]`` tokens (razdel's). A token
    is inside a type when it shares a character with a span of that type; then tp counts the
    tokens inside in both gold and prediction, fp those inside only in the prediction, fn
    those inside only in gold. Spans of documents without tokens are ignored.
    """
    types = list(dict.fromkeys(types))
    gold_groups = _group(gold, set(types))
    predicted_groups = _group(predicted, set(types))
    counts = {kind: [0, 0, 0] for kind in types}
    for doc, doc_tokens in tokens.items():
        starts = [token[0] for token in doc_tokens]
        stops = [token[1] for token in doc_tokens]
        for kind in types:
            g = _covered(starts, stops, gold_groups.get((doc, kind), []))
            p = _covered(starts, stops, predicted_groups.get((doc, kind), []))
            row = counts[kind]
            row[0] += len(g & p)
            row[1] += len(p - g)
            row[2] += len(g - p)
    return {kind: Scores(*row) for kind, row in counts.items()}


# --- persons ---------------------------------------------------------------------------------

_NAME_SPACES = str.maketrans({"-": " ", ".": " "})  # after fold(): its hyphens are ASCII


def fold_name(value: str | None) -> str | None:
    """The form names are compared in: casefolded, ё as е, hyphens and dots as spaces.

    ``None`` and blank values fold to ``None``.
    """
    if value is None:
        return None
    folded = " ".join(fold(value).translate(_NAME_SPACES).split())
    return folded or None


def _accepted(person: Mapping[str, Any], part: str) -> set[str | None]:
    """The folded values a prediction of this part may have: the gold value and its alts."""
    value = person.get(part)
    if value is None:
        return {None}
    alts = (person.get("alt") or {}).get(part) or []
    return {fold_name(value), *(fold_name(alt) for alt in alts)}


def _is_initial(value: str) -> bool:
    """``Н``, ``Н.``, ``А. С.``: every word a single letter."""
    words = value.replace(".", " ").split()
    return bool(words) and all(len(word) == 1 for word in words)


def _written_parts(mention_parts: Mapping[str, str]) -> list[str]:
    """The name parts a mention spells out in full (no initials, no nicknames)."""
    return [
        part for part in PARTS if mention_parts.get(part) and not _is_initial(mention_parts[part])
    ]


class _NameTally:
    def __init__(self) -> None:
        self.correct: Counter[str] = Counter()
        self.total: Counter[str] = Counter()

    def add(self, checks: Mapping[str, bool]) -> None:
        if not checks:
            return
        for part, ok in checks.items():
            self.total[part] += 1
            self.correct[part] += ok
        self.total["all"] += 1
        self.correct["all"] += all(checks.values())

    def scores(self) -> NameScores:
        return NameScores(
            *(Share(self.correct[part], self.total[part]) for part in (*PARTS, "all"))
        )


def _normal_ok(person: Mapping[str, Any], normal: str | None) -> bool:
    options = [_accepted(person, part) - {None} for part in PARTS if person.get(part)]
    wanted = {" ".join(combination) for combination in itertools.product(*options)}
    return fold_name(normal) in wanted


def _entity_key(value: Any) -> Hashable:
    if isinstance(value, Mapping):
        value = value.get("id")
    return value if isinstance(value, Hashable) else repr(value)


def _bcubed(clusters: list[tuple[list[Hashable | None], list[Hashable]]]) -> BCubed:
    """B-cubed over documents: each item is (predicted cluster keys, gold cluster keys).

    A ``None`` predicted key stands alone. Figures are averaged over all mentions.
    """
    precision = recall = 0.0
    mentions = 0
    for predicted, gold in clusters:
        predicted = [key if key is not None else ("alone", i) for i, key in enumerate(predicted)]
        for p, g in zip(predicted, gold):
            same_p = {i for i, key in enumerate(predicted) if key == p}
            same_g = {i for i, key in enumerate(gold) if key == g}
            both = len(same_p & same_g)
            precision += both / len(same_p)
            recall += both / len(same_g)
            mentions += 1
    return BCubed(_ratio(precision, mentions), _ratio(recall, mentions), mentions)


def score_persons(
    gold_docs: Iterable[Mapping[str, Any]], predicted: Iterable[Mapping[str, Any]]
) -> PersonScores:
    """Names and within-document resolution of persons, as ``dev-persons.md`` scores them.

    ``gold_docs`` are the lines of ``dev-persons.jsonl`` (``id`` and ``persons``);
    ``predicted`` are mention dicts (``doc``, ``type``, ``start``, ``stop``, ``normal``,
    ``name``, ``entity``). Only PER mentions whose offsets equal a gold mention are scored.
    """
    gold_docs = list(gold_docs)
    predicted = [m for m in predicted if m.get("type", "PER") == "PER"]
    has_entity = any("entity" in m for m in predicted)

    gold_at: dict[tuple[Any, int, int], tuple[int, dict, dict]] = {}
    for doc in gold_docs:
        for index, person in enumerate(doc.get("persons") or []):
            for (start, stop), parts in zip(person["mentions"], person["mention_parts"]):
                gold_at[(doc["id"], start, stop)] = (index, person, parts)
    docs = {doc["id"] for doc in gold_docs}

    names, names_surname, written, written_surname = (_NameTally() for _ in range(4))
    normal_ok = 0
    matched: dict[Any, list[tuple[int, Hashable | None, dict]]] = defaultdict(list)
    seen: set[tuple[Any, int, int]] = set()
    n_predicted = 0
    for mention in predicted:
        if mention.get("doc") not in docs:
            continue
        n_predicted += 1
        key = (mention.get("doc"), mention["start"], mention["stop"])
        if key not in gold_at or key in seen:
            continue
        seen.add(key)
        index, person, parts = gold_at[key]
        name = mention.get("name") or {}
        guess = {part: fold_name(name.get(part)) for part in PARTS}
        checked = [part for part in PARTS if part != "middle" or person.get("middle")]
        full = {part: guess[part] in _accepted(person, part) for part in checked}
        spelled = {part: guess[part] in _accepted(person, part) for part in _written_parts(parts)}
        surname_only = set(parts) == {"last"}
        names.add(full)
        written.add(spelled)
        if surname_only:
            names_surname.add(full)
            written_surname.add(spelled)
        normal_ok += _normal_ok(person, mention.get("normal"))
        entity = mention.get("entity")
        matched[key[0]].append((index, None if entity is None else _entity_key(entity), person))

    clusters, alone = [], []
    merged = []
    for doc, items in matched.items():
        gold_keys = [index for index, _, _ in items]
        clusters.append(([entity for _, entity, _ in items], gold_keys))
        alone.append(([None] * len(items), gold_keys))
        persons_of: dict[Hashable, dict[int, dict]] = defaultdict(dict)
        for index, entity, person in items:
            if entity is not None:
                persons_of[entity][index] = person
        for entity, persons in persons_of.items():
            if len(persons) > 1:
                merged.append(
                    {
                        "doc": doc,
                        "entity": entity,
                        "persons": [
                            " ".join(p[part] for part in PARTS if p.get(part))
                            for p in persons.values()
                        ],
                    }
                )

    return PersonScores(
        gold_mentions=len(gold_at),
        predicted=n_predicted,
        matched=len(seen),
        names=names.scores(),
        names_surname_only=names_surname.scores(),
        written=written.scores(),
        written_surname_only=written_surname.scores(),
        normal=Share(normal_ok, len(seen)),
        bcubed=_bcubed(clusters),
        singletons=_bcubed(alone),
        merges=len(merged),
        merged=merged,
        has_entity=has_entity,
    )

"""Scoring spans against gold: exact-span and overlap matches, and razdel tokens.

Pure functions over plain dicts, standard library only, so the scorer never depends on the
pipeline it judges. Predictions are pressrel mentions as ``Mention.to_dict()`` gives them; the
scorer reads only ``doc``, ``type``, ``start`` and ``stop``.

- :func:`score_spans`: per type, exact-span and overlap P/R/F1, counts summed over documents.
- :func:`score_tokens`: per type, token-level P/R/F1 as natasha's naeval scores factRuEval.
- :func:`micro`: the counts of several types summed (the micro average).
- :func:`unmatched`: the gold spans and predictions a mode leaves unmatched (the errors).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["Scores", "Share", "SpanScores", "micro", "score_spans", "score_tokens", "unmatched"]


def ratio(numerator: float, denominator: float) -> float:
    """numerator / denominator, 0.0 when the denominator is 0."""
    return numerator / denominator if denominator else 0.0


def f1_score(precision: float, recall: float) -> float:
    return ratio(2 * precision * recall, precision + recall)


@dataclass(frozen=True)
class Scores:
    """Counts of one type and the figures derived from them (0.0 where undefined)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        return f1_score(self.precision, self.recall)

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
        return ratio(self.correct, self.total)

    def to_dict(self) -> dict[str, Any]:
        return {"correct": self.correct, "total": self.total, "value": self.value}


# --- spans -----------------------------------------------------------------------------------


def _key(item: Mapping[str, Any]) -> tuple[Any, str]:
    return item.get("doc"), item["type"]


def _group(items: Iterable[Mapping[str, Any]], types: set[str]) -> dict[tuple, list]:
    groups: dict[tuple, list[tuple[int, int]]] = defaultdict(list)
    for item in items:
        if item["type"] in types:
            groups[_key(item)].append((item["start"], item["stop"]))
    return groups


def _overlap_pairs(
    gold: list[tuple[int, int]], predicted: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) matches, greedy by largest overlap (ties: the
    tighter pair, then leftmost)."""
    pairs = []
    for g, (gs, ge) in enumerate(gold):
        for p, (ps, pe) in enumerate(predicted):
            overlap = min(ge, pe) - max(gs, ps)
            if overlap > 0:
                pairs.append((-overlap, max(ge, pe) - min(gs, ps), gs, ps, g, p))
    pairs.sort()
    used_gold, used_predicted, matches = set(), set(), []
    for *_, g, p in pairs:
        if g not in used_gold and p not in used_predicted:
            used_gold.add(g)
            used_predicted.add(p)
            matches.append((g, p))
    return matches


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
        row[1] += len(_overlap_pairs(g, p))
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


def micro(scores: Iterable[Scores]) -> Scores:
    """The micro average: the counts of every type summed."""
    scores = list(scores)
    return Scores(*(sum(getattr(s, count) for s in scores) for count in ("tp", "fp", "fn")))


def unmatched(
    gold: Iterable[Mapping[str, Any]],
    predicted: Iterable[Mapping[str, Any]],
    types: Iterable[str],
    mode: str,
) -> tuple[list[Mapping[str, Any]], list[Mapping[str, Any]]]:
    """The predictions (false positives) and the gold spans (false negatives) of types that
    ``mode`` ("exact" or "overlap", matched as :func:`score_spans` matches) leaves unmatched,
    in document order."""
    wanted = set(types)
    gold_items = _items(gold, wanted)
    predicted_items = _items(predicted, wanted)
    false_positives, false_negatives = [], []
    for key in sorted(gold_items.keys() | predicted_items.keys(), key=repr):
        g, p = gold_items.get(key, []), predicted_items.get(key, [])
        spans_g = [(item["start"], item["stop"]) for item in g]
        spans_p = [(item["start"], item["stop"]) for item in p]
        if mode == "exact":
            left = Counter(spans_g) & Counter(spans_p)
            matched_g, matched_p = _take(spans_g, left.copy()), _take(spans_p, left)
        else:
            pairs = _overlap_pairs(spans_g, spans_p)
            matched_g, matched_p = {g for g, _ in pairs}, {p for _, p in pairs}
        false_positives += [item for i, item in enumerate(p) if i not in matched_p]
        false_negatives += [item for i, item in enumerate(g) if i not in matched_g]
    order = _document_order(gold_items, predicted_items)
    return sorted(false_positives, key=order), sorted(false_negatives, key=order)


def _items(items: Iterable[Mapping[str, Any]], types: set[str]) -> dict[tuple, list]:
    groups: dict[tuple, list[Mapping[str, Any]]] = defaultdict(list)
    for item in items:
        if item["type"] in types:
            groups[_key(item)].append(item)
    return groups


def _take(spans: list[tuple[int, int]], matches: Counter) -> set[int]:
    """Indices of spans that the multiset of matches uses up, first come first used."""
    used = set()
    for i, span in enumerate(spans):
        if matches[span] > 0:
            matches[span] -= 1
            used.add(i)
    return used


def _document_order(*groups: dict[tuple, list]):
    """A sort key: documents in the order the groups first name them, then by offsets."""
    rank: dict[Any, int] = {}
    for group in groups:
        for doc, _ in group:
            rank.setdefault(doc, len(rank))
    return lambda item: (rank.get(item.get("doc"), len(rank)), item["start"], item["stop"])

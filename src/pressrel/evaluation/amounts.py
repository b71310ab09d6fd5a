"""The values of amounts: of the predicted MONEY and PERCENT spans that match a gold span
exactly, how many state the gold's amount (value, range ends, unit and qualifier alike).

Gold spans carry their value as ``"amount": {"value", "low", "high", "unit", "qualifier"}`` (the
fields of ``records.Amount``; ``tests/data/eval/nerel-dev-numbers.jsonl`` has NEREL dev's, written
by hand). Spans without one are not scored here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

FIELDS = ("value", "low", "high", "unit", "qualifier")


def score_amounts(
    gold_spans: Iterable[Mapping[str, Any]],
    predicted: Iterable[Mapping[str, Any]],
    types: list[str],
) -> dict[str, Any] | None:
    """Per type and over all: ``{"matched", "right", "accuracy"}`` of the exactly matched spans
    whose gold states an amount; None when no gold span does."""
    gold = {
        (g["doc"], g["start"], g["stop"], g["type"]): g["amount"]
        for g in gold_spans
        if g.get("amount") is not None and g["type"] in types
    }
    if not gold:
        return None, []
    counts = {kind: [0, 0] for kind in types}
    wrong = []
    for p in predicted:
        expected = gold.get((p["doc"], p["start"], p["stop"], p["type"]))
        if expected is None:
            continue
        right = _same(expected, p.get("amount"))
        counts[p["type"]][0] += 1
        counts[p["type"]][1] += right
        if not right:
            wrong.append({**p, "expected": expected})
    total = [sum(c[0] for c in counts.values()), sum(c[1] for c in counts.values())]
    summary = {"types": {kind: _row(*counts[kind]) for kind in types}, "micro": _row(*total)}
    return summary, wrong


def spelled(amount: Mapping[str, Any] | None) -> str:
    """An amount as ``value=25 unit=bp``: the fields that are set."""
    amount = amount or {}
    return " ".join(f"{f}={amount[f]}" for f in FIELDS if amount.get(f) is not None) or "-"


def _same(gold: Mapping[str, Any], predicted: Mapping[str, Any] | None) -> bool:
    """Whether two amounts agree in every field (numbers compared as numbers: 25 == 25.0)."""
    return predicted is not None and all(gold.get(f) == predicted.get(f) for f in FIELDS)


def _row(matched: int, right: int) -> dict[str, Any]:
    return {"matched": matched, "right": right, "accuracy": right / matched if matched else 0.0}

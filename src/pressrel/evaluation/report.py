"""One evaluation as one JSON-ready record: the figures of a gold file against predictions.

:func:`evaluate` scores what the gold's kind allows: spans (exact, overlap and token modes,
per type and micro-averaged), persons (names, resolution) or roles, and lists up to N errors
of each sort with their context. The record's keys are documented in the README ("Evaluating:
``pressrel eval``").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import extractors
from .amounts import score_amounts, spelled
from .conventions import PLAIN, Convention, flatten, retype
from .gold import Gold
from .persons import PARTS, score_persons
from .roles import score_roles
from .run import Predictions
from .scores import Scores, micro, score_spans, score_tokens, unmatched

__all__ = ["MODES", "Settings", "evaluate", "ordered_types"]

MODES = ("exact", "overlap", "token")
CONTEXT = 40  # characters of text shown each side of an error


@dataclass(frozen=True)
class Settings:
    modes: tuple[str, ...] = ("exact", "overlap")
    types: tuple[str, ...] | None = None  # None: every type of the gold
    convention: Convention = PLAIN
    errors: int = 0  # errors listed per type and sort
    notes: list[str] = field(default_factory=list)  # said on stderr, kept in the record


def ordered_types(types: Iterable[str]) -> list[str]:
    """types in pressrel's order (the extractor registry's: PER ORG LOC COUNTRY DATE...),
    others after, as given."""
    order = {kind: i for i, kind in enumerate(extractors.type_names())}
    return sorted(dict.fromkeys(types), key=lambda t: order.get(t, len(order)))


def evaluate(gold: Gold, predictions: Predictions, settings: Settings) -> dict[str, Any]:
    """The report record of gold against predictions (ValueError for a type to score that
    neither the gold nor the predictions have)."""
    report: dict[str, Any] = {
        "gold": gold.path,
        "kind": gold.kind,
        "documents": len(gold.docs),
        "predictions": predictions.to_dict(),
        "convention": settings.convention.to_dict(),
        "types": None,
        "spans": None,
        "nested_dropped": None,
        "persons": None,
        "roles": None,
        "errors": [],
        "notes": list(settings.notes),
        "amounts": None,
    }
    texts = {doc["id"]: doc["text"] for doc in gold.docs}
    if gold.kind == "spans":
        _spans(gold, predictions.mentions, settings, report, texts)
    elif gold.kind == "persons":
        scores = score_persons(gold.docs, predictions.mentions)
        report["types"] = ["PER"]
        report["persons"] = scores.to_dict()
        report["errors"] = _person_errors(scores, settings.errors, texts)
    else:
        scores = score_roles(gold.docs, predictions.mentions)
        report["types"] = ["PER"]
        report["roles"] = scores.to_dict()
        report["errors"] = _role_errors(scores.errors, settings.errors, texts)
    return report


def row(scores: Scores) -> dict[str, Any]:
    """One type's figures: the counts, P/R/F1, support (gold) and predicted."""
    return {
        **scores.to_dict(),
        "support": scores.tp + scores.fn,
        "predicted": scores.tp + scores.fp,
    }


def _spans(
    gold: Gold,
    mentions: list[dict[str, Any]],
    settings: Settings,
    report: dict[str, Any],
    texts: Mapping[str, str],
) -> None:
    convention = settings.convention
    gold_spans = retype(gold.spans(), convention.type_map)
    gold_types = list(dict.fromkeys(span["type"] for span in gold_spans))
    predicted = retype(mentions, convention.type_map)
    if convention.flat:
        predicted, report["nested_dropped"] = flatten(predicted, gold_types)
    known = set(gold_types) | {m["type"] for m in predicted}
    unknown = [t for t in settings.types or () if t not in known]
    if unknown:
        raise ValueError(
            f"type(s) {', '.join(unknown)} in neither the gold nor the predictions "
            f"(they have {', '.join(ordered_types(known))})"
        )
    types = list(settings.types or ordered_types(gold_types))
    report["types"] = types
    found: dict[str, dict[str, Scores]] = {}
    if {"exact", "overlap"} & set(settings.modes):
        spans = score_spans(gold_spans, predicted, types)
        found["exact"] = {t: spans[t].exact for t in types}
        found["overlap"] = {t: spans[t].overlap for t in types}
    if "token" in settings.modes:
        tokens, computed = gold.tokens()
        found["token"] = score_tokens(tokens, gold_spans, predicted, types)
        if computed:
            report["notes"].append(f"razdel tokens computed for {computed} documents")
    report["spans"] = {
        mode: {
            "types": {t: row(found[mode][t]) for t in types},
            "micro": row(micro(found[mode].values())),
        }
        for mode in settings.modes
    }
    report["amounts"], wrong = score_amounts(gold_spans, predicted, types)
    if settings.errors:
        mode = next((m for m in settings.modes if m != "token"), "overlap")
        report["errors"] = _span_errors(gold_spans, predicted, types, mode, settings.errors, texts)
        report["errors"] += _amount_errors(wrong, types, settings.errors, texts)


def _span_errors(gold_spans, predicted, types, mode, limit, texts) -> list[dict[str, Any]]:
    """Up to limit false positives and limit false negatives per type, by mode's matching."""
    false_positives, false_negatives = unmatched(gold_spans, predicted, types, mode)
    out = []
    for kind in types:
        for sort, items in (("FP", false_positives), ("FN", false_negatives)):
            of_type = [item for item in items if item["type"] == kind][:limit]
            out += [_error(sort, item, texts, mode=mode, kind=kind) for item in of_type]
    return out


def _amount_errors(wrong, types, limit: int, texts) -> list[dict[str, Any]]:
    """Up to limit matched spans per type whose amount is not the gold's (``VALUE``)."""
    return [
        _error(
            "VALUE", item, texts, kind=kind,
            predicted=spelled(item.get("amount")), gold=spelled(item["expected"]),
        )
        for kind in types
        for item in [item for item in wrong if item["type"] == kind][:limit]
    ]  # fmt: skip


def _person_errors(scores, limit: int, texts) -> list[dict[str, Any]]:
    """Up to limit wrong full names (``NAME``) and limit gold mentions missed (``FN``)."""
    out = []
    for item in scores.wrong_names[:limit]:
        guess, wanted = _parts(item["predicted"]), _parts(item["gold"])
        out.append(_error("NAME", item, texts, predicted=guess, gold=wanted))
    out += [_error("FN", item, texts) for item in scores.missed[:limit]]
    return out


def _parts(name: Mapping[str, Any] | None) -> str:
    """A name as ``first=Юрий last=Долгорукий``: the parts that are there."""
    name = name or {}
    return " ".join(f"{part}={name[part]}" for part in PARTS if name.get(part)) or "-"


def _role_errors(errors, limit: int, texts) -> list[dict[str, Any]]:
    """Up to limit role errors of each sort (FP, WRONG, FN), at the person mention."""
    out = []
    for sort in ("FP", "WRONG", "FN"):
        chosen = [e for e in errors if e.kind == sort][:limit]
        out += [
            _error(sort, e.to_dict(), texts, predicted=e.predicted, gold=e.gold) for e in chosen
        ]
    return out


def _error(sort: str, item: Mapping[str, Any], texts, mode=None, kind="PER", **more) -> dict:
    """An error entry: where it is, its text and CONTEXT characters each side."""
    text = texts.get(item["doc"], "")
    start, stop = item["start"], item["stop"]
    return {
        "error": sort,
        "mode": mode,
        "type": kind,
        "doc": item["doc"],
        "start": start,
        "stop": stop,
        "text": text[start:stop],
        "left": _one_line(text[max(0, start - CONTEXT) : start]),
        "right": _one_line(text[stop : stop + CONTEXT]),
        "predicted": more.get("predicted"),
        "gold": more.get("gold"),
    }


def _one_line(text: str) -> str:
    """text with each run of whitespace (line breaks too) as one space."""
    return re.sub(r"\s+", " ", text)

"""Predictions for a gold set: pressrel run on the gold texts, or read from a mention file.

Either way the predictions are mention dicts (``Mention.to_dict()``) whose ``doc`` is a gold
id, which is what the scorers read.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .conventions import Convention
from .gold import Gold, read_predictions

__all__ = ["Predictions", "options_for", "predict", "predictions_from"]


@dataclass(frozen=True)
class Predictions:
    source: str  # "pressrel" (run here) or the path of the prediction file
    mentions: list[dict[str, Any]]  # of the gold documents only
    options: dict[str, Any] | None = None  # the pipeline Options pressrel ran with
    seconds: float | None = None  # how long pressrel took
    failed: list[dict[str, str]] = field(default_factory=list)  # {"doc", "reason"}
    foreign: int = 0  # mentions of the prediction file that name no gold document

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "mentions": len(self.mentions),
            "options": self.options,
            "seconds": self.seconds,
            "failed": self.failed,
            "foreign": self.foreign,
        }


def options_for(convention: Convention) -> Any:
    """The pipeline Options a gold set of this convention is scored with: every entity type,
    country adjectives, generic organisations and organisations' countries as the convention has
    them, no quotes (they change no mention)."""
    from ..options import Options

    return Options.build(
        country_adjectives=convention.country_adjectives,
        quotes=False,
        generic_orgs=convention.generic_orgs,
        org_genitives=convention.org_genitives,
        org_inner_names=convention.org_inner_names,
        place_parts=convention.place_parts,
        facilities_apart=convention.facilities_apart,
    )


def predict(
    gold: Gold,
    options: Any,
    jobs: int = 1,
    progress: Callable[[int], None] | None = None,
) -> Predictions:
    """pressrel's mentions of the gold texts (-j jobs processes); a document pressrel fails on
    is listed in ``failed`` and has no mentions."""
    from ..records import Document, DocumentError
    from ..runner import run

    began = time.perf_counter()
    documents = [Document(doc["id"], doc["text"]) for doc in gold.docs]
    mentions, failed = [], []
    for result in run(documents, options, jobs, progress):
        if isinstance(result, DocumentError):
            failed.append({"doc": result.id, "reason": result.reason})
        else:
            mentions.extend(mention.to_dict() for mention in result.mentions)
    return Predictions(
        "pressrel", mentions, _options_dict(options), time.perf_counter() - began, failed
    )


def predictions_from(path: str, gold: Gold) -> Predictions:
    """The mentions of a prediction file that belong to gold documents (GoldError for a bad
    line)."""
    ids = set(gold.ids)
    every = read_predictions(path)
    mentions = [mention for mention in every if mention["doc"] in ids]
    return Predictions(path, mentions, foreign=len(every) - len(mentions))


def _options_dict(options: Any) -> dict[str, Any]:
    return {
        name: sorted(value) if isinstance(value, (set, frozenset)) else value
        for name, value in options.__dict__.items()
    }

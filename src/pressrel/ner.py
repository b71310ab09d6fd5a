"""Named-entity spans from natasha's slovnet NER model, batched over many texts.

This is where natasha's NER output becomes pressrel's ``RawSpan``; nothing else sees it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from . import models


@dataclass(frozen=True)
class RawSpan:
    start: int  # offsets into the text handed to ``tag``
    stop: int
    type: str  # "PER" | "ORG" | "LOC"


def tag(texts: Sequence[str]) -> list[list[RawSpan]]:
    """NER spans of every text, in input order.

    Texts are fed to the model sorted by length, so each batch pads little; the model's result
    for a text does not depend on its batch neighbours.
    """
    order = sorted((i for i, text in enumerate(texts) if text.strip()), key=lambda i: len(texts[i]))
    results: list[list[RawSpan]] = [[] for _ in texts]
    markups = models.ner_tagger().map([texts[i] for i in order])
    for index, markup in zip(order, markups):
        results[index] = [RawSpan(s.start, s.stop, s.type) for s in markup.spans]
    return results

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

    Each distinct text is tagged once (a press release repeats its title; releases of one
    source share boilerplate), fed to the model sorted by length so that each batch pads
    little; the model's result for a text does not depend on its batch neighbours.
    """
    unique = sorted({text for text in texts if text.strip()}, key=lambda text: (len(text), text))
    markups = models.ner_tagger().map(unique)
    spans = {
        text: [RawSpan(s.start, s.stop, s.type) for s in markup.spans]
        for text, markup in zip(unique, markups)
    }
    return [spans.get(text, []) for text in texts]

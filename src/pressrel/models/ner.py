"""Named-entity spans from natasha's NER model, batched over many texts.

The texts are tokenised as slovnet tokenises them (razdel), tagged by the network
(``nernet``), and the BIO tags read back into spans with the tokens' offsets. This is where
the model's output becomes pressrel's ``RawSpan``; nothing else sees it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from razdel import tokenize

from .loaders import ner_network


@dataclass(frozen=True)
class RawSpan:
    start: int  # offsets into the text handed to ``tag``
    stop: int
    type: str  # "PER" | "ORG" | "LOC"


def tag(texts: Sequence[str]) -> list[list[RawSpan]]:
    """NER spans of every text, in input order.

    Each distinct text is tagged once (a press release repeats its title; releases of one
    source share boilerplate), fed to the network sorted by length: texts of similar length
    share a batch, whose CRF loop turns once per word of its longest text. The result for a
    text does not depend on its batch neighbours.
    """
    distinct = sorted(set(texts), key=lambda text: (len(text), text))
    tokenized = [(text, words) for text in distinct if (words := list(tokenize(text)))]
    tags = ner_network().tag([[token.text for token in words] for _, words in tokenized])
    spans = {
        text: list(_bio_spans(words, tagged)) for (text, words), tagged in zip(tokenized, tags)
    }
    return [spans.get(text, []) for text in texts]


def _bio_spans(tokens: Sequence, tags: Sequence[str]) -> Iterator[RawSpan]:
    """Spans of BIO tags, read by slovnet's own reader (B starts a span, I extends the open
    one, an I with none open is dropped, O closes it)."""
    from slovnet.bio import bio_spans  # here: slovnet imports numpy, which the loaders load first

    for span in bio_spans(tokens, tags):
        yield RawSpan(span.start, span.stop, sys.intern(span.type))  # not a string a span

"""Named-entity spans from natasha's NER model, batched over many texts.

The texts are tokenised as slovnet tokenises them (razdel's tokens, computed by ``tokens``),
tagged by the network (``nernet``), and the BIO tags read back into spans with the tokens'
offsets. This is where the model's output becomes pressrel's ``RawSpan``; nothing else sees it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from .. import caches
from .loaders import ner_network
from .tokens import Token, tokenize


@dataclass(frozen=True, slots=True)  # slots: the memo holds many
class RawSpan:
    start: int  # offsets into the text handed to ``tag``
    stop: int
    type: str  # "PER" | "ORG" | "LOC"


# The spans of every paragraph tagged so far, by ``caches.text_key`` (16 bytes, not the
# paragraph): an entry is a few hundred bytes, so the memo takes the word caches' bound (50,000 paragraphs,
# about 20 MB when full), not the spans' (100,000).
_TAGGED = caches.memo(f"{__name__}.tagged", caches.WORDS)


def tag(texts: Sequence[str]) -> list[list[RawSpan]]:
    """NER spans of every text, in input order.

    Each distinct text is tokenised and tagged once per run (a press release repeats its
    title; releases of one source share boilerplate): its spans are remembered by the text's
    digest (``_TAGGED``). The new ones are fed to the network sorted by length: texts of
    similar length share a batch, whose CRF loop turns once per word of its longest text. The
    result for a text does not depend on its batch neighbours.
    """
    keys = [caches.text_key(text) for text in texts]
    known = {key: _TAGGED[key] for key in keys if key in _TAGGED}
    new = {key: text for key, text in zip(keys, texts) if key not in known}
    distinct = sorted(new.items(), key=lambda item: (len(item[1]), item[1]))
    tokenized = [(key, words) for key, text in distinct if (words := tokenize(text))]
    tags = ner_network().tag([[token[2] for token in words] for _, words in tokenized])
    found: dict[bytes, tuple[RawSpan, ...]] = dict.fromkeys(new, ())  # blank texts: none
    for (key, words), tagged in zip(tokenized, tags):
        found[key] = tuple(_bio_spans(words, tagged))
    for key, spans in found.items():
        _TAGGED.remember(key, spans)
    return [list(found[key] if key in found else known[key]) for key in keys]


def _bio_spans(tokens: Sequence[Token], tags: Sequence[str]) -> Iterator[RawSpan]:
    """Spans of BIO tags, read as slovnet's ``bio_spans`` reads them (B starts a span, I
    extends the open one whatever its type, an I with none open is dropped, O closes it)."""
    kind = None  # the open span's type
    start = stop = 0
    for (token_start, token_stop, _), tag in zip(tokens, tags):
        if tag == "O":
            if kind:
                yield RawSpan(start, stop, kind)
                kind = None
            continue
        part, _, tag_kind = tag.partition("-")
        if part == "B":
            if kind:
                yield RawSpan(start, stop, kind)
            kind = sys.intern(tag_kind) if tag_kind else None  # not a string a span
            start, stop = token_start, token_stop
        elif part == "I":
            stop = token_stop
    if kind:
        yield RawSpan(start, stop, kind)

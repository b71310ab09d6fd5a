"""Document -> Analysis: the extraction steps composed, batched over many documents.

``analyze_documents`` streams: it takes documents a batch at a time, runs the NER model over all
their sentences at once, normalises the spans (cached), and yields one ``Analysis`` per document
in input order. ``analyze(text)`` is the one-document convenience for Python users.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from . import ner, normalize, structure
from .records import Analysis, Document, DocumentError, Mention

ENTITY_TYPES = ("PER", "ORG", "LOC")
BATCH_DOCUMENTS = 32


@dataclass(frozen=True)
class Options:
    types: frozenset[str] = frozenset(ENTITY_TYPES)


def analyze(text: str, doc: str = "-", options: Options | None = None) -> Analysis:
    """The analysis of one text."""
    return next(iter(analyze_documents([Document(doc, text)], options)))  # type: ignore[return-value]


def analyze_documents(
    items: Iterable[Document | DocumentError], options: Options | None = None
) -> Iterator[Analysis | DocumentError]:
    """One Analysis per Document (errors passed through), in input order."""
    options = options or Options()
    iterator = iter(items)
    while batch := list(islice(iterator, BATCH_DOCUMENTS)):
        documents = [item for item in batch if isinstance(item, Document)]
        analyses = iter(_analyze_batch(documents, options))
        for item in batch:
            yield next(analyses) if isinstance(item, Document) else item


def _analyze_batch(documents: list[Document], options: Options) -> list[Analysis]:
    sentences = [structure.sentences(document.text) for document in documents]
    flat = [(d, i, s) for d, sents in enumerate(sentences) for i, s in enumerate(sents)]
    tagged = ner.tag([s.text for _, _, s in flat])
    found = [
        (d, i, s.start + span.start, s.start + span.stop, span.type)
        for (d, i, s), spans in zip(flat, tagged)
        for span in spans
        if span.type in options.types
    ]
    keys = [
        normalize.SpanKey(kind, documents[d].text[start:stop], _left_word(documents[d].text, start))
        for d, _, start, stop, kind in found
    ]
    analyses = [Analysis(document) for document in documents]
    for (d, i, start, stop, kind), key, normal in zip(found, keys, normalize.normalize(keys)):
        analyses[d].mentions.append(
            Mention(
                doc=documents[d].id,
                type=kind,
                text=key.text,
                normal=normal.normal,
                start=start,
                stop=stop,
                sentence=i,
                name=normal.name,
            )
        )
    return analyses


def _left_word(text: str, start: int) -> str:
    """The word just before offset start on the same line, lowercased ('' when none)."""
    head = text[max(0, start - 40) : start].rsplit("\n", 1)[-1].split()
    return head[-1].lower() if head else ""

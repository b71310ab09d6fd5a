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
    related: bool = False  # also the "Читайте также" teasers of other articles


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
    layouts = [structure.parse(document.text) for document in documents]
    units = [
        (d, unit)
        for d, layout in enumerate(layouts)
        for unit in layout.sentences
        if options.related or unit.section != "related"
    ]
    tagged = ner.tag([unit.text for _, unit in units])
    found = [
        (d, unit, unit.start + span.start, unit.start + span.stop, span.type)
        for (d, unit), spans in zip(units, tagged)
        for span in spans
        if span.type in options.types
    ]
    keys = [
        normalize.SpanKey(kind, documents[d].text[start:stop], _left_word(documents[d].text, start))
        for d, _, start, stop, kind in found
    ]
    analyses = [
        Analysis(document, layout.record(document.id))
        for document, layout in zip(documents, layouts)
    ]
    for (d, unit, start, stop, kind), key, normal in zip(found, keys, normalize.normalize(keys)):
        analyses[d].mentions.append(
            Mention(
                doc=documents[d].id,
                type=kind,
                text=key.text,
                normal=normal.normal,
                start=start,
                stop=stop,
                sentence=unit.index,
                name=normal.name,
                section=unit.section,
                related=unit.related,
            )
        )
    return analyses


def _left_word(text: str, start: int) -> str:
    """The word just before offset start on the same line, lowercased ('' when none)."""
    head = text[max(0, start - 40) : start].rsplit("\n", 1)[-1].split()
    return head[-1].lower() if head else ""

"""Document -> Analysis: the extraction steps composed, batched over many documents.

For a batch of documents: the layout of each (``structure``); the NER model over all their
sentences at once (``ner``), spans normalised with caching (``normalize``) and organisations
refined (``orgs``); then every registered extractor with a scan (``extractors``: countries,
dates...), in order, over each piece of each document, with the document's own date as their
anchor; then entity ids, names and roles (``resolve``), and direct quotes with their speakers
(``quotes``). Extractors whose types are not asked for are skipped. ``analyze(text)`` is the
one-document convenience for Python users.
"""

from __future__ import annotations

import gc
import re
import sys
import traceback
from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import islice, tee
from typing import Any

from . import dates, extractors, models, orgs, people, places, quotes, resolve, structure
from .coverage import Covered
from .extractors import Context, Extractor
from .extractors.ner import EXTRACTOR as NER
from .lang import attributive, brackets, grammar, names, normalize
from .lang.marks import OPENING
from .models import ner
from .options import Options
from .records import (
    Analysis,
    Document,
    DocumentError,
    Mention,
    OutOfMemory,
    Section,
    Structure,
    Unit,
    placed,
)
from .scope import Scope

__all__ = [
    "AnalysisError",
    "Options",
    "analyze",
    "analyze_documents",
    "collect_less",
    "warm_up",
]

BATCH_DOCUMENTS = 32
TAG_CHARS = 500_000  # text the NER model holds tokens and activations of at once
NORMAL_SPANS = 20_000  # spans normalised in one batch (with their keys, held at once)
EDGE_JUNK = "—–-,;:"
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


WARM_UP_TEXT = "18 декабря 2015 года Россия выделила 2,5 млн рублей, или 3% бюджета."


def warm_up() -> None:
    """Load every model and build every table now (before forking workers, which then share
    them), instead of on first use: each extractor scans a sentence with something of each."""
    models.load_all()
    context = Context(None, Options())
    for extractor in extractors.extractors():
        if extractor.scan is not None:
            list(extractor.scan(WARM_UP_TEXT, context))


# Python's cyclic garbage collector runs after every 700 net new objects (its first
# generation) and then walks them; an analysis makes and drops millions of small objects
# (matches, tuples, mentions) and keeps few cycles, so a run collects after every 20,000. What
# survives a first-generation collection is mostly new cache entries, which each second-
# generation collection walks again until they are old: that one runs after every 50 of the
# first (0.34 -> 0.15 s of collections over 2,000 cycled Wikinews documents, with 10 and 10,000).
COLLECT_AFTER = (20_000, 50, 10)


def collect_less() -> None:
    """For a long run (the CLI's): the collector's first generation 20,000 objects, and what
    this process holds now (models and tables once they are loaded) moved out of its reach, so
    that no collection walks them again. Results do not change; about 7% less CPU time (the
    collector's share of a run fell from 8% to 2%), and 1% less again with the second
    generation collected less often (its share 1%)."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(*COLLECT_AFTER)


class AnalysisError(RuntimeError):
    """pressrel failed on a document: a bug, reported with the document it failed on."""


def analyze(text: str, doc: str = "-", options: Options | None = None, **choices) -> Analysis:
    """The analysis of one text (AnalysisError if pressrel fails on it). Without ``options``,
    the choices build them: ``analyze(text, types="PER,ORG", related=True)``."""
    if not isinstance(text, str):
        hint = " (decode bytes first: data.decode('utf-8'))" if isinstance(text, bytes) else ""
        raise TypeError(f"analyze() takes the text as a str, not {type(text).__name__}{hint}")
    if not isinstance(doc, str):
        raise TypeError(f"analyze() takes doc as a str, not {type(doc).__name__}")
    if options is None:
        options = Options.build(**choices)
    elif choices:
        raise TypeError("give either options or choices, not both")
    (result,) = analyze_documents([Document(doc, text)], options)
    if isinstance(result, DocumentError):
        raise AnalysisError(f"{result.id}: {result.reason}\n{result.detail or ''}".rstrip())
    return result


def analyze_documents(
    items: Iterable[Document | DocumentError], options: Options | None = None
) -> Iterator[Analysis | DocumentError]:
    """One Analysis per Document (errors passed through), in input order. A document that
    pressrel fails on becomes a DocumentError ("internal error: ...", the stack in its
    ``detail``); the other documents of its batch are analysed again without it."""
    options = options or Options()
    iterator = iter(items)
    while batch := list(islice(iterator, BATCH_DOCUMENTS)):
        documents = [model_safe(item) for item in batch if isinstance(item, Document)]
        analyses = iter(_analyze_or_isolate(documents, options))
        for item in batch:
            yield next(analyses) if isinstance(item, Document) else item


def model_safe(document: Document) -> Document:
    """The document with lone surrogates (half an emoji escaped in scraped JSON: "\\ud800")
    replaced by U+FFFD, one code point for one, so offsets are unchanged. The models and
    pymorphy2 need text that can be encoded, and so does every output."""
    text = document.text
    if text.isascii():
        return document
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return replace(document, text=LONE_SURROGATE.sub("\ufffd", text))
    return document


def _analyze_or_isolate(
    documents: list[Document], options: Options
) -> list[Analysis | DocumentError]:
    """The batch's analyses; when the batch fails, each document alone, so that only the
    document that fails is lost (as a DocumentError). Memory running out on one document
    alone raises OutOfMemory: the run cannot be trusted to go on."""
    try:
        return list(_analyze_batch(documents, options))
    except MemoryError:  # the batch may have been too much; one document alone is the end
        if len(documents) == 1:
            raise OutOfMemory(documents[0].id) from None
    except Exception:  # noqa: BLE001 - any bug: find its document, keep the others
        if len(documents) == 1:
            return [internal_error(documents[0])]
    return [item for document in documents for item in _analyze_or_isolate([document], options)]


def internal_error(document: Document) -> DocumentError:
    error = sys.exc_info()[1]
    reason = f"internal error: {type(error).__name__}: {error}"
    return DocumentError(document.id, reason, traceback.format_exc())


def _analyze_batch(documents: list[Document], options: Options) -> list[Analysis]:
    read = [_read(document, options.related) for document in documents]
    scopes, records, anchors = ([r[i] for r in read] for i in range(3))
    scanners = [e for e in extractors.running(options.types) if e.scan is not None]
    if options.types & NER.needed_for:
        found = _ner_mentions(documents, scopes)
        found = [
            orgs.refine(
                d,
                ms,
                s.sentence_at if options.generic_orgs else None,
                options.org_genitives,
                sentences=s.sentence_at,
                inner_names=options.org_inner_names,
            )
            for d, ms, s in zip(documents, found, scopes)
        ]
        found = [
            people.repeated(
                d.text,
                people.named_after(d, people.places_named_after(d, ms), s.sentence_at),
                s.sentence_at,
            )
            for d, ms, s in zip(documents, found, scopes)
        ]
        if options.facilities_apart:
            found = [places.without_facilities(d.text, ms) for d, ms in zip(documents, found)]
        if options.place_parts:
            found = [
                places.parts_of_places(d, ms, s.sentence_at)
                for d, ms, s in zip(documents, found, scopes)
            ]
    else:
        found = [[] for _ in documents]
    analyses = []
    for i, (document, scope, record, anchor) in enumerate(zip(documents, scopes, records, anchors)):
        context = Context(anchor, options, text=document.text)
        # no list of the unresolved mentions is kept here: resolve lets them go as it goes
        resolved = resolve.resolve(
            _found(document, scope, found, i, scanners, context), document.text
        )
        found_quotes = _quotes(document, record, resolved, options) if options.quotes else []
        kept = [m for m in resolved if m.type in options.types]
        own_date = anchor.isoformat() if anchor else None
        analyses.append(Analysis(document, record, kept, found_quotes, own_date))
    return analyses


def _found(
    document: Document,
    scope: Scope,
    found: list[list[Mention]],
    i: int,
    scanners: list[Extractor],
    context: Context,
) -> list[Mention]:
    """The document's mentions, sorted: NER's (taken out of found) and each scanner's."""
    mentions, found[i] = found[i], []
    for extractor in scanners:
        mentions = _extract(extractor, document, scope, mentions, context)
    mentions.sort(key=lambda m: (m.start, -m.stop, m.type))
    return mentions


def _read(document: Document, related: bool) -> tuple[Scope, Structure, Any]:
    """What the steps read of a document's layout: its scope, its record and its own date.
    The layout itself (paragraphs and sentences with their texts) goes at once."""
    layout = structure.parse(document.text)
    anchor = layout.date or dates.anchor_date(document.text)  # the document's own date
    return Scope.of(layout, related), layout.record(document.id), anchor


def _quotes(document: Document, record: Structure, resolved: list[Mention], options: Options):
    """The document's quotes; speakers are read from the resolved mentions' entity ids."""
    return [
        q
        for q in quotes.find_quotes(document.text, resolved, document.id)
        if options.related or not _in_related(q.start, record.sections)
    ]


def _in_related(offset: int, sections: list[Section]) -> bool:
    return any(s.kind == "related" and s.start <= offset < s.stop for s in sections)


# NER: PER, ORG, LOC


def _ner_mentions(documents: list[Document], scopes: list[Scope]) -> list[list[Mention]]:
    """NER mentions of every document. The model reads whole paragraphs (``scope``), those of
    the batch together, TAG_CHARS of text at a time (a huge document's tokens never all at
    once); the spans are normalised and made mentions NORMAL_SPANS or so at a time, whole
    pieces (a huge document's spans and their keys never all at once)."""
    flat, tagged = tee((d, p) for d, scope in enumerate(scopes) for p in scope.pieces)
    mentions: list[list[Mention]] = [[] for _ in documents]
    spans: list[tuple[int, Unit, int, int, str]] = []  # the pieces' texts are cut as tagged
    unit, unit_doc = None, -1  # the last span's sentence: a sentence's spans share one Unit
    for (d, paragraph), paragraph_spans in zip(flat, _tag(tagged)):
        for span in names.joined(paragraph.text, paragraph_spans):
            start, stop = _trim(
                documents[d].text, paragraph.start + span.start, paragraph.start + span.stop
            )
            unit = _sentence(scopes[d], start, unit if d == unit_doc else None)
            unit_doc = d
            if unit is not None and start < stop:
                pieces = _pieces(documents[d].text, start, stop, span.type)
                spans += [(d, unit, a, b, span.type) for a, b in pieces]
        if len(spans) >= NORMAL_SPANS:
            _add_mentions(documents, spans, mentions)
            spans = []
    _add_mentions(documents, spans, mentions)
    return mentions


def _sentence(scope: Scope, start: int, last: Unit | None) -> Unit | None:
    """The sentence at offset start: last itself when it is that sentence (the mentions of a
    sentence then share one Unit, and one int for their sentence number)."""
    if last is not None and last.start <= start < last.stop:
        return last
    return scope.sentence_at(start)


def _add_mentions(
    documents: list[Document],
    spans: list[tuple[int, Unit, int, int, str]],
    mentions: list[list[Mention]],
) -> None:
    """Add the mentions of spans (document, sentence, start, stop, type), normalised in one
    batch, to their documents' lists."""
    keys = [
        normalize.span_key(kind, documents[d].text, start, stop)
        for d, _, start, stop, kind in spans
    ]
    for (d, unit, start, stop, kind), normal in zip(spans, normalize.normalize(keys)):
        mentions[d].append(
            _mention(documents[d], unit, start, stop, kind, normal=normal.normal, name=normal.name)
        )


def _tag(flat: Iterable[tuple[int, structure.Paragraph]]) -> Iterator[list[ner.RawSpan]]:
    """NER spans of each piece, tagged in groups of about TAG_CHARS characters (a piece's
    spans do not depend on the other pieces of its group)."""
    group: list[str] = []
    size = 0
    for _, piece in flat:
        group.append(piece.text)
        size += len(piece.text)
        if size >= TAG_CHARS:
            yield from ner.tag(group)
            group, size = [], 0
    if group:
        yield from ner.tag(group)


def _pieces(text: str, start: int, stop: int, kind: str) -> list[tuple[int, int]]:
    """The mentions an NER span makes: itself, except a PER span, which is cut at round
    brackets ("Франсис Коне (Francis Koné)": two names), loses a common word opening a sentence
    and splits two surnames (``names.name_pieces``), and makes none when it is an adjective of
    the word after it ("Дезинфляционным фактором"); none of one unquoted word no name reads as
    ("Вслед за Москвой", ``grammar.is_no_name``)."""
    word = text[start:stop]
    quoted = start > 0 and text[start - 1] in OPENING
    if not quoted and word.isalpha() and grammar.is_no_name(word):
        return []
    if kind != "PER":
        return [(start, stop)]
    if attributive.is_attributive(text, start, stop):
        return []
    return [p for a, b in brackets.pieces(text, start, stop) for p in names.name_pieces(text, a, b)]


def _trim(text: str, start: int, stop: int) -> tuple[int, int]:
    """A span without the spaces, dashes and commas NER sometimes takes at its edges."""
    while start < stop and (text[start].isspace() or text[start] in EDGE_JUNK):
        start += 1
    while stop > start and (text[stop - 1].isspace() or text[stop - 1] in EDGE_JUNK):
        stop -= 1
    return start, stop


def _mention(
    document: Document, unit: Unit, start: int, stop: int, kind: str, **details: Any
) -> Mention:
    """A mention of text[start:stop] in sentence unit; details fill the type's fields."""
    return Mention(
        doc=document.id,
        type=kind,
        text=sys.intern(document.text[start:stop]),  # a name said again is one string
        normal=details.pop("normal", None),
        start=start,
        stop=stop,
        **placed(unit),
        **details,
    )


# The registered extractors


def _extract(
    extractor: Extractor,
    document: Document,
    scope: Scope,
    mentions: list[Mention],
    context: Context,
) -> list[Mention]:
    """The mentions found so far (re-read by the extractor's ``retype``), then what its scan
    finds in each piece of the document, except spans over a mention of a type it yields to."""
    if extractor.retype is not None:
        mentions = [extractor.retype(m, context) for m in mentions]
    kinds = extractor.yields_to
    taken = Covered((m.start, m.stop) for m in mentions if m.type in kinds) if kinds else None
    added = []
    unit = None  # the last find's sentence: the finds of a sentence share one Unit
    for piece in scope.pieces:
        read = context if piece.unit is None else replace(context, unit=piece.unit)
        for found in extractor.scan(piece.text, read):
            start, stop = piece.start + found.start, piece.start + found.stop
            unit = _sentence(scope, start, unit)
            if unit is None or (taken is not None and taken.overlaps(start, stop)):
                continue
            added.append(
                _mention(
                    document, unit, start, stop, found.type, normal=found.normal, **found.details
                )
            )
    return mentions + added

"""Document -> Analysis: the extraction steps composed, batched over many documents.

For a batch of documents: the layout of each (``structure``); the NER model over all their
sentences at once (``ner``), spans normalised with caching (``normalize``); locations that name
countries retyped and the country gazetteer's other finds added (``countries``); dates
(``dates``, anchored on the document's own date); then entity ids, names and roles
(``resolve``), and direct quotes with their speakers (``quotes``). ``analyze(text)`` is the one-document convenience for Python users.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import islice

from . import countries, dates, ner, normalize, quotes, resolve, structure
from .records import Analysis, Document, DocumentError, Mention, Unit

ENTITY_TYPES = ("PER", "ORG", "LOC", "COUNTRY", "DATE")
NER_TYPES = {"PER", "ORG", "LOC", "COUNTRY"}  # COUNTRY starts from NER's LOC spans
BATCH_DOCUMENTS = 32


@dataclass(frozen=True)
class Options:
    types: frozenset[str] = frozenset(ENTITY_TYPES)
    related: bool = False  # also the "Читайте также" teasers of other articles
    country_adjectives: bool = True  # "российских" as a COUNTRY mention (NEREL's convention)


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
        [u for u in layout.sentences if options.related or u.section != "related"]
        for layout in layouts
    ]
    found = (
        _ner_mentions(documents, units) if options.types & NER_TYPES else [[] for _ in documents]
    )
    analyses = []
    for document, layout, doc_units, mentions in zip(documents, layouts, units, found):
        mentions = _with_countries(document, doc_units, mentions, options)
        if "DATE" in options.types:
            anchor = layout.date or dates.anchor_date(document.text)
            mentions += _date_mentions(document, doc_units, anchor)
        mentions.sort(key=lambda m: (m.start, -m.stop, m.type))
        mentions = resolve.resolve(mentions, document.text)
        found_quotes = [
            q
            for q in quotes.find_quotes(document.text, mentions, document.id)
            if options.related or not _in_related(q.start, layout)
        ]
        kept = [m for m in mentions if m.type in options.types]
        analyses.append(Analysis(document, layout.record(document.id), kept, found_quotes))
    return analyses


def _in_related(offset: int, layout: structure.Layout) -> bool:
    return any(s.kind == "related" and s.start <= offset < s.stop for s in layout.sections)


# NER: PER, ORG, LOC


def _ner_mentions(documents: list[Document], units: list[list[Unit]]) -> list[list[Mention]]:
    """NER mentions of every document, the model run over all sentences of the batch at once."""
    flat = [(d, unit) for d, doc_units in enumerate(units) for unit in doc_units]
    tagged = ner.tag([unit.text for _, unit in flat])
    spans = [
        (d, unit, unit.start + span.start, unit.start + span.stop, span.type)
        for (d, unit), unit_spans in zip(flat, tagged)
        for span in unit_spans
    ]
    keys = [
        normalize.SpanKey(kind, documents[d].text[start:stop], _left_word(documents[d].text, start))
        for d, _, start, stop, kind in spans
    ]
    mentions: list[list[Mention]] = [[] for _ in documents]
    for (d, unit, start, stop, kind), normal in zip(spans, normalize.normalize(keys)):
        mention = _mention(documents[d], unit, start, stop, kind)
        mentions[d].append(replace(mention, normal=normal.normal, name=normal.name))
    return mentions


def _mention(document: Document, unit: Unit, start: int, stop: int, kind: str) -> Mention:
    return Mention(
        doc=document.id,
        type=kind,
        text=document.text[start:stop],
        normal=None,
        start=start,
        stop=stop,
        sentence=unit.index,
        section=unit.section,
        related=unit.related,
    )


def _left_word(text: str, start: int) -> str:
    """The word just before offset start on the same line, lowercased ('' when none)."""
    head = text[max(0, start - 40) : start].rsplit("\n", 1)[-1].split()
    return head[-1].lower() if head else ""


# Countries


def _with_countries(
    document: Document, units: list[Unit], mentions: list[Mention], options: Options
) -> list[Mention]:
    """LOC mentions that name a country become COUNTRY; the gazetteer adds the names NER
    missed, the adjectives, and countries inside organisation names (ORG stays whole)."""
    result = []
    for m in mentions:
        country = countries.lookup_country(m.text) if m.type == "LOC" else None
        if country:
            m = replace(m, type="COUNTRY", country=country, form="name", normal=country.name)
        result.append(m)
    taken = [(m.start, m.stop) for m in result if m.type in ("COUNTRY", "LOC", "PER")]
    for unit in units:
        for match in countries.find_countries(unit.text):
            start, stop = unit.start + match.start, unit.start + match.stop
            if any(start < b and a < stop for a, b in taken):
                continue
            if match.form == "adjective" and not options.country_adjectives:
                continue
            mention = _mention(document, unit, start, stop, "COUNTRY")
            normal = (
                match.country.name
                if match.form == "name"
                else countries.adjective_lemma(match.text)
            )
            result.append(replace(mention, normal=normal, country=match.country, form=match.form))
    return result


# Dates


def _date_mentions(document: Document, units: list[Unit], anchor) -> list[Mention]:
    mentions = []
    for unit in units:
        for match in dates.find_dates(unit.text, anchor):
            start, stop = unit.start + match.start, unit.start + match.stop
            mention = _mention(document, unit, start, stop, "DATE")
            mentions.append(replace(mention, normal=match.date.value, date=match.date))
    return mentions

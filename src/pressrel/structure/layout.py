"""The layout of a document: its paragraphs' roles (teasers, source, title, date line, lead,
body), its sections and its sentences."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field, replace
from itertools import islice

from .. import caches
from ..numbers.units import ABBREVIATIONS as UNIT_ABBREVIATIONS
from ..numbers.words import ABBREVIATIONS as MULTIPLIER_ABBREVIATIONS
from ..records import Section, Structure, Teaser, Unit
from .datelines import opening_date_line, parse_date_line
from .paragraphs import Paragraph, split, split_paragraphs
from .sentences import sentences as razdel_sentences
from .sources import mark_source
from .tables import mark_tables

TITLE_MAX = 300  # a title is one short paragraph
HEAD_PARAGRAPHS = 4  # title and date line are looked for among the first paragraphs
LEAD_CHARS = 600  # a lead is a paragraph-sized opening
LEAD_SHORT = 200  # a first sentence shorter than this takes the second one along

RELATED_MARKER = re.compile(
    r"^(читайте|смотрите|см\.)\s+также|^(другие\s+новости|новости\s+по\s+теме|материалы\s+по\s+теме"
    r"|ещ[её]\s+по\s+теме|по\s+теме)\s*:?\s*$",
    re.IGNORECASE,
)
SPACE = re.compile(r"\s+")
# a final full stop after letters joined by full stops, or after one word (``_title_like``)
ABBREVIATED_END = re.compile(r"(?<![^\W\d_])(?:(?:[а-яё]{1,3}\.){2,}|(?P<word>[а-яё]+)\.)$")
VISIBLE = re.compile(r"\S")  # text[at:].strip() is not empty: VISIBLE.search(text, at)


@dataclass
class Layout:
    """Everything ``parse`` finds; ``record(doc)`` is its output form."""

    text: str
    paragraphs: list[Paragraph]
    title: str | None = None
    date: datetime.date | None = None
    date_span: tuple[int, int] | None = None
    source: str | None = None
    related: list[Teaser] = field(default_factory=list)
    sentences: list[Unit] = field(default_factory=list)

    @property
    def sections(self) -> list[Section]:
        sections: list[Section] = []
        for p in self.paragraphs:
            last = sections[-1] if sections else None
            if last and (last.kind, last.related) == (p.kind, p.related):
                sections[-1] = Section(last.kind, last.start, p.stop, last.related)
            else:
                sections.append(Section(p.kind, p.start, p.stop, p.related))
        return sections

    def paragraph_units(self, doc: str) -> list[Unit]:
        return [
            Unit(doc, i, p.kind, p.start, p.stop, p.text, p.related)
            for i, p in enumerate(self.paragraphs)
        ]

    def sentence_units(self, doc: str) -> list[Unit]:
        return [replace(u, doc=doc) for u in self.sentences]

    def record(self, doc: str) -> Structure:
        start, stop = self.date_span or (None, None)
        return Structure(
            doc=doc,
            title=self.title,
            date=self.date.isoformat() if self.date else None,
            date_start=start,
            date_stop=stop,
            source=self.source,
            sections=self.sections,
            related=self.related,
            paragraphs=len(self.paragraphs),
            sentences=len(self.sentences),
        )


def parse(text: str) -> Layout:
    """The layout of text."""
    layout = Layout(text, split_paragraphs(text))
    layout.paragraphs = mark_tables(layout.paragraphs)
    main = _mark_related(layout)
    layout.source, main = mark_source(layout.paragraphs, main)
    read = _mark_head(layout, main)
    layout.sentences = _sentences(layout.paragraphs, read)
    return layout


# Roles of paragraphs


def _mark_related(layout: Layout) -> list[Paragraph]:
    """Mark the teasers after a "Читайте также" marker; returns the paragraphs before it."""
    paragraphs = layout.paragraphs
    marker = next((i for i, p in enumerate(paragraphs) if RELATED_MARKER.match(p.text)), None)
    if marker is None or marker == 0:
        return paragraphs
    paragraphs[marker].kind = "related"
    teasers = _split_teasers(paragraphs[marker + 1 :])
    for index, group in enumerate(teasers):
        for p in group:
            p.kind, p.related = "related", index
        layout.related.append(_teaser(group))
    return paragraphs[:marker]


def _split_teasers(paragraphs: list[Paragraph]) -> list[list[Paragraph]]:
    """Teasers open at their date lines; undated ones at a title-like line after text."""
    dated = any(parse_date_line(p.text) for p in paragraphs)
    groups: list[list[Paragraph]] = []
    for p in paragraphs:
        if dated:
            opens = parse_date_line(p.text) is not None
        else:
            opens = _title_like(p.text) and not (groups and _title_like(groups[-1][-1].text))
        if opens or not groups:
            groups.append([])
        groups[-1].append(p)
    return groups


def _teaser(group: list[Paragraph]) -> Teaser:
    rest = list(group)
    date = parse_date_line(rest[0].text)
    if date:
        rest.pop(0)
    title = rest.pop(0).text if rest and _title_like(rest[0].text) else None
    body = " ".join(p.text for p in rest) or None
    return Teaser(date.isoformat() if date else None, title, body, group[0].start, group[-1].stop)


def _mark_head(layout: Layout, main: list[Paragraph]) -> dict[int, list[tuple[int, int]]]:
    """Title, date line and repeated title among the first paragraphs; then lead and body.
    Returns razdel's sentences of a paragraph it read whole (by ``id``): a long lead that is
    one or two sentences, so that ``_sentences`` does not compute them again."""
    read: dict[int, list[tuple[int, int]]] = {}
    head = main[:HEAD_PARAGRAPHS]
    for p in head:
        date = parse_date_line(p.text)
        if date and layout.date is None:
            p.kind, layout.date, layout.date_span = "dateline", date, (p.start, p.stop)
    candidates = [p for p in head if p.kind == "body"]
    if (
        len(main) > 1
        and candidates
        and _title_like(candidates[0].text)
        and candidates[0] is _first_text(main)
    ):
        candidates[0].kind = "title"
        layout.title = SPACE.sub(" ", candidates[0].text)
        for p in candidates[1:]:
            if SPACE.sub(" ", p.text) == layout.title:
                p.kind = "title"
    body = [p for p in main if p.kind == "body"]
    if body and layout.date is None and (opening := opening_date_line(body[0].text)):
        at, date = opening  # "15 марта 2024 г., Москва. – Генеральный директор ..."
        if _title_like(body[0].text[at:]):  # "МОСКВА, 20 января 2025 г. — Министерство ...":
            line = body.pop(0)  # the issuer, a name with no sentence, is the line's too
        else:
            line, body[0] = split(layout.paragraphs, body[0], at)
        line.kind, layout.date, layout.date_span = "dateline", date, (line.start, line.stop)
    if body:
        lead = body[0]
        total = sum(len(p.text) for p in main if p.kind in ("body", "table"))
        if len(lead.text) > min(LEAD_CHARS, total / 3):
            at, sentences = _opening(lead.text)
            if at is not None:
                lead, _ = split(layout.paragraphs, lead, at)
            elif sentences is not None:
                read[id(lead)] = sentences
        lead.kind = "lead"
    return read


def _opening(text: str) -> tuple[int | None, list[tuple[int, int]] | None]:
    """Where the lead of a long first paragraph ends: after its first sentence, or its first
    two when the first is short and the two together are still paragraph-sized; None when that
    is the whole paragraph. razdel's sentences come one by one: only the first three are
    computed, and given back (second) when they are all the paragraph has."""
    sentences = list(islice(razdel_sentences(text), 3))
    ends = [stop for _, stop in sentences[:2]]
    if len(ends) > 1 and (ends[0] >= LEAD_SHORT or ends[1] > LEAD_CHARS):
        ends = ends[:1]
    at = ends[-1] if ends else None
    if at is not None and VISIBLE.search(text, at):  # no copy of the rest of a 60 MB line
        return at, None
    return None, sentences if len(sentences) < 3 else None


def _first_text(main: list[Paragraph]) -> Paragraph | None:
    return next((p for p in main if p.kind != "dateline"), None)


def _title_like(text: str) -> bool:
    """One short line that does not end like a sentence or a lead-in (titles take no period;
    an abbreviation's is no sentence's end: "снизил ставки на 0,5 п.п.", "1,2 млрд руб.")."""
    line = text.rstrip()
    return (
        len(text) <= TITLE_MAX
        and not any(end in text.strip() for end in "\r\n")  # CR alone ends a line too
        and not line.endswith(":")
        and (not line.endswith(".") or _ends_with_abbreviation(line))
    )


def _ends_with_abbreviation(line: str) -> bool:
    """Whether the line's final full stop is an abbreviation's: of letters joined by full
    stops ("п.п.", "б.п."), or of a unit or multiplier of an amount ("руб.", "млрд.")."""
    found = ABBREVIATED_END.search(line)
    if found is None:
        return False
    word = found["word"]
    return word is None or word in MULTIPLIER_ABBREVIATIONS or word in UNIT_ABBREVIATIONS


# Dates and sentences


def _sentences(paragraphs: list[Paragraph], read: dict[int, list[tuple[int, int]]]) -> list[Unit]:
    """razdel's sentences of every paragraph (those of ``read`` already computed)."""
    units = []
    for p in paragraphs:
        if p.kind == "table":  # a cell is one unit, never cut into sentences
            units.append(Unit("", len(units), p.kind, p.start, p.stop, p.text, p.related))
            continue
        spans = read.get(id(p))
        for start, stop in _sentence_spans(p.text) if spans is None else spans:
            text = p.text[start:stop]
            if text.strip():
                units.append(
                    Unit("", len(units), p.kind, p.start + start, p.start + stop, text, p.related)
                )
    return units


@caches.by_text(caches.WORDS)
def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """razdel's sentences of a paragraph as (start, stop) offsets, cached by the paragraph (a
    release's boilerplate, a date line, a repeated title): offsets only, not the sentences'
    texts, so that an entry stays a word's size."""
    return list(razdel_sentences(text))

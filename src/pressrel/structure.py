"""The layout of a press release: title, date line, lead, body, source, related teasers.

``parse(text)`` needs no model and is fast. It works on paragraphs: runs of non-blank lines,
with lines joined when the text is hard-wrapped (a line continues when the next one starts in
lowercase, or the line ends with a comma or hyphen). Then, in order:

- the "Читайте также:" marker (and its kin) cuts off the related teasers at the end; each
  teaser starts at its own date line (or, without dates, at each title-like line);
- a "Источник: ..." paragraph, or a bank-style "При использовании материала ссылка на ...
  обязательна." line, is the source;
- in the head, a paragraph that is only a date is the date line, the first short paragraph is
  the title, and a later copy of the title is the title again (not a paragraph of text);
- the first remaining paragraph is the lead, the rest is body.

Sections are runs of paragraphs of one kind; they never overlap and together cover every
non-blank character. Sentences are razdel's, within paragraphs. Offsets are code points into
the text as given.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field, replace

from razdel import sentenize

from . import dates
from .records import Section, Structure, Teaser, Unit

TITLE_MAX = 300  # a title is one short paragraph
HEAD_PARAGRAPHS = 4  # title and date line are looked for among the first paragraphs

RELATED_MARKER = re.compile(
    r"^(читайте|смотрите|см\.)\s+также|^(другие\s+новости|новости\s+по\s+теме|материалы\s+по\s+теме"
    r"|ещ[её]\s+по\s+теме|по\s+теме)\s*:?\s*$",
    re.IGNORECASE,
)
SOURCE_LINE = re.compile(r"^\s*источник\s*[:\-—–]\s*(?P<source>.+?)\s*$", re.IGNORECASE | re.DOTALL)
CREDIT_LINE = re.compile(
    r"^\s*при\s+(?:использовании|перепечатке|цитировании)\s+(?:материал\w*|информаци\w*)\s+"
    r"(?:\S+\s+){0,3}?ссылка\s+на\s+(?P<source>.+?)\s+обязательна\.?\s*$",
    re.IGNORECASE | re.DOTALL,
)

TIME_TAIL = re.compile(r"[,\s]+(?:в\s+)?\d{1,2}[:.]\d{2}(?:\s*\(?мск\)?)?\s*$", re.IGNORECASE)
SPACE = re.compile(r"\s+")


@dataclass
class Paragraph:
    start: int
    stop: int
    text: str
    kind: str = "body"
    related: int | None = None


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
    main = _mark_related(layout)
    main = _mark_source(layout, main)
    _mark_head(layout, main)
    layout.sentences = _sentences(layout.paragraphs)
    return layout


# Paragraphs


def split_paragraphs(text: str) -> list[Paragraph]:
    """Runs of non-blank lines, split further where a line does not continue into the next."""
    paragraphs = []
    for block in _blocks(text):
        start = block[0][0]
        for (line_start, line_stop), following in zip(block, [*block[1:], None]):
            if following is None or not _continues(
                text[line_start:line_stop], text[following[0] : following[1]]
            ):
                paragraphs.append(Paragraph(start, line_stop, text[start:line_stop]))
                if following is not None:
                    start = following[0]
    return paragraphs


def _blocks(text: str) -> list[list[tuple[int, int]]]:
    """Groups of consecutive non-blank lines, each line as its stripped (start, stop)."""
    blocks: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for match in re.finditer(r"[^\r\n]*(?:\r\n|\r|\n|$)", text):
        line = match.group()
        stripped = line.strip()
        if not stripped:
            if current:
                blocks.append(current)
                current = []
            if match.end() >= len(text):
                break
            continue
        lead = len(line) - len(line.lstrip())
        start = match.start() + lead
        current.append((start, start + len(stripped)))
    if current:
        blocks.append(current)
    return blocks


def _continues(line: str, following: str) -> bool:
    """Does a hard-wrapped line go on in the next one?"""
    return following[:1].islower() or line.endswith((",", "-", "\u00ad"))


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


def _mark_source(layout: Layout, main: list[Paragraph]) -> list[Paragraph]:
    """The last "Источник:" or credit line of the main text; returns the paragraphs before it."""
    for index in range(len(main) - 1, 0, -1):
        match = SOURCE_LINE.match(main[index].text) or CREDIT_LINE.match(main[index].text)
        if match:
            layout.source = SPACE.sub(" ", match.group("source")).strip(" .")
            for p in main[index:]:
                p.kind = "source"
            return main[:index]
    return main


def _mark_head(layout: Layout, main: list[Paragraph]) -> None:
    """Title, date line and repeated title among the first paragraphs; then lead and body."""
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
    if body:
        body[0].kind = "lead"


def _first_text(main: list[Paragraph]) -> Paragraph | None:
    return next((p for p in main if p.kind != "dateline"), None)


def _title_like(text: str) -> bool:
    """One short line that does not end like a sentence or a lead-in (titles take no period)."""
    return (
        len(text) <= TITLE_MAX
        and not any(end in text.strip() for end in "\r\n")  # CR alone ends a line too
        and not text.rstrip().endswith((":", "."))
    )


# Dates and sentences


def parse_date_line(text: str) -> datetime.date | None:
    """The date of a paragraph that is only a date ("18 декабря 2015", "18.12.2015, 14:30",
    "Пятница, 18 декабря 2015"), read by the date grammar; None for anything else."""
    line = TIME_TAIL.sub("", text.strip()).rstrip(".")
    found = dates.find_dates(line)
    if len(found) != 1 or (found[0].start, found[0].stop) != (0, len(line)):
        return None
    value = found[0].date
    return datetime.date.fromisoformat(value.value) if value.precision == "day" else None


def _sentences(paragraphs: list[Paragraph]) -> list[Unit]:
    units = []
    for p in paragraphs:
        for s in sentenize(p.text):
            if s.text.strip():
                units.append(
                    Unit(
                        "",
                        len(units),
                        p.kind,
                        p.start + s.start,
                        p.start + s.stop,
                        s.text,
                        p.related,
                    )
                )
    return units

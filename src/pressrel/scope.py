"""What the extractors read of a document: its text cut into pieces, and its sentences.

The models, the gazetteer and the date grammar each read whole paragraphs (a sentence alone
loses the context that makes "Паулс считает" a person). A paragraph longer than PIECE_CHARS (a
dump with no line breaks, a 30 MB single line) is cut into pieces of whole sentences, and a
sentence longer than that at its last space before the limit (or hard, when it has none), so
that every step's time and memory grow with the document's length, not faster. News paragraphs
are far shorter: the longest of the Wikinews corpus and both dev sets has 1,494 characters, so
the cut changes nothing for them. Offsets stay offsets into the document.

A table cell is a piece of its own; its first word, when it is a common word and no other word
of the cell is capitalised, is read in lowercase: a column header ("Депозитные операции") is
capitalised as a cell, not as a name, and is no organisation.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, replace

from .lang import grammar
from .records import Unit
from .structure import Layout, Paragraph

PIECE_CHARS = 5_000
LAST_SPACE = re.compile(r"\s(?=\S*$)")
FIRST_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Scope:
    """The pieces each extractor scans and the sentences a mention reports, teasers left out
    unless asked for. Nothing of the layout is kept but offsets: ``pieces`` cuts each piece's
    text from the document's when it is read, and a sentence is rebuilt when it is asked for
    (a 60 MB document holds no second copy of its text, nor an object per sentence)."""

    text: str  # the document's
    piece_starts: array  # each piece's offsets
    piece_stops: array
    # kind, related, a table cell, the unit its table states (shared)
    piece_places: list[tuple[str, int | None, bool, str | None]]
    starts: array  # the sentences' start offsets, ascending: for bisect
    stops: array
    indexes: array  # each sentence's index in the layout
    places: list[tuple[str, int | None]]  # each sentence's section and related (shared)

    @classmethod
    def of(cls, layout: Layout, related: bool) -> Scope:
        sentences = [u for u in layout.sentences if related or u.section != "related"]
        paragraphs = [p for p in layout.paragraphs if related or p.kind != "related"]
        starts = [u.start for u in sentences]
        pieces = [
            (piece, piece is p and p.kind == "table")  # a cell: read with its case fixed
            for p in paragraphs
            for piece in _pieces(p, sentences, starts)
        ]
        shared: dict[tuple, tuple] = {}
        return cls(
            layout.text,
            array("q", [piece.start for piece, _ in pieces]),
            array("q", [piece.stop for piece, _ in pieces]),
            [
                _shared(shared, (piece.kind, piece.related, cell, piece.unit))
                for piece, cell in pieces
            ],
            array("q", starts),
            array("q", [u.stop for u in sentences]),
            array("q", [u.index for u in sentences]),
            [_shared(shared, (u.section, u.related)) for u in sentences],
        )

    @property
    def pieces(self) -> Iterator[Paragraph]:
        """The pieces in order, each with its text (cut from the document's as it comes)."""
        for start, stop, (kind, related, cell, unit) in zip(
            self.piece_starts, self.piece_stops, self.piece_places
        ):
            text = self.text[start:stop]
            yield Paragraph(start, stop, _cell_case(text) if cell else text, kind, related, unit)

    def sentence_at(self, offset: int) -> Unit | None:
        """The sentence containing offset (a binary search: O(log sentences)); its text is
        left empty (the sentence's offsets say where it is)."""
        index = bisect.bisect_right(self.starts, offset) - 1
        if index < 0 or offset >= self.stops[index]:
            return None
        section, related = self.places[index]
        start, stop = self.starts[index], self.stops[index]
        return Unit("", self.indexes[index], section, start, stop, "", related)


def _shared(shared: dict[tuple, tuple], value: tuple) -> tuple:
    """value, or the equal tuple met before: one object for every sentence of a section."""
    return shared.setdefault(value, value)


def _pieces(paragraph: Paragraph, sentences: list[Unit], starts: list[int]) -> Iterator[Paragraph]:
    """The paragraph itself when it is short enough, else pieces of its sentences."""
    if paragraph.stop - paragraph.start <= PIECE_CHARS:
        yield paragraph
        return
    first = bisect.bisect_left(starts, paragraph.start)
    last = bisect.bisect_left(starts, paragraph.stop)
    piece_start = piece_stop = None
    for unit in sentences[first:last]:
        if piece_start is not None and unit.stop - piece_start > PIECE_CHARS:
            yield _piece(paragraph, piece_start, piece_stop)
            piece_start = None
        if unit.stop - unit.start > PIECE_CHARS:
            yield from _cut(paragraph, unit.start, unit.stop)
            continue
        piece_start = unit.start if piece_start is None else piece_start
        piece_stop = unit.stop
    if piece_start is not None:
        yield _piece(paragraph, piece_start, piece_stop)


def _cut(paragraph: Paragraph, start: int, stop: int) -> Iterator[Paragraph]:
    """A sentence too long for one piece, cut at spaces (or hard, without any)."""
    while stop - start > PIECE_CHARS:
        window = paragraph.text[start - paragraph.start : start - paragraph.start + PIECE_CHARS]
        space = LAST_SPACE.search(window)
        end = start + (space.start() if space and space.start() > 0 else PIECE_CHARS)
        yield _piece(paragraph, start, end)
        start = end
    yield _piece(paragraph, start, stop)


def _piece(paragraph: Paragraph, start: int, stop: int) -> Paragraph:
    offset = paragraph.start
    return replace(
        paragraph, start=start, stop=stop, text=paragraph.text[start - offset : stop - offset]
    )


def _cell_case(text: str) -> str:
    """A table cell with its first word in lowercase when it is a common word capitalised only
    as the cell's first ("Депозитные операции"; not "Банк России", "Сбербанк")."""
    first = FIRST_WORD.search(text)
    if first is None or not first.group()[:1].isupper():
        return text
    rest = text[first.end() :]
    if any(word[:1].isupper() for word in FIRST_WORD.findall(rest)):
        return text
    if not grammar.is_common_word(first.group()):
        return text
    at = first.start()
    return text[:at] + text[at].lower() + text[at + 1 :]

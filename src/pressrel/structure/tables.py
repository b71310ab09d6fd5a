"""Inline tables: rows of cells apart by tabs or runs of spaces, and runs of short cell lines
with numbers among them (an HTML table flattened one cell a line). Each cell becomes a
paragraph of kind "table".

A table that states its unit once, in a bracketed note (a cell ``(% годовых)``, or its caption
ending in it: a paragraph before the table, no sentence ending between them, as the table's
header lines are not), gives it to its cells after the note: their ``unit`` (``numbers.cells``
says which notes are units).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..numbers.cells import unit_of
from .paragraphs import ROW_GAP, SENTENCE_END, Paragraph, is_row

CELL_CHARS = 120  # a cell line of a flattened table is short
TABLE_CELLS = 6  # a run of cell lines is a table from this many cells on
TABLE_NUMBERS = 2  # ... with at least this many numeric cells
NUMBER_CELL = re.compile(r"^[(\[]?[-+−–]?\d[\d \u00a0]*(?:[.,]\d+)?\s*%?[)\]]?$")


def mark_tables(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Rows of cells (two rows or more), and runs of short cell lines with numbers among them,
    become table cells: one paragraph of kind "table" a cell. Each paragraph is read once."""
    rows = [is_row(p.text) for p in paragraphs]
    cells = [_is_cell(p.text) for p in paragraphs]
    marked: list[Paragraph] = []
    index = 0
    caption = None  # the unit of the last note before the table, no sentence ending after it
    while index < len(paragraphs):
        stop = index
        while stop < len(paragraphs) and rows[stop]:
            stop += 1
        if stop - index < 2:
            stop = index
            while stop < len(paragraphs) and cells[stop]:
                stop += 1
            numbers = sum(1 for p in paragraphs[index:stop] if NUMBER_CELL.match(p.text))
            if stop - index < TABLE_CELLS or numbers < TABLE_NUMBERS:
                # no later start within the run makes a table of cells either; rows might
                skip = next((i for i in range(index + 1, stop) if rows[i]), max(stop, index + 1))
                for p in paragraphs[index:skip]:
                    caption = _note(p.text, None if p.text.endswith(SENTENCE_END) else caption)
                marked += paragraphs[index:skip]
                index = skip
                continue
        marked += _with_units([cell for p in paragraphs[index:stop] for cell in _cells(p)], caption)
        caption = None
        index = stop
    return marked


def _note(text: str, unit: str | None) -> str | None:
    """The unit a note ending text states, else unit."""
    return (unit_of(text) if text.endswith(")") else None) or unit


def _with_units(cells: list[Paragraph], unit: str | None) -> list[Paragraph]:
    """The cells of one table, each after a note that states a unit (the caption's, unit,
    holds from the first cell on; a cell's replaces it) with that unit."""
    for cell in cells:
        note = _note(cell.text, None)
        if note is not None:
            unit = note
        elif unit is not None:
            cell.unit = unit
    return cells


def _is_cell(text: str) -> bool:
    """A cell of a table flattened one cell a line: short lines (a cell may wrap), not a
    sentence."""
    lines = text.strip().splitlines()
    return all(len(line) <= CELL_CHARS for line in lines) and not text.endswith(SENTENCE_END)


def _cells(paragraph: Paragraph) -> Iterator[Paragraph]:
    """The cells of a table paragraph: its parts between tabs or runs of spaces."""
    start = 0
    for gap in [*ROW_GAP.finditer(paragraph.text), None]:
        stop = gap.start() if gap else len(paragraph.text)
        yield Paragraph(
            paragraph.start + start, paragraph.start + stop, paragraph.text[start:stop], "table"
        )
        start = gap.end() if gap else stop

"""Inline tables: rows of cells apart by tabs or runs of spaces, and runs of short cell lines
with numbers among them (an HTML table flattened one cell a line). Each cell becomes a
paragraph of kind "table".

A table that states its unit once, in a bracketed note (a cell ``(% годовых)``, or its caption
ending in it: a paragraph before the table, no sentence ending between them, as the table's
header lines are not), gives it to its cells after the note: their ``unit`` (``numbers.cells``
says which notes are units). A footnote mark flattened onto a figure ("8,254": 8,25 with the
mark of footnote 4 under the table) is no digit of it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace

from ..numbers.cells import unit_of
from .paragraphs import ROW_GAP, SENTENCE_END, Paragraph, is_row

CELL_CHARS = 120  # a cell line of a flattened table is short
TABLE_CELLS = 6  # a run of cell lines is a table from this many cells on
TABLE_NUMBERS = 2  # ... with at least this many numeric cells
NUMBER_CELL = re.compile(r"^[(\[]?[-+−–]?\d[\d \u00a0]*(?:[.,]\d+)?\s*%?[)\]]?$")
FIGURE = re.compile(r"^\s*\d+[.,](\d+)\s*$")  # a bare figure with decimals: "12,50"
FOOTNOTE = re.compile(r"^(\d{1,2})[ \u00a0]+\S")  # a footnote under a table: "4 До 31.12.2015."
FOOTNOTE_REACH = 12  # paragraphs after a table read for its footnotes


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
        table = _with_units([cell for p in paragraphs[index:stop] for cell in _cells(p)], caption)
        marked += _without_marks(table, _footnotes(paragraphs[stop : stop + FOOTNOTE_REACH]))
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


def _footnotes(paragraphs: list[Paragraph]) -> set[str]:
    """The numbers of the footnotes among the paragraphs after a table ("4 До 31.12.2015.")."""
    return {match[1] for p in paragraphs if (match := FOOTNOTE.match(p.text))}


def _without_marks(cells: list[Paragraph], footnotes: set[str]) -> list[Paragraph]:
    """The cells of one table, a figure that has one decimal more than the table's other
    figures of its unit, the last one a footnote's number, without it: a footnote mark
    printed as a superscript and flattened onto the figure ("8,254" for 8,25 with mark 4)."""
    if not footnotes:
        return cells
    decimals: dict[str, Counter[int]] = {}
    for cell in cells:
        if cell.unit is not None and (figure := FIGURE.match(cell.text)):
            decimals.setdefault(cell.unit, Counter())[len(figure[1])] += 1
    usual = {unit: counts.most_common(1)[0] for unit, counts in decimals.items()}
    out = []
    for cell in cells:
        figure = FIGURE.match(cell.text) if cell.unit is not None else None
        places, times = usual.get(cell.unit, (None, 0)) if figure else (None, 0)
        marked = places is not None and times > 1 and len(figure[1]) == places + 1
        if marked and cell.text.rstrip()[-1] in footnotes:
            stop = cell.start + len(cell.text.rstrip()) - 1
            cell = replace(cell, stop=stop, text=cell.text[: stop - cell.start])
        out.append(cell)
    return out


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

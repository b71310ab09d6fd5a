"""rich renderers: what a person at a terminal sees instead of JSON Lines."""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO

from .ui import printable

DETAIL = "detail"  # a column of the table only: what matters most about a record of its type
COMPACT = {  # a record's columns in the table by default: one line per record, 80 columns
    "Mention": ("doc", "type", "text", "normal", "entity", DETAIL),
    "EntitySummary": ("doc", "type", "normal", "count", "docs", DETAIL),
    "Quote": ("doc", "speaker", "verb", "text"),
    "Unit": ("doc", "index", "section", "text"),
    "EntityStat": ("period", "type", "normal", "mentions", "docs", "first_date", "last_date"),
    "PairStat": ("a", "b", "count", "docs"),
}
NARROW = {"type": 7, "index": 5, "count": 5, "docs": 4, "section": 8, "verb": 10, "mentions": 8}
NARROW |= {"first_date": 10, "last_date": 10, "period": 10}  # fixed widths
DOC_WIDTH = 24  # a path is cut at its start: its end (the file name) tells documents apart
MIN_WIDTH = 6


def table_columns(record_type: type, header: list[str], chosen: str | None) -> list[str] | None:
    """The table's columns: those chosen (comma-separated names of the CSV header, or
    "detail"), else the record type's compact set, else every column. ValueError for an
    unknown name."""
    if chosen:
        columns = [name.strip() for name in chosen.split(",") if name.strip()]
        unknown = [name for name in columns if name not in header and name != DETAIL]
        if unknown:
            raise ValueError(
                f"unknown column(s) {', '.join(unknown)}; choose from {', '.join(header)}, {DETAIL}"
            )
        return columns
    return None  # the compact set of render_table


def render_table(
    rows: Iterable[dict], stream: IO[str], color: bool, record_type: type, columns: list[str] | None
) -> None:
    """A rich table for people at a terminal, one line per record, cut to the terminal's
    width (rows are gathered first: tables need widths). columns None: the record type's
    compact set, without the columns that are empty in every row."""
    from rich.table import Table
    from rich.text import Text

    from ..emit import columns as header_of
    from ..emit import flatten

    compact = columns is None
    columns = (
        list(COMPACT.get(record_type.__name__, header_of(record_type))) if compact else columns
    )
    cells = [[_cell(flatten(row), name) for name in columns] for row in rows]
    if compact and cells:
        shown = [i for i in range(len(columns)) if any(line[i] for line in cells)]
        columns = [columns[i] for i in shown]
        cells = [[line[i] for i in shown] for line in cells]
    console = rich_console(stream, color)
    widths = _widths(columns, cells, console.width)
    table = Table(header_style="bold", box=None, pad_edge=False, collapse_padding=True)
    for name, width in zip(columns, widths):
        table.add_column(name, no_wrap=True, overflow="ellipsis", width=width)
    for line in cells:
        table.add_row(*(Text(cell) for cell in line))  # never rich markup: [link=...] is text
    console.print(table)


def _widths(columns: list[str], cells: list[list[str]], room: int) -> list[int]:
    """Column widths that fit room: each column as wide as its longest cell when they all
    fit; else the narrow columns keep theirs (capped) and the others share what is left, in
    proportion to their longest cells."""
    natural = [
        max([len(name), *(len(line[i]) for line in cells)]) for i, name in enumerate(columns)
    ]
    room -= 2 * (len(columns) - 1)  # the padding between columns
    if sum(natural) <= room:
        return natural
    capped = {i: min(natural[i], _cap(name)) for i, name in enumerate(columns) if _cap(name)}
    flexible = [i for i in range(len(columns)) if i not in capped]
    left = max(room - sum(capped.values()), MIN_WIDTH * len(flexible))
    total = sum(natural[i] for i in flexible) or 1
    shares = {i: max(MIN_WIDTH, left * natural[i] // total) for i in flexible}
    return [capped.get(i) or shares[i] for i in range(len(columns))]


def _cap(name: str) -> int | None:
    return DOC_WIDTH if name == "doc" else NARROW.get(name)


def _cell(flat: dict, name: str) -> str:
    value = _detail(flat) if name == DETAIL else flat.get(name)
    if value is None:
        return ""
    text = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
    if name == "doc":
        text = printable(text)  # an id is shown as it is, its controls escaped
        return "…" + text[-(DOC_WIDTH - 1) :] if len(text) > DOC_WIDTH else text
    # one line: a quote's or a sentence's line breaks folded, other controls escaped
    return printable(" ".join(text.split()))


def _detail(flat: dict) -> str | None:
    """What the record's type says matters most (a person's roles, a country's code, a date's
    value): its registered ``describe`` hook."""
    from ..extractors import entity_type

    kind = entity_type(flat.get("type") or "")
    return kind.describe(flat) if kind else None


def render_layouts(layouts: Iterable, stream: IO[str], color: bool) -> None:
    """Each document's sections, labelled by kind, for reading at a terminal."""
    from rich.text import Text

    console = rich_console(stream, color)
    styles = {
        "title": "bold",
        "dateline": "cyan",
        "lead": "italic",
        "source": "green",
        "related": "dim",
    }
    for document, layout in layouts:
        record = layout.record(document.id)
        console.rule(Text(printable(document.id), style="bold"))
        console.print(
            f"date {record.date or '-'} · {record.paragraphs} paragraphs · {record.sentences} sentences",
            style="dim",
        )
        for section in record.sections:
            label = section.kind + ("" if section.related is None else f" {section.related}")
            body = printable(document.text[section.start : section.stop], lines=True)
            line = Text(f"{label:>10}  ", style="bold magenta")
            line.append(
                body if len(body) <= 300 else body[:300] + "…", style=styles.get(section.kind, "")
            )
            console.print(line)


def rich_console(stream: IO[str], color: bool):
    """A rich console on stream. A reader that goes away (``| head``) raises BrokenPipeError
    to the caller, which stops quietly with exit 0 as for every other format (rich's own
    handling exits 1)."""
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            self.quiet = True
            raise BrokenPipeError

    return _Console(file=stream, no_color=not color, highlight=False, soft_wrap=False)

"""rich renderers: what a person at a terminal sees instead of JSON Lines."""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO


def render_table(rows: Iterable[dict], stream: IO[str], color: bool, header: list[str]) -> None:
    """A rich table for people at a terminal (rows are gathered first: tables need widths)."""
    from rich.table import Table

    from ..emit import flatten

    table = Table(header_style="bold")
    for name in header:
        table.add_column(name, overflow="fold")
    for row in rows:
        flat = flatten(row)
        table.add_row(*("" if flat.get(name) is None else str(flat[name]) for name in header))
    _console(stream, color).print(table)


def render_layouts(layouts: Iterable, stream: IO[str], color: bool) -> None:
    """Each document's sections, labelled by kind, for reading at a terminal."""
    from rich.text import Text

    console = _console(stream, color)
    styles = {
        "title": "bold",
        "dateline": "cyan",
        "lead": "italic",
        "source": "green",
        "related": "dim",
    }
    for document, layout in layouts:
        record = layout.record(document.id)
        console.rule(Text(document.id, style="bold"))
        console.print(
            f"date {record.date or '-'} · {record.paragraphs} paragraphs · {record.sentences} sentences",
            style="dim",
        )
        for section in record.sections:
            label = section.kind + ("" if section.related is None else f" {section.related}")
            body = document.text[section.start : section.stop]
            line = Text(f"{label:>10}  ", style="bold magenta")
            line.append(
                body if len(body) <= 300 else body[:300] + "…", style=styles.get(section.kind, "")
            )
            console.print(line)


def _console(stream: IO[str], color: bool):
    from rich.console import Console

    return Console(file=stream, no_color=not color, highlight=False, soft_wrap=False)

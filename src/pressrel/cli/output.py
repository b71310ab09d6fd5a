"""Records to stdout or to a file, in the format the user asked for (or the one that fits)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from typing import IO, TypeVar

import click

from .render import render_table
from .ui import EXIT_OK, _isatty

T = TypeVar("T")


def emit(
    items: Iterable[T],
    record_type: type,
    fmt: str,
    output: str | None,
    rows: Callable[[Iterable[T]], Iterable[dict]] | None = None,
    render: Callable[[Iterable[T], IO[str], bool], None] | None = None,
    raw: bool = False,
) -> None:
    """items to stdout or FILE in the resolved format. The machine formats write rows(items)
        (items are the rows themselves when rows is None); render draws the "table" format from
        the items (default: a table of the rows). Exactly one of them consumes items. raw: CSV/TSV
    cells as they are, without the formula-injection guard."""
    from .. import emit as writers

    stdout_tty = output is None and _isatty(sys.stdout)
    concrete = writers.resolve_format(fmt, output, stdout_tty)
    header = writers.columns(record_type)

    def write(stream: IO[str], color: bool) -> None:
        if concrete == "table" and render is not None:
            render(items, stream, color)
        elif concrete == "table":
            render_table(rows(items) if rows else items, stream, color, header)
        else:
            writers.write(rows(items) if rows else items, stream, concrete, header, raw=raw)

    if output is not None:
        with writers.atomic_file(output) as stream:
            write(stream, color=False)
        return
    try:
        write(sys.stdout, color=writers.color_wanted(stdout_tty))
    except BrokenPipeError:  # the reader went away (| head): stop quietly, like cat does
        _silence_stdout()
        raise click.exceptions.Exit(EXIT_OK) from None


def _silence_stdout() -> None:
    """After the reader went away (| head), point stdout at /dev/null so the interpreter's final
    flush does not raise again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())

"""Records to stdout or to a file, in the format the user asked for (or the one that fits)."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Iterable
from typing import IO

import click

from .render import render_table
from .ui import EXIT_OK, _isatty


def emit(
    rows: Iterable[dict],
    record_type: type,
    fmt: str,
    output: str | None,
    render: Callable[[Iterable[dict], IO[str], bool], None] | None = None,
) -> None:
    """rows to stdout or FILE in the resolved format; render draws the "table" format."""
    from .. import emit as writers

    stdout_tty = output is None and _isatty(sys.stdout)
    concrete = writers.resolve_format(fmt, output, stdout_tty)

    header = writers.columns(record_type)
    draw = render or functools.partial(render_table, header=header)

    def write(stream: IO[str], color: bool) -> None:
        if concrete == "table":
            draw(rows, stream, color)
        else:
            writers.write(rows, stream, concrete, header)

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

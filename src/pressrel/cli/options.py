"""The options every command shares (input, output, processing) and their parsing."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable

import click

from ..emit import FORMATS
from ..sources import INPUT_FORMATS
from .ui import Run


def _options(*decorators: Callable) -> Callable[[Callable], Callable]:
    """One decorator applying several click options, in the order listed."""

    def apply(command: Callable) -> Callable:
        return functools.reduce(lambda c, d: d(c), reversed(decorators), command)

    return apply


input_options = _options(
    click.argument("paths", nargs=-1, metavar="[PATH]...", type=click.Path(allow_dash=True)),
    click.option(
        "--input-format",
        type=click.Choice(INPUT_FORMATS),
        default="auto",
        show_default=True,
        help="auto: *.jsonl/*.ndjson files are corpora ({'id','text'} per line), others plain text.",
    ),
    click.option(
        "--encoding", metavar="NAME", help="Decode input with NAME [default: UTF-8, else detected]."
    ),
)

output_options = _options(
    click.option(
        "-f",
        "--format",
        "fmt",
        type=click.Choice(FORMATS),
        default="auto",
        show_default=True,
        help="auto: the output file's suffix, else a table on a terminal and JSON Lines otherwise.",
    ),
    click.option(
        "-o", "--output", metavar="FILE", help="Write to FILE (atomically) instead of stdout."
    ),
    click.option(
        "--resume",
        is_flag=True,
        help="With -o FILE.jsonl: keep the documents FILE already holds whole, skip them, and "
        "write the rest (after an interrupted run).",
    ),
    click.option(
        "--raw-csv",
        is_flag=True,
        help="CSV/TSV: keep cells that start with = + - @ as they are (default: prefixed with ' "
        "against spreadsheet formula injection).",
    ),
)

processing_options = _options(
    click.option(
        "-j",
        "--jobs",
        type=click.IntRange(min=1),
        default=None,
        help="Worker processes [default: the usable cores; 1 runs in this process].",
    ),
    click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary on stderr."),
    click.option(
        "--traceback",
        is_flag=True,
        help="With an internal error on a document, also print the stack (for bug reports).",
    ),
)


def read_inputs(
    paths: tuple[str, ...],
    input_format: str,
    encoding: str | None,
    run: Run,
    skip: frozenset[str] = frozenset(),
):
    """The documents of paths (but those whose ids are in skip); no paths means stdin, which
    must not be a terminal."""
    from ..sources import read_documents

    if not paths:
        if sys.stdin is None or sys.stdin.isatty():
            raise click.UsageError(
                "no PATH given and stdin is a terminal (use '-' to read it anyway)"
            )
        paths = ("-",)
    if encoding:
        _check_encoding(encoding)
    documents = run.documents(read_documents(paths, input_format, encoding))
    return (d for d in documents if d.id not in skip) if skip else documents


def _check_encoding(encoding: str) -> None:
    import codecs

    try:
        codecs.lookup(encoding)
    except LookupError:
        raise click.BadParameter(
            f"unknown encoding {encoding!r}", param_hint="--encoding"
        ) from None


def parse_types(value: str | None, allowed: tuple[str, ...]) -> frozenset[str]:
    if not value:
        return frozenset(allowed)
    types = {part.strip().upper() for part in value.split(",") if part.strip()}
    unknown = types - set(allowed)
    if unknown:
        raise click.BadParameter(
            f"unknown type(s) {', '.join(sorted(unknown))}; choose from {', '.join(allowed)}",
            param_hint="-t/--type",
        )
    return frozenset(types)


def count_inputs(paths: tuple[str, ...], input_format: str) -> int | None:
    from ..sources import count_documents

    return count_documents(paths or ("-",), input_format)

"""The options every command shares (input, output, processing), gathered into ``Common``,
and the parsing of option values."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Any

import click

from ..emit import FORMATS
from ..sources import INPUT_FORMATS


def _options(*decorators: Callable) -> Callable[[Callable], Callable]:
    """One decorator applying several click options, in the order listed."""

    def apply(command: Callable) -> Callable:
        return functools.reduce(lambda c, d: d(c), reversed(decorators), command)

    return apply


def format_option(formats: tuple[str, ...], help: str) -> Callable:
    """-f/--format, one of formats (the first, "auto", by default)."""
    return click.option(
        "-f",
        "--format",
        "fmt",
        type=click.Choice(formats),
        default=formats[0],
        show_default=True,
        help=help,
    )


# the options that pressrel eval shares with the other commands, one by one
output_option = click.option(
    "-o", "--output", metavar="FILE", help="Write to FILE (whole or not at all) instead of stdout."
)
jobs_option = click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes [default: the usable cores; 1 runs in this process].",
)
quiet_option = click.option(
    "-q", "--quiet", is_flag=True, help="No progress bar and no summary on stderr."
)

input_options = _options(
    click.argument("paths", nargs=-1, metavar="[PATH]...", type=click.Path(allow_dash=True)),
    click.option(
        "--input-format",
        type=click.Choice(INPUT_FORMATS),
        default="auto",
        show_default=True,
        help="auto: *.jsonl/*.ndjson files are corpora ({'id','text'} per line), *.json arrays "
        "of them, others plain text.",
    ),
    click.option(
        "--encoding", metavar="NAME", help="Decode input with NAME [default: UTF-8, else detected]."
    ),
)

output_options = _options(
    format_option(
        FORMATS,
        "auto: the output file's suffix, else a table on a terminal and JSON Lines otherwise.",
    ),
    output_option,
    click.option(
        "--resume",
        is_flag=True,
        help="With -o FILE.jsonl: write FILE in place, record by record, after the documents it "
        "already holds whole (skipped), so that a stopped run can be resumed the same way. "
        "FILE.jsonl.pressrel-resume records what wrote FILE and which documents (by file, line "
        "and id) it holds.",
    ),
    click.option(
        "--columns",
        metavar="COLS",
        help="The table's columns, comma-separated (names as in the CSV header, or 'detail') "
        "[default: a compact set that fits the terminal].",
    ),
    click.option(
        "--raw-csv",
        is_flag=True,
        help="CSV/TSV: keep cells that start with = + - @ as they are (default: prefixed with ' "
        "against spreadsheet formula injection).",
    ),
)

processing_options = _options(
    jobs_option,
    quiet_option,
    click.option(
        "--traceback",
        is_flag=True,
        help="With an internal error on a document, also print the stack (for bug reports).",
    ),
    click.option(
        "--dask",
        metavar="ADDRESS",
        help="Run on a Dask cluster: its scheduler (tcp://HOST:PORT), or local[:N] to start N "
        "worker processes here (needs pressrel[dask]). With -o DIR/, the workers write "
        "DIR/part-NNNNN files themselves.",
    ),
    click.option(
        "--max-chars",
        type=click.IntRange(min=1),
        metavar="N",
        help="Skip documents longer than N characters, each reported as an error.",
    ),
    click.option(
        "--errors",
        "errors_file",
        metavar="FILE",
        help="Also write one JSON line per failed document to FILE (doc, line, error).",
    ),
)


@dataclass(frozen=True)
class Common:
    """The values of the options every command takes."""

    paths: tuple[str, ...]
    input_format: str
    encoding: str | None
    fmt: str
    output: str | None
    resume: bool
    columns: str | None
    raw_csv: bool
    jobs: int | None
    quiet: bool
    traceback: bool
    dask: str | None
    max_chars: int | None
    errors_file: str | None


def common_options(command: Callable) -> Callable:
    """The shared input, output and processing options, passed to command as ``common``."""

    @functools.wraps(command)
    def with_common(*args, **kwargs):
        values = {name: kwargs.pop(name) for name in COMMON_NAMES}
        if values["encoding"]:
            values["encoding"] = check_encoding(values["encoding"])
        return command(*args, common=Common(**values), **kwargs)

    return input_options(output_options(processing_options(with_common)))


COMMON_NAMES = tuple(f.name for f in fields(Common))


def types_option(verb: str) -> Callable:
    """-t/--type TYPES, the entity types a command keeps (or counts): the registered ones."""
    from ..extractors import type_names

    return click.option(
        "-t",
        "--type",
        "types",
        metavar="TYPES",
        help=f"Comma-separated types to {verb}: {', '.join(type_names())} [default: all].",
    )


def check_encoding(encoding: str) -> str:
    """The codec name of a text encoding (``sources.check_encoding``); a usage error for an
    unknown name or a codec that is not a text encoding."""
    from ..sources import check_encoding as text_codec

    try:
        return text_codec(encoding)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--encoding") from None


def pipeline_options(types: str | None, **choices: bool) -> Any:
    """The pipeline's ``Options`` from the command line's choices (``Options.build``); a usage
    error names a type no extractor produces."""
    from ..options import Options, UnknownTypes

    try:
        return Options.build(types, **choices)
    except UnknownTypes as error:
        raise click.BadParameter(str(error), param_hint="-t/--type") from None

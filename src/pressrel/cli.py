"""The ``pressrel`` command: parse arguments, call the core, emit records, return an exit code.

Exit codes: 0 ok; 1 some document failed (or a runtime error); 2 usage error; 130 interrupted.
stdout carries only data; errors and summaries go to stderr.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import IO

import click

from . import __version__

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class Run:
    """What a command run has seen go wrong: documents that could not be read."""

    def __init__(self) -> None:
        self.failed = 0

    def documents(self, items: Iterable) -> Iterator:
        """Documents from sources, with each error reported on stderr and counted."""
        from .records import DocumentError

        for item in items:
            if isinstance(item, DocumentError):
                self.failed += 1
                click.echo(f"Error: {item.id}: {item.reason}", err=True)
            else:
                yield item

    @property
    def exit_code(self) -> int:
        return EXIT_FAILED if self.failed else EXIT_OK


def input_options(command: Callable) -> Callable:
    """PATH arguments and how to read them."""

    @click.argument("paths", nargs=-1, metavar="[PATH]...", type=click.Path(allow_dash=True))
    @click.option(
        "--input-format",
        type=click.Choice(["auto", "text", "jsonl"]),
        default="auto",
        show_default=True,
        help="auto: *.jsonl/*.ndjson files are corpora ({'id','text'} per line), others plain text.",
    )
    @click.option(
        "--encoding", metavar="NAME", help="Decode input with NAME [default: UTF-8, else detected]."
    )
    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        return command(*args, **kwargs)

    return wrapper


def output_options(command: Callable) -> Callable:
    @click.option(
        "-f",
        "--format",
        "fmt",
        type=click.Choice(["auto", "table", "jsonl", "json", "csv", "tsv"]),
        default="auto",
        show_default=True,
        help="auto: the output file's suffix, else a table on a terminal and JSON Lines otherwise.",
    )
    @click.option(
        "-o", "--output", metavar="FILE", help="Write to FILE (atomically) instead of stdout."
    )
    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        return command(*args, **kwargs)

    return wrapper


def read_inputs(paths: tuple[str, ...], input_format: str, encoding: str | None, run: Run):
    """The documents of paths; no paths means stdin, which must not be a terminal."""
    from .sources import read_documents

    if not paths:
        if sys.stdin is None or sys.stdin.isatty():
            raise click.UsageError(
                "no PATH given and stdin is a terminal (use '-' to read it anyway)"
            )
        paths = ("-",)
    if encoding:
        _check_encoding(encoding)
    return run.documents(read_documents(paths, input_format, encoding))


def _check_encoding(encoding: str) -> None:
    import codecs

    try:
        codecs.lookup(encoding)
    except LookupError:
        raise click.BadParameter(
            f"unknown encoding {encoding!r}", param_hint="--encoding"
        ) from None


def emit(rows: Iterable[dict], record_type: type, fmt: str, output: str | None) -> None:
    """rows to stdout or FILE in the resolved format."""
    from . import emit as writers

    stdout_tty = output is None and _isatty(sys.stdout)
    concrete = writers.resolve_format(fmt, output, stdout_tty)
    header = writers.columns(record_type)
    if output is None:
        try:
            writers.write(
                rows, sys.stdout, concrete, header, color=writers.color_wanted(stdout_tty)
            )
        except BrokenPipeError:  # the reader went away (| head): stop quietly, like cat does
            _silence_stdout()
            raise click.exceptions.Exit(EXIT_OK) from None
        return
    with writers.atomic_file(output) as stream:
        writers.write(rows, stream, concrete, header)


def _isatty(stream: IO | None) -> bool:
    return bool(stream) and stream.isatty()


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


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="pressrel")
def cli() -> None:
    """Structure and named entities of Russian press releases.

    Reads text files, folders (*.txt and *.jsonl, recursively, sorted), JSON Lines corpora or
    stdin ('-'); writes JSON Lines when piped and a table on a terminal.
    """


@cli.command()
@input_options
@output_options
@click.option(
    "-t",
    "--type",
    "types",
    metavar="TYPES",
    help="Comma-separated types to keep: PER, ORG, LOC [default: all].",
)
@click.pass_context
def entities(ctx, paths, input_format, encoding, fmt, output, types) -> None:
    """One record per entity mention: people, organisations, locations.

    \b
    Examples:
      pressrel entities seeds/
      pressrel entities corpus.jsonl -t PER | jq -r .normal | sort | uniq -c
    """
    from .pipeline import ENTITY_TYPES, Options, analyze_documents
    from .records import Mention

    options = Options(types=parse_types(types, ENTITY_TYPES))
    run = Run()
    documents = read_inputs(paths, input_format, encoding, run)
    analyses = analyze_documents(documents, options)
    emit((m.to_dict() for a in analyses for m in a.mentions), Mention, fmt, output)
    ctx.exit(run.exit_code)


def main(argv: list[str] | None = None) -> int:
    """Console entry point: click's parsing, with pressrel's exit codes and quiet broken pipes."""
    try:
        code = cli.main(args=argv, prog_name="pressrel", standalone_mode=False)
    except click.ClickException as error:
        error.show()
        return error.exit_code
    except (click.Abort, KeyboardInterrupt):
        click.echo("Interrupted.", err=True)
        return EXIT_INTERRUPTED
    except OSError as error:  # e.g. the output file's folder is not writable
        click.echo(f"Error: {error}", err=True)
        return EXIT_FAILED
    return code if isinstance(code, int) else EXIT_OK


def _silence_stdout() -> None:
    """After the reader went away (| head), point stdout at /dev/null so the interpreter's final
    flush does not raise again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())

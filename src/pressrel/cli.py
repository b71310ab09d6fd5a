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


def emit(
    rows: Iterable[dict],
    record_type: type,
    fmt: str,
    output: str | None,
    render: Callable[[Iterable[dict], IO[str], bool], None] | None = None,
) -> None:
    """rows to stdout or FILE in the resolved format; render draws the "table" format."""
    from . import emit as writers

    stdout_tty = output is None and _isatty(sys.stdout)
    concrete = writers.resolve_format(fmt, output, stdout_tty)

    def write(stream: IO[str], color: bool) -> None:
        if concrete == "table":
            (render or functools.partial(render_table, header=writers.columns(record_type)))(
                rows, stream, color
            )
        else:
            writers.write(rows, stream, concrete, writers.columns(record_type))

    if output is not None:
        with writers.atomic_file(output) as stream:
            write(stream, color=False)
        return
    try:
        write(sys.stdout, color=writers.color_wanted(stdout_tty))
    except BrokenPipeError:  # the reader went away (| head): stop quietly, like cat does
        _silence_stdout()
        raise click.exceptions.Exit(EXIT_OK) from None


def render_table(rows: Iterable[dict], stream: IO[str], color: bool, header: list[str]) -> None:
    """A rich table for people at a terminal (rows are gathered first: tables need widths)."""
    from rich.table import Table

    from .emit import flatten

    table = Table(header_style="bold")
    for name in header:
        table.add_column(name, overflow="fold")
    for row in rows:
        flat = flatten(row)
        table.add_row(*("" if flat.get(name) is None else str(flat[name]) for name in header))
    _console(stream, color).print(table)


def _render_layouts(layouts: Iterable, stream: IO[str], color: bool) -> None:
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
@click.option(
    "--related/--no-related",
    default=False,
    help="Also the 'Читайте также' teasers of other articles [default: main text only].",
)
@click.pass_context
def entities(ctx, paths, input_format, encoding, fmt, output, types, related) -> None:
    """One record per entity mention: people, organisations, locations.

    \b
    Examples:
      pressrel entities seeds/
      pressrel entities corpus.jsonl -t PER | jq -r .normal | sort | uniq -c
    """
    from .pipeline import ENTITY_TYPES, Options, analyze_documents
    from .records import Mention

    options = Options(types=parse_types(types, ENTITY_TYPES), related=related)
    run = Run()
    documents = read_inputs(paths, input_format, encoding, run)
    analyses = analyze_documents(documents, options)
    emit((m.to_dict() for a in analyses for m in a.mentions), Mention, fmt, output)
    ctx.exit(run.exit_code)


@cli.command()
@input_options
@output_options
@click.option("--paragraphs", "unit", flag_value="paragraphs", help="One record per paragraph.")
@click.option("--sentences", "unit", flag_value="sentences", help="One record per sentence.")
@click.pass_context
def segment(ctx, paths, input_format, encoding, fmt, output, unit) -> None:
    """The layout of each document: title, date line, lead, body, source, related teasers.

    One record per document, or with --paragraphs/--sentences one per paragraph/sentence
    (fields doc, index, section, start, stop, text, related).

    \b
    Examples:
      pressrel segment seeds/
      pressrel segment releases/ --sentences | jq -r 'select(.section=="body") | .text'
    """
    from .records import Structure, Unit
    from .structure import parse

    run = Run()
    layouts = ((d, parse(d.text)) for d in read_inputs(paths, input_format, encoding, run))
    if unit:
        units = (
            u.to_dict()
            for d, layout in layouts
            for u in (
                layout.paragraph_units(d.id)
                if unit == "paragraphs"
                else layout.sentence_units(d.id)
            )
        )
        emit(units, Unit, fmt, output)
    else:
        records = (layout.record(d.id).to_dict() for d, layout in layouts)
        # a table shows the sections' text, so it reads the layouts rather than the records
        draw = functools.partial(_render_layouts, layouts)
        emit(
            records, Structure, fmt, output, render=lambda _rows, stream, color: draw(stream, color)
        )
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

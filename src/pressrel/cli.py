"""The ``pressrel`` command: parse arguments, call the core, emit records, return an exit code.

Exit codes: 0 ok; 1 some document failed (or a runtime error); 2 usage error; 130 interrupted.
stdout carries only data; errors and summaries go to stderr.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from typing import IO

import click

from . import __version__
from .emit import FORMATS
from .sources import INPUT_FORMATS

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class Run:
    """One command run as the user sees it on stderr: errors as they happen, a progress bar
    (only when stderr is a terminal), and a one-line summary at the end."""

    def __init__(self, quiet: bool = False) -> None:
        self.quiet = quiet
        self.failed = 0
        self.documents_done = 0
        self.records = 0
        self.started = time.monotonic()
        self._progress = None
        self._task = None

    def documents(self, items: Iterable) -> Iterator:
        """Documents from sources, with each error reported on stderr and counted."""
        from .records import DocumentError

        for item in items:
            if isinstance(item, DocumentError):
                self.failed += 1
                self.error(f"Error: {item.id}: {item.reason}")
            else:
                yield item

    def error(self, message: str) -> None:
        if self._progress is not None:
            self._progress.console.print(message, markup=False, highlight=False)
        else:
            click.echo(message, err=True)

    def advance(self, documents: int) -> None:
        self.documents_done += documents
        if self._progress is not None:
            rate = self.documents_done / max(time.monotonic() - self.started, 1e-9)
            self._progress.update(self._task, advance=documents, rate=f"{rate:.1f} docs/s")

    def count(self, records: Iterable[dict]) -> Iterator[dict]:
        for record in records:
            self.records += 1
            yield record

    @contextlib.contextmanager
    def progress(self, total: Callable[[], int | None]):
        """A progress bar on stderr while the block runs, when stderr is a terminal."""
        if self.quiet or not _isatty(sys.stderr):
            yield
            return
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        columns = (
            TextColumn("documents"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeRemainingColumn(),
        )
        console = Console(stderr=True, no_color="NO_COLOR" in os.environ)
        with Progress(
            *columns, console=console, redirect_stdout=False, redirect_stderr=False, transient=True
        ) as bar:
            self._progress, self._task = bar, bar.add_task("documents", total=total(), rate="")
            try:
                yield
            finally:
                self._progress = None

    def summarize(self, noun: str = "records") -> None:
        if self.quiet:
            return
        elapsed = time.monotonic() - self.started
        rate = self.documents_done / elapsed if elapsed > 0 else 0.0
        click.echo(
            f"pressrel: {self.documents_done} documents, {self.records} {noun}, "
            f"{self.failed} errors in {elapsed:.1f} s ({rate:.1f} documents/s)",
            err=True,
        )

    @property
    def exit_code(self) -> int:
        return EXIT_FAILED if self.failed else EXIT_OK


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
)


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
    help="Comma-separated types to keep: PER, ORG, LOC, COUNTRY, DATE [default: all].",
)
@click.option(
    "--country-adjectives/--no-country-adjectives",
    default=True,
    help="Country adjectives ('российских') as COUNTRY mentions [default: yes].",
)
@click.option(
    "--related/--no-related",
    default=False,
    help="Also the 'Читайте также' teasers of other articles [default: main text only].",
)
@click.option(
    "-u",
    "--unique",
    is_flag=True,
    help="One record per entity per document, with counts and roles.",
)
@click.option(
    "--across",
    is_flag=True,
    help="With --unique: one record per entity over the whole input (count, docs), most mentioned first.",
)
@processing_options
@click.pass_context
def entities(
    ctx,
    paths,
    input_format,
    encoding,
    fmt,
    output,
    types,
    country_adjectives,
    related,
    unique,
    across,
    jobs,
    quiet,
) -> None:
    """One record per entity mention: people, organisations, locations, countries, dates.

    \b
    Examples:
      pressrel entities seeds/
      pressrel entities corpus.jsonl -t PER | jq -r .normal | sort | uniq -c
    """
    from .pipeline import ENTITY_TYPES, Options
    from .records import EntitySummary, Mention

    options = Options(
        types=parse_types(types, ENTITY_TYPES),
        related=related,
        country_adjectives=country_adjectives,
    )
    if across and not unique:
        raise click.UsageError("--across needs --unique")
    run = Run(quiet)
    analyses = analyze(paths, input_format, encoding, options, jobs, run)
    if unique:
        record_type, noun = EntitySummary, "entities"
        rows = _entity_rows(analyses, across)
    else:
        record_type, noun = Mention, "mentions"
        rows = (m.to_dict() for a in analyses for m in a.mentions)
    with run.progress(lambda: count_inputs(paths, input_format)):
        emit(run.count(rows), record_type, fmt, output)
    run.summarize(noun)
    ctx.exit(run.exit_code)


def _entity_rows(analyses: Iterable, across: bool) -> Iterator[dict]:
    from .summary import Corpus, summarize

    if not across:
        return (s.to_dict() for a in analyses for s in summarize(a.mentions))
    corpus = Corpus()
    for analysis in analyses:
        corpus.add(summarize(analysis.mentions))
    return (s.to_dict() for s in corpus.summaries())


def analyze(paths, input_format, encoding, options, jobs, run: Run) -> Iterator:
    """The analyses of the documents of paths, run by the runner with jobs processes."""
    from .runner import run as run_pipeline
    from .runner import usable_cores

    documents = read_inputs(paths, input_format, encoding, run)
    return run_pipeline(documents, options, jobs or usable_cores(), run.advance)


def count_inputs(paths: tuple[str, ...], input_format: str) -> int | None:
    from .sources import count_documents

    return count_documents(paths or ("-",), input_format)


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


@cli.command()
@input_options
@output_options
@click.option(
    "--related/--no-related", default=False, help="Also the quotes inside 'Читайте также' teasers."
)
@processing_options
@click.pass_context
def quotes(ctx, paths, input_format, encoding, fmt, output, related, jobs, quiet) -> None:
    """One record per direct quote: its text, speaker (entity id) and speech verb.

    \b
    Examples:
      pressrel quotes seeds/
      pressrel quotes releases/ | jq -r 'select(.speaker=="PER:Николай Никифоров") | .text'
    """
    from .pipeline import Options
    from .records import Quote

    options = Options(types=frozenset({"PER"}), related=related)
    run = Run(quiet)
    analyses = analyze(paths, input_format, encoding, options, jobs, run)
    rows = (q.to_dict() for a in analyses for q in a.quotes)
    with run.progress(lambda: count_inputs(paths, input_format)):
        emit(run.count(rows), Quote, fmt, output)
    run.summarize("quotes")
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

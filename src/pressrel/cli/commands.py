"""The commands: ``entities``, ``quotes`` and ``segment``, each a thin layer over the core."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import click

from .options import (
    count_inputs,
    input_options,
    output_options,
    parse_types,
    processing_options,
    read_inputs,
)
from .output import Destination
from .render import render_layouts
from .ui import Run


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="pressrel", prog_name="pressrel")
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
    resume,
    raw_csv,
    types,
    country_adjectives,
    related,
    unique,
    across,
    jobs,
    quiet,
    traceback,
) -> None:
    """One record per entity mention: people, organisations, locations, countries, dates.

    \b
    Examples:
      pressrel entities seeds/
      pressrel entities corpus.jsonl -t PER | jq -r .normal | sort | uniq -c
    """
    from ..pipeline import ENTITY_TYPES, Options
    from ..records import EntitySummary, Mention

    options = Options(
        types=parse_types(types, ENTITY_TYPES),
        related=related,
        country_adjectives=country_adjectives,
        quotes=False,
    )
    if across and not unique:
        raise click.UsageError("--across needs --unique")
    destination = Destination.of(output, fmt, resume)
    run = Run(quiet, traceback)
    analyses = analyze(paths, input_format, encoding, options, jobs, run, destination.done)
    if unique:
        record_type, noun = EntitySummary, "entities"
        rows = _entity_rows(analyses, across)
    else:
        record_type, noun = Mention, "mentions"
        rows = (m.to_dict() for a in analyses for m in a.mentions)
    with run.progress(lambda: count_inputs(paths, input_format)):
        destination.emit(run.count(rows), record_type, raw=raw_csv)
    run.summarize(noun)
    ctx.exit(run.exit_code)


def _entity_rows(analyses: Iterable, across: bool) -> Iterator[dict]:
    from ..summary import Corpus, summarize

    if not across:
        return (s.to_dict() for a in analyses for s in summarize(a.mentions))
    corpus = Corpus()
    for analysis in analyses:
        corpus.add(summarize(analysis.mentions))
    return (s.to_dict() for s in corpus.summaries())


def analyze(paths, input_format, encoding, options, jobs, run: Run, skip=frozenset()) -> Iterator:
    """The analyses of the documents of paths (but skip), run by the runner with jobs
    processes."""
    from ..runner import run as run_pipeline
    from ..runner import usable_cores

    documents = read_inputs(paths, input_format, encoding, run, skip)
    return run.documents(run_pipeline(documents, options, jobs or usable_cores(), run.advance))


@cli.command()
@input_options
@output_options
@click.option("--paragraphs", "unit", flag_value="paragraphs", help="One record per paragraph.")
@click.option("--sentences", "unit", flag_value="sentences", help="One record per sentence.")
@click.pass_context
def segment(ctx, paths, input_format, encoding, fmt, output, resume, raw_csv, unit) -> None:
    """The layout of each document: title, date line, lead, body, source, related teasers.

    One record per document, or with --paragraphs/--sentences one per paragraph/sentence
    (fields doc, index, section, start, stop, text, related).

    \b
    Examples:
      pressrel segment seeds/
      pressrel segment releases/ --sentences | jq -r 'select(.section=="body") | .text'
    """
    from ..records import Structure, Unit
    from ..structure import parse

    destination = Destination.of(output, fmt, resume)
    run = Run()
    documents = read_inputs(paths, input_format, encoding, run, destination.done)
    layouts = ((d, parse(d.text)) for d in documents)
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
        destination.emit(units, Unit, raw=raw_csv)
    else:
        # a table shows the sections' text, so it draws the layouts rather than their records
        destination.emit(
            layouts, Structure, rows=_structure_rows, render=render_layouts, raw=raw_csv
        )
    ctx.exit(run.exit_code)


def _structure_rows(layouts: Iterable) -> Iterator[dict]:
    return (layout.record(document.id).to_dict() for document, layout in layouts)


@cli.command()
@input_options
@output_options
@click.option(
    "--related/--no-related", default=False, help="Also the quotes inside 'Читайте также' teasers."
)
@processing_options
@click.pass_context
def quotes(
    ctx,
    paths,
    input_format,
    encoding,
    fmt,
    output,
    resume,
    raw_csv,
    related,
    jobs,
    quiet,
    traceback,
) -> None:
    """One record per direct quote: its text, speaker (entity id) and speech verb.

    \b
    Examples:
      pressrel quotes seeds/
      pressrel quotes releases/ | jq -r 'select(.speaker=="PER:Николай Никифоров") | .text'
    """
    from ..pipeline import Options
    from ..records import Quote

    options = Options(types=frozenset({"PER"}), related=related)
    destination = Destination.of(output, fmt, resume)
    run = Run(quiet, traceback)
    analyses = analyze(paths, input_format, encoding, options, jobs, run, destination.done)
    rows = (q.to_dict() for a in analyses for q in a.quotes)
    with run.progress(lambda: count_inputs(paths, input_format)):
        destination.emit(run.count(rows), Quote, raw=raw_csv)
    run.summarize("quotes")
    ctx.exit(run.exit_code)

"""The commands: ``entities``, ``quotes``, ``segment`` and ``stats``, each a thin layer over the core:
its own options, the core call, and the records it prints; the rest is ``Job``'s. ``group.py``
lists them (and ``eval``, in ``evaluation.py``) under ``pressrel``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import click

from .job import Job
from .options import Common, common_options, pipeline_options, types_option
from .render import render_layouts


@click.command()
@common_options
@types_option("keep")
@click.option(
    "--country-adjectives/--no-country-adjectives",
    default=True,
    help="Adjectives of countries and places ('российских', 'московского') as COUNTRY and LOC mentions [default: yes].",
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
@click.option(
    "--generic-orgs",
    is_flag=True,
    help="Also generic organisations in lower case ('полиция', 'правительства') as ORG.",
)
def entities(
    common: Common, types, country_adjectives, related, unique, across, generic_orgs
) -> None:
    """One record per entity mention: people, organisations, places, countries, dates, amounts.

    \b
    Examples:
      pressrel entities seeds/
      pressrel entities corpus.jsonl -t PER | jq -r .normal | sort | uniq -c
    """
    from ..records import EntitySummary, Mention
    from ..work import Task

    options = pipeline_options(
        types,
        related=related,
        country_adjectives=country_adjectives,
        quotes=False,
        generic_orgs=generic_orgs,
    )
    if across and not unique:
        raise click.UsageError("--across needs --unique")
    if across and common.resume:
        raise click.UsageError("--resume cannot go with --across: its records are of no document")
    with Job(common) as job:
        if across:
            summaries = job.records(Task("entities", options, unique=True))
            job.finish(_across(summaries), EntitySummary, "entity")
        elif unique:
            job.finish_records(Task("entities", options, unique=True), EntitySummary, "entity")
        else:
            job.finish_records(Task("entities", options), Mention, "mention")


def _across(summaries: Iterable) -> Iterator[dict]:
    """Per-document entity summaries merged over the whole input."""
    from ..summary import Corpus

    corpus = Corpus()
    corpus.add(summaries)
    return (s.to_dict() for s in corpus.summaries())


@click.command()
@common_options
@click.option("--paragraphs", is_flag=True, help="One record per paragraph.")
@click.option("--sentences", is_flag=True, help="One record per sentence.")
def segment(common: Common, paragraphs: bool, sentences: bool) -> None:
    """The layout of each document: title, date line, lead, body, source, related teasers.

    One record per document, or with --paragraphs/--sentences one per paragraph/sentence
    (fields doc, index, section, start, stop, text, related). The layout needs no model:
    segment runs in this process whatever -j says.

    \b
    Examples:
      pressrel segment seeds/
      pressrel segment releases/ --sentences | jq -r 'select(.section=="body") | .text'
    """
    from ..pipeline import model_safe
    from ..records import Structure, Unit
    from ..structure import parse
    from ..work import Task

    if paragraphs and sentences:
        raise click.UsageError("--paragraphs and --sentences exclude each other")
    with Job(common) as job:
        if paragraphs or sentences:
            noun = "paragraph" if paragraphs else "sentence"
            job.finish_records(Task(noun + "s"), Unit, noun)
        elif common.dask:
            job.finish_records(Task("documents"), Structure, "layout")
        else:
            # a table shows the sections' text, so it draws the layouts rather than their records
            layouts = ((d, parse(d.text)) for d in map(model_safe, job.documents(advance=True)))
            job.finish(layouts, Structure, "layout", rows=_structure_rows, render=render_layouts)


def _structure_rows(layouts: Iterable) -> Iterator[dict]:
    return (layout.record(document.id).to_dict() for document, layout in layouts)


@click.command()
@common_options
@click.option(
    "--related/--no-related", default=False, help="Also the quotes inside 'Читайте также' teasers."
)
def quotes(common: Common, related: bool) -> None:
    """One record per direct quote: its text, speaker (entity id) and speech verb.

    \b
    Examples:
      pressrel quotes seeds/
      pressrel quotes releases/ | jq -r 'select(.speaker=="PER:Николай Никифоров") | .text'
    """
    from ..records import Quote
    from ..work import Task

    with Job(common) as job:
        job.finish_records(
            Task("quotes", pipeline_options("PER,ORG", related=related)), Quote, "quote"
        )


@click.command()
@common_options
@types_option("count")
@click.option(
    "--top", type=click.IntRange(min=1), default=10, show_default=True, help="Entities per type."
)
@click.option("--by-docs", is_flag=True, help="Rank by documents, not by mentions.")
@click.option(
    "--by",
    type=click.Choice(["year", "month", "day"]),
    help="Count per period of each document's date (undated documents: period null).",
)
@click.option(
    "--pairs",
    type=click.Choice(["document", "sentence"]),
    is_flag=False,
    flag_value="document",
    help="Instead: entities that appear together in a document (or a sentence), most often first.",
)
@click.option(
    "--min-count",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="With --pairs: pairs seen at least N times.",
)
def stats(common: Common, types, top, by_docs, by, pairs, min_count) -> None:
    """Corpus statistics: the top entities of each type, per period, or which appear together.

    One streaming pass; memory grows with the distinct entities (and pairs), not with the
    documents.

    \b
    Examples:
      pressrel stats releases/ --top 20 -t PER,ORG
      pressrel stats corpus.jsonl --by month -t PER -f csv -o people-by-month.csv
      pressrel stats corpus.jsonl --pairs sentence --min-count 5 | jq -r '"\\(.a) + \\(.b)"'
    """
    from .. import stats as corpus_stats
    from ..records import EntityStat, PairStat
    from ..work import Task

    if pairs and (by or by_docs):
        raise click.UsageError("--pairs counts pairs: it takes no --by or --by-docs")
    if common.resume:
        raise click.UsageError("--resume cannot go with stats: its records are of no document")
    options = pipeline_options(types, quotes=False)
    with Job(common) as job:
        counts = job.tally(Task("stats", options, by=by, pairs=pairs))
        if pairs:
            records = corpus_stats.pair_records(counts, min_count, top=None)
            job.finish((r.to_dict() for r in records), PairStat, "pair")
        else:
            records = corpus_stats.entity_records(counts, top, by_docs)
            job.finish((r.to_dict() for r in records), EntityStat, "entity")

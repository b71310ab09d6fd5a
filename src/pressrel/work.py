"""What a command computes from documents, as one description (``Task``) and one function
(``results``), so that a local run and a Dask worker run the very same core.

``results(task, items)`` takes what ``sources`` gives (documents, errors, warnings) and yields,
in order, the command's records (``Mention``, ``EntitySummary``, ``Quote``, ``Structure``,
``Unit``), with the errors and warnings passed through where they were; ``tally(task, items)``
gives the mergeable ``stats.Tally`` instead. ``lines(task, analysis)`` is an analysis's records
as JSON Lines text (``Written``): what a ``runner.run`` shapes its analyses into, so that each
process writes the output lines of the documents it analyses.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from . import stats
from .pipeline import Options, analyze_documents, internal_error, model_safe
from .records import Analysis, Document, json_object

LAYOUTS = ("documents", "paragraphs", "sentences")  # segment: no model


@dataclass(frozen=True)
class Task:
    """A command's computation: ``kind`` is "entities" (mentions; with ``unique``, one record
    per entity per document), "quotes", "documents", "paragraphs", "sentences" (segment) or
    "stats"."""

    kind: str
    options: Options = field(default_factory=Options)
    unique: bool = False  # entities
    by: str | None = None  # stats
    pairs: str | None = None  # stats


def analyses(task: Task, items: Iterable) -> Iterator:
    """The pipeline over items (errors and warnings passed through), in this process."""
    return analyze_documents(items, task.options)


def results(task: Task, items: Iterable) -> Iterator[Any]:
    """The records of task over items, errors and warnings where they came."""
    if task.kind in LAYOUTS:
        yield from _layout_results(task, items)
        return
    for item in analyses(task, items):
        if isinstance(item, Analysis):
            yield from records(task, item)
        else:
            yield item


def records(task: Task, analysis: Analysis) -> list:
    """The records of task of one analysis."""
    from .summary import summarize

    if task.kind == "entities":
        return summarize(analysis.mentions) if task.unique else analysis.mentions
    if task.kind == "quotes":
        return analysis.quotes
    raise ValueError(f"task {task.kind!r} gives no records of analyses")


@dataclass(frozen=True, slots=True)
class Written:
    """A document's records as JSON Lines, written by the process that analysed it."""

    document: Document  # without its text (which the output lines do not need)
    lines: list[str]  # one line per record, each with its line end


def lines(task: Task, analysis: Analysis) -> Written:
    """The records of task of one analysis, as JSON Lines."""
    from .emit import on_one_line

    written = [on_one_line(json_object(record)) + "\n" for record in records(task, analysis)]
    return Written(replace(analysis.document, text=""), written)


def _layout_results(task: Task, items: Iterable) -> Iterator[Any]:
    from .structure import parse

    for item in items:
        if not isinstance(item, Document):
            yield item
            continue
        document = model_safe(item)  # lone surrogates: every output must be encodable
        try:
            layout = parse(document.text)
            if task.kind == "documents":
                found = [layout.record(document.id)]
            else:
                kind = task.kind
                units = layout.paragraph_units if kind == "paragraphs" else layout.sentence_units
                found = units(document.id)
        except Exception:  # noqa: BLE001 - a bug costs one document, as in the pipeline
            yield internal_error(document)
            continue
        yield from found


def tally(task: Task, items: Iterable) -> tuple[stats.Tally, list]:
    """The tally of items' documents, and the errors and warnings met, in order."""
    counts, problems = stats.Tally(task.by, task.pairs), []
    for item in analyses(task, items):
        if isinstance(item, Analysis):
            counts.add(item)
        else:
            problems.append(item)
    return counts, problems

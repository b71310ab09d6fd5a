"""``pressrel eval``: score pressrel (or a prediction file) against a gold file.

The command reads and checks the gold, picks the convention, gets the predictions (pressrel
run here with -j processes, or ``--pred``), and writes the report record of
``evaluation.report``: a table on a terminal, JSON otherwise. Of the options the other
commands share it takes only -f (its own formats), -o, -j and -q: its input is one gold file,
so the others are unknown options here (a usage error).
"""

from __future__ import annotations

import dataclasses
import json
import sys
from typing import IO, Any

import click

from ..emit import LINE_BREAKING, json_text
from .options import format_option, jobs_option, output_option, quiet_option
from .output import silence_stdout
from .ui import EXIT_FAILED, EXIT_OK, Run, isatty

FORMATS = ("auto", "table", "json", "jsonl")
SPAN_OPTIONS = ("--mode", "--types", "--map")


@click.command("eval")
@click.argument("gold", metavar="GOLD.jsonl")
@click.option(
    "--pred",
    metavar="PRED.jsonl",
    help="Score this file of pressrel mentions (JSON Lines, doc = gold id) instead of running "
    "pressrel on the gold texts.",
)
@click.option(
    "--mode",
    "modes",
    type=click.Choice(["exact", "overlap", "token"]),
    multiple=True,
    help="Span matching, repeatable: exact offsets, any overlap (one to one), or razdel tokens "
    "as naeval counts them [default: exact and overlap].",
)
@click.option(
    "-t", "--types", metavar="TYPES", help="Comma-separated types to score [default: the gold's]."
)
@click.option(
    "--map",
    "maps",
    metavar="A=B",
    multiple=True,
    help="Score type A as type B, in gold and predictions alike (repeatable): COUNTRY=LOC.",
)
@click.option(
    "--factru/--no-factru",
    default=None,
    help="factRuEval's conventions: COUNTRY scored as LOC, no country adjectives, an "
    "organisation's country apart ('ФСБ' + 'России'), a prediction inside a longer one dropped "
    "[default: on for persons gold, and spans gold with LOC but no "
    "COUNTRY type].",
)
@click.option(
    "--generic-orgs/--no-generic-orgs",
    default=None,
    help="Run pressrel with generic organisations ('полиция') as ORG, as NEREL annotates them "
    "[default: on, off under --factru].",
)
@click.option(
    "--errors",
    "errors",
    type=click.IntRange(min=0),
    default=0,
    metavar="N",
    help="Also list N false positives and N false negatives per type, with their context.",
)
@format_option(
    FORMATS,
    "auto: by the -o suffix (.jsonl, else JSON), else a table on a terminal, JSON otherwise.",
)
@output_option
@jobs_option
@quiet_option
def evaluate(
    gold, pred, modes, types, maps, factru, generic_orgs, errors, fmt, output, jobs, quiet
) -> None:
    """Score pressrel against gold: spans per type (P, R, F1, micro average), person names and
    resolution, or roles, by what GOLD holds.

    GOLD is JSON Lines of {"id", "text", "spans"} (optionally "tokens"), or a persons file
    ("persons" with "mention_parts") or a roles file ("persons" with "roles").

    \b
    Examples:
      pressrel eval ../shared/eval/nerel/dev.jsonl
      pressrel eval ../shared/eval/factru/dev.jsonl --mode exact --mode token --errors 5
      pressrel entities -t PER docs.jsonl > pred.jsonl && pressrel eval roles.jsonl --pred pred.jsonl
      pressrel eval gold.jsonl -f json | jq '.spans.exact.micro.f1'
    """
    from .. import outfile
    from ..evaluation import conventions, report
    from ..evaluation import gold as golds

    target = outfile.check(output) if output not in (None, "-") else None
    try:
        type_map = conventions.parse_map(maps)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--map") from None
    wanted = _types(types)
    run = Run(quiet)
    try:
        gold_set = golds.read_gold(gold)
    except golds.GoldError as error:
        raise click.ClickException(str(error)) from None
    _check_kind(gold_set.kind, modes, wanted, type_map)
    convention, auto = conventions.choose(gold_set.kind, gold_set.types(), factru)
    convention = convention.mapped(type_map)
    if generic_orgs is not None:
        convention = dataclasses.replace(convention, generic_orgs=generic_orgs)
    notes = _notes(gold_set.kind, convention, auto, pred)
    _say(run, notes, quiet)
    predictions = _predictions(gold_set, pred, convention, jobs, run)
    if predictions.foreign:
        notes.append(f"{predictions.foreign} mentions of {pred} name no gold document")
        _say(run, notes[-1:], quiet)
    said = len(notes)
    settings = report.Settings(
        modes=tuple(dict.fromkeys(modes)) or ("exact", "overlap"),
        types=wanted,
        convention=convention,
        errors=errors,
        notes=notes,
    )
    try:
        record = report.evaluate(gold_set, predictions, settings)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="-t/--types") from None
    for failure in predictions.failed:
        run.error(f"Error: {failure['doc']}: {failure['reason']}")
    _say(run, record["notes"][said:], quiet)
    _write(record, fmt, target)
    raise click.exceptions.Exit(EXIT_FAILED if predictions.failed else EXIT_OK)


def _types(value: str | None) -> tuple[str, ...] | None:
    if not value:
        return None
    found = tuple(dict.fromkeys(part.strip().upper() for part in value.split(",") if part.strip()))
    if not found:
        raise click.BadParameter("no type given", param_hint="-t/--types")
    return found


def _check_kind(kind: str, modes, types, type_map) -> None:
    """Span options are a usage error with a persons or roles gold file: it has no spans."""
    if kind == "spans":
        return
    given = [name for name, value in zip(SPAN_OPTIONS, (modes, types, type_map)) if value]
    if given:
        raise click.UsageError(f"{', '.join(given)} score spans: a {kind} gold file has none")


def _say(run: Run, notes: list[str], quiet: bool) -> None:
    """Notes on stderr, unless -q."""
    for note in [] if quiet else notes:
        run.error(f"Note: {note}")


def _notes(kind: str, convention, auto: bool, pred: str | None) -> list[str]:
    """What the user should know about how the gold is scored: the convention picked here,
    and what a prediction file cannot be made to follow."""
    notes = []
    if auto and kind == "spans":
        notes.append(
            "the gold has LOC but no COUNTRY type: factRuEval's conventions apply (COUNTRY scored as "
            "LOC, no country adjectives, an organisation's country apart, nested predictions "
            "dropped); --no-factru turns them off"
        )
    elif auto and not pred:
        notes.append(
            "a persons file (factRuEval's): pressrel runs without country adjectives, as for "
            "factRuEval; --no-factru turns this off"
        )
    if pred and kind == "spans" and not convention.country_adjectives:
        notes.append(f"{pred} is scored as it is: its country adjectives (if any) count as LOC")
    if pred and kind == "spans" and not convention.org_genitives:
        notes.append(
            f"{pred} is scored as it is: an organisation's span with its country (ФСБ России) "
            "counts whole, where factRuEval annotates the country apart"
        )
    return notes


def _predictions(gold_set, pred: str | None, convention, jobs: int | None, run: Run):
    """The mentions to score: from --pred, or pressrel run here (a progress bar on a terminal)."""
    from ..evaluation import gold as golds
    from ..evaluation import run as predict

    if pred:
        try:
            predictions = predict.predictions_from(pred, gold_set)
        except golds.GoldError as error:
            raise click.ClickException(str(error)) from None
        return predictions
    from ..runner import usable_cores

    with run.progress(lambda: len(gold_set.docs)):
        options = predict.options_for(convention)
        return predict.predict(gold_set, options, jobs or usable_cores(), run.advance)


def _write(record: dict[str, Any], fmt: str, target) -> None:
    """The record in fmt, to target (whole or not at all) or stdout."""
    from .. import outfile

    if fmt == "auto" and target is not None:
        fmt = "jsonl" if target.given.lower().endswith((".jsonl", ".ndjson")) else "json"
    elif fmt == "auto":
        fmt = "table" if isatty(sys.stdout) else "json"

    def write(stream: IO[str], color: bool) -> None:
        if fmt == "table":
            from .scorecard import render_report

            render_report(record, stream, color)
        elif fmt == "jsonl":
            stream.write(json_text(record) + "\n")
        else:
            text = json.dumps(record, ensure_ascii=False, indent=2)
            stream.write(text.translate(LINE_BREAKING) + "\n")

    if target is not None:
        with outfile.open_output(target) as stream:
            write(stream, color=False)
        return
    from ..emit import color_wanted

    try:
        write(sys.stdout, color_wanted(isatty(sys.stdout)))
        sys.stdout.flush()
    except BrokenPipeError:
        silence_stdout()

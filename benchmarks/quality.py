"""Quality of pressrel's mentions on the NEREL and factRuEval dev sets, as Markdown tables.

    python benchmarks/quality.py [--nerel PATH] [--factru PATH] [--persons PATH] [--json OUT]

Runs ``pressrel.analyze_documents`` over each dev set (documents from ``id``/``text``) and
scores the mentions with :mod:`pressrel.evaluate`:

- NEREL: PER ORG LOC COUNTRY DATE, exact-span and overlap P/R/F1 (country adjectives wanted);
- factRuEval: PER LOC ORG, exact-span and token-level F1 as naeval computes it (COUNTRY scored
  as LOC, as factRuEval annotates countries; adjectives are not LOC there, so not requested);
- factRuEval persons: names, names as written, ``normal``, B-cubed of ``entity``, merges.

The issue's targets are printed next to the figures. A missing file is skipped with a note;
a field the pipeline does not produce yet is reported, not fatal. Exit status 0.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from pathlib import Path
from typing import Any

from pressrel import analyze_documents, pipeline
from pressrel.evaluate import Scores, Share, score_persons, score_spans, score_tokens
from pressrel.records import Document

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
NEREL_TYPES = ("PER", "ORG", "LOC", "COUNTRY", "DATE")
FACTRU_TYPES = ("PER", "LOC", "ORG")
FACTRU_RETYPE = {"COUNTRY": "LOC"}
# natasha 1.6 alone on factRuEval dev (factru/SOURCE.md): token F1, exact-span F1.
NATASHA_FACTRU = {"PER": (0.960, 0.926), "LOC": (0.906, 0.906), "ORG": (0.776, 0.730)}


@dataclasses.dataclass(frozen=True)
class Target:
    label: str
    value: float | int
    goal: float | int
    at_most: bool = False

    @property
    def met(self) -> bool:
        return self.value <= self.goal if self.at_most else self.value >= self.goal

    def goal_text(self) -> str:
        return ("<= " if self.at_most else ">= ") + _num(self.goal)


# --- formatting ------------------------------------------------------------------------------


def _num(value: float | int | None) -> str:
    if value is None:
        return "–"
    if isinstance(value, int):
        return str(value)
    return f"{value:.3f}".removeprefix("0") if 0 <= value < 1 else f"{value:.3f}"


def _prf(scores: Scores) -> list[str]:
    precision = _num(scores.precision) if scores.tp + scores.fp else "–"
    recall = _num(scores.recall) if scores.tp + scores.fn else "–"
    return [precision, recall, _num(scores.f1)]


def _share(share: Share, count: bool = False) -> str:
    if not share.total:
        return "–"
    return _num(share.value) + (f" ({share.total})" if count else "")


def _table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def _section(title: str, blocks: list[str], notes: list[str]) -> str:
    bullets = ["\n".join(f"- {note}" for note in notes)] if notes else []
    return "\n\n".join([f"## {title}", *blocks, *bullets])


def _mark(target: Target) -> str:
    return f"{target.goal_text()} ({'met' if target.met else 'not met'})"


# --- running the pipeline --------------------------------------------------------------------


def make_options(
    country_adjectives: bool, generic_orgs: bool = False
) -> tuple[pipeline.Options, list[str]]:
    """Default Options with every type scored here that the pipeline knows, COUNTRY adjectives
    and generic organisations ("полиция": NEREL's convention) on or off, and notes on what the
    pipeline cannot do yet."""
    notes = []
    default = pipeline.Options()
    known = set(getattr(pipeline, "ENTITY_TYPES", ())) | set(default.types)
    missing = [kind for kind in NEREL_TYPES if kind not in known]
    if missing:
        notes.append(f"The pipeline does not produce {', '.join(missing)} yet: scored as empty.")
    changes: dict[str, Any] = {"types": frozenset(default.types) | (known & set(NEREL_TYPES))}
    if any(f.name == "country_adjectives" for f in dataclasses.fields(pipeline.Options)):
        changes["country_adjectives"] = country_adjectives
    else:
        notes.append("Options has no country_adjectives switch yet: the default is used.")
    if any(f.name == "generic_orgs" for f in dataclasses.fields(pipeline.Options)):
        changes["generic_orgs"] = generic_orgs
    return dataclasses.replace(default, **changes), notes


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


_RUNS: dict[tuple, tuple[list[dict[str, Any]], float]] = {}


def run(docs: list[dict[str, Any]], options: pipeline.Options) -> tuple[list[dict], float]:
    """Every mention of the documents as dicts, and the seconds it took (cached per input)."""
    key = (tuple((doc["id"], doc["text"]) for doc in docs), options)
    if key not in _RUNS:
        began = time.perf_counter()
        documents = [Document(doc["id"], doc["text"]) for doc in docs]
        mentions = [
            mention.to_dict()
            for analysis in analyze_documents(documents, options)
            for mention in getattr(analysis, "mentions", [])
        ]
        _RUNS[key] = (mentions, time.perf_counter() - began)
    return _RUNS[key]


def factru_predictions(mentions: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], int]:
    """Predictions shaped like factRuEval's gold: PER/LOC/ORG with COUNTRY as LOC, one per
    span, and none inside a longer one (the gold drops a LOC inside an ORG). Also the number
    of nested predictions dropped."""
    spans = {
        (m["doc"], FACTRU_RETYPE.get(m["type"], m["type"]), m["start"], m["stop"])
        for m in mentions
        if FACTRU_RETYPE.get(m["type"], m["type"]) in FACTRU_TYPES
    }
    by_doc: dict[str, list[tuple[int, int]]] = {}
    for doc, _, start, stop in spans:
        by_doc.setdefault(doc, []).append((start, stop))
    flat = [
        {"doc": doc, "type": kind, "start": start, "stop": stop}
        for doc, kind, start, stop in sorted(spans)
        if not any(s <= start and stop <= e and (s, e) != (start, stop) for s, e in by_doc[doc])
    ]
    return flat, len(spans) - len(flat)


def gold_spans(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"doc": doc["id"], **span} for doc in docs for span in doc.get("spans", [])]


# --- the three evaluations -------------------------------------------------------------------


def nerel(path: Path, out: dict, targets: list[Target]) -> str:
    docs = read_jsonl(path)
    options, notes = make_options(country_adjectives=True, generic_orgs=True)
    mentions, seconds = run(docs, options)
    gold = gold_spans(docs)
    scores = score_spans(gold, mentions, NEREL_TYPES)
    country, date = scores["COUNTRY"], scores["DATE"]
    goals = {  # per type: (metric, target) pairs
        "COUNTRY": [("exact F1", Target("NEREL COUNTRY exact F1", country.exact.f1, 0.95))],
        "DATE": [
            ("overlap F1", Target("NEREL DATE overlap F1", date.overlap.f1, 0.90)),
            ("exact F1", Target("NEREL DATE exact F1", date.exact.f1, 0.75)),
        ],
    }
    rows = []
    for kind, score in scores.items():
        n_gold = score.exact.tp + score.exact.fn
        n_predicted = score.exact.tp + score.exact.fp
        goal = ", ".join(f"{metric} {_mark(target)}" for metric, target in goals.get(kind, []))
        rows.append(
            [kind, str(n_gold), str(n_predicted), *_prf(score.exact), *_prf(score.overlap), goal]
        )
        targets.extend(target for _, target in goals.get(kind, []))
    header = ["type", "gold", "predicted", "exact P", "exact R", "exact F1"]
    header += ["overlap P", "overlap R", "overlap F1", "target"]
    out["nerel"] = {
        **_run_record(path, docs, seconds, notes),
        "scores": {kind: score.to_dict() for kind, score in scores.items()},
    }
    notes.append(f"{len(mentions)} mentions in {seconds:.1f} s; options: {_options_text(options)}.")
    return _section(
        f"NEREL v1.1 dev: {len(docs)} documents, {len(gold)} gold spans",
        [_table(header, rows)],
        notes,
    )


def _run_record(path: Path, docs: list, seconds: float, notes: list[str]) -> dict:
    """What every section of the JSON figures starts with."""
    return {"path": str(path), "documents": len(docs), "seconds": seconds, "notes": notes}


def factru(path: Path, out: dict) -> str:
    docs = read_jsonl(path)
    options, notes = make_options(country_adjectives=False)
    mentions, seconds = run(docs, options)
    predicted, nested = factru_predictions(mentions)
    gold = gold_spans(docs)
    spans = score_spans(gold, predicted, FACTRU_TYPES)
    tokens = {doc["id"]: doc["tokens"] for doc in docs if "tokens" in doc}
    token_scores = score_tokens(tokens, gold, predicted, FACTRU_TYPES)
    rows = []
    for kind in FACTRU_TYPES:
        score = spans[kind]
        token_f1, exact_f1 = NATASHA_FACTRU[kind]
        rows.append(
            [
                kind,
                str(score.exact.tp + score.exact.fn),
                str(score.exact.tp + score.exact.fp),
                *_prf(score.exact),
                *_prf(token_scores[kind]),
                f"{_num(token_f1)} / {_num(exact_f1)}",
            ]
        )
    header = ["type", "gold", "predicted", "exact P", "exact R", "exact F1"]
    header += ["token P", "token R", "token F1", "natasha 1.6 token / exact F1"]
    out["factru"] = {
        **_run_record(path, docs, seconds, notes),
        "scores": {kind: spans[kind].to_dict() for kind in FACTRU_TYPES},
        "tokens": {kind: token_scores[kind].to_dict() for kind in FACTRU_TYPES},
        "nested_dropped": nested,
    }
    notes += [
        "COUNTRY predictions are scored as LOC (factRuEval's countries are locations); like the "
        f"gold, predictions are flat: {nested} inside a longer prediction were dropped "
        "(a country inside an organisation name).",
        f"{len(mentions)} mentions in {seconds:.1f} s; options: {_options_text(options)}.",
    ]
    return _section(
        f"factRuEval-2016 dev: {len(docs)} documents, {len(gold)} gold spans",
        [_table(header, rows)],
        notes,
    )


def persons(path: Path, out: dict, targets: list[Target]) -> str:
    docs = read_jsonl(path)
    options, _ = make_options(country_adjectives=False)
    mentions, seconds = run(docs, options)
    scores = score_persons(docs, mentions)
    all_parts = Target("persons, full gold name, all parts", scores.names.all.value, 0.90)
    bcubed = Target("persons B-cubed F1", scores.bcubed.f1, 0.95)
    merges = Target("persons merges", scores.merges, 1, at_most=True)
    targets += [all_parts, bcubed, merges]

    def row(label: str, names: Any, goal: str = "") -> list[str]:
        return [
            label,
            _share(names.first),
            _share(names.last),
            _share(names.middle, count=True),
            _share(names.all),
            str(names.all.total),
            goal,
        ]

    names_table = _table(
        ["names", "first", "last", "middle (n)", "all parts", "mentions", "target"],
        [
            row("full gold name", scores.names, f"all parts {_mark(all_parts)}"),
            row("full gold name, surname-only mentions", scores.names_surname_only),
            row("as written", scores.written),
            row("as written, surname-only mentions", scores.written_surname_only),
        ],
    )
    resolution = _table(
        ["resolution", "B³ P", "B³ R", "B³ F1", "merges", "each mention alone: B³ F1", "target"],
        [
            [
                "`entity`",
                _num(scores.bcubed.precision),
                _num(scores.bcubed.recall),
                _num(scores.bcubed.f1),
                str(scores.merges),
                _num(scores.singletons.f1),
                f"F1 {_mark(bcubed)}; merges {_mark(merges)}",
            ]
        ],
    )
    notes = [
        f"{scores.matched} of {scores.gold_mentions} gold mentions matched by offsets "
        f"({_share(Share(scores.matched, scores.gold_mentions))}); "
        f"{scores.predicted} predicted PER mentions.",
        f"`normal` equals the gold full name: {_share(scores.normal)} "
        f"({scores.normal.correct} of {scores.normal.total}).",
    ]
    if not scores.has_entity:
        notes.append(
            "The mentions carry no `entity` yet: each mention stands alone, so B³ is the "
            "each-mention-alone figure."
        )
    notes += [
        f"merge: {m['doc']} entity {m['entity']!r} joins {m['persons']}" for m in scores.merged
    ]
    notes.append(f"{len(mentions)} mentions in {seconds:.1f} s.")
    out["persons"] = {"path": str(path), "documents": len(docs), **scores.to_dict()}
    n_persons = sum(len(doc.get("persons", [])) for doc in docs)
    return _section(
        f"factRuEval-2016 dev persons: {len(docs)} documents, {n_persons} persons",
        [names_table, resolution],
        notes,
    )


def _options_text(options: pipeline.Options) -> str:
    parts = []
    for f in dataclasses.fields(options):
        value = getattr(options, f.name)
        if isinstance(value, (set, frozenset)):
            value = ",".join(sorted(value))
        parts.append(f"{f.name}={value}")
    return " ".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--nerel", type=Path, default=EVAL / "nerel" / "dev.jsonl")
    parser.add_argument("--factru", type=Path, default=EVAL / "factru" / "dev.jsonl")
    parser.add_argument("--persons", type=Path, default=EVAL / "factru" / "dev-persons.jsonl")
    parser.add_argument("--json", type=Path, help="also write every figure to this JSON file")
    args = parser.parse_args(argv)

    out: dict[str, Any] = {}
    targets: list[Target] = []
    sections = ["# pressrel quality on the dev sets"]
    for name, path, evaluate in (
        ("NEREL", args.nerel, lambda p: nerel(p, out, targets)),
        ("factRuEval", args.factru, lambda p: factru(p, out)),
        ("factRuEval persons", args.persons, lambda p: persons(p, out, targets)),
    ):
        if path.is_file():
            sections.append(evaluate(path))
        else:
            sections.append(_section(name, [], [f"skipped: {path} does not exist."]))
    if targets:
        rows = [[t.label, _num(t.value), t.goal_text(), "yes" if t.met else "no"] for t in targets]
        sections.append(
            _section("Targets", [_table(["target", "figure", "goal", "met"], rows)], [])
        )
        out["targets"] = [
            {"label": t.label, "value": t.value, "goal": t.goal_text(), "met": t.met}
            for t in targets
        ]
    print("\n\n".join(sections))
    if args.json:
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""What each step, extractor and rule package of pressrel costs: CPU seconds per 1,000 documents.

    python benchmarks/budget.py [--corpus PATH] [--docs N] [--quotes] [--json PATH]

The fixed corpus (default ``../shared/corpus/wikinews-ru.jsonl``, its first N documents) is
analysed twice in one process, every cache emptied before each run and the models loaded
before (``pipeline.warm_up``) and the garbage collector set as the CLI sets it
(``pipeline.collect_less``): once plain, timed by CPU time (``time.process_time``), and once
under cProfile. Each row is an entry point of the pipeline; its share of the profiled run
(cProfile's cumulative time over the profiled total) times the plain run's CPU time is its
cost, per 1,000 documents. The profile inflates Python calls more than C ones (pymorphy2 and
razdel more than the network's matrix products), so a row is an estimate; two versions
compared on the same corpus and machine show what a change added. Rows under a step (indented)
are part of it; "other" is the rest of the pipeline (records, offsets, sorting). Output
(JSON Lines writing) is not included: ``throughput.py`` measures whole runs.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import sys
import time
from pathlib import Path

for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_name] = "1"

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

DEFAULT_CORPUS = Path("/work/shared/corpus/wikinews-ru.jsonl")


def entry_points() -> list[tuple[int, str, object]]:
    """(depth, label, function) of every row, in pipeline order; extractors from the registry."""
    from pressrel import extractors, people, places, quotes, resolve, structure
    from pressrel.lang import gender, names, normalize, phrases
    from pressrel.models import fallback, ner
    from pressrel.orgs import ids, spans
    from pressrel.roles import find_role

    rows: list[tuple[int, str, object]] = [
        (0, "layout (structure)", structure.layout.parse),
        (0, "NER model (razdel tokens, network, BIO)", ner.tag),
        (0, "PER spans of one name joined (lang.names.joined)", names.joined),
        (0, "span normal forms (lang.normalize)", normalize.normalize),
        (1, "person names (lang.names.parse_person)", names.parse_person),
        (1, "phrases in the nominative (lang.phrases)", phrases.nominative),
        (1, "natasha taggers, the undecided spans (models.fallback)", fallback.normal_forms),
        (0, "organisation spans (orgs.spans.refine)", spans.refine),
        (0, "surnames written again (people.repeats)", people.repeats.repeated),
        (0, "persons things are named after (people.namesakes)", people.namesakes.named_after),
        (0, "parts of places (places.parts_of_places)", places.parts_of_places),
    ]
    for extractor in extractors.extractors():
        if extractor.scan is not None:
            rows.append((0, f"extractor {extractor.name} (scan)", extractor.scan))
    rows += [
        (0, "resolution (resolve)", resolve.resolve),
        (1, "roles (roles.find_role)", find_role),
        (1, "gender of the words around a name (lang.gender.agreements)", gender.agreements),
        (1, "surname readings (lang.names.surname_readings)", names.surname_readings),
        (1, "organisation ids (orgs.ids.Organisations)", ids.Organisations.__init__),
        (0, "quotes (quotes.find_quotes)", quotes.find_quotes),
    ]
    return rows


def _key(function: object) -> tuple[str, int, str]:
    """pstats' key of a function (the function an lru_cache wraps)."""
    code = getattr(function, "__wrapped__", function).__code__  # type: ignore[attr-defined]
    return (code.co_filename, code.co_firstlineno, code.co_name)


def _documents(corpus: Path, count: int) -> list:
    from pressrel.records import Document
    from pressrel.sources.read import read_documents

    found = []
    for item in read_documents([str(corpus)], "jsonl"):
        if isinstance(item, Document):
            found.append(item)
            if len(found) == count:
                break
    return found


def _analyse(documents: list, options: object) -> None:
    from pressrel import caches
    from pressrel.pipeline import analyze_documents

    caches.clear_all()
    for _ in analyze_documents(documents, options):  # type: ignore[arg-type]
        pass


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--docs", type=int, default=1000, help="the corpus's first N documents")
    parser.add_argument("--quotes", action="store_true", help="find quotes too (as `quotes`)")
    parser.add_argument("--json", type=Path, help="also write the table as JSON here")
    args = parser.parse_args()

    from pressrel.options import Options
    from pressrel.pipeline import collect_less, warm_up

    documents = _documents(args.corpus, args.docs)
    options = Options(quotes=args.quotes)
    warm_up()
    collect_less()  # as the CLI's runs do
    started = time.process_time()
    _analyse(documents, options)
    plain = time.process_time() - started
    profile = cProfile.Profile()
    profile.enable()
    _analyse(documents, options)
    profile.disable()
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    profiled = sum(tottime for _, _, tottime, _, _ in stats.values())

    per_1000 = 1000 / len(documents)
    rows = []
    top = 0.0
    for depth, label, function in entry_points():
        cumulative = stats.get(_key(function), (0, 0, 0.0, 0.0))[3]
        share = cumulative / profiled if profiled else 0.0
        top += share if depth == 0 else 0.0
        rows.append((depth, label, share, share * plain * per_1000))
    rows.append((0, "other (records, offsets, batching)", 1 - top, (1 - top) * plain * per_1000))

    print(f"{len(documents)} documents of {args.corpus.name}; CPU {plain:.2f} s without the")
    print(f"profiler ({plain * per_1000:.1f} s per 1,000 documents), {profiled:.2f} s under it")
    print()
    print(f"{'step':<66} {'share':>6} {'s/1000 docs':>12}")
    for depth, label, share, cost in rows:
        print(f"{'  ' * depth + label:<66} {share:>6.1%} {cost:>12.2f}")
    if args.json:
        table = [
            {"step": label, "depth": d, "share": s, "s_per_1000": c} for d, label, s, c in rows
        ]
        record = {"corpus": str(args.corpus), "documents": len(documents), "cpu_s": plain}
        args.json.write_text(json.dumps({**record, "rows": table}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Soak: a long run over distinct real news documents, -j 2 against -j 1.

    python benchmarks/soak.py [--docs 1000 10000] [--json PATH]

The documents are distinct recombinations of real news paragraphs (the Wikinews corpus and
both dev sets: every paragraph is real text, every document a new one, so no cache sees a
document twice): a real title and 3 to 8 paragraphs drawn from the pool with a fixed seed.
For each size, `pressrel entities -q -o out.jsonl` runs with -j 1 and with -j 2 (each a child,
wall time and peak RSS from its own wait4 rusage, see throughput.py). Targets: exit 0, the two
outputs byte-identical, and peak RSS at the largest size within 15% of the smallest.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from throughput import DEFAULT_CORPUS, pressrel_exe, read_corpus, run_child  # noqa: E402

DEV_SETS = [
    DEFAULT_CORPUS.parent.parent / "eval" / name / "dev.jsonl" for name in ("factru", "nerel")
]
MEMORY_GROWTH_LIMIT = 0.15


def documents(count: int, seed: int = 2026) -> list[dict]:
    """count distinct documents made of real paragraphs."""
    texts = [
        doc["text"]
        for path in [DEFAULT_CORPUS, *DEV_SETS]
        if path.exists()
        for doc in read_corpus(path)
    ]
    splits = [[p for p in text.split("\n\n") if p.strip()] for text in texts]
    titles = [paragraphs[0] for paragraphs in splits if paragraphs]
    pool = [p for paragraphs in splits for p in paragraphs[1:]]
    rng, seen, out = random.Random(seed), set(), []
    while len(out) < count:
        text = "\n\n".join([rng.choice(titles), *rng.sample(pool, rng.randint(3, 8))])
        if text not in seen:
            seen.add(text)
            out.append({"id": f"soak-{len(out)}", "text": text})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--docs", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    exe, rows, passed = pressrel_exe(), [], True
    with tempfile.TemporaryDirectory(prefix="pressrel-soak-") as folder:
        tmp = Path(folder)
        for count in args.docs:
            corpus = tmp / f"soak-{count}.jsonl"
            with corpus.open("w", encoding="utf-8") as out:
                for doc in documents(count):
                    out.write(json.dumps(doc, ensure_ascii=False) + "\n")
            outputs = {}
            for jobs in (1, 2):
                outputs[jobs] = tmp / f"out-{count}-j{jobs}.jsonl"
                command = [
                    exe,
                    "entities",
                    str(corpus),
                    "-q",
                    "-j",
                    str(jobs),
                    "-o",
                    str(outputs[jobs]),
                ]
                result = run_child(command)
                rows.append(
                    {
                        "documents": count,
                        "jobs": jobs,
                        "seconds": result["seconds"],
                        "documents_per_s": count / result["seconds"],
                        "peak_rss_mb": result["rss_mb"],
                        "exit": result["returncode"],
                    }
                )
                passed &= result["returncode"] == 0
            same = filecmp.cmp(outputs[1], outputs[2], shallow=False)
            rows[-1]["identical_to_j1"] = rows[-2]["identical_to_j1"] = same
            passed &= same
    print("| documents | -j | exit | s | documents/s | peak RSS MB | -j 2 output = -j 1 |")
    print("|---:|---:|---:|---:|---:|---:|---|")
    for row in rows:
        print(
            f"| {row['documents']:,} | {row['jobs']} | {row['exit']} | {row['seconds']:.1f} |"
            f" {row['documents_per_s']:.1f} | {row['peak_rss_mb']:.0f} | {row['identical_to_j1']} |"
        )
    for jobs in (1, 2):
        sized = [row for row in rows if row["jobs"] == jobs]
        growth = sized[-1]["peak_rss_mb"] / sized[0]["peak_rss_mb"] - 1
        verdict = "PASS" if growth < MEMORY_GROWTH_LIMIT else "FAIL"
        passed &= verdict == "PASS"
        print(
            f"peak RSS growth -j {jobs}, {sized[0]['documents']:,} -> {sized[-1]['documents']:,} documents: {growth:+.1%} ({verdict})"
        )
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "passed": passed}, indent=2))
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())

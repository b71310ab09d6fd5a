"""Big documents: time and memory linear in a document's size, whatever its shape.

    python benchmarks/bigdocs.py [--mb 30] [--corpus PATH] [--json PATH]

Runs (each `pressrel entities -j 1 -q -f jsonl > /dev/null` as a child, wall time and peak RSS
from its own wait4 rusage, see throughput.py):
  o  ordinary documents: the corpus cycled to MB megabytes of text, one document per line;
  p  the same text as ONE document of paragraphs (the documents joined by blank lines);
  l  the same text as ONE document on ONE line (every line break a space);
  q  in-process: find_quotes over 40 KB of pathological quotation marks (unclosed «a lines,
     a row of «, unclosed nesting, “ with one close at the end).

Targets: p/o and l/o (wall time and peak RSS) within 2x; peak RSS of every run under 1 GB;
kernel time of every run under 10% of its user time; every q case under 1 s. Exit code 0 when
all pass.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from throughput import DEFAULT_CORPUS, pressrel_exe, read_corpus, run_child  # noqa: E402

SHAPE_LIMIT = 2.0
RSS_LIMIT_MB = 1024
KERNEL_LIMIT = 0.1  # kernel time over user time: page faults of big copies show here
QUOTES_LIMIT_S = 1.0
QUOTE_CASES = {
    "unclosed «a lines": "«a\n" * 13_000,
    "a row of «": "«" * 40_000,
    "unclosed nesting": "«а " * 13_000 + "»",
    "“ closed at the end": "“а " * 13_000 + "”",
}


def texts(corpus: list[dict], megabytes: float) -> list[str]:
    """Corpus texts, cycled, up to megabytes of characters (Cyrillic: about 2 bytes each)."""
    wanted, out, total, i = int(megabytes * 1_000_000 / 2), [], 0, 0
    while total < wanted:
        text = corpus[i % len(corpus)]["text"]
        out.append(text)
        total += len(text) + 2
        i += 1
    return out


def write_inputs(docs: list[str], folder: Path) -> dict[str, Path]:
    ordinary = folder / "ordinary.jsonl"
    with ordinary.open("w", encoding="utf-8") as out:
        for i, text in enumerate(docs):
            out.write(json.dumps({"id": str(i), "text": text}, ensure_ascii=False) + "\n")
    joined = "\n\n".join(docs)
    paragraphs, line = folder / "paragraphs.txt", folder / "line.txt"
    paragraphs.write_text(joined, encoding="utf-8")
    line.write_text(" ".join(joined.split("\n")), encoding="utf-8")
    return {"o": ordinary, "p": paragraphs, "l": line}


def measure(exe: str, path: Path) -> dict:
    result = run_child([exe, "entities", str(path), "-j", "1", "-q", "-f", "jsonl"])
    return {
        "seconds": result["seconds"],
        "rss_mb": result["rss_mb"],
        "user_s": result["user_s"],
        "kernel_s": result["kernel_s"],
        "ok": result["returncode"] == 0,
    }


def quote_times() -> dict[str, float]:
    from pressrel.quotes import find_quotes

    times = {}
    for name, text in QUOTE_CASES.items():
        start = time.perf_counter()
        find_quotes(text, [], "x")
        times[name] = time.perf_counter() - start
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--mb", type=float, default=30.0, help="megabytes of text per run [30]")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = parser.parse_args(argv)
    exe = pressrel_exe()
    docs = texts(read_corpus(args.corpus), args.mb)
    with tempfile.TemporaryDirectory(prefix="pressrel-big-") as folder:
        inputs = write_inputs(docs, Path(folder))
        sizes = {run: path.stat().st_size / 1e6 for run, path in inputs.items()}
        runs = {run: measure(exe, path) for run, path in inputs.items()}
    quotes = quote_times()
    checks = [
        (f"{run}/o wall time", runs[run]["seconds"] / runs["o"]["seconds"], SHAPE_LIMIT)
        for run in ("p", "l")
    ]
    checks += [(f"{run} peak RSS (MB)", runs[run]["rss_mb"], RSS_LIMIT_MB) for run in runs]
    checks += [
        (f"{run}/o peak RSS", runs[run]["rss_mb"] / runs["o"]["rss_mb"], SHAPE_LIMIT)
        for run in ("p", "l")
    ]
    checks += [
        (
            f"{run} kernel/user time",
            figures["kernel_s"] / max(figures["user_s"], 1e-9),
            KERNEL_LIMIT,
        )
        for run, figures in runs.items()
    ]
    checks += [(f"quotes: {name} (s)", seconds, QUOTES_LIMIT_S) for name, seconds in quotes.items()]
    print(f"{len(docs)} documents, {sum(map(len, docs)):,} characters")
    print(
        "| run | MB on disk | wall s | user s | kernel s | peak RSS MB | exit ok |\n"
        "|---|---:|---:|---:|---:|---:|---|"
    )
    for run, figures in runs.items():
        print(
            f"| {run} | {sizes[run]:.1f} | {figures['seconds']:.1f} | {figures['user_s']:.1f} |"
            f" {figures['kernel_s']:.1f} | {figures['rss_mb']:.0f} | {figures['ok']} |"
        )
    print("\n| target | value | limit | verdict |\n|---|---:|---:|---|")
    passed = all(figures["ok"] for figures in runs.values())
    for name, value, limit in checks:
        verdict = "PASS" if value < limit else "FAIL"
        passed &= verdict == "PASS"
        print(f"| {name} | {value:.3f} | < {limit} | {verdict} |")
    if args.json:
        figures = {"runs": runs, "sizes_mb": sizes, "quotes_s": quotes, "passed": passed}
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())

"""Big documents: time and memory linear in a document's size, whatever its shape.

    python benchmarks/bigdocs.py [--mb 30] [--corpus PATH ...] [--seed N] [--json PATH] [--quotes]

The text: DISTINCT documents of natural text, MB megabytes of them (Cyrillic: about 2 bytes a
character). The pool is every document of the corpora (by default the Wikinews corpus, which is
NEREL train's texts, and the real releases; never a dev set), each cut into paragraphs (its
lines) and sentences (razdel). Each new document takes the shape of a pool document drawn by a
seeded RNG (its paragraphs, their separators and how many sentences each holds) and fills each
paragraph with sentences drawn at random from the whole pool; a paragraph met before (a title
of one sentence drawn twice) takes one more sentence until it is new. So no paragraph repeats
(checked: the count of distinct paragraphs is printed and must be the count of paragraphs), and
pressrel's memos of repeated text (NER's spans of a paragraph) do not make the ordinary run
cheaper than a real corpus would; the vocabulary and the sentences are natural (a sentence
recurs in several paragraphs, as names and words do in a real corpus). A cycled corpus
(before) repeated every paragraph and flattered (o).

Runs (each `pressrel entities -j 1 -q -f jsonl > /dev/null` as a child, wall time and peak RSS
from its own wait4 rusage, see throughput.py), all of the SAME text:
  o  ordinary documents: one document per line (JSON Lines);
  p  ONE document of paragraphs (the documents joined by blank lines);
  l  ONE document on ONE line (every line break a space);
  q  in-process: find_quotes over 40 KB of pathological quotation marks (unclosed «a lines,
     a row of «, unclosed nesting, “ with one close at the end).
With --quotes, also
  pq, lq  `pressrel quotes -j 1 -q -f jsonl` on the documents of p and l.

Targets: p/o and l/o (wall time and peak RSS) within 2x; peak RSS of every run under 1 GB;
kernel time of every run under 10% of its user time; every q case under 1 s; with --quotes,
pq/p and lq/l (wall and user time) within 1.5x. Exit code 0 when all pass.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
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
QUOTES_OVER_ENTITIES = 1.5  # `pressrel quotes` against `entities` on the same big document
QUOTE_CASES = {
    "unclosed «a lines": "«a\n" * 13_000,
    "a row of «": "«" * 40_000,
    "unclosed nesting": "«а " * 13_000 + "»",
    "“ closed at the end": "“а " * 13_000 + "”",
}


RELEASES = Path("/work/shared/corpus/releases")
LINE_BREAKS = re.compile(r"(\n+)")


def pool(corpora: list[Path]) -> list[str]:
    """The distinct texts of the corpora: JSON Lines files ("text") and folders of .txt files."""
    found: dict[str, None] = {}
    for path in corpora:
        if path.is_dir():
            found.update((p.read_text(encoding="utf-8"), None) for p in sorted(path.glob("*.txt")))
        else:
            found.update((doc["text"], None) for doc in read_corpus(path))
    return list(found)


def shapes_and_sentences(texts: list[str]) -> tuple[list[list[tuple[str, int]]], list[str]]:
    """Each text's shape (its paragraphs as (separator before, sentences)) and every distinct
    sentence of them all."""
    from razdel import sentenize

    shapes, sentences = [], {}
    for text in texts:
        parts = LINE_BREAKS.split(text.strip())
        shape = []
        for separator, paragraph in zip(["", *parts[1::2]], parts[::2]):
            said = [s.text for s in sentenize(paragraph) if s.text.strip()]
            if said:
                shape.append((separator, len(said)))
                sentences.update(dict.fromkeys(said))
        if shape:
            shapes.append(shape)
    return shapes, list(sentences)


def texts(corpora: list[Path], megabytes: float, seed: int = 22) -> list[str]:
    """Distinct documents of natural text, about megabytes of characters (2 bytes each):
    each a pool document's shape filled with sentences drawn across the pool, no paragraph
    twice (see the module's docstring)."""
    shapes, sentences = shapes_and_sentences(pool(corpora))
    rng = random.Random(seed)
    wanted, out, total, seen = int(megabytes * 1_000_000 / 2), [], 0, set()
    while total < wanted:
        parts = []
        for separator, count in rng.choice(shapes):
            paragraph = " ".join(rng.choices(sentences, k=count))
            while paragraph in seen:
                paragraph += " " + rng.choice(sentences)
            seen.add(paragraph)
            parts += [separator, paragraph]
        out.append("".join(parts))
        total += len(out[-1]) + 2
    return out


def paragraphs(docs: list[str]) -> tuple[int, int]:
    """How many paragraphs (non-blank lines) the documents hold, and how many distinct."""
    lines = [line for doc in docs for line in doc.split("\n") if line.strip()]
    return len(lines), len(set(lines))


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


def measure(exe: str, path: Path, command: str = "entities") -> dict:
    result = run_child([exe, command, str(path), "-j", "1", "-q", "-f", "jsonl"])
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
    parser.add_argument(
        "--corpus",
        type=Path,
        nargs="+",
        default=[DEFAULT_CORPUS, RELEASES],
        help="the pool: JSON Lines files and folders of .txt [Wikinews, the releases]",
    )
    parser.add_argument("--seed", type=int, default=22, help="the RNG's seed [22]")
    parser.add_argument("--text-only", action="store_true", help="build the text, run nothing")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    parser.add_argument(
        "--quotes",
        action="store_true",
        help="also run `pressrel quotes` on p and l (runs pq, lq): within 1.5x of entities",
    )
    args = parser.parse_args(argv)
    exe = pressrel_exe()
    docs = texts(args.corpus, args.mb, args.seed)
    count, distinct = paragraphs(docs)
    print(
        f"{len(docs):,} documents, {sum(map(len, docs)):,} characters,"
        f" {count:,} paragraphs, {distinct:,} distinct"
    )
    if distinct != count or args.text_only:
        return 0 if distinct == count else 1
    with tempfile.TemporaryDirectory(prefix="pressrel-big-") as folder:
        inputs = write_inputs(docs, Path(folder))
        sizes = {run: path.stat().st_size / 1e6 for run, path in inputs.items()}
        runs = {run: measure(exe, path) for run, path in inputs.items()}
        if args.quotes:
            for run in ("p", "l"):
                sizes[f"{run}q"] = sizes[run]
                runs[f"{run}q"] = measure(exe, inputs[run], "quotes")
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
    checks += [
        (f"{run}q/{run} {label}", runs[f"{run}q"][key] / runs[run][key], QUOTES_OVER_ENTITIES)
        for run in ("p", "l")
        if f"{run}q" in runs
        for label, key in (("wall time", "seconds"), ("user time", "user_s"))
    ]
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

"""Throughput benchmark of pressrel against natasha, on one corpus and in one run.

    python benchmarks/throughput.py [--docs N] [--natasha-docs M] [--rounds R]
                                    [--corpus PATH] [--memory] [--json PATH]

Runs
  a  natasha NER only (Doc, segment, tag_ner), in-process in a child Python: models built
     once (reported as "model load"), then the loop over documents is timed.
  b  natasha's full Doc pipeline as its README shows it: segment, tag_morph, parse_syntax,
     tag_ner, span.normalize for every span, span.extract_fact for PER spans, and all
     DatesExtractor matches over the text; same protocol as (a).
  c  `pressrel entities CORPUS -j 1 -q -f jsonl > /dev/null` as a subprocess; wall time
     includes model load, and is also reported net of a "load only" run (the same command
     on a one-document corpus, median of 3).
  d  the same with `-j 2`.
  e  `pressrel --help` wall time, median of 5.
  f  wall time to the first output line of `pressrel entities CORPUS -q -f jsonl` (default
     jobs, as a user runs it) on a one-document corpus, model load included; median of 3.
  g  (--memory) peak RSS of a 20,000-document run against a 500-document run (-j 1).
  i  natasha NER only, as (a), on distinct documents: the corpus's first --distinct-docs
     documents, none repeated (the cycled corpus repeats each document, which pressrel's
     caches by surface form make cheaper than new text).
  j  pressrel -j 1, as (c), on the same distinct documents. Target j/i (c/a on distinct
     documents) >= 1.2.
  h  (--dask) `pressrel entities CORPUS --dask local:2`: a distributed.LocalCluster of 2 worker
     processes started for the run; net of a one-document run of the same (cluster start and
     the workers' model load). Targets h/c >= 1.5 and h/d >= 0.8.
(a), (c) and (d) run --rounds times, interleaved (a c d a c d ...), so that a slow spell of the
machine hits every run of a round alike; each ratio is computed within a round, and the verdict
is on the median over rounds (the note gives the range). (b) is slow and far from its target:
it runs once, and c/b divides each round's (c) by it.

(a) and (b) run on an evenly spaced subset of the corpus (--natasha-docs) because (b) is
slow; ratios compare documents/s, so they stay comparable (characters/s ratios are shown too).
Ratios of (c) and (d) use the rates net of model load, as (a) and (b) exclude it.

Peak RSS: every measured run is a direct child of this script, reaped with os.wait4(), whose
rusage is that child's own: ru_maxrss is the largest resident set of the child *or any of its
waited-for descendants* (Linux), and is not mixed with other runs (unlike
RUSAGE_CHILDREN, which is a running max over all children). With -j 2 it is therefore the
biggest single process of the tree, not the sum over workers. (a) and (b) also run in their own
child process (this script with --worker), so their RSS is not mixed either.

The bytecode of the pressrel package the runs import is compiled first (``compile_bytecode``),
as ``pip install`` leaves it: with PYTHONDONTWRITEBYTECODE set, an editable install would
otherwise compile its sources again at every start, and (e), (f) and the load-only run would
time that instead of pressrel.

OPENBLAS/OMP/MKL_NUM_THREADS are set to 1 here, before numpy can be imported, and inherited by
every child. The "CPU s" column (user + system time of the run, children included) is less
sensitive than wall time to other work on the machine; the 1-minute load average is printed
before and after, with a warning when the machine was already busy. Exit code 0 when every
measured target passes (a SKIP, e.g. d/c on one core, does not fail), 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_name] = "1"

DEFAULT_CORPUS = Path("/work/shared/corpus/wikinews-ru.jsonl")
TARGETS = {"c/a": 1.5, "c/b": 8.0, "d/c": 1.8, "j/i": 1.2, "h/c": 1.5, "h/d": 0.8}
DASK = "local:2"
RUNS = {
    "a": "a: natasha NER only",
    "b": "b: natasha full pipeline",
    "c": "c: pressrel -j 1",
    "d": "d: pressrel -j 2",
    "h": "h: pressrel --dask local:2",
    "i": "i: natasha NER only, distinct documents",
    "j": "j: pressrel -j 1, distinct documents",
}
RATE_ROW = {"a": "loop", "b": "loop", "c": "net of load", "d": "net of load", "h": "net of load"}
RATE_ROW |= {"i": "loop", "j": "net of load"}
HELP_LIMIT_S = 0.15
FIRST_LINE_LIMIT_S = 1.0
MEMORY_GROWTH_LIMIT = 0.15


# --------------------------------------------------------------------------- corpus


def read_corpus(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def cycle_corpus(docs: list[dict], n: int) -> list[dict]:
    """The corpus repeated to n documents; ids made unique with the cycle number."""
    return [
        {"id": f"{docs[i % len(docs)]['id']}~{i // len(docs)}", "text": docs[i % len(docs)]["text"]}
        for i in range(n)
    ]


def spaced_subset(docs: list[dict], m: int) -> list[dict]:
    """m documents evenly spaced over docs (all of them when m >= len(docs))."""
    if m >= len(docs):
        return docs
    return [docs[i * len(docs) // m] for i in range(m)]


def write_jsonl(docs: list[dict], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for doc in docs:
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return path


def characters(docs: list[dict]) -> int:
    return sum(len(doc["text"]) for doc in docs)


def average_length(docs: list[dict]) -> float:
    return characters(docs) / max(len(docs), 1)


# --------------------------------------------------------------------------- children


def run_child(cmd: list[str], stdout=subprocess.DEVNULL) -> dict:
    """Run cmd to completion; wall time, peak RSS (its own wait4 rusage) and captured stdout."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=stdout, stderr=err)
        out = proc.stdout.read() if proc.stdout else b""
        return _reap(proc, start, err, out)


def _reap(proc: subprocess.Popen, start: float, err, out: bytes) -> dict:
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here: tell Popen
    if proc.stdout:
        proc.stdout.close()
    err.seek(0)
    stderr = err.read().decode("utf-8", "replace")
    if proc.returncode != 0:
        print(f"! exit {proc.returncode}: {' '.join(map(str, proc.args))}", file=sys.stderr)
        print("\n".join(stderr.splitlines()[-15:]), file=sys.stderr)
    return {
        "seconds": wall,
        "rss_mb": usage.ru_maxrss / 1024,  # Linux: KiB
        "cpu_s": usage.ru_utime + usage.ru_stime,  # the child and its waited-for descendants
        "user_s": usage.ru_utime,
        "kernel_s": usage.ru_stime,
        "returncode": proc.returncode,
        "stdout": out.decode("utf-8", "replace"),
        "stderr": stderr,
    }


def pressrel_exe() -> str:
    beside = Path(sys.executable).with_name("pressrel")
    found = str(beside) if beside.exists() else shutil.which("pressrel")
    if not found:
        sys.exit("pressrel not found: activate the venv where it is installed")
    return found


def compile_bytecode() -> None:
    """Compile the bytecode of the pressrel package the children import, as ``pip install``
    does for a regular install: an editable install (or a tree on PYTHONPATH) run under
    PYTHONDONTWRITEBYTECODE=1 would otherwise compile every module's source on every start
    (0.35 s of a one-document run on a slow machine), a cost no installed copy pays."""
    found = subprocess.run(
        [sys.executable, "-c", "import os, pressrel; print(os.path.dirname(pressrel.__file__))"],
        capture_output=True,
        text=True,
        check=True,
    )
    package = found.stdout.strip()
    subprocess.run([sys.executable, "-m", "compileall", "-q", package], check=True)
    print(f"bytecode of {package} compiled", file=sys.stderr)


def entities_cmd(exe: str, path: Path, jobs: int | None, dask: str | None = None) -> list[str]:
    cmd = [exe, "entities", str(path), "-f", "jsonl", "-q"]
    if dask:
        return [*cmd, "--dask", dask]
    return cmd if jobs is None else [*cmd, "-j", str(jobs)]


# --------------------------------------------------------------------------- in-process workers


def natasha_worker(kind: str, path: Path) -> None:
    """Child side of (a)/(b): load models, time the loop, print the figures as JSON."""
    texts = [doc["text"] for doc in read_corpus(path)]
    start, start_cpu = time.perf_counter(), time.process_time()
    import natasha as nt

    imported = time.perf_counter()
    segmenter, emb = nt.Segmenter(), nt.NewsEmbedding()
    ner_tagger = nt.NewsNERTagger(emb)
    if kind == "full":
        morph_vocab = nt.MorphVocab()
        morph_tagger, syntax_parser = nt.NewsMorphTagger(emb), nt.NewsSyntaxParser(emb)
        names_extractor, dates_extractor = (
            nt.NamesExtractor(morph_vocab),
            nt.DatesExtractor(morph_vocab),
        )
    loaded, loaded_cpu = time.perf_counter(), time.process_time()
    spans = 0
    for text in texts:
        doc = nt.Doc(text)
        doc.segment(segmenter)
        if kind == "full":
            doc.tag_morph(morph_tagger)
            doc.parse_syntax(syntax_parser)
        doc.tag_ner(ner_tagger)
        if kind == "full":
            for span in doc.spans:
                span.normalize(morph_vocab)
                if span.type == nt.PER:
                    span.extract_fact(names_extractor)
            spans += len(list(dates_extractor(text)))
        spans += len(doc.spans)
    done, done_cpu = time.perf_counter(), time.process_time()
    figures = {
        "import_s": imported - start,
        "load_s": loaded - start,
        "load_cpu_s": loaded_cpu - start_cpu,
        "loop_s": done - loaded,
        "loop_cpu_s": done_cpu - loaded_cpu,
    }
    print(json.dumps({**figures, "documents": len(texts), "matches": spans}))


# --------------------------------------------------------------------------- measurements


def row(run: str, docs=None, seconds=None, chars=None, rss=None, cpu=None, round=None) -> dict:
    """One line of the table; rates are None where documents or seconds are unknown."""
    return {
        "run": run,
        "round": round,
        "documents": docs,
        "seconds": seconds,
        "cpu_seconds": cpu,
        "docs_per_s": docs / seconds if docs and seconds else None,
        "chars_per_s": chars / seconds if chars and seconds else None,
        "peak_rss_mb": rss,
    }


def measure_natasha(
    kind: str, label: str, subset: list[dict], path: Path, round: int
) -> list[dict]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", kind, "--corpus", str(path)]
    result = run_child(cmd, stdout=subprocess.PIPE)
    if result["returncode"] != 0:
        return [row(f"{label}: FAILED", len(subset), round=round)]
    fig = json.loads(result["stdout"].strip().splitlines()[-1])
    load = f"{label}: model load (import {fig['import_s']:.2f} s)"
    return [
        row(load, seconds=fig["load_s"], cpu=fig["load_cpu_s"], round=round),
        row(
            f"{label}: loop",
            len(subset),
            fig["loop_s"],
            characters(subset),
            result["rss_mb"],
            fig["loop_cpu_s"],
            round,
        ),
    ]


def measure_load_only(exe: str, one_doc: Path, dask: str | None = None) -> dict:
    runs = [run_child(entities_cmd(exe, one_doc, jobs=1, dask=dask)) for _ in range(3)]
    if dask:
        seconds = statistics.median(r["seconds"] for r in runs)
        cpu = statistics.median(r["cpu_s"] for r in runs)
        return row(
            f"pressrel --dask {dask}: start and load only (1 doc, median of 3)", 1, seconds, cpu=cpu
        )
    if any(r["returncode"] != 0 for r in runs):
        return row("pressrel: load only: FAILED", 1, seconds=0.0)
    seconds = statistics.median(r["seconds"] for r in runs)
    cpu = statistics.median(r["cpu_s"] for r in runs)
    rss = max(r["rss_mb"] for r in runs)
    return row("pressrel: load only (1 doc, median of 3)", 1, seconds, rss=rss, cpu=cpu)


def measure_pressrel(
    exe: str,
    label: str,
    corpus: list[dict],
    path: Path,
    jobs: int,
    load: dict,
    round: int,
    dask: str | None = None,
) -> list[dict]:
    result = run_child(entities_cmd(exe, path, jobs, dask))
    if result["returncode"] != 0:
        return [row(f"{label}: FAILED", len(corpus), round=round)]
    n, chars, rss = len(corpus), characters(corpus), result["rss_mb"]
    wall, cpu = result["seconds"], result["cpu_s"]
    net, net_cpu = max(wall - load["seconds"], 1e-9), cpu - (load["cpu_seconds"] or 0)
    return [
        row(f"{label}: wall, incl. load", n, wall, chars, rss, cpu, round),
        row(f"{label}: net of load", n, net, chars, rss, net_cpu, round),
    ]


def measure_help(exe: str) -> float:
    return statistics.median(run_child([exe, "--help"])["seconds"] for _ in range(5))


def measure_first_line(exe: str, one_doc: Path) -> float | None:
    """Seconds from spawning `pressrel entities` to its first stdout line (None: no line)."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        cmd = entities_cmd(exe, one_doc, jobs=None)
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=err)
        line = proc.stdout.readline()
        first = time.perf_counter() - start
        result = _reap(proc, start, err, line + proc.stdout.read())
    return first if line.strip() and result["returncode"] == 0 else None


def measure_memory(exe: str, corpus: list[dict], sizes: list[int], tmp: Path) -> list[dict]:
    rows = []
    for size in sizes:
        docs = cycle_corpus(corpus, size)
        path = write_jsonl(docs, tmp / f"memory-{size}.jsonl")
        result = run_child(entities_cmd(exe, path, jobs=1))
        ok = result["returncode"] == 0
        label = f"g: pressrel -j 1, memory run ({size} docs)" + ("" if ok else ": FAILED")
        figures = (result["seconds"], characters(docs), result["rss_mb"], result["cpu_s"])
        rows.append(row(label, size, *figures) if ok else row(label, size))
    return rows


# --------------------------------------------------------------------------- verdicts


def rate(rows: list[dict], run_prefix: str, key: str, round: int | None) -> float | None:
    found = (r[key] for r in rows if r["run"].startswith(run_prefix) and r["round"] == round)
    return next(found, None)


def ratio(num: float | None, den: float | None) -> float | None:
    return num / den if num and den else None


def target(
    name: str,
    value: float | None,
    limit: float,
    higher_is_better: bool,
    note: str = "",
    skip: bool = False,
) -> dict:
    if skip:
        status = "SKIP"
    elif value is None:
        status = "FAIL"
    else:
        status = "PASS" if (value >= limit if higher_is_better else value < limit) else "FAIL"
    sign = ">=" if higher_is_better else "<"
    return {
        "target": name,
        "value": value,
        "limit": f"{sign} {limit:g}",
        "status": status,
        "note": note,
    }


def rates(rows: list[dict], run: str, key: str) -> list[float | None]:
    """The rate (key) of run in every round it ran: the loop of (a)/(b), (c)/(d) net of load."""
    rounds = sorted({r["round"] for r in rows if r["run"].startswith(RUNS[run])})
    return [rate(rows, f"{RUNS[run]}: {RATE_ROW[run]}", key, k) for k in rounds]


def median_ratio(nums: list[float | None], dens: list[float | None]) -> tuple[float | None, str]:
    """The median of the ratios, round by round (a single denominator serves every round),
    and a note with the range when there are several."""
    if len(dens) == 1:
        dens = dens * len(nums)
    values = [ratio(n, d) for n, d in zip(nums, dens)]
    if not values or None in values:
        return None, ""
    if len(values) == 1:
        return values[0], ""
    spread = ", ".join(f"{v:.2f}" for v in values)
    return statistics.median(values), f"median of {len(values)} rounds: {spread}"  # type: ignore[arg-type]


def ratio_targets(rows: list[dict], cores: int, distinct: bool = False) -> list[dict]:
    def check(num: str, den: str, note: str = "", skip: bool = False, extra: str = "") -> dict:
        value, rounds = median_ratio(rates(rows, num, "docs_per_s"), rates(rows, den, "docs_per_s"))
        by_chars, _ = median_ratio(rates(rows, num, "chars_per_s"), rates(rows, den, "chars_per_s"))
        if not note:
            parts = [rounds, f"characters/s ratio {by_chars:.2f}" if by_chars else "", extra]
            note = "; ".join(p for p in parts if p)
        limit = TARGETS[f"{num}/{den}"]
        return target(f"{num}/{den} (documents/s)", value, limit, True, note, skip)

    # The CPU time (d) spends on the same documents as (c): above 1.00, the two processes slow
    # each other down (shared caches, or a busy host under a virtual machine).
    cpu_d, cpu_c = rates(rows, "d", "cpu_seconds"), rates(rows, "c", "cpu_seconds")
    contention = [ratio(d, c) for d, c in zip(cpu_d, cpu_c)]
    cpu_note = ""
    if contention and None not in contention:
        cpu_note = "CPU time d/c per round: " + ", ".join(f"{v:.2f}" for v in contention)

    d_note = f"only {cores} usable core(s)" if cores < 2 else ""
    return [
        check("c", "a"),
        check("c", "b"),
        check("d", "c", d_note, skip=d_note.startswith("only"), extra=cpu_note),
        *([check("j", "i")] if distinct else []),
    ]


def dask_targets(rows: list[dict]) -> list[dict]:
    """(h) against (c) and (d), net of the cluster's start and model load."""
    found = []
    for den in ("c", "d"):
        value, rounds = median_ratio(rates(rows, "h", "docs_per_s"), rates(rows, den, "docs_per_s"))
        found.append(target(f"h/{den} (documents/s)", value, TARGETS[f"h/{den}"], True, rounds))
    return found


def memory_target(rows: list[dict]) -> dict:
    small, large = rows[0]["peak_rss_mb"], rows[-1]["peak_rss_mb"]
    growth = large / small - 1 if small and large else None
    note = f"{rows[0]['documents']:,} docs: {fmt(small, 0)} MB, {rows[-1]['documents']:,} docs: {fmt(large, 0)} MB"
    return target(
        "g: peak RSS growth, large vs small run", growth, MEMORY_GROWTH_LIMIT, False, note
    )


# --------------------------------------------------------------------------- output


def fmt(value, digits: int = 1) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    return f"{value:,}"


def print_header(path, originals, corpus, subset, cores, load_before) -> None:
    print(
        f"corpus {path} ({len(originals)} docs) cycled to {len(corpus)} docs, "
        f"{average_length(corpus):.0f} chars/doc; (a)/(b): {len(subset)} of them, evenly spaced, "
        f"{average_length(subset):.0f} chars/doc"
    )
    print(
        f"usable cores {cores}; 1-minute load average {load_before:.2f} before, "
        f"{os.getloadavg()[0]:.2f} after\n"
    )


def print_tables(rows: list[dict], targets: list[dict]) -> None:
    print(
        "| run | round | documents | seconds | documents/s | characters/s | peak RSS (MB) | CPU s |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        cells = (
            r["run"],
            fmt(r["round"]),
            fmt(r["documents"]),
            fmt(r["seconds"], 2),
            fmt(r["docs_per_s"]),
            fmt(r["chars_per_s"], 0),
            fmt(r["peak_rss_mb"], 0),
            fmt(r["cpu_seconds"], 2),
        )
        print("| " + " | ".join(cells) + " |")
    print()
    print("| target | value | limit | result | note |")
    print("|---|---:|---:|---|---|")
    for t in targets:
        print(
            f"| {t['target']} | {fmt(t['value'], 3)} | {t['limit']} | {t['status']} | {t['note']} |"
        )


# --------------------------------------------------------------------------- main


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--docs", type=int, default=2000, help="documents for (c)/(d) [2000]")
    parser.add_argument("--natasha-docs", type=int, default=300, help="documents for (a)/(b) [300]")
    parser.add_argument(
        "--rounds", type=int, default=3, help="interleaved rounds of (a), (c), (d) [3]"
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="JSONL {'id','text'}")
    parser.add_argument(
        "--distinct-docs", type=int, default=300, help="documents for (i)/(j), none repeated [300]"
    )
    parser.add_argument("--memory", action="store_true", help="also (g), long: 500 vs 20,000 docs")
    parser.add_argument(
        "--memory-docs",
        type=int,
        nargs=2,
        default=[500, 20000],
        metavar=("SMALL", "LARGE"),
        help="sizes of the (g) runs [500 20000]",
    )
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the figures as JSON")
    parser.add_argument(
        "--dask", action="store_true", help="also (h): --dask local:2, a LocalCluster of 2 workers"
    )
    parser.add_argument("--worker", choices=["ner", "full"], help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.worker:
        natasha_worker(args.worker, args.corpus)
        return 0
    exe, cores = pressrel_exe(), len(os.sched_getaffinity(0))
    compile_bytecode()
    load_before = os.getloadavg()[0]
    if load_before >= 0.5:
        print(
            f"warning: 1-minute load average is {load_before:.2f} before the runs: other work"
            " on this machine skews wall times (the CPU s column is less affected)",
            file=sys.stderr,
        )

    originals = read_corpus(args.corpus)
    corpus = cycle_corpus(originals, args.docs)
    subset = spaced_subset(corpus, min(args.natasha_docs, args.docs))
    distinct = originals[: args.distinct_docs]
    rows: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="pressrel-bench-") as tmpdir:
        tmp = Path(tmpdir)
        # pressrel's table cache starts empty and is the run's own: the first run builds it
        # (as a user's first run does), the others read it.
        os.environ["PRESSREL_CACHE_DIR"] = str(tmp / "cache")
        corpus_path, subset_path = (
            write_jsonl(corpus, tmp / "corpus.jsonl"),
            write_jsonl(subset, tmp / "subset.jsonl"),
        )
        one_doc = write_jsonl(corpus[:1], tmp / "one.jsonl")
        distinct_path = write_jsonl(distinct, tmp / "distinct.jsonl")

        help_s = measure_help(exe)  # first: also warms the page cache for what follows
        load = measure_load_only(exe, one_doc)
        dask_load = measure_load_only(exe, one_doc, DASK) if args.dask else None
        first_lines = [measure_first_line(exe, one_doc) for _ in range(3)]
        first_line_s = None if None in first_lines else statistics.median(first_lines)
        rows.append(load)
        if dask_load:
            rows.append(dask_load)
        rows += measure_natasha("full", RUNS["b"], subset, subset_path, 1)
        for k in range(1, args.rounds + 1):
            rows += measure_natasha("ner", RUNS["a"], subset, subset_path, k)
            rows += measure_pressrel(exe, RUNS["c"], corpus, corpus_path, 1, load, k)
            rows += measure_pressrel(exe, RUNS["d"], corpus, corpus_path, 2, load, k)
            if distinct:
                rows += measure_natasha("ner", RUNS["i"], distinct, distinct_path, k)
                rows += measure_pressrel(exe, RUNS["j"], distinct, distinct_path, 1, load, k)
            if args.dask:
                rows += measure_pressrel(exe, RUNS["h"], corpus, corpus_path, 2, dask_load, k, DASK)
        memory_rows = measure_memory(exe, originals, args.memory_docs, tmp) if args.memory else []
    rows += memory_rows

    targets = ratio_targets(rows, cores, distinct=bool(distinct))
    if args.dask:
        targets += dask_targets(rows)
    targets.append(target("e: pressrel --help, median of 5 (s)", help_s, HELP_LIMIT_S, False))
    first_note = "" if first_line_s is not None else "no output line"
    targets.append(
        target(
            "f: first output line, 1 doc, median of 3 (s)",
            first_line_s,
            FIRST_LINE_LIMIT_S,
            False,
            first_note,
        )
    )
    if memory_rows:
        targets.append(memory_target(memory_rows))

    print_header(args.corpus, originals, corpus, subset, cores, load_before)
    print_tables(rows, targets)
    passed = all(t["status"] != "FAIL" for t in targets)
    if args.json:
        figures = {
            "corpus": str(args.corpus),
            "documents": len(corpus),
            "natasha_documents": len(subset),
            "rounds": args.rounds,
            "usable_cores": cores,
            "load_average_before": load_before,
            "load_average_after": os.getloadavg()[0],
            "rows": rows,
            "targets": targets,
            "passed": passed,
        }
        args.json.write_text(
            json.dumps(figures, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())

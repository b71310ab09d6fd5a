"""Execution: the pool gives exactly what the serial run gives; batching changes nothing."""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pressrel import analyze
from pressrel.models import THREAD_VARIABLES
from pressrel.pipeline import Options
from pressrel.records import Document
from pressrel.runner import SMALL_INPUT, run

from clitools import invoke
from conftest import SEED

FIXTURE = Path(__file__).parent / "data" / "news.jsonl"


@pytest.fixture(scope="module")
def corpus(seed_text):
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    documents = [Document(item["id"], item["text"]) for item in map(json.loads, lines)]
    return [Document(str(SEED), seed_text), *documents]


def many(corpus: list[Document]) -> list[Document]:
    """At least twice the in-process threshold of documents, so that the pool really runs."""
    copies = -(-2 * SMALL_INPUT // len(corpus))
    return [Document(f"{d.id}#{k}", d.text) for k in range(copies) for d in corpus]


@pytest.mark.slow  # a pool of 2 workers
def test_two_jobs_equal_one_job(corpus):
    documents = many(corpus)
    serial = list(run(documents, Options(), jobs=1))
    analyses = run(documents, Options(), jobs=2)
    first = next(analyses)
    workers = multiprocessing.active_children()  # the pool's processes, alive mid-run
    parallel = [first, *analyses]
    assert len(workers) == 2
    assert [a.mentions for a in parallel] == [a.mentions for a in serial]
    assert [a.quotes for a in parallel] == [a.quotes for a in serial]
    assert [a.document for a in parallel] == documents  # texts restored, input order kept
    assert sum(len(a.mentions) for a in serial) > 1000


def test_batching_changes_nothing(corpus):
    batched = [a.mentions for a in run(corpus, Options(), jobs=1)]
    alone = [analyze(d.text, doc=d.id).mentions for d in corpus]
    assert batched == alone


def test_a_run_collects_garbage_less_often(corpus):
    """A run sets the collector's first generation to COLLECT_AFTER objects and freezes what
    the process holds; the analyses are those of the library's default collector."""
    import gc

    from pressrel.pipeline import COLLECT_AFTER

    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)  # Python's defaults (an earlier run may have set its own)
    gc.unfreeze()
    try:
        expected = [analyze(d.text, doc=d.id).mentions for d in corpus]
        assert gc.get_freeze_count() == 0
        assert [a.mentions for a in run(corpus, Options(), jobs=1)] == expected
        assert gc.get_threshold() == COLLECT_AFTER
        assert gc.get_freeze_count() > 10_000
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()


@pytest.mark.slow  # the CLI with -j 2 over many documents
def test_cli_jobs_and_summary(tmp_path, corpus):
    path = tmp_path / "c.jsonl"
    lines = [json.dumps({"id": d.id, "text": d.text}, ensure_ascii=False) for d in many(corpus)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    corpus = path
    one = invoke("entities", str(corpus), "-j", "1")
    two = invoke("entities", str(corpus), "-j", "2")
    assert one.stdout == two.stdout
    assert "documents" in one.stderr and "mentions" in one.stderr
    quiet = invoke("entities", str(corpus), "-j", "1", "-q")
    assert quiet.stderr == "" and quiet.stdout == one.stdout


NUMPY_PROBE = """
import os, sys

class Probe:  # notes the BLAS thread setting at the moment numpy is first imported
    seen = []

    def find_spec(self, name, path=None, target=None):
        if name == "numpy" and not self.seen:
            self.seen.append(os.environ.get("OPENBLAS_NUM_THREADS"))

sys.meta_path.insert(0, Probe())
import pressrel

pressrel.analyze("Владимир Путин прибыл в Москву 18 декабря 2015 года.")
print(Probe.seen)
"""


@pytest.mark.slow  # a Python subprocess
def test_blas_threads_pinned_before_numpy_loads():
    env = {k: v for k, v in os.environ.items() if k not in THREAD_VARIABLES}
    probe = [sys.executable, "-c", NUMPY_PROBE]
    seen = subprocess.run(probe, env=env, capture_output=True, text=True, check=True).stdout
    assert seen.strip() == "['1']"


@pytest.mark.slow  # a pool of 2 workers, one of them killed
def test_a_killed_worker_is_replaced_and_its_batch_redone(corpus):
    """Issue 22: a -j 2 worker killed mid-run (SIGKILL, as the OOM killer sends) aborted the
    run with a BrokenProcessPool traceback."""
    import signal

    documents = many(corpus)
    serial = list(run(documents, Options(), jobs=1))
    analyses = run(documents, Options(), jobs=2)
    first = next(analyses)
    victim = multiprocessing.active_children()[0]
    os.kill(victim.pid, signal.SIGKILL)
    parallel = [first, *analyses]
    assert [a.mentions for a in parallel] == [a.mentions for a in serial]
    assert [a.document for a in parallel] == documents
    assert not victim.is_alive()


@pytest.mark.slow  # a pool of 3 workers
def test_no_more_workers_than_batches(corpus, monkeypatch):
    """Issue 22: -j 1000 forked 1,000 workers for 21 batches."""
    from pressrel import runner

    started = []
    real = runner._Pool.__init__

    def counting(self, workers, *args):
        started.append(workers)
        real(self, workers, *args)

    monkeypatch.setattr(runner._Pool, "__init__", counting)
    documents = many(corpus)[: SMALL_INPUT + 1]  # three batches of 32
    assert len(list(run(documents, Options(), jobs=1000))) == len(documents)
    assert started == [-(-len(documents) // runner.BATCH_DOCUMENTS)]


@pytest.mark.slow  # pools of 2 workers, broken twice by one batch
def test_a_batch_that_kills_its_worker_is_reported_and_the_run_goes_on(corpus, monkeypatch):
    import signal

    from pressrel import runner

    real = runner.analyze_documents

    def poisoned(batch, options):
        batch = list(batch)
        if any(d.id == "poison" for d in batch) and multiprocessing.parent_process():
            os.kill(os.getpid(), signal.SIGKILL)  # as the OOM killer would, every time
        return real(batch, options)

    monkeypatch.setattr(runner, "analyze_documents", poisoned)
    documents = many(corpus)
    documents[40] = Document("poison", documents[40].text)  # in the second batch
    results = list(run(documents, Options(), jobs=2))
    assert len(results) == len(documents)
    failed = [r for r in results if not hasattr(r, "mentions")]
    assert [f.id for f in failed] == [d.id for d in documents[32:64]]
    assert all(f.reason == runner.WORKER_DIED for f in failed)
    serial = list(run(documents[64:], Options(), jobs=1))
    assert [a.mentions for a in results[64:]] == [a.mentions for a in serial]


def test_more_jobs_than_cores_are_warned_of(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text("Владимир Путин прибыл в Москву.", encoding="utf-8")
    result = invoke("entities", str(path), "-j", "1000", "-f", "jsonl")
    assert result.exit_code == 0
    assert result.stderr.startswith("Warning: -j 1000: more than the ")
    assert '"PER"' in result.stdout


def _line_within(stream, seconds: float) -> str:
    """The next line of a subprocess's stdout, or '' if none comes within seconds."""
    import select

    ready, _, _ = select.select([stream], [], [], seconds)
    return stream.readline() if ready else ""


@pytest.mark.slow  # the CLI as a subprocess, fed slowly
def test_a_slow_stream_on_stdin_is_not_held_back():
    """Issue 22: a slow JSON Lines feed gave no record until 32-64 documents had arrived."""
    command = [sys.executable, "-m", "pressrel", "entities", "-t", "PER", "-j", "2"]
    command += ["--input-format", "jsonl", "-"]
    feed = subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8"
    )
    try:
        for number, name in enumerate(["Анна Ахматова", "Борис Пастернак"]):
            line = json.dumps(
                {"id": str(number), "text": f"{name} читала стихи."}, ensure_ascii=False
            )
            feed.stdin.write(line + "\n")
            feed.stdin.flush()
            record = _line_within(feed.stdout, 60 if number == 0 else 5)  # the first loads models
            assert json.loads(record)["doc"] == str(number)
        feed.stdin.close()
        assert feed.wait(timeout=60) == 0
    finally:
        feed.kill()


def _made_where(analysis) -> tuple[int, str]:
    """A shape: the process that made the analysis, and its document's id."""
    return os.getpid(), analysis.document.id


@pytest.mark.slow  # a pool of 2 workers
@pytest.mark.parametrize("jobs", [1, 2])
def test_the_process_that_analyses_a_document_shapes_it(corpus, jobs):
    documents = many(corpus)
    shaped = list(run(documents, Options(), jobs=jobs, shape=_made_where))
    assert [doc for _, doc in shaped] == [d.id for d in documents]  # input order kept
    pids = {pid for pid, _ in shaped}
    assert (pids == {os.getpid()}) == (jobs == 1)
    assert len(pids) == jobs


@pytest.mark.slow  # a pool of 2 workers
def test_written_lines_are_the_records_json_lines(corpus):
    """work.lines in the workers gives, line for line, what the parent wrote of the records."""
    from functools import partial

    from pressrel.emit import json_text
    from pressrel.work import Task, lines

    documents = many(corpus)
    expected = [
        [json_text(m.to_dict()) + "\n" for m in a.mentions]
        for a in run(documents, Options(), jobs=1)
    ]
    written = list(run(documents, Options(), jobs=2, shape=partial(lines, Task("entities"))))
    assert [w.lines for w in written] == expected
    assert [w.document.id for w in written] == [d.id for d in documents]
    assert {w.document.text for w in written} == {""}  # the texts stay in the parent


def _window(states: str, size: int = 32):
    """Flights of size documents each: w waiting, h held by a worker, d done, r retried."""
    from types import SimpleNamespace

    from pressrel import runner

    flights, held = [], []
    for n, state in enumerate(states):
        flight = runner._Flight([Document(f"{n}.{i}", "") for i in range(size)])
        if state == "d":
            flight.results = []
        if state in "hr":
            flight.tries = 1
        if state == "h":
            held.append(SimpleNamespace(flight=flight))
        flights.append(flight)
    return flights, SimpleNamespace(busy=lambda: held)


@pytest.mark.parametrize(
    "states, size, pieces",
    [
        ("hhww", 32, [32, 32, 8, 8, 8, 8, 8, 8, 8, 8]),  # the waiting batches in quarters
        ("dhw", 32, [32, 32, 8, 8, 8, 8]),
        ("w", 3, [1, 1, 1]),  # a short batch: pieces of one
        ("w", 10, [3, 3, 3, 1]),
        ("hh", 32, [32, 32]),  # nothing waits: nothing cut
        ("r", 32, [32]),  # back from a worker that died: its tries count, it stays whole
        ("d", 32, [32]),
    ],
)
def test_the_batches_waiting_when_the_input_ends_go_out_in_quarters(states, size, pieces):
    from collections import deque

    from pressrel import runner

    flights, pool = _window(states, size)
    cut = runner._cut_tail(deque(flights), pool)
    assert [len(f.batch) for f in cut] == pieces
    documents = [d for f in flights for d in f.batch]
    assert [d for f in cut for d in f.batch] == documents  # input order kept
    kept = [f for f in cut if f in flights]
    assert all(f.results is not None or f.tries for f in kept)  # only new flights are fresh

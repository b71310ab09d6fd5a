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

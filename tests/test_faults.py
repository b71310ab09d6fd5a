"""One document never sinks the run: text the models cannot take, and bugs on one document."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from pressrel import analyze, pipeline, resolve
from pressrel.pipeline import AnalysisError, Options
from pressrel.records import Analysis, Document, DocumentError
from pressrel.runner import SMALL_INPUT, run

from clitools import invoke, jsonl

POISON = "ЯДОВИТЫЙ"  # a document holding this word makes the injected fault fire


@pytest.fixture
def faulty_resolve(monkeypatch):
    """A bug in one step, for documents with POISON (forked workers inherit it)."""
    real = resolve.resolve

    def resolve_or_fail(mentions, text):
        if POISON in text:
            raise RuntimeError("injected fault")
        return real(mentions, text)

    monkeypatch.setattr(pipeline.resolve, "resolve", resolve_or_fail)


@pytest.mark.parametrize("text", ["Москва\ud800", "\udc00Владимир Путин", "a\ud83d\ude00b\udfff"])
def test_lone_surrogates_are_analysed_with_offsets_unchanged(text):
    analysis = analyze(text)
    assert len(analysis.document.text) == len(text)
    for m in analysis.mentions:
        m.text.encode("utf-8")  # every output can be written
        assert analysis.document.text[m.start : m.stop] == m.text


def test_a_corpus_line_with_a_lone_surrogate_is_processed(tmp_path):
    corpus = tmp_path / "c.jsonl"
    lines = ['{"id":"x","text":"Москва\\ud800 и Санкт-Петербург"}', '{"id":"y","text":"Париж"}']
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = invoke("entities", str(corpus), "-q")
    assert result.exit_code == 0
    assert {r["doc"] for r in jsonl(result.stdout)} == {"x", "y"}
    result.stdout.encode("utf-8")


def test_a_bug_on_one_document_loses_only_that_document(faulty_resolve):
    documents = [Document("a", "Владимир Путин прибыл в Москву."), Document("bad", POISON)]
    documents.append(Document("c", "Министр Николай Никифоров посетил Пекин."))
    a, bad, c = pipeline.analyze_documents(documents)
    assert isinstance(bad, DocumentError) and bad.id == "bad"
    assert bad.reason == "internal error: RuntimeError: injected fault"
    assert "Traceback" in bad.detail and "resolve_or_fail" in bad.detail
    assert isinstance(a, Analysis) and a.mentions == analyze(documents[0].text, "a").mentions
    assert isinstance(c, Analysis) and c.mentions == analyze(documents[2].text, "c").mentions
    with pytest.raises(AnalysisError, match="internal error"):
        analyze(POISON)


@pytest.mark.slow  # a pool of 2 workers
def test_a_bug_in_a_worker_loses_only_that_document(faulty_resolve):
    documents = [Document(str(i), f"Документ {i}: Владимир Путин в Москве.") for i in range(150)]
    documents[77] = Document("77", POISON)
    results = list(run(documents, Options(quotes=False), jobs=2))
    assert len(results) == 2 * SMALL_INPUT + 22
    assert [type(r).__name__ for r in results].count("DocumentError") == 1
    assert isinstance(results[77], DocumentError) and results[77].id == "77"
    assert [r.document.id for r in results if isinstance(r, Analysis)] == [
        str(i) for i in range(150) if i != 77
    ]


def test_the_cli_reports_an_internal_error_and_goes_on(tmp_path, faulty_resolve):
    corpus = tmp_path / "c.jsonl"
    texts = ["Владимир Путин прибыл в Москву.", POISON, "Париж"]
    lines = [json.dumps({"id": str(i), "text": t}, ensure_ascii=False) for i, t in enumerate(texts)]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = invoke("entities", str(corpus), "-j", "1")
    assert result.exit_code == 1
    assert "Error: 1: internal error: RuntimeError: injected fault" in result.stderr
    assert "Traceback" not in result.stderr
    assert {r["doc"] for r in jsonl(result.stdout)} == {"0", "2"}
    traced = invoke("entities", str(corpus), "-j", "1", "--traceback", "-q")
    assert "Traceback (most recent call last)" in traced.stderr and traced.stdout == result.stdout


def test_segment_takes_lone_surrogates_too(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "a", "text": "Привет \\ud800 мир. Второе предложение."}\n')
    sentences = invoke("segment", str(corpus), "-q", "-f", "jsonl", "--sentences")
    assert sentences.exit_code == 0 and "\ufffd" in sentences.stdout
    assert invoke("segment", str(corpus), "-q", "-f", "table").exit_code == 0


def test_analyze_says_what_it_takes():
    """Issue 22: analyze(None) or analyze(b"...") raised AttributeError from inside."""
    for wrong, named in ((None, "NoneType"), (b"\xd0\x9c", "bytes"), (42, "int")):
        with pytest.raises(TypeError, match=f"takes the text as a str, not {named}"):
            analyze(wrong)
    with pytest.raises(TypeError, match="decode bytes first"):
        analyze(b"text")
    with pytest.raises(TypeError, match="doc as a str"):
        analyze("Москва", doc=1)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_full_stdout_is_named(tmp_path):
    """Issue 22: `> /dev/full` said `Error: [Errno 28] No space left on device`."""
    path = tmp_path / "one.txt"
    path.write_text("Владимир Путин прибыл в Москву.", encoding="utf-8")
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "pressrel", "segment", str(path), "-q", "-f", "jsonl"],
            stdout=full, stderr=subprocess.PIPE, text=True, timeout=120,
        )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr == "Error: stdout: No space left on device\n"


# Out of memory: a real process under a memory limit (RLIMIT_AS)

UNDER_A_LIMIT = """
import os, resource, sys
from pressrel.cli import main
from pressrel.pipeline import warm_up
warm_up()  # the limit is set above what the models take, whatever that is on this machine
pages = int(open("/proc/self/statm").read().split()[0])
limit = pages * resource.getpagesize() + (int(os.environ["HEADROOM_MB"]) << 20)
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
sys.exit(main(sys.argv[1:]))
"""


def under_a_limit(headroom_mb: int, *args: str) -> subprocess.CompletedProcess:
    """pressrel in a process whose address space may grow headroom_mb past its loaded models
    (with two malloc arenas: each thread's would reserve 64 MiB of address space)."""
    env = {**os.environ, "HEADROOM_MB": str(headroom_mb), "MALLOC_ARENA_MAX": "2"}
    command = [sys.executable, "-c", UNDER_A_LIMIT, *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, env=env)


@pytest.fixture(scope="module")
def huge_corpus(tmp_path_factory):
    """A small document, one of 12 million characters (22 MB on disk, more than 450 MiB to
    analyse), and another small one."""
    corpus = tmp_path_factory.mktemp("oom") / "huge.jsonl"
    sentence = "Министр Николай Никифоров прибыл в Пекин 5 мая и посетил «Газпром». "
    with open(corpus, "w", encoding="utf-8") as stream:
        for doc, text in (("small", sentence), ("huge", sentence * 180_000), ("last", sentence)):
            stream.write(json.dumps({"id": doc, "text": text}, ensure_ascii=False) + "\n")
    return corpus


BLAS_AFTER_LOAD = """
import numpy as np
from pressrel.models import loaders
loaders.ner_network()
def mapped():
    return int(open("/proc/self/statm").read().split()[0]) * 4096
before = mapped()
np.ones((400, 300), dtype=np.float32) @ np.ones((300, 256), dtype=np.float32)
print(mapped() - before)
"""


@pytest.mark.skipif(not os.path.exists("/proc/self/statm"), reason="needs Linux's /proc")
def test_the_blas_library_takes_its_memory_with_the_models():
    """OpenBLAS maps its working buffer (32 MB) on the first large product and, when the
    mapping fails, ends the process with its own message: the OOM test below saw that line
    instead of pressrel's when a document was read before the first product. Loading the NER
    network takes the buffer, so a product afterwards maps little more than its own arrays."""
    result = subprocess.run(
        [sys.executable, "-c", BLAS_AFTER_LOAD], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) < 8 << 20  # the arrays: under 1 MB; the buffer would be 32 MB


@pytest.mark.slow  # pressrel as a subprocess under a memory limit
@pytest.mark.skipif(not os.path.exists("/proc/self/statm"), reason="needs Linux's /proc")
@pytest.mark.parametrize(
    ("headroom_mb", "jobs", "named"),
    [
        (300, "1", "huge"),  # analysing it, in-process
        (300, "2", "huge"),  # analysing it, in a worker
        (40, "1", "{corpus}:2"),  # reading its line (before its id is known)
    ],
)
def test_out_of_memory_is_said_once_and_stops_the_run(
    huge_corpus, tmp_path, headroom_mb, jobs, named
):
    """Issue 22: out of memory showed as `internal error: MemoryError: ` (an empty reason) for
    every document. Now: said once, naming the document, and the run stops (exit 1); the
    output is untouched."""
    target = tmp_path / "out.jsonl"
    target.write_text("previous\n")
    result = under_a_limit(headroom_mb, "entities", str(huge_corpus), "-j", jobs, "-o", str(target))
    assert result.returncode == 1, result.stderr
    (line,) = result.stderr.splitlines()
    assert line.startswith(
        f"Error: {named.format(corpus=huge_corpus)}: out of memory: the run stops"
    )
    assert "--max-chars" in line and "MemoryError" not in line
    assert target.read_text() == "previous\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]

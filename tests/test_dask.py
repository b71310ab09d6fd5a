"""Dask: a real distributed.LocalCluster (2 worker processes) gives exactly what -j 1 gives."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # a real Dask cluster of worker processes

distributed = pytest.importorskip("distributed")

from pressrel.sources import parts  # noqa: E402

from clitools import invoke, jsonl  # noqa: E402

FIXTURE = Path(__file__).parent / "data" / "news.jsonl"
SMALL_PARTS = 40_000  # bytes: the test corpus in several ranges


@pytest.fixture(scope="module")
def cluster():
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=40,
        ) as local,
        distributed.Client(local) as client,
    ):
        yield local, client


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, seed_text) -> Path:
    """300 documents, a bad line among them, in one corpus file."""
    items = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]
    items.append({"id": "seed", "text": seed_text})
    lines = [
        json.dumps({"id": f"{item['id']}#{k}", "text": item["text"]}, ensure_ascii=False)
        for k in range(23)
        for item in items
    ][:300]
    lines.insert(150, "{not json")
    path = tmp_path_factory.mktemp("dask") / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def small_parts(monkeypatch):
    monkeypatch.setattr(parts, "PART_BYTES", SMALL_PARTS)


@pytest.fixture(scope="module")
def local_run(corpus):
    return invoke("entities", str(corpus), "-j", "1", "-q")


def test_the_input_is_cut_in_parts_at_line_boundaries(corpus, small_parts):
    planned = list(parts.plan([str(corpus)]))
    assert len(planned) > 20
    data = corpus.read_bytes()
    assert all(p.stop == len(data) or data[p.stop - 1 : p.stop] == b"\n" for p in planned)
    assert [(a.stop, b.start) for a, b in zip(planned, planned[1:])] == [
        (a.stop, a.stop) for a in planned[:-1]
    ]


def models_loaded() -> tuple[int, int]:
    """(times the NER network was built, times it was reused) in this worker process."""
    from pressrel.models import loaders

    info = loaders.ner_network.cache_info()
    return info.misses, info.hits


def test_a_cluster_gives_the_mentions_of_one_job(cluster, corpus, small_parts, local_run):
    local, client = cluster
    result = invoke("entities", str(corpus), "--dask", local.scheduler_address, "-q")
    loads = client.run(models_loaded).values()
    assert all(built == 1 for built, _ in loads)  # once per worker process, not per part
    assert sum(reused for _, reused in loads) > 10
    assert jsonl(result.stdout) == jsonl(local_run.stdout)  # record by record, in order
    assert len(jsonl(result.stdout)) > 5_000
    assert result.exit_code == local_run.exit_code == 1
    assert result.stderr == local_run.stderr  # the bad line, reported as in a local run
    assert f"Error: {corpus}:151: invalid JSON" in result.stderr


@pytest.mark.parametrize(
    "args",
    [("quotes",), ("segment", "--sentences"), ("stats", "--by", "month"), ("entities", "-u")],
)
def test_every_command_on_the_cluster(cluster, corpus, small_parts, args):
    local, _ = cluster
    here = invoke(*args, str(corpus), "-j", "1", "-q").stdout
    there = invoke(*args, str(corpus), "--dask", local.scheduler_address, "-q").stdout
    assert there == here and here


def test_workers_write_the_parts_themselves(cluster, corpus, small_parts, local_run, tmp_path):
    local, _ = cluster
    folder = tmp_path / "out"
    for _ in range(2):  # a run again replaces the parts: nothing duplicated
        result = invoke(
            "entities", str(corpus), "--dask", local.scheduler_address, "-o", f"{folder}/"
        )
        assert result.exit_code == 1 and result.stdout == ""
        names = sorted(p.name for p in folder.iterdir())
        assert names[0] == "part-00000.jsonl" and len(names) > 20
        whole = "".join((folder / name).read_text(encoding="utf-8") for name in names)
        assert whole == local_run.stdout


def test_a_worker_lost_mid_run(cluster, corpus, small_parts, local_run):
    from pressrel.dask import runner
    from pressrel.pipeline import Options
    from pressrel.work import Task

    _, client = cluster
    pids = list(client.run(os.getpid).values())
    found = runner.results(
        client, [str(corpus)], Task("entities", Options(quotes=False)), "auto", None
    )
    rows = [next(found)]
    os.kill(pids[0], signal.SIGKILL)  # the nanny starts another; its tasks are run again
    rows += list(found)
    mentions = [r.to_dict() for r in rows if hasattr(r, "type")]
    assert mentions == jsonl(local_run.stdout)


def test_a_local_cluster_started_for_the_run(corpus, local_run):
    result = invoke("entities", str(corpus), "--dask", "local:2", "-q")
    assert result.stdout == local_run.stdout


def test_the_notebook_api(cluster, corpus, local_run):
    import pressrel.dask

    bag = pressrel.dask.entities([str(corpus)])
    assert bag.compute() == jsonl(local_run.stdout)
    frame = bag.to_dataframe(meta=pressrel.dask.meta("mentions")).compute()
    assert str(frame["start"].dtype) == "Int64" and str(frame["doc"].dtype) == "string"
    assert len(frame) == len(jsonl(local_run.stdout))
    documents = pressrel.dask.segment(
        __import__("dask.bag").bag.from_sequence([{"id": "a", "text": "Заголовок\n\nТекст."}])
    ).compute()
    assert [d["title"] for d in documents] == ["Заголовок"]


def test_the_notebook_api_takes_every_pipeline_option(cluster, tmp_path):
    """The choices of the command line, by the same names, built into Options in one place."""
    import dask.bag as db

    import pressrel.dask

    text = "Полиция задержала подозреваемого, сообщило российское правительство."
    bag = db.from_sequence([{"id": "a", "text": text}])
    chosen = dict(types="ORG,COUNTRY", generic_orgs=True, country_adjectives=False, related=True)
    got = pressrel.dask.entities(bag, **chosen).compute()
    assert [(m["type"], m["text"]) for m in got] == [
        ("ORG", "Полиция"),
        ("ORG", "российское правительство"),
    ]
    local = pressrel.analyze(text, doc="a", **chosen).mentions
    assert got == [m.to_dict() for m in local]
    with pytest.raises(TypeError, match="unknown option"):
        pressrel.dask.entities(bag, generic_org=True)
    with pytest.raises(ValueError, match="unknown type"):
        pressrel.dask.entities(bag, types="PER,EMAIL")


def test_amounts_on_the_cluster(cluster):
    import dask.bag as db

    import pressrel.dask

    text = "Ставка снижена на 25 б.п., до 7,25%; бюджет — 2,89 миллиарда рублей."
    bag = pressrel.dask.entities(
        db.from_sequence([{"id": "a", "text": text}]), types="MONEY,PERCENT"
    )
    local = pressrel.analyze(text, doc="a", types="MONEY,PERCENT", quotes=False).mentions
    assert bag.compute() == [m.to_dict() for m in local]
    frame = bag.to_dataframe(meta=pressrel.dask.meta("mentions")).compute()
    assert [a["value"] for a in frame["amount"]] == [25, 7.25, 2890000000]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--dask", "nowhere"), "expected local, local:N or a scheduler address"),
        (("--dask", "local:0"), "expected local, local:N or a scheduler address"),
        (("--dask", "local:2", "--resume", "-o", "x.jsonl"), "--resume does not go with --dask"),
    ],
)
def test_dask_usage_errors(corpus, args, message):
    result = invoke("entities", str(corpus), *args)
    assert result.exit_code == 2 and message in result.stderr


def test_a_utf16_corpus_without_a_bom_is_one_part(cluster, tmp_path, small_parts):
    local, _ = cluster
    lines = [f'{{"id": "{i}", "text": "Владимир Путин прибыл в Москву {i}."}}' for i in range(5)]
    corpus = tmp_path / "u16.jsonl"
    corpus.write_bytes("\n".join(lines).encode("utf-16-le"))
    here = invoke("entities", str(corpus), "-j", "1", "-q")
    there = invoke("entities", str(corpus), "--dask", local.scheduler_address, "-q")
    assert there.stdout == here.stdout and len(jsonl(here.stdout)) == 10


def test_stale_parts_of_a_longer_run_are_removed(cluster, corpus, tmp_path, small_parts, seed_text):
    local, _ = cluster
    folder = tmp_path / "out"
    invoke("entities", str(corpus), "--dask", local.scheduler_address, "-q", "-o", f"{folder}/")
    short = tmp_path / "short.jsonl"
    short.write_text(json.dumps({"id": "s", "text": seed_text}) + "\n", encoding="utf-8")
    invoke("entities", str(short), "--dask", local.scheduler_address, "-q", "-o", f"{folder}/")
    assert sorted(p.name for p in folder.iterdir()) == ["part-00000.jsonl"]


def test_compressed_corpora_and_files_not_read_on_the_cluster(cluster, tmp_path, small_parts):
    """A compressed corpus is one part (its bytes cannot be cut at lines); a folder's files
    that are not read are named as in a local run."""
    import gzip

    local, _ = cluster
    lines = [f'{{"id": "{i}", "text": "Владимир Путин прибыл в Москву {i}."}}' for i in range(5)]
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress("\n".join(lines).encode()))
    (tmp_path / "b.docx").write_bytes(b"PK\x03\x04")
    here = invoke("entities", str(tmp_path), "-j", "1")
    there = invoke("entities", str(tmp_path), "--dask", local.scheduler_address)
    assert there.stdout == here.stdout and len(jsonl(here.stdout)) == 10
    assert f"Warning: {tmp_path}: skipped 1 .docx file;" in there.stderr
    assert there.exit_code == here.exit_code == 0

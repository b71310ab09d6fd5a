"""pressrel stats: entity counts per type and period, pairs, mergeable tallies."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pressrel.pipeline import analyze_documents
from pressrel.records import Document
from pressrel.stats import entity_records, pair_records, tally

from clitools import invoke, jsonl
from conftest import SEED

FIXTURE = Path(__file__).parent / "data" / "news.jsonl"
UNDATED = Document("undated", "Владимир Путин встретился с Николаем Никифоровым в Москве.")


@pytest.fixture(scope="module")
def analyses(seed_text):
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    documents = [Document(item["id"], item["text"]) for item in map(json.loads, lines)]
    return list(analyze_documents([Document(str(SEED), seed_text), *documents, UNDATED]))


def as_records(counts):
    return [r.to_dict() for r in entity_records(counts)], [
        r.to_dict() for r in pair_records(counts)
    ]


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_merged_tallies_equal_the_tally_of_the_whole(analyses, data):
    by = data.draw(st.sampled_from([None, "year", "month", "day"]))
    pairs = data.draw(st.sampled_from([None, "document", "sentence"]))
    order = data.draw(st.permutations(range(len(analyses))))
    cut = data.draw(st.integers(0, len(analyses)))
    parts = [[analyses[i] for i in order[:cut]], [analyses[i] for i in order[cut:]]]
    merged = tally(parts[0], by, pairs).merge(tally(parts[1], by, pairs))
    assert as_records(merged) == as_records(tally(analyses, by, pairs))
    assert merged.documents == len(analyses)


def test_the_seed_counts(analyses):
    (seed,) = [a for a in analyses if a.document.id == str(SEED)]
    people = [r for r in entity_records(tally([seed]), top=2) if r.type == "PER"]
    assert [(p.normal, p.mentions, p.docs) for p in people] == [
        ("Николай Никифоров", 6, 1),
        ("Джек Ма", 2, 1),
    ]
    assert people[0].first_date == people[0].last_date == "2015-12-18"


def test_undated_documents_are_counted_in_a_null_period(analyses):
    by_month = list(entity_records(tally(analyses, by="month")))
    undated = {r.entity for r in by_month if r.period is None}
    assert {"PER:Владимир Путин", "LOC:Москва"} <= undated
    assert all(r.period is None or len(r.period) == 7 for r in by_month)
    whole = {r.entity: r.mentions for r in entity_records(tally(analyses))}
    per_period: dict[str, int] = {}
    for r in by_month:
        per_period[r.entity] = per_period.get(r.entity, 0) + r.mentions
    assert per_period == whole  # nothing dropped, nothing counted twice


def test_pairs_in_a_sentence_are_pairs_in_a_document(analyses):
    sentence = {(p.a, p.b): p for p in pair_records(tally(analyses, pairs="sentence"))}
    document = {(p.a, p.b): p for p in pair_records(tally(analyses, pairs="document"))}
    assert sentence and set(sentence) <= set(document)
    assert all(p.a < p.b and p.docs <= p.count for p in sentence.values())
    assert all(p.docs <= document[k].docs for k, p in sentence.items())
    assert ("LOC:Москва", "PER:Владимир Путин") in sentence


def test_the_command(tmp_path):
    top = jsonl(invoke("stats", str(SEED), "--top", "1", "-t", "PER,COUNTRY").stdout)
    assert [(r["type"], r["normal"], r["mentions"]) for r in top] == [
        ("PER", "Николай Никифоров", 6),
        ("COUNTRY", "Россия", 19),
    ]
    assert list(top[0]) == [
        "type",
        "entity",
        "normal",
        "mentions",
        "docs",
        "first_date",
        "last_date",
        "period",
    ]
    pairs = jsonl(invoke("stats", str(SEED), "--pairs", "sentence", "--min-count", "2").stdout)
    assert pairs and all(p["count"] >= 2 and p["unit"] == "sentence" for p in pairs)
    in_documents = jsonl(invoke("stats", str(SEED), "--pairs").stdout)
    assert in_documents and {(p["count"], p["docs"], p["unit"]) for p in in_documents} == {
        (1, 1, "document")
    }
    bad = invoke("stats", str(SEED), "--pairs", "--by", "year")
    assert bad.exit_code == 2


@pytest.mark.slow  # a pool of 2 workers, three times over
def test_two_jobs_equal_one(tmp_path, analyses):
    from test_runner import many

    corpus = tmp_path / "c.jsonl"
    documents = many([a.document for a in analyses])
    corpus.write_text("".join(json.dumps({"id": d.id, "text": d.text}) + "\n" for d in documents))
    for extra in ([], ["--by", "month"], ["--pairs", "sentence"]):
        one = invoke("stats", str(corpus), "-j", "1", "-q", *extra).stdout
        assert one and invoke("stats", str(corpus), "-j", "2", "-q", *extra).stdout == one


def test_errors_are_logged_by_stats_and_across(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "a", "text": "Владимир Путин"}\n{"id": "b"}\n')
    for args in (("stats",), ("entities", "-u", "--across")):
        errors = tmp_path / "errors.jsonl"
        result = invoke(*args, str(corpus), "-q", "--errors", str(errors))
        assert result.exit_code == 1
        assert [e["line"] for e in jsonl(errors.read_text())] == [2]
    assert invoke("stats", str(corpus), "--resume", "-o", str(tmp_path / "s.jsonl")).exit_code == 2

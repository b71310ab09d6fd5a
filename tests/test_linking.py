"""Corpus-level linking: the ids of one person or organisation over a whole input are joined,
and people the corpus keeps apart stay apart, whatever the split of the input."""

from __future__ import annotations

import itertools
import json

import pytest

from pressrel.linking import Evidence, joined
from pressrel.records import Name
from pressrel.stats import Tally

from clitools import invoke, jsonl

P = "PER"


def person(first, middle, last) -> tuple:
    parts = " ".join(p for p in (first, middle, last) if p)
    return (P, f"PER:{parts}", Name(first, middle, last), [parts])


# (entities of the corpus, one per document at most; the links expected)
CASES = [
    # with and without patronymic, and by surname only: one person
    ([person("Иван", "Петрович", "Сидоров"), person("Иван", None, "Сидоров"),
      person(None, None, "Сидоров")],
     {"PER:Иван Сидоров": "PER:Иван Петрович Сидоров", "PER:Сидоров": "PER:Иван Петрович Сидоров"}),
    # a man's and a woman's form of a surname are two surnames
    ([person("Иван", None, "Сидоров"), person("Анна", None, "Сидорова"),
      person(None, None, "Сидорова")],
     {"PER:Сидорова": "PER:Анна Сидорова"}),
    # two people of one surname: the surname alone joins neither
    ([person("Билл", None, "Клинтон"), person("Хиллари", None, "Клинтон"),
      person(None, None, "Клинтон")], {}),
    # two patronymics with one given name and surname: no join
    ([person("Иван", "Петрович", "Сидоров"), person("Иван", "Ильич", "Сидоров"),
      person("Иван", None, "Сидоров"), person(None, None, "Сидоров")], {}),
    # a name that a document defines as another organisation's joins it
    ([("ORG", "ORG:Союз производителей молока", None, ["Союз производителей молока", "СПМ"]),
      ("ORG", "ORG:СПМ", None, ["СПМ"])],
     {"ORG:СПМ": "ORG:Союз производителей молока"}),
    # ...unless documents define it as two organisations
    ([("ORG", "ORG:Союз производителей молока", None, ["СПМ"]),
      ("ORG", "ORG:Союз потребителей мебели", None, ["СПМ"]),
      ("ORG", "ORG:СПМ", None, ["СПМ"])], {}),
    # ids that differ only in case: one organisation, with the fewest capitals
    ([("ORG", "ORG:Фонд Развития Городов", None, ["Фонд Развития Городов"]),
      ("ORG", "ORG:Фонд развития городов", None, ["Фонд развития городов"])],
     {"ORG:Фонд Развития Городов": "ORG:Фонд развития городов"}),
]  # fmt: skip


@pytest.mark.parametrize(("entities", "expected"), CASES)
def test_links(entities, expected):
    evidence = Evidence()
    for entity in entities:
        evidence.add(*entity)
    assert evidence.links() == expected


@pytest.mark.parametrize(("entities", "expected"), CASES)
def test_evidence_merges_in_any_order(entities, expected):
    """Each entity in a part of its own (a worker, a Dask partition), merged in every order."""
    for order in itertools.permutations(entities):
        total = Evidence()
        for entity in order:
            part = Evidence()
            part.add(*entity)
            total.update(part)
        assert total.links() == expected


def test_joined_follows_links_and_stops_on_a_cycle():
    assert joined("a", {"a": "b", "b": "c"}) == "c"
    assert joined("a", {"a": "b", "b": "a"}) in {"a", "b"}
    assert joined("x", {"a": "b"}) == "x"


DOCS = {
    "a.txt": "Совещание\n\nПрезидент России Владимир Владимирович Путин провёл совещание.\n",
    "b.txt": "Визит\n\nВладимир Путин прибыл в Пекин. Путину показали город.\n",
    "c.txt": "Заявление\n\nПутин заявил, что экономика растёт. НАУФОР против.\n",
    "d.txt": "Реформа\n\nНациональная ассоциация участников фондового рынка (НАУФОР) предложила реформу.\n",
}
PUTIN = "PER:Владимир Владимирович Путин"
NAUFOR = "ORG:Национальная ассоциация участников фондового рынка"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("linking")
    for name, text in DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_across_joins_the_corpus_entities(corpus):
    rows = jsonl(
        invoke("entities", str(corpus), "-u", "--across", "-t", "PER,ORG", "-j", "1", "-q").stdout
    )
    found = {r["entity"]: (r["count"], r["docs"], r["aliases"]) for r in rows}
    assert found == {
        PUTIN: (4, 3, ["Владимир Путин", "Путин"]),
        NAUFOR: (3, 2, ["НАУФОР"]),
    }


def test_stats_joins_entities_and_pairs(corpus):
    rows = jsonl(invoke("stats", str(corpus), "-t", "PER,ORG", "-j", "1", "-q").stdout)
    assert [(r["entity"], r["mentions"], r["docs"]) for r in rows] == [
        (PUTIN, 4, 3),
        (NAUFOR, 3, 2),
    ]
    pairs = jsonl(invoke("stats", str(corpus), "--pairs", "document", "-j", "1", "-q").stdout)
    assert {(p["a"], p["b"]) for p in pairs} >= {(NAUFOR, PUTIN)}
    named = {p["a"] for p in pairs} | {p["b"] for p in pairs}
    assert not named & {"PER:Владимир Путин", "PER:Путин", "ORG:НАУФОР"}  # joined away


def test_tallies_of_parts_link_as_the_whole(corpus):
    from pressrel import analyze
    from pressrel.stats import entity_records

    analyses = [
        analyze(path.read_text(encoding="utf-8"), doc=path.name)
        for path in sorted(corpus.iterdir())
    ]
    whole = Tally()
    for analysis in analyses:
        whole.add(analysis)
    parts = []
    for analysis in analyses:
        part = Tally()
        part.add(analysis)
        parts.append(part)
    merged = parts[3].merge(parts[1]).merge(parts[0].merge(parts[2]))
    assert list(entity_records(merged)) == list(entity_records(whole))


@pytest.mark.slow  # a pool of workers
def test_two_jobs_link_as_one(corpus):
    args = ("-t", "PER,ORG", "-q")
    for command in (("stats",), ("entities", "-u", "--across")):
        one = invoke(*command, str(corpus), *args, "-j", "1").stdout
        two = invoke(*command, str(corpus), *args, "-j", "2").stdout
        assert json.loads(one.splitlines()[0]) == json.loads(two.splitlines()[0])
        assert one == two

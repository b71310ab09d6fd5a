"""The extractor seam: a kind of fact registered in a test alone reaches every command and
format, and a type that lacks a hook or an undocumented detail field fails here."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator, Mapping
from dataclasses import fields
from pathlib import Path
from typing import Any

import pytest

from pressrel import extractors
from pressrel.extractors import Context, EntityType, Extractor, Found, by_normal, from_id
from pressrel.options import Options, UnknownTypes
from pressrel.pipeline import analyze
from pressrel.records import EntitySummary, Mention

from clitools import invoke, jsonl

README = Path(__file__).resolve().parent.parent / "README.md"
ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _emails(text: str, context: Context) -> Iterator[Found]:
    for match in ADDRESS.finditer(text):
        yield Found(match.start(), match.end(), "EMAIL", match[0].lower())


def _domain(record: Mapping[str, Any]) -> str | None:
    return (record.get("normal") or "").partition("@")[2] or None


EMAIL = EntityType("EMAIL", None, entity_id=by_normal, canonical=from_id, describe=_domain)
TOY = Extractor("emails", (EMAIL,), _emails)

TEXTS = {
    "a.txt": "Пресс-служба ФАС: press@fas.gov.ru. Вопросы: Press@FAS.gov.ru или info@example.com.",
    "b.txt": "Пишите на info@example.com, отвечаем в течение дня.",
}


@pytest.fixture
def toy():
    extractors.register(TOY)
    yield TOY
    extractors.unregister(TOY.name)


@pytest.fixture
def folder(tmp_path):
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_a_registered_type_is_found_with_its_id(toy):
    mentions = analyze(TEXTS["a.txt"], types="EMAIL").mentions
    assert [(m.type, m.text, m.entity) for m in mentions] == [
        ("EMAIL", "press@fas.gov.ru", "EMAIL:press@fas.gov.ru"),
        ("EMAIL", "Press@FAS.gov.ru", "EMAIL:press@fas.gov.ru"),
        ("EMAIL", "info@example.com", "EMAIL:info@example.com"),
    ]
    assert "EMAIL" in Options().types


def test_entities_mentions_and_unique(toy, folder):
    rows = jsonl(invoke("entities", str(folder), "-t", "EMAIL", "-j", "1", "-q").stdout)
    assert [(Path(r["doc"]).name, r["text"]) for r in rows] == [
        ("a.txt", "press@fas.gov.ru"),
        ("a.txt", "Press@FAS.gov.ru"),
        ("a.txt", "info@example.com"),
        ("b.txt", "info@example.com"),
    ]
    assert all(set(r) == {f.name for f in fields(Mention)} for r in rows)
    unique = jsonl(invoke("entities", str(folder), "-t", "EMAIL", "-u", "-j", "1", "-q").stdout)
    assert [(Path(r["doc"]).name, r["entity"], r["count"]) for r in unique] == [
        ("a.txt", "EMAIL:press@fas.gov.ru", 2),
        ("a.txt", "EMAIL:info@example.com", 1),
        ("b.txt", "EMAIL:info@example.com", 1),
    ]
    across = jsonl(
        invoke("entities", str(folder), "-t", "EMAIL", "-u", "--across", "-j", "1", "-q").stdout
    )
    assert [(r["entity"], r["normal"], r["count"], r["docs"]) for r in across] == [
        ("EMAIL:press@fas.gov.ru", "press@fas.gov.ru", 2, 1),
        ("EMAIL:info@example.com", "info@example.com", 2, 2),
    ]


def test_stats_counts_it_after_the_built_in_types(toy, folder):
    rows = jsonl(invoke("stats", str(folder), "-t", "ORG,EMAIL", "-j", "1", "-q").stdout)
    kinds = [r["type"] for r in rows]
    assert kinds == sorted(kinds, key=["ORG", "EMAIL"].index)  # registry order: EMAIL last
    emails = [(r["entity"], r["mentions"], r["docs"]) for r in rows if r["type"] == "EMAIL"]
    assert emails == [("EMAIL:info@example.com", 2, 2), ("EMAIL:press@fas.gov.ru", 2, 1)]


def test_the_table_shows_its_detail(toy, folder):
    compact = invoke("entities", str(folder), "-t", "EMAIL", "-f", "table", "-j", "1", "-q")
    header = compact.stdout.splitlines()[0].split()
    assert header[-1] == "detail"  # a column empty in every row is left out: this one is filled
    chosen = ("--columns", "type,detail", "-f", "table", "-j", "1", "-q")
    lines = invoke("entities", str(folder), "-t", "EMAIL", *chosen).stdout.splitlines()
    assert [line.split() for line in lines] == [
        ["type", "detail"],
        ["EMAIL", "fas.gov.ru"],
        ["EMAIL", "fas.gov.ru"],
        ["EMAIL", "example.com"],
        ["EMAIL", "example.com"],
    ]


def test_csv_and_parquet(toy, folder, tmp_path):
    result = invoke("entities", str(folder), "-t", "EMAIL", "-f", "csv", "-j", "1", "-q")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["entity"] for r in rows].count("EMAIL:press@fas.gov.ru") == 2
    pq = pytest.importorskip("pyarrow.parquet")
    target = tmp_path / "out.parquet"
    invoke("entities", str(folder), "-t", "EMAIL", "-o", str(target), "-j", "1", "-q")
    table = pq.read_table(target).to_pylist()
    assert [r["normal"] for r in table] == [
        "press@fas.gov.ru",
        "press@fas.gov.ru",
        "info@example.com",
        "info@example.com",
    ]


def test_without_it_the_type_is_a_usage_error(folder):
    result = invoke("entities", str(folder), "-t", "EMAIL", "-q")
    assert result.exit_code == 2 and "unknown type(s) EMAIL" in result.stderr
    with pytest.raises(UnknownTypes):
        Options.build("PER,EMAIL")


def test_a_type_without_a_hook_cannot_be_declared():
    with pytest.raises(TypeError):
        EntityType("EMAIL", None, entity_id=by_normal, canonical=from_id)  # no describe
    with pytest.raises(TypeError):
        EntityType("EMAIL", None, by_normal, from_id, describe="domain")
    with pytest.raises(ValueError, match="no field"):
        EntityType("EMAIL", "address", by_normal, from_id, _domain)


def test_a_type_cannot_be_registered_twice(toy):
    with pytest.raises(ValueError, match="already registered"):
        extractors.register(Extractor("again", (EMAIL,), _emails))


@pytest.mark.parametrize("kind", extractors.entity_types(), ids=lambda kind: kind.name)
def test_every_registered_type_is_documented(kind):
    """The README names the type in the mention schema, and documents its detail field in the
    mention table (and in the --unique table when entity records carry it)."""
    readme = README.read_text(encoding="utf-8")
    mentions = _table(readme, "### `pressrel entities`: one record per mention")
    assert f"`{kind.name}`" in mentions["type"], f"README: the type row lacks {kind.name}"
    if kind.detail is None:
        return
    assert kind.detail in mentions, f"README: no row for the {kind.detail} field of mentions"
    if kind.detail in {f.name for f in fields(EntitySummary)}:
        unique = _table(readme, "### `pressrel entities --unique`: one record per entity")
        assert kind.detail in unique, f"README: no row for {kind.detail} in --unique"


def _table(readme: str, heading: str) -> dict[str, str]:
    """The field table after heading: each field name (a row may name several) -> its row."""
    section = readme.split(heading, 1)[1].split("\n#", 1)[0]
    rows = {}
    for line in section.splitlines():
        if line.startswith("| `"):
            cell = line.split("|")[1]
            for name in re.findall(r"`([^`]+)`", cell):
                rows[name] = line
    return rows


def test_the_readme_example_registers_a_kind():
    readme = README.read_text(encoding="utf-8")
    section = readme.split("### A new kind of fact", 1)[1]
    example = section.split("```python\n", 1)[1].split("```", 1)[0]
    exec(compile(example, "README.md", "exec"), {})  # noqa: S102 - our own documentation
    try:
        found = analyze("Пишите: Info@Example.com.", types="EMAIL").mentions
        assert [(m.text, m.entity) for m in found] == [
            ("Info@Example.com", "EMAIL:info@example.com")
        ]
    finally:
        extractors.unregister("emails")

"""MONEY and PERCENT in every command and format: a release of our own, its amounts as values."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from pressrel import analyze

from clitools import invoke, jsonl

RELEASE = (
    "Совет директоров снизил ключевую ставку на 25 б.п., до 7,25% годовых.\n\n"
    "Бюджет программы составит 2,89 миллиарда рублей, из них 2 890 000 000 руб. уже выделены. "
    "Выручка компании выросла на 12% до $1,5 млрд."
)
OTHER = "Штраф составит от 3 до 5 тысяч рублей. Инфляция — около 7,25%."


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "a.txt").write_text(RELEASE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    return tmp_path


def test_analyze_gives_values():
    found = [(m.type, m.text, m.entity) for m in analyze(RELEASE, types="MONEY,PERCENT").mentions]
    assert found == [
        ("PERCENT", "25 б.п.", "PERCENT:25 bp"),
        ("PERCENT", "7,25%", "PERCENT:7.25 %"),
        ("MONEY", "2,89 миллиарда рублей", "MONEY:2890000000 RUB"),
        ("MONEY", "2 890 000 000 руб.", "MONEY:2890000000 RUB"),
        ("PERCENT", "12%", "PERCENT:12 %"),
        ("MONEY", "$1,5 млрд", "MONEY:1500000000 USD"),
    ]


def test_entities_jsonl_unique_and_across(folder):
    args = ("-t", "MONEY,PERCENT", "-j", "1", "-q")
    rows = jsonl(invoke("entities", str(folder), *args).stdout)
    ranges = [r["amount"] for r in rows if r["text"].startswith("от 3")]
    assert ranges == [{"value": None, "low": 3000, "high": 5000, "unit": "RUB", "qualifier": None}]
    unique = jsonl(invoke("entities", str(folder / "a.txt"), "-u", *args).stdout)
    money = {r["entity"]: r["count"] for r in unique if r["type"] == "MONEY"}
    assert money == {"MONEY:2890000000 RUB": 2, "MONEY:1500000000 USD": 1}
    across = jsonl(invoke("entities", str(folder), "-u", "--across", *args).stdout)
    rate = next(r for r in across if r["entity"] == "PERCENT:7.25 %")
    assert (rate["count"], rate["docs"], rate["amount"]["value"]) == (2, 2, 7.25)


def test_stats_groups_equal_amounts(folder):
    rows = jsonl(invoke("stats", str(folder), "-t", "MONEY,PERCENT", "-j", "1", "-q").stdout)
    top = [(r["type"], r["entity"], r["mentions"], r["docs"]) for r in rows]
    assert top[0] == ("MONEY", "MONEY:2890000000 RUB", 2, 1)
    assert ("PERCENT", "PERCENT:7.25 %", 2, 2) in top


def test_table_csv_and_parquet(folder, tmp_path):
    args = ("-t", "PERCENT", "-j", "1", "-q")
    table = invoke("entities", str(folder), *args, "-f", "table", "--columns", "text,detail")
    assert ["около", "7,25%", "~", "7.25", "%"] in [
        line.split() for line in table.stdout.splitlines()
    ]
    rows = list(
        csv.DictReader(io.StringIO(invoke("entities", str(folder), *args, "-f", "csv").stdout))
    )
    assert [(r["text"], r["amount.value"], r["amount.unit"]) for r in rows][:2] == [
        ("25 б.п.", "25", "bp"),
        ("7,25%", "7.25", "%"),
    ]
    pq = pytest.importorskip("pyarrow.parquet")
    target = tmp_path / "out.parquet"
    invoke("entities", str(folder), *args, "-o", str(target))
    amounts = [row["amount"] for row in pq.read_table(target).to_pylist()]
    assert amounts[0] == {"value": 25.0, "low": None, "high": None, "unit": "bp", "qualifier": None}
    assert len(amounts) == len(rows) and Path(target).stat().st_size > 0

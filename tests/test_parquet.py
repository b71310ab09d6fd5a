"""-o out.parquet: typed columns, row groups as results stream, read back with pyarrow and DuckDB."""

from __future__ import annotations

import sys

import pytest

from pressrel import parquet

from clitools import invoke, jsonl
from conftest import SEED

pq = pytest.importorskip("pyarrow.parquet")


@pytest.mark.parametrize(
    "args",
    [
        ("entities",),
        ("entities", "-u"),
        ("quotes",),
        ("segment",),
        ("segment", "--sentences"),
        ("stats", "--top", "3"),
        ("stats", "--pairs", "sentence"),
    ],
)
def test_parquet_holds_what_json_lines_hold(tmp_path, args):
    target = tmp_path / "out.parquet"
    assert invoke(*args, str(SEED), "-q", "-o", str(target)).exit_code == 0
    expected = jsonl(invoke(*args, str(SEED), "-q", "-f", "jsonl").stdout)
    table = pq.read_table(target)
    assert table.num_rows == len(expected) > 0
    assert table.to_pylist() == expected


def test_columns_are_typed(tmp_path):
    target = tmp_path / "m.parquet"
    invoke("entities", str(SEED), "-q", "-o", str(target))
    schema = pq.read_schema(target)
    assert str(schema.field("start").type) == "int64"
    assert str(schema.field("name").type) == "struct<first: string, middle: string, last: string>"
    assert str(schema.field("date").type.field("year_inferred").type) == "bool"
    assert schema.names[:3] == ["doc", "type", "text"]


def test_rows_are_written_in_groups_as_they_stream(tmp_path, monkeypatch):
    monkeypatch.setattr(parquet, "ROW_GROUP", 10)
    target = tmp_path / "m.parquet"
    invoke("entities", str(SEED), "-q", "-o", str(target))
    file = pq.ParquetFile(target)
    assert file.metadata.num_row_groups == 7 and file.metadata.num_rows == 67


def test_duckdb_reads_it(tmp_path):
    duckdb = pytest.importorskip("duckdb")
    target = tmp_path / "m.parquet"
    invoke("entities", str(SEED), "-q", "-o", str(target))
    query = (
        f"select name.last, count(*) from '{target}' where type = 'PER' group by 1 order by 2 desc"
    )
    assert duckdb.sql(query).fetchall()[0] == ("Никифоров", 6)


def test_an_empty_result_is_a_valid_file(tmp_path):
    source = tmp_path / "empty.txt"
    source.write_text("ничего", encoding="utf-8")
    target = tmp_path / "none.parquet"
    assert invoke("quotes", str(source), "-q", "-o", str(target)).exit_code == 0
    assert pq.read_table(target).num_rows == 0


def test_without_pyarrow_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow now fails
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    result = invoke("entities", str(SEED), "-q", "-o", str(tmp_path / "m.parquet"))
    assert result.exit_code == 1
    assert "pip install 'pressrel[parquet]'" in result.stderr
    assert list(tmp_path.iterdir()) == []

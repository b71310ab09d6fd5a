"""The per-user table cache, and the country gazetteer read through it."""

from __future__ import annotations

import json

import pytest

from pressrel import tablecache
from pressrel.countries import gazetteer


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv(tablecache.VARIABLE, str(tmp_path / "cache"))
    return tmp_path / "cache"


def counting_builder(rows):
    calls = []

    def build():
        calls.append(1)
        return rows

    return build, calls


def test_built_once_then_read(cache):
    build, calls = counting_builder([["a", 1], ["б", None]])
    first = tablecache.load_or_build("t", ["input"], build)
    second = tablecache.load_or_build("t", ["input"], build)
    assert first == second == [["a", 1], ["б", None]]
    assert len(calls) == 1
    assert len(list(cache.glob("t-*.json"))) == 1


def test_other_inputs_other_file(cache):
    build, calls = counting_builder([1])
    tablecache.load_or_build("t", ["one"], build)
    tablecache.load_or_build("t", ["two"], build)
    tablecache.load_or_build("t", [b"one"], build)  # bytes and text hash alike
    assert len(calls) == 2
    assert len(list(cache.glob("t-*.json"))) == 2


def test_corrupt_file_is_rebuilt(cache):
    build, calls = counting_builder([1, 2])
    tablecache.load_or_build("t", ["x"], build)
    (path,) = cache.glob("t-*.json")
    path.write_text('{"not": "a list"', encoding="utf-8")
    assert tablecache.load_or_build("t", ["x"], build) == [1, 2]
    assert len(calls) == 2
    assert tablecache.load_or_build("t", ["x"], build) == [1, 2]  # and saved again
    assert len(calls) == 2


def test_unwritable_directory_still_builds(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv(tablecache.VARIABLE, str(blocker / "cache"))  # under a file
    build, calls = counting_builder([3])
    assert tablecache.load_or_build("t", ["x"], build) == [3]
    assert tablecache.load_or_build("t", ["x"], build) == [3]
    assert len(calls) == 2
    assert not list(tmp_path.glob("**/*.tmp"))


def test_empty_variable_turns_the_cache_off(tmp_path, monkeypatch):
    monkeypatch.setenv(tablecache.VARIABLE, "")
    monkeypatch.chdir(tmp_path)
    build, calls = counting_builder([4])
    tablecache.load_or_build("t", ["x"], build)
    tablecache.load_or_build("t", ["x"], build)
    assert len(calls) == 2 and tablecache.cache_dir() is None


def test_default_location_follows_xdg(tmp_path, monkeypatch):
    monkeypatch.delenv(tablecache.VARIABLE, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert tablecache.cache_dir() == tmp_path / "pressrel"


def test_gazetteer_from_cache_equals_built(cache):
    gazetteer.gazetteer.cache_clear()
    try:
        built = gazetteer.gazetteer()  # builds and saves
        gazetteer.gazetteer.cache_clear()
        cached = gazetteer.gazetteer()  # reads the file
    finally:
        gazetteer.gazetteer.cache_clear()
    assert len(list(cache.glob("countries-*.json"))) == 1
    assert cached == built
    assert len(built.entries) > 5000
    assert built.entries[("россии",)].country.code == "RU"


@pytest.mark.parametrize(
    "content", ["[1]", "[[]]", '[[["россии"], "RU", "Россия", "name", "any", false]]']
)
def test_valid_json_that_is_not_the_table_is_rebuilt(cache, content):
    """Issue 22: `[1]`, `[[]]` or a short list in the cache file made every document an internal
    error or lost every COUNTRY; now the file is checked and rebuilt."""
    gazetteer.gazetteer.cache_clear()
    try:
        built = gazetteer.gazetteer()
        (path,) = cache.glob("countries-*.json")
        path.write_text(content, encoding="utf-8")
        gazetteer.gazetteer.cache_clear()
        again = gazetteer.gazetteer()
    finally:
        gazetteer.gazetteer.cache_clear()
    assert again == built
    assert path.read_text(encoding="utf-8") != content  # written again, whole


def test_a_whole_file_with_a_bad_row_is_rebuilt(cache):
    build, calls = counting_builder([[1, "a"], [2, "b"]])

    def valid(row):
        return isinstance(row, list) and isinstance(row[0], int)

    tablecache.load_or_build("t", ["x"], build, valid)
    (path,) = cache.glob("t-*.json")
    rows = [["x", "a"], [2, "b"]]
    table = {"count": 2, "sha256": tablecache._rows_digest(rows), "rows": rows}
    path.write_text(json.dumps(table), encoding="utf-8")
    assert tablecache.load_or_build("t", ["x"], build, valid) == [[1, "a"], [2, "b"]]
    assert len(calls) == 2


def test_a_short_list_in_the_envelope_is_rebuilt(cache):
    build, calls = counting_builder([[1], [2], [3]])
    tablecache.load_or_build("t", ["x"], build)
    (path,) = cache.glob("t-*.json")
    table = json.loads(path.read_text(encoding="utf-8"))
    table["rows"] = table["rows"][:1]  # count and digest no longer fit
    path.write_text(json.dumps(table), encoding="utf-8")
    assert tablecache.load_or_build("t", ["x"], build) == [[1], [2], [3]]
    assert len(calls) == 2

"""Compiled patterns kept in the user's cache: the same patterns as re.compile's, cached or not."""

from __future__ import annotations

import json
import re

import pytest

from pressrel import regexcache, tablecache

PATTERNS = [
    r"(?P<day>\d{1,2})\s+(?P<month>января|февраля)(?:\s+(?P<year>\d{4}))?",
    r"(?<![^\W\d_])(?:в|во)\s+(?=\d)",
    r"(?i)Пятница|СРЕДА",
    r"(?P<a>x)(?P<b>y)?(?(b)z|w)",  # a conditional on a group
    r"[а-яё]+(?:-[а-яё]+)*\b",
    r"a{2,}?|b*+|(?>c+)d",
    "",
]
TEXTS = ["18 января 2015", "во 2 квартале", "пятница", "xw xyz", "кто-то", "aaab ccd", ""]


def _same(got: re.Pattern, expected: re.Pattern) -> None:
    assert got == expected  # pattern, flags and the engine's program
    assert (got.groups, dict(got.groupindex)) == (expected.groups, dict(expected.groupindex))
    for text in TEXTS:
        for start in range(len(text) + 1):
            found, wanted = got.match(text, start), expected.match(text, start)
            assert (found and (found.span(), found.groupdict(), found.lastgroup)) == (
                wanted and (wanted.span(), wanted.groupdict(), wanted.lastgroup)
            )


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv(tablecache.VARIABLE, str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_built_then_read_from_the_cache_the_same_as_compiled(cache, flags):
    built = regexcache.compile_all("t", PATTERNS, flags)
    assert len(list(cache.glob("regex-t-*.json"))) == 1
    read = regexcache.compile_all("t", PATTERNS, flags)
    for pattern, first, second in zip(PATTERNS, built, read, strict=True):
        expected = re.compile(pattern, flags)
        _same(first, expected)
        _same(second, expected)


def test_read_from_the_cache_without_compiling(cache, monkeypatch):
    regexcache.compile_all("t", PATTERNS)

    def refuse(*args):
        raise AssertionError("compiled again")

    monkeypatch.setattr(regexcache, "_program", refuse)
    assert regexcache.compile_all("t", PATTERNS) == [re.compile(p) for p in PATTERNS]


def test_a_program_the_engine_refuses_falls_back_to_compiling(cache):
    regexcache.compile_all("t", PATTERNS[:1])
    (path,) = cache.glob("regex-t-*.json")
    table = json.loads(path.read_text())
    table["rows"][0][1] = regexcache._packed([1, 2, 3])  # not a program
    table["sha256"] = tablecache._rows_digest(table["rows"])  # a whole file, a wrong program
    path.write_text(json.dumps(table))
    assert regexcache.compile_all("t", PATTERNS[:1]) == [re.compile(PATTERNS[0])]


def test_without_a_cache(monkeypatch):
    monkeypatch.setenv(tablecache.VARIABLE, "")
    assert regexcache.compile_all("t", PATTERNS) == [re.compile(p) for p in PATTERNS]


def test_the_date_rules_are_the_patterns_compiled():
    from pressrel.dates import rules

    combined = "|".join(f"(?P<{rule.name}>{rule.pattern})" for rule in rules.RULES)
    assert rules.combined() == re.compile(combined)
    assert rules.combined().groupindex == re.compile(combined).groupindex
    for index, rule in enumerate(rules.RULES):
        assert rules.rule_regex(index) == re.compile(rule.pattern)

"""Large patterns compiled from the user's cache: the same pattern as re.compile, or re.compile."""

from __future__ import annotations

import json
import re

import pytest

from pressrel import regexcache, tablecache
from pressrel.dates import rules

PATTERN = r"(?P<date>(?P<day>[0-9]{1,2})\s+(?P<month>марта|апреля))|(?P<rate>\d+(?:,\d+)?\s?%)"
FLAGS = re.IGNORECASE
TEXTS = [
    "С 14 марта ставка 7,5%, с 2 АПРЕЛЯ 8 %.",
    "",
    "ничего",
    "31 апреля и 100%",
]


def found(pattern: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), m.lastgroup, m.groupdict()) for m in pattern.finditer(text)]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv(tablecache.VARIABLE, str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_from_the_cache_the_pattern_matches_as_re_compiles_it(cache):
    plain = re.compile(PATTERN, FLAGS)
    first = regexcache.compiled(PATTERN, FLAGS)  # built and saved
    assert len(list(cache.glob("regex-*.json"))) == 1
    second = regexcache.compiled(PATTERN, FLAGS)  # read back
    for pattern in (first, second):
        assert pattern.pattern == PATTERN and pattern.flags == plain.flags
        assert pattern.groupindex == plain.groupindex and pattern.groups == plain.groups
        for text in TEXTS:
            assert found(pattern, text) == found(plain, text)


def test_each_pattern_and_flags_has_its_own_file(cache):
    regexcache.compiled(PATTERN)
    regexcache.compiled(PATTERN, FLAGS)
    regexcache.compiled("a|b")
    assert len(list(cache.glob("regex-*.json"))) == 3


@pytest.mark.parametrize(
    "damage",
    [
        lambda table: table["rows"][0].__setitem__(3, "!!not base64!!"),
        lambda table: table["rows"][0].__setitem__(3, ""),  # no code: the engine refuses it
        lambda table: table["rows"][0].__setitem__(1, 0),  # no groups
        lambda table: table.__setitem__("rows", [[1, 2]]),
    ],
)
def test_a_damaged_cache_is_never_trusted(cache, damage):
    """Even a file whose checksum was made to match its damage (a hand edit) gives the pattern
    re.compile gives."""
    regexcache.compiled(PATTERN, FLAGS)
    (path,) = cache.glob("regex-*.json")
    table = json.loads(path.read_text(encoding="utf-8"))
    damage(table)
    table["count"] = len(table["rows"])
    table["sha256"] = tablecache._rows_digest(table["rows"])
    path.write_text(json.dumps(table), encoding="utf-8")
    pattern = regexcache.compiled(PATTERN, FLAGS)
    plain = re.compile(PATTERN, FLAGS)
    assert pattern.groupindex == plain.groupindex
    for text in TEXTS:
        assert found(pattern, text) == found(plain, text)


def test_without_a_cache_it_is_re_compile(monkeypatch, tmp_path):
    monkeypatch.setenv(tablecache.VARIABLE, "")
    monkeypatch.chdir(tmp_path)
    pattern = regexcache.compiled(PATTERN, FLAGS)
    assert found(pattern, TEXTS[0]) == found(re.compile(PATTERN, FLAGS), TEXTS[0])
    assert list(tmp_path.iterdir()) == []


def test_the_date_rules_read_from_the_cache_match_as_compiled(cache):
    whole = "|".join(f"(?P<{rule.name}>{rule.pattern})" for rule in rules.RULES)
    regexcache.compiled(whole)
    cached = regexcache.compiled(whole)
    plain = re.compile(whole)
    text = (
        "С 1 по 5 марта 2014 года, в понедельник, 12.03.2015, в 1990-е годы, в III квартале "
        "и два дня назад Совет директоров Банка России принял решение 14 сентября."
    )
    assert found(cached, text) == found(plain, text) != []


def test_several_patterns_share_one_file_and_each_matches_as_compiled(cache):
    patterns = [PATTERN, r"\d+", r"(?P<word>[а-яё]+)-(?P=word)"]
    first = regexcache.compiled_all(patterns, FLAGS)
    second = regexcache.compiled_all(patterns, FLAGS)
    assert len(list(cache.glob("regex-*.json"))) == 1
    for pattern, one, other in zip(patterns, first, second):
        plain = re.compile(pattern, FLAGS)
        for text in [*TEXTS, "было-было 12"]:
            assert found(one, text) == found(plain, text) == found(other, text)


def test_a_file_of_other_patterns_is_not_taken_for_these(cache):
    """A file whose rows do not match the patterns asked for one to one (a hash collision, a
    hand edit) gives re.compile's patterns."""
    regexcache.compiled_all(["a", "b"])
    (path,) = cache.glob("regex-*.json")
    table = json.loads(path.read_text(encoding="utf-8"))
    table["rows"] = table["rows"][:1]
    table["count"] = 1
    table["sha256"] = tablecache._rows_digest(table["rows"])
    path.write_text(json.dumps(table), encoding="utf-8")
    one, two = regexcache.compiled_all(["a", "b"])
    assert one.pattern == "a" and two.pattern == "b" and two.match("b")


@pytest.mark.parametrize(
    "pattern, first",
    [
        ("abc", "a"),
        ("a?b", "ab"),
        ("(?:в|на)\\s+\\d", "вн"),
        ("(?<![\\w-])(?P<x>с(?:о)?|от)\\s", "со"),  # a lookbehind takes no character
        ("[а-в]x|y", "абвy"),
        ("(?>ab|c)", "ac"),
        ("(?:a{0,2}|b)c", "abc"),
        ("a*", None),  # may match the empty string
        ("(?=x)", None),
        ("\\d+", None),  # a category
        ("[^a]", None),
        ("(?i:a)b", None),  # case folded
        ("(?i)ab", None),
        ("(?P<w>a)(?P=w)|.", None),
        ("[", None),  # no pattern at all
    ],
)
def test_first_characters_of_a_pattern(pattern, first):
    found = regexcache.first_characters(pattern)
    assert found == (None if first is None else frozenset(first))


def test_every_date_rule_match_starts_with_a_character_it_may_start_with():
    """``first_characters`` of every date rule holds the first character of each of its matches
    at every offset of texts with dates of every kind (a set that misses one would skip the
    rule there)."""
    texts = [
        "С 1 по 5 марта 2014 года, в понедельник, 12.03.2015, в 1990-е годы, в III квартале и "
        "два дня назад Совет директоров Банка России принял решение 14 сентября.",
        "в течение 10 лет, 5-летний, (1999), в 2010—2012 годах, XX века, до н. э., 2019-05-01, "
        "весной, на этой неделе, 3 часа, ежегодно, в конце 2013 - начале 2014 года, накануне",
    ]
    for rule, pattern, first in zip(rules.RULES, rules.rule_regexes(), rules.rule_starts()):
        for text in texts:
            lowered = text.lower()
            for start in range(len(lowered)):
                if pattern.match(lowered, start):
                    assert first is None or lowered[start] in first, (rule.name, start)

"""razdel's tokens without razdel's rule objects: the same tokens as razdel, always."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from razdel import tokenize as razdel_tokenize

from pressrel.models.tokens import tokenize

FIXTURE = Path(__file__).parent / "data" / "news.jsonl"


def razdels(text: str) -> list[tuple[int, int, str]]:
    return [(t.start, t.stop, t.text) for t in razdel_tokenize(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Иван пришёл.", ["Иван", "пришёл", "."]),
        ("кто-то и что - то", ["кто-то", "и", "что", "-", "то"]),
        ("-то", ["-", "то"]),  # no atom before the dash
        ("a_b _c", ["a_b", "_c"]),  # the atom before "_" may be across a space
        ("2,5 и 3.14, 5,", ["2,5", "и", "3.14,", "5", ","]),  # "," between 14 and 5: joins
        ("1/2 и 3\\4 и а/б", ["1/2", "и", "3\\4", "и", "а", "/", "б"]),
        ("Что?! Да... :-) ;(( =)", ["Что", "?!", "Да", "...", ":", "-", ")", ";((", "=)"]),
        ("-- и ** и -*", ["--", "и", "**", "и", "-", "*"]),
        ("ΔP и mβж", ["ΔP", "и", "mβж"]),
        ("Yahoo! и yahoo!!", ["Yahoo!", "и", "yahoo!!"]),  # "!!": two endings
        ("№5 «Газпром»", ["№", "5", "«", "Газпром", "»"]),
        ("COVID-19, Ту-154М", ["COVID-19", ",", "Ту-154", "М"]),  # digits, then letters
        ("", []),
        (" \n\t ", []),
    ],
)
def test_constructions(text, expected):
    """One row per razdel rule (and its quirks: ":-" is no smiley on its way to ":-)"),
    checked against razdel itself as well as written out."""
    assert [t[2] for t in tokenize(text)] == expected
    assert tokenize(text) == razdels(text)


# Every class of razdel's atoms and every character its rules look at, often side by side.
PIECES = st.sampled_from(
    ["а", "Ёж", "слово", "z", "Yahoo", "yahoo", "ABC", "1", "42", "0"]
    + list("-‑–—−_.,/\\!?…:;=()[]{}«»“”‘’\"„'*#$%&+<>@^`|~№")
    + ["Δ", "β", "😀", "©", "\u200b", "ſ", "K", "ı", "i̇"]
    + [" ", "  ", "\n", "\t", "\u00a0", "\u3000"]
)


@settings(max_examples=3000, deadline=None)
@given(st.lists(PIECES, max_size=30).map("".join))
def test_generated_text_equals_razdel(text):
    assert tokenize(text) == razdels(text)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=40))
def test_any_text_equals_razdel(text):
    assert tokenize(text) == razdels(text)


def test_corpus_equals_razdel(seed_text):
    texts = [seed_text, *(json.loads(line)["text"] for line in FIXTURE.open(encoding="utf-8"))]
    tokens = 0
    for text in texts:
        assert tokenize(text) == razdels(text)
        tokens += len(tokenize(text))
    assert tokens > 1000

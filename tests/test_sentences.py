"""razdel's sentences without razdel's rule objects: the same sentences as razdel, always."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from razdel import sentenize

from pressrel.structure.sentences import sentences

FIXTURE = Path(__file__).parent / "data" / "news.jsonl"
SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
CORPORA = [
    SHARED / "corpus" / "wikinews-ru.jsonl",
    SHARED / "corpus" / "releases",
    SHARED / "eval" / "nerel" / "dev.jsonl",
    SHARED / "eval" / "nerel" / "train.jsonl",
    SHARED / "eval" / "factru" / "dev.jsonl",
]


def razdels(text: str) -> list[tuple[int, int]]:
    return [(s.start, s.stop) for s in sentenize(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Иван пришёл. Пётр ушёл.", ["Иван пришёл.", "Пётр ушёл."]),
        ("Он пришёл. и ушёл.", ["Он пришёл. и ушёл."]),  # a lowercase word goes on
        ("Что?! Да... Нет.", ["Что?!", "Да...", "Нет."]),
        ("В 2015 г. Путин сказал. Т. е. нет.", ["В 2015 г. Путин сказал.", "Т. е. нет."]),
        ("А. С. Пушкин. Он.", ["А. С. Пушкин.", "Он."]),  # initials
        ("1. Первое. 2) Второе.", ["1. Первое.", "2) Второе."]),  # list bullets
        ("«Да.» Он ушёл.", ["«Да.»", "Он ушёл."]),  # a closing quote after an ending
        ('(Да.) Он. "Нет." Он.', ["(Да.)", "Он.", '"Нет."', "Он."]),
        ("Он ушёл. — сказал он.", ["Он ушёл. — сказал он."]),  # a dash and a lowercase word
        ("Ура :) Ура;) Да.", ["Ура :)", "Ура;)", "Да."]),  # smileys end sentences
        (" Да. Нет. ", ["Да.", "Нет."]),  # stripped
        ("   ", [""]),  # spaces only: one empty sentence, at 0
        ("", [""]),
    ],
)
def test_constructions(text, expected):
    """razdel's rules and quirks, checked against razdel itself as well as written out."""
    found = list(sentences(text))
    assert [text[start:stop] for start, stop in found] == expected
    assert found == razdels(text)


# Every delimiter, abbreviation, bullet and case razdel's rules look at, often side by side.
PIECES = st.sampled_from(
    ["Иван", "он", "А", "Б", "т", "е", "г", "им", "ул", "др", "см", "тыс", "руб", "млн", "англ"]
    + ["д", "и", "т", "п", "I", "IV", "a", "б", "§", "Yahoo", "1", "42", "2015", "ΔP", "ß"]
    + list(".?!…;\"„'«»“”‘’()[]{}-‑–—−_,:=/№*")
    + [":)", ";-(", "=)))", ":(", "...", "?!", "т.е.", "т. е.", "и т.д.", "и т. п.", "с.-х."]
    + [" ", "  ", "\n", "\t", "\u00a0", "\r\n", "\u3000"]
)


@settings(max_examples=3000, deadline=None)
@given(st.lists(PIECES, max_size=30).map("".join))
def test_generated_text_equals_razdel(text):
    assert list(sentences(text)) == razdels(text)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=40))
def test_any_text_equals_razdel(text):
    assert list(sentences(text)) == razdels(text)


def _texts(path: Path) -> list[str]:
    if path.is_dir():
        return [p.read_text(encoding="utf-8") for p in sorted(path.glob("*.txt"))]
    return [json.loads(line)["text"] for line in path.open(encoding="utf-8")]


def test_fixture_equals_razdel(seed_text):
    texts = [seed_text, *_texts(FIXTURE)]
    assert sum(len(list(sentences(t))) for t in texts) > 100
    for text in texts:
        assert list(sentences(text)) == razdels(text)


@pytest.mark.parametrize("path", CORPORA, ids=lambda p: p.name)
def test_corpus_equals_razdel(path):
    """Every document of the corpora beside this checkout, whole and line by line (as the
    layout cuts it into paragraphs)."""
    if not path.exists():
        pytest.skip(f"{path} is absent")
    texts = _texts(path)
    lines = [line for text in texts for line in text.splitlines()]
    for text in texts + lines:
        assert list(sentences(text)) == razdels(text), text[:200]

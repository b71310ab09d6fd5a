"""Searches of a window before an offset started where a match may start, not at every start
of the window: ``speech.title_start`` and ``speech.is_title`` (``TITLE_TAIL`` from after the
last run of non-spaces none of its units opens, ``LAST_WORD`` from the last run of
non-spaces, ``ABBREVIATION`` from four characters before the end), ``parts.word_before``
(``_WORD_BEFORE`` from the last run of non-spaces) ``letters.run_before_space`` (the runs
before the space that ends a window, ``RUN_BEFORE_SPACE`` and its kin, from the last run of
non-spaces) and ``letters.lower_word_before`` (the lower-case word before an offset, from the
last run of non-spaces) find what the searches of the whole window find (the references below, the code they replaced), on the windows of the test documents and
on generated ones (titles with numbers, names, "№", brackets and dashes, abbreviations, line
breaks, no-break and other spaces)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from pressrel.lang import speech
from pressrel.lang.letters import (
    RUN_BEFORE_SPACE,
    last_run_start,
    lower_word_before,
    run_before_space,
)
from pressrel.lang.speech import ABBREVIATED, ABBREVIATION, LAST_WORD, TITLE_TAIL
from pressrel.orgs.extend import RUN_BEFORE_A_SPACE
from pressrel.orgs.spans import LOWER_RUN_BEFORE_SPACE
from pressrel.places import parts

FIXTURE = Path(__file__).parent / "data" / "news.jsonl"


def reference_is_title(head: str) -> bool:
    before = head[: TITLE_TAIL.search(head).start()]
    abbreviation = ABBREVIATION.search(before)
    if abbreviation is not None and abbreviation.group(1).lower() in ABBREVIATED:
        return True
    word = LAST_WORD.search(before)
    return word is not None and speech.is_title_noun(word.group().lower())


def reference_word_before(text: str, start: int):
    return parts._WORD_BEFORE.search(text, max(0, start - parts._REACH), start)


def same_title(head: str) -> bool:
    before = head[: TITLE_TAIL.search(head).start()]
    return (
        speech.title_start(head) == len(before)
        and speech.is_title(head) == reference_is_title(head)
        and _span(ABBREVIATION.search(before, max(0, len(before) - 4)))
        == _span(ABBREVIATION.search(before))
        and _span(LAST_WORD.search(before, last_run_start(before, 0, len(before))))
        == _span(LAST_WORD.search(before))
    )


def same_word_before(text: str, start: int) -> bool:
    found, expected = parts.word_before(text, start), reference_word_before(text, start)
    return _span(found) == _span(expected) and (
        found is None or found.span("word") == expected.span("word")
    )


RUNS_BEFORE_SPACE = (RUN_BEFORE_SPACE, RUN_BEFORE_A_SPACE, LOWER_RUN_BEFORE_SPACE)


def same_run_before_space(text: str, start: int) -> bool:
    window = text[max(0, start - 40) : start]
    return all(
        _groups(run_before_space(pattern, window)) == _groups(pattern.search(window))
        for pattern in RUNS_BEFORE_SPACE
    )


def _groups(match) -> tuple | None:
    return None if match is None else (match.span(), match.span(1))


def _span(match) -> tuple[int, int] | None:
    return None if match is None else match.span()


def _texts() -> list[str]:
    return [json.loads(line)["text"] for line in FIXTURE.read_text(encoding="utf-8").splitlines()]


def test_windows_of_the_documents():
    texts = _texts()
    assert texts
    for text in texts:
        for at in range(len(text) + 1):  # every offset: a quote's, a place's, or none
            assert same_word_before(text, at)
            assert same_run_before_space(text, at)
            if at and text[at - 1] in "«„\"'":
                assert same_title(text[max(0, at - 61) : at - 1])
        for at in range(0, len(text), 7):
            assert same_title(text[max(0, at - 60) : at])


SAMPLES = [
    "согласно статье 159 УК РФ",
    "ст. 264 УК РФ (",
    "гл. 5 —",
    "закон № 149-ФЗ",
    "закон №149-ФЗ ",
    "статьи 295 Уголовного кодекса Казахстана",
    "новая статья —",
    "фильм\n",
    "п.\n",
    "Фонд",
    "",
    " ",
    "\n",
    "а.",
    "Нью-Йорк-",
    "фильма-",
    "(фильм 2005 года)",
    "на юге ",
    "на юге \n",
    "на юге\u00a0",
    "северо-западе  ",
    "в центре\n ",
    "(юге ",
    "юге",
    "директор ",
    "директор  ",
    "директор\n",
    "директор \n",
    "директор\n\n",
    "Главного управления ",
    "Главного-управления ",
    "-- ",
    "северо-западного\t",
]


def test_samples():
    for sample in SAMPLES:
        assert same_title(sample)
        assert same_word_before(sample, len(sample))
        assert same_word_before(sample + "Москвы", len(sample))
        assert same_run_before_space(sample, len(sample))


PIECES = st.sampled_from(
    ["статья", "ст", ".", " ", "  ", "\u00a0", "\t", "\n", "\r", "159", "149-ФЗ", "№", "УК",
     "РФ", "Кодекса", "(", ")", "—", "–", "-", ",", "«", "»", "юге", "северо-западе", "Москвы",
     "п", "фильм", "a", "B", "5a", "_", "ё"]
)  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(st.lists(PIECES, max_size=40))
def test_generated_windows(pieces):
    text = "".join(pieces)
    assert same_title(text)
    for at in range(len(text) + 1):
        assert same_word_before(text, at)
        assert same_run_before_space(text, at)


@given(st.text(alphabet=" \n\u00a0аб-", max_size=20), st.integers(0, 25), st.integers(0, 25))
def test_last_run_start(text, start, stop):
    """The last run of non-spaces of text[start:stop] begins there (start when none)."""
    start, stop = min(start, len(text)), min(stop, len(text))
    at = last_run_start(text, start, stop)
    window = text[start:stop].rstrip()
    assert start <= at <= start + len(window)
    assert not any(c.isspace() for c in text[at : start + len(window)])
    assert at == start or text[at - 1].isspace()


LOWER_WORD_BEFORE = re.compile(r"([а-яё]+)[ \u00a0]*\Z")  # the search of the whole window


@settings(max_examples=1000, deadline=None)
@given(st.lists(PIECES, max_size=30), st.integers(0, 30))
def test_lower_word_before(pieces, reach):
    text = "".join(pieces)
    for at in range(len(text) + 1):
        whole = LOWER_WORD_BEFORE.search(text, max(0, at - reach), at)
        assert lower_word_before(text, at, reach) == (whole[1] if whole else None)

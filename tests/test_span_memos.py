"""Rules read once per span text, or in a cheaper order: each gives what it gave before.

``normalize.left_word``, ``extend.country_tail`` and ``names.name_pieces`` read only the span
(and a flag of what stands before it), so their results are cached by the span's text;
``extend.without_participle_noun``, ``chains.governed_inside`` and
``conjuncts._with_conjuncts`` test a span's word count or last word before they read its words
with pymorphy2; ``spans._balanced`` settles a span without marks at once. The references below are the code they replaced; every span of the test
documents and of generated texts must agree with them.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pressrel.lang import marks, names, normalize
from pressrel.orgs import chains, conjuncts, extend
from pressrel.orgs import spans as org_spans

FIXTURE = Path(__file__).parent / "data" / "news.jsonl"
LINE_BREAK = re.compile(r"\r\n?|\n")


def reference_left_word(text: str, start: int) -> str:
    head = LINE_BREAK.split(text[max(0, start - 40) : start])[-1].split()
    return head[-1].lower() if head else ""


def reference_country_tail(text: str, start: int, stop: int) -> int:
    if start and text[start - 1] in marks.NAME_OPENING:
        return stop
    words = list(extend.WORD.finditer(text, start, stop))
    for n in range(extend.COUNTRY_WORDS, 0, -1):
        if len(words) > n and words[-1].end() == stop:
            first = words[-n].start()
            if text[words[-n - 1].end() : first] == " " and extend._is_country_genitive(
                text[first:stop]
            ):
                return first
    return stop


def reference_name_pieces(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    words = [(start + m.start(), start + m.end()) for m in names.WORD.finditer(text[start:stop])]
    if len(words) > 1 and names._only_a_gerund(text[words[-1][0] : words[-1][1]]):
        words = words[:-1]
    if (
        len(words) > 1
        and text[words[1][0]].isupper()
        and names._not_of_the_name(
            text[words[0][0] : words[0][1]], text[words[1][0] : words[-1][1]]
        )
        and (names._opens_sentence(text, start) or names._before_a_full_name(text, words))
    ):
        words = words[1:]
    if len(words) == 2 and all(names._surname_only(text[a:b]) for a, b in words):
        return words
    return [(words[0][0], words[-1][1])] if words else []


def reference_without_participle_noun(text: str, start: int, stop: int) -> int:
    before = extend.RUN_BEFORE_SPACE.search(text[max(0, start - 40) : start])
    words = list(extend.WORD.finditer(text, start, stop))
    if not before or len(words) < 2 or not before[1].islower():
        return stop
    return extend.without_participle_noun(text, start, stop)  # the rest is unchanged


def reference_governed_inside(text: str, start: int, stop: int, names: frozenset[int]):
    if start and text[start - 1] in marks.NAME_OPENING:
        return None
    words = list(chains.WORD.finditer(text, start, stop))
    if chains._head(words) is None:
        return None
    return chains.governed_inside(text, start, stop, names)  # the rest is unchanged


def reference_with_conjuncts(text: str, start: int, stop: int, people: frozenset[int]) -> int:
    words = [w.group() for w in conjuncts.WORD.finditer(text, start, stop)]
    head = conjuncts._head(words)
    if head is None or head >= len(words) - 1 or not words[-1].islower():
        return stop
    if text[stop - len(words[-1]) : stop] != words[-1]:
        return stop
    return conjuncts._with_conjuncts(text, start, stop, people)  # the rest is unchanged


def reference_balanced(span: str) -> bool:
    stack: list[str] = []
    for char in span:
        if stack and char == marks.NAME_PAIRS.get(stack[-1], ")" if stack[-1] == "(" else None):
            stack.pop()
        elif char in marks.NAME_PAIRS or char == "(":
            stack.append(char)
        elif char in marks.NAME_CLOSING or char == ")":
            return False
    # a closing guillemet at the end closes every guillemet still open: «Концерн ВКО «Алмаз»
    return not stack or (span[-1] == "»" and set(stack) == {"«"})


@pytest.fixture(scope="module")
def texts(seed_text) -> list[str]:
    written = [
        "Карьера Леонида Слуцкого началась рано. Космонавт Волков родился в Москве.",
        "последователь Стерлигову Панин сказал, что ФСБ России и МВД РФ работают.",
        "«Почта России» и Министерство обороны Южной Кореи,\r\nБанк России\rЦБ РФ",
        "Глеб Васильченко Работая в АИИ, директор НАСА и «Газпром России» заявили.",
        "запланированных Правительством национальных проектов и опубликованной Росстатом "
        "статистики; Комитета Государственной Думы по бюджету, Детского фонда ООН и управления "
        "МЧС; Комиссия по вопросам гражданства, дорожному агентству и министерству финансов.",
    ]
    return [*written, seed_text, *(json.loads(line)["text"] for line in FIXTURE.open())]


def spans(text: str, longest: int = 5) -> list[tuple[int, int]]:
    """Every run of one to ``longest`` words of text (words as split on spaces)."""
    words = [m.span() for m in re.finditer(r"\S+", text)]
    return [
        (words[i][0], words[j][1])
        for i in range(len(words))
        for j in range(i, min(i + longest, len(words)))
    ]


def test_country_tail_reads_the_span_only(texts):
    checked = 0
    for text in texts:
        for start, stop in spans(text, 4):
            assert extend.country_tail(text, start, stop) == reference_country_tail(
                text, start, stop
            )
            checked += 1
    assert checked > 1000


def test_name_pieces_read_the_span_only(texts):
    for text in texts:
        for start, stop in spans(text, 4)[:3000]:
            expected = reference_name_pieces(text, start, stop)
            assert names.name_pieces(text, start, stop) == expected
            assert names.name_pieces(text, start, stop) == expected  # cached: still the same


def test_single_word_spans_are_settled_first(texts):
    for text in texts:
        for start, stop in spans(text, 5)[:4000]:
            assert extend.without_participle_noun(
                text, start, stop
            ) == reference_without_participle_noun(text, start, stop)
            assert chains.governed_inside(
                text, start, stop, frozenset()
            ) == reference_governed_inside(text, start, stop, frozenset())
            assert conjuncts._with_conjuncts(
                text, start, stop, frozenset()
            ) == reference_with_conjuncts(text, start, stop, frozenset())


def test_left_word_reads_the_last_line(texts):
    for text in texts:
        for start in range(0, len(text), 7):
            assert normalize.left_word(text, start) == reference_left_word(text, start)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("аБв Щ\n\r\t\u00a0\u2028\x1c.,")), max_size=60),
    st.integers(0, 60),
)
def test_left_word_any_text(text, start):
    assert normalize.left_word(text, start) == reference_left_word(text, start)


MARKED = sorted({*marks.NAME_PAIRS, *marks.NAME_CLOSING, "(", ")", "а", "Б", " ", "-"})


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(MARKED), max_size=12))
def test_balanced_any_marks(span):
    assert org_spans._balanced(span) == reference_balanced(span)

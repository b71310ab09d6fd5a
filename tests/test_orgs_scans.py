"""The document scans of ``orgs.refine`` read faster than the regular expressions they replace,
and the same: each fast form is compared with the plain one on sentences written for these
tests and on strings generated from the characters that decide them (letters, hyphens,
spaces, marks, a letter whose lower case is longer, a Latin capital)."""

from __future__ import annotations

import random
import re

import pytest

from pressrel.lang import grammar
from pressrel.lang.letters import CYRILLIC_RUN
from pressrel.lang.marks import OPENING
from pressrel.orgs import apposition, generic, kinds

SENTENCES = [
    "Полиция задержала двоих, сообщили в пресс-службе правительства.",
    "ПРАВИТЕЛЬСТВО и Совет директоров, кабинет министров и власти США.",
    "В своём Твиттере министр написал: «Министерство культуры» против.",
    "Об этом сообщил журнал ''Rolling Stone'' и агентство Reuters (AFP).",
    "на странице в Facebook, в компании Nichia Chemical Industries",
    "İstanbul: полиция и Парламент, Мэрия Москвы и прокуратура.",
    "журнала-''Time'' и холдинг  «Ostchem», группа E",
    "по-полицейски, сверх-власти --правительство а--сенат",
    "",
]
PIECES = [
    "журнала ", "агентство ", "Полиция ", "-власти", "сове", " Reuters", "(«Ab»", "İ", "в ",
    "на ", "своём ", "странице ", "Твиттере", "-", " ", "\n", "\u00a0", "«", '"', "'", "“", "„",
    "(", "''", "A", "é", "ё", "Ё", "x", ".", "прав", "ПОЛИ",
]  # fmt: skip
TWO_WORDS_BEFORE = re.compile(rf"({CYRILLIC_RUN})\s+({CYRILLIC_RUN})[\s{OPENING}']*$")


def generated(count: int = 3000) -> list[str]:
    rng = random.Random(21)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 24))) for _ in range(count)]


TEXTS = SENTENCES + generated()


def test_sentences_have_what_the_scans_find():
    """Not vacuous: the written sentences hold stems, nouns before names, words before names."""
    assert any(list(generic._stem_words(t)) for t in SENTENCES)
    assert any(kinds.two_words_before(t, len(t)) for t in SENTENCES)
    assert any(list(apposition._after_nouns(t)) for t in SENTENCES)


def test_stem_words_are_the_words_of_a_stem():
    for text in TEXTS:
        plain = [
            m.span() for m in generic.WORD.finditer(text) if m.group()[:4].lower() in generic.STEMS
        ]
        assert [m.span() for m in generic._stem_words(text)] == plain, text


def test_stem_words_found():
    text = "ПОЛИЦИЯ и пресс-служба, --правительство, Совет, экс-полицейский"
    assert [m.group() for m in generic._stem_words(text)] == [
        "ПОЛИЦИЯ",
        "пресс-служба",  # a press service, whole
        "правительство",
        "Совет",
    ]  # not "полицейский" inside "экс-полицейский"


def test_after_nouns_are_the_matches_of_the_scan():
    for text in TEXTS:
        plain = [m.span() for m in apposition.AFTER_NOUN.finditer(text)]
        assert [m.span() for m in apposition._after_nouns(text)] == plain, text


def test_two_words_before_are_those_the_search_finds():
    for text in TEXTS:
        for start in range(len(text) + 1):
            found = TWO_WORDS_BEFORE.search(text, max(0, start - kinds.WORDS_BEFORE_REACH), start)
            expected = (found[1], found[2], found.start(2)) if found else None
            assert kinds.two_words_before(text, start) == expected, (text, start)


def test_two_words_before_found():
    text = "написал в своём «Твиттере»"
    assert kinds.two_words_before(text, len(text) - len("Твиттере»")) == ("в", "своём", 10)


@pytest.mark.parametrize(
    ("taken", "start", "stop", "overlaps"),
    [
        ([(0, 5)], 5, 9, False),
        ([(0, 6)], 5, 9, True),
        ([(9, 12)], 5, 9, False),
        ([(8, 12)], 5, 9, True),
        ([(6, 6)], 5, 9, False),  # an empty span covers nothing
        ([(6, 7)], 5, 9, True),
        ([], 5, 9, False),
    ],
)
def test_overlaps_is_a_shared_offset(taken, start, stop, overlaps):
    covered = {offset for a, b in taken for offset in range(a, b)}
    assert generic.overlaps(taken, start, stop) is overlaps
    assert (not covered.isdisjoint(range(start, stop))) is overlaps


@pytest.mark.parametrize(
    ("word", "lemmas"),
    [("правительства", ("правительство",)), ("Совета", ("совет",)), ("быстро", ())],
)
def test_noun_lemmas(word, lemmas):
    assert grammar.noun_lemmas(word)[: len(lemmas) or None] == lemmas

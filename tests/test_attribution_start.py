"""``attribution.before_words``, ``BEFORE`` searched from ``first_possible_start`` only, finds
what the search of the whole head finds (the reference below, the code it replaced), on the
heads of the test documents and on generated ones (sentence ends inside and outside quoted
names, line breaks, the endings an attribution has)."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from pressrel.quotes import attribution
from pressrel.quotes.attribution import BEFORE, ENDS_LIKE_BEFORE
from pressrel.quotes.shared import ATTRIBUTION_REACH

FIXTURE = Path(__file__).parent / "data" / "news.jsonl"


def reference(head: str):
    return BEFORE.search(head) if ENDS_LIKE_BEFORE.search(head) else None


def same(head: str) -> bool:
    found, expected = attribution.before_words(head), reference(head)
    if expected is None:
        return found is None
    return found is not None and (found.span(), found.span("attr")) == (
        expected.span(),
        expected.span("attr"),
    )


def _heads() -> list[str]:
    """The words before every quote of the test documents, and before every place a quote may
    follow an attribution (after a colon, a comma or "что")."""
    heads = []
    for line in FIXTURE.read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        for at in range(1, len(text)):
            if text[at] in '«„"' or text[at - 1] in ":," or text.endswith(" что ", 0, at):
                heads.append(text[max(0, at - ATTRIBUTION_REACH) : at])
    return heads


def test_heads_of_the_documents():
    heads = _heads()
    assert heads
    assert all(same(head) for head in heads)


SAMPLES = [
    "Министр заявил: ",
    "Он сказал. Министр заявил: ",
    "Как сообщил «Яндекс.Новости», ",
    "Новость. Как сообщил «Яндекс.Новости», что ",
    "Сказал! «ещё.» Потом он заявил, что ",
    "Первая строка.\nПо словам Никифорова, ",
    "По словам Никифорова,\n",
    "Заявил:\n\n",
    "Он сказал, что ''",
    "«Велес-Капитала» сообщил: ",
    "» он. сообщил: ",
    "А. Б. Иванов сказал: ",
    "Он сказал?! Да: ",
    "ab:",
    ":",
    ". ,",
]


def test_samples():
    assert all(same(head) for head in SAMPLES)


PIECES = st.sampled_from(
    ["Он", " ", "сказал", ",", ":", ".", "!", "?", "«", "»", "«Яндекс", "\n", "\r", " что",
     "''", "Иванов", "а", "—"]
)  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(st.lists(PIECES, max_size=40))
def test_generated_heads(pieces):
    assert same("".join(pieces))

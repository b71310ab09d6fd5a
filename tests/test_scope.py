"""Huge paragraphs are cut into pieces the models can take, at sentences, then at spaces."""

from __future__ import annotations

import pytest

from pressrel import analyze, structure
from pressrel.scope import PIECE_CHARS, Scope

SENTENCE = "Министр Николай Никифоров посетил Пекин и встретился с коллегами. "


@pytest.mark.parametrize(
    "text",
    [
        SENTENCE * 300,  # one line of many sentences
        "Заголовок\n\n" + SENTENCE * 200 + "\n\nПоследний абзац про Москву.",
        "слово " * 3000,  # one sentence longer than a piece: cut at spaces
        "а" * (3 * PIECE_CHARS + 7),  # no space at all: cut hard
    ],
)
def test_pieces_are_exact_short_and_in_order(text):
    pieces = list(Scope.of(structure.parse(text), related=False).pieces)
    assert all(p.text == text[p.start : p.stop] for p in pieces)
    assert all(0 < p.stop - p.start <= PIECE_CHARS for p in pieces)
    assert all(a.stop <= b.start for a, b in zip(pieces, pieces[1:]))
    covered = [False] * len(text)
    for piece in pieces:
        covered[piece.start : piece.stop] = [True] * (piece.stop - piece.start)
    assert all(seen or char.isspace() for seen, char in zip(covered, text))  # nothing left out


def test_short_paragraphs_are_not_cut(seed_text):
    layout = structure.parse(seed_text)
    assert list(Scope.of(layout, related=False).pieces) == [
        p for p in layout.paragraphs if p.kind != "related"
    ]


def test_a_huge_single_line_is_analysed_with_exact_offsets():
    text = SENTENCE * 400 + "Затем он прилетел в Москву."
    analysis = analyze(text)
    assert all(text[m.start : m.stop] == m.text for m in analysis.mentions)
    people = [m for m in analysis.mentions if m.type == "PER"]
    assert len(people) == 400 and {m.entity for m in people} == {"PER:Николай Никифоров"}
    assert analysis.mentions[-1].normal == "Москва"

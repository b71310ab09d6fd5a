"""The shared facts of Russian text in ``lang``, each at its own entry point: quotation marks."""

from __future__ import annotations

import pytest

from pressrel.lang import marks


@pytest.mark.parametrize(
    ("mark", "opening", "closing"),
    [
        ("«", True, False),
        ("„", True, False),
        ("»", False, True),
        ("”", False, True),
        ("“", True, True),  # opens “…”, closes „…“
        ('"', True, True),
        ("'", False, False),  # an apostrophe: "Кот-д'Ивуар"
        ("(", False, False),
    ],
)
def test_which_marks_open_and_close(mark, opening, closing):
    assert (mark in marks.OPENING, mark in marks.CLOSING) == (opening, closing)
    assert (mark in marks.QUOTES) == (opening or closing)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("«Почта России»", ("«", "»")),
        ("„Новая газета“", ("„", "“")),
        ("“Talk Talk”", ("“", "”")),
        ('"Вымпелком"', ('"', '"')),
    ],
)
def test_each_opening_mark_has_its_closing_one(text, pair):
    assert (text[0], marks.PAIRS[text[0]]) == pair == (text[0], text[-1])


def test_typographic_pairs_leave_out_the_straight_quote():
    assert marks.TYPOGRAPHIC_PAIRS == {"«": "»", "„": "“", "“": "”"}


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("«", [True]),
        ("«»", [True, False]),
        ("„“", [True, False]),  # the German-style pair: “ closes
        ("“”", [True, False]),  # the English-style pair: “ opens
        ('""', [True, False]),
        ("»", [False]),  # a stray closing mark opens nothing
        ("”", [False]),
        ("«„“»", [True, True, False, False]),
    ],
)
def test_a_scan_is_inside_a_quote_after_each_mark(text, inside):
    found, now = [], False
    for mark in text:
        now = marks.inside_after(mark, now)
        found.append(now)
    assert found == inside

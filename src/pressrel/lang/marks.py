"""Quotation marks: which open a quote, which close one, which do either, and the sets the
rules test against.

Russian text quotes with guillemets, «…», and with „…“ inside them; English-style “…” and the
straight typewriter "…" turn up too. So « and „ only open and » and ” only close, while “ and "
do either, by where they stand: “ opens “…” and closes „…“, " opens and closes "…".

The apostrophe is no quotation mark in running text: it is part of names ("Кот-д'Ивуар",
"О'Нил"). Round a name, though, straight single quotes quote it, and wiki text writes two of
them for italics (''Wall Street Journal''): the ``NAME_`` sets, for the rules that find where a
name starts and ends, count it with the quotation marks.
"""

from __future__ import annotations

LEFT_GUILLEMET, RIGHT_GUILLEMET = "«", "»"
GUILLEMETS = LEFT_GUILLEMET + RIGHT_GUILLEMET
STRAIGHT = '"'
OPENERS = LEFT_GUILLEMET + "„"  # marks that only open
CLOSERS = RIGHT_GUILLEMET + "”"  # marks that only close
EITHER = "“" + STRAIGHT  # marks that open or close, by where they stand

QUOTES = OPENERS + CLOSERS + EITHER  # every quotation mark
OPENING = OPENERS + EITHER  # the marks that may open a quote
CLOSING = CLOSERS + EITHER  # the marks that may close one
# The closing mark of each opening one.
PAIRS = {LEFT_GUILLEMET: RIGHT_GUILLEMET, "„": "“", "“": "”", STRAIGHT: STRAIGHT}
# The pairs whose two marks differ, so that where a quote starts and ends is never in doubt.
TYPOGRAPHIC_PAIRS = {opening: closing for opening, closing in PAIRS.items() if opening != closing}

APOSTROPHE = "'"
NAME_OPENING = OPENING + APOSTROPHE  # the marks that may open a quoted name
NAME_CLOSING = CLOSING + APOSTROPHE  # the marks that may close one
NAME_PAIRS = {**PAIRS, APOSTROPHE: APOSTROPHE}


def after_mark(mark: str, open_marks: tuple[str, ...]) -> tuple[str, ...]:
    """The opening marks of the quotes still open after mark (outermost first), given those
    open before it: mark closes the innermost quote when it is that quote's closing mark (“
    closes „…“, " closes "…"), else opens one when it can open (“ opens “…”), else changes
    nothing (a stray » or ”, or no quotation mark at all)."""
    if open_marks and mark == PAIRS[open_marks[-1]]:
        return open_marks[:-1]
    if mark in OPENING:
        return (*open_marks, mark)
    return open_marks


def unclosed(text: str) -> tuple[str, ...]:
    """The opening marks of the quotes text leaves open, outermost first: "директор
    «Молодой гвардии „Единой России“" leaves «."""
    open_marks: tuple[str, ...] = ()
    for char in text:
        if char in QUOTES:
            open_marks = after_mark(char, open_marks)
    return open_marks

"""The tense of the clause a date stands in: the finite verb nearest the date, before or after
it, within its sentence and a few words (``WINDOW`` characters each side, so a date costs the
same whatever the length of its text). Each word form's reading is pymorphy2's, cached."""

from __future__ import annotations

import re

from ..lang import grammar

WINDOW = 80  # characters read on each side of the date
CLAUSE_END = re.compile(r"[.!?;\n]")
WORD = re.compile(r"[а-яёА-ЯЁ]+")


def clause_tense(text: str, start: int, stop: int) -> str | None:
    """ "past", "pres" or "futr" of the verb nearest text[start:stop] in its sentence ("В
    декабре объем вырос": past; "В марте планируется рост": pres); None without one."""
    left = text[max(0, start - WINDOW) : start]
    ends = list(CLAUSE_END.finditer(left))
    if ends:
        left = left[ends[-1].end() :]
    right = text[stop : stop + WINDOW]
    end = CLAUSE_END.search(right)
    if end:
        right = right[: end.start()]
    near = [(m.start(), m.group()) for m in WORD.finditer(right)]
    near += [(len(left) - m.end(), m.group()) for m in WORD.finditer(left)]
    for _, word in sorted(near, key=lambda item: item[0]):
        tense = grammar.verb_tense(word.lower())
        if tense is not None:
            return tense
    return None

"""The tense of the clause a date stands in, from pymorphy2's readings (cached per word form)
of the verbs round it, within ``WINDOW`` characters each side (a date costs the same whatever
the length of its text).

The verb the date belongs to is the nearest tensed word (a finite verb, a full participle, a
gerund) before it in its clause ("Объем вырос в марте", "продолжил снижаться в июне и останется",
"заявленных в январе мер"; an infinitive is passed over for the verb that governs it); when
none stands before it (a comma or the sentence's start comes first), the nearest after it in
its sentence ("В декабре объем вырос", "Рост, как ожидает банк, в декабре будет выше").
"""

from __future__ import annotations

import re

from ..lang import grammar

WINDOW = 80  # characters read on each side of the date
SENTENCE_END = re.compile(r"[.!?;\n\r]")
CLAUSE_START = re.compile(r"[.!?;:,\n\r()«»\"—]")
WORD = re.compile(r"[а-яёА-ЯЁ]+")


def clause_tense(text: str, start: int, stop: int) -> str | None:
    """ "past", "pres" or "futr" of the verb of text[start:stop] ("В декабре объем вырос":
    past; "В марте планируется рост": pres); None without one."""
    left = text[max(0, start - WINDOW) : start]
    bounds = list(CLAUSE_START.finditer(left))
    if bounds:
        left = left[bounds[-1].end() :]
    for word in reversed(WORD.findall(left)):
        tense = grammar.verb_tense(word.lower())
        if tense is not None:
            return tense
    right = text[stop : stop + WINDOW]
    end = SENTENCE_END.search(right)
    for word in WORD.findall(right[: end.start()] if end else right):
        tense = grammar.verb_tense(word.lower())
        if tense is not None:
            return tense
    return None

"""A person's name span cut at round brackets: a name and what the brackets after it give (its
original spelling, an alias) are two names.

NER takes "Франсис Коне (Francis Koné)", "Саша (Наташа)" or "Басте (" as one name. The span
is cut at its round brackets and each part trimmed of the brackets, quotation marks and
spaces at its edges ("Гордон» (Gordon)" -> Гордон, Gordon). The part before the brackets is a
name when it holds a letter; a part inside them only when it reads as a name: words that start
with a capital (in either script), particles of foreign names (бин, аль-, de, van...: short
lower-case words, or a lower-case prefix joined by a hyphen) between them, and a capital last.

An editor's square brackets inside a name ("Андрей [Сидоров]", "Валерии] Касамаре": a quote
with an insertion) are read through (``unmarked``): the span keeps them, both halves of the
insertion ("Андреем [Сидоровым]", "[Ивану] Петрову"), its name does not.
"""

from __future__ import annotations

import re

from .letters import LINE_ENDS
from .marks import QUOTES

EDGE = " \t\u00a0()[],;:—–-" + LINE_ENDS + QUOTES
NAME_WORD = re.compile(r"^(?:[^\W\d_][\w'’.-]*)$")
PARTICLE = re.compile(r"^(?:[^\W\d_]{1,3}|[^\W\d_]{1,3}-[^\W\d_].*)$")  # "bin", "аль-Амрики"


def pieces(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The names of the PER span text[start:stop], trimmed: the span itself when it holds no
    round bracket, else its parts before and inside the brackets that read as names."""
    span = text[start:stop]
    if "(" not in span and ")" not in span:
        trimmed = _trimmed(text, start, stop)
        return [_with_its_insertion(text, *trimmed)] if trimmed[0] < trimmed[1] else []
    found = []
    last = start
    inside = False
    for at in [i for i in range(start, stop) if text[i] in "()"] + [stop]:
        part_start, part_stop = _trimmed(text, last, at)
        if part_start < part_stop and (
            _is_name(text[part_start:part_stop])
            if inside
            else _has_letter(text, part_start, part_stop)
        ):
            found.append(_with_its_insertion(text, part_start, part_stop))
        inside = at < stop and text[at] == "("
        last = at + 1
    return found


def _trimmed(text: str, start: int, stop: int) -> tuple[int, int]:
    while start < stop and text[start] in EDGE:
        start += 1
    while stop > start and text[stop - 1] in EDGE:
        stop -= 1
    return start, stop


def _with_its_insertion(text: str, start: int, stop: int) -> tuple[int, int]:
    """The span widened to the square bracket that closes or opens an editor's insertion it
    holds half of, when that bracket stands right at its edge ("Андреем [Сидоровым]",
    "[Ивану] Петрову"): the insertion is whole."""
    span = text[start:stop]
    if span.count("[") > span.count("]") and text[stop : stop + 1] == "]":
        stop += 1
    if span.count("]") > span.count("[") and start and text[start - 1] == "[":
        start -= 1
    return start, stop


def _has_letter(text: str, start: int, stop: int) -> bool:
    return any(char.isalpha() for char in text[start:stop])


def _is_name(part: str) -> bool:
    """Whether the words of a bracketed part read as a name ("Francis Koné", "Хазрат", "Abu
    Abdul Barr al-Amriki"; not "1962", "или", "бывший министр")."""
    words = part.split()
    if not words or not all(NAME_WORD.match(word) for word in words):
        return False
    if not words[-1].split("-")[-1][:1].isupper():  # "Koné", "al-Amriki"
        return False
    return all(word[0].isupper() or PARTICLE.match(word) for word in words)


def unmarked(written: str) -> str:
    """A name without the square brackets of an editor's insertion ("Валерии] Касамаре",
    "Андрей [Сидоров]"), to be read as the name it is."""
    return " ".join(written.replace("[", " ").replace("]", " ").split())

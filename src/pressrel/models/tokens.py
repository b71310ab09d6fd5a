"""razdel's tokens of a text, computed as razdel computes them, without its rule machinery.

razdel (what slovnet and natasha tokenise with) cuts a text into atoms (a run of Cyrillic
letters, of Latin letters, of digits, one punctuation mark, one other character; spaces
between them), then decides at each boundary between two atoms whether they stay one token.
A space always splits. Between two touching atoms, its rules decide, first answer wins: a dash
or an underscore joins the atoms around it when neither is punctuation ("кто-то", "a_b"); a
point or comma between digits ("2,5"), a slash between digits ("1/2"); two punctuation marks
join when they make a smiley with the token so far (":-)"), are both sentence endings ("?!")
or make "--" or "**"; a character of no class joins a letter or another such character
("ΔP"); "yahoo" keeps its "!". Everything else splits.

razdel builds an object per atom and per boundary and runs each rule object on each; here the
same rules read the atoms' offsets and kinds from one list: about five times faster, and the
same tokens (``tests/test_tokens.py`` compares them with razdel's on generated text, every
character class and rule included, and on the corpus). The atom pattern and the punctuation
sets are razdel's own, imported, so that a razdel release that changes them changes these.
"""

from __future__ import annotations

from razdel.segmenters.punct import DASHES, ENDINGS
from razdel.segmenters.tokenize import ATOM, SMILE

__all__ = ["Token", "tokenize"]

Token = tuple[int, int, str]  # (start, stop, text): offsets into the text tokenised

_PUNCT, _OTHER, _INT = "PUNCT", "OTHER", "INT"
_WORDLIKE = frozenset(("OTHER", "RU", "LAT"))
_DELIMITERS = ((DASHES, "dash"), ("_", "underscore"), (".,", "float"), ("/\\", "fraction"))


def tokenize(text: str) -> list[Token]:
    """razdel's tokens of text (``razdel.tokenize``): (start, stop, text) each, in order."""
    atoms = [(m.start(), m.end(), m.lastgroup) for m in ATOM.finditer(text)]
    if not atoms:
        return []
    tokens = []
    first, stop, _ = atoms[0]
    for index in range(1, len(atoms)):
        start = atoms[index][0]
        if start != stop or not _joins(text, atoms, index, first):
            tokens.append((first, stop, text[first:stop]))
            first = start
        stop = atoms[index][1]
    tokens.append((first, stop, text[first:stop]))
    return tokens


def _joins(text: str, atoms: list[tuple[int, int, str]], index: int, first: int) -> bool:
    """Whether the touching atoms index - 1 and index stay one token (razdel's rules in
    razdel's order; ``first`` is where the token so far starts)."""
    left_start, left_stop, left_kind = atoms[index - 1]
    right_start, right_stop, right_kind = atoms[index]
    left = text[left_start:left_stop]
    right = text[right_start:right_stop]
    for delimiter, rule in _DELIMITERS:  # razdel's Rule2112: the atoms around the delimiter
        if (left == delimiter) if rule == "underscore" else (left in delimiter):
            outer = (atoms[index - 2][2] if index > 1 else None), right_kind
        elif (right == delimiter) if rule == "underscore" else (right in delimiter):
            outer = left_kind, (atoms[index + 1][2] if index + 1 < len(atoms) else None)
        else:
            continue
        a, b = outer
        if a is None or b is None:
            continue
        if rule in ("dash", "underscore"):
            if a != _PUNCT and b != _PUNCT:
                return True
        elif a == _INT and b == _INT:
            return True
    if left_kind == _PUNCT and right_kind == _PUNCT:
        return (
            SMILE.match(text[first:left_stop] + right) is not None
            or (left in ENDINGS and right in ENDINGS)
            or left + right in ("--", "**")
        )
    if _OTHER in (left_kind, right_kind) and left_kind in _WORDLIKE and right_kind in _WORDLIKE:
        return True
    return left.lower() == "yahoo" and right == "!"

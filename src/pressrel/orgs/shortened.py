"""A short name made of the starts of a longer name's words, and the one name of a document it
shortens.

Russian shortens an organisation's name in two ways, both from the starts of its words, in
order:

- an abbreviation of initials, written in capitals: "ФАС" (Федеральная антимонопольная
  служба), "НИИ" (научно-исследовательский институт: the parts of a hyphenated word count as
  words), "NASA" (National Aeronautics and Space Administration);
- a compound of stumps, written as one word: "Минкульт" (Министерство культуры), "Мосгордума"
  (Московская городская дума), "Минэкономразвития" (Министерство экономического развития):
  each piece is the start of a word, at least three letters long, or the whole word.

Prepositions and conjunctions ("по", "и", "of", "and") may be left out of either. Every other
word of the long name gives a piece. A short name joins the long name when exactly one name of
the document fits it, or, for a compound of stumps when none does, exactly one full name of
the curated table (``data/org_aliases.tsv``: "Минкульт" is Министерство культуры in any
document; initials are too short for that: "МК" of a document that names no ministry is not
Министерство культуры). Names the
document or the table already defines are not looked at again.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from .. import caches
from ..lang.fold import name_key

# Closed class: prepositions and conjunctions a short name may leave out.
FUNCTION_WORDS = {
    "и", "по", "при", "в", "во", "на", "с", "со", "для", "за", "о", "об", "от", "к", "из",
    "of", "and", "for", "the", "de", "du", "la", "le", "des", "für", "und",
}  # fmt: skip
PARTS = re.compile(r"[^\s\-–—,.«»\"'()]+")
LETTERS = re.compile(r"^[^\W\d_]+$")
INITIALS = 2, 8  # how many letters an abbreviation of initials has
STUMP_PIECE = 3  # the shortest start of a word a compound takes ("Мин", "гор")


def shortened_names(
    names: Iterable[str], defined: Iterable[str], curated: Iterable[str]
) -> dict[str, str]:
    """Short name's key -> the long name it shortens: for each one-word name of ``names`` not in
    ``defined`` (keys), the one many-word name of ``names`` it is built from, else, for stumps,
    the one of ``curated`` (full names)."""
    names = list(dict.fromkeys(names))
    defined = set(defined)
    # the long names by the letters a short name of them may start with (``spells`` asks that
    # first): a short name is tried against those only, not against every long name of a
    # document that may name thousands
    longs = _by_first_letter(names)
    found = {}
    for name in names:
        key = name_key(name)
        if " " in name.strip() or key in defined or not _shape(name):
            continue
        fits = _fitting(name, longs.get(key[:1], ()))
        if not fits and _shape(name) == "stumps":  # "МК" may be any two words: not the table's
            fits = _fitting(name, _table_by_first_letter(tuple(curated)).get(key[:1], ()))
        if len(fits) == 1:
            found[key] = fits[0]
    return found


def _by_first_letter(names: Iterable[str]) -> dict[str, list[str]]:
    """The long names (two content words or more), in order, by each letter a short name of
    them may start with (``_words``): a short name that starts with another letter spells none
    of them (``_spelled`` asks that first)."""
    longs: dict[str, list[str]] = defaultdict(list)
    for name in names:
        _, content, firsts = _words(name)
        if content >= 2:
            for letter in firsts:
                longs[letter].append(name)
    return longs


@lru_cache(maxsize=1)
def _table_by_first_letter(curated: tuple[str, ...]) -> dict[str, list[str]]:
    """``_by_first_letter`` of the curated table's full names, built once (the table is the same
    for every document; a document's stumps were tried against all of it)."""
    return _by_first_letter(curated)


def _fitting(short: str, longs: Iterable[str]) -> list[str]:
    """The long names short is built from, one per key."""
    key, shape = name_key(short), _shape(short)  # read once, not once per long name
    by_key = {name_key(long): long for long in longs if _spelled(key, shape, long)}
    return list(by_key.values())


def _shape(name: str) -> str | None:
    """'initials' for a word in capitals, 'stumps' for a capitalised word of at least five
    lower-case letters after its capital, None for any other name."""
    if not LETTERS.match(name):
        return None
    if name.isupper():
        return "initials" if INITIALS[0] <= len(name) <= INITIALS[1] else None
    if name[0].isupper() and name[1:].islower() and len(name) >= 6:
        return "stumps"
    return None


def spells(short: str, long: str) -> bool:
    """Whether short is made of the starts of long's words, in order (see the module): "ФАС"
    of "Федеральная антимонопольная служба", "Минкульт" of "Министерство культуры"."""
    return _spelled(name_key(short), _shape(short), long)


def _spelled(key: str, shape: str | None, long: str) -> bool:
    """``spells`` of a short name read as its key and ``_shape``."""
    words, content, firsts = _words(long)
    if shape is None or content < 2 or key[:1] not in firsts:
        return False
    return _built(key, words, shape == "initials")


@caches.bounded(caches.SPANS)
def _words(name: str) -> tuple[tuple[str, ...], int, frozenset[str]]:
    """The keys of name's words, how many of them are not function words, and the letters a
    short name of it may start with (the first letter of a word up to its first word that is
    not a function word: the words before that one may be left out, that one may not). Read
    once per name: each short name of a document is tried against every long one and the
    curated table's."""
    words = tuple(name_key(word) for word in PARTS.findall(name))
    content = [word not in FUNCTION_WORDS for word in words]
    first = content.index(True) if True in content else len(words) - 1
    return words, sum(content), frozenset(word[:1] for word in words[: first + 1])


def _built(short: str, words: tuple[str, ...], initials: bool) -> bool:
    """Whether short is pieces of words, one piece per word in order, function words optional
    (a search over (letters used, words used), each state tried once)."""
    tried: set[tuple[int, int]] = set()

    def fits(i: int, j: int) -> bool:
        if (i, j) in tried:
            return False
        tried.add((i, j))
        if j == len(words):
            return i == len(short)
        word = words[j]
        if word in FUNCTION_WORDS and fits(i, j + 1):
            return True
        lengths = [1] if initials else range(len(word), 0, -1)
        for k in lengths:
            if not initials and k < STUMP_PIECE and k < len(word):
                break
            if short.startswith(word[:k], i) and fits(i + k, j + 1):
                return True
        return False

    return fits(0, 0)

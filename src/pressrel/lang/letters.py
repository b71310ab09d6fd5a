"""Letters of Russian text by class, and the word patterns built from them.

Classes of lower-case letters (``VOWELS``, ``CONSONANTS``: й, ь and ъ are neither), and the
bodies of regular-expression character classes (``CYRILLIC``, ``CAPITALS`` of either script)
from which the rules build their patterns. The word patterns more than one rule reads a text
with are here: a Cyrillic word with its hyphenated parts (``CYRILLIC_WORD``: "Нью-Йорк"), a run
of Cyrillic letters and hyphens (``CYRILLIC_RUN``; ``RUN_BEFORE_SPACE``, the one before a space that ends a text), a word of any letters, digits and hyphens
(``HYPHENATED``). ``LINE_ENDS``: the characters that end a line, CR alone (classic Mac files)
as well as LF. ``last_run_start``: where a word that ends a window of text may start
(``run_before_space``: the run before the space that ends a window, found from there).
``plain_spaces``: a phrase with one plain space between its words, as a normal
form and an id are written (a release types no-break spaces inside names: "Центр по\u00a0борьбе").
"""

from __future__ import annotations

import re

VOWEL_LETTERS = "аеёиоуыэюя"
VOWELS = frozenset(VOWEL_LETTERS)
CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")
VOWEL_GROUP = re.compile(f"[{VOWEL_LETTERS}]+")  # a syllable's vowels: "Цзиньтао" has two

LOWER, UPPER = "а-яё", "А-ЯЁ"  # Cyrillic letters, as the bodies of character classes
CYRILLIC = UPPER + LOWER
CAPITALS = UPPER + "A-Z"  # capital letters, Cyrillic or Latin: initials, abbreviations
LINE_ENDS = "\n\r"  # LF, CR alone (classic Mac files); CRLF is both, a space between
# a place's kind abbreviated before its name: "г. Тулы" (its full stop ends no sentence)
PLACE_KINDS = ("г", "гор", "пос", "ул", "обл")
PLACE_ABBREVIATION = rf"(?<![^\W\d_])(?:{'|'.join(PLACE_KINDS)})\.(?=\s*[А-ЯЁ])"

CYRILLIC_WORD = re.compile(rf"[{CYRILLIC}]+(?:-[{CYRILLIC}]+)*")
CYRILLIC_RUN = rf"[{CYRILLIC}-]+"  # letters and hyphens: the word before an offset
# the run of them and the space that end a window of text (``search(text[start - 40 : start])``)
CYRILLIC_RUNS = re.compile(CYRILLIC_RUN)
RUN_BEFORE_SPACE = re.compile(rf"({CYRILLIC_RUN})\s$")
HYPHENATED = re.compile(r"[\w-]+")
# a Roman numeral of two letters or more (a century's, a congress's, a king's number: "XVII",
# "III"), its X typed in either script; one letter alone ("X", "C") may be a name
ROMAN_NUMERAL = re.compile(r"[IVXLCХ]{2,}")
HAS_CYRILLIC = re.compile(f"[{CYRILLIC}]")
# Latin letters drawn as Cyrillic ones: typed into a Cyrillic word by mistake ("cказал", Latin c)
LOOKALIKES = str.maketrans("aceopxyACEHKMOPTXB", "асеорхуАСЕНКМОРТХВ")
MIXED_WORD = re.compile(rf"[{CYRILLIC}a-zA-Z]+(?:-[{CYRILLIC}a-zA-Z]+)*")  # a word of either script


def last_run_start(text: str, start: int, stop: int) -> int:
    """Where the last run of non-spaces of text[start:stop] begins (start when there is none):
    a word that ends text[start:stop], but for spaces after it, begins there or after, so a
    search for it need not try the starts before (``places.parts``, ``speech.is_title``)."""
    window = text[start:stop].rstrip()
    return start + len(window) - len(window.rsplit(None, 1)[-1]) if window else start


# a lower-case Cyrillic word, then plain or no-break spaces up to an offset
_LOWER_WORD_BEFORE = re.compile(r"([а-яё]+)[ \u00a0]*\Z")


def lower_word_before(text: str, at: int, reach: int) -> str | None:
    """The lower-case word that ends right before offset at, only spaces on its line between
    (the noun of a quoted name's kind: "акция «…»", "станции метро «…»"), within reach
    characters; None when anything else stands there. Searched from the last run of
    non-spaces (``last_run_start``), not from every start of the window."""
    found = _LOWER_WORD_BEFORE.search(text, last_run_start(text, max(0, at - reach), at), at)
    return found[1] if found else None


def run_before_space(pattern: re.Pattern[str], window: str) -> re.Match[str] | None:
    """pattern.search(window) for a pattern of a run of non-spaces and the space that ends
    window (``RUN_BEFORE_SPACE``, "директор "), searched from window's last run of
    non-spaces: no start before it reaches the end (the search from every start of the 40
    characters before a span, each read up to its first space, cost 2 microseconds a span)."""
    return pattern.search(window, last_run_start(window, 0, len(window)))


def as_cyrillic(word: str) -> str:
    """word with its Latin lookalike letters read as the Cyrillic ones, when it is a Cyrillic
    word ("cказал" -> "сказал"); any other word as it is ("Forbes")."""
    return word.translate(LOOKALIKES) if HAS_CYRILLIC.search(word) else word


def is_cyrillic_word(text: str) -> bool:
    """Whether text is one Cyrillic word, its hyphenated parts with it ("Нью-Йорк", not "ООН's"
    nor "Газпром нефть")."""
    return CYRILLIC_WORD.fullmatch(text) is not None


def has_cyrillic(text: str) -> bool:
    """Whether text holds a Cyrillic letter."""
    return HAS_CYRILLIC.search(text) is not None


def plain_spaces(phrase: str) -> str:
    """phrase with each run of white space (no-break, thin, a line break) one plain space, and
    none at its ends."""
    return " ".join(phrase.split())


def before_spaces(text: str, at: int) -> int:
    """Where the white space right before offset at starts: ``len(text[:at].rstrip())``
    without copying the text up to at (a rule near the end of a 60 MB document would copy
    megabytes for each name)."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at

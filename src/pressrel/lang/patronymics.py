"""Whether a name word is a patronymic: a given name and its patronymic suffix.

A patronymic is made from a father's given name: a consonant-final name takes -ович/-овна
(Пётр -> Петрович; a fleeting vowel drops, Павел -> Павлович, Лев -> Львович), one in -й/-ь or
a hushing consonant -евич/-евна (Андрей -> Андреевич, Игорь
-> Игоревич), one in -а/-я -ич/-ична or -инична (Никита -> Никитич, Илья -> Ильинична). A word
of that shape whose stem is not a given name pymorphy2 knows is a surname ("Макаревич": Макар
makes Макарович; "Лукашевич": no Russian given name ends in a hushing consonant, the -евич
after one is the Polish and Belarusian surname suffix). Feminine patronymics are never
surnames; masculine ones often are ("Абрамович"), which the caller decides from the span
(see ``names``).
"""

from __future__ import annotations

from .. import caches
from . import morph
from .letters import VOWELS

# suffix (nominative, lower case) -> how the father's name ends after the stem
SUFFIXES = {
    "ович": ("",),
    "овна": ("",),
    "евич": ("й", "ь"),
    "евна": ("й", "ь"),
    "инична": ("а", "я"),
    "ична": ("а", "я"),
    "ич": ("а", "я"),
}
FEMININE = ("овна", "евна", "ична")


@caches.bounded(caches.WORDS)
def is_patronymic(nominative: str) -> bool:
    """Whether nominative ("Петрович", "Ильинична") is a given name's patronymic."""
    lower = nominative.lower().replace("ё", "е")
    for suffix, tails in SUFFIXES.items():
        if not lower.endswith(suffix) or len(lower) <= len(suffix) + 1:
            continue
        stem = lower[: -len(suffix)]
        for tail in tails:
            if any(_is_given_name(name + tail) for name in _with_fleeting_vowel(stem)):
                return True
    return False


def _with_fleeting_vowel(stem: str) -> tuple[str, ...]:
    """The stem, and the name with the vowel that drops before an ending restored: Павл-ович
    from Павел, Льв-ович from Лев (its soft sign the vowel's trace)."""
    if len(stem) < 3 or stem[-1] in VOWELS or stem[-2] in VOWELS:
        return (stem,)
    if stem[-2] == "ь":
        return stem, stem[:-2] + "е" + stem[-1]
    return stem, stem[:-1] + "е" + stem[-1]


def is_feminine(nominative: str) -> bool:
    """A feminine patronymic shape (-овна, -евна, -ична): never a surname."""
    return nominative.lower().endswith(FEMININE)


def _is_given_name(word: str) -> bool:
    """A masculine given name in pymorphy2's dictionary, in the nominative."""
    return any(
        "Name" in p.tag and p.tag.gender == "masc" and p.tag.case == "nomn" and p.is_known
        for p in morph.parses(word)
    )

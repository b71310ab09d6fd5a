"""What the rules ask of pymorphy2's readings of a word: its part of speech, and agreement.

``Reading`` types the part of a pymorphy2 parse the rules use (``morph.parses`` gives them,
best first). Of one reading: ``is_noun``, ``is_adjective`` (a full adjective or participle,
what agrees with a noun before it) and ``agrees`` (an adjective with its noun). Of a word, the
name says which readings count: ``first_pos`` is the best reading's part of speech,
``is_verbal`` asks that every reading be a verb form or adverb, ``may_be_verbal`` that one be;
``verb_tense`` is the tense of a finite verb, ``is_common_word`` a known word that is no name.
Each tag is read once (``morph.facts``: its part of speech, case, gender, number... as plain
values), so the tests compare values instead of walking pymorphy2's tags.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

from .. import caches
from . import morph

NOUN = "NOUN"
ADJECTIVAL = ("ADJF", "PRTF")  # full adjectives and participles: they agree with a noun
COMMON_GENDER = ("masc", "femn")  # the genders of a noun of common gender ("ms-f": "судья")
FUNCTION = {"PREP", "CONJ", "PRCL"}  # prepositions, conjunctions, particles: no part of a phrase
VERBAL = {"VERB", "INFN", "GRND", "ADVB", "PRTS"}  # verb forms and adverbs: a predicate's words
# readings no name has: a function word, an adverb, an infinitive ("Вслед", "Ещё", "Так"; not a
# finite verb or an interjection, which names may share: "Лью", "Мори", "Баста")
NOT_A_NAME = FUNCTION | {"ADVB", "INFN"}


class Tag(Protocol):
    """The grammemes of a reading (pymorphy2's OpencorporaTag); None where none applies."""

    POS: str | None
    case: str | None
    number: str | None
    gender: str | None  # None also for nouns of common gender ("ms-f": "судья")
    animacy: str | None
    tense: str | None
    grammemes: frozenset[str]

    def __contains__(self, grammeme: object) -> bool: ...


class Reading(Protocol):
    """One reading of a word (pymorphy2's Parse)."""

    word: str
    tag: Tag
    normal_form: str
    score: float
    is_known: bool


def is_noun(reading: Reading) -> bool:
    return morph.facts(reading.tag).pos == NOUN


def is_adjective(reading: Reading) -> bool:
    """A full adjective or participle ("Московского", "избранная"), pronominal ones too."""
    return morph.facts(reading.tag).pos in ADJECTIVAL


def agrees_with_noun(adjective: str, noun: str) -> bool:
    """Whether some adjective reading of the word adjective agrees with some noun reading of
    the word noun ("бюджетных рублей"; not "бюджета рублей")."""
    nouns = [p for p in morph.parses(noun) if is_noun(p)]
    return any(agrees(a, n) for a in morph.parses(adjective) if is_adjective(a) for n in nouns)


def agrees(adjective: Reading, noun: Reading) -> bool:
    """Whether adjective agrees with noun: the same case (second genitives and locatives as the
    first) and number, and in the singular a gender that fits ("Московского университета",
    "японским парламентом"; not "Совета Федерального"): a noun of common gender takes either
    gender of a person ("главный судья", "главная судья"; not "главное судья"). An accusative
    adjective that shows animacy shows the noun's ("знакомого премьер-министра"; "знакомый
    премьер-министра" is a nominative with a genitive after it)."""
    a, n = morph.facts(adjective.tag), morph.facts(noun.tag)
    if a.case != n.case or a.number != n.number:
        return False
    if a.case == "accs" and a.animacy and n.animacy and a.animacy != n.animacy:
        return False
    return (
        n.number == "plur"
        or a.gender in (None, n.gender)
        or ("ms-f" in n.grammemes and a.gender in COMMON_GENDER)
    )


def first_pos(word: str) -> str | None:
    """The part of speech of word's best reading; None when it has none (a number, a sign)."""
    readings = morph.parses(word)
    return morph.facts(readings[0].tag).pos if readings else None


@caches.bounded(caches.WORDS)
def noun_lemmas(word: str) -> tuple[str, ...]:
    """The dictionary forms of word's noun readings, best first ("правительства" ->
    ("правительство",)), read once per word: the rules that ask what kind of thing a noun
    names (an institution, a subdivision, a facility) ask it of the same words again and again."""
    return tuple(p.normal_form for p in morph.parses(word) if morph.facts(p.tag).pos == NOUN)


def head_noun_lemmas(words: Iterable[str]) -> tuple[str, ...]:
    """The noun lemmas of a phrase's head, its first word after the adjectives ("Ленинский
    районный суд" -> ("суд",)); () when a word of another part of speech comes first."""
    for word in words:
        first = first_pos(word)
        if first == NOUN:
            return noun_lemmas(word)
        if first not in ADJECTIVAL:
            return ()
    return ()


# A name compared word by word, in any case ("Легенде Цветного" is "Легенда Цветного"): each
# word's lemmas, its lower-case self among them.
LemmaKey = tuple[frozenset[str], ...]
NAME_WORD = re.compile(r"\w+(?:-\w+)*")  # a word of a name, hyphenated parts together


@caches.bounded(caches.WORDS)
def word_lemmas(word: str) -> frozenset[str]:
    """word's lower case and the dictionary forms of all its readings."""
    return frozenset({word.lower(), *(p.normal_form for p in morph.parses(word))})


def lemma_key(name: str) -> LemmaKey:
    """The lemmas of each word of name, in order."""
    return tuple(word_lemmas(word) for word in NAME_WORD.findall(name))


def same_lemmas(one: LemmaKey, other: LemmaKey) -> bool:
    """Whether two names may be one name in two cases: as many words, each pair sharing a lemma."""
    return len(one) == len(other) and all(a & b for a, b in zip(one, other))


def first_lemma(word: str) -> str | None:
    """The dictionary form of word's best reading (lowercase); None when it has none."""
    readings = morph.parses(word.lower())
    return readings[0].normal_form if readings else None


def is_verbal(word: str) -> bool:
    """Whether every reading of word is a verb form or adverb ("собрались"; not "стали",
    also a noun): words that can be nothing in a name."""
    readings = morph.parses(word)
    return bool(readings) and all(morph.facts(p.tag).pos in VERBAL for p in readings)


def may_be_adjective(word: str) -> bool:
    """Whether some reading of word is a full adjective or participle ("Государственная",
    "научный"; "главы" is none)."""
    return any(is_adjective(p) for p in morph.parses(word))


def may_be_verbal(word: str) -> bool:
    """Whether some reading of word is a verb form or adverb ("стали", "желает"): a word that
    may make a clause of the words round it."""
    return any(morph.facts(p.tag).pos in VERBAL for p in morph.parses(word))


PROPER = {"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr"}  # names and abbreviations


def is_common_word(word: str) -> bool:
    """Whether pymorphy2 knows word and no reading of it is a name or abbreviation
    ("Депозитные", "Абсорбирование"; not "Россия", "Сбербанк", "ЦБ"): a word that is capitalised
    only where it stands, first in a sentence or a table cell."""
    return morph.is_known(word) and not any(PROPER & p.tag.grammemes for p in morph.parses(word))


# finite verbs, full participles and gerunds; not short participles, whose tense is not their
# event's ("запланировано на 25 июля": a coming day)
TENSED = {"VERB", "PRTF", "GRND"}
# the cases a preposition governs (pymorphy2's names; its second genitive and locative folded
# into the first, ``morph.case_of``)
PREPOSITION_CASES = {
    **dict.fromkeys(("в", "во", "на"), frozenset({"loct", "accs"})),
    **dict.fromkeys(("о", "об", "обо", "при"), frozenset({"loct"})),
    **dict.fromkeys(("с", "со"), frozenset({"ablt", "gent"})),
    **dict.fromkeys(("к", "ко"), frozenset({"datv"})),
    **dict.fromkeys(("у", "от", "из", "для", "до", "без", "около", "после"), frozenset({"gent"})),
    **dict.fromkeys(("за", "под", "над", "перед", "между"), frozenset({"ablt", "accs"})),
    **dict.fromkeys(("про", "через"), frozenset({"accs"})),
}


def verb_tense(word: str) -> str | None:
    """The tense of word when its best reading is a finite verb, a full participle or a gerund:
    "past" ("вырос", "заявленных", "заключив"), "pres" ("планируется"), "futr" ("произойдёт",
    "будет"); None for anything else (an infinitive, a short participle, a noun)."""
    readings = morph.parses(word)
    if not readings or readings[0].tag.POS not in TENSED:
        return None
    return readings[0].tag.tense


def may_be_genitive(word: str) -> bool:
    """Whether some reading of word (lower case) is in the genitive ("изданий", "ведомства";
    not "немецкому", "изданию"): a word that may govern or complement the noun before it."""
    return any(morph.case_of(p) == "gent" for p in morph.parses(word))


def declines_in_genitive(word: str) -> bool:
    """Whether some declining reading of word (lower case) is a genitive: not "в", "и", whose
    only genitives are indeclinable abbreviations."""
    return any(
        morph.case_of(p) == "gent" and "Fixd" not in p.tag.grammemes for p in morph.parses(word)
    )


def is_no_name(word: str) -> bool:
    """Whether pymorphy2's dictionary knows word only as a function word, an adverb or an
    infinitive (``NOT_A_NAME``): a capitalised "Вслед", "Ещё", "Так" opening a sentence is no
    person's, place's or organisation's name."""
    readings = morph.parses(word)
    return (
        bool(readings)
        and morph.is_known(word)
        and all(morph.facts(p.tag).pos in NOT_A_NAME for p in readings)
    )

"""Organisations pymorphy2's dictionary knows by name (OpenCorpora's ``Orgn`` grammeme:
"Газпром", "Роснефть", "Минфин", "Ростелеком").

A one-word name NER read as a person is an organisation when every reading pymorphy2 gives
it is an organisation's name: such a word has no reading as a first name, surname or
patronymic, and is inanimate, which no person's name is. Not when the document names a
person with that word in a longer name (a surname spelled as an organisation pymorphy2
knows: the document says whose name it is). Measured on NEREL train, a word
found only this way and not read by NER as anything (or read as a place) is as often no
organisation as one (a virus, a film festival, a bridge), so only NER's person mentions
are retyped. Nor when a noun that names a living being stands right before the word, in
apposition: "дочери Челси", "певица Мадонна" name a person, whatever the dictionary knows.

A few buildings are named, in the news, for the government they house (a metonymy: "Кремль
заявил", "пресс-служба Кремля", "Белый дом объявил", "Пентагон опубликовал"): NER's place
mention of one is an organisation, except where it is a place, governed by a preposition ("в
Кремле" as where a meeting was, "перед Белым домом", "от Кремля до бульвара", "вид на
Кремль"; not "для Кремля", whom something suits, nor "в сообщении Кремля"), and except in the
genitive after an institution noun, which names the organisation ("администрации Кремля").

The other way round, an ORG span every word of which is a word of a longer person name the
document gives ("Макеенко" after "Владимир Макеенко") is that person, NER's slip: no
organisation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..lang import grammar, morph
from ..records import Mention
from .generic import is_generic

ORGANISATION = "Orgn"
WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \u00a0]+\Z")
# buildings whose name stands for the government they house (their words' lemmas; a closed
# class: the seats of power the Russian press names that way)
SEATS_OF_POWER = frozenset({"кремль", "белый дом", "пентагон"})
# prepositions that name a participant, not a place: "для Кремля" (whom it suits), "против"
PARTICIPANT_PREPOSITIONS = frozenset({"для", "против"})


def names_organisation_only(word: str) -> bool:
    """Whether every pymorphy2 reading of word is an organisation's name ("Роснефти",
    "Минфину"; not "Петрова", nor a word pymorphy2 does not know)."""
    readings = morph.parses(word)
    return bool(readings) and all(ORGANISATION in p.tag.grammemes for p in readings)


def person_words(mentions: Iterable[Mention]) -> frozenset[str]:
    """The words of the person names of more than one word the mentions give, as written and
    in the nominative ("Олега Дзгоева": Дзгоев too, which "банка Дзгоев сообщает" writes)."""
    return frozenset(
        word
        for m in mentions
        if m.type == "PER" and " " in m.text
        for word in (*m.text.split(), *(m.normal or "").split())
    )


def after_a_living_being(text: str, start: int, word: str) -> bool:
    """Whether the word right before start is a common noun that names a living being, in
    apposition to word: the same case and number ("дочери Челси", "певица Мадонна"; not
    "боевики Аль-Каиды", a genitive, nor "компании Роснефти", a thing)."""
    before = WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    beings = {
        (facts.case, facts.number)
        for p in morph.parses(before.group(1))
        if grammar.is_noun(p) and "anim" in p.tag.grammemes and not grammar.PROPER & p.tag.grammemes
        for facts in (morph.facts(p.tag),)
    }
    return any(
        (facts.case, facts.number) in beings
        for facts in (morph.facts(p.tag) for p in morph.parses(word))
    )


def is_organisation_not_person(mention: Mention, people: frozenset[str], text: str) -> bool:
    """Whether a one-word PER mention is an organisation pymorphy2 knows by that name, no
    person of the document (``person_words``) has that word in a longer name, and no noun of
    a living being stands right before it."""
    word = mention.text
    return (
        mention.type == "PER"
        and " " not in word
        and word not in people
        and names_organisation_only(word)
        and not after_a_living_being(text, mention.start, word)
    )


def names_seat_of_power(mention: Mention, text: str) -> bool:
    """Whether a capitalised LOC mention is a building that stands for the government it
    houses (``SEATS_OF_POWER``, by its words' lemmas: "Кремля", "Белый дом"), no preposition
    governs it but one of a participant ("в Кремле", "перед Белым домом", "от Кремля до
    бульвара", "вид на Кремль" are the building; "для Кремля" is who it suits) and it completes
    no institution noun in the genitive ("администрации Кремля": the administration is the
    organisation, the building says whose it is)."""
    if mention.type != "LOC" or not mention.text[:1].isupper():
        return False
    if " ".join(grammar.first_lemma(w) or w for w in mention.text.split()) not in SEATS_OF_POWER:
        return False
    before = WORD_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    word = before.group(1) if before else ""
    if word and grammar.first_pos(word) == "PREP":
        return word.lower() in PARTICIPANT_PREPOSITIONS
    return not (word and is_generic(word))


def names_a_person(mention: Mention, people: frozenset[str]) -> bool:
    """Whether every word of an ORG mention is a word of a longer person name the document
    gives (``person_words``: "Макеенко" after "Владимир Макеенко", "Селена Гомес" after
    "Селена Гомес" elsewhere): NER's slip on a person the document names, no organisation."""
    if mention.type != "ORG":  # before the split: refine asks it of every mention
        return False
    words = mention.text.split()
    return bool(words) and all(word in people for word in words)

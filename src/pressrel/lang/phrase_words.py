"""The words of a noun phrase as pymorphy2 reads them: a word's noun and adjective readings (a
name's words only when the dictionary knows them), whether an adjective agrees with the noun
after it, and the attributes a name's head may take beyond the adjectives pymorphy2 lists (a
street's adjective it knows only by a guess or as a surname: "Солянском тупике", "Брюсовым
переулком"). Read once per word: a phrase's words are read once for each neighbour, and names
and roles repeat."""

from __future__ import annotations

from typing import Any

from .. import caches
from . import grammar, morph
from .letters import is_cyrillic_word

NAMED = {"Geox", "Orgn", "Name"}  # a name's readings: a place's, an organisation's, a person's
RARE_ADJECTIVE = (
    0.1  # the share of pymorphy2's estimate below which a noun's adjective reading is noise
)


@caches.bounded(caches.WORDS)
def nouns(word: str, known: bool = True) -> tuple:
    return tuple(p for p in readings(word, known) if grammar.is_noun(p))


@caches.bounded(caches.WORDS)
def adjectives(word: str, known: bool = True) -> tuple:
    return tuple(p for p in readings(word, known) if grammar.is_adjective(p))


@caches.bounded(caches.WORDS)
def readings(word: str, known: bool) -> tuple:
    """word's readings that have a case (only a known word's when known)."""
    if not is_cyrillic_word(word) or (known and not morph.is_known(word)):
        return ()
    return tuple(p for p in morph.parses(word) if morph.facts(p.tag).case)


def precedes(word: str, following: str, known: bool) -> bool:
    """Is word an adjective agreeing with the following word ("Московского государственного",
    but not "главой Госсовета", whose rare adjective reading agrees with nothing, nor "главой
    районной управы", where it agrees: a noun read as an adjective in under a tenth of
    pymorphy2's estimate is the noun, ``rarely_adjective``)?"""
    if rarely_adjective(word):
        return False
    return any(agrees_with(word, b, known) for b in readings(following, known))


@caches.bounded(caches.WORDS)
def rarely_adjective(word: str) -> bool:
    """Whether word is a noun that pymorphy2 reads as an adjective too, but in under
    ``RARE_ADJECTIVE`` of its estimate ("главой": главый, .08). A word it has no adjective
    reading of at all is not: a street's attributes beyond pymorphy2's adjectives
    (``unlisted_attributes``: "Брюсовым переулком") are another test's."""
    parses = morph.parses(word)
    total = sum(p.score for p in parses) or 1.0
    adjective = sum(p.score for p in parses if grammar.is_adjective(p))
    noun = sum(p.score for p in parses if grammar.is_noun(p))
    return 0 < adjective < RARE_ADJECTIVE * total and noun > adjective


def attributes(word: str, noun: Any, known: bool = True) -> tuple:
    """word's readings that may stand before the noun reading as its attribute: its adjective
    readings, and before a name's common noun of a thing those that ``unlisted_attributes``
    adds ("Брюсовым переулком", "Солянском тупике")."""
    listed = adjectives(word, known)
    return listed + unlisted_attributes(word) if known and names_a_thing(noun) else listed


@caches.bounded(caches.WORDS)
def unlisted_attributes(word: str) -> tuple:
    """The readings of word that pymorphy2 does not list as adjectives, but that are the
    adjective a street, a square or a building is named with: a guess at a word it does not know
    whose best guess is an adjective ("Солянском", "Кривоколенным": trusted, unlike its guesses
    about nouns, since an adjective's ending says what it is), and a surname's reading, the
    possessive or relational adjective a surname is made from ("Брюсовым", "Кадашевском")."""
    if not is_cyrillic_word(word):
        return ()
    parses = morph.parses(word)
    if not morph.is_known(word):
        guessed = bool(parses) and grammar.is_adjective(parses[0])
        return tuple(p for p in parses if grammar.is_adjective(p)) if guessed else ()
    return tuple(p for p in parses if "Surn" in morph.facts(p.tag).grammemes)


def names_a_thing(noun: Any) -> bool:
    """Whether a noun reading is a common noun of a thing (переулок, тупик, собор), the head
    a street's or a building's adjective goes with; not a name nor a person."""
    facts = morph.facts(noun.tag)
    return facts.pos == "NOUN" and facts.animacy == "inan" and not NAMED & facts.grammemes


def agrees_with(adjective: str, noun: Any, known: bool) -> bool:
    """Whether some attribute reading of the word adjective agrees with the noun reading."""
    return any(grammar.agrees(p, noun) for p in attributes(adjective, noun, known))

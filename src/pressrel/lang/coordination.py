"""Names that share their head noun with the names coordinated with them: "в Тверском и
Мещанском районах", "на Краснопресненской, Саввинской и Болотной набережных". Each name is
one place, written without its head or with the head in the plural; ``shared_head`` finds the
head a name of adjectives alone shares, and ``elided_attribute`` reads an adjective in the case
of such a plural head (``phrases`` puts the name in its nominative singular with it)."""

from __future__ import annotations

import re
from typing import Any

from . import grammar, morph, phrase_words
from .letters import CYRILLIC_WORD
from .names import NAME_TAGS

_WORDS = rf"(?:{CYRILLIC_WORD.pattern}[ \u00a0]+){{0,4}}{CYRILLIC_WORD.pattern}"
# what follows a name that shares its head with the last one: the names between it and
# "и"/"или" after commas, then that name's words ("[Краснопресненской], Саввинской и
# Болотной набережных")
_COORDINATION = re.compile(
    rf"(?:[ \u00a0]*,[ \u00a0]*(?:{CYRILLIC_WORD.pattern}[ \u00a0]+){{0,2}}{CYRILLIC_WORD.pattern})*"
    rf"[ \u00a0]+(?:и|или)[ \u00a0]+({_WORDS})"
)
# the last name of such a list, the head it shares right after it ("и [Болотной] набережных")
_AFTER_CONJUNCTION = re.compile(r"(?:,|(?<![^\W\d_])(?:и|или))[ \u00a0]*\Z")
_HEAD_AFTER = re.compile(rf"[ \u00a0]+({_WORDS})")


def shared_head(text: str, start: int, stop: int) -> str:
    """The head noun, and the plural adjectives before it, that the name text[start:stop], only
    adjectives, shares with the last name coordinated after it: "[Тверском] и Мещанском районах"
    -> "районах", "[Краснопресненской], Саввинской и Болотной набережных" -> "набережных",
    "[Донецкой] и Луганской народных республик" -> "народных республик",
    "[Харцызский трубный] и Донецкий металлургический заводы" -> "заводы" (the second name's own
    adjectives are singular), "[Северном] и Южном Бутове" -> "Бутове" (a name's noun stays
    singular); the last name of such a list shares the plural head right after it ("и
    [Болотной] набережных" -> "набережных"); "" for any other span. The name's normal form is
    its own words with that head (``phrases``: Тверской район)."""
    own = text[start:stop].split()
    if not all(phrase_words.adjectives(w) or phrase_words.unlisted_attributes(w) for w in own):
        return ""
    following = _COORDINATION.match(text, stop, stop + 160)
    if following is None:
        last = _AFTER_CONJUNCTION.search(text, max(0, start - 8), start)
        after = _HEAD_AFTER.match(text, stop, stop + 60) if last else None
        return _head_right_after(own, after.group(1)) if after else ""
    words = list(CYRILLIC_WORD.finditer(following.group(1)))
    for at, word in enumerate(words):
        nouns = _heads(word.group(), own)
        if not nouns:
            continue
        shared = at  # back over the plural adjectives that agree with it
        while shared > 0 and any(
            grammar.agrees(a, n) and morph.facts(a.tag).number == "plur"
            for a in phrase_words.adjectives(words[shared - 1].group())
            for n in nouns
        ):
            shared -= 1
        return following.group(1)[words[shared].start() : word.end()] if shared else ""
    return ""


def _head_right_after(own: list[str], following: str) -> str:
    """The plural head noun (after any plural adjectives) that the words right after the last
    name of a list open with ("[Болотной] набережных", "[Луганской] народных республик"); ""
    otherwise."""
    words = list(CYRILLIC_WORD.finditer(following))
    for word in words[:3]:
        if any(morph.facts(n.tag).number == "plur" for n in _heads(word.group(), own)):
            return following[: word.end()]
        if not any(
            morph.facts(a.tag).number == "plur" for a in phrase_words.adjectives(word.group())
        ):
            return ""
    return ""


def _heads(word: str, own: list[str]) -> list[Any]:
    """word's readings as a place's or a thing's noun (not a name's: "Архангельский и
    Холмогорский Даниил" share no head) that the name's adjectives (own) agree with, number
    aside."""
    return [
        noun
        for noun in phrase_words.nouns(word)
        if morph.facts(noun.tag).grammemes.isdisjoint(NAME_TAGS)
        and all(elided_attribute(w, noun) is not None for w in own)
    ]


def elided_attribute(word: str, noun: Any) -> Any:
    """word's attribute reading in the case of a plural head noun: plural, or singular in the
    head's gender (the head it shares with the name before it); None when it has none."""
    head = morph.facts(noun.tag)
    for reading in phrase_words.attributes(word, noun):
        facts = morph.facts(reading.tag)
        if facts.case == head.case and (
            facts.number == "plur" or (facts.number == "sing" and facts.gender == head.gender)
        ):
            return reading
    return None

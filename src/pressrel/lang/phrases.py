"""Noun phrases in the nominative by agreement: "Почты России" -> "Почта России",
"основателем и председателем совета директоров" -> "основатель и председатель совета
директоров".

The head noun, the adjectives before it, those after it that agree with it ("Республики
Сербской" -> "Республика Сербская") and a noun coordinated with it ("X и Y") are put into the
nominative when pymorphy2 knows the words and agreement leaves one reading; what follows
stays as written. ``nominative`` returns None when it cannot tell, and the caller decides
(normalize asks natasha's taggers; roles keep the phrase as written).
"""

from __future__ import annotations

import re
from typing import Any

from .. import caches
from . import grammar, morph
from .letters import CAPITALS, CYRILLIC_WORD, has_cyrillic, is_cyrillic_word

TOKEN = re.compile(rf"{CYRILLIC_WORD.pattern}|\S+")
NAMED = {"Geox", "Orgn", "Name"}
ACRONYM = re.compile(rf"[{CAPITALS}]{{2}}")


@caches.bounded(caches.SPANS)
def nominative(text: str, proper: bool = True) -> str | None:
    """The nominative of a name (``proper``: place and organisation readings first, "Вены" is
    Вена) or of a common noun phrase such as a role ("королевы Великобритании" is королева, not
    the town Королёв); None when pymorphy2 cannot tell (unknown words, a phrase not starting
    with adjectives and a noun, no agreeing reading)."""
    tokens = list(TOKEN.finditer(text))
    if not tokens or not has_cyrillic(text):  # "Alibaba Group" does not decline
        return text
    if len(tokens) == 1 and ACRONYM.search(text):  # РФ, КоАП, СдПГ; but "МИДе" is МИД
        return _inflected_acronym(text) or text
    words = [t.group() for t in tokens]
    known = proper  # names: pymorphy2's guesses about foreign words are not trusted
    head_at = 0  # after the adjectives: "Московского государственного университета"
    while head_at + 1 < len(words) and _precedes(words[head_at], words[head_at + 1], known):
        head_at += 1
    if not _nouns(words[head_at], known):
        return None
    reading = _head_reading(
        _nouns(words[head_at], known), words[:head_at], head_at + 1 < len(words), proper
    )
    if reading is None:
        return None
    if reading.tag.case == "nomn":
        return text
    inflected = [(token, reading) for token in tokens[: head_at + 1]]
    coordinated = _coordinated(words, head_at, reading, known)
    if coordinated is not None:
        inflected.append((tokens[head_at + 2], coordinated))
    else:
        inflected += [(tokens[i], reading) for i in _following_adjectives(words, head_at, reading)]
    parts = []
    last = 0
    for token, head in inflected:
        form = _agreeing_nominative(token.group(), head)
        if form is None:
            return None
        parts.append(text[last : token.start()] + form)
        last = token.end()
    return "".join(parts) + text[last:]


def _inflected_acronym(word: str) -> str | None:
    """The nominative of an abbreviation with a case ending ("МИДе", "МИДа" -> МИД), None for
    one written without ("РФ", "КоАП") or not known as a noun."""
    if word.isupper() or not word[-1].islower() or not morph.is_known(word):
        return None
    nouns = [p for p in morph.parses(word) if p.tag.POS == "NOUN" and "Abbr" in p.tag.grammemes]
    form = morph.inflect(nouns[0], {"nomn", "sing"}) if nouns else None
    return morph.recase(form, word) if form else None


def _coordinated(words: list[str], head_at: int, head: Any, known: bool) -> Any:
    """The reading of a noun joined to the head by "и" in the head's case and number
    ("основателем и председателем"), else None."""
    if head_at + 2 >= len(words) or words[head_at + 1].lower() != "и":
        return None
    return next(
        (
            p
            for p in _nouns(words[head_at + 2], known)
            if morph.case_of(p) == morph.case_of(head) and p.tag.number == head.tag.number
        ),
        None,
    )


def _following_adjectives(words: list[str], head_at: int, head: Any) -> range:
    """The indices of the adjectives right after the head that agree with it and with no noun
    of their own ("Республики Сербской", but not "Совета Федерального Собрания")."""
    stop = head_at + 1
    while stop < len(words) and any(grammar.agrees(a, head) for a in _adjectives(words[stop])):
        if stop + 1 < len(words) and _precedes(words[stop], words[stop + 1], True):
            break  # the adjective of the next noun
        stop += 1
    return range(head_at + 1, stop)


def _nouns(word: str, known: bool = True) -> list:
    return [p for p in _readings(word, known) if grammar.is_noun(p)]


def _adjectives(word: str, known: bool = True) -> list:
    return [p for p in _readings(word, known) if grammar.is_adjective(p)]


def _readings(word: str, known: bool) -> list:
    if not is_cyrillic_word(word) or (known and not morph.is_known(word)):
        return []
    return [p for p in morph.parses(word) if morph.facts(p.tag).case]


def _precedes(word: str, following: str, known: bool) -> bool:
    """Is word an adjective agreeing with the following word ("Московского государственного",
    but not "главой Госсовета", whose rare adjective reading agrees with nothing)?"""
    after = _readings(following, known)
    return any(grammar.agrees(a, b) for a in _adjectives(word, known) for b in after)


def _head_reading(readings: list, adjectives: list[str], has_dependents: bool, proper: bool) -> Any:
    """The head noun's reading that the adjectives agree with: singular before plural (unless
    the noun has no singular: "Балканах", "заместителей"); for names, place and organisation readings before
    common nouns ("Вены" is Вена), for common phrases the reverse. A head with dependents
    after it is read singular ("Почты России": names of the form "X of Y" are singular far
    more often than plural); a bare name that reads as a nominative plural or an oblique
    singular alike ("Известия") gets None."""
    singular = [p for p in readings if p.tag.number != "plur"]
    plural = [p for p in readings if "Pltm" in p.tag or not proper]  # "заместителей" -> -и
    ordered = sorted(singular, key=lambda p: bool(NAMED & p.tag.grammemes) != proper) or plural
    fitting = [p for p in ordered if all(_agrees(a, p, proper) for a in adjectives)]
    if not fitting:
        return None
    best = fitting[0]
    plural_nominative = any(p.tag.case == "nomn" and p.tag.number == "plur" for p in readings)
    if (
        proper
        and best.tag.case != "nomn"
        and plural_nominative
        and not (NAMED & best.tag.grammemes)
        and not adjectives
        and not has_dependents
    ):
        return None  # "Известия" alone: a plural name or an oblique singular? Context decides.
    return best


def _agrees(adjective: str, noun: Any, known: bool) -> bool:
    return any(grammar.agrees(p, noun) for p in _adjectives(adjective, known))


def _agreeing_nominative(word: str, head) -> str | None:
    """word (the head or an adjective agreeing with it) in the nominative."""
    grammemes = {"nomn", head.tag.number} if head.tag.number else {"nomn"}
    for parse in morph.parses(word):
        if parse is head or (grammar.is_adjective(parse) and grammar.agrees(parse, head)):
            form = morph.inflect(parse, grammemes)
            return morph.recase(form, word) if form else None
        if parse.tag == head.tag and parse.normal_form == head.normal_form:
            form = morph.inflect(parse, grammemes)
            return morph.recase(form, word) if form else None
    return None

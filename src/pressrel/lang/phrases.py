"""Noun phrases in the nominative by agreement: "Почты России" -> "Почта России",
"основателем и председателем совета директоров" -> "основатель и председатель совета
директоров".

The head noun, the adjectives before it, those after it that agree with it ("Республики
Сербской" -> "Республика Сербская") and a noun coordinated with it ("X и Y") are put into the
nominative when pymorphy2 knows the words and agreement leaves one reading; what follows
stays as written. ``nominative`` returns None when it cannot tell, and the caller decides
(normalize asks natasha's taggers, whose answer ``tagged`` checks; roles keep the phrase as
written).

A dotted name ("Яндекс.Новости", "Москва.Центр") declines in its last part, a common noun after
the brand, which keeps its number: "в Яндекс.Новостях" -> Яндекс.Новости, "Яндекс.Маркета" ->
Яндекс.Маркет.
"""

from __future__ import annotations

import re
from functools import partial
from typing import Any

from .. import caches
from . import grammar, morph, phrase_words
from .coordination import elided_attribute
from .letters import (
    CAPITALS,
    CONSONANTS,
    CYRILLIC_WORD,
    LOWER,
    UPPER,
    has_cyrillic,
)
from .names import NAME_TAGS
from .phrase_words import NAMED

TOKEN = re.compile(rf"{CYRILLIC_WORD.pattern}|\S+")
PLACE_OR_ORGANISATION = {"Geox", "Orgn"}
# a plural noun that is no common noun's plural: a name's, or a noun's that has no singular
NAMES_OR_NO_SINGULAR = NAMED | set(NAME_TAGS) | {"Pltm"}
ACRONYM = re.compile(rf"[{CAPITALS}]{{2}}")
# Cyrillic capitals ending in a consonant, then a masculine noun's case ending ("ДИПСе", "ДИПСом")
DECLINED_ACRONYM = re.compile(
    rf"(?P<acronym>[{UPPER}]+[{''.join(sorted(CONSONANTS)).upper()}])(?:а|у|ом|е)"
)
DOTTED = re.compile(rf"(?P<brand>\w[\w-]*\.)(?P<part>[{UPPER}][{LOWER}]+)")  # "Яндекс.Новостях"
# an ordinal in figures with a case ending, a street's number ("2-м Южнопортовом проезде")
ORDINAL = re.compile(r"\d+-(?:й|я|е|го|му|м|ю|ой|ом|х|ми)")
ORDINAL_NOMINATIVE = {"masc": "й", "femn": "я", "neut": "е"}


@caches.bounded(caches.SPANS)
def nominative(text: str, proper: bool = True) -> str | None:
    """The nominative of a name (``proper``: place and organisation readings first, "Вены" is
    Вена) or of a common noun phrase such as a role ("королевы Великобритании" is королева, not
    the town Королёв); None when pymorphy2 cannot tell (unknown words, a phrase not starting
    with adjectives and a noun, no agreeing reading)."""
    tokens = list(TOKEN.finditer(text))
    if not tokens or not has_cyrillic(text):  # "Alibaba Group" does not decline
        return text
    dotted = DOTTED.fullmatch(text)
    if dotted is not None:
        return dotted["brand"] + _dotted_part(dotted["part"])
    if len(tokens) == 1 and ACRONYM.search(text):  # РФ, КоАП, СдПГ; but "МИДе" is МИД
        return _inflected_acronym(text) or text
    words = [t.group() for t in tokens]
    known = proper  # names: pymorphy2's guesses about foreign words are not trusted
    if proper and len(words) > 1 and _indeclinable_toponym(words[-1]):
        neuter = [_neuter_nominative(word) for word in words[:-1]]
        if None not in neuter:  # "в Северном Измайлово" -> Северное Измайлово
            return respelled(text, tokens, neuter)
    # a street's number opens its name and agrees with its head ("2-м Южнопортовом проезде")
    first = 1 if proper and len(words) > 1 and ORDINAL.fullmatch(words[0]) else 0
    head_at = first  # after the adjectives: "Московского государственного университета"
    while head_at + 1 < len(words) and phrase_words.precedes(
        words[head_at], words[head_at + 1], known
    ):
        head_at += 1
    # the adjectives stopped agreeing before a plural head: it may be a coordination's
    elided = _with_elided_head(text, tokens[first:], head_at - first + 1) if proper else None
    if elided is not None:
        normal, gender = elided
        return _with_ordinal(normal, tokens[0], gender) if first else normal
    if not phrase_words.nouns(words[head_at], known):
        return None
    reading = _head_reading(
        phrase_words.nouns(words[head_at], known),
        words[first:head_at],
        head_at + 1 < len(words),
        proper,
    )
    if reading is None:
        return None
    if morph.case_of(reading) == "nomn":
        return text
    inflected = [(token, reading) for token in tokens[first : head_at + 1]]
    joined = coordinated(words, head_at, reading, known)
    if joined is not None:
        inflected.append((tokens[head_at + 2], joined))
    else:
        inflected += [(tokens[i], reading) for i in _following_adjectives(words, head_at, reading)]
    forms = [agreeing_nominative(token.group(), head) for token, head in inflected]
    if None in forms:
        return None
    normal = respelled(text, [token for token, _ in inflected], forms)
    return _with_ordinal(normal, tokens[0], morph.facts(reading.tag).gender) if first else normal


def respelled(text: str, tokens: list, forms: list) -> str:
    """text with its first tokens (matches in it, in order) written as forms, what is between and
    after them as written: the spaces and marks of a name stay when its words change."""
    parts, last = [], 0
    for token, form in zip(tokens, forms):
        parts.append(text[last : token.start()] + form)
        last = token.end()
    return "".join(parts) + text[last:]


TOPONYM_ENDINGS = ("ово", "ево", "ёво", "ино", "ыно")  # Измайлово, Медведково, Тушино


def _indeclinable_toponym(word: str) -> bool:
    """Whether word is a neuter place name in -ово/-ино written in its nominative, a form that
    usage leaves undeclined in every case ("в Северном Измайлово", "у Южного Медведково")."""
    if not word.lower().endswith(TOPONYM_ENDINGS):
        return False
    return any(
        {"Geox", "neut"} <= morph.facts(p.tag).grammemes
        and morph.case_of(p) == "nomn"
        and p.normal_form == word.lower()
        for p in morph.parses(word)
    )


def _neuter_nominative(word: str) -> str | None:
    """An adjective of a neuter place in the neuter nominative singular ("Северном" ->
    Северное), None when word is no adjective that can be neuter singular."""
    for reading in phrase_words.adjectives(word):
        facts = morph.facts(reading.tag)
        if facts.gender == "neut" and facts.number == "sing":
            form = morph.inflect(reading, {"nomn", "neut", "sing"})
            return morph.recase(form, word) if form else None
    return None


def _with_elided_head(text: str, tokens: list, after: int) -> tuple[str, str] | None:
    """The nominative of a name whose head noun it shares with a name coordinated before it,
    and its head's gender; None for any other phrase. "в Северном и Южном округах",
    "Луганской и Донецкой народных республик" leave NER "Северном округах" and "Луганской
    народных республик": a singular adjective before a plural head of its case and gender.
    The name is one of them, in the singular: Северный округ, Луганская народная республика.
    The head is looked for from token ``after`` on (before it, the adjectives agree in full:
    "Восьмой округ" is no plural of округа). None when two readings of the head fit
    ("Ленинского районных судов": суд or судно)."""
    for head_at in range(after, len(tokens)):
        found = {
            normal
            for noun in phrase_words.nouns(tokens[head_at].group())
            if (normal := _singular_of_elided(text, tokens[: head_at + 1], noun)) is not None
        }
        if found:
            return found.pop() if len(found) == 1 else None
    return None


def _singular_of_elided(text: str, tokens: list, noun: Any) -> tuple[str, str] | None:
    """The phrase of tokens (attributes, then the head read as noun) in the nominative
    singular, and the head's gender, when noun is plural with a singular, the attributes agree
    with it in case, the singular ones in its gender, and come before the plural ones; else
    None."""
    head = morph.facts(noun.tag)
    if head.number != "plur" or head.gender is None or NAMES_OR_NO_SINGULAR & head.grammemes:
        return None  # "Горы" is no plural of Гор, "Балканах" has no singular
    attributes = [elided_attribute(token.group(), noun) for token in tokens[:-1]]
    if None in attributes:
        return None
    numbers = [morph.facts(attribute.tag).number for attribute in attributes]
    if "sing" not in numbers or numbers != sorted(numbers, reverse=True):
        return None  # the singular ones ("Луганской") before the plural ("народных")
    singular = {"nomn", "sing", head.gender}
    forms = [morph.inflect(attribute, singular) for attribute in attributes]
    forms.append(morph.inflect(noun, {"nomn", "sing"}))
    if None in forms:
        return None
    written = [morph.recase(form, token.group()) for token, form in zip(tokens, forms)]
    return respelled(text, tokens, written), head.gender


def _with_ordinal(normal: str, ordinal: re.Match, gender: str | None) -> str:
    """normal with the street's number that opens it (``ordinal``, as written there) in the
    nominative of its head's gender: "2-м" (проезде) -> 2-й, "1-й" (улице) -> 1-я."""
    ending = ORDINAL_NOMINATIVE.get(gender)
    if ending is None:
        return normal
    word = ordinal.group()
    return (
        normal[: ordinal.start()] + word[: word.index("-") + 1] + ending + normal[ordinal.end() :]
    )


def _dotted_part(word: str) -> str:
    """The nominative of the last part of a dotted name: as written when it may be a nominative
    ("Новости"), else its nominative as a common noun in the number written ("Новостей" ->
    Новости, "Маркете" -> Маркет), or as written when pymorphy2 cannot tell."""
    if any(morph.case_of(p) == "nomn" for p in morph.parses(word) if grammar.is_noun(p)):
        return word
    return nominative(word, proper=False) or word


def _inflected_acronym(word: str) -> str | None:
    """The nominative of an abbreviation with a case ending ("МИДе", "МИДа" -> МИД), None for
    one written without ("РФ", "КоАП") or not known as a noun. One pymorphy2 does not know
    declines by the spelling rule of abbreviations read as a word: capitals that end in a
    consonant take a masculine noun's ending in lower case ("в ДИПСе", "ДИПСа", "ДИПСом" ->
    ДИПС)."""
    if word.isupper() or not word[-1].islower():
        return None
    if not morph.is_known(word):
        declined = DECLINED_ACRONYM.fullmatch(word)
        return declined["acronym"] if declined else None
    nouns = [p for p in morph.parses(word) if p.tag.POS == "NOUN" and "Abbr" in p.tag.grammemes]
    form = morph.inflect(nouns[0], {"nomn", "sing"}) if nouns else None
    return morph.recase(form, word) if form else None


def coordinated(words: list[str], head_at: int, head: Any, known: bool) -> Any:
    """The reading of a noun joined to the head by "и" in the head's case and number
    ("основателем и председателем"), else None."""
    if head_at + 2 >= len(words) or words[head_at + 1].lower() != "и":
        return None
    return next(
        (
            p
            for p in phrase_words.nouns(words[head_at + 2], known)
            if morph.case_of(p) == morph.case_of(head)
            and morph.facts(p.tag).number == morph.facts(head.tag).number
        ),
        None,
    )


def _following_adjectives(words: list[str], head_at: int, head: Any) -> range:
    """The indices of the adjectives right after the head that agree with it and with no noun
    of their own ("Республики Сербской", but not "Совета Федерального Собрания")."""
    stop = head_at + 1
    while stop < len(words) and any(
        grammar.agrees(a, head) for a in phrase_words.adjectives(words[stop])
    ):
        if stop + 1 < len(words) and phrase_words.precedes(words[stop], words[stop + 1], True):
            break  # the adjective of the next noun
        stop += 1
    return range(head_at + 1, stop)


PLURAL_ENDINGS_CASES = {"datv", "ablt", "loct"}


def _name_rank(pair: tuple[Any, Any], proper: bool) -> tuple[bool, bool, bool]:
    """How a reading ranks as a name's head: for a name, a place's or an organisation's reading
    first, then a person's given name ("Феодосию" is Феодосия, not Феодосий's dative), then a
    common noun; for a common phrase the common noun first, a person's before a thing's (a
    role: "премьеру" is премьер's dative, not the premiere's accusative)."""
    grammemes = pair[1].grammemes
    named = bool(NAMED & grammemes)
    placed = proper and not (PLACE_OR_ORGANISATION & grammemes)
    return named != proper, placed, not proper and "anim" not in grammemes


def _head_reading(readings: list, adjectives: list[str], has_dependents: bool, proper: bool) -> Any:
    """The head noun's reading that the adjectives agree with: singular before plural (unless
    the noun has no singular: "Балканах", "заместителей"); for names, place and organisation readings before
    common nouns ("Вены" is Вена), for common phrases the reverse. A head with dependents
    after it is read singular ("Почты России": names of the form "X of Y" are singular far
    more often than plural); a bare name that reads as a nominative plural or an oblique
    singular alike ("Известия") gets None."""
    found = [(p, morph.facts(p.tag)) for p in readings]  # each reading's facts, read once
    singular = [(p, tag) for p, tag in found if tag.number != "plur"]
    # "заместителей" -> -и
    # a word read only in a plural case ending that no name ends with in the nominative (-ам,
    # -ами, -ах) is a plural name ("«Известиям»"); a genitive plural may be one ("Ланит")
    plural_only = all(tag.case in PLURAL_ENDINGS_CASES and tag.number == "plur" for _, tag in found)
    plural = [(p, tag) for p, tag in found if "Pltm" in tag.grammemes or not proper or plural_only]
    ordered = sorted(singular, key=partial(_name_rank, proper=proper)) or plural
    fitting = [
        (p, tag)
        for p, tag in ordered
        if all(phrase_words.agrees_with(a, p, proper) for a in adjectives)
    ]
    if not fitting:
        return None
    best, best_tag = fitting[0]
    plural_nominative = any(tag.case == "nomn" and tag.number == "plur" for _, tag in found)
    if (
        proper
        and best_tag.case != "nomn"
        and plural_nominative
        and not (NAMED & best_tag.grammemes)
        and not adjectives
        and not has_dependents
    ):
        return None  # "Известия" alone: a plural name or an oblique singular? Context decides.
    if proper and best_tag.case != "nomn" and not adjectives and not has_dependents:
        # a place whose name has no singular, written in its nominative, before another place's
        # oblique form: "Кузьминки" (the district), not Кузьминка's genitive
        plural_place = next(
            (p for p, tag in found if tag.case == "nomn" and {"Pltm", "Geox"} <= tag.grammemes),
            None,
        )
        return plural_place or best
    return best


def agreeing_nominative(word: str, head) -> str | None:
    """word (the head or an adjective agreeing with it) in the nominative."""
    number = morph.facts(head.tag).number
    grammemes = {"nomn", number} if number else {"nomn"}
    attributes = phrase_words.attributes(word, head)
    for parse in morph.parses(word):
        if parse is head or (parse in attributes and grammar.agrees(parse, head)):
            form = morph.inflect(parse, grammemes)
            return morph.recase(form, word) if form else None
        if parse.tag == head.tag and parse.normal_form == head.normal_form:
            form = morph.inflect(parse, grammemes)
            return morph.recase(form, word) if form else None
    return None

"""Noun phrases in the nominative by agreement: "Почты России" -> "Почта России",
"основателем и председателем совета директоров" -> "основатель и председатель совета
директоров".

The head noun, the adjectives before it, those after it that agree with it ("Республики
Сербской" -> "Республика Сербская") and a noun coordinated with it ("X и Y") are put into the
nominative when pymorphy2 knows the words and agreement leaves one reading; what follows
stays as written. ``nominative`` returns None when it cannot tell, and the caller decides
(normalize asks natasha's taggers; roles keep the phrase as written).

A dotted name ("Яндекс.Новости", "Москва.Центр") declines in its last part, a common noun after
the brand, which keeps its number: "в Яндекс.Новостях" -> Яндекс.Новости, "Яндекс.Маркета" ->
Яндекс.Маркет.
"""

from __future__ import annotations

import re
from functools import partial
from typing import Any

from .. import caches
from . import grammar, morph
from .fold import fold
from .letters import (
    CAPITALS,
    CONSONANTS,
    CYRILLIC_WORD,
    LOWER,
    UPPER,
    has_cyrillic,
    is_cyrillic_word,
)

TOKEN = re.compile(rf"{CYRILLIC_WORD.pattern}|\S+")
NAMED = {"Geox", "Orgn", "Name"}
PLACE_OR_ORGANISATION = {"Geox", "Orgn"}
# a plural noun that is no common noun's plural: a name's, or a noun's that has no singular
NAMES_OR_NO_SINGULAR = NAMED | {"Surn", "Patr", "Pltm"}
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
    # a street's number opens its name and agrees with its head ("2-м Южнопортовом проезде")
    first = 1 if proper and len(words) > 1 and ORDINAL.fullmatch(words[0]) else 0
    head_at = first  # after the adjectives: "Московского государственного университета"
    while head_at + 1 < len(words) and _precedes(words[head_at], words[head_at + 1], known):
        head_at += 1
    # the adjectives stopped agreeing before a plural head: it may be a coordination's
    elided = _with_elided_head(text, tokens[first:], head_at - first + 1) if proper else None
    if elided is not None:
        normal, gender = elided
        return _with_ordinal(normal, tokens[0], gender) if first else normal
    if not _nouns(words[head_at], known):
        return None
    reading = _head_reading(
        _nouns(words[head_at], known), words[first:head_at], head_at + 1 < len(words), proper
    )
    if reading is None:
        return None
    if morph.case_of(reading) == "nomn":
        return text
    inflected = [(token, reading) for token in tokens[first : head_at + 1]]
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
    normal = "".join(parts) + text[last:]
    return _with_ordinal(normal, tokens[0], morph.facts(reading.tag).gender) if first else normal


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
            for noun in _nouns(tokens[head_at].group())
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
    attributes = [_elided_attribute(token.group(), noun) for token in tokens[:-1]]
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
    parts, last = [], 0
    for token, form in zip(tokens, forms):
        parts.append(text[last : token.start()] + morph.recase(form, token.group()))
        last = token.end()
    return "".join(parts) + text[last:], head.gender


def _elided_attribute(word: str, noun: Any) -> Any:
    """word's attribute reading in the case of a plural head noun: plural, or singular in the
    head's gender (the head it shares with the name before it); None when it has none."""
    head = morph.facts(noun.tag)
    for reading in _attributes(word, noun):
        facts = morph.facts(reading.tag)
        if facts.case == head.case and (
            facts.number == "plur" or (facts.number == "sing" and facts.gender == head.gender)
        ):
            return reading
    return None


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


def _coordinated(words: list[str], head_at: int, head: Any, known: bool) -> Any:
    """The reading of a noun joined to the head by "и" in the head's case and number
    ("основателем и председателем"), else None."""
    if head_at + 2 >= len(words) or words[head_at + 1].lower() != "и":
        return None
    return next(
        (
            p
            for p in _nouns(words[head_at + 2], known)
            if morph.case_of(p) == morph.case_of(head)
            and morph.facts(p.tag).number == morph.facts(head.tag).number
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


@caches.bounded(caches.WORDS)
def _nouns(word: str, known: bool = True) -> tuple:
    return tuple(p for p in _readings(word, known) if grammar.is_noun(p))


@caches.bounded(caches.WORDS)
def _adjectives(word: str, known: bool = True) -> tuple:
    return tuple(p for p in _readings(word, known) if grammar.is_adjective(p))


@caches.bounded(caches.WORDS)
def _readings(word: str, known: bool) -> tuple:
    """word's readings that have a case (only a known word's when known). It and ``_nouns``
    and ``_adjectives`` are cached: a phrase's words are read once for each neighbour, and
    names and roles repeat."""
    if not is_cyrillic_word(word) or (known and not morph.is_known(word)):
        return ()
    return tuple(p for p in morph.parses(word) if morph.facts(p.tag).case)


def _precedes(word: str, following: str, known: bool) -> bool:
    """Is word an adjective agreeing with the following word ("Московского государственного",
    but not "главой Госсовета", whose rare adjective reading agrees with nothing)?"""
    return any(_agrees(word, b, known) for b in _readings(following, known))


def _attributes(word: str, noun: Any, known: bool = True) -> tuple:
    """word's readings that may stand before the noun reading as its attribute: its adjective
    readings, and before a name's common noun of a thing those that ``_unlisted_attributes``
    adds ("Брюсовым переулком", "Солянском тупике")."""
    listed = _adjectives(word, known)
    return listed + _unlisted_attributes(word) if known and _names_a_thing(noun) else listed


@caches.bounded(caches.WORDS)
def _unlisted_attributes(word: str) -> tuple:
    """The readings of word that pymorphy2 does not list as adjectives, but that are the
    adjective a street, a square or a building is named with: a guess at a word it does not know
    whose best guess is an adjective ("Солянском", "Кривоколенным": trusted, unlike its guesses
    about nouns, since an adjective's ending says what it is), and a surname's reading, the
    possessive or relational adjective a surname is made from ("Брюсовым", "Кадашевском")."""
    if not is_cyrillic_word(word):
        return ()
    readings = morph.parses(word)
    if not morph.is_known(word):
        guessed = bool(readings) and grammar.is_adjective(readings[0])
        return tuple(p for p in readings if grammar.is_adjective(p)) if guessed else ()
    return tuple(p for p in readings if "Surn" in morph.facts(p.tag).grammemes)


def _names_a_thing(noun: Any) -> bool:
    """Whether a noun reading is a common noun of a thing (переулок, тупик, собор), the head
    a street's or a building's adjective goes with; not a name nor a person."""
    facts = morph.facts(noun.tag)
    return facts.pos == "NOUN" and facts.animacy == "inan" and not NAMED & facts.grammemes


PLURAL_ENDINGS_CASES = {"datv", "ablt", "loct"}


def _name_rank(pair: tuple[Any, Any], proper: bool) -> tuple[bool, bool]:
    """How a reading ranks as a name's head: for a name, a place's or an organisation's reading
    first, then a person's given name ("Феодосию" is Феодосия, not Феодосий's dative), then a
    common noun; for a common phrase the common noun first."""
    grammemes = pair[1].grammemes
    named = bool(NAMED & grammemes)
    return named != proper, proper and not (PLACE_OR_ORGANISATION & grammemes)


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
    fitting = [(p, tag) for p, tag in ordered if all(_agrees(a, p, proper) for a in adjectives)]
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
    return best


def _agrees(adjective: str, noun: Any, known: bool) -> bool:
    return any(grammar.agrees(p, noun) for p in _attributes(adjective, noun, known))


def _agreeing_nominative(word: str, head) -> str | None:
    """word (the head or an adjective agreeing with it) in the nominative."""
    number = morph.facts(head.tag).number
    grammemes = {"nomn", number} if number else {"nomn"}
    attributes = _attributes(word, head)
    for parse in morph.parses(word):
        if parse is head or (parse in attributes and grammar.agrees(parse, head)):
            form = morph.inflect(parse, grammemes)
            return morph.recase(form, word) if form else None
        if parse.tag == head.tag and parse.normal_form == head.normal_form:
            form = morph.inflect(parse, grammemes)
            return morph.recase(form, word) if form else None
    return None


def checked(written: str, tagged: str) -> str:
    """natasha's nominative of a name (``tagged``) made to keep what does not decline and to
    agree, word by word against the written name, when the two have the same words:

    - a word natasha changed only in capitals or ё is as written ("Вперёд"), and a changed
      word keeps its written letters up to the ending ("АукцЫона" -> АукцЫон);
    - a name that starts with a word of no case (a verb, a preposition: "Поможем", "Из Пензы")
      does not decline at all;
    - from a preposition on, a word keeps its case ("PwC в России");
    - after the head noun (the first word pymorphy2 knows whose best reading is a noun that
      declines), a changed word stays
      changed only when it is an adjective agreeing with the head ("Наблюдатели Петербурга",
      "Вестей недели" keep their genitive), and a noun joined to the head by "и" is put into the
      nominative with it ("Аргументов и фактов");
    - when the head changed, every adjective before it that agrees with it goes into the
      nominative too ("Центрально-Сибирскую торгово-промышленную палату"), and when only the
      adjectives changed, the head they agree with goes with them in the singular ("Национальную
      медиа группу"), and they stay as written before a plural head ("Семи Вселенских
      Соборов", "Твоим очам": a name that keeps its case).
    """
    tokens = list(TOKEN.finditer(written))
    words = [t.group() for t in tokens]
    out = [t.group() for t in TOKEN.finditer(tagged)]
    if len(out) != len(words):
        return tagged
    if not _declines(words[0]):
        return written
    out = [w if _same_letters(o, w) else _written_stem(o, w) for o, w in zip(out, words)]
    stop = next((i for i, w in enumerate(words) if i and _is_preposition(w)), len(words))
    out[stop:] = words[stop:]
    head_at = next((i for i in range(stop) if _best_is_noun(words[i])), None)
    if head_at is None:
        return _joined(written, tokens, out)
    heads = [p for p in morph.parses(words[head_at]) if grammar.is_noun(p)]
    for j in range(head_at + 1, stop):
        if out[j] != words[j] and not any(_agrees(words[j], head, False) for head in heads):
            out[j] = words[j]
    heads = [p for p in heads if p.tag.case != "nomn"]
    if out[head_at] == words[head_at]:
        before = [i for i in range(head_at) if out[i] != words[i]]  # adjectives natasha changed
        fitting = [p for p in heads if before and all(_agrees(words[i], p, False) for i in before)]
        singular = [p for p in fitting if p.tag.number == "sing"]
        head = _agreeing_nominative(words[head_at], singular[0]) if singular else None
        if head is None:  # "Семи Вселенских Соборов", "Твоим очам": a name in its own case
            out[:head_at] = words[:head_at]
            return _joined(written, tokens, out)
        out[head_at] = head
    for i in range(head_at):
        agreeing = next(
            (f for head in heads if (f := _adjective_nominative(words[i], head)) is not None),
            None,
        )
        out[i] = agreeing or out[i]
    if head_at + 2 < stop and words[head_at + 1].lower() == "и":
        joined = next(
            (p for head in heads if (p := _coordinated(words, head_at, head, False)) is not None),
            None,
        )
        if joined is not None:
            out[head_at + 2] = _agreeing_nominative(words[head_at + 2], joined) or out[head_at + 2]
    return _joined(written, tokens, out)


def _declines(word: str) -> bool:
    """Whether a name's first word may decline: its best reading is no verb form, adverb or
    function word ("Поможем", "Из"), or pymorphy2 does not know it, or it is no Cyrillic
    word."""
    if not is_cyrillic_word(word) or not morph.is_known(word):
        return True
    return morph.facts(morph.parses(word)[0].tag).pos not in grammar.FUNCTION | grammar.VERBAL


def _written_stem(form: str, written: str) -> str:
    """form with the letters it shares with written, from the start, as written (capitals
    and ё: "росздрав" of "РосЗдрава" -> РосЗдрав, "вооруженные" of "Вооружённых" ->
    Вооружённые)."""
    shared = 0
    for a, b in zip(fold(form), fold(written)):
        if a != b:
            break
        shared += 1
    return written[:shared] + form[shared:]


def _same_letters(one: str, other: str) -> bool:
    return fold(one) == fold(other)


def _is_preposition(word: str) -> bool:
    readings = morph.parses(word)
    return word.islower() and bool(readings) and readings[0].tag.POS == "PREP"


def _best_is_noun(word: str) -> bool:
    """Whether word may head a name: pymorphy2 knows it, and its best reading is a noun that
    declines ("медиа" in "Национальную медиа группу" does not)."""
    if not is_cyrillic_word(word) or not morph.is_known(word):
        return False
    best = morph.parses(word)[0]
    return grammar.is_noun(best) and "Fixd" not in best.tag


def _adjective_nominative(word: str, head: Any) -> str | None:
    """word in the nominative when it reads as an adjective agreeing with head, else None."""
    if not any(grammar.agrees(a, head) for a in _adjectives(word, False)):
        return None
    return _agreeing_nominative(word, head)


def _joined(written: str, tokens: list, words: list[str]) -> str:
    """written with its tokens replaced by words, the spaces between them kept."""
    parts = []
    last = 0
    for token, word in zip(tokens, words):
        parts.append(written[last : token.start()] + word)
        last = token.end()
    return "".join(parts) + written[last:]

"""pymorphy2 helpers shared by the name, role, phrase and country rules: cached readings of a
word, inflection, capitalisation (pymorphy2's plain analyzer, see ``models``)."""

from __future__ import annotations

import unicodedata
from typing import Any, NamedTuple

from .. import caches, models
from .letters import CYRILLIC_WORD

CASE_ALIASES = {"gen1": "gent", "gen2": "gent", "loc1": "loct", "loc2": "loct", "acc2": "accs"}


@caches.bounded(caches.WORDS)
def parses(word: str) -> tuple:
    """pymorphy2's readings of word, best first. pymorphy2 asks every character for its Unicode
    name, and a character without one (U+17000, unassigned code points) raises ValueError: such a
    word is read with those characters as U+FFFD, an unknown word like any other. A Cyrillic
    word of two letters or more is read as its lower case (pymorphy2 reads such a word by its
    lower case alone; a single capital may be an initial): "Иванов" and "иванов" are one
    entry, read once."""
    lower = word.lower()
    if lower != word and len(word) > 1 and CYRILLIC_WORD.fullmatch(word):
        return parses(lower)
    analyzer = models.morph_analyzer()
    try:
        return tuple(analyzer.parse(word))
    except ValueError:
        named = "".join(c if unicodedata.name(c, None) else "\ufffd" for c in word)
        return tuple(analyzer.parse(named))


@caches.bounded(caches.WORDS)
def declinable_first(word: str) -> tuple:
    """word's readings, those that decline first: read in an oblique case, "Анне" is Анна's
    dative before it is an indeclinable Анне."""
    readings = parses(word)
    return tuple(sorted(readings, key=lambda p: "Fixd" in p.tag))


@caches.bounded(caches.WORDS)
def declinable_first_facts(word: str) -> tuple[tuple[Any, Facts], ...]:
    """``declinable_first`` with each reading's ``facts``: for rules that scan a word's readings
    many times over (a surname read in every case and gender)."""
    return tuple((parse, facts(parse.tag)) for parse in declinable_first(word))


class Facts(NamedTuple):
    """What the rules read of one pymorphy2 tag, read once: plain strings (None where the tag
    has none) and the grammemes as a frozenset, so that a rule compares values instead of
    walking the tag (each of pymorphy2's attribute reads intersects two sets)."""

    pos: str | None
    case: str | None  # second genitive/locative/accusative folded in (``case_of``)
    gender: str | None
    number: str | None
    animacy: str | None
    tense: str | None
    grammemes: frozenset[str]


@caches.bounded(caches.WORDS)
def facts(tag: Any) -> Facts:
    """The facts of a pymorphy2 tag (``Facts``), computed once per tag (a closed set)."""
    return Facts(
        _plain(tag.POS),
        _plain(CASE_ALIASES.get(tag.case, tag.case)),
        _plain(tag.gender),
        _plain(tag.number),
        _plain(tag.animacy),
        _plain(tag.tense),
        frozenset(str(g) for g in tag.grammemes),
    )


def _plain(grammeme: Any) -> str | None:
    return None if grammeme is None else str(grammeme)


def case_of(parse: Any) -> str | None:
    """The parse's case, with pymorphy2's second genitive/locative/accusative folded in."""
    return facts(parse.tag).case


def is_known_behind_prefix(word: str) -> bool:
    """Whether pymorphy2 reads word, first, as a dictionary word behind a known prefix
    ("медиазоне": медиа + зоне), whose paradigm is as sure as a dictionary word's."""
    readings = parses(word)
    return bool(readings) and models.behind_known_prefix(readings[0])


def in_dictionary(word: str) -> bool:
    """Whether pymorphy2's dictionary has the word form (a lookup, no parse: a tenth of the
    cost of parsing an unknown word, which pymorphy2 guesses at)."""
    return models.morph_analyzer().word_is_known(word)


@caches.bounded(caches.WORDS)
def is_known(word: str) -> bool:
    """Whether pymorphy2's dictionary has word (its guesses about the others are unreliable)."""
    readings = parses(word)
    return bool(readings) and readings[0].is_known


def inflect(parse: Any, grammemes: set[str]) -> str | None:
    """The word of parse in grammemes (pymorphy2's Parse.inflect), cached: building a lexeme is
    the costliest thing pymorphy2 does, so a dictionary word's form (or a guess's by its ending
    or a prefix) is chosen among its paradigm's tags and only that word is spelled
    (``_inflect_in_paradigm``); any other reading's lexeme is built (``_lexeme``)."""
    return _inflect(parse, frozenset(grammemes))


@caches.bounded(caches.WORDS)
def _inflect(parse: Any, grammemes: frozenset[str]) -> str | None:
    prefix = models.paradigm_prefix(parse)
    if prefix is not None:
        return _inflect_in_paradigm(parse, prefix, grammemes)
    lexeme = _lexeme(parse)
    tags = [form.tag for form in lexeme]
    chosen = _nearest(parse.tag, tags, grammemes)
    if chosen is None:
        return None
    return _with_written_stem([lexeme[i].word for i in _same_tag(tags, chosen)], parse.word)


def _inflect_in_paradigm(parse: Any, prefix: str, grammemes: frozenset[str]) -> str | None:
    """``_inflect`` of a reading whose lexeme is its paradigm's (``models.paradigm_prefix``) without
    building the lexeme: the form is chosen among the paradigm's tags (``_paradigm_choice``,
    once per paradigm, tag and grammemes), and only the chosen words are spelled, as pymorphy2
    spells them (the guess's prefix, the paradigm's prefix, the stem, the suffix)."""
    unit, word, para_id, idx = parse.methods_stack[0]
    same = _paradigm_choice(unit.dict, para_id, parse.tag, grammemes)
    if not same:
        return None
    stem = unit.dict.build_stem(unit.dict.paradigms[para_id], idx, word)
    info = _paradigm_info(unit.dict, para_id)
    words = [prefix + info[i][0] + stem + info[i][2] for i in same]
    return _with_written_stem(words, parse.word)


@caches.bounded(caches.WORDS)
def _paradigm_info(dictionary: Any, para_id: int) -> tuple:
    """A paradigm's (prefix, tag, suffix) of every form, in pymorphy2's order (a closed set)."""
    return tuple(dictionary.build_paradigm_info(para_id))


@caches.bounded(caches.WORDS)
def _paradigm_choice(
    dictionary: Any, para_id: int, tag: Any, grammemes: frozenset[str]
) -> tuple[int, ...]:
    """The indices ``_same_tag`` gives of the form ``_nearest`` chooses in the paradigm for a
    reading of that tag (empty when none fits)."""
    tags = [form_tag for _, form_tag, _ in _paradigm_info(dictionary, para_id)]
    chosen = _nearest(tag, tags, grammemes)
    return () if chosen is None else _same_tag(tags, chosen)


def _same_tag(tags: list, chosen: int) -> tuple[int, ...]:
    """chosen alone, or when it is a superlative every form of its tag: such a lexeme holds
    several stems with one tag ("высшая", "высочайшая", "наивысшая")."""
    if "Supr" not in tags[chosen]:
        return (chosen,)
    return tuple(i for i, other in enumerate(tags) if other == tags[chosen])


def _with_written_stem(words: list[str], written: str) -> str:
    """Of the forms of one tag, the one that keeps the written stem (the only one, but for a
    superlative)."""
    if len(words) == 1:
        return words[0]
    return max(words, key=lambda word: (_common_prefix(word, written), -len(word)))


def _nearest(tag: Any, tags: list, grammemes: frozenset[str]) -> int | None:
    """pymorphy2's choice in ``Parse.inflect`` among the tags of a lexeme's forms, by index:
    of the forms that have grammemes (a rare case, "loc2", read as the common one when none has
    it), the first of those that share most with tag's grammemes updated with them."""
    found = [i for i, other in enumerate(tags) if grammemes <= other.grammemes]
    if not found:
        grammemes = tag.fix_rare_cases(grammemes)
        found = [i for i, other in enumerate(tags) if grammemes <= other.grammemes]
    wanted = tag.updated_grammemes(grammemes)

    def similarity(i: int) -> float:
        return len(wanted & tags[i].grammemes) - 0.1 * len(wanted ^ tags[i].grammemes)

    return max(found, key=similarity, default=None)


def _lexeme(parse: Any) -> tuple:
    """The lexeme of a reading not of one paradigm (Parse.lexeme: a hyphenated word's is built
    of its parts): rare enough that ``_inflect``'s cache is all it needs."""
    return tuple(parse.lexeme)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def recase(form: str, written: str) -> str:
    """form with written's capitalisation: "никифоров" -> "Никифоров", "ИВАНОВ" stays upper."""
    if written.isupper() and len(written) > 1:
        return form.upper()
    if written[:2].isupper() and len(form) >= len(written) - 2:  # "МИДа" -> МИД, not Мид
        return (
            "".join(f.upper() if w.isupper() else f for f, w in zip(form, written))
            + form[len(written) :]
        )
    parts = form.split("-")
    written_parts = written.split("-")
    if len(parts) == len(written_parts):
        return "-".join(
            p.capitalize() if w[:1].isupper() else p for p, w in zip(parts, written_parts)
        )
    return form.capitalize() if written[:1].isupper() else form

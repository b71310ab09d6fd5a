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


@caches.bounded(caches.WORDS)
def is_known(word: str) -> bool:
    """Whether pymorphy2's dictionary has word (its guesses about the others are unreliable)."""
    readings = parses(word)
    return bool(readings) and readings[0].is_known


def inflect(parse: Any, grammemes: set[str]) -> str | None:
    """The word of parse in grammemes (pymorphy2's Parse.inflect), cached: building a lexeme is
    the costliest thing pymorphy2 does, so it is built once per lexeme (``_lexeme``)."""
    return _inflect(parse, frozenset(grammemes))


@caches.bounded(caches.WORDS)
def _inflect(parse: Any, grammemes: frozenset[str]) -> str | None:
    lexeme = _lexeme(parse)
    form = _nearest(parse, lexeme, grammemes)
    if form is None:
        return None
    if "Supr" not in form.tag:
        return form.word
    # A superlative's lexeme holds several stems with one tag ("высшая", "высочайшая",
    # "наивысшая"): the form is the one that keeps the written stem.
    same = [f.word for f in lexeme if f.tag == form.tag]
    return max(same, key=lambda word: (_common_prefix(word, parse.word), -len(word)))


def _nearest(parse: Any, lexeme: tuple, grammemes: frozenset[str]) -> Any | None:
    """pymorphy2's choice in ``Parse.inflect``: of the lexeme's forms that have grammemes (a
    rare case, "loc2", read as the common one when none has it), the first of those that share
    most with parse's grammemes updated with them."""
    found = [f for f in lexeme if grammemes <= f.tag.grammemes]
    if not found:
        grammemes = parse.tag.fix_rare_cases(grammemes)
        found = [f for f in lexeme if grammemes <= f.tag.grammemes]
    wanted = parse.tag.updated_grammemes(grammemes)

    def similarity(form: Any) -> float:
        return len(wanted & form.tag.grammemes) - 0.1 * len(wanted ^ form.tag.grammemes)

    return max(found, key=similarity, default=None)


class _OfLexeme:
    """A parse compared by its lexeme: a dictionary word's by its paradigm and lemma (pymorphy2
    builds its lexeme from those alone, whatever form it is), any other by the parse itself."""

    __slots__ = ("parse", "key")

    def __init__(self, parse: Any) -> None:
        stack = parse.methods_stack
        dictionary = len(stack) == 1 and len(stack[0]) == 4  # (unit, word, paradigm, index)
        self.parse = parse
        self.key = (stack[0][2], parse.normal_form) if dictionary else parse

    def __hash__(self) -> int:
        return hash(self.key)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _OfLexeme) and self.key == other.key


def _lexeme(parse: Any) -> tuple:
    """parse's lexeme (pymorphy2's Parse.lexeme), built once per lexeme: "Горбачёвой" read as
    four cases of one surname is inflected from one lexeme."""
    return _lexeme_of(_OfLexeme(parse))


@caches.bounded(caches.VECTORS)  # a lexeme is up to a few hundred forms: kilobytes
def _lexeme_of(of: _OfLexeme) -> tuple:
    return tuple(of.parse.lexeme)


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

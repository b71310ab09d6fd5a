"""Which of pymorphy2's readings have their dictionary paradigm's lexeme: told from the
analyzer units that made the reading (its ``methods_stack``), so that ``lang.morph`` inflects
them from the paradigm's tags without building the lexeme."""

from __future__ import annotations

from functools import cache
from typing import Any


def paradigm_prefix(parse: Any) -> str | None:
    """What pymorphy2 puts before each form of its paradigm in parse's lexeme, when its lexeme
    is a dictionary paradigm's forms on its stem: '' for a dictionary word (pymorphy2's stack is
    one (unit, word, paradigm, index)) or a guess by its ending ("Маккарриком"), the prefixes
    of a guess by a prefix ("псевдокошкой"); None for any other reading (a hyphenated word's
    lexeme is built of its parts)."""
    stack = parse.methods_stack
    if len(stack[0]) != 4 or not isinstance(stack[0][0], _units()[0]):
        return None
    prefix = ""
    for method in stack[1:]:  # each unit's lexemizer applied to the lexeme of those before
        kind = _lexemizer(method[0])
        if kind is None:
            return None
        if kind == "prefix":
            prefix = method[1] + prefix
    return prefix


def behind_known_prefix(parse: Any) -> bool:
    """Whether parse is a dictionary word's reading behind one of pymorphy2's known prefixes
    ("медиазоне": "медиа" + "зоне"): its paradigm, gender included, is the dictionary word's,
    not a guess by the word's ending."""
    stack = parse.methods_stack
    dictionary, known_prefix = _units()[:2]
    return (
        len(stack) == 2
        and isinstance(stack[0][0], dictionary)
        and isinstance(stack[1][0], known_prefix)
    )


def _lexemizer(unit: Any) -> str | None:
    """How an analogy unit makes its lexeme of the lexeme of the reading it stands on:
    "same" form for form (pymorphy2's ``lexemizer`` as the base class has it), "prefix" with its
    prefix before each form (its prefix units'), None otherwise."""
    _, KnownPrefixAnalyzer, UnknownPrefixAnalyzer, AnalogyAnalizerUnit = _units()
    kind = type(unit)
    if not isinstance(unit, AnalogyAnalizerUnit) or any(
        getattr(kind, name) is not getattr(AnalogyAnalizerUnit, name)
        for name in ("get_lexeme", "_get_lexeme")
    ):
        return None
    if kind.lexemizer is AnalogyAnalizerUnit.lexemizer:
        return "same"
    prefixed = (KnownPrefixAnalyzer, UnknownPrefixAnalyzer)
    if isinstance(unit, prefixed) and kind.lexemizer is KnownPrefixAnalyzer.lexemizer:
        return "prefix"  # both prefix units' lexemizer, pymorphy2's _PrefixAnalyzer's
    return None


@cache
def _units() -> tuple[type, type, type, type]:
    """pymorphy2's unit classes these tests name, imported when first asked for (pymorphy2 is
    loaded with the models, not with this module) and then kept: an import statement in the
    function costs a microsecond at every reading inflected."""
    from pymorphy2.units import DictionaryAnalyzer, KnownPrefixAnalyzer, UnknownPrefixAnalyzer
    from pymorphy2.units.base import AnalogyAnalizerUnit

    return DictionaryAnalyzer, KnownPrefixAnalyzer, UnknownPrefixAnalyzer, AnalogyAnalizerUnit

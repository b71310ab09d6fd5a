"""Generic organisations: common nouns that name an institution by its kind ("полиция",
"правительство", "парламент", "совет директоров"), which NEREL annotates as ORG and factRuEval
does not. Found only with the ``generic_orgs`` option."""

from __future__ import annotations

from ..records import Mention


def is_generic(word: str) -> bool:
    return False


def generic_mentions(text: str, mentions: list[Mention], taken: list[tuple[int, int]]):
    return []

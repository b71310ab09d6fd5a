"""Nominative forms of entity spans and the name parts of people.

People and one-word spans ("Москве", "Газпрома") go to ``names`` (pymorphy2 alone: no tagger
needed). Other spans get natasha's span
normalisation: morphology, plus syntax for organisations and multi-word locations, so that only
the head and the words agreeing with it are inflected ("Почты России" -> "Почта России"). It
runs on the span's own tokens with one word of left context, in batches, and is cached by that
context: names repeat across a corpus, so most spans never reach the taggers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from razdel import tokenize

from . import models, names
from .records import Name

CACHE_SIZE = 200_000
SINGLE_WORD = re.compile(r"^[А-ЯЁа-яё]+$")  # pymorphy2 alone does these (not "Нью-Йорка")


@dataclass(frozen=True)
class SpanKey:
    """What a span's normal form depends on: its type, its text, and the word before it."""

    type: str
    text: str
    left: str = ""


@dataclass(frozen=True)
class Normal:
    normal: str
    name: Name | None


def normalize(keys: Sequence[SpanKey]) -> list[Normal]:
    """Normal forms for many spans; uncached ones go to the taggers in one batch."""
    keys = [SpanKey(k.type, k.text) if k.type == "PER" else k for k in keys]  # no context needed
    missing = [key for key in dict.fromkeys(keys) if key not in _cache]
    if missing:
        for key, result in zip(missing, _compute(missing)):
            _remember(key, result)
    return [_cache[key] for key in keys]


_cache: dict[SpanKey, Normal] = {}


def _remember(key: SpanKey, result: Normal) -> None:
    if len(_cache) >= CACHE_SIZE:
        _cache.pop(next(iter(_cache)))  # drop the oldest: a FIFO bound keeps memory flat
    _cache[key] = result


def _compute(keys: Sequence[SpanKey]) -> list[Normal]:
    results: dict[SpanKey, Normal] = {}
    for key in keys:
        if key.type == "PER":
            person = names.parse_person(key.text)
            results[key] = Normal(person.normal, person.name)
        elif SINGLE_WORD.match(key.text) and names.nominative_word(key.text) is not None:
            results[key] = Normal(names.nominative_word(key.text), None)
    others = [key for key in keys if key not in results]
    if others:
        results.update(zip(others, _tag_and_normalize(others)))
    return [results[key] for key in keys]


def _tag_and_normalize(keys: Sequence[SpanKey]) -> list[Normal]:
    from natasha.doc import DocToken
    from natasha.norm import normalize as morph_normalize
    from natasha.norm import syntax_normalize

    windows = [_window(key) for key in keys]
    words = [[token.text for token in window] for window in windows]
    morph = list(models.morph_tagger().map(words))
    needs_syntax = [i for i, key in enumerate(keys) if _needs_syntax(key)]
    syntax = dict(zip(needs_syntax, models.syntax_parser().map([words[i] for i in needs_syntax])))
    vocab = models.morph_vocab()
    results = []
    for i, key in enumerate(keys):
        skip = 1 if key.left else 0
        tokens = []
        for j, (token, tagged) in enumerate(zip(windows[i], morph[i].tokens)):
            if j < skip:
                continue
            parsed = syntax[i].tokens[j] if i in syntax else None
            tokens.append(
                DocToken(
                    token.start,
                    token.stop,
                    token.text,
                    id=parsed.id if parsed else None,
                    head_id=parsed.head_id if parsed else None,
                    rel=parsed.rel if parsed else None,
                    pos=tagged.pos,
                    feats=tagged.feats,
                )
            )
        method = syntax_normalize if i in syntax else morph_normalize
        results.append(Normal(method(vocab, tokens) if tokens else key.text, None))
    return results


def _needs_syntax(key: SpanKey) -> bool:
    return key.type == "ORG" or (key.type == "LOC" and " " in key.text.strip())


def _window(key: SpanKey) -> list:
    """The span's tokens, after the left-context word when there is one; offsets span-relative."""
    tokens = list(tokenize(key.text))
    if not key.left:
        return tokens
    return [_Token(-1, -1, key.left), *tokens]


@dataclass(frozen=True)
class _Token:
    start: int
    stop: int
    text: str

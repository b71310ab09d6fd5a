"""natasha's span normalisation: the fallback for spans pressrel's own rules cannot put into
the nominative.

natasha's morphology tagger (and, for multi-word names, its syntax parser) reads the span's
tokens after one word of left context; natasha's ``normalize``/``syntax_normalize`` then inflect
the span. Only the resulting strings leave this module.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from .loaders import morph_tagger, morph_vocab, syntax_parser
from .tokens import Token, tokenize


@dataclass(frozen=True)
class Span:
    text: str
    left: str = ""  # the word before the span ('' when none): context for the tagger
    syntax: bool = False  # also run the syntax parser (names of several words)


def normal_forms(spans: Sequence[Span]) -> list[str]:
    """natasha's normal form of every span, in one batch per tagger."""
    from natasha.doc import DocToken
    from natasha.norm import normalize as morph_normalize
    from natasha.norm import syntax_normalize

    windows = [_window(span) for span in spans]
    words = [[token[2] for token in window] for window in windows]
    tagger, parser = _taggers()
    morph = list(tagger.map(words))
    needs_syntax = [i for i, span in enumerate(spans) if span.syntax]
    syntax = dict(zip(needs_syntax, parser.map([words[i] for i in needs_syntax])))
    vocab = morph_vocab()
    results = []
    for i, span in enumerate(spans):
        skip = 1 if span.left else 0
        tokens = []
        for j, ((start, stop, text), tagged) in enumerate(zip(windows[i], morph[i].tokens)):
            if j < skip:
                continue
            parsed = syntax[i].tokens[j] if i in syntax else None
            tokens.append(
                DocToken(
                    start,
                    stop,
                    text,
                    id=parsed.id if parsed else None,
                    head_id=parsed.head_id if parsed else None,
                    rel=parsed.rel if parsed else None,
                    pos=tagged.pos,
                    feats=tagged.feats,
                )
            )
        method = syntax_normalize if i in syntax else morph_normalize
        results.append(method(vocab, tokens) if tokens else span.text)
    return results


@cache
def _taggers() -> tuple[Any, Any]:
    """natasha's morphology tagger and syntax parser, their CNN encoders run by ``cnn`` (the same
    floats, fewer copies)."""
    tagger, parser = morph_tagger(), syntax_parser()
    from . import cnn  # numpy: only now, natasha imported, its BLAS threads pinned (loaders)

    cnn.install(tagger.infer.model)
    cnn.install(parser.infer.model)
    return tagger, parser


def _window(span: Span) -> list[Token]:
    """The span's tokens, after the left-context word when there is one; offsets span-relative."""
    tokens = tokenize(span.text)
    if not span.left:
        return tokens
    return [(-1, -1, span.left), *tokens]

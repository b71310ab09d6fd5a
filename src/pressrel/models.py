"""The natasha models of this process, built lazily, once.

Importing this module is cheap; the first call of each function loads its model. Worker
processes that fork after a load share the model's memory.
"""

from __future__ import annotations

from functools import cache
from typing import Any


@cache
def _natasha() -> Any:
    # natasha (through yargy) patches inspect.getargspec, which pymorphy2 needs on Python 3.11+;
    # so natasha is always imported before anything touches pymorphy2.
    import natasha

    return natasha


@cache
def embedding() -> Any:
    return _natasha().NewsEmbedding()


@cache
def ner_tagger() -> Any:
    return _natasha().NewsNERTagger(embedding())


@cache
def morph_tagger() -> Any:
    return _natasha().NewsMorphTagger(embedding())


@cache
def syntax_parser() -> Any:
    return _natasha().NewsSyntaxParser(embedding())


@cache
def morph_vocab() -> Any:
    """natasha's MorphVocab: a pymorphy2 MorphAnalyzer with UD tags and a parse cache."""
    return _natasha().MorphVocab()


@cache
def names_extractor() -> Any:
    return _natasha().NamesExtractor(morph_vocab())

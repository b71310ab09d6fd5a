"""Every text cache of pressrel, with its bound, in one registry.

The language rules ask pymorphy2 about the same words and spans again and again, so their
answers are cached; on a long corpus an unbounded cache would grow with every new word, so each
one has a bound, and a full cache forgets its oldest or least recently used entries. The bounds
are five, by what a cache is keyed by and holds, not chosen cache by cache:

- ``WORDS`` (50,000): one word, lemma or word form, also the few words of a person's name
  (readings, inflections, genders, the person-noun test, the network's word ids), and the
  digest of a paragraph (its NER spans, its dates, countries and amounts: a paragraph's entry
  is as small as a word's);
- ``SPANS`` (100,000): a phrase or an entity span, with its context (normal forms);
- ``CHARACTERS`` (4,096): one character (the letter costs that rank the decodings of a byte
  string: a few code pages of 256 characters each; the date rules that may start with it);
- ``VECTORS`` (16,384): a word whose entry is a vector of floats, kilobytes, not bytes (the NER
  network's first-layer products of a word and its shape: 48 MB when full; with 4,096 a
  quarter of the products of 300 distinct Wikinews documents were computed again after their
  word was forgotten, 2% of the run's CPU);
- ``WINDOWS`` (8,192): the text within reach either side of a mention, a few hundred
  characters (what the words around a name say of its gender and case): an entry near a
  kilobyte, and what one document or a corpus read again asks twice.

A function cache is declared with ``@bounded(WORDS)``, which is ``functools.lru_cache`` and
registers the function under its module and name (``"lang.morph.parses"``): no layer between
caller and cache, so a hit costs what an lru_cache hit costs. A cache filled in batches, where
the function computes many values at once, is a ``Memo`` (``memo(name, bound)``): a dict that
forgets its oldest entry when full; a scan of a paragraph is declared with
``@by_text(WORDS)``, a memo by the paragraph's digest (``text_key``). A cache that holds one
value per process (a model, a data file, a compiled pattern) is no text cache, keeps ``functools.cache`` and is not here.

``registered()`` yields them all (a cache is registered when its module is imported),
``clear_all()`` empties them, and ``resize()`` rebuilds one with another bound, so that a test
can run it past a tiny bound (``tests/test_caches.py``). Stdlib only: every room may use it.
"""

from __future__ import annotations

import functools
import sys
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from hashlib import blake2b
from typing import Any, TypeVar

WORDS = 50_000
SPANS = 100_000
CHARACTERS = 4_096
VECTORS = 16_384
WINDOWS = 8_192

F = TypeVar("F", bound=Callable[..., Any])
PACKAGE = __name__.rpartition(".")[0]


class Memo(OrderedDict):
    """A dict with a bound, for a cache filled in batches: ``remember`` forgets the oldest
    entry when the memo is full. Reading is a dict's (``get``, ``in``, ``[]``), at no cost."""

    def __init__(self, name: str, maxsize: int) -> None:
        super().__init__()
        self.name, self.maxsize = name, maxsize

    def remember(self, key: Any, value: Any) -> None:
        self[key] = value
        self.trim()

    def trim(self) -> None:
        """Forget the oldest entries down to the bound."""
        while len(self) > self.maxsize:
            self.popitem(last=False)


@dataclass
class Cache:
    """One registered cache: a function's lru_cache (``function``, wrapping ``original``) or a
    ``Memo`` (``memo``), declared in ``module``."""

    name: str
    module: str
    maxsize: int
    function: Any = None
    original: Callable[..., Any] | None = None
    memo: Memo | None = None

    def size(self) -> int:
        """How many entries the cache holds now."""
        return len(self.memo) if self.memo is not None else self.function.cache_info().currsize

    def clear(self) -> None:
        if self.memo is not None:
            self.memo.clear()
        else:
            self.function.cache_clear()


_REGISTRY: dict[str, Cache] = {}


def bounded(maxsize: int) -> Callable[[F], F]:
    """``functools.lru_cache(maxsize)``, registered under the function's module and name."""

    def decorate(function: F) -> F:
        cached = functools.lru_cache(maxsize=maxsize)(function)
        name = _short(f"{function.__module__}.{function.__qualname__}")
        module = _short(function.__module__)
        _REGISTRY[name] = Cache(name, module, maxsize, function=cached, original=function)
        return cached  # type: ignore[return-value]

    return decorate


def memo(name: str, maxsize: int) -> Memo:
    """A new ``Memo``, registered under name (its module and variable: "lang.normalize.tagged")."""
    found = Memo(_short(name), maxsize)
    module = found.name.rpartition(".")[0]
    _REGISTRY[found.name] = Cache(found.name, module, maxsize, memo=found)
    return found


def text_key(text: str) -> bytes:
    """A paragraph's key in a cache: 16 bytes of its BLAKE2 digest, whatever its length (an
    entry then holds no copy of the paragraph)."""
    return blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def by_text(maxsize: int) -> Callable[[F], F]:
    """For a scan of a paragraph, ``function(text, *rest) -> list`` of immutable matches, that
    depends on nothing else: its results by ``text_key(text)`` and rest, in a ``Memo``
    registered under the function's module and name. Each call returns a new list, so a caller
    may change it."""

    def decorate(function: F) -> F:
        found = memo(f"{function.__module__}.{function.__qualname__}", maxsize)
        known = found.get

        @functools.wraps(function)
        def cached(text: str, *rest: Any) -> list:
            key = (text_key(text), *rest)
            result = known(key)
            if result is None:
                result = tuple(function(text, *rest))
                found.remember(key, result)
            return list(result)

        return cached  # type: ignore[return-value]

    return decorate


def registered() -> Iterator[Cache]:
    """Every cache of the modules imported so far, by name."""
    for name in sorted(_REGISTRY):
        yield _REGISTRY[name]


def clear_all() -> None:
    """Empty every registered cache (results stay the same, only slower until they refill)."""
    for cache in _REGISTRY.values():
        cache.clear()


def resize(name: str, maxsize: int, function: Callable[..., Any] | None = None) -> int:
    """Give the cache name another bound; returns the one it had. A memo forgets its oldest
    entries down to the bound; a function cache is rebuilt empty around function (default: the
    original function; a test passes one that records the arguments) and every module of the
    package that holds the old cache by name (``from .morph import parses``, a re-export)
    gets the new one."""
    cache = _REGISTRY[name]
    before, cache.maxsize = cache.maxsize, maxsize
    if cache.memo is not None:
        cache.memo.maxsize = maxsize
        cache.memo.trim()
        return before
    old = cache.function
    cache.function = functools.lru_cache(maxsize=maxsize)(function or cache.original)
    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").startswith(PACKAGE + "."):
            for attribute, value in list(vars(module).items()):
                if value is old:
                    setattr(module, attribute, cache.function)
    return before


def _short(name: str) -> str:
    return name.removeprefix(PACKAGE + ".")

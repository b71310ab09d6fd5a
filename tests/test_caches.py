"""Every text cache in the registry (``pressrel.caches``), run past a tiny bound: the same
results, and the cache never holds more than its bound. Which caches there are comes from the
registry, after every module of the package is imported; a cache added without the registry
fails the source scan at the end."""

from __future__ import annotations

import ast
import importlib
import json
import pkgutil
import sys
from pathlib import Path

import pytest

import pressrel
from pressrel import caches

PACKAGE = Path(pressrel.__file__).parent
TINY = 3
REPLAYED = 300  # distinct real calls replayed per cache: enough to go round a tiny bound often


def import_every_module() -> None:
    """Caches register when their module is imported: import them all (not ``__main__``,
    which runs the command)."""
    for module in pkgutil.walk_packages(pressrel.__path__, "pressrel."):
        if not module.name.endswith(".__main__"):
            importlib.import_module(module.name)


import_every_module()
FUNCTIONS = [cache.name for cache in caches.registered() if cache.memo is None]
MEMOS = [cache.name for cache in caches.registered() if cache.memo is not None]


def _cache(name: str) -> caches.Cache:
    return next(cache for cache in caches.registered() if cache.name == name)


@pytest.fixture(scope="module")
def documents(seed_text):
    from pressrel.records import Document

    lines = (Path(__file__).parent / "data" / "news.jsonl").read_text(encoding="utf-8")
    found = [Document("seed", seed_text)]
    return found + [Document(d["id"], d["text"]) for d in map(json.loads, lines.splitlines())]


@pytest.fixture(scope="module")
def recorded(documents):
    """The real calls of every function cache, {(args, kwargs): result} in first-call order:
    each cache rebuilt empty around a recorder, then the pipeline run over the test documents,
    the documents decoded from cp1251 and koi8-r bytes, the country table built afresh (the
    pipeline reads it from the user's cache), and the documents' capitalised words asked whether
    they are patronymics (the pipeline asks only about the few that pymorphy2 reads as one) and
    which gender they are as surnames (resolve asks only of the people a bare surname may be)."""
    from pressrel.countries import gazetteer
    from pressrel.lang import gender, patronymics
    from pressrel.pipeline import analyze_documents
    from pressrel.sources.decode import decode

    calls: dict[str, dict] = {name: {} for name in FUNCTIONS}

    def recorder(name, original):
        def record(*args, **kwargs):
            result = original(*args, **kwargs)
            calls[name].setdefault((args, tuple(sorted(kwargs.items()))), result)
            return result

        return record

    caches.clear_all()
    bounds = {name: _cache(name).maxsize for name in FUNCTIONS}
    for name in FUNCTIONS:
        caches.resize(name, bounds[name], recorder(name, _cache(name).original))
    try:
        list(analyze_documents(documents))
        for document in documents:
            for codec in ("cp1251", "koi8_r"):
                decode(document.text.encode(codec, errors="ignore"))
        gazetteer._gazetteer_rows()
        for document in documents:
            for word in document.text.split():
                if word.isalpha() and word.istitle():
                    patronymics.is_patronymic(word)
                    gender.surname_gender(word)
    finally:
        for name in FUNCTIONS:
            caches.resize(name, bounds[name])
    return calls


@pytest.mark.parametrize("name", FUNCTIONS)
def test_a_function_cache_past_its_bound(name, recorded):
    """Real calls replayed through the cache shrunk to TINY entries, each new call followed by
    one just made (a hit) and one made long ago (evicted: computed again): the results are the
    recorded ones, and the cache holds TINY entries at most."""
    calls = list(recorded[name].items())[:REPLAYED]
    assert len(calls) > 2 * TINY, f"{name}: too few real calls reach it; add a document"
    bound = caches.resize(name, TINY)
    try:
        cache = _cache(name)
        for i in range(len(calls)):
            for (args, kwargs), expected in (calls[i], calls[max(i - 1, 0)], calls[i // 2]):
                assert cache.function(*args, **dict(kwargs)) == expected
            assert cache.size() <= TINY
        info = cache.function.cache_info()
        assert info.maxsize == TINY and info.hits and info.misses > len(calls)
    finally:
        caches.resize(name, bound)


def _normal_forms(keys):
    from pressrel.lang import normalize

    return normalize.normalize(keys)


def _word_tags(words):
    from pressrel.models import ner_network

    return list(ner_network().tag([[word] for word in words]))  # each word a text: no context


def _first_layer_rows(keys):
    """The NER network's first layer on each key (word id * shapes + shape id) twice over
    between separators (two rows of products: the product table's path), as bytes."""
    import numpy as np

    from pressrel.models import ner_network

    network = ner_network()
    shapes = len(network._shape_table)
    pad = network._words.pad_id * shapes + network._shapes.pad_id
    separators = np.array([True, False, False, True])
    found = []
    for key in keys:
        word_ids, shape_ids = np.divmod(np.array([pad, key, key, pad]), shapes)
        found.append(network._first_layer(word_ids, shape_ids, separators).tobytes())
    return found


# The paragraphs the NER model has read, by their key in models.ner's memo (a digest)
_PARAGRAPHS: dict[bytes, str] = {}


def _paragraph_spans(keys):
    from pressrel.models import ner

    return ner.tag([_PARAGRAPHS[key] for key in keys])


def _paragraph_scan(name: str):
    """The scan a ``caches.by_text`` memo holds (module.function), on each key's paragraph."""
    module, _, function = name.rpartition(".")
    scan = getattr(importlib.import_module(f"pressrel.{module}"), function)
    return lambda keys: [scan(_PARAGRAPHS[key[0]], *key[1:]) for key in keys]


# the caches.by_text memos: scans of a paragraph, by its digest
PARAGRAPH_SCANS = (
    "dates.scan.find_dates",
    "countries.scan.find_countries",
    "numbers.scan.find_amounts",
    "structure.layout._sentence_spans",
    "places.adjectives.find_place_adjectives",
)

# The heads of the documents anchor_date has read, by the digest of what it scans of them
_HEADS: dict[bytes, str] = {}


def _document_anchors(keys):
    from pressrel import dates

    return [dates.anchor_date(_HEADS[digest], head) for digest, head in keys]


# memo name -> the public function that fills it, called with a list of the memo's keys
MEMO_USERS = {
    "lang.normalize.tagged": _normal_forms,
    "models.nernet.encoded": _word_tags,
    "models.nernet.products": _first_layer_rows,
    "models.ner.tagged": _paragraph_spans,
    "dates.scan.anchors": _document_anchors,
    **{name: _paragraph_scan(name) for name in PARAGRAPH_SCANS},
}


@pytest.mark.parametrize("name", MEMOS)
def test_a_memo_past_its_bound(name, documents):
    """The memo's real keys (after the pipeline's run) through the function that fills it, in
    batches that mix new keys with remembered ones: the same results as with the memo at its
    own bound, and never more than TINY entries."""
    from pressrel.pipeline import analyze_documents

    assert name in MEMO_USERS, f"{name}: say in MEMO_USERS which function fills it"
    memo = _cache(name).memo
    list(analyze_documents(documents))
    _PARAGRAPHS.update(_paragraphs(documents))
    _HEADS.update((caches.text_key(d.text[:540]), d.text) for d in documents)
    keys = list(memo)[:REPLAYED]  # (the rules leave only a few spans to natasha's taggers)
    if name in PARAGRAPH_SCANS:  # the keys of the pieces (a date line is not one)
        keys = [key for key in keys if key[0] in _PARAGRAPHS]
    assert len(keys) > TINY, f"{name}: too few real keys reach it; add a document"
    use = MEMO_USERS[name]
    expected = use(keys)
    bound = caches.resize(name, TINY)
    try:
        for rotation in range(0, len(keys), max(1, len(keys) // 5)):
            batch = keys[rotation:] + keys[:rotation] + keys[:TINY]
            again = expected[rotation:] + expected[:rotation] + expected[:TINY]
            assert use(batch) == again
            assert len(memo) <= TINY
    finally:
        caches.resize(name, bound)


def _paragraphs(documents) -> dict[bytes, str]:
    """The pieces of the documents the NER model reads, by their key in models.ner's memo."""
    from pressrel import structure
    from pressrel.scope import Scope

    layouts = [structure.parse(document.text) for document in documents]
    pieces = [p.text for layout in layouts for p in Scope.of(layout, True).pieces]
    return {caches.text_key(text): text for text in pieces}


def test_the_pipeline_does_not_rely_on_what_the_caches_keep(documents):
    """Every registered cache shrunk to TINY entries at once (so they evict all the time): the
    analyses are the same, so no caller depends on an entry staying cached."""
    from pressrel.lang import morph
    from pressrel.pipeline import analyze_documents

    expected = [a.mentions for a in analyze_documents(documents)]
    bounds = {cache.name: caches.resize(cache.name, TINY) for cache in list(caches.registered())}
    try:
        assert [a.mentions for a in analyze_documents(documents)] == expected
        assert all(cache.size() <= TINY for cache in caches.registered())
        assert morph.parses.cache_info().misses > 100
        assert stale_references() == []
    finally:
        for name, bound in bounds.items():
            caches.resize(name, bound)


def stale_references() -> list[str]:
    """Module names (``from .morph import parses``, re-exports) still bound to a cache that
    ``resize`` replaced."""
    current = {id(c.original): c.function for c in caches.registered() if c.memo is None}
    return [
        f"{module.__name__}.{attribute}"
        for module in list(sys.modules.values())
        if getattr(module, "__name__", "").startswith("pressrel.")
        for attribute, value in list(vars(module).items())
        if id(getattr(value, "__wrapped__", None)) in current
        and value is not current[id(value.__wrapped__)]
    ]


def test_clear_all_empties_every_cache(seed_analysis):
    assert any(cache.size() for cache in caches.registered())
    caches.clear_all()
    assert [cache.name for cache in caches.registered() if cache.size()] == []


def test_the_bounds_are_the_named_ones():
    named = {caches.WORDS, caches.SPANS, caches.CHARACTERS, caches.VECTORS, caches.WINDOWS}
    assert {cache.maxsize for cache in caches.registered()} <= named


# --- the source scan: every text cache goes through the registry --------------------------------

# Caches that hold one value per process or per type, not text: they stay functools.cache.
NOT_TEXT_CACHES = {
    # the models, loaded once per process
    "models/loaders.py:_natasha",
    "models/loaders.py:embedding",
    "models/loaders.py:morph_analyzer",
    "models/loaders.py:morph_tagger",
    "models/loaders.py:morph_vocab",
    "models/loaders.py:ner_network",
    "models/loaders.py:ner_tagger",
    "models/loaders.py:syntax_parser",
    "models/fallback.py:_taggers",
    # data files and tables, read or built once
    "countries/gazetteer.py:gazetteer",
    "lang/names.py:_surnames_first",
    "orgs/ids.py:_curated_aliases",
    "places/aliases.py:_aliases",  # the curated table of informal place names, read once
    "orgs/ids.py:_curated_names",
    "orgs/shortened.py:_table_by_first_letter",  # the curated names (one table) by letter
    # compiled patterns: each date rule's own, and the characters its match may start with
    "dates/rules.py:rule_regexes",
    "dates/rules.py:rule_starts",
    # the amount grammar's tables, built once: the anchor pattern, units and number words
    "numbers/anchors.py:anchors",
    "numbers/units.py:after_words",
    "numbers/units.py:currency_adjectives",
    "numbers/units.py:currency_nouns",
    "numbers/units.py:hyphen_adjectives",
    "numbers/units.py:percent_words",
    "numbers/words.py:forms",
    # the built-in extractors, imported once
    "extractors/__init__.py:_builtin",
    # pymorphy2's unit classes, imported once
    "models/paradigms.py:_units",
    # the field names of a record type, and a getter of their values
    "records.py:fields_of",
    # the JSON keys of a record type's fields
    "records.py:_json_keys",
}
FUNCTOOLS_CACHES = {"cache", "lru_cache"}


def functools_caches(source: str) -> list[str]:
    """The functions of source that functools caches ("name"), and any other use of its
    caches ("line N")."""
    tree = ast.parse(source)
    aliases = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module == "functools"
        for alias in node.names
        if alias.name in FUNCTOOLS_CACHES
    }

    def is_cache(node: ast.AST) -> bool:
        node = node.func if isinstance(node, ast.Call) else node
        if isinstance(node, ast.Attribute):
            return node.attr in FUNCTOOLS_CACHES and ast.unparse(node.value) == "functools"
        return isinstance(node, ast.Name) and node.id in aliases

    found, decorators = [], set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for decorator in node.decorator_list:
                if is_cache(decorator):
                    found.append(node.name)
                    decorators.update(map(id, ast.walk(decorator)))
    found += [
        f"line {node.lineno}"
        for node in ast.walk(tree)
        if isinstance(node, (ast.Name, ast.Attribute)) and is_cache(node)
        if id(node) not in decorators and not isinstance(node.ctx, ast.Store)
    ]
    return found


def test_every_text_cache_is_in_the_registry():
    """No functools cache outside the list above; no CACHE_SIZE-style bound of a module's own
    (a hand-rolled cache): the bounds are the registry's."""
    found = [
        f"{relative}:{name}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if (relative := path.relative_to(PACKAGE).as_posix()) != "caches.py"
        for name in functools_caches(path.read_text(encoding="utf-8"))
    ]
    assert sorted(set(found) - NOT_TEXT_CACHES) == []
    own_bounds = [
        f"{path.relative_to(PACKAGE).as_posix()}:{node.id}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store)
        if "CACHE" in node.id and "SIZE" in node.id
    ]
    assert own_bounds == []


def test_every_declared_cache_is_registered():
    """As many ``caches.bounded``/``caches.memo``/``caches.by_text`` in each module as the
    registry holds from it: the walk above imported them all."""
    declared: dict[str, int] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "caches.py":
            continue
        module = ".".join(path.relative_to(PACKAGE).with_suffix("").parts)
        module = module.removesuffix(".__init__")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and ast.unparse(node.func) in (
                "caches.bounded",
                "caches.memo",
                "caches.by_text",
            ):
                declared[module] = declared.get(module, 0) + 1
    registered: dict[str, int] = {}
    for cache in caches.registered():
        registered[cache.module] = registered.get(cache.module, 0) + 1
    assert registered == declared


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from functools import lru_cache\n@lru_cache(maxsize=9)\ndef f(x): ...", ["f"]),
        ("import functools\n@functools.cache\ndef g(x): ...", ["g"]),
        ("from functools import cache as c\n@c\ndef h(x): ...", ["h"]),
        ("import functools\nk = functools.lru_cache(9)(len)", ["line 2"]),
        ("from pressrel import caches\n@caches.bounded(caches.WORDS)\ndef f(x): ...", []),
        ("from functools import partial\n@partial\ndef f(x): ...", []),
    ],
)
def test_the_scan_sees_a_functools_cache(source, expected):
    assert functools_caches(source) == expected

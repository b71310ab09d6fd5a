"""Bounded caches, run past their bounds (shrunk for the test): same results, no crash."""

from __future__ import annotations

from pressrel.lang import normalize
from pressrel.lang.normalize import SpanKey
from pressrel.models import ner, nernet

# spans that pymorphy2's agreement rules leave to natasha's taggers (checked below), so their
# normal forms go through the bounded cache
SPANS = [
    SpanKey("ORG", "Газпромнефти"),
    SpanKey("ORG", "Эппл"),
    SpanKey("LOC", "Бразилиа"),
    SpanKey("ORG", "Квазитрона"),
    SpanKey("ORG", "Техносилы", "у"),
    SpanKey("ORG", "Вкусвилла"),
]


def test_the_tagger_cache_past_its_bound(monkeypatch):
    assert [normalize._by_rule(key) for key in SPANS] == [None] * len(SPANS)
    expected = normalize.normalize(SPANS)
    monkeypatch.setattr(normalize, "CACHE_SIZE", 2)
    monkeypatch.setattr(normalize, "_tagged", dict(list(normalize._tagged.items())[:2]))
    for rotation in range(len(SPANS)):  # each batch mixes cached keys with new ones
        batch = SPANS[rotation:] + SPANS[:rotation] + SPANS[:3]
        assert (
            normalize.normalize(batch) == expected[rotation:] + expected[:rotation] + expected[:3]
        )
        assert len(normalize._tagged) <= 2


def test_the_word_encoding_cache_past_its_bound(monkeypatch):
    texts = ["Владимир Путин прибыл в Москву.", "Министр Николай Никифоров посетил Пекин."]
    expected = ner.tag(texts)
    monkeypatch.setattr(nernet, "ENCODING_CACHE_SIZE", 3)
    assert ner.tag(texts) == expected
    assert ner.tag(texts[::-1]) == expected[::-1]


def test_the_pipeline_does_not_rely_on_what_the_lru_caches_keep(monkeypatch, seed_text):
    """Every lru_cache of the language rules shrunk to 3 entries (so it evicts all the time):
    the analyses are the same, so no caller depends on an entry staying cached."""
    import functools
    import json
    from pathlib import Path

    from pressrel import countries
    from pressrel.countries import scan
    from pressrel.lang import morph, names, phrases
    from pressrel.pipeline import analyze_documents
    from pressrel.records import Document

    lines = (Path(__file__).parent / "data" / "news.jsonl").read_text(encoding="utf-8")
    documents = [Document("seed", seed_text)]
    documents += [Document(d["id"], d["text"]) for d in map(json.loads, lines.splitlines())]
    expected = [a.mentions for a in analyze_documents(documents)]
    cached = [
        (morph, "parses"), (morph, "is_known"), (morph, "_inflect"), (names, "parse_person"),
        (phrases, "nominative"), (scan, "_readings"), (scan, "adjective_lemma"),
        (countries, "adjective_lemma"),
    ]  # fmt: skip
    for module, name in cached:
        original = getattr(module, name)
        assert original.cache_info().maxsize  # bounded
        monkeypatch.setattr(module, name, functools.lru_cache(maxsize=3)(original.__wrapped__))
    monkeypatch.setattr(normalize, "_tagged", {})  # the normal forms are found again too
    assert [a.mentions for a in analyze_documents(documents)] == expected
    assert morph.parses.cache_info().currsize == 3 and morph.parses.cache_info().misses > 100

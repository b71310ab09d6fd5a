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

"""The NER runner: natasha's network over packed batches gives natasha's own spans."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pressrel import caches, models
from pressrel.models import ner, nernet
from pressrel.models.ner import RawSpan

FIXTURE = Path(__file__).parent / "data" / "news.jsonl"


@pytest.fixture(scope="module")
def paragraphs(seed_text) -> list[str]:
    texts = [seed_text, *(json.loads(line)["text"] for line in FIXTURE.open(encoding="utf-8"))]
    return [p for text in texts for p in text.split("\n") if p.strip()]


def natasha_spans(texts: list[str]) -> list[list[RawSpan]]:
    """The reference: natasha's NewsNERTagger, as natasha runs it (on non-blank texts: a
    blank one crashes it)."""
    markups = iter(models.ner_tagger().map([text for text in texts if text.strip()]))
    return [
        [RawSpan(s.start, s.stop, s.type) for s in next(markups).spans] if text.strip() else []
        for text in texts
    ]


def test_spans_equal_natashas(paragraphs):
    ours = ner.tag(paragraphs)
    assert ours == natasha_spans(paragraphs)
    assert sum(map(len, ours)) > 100


def test_batch_size_changes_nothing(paragraphs, monkeypatch):
    ner._TAGGED.clear()
    whole = ner.tag(paragraphs)
    ner._TAGGED.clear()
    monkeypatch.setattr(nernet, "CHUNK_TOKENS", 7)  # most texts alone, some in pairs
    assert ner.tag(paragraphs) == whole
    ner._TAGGED.clear()
    assert [ner.tag([p])[0] for p in paragraphs[:20]] == whole[:20]


@pytest.mark.parametrize("bound", [3, 40])  # most batches past it; a few batches in it
def test_the_product_table_past_its_bound_changes_nothing(paragraphs, monkeypatch, bound):
    """The first layer's products kept for fewer words than a batch holds (computed for the
    batch alone) or than a few batches hold (the least recently used forgotten): the same
    spans."""
    from pressrel import caches

    ner._TAGGED.clear()
    whole = ner.tag(paragraphs)
    monkeypatch.setattr(nernet, "CHUNK_TOKENS", 12)
    ner._TAGGED.clear()
    before = caches.resize("models.nernet.products", bound)
    try:
        assert ner.tag(paragraphs) == whole
        assert len(nernet._PRODUCTS) <= bound
    finally:
        caches.resize("models.nernet.products", before)
        ner._TAGGED.clear()


def test_a_paragraph_is_tagged_once(paragraphs):
    """A paragraph seen before is read back from the memo (not tagged again): what the memo
    holds for it is what ``tag`` returns, in a batch with new paragraphs."""
    ner._TAGGED.clear()
    first = ner.tag(paragraphs[:10])
    assert len(ner._TAGGED) == len(set(paragraphs[:10])) and sum(map(len, first)) > 0
    planted = (RawSpan(0, 1, "LOC"),)
    ner._TAGGED[caches.text_key(paragraphs[0])] = planted
    again = ner.tag(["Новый абзац.", *paragraphs[:10]])
    expected = [list(planted) if p == paragraphs[0] else s for p, s in zip(paragraphs, first)]
    assert again == [[], *expected]
    ner._TAGGED.clear()


WORDS = st.sampled_from(
    ["Путин", "Москва", "Газпром", "ООО", "«Ромашка»", "в", "и", "сказал", "России", "Джек Ма"]
    + ["Alibaba", "42", "—", ",", ".", "Нью-Йорк", "\u00a0", "😀", "Иванов", "ЦБ", "\u200b"]
)
PARAGRAPHS = st.lists(st.lists(WORDS, max_size=40).map(" ".join), min_size=1, max_size=12)


@settings(max_examples=40, deadline=None)
@given(texts=PARAGRAPHS)
def test_any_batch_equals_natasha(texts):
    """Batches of random paragraphs (short, long, blank, repeated) give natasha's spans."""
    assert ner.tag(texts) == natasha_spans(texts)


def test_blank_and_repeated_texts():
    text = "Владимир Путин прибыл в Москву."
    assert ner.tag(["", " \n", text, text]) == [[], [], *ner.tag([text]) * 2]


def tokens(*words: str) -> list[tuple[int, int, str]]:
    found, offset = [], 0
    for word in words:
        found.append((offset, offset + len(word), word))
        offset += len(word) + 1
    return found


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        (["B-PER", "I-PER", "O"], [(0, 3, "PER")]),
        (["B-PER", "B-ORG", "I-ORG"], [(0, 1, "PER"), (2, 5, "ORG")]),
        (["O", "I-LOC", "O"], []),  # I with no span open: dropped, as slovnet does
        (["O", "B-LOC", "I-LOC"], [(2, 5, "LOC")]),  # open at the end
        (["B-LOC", "I-PER"], [(0, 3, "LOC")]),  # I extends whatever is open
    ],
)
def test_bio_spans(tags, expected):
    words = tokens(*"a b c"[: 2 * len(tags) - 1].split())
    assert [(s.start, s.stop, s.type) for s in ner._bio_spans(words, tags)] == expected


TAGS = st.sampled_from(["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"])


@settings(max_examples=300, deadline=None)
@given(st.lists(TAGS, max_size=12))
def test_bio_spans_equal_slovnets(tags):
    from slovnet.bio import bio_spans

    words = tokens(*(f"w{i}" for i in range(len(tags))))
    token_records = [SimpleNamespace(start=a, stop=b) for a, b, _ in words]
    expected = [(s.start, s.stop, s.type) for s in bio_spans(token_records, tags)]
    assert [(s.start, s.stop, s.type) for s in ner._bio_spans(words, tags)] == expected


def test_embedding_holds_natashas_codes_without_the_word_list():
    """The taggers read navec's codes and indexes only: ours equal natasha's own embedding's,
    and navec's word list is not read."""
    import numpy as np
    from natasha import NewsEmbedding

    ours, full = models.embedding(), NewsEmbedding()
    assert ours.meta.id == full.meta.id
    assert np.array_equal(ours.pq.codes, full.pq.codes)
    assert np.array_equal(ours.pq.indexes, full.pq.indexes)
    assert len(full.vocab.words) > 100_000
    assert ours.vocab.words == []


@pytest.mark.parametrize(
    "texts",
    [
        # one text, its words repeated
        ["Банк", "России", "и", "банк", "России", ",", "и", "Банк", "России", "."],
        # texts sharing words (a word in another case of letters is another shape)
        ["Путин", "прибыл", "в", "Москву", ".", "|", "В", "Москве", "Путин", "."],
        # texts of one word each
        ["Газпром", "|", "Газпром", "|", "Москва"],
        # one text of two words
        ["Иван", "Петров"],
        # one text of one word: one row of products
        ["Москва"],
    ],
)
def test_the_first_layer_once_per_distinct_word_gives_every_row_s_floats(texts):
    """The first layer's products computed once per distinct (word, shape) of a chunk give
    every row's floats, up to the rounding of a float32 matrix product: BLAS kernels chosen by
    the product's shape add the K terms of a row in different orders, which may move a sum by
    up to about K units of the last place of its largest term, and no more. A product added to
    the wrong row, or missed, is off by far more."""
    import numpy as np

    words = [text.split() for text in " ".join(texts).split("|")]
    network = models.loaders.ner_network()
    word_ids, shape_ids, separators = network._packed(words, np.array(list(map(len, words))))
    every_row = network._layers[0](network._embed(word_ids, shape_ids), separators)
    once = network._first_layer(word_ids, shape_ids, separators)
    assert once.shape == every_row.shape
    terms = network._layers[0].kernels[0].shape[0]  # K: the embedding and shape widths
    rounding = terms * np.finfo(np.float32).eps * np.abs(every_row).max()
    np.testing.assert_allclose(once, every_row, rtol=0, atol=rounding)


def test_embedding_rows_equal_navecs_vectors():
    """``_embed`` gathers navec's codes row by row (one table of every subvector's centroids):
    each row is navec's product-quantised vector of the word (its code per subvector, in
    order) and then the shape's embedding, a repeated word's rows alike, the padding's zero."""
    import numpy as np

    network = models.loaders.ner_network()
    navec = models.embedding()
    codes, indexes = (
        navec.pq.codes,
        navec.pq.indexes,
    )  # (subvectors, centroids, dims), (words, subvectors)
    shapes = network._shape_table
    rng = np.random.default_rng(21)
    word_ids = np.concatenate(([network._words.pad_id], rng.integers(0, len(indexes), 40), [7, 7]))
    shape_ids = np.concatenate(([network._shapes.pad_id], rng.integers(0, len(shapes), 40), [1, 2]))
    subvectors = np.arange(codes.shape[0])
    expected = np.concatenate(
        (codes[subvectors, indexes[word_ids]].reshape(len(word_ids), -1), shapes[shape_ids]),
        axis=1,
    )
    rows = network._embed(word_ids, shape_ids)
    assert np.array_equal(rows, expected)
    assert not rows[0].any()  # the padding word and shape

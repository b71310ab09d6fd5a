"""natasha's NER network (slovnet's CNN-CRF, its weights unchanged), run over packed batches.

slovnet runs the network on batches of 8 texts padded to the longest, copies every convolution
window of every layer (im2col), and decodes the CRF one time step at a time per batch of 8.
Here the texts of a batch are packed end to end into one matrix, with a zero row between two
texts and at both ends. A convolution of width 3 with zero padding then equals three
matrix products of shifted row ranges (no copies, no padding waste), provided the separator
rows are zeroed again after each layer, which is what slovnet's padding mask does. The padding
word's embedding is zero, so the separators need no special input either. The CRF (Viterbi)
runs over all texts of the batch at once, longest first, so that its Python loop turns once per
time step of the longest text, not once per step per 8 texts.

The first layer's input row is the embedding of one word and its shape, so its three products
are computed once per distinct (word id, shape id) and added row by row in the same order. They
are computed in blocks of ``BLOCK_ROWS`` rows, the last padded with zeros: OpenBLAS picks its
kernel by the shape of the product, and on some processors a row's floats then depend on how
many rows the matrix has and where the row stands in it, but never within one block shape; so a
word's products are the same floats whichever words were new beside it. They are kept in a
table of the 16,384 (word, shape) last used (``_PRODUCTS``, 48 MB): a batch's words are often the
last batch's.
The CRF's step takes the best score with ``max`` (the value ``argmax`` points at).

The results equal slovnet's up to float rounding: summing three products instead of one can
change the last bit of a score, so a tag decided by a near-tie could flip. The tags were
identical on all 6,479 distinct paragraphs of the Wikinews corpus, and tests/test_nernet.py
checks the spans against natasha's on the test documents. About twice as fast as slovnet's
loop on the same tokens.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from slovnet.shape import word_shape

from .. import caches

# rows of one product of the first layer's table: the floats of a row are the same in every
# block of this many rows on the processors tried (a block of 32 was not, on an AMD EPYC)
BLOCK_ROWS = 16
CHUNK_TOKENS = 4096  # rows per matrix product: big enough to amortise numpy's per-call cost
# (word id, shape id) by word, oldest forgotten first. Keyed by the word alone: there is one
# network per process (``loaders.ner_network``), and a new one starts it afresh.
_ENCODED = caches.memo(f"{__name__}.encoded", caches.WORDS)
# The row of the network's product table that holds the first layer's three products of a
# (word id, shape id), by word id * shapes + shape id, least recently used forgotten first: the
# words of one batch are often the words of the last (3 KB a row: 48 MB when full).
_PRODUCTS = caches.memo(f"{__name__}.products", caches.VECTORS)


@dataclass(frozen=True)
class _Layer:
    """One convolution (width 3, padding 1), ReLU and batch norm, as slovnet stores them."""

    kernels: tuple[np.ndarray, np.ndarray, np.ndarray]  # (in, out) for offsets -1, 0, +1
    bias: np.ndarray
    mean: np.ndarray
    std: np.ndarray
    weight: np.ndarray
    norm_bias: np.ndarray

    def __call__(self, rows: np.ndarray, separators: np.ndarray) -> np.ndarray:
        before, centre, after = self.kernels
        out = np.zeros((rows.shape[0], centre.shape[1]), dtype=rows.dtype)
        inner = out[1:-1]
        np.matmul(rows[:-2], before, out=inner)
        inner += rows[1:-1] @ centre
        inner += rows[2:] @ after
        return self._finish(out, separators)

    def distinct(self, inputs: np.ndarray, where: np.ndarray, separators: np.ndarray) -> np.ndarray:
        """``self(inputs[where], separators)``, up to float rounding, when inputs has distinct
        rows: each row's three products are computed once (``products``) and added row by row
        as ``__call__`` adds them. The first layer's input row depends on the word and its
        shape alone."""
        return self.sums(self.products(inputs), where, separators)

    def products(self, inputs: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """inputs times each kernel, ``BLOCK_ROWS`` rows at a time (one stacked product): a
        row's floats do not depend on the other rows."""
        count, width = inputs.shape
        blocks = np.zeros((-(-count // BLOCK_ROWS), BLOCK_ROWS, width), dtype=inputs.dtype)
        blocks.reshape(-1, width)[:count] = inputs
        before, centre, after = (
            (blocks @ kernel).reshape(-1, kernel.shape[1])[:count] for kernel in self.kernels
        )
        return before, centre, after

    def sums(
        self,
        products: tuple[np.ndarray, np.ndarray, np.ndarray],
        where: np.ndarray,
        separators: np.ndarray,
    ) -> np.ndarray:
        """The layer's output for rows whose products are ``products``' rows ``where``."""
        before, centre, after = products
        out = np.zeros((len(where), centre.shape[1]), dtype=centre.dtype)
        inner = out[1:-1]
        np.take(before, where[:-2], axis=0, out=inner)
        inner += centre[where[1:-1]]
        inner += after[where[2:]]
        return self._finish(out, separators)

    def _finish(self, out: np.ndarray, separators: np.ndarray) -> np.ndarray:
        """Bias, ReLU and batch norm of the products' sums (out's first and last rows zero)."""
        out[1:-1] += self.bias
        np.maximum(out, 0, out=out)
        out -= self.mean  # (out - mean) / std * weight + norm_bias, in place
        out /= self.std
        out *= self.weight
        out += self.norm_bias
        out[separators] = 0
        return out


class NERNetwork:
    """Tags (``B-PER``, ``I-ORG``, ``O``...) of tokenised texts, batch after batch."""

    def __init__(self, tagger: Any) -> None:
        """Takes the weights and vocabularies of natasha's NewsNERTagger (a slovnet NER with
        navec injected); the tagger itself is not used afterwards."""
        encoder, model = tagger.infer.encoder, tagger.infer.model
        self._words, self._shapes = encoder.words_vocab, encoder.shapes_vocab
        navec, shape = model.emb.word, model.emb.shape
        self._indexes, codes = navec.indexes.array, navec.codes.array
        # navec's codes (subvector, centroid, dims) as one row per (subvector, centroid), and
        # the first row of each subvector's: a word's subvectors are rows index + offset
        subvectors, centroids, dims = codes.shape
        self._code_rows = codes.reshape(subvectors * centroids, dims)
        self._code_offsets = np.arange(subvectors, dtype=np.intp) * centroids
        self._shape_table = shape.weight.array
        self._layers = [_layer(layer) for layer in model.encoder.layers]
        proj = model.head.proj
        self._proj, self._proj_bias = proj.weight.array, proj.bias.array
        self._transitions = model.head.crf.transitions.array
        self._tags = list(tagger.infer.decoder.tags_vocab.items)
        _ENCODED.clear()  # the word ids of another network's vocabulary
        _PRODUCTS.clear()  # the products of another network's weights
        self._products = tuple(np.empty((0, len(k[0])), k.dtype) for k in self._layers[0].kernels)
        self._free: list[int] = []  # rows of the product table no key holds, last used first

    def tag(self, texts: Sequence[Sequence[str]]) -> Iterator[list[str]]:
        """The tag of every word of every text (each text non-empty), in input order."""
        for chunk in _chunks(texts, CHUNK_TOKENS):
            yield from self._tag_chunk(chunk)

    def _tag_chunk(self, texts: Sequence[Sequence[str]]) -> list[list[str]]:
        lengths = np.array([len(words) for words in texts])
        starts = np.cumsum(lengths + 1) - lengths  # row of each text's first word
        word_ids, shape_ids, separators = self._packed(texts, lengths)
        rows = self._first_layer(word_ids, shape_ids, separators)
        for layer in self._layers[1:]:
            rows = layer(rows, separators)
        emissions = rows @ self._proj + self._proj_bias
        paths = _viterbi(emissions, starts, lengths, self._transitions)
        return [[self._tags[i] for i in path] for path in paths]

    def _packed(
        self, texts: Sequence[Sequence[str]], lengths: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The word ids, shape ids and separators of every row of the texts packed end to
        end, a separator row (the padding ids) between two texts and at both ends."""
        total = int(lengths.sum()) + len(texts) + 1
        # the row of each word: its place among all words, plus one separator per text so far
        words_rows = np.arange(total - len(texts) - 1)
        words_rows += np.repeat(np.arange(1, len(texts) + 1), lengths)
        known, encode = _ENCODED.get, self._encode
        encoded = np.array([known(word) or encode(word) for words in texts for word in words])
        separators = np.ones(total, dtype=bool)
        separators[words_rows] = False
        word_ids = np.full(total, self._words.pad_id)
        shape_ids = np.full(total, self._shapes.pad_id)
        word_ids[words_rows], shape_ids[words_rows] = encoded[:, 0], encoded[:, 1]
        return word_ids, shape_ids, separators

    def _first_layer(
        self, word_ids: np.ndarray, shape_ids: np.ndarray, separators: np.ndarray
    ) -> np.ndarray:
        """The first layer's output: its products computed once per distinct (word id, shape
        id) of the chunk (about half its words)."""
        first, shapes = self._layers[0], len(self._shape_table)
        distinct, where = np.unique(word_ids * shapes + shape_ids, return_inverse=True)
        slots = self._slots(distinct)
        if slots is None:  # more distinct words than the table keeps
            return first.distinct(self._embed(*np.divmod(distinct, shapes)), where, separators)
        return first.sums(self._products, slots[where], separators)

    def _slots(self, keys: np.ndarray) -> np.ndarray | None:
        """The rows of the product table (``_PRODUCTS``) that hold the first layer's products
        of each key (word id * shapes + shape id), the new ones computed and stored in free
        rows or those of the least recently used; None when there are more keys than the table
        keeps."""
        bound = _PRODUCTS.maxsize
        if len(keys) > bound:
            return None
        if len(_PRODUCTS) + len(self._free) != bound:  # emptied or resized: rows taken anew
            if len(self._products[0]) < bound:
                self._products = tuple(_grown(table, bound) for table in self._products)
            taken = set(_PRODUCTS.values())
            self._free = [row for row in range(bound - 1, -1, -1) if row not in taken]
        listed = keys.tolist()
        known, last = _PRODUCTS.get, _PRODUCTS.move_to_end
        slots = [known(key) for key in listed]
        new = [i for i, slot in enumerate(slots) if slot is None]
        for key in listed:
            if key in _PRODUCTS:
                last(key)
        if new:
            while len(_PRODUCTS) + len(new) > bound:  # the oldest, none of these keys
                self._free.append(_PRODUCTS.popitem(last=False)[1])
            rows = [self._free.pop() for _ in new]
            inputs = self._embed(*np.divmod(keys[new], len(self._shape_table)))
            for table, products in zip(self._products, self._layers[0].products(inputs)):
                table[rows] = products
            for i, row in zip(new, rows):
                _PRODUCTS[listed[i]] = row
                slots[i] = row
        return np.array(slots)

    def _encode(self, word: str) -> tuple[int, int]:
        """(word id, shape id), as slovnet's encoder computes them, cached by word."""
        found = _ENCODED.get(word)
        if found is None:
            found = self._words.encode(word.lower()), self._shapes.encode(word_shape(word))
            _ENCODED.remember(word, found)
        return found

    def _embed(self, word_ids: np.ndarray, shape_ids: np.ndarray) -> np.ndarray:
        """navec's product-quantised vectors joined with the shape embedding (both zero for the
        padding ids of the separator rows). The codes are gathered with ``np.take`` from one
        table of rows and written into the joined array in place: half the time of indexing
        the codes by (subvector, index) pairs and concatenating (the same floats)."""
        distinct, where = np.unique(word_ids, return_inverse=True)  # a word repeats in a batch
        rows = (self._indexes[distinct] + self._code_offsets).ravel()
        words = np.take(self._code_rows, rows, axis=0).reshape(len(distinct), -1)
        width, shape_width = words.shape[1], self._shape_table.shape[1]
        out = np.empty((len(word_ids), width + shape_width), dtype=words.dtype)
        np.take(words, where, axis=0, out=out[:, :width])
        np.take(self._shape_table, shape_ids, axis=0, out=out[:, width:])
        return out


def _grown(table: np.ndarray, rows: int) -> np.ndarray:
    """table with room for rows rows, its own first."""
    grown = np.empty((rows, table.shape[1]), table.dtype)
    grown[: len(table)] = table
    return grown


def _layer(layer: Any) -> _Layer:
    conv, norm = layer.conv, layer.norm
    weight = conv.weight.array  # (out, in, 3)
    kernels = tuple(np.ascontiguousarray(weight[:, :, k].T) for k in range(3))
    return _Layer(
        kernels,  # type: ignore[arg-type]
        conv.bias.array,
        norm.mean.array,
        norm.std.array,
        norm.weight.array,
        norm.bias.array,
    )


def _chunks(texts: Sequence[Sequence[str]], size: int) -> Iterator[Sequence[Sequence[str]]]:
    """Runs of consecutive texts of about size words in all (a longer text is a run alone)."""
    start, words = 0, 0
    for i, text in enumerate(texts):
        if words and words + len(text) > size:
            yield texts[start:i]
            start, words = i, 0
        words += len(text)
    if start < len(texts):
        yield texts[start:]


def _viterbi(
    emissions: np.ndarray, starts: np.ndarray, lengths: np.ndarray, transitions: np.ndarray
) -> list[np.ndarray]:
    """The best tag path of every text (slovnet's CRF decoding: no start or end scores, the
    first best on ties), all texts stepped together, longest first."""
    order = np.argsort(-lengths, kind="stable")
    sorted_lengths, first_rows = lengths[order], starts[order]
    steps = int(sorted_lengths[0])
    active = (sorted_lengths[None, :] > np.arange(steps)[:, None]).sum(1)  # texts alive at step
    final = np.empty((len(order), transitions.shape[0]), dtype=emissions.dtype)
    score = emissions[first_rows]
    history = []
    for step in range(1, steps):
        alive = active[step]
        final[alive : active[step - 1]] = score[alive:]  # texts that ended at step - 1
        candidates = score[:alive, :, None] + transitions
        candidates += emissions[first_rows[:alive] + step][:, None, :]
        history.append(candidates.argmax(1))
        score = candidates.max(1)  # the value argmax points at
    final[: active[steps - 1]] = score
    tags = np.empty((len(order), steps), dtype=np.intp)
    current = final.argmax(1)
    for step in range(steps - 1, -1, -1):
        alive = active[step]
        tags[:alive, step] = current[:alive]
        if step:
            current[:alive] = history[step - 1][np.arange(alive), current[:alive]]
    paths: list[np.ndarray] = [np.empty(0)] * len(order)
    for rank, text in enumerate(order):
        paths[text] = tags[rank, : sorted_lengths[rank]]
    return paths

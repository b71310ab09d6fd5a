"""slovnet's CNN encoder (the convolutions of natasha's morphology tagger and syntax parser), the
same floats with fewer copies.

slovnet's ``CNNEncoder`` turns a batch (batch x words x features) to features first, and each
``Conv1d`` pads it with ``np.pad``, builds its windows and turns the result back; ReLU and batch
norm each turn it again. Here the batch stays words first: a layer pads it into a zeroed array
(the pad rows zero, as ``np.pad`` makes them), reads the same windows of it (features, then the
three words, the order slovnet's window matrix has), multiplies that window matrix, laid out as
slovnet's, by the same kernel, and applies ReLU, batch norm and the padding mask element by
element, which gives the same floats whatever the layout. Only the time of the small batches of
the fallback goes (``np.pad`` and the turning were a third of a call).
"""

from __future__ import annotations

from typing import Any

import numpy as np


class Layer:
    """One of slovnet's ``CNNEncoderLayer``: convolution, ReLU, batch norm, on words-first rows."""

    def __init__(self, layer: Any) -> None:
        conv, norm = layer.conv, layer.norm
        filters, width, self.kernel_size = conv.weight.shape
        self.padding = conv.padding
        # slovnet's (filters, in * kernel) view, transposed as it multiplies it
        self.weight = conv.weight.array.reshape(filters, width * self.kernel_size).T
        self.bias = conv.bias.array
        self.mean, self.std = norm.mean.array, norm.std.array
        self.scale, self.shift = norm.weight.array, norm.bias.array

    def __call__(self, rows: np.ndarray) -> np.ndarray:
        batch, words, width = rows.shape
        padded = np.zeros((batch, words + 2 * self.padding, width), dtype=rows.dtype)
        padded[:, self.padding : self.padding + words] = rows
        count = words + 2 * self.padding - self.kernel_size + 1
        step_batch, step_word, step_feature = padded.strides
        windows = np.ndarray(  # a view of padded, as slovnet builds it
            (batch, count, width, self.kernel_size),
            dtype=padded.dtype,
            buffer=padded.data,
            strides=(step_batch, step_word, step_feature, step_word),
        ).reshape(batch * count, width * self.kernel_size)  # a C-ordered copy, as slovnet's
        output = np.matmul(windows, self.weight) + self.bias
        output = output.reshape(batch, count, -1).clip(0)
        return (output - self.mean) / self.std * self.scale + self.shift


class Encoder:
    """slovnet's ``CNNEncoder``: ``(input, pad_mask) -> output``, both batch x words x features."""

    def __init__(self, encoder: Any) -> None:
        self.original = encoder  # slovnet's, for the test that compares the two
        self.layers = [Layer(layer) for layer in encoder.layers]

    def __call__(self, input: np.ndarray, mask: np.ndarray) -> np.ndarray:
        rows = input
        for layer in self.layers:
            rows = layer(rows)
            rows[mask] = 0
        return rows


def install(model: Any) -> None:
    """Give a loaded slovnet model (natasha's tagger's or parser's) this encoder, once."""
    if not isinstance(model.encoder, Encoder):
        model.encoder = Encoder(model.encoder)

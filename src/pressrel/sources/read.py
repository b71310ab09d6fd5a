"""Reading paths: ``read_documents`` sends each path to the right reader (stdin for ``-``, the
walk for a folder, the corpus reader for JSON Lines, ``decode`` for a text file: one document),
and ``count_documents`` says how many documents that will give, for progress bars."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from ..records import Document, DocumentError
from .corpus import read_corpus
from .decode import DecodeError, decode_bytes
from .items import DocumentWarning, Item, reason, shown
from .walk import CORPUS_SUFFIXES, expand

STDIN = "-"
INPUT_FORMATS = ("auto", "text", "jsonl")


def read_documents(
    paths: Iterable[str], input_format: str = "auto", encoding: str | None = None
) -> Iterator[Item]:
    """Every document of every path, in order; folders are walked recursively, sorted."""
    for path in paths:
        if path == STDIN:
            yield from _read_stream(STDIN, sys.stdin.buffer, input_format, encoding)
            continue
        for file in expand(path):
            if isinstance(file, DocumentError):
                yield file
            else:
                yield from _read_file(file, input_format, encoding)


def _read_file(path: str, input_format: str, encoding: str | None) -> Iterator[Item]:
    name = shown(path)
    try:
        stream = open(path, "rb")  # noqa: SIM115 - closed below, after streaming
    except OSError as error:
        yield DocumentError(name, reason(error))
        return
    with stream:
        yield from _read_stream(name, stream, input_format, encoding)


def _read_stream(
    name: str, stream: BinaryIO, input_format: str, encoding: str | None
) -> Iterator[Item]:
    if is_corpus(name, input_format):
        yield from read_corpus(name, stream, encoding)
        return
    try:
        decoded = decode_bytes(stream.read(), encoding)
    except (OSError, DecodeError) as error:
        yield DocumentError(name, reason(error))
        return
    if decoded.warning:
        yield DocumentWarning(name, decoded.warning)
    yield Document(name, decoded.text, source=name)


def is_corpus(name: str, input_format: str) -> bool:
    if input_format != "auto":
        return input_format == "jsonl"
    return name.lower().endswith(CORPUS_SUFFIXES)


def count_documents(paths: Iterable[str], input_format: str = "auto") -> int | None:
    """How many documents read_documents will yield (None when stdin is among the paths):
    for progress bars, so it only counts regular files and corpus lines, opening nothing else."""
    total = 0
    for path in paths:
        if path == STDIN:
            return None
        for file in expand(path):
            if isinstance(file, str):
                total += _count_lines(file) if is_corpus(file, input_format) else 1
    return total


def _count_lines(path: str) -> int:
    try:
        with open(path, "rb") as stream:
            return sum(1 for line in stream if line.strip())
    except OSError:
        return 1

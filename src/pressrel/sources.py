"""Where documents come from: files, folders, stdin and JSON Lines corpora.

``read_documents`` streams ``Document`` records, and a ``DocumentError`` for every input that
cannot be read (missing file, undecodable bytes, a bad JSON line): errors are values here, never
exceptions, so one bad file never stops a run.

Decoding: UTF-8 (a leading BOM is dropped); bytes that are not UTF-8 are decoded with the
encoding charset-normalizer detects (Russian archives are full of cp1251 and koi8-r), unless an
encoding is given. Text is kept exactly as decoded: no newline translation, so offsets into it
are offsets into what the user's tools see.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from .records import Document, DocumentError

STDIN = "-"
TEXT_SUFFIXES = (".txt",)
CORPUS_SUFFIXES = (".jsonl", ".ndjson")
INPUT_FORMATS = ("auto", "text", "jsonl")


class DecodeError(ValueError):
    pass


def read_documents(
    paths: Iterable[str], input_format: str = "auto", encoding: str | None = None
) -> Iterator[Document | DocumentError]:
    """Every document of every path, in order; folders are walked recursively, sorted."""
    for path in paths:
        if path == STDIN:
            yield from _read_stream(STDIN, sys.stdin.buffer, input_format, encoding)
        elif os.path.isdir(path):
            for file in _walk(Path(path)):
                yield from _read_file(str(file), input_format, encoding)
        else:
            yield from _read_file(path, input_format, encoding)


def _walk(folder: Path) -> Iterator[Path]:
    """Text and corpus files under folder, depth-first in sorted order; hidden entries skipped."""
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry)
        elif entry.suffix.lower() in TEXT_SUFFIXES + CORPUS_SUFFIXES:
            yield entry


def _read_file(
    path: str, input_format: str, encoding: str | None
) -> Iterator[Document | DocumentError]:
    try:
        stream = open(path, "rb")  # noqa: SIM115 - closed below, after streaming
    except OSError as error:
        yield DocumentError(path, error.strerror or str(error))
        return
    with stream:
        yield from _read_stream(path, stream, input_format, encoding)


def _read_stream(
    name: str, stream: BinaryIO, input_format: str, encoding: str | None
) -> Iterator[Document | DocumentError]:
    if _is_corpus(name, input_format):
        yield from _read_corpus(name, stream, encoding)
        return
    try:
        yield Document(name, decode(stream.read(), encoding))
    except (OSError, DecodeError) as error:
        yield DocumentError(name, _reason(error))


def _is_corpus(name: str, input_format: str) -> bool:
    if input_format != "auto":
        return input_format == "jsonl"
    return name.lower().endswith(CORPUS_SUFFIXES)


def _read_corpus(
    name: str, stream: BinaryIO, encoding: str | None
) -> Iterator[Document | DocumentError]:
    """One document per line, ``{"id": ..., "text": ...}``; a line's id defaults to name:line."""
    try:
        for number, raw in enumerate(stream, 1):
            if not raw.strip():
                continue
            where = f"{name}:{number}"
            try:
                yield _corpus_document(decode(raw, encoding), where)
            except (DecodeError, ValueError) as error:
                yield DocumentError(where, _reason(error))
    except OSError as error:
        yield DocumentError(name, _reason(error))


def _corpus_document(line: str, where: str) -> Document:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as error:
        raise ValueError(f"invalid JSON: {error.msg} (column {error.colno})") from None
    if not isinstance(item, dict):
        raise ValueError("a corpus line must be a JSON object with a 'text' key")
    text = item.get("text")
    if not isinstance(text, str):
        raise ValueError("no string 'text' key")
    doc_id = item.get("id")
    return Document(where if doc_id is None else str(doc_id), text)


def decode(data: bytes, encoding: str | None = None) -> str:
    """Bytes to text: the given encoding, else UTF-8, else the detected encoding."""
    if encoding:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as error:
            raise DecodeError(f"cannot decode as {encoding}: {error}") from None
    if b"\x00" in data[:8192]:
        raise DecodeError("binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return _detect(data)


def _detect(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1251", "koi8_r", "cp866", "iso8859_5"]).best()
    if best is None:
        raise DecodeError("not UTF-8 and no known Cyrillic encoding fits (try --encoding)")
    return str(best)


def _reason(error: Exception) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error)


def count_documents(paths: Iterable[str], input_format: str = "auto") -> int | None:
    """How many documents read_documents will yield (None when stdin is among the paths):
    for progress bars, so it only counts files and corpus lines."""
    total = 0
    for path in paths:
        if path == STDIN:
            return None
        files = _walk(Path(path)) if os.path.isdir(path) else [Path(path)]
        for file in files:
            total += _count_lines(file) if _is_corpus(str(file), input_format) else 1
    return total


def _count_lines(path: Path) -> int:
    try:
        with open(path, "rb") as stream:
            return sum(1 for line in stream if line.strip())
    except OSError:
        return 1

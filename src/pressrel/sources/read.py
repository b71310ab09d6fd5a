"""Reading paths: ``read_documents`` sends each path to the right reader (stdin for ``-``, the
walk for a folder, the corpus reader for JSON Lines, ``decode`` for a text file: one document),
and ``count_documents`` says how many documents that will give, for progress bars. A ``.json``
file is a JSON array of documents (``arrays``), an ``.html`` page is read with the html extra
(``html``).

A file compressed with gzip, bzip2 or xz (``a.txt.gz``, ``c.jsonl.xz``) is read through the
standard library, by the name under its compression suffix. A file named on the command line
whose kind pressrel does not read (``.docx``, ``.pdf``, ``.zip``, ``.csv``, ``.xml``, a ``.gz``
of one...) is an error that says so, unless ``--input-format`` says how to read it;
any other name is read as text."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from ..compression import DAMAGED, OPENERS
from ..records import Document, DocumentError, OutOfMemory
from .arrays import count_items, read_array
from .corpus import read_corpus
from .decode import DecodeError, decode_bytes
from .html import HTML_SUFFIXES, read_html
from .items import DocumentWarning, Item, reason, shown
from .walk import ARRAY_SUFFIXES, CORPUS_SUFFIXES, READS, compression, expand, uncompressed

STDIN = "-"
INPUT_FORMATS = ("auto", "text", "jsonl", "json", "html")
# kinds of file a name says pressrel does not read (named on the command line: an error)
NOT_READ = frozenset(
    (".gz", ".bz2", ".xz", ".zst", ".zip", ".7z", ".rar", ".tar", ".tgz", ".docx", ".doc",
     ".odt", ".rtf", ".pdf", ".epub", ".xlsx", ".xls", ".ods", ".pptx", ".csv", ".tsv",
     ".xml", ".parquet", ".png", ".jpg", ".jpeg", ".gif")
)  # fmt: skip


def read_documents(
    paths: Iterable[str], input_format: str = "auto", encoding: str | None = None
) -> Iterator[Item]:
    """Every document of every path, in order; folders are walked recursively, sorted."""
    for path in paths:
        if path == STDIN:
            yield from _read_stream(STDIN, sys.stdin.buffer, input_format, encoding)
            continue
        for file in expand(path):
            if not isinstance(file, str):  # an error, or the files a folder holds unread
                yield file
            elif file == path and input_format == "auto" and (refused := _not_read(file)):
                yield DocumentError(shown(file), refused)
            else:
                yield from _read_file(file, input_format, encoding)


def _not_read(path: str) -> str | None:
    """Why a file named on the command line is not read, by its name (None: it is read)."""
    if compression(path):
        return None
    suffix = os.path.splitext(path)[1].lower()
    if suffix not in NOT_READ:
        return None
    hint = " (--input-format text, jsonl or json reads it anyway)" if suffix != ".gz" else ""
    return f"pressrel does not read {suffix} files: it reads {READS}{hint}"


def _read_file(path: str, input_format: str, encoding: str | None) -> Iterator[Item]:
    name = shown(path)
    suffix = compression(path)
    try:
        stream = OPENERS[suffix](path, "rb") if suffix else open(path, "rb")  # noqa: SIM115
    except OSError as error:
        yield DocumentError(name, reason(error))
        return
    with stream:
        try:
            yield from _read_stream(name, stream, input_format, encoding, uncompressed(name))
        except DAMAGED as error:  # raised by the decompressor, in the middle of the file
            yield DocumentError(name, f"damaged {suffix} data: {error or type(error).__name__}")


def _read_stream(
    name: str,
    stream: BinaryIO,
    input_format: str,
    encoding: str | None,
    kind: str | None = None,
) -> Iterator[Item]:
    """The documents of stream; kind: the name its content is read by (a compressed file's
    name without its compression suffix)."""
    if is_corpus(kind or name, input_format):
        yield from read_corpus(name, stream, encoding)
        return
    if is_array(kind or name, input_format):
        yield from read_array(name, stream, encoding)
        return
    if _is_html(kind or name, input_format):
        try:
            yield read_html(name, stream.read())
        except OSError as error:
            yield DocumentError(name, reason(error))
        except MemoryError:
            raise OutOfMemory(name) from None
        return
    try:
        decoded = decode_bytes(stream.read(), encoding)
    except (OSError, DecodeError) as error:
        yield DocumentError(name, reason(error))
        return
    except MemoryError:
        raise OutOfMemory(name) from None
    if decoded.warning:
        yield DocumentWarning(name, decoded.warning)
    yield Document(name, decoded.text, source=name)


def is_corpus(name: str, input_format: str) -> bool:
    if input_format != "auto":
        return input_format == "jsonl"
    return name.lower().endswith(CORPUS_SUFFIXES)


def is_array(name: str, input_format: str) -> bool:
    """A JSON array of documents (``.json``, or ``--input-format json``)."""
    if input_format != "auto":
        return input_format == "json"
    return name.lower().endswith(ARRAY_SUFFIXES)


def _is_html(name: str, input_format: str) -> bool:
    if input_format != "auto":
        return input_format == "html"
    return name.lower().endswith(HTML_SUFFIXES)


def count_documents(
    paths: Iterable[str], input_format: str = "auto", encoding: str | None = None
) -> int | None:
    """How many documents read_documents will yield (None when stdin is among the paths): for
    progress bars, so it only counts regular files, corpus lines and the items of JSON arrays
    (scanned, not parsed), opening nothing else."""
    total = 0
    for path in paths:
        if path == STDIN:
            return None
        for file in expand(path):
            if isinstance(file, str):
                if is_array(uncompressed(file), input_format):
                    total += _count_items(file, encoding)
                    continue
                corpus = is_corpus(uncompressed(file), input_format)
                total += _count_lines(file) if corpus else 1
    return total


def _count_items(path: str, encoding: str | None) -> int:
    suffix = compression(path)
    try:
        with OPENERS[suffix](path, "rb") if suffix else open(path, "rb") as stream:
            return count_items(stream, encoding)
    except (OSError, *DAMAGED):
        return 1


def _count_lines(path: str) -> int:
    suffix = compression(path)
    try:
        with OPENERS[suffix](path, "rb") if suffix else open(path, "rb") as stream:
            return sum(1 for line in stream if line.strip())
    except (OSError, *DAMAGED):
        return 1

"""The input cut into parts that workers read by themselves (for Dask): the client only lists
files and looks at a few bytes around each cut, never reads the input.

A part is a run of whole files, or a byte range of one JSON Lines corpus cut at line
boundaries. Documents come out of the parts, in part order, exactly as ``read_documents`` gives
them: the same ids (a range knows the line number it starts at, from ``count_lines`` of the
ranges before it), the same errors, the same encoding (a corpus's is detected on the file's
head by every range). A UTF-16/32 corpus, where a byte 0x0A is no line break, is one part.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from ..records import DocumentError
from .corpus import DETECT_BYTES, corpus_codec, read_corpus_lines, split_lines
from .decode import DecodeError
from .items import Item, reason, shown
from .read import is_corpus, read_documents
from .walk import compression, expand

PART_BYTES = 1 << 20  # a corpus range: about 350 news documents
PART_FILES = 64  # text files in a part


@dataclass(frozen=True)
class Part:
    """Whole files (``files``), or the byte range [start, stop) of the corpus ``corpus``."""

    files: tuple[str, ...] = ()
    corpus: str | None = None
    start: int = 0
    stop: int = 0
    first_line: int = 1  # the line number of the range's first line


def plan(
    paths: Iterable[str],
    input_format: str = "auto",
    part_bytes: int | None = None,
    encoding: str | None = None,
) -> Iterator[Part | DocumentError]:
    """The parts of paths, in input order (a path that cannot be read: its DocumentError).
    Corpus ranges still need their ``first_line``: see ``number``."""
    part_bytes = part_bytes or PART_BYTES
    files: list[str] = []
    for path in paths:
        for file in expand(path):
            ranges = isinstance(file, str) and is_corpus(file, input_format)
            if not isinstance(file, str) or (ranges and not compression(file)):
                if files:
                    yield Part(files=tuple(files))
                    files = []
                if not isinstance(file, str):  # an error, or a folder's files not read
                    yield file
                else:
                    yield from from_corpus(file, part_bytes, encoding)
            else:
                files.append(file)
                if len(files) >= PART_FILES:
                    yield Part(files=tuple(files))
                    files = []
    if files:
        yield Part(files=tuple(files))


def from_corpus(path: str, part_bytes: int, encoding: str | None = None) -> Iterator[Part]:
    """A corpus file's ranges, cut after a newline at about every part_bytes; the whole file
    as one part when its encoding is UTF-16/32 (0x0A is no line break there) or when its head
    cannot be decoded (reported once, as in a local run)."""
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as stream:
            if _whole(stream.read(DETECT_BYTES), encoding):
                yield Part(files=(path,))
                return
            start = 0
            while start < size:
                stop = _line_end(stream, min(start + part_bytes, size), size)
                yield Part(corpus=path, start=start, stop=stop)
                start = stop
    except OSError:
        yield Part(files=(path,))  # read_documents reports it, as a local run does


def _whole(head: bytes, encoding: str | None) -> bool:
    try:
        codec = corpus_codec(head, encoding)
    except DecodeError:
        return True
    return codecs.lookup(codec).name.startswith(("utf-16", "utf-32"))


def _line_end(stream, offset: int, size: int) -> int:
    """The offset just after the first newline at or after offset (size when none)."""
    if offset >= size:
        return size
    stream.seek(offset)
    while chunk := stream.read(1 << 16):
        at = chunk.find(b"\n")
        if at >= 0:
            return offset + at + 1
        offset += len(chunk)
    return size


def count_lines(part: Part) -> int:
    """The lines of a corpus range (worker side: it reads the range); 0 when it cannot, and
    then reading the part reports why."""
    try:
        with open(part.corpus, "rb") as stream:
            stream.seek(part.start)
            return stream.read(part.stop - part.start).count(b"\n")
    except OSError:
        return 0


def number(parts: list[Part], counts: Iterable[int]) -> list[Part]:
    """The parts with each corpus range's first line set from the line counts of the ranges of
    the same corpus before it (counts: one per corpus range, in order)."""
    counts = iter(counts)
    numbered, next_line = [], {}
    for part in parts:
        if part.corpus is None:
            numbered.append(part)
            continue
        first = 1 if part.start == 0 else next_line[part.corpus]
        numbered.append(replace(part, first_line=first))
        next_line[part.corpus] = first + next(counts)
    return numbered


def read_part(
    part: Part, input_format: str = "auto", encoding: str | None = None
) -> Iterator[Item]:
    """The documents (and errors, warnings) of one part, as read_documents gives them."""
    if part.corpus is None:
        yield from read_documents(part.files, input_format, encoding)
        return
    name = shown(part.corpus)
    try:
        with open(part.corpus, "rb") as stream:
            codec = corpus_codec(stream.read(DETECT_BYTES), encoding)
            stream.seek(part.start)
            data = stream.read(part.stop - part.start)
    except (OSError, DecodeError) as error:
        yield DocumentError(name, reason(error))
        return
    yield from read_corpus_lines(name, split_lines(data), codec, part.first_line)

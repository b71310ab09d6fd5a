"""JSON Lines corpora: one document per line, ``{"id": ..., "text": ...}``, blank lines skipped.

A corpus gets one encoding for the whole file, the given one or detected on its first megabyte
(``DETECT_BYTES``, never cutting a character in two); a UTF-16 or UTF-32 corpus is decoded whole, since a byte 0x0A is no newline
there. A line that cannot be decoded (a few invalid UTF-8 bytes are replaced, with a warning),
is not a JSON object with a string ``text``, or has an object or array for id is a
``DocumentError`` for that line, and reading goes on; a file that cannot be read or decoded at
all is one ``DocumentError``. A line's id: a string as it is (lone surrogates escaped), a number
or boolean in its JSON form, ``name:line`` when absent or null.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from ..records import Document, DocumentError, OutOfMemory
from .decode import Decoded, DecodeError, decode_bytes, forced_codec, lossy_utf8
from .items import DocumentWarning, Item, clean, reason

DETECT_BYTES = 1 << 20  # a corpus's encoding is detected on this much of its head


def read_corpus(name: str, stream: BinaryIO, encoding: str | None) -> Iterator[Item]:
    """One document per line, ``{"id": ..., "text": ...}``; a line's id defaults to name:line.
    The encoding is detected once, on the head of the file; a line it cannot decode is an
    error for that line."""
    try:
        head = read_head(stream)
        codec = corpus_codec(head, encoding)
        yield from read_corpus_lines(name, _corpus_lines(head, stream, codec), codec)
    except (OSError, DecodeError) as error:
        yield DocumentError(name, reason(error))


def read_head(stream: BinaryIO) -> bytes:
    """The bytes the encoding is detected on: the file's first DETECT_BYTES; from a pipe, what
    has arrived so far (up to that), so that a stream's first documents are not held back."""
    seekable = getattr(stream, "seekable", lambda: False)()
    read1 = getattr(stream, "read1", None)
    if seekable or read1 is None:
        return stream.read(DETECT_BYTES)
    head = read1(DETECT_BYTES)
    while head and b"\n" not in head and len(head) < DETECT_BYTES:  # at least one whole line
        more = read1(DETECT_BYTES - len(head))
        if not more:
            break
        head += more
    return head


def read_corpus_lines(
    name: str, lines: Iterable[bytes | str], codec: str, first_line: int = 1
) -> Iterator[Item]:
    """The documents of a corpus's lines (numbered from first_line), blank lines skipped.
    Memory running out on a line raises OutOfMemory naming it."""
    reading = first_line  # the line being read, named when memory runs out
    try:
        for number, raw in enumerate(lines, first_line):
            reading = number
            if raw.strip():
                yield from _corpus_line(raw, codec, name, number)
            reading = number + 1
    except MemoryError:
        raise OutOfMemory(f"{name}:{reading}") from None


def split_lines(data: bytes) -> list[bytes]:
    """data's lines, each with its b"\n" (only b"\n" ends a line, as when reading a file)."""
    *lines, tail = data.split(b"\n")
    return [line + b"\n" for line in lines] + ([tail] if tail else [])


def corpus_codec(head: bytes, encoding: str | None) -> str:
    """The codec every line of a corpus is decoded with: the given one, else head's."""
    if encoding:
        return forced_codec(encoding)
    if len(head) == DETECT_BYTES and b"\n" in head:
        head = head[: head.rindex(b"\n") + 1]  # no character cut in two
    return decode_bytes(_whole_characters(head)).codec


def _whole_characters(head: bytes) -> bytes:
    """head without a UTF-8 sequence cut short at its end (a first line longer than the
    detection window can cut a character in two, and UTF-8 would then be ruled out). Heads
    with NUL bytes (UTF-16/32) are left as they are."""
    if b"\0" in head[:4096]:
        return head
    decoder = codecs.getincrementaldecoder("utf-8")("replace")
    decoder.decode(head, final=False)
    pending, _ = decoder.getstate()
    return head[: len(head) - len(pending)] if pending else head


def _corpus_lines(head: bytes, stream: BinaryIO, codec: str) -> Iterator[bytes | str]:
    """The lines of head and the rest of stream: bytes, or text for UTF-16/32, where a byte
    0x0A is not a newline (such a file is decoded whole)."""
    if codecs.lookup(codec).name.startswith(("utf-16", "utf-32")):
        try:
            yield from (head + stream.read()).decode(codec).split("\n")
        except UnicodeDecodeError as error:
            raise DecodeError(f"cannot decode as {codec}: {error}") from None
        return
    *lines, tail = head.split(b"\n")
    yield from (line + b"\n" for line in lines)
    for line in stream:
        yield tail + line
        tail = b""
    if tail:
        yield tail


def _corpus_line(raw: bytes | str, codec: str, name: str, number: int) -> Iterator[Item]:
    where = f"{name}:{number}"
    try:
        decoded = Decoded(raw, codec) if isinstance(raw, str) else _decode_line(raw, codec)
        document = _corpus_document(decoded.text, name, number)
    except ValueError as error:  # DecodeError, bad JSON, bad id
        yield DocumentError(where, reason(error), line=number)
        return
    if decoded.warning:
        yield DocumentWarning(where, decoded.warning)
    yield document


def _decode_line(raw: bytes, codec: str) -> Decoded:
    try:
        return Decoded(raw.decode(codec), codec)
    except UnicodeDecodeError as error:
        lossy = lossy_utf8(raw) if codec == "utf-8-sig" else None
        if lossy is None:
            raise DecodeError(f"cannot decode as {codec}: {error}") from None
        return lossy


def _corpus_document(line: str, name: str, number: int) -> Document:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as error:
        raise ValueError(f"invalid JSON: {error.msg} (column {error.colno})") from None
    except RecursionError:  # arrays or objects nested ~1,000 deep: this line only, not the run
        raise ValueError("invalid JSON: nested too deeply to read") from None
    return corpus_document(item, name, number, "line")


def corpus_document(item: object, name: str, number: int, unit: str) -> Document:
    """The document of one parsed corpus entry (a JSON Lines line, a JSON array's item: the
    unit named in the error), numbered from 1; ValueError when it is not one."""
    if not isinstance(item, dict):
        raise ValueError(f"a corpus {unit} must be a JSON object with a 'text' key")
    text = item.get("text")
    if not isinstance(text, str):
        raise ValueError("no string 'text' key")
    document_id = _corpus_id(item.get("id"), f"{name}:{number}")
    return Document(document_id, text, source=name, line=number)


def _corpus_id(value: object, where: str) -> str:
    """A line's id: a string as it is (lone surrogates escaped), a number or boolean in its
    JSON form, null for name:line."""
    if value is None:
        return where
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, (bool, int, float)):
        return json.dumps(value)
    kind = "an object" if isinstance(value, dict) else "an array"
    raise ValueError(f"id must be a string or a number, not {kind}")

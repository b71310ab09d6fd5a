"""JSON arrays of documents: a ``.json`` file holding ``[{"id": ..., "text": ...}, ...]`` is a
corpus, each item one document, read with the rules of a JSON Lines line (``corpus``).

The array is streamed, never loaded whole: its text is decoded as it is read (one encoding for
the file, detected on its head as a corpus's), and each item's end is found by counting
brackets outside strings, so memory holds one item at a time and a pipe's items are analysed as
they arrive. The item is then parsed on its own: an item that is not a document (no string
``text``, an object for id, bad JSON between its brackets, nesting too deep) is a
``DocumentError`` for ``name:ITEM`` (its number, from 1, also its ``line``) and reading goes on.
What leaves no way to find the next item (a file that is not an array, a missing ``,``, the
file ending inside an item, bytes the file's encoding cannot decode) ends the file there, after
the documents read before it.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Iterator
from typing import BinaryIO

from ..records import DocumentError, OutOfMemory
from .corpus import corpus_codec, corpus_document, read_head
from .decode import DecodeError
from .items import Item, reason

CHUNK_BYTES = 1 << 16  # read at a time, once the head is decoded
NOT_AN_ARRAY = 'a .json corpus must be an array of {"id": ..., "text": ...} objects'

_SPACE = re.compile(r"[ \t\n\r]*")
_OUTSIDE = re.compile(r'[\[\]{}"]')  # what changes the depth, outside a string
_INSIDE = re.compile(r'["\\]')  # what ends a string, or escapes the next character
_SCALAR_END = re.compile(r"[\s,\]}]")


def read_array(
    name: str, stream: BinaryIO, encoding: str | None, chunk: int = CHUNK_BYTES
) -> Iterator[Item]:
    """The documents of a JSON array of ``{"id", "text"}`` objects, item by item."""
    try:
        head = read_head(stream)
        text = _Text(head, stream, corpus_codec(head, encoding), chunk)
        yield from _items(name, text)
    except (OSError, DecodeError) as error:
        yield DocumentError(name, reason(error))


def count_items(stream: BinaryIO, encoding: str | None = None) -> int:
    """How many items ``read_array`` yields for stream (documents and errors), found by the
    same scan without parsing any item: for progress bars."""
    try:
        head = read_head(stream)
        text = _Text(head, stream, corpus_codec(head, encoding), CHUNK_BYTES)
        return sum(1 for _ in _items("", text, _unparsed))
    except (OSError, DecodeError):
        return 1


def _items(
    name: str, text: _Text, parse: Callable[[str, str, int], Item] | None = None
) -> Iterator[Item]:
    if not text.skip_space() or text.peek() != "[":
        yield DocumentError(name, NOT_AN_ARRAY)
        return
    text.position += 1
    try:
        yield from _each(name, text, parse or _item)
    except MemoryError:
        raise OutOfMemory(f"{name}:{text.item}") from None


def _each(name: str, text: _Text, parse: Callable[[str, str, int], Item]) -> Iterator[Item]:
    number = 0
    while True:
        if not text.skip_space():
            yield _error(name, number + 1, "invalid JSON: the file ends inside the array")
            return
        if number == 0 and text.peek() == "]":
            return
        number = text.item = number + 1
        raw = text.value()
        if raw is None:
            yield _error(name, number, "invalid JSON: the file ends inside this item")
            return
        yield parse(raw, name, number)
        if not text.skip_space():
            yield _error(name, number + 1, "invalid JSON: the file ends inside the array")
            return
        separator = text.peek()
        text.position += 1
        if separator == "]":
            return
        if separator != ",":
            message = f"invalid JSON: expecting ',' or ']' after item {number}, not {separator!r}"
            yield _error(name, number + 1, message)
            return


def _item(raw: str, name: str, number: int) -> Item:
    try:
        value = json.loads(raw)
    except json.JSONDecodeError as error:
        return _error(name, number, f"invalid JSON: {error.msg} (character {error.pos + 1})")
    except RecursionError:  # arrays or objects nested ~1,000 deep: this item only
        return _error(name, number, "invalid JSON: nested too deeply to read")
    try:
        return corpus_document(value, name, number, "item")
    except ValueError as error:
        return _error(name, number, reason(error))


def _unparsed(raw: str, name: str, number: int) -> Item:
    return DocumentError(f"{name}:{number}", "not parsed: counted")


def _error(name: str, number: int, message: str) -> DocumentError:
    return DocumentError(f"{name}:{number}", message, line=number)


class _Text:
    """The decoded text of a stream, read a chunk at a time as the parser needs it: ``buffer``
    from ``position`` on is what is not parsed yet."""

    def __init__(self, head: bytes, stream: BinaryIO, codec: str, chunk: int) -> None:
        self._decoder = codecs.getincrementaldecoder(codec)()
        self._codec = codec
        self._read = getattr(stream, "read1", stream.read)  # a pipe: what has arrived
        self._chunk = chunk
        self.ended = False
        self.buffer = self._decode(head)
        self.position = 0
        self.item = 1  # the number of the item being read

    def _decode(self, data: bytes, final: bool = False) -> str:
        try:
            return self._decoder.decode(data, final)
        except UnicodeDecodeError as error:
            raise DecodeError(f"cannot decode as {self._codec}: {error}") from None

    def more(self) -> bool:
        """Read one more chunk (False when the stream has ended)."""
        if self.ended:
            return False
        if self.position > len(self.buffer) // 2:  # drop what is parsed, now and then
            self.buffer, self.position = self.buffer[self.position :], 0
        data = self._read(self._chunk)
        if not data:
            self.ended = True
        self.buffer += self._decode(data, final=not data)
        return True

    def skip_space(self) -> bool:
        """Past whitespace, reading on as needed; False when the text ends first."""
        while True:
            self.position = _SPACE.match(self.buffer, self.position).end()
            if self.position < len(self.buffer):
                return True
            if not self.more():
                return False

    def peek(self) -> str:
        return self.buffer[self.position]

    def value(self) -> str | None:
        """The text of the JSON value starting here (None when the stream ends inside it)."""
        scan = _Scan(self.position)
        while (end := scan.end(self.buffer, self.ended)) is None:
            if not self.more():
                return None
        raw = self.buffer[self.position : end]
        self.position = end
        return raw


class _Scan:
    """Where a JSON value ends, found as its text grows, in time linear in its length: the
    brackets outside strings counted (json.loads then parses exactly that much)."""

    def __init__(self, start: int) -> None:
        self.start = self.at = start
        self.depth = 0
        self.in_string = False

    def end(self, text: str, ended: bool) -> int | None:
        """The offset just after the value in text, or None while text holds less than it."""
        if self.at == self.start and text[self.start] not in '[{"':  # a number, true, ...
            found = _SCALAR_END.search(text, self.start)
            return found.start() if found else (len(text) if ended else None)
        if self.at == self.start and text[self.start] == '"':
            self.in_string, self.at = True, self.start + 1
        while True:
            pattern = _INSIDE if self.in_string else _OUTSIDE
            found = pattern.search(text, self.at)
            if found is None:
                self.at = len(text)
                return None
            mark = found[0]
            if mark == "\\":
                if found.end() >= len(text):  # the escaped character is still to come
                    self.at = found.start()
                    return None
                self.at = found.end() + 1
                continue
            self.at = found.end()
            if mark == '"':
                self.in_string = not self.in_string
                if not self.in_string and self.depth == 0:
                    return self.at  # a string, alone
            else:
                self.depth += 1 if mark in "[{" else -1
                if self.depth <= 0:
                    return self.at

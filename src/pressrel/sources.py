"""Where documents come from: files, folders, stdin and JSON Lines corpora.

``read_documents`` streams ``Document`` records, a ``DocumentError`` for every input that
cannot be read (missing file, unlistable folder, FIFO or device, undecodable bytes, a bad JSON
line), and a ``DocumentWarning`` just before a document that was read with losses: errors and
warnings are values here, never exceptions, so one bad file never stops a run. A warning is not
a failure: the CLI prints it on stderr as ``Warning: id: message`` and does not count it.

Trees: folders are walked recursively in sorted order, hidden entries skipped, ``.txt``,
``.jsonl`` and ``.ndjson`` files read. Symlinks are followed, but a folder already visited in
the same walk (a symlink loop, a second link to one folder) is reported once and not descended.
Only regular files are ever opened: a FIFO, socket or device, inside a tree or named on the
command line, is reported and skipped (``-`` alone means stdin). Ids are paths as given, with
bytes that are not UTF-8 shown as ``\\xff`` escapes, so output stays valid UTF-8.

Decoding, unless an encoding is given (``check_encoding`` vets its name; UTF-8 given means a
BOM is dropped too): UTF-32 and UTF-16 by their BOM, or UTF-16 without one when its zero bytes
show it; then NUL bytes mean a binary file; then UTF-8 (a BOM dropped); then UTF-8 with a few
invalid bytes (under 1%), replaced by U+FFFD, with a warning; else the Cyrillic code page
(cp1251, koi8-r, cp866, iso8859-5, mac-cyrillic) among charset-normalizer's candidates whose
text reads most like Russian by letter frequencies and letter case. A JSON Lines corpus gets one
encoding for the whole file, detected on its first megabyte. Text is kept exactly as decoded:
no newline translation, so offsets into it are offsets into what the user's tools see.

Size: reading and decoding stay together because a corpus is read with the codec detection
gives for its head; the rest is the Russian-likeness model (a letter table and a few context
costs), which is data more than code.
"""

from __future__ import annotations

import codecs
import json
import math
import os
import re
import stat
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import BinaryIO, NamedTuple

from .records import Document, DocumentError, Record

STDIN = "-"
TEXT_SUFFIXES = (".txt",)
CORPUS_SUFFIXES = (".jsonl", ".ndjson")
INPUT_FORMATS = ("auto", "text", "jsonl")

SNIFF_BYTES = 8192  # looked at for NUL bytes and BOM-less UTF-16
DETECT_BYTES = 1 << 20  # a corpus's encoding is detected on this much of its head
SCORE_CHARS = 65536  # of each candidate decoding, scored for Russian
LOSSY_SHARE = 0.01  # UTF-8 with fewer invalid bytes than this share is decoded with U+FFFD
CYRILLIC_CODECS = ("cp1251", "koi8_r", "cp866", "iso8859_5", "mac_cyrillic")
WIDE_BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
NOT_FOR_FILES = frozenset({"idna", "punycode", "undefined"})  # text codecs, not file encodings


class DecodeError(ValueError):
    pass


@dataclass(frozen=True)
class DocumentWarning(Record):
    """A document read with losses (bytes replaced); yielded just before the document."""

    id: str
    message: str


class Decoded(NamedTuple):
    text: str
    codec: str  # what decoded it, BOM-aware: utf-8-sig, utf-16, cp1251...
    warning: str | None = None


Item = Document | DocumentError | DocumentWarning


def read_documents(
    paths: Iterable[str], input_format: str = "auto", encoding: str | None = None
) -> Iterator[Item]:
    """Every document of every path, in order; folders are walked recursively, sorted."""
    for path in paths:
        if path == STDIN:
            yield from _read_stream(STDIN, sys.stdin.buffer, input_format, encoding)
            continue
        for file in _expand(path):
            if isinstance(file, DocumentError):
                yield file
            else:
                yield from _read_file(file, input_format, encoding)


# Paths and trees


def _expand(path: str) -> Iterator[str | DocumentError]:
    """The regular files a command-line path stands for: itself, or those of its tree."""
    try:
        info = os.stat(path)
    except OSError as error:
        yield DocumentError(_shown(path), _reason(error))
        return
    if stat.S_ISDIR(info.st_mode):
        yield from _walk(Path(path), {(info.st_dev, info.st_ino)})
    elif stat.S_ISREG(info.st_mode):
        yield path
    else:
        yield _not_regular(path, info.st_mode)


def _walk(folder: Path, seen: set[tuple[int, int]]) -> Iterator[str | DocumentError]:
    """Text and corpus files under folder, depth-first in sorted order; hidden entries skipped.
    seen holds the (device, inode) of the folders this walk has entered."""
    try:
        with os.scandir(folder) as entries:
            names = sorted(entry.name for entry in entries)
    except OSError as error:
        yield DocumentError(_shown(str(folder)), _reason(error))
        return
    for name in names:
        if not name.startswith("."):
            yield from _entry(str(folder / name), seen)


def _entry(path: str, seen: set[tuple[int, int]]) -> Iterator[str | DocumentError]:
    wanted = path.lower().endswith(TEXT_SUFFIXES + CORPUS_SUFFIXES)
    try:
        info = os.stat(path)  # follows symlinks
    except OSError as error:  # a dangling link, a link loop, no permission
        if wanted:
            yield DocumentError(_shown(path), _reason(error))
        return
    if stat.S_ISDIR(info.st_mode):
        key = (info.st_dev, info.st_ino)
        if key in seen:
            yield DocumentError(_shown(path), "symlink loop: folder already visited")
            return
        seen.add(key)
        yield from _walk(Path(path), seen)
    elif wanted:
        yield path if stat.S_ISREG(info.st_mode) else _not_regular(path, info.st_mode)


def _not_regular(path: str, mode: int) -> DocumentError:
    kinds = (
        (stat.S_ISFIFO, "fifo"),
        (stat.S_ISSOCK, "socket"),
        (stat.S_ISCHR, "character device"),
        (stat.S_ISBLK, "block device"),
    )
    kind = next((name for test, name in kinds if test(mode)), "special file")
    return DocumentError(_shown(path), f"not a regular file ({kind})")


def _shown(path: str) -> str:
    """path as valid UTF-8 text: bytes that are not UTF-8 become ``\\xff`` escapes."""
    try:
        return os.fsencode(path).decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate no file system name produces
        return _clean(path)


def _clean(text: str) -> str:
    """text without lone surrogates: they become ``\\ud800`` escapes."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


# Reading


def _read_file(path: str, input_format: str, encoding: str | None) -> Iterator[Item]:
    name = _shown(path)
    try:
        stream = open(path, "rb")  # noqa: SIM115 - closed below, after streaming
    except OSError as error:
        yield DocumentError(name, _reason(error))
        return
    with stream:
        yield from _read_stream(name, stream, input_format, encoding)


def _read_stream(
    name: str, stream: BinaryIO, input_format: str, encoding: str | None
) -> Iterator[Item]:
    if _is_corpus(name, input_format):
        yield from _read_corpus(name, stream, encoding)
        return
    try:
        decoded = _decode(stream.read(), encoding)
    except (OSError, DecodeError) as error:
        yield DocumentError(name, _reason(error))
        return
    if decoded.warning:
        yield DocumentWarning(name, decoded.warning)
    yield Document(name, decoded.text)


def _is_corpus(name: str, input_format: str) -> bool:
    if input_format != "auto":
        return input_format == "jsonl"
    return name.lower().endswith(CORPUS_SUFFIXES)


def _read_corpus(name: str, stream: BinaryIO, encoding: str | None) -> Iterator[Item]:
    """One document per line, ``{"id": ..., "text": ...}``; a line's id defaults to name:line.
    The encoding is detected once, on the head of the file; a line it cannot decode is an
    error for that line."""
    try:
        head = stream.read(DETECT_BYTES)
        codec = _corpus_codec(head, encoding)
        for number, raw in enumerate(_corpus_lines(head, stream, codec), 1):
            if raw.strip():
                yield from _corpus_line(raw, codec, name, number)
    except (OSError, DecodeError) as error:
        yield DocumentError(name, _reason(error))


def _corpus_codec(head: bytes, encoding: str | None) -> str:
    """The codec every line of a corpus is decoded with: the given one, else head's."""
    if encoding:
        return _forced_codec(encoding)
    if len(head) == DETECT_BYTES and b"\n" in head:
        head = head[: head.rindex(b"\n") + 1]  # no character cut in two
    return _decode(head).codec


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
        document = _corpus_document(decoded.text, where)
    except ValueError as error:  # DecodeError, bad JSON, bad id
        yield DocumentError(where, _reason(error), line=number)
        return
    if decoded.warning:
        yield DocumentWarning(where, decoded.warning)
    yield document


def _decode_line(raw: bytes, codec: str) -> Decoded:
    try:
        return Decoded(raw.decode(codec), codec)
    except UnicodeDecodeError as error:
        lossy = _lossy_utf8(raw) if codec == "utf-8-sig" else None
        if lossy is None:
            raise DecodeError(f"cannot decode as {codec}: {error}") from None
        return lossy


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
    return Document(_corpus_id(item.get("id"), where), text)


def _corpus_id(value: object, where: str) -> str:
    """A line's id: a string as it is (lone surrogates escaped), a number or boolean in its
    JSON form, null for name:line."""
    if value is None:
        return where
    if isinstance(value, str):
        return _clean(value)
    if isinstance(value, (bool, int, float)):
        return json.dumps(value)
    kind = "an object" if isinstance(value, dict) else "an array"
    raise ValueError(f"id must be a string or a number, not {kind}")


def _reason(error: Exception) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return _clean(str(error))


# Encodings


def check_encoding(name: str) -> str:
    """The normalised codec name of a text encoding, e.g. ``cp1251`` for ``windows-1251``;
    ValueError for an unknown name or a codec that is not a text encoding (rot13, base64...)."""
    try:
        info = codecs.lookup(name)
    except LookupError:
        raise ValueError(f"unknown encoding {name!r}") from None
    if not info._is_text_encoding or info.name in NOT_FOR_FILES:  # type: ignore[attr-defined]
        raise ValueError(f"{name!r} is not a text encoding")
    return info.name


def decode(data: bytes, encoding: str | None = None) -> str:
    """Bytes to text: the given encoding, else detected (see the module docstring)."""
    return _decode(data, encoding).text


def _decode(data: bytes, encoding: str | None = None) -> Decoded:
    if encoding:
        codec = _forced_codec(encoding)
        try:
            return Decoded(data.decode(codec), codec)
        except UnicodeDecodeError as error:
            raise DecodeError(f"cannot decode as {encoding}: {error}") from None
    return _wide(data) or _narrow(data)


def _forced_codec(encoding: str) -> str:
    try:
        codec = check_encoding(encoding)
    except ValueError as error:
        raise DecodeError(str(error)) from None
    return "utf-8-sig" if codec == "utf-8" else codec


def _wide(data: bytes) -> Decoded | None:
    """UTF-32 or UTF-16 text: told by its BOM, or for UTF-16 without one by its zero bytes."""
    for bom, codec in WIDE_BOMS:
        if data.startswith(bom):
            with suppress(UnicodeDecodeError):
                return Decoded(data.decode(codec), codec)
    if len(data) % 2:
        return None
    sample = data[:SNIFF_BYTES]
    evens, odds = sample[0::2], sample[1::2]
    for codec, high, low in (("utf-16-le", odds, evens), ("utf-16-be", evens, odds)):
        if _utf16_high_bytes(high) and low.count(0) <= len(low) * 0.01:
            with suppress(UnicodeDecodeError):
                text = data.decode(codec)
                if _printable_share(text[:SNIFF_BYTES]) >= 0.95:
                    return Decoded(text, codec)
    return None


def _utf16_high_bytes(high: bytes) -> bool:
    """Whether these bytes look like the high bytes of UTF-16 text: mostly Latin, Greek or
    Cyrillic (0x00-0x04, bytes 8-bit text hardly has), the rest punctuation (0x20, 0x21:
    dashes, quotes, ellipsis, №)."""
    letters = sum(high.count(byte) for byte in range(5))
    punctuation = high.count(0x20) + high.count(0x21)
    return letters >= len(high) * 0.5 and letters + punctuation >= len(high) * 0.95


def _printable_share(text: str) -> float:
    printable = sum(1 for char in text if char.isprintable() or char in "\t\n\r")
    return printable / max(len(text), 1)


def _narrow(data: bytes) -> Decoded:
    if b"\x00" in data[:SNIFF_BYTES]:
        raise DecodeError("binary file (NUL bytes), not text")
    try:
        return Decoded(data.decode("utf-8-sig"), "utf-8-sig")
    except UnicodeDecodeError:
        return _lossy_utf8(data) or _detect(data)


def _lossy_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few invalid bytes, replaced by U+FFFD; None when it is not mostly UTF-8:
    fewer than 1% of the bytes invalid, and ten valid non-ASCII characters for each."""
    text = data.decode("utf-8-sig", "replace")
    replaced = text.count("\ufffd") - data.count("\ufffd".encode())
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    if replaced >= len(data) * LOSSY_SHARE or non_ascii - replaced < 10 * replaced:
        return None
    warning = f"not valid UTF-8: {replaced} invalid byte sequence(s) replaced with U+FFFD"
    return Decoded(text, "utf-8-sig", warning)


def _detect(data: bytes) -> Decoded:
    """The Cyrillic code page among charset-normalizer's candidates whose text reads most like
    Russian: it ranks cp1251 and mac-cyrillic, which share most letters, badly on short texts,
    and on some finds nothing, when the best of all five is taken if it is plainly Russian."""
    from charset_normalizer import from_bytes

    found = [match.encoding for match in from_bytes(data, cp_isolation=CYRILLIC_CODECS)]
    sample = data[:SCORE_CHARS]  # one byte is one character in these code pages
    ranked = _ranked(sample, found or CYRILLIC_CODECS)
    if not found:
        ranked = [codec for codec in ranked[:1] if _plainly_russian(sample.decode(codec))]
    for codec in ranked:
        with suppress(UnicodeDecodeError):
            return Decoded(data.decode(codec), codec)
    raise DecodeError("not UTF-8 and no known Cyrillic encoding fits (try --encoding)")


def _ranked(sample: bytes, codecs_: Iterable[str]) -> list[str]:
    """The codecs that decode sample, the most Russian-reading first (ties in given order)."""
    scores = {}
    for codec in codecs_:
        with suppress(UnicodeDecodeError):
            scores[codec] = _russian_score(sample.decode(codec))
    return sorted(scores, key=scores.__getitem__, reverse=True)


def _plainly_russian(text: str) -> bool:
    """Nearly every non-ASCII character a Cyrillic letter or usual punctuation, and no word
    mixing Latin and Cyrillic letters (what Western text read in a Cyrillic code page gives)."""
    non_ascii = [char for char in text if char >= "\x80"]
    usual = sum(1 for char in non_ascii if _char_cost(char) > ODD_COST)
    return usual >= 0.95 * len(non_ascii) and not MIXED_SCRIPT.search(text)


# How Russian a text reads: a letter-frequency model with letter case. A wrong code page turns
# letters into rare ones, capitals inside words ("днЯ"), small letters into capitals (koi8-r read
# as cp1251), or letters into symbols ("Њосква", "—бербанк"), each costing more than the right
# letter.

_PERCENTS = """о 11 е 8.5 а 8 и 7.4 н 6.7 т 6.3 с 5.5 р 4.7 в 4.5 л 4.4 к 3.5 м 3.2 д 3 п 2.8
у 2.6 я 2 ы 1.9 ь 1.7 г 1.7 з 1.7 б 1.6 ч 1.4 й 1.2 х 1 ж 0.9 ш 0.7 ю 0.6 ц 0.5 щ 0.4 э 0.3
ф 0.3 ъ 0.04 ё 0.1 і 0.2 ї 0.2 є 0.2 ґ 0.2 ў 0.2"""  # in running text; the last five (Ukrainian, Belarusian) in quoted names
_PAIRS = _PERCENTS.split()
LETTER_PERCENT = dict(zip(_PAIRS[::2], map(float, _PAIRS[1::2])))
CAPITAL = math.log(0.1)  # the extra cost of a capital letter
PUNCTUATION_COSTS = {  # typographic characters outside ASCII: Russian quotes and dashes are usual
    **dict.fromkeys("«»—–…№", -4.0),
    **dict.fromkeys("“”„‘’\u00a0°", -7.0),
}
ODD_COST = -12.0  # any other character: a symbol, a Serbian or Macedonian letter
_LOW, _UP = "а-яёіїєґў", "А-ЯЁІЇЄҐЎ"
MIXED_SCRIPT = re.compile(f"[a-zA-Z][{_LOW}{_UP}]|[{_LOW}{_UP}][a-zA-Z]")
CONTEXT_COSTS = tuple(
    (re.compile(pattern), cost)
    for pattern, cost in (
        (f"[{_LOW}][{_UP}]", -6.0),  # a capital after a small letter: "днЯ"
        (f"(?<=[{_UP}])[{_UP}]", 1.6),  # a capital after a capital costs less: "МИД", "РФ"
        (rf"(?:^|[.!?]\s+)[{_UP}]", -CAPITAL),  # a sentence starts with a capital for free
        (rf"(?:^|[.!?]\s+)[{_LOW}]", CAPITAL),  # and seldom with a small letter
        (f"[—–»”…№°][{_LOW}{_UP}]|[{_LOW}{_UP}][«„“]", -6.0),  # punctuation stuck to a word
    )
)


def _russian_score(text: str) -> float:
    """The log-likelihood of text under a crude model of Russian (higher is more Russian);
    scores of one byte string decoded by several single-byte code pages compare."""
    score = sum(count * _char_cost(char) for char, count in Counter(text).items())
    return score + sum(cost * len(pattern.findall(text)) for pattern, cost in CONTEXT_COSTS)


@cache
def _char_cost(char: str) -> float:
    if char < "\x80":
        return 0.0
    lower = char.lower()
    if lower in LETTER_PERCENT:
        cost = math.log(LETTER_PERCENT[lower] / 100)
        return cost if char == lower else cost + CAPITAL
    return PUNCTUATION_COSTS.get(char, ODD_COST)


# Counting


def count_documents(paths: Iterable[str], input_format: str = "auto") -> int | None:
    """How many documents read_documents will yield (None when stdin is among the paths):
    for progress bars, so it only counts regular files and corpus lines, opening nothing else."""
    total = 0
    for path in paths:
        if path == STDIN:
            return None
        for file in _expand(path):
            if isinstance(file, str):
                total += _count_lines(file) if _is_corpus(file, input_format) else 1
    return total


def _count_lines(path: str) -> int:
    try:
        with open(path, "rb") as stream:
            return sum(1 for line in stream if line.strip())
    except OSError:
        return 1

"""Bytes to text: ``decode``, and ``check_encoding`` for the name of a given encoding.

Unless an encoding is given (UTF-8 given means a BOM is dropped too): UTF-32 and UTF-16 by their
BOM, or UTF-16 without one when its zero bytes show it; then NUL bytes mean a binary file; then
UTF-8 (a BOM dropped); then UTF-8 with a few invalid bytes (under 1%), replaced by U+FFFD, with a
warning; else the Cyrillic code page (cp1251, koi8-r, cp866, iso8859-5, mac-cyrillic) among
charset-normalizer's candidates whose text reads most like Russian (``russian``). Bytes no
encoding fits raise ``DecodeError``, which readers turn into a ``DocumentError``. Text is kept
exactly as decoded: no newline translation, so offsets into it are offsets into what the user's
tools see.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterable
from contextlib import suppress
from typing import NamedTuple

from .russian import plainly_russian, russian_score

SNIFF_BYTES = 8192  # looked at for NUL bytes and BOM-less UTF-16
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


class Decoded(NamedTuple):
    text: str
    codec: str  # what decoded it, BOM-aware: utf-8-sig, utf-16, cp1251...
    warning: str | None = None


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
    return decode_bytes(data, encoding).text


def decode_bytes(data: bytes, encoding: str | None = None) -> Decoded:
    """decode, with the codec that decoded data and the warning of a lossy decoding."""
    if encoding:
        codec = forced_codec(encoding)
        try:
            return Decoded(data.decode(codec), codec)
        except UnicodeDecodeError as error:
            raise DecodeError(f"cannot decode as {encoding}: {error}") from None
    return _wide(data) or _narrow(data)


def forced_codec(encoding: str) -> str:
    """The codec for a given encoding (``utf-8-sig`` for UTF-8); DecodeError for a bad name."""
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
        return lossy_utf8(data) or _detect(data)


def lossy_utf8(data: bytes) -> Decoded | None:
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
        ranked = [codec for codec in ranked[:1] if plainly_russian(sample.decode(codec))]
    for codec in ranked:
        with suppress(UnicodeDecodeError):
            return Decoded(data.decode(codec), codec)
    raise DecodeError("not UTF-8 and no known Cyrillic encoding fits (try --encoding)")


def _ranked(sample: bytes, codecs_: Iterable[str]) -> list[str]:
    """The codecs that decode sample, the most Russian-reading first (ties in given order)."""
    scores = {}
    for codec in codecs_:
        with suppress(UnicodeDecodeError):
            scores[codec] = russian_score(sample.decode(codec))
    return sorted(scores, key=scores.__getitem__, reverse=True)

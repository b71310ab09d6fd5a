"""The compressions pressrel reads and writes, all through the standard library: gzip
(``.gz``), bzip2 (``.bz2``) and xz (``.xz``), told by a file's name."""

from __future__ import annotations

import bz2
import gzip
import lzma
import zlib
from typing import BinaryIO

OPENERS = {".gz": gzip.open, ".bz2": bz2.open, ".xz": lzma.open}
SUFFIXES = tuple(OPENERS)
DAMAGED = (EOFError, zlib.error, lzma.LZMAError)  # compressed data cut short or corrupt


def suffix_of(name: str) -> str | None:
    """The compression suffix name ends with (``.gz`` of ``out.jsonl.GZ``), or None."""
    lower = name.lower()
    return next((suffix for suffix in SUFFIXES if lower.endswith(suffix)), None)


def inner(name: str) -> str:
    """name without its compression suffix (the name its content goes by)."""
    suffix = suffix_of(name)
    return name[: -len(suffix)] if suffix else name


def writer(suffix: str, raw: BinaryIO) -> BinaryIO:
    """A stream compressing what is written to it into raw; closing it ends the compressed
    data and leaves raw open. gzip's header holds no time, so the same records give the same
    bytes."""
    if suffix == ".gz":
        return gzip.GzipFile(fileobj=raw, mode="wb", mtime=0)
    return OPENERS[suffix](raw, "wb")

"""What reading yields besides documents, and the text it shows: ``DocumentWarning`` (a document
read with losses), ``Item`` (any of the three values), and ids and messages kept valid UTF-8
(``shown`` for paths, ``clean`` for text, ``reason`` for an exception's message)."""

from __future__ import annotations

import os
from dataclasses import dataclass

from ..records import Document, DocumentError, Record


@dataclass(frozen=True)
class DocumentWarning(Record):
    """A document read with losses (bytes replaced); yielded just before the document."""

    id: str
    message: str


Item = Document | DocumentError | DocumentWarning


def shown(path: str) -> str:
    """path as valid UTF-8 text: bytes that are not UTF-8 become ``\\xff`` escapes."""
    try:
        return os.fsencode(path).decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate no file system name produces
        return clean(path)


def clean(text: str) -> str:
    """text without lone surrogates: they become ``\\ud800`` escapes."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def reason(error: Exception) -> str:
    """The message of a DocumentError for error: the OS's words for an OSError."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return clean(str(error))

"""HTML pages (``.html``, ``.htm``), through the optional extra ``pressrel[html]``
(trafilatura): the page's main text, without navigation and boilerplate, becomes the document,
with its title and its date (trafilatura's metadata) on lines of their own before it, where the
layout reads a title and a date line: ``title``, blank line, ``2015-12-18``, blank line, then
each paragraph of the text (a blank line between them). Without the extra, a page named on the
command line is an error that says how to install it, and a folder's pages are named with the
files it skips."""

from __future__ import annotations

import importlib.util
import logging
from typing import Any

from ..extras import MissingExtra
from ..records import Document, DocumentError

HTML_SUFFIXES = (".html", ".htm")
MISSING = "reading HTML pages needs the html extra: pip install 'pressrel[html]'"


def available() -> bool:
    """Whether the extra is installed (without importing it)."""
    return importlib.util.find_spec("trafilatura") is not None


def require() -> Any:
    """trafilatura, or MissingExtra with the command that installs it."""
    try:
        import trafilatura
    except ImportError:
        raise MissingExtra(MISSING) from None
    for name in ("trafilatura", "htmldate", "courlan"):  # their warnings are not ours to print
        logging.getLogger(name).setLevel(logging.CRITICAL)
    return trafilatura


def read_html(name: str, data: bytes) -> Document | DocumentError:
    """The document of one page's bytes (its encoding told by the page, as a browser would)."""
    try:
        trafilatura = require()
    except MissingExtra as error:
        return DocumentError(name, str(error))
    page = trafilatura.bare_extraction(data, with_metadata=True)
    text = page.text if page is not None else None
    if not text or not text.strip():
        return DocumentError(name, "no text found in the HTML page")
    return Document(name, page_text(page.title, page.date, text), source=name)


def page_text(title: str | None, date: str | None, text: str) -> str:
    """A page as a document's text: title, date, then each line of text as a paragraph (the
    title left out where the text repeats it as its first line)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    title = title.strip() if title else None
    if title and lines and lines[0] == title:
        lines = lines[1:]
    return "\n\n".join(part for part in (title, date, *lines) if part)

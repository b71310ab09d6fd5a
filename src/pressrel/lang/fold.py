"""The one way pressrel compares words: ``fold``.

Two spellings are the same word when they differ only in case, in ё for е, or in typographic
apostrophes and hyphens ("Кот-д’Ивуар" and "кот-д'ивуар"). ``plain`` is the part of that which
keeps the text's length, for scanners whose offsets must stay offsets into the original.
Callers add only what their comparison needs on top (a trailing dot, collapsed spaces).
``name_key`` also drops the hard sign that ends a word in the old spelling some names keep
("Коммерсантъ" is "Коммерсант": no word of today's spelling ends in ъ).
"""

from __future__ import annotations

import re

from .. import caches

_PLAIN = {"ё": "е", "Ё": "Е", "’": "'", "ʼ": "'", "`": "'", "‐": "-", "‑": "-"}
_TYPOGRAPHIC = re.compile("[" + "".join(_PLAIN) + "]")  # searched first: most text has none
OLD_HARD_SIGN = re.compile(r"(?<=[^\W\d_])ъ(?![^\W\d_])")  # "Коммерсантъ": a word's last letter


def plain(text: str) -> str:
    """text with ё as е and typographic apostrophes and hyphens as ASCII: the same length.
    One ``str.replace`` per character (each a fast scan), not ``str.translate`` with a table,
    which looks every character of the text up in a dict: a paragraph with an ё costs a fifth."""
    if _TYPOGRAPHIC.search(text) is None:
        return text
    for typographic, ascii_ in _PLAIN.items():
        text = text.replace(typographic, ascii_)
    return text


def fold(text: str) -> str:
    """The comparison key of text: ``plain`` and casefolded."""
    return plain(text).casefold()


@caches.bounded(caches.SPANS)
def name_key(name: str | None) -> str:
    """The comparison key of a name or a part of one: ``fold``ed, a trailing dot dropped (the
    initial "В." is "в") and so is an old spelling's final hard sign, "" for no name. People
    (``resolve``) and organisations (``orgs.ids``) are joined by it, and ask it of the same
    names at every comparison: cached."""
    key = fold(name or "").rstrip(".")
    return OLD_HARD_SIGN.sub("", key) if "ъ" in key else key

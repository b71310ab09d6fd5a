"""Layout of a press release: sentences (razdel) for now."""

from __future__ import annotations

from razdel import sentenize

from .records import Sentence


def sentences(text: str) -> list[Sentence]:
    """razdel's sentences, with offsets into text."""
    if not text.strip():
        return []
    return [Sentence(s.start, s.stop, s.text) for s in sentenize(text)]

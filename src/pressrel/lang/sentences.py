"""Where a sentence starts, read back from an offset: a capitalised word there may be
capitalised only because it comes first ("Однако", "Мединский назначил")."""

from __future__ import annotations

import re

from .letters import LINE_ENDS
from .marks import NAME_OPENING

SENTENCE_END = ".!?…" + LINE_ENDS
ENDS_A_SENTENCE = re.compile(r"[.!?…](?=\s)|[\n\r]")  # where a sentence ends between two words


def starts_sentence(text: str, start: int) -> bool:
    """Whether only quotation marks, dashes and spaces stand between a sentence end (or the
    start of the text) and offset start."""
    i = start - 1
    while i >= 0 and (text[i].isspace() or text[i] in NAME_OPENING + "—–-("):
        if text[i] in LINE_ENDS:
            return True
        i -= 1
    return i < 0 or text[i] in SENTENCE_END

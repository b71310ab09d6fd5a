"""Finding quotes: top-level quotation spans (multi-paragraph quotes joined), direct speech
opening a line with a dash, and a quote's speech on one line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..lang import speech
from ..lang.marks import LEFT_GUILLEMET
from .shared import PAIRS, SPACE, Span

OPENER = re.compile(f"[{''.join(PAIRS)}]")
# The marks a scan from each opening one stops at: its closing mark and line breaks, and for
# guillemets, which nest, the opening one too.
MARKS = {
    opening: re.compile(f"[{opening if opening == LEFT_GUILLEMET else ''}{closing}\n\r]")
    for opening, closing in PAIRS.items()
}
MAX_NESTING = 3  # « levels inside a quote; deeper is not speech (the old scan went on: only


def quotation_spans(text: str) -> Iterator[Span]:
    """Top-level quotation spans, multi-paragraph quotes joined. Linear in the text: a scan
    jumps from mark to mark, gives up beyond MAX_NESTING levels, and a reopening « that a
    failed scan went through is not scanned again (its scan would be the same)."""
    last = {closer: text.rfind(closer) for closer in set(PAIRS.values())}
    failed: set[int] = set()
    index = 0
    while (opener := OPENER.search(text, index)) is not None:
        open_at = opener.start()
        stop = None
        if open_at not in failed and last[PAIRS[text[open_at]]] > open_at:
            stop = _closing(text, open_at, failed)
        if stop is None:
            index = open_at + 1
            continue
        yield Span(open_at + 1, stop)
        index = stop + 1


# direct speech opening a line (or following a sentence) with a dash, the author's words after
# it set off by a dash:
# "— В Пекине мы договорились о программе, — пояснила Ольга Иванова." (the speech up to its
# comma, or its "!"/"?" included)
DASH_SPEECH = re.compile(
    r"(?m)(?:^[ \t\u00a0]*|(?<=[.!?…])[ \t\u00a0]+)[—–][ \t\u00a0]+"
    r"(?P<speech>[^\n\r«»—–]{3,}?)(?:,|(?<=[!?…]))"
    r"[ \t\u00a0]+[—–][ \t\u00a0]+(?P<author>[^\n\r]{0,60})"
)
AUTHOR_VERB_WORDS = 4  # the speech verb among the author's first words ("— пояснила она")


def dash_speech_spans(text: str) -> Iterator[Span]:
    """Direct speech that opens a line with a dash, when the author's words after it open with
    a speech verb (``DASH_SPEECH``): a line of dialogue with no author is no one's quote."""
    for match in DASH_SPEECH.finditer(text):
        verb = speech.speech_verb(match["author"])
        if verb is not None and len(match["author"][: verb.start()].split()) < AUTHOR_VERB_WORDS:
            yield Span(match.start("speech"), match.end("speech"))


def _closing(text: str, open_at: int, failed: set[int]) -> int | None:
    """Offset of the mark closing the one at open_at; a paragraph break without a close is
    allowed only when the next paragraph reopens the quote with «. The reopening marks of a
    scan that fails are added to failed."""
    opener = text[open_at]
    marks = MARKS[opener]
    depth = 0
    reopened: list[int] = []
    index = open_at + 1
    while (found := marks.search(text, index)) is not None:
        at, char = found.start(), found.group()
        if char == PAIRS[opener] and depth == 0:
            return at
        if char == "«":
            depth += 1
            if depth > MAX_NESTING:
                break
        elif char == "»":
            depth -= 1
        else:  # a line break: the quote goes on, is reopened, or ends unclosed
            following = SPACE.match(text, at).end()  # the next line's first character
            if opener == "«" and depth == 0 and text.startswith("«", following):
                reopened.append(following)
                index = following + 1
                continue
            if text[at + 1 : at + 2] in ("\n", "\r") or following != at + 1:
                break
        index = at + 1
    failed.update(reopened)
    return None


def one_line(speech: str) -> str:
    """One line of speech: paragraph breaks and the « that reopens each paragraph removed."""
    return re.sub(r"\s+", " ", re.sub(r"\s*[\n\r]\s*«", " ", speech)).strip()

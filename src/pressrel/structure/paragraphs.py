"""Paragraphs: runs of non-blank lines, with hard-wrapped lines joined, table rows kept apart."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..lang import gender, morph

ROW_CHARS = 600  # a table row is a short line
WRAP_CHARS = 60  # a line wrapped at a width is longer than this
ROW_GAP = re.compile(r"(?<=\S)(?:[ \u00a0]*\t[ \t\u00a0]*|[ \u00a0]{2,})(?=\S)")
GAPS = ("\t", "  ", "\u00a0\u00a0", " \u00a0", "\u00a0 ")  # one of them is in every ROW_GAP
SENTENCE_END = (".", "!", "?", "…")
NAME_AT_END = re.compile(r"(?<![\w.-])[А-ЯЁ][а-яё]+$")  # a capitalised word ends the line
NAME_AT_START = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?![\w-])")


@dataclass
class Paragraph:
    start: int
    stop: int
    text: str
    kind: str = "body"
    related: int | None = None
    unit: str | None = None  # a table cell's: the unit its table states in a note ("% годовых")


def split_paragraphs(text: str) -> list[Paragraph]:
    """Runs of non-blank lines, split further where a line does not continue into the next;
    a sentence cut by a blank line (a line ending in a word, the next starting in lowercase)
    stays one paragraph."""
    paragraphs = []
    lines = [(line, index == 0) for block in _blocks(text) for index, line in enumerate(block)]
    start = lines[0][0][0] if lines else 0
    for ((line_start, line_stop), _), following in zip(lines, [*lines[1:], None]):
        line = text[line_start:line_stop]
        if following is None:
            goes_on = False
        elif following[1]:  # a blank line between
            goes_on = _cut_sentence(line, text[following[0][0] : following[0][1]])
        else:
            goes_on = _continues(
                line,
                text[following[0][0] : following[0][1]],
                text[line_stop : line_stop + 1].isspace() and text[line_stop] not in "\r\n",
            )
        if not goes_on:
            paragraphs.append(Paragraph(start, line_stop, text[start:line_stop]))
            if following is not None:
                start = following[0][0]
    return paragraphs


def _blocks(text: str) -> list[list[tuple[int, int]]]:
    """Groups of consecutive non-blank lines, each line as its stripped (start, stop)."""
    blocks: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for match in re.finditer(r"[^\r\n]*(?:\r\n|\r|\n|$)", text):
        line = match.group()
        stripped = line.strip()
        if not stripped:
            if current:
                blocks.append(current)
                current = []
            if match.end() >= len(text):
                break
            continue
        lead = len(line) - len(line.lstrip())
        start = match.start() + lead
        current.append((start, start + len(stripped)))
    if current:
        blocks.append(current)
    return blocks


def _continues(line: str, following: str, spaced: bool = False) -> bool:
    """Does a hard-wrapped line go on in the next one? It does when it cuts a sentence (the
    next may hold a run of spaces), and unless one of them is a table row, when the next starts
    in lowercase, it ends with a comma or hyphen, or it is a long line that keeps the space it
    was wrapped at (``spaced``) and ends within a sentence."""
    if _cut_sentence(line, following):
        return True
    if is_row(line) or is_row(following):
        return False
    wrapped = spaced and len(line) > WRAP_CHARS and not line.endswith(SENTENCE_END)
    return (
        wrapped
        or following[:1].islower()
        or line.endswith((",", "-", "\u00ad"))
        or _name_goes_on(line, following)
    )


def _name_goes_on(line: str, following: str) -> bool:
    """Whether a line ends in a given name whose surname opens the next line ("Председателя
    Банка России Эльвиры" / "Набиуллиной по итогам"): the given name declines (pymorphy2 reads
    it as one in a case; not "Али", which does not) and the next word is a surname in that case,
    gender and the singular, or, when pymorphy2 does not know it, ends as such a word does."""
    last, first = NAME_AT_END.search(line), NAME_AT_START.match(following)
    if last is None or first is None:
        return False
    given = {
        (p.tag.gender, morph.case_of(p))
        for p in morph.parses(last[0])
        if "Name" in p.tag and "Fixd" not in p.tag and p.tag.number == "sing"
    }
    if not given:
        return False
    if morph.is_known(first[0]):
        return any((r.gender, r.case) in given for r in gender.surname_forms(first[0]))
    return any(
        (p.tag.gender, morph.case_of(p)) in given and "Fixd" not in p.tag and p.tag.number == "sing"
        for p in morph.parses(first[0])
    )


def _cut_sentence(line: str, following: str) -> bool:
    """A sentence cut in two: a line of a wrapped width that is no table row ends in a letter and
    the next starts in lowercase, whatever runs of spaces the next holds. Short lines (a title,
    a table's cells one a line) are left to ``_continues``."""
    return (
        len(line) > WRAP_CHARS
        and line[-1:].isalpha()
        and following[:1].islower()
        and not is_row(line)
    )


def is_row(line: str) -> bool:
    """A table row: a short line of two or more cells apart by tabs or runs of spaces."""
    if len(line) > ROW_CHARS or not any(gap in line for gap in GAPS):  # the fast common case
        return False
    return ROW_GAP.search(line) is not None


def split(
    paragraphs: list[Paragraph], paragraph: Paragraph, at: int
) -> tuple[Paragraph, Paragraph]:
    """Cut a paragraph of the list in two at an offset into its text (the spaces between go
    to neither); returns both halves."""
    head = paragraph.text[:at].rstrip()
    tail_at = len(paragraph.text) - len(paragraph.text[at:].lstrip())
    first = replace(paragraph, stop=paragraph.start + len(head), text=head)
    second = replace(paragraph, start=paragraph.start + tail_at, text=paragraph.text[tail_at:])
    index = next(i for i, p in enumerate(paragraphs) if p is paragraph)
    paragraphs[index : index + 1] = [first, second]
    return first, second

"""A name in Latin letters right after a noun of an organisation kind, where NER found nothing.

In "журнала ''Rolling Stone''", "холдинг ''Ostchem''", "сообщает агентство Reuters", "в
компании Nichia Chemical Industries" the common noun before the name is in apposition to it and
says what it names (``kinds.ORGANISATION_KINDS``: a magazine, a holding, an agency, a company).
A name in Latin letters does not decline, so it cannot be the noun's dependent as a Russian
name in the genitive can ("команды Петрова": Petrov's team); NER, trained on Cyrillic text,
misses many such names. The noun is a common noun pymorphy2 reads first as a noun;
the name is one or more words of Latin letters, each capitalised (function words "of", "de",
"the"... between them), in wiki italics, quotation marks or bare, and the names listed after
the first one in the same marks ("групп ''Pink Floyd'', ''Genesis'' и ''Yes''") are of the
same kind. No name that any mention covers in part, nor one NER saw as the start of a longer
one; a single capital letter ("группа E") is no name. A Latin-script name in brackets right
after an ORG mention is in apposition to it too: the organisation's name in its own language
("«Хьюстон Кроникл» (Houston Chronicle)", "Госпиталь Святой Марии (St Mary's Hospital)").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ..lang import grammar
from ..lang.letters import CYRILLIC
from ..records import Mention, Unit
from .generic import found_org, overlaps
from .kinds import ORGANISATION_KINDS

LATIN_WORD = r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ɏ0-9&'’.-]*"  # "Süddeutsche", "Federación"
CONNECTOR = r"(?:of|de|del|la|le|y|and|the|for|du|von|van)"
NAME = rf"{LATIN_WORD}(?:[ \u00a0](?:{CONNECTOR}[ \u00a0])?(?:{LATIN_WORD}|[0-9]+))*"
MARK = r"(?P<open>''|[«\"]|)"
AFTER_NOUN = re.compile(
    rf"(?<![{CYRILLIC}-])(?P<noun>[{CYRILLIC}][{CYRILLIC}-]*)[ \u00a0]+\(?{MARK}(?P<name>{NAME})"
)
NAME_START = re.compile(r"[A-ZÀ-ÖØ-Þ]")  # the first letter of NAME: rare in Russian text
NOUN_CHAR = re.compile(rf"[{CYRILLIC}-]")
GLOSS = re.compile(rf"[»”\"']*[ \u00a0]*\([ \u00a0]*(?P<name>{NAME})[ \u00a0]*[);,]")
NEXT_IN_LIST = re.compile(rf"\s*(?:,|и|или)\s+{MARK}(?P<name>{NAME})")
CLOSE = {"''": "''", "«": "»", '"': '"', "": ""}
TRAILING = ".'’"  # a sentence's full stop or a closing apostrophe the name's last word took


def appositions(
    doc: str,
    text: str,
    taken: list[tuple[int, int]],
    sentence_at: Callable[[int], Unit | None],
) -> Iterator[Mention]:
    """ORG mentions (normal form: the name) of the Latin-script names after a noun of an
    organisation kind that no span in taken overlaps and that stand in an analysed sentence."""
    for match in _after_nouns(text):
        if not _is_kind(match["noun"]):
            continue
        for start, stop in _listed(text, match):
            unit = sentence_at(start)
            if unit is None or overlaps(taken, start, stop):
                break
            yield found_org(doc, text, start, stop, unit, normal=text[start:stop])


def glosses(
    text: str,
    mentions: list[Mention],
    sentence_at: Callable[[int], Unit | None],
) -> Iterator[Mention]:
    """ORG mentions of the Latin-script names in brackets right after an ORG mention, which no
    mention covers: the organisation's name in its own language ("«Хьюстон Кроникл» (Houston
    Chronicle)", "Госпиталь Святой Марии (St Mary's Hospital)")."""
    covered = [(m.start, m.stop) for m in mentions]
    for mention in mentions:
        gloss = GLOSS.match(text, mention.stop) if mention.type == "ORG" else None
        if gloss is None:
            continue
        start, stop = gloss.span("name")
        stop = _trimmed(text, start, stop)
        unit = sentence_at(start)
        if unit is None or overlaps(covered, start, stop):
            continue
        covered.append((start, stop))
        yield found_org(mention.doc, text, start, stop, unit, normal=text[start:stop])


def _after_nouns(text: str) -> Iterator[re.Match[str]]:
    """``AFTER_NOUN.finditer(text)``, tried only before a capital of NAME: back over the marks
    and bracket, the spaces and the noun, at the start of its run of letters and hyphens (the
    only place the noun can start: no letter or hyphen before it); a match that would start
    inside the one before it is no match of the scan."""
    end = tried = 0
    for capital in NAME_START.finditer(text):
        start = capital.start()
        while start > capital.start() - 3 and start > 0 and text[start - 1] in "(«\"'":
            start -= 1
        spaces = start
        while start > 0 and text[start - 1] in " \u00a0":
            start -= 1
        if start == spaces:
            continue
        while start > 0 and NOUN_CHAR.match(text, start - 1):
            start -= 1
        if start < max(end, tried):
            continue
        tried = start + 1
        match = AFTER_NOUN.match(text, start)
        if match is not None:
            end = match.end()
            yield match


def _listed(text: str, match: re.Match[str]) -> Iterator[tuple[int, int]]:
    """The name after the noun and those listed after it in the same marks, as (start, stop)."""
    opening = match["open"]
    while match is not None:
        start, stop = match.span("name")
        stop = _trimmed(text, start, stop)
        closed = text.startswith(CLOSE[opening], stop)
        if sum(char.isalpha() for char in text[start:stop]) < 2 or not closed:
            return
        if not opening and _goes_on(text, stop):
            return  # "Apple iPad": the start of a longer name
        yield start, stop
        after = stop + len(CLOSE[opening])
        match = NEXT_IN_LIST.match(text, after)
        if match is not None and match["open"] != opening:
            return


def _trimmed(text: str, start: int, stop: int) -> int:
    """stop moved back over a full stop or apostrophes that close the sentence or the marks."""
    while stop > start + 1 and text[stop - 1] in TRAILING:
        if text[stop - 1] == "." and re.search(r"(?:^|[ \u00a0])[A-Z][a-z]?\.$", text[start:stop]):
            break  # "St." is an abbreviation
        stop -= 1
    return stop


def _goes_on(text: str, stop: int) -> bool:
    """Whether a lower-case Latin word follows: the name NER would have gone on with ("iPad")."""
    return re.match(r"[ \u00a0][a-z]", text[stop : stop + 2]) is not None


def _is_kind(noun: str) -> bool:
    """Whether pymorphy2 reads the word first as a common noun whose lemma is an organisation
    kind ("журнала", "Агентство")."""
    return grammar.first_pos(noun) == "NOUN" and grammar.noun_lemmas(noun)[0] in ORGANISATION_KINDS

"""An organisation named by another one in the genitive after it ("Совет Безопасности ООН",
"Института археологии РАН", "Генеральной ассамблеи ООН"): the chain is an organisation of its
own, as NEREL annotates it: the first organisation's span reaches to the end of the chain, the
governed one stays a mention of its own inside it."""

from __future__ import annotations

from dataclasses import replace

from ..lang import morph
from ..lang.marks import NAME_CLOSING
from ..records import Mention
from .extend import WORD

PERSON = {"Name", "Surn", "Patr"}


def chained(text: str, mentions: list[Mention]) -> list[Mention]:
    """mentions with each ORG mention that another ORG mention governs in the genitive, one
    space after it ("Совет Безопасности" + "ООН"; an abbreviation does not decline), reaching
    to the end of the chain ("Совет Безопасности ООН"), its normal form the first's with the
    rest as written. The governed ones stay as they are."""
    by_start: dict[int, Mention] = {}
    for mention in mentions:
        if mention.type == "ORG" and by_start.get(mention.start, mention).stop <= mention.stop:
            by_start[mention.start] = mention  # the longest at each start
    out = []
    for mention in mentions:
        last = mention
        while mention.type == "ORG" and (after := by_start.get(last.stop + 1)):
            if not _governed(text, last, after):
                break
            last = after
        if last is not mention:
            written = text[mention.stop : last.stop]
            mention = replace(
                mention,
                text=text[mention.start : last.stop],
                stop=last.stop,
                normal=(mention.normal or mention.text) + written,
                name=None,
            )
        out.append(mention)
    return out


def _governed(text: str, head: Mention, after: Mention) -> bool:
    """Whether after is the genitive of head, one space after it in the same sentence."""
    if text[head.stop] != " " or head.sentence != after.sentence:
        return False
    if text[head.stop - 1] in NAME_CLOSING + ")" or after.start < 1:
        return False
    first = WORD.match(text, after.start, after.stop)
    if not first:
        return False
    word = first.group().rstrip(".")
    if word.isupper() or not word.isalpha() or word.isascii():
        return True  # an abbreviation or a foreign name does not decline
    readings = morph.parses(word)
    if any(PERSON & p.tag.grammemes for p in readings[:1]):
        return False  # "Банка России Эльвиры": a person's name NER read as an organisation
    return any(morph.case_of(p) == "gent" for p in readings)

"""Organisations as speakers: through a representative ("представитель «Велес-Капитала»"), where
they speak ("в пресс-службе ФАС"), as the speech verb's subject ("Минфин сообщил") or by the
noun of their kind ("Фонд утверждает").
"""

from __future__ import annotations

import re

from ..lang import morph, speech
from ..lang.letters import CYRILLIC_WORD
from ..lang.marks import QUOTES
from ..records import Mention
from .shared import CLAUSE_BREAK, SPACE, Document

ORG_PLACE = re.compile(r"(?<!\w)(?:во?|у)\s+(?:[\w-]+\s+)?[«\"„“]?$", re.IGNORECASE)
ORG_WITH = re.compile(r"(?<!\w)(?:со?|к|для)\s+(?:[\w-]+\s+)?[«\"„“]?$", re.IGNORECASE)
WORD_BEFORE = re.compile(r"(\w+)\s*[«\"„“]?$")  # the word right before a name
WORD_AFTER = re.compile(r"[»\"”“]?\s*(\w+)")  # the word right after it


def represented_org(found: Document, start: int, stop: int) -> Mention | None:
    """The organisation a representative in text[start:stop] speaks for ("представитель
    «Велес-Капитала»", "пресс-секретарь [ORG Минфина]", "представитель компании «…»"): the one
    named right after that noun, or after the noun of its kind."""
    text = found.text
    for word in CYRILLIC_WORD.finditer(text, start, stop):
        if not speech.is_representative(word.group().lower()):
            continue
        for org in found.orgs_at.within(word.end(), stop):
            if _kind_at_most(text[word.end() : org.start]):
                return org
    return None


def _kind_at_most(between: str) -> bool:
    """Whether what stands between a representative and an organisation's name is at most the
    noun of its kind ("представитель компании «…»", "движения «…»"), quotation marks aside."""
    words = CYRILLIC_WORD.findall(between)
    if not words:
        return len(between.strip(QUOTES + " ")) == 0
    return (
        len(words) == 1
        and (speech.is_generic_body(words[0].lower()) or speech.is_title_noun(words[0].lower()))
        and len(between.replace(words[0], "").strip(QUOTES + " ")) == 0
    )


def where_speaks(text: str, org: Mention, verb: int) -> bool:
    """Whether the organisation is named where its words come from: after "в"/"у" and at most
    one word, in the speech verb's clause ("в пресс-службе ФАС", "в сообщении Минфина", "как
    заявили в Кремле"; not "в газете «…» текст, в котором сообщил")."""
    if CLAUSE_BREAK.search(text[min(org.stop, verb) : max(org.start, verb)]):
        return False
    return ORG_PLACE.search(text, max(0, org.start - 40), org.start) is not None


def speaks(text: str, org: Mention) -> bool:
    """Whether the organisation is the subject of the speech verb: right before it ("Минфин
    сообщил"), or right after it in the nominative ("сообщил «Интерфакс»"; not "сообщил
    «Медузе»", "собеседник «Медузы»", "в разговоре с «Медузой»")."""
    head = text[max(0, org.start - 40) : org.start]
    if ORG_WITH.search(head):
        return False
    after = WORD_AFTER.match(text, org.stop, org.stop + 40)
    before = WORD_BEFORE.search(head)
    verbs = [w.group(1).lower() for w in (after, before) if w is not None]
    verbs = [v for v in verbs if speech.is_speech_verb(v)]
    if not verbs or (after is not None and verbs == [after.group(1).lower()] and _neuter(verbs[0])):
        return False  # "по иску «Альфы» сообщалось": an impersonal verb has no subject
    words = CYRILLIC_WORD.findall(org.text)  # "«Медузе» сообщили": one told, not who tells
    last = words[-1] if words else ""
    if not last or last.isupper():  # an abbreviation ("МИТ") has no case to tell
        return True
    return any(p.tag.case == "nomn" for p in morph.parses(last.lower()))


def kind_speaks(text: str, start: int, stop: int, verb: int) -> re.Match[str] | None:
    """The noun that names an organisation by its kind as the subject of the speech verb at
    verb: right before or right after it, in the nominative singular, of the verb's gender when
    it shows one ("Фонд утверждает", "— рассказывало издание"; not "сообщили в фонде")."""
    word = CYRILLIC_WORD.match(text, verb)
    if word is None or not speech.is_speech_verb(word.group().lower()):
        return None
    verb_tags = [p.tag for p in morph.parses(word.group().lower()) if p.tag.POS == "VERB"]
    if not verb_tags or verb_tags[0].number != "sing":
        return None
    wanted = verb_tags[0].gender  # None in the present tense
    before = WORD_BEFORE.search(text, start, verb)
    after = CYRILLIC_WORD.match(text, SPACE.match(text, word.end(), stop).end(), stop)
    for noun in (before, after):
        if noun is None or (noun is before and text[noun.end(1) : verb].strip()):
            continue
        at = noun.start(1) if noun is before else noun.start()
        written = CYRILLIC_WORD.match(text, at)
        if written is not None and any(
            _kind_subject(p, wanted) for p in morph.parses(written.group().lower())[:1]
        ):
            return written
    return None


def _kind_subject(reading, wanted: str | None) -> bool:
    """Whether a reading is a noun of an organisation's kind that may be the subject of a verb
    of the gender wanted (None: any)."""
    tag = reading.tag
    return (
        reading.normal_form in speech.BODIES | speech.GENERIC
        and tag.case == "nomn"
        and tag.number == "sing"
        and (wanted is None or tag.gender == wanted)
    )


def _neuter(word: str) -> bool:
    """Whether every verb reading of word is neuter ("сообщалось", "сказано"): impersonal."""
    genders = {p.tag.gender for p in morph.parses(word) if p.tag.POS in ("VERB", "PRTS")}
    return genders == {"neut"}

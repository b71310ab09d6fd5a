"""A name in Latin letters, or any name in quotation marks, right after a noun of an
organisation kind, where NER found nothing.

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
one; a single capital letter ("группа E") is no name, nor a Roman numeral ("палатах XVII
века"). A Latin-script name in brackets right
after an ORG mention is in apposition to it too: the organisation's name in its own language
("«Хьюстон Кроникл» (Houston Chronicle)", "Госпиталь Святой Марии (St Mary's Hospital)").

A name in quotation marks after such a noun is in apposition to it whatever its script: the
marks make it a proper name of its own, not the noun's dependent ("движения «Наши»",
"учредителем компании «Реестр непьющих мужиков»", "фонду "Дорога будущего""; and the names
listed after it in the same marks: "фонд «Вперёд» и «Мост»"). Its first letter is a capital or
a digit; a name
with marks inside it ("«Частный конный завод „Веедерн“»") is left alone, and so is one after a
plural noun or a noun of an undertaking (``UNDERTAKINGS``: "проекта «Китайское детство»"),
and one that cannot be a nominative after a noun that also governs a genitive name ("на сайте
«Времени»", ``cases.GOVERNING``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ..lang import grammar, morph
from ..lang.letters import CYRILLIC, ROMAN_NUMERAL, before_spaces
from ..records import Mention, Unit
from .cases import governs
from .generic import found_org, overlaps
from .kinds import ORGANISATION_KINDS, can_be_nominative, is_facility_phrase

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
# a quoted name of any script: its first character a capital or a digit, no mark inside it
QUOTED = re.compile(r"(?P<open>[«„\"])(?P<name>[A-ZА-ЯЁ0-9][^«»„“”\"\n]{0,80}?)(?P<close>[»“”\"])")
# the noun before a quoted name, and the word before the noun
NOUN_BEFORE = re.compile(
    rf"(?:(?<![{CYRILLIC}-])([{CYRILLIC}][{CYRILLIC}-]*)[ \u00a0]+)?"
    rf"(?<![{CYRILLIC}-])([{CYRILLIC}][{CYRILLIC}-]*)[ \u00a0]+\Z"
)
# organisation kinds whose noun names an undertaking or a thing as often as a body: a quoted
# name after one is a work's or a place's as often ("творческий проект «Антропоморфия
# украинской степи»", "архитектурный ансамбль «Могила Неизвестного солдата»"; NEREL train: 4
# of the 6 such names are no organisation), while a Latin-script one is a band's or a company's
UNDERTAKINGS = {"проект", "ансамбль"}
NEXT_QUOTED = re.compile(r"\s*(?:,|и|или)\s+(?=[«„\"])")
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


def quoted_names(
    doc: str,
    text: str,
    taken: list[tuple[int, int]],
    sentence_at: Callable[[int], Unit | None],
) -> Iterator[Mention]:
    """ORG mentions (normal form: the name as written) of the names in quotation marks after a
    noun of an organisation kind, and of those listed after them in marks, that no span in
    taken overlaps and that stand in an analysed sentence."""
    at = 0
    while (found := _next_quoted(text, at)) is not None:
        at = found.end()
        noun = NOUN_BEFORE.search(text, max(0, found.start() - 60), found.start())
        if noun is None or not _names_a_body(noun.group(2), noun.group(1)):
            continue
        if governs(noun.group(2)) and not can_be_nominative(text, found.start("name")):
            continue  # "на сайте «Времени»": the site of Время, its genitive
        while found is not None:
            start, stop = found.span("name")
            stop = before_spaces(text, stop)
            unit = sentence_at(start)
            if unit is None or overlaps(taken, start - 1, stop + 1):
                break
            yield found_org(doc, text, start, stop, unit, normal=text[start:stop])
            at = found.end()
            listed = NEXT_QUOTED.match(text, at)
            found = QUOTED.match(text, listed.end()) if listed else None


def _names_a_body(noun: str, before: str | None) -> bool:
    """Whether a quoted name after the noun (the word before it, before) is an organisation's:
    the noun is of an organisation kind, not one that names an undertaking or a thing as often
    (``UNDERTAKINGS``), nor a building with the adjective before it (``kinds.FACILITY_PHRASES``:
    "торговый центр «Атом»"), and may be singular (a plural one is no apposition to one name:
    "разработчиков «Систем оперативно-розыскных мероприятий»" is what they develop)."""
    if not _is_kind(noun) or grammar.noun_lemmas(noun)[0] in UNDERTAKINGS:
        return False
    if before is not None and is_facility_phrase(before, noun):
        return False
    return any(p.tag.POS == "NOUN" and p.tag.number != "plur" for p in morph.parses(noun))


def _next_quoted(text: str, at: int) -> re.Match[str] | None:
    """The first quoted name at or after at whose opening mark a space follows a word before."""
    while (found := QUOTED.search(text, at)) is not None:
        before = text[found.start() - 1 : found.start()]
        if before in (" ", "\u00a0"):
            return found
        at = found.start() + 1
    return None


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
        if ROMAN_NUMERAL.fullmatch(text, start, stop):
            return  # "в палатах XVII века": a century's number, no name
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

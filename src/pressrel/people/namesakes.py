"""The person a thing is named after: ``театра имени Н. П. Акимова``, ``МХТ им. Чехова``,
``аэропорт имени Шарля де Голля``.

NER reads the name of an institution or a place named after someone as one organisation or
place, and misses the person inside it; the person is named there all the same (NEREL annotates
them). The name after ``имени``/``им.`` is in the genitive: initials and a surname (``Н. П.
Акимова``, ``М.В. Ломоносова``), a given name and a surname (a particle between them, ``Шарля де
Голля``; a regnal number after, ``Эдуарда VII``), or a surname alone (``Склифосовского``). Each
becomes a PER mention, its normal form the nominative of the genitive ``имени`` governs
(``names.parse_person``: ``Н. П. Старостина`` is Старостин's, not a woman's), unless a PER,
LOC or COUNTRY mention overlaps it (an organisation may hold it, as a country in an
organisation's name). Not a person: a word the dictionary knows with no reading as a name
(``театр им. Моссовета``, ``от имени Церкви``) and a word in capitals (``от имени ИГИЛ``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ..coverage import Covered
from ..lang import grammar, morph
from ..lang.names import NAME_TAGS, parse_person
from ..lang.namesakes import BEFORE, NAMED_THINGS
from ..records import Document, Mention, Unit
from .mentions import person_mention

_SPACE = "[ \u00a0]"
_WORD = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"  # a capitalised word, "Ипполитова-Иванова" too
_NAMED_AFTER = re.compile(
    BEFORE + rf"(?P<name>(?:[А-ЯЁ]\.{_SPACE}?){{1,2}}{_WORD}"  # initials and a surname
    rf"|{_WORD}(?:{_SPACE}(?:(?:де|да|ван|фон){_SPACE})?{_WORD})?(?:{_SPACE}[IVX]+\b)?)"
)
_NAMES = frozenset(NAME_TAGS)
_GENITIVE = frozenset({"gent"})  # what "имени" governs: "А. П. Чехова" is Чехов's
_KEPT_OUT_BY = {"PER", "LOC", "COUNTRY"}


def _may_be_a_name(word: str) -> bool:
    """A word in the dictionary is a person's name only with a reading as one."""
    folded = word.lower()
    if not morph.in_dictionary(folded):
        return True
    return any(_NAMES & reading.tag.grammemes for reading in morph.parses(folded))


def named_after(
    document: Document, mentions: list[Mention], sentence_at: Callable[[int], Unit | None]
) -> list[Mention]:
    """mentions, then a PER mention for each person something is named after (see the module)
    that no PER, LOC or COUNTRY mention overlaps; sentence_at gives an offset's sentence (None
    outside the analysed text, where nothing is added)."""
    text = document.text
    if "им" not in text:
        return mentions
    covered = None
    added = []
    for match in _NAMED_AFTER.finditer(text):
        name = match.group("name")
        first = name.split()[0]
        if not first.endswith(".") and not _may_be_a_name(first):
            continue
        start, stop = match.span("name")
        if covered is None:
            covered = Covered((m.start, m.stop) for m in mentions if m.type in _KEPT_OUT_BY)
        unit = sentence_at(start)
        if covered.overlaps(start, stop) or unit is None:
            continue
        person = parse_person(name, governed=True, shown_cases=_GENITIVE)
        added.append(person_mention(document.id, name, start, stop, person, unit))
    return mentions + added if added else mentions


def places_named_after(document: Document, mentions: list[Mention]) -> list[Mention]:
    """mentions with each place NER read in a thing's name that is the person the thing is named
    after made that person (``улице Раевского``, ``канала Грибоедова``, ``аэропорту Джона
    Кеннеди``: the genitive of a person's name right after a noun of NAMED_THINGS, some word of
    it declined), a PER mention of the nominative of that genitive; not a word the dictionary
    knows as a place (``улице Москвы``), nor a name that does not decline (``аэропорту Рейган``:
    a name in apposition, in the nominative)."""
    text = document.text
    found = []
    for mention in mentions:
        if mention.type == "LOC" and _named_after_thing(text, mention):
            person = parse_person(mention.text, governed=True, shown_cases=_GENITIVE)
            mention = replace(mention, type="PER", normal=person.normal, name=person.name)
        elif mention.type == "LOC" and _titled_name_after_thing(text, mention):
            mention = replace(mention, normal=mention.text)  # "улице Академика Королева"
        found.append(mention)
    return found


def _titled_name_after_thing(text: str, mention: Mention) -> bool:
    """Whether mention is a title and a person's name, both in the genitive, right after a noun
    of NAMED_THINGS ("улице Академика Королева", "проспекте Маршала Жукова"): the thing's own
    name, invariable, whose nominative is as written (not "Академик Королева")."""
    words = mention.text.split()
    if len(words) < 2 or not _after_named_thing(text, mention):
        return False
    title = [p for p in morph.parses(words[0].lower()) if grammar.is_noun(p)]
    if not any(morph.case_of(p) == "gent" and p.tag.animacy == "anim" for p in title):
        return False
    return all(_may_be_genitive_name(word) for word in words[1:])


def _may_be_genitive_name(word: str) -> bool:
    """Whether word reads as a person's name in the genitive singular (a place it may also be
    read as does not matter after a title: "Академика Королева" is Королёв's)."""
    return any(
        _NAMES & r.tag.grammemes and morph.case_of(r) == "gent" and r.tag.number == "sing"
        for r in morph.parses(word)
    )


def _one_thing(noun: str) -> bool:
    """Whether the noun of a named thing is singular in all its readings ("улице", not
    "улицы", which may be the plural)."""
    return all(p.tag.number == "sing" for p in morph.parses(noun) if grammar.is_noun(p))


_THING_BEFORE = re.compile(rf"(?<![\w-])(?P<thing>[а-яё]+){_SPACE}+\Z")


def _after_named_thing(text: str, mention: Mention) -> bool:
    """Whether a noun of NAMED_THINGS ("улице", "аэропорту") stands right before mention."""
    return _thing_before(text, mention) is not None


def _thing_before(text: str, mention: Mention) -> str | None:
    """The noun of NAMED_THINGS ("улице", "аэропорту") right before mention, if one is."""
    before = _THING_BEFORE.search(text, max(0, mention.start - 20), mention.start)
    if before is None or NAMED_THINGS.isdisjoint(grammar.noun_lemmas(before["thing"])):
        return None
    return before["thing"]


def _named_after_thing(text: str, mention: Mention) -> bool:
    """Whether mention is a person's name in the genitive right after a noun of NAMED_THINGS."""
    thing = _thing_before(text, mention)
    if thing is None:
        return False
    words = mention.text.split()
    genitives = [_name_genitive(word, thing) for word in words]
    return bool(words) and None not in genitives and "declined" in genitives


def _name_genitive(word: str, thing: str) -> str | None:
    """How word reads as a person's name in the genitive after the noun thing: "declined"
    (Раевского, Джона), "fixed" (Кеннеди: the same in every case), None when it does not, or
    is the thing's own adjective ("улице Краснопролетарской"), or may be a place's name after
    a thing that may be plural ("улицы Кирова": the streets of the city; "улице Кирова", one
    street, is named after the man)."""
    readings = morph.parses(word)
    if grammar.agrees_with_noun(word, thing):
        return None
    genitive = [
        r
        for r in readings
        if _NAMES & r.tag.grammemes and morph.case_of(r) == "gent" and r.tag.number == "sing"
    ]
    if any("Geox" in reading.tag for reading in readings) and not (genitive and _one_thing(thing)):
        return None
    if any("Fixd" not in reading.tag for reading in genitive):
        return "declined"
    return "fixed" if genitive else None

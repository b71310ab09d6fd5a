"""A person's surname written again in the same document, where NER missed it.

A text that names someone in full ("Владимир Мединский") goes on with the surname alone, and
NER, reading each sentence from its own context, misses many of those: first in a sentence
("Мединский назначил"), in a headline, inside quotation marks. Every capitalised word that no
mention covers and that is a form of the surname of a person the document names with given
name and surname (the last word of a surname of several: "Кампора" of Эктор Хосе Кампора;
``names.surname_readings``: "Мединского" of Мединский, "Набиуллиной" of
Набиуллина, "Рубио" as written) becomes a PER mention; resolution then says whose it is. Not
read so: a word next to another capitalised word (a name of its own, "Хиллари Клинтон" beside
Билл Клинтон, the start of a longer one, a title: "«Клан Сопрано»"; a common word first in its
sentence is no name: "Однако Мединский", nor the end of a place's name: "на улице Старая
Басманная Мединский передал"), a common word pymorphy2 knows (an epithet's or a
nickname's: "Мудрый" of Ярослав Мудрый, "Солнца"), a surname pymorphy2 reads as a place's name
in the nominative ("Вашингтон" of Джордж Вашингтон is more often the city; not "Быков", which
it reads as a river's genitive plural too), a surname of fewer than three
letters, and a word outside the analysed text. A one-word LOC mention that is such a form is
the person too ("сподвижницей Ридигера"), unless a preposition of place governs it ("в
Королёве").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .. import caches
from ..coverage import Covered
from ..lang import grammar, morph
from ..lang.fold import fold, name_key
from ..lang.letters import UPPER
from ..lang.names import first_declension_nominatives, parse_person, surname_readings
from ..lang.sentences import starts_sentence
from ..records import Mention, Unit
from .mentions import person_mention

CAPITALISED = re.compile(rf"[{UPPER}][\w]*(?:-[\w]+)*")  # a word that may be a surname
NEIGHBOUR_BEFORE = re.compile(
    rf"([{UPPER}A-Z](?:\w*|\.))[ \u00a0]$"
)  # "Хиллари Клинтон", "Х. Клинтон"
NEIGHBOUR_AFTER = re.compile(rf"[ \u00a0][{UPPER}A-Z]")  # "Клинтон Хиллари", "Путин Владимир"
SPATIAL_BEFORE = re.compile(r"(?<![\w-])(?i:в|во|на|из|под|около|возле|близ)[ \u00a0]+\Z")
SHORTEST = 3  # letters of the shortest surname that is looked for again
STEM = 2  # letters a case ending may change at a surname's end ("Мединский" -> "Мединского")


def repeated(
    text: str, mentions: list[Mention], sentence_at: Callable[[int], Unit | None]
) -> list[Mention]:
    """mentions, then a PER mention for each occurrence of a form of the surname of a person
    named in full that no mention covers (see the module); sentence_at gives an offset's
    sentence (None outside the analysed text, where nothing is added)."""
    surnames = _surnames(mentions)
    if not surnames:
        return mentions
    stems = tuple(sorted(surnames))
    mentions = [_as_person(text, m, surnames, stems) for m in mentions]
    covered = Covered((m.start, m.stop) for m in mentions)
    place_stops = frozenset(m.stop for m in mentions if m.type == "LOC")
    added = []
    for match in _words_of(text, stems):
        word = match.group()
        key = name_key(word)
        keys = [surnames[stem] for stem in stems if key.startswith(stem)]
        if not keys:
            continue
        start, stop = match.span()  # the cheap tests first: most such words are NER's already
        if covered.overlaps(start, stop) or _next_to_a_name(text, start, stop, place_stops):
            continue
        if grammar.is_common_word(word) or not _form_of(word, frozenset().union(*keys)):
            continue  # "Мудрый" of Ярослав Мудрый, "Солнца": an epithet, a nickname
        unit = sentence_at(start)
        if unit is None:
            continue
        added.append(person_mention(mentions[0].doc, word, start, stop, parse_person(word), unit))
    return mentions + added if added else mentions


def _as_person(
    text: str, mention: Mention, surnames: dict[str, frozenset[str]], stems: tuple[str, ...]
) -> Mention:
    """A one-word LOC mention that is a form of a surname of the document's people, as a PER
    mention ("сподвижницей Ридигера", "при главе республики Тибилове": NER's places), unless a
    preposition of place governs it ("в Королёве" is the town, whoever Сергей Королёв is)."""
    word = mention.text
    if (
        mention.type != "LOC"
        or " " in word
        or SPATIAL_BEFORE.search(text, max(0, mention.start - 12), mention.start)
    ):
        return mention
    key = name_key(word)
    keys = [surnames[stem] for stem in stems if key.startswith(stem)]
    if not keys or not _form_of(word, frozenset().union(*keys)):
        return mention
    person = parse_person(word)
    return replace(mention, type="PER", normal=person.normal, name=person.name)


def _words_of(text: str, stems: tuple[str, ...]) -> list[re.Match[str]]:
    """The capitalised words of text that start with one of the stems, in text order, found by
    searching the folded text for the stems (no Python step per word of a long text)."""
    folded = fold(text)
    if len(folded) != len(text):  # a letter whose folded form is longer: offsets move
        return list(CAPITALISED.finditer(text))
    starts = set()
    for stem in stems:
        at = folded.find(stem)
        while at >= 0:
            if not at or not (text[at - 1].isalnum() or text[at - 1] in "-_"):  # a word's start
                starts.add(at)
            at = folded.find(stem, at + 1)
    found = (CAPITALISED.match(text, at) for at in sorted(starts))
    return [match for match in found if match is not None]


def _surnames(mentions: list[Mention]) -> dict[str, frozenset[str]]:
    """The keys of the surnames of the people named with given name and surname, by the stem
    that every form of them starts with."""
    found: dict[str, set[str]] = {}
    for m in mentions:
        name = m.name
        if m.type != "PER" or name is None or not name.first or not name.last:
            continue
        last = name.last.split()[-1]  # "Хосе Кампора": a lone mention says "Кампора"
        if sum(c.isalpha() for c in last) < SHORTEST or _is_place(last):
            continue
        key = name_key(last)
        found.setdefault(key[: max(len(key) - STEM, SHORTEST)], set()).add(key)
    return {stem: frozenset(keys) for stem, keys in found.items()}


def _form_of(word: str, keys: frozenset[str]) -> bool:
    """Whether word may be a form of one of the surnames keys: a reading of it, or a case of a
    surname in -а/-я the first declension gives ("Маталыге" of Маталыга, which pymorphy2 does
    not know)."""
    if any(name_key(form) in keys for form in surname_readings(word)):
        return True
    return not keys.isdisjoint(first_declension_nominatives(word))


@caches.bounded(caches.WORDS)
def _is_place(word: str) -> bool:
    """Whether pymorphy2 reads word, as written, as a place's name in the nominative
    ("Вашингтон", "Королёв"); not a plural oblique form of one ("Быков", "Уралов": genitives
    of rivers or mountains, and common surnames)."""
    return any(
        {"Geox", "nomn"} <= p.tag.grammemes and "plur" not in p.tag.grammemes
        for p in morph.parses(word)
    )


def _next_to_a_name(text: str, start: int, stop: int, place_stops: frozenset[int]) -> bool:
    """Whether a capitalised word stands right after the word, or right before it, unless that
    is a common word capitalised as its sentence's first or the end of a place's name (at
    place_stops): a name of its own ("Хиллари Клинтон", "Путин Владимир", "«Клан Сопрано»";
    not "Однако Мединский", "на улице Старая Басманная Мединский передал")."""
    if NEIGHBOUR_AFTER.match(text, stop):
        return True
    before = NEIGHBOUR_BEFORE.search(text, max(0, start - 40), start)
    if before is None or before.end(1) in place_stops:
        return False
    return not (grammar.is_common_word(before[1]) and starts_sentence(text, before.start(1)))


__all__ = ["repeated"]

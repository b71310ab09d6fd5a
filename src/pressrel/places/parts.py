"""Parts of a place: ``на юге Турции``, ``в центре Москвы``, ``в пригороде Бостона`` name a
region of the place written after them, in the genitive. Each is a LOC mention of its own (its
``normal`` ``юг Турции``, ``form`` ``part``), the place a mention nested inside it, as NEREL
annotates them (33 of the 42 such phrases of its train split; the preposition outside, as in 28
of the 33).

A part is one of the nouns of ``PARTS`` (the sides of the world, the centre, the outskirts)
right before a LOC or COUNTRY mention whose last word reads as a genitive; not a noun an
adjective before it agrees with (``культурного центра Германии``, ``Космического центра
Кеннеди``: an institution), nor one inside another mention. So is a lower-case adjective of
``SIDES`` agreeing with the place (``восточной Украины``: normal ``восточная Украина``; NEREL
annotates all 7 of its train split's). NER's one span of a capitalised part and its place
(``Востоке Украины``) is cut to the place first, and NER's place that is a part's noun alone
(``[Юге] США``) gives way to the part.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ..coverage import Covered
from ..lang import grammar, morph, normalize, phrases
from ..lang.letters import CYRILLIC_WORD, is_cyrillic_word, last_run_start
from ..records import Document, Mention, Unit, placed

# the nouns of a part of a territory, as pymorphy2 lemmatises them
PARTS = frozenset(
    {
        "север",
        "юг",
        "запад",
        "восток",
        "северо-запад",
        "северо-восток",
        "юго-запад",
        "юго-восток",
        "центр",
        "пригород",
        "окрестность",
        "окраина",
        "предместье",
    }
)
# the adjectives of the sides of the world and of the centre, as pymorphy2 lemmatises them
SIDES = frozenset(
    {
        "северный",
        "южный",
        "западный",
        "восточный",
        "северо-западный",
        "северо-восточный",
        "юго-западный",
        "юго-восточный",
        "центральный",
    }
)
# the first parts of compound adjectives of those sides ("южноосетинский", "северо-кавказский"),
# each with its side's adjective, the longest first
SIDE_PREFIXES = (
    ("северо-западно", "северо-западный"),
    ("северо-восточно", "северо-восточный"),
    ("юго-западно", "юго-западный"),
    ("юго-восточно", "юго-восточный"),
    ("северо", "северный"),
    ("южно", "южный"),
    ("западно", "западный"),
    ("восточно", "восточный"),
    ("центрально", "центральный"),
)
# the word right before a mention, one line's spaces between them
_WORD_BEFORE = re.compile(rf"(?P<word>{CYRILLIC_WORD.pattern})[^\S\r\n]+$")
# the first word of a span and the spaces after it
_FIRST_WORD = re.compile(rf"(?P<word>{CYRILLIC_WORD.pattern})[^\S\r\n]+")
_REACH = 40  # characters read before a mention: more than the longest part noun and its space
_PLACES = frozenset({"LOC", "COUNTRY"})


def parts_of_places(
    document: Document, mentions: list[Mention], sentence_at: Callable[[int], Unit | None]
) -> list[Mention]:
    """mentions, then a LOC mention for each part of a place written before a place's mention
    (see the module); sentence_at gives an offset's sentence."""
    text = document.text
    mentions = _places_out_of_parts(text, mentions)
    covered = None
    lone: set[tuple[int, int]] = set()  # NER's places that are a part's noun alone
    added = []
    for place in mentions:
        if place.type not in _PLACES:
            continue
        before = word_before(text, place.start)
        if before is None:
            continue
        word, start = before["word"], before.start("word")
        normal = _part_of(text, start, word, place)
        if normal is None:
            continue
        if covered is None:
            covered = Covered((m.start, m.stop) for m in mentions)
            places = {(m.start, m.stop) for m in mentions if m.type == "LOC"}
        unit = sentence_at(start)
        if unit is None:
            continue
        if covered.overlaps(start, before.end("word")):
            if (start, before.end("word")) not in places:
                continue
            lone.add((start, before.end("word")))  # "на [Юге] США": the part is the place
        added.append(
            Mention(
                doc=document.id,
                type="LOC",
                text=text[start : place.stop],
                normal=normal,
                start=start,
                stop=place.stop,
                form="part",
                **placed(unit),
            )
        )
    if lone:
        mentions = [m for m in mentions if m.type != "LOC" or (m.start, m.stop) not in lone]
    return mentions + added if added else mentions


def _places_out_of_parts(text: str, mentions: list[Mention]) -> list[Mention]:
    """mentions, NER's place spans that open with a part of the place (``place_in_part``:
    "на Востоке Украины") cut to the place, normalised as NER's spans are: the part is then
    found before it as the other parts are."""
    cut = None
    for i, m in enumerate(mentions):
        if m.type != "LOC" or (at := place_in_part(text, m.start, m.stop)) is None:
            continue
        normal = normalize.normalize([normalize.span_key("LOC", text, at, m.stop)])[0].normal
        cut = cut or list(mentions)
        cut[i] = replace(m, text=text[at : m.stop], start=at, normal=normal)
    return cut or mentions


def place_in_part(text: str, start: int, stop: int) -> int | None:
    """Where the place starts in a place's span text[start:stop] that opens with a noun of
    PARTS, the place's name in the genitive after it ("Востоке Украины", "Юго-Западе
    Москвы"), else None."""
    first = _FIRST_WORD.match(text, start, stop)
    if first is None or first.end() >= stop or not text[first.end()].isupper():
        return None
    if _part_reading(first["word"]) is None or not _in_genitive(text[first.end() : stop]):
        return None
    return first.end()


def _part_of(text: str, start: int, word: str, place: Mention) -> str | None:
    """The normal form of the part of place that word, at text[start:], names, else None: a
    noun of PARTS before the place in the genitive ("юге Турции" -> юг Турции; not after an
    adjective of its own, "культурного центра"), or a lower-case adjective of a side of the world
    or the centre agreeing with the place ("восточной Украины" -> восточная Украина)."""
    part = _part_reading(word)
    if part is not None:
        if not _in_genitive(place.text) or _has_agreeing_adjective(text, start, word):
            return None
        nominative = morph.inflect(part, {"nomn"})
        return morph.recase(nominative, word) + " " + place.text if nominative else None
    if not word.islower() or not _side_adjective(word, place.text):
        return None
    return phrases.nominative(f"{word} {place.text}") or f"{word} {place.text}"


def _side_adjective(word: str, place: str) -> bool:
    """Whether word is an adjective of a side of the world or the centre (SIDES) that agrees
    with the first word of the place's name: "восточной Украины", "центральном Афганистане"."""
    first = place.split(None, 1)[0] if place.strip() else ""
    return any(
        p.normal_form in SIDES and grammar.agrees_with_noun(word, first)
        for p in morph.parses(word)
        if grammar.is_adjective(p)
    )


def _part_reading(word: str):
    """word's reading as a noun of PARTS, else None."""
    return next(
        (p for p in morph.parses(word) if p.normal_form in PARTS and grammar.is_noun(p)), None
    )


def _in_genitive(name: str) -> bool:
    """Whether a place's name may be a genitive: its last word has a genitive reading (an
    indeclinable one too: ``Сочи``)."""
    last = name.rsplit(None, 1)[-1] if name.strip() else ""
    return is_cyrillic_word(last) and any(morph.case_of(p) == "gent" for p in morph.parses(last))


def _has_agreeing_adjective(text: str, start: int, word: str) -> bool:
    """Whether the word before offset start is an adjective agreeing with word (``культурного
    центра``: the noun is an institution's, not a part of a place)."""
    before = word_before(text, start)
    return before is not None and grammar.agrees_with_noun(before["word"], word)


def word_before(text: str, start: int) -> re.Match[str] | None:
    """``_WORD_BEFORE``'s match in the _REACH characters before offset start, searched from the
    last run of non-spaces there (the word is in it), not from every start of the 40 characters,
    each read up to that run (the search was a third of this step's time)."""
    reach = max(0, start - _REACH)
    return _WORD_BEFORE.search(text, last_run_start(text, reach, start), start)

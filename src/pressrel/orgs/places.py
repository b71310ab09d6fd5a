"""The place or country a name is completed by, right after it (NEREL's convention; the place
stays a LOC or COUNTRY mention of its own inside).

- A place NER found, in the genitive, right after an institution of a kind or an abbreviation
  ("Административный суд Кёльна", "ГИБДД Москвы"), or after a common noun of a thing in the
  genitive there, the place in apposition to it ("Верховный суд штата Нью-Йорк").
- A generic organisation ("правительства", "полиции") takes in the country or the place NER
  found whose it is, in the genitive right after it ("правительства России", "полиции
  Вашингтона"), but no person ("ухода из правительства Андрея Шаронова").
"""

from __future__ import annotations

import re

from .. import countries
from ..lang import grammar, marks, morph
from ..lang.letters import CAPITALS
from ..lang.sentences import starts_sentence
from ..places import place_of_adjective
from .extend import PHRASE_WORD, SPACED_LOWER_WORD, WORD, with_country_after
from .generic import INSTITUTIONS
from .kinds import ORGANISATION_KINDS

ABBREVIATION = re.compile(rf"[{CAPITALS}]{{2,6}}")  # "ГИБДД"


# a city's kind before its name, after a space: "г. Новосибирска", "города Москвы"
CITY_KIND = re.compile(r" (?:г\.|города)[ \u00a0]?(?=[А-ЯЁ])")


def with_place_after(text: str, start: int, stop: int, places: dict[int, int]) -> int:
    """stop moved past a place NER found one space after the name (places: start -> stop of the
    LOC spans) when the place is in the genitive and the name is an institution of a kind
    (its head noun, the first after its adjectives, is an organisation kind, or it is an
    abbreviation): "Административный суд Кёльна", "Университете Массачусетса", "ГИБДД Москвы"
    (NEREL's convention, as for a country; the place stays a LOC mention inside). Not after a
    quoted or bracketed name, nor after a name of its own ("Зенит Санкт-Петербурга"). A
    common noun of a thing in the genitive may stand between, the place named in apposition to
    it ("Верховный суд штата Нью-Йорк", "Университет штата Огайо"), and so may a city's kind
    ("Дзержинский районный суд г. Новосибирска")."""
    place = stop + 1
    if text[stop : stop + 1] != " ":
        return stop
    city = CITY_KIND.match(text, stop)  # "Дзержинский районный суд г. Новосибирска"
    if city and city.end() in places:
        place = city.end()
    territory = SPACED_LOWER_WORD.match(text, stop)
    if place not in places:
        if not territory or territory.end() not in places:
            return stop
        place = territory.end()
    if text[stop - 1] in marks.NAME_CLOSING + ")" or not _names_institution(text, start, stop):
        return stop
    if place > stop + 1 and not (city and place == city.end()):  # "штата Нью-Йорк": the noun
        # is the genitive, the place its apposition
        kind = _names_institution(text, start, stop, kinds_only=True)  # not "Сенате штата ..."
        return places[place] if kind and is_genitive_thing(territory[1]) else stop
    head = PHRASE_WORD.match(text, place)
    if not head or not any(p.tag.case == "gent" for p in morph.parses(head.group())):
        return stop
    return places[place]


def with_owner_after(text: str, stop: int, places: dict[int, int]) -> int:
    """stop of a generic organisation ("правительства", "полиции") moved past the country or
    the place whose it is, in the genitive one space after it ("правительства России",
    "полиции Вашингтона"; places: start -> stop of the LOC spans NER found). NEREL's
    convention, as for a named organisation; the place stays a mention of its own inside. A
    person after it is not taken in: "ухода из правительства Андрея Шаронова" is whose
    departure, not whose government."""
    end = with_country_after(text, stop)
    if end > stop or text[stop : stop + 1] != " " or stop + 1 not in places:
        return end
    first = PHRASE_WORD.match(text, stop + 1)
    word = first.group() if first else ""
    if word.isupper() or any(p.tag.case == "gent" for p in morph.parses(word)):
        return places[stop + 1]
    return stop


def country_genitive(owner: str) -> str | None:
    """The genitive of the short name of the country owner names ("РФ", "Российской
    Федерации" -> "России"); None for a place, an adjective, a part of a country's state
    ("Шотландии": its own, not the state's), or a short name of several words."""
    found = countries.lookup_country_form(owner) if owner else None
    if found is None or found[1] != "name" or " " in found[0].name:
        return None
    if countries.is_country_part(owner):
        return None
    return _genitive(found[0].name, place=False)


def starts_with_country_adjective(text: str, start: int) -> bool:
    """Whether the span at start opens with a country adjective ("российское правительство",
    "японским парламентом"): the country whose the organisation is, as a genitive after it."""
    first = WORD.match(text, start)
    found = countries.lookup_country_form(first.group()) if first else None
    return found is not None and found[1] == "adjective"


def starts_with_owner_adjective(text: str, start: int) -> bool:
    """Whether the span at start opens with the adjective of a country or of a place
    ("российское правительство", "московского правительства"): whose the institution is."""
    first = WORD.match(text, start)
    if first is None:
        return False
    return (
        starts_with_country_adjective(text, start) or place_of_adjective(first.group()) is not None
    )


def place_genitive(place: str) -> str | None:
    """The genitive of a place's name ("Москва" -> "Москвы"), None when pymorphy2 does not
    know it as a place."""
    return _genitive(place, place=True)


def _genitive(name: str, place: bool) -> str | None:
    """The genitive of a one-word name from its nominative reading (a place's only, when
    place), None when it has none."""
    readings = [
        p
        for p in morph.parses(name)
        if morph.case_of(p) == "nomn" and (not place or "Geox" in p.tag)
    ]
    form = morph.inflect(readings[0], {"gent"}) if readings else None
    return morph.recase(form, name) if form else None


def is_genitive_thing(word: str) -> bool:
    """Whether pymorphy2 reads word first as no function word and may read it as an inanimate
    common noun in the genitive ("штата", "округа"; not "в", nor "жителя")."""
    readings = morph.parses(word)
    if not readings or grammar.first_pos(word) in grammar.FUNCTION:
        return False
    return any(
        grammar.is_noun(p)
        and p.tag.case == "gent"
        and p.tag.animacy == "inan"
        and not grammar.PROPER & p.tag.grammemes
        for p in readings
    )


def _names_institution(text: str, start: int, stop: int, kinds_only: bool = False) -> bool:
    """Whether the span is an abbreviation, or its head noun, the first after its adjectives,
    is an organisation kind ("Ленинский районный суд", "Университете") or, unless
    ``kinds_only``, an institution named so ("Правительства")."""
    span = text[start:stop]
    if ABBREVIATION.fullmatch(span):
        return True
    head = grammar.head_noun_lemmas(WORD.findall(span)[:3])
    # an institution capitalised where no sentence starts is named so ("Правительства Тверской
    # области"); at a sentence's start the generic one's rules read it ("Полиция Лиона")
    named = not kinds_only and not starts_sentence(text, start)
    institutions = ORGANISATION_KINDS | INSTITUTIONS if named else ORGANISATION_KINDS
    return any(lemma in institutions for lemma in head)

"""People's names: the nominative of a PER span and its first/middle/last parts.

pymorphy2 knows Russian given names (``Name``), patronymics (``Patr``) and surnames (``Surn``).
Each word of the span is read in the case and gender the span's given name shows (a given
name is the most reliable word: "Ирины" is a feminine genitive), and put into the nominative
of that gender. Words pymorphy2 cannot place keep their written form, so foreign names
("Джек Ма", "Alibaba") are never mangled.

Parts: a ``Patr`` word is the middle name; of the other words the first is the given name and
the rest the surname ("Марине Ле Пен" -> Марина / Ле Пен), unless a known surname comes before a
known given name. A lone word is a given name only when pymorphy2 knows it as one and not as a
surname: news refers to people by surname. An initial ("Н.") is kept as the first name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from ..records import Name
from . import morph
from .fold import fold

CACHE_SIZE = 50_000
INITIAL = re.compile(r"^[А-ЯЁA-Z]\.?$")
CYRILLIC_WORD = re.compile(r"^[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*$")
BRACKET_TAIL = re.compile(r"\s*\([^()]*\)\s*$")
PARTICLES = {"де", "ван", "фон", "дер", "ди", "да", "ле", "ла", "аль", "эль", "бин", "ибн", "дель"}


@dataclass(frozen=True)
class PersonName:
    normal: str  # the whole span in the nominative, spacing as written
    name: Name


@lru_cache(maxsize=CACHE_SIZE)
def parse_person(text: str) -> PersonName:
    """The nominative and name parts of a person span such as "Ирины Яровой"."""
    bracket = BRACKET_TAIL.search(text)  # "Барри Лоуенкрон (Barry Lowenkron)"
    if bracket and bracket.start() > 0:
        person = parse_person(text[: bracket.start()])
        return PersonName(person.normal + text[bracket.start() :], person.name)
    words = text.split()
    if not words:
        return PersonName(text, Name())
    case, gender = _case_and_gender(words)
    roles = [_role(word) for word in words]
    normals = [_nominative(word, role, case, gender) for word, role in zip(words, roles)]
    return PersonName(" ".join(normals), _parts(normals, roles))


def _case_and_gender(words: list[str]) -> tuple[str | None, str | None]:
    """Case and gender of the span, from the name words pymorphy2 knows (guesses about
    foreign names such as "Киран" are not trusted): the case all of them can be in with the
    best joint score, the nominative counting double in names of several words (a span is
    most often a subject; a lone surname is more often an oblique "Никифорова")."""
    readings = [_readings(w) for w in words if morph.is_known(w)]
    readings = [r for r in readings if r] or [  # nothing known: the guesses are all there is
        r for r in map(_readings, words) if r
    ]
    if not readings:
        return None, None
    common = set.intersection(*({morph.case_of(p) for p in r} for r in readings))
    if not common:
        first = readings[0][0]
        return morph.case_of(first), first.tag.gender

    def score(case: str) -> float:
        total = 2.0 if case == "nomn" and len(readings) > 1 else 1.0
        for reading in readings:
            total *= max(p.score for p in reading if morph.case_of(p) == case)
        return total

    case = max(sorted(common), key=score)
    given = sorted(readings, key=lambda r: _name_tag(r[0]) != "Name")[0]
    gender = next(p.tag.gender for p in given if morph.case_of(p) == case)
    return case, gender


def _readings(word: str) -> list:
    """word's readings as a singular name part (one person: "Мирзоянов" is not a plural)."""
    return [p for p in morph.parses(word) if _name_tag(p) and p.tag.case and p.tag.number != "plur"]


def _name_tag(parse: Any) -> str | None:
    return next((t for t in ("Name", "Surn", "Patr") if t in parse.tag), None)


def _role(word: str) -> str:
    """ "initial", "first", "middle", "last" or "other" (a word pymorphy2 does not place)."""
    if INITIAL.match(word):
        return "initial"
    tags = {t for p in morph.parses(word) for t in ("Name", "Patr", "Surn") if t in p.tag}
    if "Patr" in tags:
        return "middle"
    if "Name" in tags and "Surn" not in tags:
        return "first"
    if "Surn" in tags:
        return "last"
    if "Name" in tags:
        return "first"
    return "other"


def _nominative(word: str, role: str, case: str | None, gender: str | None) -> str:
    if role == "initial" or case in (None, "nomn") or not CYRILLIC_WORD.match(word):
        return word
    if word.lower() in PARTICLES:
        return word
    tag = {"first": "Name", "middle": "Patr", "last": "Surn", "other": None}[role]
    for parse in morph.parses(word):
        fits = tag in parse.tag if tag else parse.tag.POS == "NOUN"
        if fits and parse.tag.number != "plur" and morph.case_of(parse) == case:
            if gender and parse.tag.gender and parse.tag.gender != gender:
                continue
            form = morph.inflect(parse, {"nomn"})
            if form:
                return morph.recase(_adjectival_feminine(word, form, gender), word)
    return word


def _adjectival_feminine(word: str, form: str, gender: str | None) -> str:
    """ "Яровой" is Яровая, not "Ярова": an oblique feminine -ой/-ей surname whose -ая form is a
    known word (an adjective) is read as an adjectival surname."""
    lower = word.lower()
    if gender == "femn" and lower.endswith(("ой", "ей")):
        adjectival = lower[:-2] + ("ая" if lower.endswith("ой") else "яя")
        if morph.is_known(adjectival):
            return adjectival
    return form


def _parts(normals: list[str], roles: list[str]) -> Name:
    """Given name first, then surname (all remaining words), unless the span is clearly in
    surname-first order: a known surname followed by a known given name ("Никифоров Николай")."""
    middle = next((w for w, r in zip(normals, roles) if r == "middle"), None)
    words = [(w, r) for w, r in zip(normals, roles) if r != "middle"]
    if not words:
        return Name(None, middle, None)
    if len(words) == 1:
        word, role = words[0]
        given = role == "initial" or (role == "first" and morph.is_known(word))
        return Name(word, middle, None) if given else Name(None, middle, word)
    (w0, r0), (w1, r1) = words[0], words[1]
    if len(words) <= 3 and fold(w0) in _surnames_first():  # "Ху Цзиньтао", "Ким Чен Ын"
        return Name(" ".join(w for w, _ in words[1:]), middle, w0)
    if r0 == "last" and r1 == "first" and morph.is_known(w0) and morph.is_known(w1):
        return Name(w1, middle, " ".join([w0, *(w for w, _ in words[2:])]))
    return Name(w0, middle, " ".join(w for w, _ in words[1:]))


@cache
def _surnames_first() -> frozenset[str]:
    data = (
        resources.files("pressrel").joinpath("data/surname_first.txt").read_text(encoding="utf-8")
    )
    return frozenset(
        fold(line) for line in data.splitlines() if line.strip() and not line.startswith("#")
    )


def surname_readings(word: str) -> set[str]:
    """Every nominative a surname as written may stand for: "Никифорова" -> {Никифоров,
    Никифорова}; for joining a lone surname to a full name in the same document."""
    forms = {word}
    for parse in morph.parses(word):
        if "Surn" in parse.tag and parse.tag.number != "plur":
            form = morph.inflect(parse, {"nomn"})
            if form:
                forms.add(morph.recase(form, word))
    return forms

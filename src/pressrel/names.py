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
from functools import lru_cache
from typing import Any

from . import models
from .records import Name

CACHE_SIZE = 100_000
INITIAL = re.compile(r"^[А-ЯЁA-Z]\.?$")
CYRILLIC_WORD = re.compile(r"^[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*$")
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
PARTICLES = {"де", "ван", "фон", "дер", "ди", "да", "ле", "ла", "аль", "эль", "бин", "ибн", "дель"}


@dataclass(frozen=True)
class PersonName:
    normal: str  # the whole span in the nominative, spacing as written
    name: Name


@lru_cache(maxsize=CACHE_SIZE)
def parse_person(text: str) -> PersonName:
    """The nominative and name parts of a person span such as "Ирины Яровой"."""
    words = text.split()
    if not words:
        return PersonName(text, Name())
    case, gender = _case_and_gender(words)
    roles = [_role(word) for word in words]
    normals = [_nominative(word, role, case, gender) for word, role in zip(words, roles)]
    return PersonName(" ".join(normals), _parts(normals, roles))


def _case_and_gender(words: list[str]) -> tuple[str | None, str | None]:
    """Case and gender of the span, read off its given name (or its first known name word)."""
    for tag in ("Name", "Surn", "Patr"):
        for word in words:
            for parse in _parses(word):
                if tag in parse.tag and parse.tag.case:
                    return _canonical_case(parse.tag.case), parse.tag.gender
    return None, None


def _role(word: str) -> str:
    """ "initial", "first", "middle", "last" or "other" (a word pymorphy2 does not place)."""
    if INITIAL.match(word):
        return "initial"
    tags = {t for p in _parses(word) for t in ("Name", "Patr", "Surn") if t in p.tag}
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
    if role in ("initial", "other") or case is None or not CYRILLIC_WORD.match(word):
        return word
    if word.lower() in PARTICLES:
        return word
    if case == "nomn":
        return word
    tag = {"first": "Name", "middle": "Patr", "last": "Surn"}[role]
    for parse in _parses(word):
        if tag in parse.tag and _canonical_case(parse.tag.case) == case:
            if gender and parse.tag.gender and parse.tag.gender != gender:
                continue
            form = _inflect(parse, {"nomn"})
            if form:
                return _recase(_adjectival_feminine(word, form, gender), word)
    return word


def _adjectival_feminine(word: str, form: str, gender: str | None) -> str:
    """ "Яровой" is Яровая, not "Ярова": an oblique feminine -ой/-ей surname whose -ая form is a
    known word (an adjective) is read as an adjectival surname."""
    lower = word.lower()
    if gender == "femn" and lower.endswith(("ой", "ей")):
        adjectival = lower[:-2] + ("ая" if lower.endswith("ой") else "яя")
        if models.morph_vocab().word_is_known(adjectival):
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
        return (
            Name(word, middle, None) if role in ("first", "initial") else Name(None, middle, word)
        )
    (w0, r0), (w1, r1) = words[0], words[1]
    if r0 == "last" and r1 == "first" and _known(w0) and _known(w1):
        return Name(w1, middle, " ".join([w0, *(w for w, _ in words[2:])]))
    return Name(w0, middle, " ".join(w for w, _ in words[1:]))


def _known(word: str) -> bool:
    return models.morph_vocab().word_is_known(word.lower())


def _inflect(parse: Any, grammemes: set[str]) -> str | None:
    """The form of parse's lexeme with grammemes, closest to parse otherwise (pymorphy2's rule)."""
    wanted = parse.tag.updated_grammemes(grammemes)
    forms = [f for f in parse.lexeme if grammemes <= f.tag.grammemes]
    if not forms:
        return None
    best = max(
        forms, key=lambda f: len(wanted & f.tag.grammemes) - 0.1 * len(wanted ^ f.tag.grammemes)
    )
    return best.word


@lru_cache(maxsize=CACHE_SIZE)
def _parses(word: str) -> tuple:
    return tuple(models.morph_vocab().parse(word))


def _canonical_case(case: str | None) -> str | None:
    return {"gen1": "gent", "gen2": "gent", "loc1": "loct", "loc2": "loct", "acc2": "accs"}.get(
        case, case
    )


def _recase(form: str, written: str) -> str:
    """form with written's capitalisation: "никифоров" -> "Никифоров", "ИВАНОВ" stays upper."""
    if written.isupper() and len(written) > 1:
        return form.upper()
    parts = form.split("-")
    written_parts = written.split("-")
    if len(parts) == len(written_parts):
        return "-".join(
            p.capitalize() if w[:1].isupper() else p for p, w in zip(parts, written_parts)
        )
    return form.capitalize() if written[:1].isupper() else form

"""Nominative forms of entity spans and the name parts of people.

People go to ``names``. Organisations and locations are noun phrases: the head noun and the
adjectives before it agree in case, and only they are put into the nominative; what follows the
head stays as written ("Почты России" -> "Почта России", "Азиатско-Тихоокеанского региона" ->
"Азиатско-Тихоокеанский регион"). pymorphy2 does this alone when it knows the words and their
agreement leaves one reading; otherwise natasha's span normalisation decides, with its morphology
and syntax taggers run on the span's tokens and one word of left context, in batches. Results
are cached by span text (and context word): names repeat across a corpus.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from .. import caches
from ..models import fallback
from ..records import Name
from . import brackets, coordination, grammar, morph, names, phrases, tagged


class SpanKey(NamedTuple):
    """What a span's normal form depends on: its type, its text, the word before it, and the
    head it shares with a name coordinated after it (``coordination.shared_head``). A named tuple:
    built for every NER span and hashed a few times each (a frozen dataclass hashes in
    Python)."""

    type: str
    text: str
    left: str = ""
    shared: str = ""


def span_key(kind: str, text: str, start: int, stop: int) -> SpanKey:
    """The key of NER's span text[start:stop] of type kind."""
    if kind == "PER":
        # an editor's brackets read through: "Валерии] Касамаре"
        return SpanKey(kind, brackets.unmarked(text[start:stop]), left_word(text, start))
    shared = coordination.shared_head(text, start, stop)  # "[Тверском] и Мещанском районах"
    return SpanKey(kind, text[start:stop], left_word(text, start), shared)


@dataclass(frozen=True)
class Normal:
    normal: str
    name: Name | None


def normalize(keys: Sequence[SpanKey]) -> list[Normal]:
    """Normal forms of many spans: people and unambiguous phrases by rule, the rest by
    natasha's taggers, in one batch."""
    by_rule = {key: _by_rule(key) for key in dict.fromkeys(keys)}
    # read from the cache before it changes: remembering new results may evict these
    known = {
        key: _tagged[key] for key, normal in by_rule.items() if normal is None and key in _tagged
    }
    untagged = [key for key, normal in by_rule.items() if normal is None and key not in known]
    fresh = dict(zip(untagged, _by_taggers(untagged) if untagged else []))
    for key, result in fresh.items():
        _tagged.remember(key, result)
    return [by_rule[key] or known.get(key) or fresh[key] for key in keys]


def left_word(text: str, start: int) -> str:
    """The word just before offset start on the same line, lowercased ('' when none): the
    context natasha's taggers read a span with. The line is what follows the last CR or LF of
    the 40 characters before start (CR alone, classic Mac files, breaks a line too), its word
    the last of ``str.split()`` (``rsplit(None, 1)``: no list of every word)."""
    window = text[max(0, start - 40) : start]
    line = window[max(window.rfind("\n"), window.rfind("\r")) + 1 :]
    head = line.rsplit(None, 1)
    return head[-1].lower() if head else ""


@caches.bounded(caches.SPANS)
def _by_rule(key: SpanKey) -> Normal | None:
    """The normal form by pressrel's own rules, None when they cannot tell; cached by key (a
    span of a corpus is read again and again: its name, its cases, its left word)."""
    if key.type == "PER":
        governed = bool(key.left) and grammar.first_pos(key.left) == "PREP"  # "у Виталия"
        person = names.parse_person(key.text, governed=governed)
        return Normal(person.normal, person.name)
    if key.type == "LOC" and (capitals := _place_in_capitals(key.text)):
        return Normal(capitals, None)  # "МОСКВА, 20 января 2025 г.": Москва
    normal = phrases.nominative(f"{key.text} {key.shared}" if key.shared else key.text)
    if normal is None and key.shared:
        normal = phrases.nominative(key.text)
    if normal is None and key.type == "LOC" and not key.shared:
        normal = _feminine_adjective_alone(key.text)  # "на Новочеремушкинской": a street's name
    return None if normal is None else Normal(normal, None)


def _place_in_capitals(text: str) -> str | None:
    """The nominative, capitalised, of a place's one-word name written in capitals, as date
    lines write it ("МОСКВА", "ТВЕРЬ": Москва, Тверь); None when pymorphy2 knows no place of
    that word, or only an abbreviation ("США")."""
    if len(text) < 4 or not text.isalpha() or not text.isupper():
        return None
    places = [
        p
        for p in morph.parses(text.lower())
        if p.is_known
        and {"Geox"} <= morph.facts(p.tag).grammemes
        and "Abbr" not in morph.facts(p.tag).grammemes
    ]
    return places[0].normal_form.capitalize() if places else None


def _feminine_adjective_alone(text: str) -> str | None:
    """The nominative of a place's name that is one adjective, its head noun left out, when all
    its readings are a feminine singular ("на Новочеремушкинской", "на Садовой-Самотечной":
    Новочеремушкинская, Садовая-Самотечная, a street); None for any other ("в Лазаревском" may
    be a masculine's or a neuter's)."""
    if " " in text or not text[:1].isupper():
        return None
    readings = morph.parses(text)
    if not readings or not all(
        grammar.is_adjective(p) and p.tag.gender == "femn" and p.tag.number == "sing"
        for p in readings
    ):
        return None
    nominative = morph.inflect(readings[0], {"nomn"})
    if not nominative:
        return None
    # the dictionary's ё where the text writes е: as written ("Новочеремушкинская")
    spelled = "".join(
        "е" if c == "ё" and text[i : i + 1] in ("е", "Е") else c for i, c in enumerate(nominative)
    )
    return morph.recase(spelled, text)


# the taggers' results, by text and context word; filled a batch at a time, so a memo (the
# oldest result is forgotten first) rather than a function's cache
_tagged = caches.memo(f"{__name__}.tagged", caches.SPANS)


def _by_taggers(keys: Sequence[SpanKey]) -> list[Normal]:
    spans = [fallback.Span(key.text, key.left, _needs_syntax(key)) for key in keys]
    return [
        Normal(tagged.checked(key.text, normal) if key.type == "ORG" else normal, None)
        for key, normal in zip(keys, fallback.normal_forms(spans))
    ]


def _needs_syntax(key: SpanKey) -> bool:
    return key.type == "ORG" or (key.type == "LOC" and " " in key.text.strip())

"""A school named by its number, where NER found nothing: "в школе № 201", "лицея №21",
"среднюю школу № 1 Махачкалы".

A number after "№" makes an educational institution's common noun a name: "школа № 201" is one
school, as "Школа-студия МХАТ" is (NEREL annotates the number's schools as ORG, with the
adjectives before the noun that agree with it and the place in the genitive after the number:
"среднюю школу №1", "школы № 1 Махачкалы"). Only the nouns of schools (``NOUNS``): a numbered
hospital, polling station or house is a building or a place in NEREL, not an organisation.
The normal form is the noun and its adjectives in the nominative, the number and the place as
written ("средняя школа № 1 Махачкалы").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ..lang import grammar, phrases
from ..lang.letters import CYRILLIC_RUN
from ..records import Mention, Unit
from .generic import adjectives_start, found_org, overlaps
from .places import starts_with_owner_adjective, with_owner_after

NOUNS = {"школа", "лицей", "гимназия", "колледж", "техникум", "училище", "интернат"}
FIRST_WORD = re.compile(r"\S+\s+")
NUMBERED = re.compile(
    rf"(?<![\w-])(?P<noun>{CYRILLIC_RUN})[^\S\n]+№[^\S\n]?\d+(?![\w/-])"
)  # any space but a line break


def numbered_schools(
    doc: str,
    text: str,
    taken: list[tuple[int, int]],
    places: dict[int, int],
    sentence_at: Callable[[int], Unit | None],
) -> Iterator[Mention]:
    """ORG mentions of the schools named by their number that no span in taken overlaps and
    that stand in an analysed sentence (places: start -> stop of the LOC spans NER found, the
    place a school may be of)."""
    if "№" not in text:
        return
    for match in NUMBERED.finditer(text):
        noun = match["noun"]
        if NOUNS.isdisjoint(grammar.noun_lemmas(noun.lower())):
            continue
        start = adjectives_start(text, match.start("noun"), noun)
        unit = sentence_at(start)
        if unit is None or overlaps(taken, match.start("noun"), match.end()):
            continue  # a place's adjective before the noun stays a mention inside: "московской"
        stop = with_owner_after(text, match.end(), places)  # the place stays a mention inside
        yield found_org(doc, text, start, stop, unit, normal=_normal(text, start, match, stop))


def _normal(text: str, start: int, match: re.Match[str], stop: int) -> str:
    """The school's name: its adjectives and noun in the nominative, the number and the place
    after it as written; a place's adjective before them left out, as whose the school is
    rather than its name ("московской школы № 201" and "школе № 201" are one school)."""
    if start < match.start("noun") and starts_with_owner_adjective(text, start):
        start = FIRST_WORD.match(text, start).end()
    phrase = text[start : match.end("noun")]
    named = phrases.nominative(phrase, proper=False) or phrase
    return named + text[match.end("noun") : stop]

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

from ..coverage import Covered
from ..lang import morph
from ..lang.names import NAME_TAGS, parse_person
from ..lang.namesakes import BEFORE
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

"""An organisation's name written again in the same document, where NER missed it.

A news text that names an organisation once names the same thing when it writes the same
words again: "«Пересвет» выплатил ... В тот же день «Пересвет» ...", "компания Amazon ...
Amazon заявила". NER reads each occurrence from its own context and misses some. Every
occurrence of the written form of an ORG mention (the same characters, whole words) that no
mention covers becomes an ORG mention of its own, with that mention's normal form; not where a
capitalised word, a number or a quoted name follows it (it is then the start of a longer name:
"Amazon Web Services", "Honda CR-V", "«Поможем вместе»"), nor where a common word pymorphy2 knows opens a
sentence ("Однако", "Все": capitalised only because it comes first), nor where the words before
it make it a thing someone owns ("в своём Twitter", ``kinds.is_owned_medium``). A mention of another type
is left as NER read it. Not repeated: a name that names a country too (a team "Россия" is no
reason to read every "Россия" as one), a word of a person's name the document gives
("Мединский" after "Владимир Мединский": an ORG of that form is NER's slip, not a second
referent; unless the ORG mention is a name in quotation marks, and then only its quoted
occurrences: the exchange «Алисы» in a text that names a dog Алиса too), or of a place it
names (a LOC mention, or one word pymorphy2 reads as a place's name: "Москва" may be the
city's government once and the city everywhere else), a generic
organisation word ("полиция", ``generic``), a name that starts in lower
case, and a name of fewer than two letters. A one-word name is written again in another case
too: a word in quotation marks whose ending makes it a form of the name ("о выходе «Конкорда»"
beside "компания «Конкорд»", "в «Промпроекте»"; ``lang.forms.nominatives`` of the two) is
that organisation, the marks saying it is a name. An abbreviation in brackets right after an ORG
mention is that organisation when it is built from the mention's words, with or without the
country in the genitive that ends it ("Верховный суд России (ВС)").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .. import caches, countries
from ..coverage import Covered
from ..lang import forms, grammar, morph
from ..lang.fold import name_key
from ..lang.letters import CAPITALS, LOWER, UPPER
from ..lang.marks import CLOSERS, NAME_CLOSING, NAME_OPENING
from ..lang.sentences import starts_sentence
from ..records import Mention, Unit, placed
from .extend import country_tail
from .generic import is_generic_phrase
from .ids import RUSSIA_AFTER
from .kinds import is_owned_medium
from .shortened import spells

NAME_GOES_ON = re.compile(r"[ \u00a0]+[«\"']?[A-Z0-9" + UPPER + "]")  # "Amazon Web Services"
DEFINED_AFTER = re.compile(
    rf"[{CLOSERS}\"']?\s?\(\s?(?P<short>[{CAPITALS}][\w-]+)(?P<country>{RUSSIA_AFTER})\s?\)"
)
WORD_CHAR = re.compile(r"[\w-]")  # what ends a whole-word occurrence on either side
SHORTEST = 2  # letters of the shortest name that is repeated
STEM = 3  # first letters a declined form shares with its name ("Конкорда", "Конкорд")
QUOTABLE = re.compile(rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}{LOWER}]+)*")  # a one-word Cyrillic name
QUOTED_WORD = re.compile(
    rf"(?<=[{re.escape(NAME_OPENING)}])(?P<word>{QUOTABLE.pattern})(?=[{re.escape(NAME_CLOSING)}])"
)


def repeated(
    text: str, mentions: list[Mention], sentence_at: Callable[[int], Unit | None]
) -> list[Mention]:
    """mentions, then the occurrences of the ORG mentions' written forms that no mention covers,
    as ORG mentions (each a copy of the first mention written so); sentence_at gives an offset's
    sentence (None outside the analysed text, where nothing is added)."""
    mentions = mentions + _defined(text, mentions, sentence_at)
    people = {word for m in mentions if m.type == "PER" for word in m.text.split()}
    places = {m.text for m in mentions if m.type == "LOC"}
    names: dict[str, Mention] = {}
    quoted_only = set()  # names that are a person's too: repeated only where quoted
    for mention in mentions:
        name = mention.text
        if mention.type != "ORG" or name in names or name in places or not _repeatable(name):
            continue
        if name in people:
            if not _quoted(text, mention.start, mention.stop):
                continue
            quoted_only.add(name)
        names[name] = mention
    if not names:
        return mentions
    covered = Covered((m.start, m.stop) for m in mentions)
    added = _declined(text, names, covered, sentence_at)
    covered = Covered((m.start, m.stop) for m in mentions + added)
    for start, stop, name in _occurrences(text, sorted(names, key=len, reverse=True)):
        source = names[name]
        if covered.overlaps(start, stop):
            continue
        if name in quoted_only and not _quoted(text, start, stop):
            continue
        unit = sentence_at(start)
        if unit is None or NAME_GOES_ON.match(text, stop) or _quoted_longer(text, start, stop):
            continue
        if starts_sentence(text, start) and grammar.is_common_word(name):
            continue  # "Однако", capitalised only because it comes first
        if is_owned_medium(text, start):
            continue  # "в своём Twitter": a thing one owns here, the company elsewhere
        added.append(_copy_at(source, name, start, stop, unit))
    return mentions + added


def _declined(
    text: str,
    names: dict[str, Mention],
    covered: Covered,
    sentence_at: Callable[[int], Unit | None],
) -> list[Mention]:
    """ORG mentions of the one-word names in quotation marks that no mention covers and that
    are another case of a one-word ORG name of the document ("о выходе «Конкорда»" beside
    "компания «Конкорд»", "в «Промпроекте»": ``forms.nominatives`` of the two), with that
    mention's normal form and entity: the marks make the word a name, and its ending makes it
    the same name declined."""
    # the first letters of a one-word name -> (the name as written or in its normal form, the
    # mention): "Медузе" is read against its normal form "Медуза"
    by_start: dict[str, list[tuple[str, Mention]]] = {}
    for name, mention in names.items():
        for form in dict.fromkeys((name, mention.normal or name)):
            if QUOTABLE.fullmatch(form):
                by_start.setdefault(name_key(form)[:STEM], []).append((form, mention))
    if not by_start:
        return []
    found = []
    for match in QUOTED_WORD.finditer(text):
        word, (start, stop) = match["word"], match.span("word")
        if word in names or covered.overlaps(start, stop):
            continue
        for form, mention in by_start.get(name_key(word)[:STEM], ()):
            if forms.nominatives({word, form}).get(word) == form:
                unit = sentence_at(start)
                if unit is not None:
                    found.append(_copy_at(mention, word, start, stop, unit))
                break
    return found


def _occurrences(text: str, names: list[str]) -> list[tuple[int, int, str]]:
    """(start, stop, name) of each whole-word occurrence of names in text, left to right and
    not overlapping, the first of names that occurs at a place winning there: what the
    alternation of names between word boundaries finds, without compiling a pattern for each
    document (names longest first, so a longer name wins over the shorter one it starts with)."""
    first: dict[int, tuple[int, str]] = {}  # start -> (rank, name) of the first name there
    for rank, name in enumerate(names):
        at = text.find(name)
        while at >= 0:
            stop = at + len(name)
            if at not in first and not _word_char(text, at - 1) and not _word_char(text, stop):
                first[at] = (rank, name)
            at = text.find(name, at + 1)
    found, reached = [], 0
    for start in sorted(first):
        if start >= reached:
            name = first[start][1]
            reached = start + len(name)
            found.append((start, reached, name))
    return found


def _word_char(text: str, at: int) -> bool:
    """Whether text[at] is a word character or a hyphen (False outside the text)."""
    return 0 <= at < len(text) and WORD_CHAR.match(text, at) is not None


def _defined(
    text: str, mentions: list[Mention], sentence_at: Callable[[int], Unit | None]
) -> list[Mention]:
    """ORG mentions of the abbreviations written in brackets right after an ORG mention whose
    words they are built from, which no mention covers ("Исламское государство (ИГ)": the
    text defines the short name, ``shortened.spells``), with Russia's name after them ("(ФТС
    РФ)", the country a mention inside it)."""
    taken = {(m.start, m.stop) for m in mentions if m.type != "COUNTRY"}  # "(ФТС РФ)" holds one
    found = []
    for mention in mentions:
        after = DEFINED_AFTER.match(text, mention.stop) if mention.type == "ORG" else None
        if not after or after.span("short") in taken:
            continue
        short = after["short"]
        if not _spelled(short, mention, text):
            continue
        start, stop = after.start("short"), after.end("country")  # "(ФТС РФ)": with Russia
        unit = sentence_at(start)
        if unit is not None and not any(s < stop and start < e for s, e in taken):
            written = text[start:stop]
            found.append(_copy_at(mention, written, start, stop, unit, normal=written))
    return found


def _spelled(short: str, mention: Mention, text: str) -> bool:
    """Whether short is built from the words of the organisation's name, with or without the
    country in the genitive that ends it ("Федеральной налоговой службе РФ (ФНС)": the country
    is in NEREL's span, not in the abbreviation)."""
    if spells(short, mention.normal or mention.text):
        return True
    country = country_tail(text, mention.start, mention.stop)
    return country < mention.stop and spells(short, text[mention.start : country])


def _copy_at(mention: Mention, text: str, start: int, stop: int, unit: Unit, **changes) -> Mention:
    """mention written again as text at start:stop, in the sentence unit."""
    return replace(mention, text=text, start=start, stop=stop, **placed(unit), **changes)


@caches.bounded(caches.SPANS)
def _repeatable(name: str) -> bool:
    """Whether an ORG mention's written form is read as the organisation wherever it occurs."""
    letters = sum(char.isalpha() for char in name)
    if letters < SHORTEST or not name[:1].isupper() and not name[:1].isdigit():
        return False
    if is_generic_phrase(name):
        return False
    if " " not in name and any("Geox" in p.tag.grammemes for p in morph.parses(name)):
        return False  # a place's name: "Москва" for the city's government is not the city
    return countries.lookup_country_form(name) is None


def _quoted(text: str, start: int, stop: int) -> bool:
    """Whether the occurrence is a whole name in quotation marks ("«Алисы»")."""
    opened = start > 0 and text[start - 1] in NAME_OPENING
    return opened and text[stop : stop + 1] in NAME_CLOSING


def _quoted_longer(text: str, start: int, stop: int) -> bool:
    """Whether the occurrence opens a quoted name that goes on after it ("«Поможем вместе»")."""
    opened = start > 0 and text[start - 1] in NAME_OPENING  # the document's start is no mark
    return opened and text[stop : stop + 1] not in NAME_CLOSING

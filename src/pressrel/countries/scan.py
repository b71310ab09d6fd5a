"""Country names and adjectives found in text with the gazetteer, and the rules of context.

Independent of any NER model. Context rules, all general: names need their capital letter; a
one-word name that is mostly an ordinary word ("Того", "Чад") is skipped at a sentence start; a
name read as a person's first name before another capitalised word is skipped ("Доминика
Рааба"); the tail of a hyphenated word is skipped unless its head is a country too
("Нью-Джерси" vs "США-Китай"); adjectives naming a language ("английский язык") or a street
("Советский район") are skipped; "белорусского государства" is one mention.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from .. import caches
from ..lang import morph
from ..lang.fold import fold
from ..lang.letters import LINE_ENDS, has_cyrillic
from ..lang.marks import CLOSING, OPENING, QUOTES
from ..records import Country
from .gazetteer import ADJECTIVE, NAME, Entry, Gazetteer, case_ok, gazetteer, tokens, words

_OPENERS = OPENING + "(["
_QUOTE_BEFORE = re.compile(rf"[{re.escape(OPENING)}]\s*\Z")  # right before a quoted name
_QUOTE_AFTER = re.compile(rf"(?:\s*-\s*\d+)?\s*[{re.escape(CLOSING)}]")  # "-1»"
_QUOTE_REACH = 4  # characters before a name its opening mark (and spaces) may take
_SENTENCE_END = ".!?…:;"


@dataclass(frozen=True)
class CountryMatch:
    """A country name or adjective found in text; ``text[start:stop] == self.text``."""

    start: int
    stop: int
    text: str
    country: Country
    form: str  # "name" | "adjective"


_PERSON = {"Name", "Surn", "Patr"}
_PREPOSITIONS = frozenset(
    {"в", "во", "на", "из", "до", "от", "по", "для", "у", "с", "со", "к", "ко", "о", "об", "при"}
)
_NOT_COMMON = {"Geox", "Abbr"} | _PERSON
# Nouns after which a capitalised adjective names a place, not a country: "Советский район".
TOPONYM_NOUNS = (
    "район", "округ", "улиц", "проспект", "площад", "переул", "бульвар", "шоссе",
    "набережн", "проезд", "тупик", "поселени", "сельсовет", "вокзал",
)  # fmt: skip


@caches.bounded(caches.WORDS)
def _readings(folded: str) -> tuple[float, float]:
    """pymorphy2 weight of (ordinary-word, person-name) readings of a Cyrillic word."""
    if not has_cyrillic(folded):
        return 0.0, 0.0
    parses = [p for p in morph.parses(folded) if p.tag.POS]
    common = sum(p.score for p in parses if not _NOT_COMMON & p.tag.grammemes)
    person = sum(p.score for p in parses if _PERSON & p.tag.grammemes)
    return common, person


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\xa0":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END or text[i] in _OPENERS or text[i] in LINE_ENDS


def _attached(a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
    return a[1] == b[0]


def _compound_tail(toks: list[tuple[int, int, str]], i: int) -> bool:
    """True when token i ends a hyphenated word whose head is not a country: Нью-Джерси."""
    if i < 2 or toks[i - 1][2] != "-":
        return False
    head, hyphen = toks[i - 2], toks[i - 1]
    if not (_attached(head, hyphen) and _attached(hyphen, toks[i])):
        return False
    return (fold(head[2]),) not in gazetteer().entries


def _accept(entry: Entry, text: str, toks: list[tuple[int, int, str]], i: int, n: int) -> bool:
    """Apply an entry's case, hyphen, context and sentence-start rules to a candidate."""
    start, _, word = toks[i]
    if not case_ok(entry.case, word) or _compound_tail(toks, i):
        return False
    after = toks[i + n : i + n + 2]
    following = fold(after[0][2]) if after else ""
    if entry.combining:
        return len(after) == 2 and following == "-" and _attached(toks[i + n - 1], after[0])
    previous = fold(toks[i - 1][2]) if i else ""
    if entry.form == ADJECTIVE:
        return _adjective_ok(word, previous, following)
    if entry.country is not None and is_quoted_name(text, start, toks[i + n - 1][1]):
        return False  # "телеканал «Россия»", "на «России-1»": the name of something else
        # (a blocked phrase is still one: «Единая Россия» hides its "Россия")
    if n > 1 or entry.case == "upper":
        return True
    common, person = _readings(fold(word))
    if person > 0.5 and previous not in _PREPOSITIONS and after and after[0][2][:1].isupper():
        return False  # "Доминика Рааба", "Сальвадора Дали"
    return not (common > 0.5 and _sentence_initial(text, start))


def is_quoted_name(text: str, start: int, stop: int) -> bool:
    """Whether text[start:stop] is a whole quoted name, a number after a hyphen allowed
    ("«Россия»", "«Россия-1»", "судно «Китай»"): the name of a channel, a party, a ship, not
    the country."""
    opened = _QUOTE_BEFORE.search(text, max(0, start - _QUOTE_REACH), start) is not None
    return opened and _QUOTE_AFTER.match(text, stop) is not None


def _adjective_ok(word: str, previous: str, following: str) -> bool:
    """Reject languages ("на английском языке", "на английском.") and streets ("Советский район")."""
    if following.startswith("язык") or (previous == "на" and not following[:1].isalpha()):
        return False
    return not (word[:1].isupper() and following.startswith(TOPONYM_NOUNS))


# Nouns of a state's form (their stems): capitalised, with a country's adjective before or its
# name after, they make the country's official name ("Кыргызская Республика", "Республика
# Кипр", "Королевство Эсватини"); "государство" joins the adjective in lower case too
_STATE = "государств"
_STATE_NOUNS = (
    _STATE,
    "республик",
    "королевств",
    "княжеств",
    "федераци",
    "султанат",
    "эмират",
)


def _is_state_noun(word: str) -> bool:
    """A noun of a state's form in the singular (a case ending after the stem: not
    "государственность", not "республиками")."""
    folded = fold(word)
    stem = next((stem for stem in _STATE_NOUNS if folded.startswith(stem)), None)
    if stem is None or len(folded) > len(stem) + 2:
        return False
    return any(p.tag.POS == "NOUN" and p.tag.number == "sing" for p in morph.parses(folded))


def _state_noun(entry: Entry, toks: list[tuple[int, int, str]], j: int) -> Entry | None:
    """The entry of an adjective and the noun of a state's form after it, which joins the
    mention: the state's name when the noun is capitalised ("Кыргызская Республика"), the
    adjective's own before "государство" ("российское государство"); else None ("чешская
    федерация" may be a sport's)."""
    if entry.form != ADJECTIVE or entry.combining or j >= len(toks):
        return None
    word = toks[j][2]
    if not _is_state_noun(word):
        return None
    if word[:1].isupper():
        return replace(entry, form=NAME)
    return entry if fold(word).startswith(_STATE) else None


def _scan(text: str) -> Iterator[tuple[int, int, Entry]]:
    """Greedy longest matches, left to right, including blocked phrases."""
    gaz = gazetteer()
    if gaz.starts.isdisjoint(map(str.casefold, words(text))):
        return  # most texts hold no word that can start an entry: no offsets needed
    toks = tokens(text)
    folded = [t[2].casefold() for t in toks]  # fold(): the tokens' text is plain() already
    starts = gaz.starts
    after = 0  # the token after the last match
    for i in [i for i, word in enumerate(folded) if word in starts]:  # few tokens can start one
        if i < after:
            continue
        found = _longest(gaz, text, toks, folded, i)
        if found is None:
            continue
        n, entry = found
        if (joined := _state_noun(entry, toks, i + n)) is not None:
            n, entry = n + 1, joined
        yield toks[i][0], toks[i + n - 1][1], entry
        after = i + n


def _longest(
    gaz: Gazetteer, text: str, toks: list[tuple[int, int, str]], folded: list[str], i: int
) -> tuple[int, Entry] | None:
    """The longest accepted entry starting at token i, as (length, entry)."""
    if folded[i] not in gaz.starts:
        return None
    lengths = []
    n = 1
    while i + n <= len(toks) and tuple(folded[i : i + n]) in gaz.prefixes:
        if tuple(folded[i : i + n]) in gaz.entries:
            lengths.append(n)
        n += 1
    for n in reversed(lengths):
        entry = gaz.entries[tuple(folded[i : i + n])]
        if _accept(entry, text, toks, i, n):
            return n, entry
    return None


@caches.by_text(caches.WORDS)
def find_countries(text: str) -> list[CountryMatch]:
    """Every country name and adjective in text, sorted by start, non-overlapping (cached by
    text)."""
    return [
        CountryMatch(start, stop, text[start:stop], entry.country, entry.form)
        for start, stop, entry in _scan(text)
        if entry.country is not None
    ]


def lookup_country(span_text: str) -> Country | None:
    """The country a whole span names (any case form, trailing "(КНР)" allowed), else None."""
    found = lookup_country_form(span_text)
    return found[0] if found else None


@caches.bounded(caches.SPANS)  # asked of every LOC and of organisation phrases, again and again
def lookup_country_form(span_text: str) -> tuple[Country, str] | None:
    """The country a whole span names and how: ("name" | "adjective"), else None."""
    entry = _entry_of(span_text)
    return (entry.country, entry.form) if entry is not None else None


def is_country_part(span_text: str) -> bool:
    """Whether a whole span names a constituent part of a country's state, by its name or
    adjective ("Шотландии", "английская"): a COUNTRY mention of the state, but an organisation
    named with it is the part's ("сборная Англии" is no "сборная Великобритании")."""
    entry = _entry_of(span_text)
    return entry is not None and entry.part


def _entry_of(span_text: str) -> Entry | None:
    """The gazetteer's entry of a country a whole span names (any case form, trailing "(КНР)"
    allowed), else None."""
    span = re.sub(r"\s*\([^()]*\)\s*$", "", " ".join(span_text.split()))
    span = span.strip(" " + QUOTES)
    if not span:
        return None
    toks = tokens(span)
    key = tuple(fold(t[2]) for t in toks)
    entries = gazetteer().entries
    entry = entries.get(key)
    if entry is None and len(key) > 1:  # "Кыргызской Республики", "Республике Кипр"
        entry, toks = _official_name(entries, key, toks)
    if entry is None or entry.country is None or entry.combining:
        return None
    return entry if case_ok(entry.case, toks[0][2]) else None


def _official_name(
    entries: dict[tuple[str, ...], Entry], key: tuple[str, ...], toks: list
) -> tuple[Entry | None, list]:
    """The country a state's official name names (a country's adjective and a capitalised noun
    of a state's form, or that noun and the country's name), as a name; and the tokens of the
    country's own word(s)."""
    first, last = toks[0][2], toks[-1][2]
    if last[:1].isupper() and _is_state_noun(last):
        entry = entries.get(key[:-1])
        if entry is not None and entry.form == ADJECTIVE:
            return replace(entry, form=NAME), toks[:-1]
    if first[:1].isupper() and _is_state_noun(first):
        entry = entries.get(key[1:])
        if entry is not None and entry.form == NAME:
            return entry, toks[1:]
    return None, toks


@caches.bounded(caches.WORDS)
def adjective_lemma(text: str) -> str:
    """The masculine nominative of a country adjective ("российских" -> "российский"), also of
    the form that opens a compound ("российско-американских" -> "российский": the stem in -ск
    with the linking vowel -о, which pymorphy2 does not know)."""
    word = text.lower()
    parses = [p for p in morph.parses(word) if p.tag.POS == "ADJF" and "Fixd" not in p.tag]
    if parses:  # an indeclinable reading is a guess: "британско"
        return parses[0].normal_form
    return word[:-1] + "ий" if word.endswith(("ско", "цко")) else word

"""What the steps of quotes share: a quote's span, the document's people and organisations
indexed by offset (``Document``), the patterns the steps read attributions with, and the
readings of words and mentions they agree on (a clause's predicate, a verb's gender, whether a
mention may be in the nominative, each person's gender).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import accumulate
from typing import TYPE_CHECKING

from ..lang import gender, morph
from ..lang.letters import CYRILLIC_WORD
from ..lang.marks import TYPOGRAPHIC_PAIRS
from ..records import Mention, Name, Quote
from ..roles import role_head

if TYPE_CHECKING:
    from .roles import RoleHolders

MIN_WORDS = 3
MIN_UNATTRIBUTED_WORDS = 8
ATTRIBUTION_REACH = 200  # characters after or before a quote that may hold its attribution
PRONOUN = re.compile(r"(?<!\w)(?:он|она|они)(?!\w)", re.IGNORECASE)
DEMONSTRATIVE = re.compile(r"(?<!\w)(тот|та)\s+(\w+)", re.IGNORECASE)
DASH = "—–"
SENTENCE_END = re.compile(r"[.!?…][»”)]*\s+|[\n\r]\s*")
CLAUSE_BREAK = re.compile(r"[,;:()]|\s[—–]\s")
ADDRESSEE = re.compile(r"(?<!\w)(?:ему|ей|им|него|нее|неё|нему|ней)(?!\w)", re.IGNORECASE)
LISTED = re.compile(r"\s*(?:\([^()]*\)\s*)?,\s*[«„“]")  # "«A» (1941), «B»": names in a list
INTERRUPTED = re.compile(rf"[,!?…]\s*[{DASH}]\s")  # "«…, — вспоминает Лужков": the author's words
PREPOSITION = re.compile(
    r"(?<!\w)(?:к|ко|с|со|о|об|для|у|от|по|при|про|за|под|перед|без|на|в|во|из)\s+$", re.I
)
REPORTED = re.compile(r"(?<!\w)(?:что|чтобы)(?!\w)", re.IGNORECASE)
PAIRS = TYPOGRAPHIC_PAIRS  # a straight quote is not taken: it cannot say where speech ends
SPACE = re.compile(r"\s*")


@dataclass(frozen=True)
class Span:
    start: int  # inside the quotation marks
    stop: int


class Mentions:
    """Mentions as the rules ask for them, each query by bisect (never a scan of all of a
    document's mentions per quote): those within a stretch of text, in the list's order; the
    last one in the list's order, and the latest end, up to an offset."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.mentions = mentions
        self.by_start = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
        self.starts = [mentions[i].start for i in self.by_start]
        by_stop = sorted(range(len(mentions)), key=lambda i: mentions[i].stop)
        self.stops = [mentions[i].stop for i in by_stop]
        self.last_listed = list(accumulate(by_stop, max))  # of the first k by stop, the last listed

    def within(self, start: int, stop: int) -> list[Mention]:
        """The mentions m with start <= m.start and m.stop <= stop, in the list's order."""
        first, last = bisect_left(self.starts, start), bisect_right(self.starts, stop)
        found = sorted(i for i in self.by_start[first:last] if self.mentions[i].stop <= stop)
        return [self.mentions[i] for i in found]

    def last_ending_by(self, at: int) -> Mention | None:
        """The last mention in the list's order of those with m.stop <= at."""
        count = bisect_right(self.stops, at)
        return self.mentions[self.last_listed[count - 1]] if count else None

    def latest_stop(self, at: int) -> int:
        """The largest m.stop <= at (0 when there is none)."""
        count = bisect_right(self.stops, at)
        return self.stops[count - 1] if count else 0


@dataclass
class Document:
    """What the rules read of one document, each read once: its people and organisations
    (indexed by offset), the gender each person mention shows (by its start), the surnames
    people are written with, the people with a written role by its head noun, and those whose
    role fits a role phrase (``roles.RoleHolders``)."""

    text: str
    people: list[Mention]
    orgs: list[Mention]
    said: dict[int, str | None] = field(default_factory=dict)
    surnames: dict[str, set[str | None]] | None = None
    in_full: set[str | None] = field(default_factory=set)  # people named by more than a surname
    roles: dict[str | None, list[Mention]] | None = None
    holders: dict[tuple[str, str], RoleHolders] = field(default_factory=dict)  # by (head, role)

    def __post_init__(self) -> None:
        self.people_at = Mentions(self.people)
        self.orgs_at = Mentions(self.orgs)

    def with_role(self, head: str) -> list[Mention]:
        """The people whose written role has head for its head noun, in the list's order."""
        if self.roles is None:
            self.roles = {}
            for m in self.people:
                if m.role:
                    self.roles.setdefault(role_head(m.role), []).append(m)
        return self.roles.get(head, [])

    def surname(self, word: str) -> str | None:
        """The one person whose surname is word, in the nominative ("Сидоров" after "Иван
        Сидоров"). Of several, the one named in full when the others are that surname alone
        ("Геннадий Токанов" and a "Токановым" resolved apart: one surname, one person)."""
        if self.surnames is None:
            self.surnames = {}
            for m in self.people:
                name = m.name or Name()  # the surname in the nominative
                for written in {name.last, *(m.normal or "").split()[-1:]} - {None, ""}:
                    self.surnames.setdefault(written.lower(), set()).add(m.entity)
                if len((m.normal or "").split()) > 1:
                    self.in_full.add(m.entity)
        found = self.surnames.get(word.lower(), set())
        full = found & self.in_full
        return (
            next(iter(found)) if len(found) == 1 else next(iter(full)) if len(full) == 1 else None
        )


@dataclass(frozen=True)
class Found:
    """A quote and where its attribution ends (where the next quote of a run may follow)."""

    quote: Quote
    end: int


def predicate(text: str, clause: tuple[int, int]) -> re.Match[str] | None:
    """The clause's first word that reads only as a finite verb (its predicate)."""
    for word in CYRILLIC_WORD.finditer(text, *clause):
        readings = morph.parses(word.group().lower())
        if readings and all(p.tag.POS == "VERB" for p in readings):
            return word
    return None


def is_finite(word: str) -> bool:
    """Whether some reading of word (lower case) is a finite verb."""
    return any(p.tag.POS == "VERB" for p in morph.parses(word))


def sentence_start(text: str, at: int, reach: int = ATTRIBUTION_REACH) -> int:
    """Where the sentence holding text[at] starts (no further back than reach)."""
    left = max(0, at - reach)
    ends = list(SENTENCE_END.finditer(text, left, at))
    return ends[-1].end() if ends else left


def verb_gender(word: str) -> str | None:
    """The gender a past-tense verb shows ("сказал": masc, "сказала": femn), else None."""
    for p in morph.parses(word):
        if p.tag.POS == "VERB" and p.tag.number == "sing" and p.tag.gender in ("masc", "femn"):
            return str(p.tag.gender)
    return None


def in_nominative(text: str, mention: Mention) -> bool:
    """Whether a person's mention may be in the nominative: after no preposition ("к Зорыч"),
    and its last word as its normal form ends, or each of its words read as a nominative
    ("Кучерова"; not "Владимира Путина")."""
    if PREPOSITION.search(text, max(0, mention.start - 8), mention.start):
        return False
    if as_normal(mention):
        return True
    written = mention.text.split()
    return bool(written) and all(
        any(p.tag.case == "nomn" for p in morph.parses(w.lower())) for w in written
    )


def as_normal(mention: Mention) -> bool:
    """Whether the mention is written as its normal form ends: surely a nominative."""
    written, normal = mention.text.split(), (mention.normal or "").split()
    return bool(written and normal) and written[-1].lower() == normal[-1].lower()


def nearest(mentions: list[Mention], at: int) -> Mention:
    """The mention nearest the offset at (the first of two as near)."""
    return min(mentions, key=lambda m: max(m.start - at, at - m.stop, 0))


def genders_of(
    text: str, people: list[Mention], said: dict[int, str | None]
) -> dict[str | None, str | None]:
    """Each person's gender, as the mentions of that person that say one agree (None: unknown
    or contradictory). What a mention says is read once and kept in said (by its start), so
    many pronoun quotes do not reread the same mentions."""
    genders: dict[str | None, set[str]] = {}
    for m in people:
        if m.start not in said:
            name = m.name or Name()
            said[m.start] = gender.mention_gender(text, m.start, m.stop, name.first, name.last)
        found = said[m.start]
        genders.setdefault(m.entity, set()).update({found} if found else set())
    return {entity: found.pop() if len(found) == 1 else None for entity, found in genders.items()}

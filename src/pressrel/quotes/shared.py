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

from ..lang import gender, grammar, marks, morph
from ..lang.letters import CAPITALS, CYRILLIC_WORD
from ..lang.marks import GUILLEMETS, LEFT_GUILLEMET, TYPOGRAPHIC_PAIRS
from ..records import Mention, Name, Quote
from ..roles import role_head

MIN_WORDS = 3
MIN_UNATTRIBUTED_WORDS = 8
ATTRIBUTION_REACH = 200  # characters after or before a quote that may hold its attribution
# fewer words than this stand before the speech verb of an attribution after a quote ("», — заявил он",
# "», — он заявил", "», — в свою очередь заявил он"); a verb further on is the predicate of the
# author's own sentence ("с брендом «партии власти», — в падении рейтинга …, отмечают источники")
AFTER_VERB_WORDS = 5
NOT_PREDICATE = ("GRND", "PRTF")  # a gerund, a full participle: not the clause's predicate
PREDICATE_OR_ADVERB = grammar.VERBAL | {"PRED"}  # ends a person noun's words: "— сказал футболист"
ATTRIBUTION_WORD = re.compile(r"\w[\w-]*")
PRONOUN = re.compile(r"(?<!\w)(?:он|она|они)(?!\w)", re.IGNORECASE)
RELATIVE = re.compile(r",\s*(?:который|которая)(?!\w)", re.IGNORECASE)  # the subject's "который"
ASIDE = re.compile(r"\([^()]*\)")  # a parenthesis: not the clause of the speech verb
DEMONSTRATIVE = re.compile(r"(?<!\w)(тот|та)\s+(\w+)", re.IGNORECASE)
# how far back a pronoun's person may be named: about a long paragraph. Further back, the text has
# moved on, and "она" is most often someone NER did not find ("представительница банка")
ANTECEDENT_REACH = 1_000
# how many sentences naming no one a role noun's subject may stand back beyond the sentence before
# ("Тимур Цхурбати рассказывает … . По его словам, … . «…», — рассказывает предприниматель")
UNNAMED_SENTENCES = 2
DASH = "—–"
ITALICS = "'{2,3}"  # wiki markup round a quote: ''«…»'' (Wikinews)
# an attribution's words: no sentence end, no quote, but a short quoted name («Медузе»)
ATTRIBUTION = rf"(?:[^.!?{GUILLEMETS}\n\r]|«[^{GUILLEMETS}\n\r]{{1,60}}»)"
# the words before a quote: no sentence end, no quote, but a short quoted name («Велес-Капитала»,
# a capital first: not a quoted word of what was said, «потерпеть»)
NAMING = rf"(?:[^.!?{GUILLEMETS}\n\r]|«[{CAPITALS}][^{GUILLEMETS}\n\r]{{0,59}}»)"
INTERRUPTION = re.compile(
    rf"[,!?…]\s*[{DASH}]\s+(?P<attr>(?:[^{DASH}{GUILLEMETS}]|«[^{GUILLEMETS}\n\r]{{1,60}}»){{3,200}}?)"
    rf"[.,:]\s*[{DASH}]\s*"
)
# an interruption whose speaker has an apposition after a dash: "…, — добавляет Михаил Лебедев —
# активист группы „Цветы жизни“. — …"; taken only when it opens with the speech verb
APPOSED = re.compile(
    rf"[,!?…]\s*[{DASH}]\s+(?P<attr>(?:[^{DASH}{GUILLEMETS}\n\r]|\s[{DASH}]\s|"
    rf"«[^{GUILLEMETS}\n\r]{{1,60}}»){{3,200}}?)[.,:]\s*[{DASH}]\s*"
)
# after the quote: "», — сказал он", "» — сказал он", "», сказал он" (a verb first, then)
AFTER = re.compile(
    rf"(?:{ITALICS})?\s*(?P<sep>,?\s*[{DASH}-]|,)\s*(?P<attr>{ATTRIBUTION}{{3,{ATTRIBUTION_REACH}}})"
)
# before the quote: "Министр заявил: «", "По словам Никифорова, «", "Сидоров заявил, что «"
BEFORE_END = rf"(?:[:,]|,?\s+что)\s*(?:{ITALICS})?$"  # how those words end: ": «", ", что «"
BEFORE = re.compile(rf"(?P<attr>{NAMING}{{3,{ATTRIBUTION_REACH}}}?){BEFORE_END}")
# a cheap test first: BEFORE tries every start of the words before the quote, and most end
# otherwise ("сообщает о «"), where no start can match
ENDS_LIKE_BEFORE = re.compile(BEFORE_END)
SENTENCE_END = re.compile(r"[.!?…][»”)]*\s+|[\n\r]\s*")
# the next sentence opens pointing back to the quote before: "». Так описывал …", "» С этой фразы …"
BACK_POINTER = re.compile(
    r"[.!?…]?\s+(?P<words>Так(?=\s+(?!как(?!\w))[а-яё])|(?:(?:С|Со|На)\s+(?:этой|этих|этого|такой|таких)"
    r"|Этими|Этой|Такими)\s+(?P<noun>[а-яё]+)(?!\w))"
)
# between two quotes, the second an object clause coordinated with the first: "», а также что «"
COORDINATED = re.compile(r"\s*,?\s*(?:а\s+также|и|а)\s+что\s*", re.IGNORECASE)
POINTING_ADVERB = re.compile(r"так\s+", re.IGNORECASE)  # "«…», так сказал Кличко"
LINE_BREAK = re.compile(r"[\n\r]")
CONTINUES = re.compile(r"[\s.!?…]*")  # what may stand between a quote and the next of a run
ORG_PLACE = re.compile(r"(?<!\w)(?:во?|у)\s+(?:[\w-]+\s+)?[«\"„“]?$", re.IGNORECASE)
ORG_WITH = re.compile(r"(?<!\w)(?:со?|к|для)\s+(?:[\w-]+\s+)?[«\"„“]?$", re.IGNORECASE)
CLAUSE_BREAK = re.compile(r"[,;:()]|\s[—–]\s")
WORD_BEFORE = re.compile(r"(\w+)\s*[«\"„“]?$")  # the word right before a name
WORD_AFTER = re.compile(r"[»\"”“]?\s*(\w+)")  # the word right after it
ADDRESSEE = re.compile(r"(?<!\w)(?:ему|ей|им|него|нее|неё|нему|ней)(?!\w)", re.IGNORECASE)
LISTED = re.compile(r"\s*(?:\([^()]*\)\s*)?,\s*[«„“]")  # "«A» (1941), «B»": names in a list
REFERENCE = re.compile(r"(?<!\w)со\s+ссылкой\s+на(?!\w)", re.IGNORECASE)
REFERENCE_WORDS = 4  # "со ссылкой на местного профсоюзного лидера Олега Федорова"
LIST_OPENS = re.compile(r"\(\s*(?:«[^«»()]*»\s*,\s*)*$")  # "(«A», «B», " before a quote
WHOM = re.compile(r"(?<!\w)(?:которого|которую|которых)\s+$", re.IGNORECASE)
CONJUNCTION = re.compile(r"(?:но|а|и|однако),\s*", re.IGNORECASE)  # ", но, утверждает X,"
PARAGRAPH_BREAK = re.compile(r"[\n\r]\s*[\n\r]")
INTERRUPTED = re.compile(rf"[,!?…]\s*[{DASH}]\s")  # "«…, — вспоминает Лужков": the author's words
# the words that open a subordinate clause: not the clause of who speaks
SUBORDINATORS = frozenset({
    "что", "чтобы", "который", "которая", "которое", "которые", "когда", "если", "как", "где",
    "поскольку", "потому", "хотя", "пока",
})  # fmt: skip
# "ещё один казанский электромонтажник", "другая участница": a person not named before
ANOTHER = re.compile(
    r"(?<!\w)(?:(?:ещё|еще)\s+(?:один|одна)|другой|другая)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
SUBJECT_PRONOUN = re.compile(r"(?<!\w)(?:он|она|они|тот|та|те)(?!\w)", re.IGNORECASE)
PREPOSITION = re.compile(
    r"(?<!\w)(?:к|ко|с|со|о|об|для|у|от|по|при|про|за|под|перед|без|на|в|во|из)\s+$", re.I
)
REPORTED = re.compile(r"(?<!\w)(?:что|чтобы)(?!\w)", re.IGNORECASE)
PHRASE_END = re.compile(r"[,:;—–]")
SENTENCE_MARK = re.compile(r"[.!?…]")
LETTER = re.compile(r"[^\W\d_]")
OPEN_MARK = re.compile(f"[{marks.OPENING}]")
CLOSE_MARK = re.compile(f"[{marks.CLOSING}]+")
PAIRS = TYPOGRAPHIC_PAIRS  # a straight quote is not taken: it cannot say where speech ends
OPENER = re.compile(f"[{''.join(PAIRS)}]")
# The marks a scan from each opening one stops at: its closing mark and line breaks, and for
# guillemets, which nest, the opening one too.
MARKS = {
    opening: re.compile(f"[{opening if opening == LEFT_GUILLEMET else ''}{closing}\n\r]")
    for opening, closing in PAIRS.items()
}
SPACE = re.compile(r"\s*")
MAX_NESTING = 3  # « levels inside a quote; deeper is not speech (the old scan went on: only


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
    people are written with, the people with a written role by its head noun."""

    text: str
    people: list[Mention]
    orgs: list[Mention]
    said: dict[int, str | None] = field(default_factory=dict)
    surnames: dict[str, set[str | None]] | None = None
    in_full: set[str | None] = field(default_factory=set)  # people named by more than a surname
    roles: dict[str | None, list[Mention]] | None = None

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


def pieces(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The clauses of text[start:stop], as CLAUSE_BREAK cuts it."""
    breaks = list(CLAUSE_BREAK.finditer(text, start, stop))
    return list(zip([start] + [b.end() for b in breaks], [b.start() for b in breaks] + [stop]))


def instrumental(word: str) -> bool:
    """Whether word's first reading is in the instrumental ("словами", "фразой")."""
    return any(p.tag.case == "ablt" for p in morph.parses(word)[:1])


def has_preposition(words: str) -> bool:
    """Whether a word of words reads first as a preposition ("в кабинете")."""
    return any(
        p.tag.POS == "PREP"
        for w in CYRILLIC_WORD.findall(words)
        for p in morph.parses(w.lower())[:1]
    )


def predicate(text: str, clause: tuple[int, int]) -> re.Match[str] | None:
    """The clause's first word that reads only as a finite verb (its predicate)."""
    for word in CYRILLIC_WORD.finditer(text, *clause):
        readings = morph.parses(word.group().lower())
        if readings and all(p.tag.POS == "VERB" for p in readings):
            return word
    return None


def has_subject(text: str, clause: tuple[int, int]) -> bool:
    """Whether a word of the clause outside quotation marks reads first as a noun or pronoun
    in the nominative (its own subject)."""
    words = re.sub(r"«[^«»]*»", " ", text[clause[0] : clause[1]])
    for word in CYRILLIC_WORD.findall(words):
        first = morph.parses(word.lower())[:1]
        if any(p.tag.POS in ("NOUN", "NPRO") and p.tag.case == "nomn" for p in first):
            return True
    return False


def is_finite(word: str) -> bool:
    """Whether some reading of word (lower case) is a finite verb."""
    return any(p.tag.POS == "VERB" for p in morph.parses(word))


def sentence_start(text: str, at: int, reach: int = ATTRIBUTION_REACH) -> int:
    """Where the sentence holding text[at] starts (no further back than reach)."""
    left = max(0, at - reach)
    ends = list(SENTENCE_END.finditer(text, left, at))
    return ends[-1].end() if ends else left


def may_be_nominative(mention: Mention) -> bool:
    """Whether the last written word of a mention has a reading in the nominative (a normal
    form that is the written one may be a failed inflection: "Фастовского")."""
    words = CYRILLIC_WORD.findall(mention.text)
    return not words or any(p.tag.case == "nomn" for p in morph.parses(words[-1].lower()))


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


def surname_of(mention: Mention) -> str:
    """The person's surname as its normal form ends (lower case): what tells two people apart."""
    name = mention.name or Name()
    return (name.last or (mention.normal or mention.text).split()[-1:][0]).lower()

"""Direct speech: quotations, who said them, and with what verb.

A quotation is a top-level «…» pair (with „…“ or «…» nested inside), or a “…” or „…“ pair.
A quotation that runs over several paragraphs ("«first… \\n\\n«second…»", the Russian way) is
one quote. A quotation right after a noun that names a thing by its title ("статья 159 УК РФ
«…»", "закон «…»", "фильм «…»": ``lang.speech.TITLES``) is a title, not speech. The
attribution holds a speech verb (any form of a verb of speech or opinion, read by its lemma:
``lang.speech``) or "по словам", "по мнению"..., and is looked for in this order:

- inside the quote, interrupting it: «Мы видим рост…, — сказал глава Минкомсвязи Николай
  Никифоров. — С точки зрения…» (the quote's ``text`` then leaves the attribution out);
- right after it: «…», — отметил он. / «…?» — спросил министр. / «…», утверждал министр.
- right before it: Министр заявил: «…», По словам Никифорова, «…», Сидоров заявил, что «…»,
  or the words of the sentence before a quote that opens inside it;
- for a quote that opens a sentence and has none of its own: the quote before it, when only
  the end of a sentence or a paragraph stands between (a run of quotes: the same speaker),
  else, after a colon, the subject of the clause the colon ends ("Решение Анна принимала
  сама: «…»"; not a subordinate clause's, nor the verb's object), else the sentence before,
  when it holds a speech verb and names who speaks.

The speaker is the person named in the attribution (of two, the one in the nominative nearest
the verb, and never one in what was said, after "что"); a bare surname NER did not mark, of the
one person written with it; else a role alone ("глава ведомства", "глава Минкомсвязи России")
names the one person of the document whose role fits (or, of those whose role is written
before, the one named last), or, when the document writes no such role, the one subject (or
"по мнению X") of the words before it back to the sentence before, of the verb's gender (so
for "— сказала женщина"); with
"цитировать", the person quoted, not the outlet; "со ссылкой на X", X; else "он"/"она" (or
"по его словам")
names the nearest person mentioned before the quote that is of its gender (the given name's
gender, else the surname's and the words that agree with it: ``lang.gender``; a person of
unknown gender only when no one else fits; "они" no one); else an organisation that speaks in
it ("в пресс-службе ФАС", "в сообщении Минфина", "Минфин сообщил", not "с «Медузой»"), or,
for "в компании", "в ведомстве", the last organisation named before. A quotation with no
attribution is kept only when it reads as speech (``MIN_UNATTRIBUTED_WORDS`` words or more);
short ones are names and titles («Почта России»); one whose attribution comes before it needs
``MIN_WORDS``, one with its attribution after it or inside it none.

Size: one pass of rules over one document's quotes; its parts share the document's state
(``_Document``) and the offsets of each attribution, so they stay together.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import accumulate

from .lang import gender, grammar, marks, morph, speech
from .lang.letters import CAPITALS, CYRILLIC_WORD, before_spaces
from .lang.marks import GUILLEMETS, LEFT_GUILLEMET, QUOTES, TYPOGRAPHIC_PAIRS
from .records import Mention, Name, Quote
from .roles import POSITION, nominative, person_head, role_head

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
BEFORE = re.compile(
    rf"(?P<attr>{NAMING}{{3,{ATTRIBUTION_REACH}}}?)(?:[:,]|,?\s+что)\s*(?:{ITALICS})?$"
)
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
SPACE_BEFORE = re.compile(r"\s*$")  # the spaces a stretch of text ends with
PARAGRAPH_BREAK = re.compile(r"[\n\r]\s*[\n\r]")
INTERRUPTED = re.compile(rf"[,!?…]\s*[{DASH}]\s")  # "«…, — вспоминает Лужков": the author's words
# the words that open a subordinate clause: not the clause of who speaks
SUBORDINATORS = frozenset({
    "что", "чтобы", "который", "которая", "которое", "которые", "когда", "если", "как", "где",
    "поскольку", "потому", "хотя", "пока",
})  # fmt: skip
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
# texts with 5 or more nested « differ, and there no quote is better than a wrong one)


@dataclass(frozen=True)
class _Span:
    start: int  # inside the quotation marks
    stop: int


class _Mentions:
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
class _Document:
    """What the rules read of one document, each read once: its people and organisations
    (indexed by offset), the gender each person mention shows (by its start), the surnames
    people are written with, the people with a written role by its head noun."""

    text: str
    people: list[Mention]
    orgs: list[Mention]
    said: dict[int, str | None] = field(default_factory=dict)
    surnames: dict[str, set[str | None]] | None = None
    roles: dict[str | None, list[Mention]] | None = None

    def __post_init__(self) -> None:
        self.people_at = _Mentions(self.people)
        self.orgs_at = _Mentions(self.orgs)

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
        Сидоров")."""
        if self.surnames is None:
            self.surnames = {}
            for m in self.people:
                name = m.name or Name()  # the surname in the nominative
                for written in {name.last, *(m.normal or "").split()[-1:]} - {None, ""}:
                    self.surnames.setdefault(written.lower(), set()).add(m.entity)
        found = self.surnames.get(word.lower(), set())
        return next(iter(found)) if len(found) == 1 else None


@dataclass(frozen=True)
class _Found:
    """A quote and where its attribution ends (where the next quote of a run may follow)."""

    quote: Quote
    end: int


def find_quotes(text: str, mentions: list[Mention], doc: str = "-") -> list[Quote]:
    """The document's direct quotes, with speakers resolved against its (resolved) mentions."""
    found = _Document(
        text,
        [m for m in mentions if m.type == "PER"],
        [m for m in mentions if m.type == "ORG"],
    )
    quotes: dict[str, Quote] = {}  # a headline repeated in the text is one quote
    previous: _Found | None = None
    names = {(m.start, m.stop) for m in found.orgs}  # «Народный фронт» is a name, not speech
    titles: set[str] = set()  # a title named once is a title wherever it is quoted again
    for span in _quotations(text):
        inner = text[span.start : span.stop]
        if speech.is_title(text[max(0, span.start - 61) : span.start - 1]):
            titles.add(inner)
            continue
        if inner in titles or speech.is_about_title(inner):
            continue
        if (span.start, span.stop) in names:
            continue
        current = _attribute(found, span, doc, previous)
        if current is None:
            continue
        previous = current
        if current.quote.text not in quotes:
            quotes[current.quote.text] = current.quote
    return list(quotes.values())


# Quotation marks


def _quotations(text: str) -> Iterator[_Span]:
    """Top-level quotation spans, multi-paragraph quotes joined. Linear in the text: a scan
    jumps from mark to mark, gives up beyond MAX_NESTING levels, and a reopening « that a
    failed scan went through is not scanned again (its scan would be the same)."""
    last = {closer: text.rfind(closer) for closer in set(PAIRS.values())}
    failed: set[int] = set()
    index = 0
    while (opener := OPENER.search(text, index)) is not None:
        open_at = opener.start()
        stop = None
        if open_at not in failed and last[PAIRS[text[open_at]]] > open_at:
            stop = _closing(text, open_at, failed)
        if stop is None:
            index = open_at + 1
            continue
        yield _Span(open_at + 1, stop)
        index = stop + 1


def _closing(text: str, open_at: int, failed: set[int]) -> int | None:
    """Offset of the mark closing the one at open_at; a paragraph break without a close is
    allowed only when the next paragraph reopens the quote with «. The reopening marks of a
    scan that fails are added to failed."""
    opener = text[open_at]
    marks = MARKS[opener]
    depth = 0
    reopened: list[int] = []
    index = open_at + 1
    while (found := marks.search(text, index)) is not None:
        at, char = found.start(), found.group()
        if char == PAIRS[opener] and depth == 0:
            return at
        if char == "«":
            depth += 1
            if depth > MAX_NESTING:
                break
        elif char == "»":
            depth -= 1
        else:  # a line break: the quote goes on, is reopened, or ends unclosed
            following = SPACE.match(text, at).end()  # the next line's first character
            if opener == "«" and depth == 0 and text.startswith("«", following):
                reopened.append(following)
                index = following + 1
                continue
            if text[at + 1 : at + 2] in ("\n", "\r") or following != at + 1:
                break
        index = at + 1
    failed.update(reopened)
    return None


# Attribution


def _attribute(found: _Document, span: _Span, doc: str, previous: _Found | None) -> _Found | None:
    text = found.text
    inner = text[span.start : span.stop]
    words = len(inner.split())
    speech_text = inner
    attribution = None
    interruption = INTERRUPTION.search(inner)
    if not (interruption and speech.speech_verb(interruption["attr"])):
        interruption = _apposed(inner)
    if interruption is not None:
        attribution = (
            span.start + interruption.start("attr"),
            span.start + interruption.end("attr"),
        )
        mark = inner[interruption.start()]
        speech_text = (
            inner[: interruption.start()]
            + (mark if mark in "!?…" else ".")
            + " "
            + inner[interruption.end() :]
        )
    else:
        attribution = _after(text, span, words)
        if attribution is None and words >= MIN_WORDS and not _in_aside(text, span):
            attribution = _before(text, span, found.people_at)
    if attribution is None:
        return _unattributed(found, span, doc, previous, _clean(speech_text), words)
    start, stop = attribution
    speaker_text, speaker = _speaker(found, start, stop, span)
    if speaker_text is None and stop > span.stop and words >= MIN_WORDS:
        # "«…», добавив, что …", "«…», — и обещала …": a gerund or a second predicate after the
        # quote has the subject of the words before it ("Лужков ответил: «…», добавив")
        before = _before(text, span, found.people_at)
        if before is not None:
            said_before = _speaker(found, *before, span)
            if said_before[0] is not None:
                (start, stop), (speaker_text, speaker) = before, said_before
    if speaker_text is None and stop > span.stop and words >= MIN_WORDS:
        shared = _subject_before_quote(found, (start, stop), span)
        if shared is not None:
            speaker_text, speaker = shared
    verb = speech.speech_verb(text[start:stop])
    if speaker_text is None and previous is not None and _coordinated(text, previous, span):
        said = previous.quote  # "сообщил, что «…», а также что «…»": the same verb's words
        quote = Quote(doc, _clean(speech_text), span.start, span.stop, said.speaker,
                      said.speaker_text, said.verb)  # fmt: skip
        return _Found(quote, max(stop, span.stop + 1))
    quote = Quote(
        doc,
        _clean(speech_text),
        span.start,
        span.stop,
        speaker,
        speaker_text,
        verb.group().lower() if verb else None,
    )
    return _Found(quote, max(stop, span.stop + 1))


def _coordinated(text: str, previous: _Found, span: _Span) -> bool:
    """Whether the quote is a second object clause of the previous quote's speech verb, joined
    by a conjunction in the same sentence ("сообщил, что «…», а также что «…»", "сказал, что
    «…» и что «…»"), that quote having a speaker."""
    if previous.quote.speaker is None:
        return False
    return COORDINATED.fullmatch(text, previous.quote.stop + 1, span.start - 1) is not None


def _in_aside(text: str, span: _Span) -> bool:
    """Whether the quote is an item of a list of quotes in a parenthesis ("ответил на три
    вопроса («…», «…», «…»)"): an aside that names what the sentence speaks of, not the
    words of its speech verb's subject ("По словам Лужкова, … («мне советники не нужны»)" is
    his)."""
    opens = LIST_OPENS.search(text, max(0, span.start - 1 - ATTRIBUTION_REACH), span.start - 1)
    if opens is None:
        return False
    after = LISTED.match(text, span.stop + 1) is not None  # «A» of «A», «B»
    return after or "«" in text[opens.start() : span.start - 1]  # «B» of («A», «B»)


def _apposed(inner: str) -> re.Match[str] | None:
    """An interruption that opens with its speech verb and names its speaker with an apposition
    after a dash ("…, — добавляет Михаил Лебедев — активист группы. — …")."""
    for match in APPOSED.finditer(inner):
        verb = speech.speech_verb(match["attr"])
        if verb is not None and verb.start() == 0:
            return match
    return None


def _unattributed(
    found: _Document, span: _Span, doc: str, previous: _Found | None, text: str, words: int
) -> _Found | None:
    """A quote with no attribution of its own: the next of a run when it follows the one before
    with nothing but the sentence's end between ("«…», — сказал он. «…»", or the next
    paragraph), and starts a sentence: its speaker is that quote's; else speech only when long."""
    opened = span.start - 1
    heading = _heading(found.text, span)
    if (
        previous is not None
        and previous.quote.speaker is not None
        and words >= MIN_WORDS
        and text[:1].isupper()
        and CONTINUES.fullmatch(found.text, previous.end, opened)
        and not heading
    ):
        quote = previous.quote
        continued = Quote(doc, text, span.start, span.stop, quote.speaker, quote.speaker_text, None)
        return _Found(continued, span.stop + 1)
    alone = words >= MIN_WORDS and text[:1].isupper() and not heading
    listed = LISTED.match(found.text, span.stop + 1) is not None
    introduced = _introducing_clause(found.text, span) if alone and not listed else None
    if introduced is not None:
        speaker_text, speaker = _speaker(found, *introduced, span)
        if speaker is None:
            speaker_text, speaker = _pointed(found, introduced, span) or (speaker_text, speaker)
        shared = None
        if speaker_text is None:
            shared = _shared_subject(found, introduced, span)
            speaker_text, speaker = shared or (None, None)
        if (
            speaker is not None
            and speaker.startswith("PER:")
            and (shared is not None or _agrees(found, introduced, speaker))
        ):
            quote = Quote(doc, text, span.start, span.stop, speaker, speaker_text, None)
            return _Found(quote, span.stop + 1)
    told = _previous_sentence(found, span) if alone else None
    if told is not None:
        speaker_text, speaker = _speaker(found, *told, span)
        if speaker is not None and speaker.startswith("PER:"):  # an organisation: too loose
            verb = speech.speech_verb(found.text[told[0] : told[1]])
            verb_text = verb.group().lower() if verb else None
            quote = Quote(doc, text, span.start, span.stop, speaker, speaker_text, verb_text)
            return _Found(quote, span.stop + 1)
    named = _next_sentence(found, span) if alone else None
    if named is not None:
        speaker_text, speaker, verb_text, end = named
        quote = Quote(doc, text, span.start, span.stop, speaker, speaker_text, verb_text)
        return _Found(quote, end)
    if words < MIN_UNATTRIBUTED_WORDS or _woven(text):
        return None
    return _Found(Quote(doc, text, span.start, span.stop, None, None, None), span.stop + 1)


def _next_sentence(found: _Document, span: _Span) -> tuple[str, str, str | None, int] | None:
    """(speaker_text, speaker, verb, end) of a quote whose speaker the next sentence names, when
    that sentence points back to it with a demonstrative first ("«…». Так описывал свою работу
    Петров", "«…». Этими словами Петров ответил", "«…» С этой фразы Петрова начинается
    интервью"): with a speech verb, the person its attribution names; else the person named in
    the genitive right after the demonstrative's noun of speech (whose phrase). A person only."""
    text = found.text
    opens = BACK_POINTER.match(text, span.stop + 1)
    if opens is None:
        return None
    start = opens.start("words")
    end = SENTENCE_END.search(text, start)
    stop = end.start() if end else len(text)
    noun = opens["noun"]
    if noun is not None and not speech.is_speech_noun(noun.lower()):
        return None
    verb = speech.speech_verb(text[start:stop])
    if verb is not None:
        speaker_text, speaker = _speaker(found, start, stop, span)
        verb_text: str | None = verb.group().lower()
    elif noun is not None:
        after = opens.end("noun")
        people = found.people_at.within(after, stop)
        if _instrumental(noun.lower()):  # "Этими словами Петров открыл собрание": its subject
            subjects = [m for m in people if _as_normal(m) and _nominative(text, m)]
            whose = subjects[0] if len(subjects) == 1 else None
        else:  # "С этой фразы президента компании Игоря Сечина": whose phrase
            whose = people[0] if people and not _as_normal(people[0]) else None
            between = text[after : whose.start] if whose else ""
            if whose is None or CLAUSE_BREAK.search(between) or _has_preposition(between):
                return None
        if whose is None:
            return None
        speaker_text, speaker, verb_text = whose.text, whose.entity, None
    else:
        return None
    if speaker_text is None or speaker is None or not speaker.startswith("PER:"):
        return None
    return speaker_text, speaker, verb_text, stop


def _introducing_clause(text: str, span: _Span) -> tuple[int, int] | None:
    """The clause a colon ends right before a quote that opens with a capital, with no speech
    verb: the author's words that introduce direct speech ("Бизнесмен назвал его «смелым»:
    «…»", "…, тот согласился: «…»"). Of the sentence's clauses, the last that is no
    subordinate one ("…, что Сидоров не прислал хлеб:" is what happened, not who speaks) and
    has a predicate ("Юханссон передумал, несмотря на свой возраст:"; with none, the last)."""
    colon = SPACE_BEFORE.search(text, 0, span.start - 1)
    if colon is None or text[colon.start() - 1 : colon.start()] != ":":
        return None
    stop = colon.start() - 1
    start = _sentence_start(text, stop)
    breaks = list(CLAUSE_BREAK.finditer(text, start, stop))
    clauses = zip([start] + [b.end() for b in breaks], [b.start() for b in breaks] + [stop])
    verbless = None  # "…, несмотря на свой возраст:": an adjunct, the predicate before it
    for clause, end in reversed(list(clauses)):
        first = CYRILLIC_WORD.search(text, clause, end)
        if first is not None and first.group().lower() not in SUBORDINATORS:
            if _predicate(text, (clause, end)) is not None:
                return clause, end
            verbless = verbless or (clause, end)
    return verbless


def _shared_subject(
    found: _Document, clause: tuple[int, int], span: _Span
) -> tuple[str, str] | None:
    """The subject of the clause a colon ends when that clause leaves it out: coordinated
    predicates share the subject named in an earlier clause of the sentence ("К Ельцину он
    пришёл …, но что происходило, запомнил плохо: «…»"), or of the sentence before when this one
    opens with a coordinating conjunction ("… Слуцкий отзывался о ней положительно. А когда мог,
    защищал её, — например, так: «…»"). Back from the colon's clause, past
    subordinate clauses and clauses with no subject of their own, the first that names one: a
    person (by name, surname or pronoun) of the colon verb's gender; none when the clause has a
    subject of its own or the earlier subject is no person."""
    text = found.text
    verb = _predicate(text, clause)
    if verb is None or _has_subject(text, clause) or found.people_at.within(*clause):
        return None
    wanted = _verb_gender(verb.group().lower())
    start = _sentence_start(text, clause[0])
    clauses = _pieces(text, start, clause[0])
    opening = CYRILLIC_WORD.search(text, start, clause[0])
    end = before_spaces(text, start)
    if (
        opening is not None
        and opening.group().lower() in speech.COORDINATORS
        and end > 0
        and not LINE_BREAK.search(text, end, start)
    ):  # "… Слуцкий отзывался о ней положительно. А когда мог, защищал её: «…»"
        clauses = _pieces(text, _sentence_start(text, end - 1), end - 1) + clauses
    for earlier in reversed(clauses):
        words = [w.group().lower() for w in CYRILLIC_WORD.finditer(text, *earlier)]
        while words and words[0] in speech.COORDINATORS:
            words = words[1:]
        if not words or words[0] in SUBORDINATORS or _predicate(text, earlier) is None:
            continue
        speaker_text, speaker = _speaker(found, *earlier, span)
        if speaker_text is None:
            speaker_text, speaker = _pointed(found, earlier, span) or (None, None)
        if speaker_text is None and not _has_subject(text, earlier):
            continue  # "Петров пришёл, сел, подумал и …": the subject further back
        if speaker is not None and PRONOUN.fullmatch(speaker_text or ""):
            # a pronoun is no one named in its own clause ("К Ельцину он пришёл": not Ельцин)
            who = _antecedent(text, speaker_text, span, found.people_at, found.said, earlier[0])
            speaker = who if _told(found, span) else None
        if speaker is None or not speaker.startswith("PER:"):
            return None
        people = [m for m in found.people_at.within(0, clause[1]) if m.entity == speaker]
        if wanted is not None and _genders(text, people, found.said).get(speaker) not in (
            wanted,
            None,
        ):
            return None
        return speaker_text, speaker
    return None


def _subject_before_quote(
    found: _Document, attribution: tuple[int, int], span: _Span
) -> tuple[str, str] | None:
    """The subject of the sentence's clause before the quote when the attribution after it is a
    second predicate with no subject of its own ("Стерлигов называл Ганеева другом и «…»,
    рассказывал, что …"): the person that clause names as its subject (before its verb), of the
    gender the attribution's verb shows (a verb that shows none, "сообщили", names no one)."""
    text = found.text
    verb = speech.speech_verb(text[attribution[0] : attribution[1]])
    if verb is None:
        return None
    said = (attribution[0], attribution[0] + verb.start())  # the words before the verb
    if _has_subject(text, said) or found.people_at.within(*said):
        return None
    wanted = _verb_gender(verb.group().lower())
    after = (attribution[0] + verb.end(), attribution[1])
    told = REPORTED.search(text, *after)
    if wanted is None or _has_subject(text, (after[0], told.start() if told else after[1])):
        return None
    start = _sentence_start(text, span.start - 1)
    for clause in reversed(_pieces(text, start, span.start - 1)):
        first = CYRILLIC_WORD.search(text, *clause)
        if first is None or first.group().lower() in SUBORDINATORS:
            continue
        if _predicate(text, clause) is None:
            continue
        speaker_text, speaker = _speaker(found, *clause, span)
        if speaker is None or not speaker.startswith("PER:") or not _agrees(found, clause, speaker):
            return None
        people = [m for m in found.people_at.within(0, span.start) if m.entity == speaker]
        gender_known = _genders(text, people, found.said).get(speaker)
        return (speaker_text, speaker) if gender_known in (wanted, None) else None
    return None


def _pieces(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The clauses of text[start:stop], as CLAUSE_BREAK cuts it."""
    breaks = list(CLAUSE_BREAK.finditer(text, start, stop))
    return list(zip([start] + [b.end() for b in breaks], [b.start() for b in breaks] + [stop]))


def _instrumental(word: str) -> bool:
    """Whether word's first reading is in the instrumental ("словами", "фразой")."""
    return any(p.tag.case == "ablt" for p in morph.parses(word)[:1])


def _has_preposition(words: str) -> bool:
    """Whether a word of words reads first as a preposition ("в кабинете")."""
    return any(
        p.tag.POS == "PREP"
        for w in CYRILLIC_WORD.findall(words)
        for p in morph.parses(w.lower())[:1]
    )


def _predicate(text: str, clause: tuple[int, int]) -> re.Match[str] | None:
    """The clause's first word that reads only as a finite verb (its predicate)."""
    for word in CYRILLIC_WORD.finditer(text, *clause):
        readings = morph.parses(word.group().lower())
        if readings and all(p.tag.POS == "VERB" for p in readings):
            return word
    return None


def _has_subject(text: str, clause: tuple[int, int]) -> bool:
    """Whether a word of the clause outside quotation marks reads first as a noun or pronoun
    in the nominative (its own subject)."""
    words = re.sub(r"«[^«»]*»", " ", text[clause[0] : clause[1]])
    for word in CYRILLIC_WORD.findall(words):
        first = morph.parses(word.lower())[:1]
        if any(p.tag.POS in ("NOUN", "NPRO") and p.tag.case == "nomn" for p in first):
            return True
    return False


def _pointed(found: _Document, clause: tuple[int, int], span: _Span) -> tuple[str, str] | None:
    """The person a demonstrative pronoun stands for when it is the subject of the clause that
    introduces direct speech, whatever its verb ("Хозяин пригласил Бабкина вступить в совет,
    тот согласился: «…»"): the person of its gender named last before it."""
    pointing = DEMONSTRATIVE.match(found.text, SPACE.match(found.text, *clause).end(), clause[1])
    if pointing is None or not _finite(pointing.group(2).lower()) or not _told(found, span):
        return None
    owner = speech.DEMONSTRATIVE[pointing.group(1).lower()]
    at = pointing.start()
    who = _antecedent(found.text, owner, span, found.people_at, found.said, at)
    return (pointing.group(1), who) if who is not None else None


def _agrees(found: _Document, clause: tuple[int, int], speaker: str) -> bool:
    """Whether the speaker may be the subject of the clause that introduces the quote: named
    before its verb when named in it ("Бизнесмен назвал Дудаева «…»:" is not Дудаев), and of
    the verb's gender when it shows one."""
    text = found.text
    words = CYRILLIC_WORD.finditer(text, *clause)
    verb = next((w for w in words if _finite(w.group().lower())), None)
    people = [m for m in found.people_at.within(0, clause[1]) if m.entity == speaker]
    before = any(clause[0] <= m.start < (verb.start() if verb else clause[1]) for m in people)
    if not before and found.people_at.within(*clause):  # named only after the verb: its object
        return False
    wanted = _verb_gender(verb.group().lower()) if verb else None
    return wanted is None or _genders(text, people, found.said).get(speaker) in (wanted, None)


def _finite(word: str) -> bool:
    """Whether some reading of word (lower case) is a finite verb."""
    return any(p.tag.POS == "VERB" for p in morph.parses(word))


def _heading(text: str, span: _Span) -> bool:
    """Whether a quotation stands as a heading glued into a one-line body: no sentence ends in
    it or after it, and the next quotation opens right after ("…». «Не людей же режут» «Доказать
    …»"): a heading that quotes someone, not the next words of the speaker before it."""
    if SENTENCE_MARK.search(text, span.start, span.stop):
        return False
    after = SPACE.match(text, span.stop + 1).end()
    return text[after : after + 1] in PAIRS


def _woven(speech_text: str) -> bool:
    """Whether an unattributed quotation is wording woven into the author's sentence, not
    speech: it opens in lower case ("получила деньги на «разработку концепции …»", "назвал
    его «сторонником …»"), so it is a phrase of that sentence, not a sentence of its own."""
    letter = LETTER.search(speech_text)
    return letter is not None and letter.group().islower()


def _after(text: str, span: _Span, words: int) -> tuple[int, int] | None:
    """The attribution right after the quote: after a dash, or after a comma when it starts
    with the speech verb and the quote is no name ("», утверждал министр"; not "«Медуза»,
    говорят"); after a dash, its speech verb among its first words (fewer than
    ``AFTER_VERB_WORDS`` before it: "», — в свою очередь заявил он"; not "«партии власти», —
    в падении рейтинга партии на выборах, отмечают источники": the author's own sentence)."""
    tail_at = span.stop + 1
    match = AFTER.match(text, tail_at, tail_at + ATTRIBUTION_REACH + 8)
    if not match:
        return None
    verb = speech.speech_verb(match["attr"])
    if verb is None or (match["sep"] == "," and (words < MIN_WORDS or not _opens(match, verb))):
        return None
    if len(match["attr"][: verb.start()].split()) >= AFTER_VERB_WORDS:
        return None
    return match.start("attr"), match.end("attr")


def _opens(after: re.Match[str], verb: re.Match[str]) -> bool:
    """Whether an attribution after a quote and a comma opens with its speech verb (or "так"
    and its speech verb: "«…», так сказал Кличко"), or with a conjunction and a comma before it, the verb's words then closed by a comma: a parenthetical
    between the quote and the sentence's next words ("«…», но, утверждает Затулин, «…»")."""
    if verb.start() == 0 or POINTING_ADVERB.fullmatch(after["attr"], 0, verb.start()):
        return True  # "«…», так сказал Кличко": "так" points back to the quote
    opening = CONJUNCTION.fullmatch(after["attr"], 0, verb.start())
    return opening is not None and "," in after["attr"][verb.end() :]


def _before(text: str, span: _Span, people: _Mentions) -> tuple[int, int] | None:
    """An attribution ending in a colon or comma before the quote, or in "что": one with a
    speech verb or "по словам", or a headline's bare name ("Николай Никифоров: «…»"); else the
    sentence's words before a quote that opens inside it, when they hold a speech verb
    ("Сидоров заявил журналистам, что власти «…»")."""
    head_start = max(0, span.start - 1 - ATTRIBUTION_REACH)
    head = text[head_start : span.start - 1]
    match = BEFORE.search(head)
    if match:
        start, stop = head_start + match.start("attr"), head_start + match.end("attr")
        words = match["attr"]
        named = any(m.stop == stop for m in people.within(start, stop))
        if speech.says(words):
            return start, stop
        if named and head.rstrip().endswith(":"):
            return start, stop
    start = _sentence_start(text, span.start - 1)
    words = text[start : span.start - 1]
    if words.strip() and speech.says(words) and not _object_named(text, start, span):
        return start, span.start - 1
    return None


def _object_named(text: str, start: int, span: _Span) -> bool:
    """Whether the quote is the direct object of the speech verb right before it, a noun phrase
    in the accusative ("рассказал Тарасову «совершенно невероятную историю»"): the thing told,
    named in words the construction gives no author for, not the subject's speech."""
    verbs = speech.speech_verbs(text[start : span.start - 1])
    if not verbs or not text[span.start : span.start + 1].islower():
        return False
    between = text[start + verbs[-1].end() : span.start - 1]
    if len(between.split()) > 1 or not CYRILLIC_WORD.fullmatch(between.strip() or "а"):
        return False  # "предложил в обмен «…»", "заявил, что «…»"
    for word in CYRILLIC_WORD.findall(text, span.start, span.stop)[:3]:
        readings = morph.parses(word.lower())
        if any(p.tag.POS == "ADVB" for p in readings[:1]):
            continue  # "совершенно"
        return all(p.tag.POS in ("ADJF", "NOUN") and p.tag.case == "accs" for p in readings[:1])
    return False


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding text[at] starts (no further back than ATTRIBUTION_REACH)."""
    left = max(0, at - ATTRIBUTION_REACH)
    ends = list(SENTENCE_END.finditer(text, left, at))
    return ends[-1].end() if ends else left


def _previous_sentence(found: _Document, span: _Span) -> tuple[int, int] | None:
    """The sentence before a quote that opens a sentence of its own, when it holds a speech
    verb ("Сидоров рассказал журналистам о планах. «…»")."""
    opened = span.start - 1
    stop = _sentence_start(found.text, opened)
    if found.text[stop:opened].strip() or stop == 0:
        return None
    start = _sentence_start(found.text, stop - 1)
    return (start, stop) if speech.says(found.text[start:stop]) else None


def _speaker(found: _Document, start: int, stop: int, span: _Span) -> tuple[str | None, str | None]:
    """(speaker_text, entity id) of the attribution text[start:stop]: a person named in it (the
    one nearest its speech verb), by name or bare surname; by role or person noun; "он"/"она"
    by the antecedent; an organisation that speaks in it ("в пресс-службе ФАС", "Минфин
    сообщил"), or the last one the document names before when it says "в компании"."""
    text = found.text
    saying = _narrowed(text, start, stop)
    start, stop = saying or (start, stop)
    anchor = start + _anchor(text[start:stop], stop <= span.start)
    if stop <= span.start:
        start = _clause(found, start, stop, anchor)
    said = REPORTED.search(text, anchor, stop)  # "заявил, что Сидоров...": what was said
    stop = said.start() if said else stop
    words = ASIDE.sub(lambda aside: " " * len(aside.group()), text[start:stop])
    asides = [(start + a.start(), start + a.end()) for a in ASIDE.finditer(text[start:stop])]
    relative = _relative_subject(found, start, anchor)
    if relative is not None:
        return relative.text, relative.entity
    quoted = _quoted(found, anchor, stop)
    if quoted is not None:
        return quoted
    referred = _referred(found, start, stop)
    if referred is not None:
        return referred.text, referred.entity
    inside = [
        m
        for m in found.people_at.within(start, stop)
        if not any(a <= m.start < b for a, b in asides)
    ]
    verb = CYRILLIC_WORD.match(text, anchor)
    wanted = _verb_gender(verb.group().lower()) if verb else None
    subjects = [m for m in inside if _nominative(text, m) and _subject_of(m, wanted)]
    surely = [m for m in subjects if _as_normal(m)]  # "Стерлигов, по словам Тарасова, …"
    subjects = surely or subjects
    if subjects:
        near = _nearest(subjects, anchor)
        return near.text, near.entity
    for word in CYRILLIC_WORD.finditer(words):
        at = start + word.start()
        if any(m.start <= at < m.stop for m in inside) or not word.group()[:1].isupper():
            continue
        if entity := found.surname(word.group()):
            return word.group(), entity
    anonymous = next(
        (w for w in CYRILLIC_WORD.findall(words) if speech.is_anonymous(w.lower())), None
    )
    if anonymous:
        return anonymous, None
    pronoun = PRONOUN.search(words)
    if pronoun and pronoun.group().lower() != "они":
        who = _antecedent(
            text, pronoun.group(), span, found.people_at, found.said, start + pronoun.start()
        )
        return pronoun.group(), who if _told(found, span) else None
    pointing = _demonstrative(words)
    if pointing is not None:
        owner = speech.DEMONSTRATIVE[pointing.group(1).lower()]
        who = _antecedent(text, owner, span, found.people_at, found.said, start + pointing.start())
        return pointing.group(1), who if _told(found, span) else None
    noun = _person_noun(words)
    if noun:
        at = min(start, span.start - 1)
        who = _person_with_role(nominative(noun), found, span.start, at)
        represented = None if who else _represented(found, start, stop)
        if represented:
            return represented.text, represented.entity
        if who is None and not _addresses(words, noun):
            verb_said = speech.speech_verb(text[start:stop])
            who = _subject_before(found, at, verb_said, role_head(nominative(noun)))
        return noun, who
    person = speech.someone(words)  # "— сказала женщина": the subject before, of its gender
    if person is not None and not inside and not ADDRESSEE.search(words):
        at = min(start, span.start - 1)
        return person, _subject_before(found, at, speech.speech_verb(text[start:stop]))
    if inside and saying:  # "по словам Ивана Сидорова"
        near = _nearest(inside, anchor)
        return near.text, near.entity
    position = POSITION.search(words)
    if position:
        phrase = _role_phrase(words[position.start() :])
        at = min(start, span.start - 1)
        return phrase, _person_with_role(nominative(phrase), found, span.start, at)
    saying = speech.SAYING.match(words)  # "по его словам", "по ее мнению"
    owner = speech.POSSESSIVE.get(saying.group(1).lower()) if saying and saying.group(1) else None
    if owner:
        who = _antecedent(text, owner, span, found.people_at, found.said)
        return saying.group(1), who if _told(found, span) else None
    orgs = found.orgs_at.within(start, stop)
    org = _represented(found, start, stop)
    org = org or next((m for m in orgs if _where_speaks(text, m, anchor)), None)
    org = org or next((m for m in orgs if _speaks(text, m)), None)
    if org is not None:
        return org.text, org.entity
    body = speech.body(words)
    if body is not None:
        before = found.orgs_at.last_ending_by(span.start - 1)
        return body, before.entity if before else None
    return (pronoun.group(), None) if pronoun else (None, None)


def _quoted(found: _Document, verb: int, stop: int) -> tuple[str, str | None] | None:
    """Who is quoted when the speech verb is "цитировать" ("— цитирует слова Иванова газета",
    "Заключение цитирует письмо Ивановой"): not its subject, who quotes, but the first person
    named after it in an oblique case ("— цитирует РБК Иванова": not РБК, the subject). None
    for another verb, after "которого" ("Иванов, которого цитирует РБК": the person before),
    or when no one after it is surely oblique ("цитирует Regnum Минченко"): the other rules."""
    word = CYRILLIC_WORD.match(found.text, verb)
    if word is None or not speech.is_quoting(word.group().lower()):
        return None
    if WHOM.search(found.text, max(0, verb - 20), verb):
        return None
    people = found.people_at.within(verb, stop)
    named = [m for m in people if not (_as_normal(m) and _may_be_nominative(m))]
    first = min(named, key=lambda m: m.start) if named else None
    return (first.text, first.entity) if first else None


def _referred(found: _Document, start: int, stop: int) -> Mention | None:
    """The person an outlet's report refers to ("Издание сообщало со ссылкой на профсоюзного
    лидера Олега Федорова, что «…»"): the first person named after "со ссылкой на", within a
    few words; not when an unnamed source is referred to ("со ссылкой на источник")."""
    reference = REFERENCE.search(found.text, start, stop)
    if reference is None:
        return None
    after = found.people_at.within(reference.end(), stop)
    first = min(after, key=lambda m: m.start) if after else None
    if first is None or len(found.text[reference.end() : first.start].split()) > REFERENCE_WORDS:
        return None
    between = CYRILLIC_WORD.findall(found.text, reference.end(), first.start)
    return None if any(speech.is_anonymous(w.lower()) for w in between) else first


def _may_be_nominative(mention: Mention) -> bool:
    """Whether the last written word of a mention has a reading in the nominative (a normal
    form that is the written one may be a failed inflection: "Фастовского")."""
    words = CYRILLIC_WORD.findall(mention.text)
    return not words or any(p.tag.case == "nomn" for p in morph.parses(words[-1].lower()))


def _subject_before(
    found: _Document, at: int, verb: re.Match[str] | None, head: str | None = None
) -> str | None:
    """The person a role noun with no written role stands for ("Сергей Собянин объявил … —
    тогда мэр посетовал", "— вспоминает Лужков. … — добавляет бывший мэр"): the one person who
    is a subject (in the nominative) or whose words are reported ("по мнению Догузова") in
    the words before the attribution, back to the start of the sentence before it (further, up
    to ``UNNAMED_SENTENCES`` sentences of the paragraph, while those name no one: "Тимур Цхурбати
    рассказывает … . По его словам, … . «…», — рассказывает предприниматель"; there, no one
    whose written role has head, the role noun's head: that role did not fit), of the speech
    verb's gender when it shows one; no one when an unnamed source stands there too."""
    text = found.text
    sentence = _sentence_start(text, at)
    since = near = _sentence_start(text, sentence - 1) if sentence > 0 else sentence
    for _ in range(UNNAMED_SENTENCES):  # sentences that name no one go on about the same person
        if since == 0 or found.people_at.within(since, at) or since < at - ANTECEDENT_REACH:
            break
        earlier = _sentence_start(text, before_spaces(text, since) - 1)  # spaces are no sentence
        if PARAGRAPH_BREAK.search(text, earlier, since):  # the paragraph before: another topic
            break
        since = earlier
    words = text[since:at]
    if any(speech.is_anonymous(w.lower()) for w in CYRILLIC_WORD.findall(words)):
        return None
    # further back, not one whose written role has the role noun's head: that role did not fit
    other = {m.entity for m in found.with_role(head)} if head else set()
    named = [
        m for m in found.people_at.within(since, at) if m.start >= near or m.entity not in other
    ]
    subjects = [m for m in named if _reported(text, m) or _subject_named(text, m, near)]
    if len({_surname_of(m) for m in subjects}) != 1:
        return None
    wanted = _verb_gender(verb.group().lower()) if verb else None
    if wanted is not None:
        genders = _genders(text, subjects, found.said)
        if genders.get(subjects[-1].entity) not in (wanted, None):
            return None
    return max(subjects, key=lambda m: len((m.normal or "").split())).entity


def _subject_named(text: str, mention: Mention, near: int) -> bool:
    """Whether a person's mention before a role noun's attribution is a subject: in the nominative
    from the sentence before on (from near); further back, past sentences that name no one,
    written as its normal form ends (surely a nominative: not "Родственники вице-мэра Петра
    Бирюкова") and the author's own subject, not one of what is said."""
    if mention.start >= near:
        return _nominative(text, mention)
    return _as_normal(mention) and _nominative(text, mention) and _told_of(text, mention)


def _told_of(text: str, mention: Mention) -> bool:
    """Whether a person's mention is the author's own subject, not one of what is said: no
    "что" ("отметил, что Зюганов …"), "по словам" ("По его словам, Маркс посвятил …") nor an
    open quote ("«… Рехаб находится …»") before it in its sentence (a quote: in its paragraph;
    not the author's words that interrupt it, "«…, — вспоминает Лужков. — …»")."""
    head = text[_sentence_start(text, mention.start) : mention.start]
    paragraph = text[max(0, mention.start - ANTECEDENT_REACH) : mention.start]
    paragraph = re.split(r"[\n\r]", paragraph)[-1]  # a quote runs over sentences, not paragraphs
    opened = paragraph.count("«") > paragraph.count("»") and not INTERRUPTED.search(head)
    return not (opened or REPORTED.search(head) or speech.SAYING.search(head))


def _addresses(words: str, noun: str) -> bool:
    """Whether the attribution's speaker is one who speaks for someone else or speaks to the
    person before ("представитель департамента ответил ему": not the one he answers)."""
    head = CYRILLIC_WORD.match(noun)
    if head is not None and speech.is_representative(head.group().lower()):
        return True
    return ADDRESSEE.search(words) is not None


def _reported(text: str, mention: Mention) -> bool:
    """Whether the mention is whose words are reported: "по словам Иванова", "по мнению …"."""
    saying = speech.SAYING.search(text, max(0, mention.start - 40), mention.start)
    return saying is not None and not text[saying.end() : mention.start].strip()


def _verb_gender(word: str) -> str | None:
    """The gender a past-tense verb shows ("сказал": masc, "сказала": femn), else None."""
    for p in morph.parses(word):
        if p.tag.POS == "VERB" and p.tag.number == "sing" and p.tag.gender in ("masc", "femn"):
            return str(p.tag.gender)
    return None


def _relative_subject(found: _Document, start: int, verb: int) -> Mention | None:
    """The person "который" stands for when it is the speech verb's subject ("Бекенбауэр,
    который отшучивается словами: «…»"): the person named right before its comma."""
    relatives = list(RELATIVE.finditer(found.text, start, verb))
    if not relatives or CLAUSE_BREAK.search(found.text, relatives[-1].end(), verb):
        return None
    comma = relatives[-1].start()
    return next((m for m in found.people if 0 <= comma - m.stop <= 1), None)


def _demonstrative(words: str) -> re.Match[str] | None:
    """ "тот ответил", "та заявила": a demonstrative pronoun right before a speech verb, the
    subject of its clause."""
    for match in DEMONSTRATIVE.finditer(words):
        if speech.is_speech_verb(match.group(2).lower()):
            return match
    return None


def _represented(found: _Document, start: int, stop: int) -> Mention | None:
    """The organisation a representative in text[start:stop] speaks for ("представитель
    «Велес-Капитала»", "пресс-секретарь [ORG Минфина]", "представитель компании «…»"): the one
    named right after that noun, or after the noun of its kind."""
    text = found.text
    for word in CYRILLIC_WORD.finditer(text, start, stop):
        if not speech.is_representative(word.group().lower()):
            continue
        for org in found.orgs_at.within(word.end(), stop):
            if _kind_at_most(text[word.end() : org.start]):
                return org
    return None


def _kind_at_most(between: str) -> bool:
    """Whether what stands between a representative and an organisation's name is at most the
    noun of its kind ("представитель компании «…»", "движения «…»"), quotation marks aside."""
    words = CYRILLIC_WORD.findall(between)
    if not words:
        return len(between.strip(QUOTES + " ")) == 0
    return (
        len(words) == 1
        and (speech.is_generic_body(words[0].lower()) or speech.is_title_noun(words[0].lower()))
        and len(between.replace(words[0], "").strip(QUOTES + " ")) == 0
    )


def _told(found: _Document, span: _Span) -> bool:
    """Whether a pronoun before the quote may stand for a person: no unnamed
    source ("источник") was named after the last person before the quote ("— рассказывает
    источник. По его словам")."""
    opened = span.start - 1
    last = found.people_at.latest_stop(opened)
    between = found.text[max(last, opened - ATTRIBUTION_REACH) : opened]
    return not any(speech.is_anonymous(w.lower()) for w in CYRILLIC_WORD.findall(between))


def _anchor(words: str, before: bool) -> int:
    """Where in an attribution its speech verb stands (of several, the one nearest the quote),
    or "по словам"; else its end nearest the quote."""
    verbs = speech.speech_verbs(words)
    if verbs and before:  # the last, or a gerund's main verb ("заявил, что …, добавив")
        finite = [v for v in verbs if grammar.first_pos(v.group().lower()) not in NOT_PREDICATE]
        return (finite or verbs)[-1].start()
    if verbs:
        return verbs[0].start()
    saying = speech.SAYING.search(words)
    if saying is not None:
        return saying.start()
    return len(words) if before else 0


def _clause(found: _Document, start: int, stop: int, verb: int) -> int:
    """Where the attribution before a quote starts: at the clause of its speech verb when that
    clause names who speaks, or when its verb can have no one person of another clause for
    subject ("Когда X спросил, активисты ответили ему:", "X, …, ответили, что", "в решении
    сообщалось, что"); else where it started ("X выложил пост, в котором сообщил:", a
    gerund's "X не стал спорить, заявив:")."""
    text = found.text
    breaks = list(CLAUSE_BREAK.finditer(text, start, verb))
    if not breaks:
        return start
    clause = breaks[-1].end()
    said = REPORTED.search(text, verb, stop)  # not who is spoken of: "писала, что Слуцкий"
    stop = said.start() if said else stop
    words = text[clause:stop]
    named = any(_nominative(text, m) for m in found.people_at.within(clause, stop))
    if named or SUBJECT_PRONOUN.search(words) or _person_noun(words):
        return clause
    word = CYRILLIC_WORD.match(text, verb)
    return start if word is not None and _one_person_verb(word.group().lower()) else clause


def _one_person_verb(word: str) -> bool:
    """Whether word is a gerund or a verb form whose subject may be one person ("сказал",
    "заявила", "скажет", "заявив"; not "сообщили", "сообщалось")."""
    for p in morph.parses(word):
        if p.tag.POS == "GRND":
            return True
        if p.tag.POS == "VERB" and p.tag.number == "sing" and p.tag.gender != "neut":
            return p.tag.gender is not None or p.tag.person == "3per"
    return False


def _narrowed(text: str, start: int, stop: int) -> tuple[int, int] | None:
    """An attribution with no speech verb but "по словам ..." is that phrase, up to its comma:
    "по словам бывшего мэра" of "сюжет с библиотекой Ивана Грозного: по словам бывшего мэра";
    None for any other."""
    words = text[start:stop]
    saying = speech.SAYING.search(words)
    if saying is None or speech.speech_verb(words):
        return None
    end = PHRASE_END.search(words, saying.end())
    return start + saying.start(), start + (end.start() if end else len(words))


def _nominative(text: str, mention: Mention) -> bool:
    """Whether a person's mention may be in the nominative: after no preposition ("к Зорыч"),
    and its last word as its normal form ends, or each of its words read as a nominative
    ("Кучерова"; not "Владимира Путина")."""
    if PREPOSITION.search(text, max(0, mention.start - 8), mention.start):
        return False
    if _as_normal(mention):
        return True
    written = mention.text.split()
    return bool(written) and all(
        any(p.tag.case == "nomn" for p in morph.parses(w.lower())) for w in written
    )


def _subject_of(mention: Mention, wanted: str | None) -> bool:
    """Whether a person's mention may be the subject of a verb of the gender wanted (None: any):
    not when the person's surname in the nominative (its normal form: the document's other
    forms) is of that gender and the word written has no nominative reading of it ("Он попросил
    Шамсутдинова" of Руслан Шамсутдинов: his accusative, not a woman's nominative)."""
    if wanted is None or _as_normal(mention):
        return True
    written = CYRILLIC_WORD.findall(mention.text)
    normal = (mention.normal or "").split()
    if not written or not normal or gender.surname_gender(normal[-1]) != wanted:
        return True
    return any(
        p.tag.case == "nomn" and p.tag.gender in (wanted, None)
        for p in morph.parses(written[-1].lower())
    )


def _as_normal(mention: Mention) -> bool:
    """Whether the mention is written as its normal form ends: surely a nominative."""
    written, normal = mention.text.split(), (mention.normal or "").split()
    return bool(written and normal) and written[-1].lower() == normal[-1].lower()


def _nearest(mentions: list[Mention], at: int) -> Mention:
    """The mention nearest the offset at (the first of two as near)."""
    return min(mentions, key=lambda m: max(m.start - at, at - m.stop, 0))


def _where_speaks(text: str, org: Mention, verb: int) -> bool:
    """Whether the organisation is named where its words come from: after "в"/"у" and at most
    one word, in the speech verb's clause ("в пресс-службе ФАС", "в сообщении Минфина", "как
    заявили в Кремле"; not "в газете «…» текст, в котором сообщил")."""
    if CLAUSE_BREAK.search(text[min(org.stop, verb) : max(org.start, verb)]):
        return False
    return ORG_PLACE.search(text, max(0, org.start - 40), org.start) is not None


def _speaks(text: str, org: Mention) -> bool:
    """Whether the organisation is the subject of the speech verb: right before it ("Минфин
    сообщил"), or right after it in the nominative ("сообщил «Интерфакс»"; not "сообщил
    «Медузе»", "собеседник «Медузы»", "в разговоре с «Медузой»")."""
    head = text[max(0, org.start - 40) : org.start]
    if ORG_WITH.search(head):
        return False
    after = WORD_AFTER.match(text, org.stop, org.stop + 40)
    before = WORD_BEFORE.search(head)
    verbs = [w.group(1).lower() for w in (after, before) if w is not None]
    verbs = [v for v in verbs if speech.is_speech_verb(v)]
    if not verbs or (after is not None and verbs == [after.group(1).lower()] and _neuter(verbs[0])):
        return False  # "по иску «Альфы» сообщалось": an impersonal verb has no subject
    words = CYRILLIC_WORD.findall(org.text)  # "«Медузе» сообщили": one told, not who tells
    last = words[-1] if words else ""
    if not last or last.isupper():  # an abbreviation ("МИТ") has no case to tell
        return True
    return any(p.tag.case == "nomn" for p in morph.parses(last.lower()))


def _neuter(word: str) -> bool:
    """Whether every verb reading of word is neuter ("сообщалось", "сказано"): impersonal."""
    genders = {p.tag.gender for p in morph.parses(word) if p.tag.POS in ("VERB", "PRTS")}
    return genders == {"neut"}


def _antecedent(
    text: str,
    pronoun: str,
    span: _Span,
    people: _Mentions,
    said: dict[int, str | None],
    at: int | None = None,
) -> str | None:
    """The person "он"/"она" before the quote stands for: the nearest one of the pronoun's
    gender named within ANTECEDENT_REACH characters before the pronoun (at, when it stands
    before the quote: not one named after it, "тот утверждал, что Саблин «…»"); one of unknown
    gender only when no other fits ("они" is nobody)."""
    wanted = gender.pronoun_gender(pronoun)
    if wanted is None:
        return None
    limit = min(at, span.start - 1) if at is not None else span.start - 1
    since = span.start - ANTECEDENT_REACH
    before = people.within(since, limit)
    genders = _genders(text, before, said)
    nearest_first = dict.fromkeys(m.entity for m in reversed(before))
    fitting = [e for e in nearest_first if genders.get(e) in (wanted, None)]
    if fitting and (genders.get(fitting[0]) == wanted or len(fitting) == 1):
        named = max(m.stop for m in before if m.entity == fitting[0])
        return None if _unnamed(text, max(0, since), named, limit, wanted) else fitting[0]
    return None


def _unnamed(text: str, since: int, named: int, stop: int, wanted: str) -> bool:
    """Whether an unnamed person of the gender wanted stands between the person named last (at
    named) and stop: one the text calls by sex alone, in the nominative, after that mention and
    again (twice in all since since: a participant of its own, "К беседе присоединился мужчина
    … мужчина начал угрожать монтажнику. «…», — сообщил он"; not one word for the woman just
    named, "Алена носила передачи, но девушка не была родственницей")."""
    at = [w.start() for w in CYRILLIC_WORD.finditer(text, since, stop)
          if speech.someone_gender(w.group().lower()) == wanted]  # fmt: skip
    return len(at) >= 2 and at[-1] >= named


def _genders(
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


def _person_noun(words: str) -> str | None:
    """The speaker of an attribution named by a person noun no position list has ("— сказал
    футболист"): the first word morphology reads as one person in the nominative, with the
    words after it up to a verb, an adverb, a word that cannot be a genitive or a name (not
    "режиссёр немецкому изданию": to whom) or the clause's end; a quoted name goes with it
    ("глава „Мецената“")."""
    found = list(ATTRIBUTION_WORD.finditer(words))
    for index, word in enumerate(found):
        head = person_head(word.group())
        if head.sure and any(_subject(reading) for reading in head.readings):
            stop = word.end()
            for following in found[index + 1 :]:
                between = words[stop : following.start()].strip(QUOTES)
                if between.strip() or _predicate_or_adverb(following.group()):
                    break
                if not _complement(following.group()):
                    break
                stop = following.end()
            opening = OPEN_MARK.search(words, word.start(), stop)
            closing = CLOSE_MARK.match(words, stop)  # the quoted name's closing mark
            if opening and closing:
                stop = closing.end()
            elif opening:  # a name cut short ("«Ст. консалтинг»"): the words before it
                stop = len(words[: opening.start()].rstrip())
            return words[word.start() : stop]
    return None


def _complement(word: str) -> bool:
    """Whether a word may continue a person noun's phrase: a name (capitalised) or a word that
    may be a genitive ("глава управы", "режиссёр фильма")."""
    return word[:1].isupper() or grammar.may_be_genitive(word.lower())


def _subject(reading) -> bool:
    return reading.tag.case == "nomn" and reading.tag.number == "sing"


def _predicate_or_adverb(word: str) -> bool:
    return grammar.first_pos(word.lower()) in PREDICATE_OR_ADVERB


def _role_phrase(words: str) -> str:
    """The role words of an attribution, up to the sentence's end."""
    return re.split(r"[,.;:!?]", words, maxsplit=1)[0].strip()


def _person_with_role(role: str, found: _Document, before: int, at: int) -> str | None:
    """The person whose written role fits role (the same head noun, adjectives aside: "глава"
    fits "бывший глава Минфина"; and the same organisation when role names one), else None.
    A role noun in an attribution ("— сказал мэр") points back: that person's role must be
    written before the quote, and the person is the one of the whole document whose role fits
    (when named within ANTECEDENT_REACH before the quote: still whom the text is about), or, of those whose role before the quote fits, the one named last before the attribution
    (at), or named last as a subject (in the nominative: "Обама провёл встречу с Эндой Кенни,
    после встречи президент отметил"): "Серебренников рассказал … «…», — сказал режиссёр", another director named later
    aside. Two entities of one surname ("Пётр Бирюков", "Бирюков") are one person."""
    head = role_head(role)
    if head is None:
        return None
    rest = role.partition(" ")[2]
    fitting = [m for m in found.with_role(head) if _same_scope(rest, m.role)]
    earlier = [m for m in fitting if m.start < before]
    if not earlier:
        return None
    fullest = max(earlier, key=lambda m: len((m.normal or "").split()))
    # the last person named, or the last named as a subject ("Обама провёл встречу с Эндой Кенни, после встречи
    # президент отметил": not Кенни, whom the subject met)
    subjects = [
        m for m in found.people_at.within(max(0, at - ANTECEDENT_REACH), at)
        if _nominative(found.text, m)
    ]  # fmt: skip
    named = found.people_at.last_ending_by(at)
    last = {_surname_of(m) for m in (named, subjects[-1] if subjects else None) if m}
    if len({_surname_of(m) for m in fitting}) == 1:
        return fullest.entity if _recent(found, fullest, before) else None
    if len({_surname_of(m) for m in earlier}) == 1 and _surname_of(fullest) in last:
        return fullest.entity
    return None


def _recent(found: _Document, person: Mention, before: int) -> bool:
    """Whether the person (any mention with their surname) is named within ANTECEDENT_REACH
    before the quote (at before; in its attribution too, "по словам премьер-министра Влада
    Филата"): still whom the text is about ("Бизнесмен Тимур Цхурбати рассказывает … «…», —
    рассказывает предприниматель": not the document's one "предприниматель", named pages
    before)."""
    named = found.people_at.within(max(0, before - ANTECEDENT_REACH), before)
    return any(_surname_of(m) == _surname_of(person) for m in named)


def _surname_of(mention: Mention) -> str:
    """The person's surname as its normal form ends (lower case): what tells two people apart."""
    name = mention.name or Name()
    return (name.last or (mention.normal or mention.text).split()[-1:][0]).lower()


def _same_scope(rest: str, role: str) -> bool:
    """ "Минкомсвязи России" fits "глава Минкомсвязи"; generic words ("ведомства") fit any;
    another common noun only a role that has it ("лидер коммунистов" not "лидер партии"); a
    word that cannot be a genitive is no part of the role ("— сказал режиссёр немецкому
    изданию": to whom)."""
    words = [w.strip(QUOTES) for w in rest.split() if w.strip(QUOTES)[:1].isupper()]
    if words:
        return words[0] in role
    first = CYRILLIC_WORD.match(rest)
    if first is None or speech.is_generic_body(first.group().lower()):
        return True
    if not grammar.may_be_genitive(first.group().lower()):
        return True
    return first.group()[:5].lower() in role.lower()


def _clean(speech: str) -> str:
    """One line of speech: paragraph breaks and the « that reopens each paragraph removed."""
    return re.sub(r"\s+", " ", re.sub(r"\s*[\n\r]\s*«", " ", speech)).strip()

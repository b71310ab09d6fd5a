"""Direct speech: quotations, who said them, and with what verb.

A quotation is a top-level «…» pair (with „…“ or «…» nested inside), or a “…” or „…“ pair.
A quotation that runs over several paragraphs ("«first… \\n\\n«second…»", the Russian way) is
one quote. The attribution is looked for in three places, in this order:

- inside the quote, interrupting it: «Мы видим рост…, — сказал глава Минкомсвязи Николай
  Никифоров. — С точки зрения…» (the quote's ``text`` then leaves the attribution out);
- right after it: «…», — отметил он. / «…?» — спросил министр.
- right before it, ending in a colon: Министр заявил: «…» (or "По словам Никифорова, «…»").

The speaker is the person mentioned in the attribution; else a role alone ("глава ведомства",
"глава Минкомсвязи России") names the one person of the document whose role fits; else a
pronoun names the nearest person mentioned before the quote that is of its gender ("она" a
woman, "он" a man; "они" no one): the given name's gender, else the surname's and the words
that agree with it (``lang.gender``). A person whose gender is unknown is taken only when no
one else fits. A quotation with no
attribution is kept only when it reads as speech (``MIN_UNATTRIBUTED_WORDS`` words or more);
short ones are names and titles («Почта России»).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .lang import gender, grammar
from .lang.marks import GUILLEMETS, LEFT_GUILLEMET, TYPOGRAPHIC_PAIRS
from .records import Mention, Name, Quote
from .roles import POSITION, nominative, person_head, role_head

MIN_WORDS = 3
MIN_UNATTRIBUTED_WORDS = 8
ATTRIBUTION_REACH = 200  # characters after or before a quote that may hold its attribution

SPEECH_VERB = re.compile(
    r"(?<!\w)(?:сказа|отмет|отмеча|заяв|подчерк|сообщ|добав|поясн|рассказ|говор|счита|призна"
    r"|напомн|указа|указыва|написа|пиш|ответ|уточн|резюмир|констатир|замет|замеча|полага"
    r"|предупред|объясн|прокомментир|поделил|цитир|уверя|убежда|подытож|пообещ|признава"
    r"|спроси|спрашива|воскликн|продолж)\w*",
    re.IGNORECASE,
)
PREDICATE_OR_ADVERB = grammar.VERBAL | {"PRED"}  # ends a person noun's words: "— сказал футболист"
ATTRIBUTION_WORD = re.compile(r"\w[\w-]*")
PRONOUN = re.compile(r"(?<!\w)(?:он|она|они)(?!\w)", re.IGNORECASE)
DASH = "—–"
INTERRUPTION = re.compile(
    rf"[,!?…]\s*[{DASH}]\s+(?P<attr>[^{DASH}{GUILLEMETS}]{{3,200}}?)[.,:]\s*[{DASH}]\s*"
)
AFTER = re.compile(
    rf"\s*,?\s*[{DASH}-]\s*(?P<attr>[^.!?{GUILLEMETS}\n\r]{{3,{ATTRIBUTION_REACH}}})"
)
BEFORE = re.compile(rf"(?P<attr>[^.!?{GUILLEMETS}\n\r]{{3,{ATTRIBUTION_REACH}}}?)[:,]\s*$")
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


def find_quotes(text: str, mentions: list[Mention], doc: str = "-") -> list[Quote]:
    """The document's direct quotes, with speakers resolved against its (resolved) mentions."""
    people = [m for m in mentions if m.type == "PER"]
    said: dict[int, str | None] = {}  # gender each person mention shows, read once a document
    quotes: dict[str, Quote] = {}  # a headline repeated in the text is one quote
    for span in _quotations(text):
        quote = _attribute(text, span, people, said, doc)
        if quote is not None and quote.text not in quotes:
            quotes[quote.text] = quote
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


def _attribute(
    text: str, span: _Span, people: list[Mention], said: dict[int, str | None], doc: str
) -> Quote | None:
    inner = text[span.start : span.stop]
    if len(inner.split()) < MIN_WORDS:
        return None
    speech = inner
    attribution = None
    interruption = INTERRUPTION.search(inner)
    if interruption and SPEECH_VERB.search(interruption["attr"]):
        attribution = (
            span.start + interruption.start("attr"),
            span.start + interruption.end("attr"),
        )
        mark = inner[interruption.start()]
        speech = (
            inner[: interruption.start()]
            + (mark if mark in "!?…" else ".")
            + " "
            + inner[interruption.end() :]
        )
    else:
        attribution = _after(text, span) or _before(text, span, people)
    if attribution is None:
        if len(inner.split()) < MIN_UNATTRIBUTED_WORDS:
            return None
        return Quote(doc, _clean(speech), span.start, span.stop, None, None, None)
    start, stop = attribution
    words = text[start:stop]
    verb = SPEECH_VERB.search(words)
    speaker_text, speaker = _speaker(text, start, stop, span, people, said)
    return Quote(
        doc,
        _clean(speech),
        span.start,
        span.stop,
        speaker,
        speaker_text,
        verb.group().lower() if verb else None,
    )


def _after(text: str, span: _Span) -> tuple[int, int] | None:
    tail_at = span.stop + 1
    match = AFTER.match(text, tail_at, tail_at + ATTRIBUTION_REACH + 8)
    if match and SPEECH_VERB.search(match["attr"]):
        return match.start("attr"), match.end("attr")
    return None


def _before(text: str, span: _Span, people: list[Mention]) -> tuple[int, int] | None:
    """An attribution ending in a colon or comma before the quote: one with a speech verb or
    "по словам", or a headline's bare name ("Николай Никифоров: «…»")."""
    head_start = max(0, span.start - 1 - ATTRIBUTION_REACH)
    head = text[head_start : span.start - 1]
    match = BEFORE.search(head)
    if not match:
        return None
    start, stop = head_start + match.start("attr"), head_start + match.end("attr")
    words = match["attr"]
    named = any(m.stop == stop and m.start >= start for m in people) and head.rstrip().endswith(":")
    if SPEECH_VERB.search(words) or "по словам" in words.lower() or named:
        return start, stop
    return None


def _speaker(
    text: str, start: int, stop: int, span: _Span, people: list[Mention], said: dict
) -> tuple[str | None, str | None]:
    """(speaker_text, entity id) of the attribution text[start:stop]."""
    inside = [m for m in people if start <= m.start and m.stop <= stop]
    if inside:
        return inside[0].text, inside[0].entity
    words = text[start:stop]
    position = POSITION.search(words)
    if position:
        phrase = _role_phrase(words[position.start() :])
        return phrase, _person_with_role(nominative(phrase), people)
    noun = _person_noun(words)
    if noun:
        return noun, _person_with_role(nominative(noun), people)
    pronoun = PRONOUN.search(words)
    if pronoun:
        return pronoun.group(), _antecedent(text, pronoun.group(), span, people, said)
    return None, None


def _antecedent(
    text: str, pronoun: str, span: _Span, people: list[Mention], said: dict[int, str | None]
) -> str | None:
    """The person "он"/"она" before the quote stands for: the nearest one of the pronoun's
    gender; one of unknown gender only when no other fits ("они" is nobody)."""
    wanted = gender.pronoun_gender(pronoun)
    if wanted is None:
        return None
    before = [m for m in people if m.stop <= span.start - 1]
    genders = _genders(text, before, said)
    nearest_first = dict.fromkeys(m.entity for m in reversed(before))
    fitting = [e for e in nearest_first if genders.get(e) in (wanted, None)]
    if fitting and (genders.get(fitting[0]) == wanted or len(fitting) == 1):
        return fitting[0]
    return None


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
    words after it up to a verb, an adverb or the clause's end."""
    found = list(ATTRIBUTION_WORD.finditer(words))
    for index, word in enumerate(found):
        head = person_head(word.group())
        if head.sure and any(_subject(reading) for reading in head.readings):
            stop = word.end()
            for following in found[index + 1 :]:
                between = words[stop : following.start()]
                if not between.isspace() or _predicate_or_adverb(following.group()):
                    break
                stop = following.end()
            return words[word.start() : stop]
    return None


def _subject(reading) -> bool:
    return reading.tag.case == "nomn" and reading.tag.number == "sing"


def _predicate_or_adverb(word: str) -> bool:
    return grammar.first_pos(word.lower()) in PREDICATE_OR_ADVERB


def _role_phrase(words: str) -> str:
    """The role words of an attribution, up to the sentence's end."""
    return re.split(r"[,.;:!?]", words, maxsplit=1)[0].strip()


def _person_with_role(role: str, people: list[Mention]) -> str | None:
    """The one person whose written role fits role (the same head noun, adjectives aside: "глава"
    fits "бывший глава Минфина"; and the same organisation when role names one), else None."""
    head = role_head(role)
    if head is None:
        return None
    rest = role.partition(" ")[2]
    fitting = {
        m.entity
        for m in people
        if m.role and role_head(m.role) == head and _same_scope(rest, m.role)
    }
    return fitting.pop() if len(fitting) == 1 else None


def _same_scope(rest: str, role: str) -> bool:
    """ "Минкомсвязи России" fits "глава Минкомсвязи"; generic words ("ведомства") fit any."""
    words = [w for w in rest.split() if w[:1].isupper()]
    return not words or words[0] in role


def _clean(speech: str) -> str:
    """One line of speech: paragraph breaks and the « that reopens each paragraph removed."""
    return re.sub(r"\s+", " ", re.sub(r"\s*[\n\r]\s*«", " ", speech)).strip()

"""Where a quote's attribution is: inside the quote, right after it, right before it, the clause a
colon ends, the sentence before, the next sentence pointing back, or the quote before (a run);
and the rules that pass a speaker on (a second predicate after a quote, coordinated clauses).

Size: each place an attribution may stand is one rule, and each asks the same offsets of the
quote and its clauses, so they stay together.
"""

from __future__ import annotations

import re

from ..lang import morph, speech
from ..lang.letters import CAPITALS, CYRILLIC_WORD, before_spaces
from ..lang.marks import GUILLEMETS
from ..records import Quote
from .people import antecedent, pronoun_may_name
from .quotations import one_line
from .shared import (
    ATTRIBUTION_REACH,
    CLAUSE_BREAK,
    DASH,
    DEMONSTRATIVE,
    INTERRUPTED,
    LISTED,
    MIN_UNATTRIBUTED_WORDS,
    MIN_WORDS,
    PRONOUN,
    REPORTED,
    SENTENCE_END,
    SPACE,
    Document,
    Found,
    Mentions,
    Span,
    as_normal,
    genders_of,
    in_nominative,
    is_finite,
    predicate,
    sentence_start,
    verb_gender,
)
from .speakers import find_speaker
from .titles import in_aside, is_heading, is_woven, object_named

# fewer words than this stand before the speech verb of an attribution after a quote ("», — заявил он",
# "», — он заявил", "», — в свою очередь заявил он"); a verb further on is the predicate of the
# author's own sentence ("с брендом «партии власти», — в падении рейтинга …, отмечают источники")
AFTER_VERB_WORDS = 5
ITALICS = "'{2,3}"  # wiki markup round a quote: ''«…»'' (Wikinews)
# an attribution's words: no sentence end, no quote, but a short quoted name («Медузе») and the
# full stop of an initial before a name ("— сказал С. А. Бойцов")
INITIAL = rf"(?<!\w)[{CAPITALS}]\.(?=\s?[{CAPITALS}])"
ATTRIBUTION = rf"(?:{INITIAL}|[^.!?{GUILLEMETS}\n\r]|«[^{GUILLEMETS}\n\r]{{1,60}}»)"
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
# the next sentence opens pointing back to the quote before: "». Так описывал …", "» С этой фразы …"
BACK_POINTER = re.compile(
    r"[.!?…]?\s+(?P<words>Так(?=\s+(?!как(?!\w))[а-яё])|(?:(?:С|Со|На)\s+(?:этой|этих|этого|такой|таких)"
    r"|Этими|Этой|Такими)\s+(?P<noun>[а-яё]+)(?!\w))"
)
# between two quotes, the second an object clause coordinated with the first: "», а также что «"
COORDINATED = re.compile(r"\s*,?\s*(?:а\s+также|и|а)\s+что\s*", re.IGNORECASE)
POINTING_ADVERB = re.compile(r"так\s+", re.IGNORECASE)  # "«…», так сказал Кличко"
LINE_BREAK = re.compile(r"[\n\r]")
# what may stand between a quote and the next of a run: the sentence's end, and the dash that
# takes the speech up again after its author's words ("«…», – отметил он. – «…»")
CONTINUES = re.compile(r"[\s.!?…]*(?:[\u2013\u2014-][\s]*)?")
CONJUNCTION = re.compile(r"(?:но|а|и|однако),\s*", re.IGNORECASE)  # ", но, утверждает X,"
# the words that open a subordinate clause: not the clause of who speaks
SUBORDINATORS = frozenset({
    "что", "чтобы", "который", "которая", "которое", "которые", "когда", "если", "как", "где",
    "поскольку", "потому", "хотя", "пока",
})  # fmt: skip


def attribute(found: Document, span: Span, doc: str, previous: Found | None) -> Found | None:
    text = found.text
    inner = text[span.start : span.stop]
    words = len(inner.split())
    speech_text = inner
    attribution = None
    interruption = _interruption(inner)
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
        if attribution is None and words >= MIN_WORDS and not in_aside(text, span):
            attribution = _before(text, span, found.people_at)
    if attribution is None:
        return _unattributed(found, span, doc, previous, one_line(speech_text), words)
    start, stop = attribution
    speaker_text, speaker = find_speaker(found, start, stop, span)
    if speaker_text is None and stop > span.stop and words >= MIN_WORDS:
        # "«…», добавив, что …", "«…», — и обещала …": a gerund or a second predicate after the
        # quote has the subject of the words before it ("Лужков ответил: «…», добавив")
        before = _before(text, span, found.people_at)
        if before is not None:
            said_before = find_speaker(found, *before, span)
            if said_before[0] is not None:
                (start, stop), (speaker_text, speaker) = before, said_before
    if speaker_text is None and stop > span.stop and words >= MIN_WORDS:
        shared = _subject_before_quote(found, (start, stop), span)
        if shared is not None:
            speaker_text, speaker = shared
    verb = speech.speech_verb(text[start:stop])
    if speaker_text is None and previous is not None and _coordinated(text, previous, span):
        said = previous.quote  # "сообщил, что «…», а также что «…»": the same verb's words
        quote = Quote(doc, one_line(speech_text), span.start, span.stop, said.speaker,
                      said.speaker_text, said.verb)  # fmt: skip
        return Found(quote, max(stop, span.stop + 1))
    quote = Quote(
        doc,
        one_line(speech_text),
        span.start,
        span.stop,
        speaker,
        speaker_text,
        verb.group().lower() if verb else None,
    )
    return Found(quote, max(stop, span.stop + 1))


def _coordinated(text: str, previous: Found, span: Span) -> bool:
    """Whether the quote is a second object clause of the previous quote's speech verb, joined
    by a conjunction in the same sentence ("сообщил, что «…», а также что «…»", "сказал, что
    «…» и что «…»"), that quote having a speaker."""
    if previous.quote.speaker is None:
        return False
    return COORDINATED.fullmatch(text, previous.quote.stop + 1, span.start - 1) is not None


def _interruption(inner: str) -> re.Match[str] | None:
    """The author's words that interrupt a quote ("«…, — сказал министр. — …»"), their speech
    verb in them, looked for at each of the quote's dashes after a comma, not only the first
    (in "«…, где собирают деньги, — жалобу отправят … больше, — говорит Берхин. — …»" the first
    dash is the speaker's own); else one whose speaker has an apposition (``_apposed``)."""
    for dash in INTERRUPTED.finditer(inner):
        match = INTERRUPTION.match(inner, dash.start())
        if match is not None and speech.speech_verb(match["attr"]):
            return match
    return _apposed(inner)


def _apposed(inner: str) -> re.Match[str] | None:
    """An interruption that opens with its speech verb and names its speaker with an apposition
    after a dash ("…, — добавляет Михаил Лебедев — активист группы. — …"), at any of the quote's
    dashes."""
    for dash in INTERRUPTED.finditer(inner):
        match = APPOSED.match(inner, dash.start())
        if match is None:
            continue
        verb = speech.speech_verb(match["attr"])
        if verb is not None and verb.start() == 0:
            return match
    return None


def _unattributed(
    found: Document, span: Span, doc: str, previous: Found | None, text: str, words: int
) -> Found | None:
    """A quote with no attribution of its own: the next of a run when it follows the one before
    with nothing but the sentence's end between ("«…», — сказал он. «…»", "«…», — сказал он. —
    «…»", or the next paragraph), and starts a sentence: its speaker is that quote's; else
    speech only when long."""
    opened = span.start - 1
    heading = is_heading(found.text, span)
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
        return Found(continued, span.stop + 1)
    alone = words >= MIN_WORDS and text[:1].isupper() and not heading
    listed = LISTED.match(found.text, span.stop + 1) is not None
    introduced = _introducing_clause(found.text, span) if alone and not listed else None
    if introduced is not None:
        speaker_text, speaker = find_speaker(found, *introduced, span)
        if speaker is None:
            speaker_text, speaker = _pointed(found, introduced, span) or (speaker_text, speaker)
        shared = None
        if speaker_text is None:
            shared = _shared_subject(found, introduced, span)
            speaker_text, speaker = shared or (None, None)
        if (
            speaker is not None
            and speaker.startswith("PER:")
            and (shared is not None or _agrees(found, introduced, speaker, speaker_text))
        ):
            quote = Quote(doc, text, span.start, span.stop, speaker, speaker_text, None)
            return Found(quote, span.stop + 1)
    told = _previous_sentence(found, span) if alone else None
    if told is not None:
        speaker_text, speaker = find_speaker(found, *told, span)
        if speaker is not None and speaker.startswith("PER:"):  # an organisation: too loose
            verb = speech.speech_verb(found.text[told[0] : told[1]])
            verb_text = verb.group().lower() if verb else None
            quote = Quote(doc, text, span.start, span.stop, speaker, speaker_text, verb_text)
            return Found(quote, span.stop + 1)
    named = _next_sentence(found, span) if alone else None
    if named is not None:
        speaker_text, speaker, verb_text, end = named
        quote = Quote(doc, text, span.start, span.stop, speaker, speaker_text, verb_text)
        return Found(quote, end)
    if words < MIN_UNATTRIBUTED_WORDS or is_woven(text):
        return None
    return Found(Quote(doc, text, span.start, span.stop, None, None, None), span.stop + 1)


def _next_sentence(found: Document, span: Span) -> tuple[str, str, str | None, int] | None:
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
        speaker_text, speaker = find_speaker(found, start, stop, span)
        verb_text: str | None = verb.group().lower()
    elif noun is not None:
        after = opens.end("noun")
        people = found.people_at.within(after, stop)
        if instrumental(noun.lower()):  # "Этими словами Петров открыл собрание": its subject
            subjects = [m for m in people if as_normal(m) and in_nominative(text, m)]
            whose = subjects[0] if len(subjects) == 1 else None
        else:  # "С этой фразы президента компании Игоря Сечина": whose phrase
            whose = people[0] if people and not as_normal(people[0]) else None
            between = text[after : whose.start] if whose else ""
            if whose is None or CLAUSE_BREAK.search(between) or has_preposition(between):
                return None
        if whose is None:
            return None
        speaker_text, speaker, verb_text = whose.text, whose.entity, None
    else:
        return None
    if speaker_text is None or speaker is None or not speaker.startswith("PER:"):
        return None
    return speaker_text, speaker, verb_text, stop


def _introducing_clause(text: str, span: Span) -> tuple[int, int] | None:
    """The clause a colon ends right before a quote that opens with a capital, with no speech
    verb: the author's words that introduce direct speech ("Бизнесмен назвал его «смелым»:
    «…»", "…, тот согласился: «…»"). Of the sentence's clauses, the last that is no
    subordinate one ("…, что Сидоров не прислал хлеб:" is what happened, not who speaks) and
    has a predicate ("Юханссон передумал, несмотря на свой возраст:"; with none, the last)."""
    colon = before_spaces(text, span.start - 1)  # read back from the quote, not from the start
    if text[colon - 1 : colon] != ":":
        return None
    stop = colon - 1
    start = sentence_start(text, stop)
    breaks = list(CLAUSE_BREAK.finditer(text, start, stop))
    clauses = zip([start] + [b.end() for b in breaks], [b.start() for b in breaks] + [stop])
    verbless = None  # "…, несмотря на свой возраст:": an adjunct, the predicate before it
    for clause, end in reversed(list(clauses)):
        first = CYRILLIC_WORD.search(text, clause, end)
        if first is not None and first.group().lower() not in SUBORDINATORS:
            if predicate(text, (clause, end)) is not None:
                return clause, end
            verbless = verbless or (clause, end)
    return verbless


def _shared_subject(found: Document, clause: tuple[int, int], span: Span) -> tuple[str, str] | None:
    """The subject of the clause a colon ends when that clause leaves it out: coordinated
    predicates share the subject named in an earlier clause of the sentence ("К Ельцину он
    пришёл …, но что происходило, запомнил плохо: «…»"), or of the sentence before when this one
    opens with a coordinating conjunction ("… Слуцкий отзывался о ней положительно. А когда мог,
    защищал её, — например, так: «…»"). Back from the colon's clause, past
    subordinate clauses and clauses with no subject of their own, the first that names one: a
    person (by name, surname or pronoun) of the colon verb's gender; none when the clause has a
    subject of its own or the earlier subject is no person."""
    text = found.text
    verb = predicate(text, clause)
    if verb is None or has_subject(text, clause) or found.people_at.within(*clause):
        return None
    wanted = verb_gender(verb.group().lower())
    start = sentence_start(text, clause[0])
    clauses = pieces(text, start, clause[0])
    opening = CYRILLIC_WORD.search(text, start, clause[0])
    end = before_spaces(text, start)
    if (
        opening is not None
        and opening.group().lower() in speech.COORDINATORS
        and end > 0
        and not LINE_BREAK.search(text, end, start)
    ):  # "… Слуцкий отзывался о ней положительно. А когда мог, защищал её: «…»"
        clauses = pieces(text, sentence_start(text, end - 1), end - 1) + clauses
    for earlier in reversed(clauses):
        words = [w.group().lower() for w in CYRILLIC_WORD.finditer(text, *earlier)]
        while words and words[0] in speech.COORDINATORS:
            words = words[1:]
        if not words or words[0] in SUBORDINATORS or predicate(text, earlier) is None:
            continue
        speaker_text, speaker = find_speaker(found, *earlier, span)
        if speaker_text is None:
            speaker_text, speaker = _pointed(found, earlier, span) or (None, None)
        if speaker_text is None and not has_subject(text, earlier):
            continue  # "Петров пришёл, сел, подумал и …": the subject further back
        if speaker is not None and PRONOUN.fullmatch(speaker_text or ""):
            # a pronoun is no one named in its own clause ("К Ельцину он пришёл": not Ельцин)
            who = antecedent(text, speaker_text, span, found.people_at, found.said, earlier[0])
            speaker = who if pronoun_may_name(found, span) else None
        if speaker is None or not speaker.startswith("PER:"):
            return None
        people = [m for m in found.people_at.within(0, clause[1]) if m.entity == speaker]
        if wanted is not None and genders_of(text, people, found.said).get(speaker) not in (
            wanted,
            None,
        ):
            return None
        return speaker_text, speaker
    return None


def _subject_before_quote(
    found: Document, attribution: tuple[int, int], span: Span
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
    if has_subject(text, said) or found.people_at.within(*said):
        return None
    wanted = verb_gender(verb.group().lower())
    after = (attribution[0] + verb.end(), attribution[1])
    told = REPORTED.search(text, *after)
    if wanted is None or has_subject(text, (after[0], told.start() if told else after[1])):
        return None
    start = sentence_start(text, span.start - 1)
    for clause in reversed(pieces(text, start, span.start - 1)):
        first = CYRILLIC_WORD.search(text, *clause)
        if first is None or first.group().lower() in SUBORDINATORS:
            continue
        if predicate(text, clause) is None:
            continue
        speaker_text, speaker = find_speaker(found, *clause, span)
        if speaker is None or not speaker.startswith("PER:") or not _agrees(found, clause, speaker):
            return None
        people = [m for m in found.people_at.within(0, span.start) if m.entity == speaker]
        gender_known = genders_of(text, people, found.said).get(speaker)
        return (speaker_text, speaker) if gender_known in (wanted, None) else None
    return None


def _pointed(found: Document, clause: tuple[int, int], span: Span) -> tuple[str, str] | None:
    """The person a demonstrative pronoun stands for when it is the subject of the clause that
    introduces direct speech, whatever its verb ("Хозяин пригласил Бабкина вступить в совет,
    тот согласился: «…»"): the person of its gender named last before it."""
    pointing = DEMONSTRATIVE.match(found.text, SPACE.match(found.text, *clause).end(), clause[1])
    if (
        pointing is None
        or not is_finite(pointing.group(2).lower())
        or not pronoun_may_name(found, span)
    ):
        return None
    owner = speech.DEMONSTRATIVE[pointing.group(1).lower()]
    at = pointing.start()
    who = antecedent(found.text, owner, span, found.people_at, found.said, at)
    return (pointing.group(1), who) if who is not None else None


def _agrees(
    found: Document, clause: tuple[int, int], speaker: str, written: str | None = None
) -> bool:
    """Whether the speaker may be the subject of the clause that introduces the quote: named
    before its verb when named in it ("Бизнесмен назвал Дудаева «…»:" is not Дудаев), or
    written there (a role noun, "Бизнесмен назвал …:", as written), and of the verb's gender
    when it shows one."""
    text = found.text
    words = CYRILLIC_WORD.finditer(text, *clause)
    verb = next((w for w in words if is_finite(w.group().lower())), None)
    people = [m for m in found.people_at.within(0, clause[1]) if m.entity == speaker]
    predicate_at = verb.start() if verb else clause[1]
    before = any(clause[0] <= m.start < predicate_at for m in people)
    before = before or (written is not None and text.find(written, clause[0], predicate_at) > -1)
    if not before and found.people_at.within(*clause):  # named only after the verb: its object
        return False
    wanted = verb_gender(verb.group().lower()) if verb else None
    return wanted is None or genders_of(text, people, found.said).get(speaker) in (wanted, None)


def _after(text: str, span: Span, words: int) -> tuple[int, int] | None:
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


def _before(text: str, span: Span, people: Mentions) -> tuple[int, int] | None:
    """An attribution ending in a colon or comma before the quote, or in "что": one with a
    speech verb or "по словам", or a headline's bare name ("Николай Никифоров: «…»"); else the
    sentence's words before a quote that opens inside it, when they hold a speech verb
    ("Сидоров заявил журналистам, что власти «…»")."""
    head_start = max(0, span.start - 1 - ATTRIBUTION_REACH)
    head = text[head_start : span.start - 1]
    match = before_words(head)
    if match:
        start, stop = head_start + match.start("attr"), head_start + match.end("attr")
        words = match["attr"]
        named = any(m.stop == stop for m in people.within(start, stop))
        if speech.says(words):
            return start, stop
        if named and head.rstrip().endswith(":"):
            return start, stop
    start = sentence_start(text, span.start - 1)
    words = text[start : span.start - 1]
    if words.strip() and speech.says(words) and not object_named(text, start, span):
        return start, span.start - 1
    return None


def before_words(head: str) -> re.Match[str] | None:
    """``BEFORE``'s match in head, the words before a quote: ``BEFORE.search(head)``, searched
    from ``first_possible_start`` only (it tries every start of the 200 characters, each read
    up to the first character none of its words takes in: 1% of a run's CPU over Wikinews
    documents, an eighth of that from there), and only when head ends as it must."""
    ends = ENDS_LIKE_BEFORE.search(head)
    return BEFORE.search(head, first_possible_start(head, ends.start())) if ends else None


def first_possible_start(head: str, end: int) -> int:
    """Where ``BEFORE``'s words may start in head, whose ending ``ENDS_LIKE_BEFORE`` matches
    from end on: after the last character before end that no ``NAMING`` unit takes in, a line
    break, or a sentence's end outside a quoted name (no «, or a » last before it). No start
    before it can reach the ending, so the search of head from there finds what the search of
    the whole head finds."""
    at = end
    while True:
        at = max(head.rfind(mark, 0, at) for mark in ".!?\n\r")
        if at < 0:
            return 0
        if head[at] in "\n\r" or head.rfind("«", 0, at) <= head.rfind("»", 0, at):
            return at + 1


def _previous_sentence(found: Document, span: Span) -> tuple[int, int] | None:
    """The sentence before a quote that opens a sentence of its own, when it holds a speech
    verb ("Сидоров рассказал журналистам о планах. «…»")."""
    opened = span.start - 1
    stop = sentence_start(found.text, opened)
    if found.text[stop:opened].strip() or stop == 0:
        return None
    start = sentence_start(found.text, stop - 1)
    return (start, stop) if speech.says(found.text[start:stop]) else None


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


def has_subject(text: str, clause: tuple[int, int]) -> bool:
    """Whether a word of the clause outside quotation marks reads first as a noun or pronoun
    in the nominative (its own subject)."""
    words = re.sub(r"«[^«»]*»", " ", text[clause[0] : clause[1]])
    for word in CYRILLIC_WORD.findall(words):
        first = morph.parses(word.lower())[:1]
        if any(p.tag.POS in ("NOUN", "NPRO") and p.tag.case == "nomn" for p in first):
            return True
    return False

"""The speaker of an attribution: a person named in it (by name or bare surname), by role or
person noun, "он"/"она" by the antecedent, or an organisation that speaks in it; where its
speech verb and its clause are.
"""

from __future__ import annotations

import re

from ..lang import grammar, morph, speech
from ..lang.letters import CYRILLIC_WORD
from ..roles import POSITION, nominative, role_head
from .orgs import kind_speaks, represented_org, speaks, where_speaks
from .people import (
    addresses,
    antecedent,
    demonstrative,
    person_noun,
    pronoun_may_name,
    quoted_person,
    referred_person,
    relative_subject,
    subject_before,
    subject_of,
)
from .roles import person_with_role, role_phrase
from .shared import (
    ADDRESSEE,
    CLAUSE_BREAK,
    PRONOUN,
    REPORTED,
    Document,
    Span,
    as_normal,
    in_nominative,
    nearest,
    predicate,
    verb_gender,
)

NOT_PREDICATE = ("GRND", "PRTF")  # a gerund, a full participle: not the clause's predicate
ASIDE = re.compile(r"\([^()]*\)")  # a parenthesis: not the clause of the speech verb
# "ещё один казанский электромонтажник", "другая участница": a person not named before
ANOTHER = re.compile(
    r"(?<!\w)(?:(?:ещё|еще)\s+(?:один|одна)|другой|другая)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
SUBJECT_PRONOUN = re.compile(r"(?<!\w)(?:он|она|они|тот|та|те)(?!\w)", re.IGNORECASE)
PHRASE_END = re.compile(r"[,:;—–]")


def find_speaker(
    found: Document, start: int, stop: int, span: Span
) -> tuple[str | None, str | None]:
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
    relative = relative_subject(found, start, anchor)
    if relative is not None:
        return relative.text, relative.entity
    quoted = quoted_person(found, anchor, stop)
    if quoted is not None:
        return quoted
    referred = referred_person(found, start, stop)
    if referred is not None:
        return referred.text, referred.entity
    inside = [
        m
        for m in found.people_at.within(start, stop)
        if not any(a <= m.start < b for a, b in asides)
    ]
    verb = CYRILLIC_WORD.match(text, anchor)
    if verb is None or not speech.is_speech_verb(verb.group().lower()):
        # no speech verb ("Бизнесмен назвал Дудаева «…»: «…»"): the clause's predicate
        verb = predicate(text, (start, stop)) or verb
    wanted = verb_gender(verb.group().lower()) if verb else None
    subjects = [m for m in inside if in_nominative(text, m) and subject_of(m, wanted)]
    surely = [m for m in subjects if as_normal(m)]  # "Стерлигов, по словам Тарасова, …"
    subjects = surely or subjects
    if subjects:
        near = nearest(subjects, anchor)
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
        who = antecedent(
            text, pronoun.group(), span, found.people_at, found.said, start + pronoun.start()
        )
        return pronoun.group(), who if pronoun_may_name(found, span) else None
    pointing = demonstrative(words)
    if pointing is not None:
        owner = speech.DEMONSTRATIVE[pointing.group(1).lower()]
        who = antecedent(text, owner, span, found.people_at, found.said, start + pointing.start())
        return pointing.group(1), who if pronoun_may_name(found, span) else None
    noun = person_noun(words)
    if noun and ANOTHER.search(words, 0, words.find(noun)):
        return noun, None  # "— говорит ещё один электромонтажник": not the one before
    if noun:
        at = min(start, span.start - 1)
        who = person_with_role(nominative(noun), found, span.start, at)
        represented = None if who else represented_org(found, start, stop)
        if represented:
            return represented.text, represented.entity
        if who is None and not addresses(words, noun):
            verb_said = speech.speech_verb(text[start:stop])
            who = subject_before(found, at, verb_said, role_head(nominative(noun)))
        return noun, who
    person = speech.someone(words)  # "— сказала женщина": the subject before, of its gender
    if person is not None and not inside and not ADDRESSEE.search(words):
        at = min(start, span.start - 1)
        return person, subject_before(found, at, speech.speech_verb(text[start:stop]))
    if inside and saying:  # "по словам Ивана Сидорова"
        near = nearest(inside, anchor)
        return near.text, near.entity
    position = POSITION.search(words)
    if position:
        phrase = role_phrase(words[position.start() :])
        at = min(start, span.start - 1)
        return phrase, person_with_role(nominative(phrase), found, span.start, at)
    saying = speech.SAYING.match(words)  # "по его словам", "по ее мнению"
    owner = speech.POSSESSIVE.get(saying.group(1).lower()) if saying and saying.group(1) else None
    if owner:
        who = antecedent(text, owner, span, found.people_at, found.said)
        return saying.group(1), who if pronoun_may_name(found, span) else None
    orgs = found.orgs_at.within(start, stop)
    org = represented_org(found, start, stop)
    org = org or next((m for m in orgs if where_speaks(text, m, anchor)), None)
    org = org or next((m for m in orgs if speaks(text, m)), None)
    if org is not None:
        return org.text, org.entity
    body = speech.body(words)
    if body is not None:
        before = found.orgs_at.last_ending_by(span.start - 1)
        return body, before.entity if before else None
    kind = kind_speaks(text, start, stop, anchor)
    if kind is not None:  # "Фонд утверждает", "— рассказывало издание": the last one named
        before = found.orgs_at.last_ending_by(kind.start())
        return kind.group(), before.entity if before else None
    return (pronoun.group(), None) if pronoun else (None, None)


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


def _clause(found: Document, start: int, stop: int, verb: int) -> int:
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
    named = any(in_nominative(text, m) for m in found.people_at.within(clause, stop))
    if named or SUBJECT_PRONOUN.search(words) or person_noun(words):
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

"""Positions written before a person's name: "глава Минкомсвязи Николай Никифоров".

A role is the phrase that starts at a position word (министр, глава, председатель...) and runs
up to the person's name, within the same clause: no punctuation except hyphens and quotes, no
verb, no other person, at most ``MAX_WORDS`` words. Its nominative keeps the dependents as
written and inflects only the leading words that agree with the position word: "Председателя
Правительства РФ" -> "председатель Правительства РФ", "основателем и председателем совета
директоров" -> "основатель и председатель совета директоров".
"""

from __future__ import annotations

import re

from . import morph

MAX_WORDS = 12
WINDOW = 160  # characters looked at before a name
POSITION = re.compile(
    r"(?<![\w-])(?:(?:экс|вице|и\.\s?о\.)[- ]?)?(?:"
    r"министр|замминистр|глав[аыеуо]й?|президент|премьер|председател|сопредседател|заместител|замглав"
    r"|руководител|основател|соучредител|учредител|директор|гендиректор|губернатор|вице-губернатор|мэр"
    r"|спикер|посол|послом|генсек|секретар|пресс-секретар|советник|представител|полпред|канцлер|корол"
    r"|принц|депутат|сенатор|судь[яеюи]|прокурор|генпрокурор|лидер|командующ|начальник|ректор"
    r"|главнокомандующ|владел|совладел|менеджер|аналитик|эксперт|журналист|премьер-министр|патриарх"
    r"|митрополит|атаман|шеф|главред|редактор|управляющ|партнер|партнёр|исполнительн|генерал|адмирал"
    r"|полковник|майор|капитан|тренер|наставник|форвард|нападающ|защитник|вратар|певиц|певец|актер"
    r"|актёр|актрис|режисс[её]р|писател|поэт|художник|композитор|профессор|академик|ученый|учёный"
    r")\w*",
    re.IGNORECASE,
)
CLAUSE_BREAK = re.compile(r"[.,;:!?()\[\]—–\n]|\s-\s")
WORD = re.compile(r"[\w«»\"“”„'-]+")
VERB_TAGS = ("VERB", "INFN", "GRND", "PRTS")


def find_role(text: str, start: int, before: int = 0) -> str | None:
    """The role written right before the name at text[start:], not reaching back past before."""
    left = max(before, start - WINDOW)
    window = text[left:start]
    breaks = list(CLAUSE_BREAK.finditer(window))
    clause = window[breaks[-1].end() :] if breaks else window
    for match in POSITION.finditer(clause):
        phrase = clause[match.start() :].strip()
        words = WORD.findall(phrase)
        if 0 < len(words) <= MAX_WORDS and not any(_is_verb(w) for w in words):
            return nominative(phrase)
    return None


def nominative(phrase: str) -> str:
    """The role phrase with its head in the nominative: adjectives, the position noun, and more
    of them joined by "и" ("основателем и председателем"); dependents stay as written."""
    words = phrase.split()
    case = _case(words[0])
    out = list(words)
    index = 0
    while case is not None and index < len(words):
        form, pos = _nominative_in_case(words[index], case)
        if form is None:
            break
        out[index] = form
        index += 1
        if pos == "NOUN":  # the head is done: go on only with a coordinated one
            if index + 1 < len(words) and words[index].lower() == "и":
                index += 1
                continue
            break
    first = out[0]
    if not (first.isupper() and len(first) > 1):
        out[0] = first[:1].lower() + first[1:]
    return " ".join(out)


def _case(word: str) -> str | None:
    for parse in morph.parses(word.lower()):
        if parse.tag.POS in ("NOUN", "ADJF") and parse.tag.case:
            return morph.case_of(parse)
    return None


def _nominative_in_case(word: str, case: str) -> tuple[str | None, str | None]:
    """word in the nominative and its part of speech, when it reads as a noun or adjective in
    case; (None, None) otherwise."""
    for parse in morph.parses(word.lower()):
        if parse.tag.POS in ("NOUN", "ADJF") and morph.case_of(parse) == case:
            form = word if case == "nomn" else morph.inflect(parse, {"nomn"})
            return (morph.recase(form, word) if form else None), parse.tag.POS
    return None, None


def _is_verb(word: str) -> bool:
    parses = morph.parses(word.lower())
    return bool(parses) and parses[0].tag.POS in VERB_TAGS and parses[0].score > 0.5

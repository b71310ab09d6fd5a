"""Positions written before a person's name: "глава Минкомсвязи Николай Никифоров".

A role is the phrase that starts at a position word (министр, глава, председатель...) and runs
up to the person's name, within the same clause: no punctuation except hyphens and quotes, no
verb, no other person, at most ``MAX_WORDS`` words. Its nominative (``phrases``) keeps the
dependents as written and inflects only the words that agree with the position word:
"Председателя Правительства РФ" -> "председатель Правительства РФ", "основателем и
председателем совета директоров" -> "основатель и председатель совета директоров".
"""

from __future__ import annotations

import re

from .lang import morph, phrases

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
    """The role phrase with its head in the nominative (``phrases``), first word lowercase;
    as written when its words cannot be read."""
    phrase = " ".join(phrase.split())  # one plain space between words (no NBSP)
    normal = phrases.nominative(phrase, proper=False) or phrase
    first, _, rest = normal.partition(" ")
    if not (first.isupper() and len(first) > 1):
        first = first[:1].lower() + first[1:]
    return f"{first} {rest}" if rest else first


def _is_verb(word: str) -> bool:
    parses = morph.parses(word.lower())
    return bool(parses) and parses[0].tag.POS in VERB_TAGS and parses[0].score > 0.5

"""Quotations that are not speech: items of a list of quotes in a parenthesis, headings glued into
a one-line body, wording woven into the author's sentence, the accusative object of a speech
verb. (Titles after a noun of their kind are told by ``lang.speech.is_title``.)
"""

from __future__ import annotations

import re

from ..lang import morph, speech
from ..lang.letters import CYRILLIC_WORD
from .shared import ATTRIBUTION_REACH, LISTED, PAIRS, SPACE, Span

LIST_OPENS = re.compile(r"\(\s*(?:«[^«»()]*»\s*,\s*)*$")  # "(«A», «B», " before a quote
SENTENCE_MARK = re.compile(r"[.!?…]")
LETTER = re.compile(r"[^\W\d_]")


def in_aside(text: str, span: Span) -> bool:
    """Whether the quote is an item of a list of quotes in a parenthesis ("ответил на три
    вопроса («…», «…», «…»)"): an aside that names what the sentence speaks of, not the
    words of its speech verb's subject ("По словам Лужкова, … («мне советники не нужны»)" is
    his)."""
    opens = LIST_OPENS.search(text, max(0, span.start - 1 - ATTRIBUTION_REACH), span.start - 1)
    if opens is None:
        return False
    after = LISTED.match(text, span.stop + 1) is not None  # «A» of «A», «B»
    return after or "«" in text[opens.start() : span.start - 1]  # «B» of («A», «B»)


def is_heading(text: str, span: Span) -> bool:
    """Whether a quotation stands as a heading glued into a one-line body: no sentence ends in
    it or after it, and the next quotation opens right after ("…». «Не людей же режут» «Доказать
    …»"): a heading that quotes someone, not the next words of the speaker before it."""
    if SENTENCE_MARK.search(text, span.start, span.stop):
        return False
    after = SPACE.match(text, span.stop + 1).end()
    return text[after : after + 1] in PAIRS


def is_woven(speech_text: str) -> bool:
    """Whether an unattributed quotation is wording woven into the author's sentence, not
    speech: it opens in lower case ("получила деньги на «разработку концепции …»", "назвал
    его «сторонником …»"), so it is a phrase of that sentence, not a sentence of its own."""
    letter = LETTER.search(speech_text)
    return letter is not None and letter.group().islower()


def object_named(text: str, start: int, span: Span) -> bool:
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

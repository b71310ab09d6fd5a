"""Generic organisations: common nouns that name an institution by its kind ("полиция",
"правительства", "парламент", "совет директоров") and, in a news text, mean one institution
the context makes clear. NEREL annotates them as ORG (125 of its 616 dev ORG spans),
factRuEval and most users of named organisations do not, so they are found only with the
``generic_orgs`` option, unless their country or place completes them ("правительство России",
"японский парламент": one institution, ``spans.refine``), or, for a body of an organisation,
the organisation NER found right after it ("Совет директоров Банка России"). The words are a small closed list of
institution nouns (lemmas), some with the genitive that completes them ("совет директоров",
"кабинет министров"), some named an institution only with whose it is ("власти США", "суд Милана").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ..lang import grammar, morph
from ..lang.letters import CYRILLIC, CYRILLIC_WORD, RUN_BEFORE_SPACE, run_before_space
from ..records import Mention, Unit, placed
from .extend import is_wedged
from .kinds import ORGANISATION_KINDS

INSTITUTIONS = {
    "полиция", "правительство", "парламент", "кабмин", "администрация", "мэрия", "прокуратура",
    "министерство", "конгресс", "сенат", "муниципалитет",
}  # fmt: skip
COMPLETED = {"совет": "директоров", "кабинет": "министров"}  # head lemma -> its genitive
GOVERNING = {"министерство"}  # named by the genitive after it: "министерство культуры"
# The press services: bodies of another organisation, named by it in the genitive after them
# as a board is ("пресс-служба Банка России", "в пресс-центре ГУ МВД": NEREL's convention)
PRESS_SERVICES = {"пресс-служба", "пресс-центр"}
# Nouns that name an institution only with whose it is ("власти России", "британские власти",
# "сборной Испании", "суд Милана", "пресс-служба Кремля"; alone, "смены власти", "Власти
# решили", "вратарь сборной", "подал в суд": power in general, any court, or no one said
# whose), and of them those that name it only in the plural ("власть": power)
OWNED_ONLY = {"власть", "сборная", "суд", "посольство", "армия"} | PRESS_SERVICES
PLURAL_ONLY = {"власть"}
# ... and those whose name goes on after whose it is with the field it is of, as a named
# organisation's does ("сборной России по хоккею", ``extend.continued``)
WITH_FIELD = {"сборная"}
NOMINAL = {"NOUN", "ADJF"}  # the words of an institution phrase that decline
STEMS = {lemma[:4] for lemma in INSTITUTIONS | OWNED_ONLY | set(COMPLETED)}  # before pymorphy2
WORD = CYRILLIC_WORD
LETTER = re.compile(rf"[{CYRILLIC}]")


def is_generic(word: str) -> bool:
    """Whether word is a form of an institution noun ("Полиция", "правительства")."""
    return _lemma(word) in INSTITUTIONS


def needs_owner(word: str) -> bool:
    """Whether word is a noun that names an institution only with whose it is ("власти",
    "сборной")."""
    return _lemma(word) in OWNED_ONLY


def takes_field(word: str) -> bool:
    """Whether word is a noun whose name goes on with its field after its owner ("сборной")."""
    return _lemma(word) in WITH_FIELD


def plural_only(word: str) -> bool:
    """Whether word is a noun that names an institution only in the plural ("власти")."""
    return _lemma(word) in PLURAL_ONLY


def plural_nominative(phrase: str) -> str:
    """A plural institution phrase in the nominative plural, word by word ("британским властям"
    -> "британские власти", "Властей" -> "Власти"): its noun names the institution only in the
    plural, which a nominative in the singular would lose ("власть": power)."""
    forms = []
    for word in phrase.split():
        plural = [p for p in morph.parses(word) if p.tag.number == "plur" and p.tag.POS in NOMINAL]
        form = morph.inflect(plural[0], {"nomn", "plur"}) if plural else None
        forms.append(morph.recase(form, word) if form else word)
    return " ".join(forms)


def is_named_by_field(phrase: str) -> bool:
    """Whether a generic phrase is an institution named by the genitive after it, that genitive
    written: "министерство культуры", "министерстве иностранных дел" (one ministry, the
    country's the text is about), not "министерства" alone."""
    words = phrase.split()
    return len(words) > 1 and any(_lemma(word) in GOVERNING for word in words[:-1])


def is_complete_institution(word: str) -> bool:
    """Whether word is an institution noun that no genitive or phrase after it completes
    ("Правительства", "полиции"; not "министерства", named by its genitive)."""
    return _lemma(word) in INSTITUTIONS - GOVERNING


def is_generic_phrase(text: str) -> bool:
    """Whether text is a generic organisation as a whole ("Полиция", "совета директоров")."""
    words = WORD.findall(text)
    if len(words) == 1:
        return is_generic(words[0])
    return len(words) == 2 and COMPLETED.get(_lemma(words[0])) == words[1].lower()


def is_press_service(text: str) -> bool:
    """Whether text is a press service's noun alone ("пресс-службы", "Пресс-центр")."""
    words = WORD.findall(text)
    return len(words) == 1 and _lemma(words[0]) in PRESS_SERVICES


def is_body_phrase(text: str) -> bool:
    """Whether text is a generic phrase with the genitive that completes it ("Совет
    директоров", "кабинета министров"), or a press service: a body of another organisation,
    which the organisation named in the genitive after it owns ("Совет директоров Банка
    России", "пресс-служба Кремля")."""
    if is_press_service(text):
        return True
    words = WORD.findall(text)
    return len(words) == 2 and is_generic_phrase(text)


def body_end(text: str, start: int, stop: int) -> int:
    """stop moved back to the end of the body phrase the span text[start:stop] starts with
    ("Совета директоров") when the word after the phrase is a lower-case common noun that is no
    organisation's kind: NER ran on into the next clause's subject ("заседания Совета
    директоров доходности облигаций снизились"), which is not whose the body is (an
    organisation's name or its kind is: "Совета директоров Сбербанка", "совета директоров
    компании")."""
    words = list(WORD.finditer(text, start, stop))
    if len(words) < 3 or not is_body_phrase(text[start : words[1].end()]):
        return stop
    following = words[2].group()
    if not following.islower() or grammar.first_pos(following) in grammar.FUNCTION:
        return stop
    if not ORGANISATION_KINDS.isdisjoint(grammar.noun_lemmas(following)):
        return stop
    return words[1].end()


def generic_mentions(
    doc: str,
    text: str,
    taken: list[tuple[int, int]],
    sentence_at: Callable[[int], Unit | None],
) -> Iterator[Mention]:
    """ORG mentions (normal form unset) of the generic institution words in text that no span
    in taken overlaps and that stand in an analysed sentence (``sentence_at``)."""
    for match in _stem_words(text):
        word = match.group()
        lemma = _lemma(word)
        start, stop = match.span()
        if lemma in COMPLETED:
            following = WORD.match(text, stop + 1) if text[stop : stop + 1].isspace() else None
            if following is None or following.group().lower() != COMPLETED[lemma]:
                continue
            stop = following.end()
        elif lemma not in INSTITUTIONS | OWNED_ONLY:
            continue
        elif lemma in PLURAL_ONLY and not _may_be_plural(word):
            continue  # "российской властью": power, the authorities are plural
        elif lemma in GOVERNING:
            stop = _genitive_end(text, start, stop)
        start = adjectives_start(text, start, word)
        unit = sentence_at(start)
        if unit is None or overlaps(taken, start, stop):
            continue
        yield found_org(doc, text, start, stop, unit)


def overlaps(taken: list[tuple[int, int]], start: int, stop: int) -> bool:
    """Whether a span (start, stop) of taken shares an offset with text[start:stop]."""
    return start < stop and any(a < stop and start < b and a < b for a, b in taken)


def _stem_words(text: str) -> Iterator[re.Match[str]]:
    """The words of ``WORD.finditer(text)`` that start with one of the STEMS in either case,
    found by searching the lower-cased text for the stems (no Python step per word)."""
    lower = text.lower()
    if len(lower) != len(text):  # a letter whose lower case is longer ("İ"): offsets move
        yield from (m for m in WORD.finditer(text) if m.group()[:4].lower() in STEMS)
        return
    found = []
    for stem in STEMS:
        at = lower.find(stem)
        while at >= 0:
            found.append(at)
            at = lower.find(stem, at + 1)
    for at in sorted(found):
        if at and (
            LETTER.match(text, at - 1)
            or (text[at - 1] == "-" and at > 1 and LETTER.match(text, at - 2))
        ):
            continue  # inside a word ("пресс-служба"): WORD.finditer reads it whole
        match = WORD.match(text, at)
        if match is not None and match.group()[:4].lower() in STEMS:
            yield match


def found_org(
    doc: str, text: str, start: int, stop: int, unit: Unit, normal: str | None = None
) -> Mention:
    """An ORG mention a rule found where NER found none, at text[start:stop] in the sentence
    unit."""
    span = text[start:stop]
    return Mention(
        doc=doc, type="ORG", text=span, normal=normal, start=start, stop=stop, **placed(unit)
    )


def _lemma(word: str) -> str:
    lemmas = grammar.noun_lemmas(word)
    return lemmas[0] if lemmas else ""


def _may_be_plural(word: str) -> bool:
    return any(p.tag.POS == "NOUN" and p.tag.number == "plur" for p in morph.parses(word))


def adjectives_start(text: str, start: int, noun: str) -> int:
    """start moved back over the adjectives before the noun that agree with it ("переходного
    правительства", "японским парламентом")."""
    nouns = [p for p in morph.parses(noun) if p.tag.POS == "NOUN"]
    while True:
        before = run_before_space(RUN_BEFORE_SPACE, text[max(0, start - 40) : start])
        if not before or not any(
            grammar.agrees(a, n) for a in _adjectives(before[1]) for n in nouns
        ):
            return start
        start -= len(before[0])


def _genitive_end(text: str, start: int, stop: int) -> int:
    """stop moved past the genitive noun, and the adjectives before it, that names what an
    institution (the word text[start:stop]) is of ("министерство здравоохранения",
    "министерстве иностранных дел"); not past a noun that the participle before the
    institution qualifies ("подведомственные министерству организации": the institution is
    the participle's complement, ``extend.is_wedged``)."""
    end = stop
    for match in WORD.finditer(text, stop):
        if text[end : match.start()].strip() or match.start() - end > 1:
            break
        readings = morph.parses(match.group())
        if not readings or grammar.first_pos(match.group()) in grammar.FUNCTION:
            break  # "министерства и ведомства": "и" is no letter's name here
        if any(grammar.is_adjective(p) and p.tag.case == "gent" for p in readings):
            end = match.end()
            continue
        if any(p.tag.POS == "NOUN" and p.tag.case == "gent" for p in readings):
            wedged = is_wedged(text, start, text[start:stop], match.group())
            return stop if wedged else match.end()
        break
    return stop


def _adjectives(word: str) -> list:
    """word's adjective readings, pronouns ("своё правительство") and participles ("принятым
    правительством": what it did, no part of its name) left out."""
    return [
        p
        for p in morph.parses(word)
        if morph.facts(p.tag).pos == "ADJF" and "Apro" not in p.tag.grammemes
    ]

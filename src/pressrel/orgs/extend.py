"""How far an organisation's name reaches beyond NER's span.

- An official name goes on with its phrases with "по" and "при" ("Совета при Президенте РФ по
  развитию информационного общества", "Бюро США по патентам и товарным знакам"), but not past
  a person, nor when "по" makes a sentence adverbial ("ФАС по итогам проверки"). When the
  span is the genitive of a subdivision written before it ("комитета Совета Федерации по ...":
  the phrase is the committee's) or follows a position, only a place goes on with it, and
  after a territorial branch nothing does ("Главного управления МЧС по Тверской области").
- A country's name in the genitive right after it is part of it ("Банком России", "ФСБ
  России", "Армии США"), the country a COUNTRY mention of its own inside it.
- So is a place NER found after an institution, and a generic organisation's place or
  country (``places``).
- A country adjective that agrees with the name before it is part of it ("японского МИДа").
  Other relative adjectives ("московского «Центра»", "синодального Отдела") are not: factRuEval
  takes them in (10 of its dev spans) and NEREL leaves them out (4), so no rule does.
- "им."/"имени" and a person's name go on with it, and a title and a person after an institution often named after one
  ("Госпиталя принцессы Дианы", ``named_after``).
"""

from __future__ import annotations

import re

from .. import caches, countries
from ..lang import grammar, marks, morph
from ..lang.letters import (
    CAPITALS,
    CYRILLIC_RUN,
    CYRILLIC_WORD,
    HYPHENATED,
    LOWER,
    RUN_BEFORE_SPACE,
    UPPER,
    before_spaces,
    run_before_space,
)
from ..lang.sentences import starts_sentence

WORD = re.compile(r"[^\W\d_](?:[\w.’'-]*\w)?\.?|\d+")
RUN_BEFORE_A_SPACE = re.compile(rf"({CYRILLIC_RUN}) $")  # the run before a space (no other)
CONTINUATION = re.compile(rf"(?:\s[{CAPITALS}][\w-]*)?\s(?P<prep>(?i:по|при))\s")
CASES = {"по": "datv", "при": "loct"}
COUNTRY_WORDS = 3  # the words of the longest country name read: "Соединённых Штатов Америки"
# a country's name after a span: capitalised words, "и" between ("Боснии и Герцеговины")
COUNTRY_AFTER = re.compile(
    rf" (?P<words>[{CAPITALS}][\w-]*(?: (?:и )?[{CAPITALS}][\w-]*){{0,{COUNTRY_WORDS - 1}}})"
)
PHRASE_WORD = HYPHENATED
PHRASE_WORDS = 8
# Nouns that make "по" a sentence adverbial, not part of a name: "ФАС по итогам проверки".
ADVERBIAL_NOUNS = {
    "словам", "данным", "мнению", "итогам", "сообщению", "сообщениям", "информации", "оценкам",
    "оценке", "поводу", "случаю", "причине", "требованию", "просьбе", "приглашению",
    "инициативе", "решению", "заказу", "состоянию", "результатам", "сравнению", "существу",
    "сути", "сведениям", "подсчётам", "подсчетам", "прогнозам", "версии", "линии",
    "делу", "факту", "итогу", "меньшей", "крайней", "мере", "всей", "всему", "всем", "традиции",
}  # fmt: skip
# Parts of an organisation, named by a genitive after them: "комитет Совета Федерации".
SUBDIVISIONS = {
    "комитет", "управление", "департамент", "отдел", "комиссия", "служба", "пресс-служба",
    "подразделение", "филиал", "отделение", "факультет", "кафедра", "секретариат", "аппарат",
}  # fmt: skip
# Subdivisions that are territorial branches: a place after the organisation they belong to is
# theirs ("Главного управления МЧС по Тверской области"), not the organisation's.
TERRITORIAL = {"управление", "отделение", "отдел", "филиал", "департамент", "подразделение"}


def with_country_adjective(text: str, start: int, stop: int) -> int:
    """start moved back over a country adjective that agrees with the name after it: "японского
    МИДа", "российского Минсельхоза" (part of the name in both the factRuEval and NEREL
    conventions; the adjective is also a COUNTRY mention of its own)."""
    before = run_before_space(RUN_BEFORE_A_SPACE, text[max(0, start - 40) : start])
    first = WORD.match(text, start, stop)
    if (
        not before
        or not first
        or (
            before[1][:1].isupper()
            and not starts_sentence(text, before.start(1) + max(0, start - 40))
        )
    ):
        return start
    found = countries.lookup_country_form(before[1])
    if not found or found[1] != "adjective":
        return start
    adjectives = [p for p in morph.parses(before[1]) if grammar.is_adjective(p)]
    heads = [
        p for p in morph.parses(first.group()) if grammar.is_noun(p) or grammar.is_adjective(p)
    ]
    if any(grammar.agrees(a, h) for a in adjectives for h in heads):
        return start - len(before[0])
    return start


def with_country_after(text: str, stop: int) -> int:
    """stop moved past the name of a country in the genitive right after the name ("Банком
    России", "ФСБ России", "Армии США", "Министерства объединения Южной Кореи"): an
    organisation named with its country is the whole name (NEREL's convention; the country is
    still a COUNTRY mention inside it). Not after a quoted or bracketed name, which has ended."""
    if stop < 1 or text[stop - 1] in marks.NAME_CLOSING + ")":
        return stop
    after = COUNTRY_AFTER.match(text, stop)
    if not after:
        return stop
    words = after["words"].split()
    for n in range(COUNTRY_WORDS, 0, -1):
        if len(words) >= n and _is_country_genitive(" ".join(words[:n])):
            return stop + len(after[0]) - len(after["words"]) + len(" ".join(words[:n]))
    return stop


def country_tail(text: str, start: int, stop: int) -> int:
    """Where a country's name in the genitive that ends the span text[start:stop] after other
    words starts ("ФСБ России", "Министерства обороны Южной Кореи"); stop when none does, or
    when the span is a quoted name (a country in «Почта России» is part of a proper name)."""
    if start and text[start - 1] in marks.NAME_OPENING:
        return stop
    return start + _country_start(text[start:stop])


@caches.bounded(caches.SPANS)
def _country_start(span: str) -> int:
    """``country_tail`` of a whole span, unquoted: it reads nothing outside it (WORD has no
    anchor), so it is read once per span text (the organisation ids ask it of every mention)."""
    words = list(WORD.finditer(span))
    for n in range(COUNTRY_WORDS, 0, -1):
        if len(words) > n and words[-1].end() == len(span):
            first = words[-n].start()
            if span[words[-n - 1].end() : first] == " " and _is_country_genitive(span[first:]):
                return first
    return len(span)


def _is_country_genitive(phrase: str) -> bool:
    """Whether phrase names a country (by name, not adjective) in the genitive or in a form that
    does not decline ("России", "Южной Кореи", "РФ", "США"); the case of the place's reading
    when pymorphy2 has one."""
    found = countries.lookup_country_form(phrase)
    if not found or found[1] != "name":
        return False
    last = phrase.split()[-1]
    if last.isupper():
        return True
    readings = morph.parses(last)
    places = [p for p in readings if "Geox" in p.tag.grammemes]  # "Франция" is no "франций"
    return any(morph.case_of(p) == "gent" for p in places or readings)


def subdivision_before(text: str, start: int) -> str | None:
    """The lemma of the lower-case subdivision noun right before the span, if any."""
    before = run_before_space(RUN_BEFORE_SPACE, text[max(0, start - 40) : start])
    if not before or not before[1].islower():
        return None
    return next((lemma for lemma in grammar.noun_lemmas(before[1]) if lemma in SUBDIVISIONS), None)


def continued(text: str, stop: int, people: frozenset[int], territorial_only: bool = False) -> int:
    """stop moved past the prepositional phrases with "по" and "при" that official names go on
    with ("Совета при Президенте РФ по развитию информационного общества", "Бюро США по
    патентам и товарным знакам"), also past one capitalised word before them; a phrase that
    is a sentence adverbial ("по словам", "по итогам") ends the name."""
    end = stop
    if text[stop - 1 : stop] in marks.NAME_CLOSING + ")":
        return stop  # "(МГИМО) по специальности": the name ended with its bracket
    while match := CONTINUATION.match(text, end):
        if territorial_only and not _names_place(text, match.end(), match["prep"]):
            break
        reached = phrase_end(text, match.end(), CASES[match["prep"].lower()], people)
        if reached is None:
            break
        end = reached
    return end


PLACE_PHRASE = re.compile(r" по ")


def parent_before_place(text: str, start: int, stop: int, places: dict[int, int]) -> int | None:
    """Where the organisation a territorial body is named by ends inside its span, before the
    phrase with "по" that names the body's place ("МВД России по Москве", "УФСБ по Пермскому
    краю": the region's department of МВД России, of УФСБ): the parent is a different
    organisation, mentioned too. None when the span has no such phrase, the place being a LOC
    mention (of ``places``: start -> stop) that starts right after "по"."""
    phrase = PLACE_PHRASE.search(text, start, stop)
    if phrase is None or phrase.start() == start or phrase.end() not in places:
        return None
    return phrase.start()


def _names_place(text: str, start: int, preposition: str) -> bool:
    """Whether the phrase at start, after "по", is a place: its first word capitalised and
    no abbreviation ("по Москве", "по Ростовской области", not "по ФСБ"); a phrase with "при"
    says where the body sits and is the organisation's all the same."""
    if preposition.lower() != "по":
        return True
    first = PHRASE_WORD.match(text, start)
    word = first.group() if first else ""
    return word[:1].isupper() and not word.isupper()


def phrase_end(text: str, start: int, case: str, people: frozenset[int]) -> int | None:
    """The end of the noun phrase in case (with its genitive dependents and "и" between nouns)
    that starts at start, None when there is none or it is an adverbial."""
    end = None
    want = {case}
    pos = start
    for count, word in enumerate(PHRASE_WORD.finditer(text, start)):
        if count >= PHRASE_WORDS or (count and text[pos : word.start()] != " "):
            break
        if word.start() in people:  # "при прокуратуре Владимир Маркин"
            break
        pos = word.end()
        value = word.group()
        if value.lower() == "и" and end is not None:
            continue
        if count == 0 and value.lower() in ADVERBIAL_NOUNS:
            return None
        if _is_function_word(value):  # "по бюджету в среду": "в" is no abbreviation here
            break
        readings = [p for p in morph.parses(value) if morph.case_of(p) in want | {"gent"}]
        if not readings:
            break
        if any(p.tag.POS == "NOUN" for p in readings):
            end = word.end()
        elif not any(grammar.is_adjective(p) for p in readings):
            break
    return end


def _is_function_word(word: str) -> bool:
    """Whether pymorphy2's first reading of word is a preposition, conjunction or particle."""
    return grammar.first_pos(word) in grammar.FUNCTION


NAMED_AFTER = re.compile(r"\s?(?:им\.|имени)\s")
INITIALS_AND_NAME = re.compile(rf"(?:[{CAPITALS}]\.\s?){{0,2}}[{CAPITALS}][\w-]+")


def named_after(text: str, stop: int, people: dict[int, int]) -> int:
    """stop moved past "имени"/"им." and the person an institution is named after ("Театра им.
    Вахтангова", "институт имени А. С. Пушкина"): the person's name is part of the
    organisation's (it stays a PER mention of its own too)."""
    head = text[max(0, stop - 4) : stop]
    if head.endswith("им.") or head.endswith("имени"):
        match = re.compile(r"\s").match(text, stop)
        at = match.end() if match else None
    else:
        match = NAMED_AFTER.match(text, stop)
        at = match.end() if match else None
    if at is None:
        return _titled_namesake_end(text, stop, people)
    if at in people:
        return people[at]
    name = INITIALS_AND_NAME.match(text, at)
    if name and any(p.tag.case == "gent" for p in morph.parses(name.group().split()[-1])):
        return name.end()
    return stop


# Institutions often named after a person, with the person's title: "Госпиталь принцессы
# Марины", "Колледж королевы Елизаветы", "Больница святого Луки".
NAMESAKE_KINDS = {
    "госпиталь", "больница", "клиника", "музей", "театр", "университет", "институт", "колледж",
    "школа", "гимназия", "лицей", "библиотека", "фонд", "собор", "храм", "церковь",
}  # fmt: skip
KIND_BEFORE = re.compile(rf"(?<![\w-])([{UPPER}][{LOWER}]+)$")  # the capitalised kind noun
SPACED_LOWER_WORD = re.compile(rf" ([{LOWER}]+) ")  # "Госпиталя принцессы Марины", "суд штата"


def _titled_namesake_end(text: str, stop: int, people: dict[int, int]) -> int:
    """stop moved past a title and the person an institution named by one capitalised kind
    noun is named after ("Госпиталя принцессы Марины"): a singular animate noun in the
    genitive, then a person NER found."""
    kind = KIND_BEFORE.search(text[max(0, stop - 30) : stop])
    title = SPACED_LOWER_WORD.match(text, stop)
    if not kind or not title or title.end() not in people:
        return stop
    if not any(lemma in NAMESAKE_KINDS for lemma in grammar.noun_lemmas(kind[1])):
        return stop
    if not any(
        p.tag.POS == "NOUN"
        and p.tag.animacy == "anim"
        and p.tag.case == "gent"
        and p.tag.number == "sing"
        for p in morph.parses(title[1])
    ):
        return stop
    return people[title.end()]


QUOTED_REST = re.compile(rf"(?: {CYRILLIC_WORD.pattern}){{1,3}}")


def to_closing_quote(text: str, start: int, stop: int) -> int:
    """stop moved to the closing quotation mark of a quoted name NER took only the start of
    ("«Координационный совет пострадавших дольщиков»"): a quoted name is whole. Only up to three
    words, none a verb, may be left: a quoted clause ("«Vestas не желает ...»") is no name."""
    if not start or text[start - 1] not in marks.NAME_PAIRS:
        return stop
    close = text.find(marks.NAME_PAIRS[text[start - 1]], stop, stop + 60)
    rest = text[stop:close] if close > stop else ""
    if not rest or not QUOTED_REST.fullmatch(rest):
        return stop
    if any(grammar.may_be_verbal(word) for word in rest.split()):
        return stop
    return close


def without_participle_noun(text: str, start: int, stop: int) -> int:
    """stop moved back to the end of the span's first word when the span is a name wedged
    between a participle (or a qualitative adjective) and the noun it qualifies, NER having run
    on into that noun ("запланированных Правительством национальных проектов", "опубликованной
    Росстатом статистики", "подведомственные Минкульту компании"): the participle right before the span agrees with the first lower-case word
    after the span's first word and not with that first word (the agent or object the
    participle governs), and no word after the span agrees with it (then the participle's noun
    is outside: "утверждённых Министерством финансов расходов"). A participle after a comma
    follows its noun ("Данные, полученные ЦИКом партии") and cuts nothing."""
    words = list(WORD.finditer(text, start, stop))
    if len(words) < 2:
        return stop  # before the search of the word before: most names are one word
    head, tail = words[0].group(), words[1].group()
    if not head[:1].isupper() or not tail.islower():
        return stop
    if any(char in marks.NAME_PAIRS or char in "()" for char in text[start:stop]):
        return stop  # "учрежденная Борматиным автономная некоммерческая организация (АНО)
        # «Центр социальных инициатив»": a name of its own further on, the pieces' to split
    participles = _wedging(text, start, head, tail)
    if not participles:
        return stop
    after = re.compile(r"\s").match(text, stop) and WORD.match(text, stop + 1)
    word = after.group() if after else ""
    if word.islower() and not _is_function_word(word) and _agrees_with(participles, word):
        return stop
    return words[0].end()


def is_wedged(text: str, start: int, head: str, noun: str) -> bool:
    """Whether the word head at start is wedged between a participle (or a qualitative
    adjective) right before it and the later word noun that participle qualifies: the
    participle agrees with noun and not with head, which is its complement ("опубликованной
    Росстатом статистики", "подведомственные министерству организации"). A participle after a
    comma follows its own noun ("Данные, полученные ЦИКом партии") and qualifies neither."""
    return bool(_wedging(text, start, head, noun))


def _wedging(text: str, start: int, head: str, noun: str) -> list:
    """The readings of the participle that wedges head between itself and noun (``is_wedged``),
    empty when none does."""
    before = run_before_space(RUN_BEFORE_SPACE, text[max(0, start - 40) : start])
    if not before or not before[1].islower():
        return False
    end = before_spaces(text, start - len(before[0]))
    if end and text[end - 1] == ",":
        return False
    participles = _participle_readings(before[1])
    if not participles or not _agrees_with(participles, noun) or _agrees_with(participles, head):
        return []
    return participles


def _participle_readings(word: str) -> list:
    """word's readings as a participle, or as a qualitative adjective when it is no noun: both
    take a name as their complement ("опубликованной Росстатом статистики", "подведомственные
    Минкульту компании"); not a pronoun ("по которой Министерство культуры будет") nor a noun
    pymorphy2 also guesses an adjective of ("главой Центра по борьбе с курением")."""
    readings = morph.parses(word)
    if any(p.tag.POS == "NOUN" for p in readings):
        return [p for p in readings if p.tag.POS == "PRTF"]
    return [
        p for p in readings if p.tag.POS == "PRTF" or (p.tag.POS == "ADJF" and "Apro" not in p.tag)
    ]


def _agrees_with(adjectives: list, word: str) -> bool:
    """Whether one of the adjectives' readings agrees with a noun or adjective reading of word."""
    readings = [p for p in morph.parses(word) if grammar.is_noun(p) or grammar.is_adjective(p)]
    return any(grammar.agrees(a, r) for a in adjectives for r in readings)

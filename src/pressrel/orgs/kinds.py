"""What kind of thing a quoted name is, read from the common noun before it.

In "кинотеатр «Звезда»", "шаттл «Дискавери»", "торговая марка «Раундап»" the noun before the
quoted name is in apposition to it and says what it names: a cinema, a spacecraft, a brand.
NER tags many such names ORG. A quoted name in the nominative (the apposition keeps its own
case) after a lower-case inanimate common noun that is no organisation kind is not an
organisation; in a list ("в кинотеатрах «Звезда», «Космос» и «Юность»") the noun before the
first name says it for all. Names in another case ("интервью «Голосу Америки»", "после гибели
«Колумбии»") depend on the noun and are kept, and so is any name after an organisation kind
("партия «Единая Россия»", "газета «Ведомости»"), and a name after a noun a number counts ("в
2013 году «Локомотив» выиграл", "в 13 раз «Арсенал»": a measure or a date, no kind).

The words before an unquoted name say it too: right after the reflexive possessive it is a thing
someone owns ("в своём Твиттере"), and governed by "в"/"на" after a noun of a personal page the
site the page is on ("на своей странице в Facebook"): no organisation either; nor is one
governed by "в"/"на" next to a verb of publishing in its clause, the site a text was put on
("написал в Facebook", "опубликованном в Telegram", "выложил на YouTube"; not a verb of speech:
"заявил в ООН", "сообщила в Twitter" say where one spoke or to whom, NEREL's organisations).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..lang import grammar, morph
from ..lang.facilities import BUILDING_ABBREVIATIONS
from ..lang.letters import CYRILLIC, CYRILLIC_RUN, CYRILLIC_RUNS, HYPHENATED
from ..lang.marks import CLOSING, LEFT_GUILLEMET, OPENING, STRAIGHT
from ..lang.namesakes import NAMING_NOUNS
from ..records import Mention

# Nouns that name a kind of organisation (lemmas): the closed class a descriptor comes from.
ORGANISATION_KINDS = {
    "компания", "фирма", "корпорация", "концерн", "холдинг", "медиахолдинг", "группа",
    "банк", "партия", "движение", "союз", "ассоциация", "федерация", "организация", "фонд",
    "агентство", "информагентство", "газета", "журнал", "издание", "издательство",
    "еженедельник", "телеканал", "канал", "радиостанция", "радио", "телекомпания", "студия",
    "киностудия", "театр", "клуб", "команда", "ансамбль", "оркестр", "коллектив", "группировка",
    "университет", "институт", "академия", "колледж", "школа", "училище", "лицей", "гимназия",
    "больница", "госпиталь", "клиника", "завод", "фабрика", "комбинат", "предприятие",
    "объединение", "общество", "служба", "пресс-служба", "ведомство", "министерство",
    "комитет", "совет", "комиссия", "управление", "департамент", "инспекция", "суд",
    "прокуратура", "армия", "сеть", "магазин", "ресторан", "оператор", "производитель",
    "разработчик", "фракция", "блок", "альянс", "коалиция", "профсоюз", "кооператив",
    "товарищество", "биржа", "консорциум", "сайт", "портал", "лаборатория", "музей", "центр",
    "проект", "жюри", "редакция", "лейбл", "дом", "агрохолдинг", "госкорпорация", "автоконцерн",
    "галерея", "подразделение", "филиал", "отделение", "палата",
    "лига", "бюро", "сообщество", "секта", "бригада", "община", "церковь", "трест", "синдикат",
    "картель", "гильдия", "учреждение", "авиакомпания", "кинокомпания", "телестудия",
    "аэроклуб", "сельхозпредприятие", "медиагруппа", "телерадиокомпания",
}  # fmt: skip
# Nouns of time: one is an adverbial ("в тот же день «Пересвет» выплатил", "В конце января
# «Медуза» рассказала"), never the kind of the name after it, which starts the clause.
TIME = {
    "день", "сутки", "неделя", "месяц", "год", "час", "минута", "утро", "вечер", "ночь",
    "время", "момент", "период", "понедельник", "вторник", "среда", "четверг", "пятница",
    "суббота", "воскресенье", "январь", "февраль", "март", "апрель", "май", "июнь", "июль",
    "август", "сентябрь", "октябрь", "ноябрь", "декабрь", "квартал", "полугодие", "сезон",
}  # fmt: skip
# Nouns of what is said or reported: the name after one is who says it, its genitive written
# undeclined in its marks ("по данным «Коммерсантъ»", "по версии «Форбс»"), no kind.
SAYING = {
    "данные", "информация", "сведение", "версия", "оценка", "мнение", "слово", "сообщение",
    "источник", "подсчёт", "прогноз",
}  # fmt: skip
KIND_REACH = 3  # words before the quote that may name the kind ("Центр современной культуры")
ENUMERATION = re.compile(rf"[{CLOSING}]\s*(?:,|и|или)\s*$")
BEFORE = re.compile(rf"({CYRILLIC_RUN})\s*$")
QUOTED = re.compile(rf"[{OPENING}]([^{CLOSING}\n]{{1,80}})[{CLOSING}]")  # a quoted name
COUNTED = re.compile(r"\d[ \u00a0]*\Z")  # a number right before a noun counts it
LOOK_BACK = 256  # characters of the first window an opening mark is looked for in


def is_other_kind(text: str, start: int) -> bool:
    """Whether the quoted name at start (just after its opening quotation mark) is, by the
    noun in apposition before it, something other than an organisation."""
    if not start or text[start - 1] not in OPENING or not can_be_nominative(text, start):
        return False
    opening = start - 1
    while match := ENUMERATION.search(text, max(0, opening - 80), opening):
        opening = _last_opening(text, match.start())
        if opening < 0:
            return False
    before = BEFORE.search(text, max(0, opening - 40), opening)
    if before and before[1] in BUILDING_ABBREVIATIONS:
        return True  # "ЖК «Имперский дом»": a residential complex
    if not before or not before[1].islower() or not morph.is_known(before[1]):
        return False
    readings = morph.parses(before[1])
    nouns = [p for p in readings if p.tag.POS == "NOUN"]
    if readings[0].tag.POS != "NOUN" or any(p.tag.animacy != "inan" for p in nouns):
        return False
    if COUNTED.search(text, max(0, before.start(1) - 12), before.start(1)):
        return False  # "в 2013 году «Локомотив»": a counted noun is a measure, no kind
    if any(p.normal_form in TIME | SAYING for p in nouns):
        return False  # "в тот же день «Пересвет»", "по данным «Коммерсантъ»"
    words = _words_before(text, opening)
    if _names_building_centre(words):
        return True  # "торговым центром «Март»": a mall, not the company that runs it
    return not any(_names_kind(word) for word in words)


# Adjectives that make a centre a building ("торговый центр", a mall; "деловой центр", offices):
# the quoted name after one is the building's, as after "бизнес-центр" or "жилой комплекс",
# which are no organisation kinds; "центр" alone is one ("Центр «Гараж»").
BUILDING_CENTRES = {
    "торговый", "торгово-развлекательный", "торгово-офисный", "офисный", "деловой",
}  # fmt: skip
CENTRE = "центр"


def _names_building_centre(words: list[str]) -> bool:
    """Whether the words before a quoted name end with a centre that is a building."""
    if len(words) < 2 or CENTRE not in grammar.noun_lemmas(words[-1]):
        return False
    return any(
        p.normal_form in BUILDING_CENTRES
        for p in morph.parses(words[-2])
        if grammar.is_adjective(p)
    )


# The Internet itself is a medium, as the press is, and no organisation: "Сеть" capitalised
# inside a sentence names it ("появилось в Сети"). The word "Интернет" is left as NER reads it:
# the gold sets disagree (NEREL never annotates it, factRuEval marks it ORG).
NETWORK = "сеть"


def names_the_internet(text: str, start: int, stop: int, opens_sentence: bool) -> bool:
    """Whether the span text[start:stop] is "Сеть" in one word, capitalised where no sentence
    starts (opens_sentence: "Сеть ресторанов открылась" may name a chain): the Internet."""
    word = text[start:stop]
    if not word[:1].isupper() or opens_sentence or not grammar.NAME_WORD.fullmatch(word):
        return False
    return NETWORK in grammar.noun_lemmas(word)


def other_kind_names(text: str, mentions: Iterable[Mention]) -> frozenset[grammar.LemmaKey]:
    """The names of the document's quoted ORG mentions that a noun in apposition before one of
    their quoted occurrences shows to be something other than an organisation
    (``is_other_kind``), by their words' lemmas: "жилого комплекса «Легенда Цветного»", which
    NER may not have tagged there at all."""
    keys = {
        grammar.lemma_key(m.text)
        for m in mentions
        if m.type == "ORG" and m.start and text[m.start - 1] in OPENING
    }
    if not keys:
        return frozenset()
    found = set()
    for quoted in QUOTED.finditer(text):
        at = quoted.start(1)
        if _only_nominative(quoted[1]) and _singular_before(text, at) and is_other_kind(text, at):
            key = grammar.lemma_key(quoted[1])
            if any(grammar.same_lemmas(key, other) for other in keys):
                found.add(key)
    return frozenset(found)


def is_named_other_kind(text: str, mention: Mention, names: frozenset[grammar.LemmaKey]) -> bool:
    """Whether the quoted ORG mention is a name the document shows elsewhere to be something
    other than an organisation (``other_kind_names``), in any case: one name written again
    names the same thing ("... комплекса «Легенда Цветного». Пентхаусы в «Легенде
    Цветного»")."""
    if not names or not mention.start or text[mention.start - 1] not in OPENING:
        return False
    key = grammar.lemma_key(mention.text)
    return any(grammar.same_lemmas(key, other) for other in names)


def _only_nominative(name: str) -> bool:
    """Whether the name's first word can only be a nominative: "Легенда", not "Медузы" (a
    genitive too: "расследование «Медузы»" is the organisation's, not a thing's name), nor a
    word pymorphy2 only guesses about ("В составе «Бенфики»")."""
    word = grammar.NAME_WORD.match(name)
    readings = morph.parses(word.group()) if word and morph.is_known(word.group()) else []
    return bool(readings) and all(morph.case_of(p) == "nomn" for p in readings)


def _singular_before(text: str, start: int) -> bool:
    """Whether the word before the quoted name at start may be a noun in the singular: one
    thing's kind ("комплекса «Легенда Цветного»", "станции «Садовая»"), not a plural the name
    may be the subject after ("где ставила спектакли «Седьмая студия»", "На сайте
    госзакупок «Медуза» обнаружила")."""
    before = BEFORE.search(text, max(0, start - 41), start - 1)
    nouns = [p for p in morph.parses(before[1]) if p.tag.POS == "NOUN"] if before else []
    return any(p.tag.number == "sing" for p in nouns)


def _last_opening(text: str, stop: int) -> int:
    """Where the last « or " before stop is (-1: none), looked for back from stop in growing
    windows: a document with no straight quotation marks is not read back to its start for
    each name."""
    width = LOOK_BACK
    while True:
        start = max(0, stop - width)
        found = max(text.rfind(LEFT_GUILLEMET, start, stop), text.rfind(STRAIGHT, start, stop))
        if found >= 0 or start == 0:
            return found
        width *= 4


def _words_before(text: str, stop: int) -> list[str]:
    return CYRILLIC_RUNS.findall(text[max(0, stop - 80) : stop])[-KIND_REACH:]


def _names_kind(word: str) -> bool:
    """Whether word is an organisation kind, or a noun that names without saying the kind."""
    return not (ORGANISATION_KINDS | NAMING_NOUNS).isdisjoint(grammar.noun_lemmas(word))


def can_be_nominative(text: str, start: int) -> bool:
    """Whether the quoted name's first word can be a nominative (or does not decline)."""
    word = HYPHENATED.match(text, start)
    if not word:
        return False
    readings = [p for p in morph.parses(word.group()) if p.tag.case]
    return not readings or any(p.tag.case == "nomn" for p in readings)


# ... and the buildings named by an organisation kind with an adjective (the adjective's and the
# noun's lemmas): a shopping or sports centre, a night club is a building its owner runs
FACILITY_PHRASES = {
    ("торговый", "центр"), ("торгово-развлекательный", "центр"), ("спортивный", "центр"),
    ("выставочный", "центр"), ("ночной", "клуб"),
}  # fmt: skip


def is_facility_phrase(adjective: str, noun: str) -> bool:
    """Whether adjective and noun name a building (``FACILITY_PHRASES``: "торговым центром")."""
    adjectives = {p.normal_form for p in morph.parses(adjective) if p.tag.POS == "ADJF"}
    return any(
        (a, lemma) in FACILITY_PHRASES for a in adjectives for lemma in grammar.noun_lemmas(noun)
    )


# Nouns of a person's own page on a site ("на своей странице в Facebook", "в микроблоге в
# Twitter"): the name governed by "в"/"на" after one is the site the page is on.
PAGES = {"страница", "страничка", "аккаунт", "микроблог", "блог", "профиль"}
REFLEXIVE_POSSESSIVE = "свой"  # "в своём Твиттере", "со своим iTunes": a thing one owns
# The two words before a name (and the spaces and opening marks between), read in the reversed
# text of the window before it: a match at its start, not a search that tries every offset of
# the window. The marks and spaces are no letters or hyphens, so the runs are the same words a
# search of r"(RUN)\s+(RUN)[\s«„“\"']*$" in the window finds (the first cut at the window's start).
WORDS_BEFORE_REVERSED = re.compile(rf"[\s{OPENING}']*({CYRILLIC_RUN})\s+({CYRILLIC_RUN})")
WORDS_BEFORE_REACH = 60  # characters of the window
OWNER_WORDS = 3  # words of whose page it is between the page noun and "в"/"на"
CLAUSE_BREAK = re.compile(r"[.,;:!?…()\n«»\"]")  # a verb or an owner is looked for in the clause


def two_words_before(text: str, start: int) -> tuple[str, str, int] | None:
    """The two words right before text[start:], only spaces between them and only spaces and
    opening quotation marks after them, each a run of Cyrillic letters and hyphens, and where
    the second starts; the first cut at WORDS_BEFORE_REACH characters before start. None when
    there are no such words."""
    window = text[max(0, start - WORDS_BEFORE_REACH) : start][::-1]
    found = WORDS_BEFORE_REVERSED.match(window)
    return (found[2][::-1], found[1][::-1], start - found.end(1)) if found else None


def is_owned_medium(text: str, start: int) -> bool:
    """Whether the name at start is something a person owns or a site a page is on, not an
    organisation: right after the reflexive possessive ("в своём Твиттере", "в своём
    Telegram-канале") or governed by "в"/"на" after a noun of a personal page and at most
    three words in the genitive, whose page it is ("на своей странице в Facebook", "в своём
    микроблоге в Twitter", "на странице МВД Египта в Facebook")."""
    before = two_words_before(text, start)
    if not before:
        return False
    last = morph.parses(before[1])
    if last and last[0].normal_form == REFLEXIVE_POSSESSIVE:
        return True
    if before[1].lower() not in ("в", "на"):
        return False
    clause = CLAUSE_BREAK.split(text[max(0, before[2] - 80) : before[2]])[-1]
    words = CYRILLIC_RUNS.findall(clause)[::-1]
    for word in words[: OWNER_WORDS + 1]:  # "на странице МВД Египта в Facebook"
        if any(lemma in PAGES for lemma in grammar.noun_lemmas(word)):
            return True
        if not (word.isupper() or grammar.may_be_genitive(word)):
            return False
    return False


# Verbs of publishing (lemmas): a site named with "в"/"на" next to one is where a text was put,
# the medium ("написал в Facebook", "опубликованном в Telegram", "выложил на YouTube"); verbs of
# speech are not among them ("заявил в ООН", "сообщила в Госдуме": where one spoke, or to whom)
PUBLISHING = {
    "написать", "писать", "опубликовать", "публиковать", "выложить", "выкладывать",
    "разместить", "размещать", "запостить", "постить", "твитнуть",
}  # fmt: skip
PREPOSITION_BEFORE = re.compile(rf"(?<![{CYRILLIC}])(?:в|на)\s+\Z", re.IGNORECASE)
WORDS_NEAR = 2  # words before the preposition a verb of publishing may stand at (in its clause)


def is_published_medium(text: str, start: int, stop: int) -> bool:
    """Whether the unquoted name text[start:stop] is governed by "в"/"на" and a verb of
    publishing stands within two words before the preposition or right after the name, in its
    clause: the
    site a text was put on ("написал в Facebook", "опубликовали фото в Instagram"), no
    organisation."""
    if start and text[start - 1] in OPENING + "'":
        return False
    before = PREPOSITION_BEFORE.search(text, max(0, start - 4), start)
    if before is None:
        return False
    ahead = CLAUSE_BREAK.split(text[max(0, before.start() - 60) : before.start()])[-1]
    behind = CLAUSE_BREAK.split(text[stop : stop + 40])[0]
    near = CYRILLIC_RUNS.findall(ahead)
    after = CYRILLIC_RUNS.findall(behind)[:1]
    return any(
        p.normal_form in PUBLISHING and p.tag.POS in grammar.VERBAL | {"PRTF"}
        for word in near[-WORDS_NEAR:] + after
        for p in morph.parses(word)[:1]
    )

"""Words that make a quotation speech, and words that make it a title.

``SPEECH`` is a lexicon of verbs of speech and opinion by lemma, both aspects and the reflexive
of the impersonal passive ("говорится в сообщении", "сообщается"): a word is a speech verb
when one of pymorphy2's readings of it is a verb form (finite, infinitive, gerund, short or
full participle) of one of them, so every tense, aspect, person and voice is read through the
one lemma: "сообщили", "говорится", "заявлял", "комментирует", "отметив", "сказано".

``ANONYMOUS`` are the nouns of an unnamed source ("источник в правительстве"): no speaker.
``BODIES`` are the nouns that name an organisation by its kind where it speaks ("отметили в
компании", "сообщили в пресс-службе"); ``POSSESSIVE``, the pronouns of "по его словам".

``TITLES`` is a lexicon of the nouns that name a thing by a quoted title ("статья 159
«Мошенничество»", "закон «Об информации»", "фильм «...»", "фонд «...»"): a quotation right
after one is a name, not speech.

Each word's readings are asked once (``caches.WORDS``); ``speech_verb`` finds the first
speech verb of a phrase, ``says`` whether a phrase attributes words (a speech verb, or "по
словам", "по мнению", "по версии" of someone).
"""

from __future__ import annotations

import re

from .. import caches
from . import morph
from .letters import MIXED_WORD, as_cyrillic, last_run_start

SPEECH = frozenset({
    "говорить", "сказать", "говориться", "сказаться", "заявить", "заявлять", "заявляться",
    "отметить", "отмечать", "отмечаться", "утверждать", "утверждаться", "комментировать",
    "прокомментировать", "подчеркнуть", "подчёркивать", "подчёркиваться", "добавить", "добавлять",
    "пояснить", "пояснять", "рассказать", "рассказывать", "рассказываться", "сообщить", "сообщать",
    "сообщаться", "считать", "полагать", "уверять", "заверить", "заверять", "признаться",
    "признаваться", "признавать", "написать", "писать", "писаться", "напомнить", "напоминать",
    "указать", "указывать", "указываться", "ответить", "отвечать", "уточнить", "уточнять",
    "резюмировать", "констатировать", "заметить", "замечать", "предупредить", "предупреждать",
    "объяснить", "объяснять", "поделиться", "делиться", "цитировать", "процитировать", "убеждать",
    "подытожить", "пообещать", "обещать", "спросить", "спрашивать", "воскликнуть", "продолжить",
    "продолжать",
    "рассуждать", "вспоминать", "вспомнить", "возразить", "возражать", "настаивать", "посетовать",
    "сетовать", "пожаловаться", "жаловаться", "высказаться", "высказываться", "предположить",
    "предполагать", "прогнозировать", "объявить", "объявлять", "призвать", "призывать",
    "опровергнуть", "опровергать", "уверить", "акцентировать", "излагать", "изложить", "описать",
    "описывать", "рассудить", "шутить", "пошутить", "парировать", "проговорить", "перечислять",
    "перечислить", "упрашивать", "просить", "попросить", "подтвердить", "разъяснить", "разъяснять",
    "подтверждать", "признать", "переспросить", "переспрашивать", "размышлять", "диктовать",
    "продиктовать", "возмущаться", "возмутиться", "негодовать", "сокрушаться", "иронизировать",
    "удивляться", "удивиться", "восклицать", "произнести", "произносить", "повторить", "повторять",
    "кричать", "крикнуть", "шептать", "прошептать", "пересказать", "пересказывать", "хвастаться",
    "похвастаться", "отшучиваться", "говаривать",
})  # fmt: skip
TITLES = frozenset({
    "закон", "законопроект", "кодекс", "статья", "раздел", "пункт", "постановление", "указ",
    "приказ", "распоряжение", "решение", "программа", "подпрограмма", "проект", "доклад", "отчёт",
    "документ", "концепция", "стратегия", "фильм", "сериал", "спектакль", "передача", "шоу",
    "книга", "роман", "повесть", "рассказ", "сборник", "серия", "журнал", "газета", "песня",
    "альбом", "клип", "текст", "заголовок", "название", "рубрика", "новость", "материал", "колонка",
    "выставка", "фестиваль", "конкурс", "премия", "номинация", "форум", "семинар", "конференция",
    "пресс-релиз", "акция", "операция", "кампания", "фонд", "организация", "движение", "партия",
    "центр", "группа", "банк", "повод", "табличка", "вывеска", "надпись", "общество", "компания",
    "объединение", "ассоциация", "союз", "учреждение", "предприятие", "том", "тема", "шапка",
    "формулировка", "слоган", "лозунг", "девиз", "подзаголовок", "картина", "пьеса", "опера",
    "балет", "поэма", "стихотворение", "исследование", "публикация", "диссертация", "монография",
    "сайт", "портал", "приложение", "сервис", "платформа", "система", "канал", "блог",
})  # fmt: skip
# "по словам Сидорова", "по его мнению", "по версии следствия": whose words follow (group 1:
# a possessive pronoun, "его")
SAYING = re.compile(
    r"(?<!\w)по\s+(?:(его|ее|её|их)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:словам|мнению|версии|утверждению|признанию|оценке)(?!\w)",
    re.IGNORECASE,
)
# what may stand between a title noun and its quoted title: "статья 159 УК РФ «", "закон № 149-ФЗ «",
# a name ("статьи 295 Уголовного кодекса Казахстана"), a parenthesis or a dash opening ("ст. 264 УК
# РФ («", "новая статья — «")
TITLE_TAIL = re.compile(
    r"(?:\s+(?:№\s*)?\d[\w.,/-]*|\s+[A-ZА-ЯЁ][\w-]*|\s+№)*(?:\s*\(|\s+[—–])?\s*$"
)
# the abbreviated title nouns: "ст. 264 УК РФ", "п. 3", "гл. 5"
ABBREVIATED = {"ст": "статья", "п": "пункт", "гл": "глава"}
ABBREVIATION = re.compile(r"(?<![\w.])([А-ЯЁа-яё]{1,2})\.$")
# the last character of a head that opens a run of non-spaces no unit of TITLE_TAIL opens (a
# digit, a capital, "№", "(", a dash do): TITLE_TAIL's match starts after it (``title_start``)
NOT_IN_TITLE_TAIL = re.compile(r"(?s:.*)(?<!\S)[^\s\dA-ZА-ЯЁ№(—–]")
ABOUT = re.compile(r"(?:Обо|Об|О)\s+([А-ЯЁа-яё]+)")  # "Об установлении …": a title's first words
SENTENCE_MARK = re.compile(r"[.!?…]")
LAST_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*$")
# "отметили в компании": an organisation that speaks, named by its kind after "в"
BODIES = frozenset({
    "компания", "ведомство", "министерство", "банк", "пресс-служба", "регулятор", "служба",
    "мэрия", "администрация", "правительство", "издание",
})  # fmt: skip
GENERIC = frozenset({"организация", "фонд", "партия", "страна", "город", "регион", "отрасль"})
BODY = re.compile(r"(?<!\w)во? ([\w-]+)(?:\s*«[^«»]*»)?\s*$")  # the phrase's last words
ANONYMOUS = frozenset({"источник", "собеседник"})  # "— говорит источник, близкий к мэрии"
POSSESSIVE = {"его": "он", "ее": "она", "её": "она"}  # "по его словам": whose words
# "тот ответил", "та заявила": a demonstrative as the subject, the person of its gender named last
DEMONSTRATIVE = {"тот": "он", "та": "она"}
# nouns of speech: "С этой фразы Сечина начинается …" points back to a quote and names whose it is
SPEECH_NOUNS = frozenset({"фраза", "слово", "реплика", "цитата", "заявление", "высказывание"})
# coordinating conjunctions: a clause they open shares the subject before ("…, но запомнил")
COORDINATORS = frozenset({"и", "а", "но", "да", "однако"})
# "представитель «Велес-Капитала» опроверг": who speaks for an organisation, which then speaks
REPRESENTATIVES = frozenset({"представитель", "представительница", "пресс-секретарь", "спикер"})
SOMEONE = frozenset({"женщина", "мужчина", "девушка", "парень"})  # "— сказала женщина"
QUOTING = frozenset({"цитировать", "процитировать"})  # "цитирует РБК Иванова": Иванов speaks
ANSWER = frozenset({"отвечать", "ответить"})  # "отвечает за программу": is answerable, not says
ANSWERABLE = re.compile(r"\s+за(?!\w)")
# "признали бы святой", "бы сказал": the conditional mood, what was not said
HYPOTHETICAL_AFTER = re.compile(r"\s+бы(?!\w)")
HYPOTHETICAL_BEFORE = re.compile(r"(?<!\w)бы\s+$")
SPEECH_POS = {"VERB", "INFN", "GRND", "PRTS", "PRTF"}


@caches.bounded(caches.WORDS)
def is_speech_verb(word: str) -> bool:
    """Whether some reading of word (lower case) is a form of a speech verb."""
    return any(p.tag.POS in SPEECH_POS and p.normal_form in SPEECH for p in morph.parses(word))


def someone(phrase: str) -> str | None:
    """The first word of phrase that names a person by sex alone ("женщина", "мужчина",
    "девушка"), in the nominative singular."""
    for word in MIXED_WORD.finditer(phrase):
        written = word.group().lower()
        if any(_someone(p) for p in morph.parses(written)):
            return word.group()
    return None


def someone_gender(word: str) -> str | None:
    """The gender of word (lower case) when it names a person by sex alone in the nominative
    singular ("мужчина": masc, "девушка": femn), else None."""
    for p in morph.parses(word):
        if _someone(p) and p.tag.gender in ("masc", "femn"):
            return str(p.tag.gender)
    return None


def _someone(reading) -> bool:
    tag = reading.tag
    return reading.normal_form in SOMEONE and tag.case == "nomn" and tag.number == "sing"


def is_quoting(word: str) -> bool:
    """Whether word (lower case) is a form of "цитировать" or "процитировать": its subject
    quotes, its object is who is quoted. Asked once per attribution, on cached readings."""
    return any(p.tag.POS in SPEECH_POS and p.normal_form in QUOTING for p in morph.parses(word))


def is_speech_noun(word: str) -> bool:
    """Whether some reading of word (lower case) is a noun of speech ("фразы", "словами")."""
    return any(p.tag.POS == "NOUN" and p.normal_form in SPEECH_NOUNS for p in morph.parses(word))


@caches.bounded(caches.WORDS)
def is_title_noun(word: str) -> bool:
    """Whether some reading of word (lower case) is a noun that names a thing by its title."""
    return any(p.tag.POS == "NOUN" and p.normal_form in TITLES for p in morph.parses(word))


def says(phrase: str) -> bool:
    """Whether phrase attributes words: a speech verb, or "по словам", "по мнению"..."""
    return speech_verb(phrase) is not None or SAYING.search(phrase) is not None


def speech_verbs(phrase: str) -> list[re.Match[str]]:
    """The words of phrase that are speech verbs, as matches, in order (a Latin lookalike
    letter in a Cyrillic word read as the Cyrillic one: "cказал"; not "отвечает за": one
    answerable for something says nothing; not a verb with "бы" next to it, "её признали бы
    святой": the conditional mood says what was not said)."""
    return [w for w in MIXED_WORD.finditer(phrase) if _says_here(phrase, w)]


def _says_here(phrase: str, word: re.Match[str]) -> bool:
    written = as_cyrillic(word.group()).lower()
    if not is_speech_verb(written):
        return False
    if HYPOTHETICAL_AFTER.match(phrase, word.end()) or HYPOTHETICAL_BEFORE.search(
        phrase, 0, word.start()
    ):
        return False
    return not (ANSWERABLE.match(phrase, word.end()) and _answers(written))


def _answers(word: str) -> bool:
    """Whether word (lower case) is a form of "отвечать"/"ответить"; rarely asked (a speech
    verb before "за"), on cached readings."""
    return any(p.normal_form in ANSWER for p in morph.parses(word))


@caches.bounded(caches.WORDS)
def is_anonymous(word: str) -> bool:
    """Whether word (lower case) names an unnamed source ("источник", "собеседники")."""
    return any(p.tag.POS == "NOUN" and p.normal_form in ANONYMOUS for p in morph.parses(word))


@caches.bounded(caches.WORDS)
def is_representative(word: str) -> bool:
    """Whether word (lower case) names one who speaks for an organisation ("представителя")."""
    return any(p.tag.POS == "NOUN" and p.normal_form in REPRESENTATIVES for p in morph.parses(word))


def speech_verb(phrase: str) -> re.Match[str] | None:
    """The first word of phrase that is a speech verb, as a match (its offsets in phrase)."""
    for word in MIXED_WORD.finditer(phrase):
        if _says_here(phrase, word):
            return word
    return None


def is_about_title(quoted: str) -> bool:
    """Whether quoted reads as the title of a document: one phrase, no sentence's end in it,
    that opens with "О", "Об" or "Обо" and a word in the prepositional case ("Об установлении
    ставок", "О мерах поддержки"): the way Russian names laws, decrees and press releases."""
    match = ABOUT.match(quoted)
    if match is None or SENTENCE_MARK.search(quoted):
        return False
    return any(p.tag.case == "loct" for p in morph.parses(match.group(1).lower()))


def is_title(head: str) -> bool:
    """Whether a quotation right after head is a title: head ends in a noun that names a thing
    by its title (or its abbreviation, "ст."), and maybe its number and names ("статья 159 УК
    РФ", "закон", "фильм", "статьи 295 Уголовного кодекса Казахстана"), a parenthesis or a dash
    ("ст. 264 УК РФ («…»)", "новая статья — «…»")."""
    before = head[: title_start(head)]
    # each search from the first start that may reach the end (ABBREVIATION takes four
    # characters at most: its letters, the point and a line break)
    abbreviation = ABBREVIATION.search(before, max(0, len(before) - 4))
    if abbreviation is not None and abbreviation.group(1).lower() in ABBREVIATED:
        return True
    word = LAST_WORD.search(before, last_run_start(before, 0, len(before)))
    return word is not None and is_title_noun(word.group().lower())


def title_start(head: str) -> int:
    """Where ``TITLE_TAIL``'s match in head starts: ``TITLE_TAIL.search(head).start()``,
    searched from after the last run of non-spaces none of its units opens (``NOT_IN_TITLE_TAIL``;
    each unit is spaces, then a digit, a capital, "№", "(" or a dash), not from every start of
    the 60 characters (each read up to that run: half of ``is_title``'s time)."""
    barrier = NOT_IN_TITLE_TAIL.match(head)
    return TITLE_TAIL.search(head, barrier.end() if barrier else 0).start()


def is_generic_body(word: str) -> bool:
    """Whether word (lower case) names an organisation by its kind only ("ведомства"); rarely
    asked, and its readings are cached."""
    return any(p.normal_form in BODIES | GENERIC for p in morph.parses(word))


def body(phrase: str) -> str | None:
    """The noun of "в компании", "в пресс-службе" that ends phrase: an organisation named by
    its kind."""
    match = BODY.search(phrase)
    if match and any(p.normal_form in BODIES for p in morph.parses(match.group(1).lower())):
        return match.group(1)
    return None

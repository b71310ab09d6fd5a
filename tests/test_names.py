"""Person names: the nominative and the first/middle/last parts of a PER span, in sentences and
spans written for these tests (famous people and ordinary Russian names), and the property that
a name inflected by pymorphy2 into any case reads back as the same name.

A name in a sentence is read at the entry points, ``parse_person`` and ``resolve``, from the
spans NER is taken to have found (marked in brackets, ``helpers``): NER moving a span does not
fail them."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pressrel.lang import attributive, brackets, gender, morph
from pressrel.lang.names import name_pieces, parse_person, surname_readings
from pressrel.lang.patronymics import is_patronymic
from pressrel.lang.surnames import attested_case, attested_nominatives, by_endings

from helpers import people, resolved

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


def person(sentence: str, surface: str) -> tuple[str, tuple]:
    """The normal form and parts of the marked person written as surface in sentence."""
    found = {m.text: m for m in resolved(sentence)[1] if m.type == "PER"}
    assert surface in found, f"no PER {surface!r} in {sorted(found)}"
    mention = found[surface]
    return mention.normal, (mention.name.first, mention.name.middle, mention.name.last)


FOREIGN = [
    (
        "Историки спорят о роли [Уинстона Черчилля] в войне.",
        "Уинстона Черчилля",
        ("Уинстон Черчилль", ("Уинстон", None, "Черчилль")),
    ),
    (
        "Журналисты встретились с [Эммануэлем Макроном] в Елисейском дворце.",
        "Эммануэлем Макроном",
        ("Эммануэль Макрон", ("Эммануэль", None, "Макрон")),
    ),
    (
        "Об отставке [Эммануэля Макрона] пока не говорят.",
        "Эммануэля Макрона",
        ("Эммануэль Макрон", ("Эммануэль", None, "Макрон")),
    ),
    (
        "Решение поддержали сторонники [Ангелы Меркель].",
        "Ангелы Меркель",
        ("Ангела Меркель", ("Ангела", None, "Меркель")),
    ),
    (
        "Агентство сообщило о поездке [Ким Чен Ына] в провинцию.",
        "Ким Чен Ына",
        ("Ким Чен Ын", ("Чен Ын", None, "Ким")),
    ),
    (
        "Премьер передал послание [Си Цзиньпину] во время визита.",
        "Си Цзиньпину",
        ("Си Цзиньпин", ("Цзиньпин", None, "Си")),
    ),
    (
        "Эксперты обсудили заявление [Дональда Трампа] о пошлинах.",
        "Дональда Трампа",
        ("Дональд Трамп", ("Дональд", None, "Трамп")),
    ),
    (
        "Письмо адресовано [Хиллари Клинтон] и её штабу.",
        "Хиллари Клинтон",
        ("Хиллари Клинтон", ("Хиллари", None, "Клинтон")),
    ),
]


@pytest.mark.parametrize(("sentence", "surface", "expected"), FOREIGN)
def test_foreign_surnames_take_the_case_of_the_first_name(sentence, surface, expected):
    assert person(sentence, surface) == expected


ADJECTIVAL = [
    (
        "Музей посвящён творчеству [Андрея Белого].",
        "Андрея Белого",
        ("Андрей Белый", ("Андрей", None, "Белый")),
    ),
    (
        "Лекция о [Фёдоре Достоевском] прошла в библиотеке.",
        "Фёдоре Достоевском",
        ("Фёдор Достоевский", ("Фёдор", None, "Достоевский")),
    ),
    (
        "Школьники встретились с [Валентиной Терешковой].",
        "Валентиной Терешковой",
        ("Валентина Терешкова", ("Валентина", None, "Терешкова")),
    ),
    (
        "В усадьбе хранятся рукописи [Льва Толстого].",
        "Льва Толстого",
        ("Лев Толстой", ("Лев", None, "Толстой")),
    ),
    (
        "Письма [Марии Толстой] опубликуют в следующем году.",
        "Марии Толстой",
        ("Мария Толстая", ("Мария", None, "Толстая")),
    ),
    (
        "Суд отклонил жалобу [Алексея Навального].",
        "Алексея Навального",
        ("Алексей Навальный", ("Алексей", None, "Навальный")),
    ),
    (
        "Заявление [Юлии Навальной] распространили в соцсетях.",
        "Юлии Навальной",
        ("Юлия Навальная", ("Юлия", None, "Навальная")),
    ),
    (
        "Премию вручили [Ивану Непомнящему] из Твери.",
        "Ивану Непомнящему",
        ("Иван Непомнящий", ("Иван", None, "Непомнящий")),
    ),
]


@pytest.mark.parametrize(("sentence", "surface", "expected"), ADJECTIVAL)
def test_adjectival_surnames(sentence, surface, expected):
    assert person(sentence, surface) == expected


PATRONYMIC_SHAPED = [
    (
        "На концерт пришли поклонники [Андрея Макаревича].",
        "Андрея Макаревича",
        ("Андрей Макаревич", ("Андрей", None, "Макаревич")),
    ),
    (
        "Тренер похвалил [Александра Лукашевича] за игру.",
        "Александра Лукашевича",
        ("Александр Лукашевич", ("Александр", None, "Лукашевич")),
    ),
    (
        "Яхта [Романа Абрамовича] вошла в порт.",
        "Романа Абрамовича",
        ("Роман Абрамович", ("Роман", None, "Абрамович")),
    ),
    (
        "Указ подписал [Борис Николаевич Ельцин].",
        "Борис Николаевич Ельцин",
        ("Борис Николаевич Ельцин", ("Борис", "Николаевич", "Ельцин")),
    ),
    (
        "Директор школы [Ольга Петровна Смирнова] ответила на вопросы.",
        "Ольга Петровна Смирнова",
        ("Ольга Петровна Смирнова", ("Ольга", "Петровна", "Смирнова")),
    ),
]


@pytest.mark.parametrize(("sentence", "surface", "expected"), PATRONYMIC_SHAPED)
def test_surnames_that_look_like_patronymics(sentence, surface, expected):
    assert person(sentence, surface) == expected


FAMILY = [
    (
        "[Михаил Горбачёв] и [Раиса Горбачёва] прилетели в Лондон.",
        "Раиса Горбачёва",
        ("Раиса Горбачёва", ("Раиса", None, "Горбачёва")),
    ),
    (
        "[Михаил Горбачёв] и [Раиса Горбачёва] прилетели в Лондон.",
        "Михаил Горбачёв",
        ("Михаил Горбачёв", ("Михаил", None, "Горбачёв")),
    ),
    (
        "Журналисты взяли интервью у [Раисы Горбачёвой].",
        "Раисы Горбачёвой",
        ("Раиса Горбачёва", ("Раиса", None, "Горбачёва")),
    ),
    (
        "Книгу [Михаила Горбачёва] перевели на английский.",
        "Михаила Горбачёва",
        ("Михаил Горбачёв", ("Михаил", None, "Горбачёв")),
    ),
]


@pytest.mark.parametrize(("sentence", "surface", "expected"), FAMILY)
def test_family_surnames_in_the_gender_of_their_first_name(sentence, surface, expected):
    assert person(sentence, surface) == expected


SPANS = [
    ("Черчиллю", "Черчилль", (None, None, "Черчилль")),
    ("Горбачёвым", "Горбачёв", (None, None, "Горбачёв")),
    ("Горбачёвой", "Горбачёва", (None, None, "Горбачёва")),
    ("Мбаппе", "Мбаппе", (None, None, "Мбаппе")),
    ("Анны Нетребко", "Анна Нетребко", ("Анна", None, "Нетребко")),
    ("Сергею Шойгу", "Сергей Шойгу", ("Сергей", None, "Шойгу")),
    ("Джо Байден", "Джо Байден", ("Джо", None, "Байден")),
    ("Джо Байденом", "Джо Байден", ("Джо", None, "Байден")),
    ("Педро Санчесу", "Педро Санчес", ("Педро", None, "Санчес")),
    ("Нэнси Пелоси", "Нэнси Пелоси", ("Нэнси", None, "Пелоси")),
    ("Анджелины Джоли", "Анджелина Джоли", ("Анджелина", None, "Джоли")),
    ("Олега Дерипаски", "Олег Дерипаска", ("Олег", None, "Дерипаска")),
    ("Акира Куросава", "Акира Куросава", ("Акира", None, "Куросава")),
    ("Ангелой Меркель", "Ангела Меркель", ("Ангела", None, "Меркель")),
    ("Ким Чен Ыном", "Ким Чен Ын", ("Чен Ын", None, "Ким")),
    ("Мао Цзэдуна", "Мао Цзэдун", ("Цзэдун", None, "Мао")),
    ("Ху Цзиньтао", "Ху Цзиньтао", ("Цзиньтао", None, "Ху")),
    ("Кима Чен Ына", "Ким Чен Ын", ("Чен Ын", None, "Ким")),
    ("Мун Чжэ Ину", "Мун Чжэ Ин", ("Чжэ Ин", None, "Мун")),
    ("Ян Непомнящий", "Ян Непомнящий", ("Ян", None, "Непомнящий")),
    ("Хуан Пабло Монтойя", "Хуан Пабло Монтойя", ("Хуан", None, "Пабло Монтойя")),
    ("Габриэля Гарсиа Маркеса", "Габриэль Гарсиа Маркес", ("Габриэль", None, "Гарсиа Маркес")),
    ("Марине Ле Пен", "Марина Ле Пен", ("Марина", None, "Ле Пен")),
    ("Марины Петровны", "Марина Петровна", ("Марина", "Петровна", None)),
    (
        "Андрея Вадимовича Макаревича",
        "Андрей Вадимович Макаревич",
        ("Андрей", "Вадимович", "Макаревич"),
    ),
    ("Евгения Гришковца", "Евгений Гришковец", ("Евгений", None, "Гришковец")),
    # initials: the first is the given name's, a second the patronymic's
    ("Ф. Т. Барнумом", "Ф. Т. Барнум", ("Ф.", "Т.", "Барнум")),
    ("А. Б. Иванов-Петров", "А. Б. Иванов-Петров", ("А.", "Б.", "Иванов-Петров")),
    ("Н. Никитиным", "Н. Никитин", ("Н.", None, "Никитин")),
]


# pymorphy2 knows "Раков" as a masculine surname only ("Ракова" is its genitive or accusative);
# Russian forms its feminine all the same, and the given name says which one the span is
UNLISTED_FEMININE = [
    ("Анастасия Ракова", "Анастасия Ракова", ("Анастасия", None, "Ракова")),
    ("Виктории Раковой", "Виктория Ракова", ("Виктория", None, "Ракова")),
    ("Анастасию Ракову", "Анастасия Ракова", ("Анастасия", None, "Ракова")),
    ("Анастасией Раковой", "Анастасия Ракова", ("Анастасия", None, "Ракова")),
    # a man's name keeps the masculine
    ("Ивана Ракова", "Иван Раков", ("Иван", None, "Раков")),
    ("Игорем Раковым", "Игорь Раков", ("Игорь", None, "Раков")),
    ("Иван Раков", "Иван Раков", ("Иван", None, "Раков")),
    # a surname the dictionary knows in both genders reads as it did
    ("Марии Петровой", "Мария Петрова", ("Мария", None, "Петрова")),
    ("Татьяны Толстой", "Татьяна Толстая", ("Татьяна", None, "Толстая")),
]


# a Turkic patronymic, the father's name and "оглы"/"кызы", is the middle name, undeclined
TURKIC = [
    ("Ильхам Гейдар оглы Алиев", "Ильхам Гейдар оглы Алиев", ("Ильхам", "Гейдар оглы", "Алиев")),
    (
        "Эльдара Рашид оглы Мамедова",
        "Эльдар Рашид оглы Мамедов",
        ("Эльдар", "Рашид оглы", "Мамедов"),
    ),
]

# a surname, then its initials, as official lists write them
SURNAME_AND_INITIALS = [
    ("Сидоров П. А.", "Сидоров П. А.", ("П.", "А.", "Сидоров")),
    ("Кузнецов Е.", "Кузнецов Е.", ("Е.", None, "Кузнецов")),
    # a given name, then a surname's initial or a regnal number: in that order
    ("Карим Б.", "Карим Б.", ("Карим", None, "Б.")),
    ("Николай I", "Николай I", ("Николай", None, "I")),
]


@pytest.mark.parametrize(
    ("written", "normal", "parts"), SPANS + UNLISTED_FEMININE + SURNAME_AND_INITIALS + TURKIC
)
def test_person_spans(written, normal, parts):
    name = parse_person(written)
    assert (name.normal, (name.name.first, name.name.middle, name.name.last)) == (normal, parts)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Петрович", True),
        ("Андреевич", True),
        ("Игоревич", True),
        ("Никитич", True),
        ("Ильинична", True),
        ("Сергеевна", True),
        ("Павлович", True),  # a fleeting vowel: Павел
        ("Львовна", True),  # ... and its trace, the soft sign: Лев
        ("Макаревич", False),  # Макар makes Макарович
        ("Лукашевич", False),  # no Russian given name ends in a hushing consonant
        ("Рабинович", False),
        ("Петрова", False),
    ],
)
def test_patronymic_only_from_a_given_name(word, expected):
    assert is_patronymic(word) is expected


@pytest.mark.parametrize(
    ("word", "case", "expected"),
    [
        ("Черчилля", "gent", "черчилль"),
        ("Хоя", "gent", "хой"),
        ("Бушем", "ablt", "буш"),
        ("Леннону", "datv", "леннон"),
        ("Гарсиа", "gent", None),  # -а after a vowel is no ending
        ("Дерипаски", "gent", "дерипаска"),  # a masculine surname of the first declension
        ("Непомнящему", "datv", None),  # an adjective's ending
        ("Моуринью", "datv", None),  # no nominative in -ьй
        ("Воробья", "gent", None),
    ],
)
def test_second_declension_endings(word, case, expected):
    assert by_endings(word, case) == expected


# (first, middle, last, gender): nominative names of every declension type
NAMES = [
    ("Иван", "Петрович", "Сидоров", "masc"),
    ("Дмитрий", "Анатольевич", "Медведев", "masc"),
    ("Пётр", "Ильич", "Чайковский", "masc"),
    ("Андрей", None, "Белый", "masc"),
    ("Лев", None, "Толстой", "masc"),
    ("Михаил", None, "Горбачёв", "masc"),
    ("Юрий", None, "Гагарин", "masc"),
    ("Сергей", None, "Шойгу", "masc"),
    ("Виктор", None, "Ющенко", "masc"),
    ("Андрей", None, "Макаревич", "masc"),
    ("Александр", None, "Лукашевич", "masc"),
    ("Уинстон", None, "Черчилль", "masc"),
    ("Джон", None, "Леннон", "masc"),  # not Эммануэль: pymorphy2 knows only a feminine one
    ("Дональд", None, "Трамп", "masc"),
    ("Олег", None, "Табаков", "masc"),
    ("Никита", None, "Михалков", "masc"),
    ("Валентина", None, "Терешкова", "femn"),
    ("Алла", None, "Горбачёва", "femn"),  # "Раису Горбачёву" is also dative "Раис Горбачёв"
    ("Мария", None, "Толстая", "femn"),
    ("Ирина", None, "Яровая", "femn"),
    ("Марина", None, "Цветаева", "femn"),
    ("Татьяна", "Николаевна", "Голикова", "femn"),
    ("Анна", "Андреевна", "Ахматова", "femn"),
    ("Иван", None, "Ургант", "masc"),
    ("Евгений", None, "Гришковец", "masc"),
    ("Фёдор", None, "Бондарчук", "masc"),
    ("Николай", None, "Гоголь", "masc"),
    ("Олег", None, "Черных", "masc"),
    ("Анатолий", None, "Собчак", "masc"),
    ("Джон", None, "Кеннеди", "masc"),
    ("Фидель", None, "Кастро", "masc"),
    ("Майя", None, "Плисецкая", "femn"),
    ("Софья", None, "Ковалевская", "femn"),
    ("Ксения", None, "Собчак", "femn"),
    ("Мария", None, "Кюри", "femn"),
    ("Зинаида", None, "Гиппиус", "femn"),
    ("Ангела", None, "Меркель", "femn"),
    ("Анна", None, "Нетребко", "femn"),
    ("Хиллари", None, "Клинтон", "femn"),
    ("Людмила", None, "Гурченко", "femn"),
]


def inflect_word(word: str, kind: str, case: str, gender: str) -> str:
    """word in case by pymorphy2, in the reading fit for its part of the name; an animate
    masculine accusative is the genitive; a word pymorphy2 cannot inflect stays as is."""
    if gender == "masc" and case == "accs":
        case = "gent"
    for fits in (
        lambda p: kind in p.tag,
        lambda p: p.tag.POS == "ADJF",
        lambda p: p.tag.POS == "NOUN",
    ):
        for parse in morph.parses(word):
            nominative = parse.tag.case == "nomn" and parse.tag.number == "sing"
            agrees = parse.tag.gender is None or str(parse.tag.gender) in (gender, "ms-f")
            if fits(parse) and nominative and agrees:
                form = parse.inflect({case, "sing"} | ({gender} if "ADJF" in parse.tag else set()))
                if form:
                    return morph.recase(form.word, word)
    return word


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(NAMES), st.sampled_from(CASES))
def test_an_inflected_name_reads_back_as_its_nominative(name, case):
    first, middle, last, gender = name
    kinds = [(first, "Name"), *([(middle, "Patr")] if middle else []), (last, "Surn")]
    nominative = " ".join(word for word, _ in kinds)
    written = " ".join(inflect_word(word, kind, case, gender) for word, kind in kinds)
    person = parse_person(written)
    assert person.normal == nominative, written
    assert (person.name.first, person.name.middle, person.name.last) == (first, middle, last)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Никифорова", {"Никифорова", "Никифоров"}),
        ("Макрону", {"Макрону", "Макрон"}),
        ("Черчиллем", {"Черчиллем", "Черчилль"}),
        ("Белого", {"Белого", "Белый"}),
        ("Меркель", {"Меркель"}),
    ],
)
def test_surname_readings(word, expected):
    assert surname_readings(word) == expected


@pytest.mark.parametrize(
    ("text", "full"),
    [
        (
            "[Эммануэль Макрон] прилетел в Берлин. Канцлер встретила [Макрона] в аэропорту. "
            "Позже [Макрону] вручили награду.",
            "PER:Эммануэль Макрон",
        ),
        (
            "[Уинстон Черчилль] выступил в парламенте. Речь [Черчилля] транслировали по радио.",
            "PER:Уинстон Черчилль",
        ),
    ],
)
def test_a_lone_oblique_foreign_surname_joins_the_full_name(text, full):
    entities = {m.entity for m in resolved(text)[1] if m.type == "PER"}
    assert entities == {full}


# A foreign given name in -е, -и, -о, -у does not decline, so it is never cut, and when only
# pymorphy2's guesses place a span, the case shows only through a declining first word; an -ы
# after an indeclinable given name is the genitive of an -а surname.
INDECLINABLE_GIVEN = [
    (
        "На пресс-конференции [Эмилиано Сапата] рассказал о планах команды.",
        "Эмилиано Сапата",
        ("Эмилиано Сапата", ("Эмилиано", None, "Сапата")),
    ),
    (
        "Вчера [Андре Ламбер] подписал контракт с клубом.",
        "Андре Ламбер",
        ("Андре Ламбер", ("Андре", None, "Ламбер")),
    ),
    (
        "Премьер-министр Японии [Фумио Кисида] прилетел в Сеул.",
        "Фумио Кисида",
        ("Фумио Кисида", ("Фумио", None, "Кисида")),
    ),
    (
        "Министр обороны [Сигэру Исиба] провёл совещание.",
        "Сигэру Исиба",
        ("Сигэру Исиба", ("Сигэру", None, "Исиба")),
    ),
    (
        "Заявление [Ёсихико Ноды] вызвало споры в парламенте.",
        "Ёсихико Ноды",
        ("Ёсихико Нода", ("Ёсихико", None, "Нода")),
    ),
    (
        "Тренер [Жозе Моуринью] покинул клуб.",
        "Жозе Моуринью",
        ("Жозе Моуринью", ("Жозе", None, "Моуринью")),
    ),
]


@pytest.mark.parametrize(("sentence", "surface", "expected"), INDECLINABLE_GIVEN)
def test_foreign_given_names_in_a_vowel_do_not_decline(sentence, surface, expected):
    assert person(sentence, surface) == expected


# "Имя Фамилия" is the default order: reversed only for a Russian surname (a form for each
# gender, or one for both by its paradigm) before a given name, or for an East Asian name whose
# last word ends as their syllables do.
ORDER = [
    (
        "Журналисты расспросили [Хуана Гонсалеса] о переходе.",
        "Хуана Гонсалеса",
        ("Хуан Гонсалес", ("Хуан", None, "Гонсалес")),
    ),
    (
        "Испанский певец [Хуан Ортега] выступил в Мадриде.",
        "Хуан Ортега",
        ("Хуан Ортега", ("Хуан", None, "Ортега")),
    ),
    (
        "Архитектор [Хуан Синь] представил проект музея.",
        "Хуан Синь",
        ("Хуан Синь", ("Синь", None, "Хуан")),
    ),
    (
        "Полузащитник [Томас Давид] пропустит матч.",
        "Томас Давид",
        ("Томас Давид", ("Томас", None, "Давид")),
    ),
    (
        "Губернатор встретился с [Никифоровым Николаем Петровичем].",
        "Никифоровым Николаем Петровичем",
        ("Никифоров Николай Петрович", ("Николай", "Петрович", "Никифоров")),
    ),
]


@pytest.mark.parametrize(("sentence", "surface", "expected"), ORDER)
def test_name_order(sentence, surface, expected):
    assert person(sentence, surface) == expected


@pytest.mark.parametrize(
    ("written", "parts"),
    [
        ("Кнут Эрик", ("Кнут", None, "Эрик")),  # Кнут: a surname the same in both genders
        ("Роман Виктор", ("Роман", None, "Виктор")),
        ("Никифорова Марина", ("Марина", None, "Никифорова")),
        ("Петренко Иван", ("Иван", None, "Петренко")),
        ("Шойгу Сергей", ("Сергей", None, "Шойгу")),
        ("Чжан Ифань", ("Ифань", None, "Чжан")),
        ("Сигэру Исибы", ("Сигэру", None, "Исиба")),
        ("Паоло Росси", ("Паоло", None, "Росси")),
        ("Кима Ир Сена", ("Ир Сен", None, "Ким")),  # three syllables: Korean, Кима a name too
        ("Пак Кын Хе", ("Кын Хе", None, "Пак")),
        ("Хо Ши Мин", ("Ши Мин", None, "Хо")),
        ("Ма Инцзю", ("Инцзю", None, "Ма")),  # no syllable ends in -зь: -ю is no ending
        ("Ян ван Эйк", ("Ян", None, "ван Эйк")),  # a particle: European
        ("Лу Рид", ("Лу", None, "Рид")),  # no Chinese syllable ends in -д
        ("Ван Ишань", ("Ишань", None, "Ван")),
        # a patronymic follows the given name: the word before them is the surname, whether
        # pymorphy2 knows it or not, and a feminine patronymic of a stem it does not know is one
        ("Галимова Эльвира Рафаэлевна", ("Эльвира", "Рафаэлевна", "Галимова")),
        ("Галимовой Эльвиры Рафаэлевны", ("Эльвира", "Рафаэлевна", "Галимова")),
        ("Халилова Эльвира Сахипзадовна", ("Эльвира", "Сахипзадовна", "Халилова")),
        ("Кораблёв Глеб Вячеславович", ("Глеб", "Вячеславович", "Кораблёв")),
        # ... and the word before a patronymic is a given name, though also a surname
        ("Роман Аркадьевич Абрамович", ("Роман", "Аркадьевич", "Абрамович")),
        ("Абрамович Роман Аркадьевич", ("Роман", "Аркадьевич", "Абрамович")),
        ("Роман Абрамович", ("Роман", None, "Абрамович")),  # two words: name and surname
    ],
)
def test_name_order_and_indeclinable_spans(written, parts):
    name = parse_person(written).name
    assert (name.first, name.middle, name.last) == parts


@pytest.mark.parametrize(
    ("forms", "expected"),
    [
        (["сандерса", "сандерсом"], {"сандерса": "сандерс", "сандерсом": "сандерс"}),
        (["уэлбек", "уэлбека"], {"уэлбек": "уэлбек", "уэлбека": "уэлбек"}),
        (["мацуда", "мацуды"], {"мацуда": "мацуда", "мацуды": "мацуда"}),
        (["мацуда", "мацудой"], {"мацуда": "мацуда", "мацудой": "мацуда"}),
        (["мацуда"], {}),  # one form decides nothing
        (["сандерса", "сандерсу"], {}),  # both declensions have -а and -у
        (["сандерсом", "сандерсы"], {}),  # the forms contradict each other
    ],
)
def test_the_forms_a_document_writes_decide_a_surnames_declension(forms, expected):
    assert attested_nominatives(forms) == expected


@pytest.mark.parametrize(
    ("written", "nominative", "expected"),
    [
        ("сандерсом", "сандерс", ("ablt", "masc")),
        ("сандерса", "сандерс", ("gent", "masc")),
        ("мацуды", "мацуда", ("gent", None)),
        ("мацуда", "мацуда", ("nomn", None)),
    ],
)
def test_the_case_an_attested_form_shows(written, nominative, expected):
    assert attested_case(written, nominative) == expected


@pytest.mark.parametrize(
    ("span", "names"),
    [
        # a name and its original spelling in brackets: two names
        ("Франсис Коне (Francis Koné)", ["Франсис Коне", "Francis Koné"]),
        ("Абу Барр аль-Амрики (Abu Barr al-Amriki)", ["Абу Барр аль-Амрики", "Abu Barr al-Amriki"]),
        ("Саша (Наташа)", ["Саша", "Наташа"]),
        # a stray bracket or quotation mark at an edge is no part of the name
        ("Басте (", ["Басте"]),
        ("Тим Томас)", ["Тим Томас"]),
        ("Гордон» (Gordon)", ["Гордон", "Gordon"]),
        ("Жа Жа Габор ()", ["Жа Жа Габор"]),
        # what the brackets hold is no name: a number, lower-case words
        ("Иван Петров (1962)", ["Иван Петров"]),
        ("Иван Петров (бывший министр)", ["Иван Петров"]),
        ("Иван Петров", ["Иван Петров"]),
        # an editor's insertion is whole: both its brackets, or none at the edges
        ("Андрей [Сидоров]", ["Андрей [Сидоров]"]),
        ("[Ивану] Петрову", ["[Ивану] Петрову"]),
        ("[Андрей Сидоров]", ["Андрей Сидоров"]),
        ("«Иван Петров", ["Иван Петров"]),
    ],
)
def test_a_name_span_is_cut_at_round_brackets(span, names):
    assert [span[a:b] for a, b in brackets.pieces(span, 0, len(span))] == names


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        # NER's span holds half of an editor's insertion: the other half right at its edge joins
        (
            "«Я говорил с Андреем [Сидоровым], он согласен»",
            "Андреем [Сидоровым",
            "Андреем [Сидоровым]",
        ),
        ("«Мы передали [Ивану] Петрову документы»", "Ивану] Петрову", "[Ивану] Петрову"),
        # a bracket not at the edge is left where it is
        ("«Мы говорили с Андреем [Сидоровым ]»", "Андреем [Сидоровым", "Андреем [Сидоровым"),
    ],
)
def test_an_editors_insertion_in_a_name_span_is_whole(text, span, name):
    start = text.index(span)
    (piece,) = brackets.pieces(text, start, start + len(span))
    assert text[slice(*piece)] == name


def test_the_original_spelling_in_brackets_is_the_same_person():
    found = people(
        "Гол забил [Франсис Коне] ([Francis Koné]), а [Иван Петров] ([Сергей Сидоров]) нет."
    )
    entities = {written: entity for written, entity, _, _ in found}
    assert entities["Francis Koné"] == entities["Франсис Коне"] == "PER:Франсис Коне"
    assert entities["Сергей Сидоров"] != entities["Иван Петров"]


@pytest.mark.parametrize(
    ("written", "name"),
    [("Валерии] Касамаре", "Валерии Касамаре"), ("Андрей [Сидоров", "Андрей Сидоров")],
)
def test_an_editors_brackets_inside_a_name_are_read_through(written, name):
    assert brackets.unmarked(written) == name


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # capitalised at a sentence or title start, and the adjective of the word after it
        ("Дезинфляционным фактором стал курс рубля.", "Дезинфляционным", True),
        ("Проинфляционные риски остаются высокими.", "Проинфляционные", True),
        ("Так, Лицевой летописный свод издаётся снова.", "Лицевой", True),
        # adjectival surnames have name readings; a verb after a name agrees with nothing
        ("Толстой великий писатель.", "Толстой", False),
        ("Белых уехал в Москву.", "Белых", False),
        ("Достоевский писал ночами.", "Достоевский", False),
        ("У него с Раковой были непростые отношения.", "Раковой", False),  # "были": a verb too
    ],
)
def test_an_adjective_of_the_next_word_is_no_name(text, word, expected):
    start = text.index(word)
    assert attributive.is_attributive(text, start, start + len(word)) is expected


@pytest.mark.parametrize(
    ("written", "nominatives"),
    [
        ("Алена", {"ален", "алёна"}),  # ё written е: Алёна, or Ален's genitive/accusative
        ("Аленой", {"алёна"}),
        ("Николаю", {"николай"}),
        ("Скрипка", set()),  # no given name
    ],
)
def test_the_given_names_a_word_may_be(written, nominatives):
    assert {r.nominative for r in gender.given_forms(written)} == nominatives


@pytest.mark.parametrize(
    ("text", "span", "names"),
    [
        ("Он прилетел. Космонавт Орлов рассказал о полёте.", "Космонавт Орлов", ["Орлов"]),
        ("Племянник Игоря Карпова разбился", "Племянник Игоря Карпова", ["Игоря Карпова"]),
        (
            "Итоги\nМиллиардер Олег Быстров продал завод.",
            "Миллиардер Олег Быстров",
            ["Олег Быстров"],
        ),
        ("Сам Быстров это отрицает.", "Сам Быстров", ["Быстров"]),
        (
            "«Нет», — сказал он. Девяностолетний Орлов улыбнулся.",
            "Девяностолетний Орлов",
            ["Орлов"],
        ),
        ("Биография Быстрова началась в Омске.", "Биография Быстрова", ["Быстрова"]),
        # not first in its sentence: the capital is the word's own
        ("Вчера Космонавт Орлов прилетел.", "Космонавт Орлов", ["Космонавт Орлов"]),
        # unless a given name and surname follow: a name has no third part before them
        (
            "Уход и «наследство» Биография Игоря Карпова началась в Омске.",
            "Биография Игоря Карпова",
            ["Игоря Карпова"],
        ),
        ("Вчера Космонавт Олег Орлов прилетел.", "Космонавт Олег Орлов", ["Олег Орлов"]),
        ("Вчера Пан Ги Мун прилетел.", "Пан Ги Мун", ["Пан Ги Мун"]),
        # given names pymorphy2 reads as common words only
        ("Камерон Уайт снялась в фильме.", "Камерон Уайт", ["Камерон Уайт"]),
        ("Честер Браун умер.", "Честер Браун", ["Честер Браун"]),
        ("Роман Абрамович купил клуб.", "Роман Абрамович", ["Роман Абрамович"]),
        # two surnames side by side, neither a given name: two people
        ("Его ученику Быстрову Карпов передал ферму.", "Быстрову Карпов", ["Быстрову", "Карпов"]),
        ("Пришли Быстров и Карпов.", "Быстров", ["Быстров"]),
        ("Его другу Быстрову Ростов понравился.", "Быстрову Ростов", ["Быстрову Ростов"]),
        # a gerund of the present after a name opens a sentence whose mark was lost
        (
            "Переводчик Олег Быстров Работая в бюро, он вёл блог.",
            "Олег Быстров Работая",
            ["Олег Быстров"],
        ),
        # a surname that is a gerund of the past, or a verb's other form, is a surname
        ("Вчера Вячеслав Синев прилетел.", "Вячеслав Синев", ["Вячеслав Синев"]),
        ("Вчера Любовь Полежай прилетела.", "Любовь Полежай", ["Любовь Полежай"]),
    ],
)
def test_the_names_a_person_span_holds(text, span, names):
    start = text.index(span)
    pieces = name_pieces(text, start, start + len(span))
    assert [text[a:b] for a, b in pieces] == names


@pytest.mark.parametrize(
    ("written", "normal"),
    [
        ("Екатерины Смирновых", "Екатерина Смирнова"),  # "Ирины и Екатерины Смирновых"
        ("Олег Смирновы", "Олег Смирнов"),  # "Анна и Олег Смирновы"
        ("Илья Вересаевские", "Илья Вересаевский"),
        ("Смирновых", "Смирновы"),  # "семья Смирновых": the family
        ("Смирновыми", "Смирновы"),
        ("Ирины Смирновой", "Ирина Смирнова"),  # singular: as before
        ("Федор Мирзоянов", "Федор Мирзоянов"),  # not Мирзоян's plural: no given name's case
    ],
)
def test_a_surname_in_the_plural_is_one_persons_after_a_given_name_else_the_familys(
    written, normal
):
    assert parse_person(written).normal == normal


# a preposition never governs the nominative: after one, a span that may be a woman's
# nominative or a man's oblique case ("Виталия Смирнова") is the man's
@pytest.mark.parametrize(
    ("written", "governed", "normal"),
    [
        ("Виталия Смирнова", True, "Виталий Смирнов"),
        ("Виталия Смирнова", False, "Виталия Смирнова"),
        ("Смирнова", True, "Смирнов"),
        # an oblique case it is in either way, or a span with no nominative reading
        ("Марии Ивановой", True, "Мария Иванова"),
        ("Ивана Петрова", True, "Иван Петров"),
    ],
)
def test_no_nominative_after_a_preposition(written, governed, normal):
    assert parse_person(written, governed=governed).normal == normal


@pytest.mark.parametrize(
    ("sentence", "surface", "normal"),
    [
        ("Чуть больше 2% акций у [Виталия Смирнова].", "Виталия Смирнова", "Виталий Смирнов"),
        ("Письмо от [Виталия Смирнова] пришло вчера.", "Виталия Смирнова", "Виталий Смирнов"),
        ("[Виталия Смирнова] рассказала о проекте.", "Виталия Смирнова", "Виталия Смирнова"),
    ],
)
def test_the_word_before_a_span_is_read_for_a_preposition(sentence, surface, normal):
    assert person(sentence, surface)[0] == normal


@pytest.mark.parametrize(
    ("written", "shown", "normal"),
    [
        ("Асия Биби", None, "Асий Биби"),  # pymorphy2's only reading: Асий's genitive
        ("Асия Биби", "femn", "Асия Биби"),  # a woman's name of the Мария declension
        ("Асию Биби", "femn", "Асия Биби"),  # her accusative
        ("Асии Биби", "femn", "Асия Биби"),  # her genitive
        ("Асию Биби", "masc", "Асий Биби"),  # his dative
        ("Юрия Антонова", None, "Юрий Антонов"),  # no evidence: the dictionary's reading
        ("Марию Иванову", "femn", "Мария Иванова"),  # a name pymorphy2 knows as a woman's
    ],
)
def test_a_given_name_known_as_a_man_s_is_a_woman_s_when_the_text_shows_her(written, shown, normal):
    assert parse_person(written, shown_gender=shown).normal == normal


@pytest.mark.parametrize(
    ("written", "normal"),
    [
        ("Софии Ротару", "София Ротару"),  # pymorphy2 knows София only as the city
        ("Софией Ротару", "София Ротару"),
        ("Софии Петровой", "София Петрова"),  # in the case the surname shows
        ("Азии Биби", "Азия Биби"),  # the continent
        ("Азия Биби", "Азия Биби"),  # the nominative already
        ("Флоридой Чантурией", "Флорида Чантурия"),  # her instrumental: the surname's case too
        ("Руанды Юхи V Мусинги", "Руанды Юхи V Мусинги"),  # two words only: a country before
        # a king's name ("короля Руанды Юхи V") is no given name
    ],
)
def test_a_given_name_known_only_as_a_place_declines_as_the_place(written, normal):
    assert parse_person(written).normal == normal


# a man's surname in a consonant declines, a woman's does not: an unknown surname written bare
# after a given name that may be his genitive or her nominative is hers
BARE_CONSONANT = [
    ("Евгения Хасис", "Евгения Хасис"),
    ("Александру Зоргиц", "Александра Зоргиц"),  # her accusative, not his dative
    ("Валерию Кастен", "Валерия Кастен"),
    # declined, it is his
    ("Евгения Хасиса", "Евгений Хасис"),
    ("Александру Зоргицу", "Александр Зоргиц"),
    # a given name only a man's: the text is his, whatever the surname shows
    ("Олега Хасис", "Олег Хасис"),
    # surnames in -ых, -их decline for no one
    ("Евгения Мудрых", "Евгений Мудрых"),
    # an instrumental ending is an ending
    ("Валерием Кастеном", "Валерий Кастен"),
]
# a given name pymorphy2 only guesses about, read back from an oblique case: the surname after
# it is in that case too
GUESSED_GIVEN = [
    ("Энгельберта Хумпердинка", "Энгельберт Хумпердинк"),
    ("Джейкоба Зумы", "Джейкоб Зума"),
    # a given name written in the nominative shows no case: the surname stays
    ("Энгельберт Хумпердинк", "Энгельберт Хумпердинк"),
    ("Сэйдзи Маэхара", "Сэйдзи Маэхара"),
]
# a woman's given name that shows its case, then a word ending in a consonant that agrees with
# it in nothing (a man's given name to the dictionary): her surname, which does not decline
HER_INDECLINABLE = [
    ("Людмилы Касьян", "Людмила Касьян"),
    ("Людмилу Касьян", "Людмила Касьян"),
    ("Клару Освальд", "Клара Освальд"),
]


# an oblique form of a Russian possessive surname pymorphy2 does not know shows its case and
# gender by its ending: -е only his locative, -ой only hers
POSSESSIVE = [
    ("Евгении Забабахине", "Евгений Забабахин"),
    ("Валерии Улюпкове", "Валерий Улюпков"),
    ("Евгении Забабахиной", "Евгения Забабахина"),
    ("Валерии Улюпковой", "Валерия Улюпкова"),
]


# a surname joined by a hyphen to a full adjective that agrees with it: both in the
# adjective's case and gender
ATTRIBUTED = [
    ("Моисеева-старшего", "Моисеев-старший"),
    ("Гляделкину-младшему", "Гляделкин-младший"),
    ("Кузнецовой-старшей", "Кузнецова-старшая"),
    ("Моисеев-старший", "Моисеев-старший"),
    # ... after a given name too
    ("Джона Хантсмана-младшего", "Джон Хантсман-младший"),
    ("Муху-должника", "Муху-должника"),  # a noun, no adjective: nothing shows the case
]


@pytest.mark.parametrize(
    ("written", "normal"),
    BARE_CONSONANT + GUESSED_GIVEN + HER_INDECLINABLE + POSSESSIVE + ATTRIBUTED,
)
def test_the_given_name_and_the_surname_read_together(written, normal):
    assert parse_person(written).normal == normal


@pytest.mark.parametrize("written", ["Марка Уэббера", "Ирины Яровой", "Эммануэля Макрона"])
def test_span_case_reads_what_parse_person_cached(written):
    """resolve asks ``span_case`` of spans normalisation has read with ``parse_person``: the
    case and gender are computed once, not again under another cache key."""
    from pressrel.lang import names

    names.parse_person(written + " ")  # a text of its own: the span's words, not yet read
    before = names._case_and_gender.cache_info()
    case = names.span_case(written + " ")
    after = names._case_and_gender.cache_info()
    assert (after.hits, after.misses) == (before.hits + 1, before.misses)
    assert case == names._case_and_gender.__wrapped__(tuple(written.split()))[0]


@pytest.mark.parametrize(
    ("text", "pieces", "expected"),
    [
        # one person's name NER made two PER spans of: given name and surname, in one case
        (
            "Тренер Савелия Бурмистрова доволен.",
            ["Савелия", "Бурмистрова"],
            ["Савелия Бурмистрова"],
        ),
        (
            "Врач Антонины Петровны Гусевой пришёл.",
            ["Антонины Петровны", "Гусевой"],
            ["Антонины Петровны Гусевой"],
        ),
        ("Пришла Алёна Короленко.", ["Алёна", "Короленко"], ["Алёна Короленко"]),
        # surname first, as official lists write it, in one case; surname and initials
        (
            "Вручить Гусевой Антонине Петровне.",
            ["Гусевой", "Антонине Петровне"],
            ["Гусевой Антонине Петровне"],
        ),
        ("Подписал Бурмистров С. Л.", ["Бурмистров", "С. Л."], ["Бурмистров С. Л."]),
        # a possessor's name before a person's: two cases, or a surname that hides its case
        ("Жена Бурмистрова Алёна пришла.", ["Бурмистрова", "Алёна"], ["Бурмистрова", "Алёна"]),
        ("Сын Короленко Савелий пришёл.", ["Короленко", "Савелий"], ["Короленко", "Савелий"]),
        # beside a full name, and on two lines
        (
            "Адвокат Гусевой Савелий Бурмистров.",
            ["Гусевой", "Савелий Бурмистров"],
            ["Гусевой", "Савелий Бурмистров"],
        ),
        ("Савелия\nБурмистрова", ["Савелия", "Бурмистрова"], ["Савелия", "Бурмистрова"]),
        # a given name between two surnames goes with the second
        (
            "Подруга Бурмистрова Алёны Гусевой пришла.",
            ["Бурмистрова", "Алёны", "Гусевой"],
            ["Бурмистрова", "Алёны Гусевой"],
        ),
    ],
)
def test_a_name_ner_split_in_two_is_joined(text, pieces, expected):
    from pressrel.lang.names import joined
    from pressrel.models.ner import RawSpan

    spans = []
    for piece in pieces:
        start = text.index(piece, spans[-1].stop if spans else 0)
        spans.append(RawSpan(start, start + len(piece), "PER"))
    assert [text[s.start : s.stop] for s in joined(text, spans)] == expected

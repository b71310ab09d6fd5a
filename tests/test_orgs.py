"""Organisations: span boundaries, what is no organisation, normal forms, entity ids, and the
generic organisations behind ``Options.generic_orgs``. Sentences written for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pressrel import analyze, pipeline
from pressrel.lang.phrases import nominative
from pressrel.orgs import spans

GENERIC = replace(pipeline.Options(), generic_orgs=True)


def orgs(text: str, options: pipeline.Options | None = None) -> list[tuple[str, str | None]]:
    return [(m.text, m.normal) for m in analyze(text, options=options).mentions if m.type == "ORG"]


def org_entities(text: str, options: pipeline.Options | None = None) -> set[str]:
    return {m.entity for m in analyze(text, options=options).mentions if m.type == "ORG"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quoted name after its descriptor: the name alone
        ("Акционеры ОАО «Газпром» одобрили дивиденды.", [("Газпром", "Газпром")]),
        ("Руководство компании «Газпром нефть» сменилось.", [("Газпром нефть", "Газпром нефть")]),
        ("Об этом сообщает РИА «Новости».", [("Новости", "Новости")]),
        ("Письма теперь доставляет «Почта России».", [("Почта России", "Почта России")]),
        ("Об этом сообщает ИА Regnum со ссылкой на источники.", [("Regnum", "Regnum")]),
        # a name and its abbreviation in brackets: two organisations
        (
            "Расследование опубликовал Фонд борьбы с коррупцией (ФБК) в среду.",
            [("Фонд борьбы с коррупцией", "Фонд борьбы с коррупцией"), ("ФБК", "ФБК")],
        ),
        # an official name goes on with its phrase with "по" / "при"
        (
            "Жалобу рассмотрел Европейский суд по правам человека.",
            [("Европейский суд по правам человека", "Европейский суд по правам человека")],
        ),
        ("ФАС по итогам проверки выдала предписание.", [("ФАС", "ФАС")]),
        # a country adjective that agrees with the name is part of it
        ("Глава японского МИДа прилетел в Москву.", [("японского МИДа", "японский МИД")]),
        # a verb NER took into the name is left out
        ("Члены Церкви Христовой собрались.", [("Церкви Христовой", "Церковь Христова")]),
    ],
)
def test_organisation_spans_and_normals(text, expected):
    assert orgs(text) == expected


def test_adjective_after_the_head_in_the_nominative():
    mentions = analyze("Делегация Республики Сербской прибыла в Белград.").mentions
    assert [m.normal for m in mentions if m.text == "Республики Сербской"] == [
        "Республика Сербская"
    ]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Председатель Правительства РФ провёл совещание.", "Председатель Правительства"),
        ("Он встретился с ведущими ИКТ-компаниями Китая.", "ИКТ-компаниями"),
        ("Об этом вчера сообщили СМИ.", "СМИ"),
        ("Затем ПАО отделился от спускаемого аппарата.", "ПАО"),
        ("Почта, которая доставит всё, открылась в Твери.", "Почта"),
        ("Совет директоров одобрил сделку.", "Совет директоров"),  # generic: needs the option
    ],
)
def test_what_is_no_organisation(text, absent):
    assert absent not in [written for written, _ in orgs(text)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Фильм покажут в кинотеатрах «Октябрь», «Родина» и «Заря».", []),
        ("Экипаж вернулся со станции «Мир» на Землю.", []),
        ("Самолёт сел в аэропорту «Пулково» вечером.", []),
        ("Депутаты партии «Новые люди» внесли законопроект.", ["Новые люди"]),
        ("Об этом пишет газета «Ведомости».", ["Ведомости"]),
        ("Он дал интервью «Коммерсанту» в среду.", ["Коммерсанту"]),
    ],
)
def test_a_quoted_name_is_what_the_noun_before_it_says(text, kept):
    assert [written for written, _ in orgs(text)] == kept


def test_the_organisation_inside_a_position_stays():
    assert orgs("Председатель Правительства РФ провёл совещание.") == [
        ("Правительства", "Правительство")
    ]


def test_a_union_ner_reads_as_a_place_is_an_organisation():
    mentions = analyze("Страны Евросоюза ввели новые пошлины.").mentions
    assert [(m.type, m.entity) for m in mentions if m.text == "Евросоюза"] == [
        ("ORG", "ORG:Европейский союз")
    ]


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        (
            "Компания Alibaba Group открыла офис в Москве. Позже Alibaba объявила о росте.",
            {"ORG:Alibaba Group"},
        ),
        (
            "Концерн Sony Corporation выпустил камеру. Продажи Sony выросли.",
            {"ORG:Sony Corporation"},
        ),
        (
            "«Газпром» и «Газпром нефть» подписали соглашение.",
            {"ORG:Газпром", "ORG:Газпром нефть"},
        ),
        (
            "Минкомсвязи России объявило конкурс.",
            {"ORG:Министерство связи и массовых коммуникаций"},
        ),
        ("Посол встретился с сотрудниками МИДе.", {"ORG:Министерство иностранных дел"}),
        (
            "Депутаты Государственной Думы РФ собрались утром. Вечером Государственная дума РФ "
            "приняла закон.",
            {"ORG:Государственная Дума"},
        ),
    ],
)
def test_organisation_entities(text, entities):
    assert org_entities(text) == entities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Полиция задержала подозреваемого, сотрудники полиции опросили свидетелей.",
            [("Полиция", "полиция"), ("полиции", "полиция")],
        ),
        ("Совет директоров одобрил сделку.", [("Совет директоров", "совет директоров")]),
        (
            "Грант на ремонт выделило министерство культуры.",
            [("министерство культуры", "министерство культуры")],
        ),
        ("Закон принял японский парламент.", [("японский парламент", "японский парламент")]),
        ("Повстанцы создали своё правительство.", [("правительство", "правительство")]),
    ],
)
def test_generic_organisations_with_the_option(text, expected):
    assert orgs(text, GENERIC) == expected
    assert orgs(text) == []


def test_generic_organisation_mentions_are_one_entity():
    text = "Полиция задержала подозреваемого, сотрудники полиции опросили свидетелей."
    assert org_entities(text, GENERIC) == {"ORG:полиция"}


@pytest.mark.parametrize(
    ("written", "normal"),
    [
        ("Республики Сербской", "Республика Сербская"),
        ("Церкви Христовой", "Церковь Христова"),
        ("Совета Федерального Собрания", "Совет Федерального Собрания"),
        ("Почты России", "Почта России"),
        ("МИДе", "МИД"),
        ("МИДа", "МИД"),
        ("КоАП", "КоАП"),
    ],
)
def test_nominative_with_adjectives_after_the_head(written, normal):
    assert nominative(written) == normal


def test_seed_organisations(seed_analysis):
    orgs_found = [m for m in seed_analysis.mentions if m.type == "ORG"]
    texts = {m.text for m in orgs_found}
    assert "Председатель Правительства" not in texts
    assert "ИКТ-компаниями" not in texts
    alibaba = {m.entity for m in orgs_found if m.text.startswith("Alibaba")}
    assert alibaba == {"ORG:Alibaba Group"}
    assert sum(m.text.startswith("Alibaba") for m in orgs_found) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an institution named after a person takes the name in, with "им." or "имени"
        (
            "Спектакль поставил худрук Театра им. Вахтангова в прошлом году.",
            [("Театра им. Вахтангова", "Театр им. Вахтангова")],
        ),
        (
            "Выпускники Института имени А. С. Пушкина собрались в Москве.",
            [("Института имени А. С. Пушкина", "Институт имени А. С. Пушкина")],
        ),
        (
            "Концерт прошёл в Доме культуры имени Горького.",
            [("Доме культуры имени Горького", "Дом культуры имени Горького")],
        ),
        # after a position, the "по" phrase is the position's, a place the organisation's
        (
            "Об этом рассказал директор НАСА по космическим полётам Джон Смит.",
            [("НАСА", "НАСА")],
        ),
        (
            "Как сообщил заместитель начальника пресс-службы МЧС по Новосибирской области, "
            "пожар потушен.",
            [("МЧС по Новосибирской области", "МЧС по Новосибирской области")],
        ),
        (
            "Представитель Следственного комитета при прокуратуре Иван Петров сообщил об аресте.",
            [("Следственного комитета при прокуратуре", "Следственный комитет при прокуратуре")],
        ),
        # a territorial branch keeps its place: the organisation inside it does not take it
        (
            "Начальник Главного управления МЧС по Тверской области провёл совещание.",
            [
                (
                    "Главного управления МЧС по Тверской области",
                    "Главное управление МЧС по Тверской области",
                ),
                ("МЧС", "МЧС"),
            ],
        ),
        # a preposition after the "по" phrase ends it
        (
            "Решение принял Комитет Госдумы по бюджету в среду.",
            [
                ("Комитет Госдумы по бюджету", "Комитет Госдумы по бюджету"),
                ("Госдумы по бюджету", "Госдума по бюджету"),
            ],
        ),
        # the person NER found after "им." is part of the name (and a PER of its own)
        (
            "На фестивале выступила труппа Театра им. Йенса Ларсена из Дании.",
            [("Театра им. Йенса Ларсена", "Театр им. Йенса Ларсена")],
        ),
        # ... and so is a titled person it is named after
        (
            "Во вторник врачи Госпиталя принцессы Дианы в Найроби объявили забастовку.",
            [("Госпиталя принцессы Дианы", "Госпиталь принцессы Дианы")],
        ),
        (
            "Утром пациенты Госпиталя королевы Александры в Кейптауне остались без света.",
            [("Госпиталя королевы Александры", "Госпиталь королевы Александры")],
        ),
        # ... but not a person after a kind that is rarely named after one
        ("Решение Суда присяжных Иванова удивило всех.", [("Суда присяжных", "Суд присяжных")]),
        # a quoted saying is no name: the organisation in it stays as NER found it
        (
            "«Газпром не намерен менять условия», — сказал представитель компании.",
            [("Газпром", "Газпром")],
        ),
        # a facility is no organisation
        ("Самолёт сел во Внуковском аэропорту после полудня.", []),
    ],
)
def test_names_after_people_places_and_quotes(text, expected):
    assert orgs(text) == expected


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


@pytest.mark.parametrize(
    ("text", "ner", "expected"),
    [
        # NER took the start of a quoted name: the name reaches its closing quotation mark
        (
            "Пришли активисты «Координационного совета обманутых пайщиков».",
            "Координационного совета",
            ["Координационного совета обманутых пайщиков"],
        ),
        ("Жильцы основали «Союз вкладчиков Подмосковья».", "Союз", ["Союз вкладчиков Подмосковья"]),
        # more than three words, or a verb, left in the quotation: a saying, not a name
        ("«Газпром не намерен менять условия», — сказал он.", "Газпром", ["Газпром"]),
        ("«Vestas закрывает наш завод», — пишут рабочие.", "Vestas", ["Vestas"]),
    ],
)
def test_a_quoted_name_is_whole(text, ner, expected):
    start, stop = _span(text, ner)
    assert [text[a:b] for a, b in spans._pieces(text, start, stop)] == expected


@pytest.mark.parametrize(
    ("text", "ner", "organisation"),
    [
        ("Читайте в статье «7 советов о рынке недвижимости».", "7", False),
        ("Опубликован рейтинг «100 крупнейших компаний».", "100", False),
        ("Звонок поступил в службу 911.", "911", True),
        ("Отчёт выпустила компания 3M в среду.", "3M", True),
    ],
)
def test_a_number_counting_a_word_is_no_organisation(text, ner, organisation):
    start, stop = _span(text, ner)
    assert spans._is_organisation(text, start, stop, False) is organisation


@pytest.mark.parametrize(
    ("name", "core"),
    [
        ("ОАО «РЖД»", "РЖД"),
        ("„Новая газета“", "Новая газета"),
        ("'Ferrero'", "Ferrero"),  # straight single quotes round a name, as spans trims them
        ("Кот-д'Ивуар", "Кот-д'Ивуар"),
    ],
)
def test_an_organisation_name_drops_the_quotes_round_it(name, core):
    from pressrel.orgs.ids import org_name

    assert org_name(name) == core

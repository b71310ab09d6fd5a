"""Who is who: entity ids, full names for surname mentions, roles, abbreviations.

The rules are tested at their entry point, ``resolve``, on the spans NER is taken to have found
(marked in brackets, ``helpers``): NER moving a span does not fail them. The seed tests and the
country test go through the whole pipeline."""

from __future__ import annotations

import pytest

from pressrel import analyze, countries
from pressrel.lang.names import parse_person

from helpers import marked, people, resolved


def test_seed_people_are_one_entity_each_with_roles(seed_analysis):
    per = [m for m in seed_analysis.mentions if m.type == "PER"]
    entities = {m.entity for m in per}
    assert entities == {
        "PER:Николай Никифоров",
        "PER:Дмитрий Медведев",
        "PER:Джек Ма",
        "PER:Владимир Путин",
    }
    roles = {(m.entity, m.role) for m in per if m.role}
    assert (
        "PER:Николай Никифоров",
        "министр связи и массовых коммуникаций Российской Федерации",
    ) in roles
    assert ("PER:Николай Никифоров", "глава Минкомсвязи") in roles
    assert ("PER:Дмитрий Медведев", "председатель Правительства РФ") in roles
    assert (
        "PER:Джек Ма",
        "председатель совета директоров компании Alibaba Group",  # a founder is no post
    ) in roles
    assert ("PER:Владимир Путин", "президент России") in roles


def test_surname_only_joins_the_full_name():
    text = "Министр [Николай Никифоров] открыл форум. По словам [Никифорова], рост продолжится."
    rows = people(text)
    assert rows[-1][:3] == ("Никифорова", "PER:Николай Никифоров", "Никифоров")
    assert rows[-1][3] == {"first": "Николай", "middle": None, "last": "Никифоров"}


def test_initial_and_surname_join():
    rows = people("[Николай Никифоров] выступил первым. Затем [Н. Никифоров] ответил на вопросы.")
    assert {entity for _, entity, _, _ in rows} == {"PER:Николай Никифоров"}


def test_initials_join_without_an_initial_in_the_id():
    text = "[В. В. Петров] выступил первым. Затем [Виктор Петров] ответил на вопросы."
    rows = people(text)
    assert {entity for _, entity, _, _ in rows} == {"PER:Виктор Петров"}
    assert rows[0][3] == {"first": "Виктор", "middle": "В.", "last": "Петров"}  # as written
    text = "[Г. А. Кузнецов] выступил. [Геннадию Андреевичу Кузнецову] задали вопрос."
    assert {entity for _, entity, _, _ in people(text)} == {"PER:Геннадий Андреевич Кузнецов"}


def test_two_people_with_one_surname_stay_apart():
    text = "[Сергей Иванов] и [Виктор Иванов] приехали в Москву. [Иванов] заявил, что доволен."
    entities = [entity for _, entity, _, _ in people(text)]
    assert entities[:2] == ["PER:Сергей Иванов", "PER:Виктор Иванов"]
    assert entities[-1] == "PER:Иванов"


@pytest.mark.parametrize(
    ("written", "normal", "parts"),
    [
        ("Ирины Яровой", "Ирина Яровая", ("Ирина", None, "Яровая")),
        ("Николая Никифорова", "Николай Никифоров", ("Николай", None, "Никифоров")),
        ("Анной Ивановой", "Анна Иванова", ("Анна", None, "Иванова")),
        ("Джеком Ма", "Джек Ма", ("Джек", None, "Ма")),
        (
            "Бориса Николаевича Ельцина",
            "Борис Николаевич Ельцин",
            ("Борис", "Николаевич", "Ельцин"),
        ),
        ("Марине Ле Пен", "Марина Ле Пен", ("Марина", None, "Ле Пен")),
        ("Никифорова", "Никифоров", (None, None, "Никифоров")),
        ("Карлоса Батреса", "Карлос Батрес", ("Карлос", None, "Батрес")),
        ("Льва Толстого", "Лев Толстой", ("Лев", None, "Толстой")),
        ("Татьяной Толстой", "Татьяна Толстая", ("Татьяна", None, "Толстая")),
        ("Раймон Паулс", "Раймон Паулс", ("Раймон", None, "Паулс")),
        ("Юрию Мильнеру", "Юрий Мильнер", ("Юрий", None, "Мильнер")),
        ("Ху Цзиньтао", "Ху Цзиньтао", ("Цзиньтао", None, "Ху")),
        ("Федор Мирзоянов", "Федор Мирзоянов", ("Федор", None, "Мирзоянов")),
        ("Людмилы Марковны", "Людмила Марковна", ("Людмила", "Марковна", None)),
        ("Гиффордс", "Гиффордс", (None, None, "Гиффордс")),
        (
            "Барри Лоуенкрон (Barry Lowenkron)",
            "Барри Лоуенкрон (Barry Lowenkron)",
            ("Барри", None, "Лоуенкрон"),
        ),
    ],
)
def test_person_names(written, normal, parts):
    person = parse_person(written)
    assert person.normal == normal
    assert (person.name.first, person.name.middle, person.name.last) == parts


@pytest.mark.parametrize(
    "text",
    [
        # as NER finds it: the abbreviation in brackets inside the name
        "[ORG Федеральная антимонопольная служба (ФАС)] возбудила дело. В [ORG ФАС] отказались"
        " от комментариев.",
        # as ``orgs.refine`` leaves it: two organisations
        "[ORG Федеральная антимонопольная служба] ([ORG ФАС]) возбудила дело. В [ORG ФАС]"
        " отказались от комментариев.",
    ],
)
def test_abbreviation_defined_in_the_document_joins_the_full_name(text):
    entities = {m.entity for m in resolved(text)[1] if m.type == "ORG"}
    assert entities == {"ORG:Федеральная антимонопольная служба"}


@pytest.mark.parametrize("initialled", ["О. В. Иванова", "О. Иванова"])
def test_initials_and_a_surname_are_named_in_the_person_s_gender(initialled):
    """Initials tell neither case nor gender: "Иванова" is Ольга Иванова's, not Иванов's."""
    text = f"Декан [Ольга Иванова] открыла форум. Программу представила [{initialled}]."
    people = [(m.normal, m.entity) for m in resolved(text)[1] if m.type == "PER"]
    assert people[1] == (initialled, "PER:Ольга Иванова")


@pytest.mark.parametrize(
    ("text", "lone"),
    [
        # a surname in -а/-я the dictionary does not know declines in the first declension
        ("Сергей Мефедов и [Андрей Маталыга] купили дом. Он принадлежит [Маталыге].", "Маталыге"),
        ("Постпред [Василий Небензя] выступил. Слово дали [Небензе].", "Небензе"),
    ],
)
def test_a_lone_surname_of_the_first_declension_joins_its_person(text, lone):
    people = {m.text: (m.normal, m.entity) for m in resolved(text)[1] if m.type == "PER"}
    full = next(name for name in people if " " in name)
    assert people[lone] == (people[full][0].split()[-1], people[full][1])


def test_a_short_name_the_release_defines_stands_for_its_organisation():
    text = (
        "ПАО КБ «[ORG Центр-инвест]» (далее — «[ORG Банк]») опубликовал отчётность. Прибыль"
        " [ORG Банка] выросла, сообщил [ORG Банк] [COUNTRY России]. Ставку [ORG Банком] [COUNTRY"
        " России] снизили."
    )
    entities = [(m.text, m.entity) for m in resolved(text)[1] if m.type == "ORG"]
    assert entities == [
        ("Центр-инвест", "ORG:Центр-инвест"),
        ("Банк", "ORG:Центр-инвест"),
        ("Банка", "ORG:Центр-инвест"),
        ("Банк", "ORG:Банк России"),  # the short name inside another name is that name
        ("Банком", "ORG:Банк России"),
    ]


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        (
            "Участок передали организации «[ORG Московский городской союз автомобилистов]»"
            " ([ORG МГСА]). Позже [ORG МГСА] продал его.",
            "ORG:Московский городской союз автомобилистов",
        ),
        (
            "Компания «[ORG Российские железные дороги]» ([ORG РЖД]) снизила тарифы. [ORG РЖД]"
            " довольны.",
            "ORG:Российские железные дороги",
        ),
    ],
)
def test_abbreviation_after_a_quoted_full_name_joins_it(text, entity):
    assert {m.entity for m in resolved(text)[1] if m.type == "ORG"} == {entity}


def test_an_abbreviation_after_a_quote_is_not_the_last_name_inside_it():
    text = (
        "Директор «НИИ социальных систем при [ORG МГУ]» ([ORG НИИСС]) уволился. [ORG НИИСС] закрыт."
    )
    entities = {m.text: m.entity for m in resolved(text)[1] if m.type == "ORG"}
    assert entities["НИИСС"] == "ORG:НИИСС"


def test_curated_abbreviation(seed_analysis):
    orgs = {m.entity for m in seed_analysis.mentions if m.type == "ORG" and m.text == "Минкомсвязи"}
    assert orgs == {"ORG:Министерство связи и массовых коммуникаций"}


def test_a_curated_abbreviation_joins_the_name_it_abbreviates():
    text = "Роскомнадзор заблокировал сайт. Компания получает от РКН госконтракты."
    orgs = {m.text: m.entity for m in analyze(text, types="ORG").mentions}
    assert orgs == {"Роскомнадзор": "ORG:Роскомнадзор", "РКН": "ORG:Роскомнадзор"}


def test_country_plural_normal_form():
    """End to end: NER's LOC (or the gazetteer's find) retyped, normalised and given an id."""
    mention = next(
        m
        for m in analyze("Делегация Нидерландов прибыла в Москву.").mentions
        if m.type == "COUNTRY"
    )
    assert (mention.normal, mention.entity) == ("Нидерланды", "COUNTRY:NL")


def test_country_plural_normal_form_at_the_entry_points():
    country, form = countries.lookup_country_form("Нидерландов")  # NER's LOC span
    assert (country.name, form) == ("Нидерланды", "name")
    (found,) = countries.find_countries("Делегация Нидерландов прибыла в Москву.")
    assert (found.text, found.country.name) == ("Нидерландов", "Нидерланды")
    _, (mention, _) = resolved("Делегация [COUNTRY Нидерландов] прибыла в [LOC Москву].")
    assert (mention.normal, mention.entity) == ("Нидерланды", "COUNTRY:NL")


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        # the spans as ``orgs.refine`` leaves them (``test_orgs``: the descriptor is cut off)
        ("Об этом сообщили в ОАО «[ORG РЖД]».", "ORG:Российские железные дороги"),
        ("Компания «[ORG Газпром нефть]» сообщила о росте добычи.", "ORG:Газпром нефть"),
        ("Акции «[ORG Газпрома]» выросли.", "ORG:Газпром"),
        # and as NER finds them
        ("Об этом сообщили в [ORG ОАО «РЖД»].", "ORG:Российские железные дороги"),
        ("Акции [ORG «Газпрома»] выросли.", "ORG:Газпром"),
    ],
)
def test_organisation_ids_drop_legal_form_and_quotes(text, entity):
    assert {m.entity for m in resolved(text)[1] if m.type == "ORG"} == {entity}


# Resolution by gender and case: who a bare surname is, never two people made one


def per_entities(text):
    return [(written, entity) for written, entity, _, _ in people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # husband and wife: the case and the agreeing words say whom each form is
            "[Михаил Горбачёв] и [Раиса Горбачёва] прилетели в Лондон. Как заявила [Горбачёва],"
            " визит прошёл хорошо. У [Горбачёва] были встречи с премьером. Вечером с"
            " [Горбачёвым] встретилась королева.",
            [
                ("Михаил Горбачёв", "PER:Михаил Горбачёв"),
                ("Раиса Горбачёва", "PER:Раиса Горбачёва"),
                ("Горбачёва", "PER:Раиса Горбачёва"),  # "заявила": feminine nominative
                ("Горбачёва", "PER:Михаил Горбачёв"),  # "у": genitive, his
                ("Горбачёвым", "PER:Михаил Горбачёв"),  # only a man's instrumental
            ],
        ),
        (  # a woman's surname in a consonant does not decline, a man's does
            "[Ольга Кравец] и [Пётр Кравец] открыли пекарню. [Кравец] рассказала, что идея была"
            " её. Брат поддерживает [Кравца] во всём. Вчера [Кравец] сообщил о новом филиале."
            " Журналисты поговорили с [Кравец] после открытия.",
            [
                ("Ольга Кравец", "PER:Ольга Кравец"),
                ("Пётр Кравец", "PER:Пётр Кравец"),
                ("Кравец", "PER:Ольга Кравец"),
                ("Кравца", "PER:Пётр Кравец"),
                ("Кравец", "PER:Пётр Кравец"),
                ("Кравец", "PER:Ольга Кравец"),  # "с Кравец": his would be "с Кравцом"
            ],
        ),
        (  # a time phrase before the name is no subject: the verb is the surname's
            "[Ольга Кравец] и [Пётр Кравец] открыли пекарню. В начале января [Кравец] сообщил о"
            " новом филиале.",
            [
                ("Ольга Кравец", "PER:Ольга Кравец"),
                ("Пётр Кравец", "PER:Пётр Кравец"),
                ("Кравец", "PER:Пётр Кравец"),
            ],
        ),
        (  # the verb agrees with the noun before the name; the name is its genitive
            "[Рамзан Кадыров] посетил Москву. Пресс-служба [Кадырова] заявила, что визит был"
            " рабочим.",
            [("Рамзан Кадыров", "PER:Рамзан Кадыров"), ("Кадырова", "PER:Рамзан Кадыров")],
        ),
        (  # a role between the verb and the name is read through: the verb agrees with her
            "Об этом сообщила заместитель министра [Евгения Котова]. Сроки назвала [Котова].",
            [("Евгения Котова", "PER:Евгения Котова"), ("Котова", "PER:Евгения Котова")],
        ),
        (  # a woman's given name pymorphy2 knows only as a man's (Асий): her verb says whose
            "Суд оправдал [Асию Биби]. [Асия Биби] покинула страну.",
            [("Асию Биби", "PER:Асия Биби"), ("Асия Биби", "PER:Асия Биби")],
        ),
        (  # a given name of both genders (Александр's genitive, Александра): the adjective
            # agreeing with one mention says hers, and the name's other forms are hers too
            "Наследницей назначили [Александру Смирнову]. Иск подала 80-летняя [Александра"
            " Смирнова].",
            [
                ("Александру Смирнову", "PER:Александра Смирнова"),
                ("Александра Смирнова", "PER:Александра Смирнова"),
            ],
        ),
        (  # ... not a verb after a noun the name may be the genitive of: the team's
            "Команда под руководством [Александра Смирнова] встретилась со сборной Финляндии.",
            [("Александра Смирнова", "PER:Александр Смирнов")],
        ),
        (  # ... but a noun a number counts is a date or a measure: the verb is hers
            "В 2014–2015 годах [Александра Смирнова] была директором фонда.",
            [("Александра Смирнова", "PER:Александра Смирнова")],
        ),
        (  # a man's surname in -а declines as a feminine noun: the verb agrees with the
            # subject, not with the instrumental agent
            "[Олег Кочерга] владеет фабрикой. Ранее [Кочергой] была куплена доля в банке.",
            [("Олег Кочерга", "PER:Олег Кочерга"), ("Кочергой", "PER:Олег Кочерга")],
        ),
        (  # a feminine verb does agree with the surname in the nominative: not his
            "[Олег Кочерга] владеет фабрикой. Вчера [Кочерга] подписала договор.",
            [("Олег Кочерга", "PER:Олег Кочерга"), ("Кочерга", "PER:Кочерга")],
        ),
        (  # the feminine verb after the genitive of a noun's is its clause's subject's: no
            # woman is named so, and the noun before may govern his genitive
            "[Алексей Курбатов] был арестован. [Ольга Шмелёва] вела отдел, а после ареста"
            " [Курбатова] получила орден.",
            [
                ("Алексей Курбатов", "PER:Алексей Курбатов"),
                ("Ольга Шмелёва", "PER:Ольга Шмелёва"),
                ("Курбатова", "PER:Алексей Курбатов"),
            ],
        ),
        (  # the same with a surname pymorphy2 does not know
            "[Алексей Улюпкин] был арестован. [Ольга Шмелёва] вела отдел, а после ареста"
            " [Улюпкина] получила орден.",
            [
                ("Алексей Улюпкин", "PER:Алексей Улюпкин"),
                ("Ольга Шмелёва", "PER:Ольга Шмелёва"),
                ("Улюпкина", "PER:Алексей Улюпкин"),
            ],
        ),
    ],
    ids=[
        "husband-and-wife",
        "indeclinable-feminine",
        "time-phrase-first",
        "genitive-of-noun",
        "her-verb-through-a-role",
        "given-name-by-her-verb",
        "given-name-of-both-genders-by-her-adjective",
        "given-name-of-both-genders-after-a-noun",
        "given-name-of-both-genders-after-a-counted-noun",
        "instrumental-agent",
        "nominative-subject",
        "genitive-of-noun-before-another-s-verb",
        "genitive-of-noun-before-another-s-verb-unknown",
    ],
)
def test_a_bare_surname_joins_the_person_its_gender_and_case_fit(text, expected):
    assert per_entities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a surname of several words (or given names NER's span put there): its last word
            "Писатель [Габриэль Гарсиа Маркес] умер. [Маркес] написал роман.",
            [
                ("Габриэль Гарсиа Маркес", "PER:Габриэль Гарсиа Маркес"),
                ("Маркес", "PER:Габриэль Гарсиа Маркес"),
            ],
        ),
        (  # someone whose surname is the word itself comes first
            "[Эдвард Сноуден] уехал. [Рафаэль Корреа Эдвард Сноуден] встречи. [Сноуден] ответил.",
            [
                ("Эдвард Сноуден", "PER:Эдвард Сноуден"),
                ("Рафаэль Корреа Эдвард Сноуден", "PER:Рафаэль Корреа Эдвард Сноуден"),
                ("Сноуден", "PER:Эдвард Сноуден"),
            ],
        ),
    ],
)
def test_a_bare_surname_joins_the_last_word_of_a_surname_of_several(text, expected):
    assert per_entities(text) == expected


@pytest.mark.parametrize(
    ("text", "apart"),
    [
        (  # brothers: a bare surname fits both, so it joins neither
            "[Андрей Соколов] и [Денис Соколов] владеют фермой. [Соколов] заявил, что урожай"
            " будет хорошим.",
            "Соколов",
        ),
        (  # a woman's surname next to a man of the same family name only
            "[Михаил Горбачёв] прибыл в Осло. [Горбачёва] заявила журналистам, что поездка важна.",
            "Горбачёва",
        ),
        (  # no verb, preposition or adjective decides between her nominative and his genitive
            "[Михаил Горбачёв] и [Раиса Горбачёва] прилетели в Лондон. [Горбачёва] поддержал"
            " [Ельцин].",
            "Горбачёва",
        ),
        ("[Евгений Петров] возглавил лабораторию. Его сын [Женя] учится в школе.", "Женя"),
        ("[Анна Смирнова] и [Анна Волкова] выиграли турнир. [Анна] поблагодарила тренера.", "Анна"),
    ],
    ids=["brothers", "wife-not-named", "undecided", "diminutive", "two-annas"],
)
def test_a_mention_the_text_does_not_tie_to_one_person_stays_apart(text, apart):
    rows = per_entities(text)
    people = {entity for written, entity in rows if written != apart}
    (alone,) = {entity for written, entity in rows if written == apart}
    assert alone not in people


def test_two_people_of_one_surname_keep_two_ids():
    rows = per_entities(
        "[Алина Рябова] и [Пётр Рябов] приехали на фестиваль. [Рябова] выступила первой,"
        " [Рябов] выступил вторым. [Рябову] вручили приз."
    )
    ids = {entity for _, entity in rows}
    assert {"PER:Алина Рябова", "PER:Пётр Рябов"} <= ids
    assert dict(rows)["Рябова"] == "PER:Алина Рябова"
    assert [e for w, e in rows if w == "Рябов"] == ["PER:Пётр Рябов"]


@pytest.mark.parametrize(
    ("text", "written", "entity"),
    [
        (  # the verb says she is a woman: her surname, not his
            "[Михаил Горбачёв] прибыл в Осло. [Горбачёва] заявила журналистам, что поездка важна.",
            "Горбачёва",
            "PER:Горбачёва",
        ),
        (  # "у": his genitive, though two brothers share it
            "[Андрей Соколов] и [Денис Соколов] владеют фермой. У [Соколова] много техники.",
            "Соколова",
            "PER:Соколов",
        ),
    ],
)
def test_an_unresolved_surname_is_read_in_the_gender_its_words_give(text, written, entity):
    assert dict(per_entities(text))[written] == entity


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        (
            "Актриса [Нина Сергеевна Петрова] вышла на сцену. Зрители долго аплодировали "
            "[Нине Петровой].",
            "PER:Нина Сергеевна Петрова",
        ),
        (
            "Концерт [Олега Орлова] прошёл в Туле. После концерта [Олег Иванович] раздавал"
            " автографы.",
            "PER:Олег Иванович Орлов",
        ),
    ],
)
def test_a_person_takes_the_middle_name_a_mention_of_them_spells_out(text, entity):
    assert {e for _, e, _, _ in people(text)} == {entity}
    assert all(name["middle"] for _, _, _, name in people(text))


def test_a_middle_name_goes_to_no_one_when_two_people_share_the_given_name():
    text = "[Олег Орлов] и [Олег Смирнов] приехали в Тулу. [Олег Иванович] выступил первым."
    entities = [e for _, e, _, _ in people(text)]
    assert entities == ["PER:Олег Орлов", "PER:Олег Смирнов", "PER:Олег Иванович"]


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        (
            "Пилот [Эндрю Уильямс] вернулся на базу. Позже [Уильямс] рассказал о полёте.",
            ["PER:Эндрю Уильямс", "PER:Эндрю Уильямс"],
        ),
        (
            "Судья [Марк Данн] огласил приговор. Адвокаты [Данна] подали апелляцию.",
            ["PER:Марк Данн", "PER:Марк Данн"],
        ),
        # the gender the verb gives is not hers
        (
            "Теннисистка [Анна Уильямс] выиграла турнир. [Уильямс] рассказал о матче журналистам.",
            ["PER:Анна Уильямс", "PER:Уильямс"],
        ),
        # a woman's surname in a consonant does not decline: "Данна" is not hers
        (
            "Певица [Анна Данн] выступила в Лондоне. Поклонники [Данна] собрались у сцены.",
            ["PER:Анна Данн", "PER:Данна"],
        ),
    ],
)
def test_a_lone_word_that_is_no_ones_given_name_joins_the_person_of_that_surname(text, entities):
    assert [e for _, e, _, _ in people(text)] == entities


def test_a_span_listing_two_people_defines_no_person():
    """A PER span with a comma ("Овечкин, Фёдоров", an NER slip) is a list, not a first name
    and a surname: the lone surname after it stays itself."""
    _, mentions = resolved(
        "В сборную вызвали [Овечкин, Фёдоров] и других. Позже [Фёдоров] рассказал о сборах."
    )
    assert mentions[1].entity == "PER:Фёдоров"
    assert mentions[1].name.first is None


@pytest.mark.parametrize(
    ("text", "surface", "normal"),
    [
        (
            "Журналисты расспросили [Микко Хаапанена] и [Петра Орлова] о гонке.",
            "Микко Хаапанена",
            "Микко Хаапанен",
        ),
        (
            "Медали вручили [Юсси Лахтинену] и [Ивану Смирнову].",
            "Юсси Лахтинену",
            "Юсси Лахтинен",
        ),
        (
            "Тренер похвалил [Тапио Корхонена], [Олега Петрова] и других игроков.",
            "Тапио Корхонена",
            "Тапио Корхонен",
        ),
        # nothing shows the case: read as written ("Маэхара" may be a nominative)
        ("[Микко Хаапанена] пригласили в сборную.", "Микко Хаапанена", "Микко Хаапанена"),
    ],
)
def test_a_name_showing_no_case_takes_the_case_of_a_name_coordinated_with_it(text, surface, normal):
    found = {written: (entity, norm) for written, entity, norm, _ in people(text)}
    assert found[surface] == ("PER:" + normal, normal)


@pytest.mark.parametrize(
    ("text", "surface", "normal"),
    [
        # a noun naming a woman right before the name: her nominative, not his genitive
        ("Вопрос задала журналистка [Мадина Сафарова].", "Мадина Сафарова", "Мадина Сафарова"),
        # ... in the accusative, through the name of her employer
        (
            "Депутат оскорбил корреспондентку [ORG «Вечерних новостей»] [Зарину Каримову].",
            "Зарину Каримову",
            "Зарина Каримова",
        ),
        # a head with a name as its complement: the person is in the head's case (genitive)
        (
            "Он приехал по просьбе директора [ORG «Энергомаша»] [Рэма Сафарова].",
            "Рэма Сафарова",
            "Рэм Сафаров",
        ),
        (
            "Письмо направили главе [ORG «Стройтреста»] [Рустаму Каримову].",
            "Рустаму Каримову",
            "Рустам Каримов",
        ),
        # the woman's noun governs a common noun, whose complement the name is
        (
            "Пришла наследница состояния патриарха [Алексия II].",
            "Алексия II",
            "Алексий II",
        ),
    ],
)
def test_a_role_in_apposition_tells_the_case_of_a_name_that_shows_several(text, surface, normal):
    found = {written: (entity, norm) for written, entity, norm, _ in people(text)}
    assert found[surface] == ("PER:" + normal, normal)


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # a kinship noun between one name with a middle name and without it: two relatives,
        # each mention of the name either's by its middle name
        (
            "Владельцы — [Сергей Гляделкин] и его сын [Сергей Сергеевич Гляделкин]. Позже"
            " [Сергея Гляделкина] уволили, а [Сергей Сергеевич Гляделкин] остался.",
            [
                "PER:Сергей Гляделкин",
                "PER:Сергей Сергеевич Гляделкин",
                "PER:Сергей Гляделкин",
                "PER:Сергей Сергеевич Гляделкин",
            ],
        ),
        # ... not without one: one person named twice
        (
            "Пришёл [Сергей Гляделкин]. Позже [Сергей Сергеевич Гляделкин] ушёл.",
            ["PER:Сергей Сергеевич Гляделкин", "PER:Сергей Сергеевич Гляделкин"],
        ),
    ],
)
def test_relatives_of_one_name_are_two_people(text, entities):
    assert [e for _, e, _, _ in people(text)] == entities


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # "-старший" is the parent a kinship noun before a full name makes one, "-младший" the
        # child; the form keeps its attribute in its normal
        (
            "[Сергей Моисеев] родом из семьи военного: его отец, генерал [Николай Моисеев],"
            " служил в Москве. Друг [Моисеева-старшего] стал губернатором.",
            ["PER:Сергей Моисеев", "PER:Николай Моисеев", "PER:Николай Моисеев"],
        ),
        (
            "[Пётр Гусев] и его сын [Иван Гусев] пришли. [Гусев-младший] молчал.",
            ["PER:Пётр Гусев", "PER:Иван Гусев", "PER:Иван Гусев"],
        ),
        # ... of one person of that surname, that person
        ("Пришёл [Джон Хинкли]. [Хинкли-младший] молчал.", ["PER:Джон Хинкли"] * 2),
        # ... and no one when the text does not tell
        (
            "Пришли [Пётр Гусев] и [Иван Гусев]. [Гусев-младший] молчал.",
            ["PER:Пётр Гусев", "PER:Иван Гусев", "PER:Гусев-младший"],
        ),
    ],
)
def test_the_elder_and_the_younger_of_a_family(text, entities):
    assert [e for _, e, _, _ in people(text)] == entities


def test_a_noun_in_apposition_tells_which_of_two_namesakes_a_surname_is():
    text = (
        "Сенатор [Барри Сантана] выступил в Чикаго. [Сантана] говорил о налогах. "
        "Первая леди [Мишель Сантана] посетила школу."
    )
    rows = people(text)
    assert [e for _, e, _, _ in rows] == [
        "PER:Барри Сантана",
        "PER:Барри Сантана",
        "PER:Мишель Сантана",
    ]


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        (
            "Операторами фильма стали [Олег Степанович] и [Олег Кравец].",
            ["PER:Олег Степанович", "PER:Олег Кравец"],
        ),
        (
            "Операторами фильма стали [Олег Кравец] и [Олег Степанович].",
            ["PER:Олег Кравец", "PER:Олег Степанович"],
        ),
        # not coordinated with her own full name: the name and patronymic join her
        (
            "[Олег Степанович Кравец] снял фильм. [Олег Степанович] и [Анна Кравец] приехали в"
            " Сочи.",
            ["PER:Олег Степанович Кравец", "PER:Олег Степанович Кравец", "PER:Анна Кравец"],
        ),
    ],
)
def test_two_names_joined_by_a_conjunction_are_two_people(text, entities):
    assert [e for _, e, _, _ in people(text)] == entities


def test_a_title_read_as_a_given_name_takes_no_lone_name():
    text = "На встречу пришёл [Принц Филипп]. [Филипп] рассказал о поездке."
    assert [e for _, e, _, _ in people(text)][1] == "PER:Филипп"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Сторонники [Тодда Маккаррика] вышли на улицы. Позже [Маккаррик] выступил с речью.",
            [("Тодд Маккаррик", "PER:Тодд Маккаррик"), ("Маккаррик", "PER:Тодд Маккаррик")],
        ),
        (
            "Сенатор [Берни Сандерса] поддержали студенты. Встреча с [Сандерсом] прошла в Бостоне.",
            [("Берни Сандерс", "PER:Берни Сандерс"), ("Сандерс", "PER:Берни Сандерс")],
        ),
        (
            "Речь [Хироси Мацуды] транслировали по радио. [Хироси Мацуда] ответил на вопросы.",
            [("Хироси Мацуда", "PER:Хироси Мацуда"), ("Хироси Мацуда", "PER:Хироси Мацуда")],
        ),
        # one form alone: read as written (a nominative in -а is as likely)
        ("[Хироси Мацуда] ответил на вопросы.", [("Хироси Мацуда", "PER:Хироси Мацуда")]),
        # a woman's surname in a consonant does not decline
        (
            "Выставка [Анны Сандерс] открылась в Бостоне. [Сандерс] рассказала о картинах.",
            [("Анна Сандерс", "PER:Анна Сандерс"), ("Сандерс", "PER:Анна Сандерс")],
        ),
    ],
)
def test_a_surname_is_read_in_the_declension_its_forms_in_the_document_show(text, expected):
    assert [(normal, entity) for _, entity, normal, _ in people(text)] == expected


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("Встреча у [Берни Сандерса] прошла тихо.", "Берни Сандерс"),
        ("Письмо от [Нико Росберга] пришло утром.", "Нико Росберг"),
        ("Журналисты пришли к [Берни Сандерсу].", "Берни Сандерс"),
        ("Рассказ о [Юкио Хатояме] вышел вчера.", "Юкио Хатояме"),  # -е: either declension
        ("Сторонники [Нико Росберга] собрались у трассы.", "Нико Росберга"),  # nothing shows it
    ],
)
def test_a_name_showing_no_case_takes_the_case_its_preposition_governs(text, normal):
    assert [n for _, _, n, _ in people(text)] == [normal]


@pytest.mark.parametrize(
    ("text", "entities", "first"),
    [
        (
            "Премьер [Жан Поль Мартен] прилетел в Рим. Позже [Жан Мартен] выступил с речью.",
            ["PER:Жан Поль Мартен", "PER:Жан Поль Мартен"],
            "Жан Поль",
        ),
        # a particle is part of the surname: two names stay two
        (
            "[Марина Ле Пен] выступила в Лионе. [Марина Пен] ответила на вопросы.",
            ["PER:Марина Ле Пен", "PER:Марина Пен"],
            "Марина",
        ),
    ],
)
def test_a_name_written_with_and_without_a_second_given_name_is_one_person(text, entities, first):
    rows = people(text)
    assert [e for _, e, _, _ in rows] == entities
    assert rows[0][3]["first"] == first


@pytest.mark.parametrize(
    ("text", "lone", "entity"),
    [
        # pymorphy2 knows Эммануэль only as an indeclinable woman's name; declined, it is a man's
        (
            "[Эммануэля Макрона] поздравили. Позже [Макрону] позвонили.",
            "Макрону",
            "PER:Эммануэль Макрон",
        ),
        (
            "[Мишеля Платини] избрали. Позже [Платини] ушёл в отставку.",
            "Платини",
            "PER:Мишель Платини",
        ),
    ],
)
def test_a_foreign_given_name_of_either_gender_does_not_keep_a_surname_apart(text, lone, entity):
    mention = next(m for m in resolved(text)[1] if m.text == lone)
    assert mention.entity == entity


def test_a_lone_surname_read_by_its_context_says_one_name_throughout():
    """normal, name.last and entity of a lone surname follow the same reading."""
    text = "[Иванов] и [Иванова] поженились. [Иванова] сказала, что счастлива."
    for m in resolved(text)[1]:
        assert m.entity == "PER:" + m.normal == "PER:" + m.name.last


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the namesake named as a subject in the sentence before is the one meant
            "[Герман Петров] построил ферму. Летом к нему приехал отец, [Лев Петров]. [Петров]"
            " рассказал о детстве.",
            "PER:Лев Петров",
        ),
        (  # ... or the one a verb addresses (a dative), not a noun's genitive
            "[Иван Соколов] руководит фермой. [Иван Соколов] продаёт мёд. Секретарь обещала"
            " передать номер его сыну [Петру Соколову]. [Соколов] так и не перезвонил.",
            "PER:Пётр Соколов",
        ),
        (  # a namesake named only in an oblique case does not take over from the topic
            "[Герман Петров] построил ферму. [Герман Петров] продаёт сыр. Он вырос в семье"
            " врача [Льва Петрова]. Как утверждает сам [Петров], денег не было.",
            "PER:Герман Петров",
        ),
        (  # two sentences later the topic is back
            "[Герман Петров] построил ферму. [Герман Петров] продаёт сыр. Осенью приехал его"
            " отец [Лев Петров]. Отец привёз мёд. Потом пошли дожди. Весной [Петров] продал"
            " ферму.",
            "PER:Герман Петров",
        ),
        (  # before anyone of the surname is named: the first named after it
            "[Петров] открыл ферму. Об этом рассказал [Герман Петров]. Позже приехал его отец"
            " [Лев Петров].",
            "PER:Герман Петров",
        ),
        (  # named as often so far: the one named last, a sentence after the other
            "[Игорь Соколов] открыл кафе. Его брата [Олега Соколова] уволили. Ближе к вечеру"
            " пришли гости. По словам [Соколова], кафе выручило семью.",
            "PER:Олег Соколов",
        ),
        (  # her nominative or his genitive: the case is in doubt, so the topic
            "[Пётр Смирнов] стал вице-мэром. [Пётр Смирнов] курирует стройку. Квартиру купила"
            " его племянница [Анжелика Смирнова]. Бизнес родственников [Смирнова] рос.",
            "PER:Пётр Смирнов",
        ),
    ],
    ids=[
        "local-subject",
        "local-addressee",
        "oblique-namesake",
        "topic-back",
        "cataphora",
        "last-of-equals",
        "case-in-doubt",
    ],
)
def test_a_bare_surname_of_several_people_is_the_most_salient(text, expected):
    rows = per_entities(text)
    lone = [entity for written, entity in rows if len(written.split()) == 1]
    assert lone == [expected]


def test_alternating_mentions_of_two_namesakes():
    rows = per_entities(
        "[Иван Соколов] выступил первым. Через час выступил его брат [Пётр Соколов]. [Соколов]"
        " говорил долго. Затем [Иван Соколов] ответил на вопросы. Потом [Соколов] ушёл."
    )
    lone = [entity for written, entity in rows if written == "Соколов"]
    assert lone == ["PER:Пётр Соколов", "PER:Иван Соколов"]


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        (  # "Алена" is also Ален's genitive; "Аленой" is only Алёна's
            "Он познакомился с [Аленой Смирновой] в Москве. Через год [Алена Смирнова] стала"
            " его женой, и [Алена] родила сына.",
            {"PER:Алёна Смирнова"},
        ),
        (  # nothing else names anyone else: the reading stays as it was
            "Через год [Алена Смирнова] стала его женой.",
            {"PER:" + parse_person("Алена Смирнова").normal},
        ),
    ],
    ids=["attested", "alone"],
)
def test_a_name_read_two_ways_takes_the_reading_other_mentions_attest(text, entities):
    assert {entity for _, entity in per_entities(text)} == entities


@pytest.mark.parametrize(
    ("text", "written", "entity"),
    [
        (  # a word that is also a surname (Анна Герман), and no one's surname here
            "[Герман Стерхов] купил ферму. Соседи [Германа] не любят.",
            "Германа",
            "PER:Герман Стерхов",
        ),
        (  # a given name the dictionary does not know, as written
            "За клуб играет [Малком Силва ди Оливейра]. [Малком] забил 23 гола.",
            "Малком",
            "PER:Малком Силва ди Оливейра",
        ),
        (  # given name and patronymic of the one of two Леонидs who has that patronymic
            "[Леонид Эдуардович Слуцкий] выступил. [Леонид Рейман] промолчал. Позже [Леонид"
            " Эдуардович] уехал.",
            "Леонид Эдуардович",
            "PER:Леонид Эдуардович Слуцкий",
        ),
        (  # a patronymic that never stands alone is no surname, though two-word spans read
            # as "First Last" ("Роман Абрамович")
            "[Герман Стерхов] построил скит. [Олег Тарасов] помогал. [Герман Львович] молился.",
            "Герман Львович",
            "PER:Герман Львович Стерхов",  # the patronymic (of Лев) joins the id, as Слуцкий's
        ),
        (  # ... while a surname used alone is one
            "[Роман Абрамович] купил клуб. [Роман Иванов] продал его. [Абрамович] доволен.",
            "Роман Абрамович",
            "PER:Роман Абрамович",
        ),
        (  # of three Борисs, the one named last before it, in its paragraph
            "[Борис Акимов] держал ферму, [Борис Угринович] торговал. [Борис Ельцин] пригласил"
            " его в Кремль. К [Ельцину] он пришёл в костюме, а у [Бориса Николаевича] все пили.",
            "Бориса Николаевича",
            "PER:Борис Николаевич Ельцин",
        ),
        (  # named last by surname alone, a few sentences back, in any case
            "[Владимир Путин] встретился с [Владимиром Жириновским]. Лидеру ЛДПР обещали пост."
            " Спорили долго. Решение отложили. Потом пожаловались на [Жириновского]. Все"
            " боялись, что [Владимир Вольфович] зажжёт.",
            "Владимир Вольфович",
            "PER:Владимир Вольфович Жириновский",
        ),
        (  # no one of that given name named before it in its paragraph: no one's
            "[Борис Акимов] держал ферму. [Борис Ельцин] пригласил его.\nПозже [Борис"
            " Николаевич] всё отрицал.",
            "Борис Николаевич",
            "PER:Борис Николаевич",
        ),
        (  # a patronymic other than the one known is another person, even of one given name
            "[Леонид Эдуардович Слуцкий] выступил. Позже [Леонид Петрович] уехал.",
            "Леонид Петрович",
            "PER:Леонид Петрович",
        ),
        (  # a lone given name read as one no one has, whose other reading is one person's
            "Следствие интересуется, где [Роберт Бовда]. О [Роберте] писали и раньше.",
            "Роберте",
            "PER:Роберт Бовда",
        ),
        (  # her accusative, read as Юлий's dative
            "[Юлия Скрипаль] выписана из больницы. Врачи осмотрели [Юлию] ещё раз.",
            "Юлию",
            "PER:Юлия Скрипаль",
        ),
        (  # ... not when it is that of two people
            "[Юлия Скрипаль] и [Юлия Петрова] выписаны. Врачи осмотрели [Юлию] ещё раз.",
            "Юлию",
            "PER:Юлий",
        ),
    ],
    ids=[
        "given-name-also-a-surname",
        "given-name-as-written",
        "given-and-middle",
        "patronymic-as-surname",
        "real-surname",
        "given-and-middle-of-several-named-last",
        "given-and-middle-by-surname-in-any-case",
        "given-and-middle-other-paragraph",
        "given-and-middle-other-patronymic",
        "given-name-other-reading",
        "given-name-other-reading-accusative",
        "given-name-other-reading-of-two",
    ],
)
def test_a_given_name_with_or_without_its_patronymic_joins_its_person(text, written, entity):
    assert dict(per_entities(text))[written] == entity


@pytest.mark.parametrize(
    "changes",
    [
        {"entity": "ORG:Газпром"},  # one field
        {"normal": "Иван Петров", "entity": "PER:Иван Петров", "role": "министр"},  # several
        {"role_start": 0, "role_stop": 7, "amount": None, "doc": "b"},  # the first, the last
    ],
)
def test_a_resolved_mention_is_the_mention_with_its_changes(changes):
    from dataclasses import replace

    from pressrel.records import Mention
    from pressrel.resolve import _resolved

    mention = Mention("a", "PER", "Ивана Петрова", None, 8, 21, 0, section="lead", related=2)
    assert _resolved(mention, **changes) == replace(mention, **changes)


@pytest.mark.parametrize(
    ("text", "normals"),
    [
        # a lone surname of a person the text names in full: her surname as the text writes
        # it, whatever the word's own reading (a woman's surname read as a man's genitive)
        (
            "[PER Юлия Кулешова] пришла в суд. [PER Кулешова] отказалась говорить.",
            ["Юлия Кулешова", "Кулешова"],
        ),
        (
            "[PER Ирина Царева] живёт в Москве. У [PER Царевой] нет машины.",
            ["Ирина Царева", "Царева"],
        ),
        (
            "[PER Иван Маталыга] купил дом. Дом [PER Маталыги] сгорел.",
            ["Иван Маталыга", "Маталыга"],
        ),
        # even when the word may be read as a given name ("Али" as Аля's genitive)
        ("[PER Мохаммед Али] выиграл бой. Тренер обнял [PER Али].", ["Мохаммед Али", "Али"]),
        # a lone given name keeps its own reading; so does a surname the text never writes
        # in the nominative
        (
            "[PER Герман Стерлигов] ушёл в лес. Позже [PER Германа] видели в городе.",
            ["Герман Стерлигов", "Герман"],
        ),
    ],
)
def test_a_lone_surname_reads_as_the_persons_written_surname(text, normals):
    assert [normal for _, _, normal, _ in people(text)] == normals


@pytest.mark.parametrize(
    ("text", "written", "normal"),
    [
        (  # a lone surname reads as its person's: his genitive, not a woman's nominative
            "[Максим Решетников] уехал в Пермь. Команда [Решетникова] осталась в Москве.",
            "Решетникова",
            "Решетников",
        ),
        (  # ... her nominative, not his genitive
            "Заместителем стала [Ольга Шмелёва]. По словам [Шмелёвой], работы много. [Шмелёва]"
            " уверена в успехе.",
            "Шмелёва",
            "Шмелёва",
        ),
        (  # a lone given name reads as its person's: her accusative, not Юлий's dative
            "[Юлия Скрипаль] выписана из больницы. Врачи осмотрели [Юлию] ещё раз.",
            "Юлию",
            "Юлия",
        ),
        (  # a foreign surname keeps its own reading (the full name's may be the wrong one)
            "Гол забил [Криштиану Роналду]. Тренер похвалил [Роналду] после матча.",
            "Роналду",
            "Роналду",
        ),
    ],
    ids=["his-genitive", "her-nominative", "her-given-name", "foreign-as-written"],
)
def test_a_lone_word_reads_as_the_person_it_joins_is_named(text, written, normal):
    found = {w: n for w, _, n, _ in people(text)}
    assert found[written] == normal


@pytest.mark.parametrize(
    ("text", "written", "entity"),
    [
        (  # a diminutive made from the stem of the given name of the one person of the surname
            "Тренером был [Валерий Сураев]. Все звали его так: [Валерке Сураеву] верили.",
            "Валерке Сураеву",
            "PER:Валерий Сураев",
        ),
        (  # the stem and an ending, no diminutive suffix: another name, another person
            "[Максим Сураев] женат. Его брат [Максимилиан Сураев] живёт в Праге.",
            "Максимилиан Сураев",
            "PER:Максимилиан Сураев",
        ),
        (  # two others of the surname: whose diminutive it is is not known
            "[Валерий Сураев] и [Пётр Сураев] приехали. [Валерка Сураев] остался.",
            "Валерка Сураев",
            "PER:Валерка Сураев",
        ),
    ],
    ids=["diminutive", "other-name-of-the-stem", "three-of-the-surname"],
)
def test_a_diminutive_given_name_joins_the_one_person_of_its_surname(text, written, entity):
    assert dict(per_entities(text))[written] == entity


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # a lone given name read as another lone given name of the document, when the words
        # agreeing with it allow her: one person named by her given name only
        (
            "По словам сотрудницы фонда [PER Александры], денег мало. — Всё списывали, — "
            "поясняет [PER Александра], которая работала там.",
            ["PER:Александра", "PER:Александра"],
        ),
        # a man the document names by that reading too: it may be his, as read
        (
            "По словам сотрудницы фонда [PER Александры], денег мало. С [PER Александром] "
            "она не спорит. [PER Александра] уволили.",
            ["PER:Александра", "PER:Александр", "PER:Александр"],
        ),
        # the words agreeing with it say another gender: two people
        (
            "По словам сотрудницы фонда [PER Александры], денег мало. Потом [PER Александра] "
            "увидел охранник, который его задержал.",
            ["PER:Александра", "PER:Александр"],
        ),
    ],
)
def test_a_lone_given_name_read_as_another_of_the_document_is_that_person(text, entities):
    assert [entity for _, entity, _, _ in people(text)] == entities


@pytest.mark.parametrize(
    ("text", "normals", "entities"),
    [
        # a place kept in its case beside its nominative: the nominative, one entity
        (
            "Протест против полигона в [LOC Шиесе] не утихает. [LOC Шиес] стал символом.",
            ["Шиес", "Шиес"],
            1,
        ),
        (
            "Дело было в [LOC Калужской областях]. [LOC Калужская область] молчит.",
            ["Калужская область", "Калужская область"],
            1,
        ),
        # two places that differ in more than the ending stay two
        (
            "Из [LOC Южной Осетии] приехали гости. [LOC Северная Осетия] ждёт.",
            ["Южная Осетия", "Северная Осетия"],
            2,
        ),
    ],
)
def test_a_place_in_an_oblique_case_reads_as_its_nominative_in_the_document(
    text, normals, entities
):
    _, mentions = resolved(text)
    places = [m for m in mentions if m.type == "LOC"]
    assert [m.normal for m in places] == normals
    assert len({m.entity for m in places}) == entities


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # a lone given name after a kinship noun and a person in the genitive is that person's
        # relative, of that family: not the document's other person of that given name
        (
            "Директором стал [Олег Зуев]. Позже 20-летний сын [Гриценко] [Олег] стал партнёром.",
            ["PER:Олег Зуев", "PER:Гриценко", "PER:Олег"],
        ),
        (
            "Роль сыграла [Ольга Зуева]. Дочь губернатора [Андрея Мартынова] [Ольга] спела.",
            ["PER:Ольга Зуева", "PER:Андрей Мартынов", "PER:Ольга"],
        ),
        # ... and the one of that family when the document names her
        (
            "Пришла [Ольга Мартынова]. Дочь губернатора [Андрея Мартынова] [Ольга] спела.",
            ["PER:Ольга Мартынова", "PER:Андрей Мартынов", "PER:Ольга Мартынова"],
        ),
        # with no kinship noun the given name joins the one person who bears it, as before
        (
            "Роль сыграла [Ольга Зуева]. Гостья губернатора [Андрея Мартынова] [Ольга] спела.",
            ["PER:Ольга Зуева", "PER:Андрей Мартынов", "PER:Ольга Зуева"],
        ),
    ],
)
def test_a_given_name_after_a_kinship_noun_and_a_person_is_of_that_family(text, entities):
    assert [e for _, e, _, _ in people(text)] == entities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname alone in brackets after a given name and surname: another surname of hers
        # (a maiden name), read in her gender
        (
            "[Мария Бовда] ([Беляева]) работала в агентстве.",
            [
                ("Мария Бовда", "PER:Мария Бовда", "Мария Бовда"),
                ("Беляева", "PER:Мария Бовда", "Беляева"),
            ],
        ),
        # after a name of one word, or several names in brackets: maybe other people
        (
            "Митрополит [Неофит] ([Димитров]) прибыл в Софию.",
            [("Неофит", "PER:Неофит", "Неофит"), ("Димитров", "PER:Димитров", "Димитров")],
        ),
        (
            "Гол забил [Сёмин] ([Овечкин]).",
            [("Сёмин", "PER:Сёмин", "Сёмин"), ("Овечкин", "PER:Овечкин", "Овечкин")],
        ),
    ],
)
def test_a_surname_in_brackets_after_a_full_name_is_that_persons(text, expected):
    assert [(w, e, n) for w, e, n, _ in people(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a given name and surname in brackets after a name without a surname: the name the
        # person was born with, and every mention of it is the person
        (
            "Наследство патриарха [Алексия II] ([Алексея Ридигера]) оспорили. [Ридигер]"
            " составил завещание.",
            ["PER:Алексий II", "PER:Алексий II", "PER:Алексий II"],
        ),
        (
            "Танцовщица [Матильда] ([Елена Мозговая]) развелась. [Мозговая] уехала.",
            ["PER:Матильда", "PER:Матильда", "PER:Матильда"],
        ),
        # after a given name and surname: maybe another person (an assist, a co-author)
        (
            "Гол забил [Иван Петров] ([Сергей Сидоров]).",
            ["PER:Иван Петров", "PER:Сергей Сидоров"],
        ),
    ],
)
def test_a_full_name_in_brackets_after_a_name_without_a_surname_is_that_persons(text, expected):
    assert [e for _, e, _, _ in people(text)] == expected


@pytest.mark.parametrize(
    ("text", "normals"),
    [
        # forms only the first declension has (-ой, -ы) make a lone given name one of it,
        # whatever pymorphy2 reads it as (Филарета: Филарет's genitive to it)
        (
            "Игуменья [Филарета] приехала. [Филареты] не было. С [Филаретой] говорил"
            " патриарх. [Филарету] наградили.",
            ["Филарета", "Филарета", "Филарета", "Филарета"],
        ),
        # a form of the second declension beside them: the document decides nothing
        (
            "Приехал [Филарет]. [Филарета] ждали. С [Филаретой] говорил патриарх.",
            ["Филарет", "Филарет", "Филаретой"],
        ),
    ],
)
def test_a_lone_given_name_is_read_in_the_declension_its_other_forms_show(text, normals):
    assert [n for _, _, n, _ in people(text)] == normals


@pytest.mark.parametrize("said", [None, "masc", "femn"])
@pytest.mark.parametrize("own", [None, "masc", "femn"])
@pytest.mark.parametrize("written", ["Визбор", "Визбора", "Визбору", "Макрон"])
def test_a_candidates_gender_is_read_only_when_it_can_rule_them_out(said, own, written):
    """``_of_gender`` keeps the candidates it kept when it read every candidate's gender first,
    and reads a gender only when the words agreeing or the form declined as a man's can rule
    the candidate out (a gender is read from all the person's mentions)."""
    from pressrel.lang import gender
    from pressrel.resolve import Person, _of_gender

    asked = []

    def gender_of():
        asked.append(own)
        return own

    person = Person("Варвара", None, "Визбор", gender_of=gender_of)
    declined = gender.declined_as_masculine("Визбор", written)
    kept = not (said and own and own != said) and not (own == gender.FEMN and declined)
    assert _of_gender([person], said, written) == ([person] if kept else [])
    assert bool(asked) == bool(said or declined)


@pytest.mark.parametrize(
    "written", ["Алена Стерлигова", "Аленой Стерлиговой", "Киран Смит", "Кими Райкконена", "Алена"]
)
def test_a_spans_name_readings_read_its_surname_only_beside_a_given_name(written, monkeypatch):
    """``_name_readings`` pairs the readings of a given name and a surname in one gender and
    case: the surname's are read only when the first word has given-name readings, and the
    pairs are those of every reading of both words."""
    from pressrel import resolve
    from pressrel.lang import gender
    from pressrel.lang.fold import name_key

    words = written.split()
    firsts = gender.given_forms(words[0])
    lasts = gender.surname_forms(words[-1]) if len(words) == 2 else ()
    expected = (
        {(name_key(r.nominative),) for r in firsts}
        if len(words) == 1
        else {
            (name_key(f.nominative), name_key(s.nominative))
            for f in firsts
            for s in lasts
            if (f.gender, f.case) == (s.gender, s.case)
        }
    )
    asked = []
    monkeypatch.setattr(gender, "surname_forms", lambda word: asked.append(word) or lasts)
    assert resolve._name_readings.__wrapped__(written) == expected
    assert bool(asked) == (len(words) == 2 and bool(firsts))


@pytest.mark.parametrize(
    ("text", "keys_read"),
    [
        ("Сегодня [Александра Смирнова] и [Евгения Петрова] на сцене.", False),
        ("Вчера [Александра Смирнова] выступила. Позже [Александру Смирнову] наградили.", True),
        ("Вчера [Александра Смирнова] выступил. [Евгения Петрова] наградили.", True),
        ("Команда под руководством [Александра Смирнова] встретилась с соперником.", False),
        ("Вчера [Валентина Терешкова] выступила, а [Александра Смирнова] нет.", True),
    ],
)
def test_either_gender_names_are_grouped_only_when_one_of_them_shows_a_gender(
    text, keys_read, monkeypatch
):
    """``_in_shown_gender`` reads the keys that group the forms of a given name of both
    genders only when the words agreeing with one of its mentions show a gender (no group of
    them is re-read otherwise), and re-reads what it re-read when it read every key."""
    from pressrel import resolve

    clean, mentions = marked(text)
    with monkeypatch.context() as every_key_read:  # the reference: no key left unread
        every_key_read.setattr(resolve, "_any_shown", lambda indices, said_of: True)
        expected = resolve._in_shown_gender(mentions, clean)
    read = []
    keys = resolve._gender_keys
    monkeypatch.setattr(
        resolve, "_gender_keys", lambda written: read.append(written) or keys(written)
    )
    assert resolve._in_shown_gender(mentions, clean) == expected
    assert bool(read) == keys_read

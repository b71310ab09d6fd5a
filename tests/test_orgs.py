"""Organisations: span boundaries, what is no organisation, normal forms, entity ids, and the
generic organisations behind ``Options.generic_orgs``. Sentences written for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pressrel import analyze, pipeline
from pressrel.lang.phrases import nominative

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

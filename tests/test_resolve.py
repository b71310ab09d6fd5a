"""Who is who: entity ids, full names for surname mentions, roles, abbreviations."""

from __future__ import annotations

import pytest

from pressrel import analyze
from pressrel.lang.names import parse_person


def people(text):
    return [
        (m.text, m.entity, m.normal, m.name.to_dict())
        for m in analyze(text).mentions
        if m.type == "PER"
    ]


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
        "основатель и председатель совета директоров компании Alibaba Group",
    ) in roles
    assert ("PER:Владимир Путин", "президент России") in roles


def test_surname_only_joins_the_full_name():
    text = "Министр Николай Никифоров открыл форум. По словам Никифорова, рост продолжится."
    rows = people(text)
    assert rows[-1][:3] == ("Никифорова", "PER:Николай Никифоров", "Никифоров")
    assert rows[-1][3] == {"first": "Николай", "middle": None, "last": "Никифоров"}


def test_initial_and_surname_join():
    rows = people("Николай Никифоров выступил первым. Затем Н. Никифоров ответил на вопросы.")
    assert {entity for _, entity, _, _ in rows} == {"PER:Николай Никифоров"}


def test_two_people_with_one_surname_stay_apart():
    text = "Сергей Иванов и Виктор Иванов приехали в Москву. Иванов заявил, что доволен."
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


def test_abbreviation_defined_in_the_document_joins_the_full_name():
    text = (
        "Федеральная антимонопольная служба (ФАС) возбудила дело. В ФАС отказались от комментариев."
    )
    entities = {m.entity for m in analyze(text).mentions if m.type == "ORG"}
    assert entities == {"ORG:Федеральная антимонопольная служба"}


def test_curated_abbreviation(seed_analysis):
    orgs = {m.entity for m in seed_analysis.mentions if m.type == "ORG" and m.text == "Минкомсвязи"}
    assert orgs == {"ORG:Министерство связи и массовых коммуникаций"}


def test_country_plural_normal_form():
    mention = next(
        m
        for m in analyze("Делегация Нидерландов прибыла в Москву.").mentions
        if m.type == "COUNTRY"
    )
    assert (mention.normal, mention.entity) == ("Нидерланды", "COUNTRY:NL")


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Об этом сообщили в ОАО «РЖД».", "ORG:Российские железные дороги"),
        ("Компания «Газпром нефть» сообщила о росте добычи.", "ORG:Газпром нефть"),
        ("Акции «Газпрома» выросли.", "ORG:Газпром"),
    ],
)
def test_organisation_ids_drop_legal_form_and_quotes(text, entity):
    assert {m.entity for m in analyze(text).mentions if m.type == "ORG"} == {entity}

"""people.namesakes: the person a thing is named after (sentences written for these tests)."""

from __future__ import annotations

import pytest

import pressrel

# (sentence, the PER mentions expected as (text, normal), in order)
CASES = [
    (
        "Он окончил МГУ имени М. В. Ломоносова в 1990 году.",
        [("М. В. Ломоносова", "М. В. Ломоносов")],
    ),
    ("Больного доставили в НИИ им. Склифосовского вечером.", [("Склифосовского", "Склифосовский")]),
    ("Рейс прибыл в аэропорт имени Шарля де Голля утром.", [("Шарля де Голля", "Шарль де Голль")]),
    ("Она играла в театре им. Е. Вахтангова много лет.", [("Е. Вахтангова", "Е. Вахтангов")]),
    ("Премию имени Габдуллы Тукая вручили в Казани.", [("Габдуллы Тукая", "Габдулла Тукай")]),
    ("Стадион имени Н. П. Старостина открыли весной.", [("Н. П. Старостина", "Н. П. Старостин")]),
    # not a person: a word the dictionary knows as no name's, a word in capitals
    ("Спектакль идёт в театре им. Моссовета.", []),
    ("Заявление сделано от имени ИГИЛ.", []),
    ("Он выступил от имени правительства.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_person_a_thing_is_named_after(text, expected):
    analysis = pressrel.analyze(text, types="PER")
    assert [(m.text, m.normal) for m in analysis.mentions] == expected


def test_a_person_ner_found_is_not_added_again():
    text = "Памятник Александру Пушкину стоит у театра имени Пушкина. Пушкин родился в Москве."
    analysis = pressrel.analyze(text, types="PER")
    spans = [(m.start, m.stop) for m in analysis.mentions]
    assert len(spans) == len(set(spans))
    assert "Пушкина" in [m.text for m in analysis.mentions]


def test_the_person_a_thing_is_named_after_has_no_role_and_stops_none():
    text = "Ректор МГУ имени М. В. Ломоносова Виктор Садовничий выступил на форуме."
    roles = {m.text: m.role for m in pressrel.analyze(text, types="PER").mentions}
    assert roles == {
        "М. В. Ломоносова": None,
        "Виктор Садовничий": "ректор МГУ имени М. В. Ломоносова",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person's name in the genitive right after a street's or a facility's noun is the
        # person the thing is named after
        ("Дом стоит на улице Раевского в Выборгском районе.", [("Раевского", "Раевский")]),
        ("На набережную канала Грибоедова вышли трое.", [("Грибоедова", "Грибоедов")]),
        # one street's, a man's and a city's name alike (Киров), or a possessive's ending
        ("Офис находится на улице Кирова в Химках.", [("Кирова", "Киров")]),
        ("Дом стоит на улице Бутлерова.", [("Бутлерова", "Бутлеров")]),
        # not a place's name, nor the street's own adjective, nor a name in apposition
        ("Он жил на улице Москвы.", []),
        ("Улицы Кирова перекрыты.", []),  # the streets of the city
        ("Он жил на улице Краснопролетарской.", []),
    ],
)
def test_a_place_named_after_a_person_is_the_person(text, expected):
    people = [(m.text, m.normal) for m in pressrel.analyze(text).mentions if m.type == "PER"]
    assert people == expected


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # a title and a name in the genitive after a street's noun are the street's own name,
        # invariable: its nominative is as written
        (
            "Живущий на улице Архитектора Власова Александр Дозоров пожаловался.",
            "Архитектора Власова",
        ),
        ("Здание на улице Академика Королева продали за 300 миллионов.", "Академика Королева"),
    ],
)
def test_a_street_named_after_a_titled_person_keeps_its_name(text, named):
    places = [m.normal for m in pressrel.analyze(text).mentions if m.text == named]
    assert places == [named]

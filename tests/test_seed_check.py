"""The seed's countries and dates, as issue #4 specifies them, through the whole pipeline."""

from __future__ import annotations

from clitools import invoke, jsonl
from conftest import SEED


def test_seed_country_codes(seed_analysis):
    countries = [m for m in seed_analysis.mentions if m.type == "COUNTRY"]
    assert {m.country.code for m in countries} == {"RU", "CN", "BR", "IN", "ZA"}
    assert {m.form for m in countries} == {"name", "adjective"}
    texts = {m.text for m in countries}
    assert {"российских", "китайских", "Китайской Народной Республике (КНР)", "ЮАР"} <= texts


def test_no_country_for_cities_and_regions(seed_analysis):
    places = [
        m
        for m in seed_analysis.mentions
        if m.normal in ("Москва", "Европа") or m.text.startswith("Азиатско-Тихоокеанского")
    ]
    assert {m.normal for m in places} == {"Москва", "Европа", "Азиатско-Тихоокеанский регион"}
    assert {(m.type, m.country) for m in places} == {("LOC", None)}


def test_country_inside_an_organisation_name(seed_analysis):
    org = next(m for m in seed_analysis.mentions if m.type == "ORG" and m.text == "Почты России")
    inside = [
        m for m in seed_analysis.mentions if m.type == "COUNTRY" and org.start <= m.start < org.stop
    ]
    assert [(m.text, m.country.code) for m in inside] == [("России", "RU")]


def test_seed_dates(seed_analysis):
    values = {m.date.value for m in seed_analysis.mentions if m.type == "DATE"}
    assert {"2015-12-18", "2015-12-15/2015-12-18", "2015-10-21/2015-10-22", "2015"} <= values
    year_less = next(
        m for m in seed_analysis.mentions if m.text.replace("\u00a0", " ") == "с 15 по 18 декабря"
    )
    assert year_less.date.year_inferred is True
    assert year_less.date.kind == "range"


def test_country_adjectives_switch():
    with_adjectives = jsonl(invoke("entities", str(SEED), "-t", "COUNTRY").stdout)
    without = jsonl(
        invoke("entities", str(SEED), "-t", "COUNTRY", "--no-country-adjectives").stdout
    )
    assert any(r["form"] == "adjective" for r in with_adjectives)
    assert without and all(r["form"] == "name" for r in without)
    assert len(without) < len(with_adjectives)


def test_jq_country_codes_shape():
    rows = jsonl(invoke("entities", str(SEED), "-t", "COUNTRY,DATE").stdout)
    assert {row["type"] for row in rows} == {"COUNTRY", "DATE"}
    for row in rows:
        if row["type"] == "COUNTRY":
            assert set(row["country"]) == {"code", "name"} and row["date"] is None
        else:
            assert set(row["date"]) == {"value", "precision", "year_inferred", "relative", "kind"}
            assert row["country"] is None

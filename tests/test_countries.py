"""The country gazetteer: names, adjectives, every case form, and the traps."""

from __future__ import annotations

import pycountry
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pressrel import analyze
from pressrel.countries import (
    CountryMatch,
    adjective_lemma,
    find_countries,
    is_country_part,
    lookup_country,
)
from pressrel.countries.gazetteer import _read_tsv
from pressrel.records import Country

# (span, code): whole spans, as natasha LOC spans arrive.
LOOKUPS = [
    ("Китай", "CN"),
    ("Китаем", "CN"),
    ("КНР", "CN"),
    ("Китайской Народной Республике (КНР)", "CN"),
    ("Китайская  Народная   Республика", "CN"),
    ("Поднебесной", "CN"),
    ("Доминикану", "DO"),  # the informal short name
    ("Россия", "RU"),
    ("России", "RU"),
    ("Россией", "RU"),
    ("РФ", "RU"),
    ("Российской Федерации", "RU"),
    ("Российской империи", "RU"),
    ("ЮАР", "ZA"),
    ("Южно-Африканской Республики", "ZA"),
    ("США", "US"),
    ("Штатах", "US"),
    ("Соединёнными Штатами Америки", "US"),
    ("Соединенными Штатами Америки", "US"),
    ("Соединённых Штатов", "US"),
    ("Америке", "US"),
    ("ОАЭ", "AE"),
    ("Объединённых Арабских Эмиратах", "AE"),
    ("Великобритания", "GB"),
    ("Великобританией", "GB"),
    ("Британии", "GB"),
    ("Англии", "GB"),
    ("Соединённым Королевством", "GB"),
    ("Шотландии", "GB"),
    ("Белоруссии", "BY"),
    ("Беларусью", "BY"),
    ("Республике Беларусь", "BY"),
    ("КНДР", "KP"),
    ("Северной Корее", "KP"),
    ("Южной Кореи", "KR"),
    ("Республикой Корея", "KR"),
    ("СССР", "SU"),
    ("Советском Союзе", "SU"),
    ("Советского Союза", "SU"),
    ("Югославии", "YU"),
    ("Ватикане", "VA"),
    ("Чехословакией", "CS"),
    ("ГДР", "DD"),
    ("нацистского рейха", "DE"),
    ("ФРГ", "DE"),
    ("Германии", "DE"),
    ("Нидерландах", "NL"),
    ("Гвинее-Бисау", "GW"),
    ("Шри-Ланке", "LK"),
    ("Кот-д’Ивуаре", "CI"),
    ("Papua New Guinea", "PG"),
    ("Того", "TG"),
    ("Перу", "PE"),
    ("Мали", "ML"),
    ("«Россия»", "RU"),
    # a state's official name: a capitalised noun of its form with the adjective or the name
    ("Кыргызской Республики", "KG"),
    ("Республике Кипр", "CY"),
    ("Королевство Нидерландов", "NL"),
    ("Французской Республикой", "FR"),
]


@pytest.mark.parametrize(("span", "code"), LOOKUPS)
def test_lookup_country(span: str, code: str) -> None:
    country = lookup_country(span)
    assert country is not None, span
    assert country.code == code


@pytest.mark.parametrize(
    "span",
    [
        "Москва",
        "Европа",
        "Европы",
        "Азиатско-Тихоокеанский регион",
        "Сибирь",
        "Латинская Америка",
        "Латинской Америки",
        "Южной Америке",
        "Новая Шотландия",
        "Гонконг",
        "того",
        "рф",
        "Нью-Джерси",
        "",
        "Китая и России",
        "Удмуртской Республики",  # no country's adjective
        "Республика Мордовия",
    ],
)
def test_lookup_country_none(span: str) -> None:
    assert lookup_country(span) is None


def test_display_names() -> None:
    assert lookup_country("КНР") == Country("CN", "Китай")
    assert lookup_country("Российская Федерация") == Country("RU", "Россия")
    assert lookup_country("Соединённые Штаты") == Country("US", "США")
    assert lookup_country("Соединённое Королевство") == Country("GB", "Великобритания")
    assert lookup_country("Корейская Народно-Демократическая Республика") == Country("KP", "КНДР")
    assert lookup_country("Республика Корея") == Country("KR", "Южная Корея")
    assert lookup_country("Беларусь") == Country("BY", "Белоруссия")
    assert lookup_country("Советский Союз") == Country("SU", "СССР")


# (text, [(matched text, code, form)]): what find_countries must report, in order.
FINDS = [
    ("Председатель Банка России заявил", [("России", "RU", "name")]),
    ("президента США Дональда Трампа", [("США", "US", "name")]),
    (
        "в российских и китайских СМИ",
        [("российских", "RU", "adjective"), ("китайских", "CN", "adjective")],
    ),
    ("перед китайскими партнёрами", [("китайскими", "CN", "adjective")]),
    ("премьер британской короны", [("британской", "GB", "adjective")]),
    ("южноафриканский бизнесмен", [("южноафриканский", "ZA", "adjective")]),
    (
        "американских и советских войск",
        [("американских", "US", "adjective"), ("советских", "SU", "adjective")],
    ),
    ("Украинский боец", [("Украинский", "UA", "adjective")]),
    ("немецкий концерн Bayer", [("немецкий", "DE", "adjective")]),
    (
        "французский и японский послы",
        [("французский", "FR", "adjective"), ("японский", "JP", "adjective")],
    ),
    ("Всероссийский форум", [("Всероссийский", "RU", "adjective")]),
    (
        "российско-британской певицы",
        [("российско", "RU", "adjective"), ("британской", "GB", "adjective")],
    ),
    (
        "американо-китайские переговоры",
        [("американо", "US", "adjective"), ("китайские", "CN", "adjective")],
    ),
    ("глава белорусского государства", [("белорусского государства", "BY", "adjective")]),
    ("в Соединённых Штатах Америки", [("Соединённых Штатах Америки", "US", "name")]),
    ("в Соединенных Штатах Америки", [("Соединенных Штатах Америки", "US", "name")]),
    (
        "в Китайской Народной Республике (КНР)",
        [("Китайской Народной Республике", "CN", "name"), ("КНР", "CN", "name")],
    ),
    ("не советовали учить детей в Америке.", [("Америке", "US", "name")]),
    (
        "Bank of America и Public Health England",
        [("America", "US", "name"), ("England", "GB", "name")],
    ),
    (
        "в Северной Ирландии и Ирландии",
        [("Северной Ирландии", "GB", "name"), ("Ирландии", "IE", "name")],
    ),
    ("Выборы в Того прошли спокойно", [("Того", "TG", "name")]),
    ("Мали и Чад подписали договор", [("Мали", "ML", "name"), ("Чад", "TD", "name")]),
    ("в Ливане Израиль ответил", [("Ливане", "LB", "name"), ("Израиль", "IL", "name")]),
    ("переговоры США-Китай", [("США", "US", "name"), ("Китай", "CN", "name")]),
    ("Третьего рейха", [("Третьего рейха", "DE", "name")]),
    ("Австро-Венгрии", [("Австро-Венгрии", "AT", "name")]),
    # a noun of a state's form joins a country's adjective; capitalised, it is the state's name
    ("посол Кыргызской Республики заявил", [("Кыргызской Республики", "KG", "name")]),
    ("подписала Чешская Республика", [("Чешская Республика", "CZ", "name")]),
    ("чешская республика ответила", [("чешская", "CZ", "adjective")]),
    ("кубинская федерация бокса", [("кубинская", "CU", "adjective")]),
    ("российское государство ответило", [("российское государство", "RU", "adjective")]),
    ("их палестинская государственность", [("палестинская", "PS", "adjective")]),
    ("между советскими республиками", [("советскими", "SU", "adjective")]),
    # an island state named by its islands
    ("офшор на Сейшельских островах", [("Сейшельских островах", "SC", "name")]),
    # a footnote mark glued to the name, as a table's caption has it
    ("Ставки по операциям Банка Казахстана2 (% годовых)", [("Казахстана", "KZ", "name")]),
]


@pytest.mark.parametrize(("text", "expected"), FINDS)
def test_find_countries(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = [(m.text, m.country.code, m.form) for m in find_countries(text)]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "Москва и Санкт-Петербург",
        "в Европе и Азии",
        "Азиатско-Тихоокеанский регион",
        "Того же мнения придерживается министр.",
        "того же мнения",
        "Чад от костра стелился по земле.",
        "Латинская Америка и Северная Америка",
        "в странах Латинской Америки",
        "в Южной Америке",
        "2015 компаний",
        "в штате Нью-Джерси",
        "в провинции Новая Шотландия",
        "Единая Россия победила",
        "войска 1-го Украинского фронта",
        "в Колумбийском университете",
        "на английском языке",
        "перевод на английском.",
        "на Советской улице",
        "картины Сальвадора Дали",
        "министр Доминик Рааб, министра Доминика Рааба",
        "Китай-город",
        "сайт президент.рф",
        "Гонконг и Макао",
        "Джорджия и Вирджиния",
        "в Индийском океане",
        "Штаты сократили в этом году.",
        # a country's name as a whole quoted name is the name of something else
        "Сюжет показал телеканал «Россия».",
        "Сюжет вышел на «России-1» вечером.",
        "Съезд движения «Франция» прошёл в Париже.",
        "Партия «Единая Россия» победила.",
    ],
)
def test_find_countries_none(text: str) -> None:
    assert find_countries(text) == []


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # NER's place that is a whole quoted name is no country either: a ship's, a channel's
        ("Судно «Китай» прибыло в порт.", []),
        ("В порт зашёл теплоход «Индия» под флагом Панамы.", ["Панамы"]),
        # ... unquoted, the country
        ("Делегация уехала в Китай.", ["Китай"]),
    ],
)
def test_a_quoted_country_name_read_by_ner_is_no_country(text: str, countries: list[str]) -> None:
    assert [m.text for m in analyze(text, types="COUNTRY").mentions] == countries


def test_sentence_start_and_mid_sentence() -> None:
    assert [m.text for m in find_countries("Того выбрал президента.")] == []
    assert [m.text for m in find_countries("Российские компании")] == ["Российские"]


def test_yo_is_folded_and_offsets_kept() -> None:
    text = "Соединённое Королевство и Соединенное Королевство"
    found = find_countries(text)
    assert [(m.start, m.stop) for m in found] == [(0, 23), (26, 49)]
    assert all(text[m.start : m.stop] == m.text for m in found)


def test_match_is_a_frozen_record() -> None:
    (match,) = find_countries("в России")
    assert match == CountryMatch(2, 8, "России", Country("RU", "Россия"), "name")
    assert match.country.to_dict() == {"code": "RU", "name": "Россия"}


def test_data_file_codes_are_iso() -> None:
    current = {c.alpha_2 for c in pycountry.countries}
    historic = {c.alpha_2 for c in pycountry.historic_countries}
    kinds = {"short", "alias", "part", "adjective", "part-adjective", "combining", "block", "drop"}
    for code, kind, text in _read_tsv():
        assert kind in kinds, (code, kind, text)
        assert text and text == text.strip()
        if kind == "block":
            assert code == "-"
        else:
            assert code in current | historic, (code, text)


def test_one_short_name_per_code() -> None:
    shorts = [code for code, kind, _ in _read_tsv() if kind == "short"]
    assert len(shorts) == len(set(shorts))


_ALPHABET = (
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯabcXYZ -–—.,;:!?«»\"'()\n0123"
)
_WORDS = ["России", "США", "Китай", "российско", "-", "британской", "Того", "того", "Латинской",
          "Америки", "Соединённых", "Штатах", "КНР", "(", ")", "государства", "Нью", "Джерси"]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(_WORDS), st.text(alphabet=_ALPHABET, max_size=8)),
        max_size=30,
    ).map(lambda parts: " ".join(parts) if len(parts) % 2 else "".join(parts))
)
def test_matches_are_valid_sorted_spans(text: str) -> None:
    found = find_countries(text)
    last_stop = 0
    for match in found:
        assert 0 <= match.start < match.stop <= len(text)
        assert text[match.start : match.stop] == match.text
        assert match.start >= last_stop
        assert match.form in ("name", "adjective")
        assert len(match.country.code) == 2
        last_stop = match.stop


@pytest.mark.parametrize("span", ["«Россия»", "„Россия“", "“Россия”", '"Россия"'])
def test_a_quoted_country_name_is_looked_up_without_its_quotes(span):
    assert lookup_country(span) == lookup_country("Россия")


@pytest.mark.parametrize(
    ("span", "part"),
    [
        # a constituent country of a state, by name or adjective, in any case form
        ("Шотландии", True),
        ("Англией", True),
        ("Северной Ирландии", True),
        ("английская", True),
        ("валлийского", True),
        # the state itself, by any of its names; another state
        ("Великобритании", False),
        ("Соединённого Королевства", False),
        ("британский", False),
        ("РФ", False),
        ("Москвы", False),
    ],
)
def test_a_part_of_a_countrys_state_is_known_as_a_part(span, part):
    assert lookup_country(span) is not None or span == "Москвы"
    assert is_country_part(span) is part


@pytest.mark.parametrize(
    ("written", "lemma"),
    [
        ("российских", "российский"),
        ("Российско", "российский"),  # the first part of "Российско-американские"
        ("британско", "британский"),
        ("немецко", "немецкий"),
        ("англо", "англо"),  # no stem in -ск: left as written
    ],
)
def test_adjective_lemma(written, lemma):
    assert adjective_lemma(written) == lemma

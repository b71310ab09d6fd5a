"""pressrel.places: the place a relative adjective is formed from, and the LOC mentions of such
adjectives (sentences written for these tests)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import pressrel
from pressrel import analyze
from pressrel.places import adjectives, find_place_adjectives, place_of_adjective, postposed_place

# (adjective as written, the place it is formed from or None)
ADJECTIVES = [
    ("московского", "Москва"),  # a fleeting vowel restored
    ("Московский", "Москва"),
    ("римский", "Рим"),  # the stem alone
    ("каннского", "Канны"),  # a plural place name
    ("парижской", "Париж"),
    ("нью-йоркском", "Нью-Йорк"),  # hyphenated, each part capitalised
    ("санкт-петербургского", "Санкт-Петербург"),
    ("калифорнийского", "Калифорния"),  # -ий-ский from -ия
    ("европейских", "Европа"),  # -ей-ский from -а
    ("африканские", "Африка"),
    ("химкинского", "Химки"),  # -ин-ский from -и
    ("сочинского", "Сочи"),
    ("пермского", "Пермь"),  # a soft stem
    ("киевской", "Киев"),  # the stem a place itself, not the common кива of a fleeting vowel
    ("самарского", "Самара"),  # ... which comes after the stem with an ending when both are
    ("ярославской", "Ярославль"),
    ("новосибирскому", "Новосибирск"),  # a city in -ск when the stem alone is no noun
    ("минского", "Минск"),
    ("Омского", "Омск"),  # ... and when the stem is a common noun (ом), the stem with an
    ("Саранской", "Саранск"),  # ending a river's name (Ома, Сарань)
    ("ивановских", "Иваново"),  # ... but not when the stem is a name itself
    ("крымского", "Крым"),
    ("Уральской", "Урал"),
    ("пензенском", "Пенза"),  # -енский from a stem in a consonant
    ("забайкальского", "Забайкалье"),  # a region beyond or along, before a town of its stem
    ("приволжском", "Приволжье"),
    ("подмосковных", "Подмосковье"),  # ... in -ный too
    ("заполярной", "Заполярье"),
    ("подписанный", None),  # a participle: no region
    ("приглашенных", None),
    ("гродненской", "Гродно"),
    ("новосибирских", "Новосибирск"),
    ("винницкого", "Винница"),  # -цкий from -ца
    ("донецкого", "Донецк"),  # -цкий from -цк
    ("тульским", "Тула"),  # a soft stem from -а
    ("венецианскому", "Венеция"),  # -ианский from -ия
    ("косовских", "Косово"),
    # a side of a place: the side's adjective in the place's gender, then the place
    ("западносибирских", "Западная Сибирь"),
    ("северо-кавказском", "Северный Кавказ"),  # hyphenated
    ("юго-восточноазиатских", "Юго-Восточная Азия"),
    ("североамериканской", "Северная Америка"),  # whatever common noun comes first
    ("южноосетинскую", "Южная Осетия"),  # a people's (осетины): the people's land
    ("северокорейского", None),  # a country's: COUNTRY
    # not a place's
    ("российского", None),  # a country's: COUNTRY
    ("английском", None),
    ("русский", None),  # a nationality (Subx)
    ("татарской", None),  # a people's: татары
    ("славянских", None),  # славяне
    ("гвардейской", None),  # гвардия's (-ия -> -ейский), not the town Гвардейск's
    ("майских", None),  # formed from a common noun: май
    ("братском", None),  # брат, not Братск
    ("октябрьской", None),  # октябрь, not Октябрьск
    ("городской", None),
    ("женской", None),
    ("ленинской", None),  # a person's name, not Ленинск
    ("олимпийских", None),  # Олимпия's best reading is a name
    ("политической", None),
    ("новый", None),
]


@pytest.mark.parametrize(("word", "place"), ADJECTIVES)
def test_place_of_adjective(word, place):
    assert place_of_adjective(word) == place


# (sentence, the adjectives found in it as (text, place))
SENTENCES = [
    ("Суд вынес решение по московскому времени.", [("московскому", "Москва")]),
    ("Жюри Каннского фестиваля объявило победителей.", [("Каннского", "Канны")]),
    ("Она открыла офис в нью-йоркском банке.", [("нью-йоркском", "Нью-Йорк")]),
    # the adjective that begins a place's own name is part of it
    ("Губернатор Калининградской области подал в отставку.", []),
    ("Квартира на Тверском бульваре продана.", []),
    ("Они гуляли в Александровском саду.", []),
    ("Дело слушали в Выборгском районном суде.", [("Выборгском", "Выборг")]),
    ("Вакцину получат в Рязанской, Тверской и Калининградской областях.", []),
    ("Губернатор Краснодарского края и шторм на Балтийском море.", []),
    # ... but one in lower case begins no name: the city's places, or one of its districts
    (
        "Ремонт идёт на казанских улицах и в казанских районах.",
        [("казанских", "Казань"), ("казанских", "Казань")],
    ),
    ("Квартира в нью-йоркском районе Челси продана.", [("нью-йоркском", "Нью-Йорк")]),
    ("Московский мороз ударил ночью.", [("Московский", "Москва")]),  # a noun, no place's kind
    (
        "Офисы открыты в московском и лондонском филиалах.",
        [("московском", "Москва"), ("лондонском", "Лондон")],
    ),
    # a language
    ("Стихи читали на татарском и на чувашском.", []),
    ("Книга вышла на итальянском, на японском.", []),
    ("Стихи звучали на чувашском, марийском и башкирском.", []),
    (
        "Посылки везут на европейские, африканские рынки.",
        [("европейские", "Европа"), ("африканские", "Африка")],
    ),
    ("Фильм снят на лондонском языке.", []),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_find_place_adjectives(text, expected):
    found = [(text[start:stop], place) for start, stop, place in find_place_adjectives(text)]
    assert found == expected


def _locations(text: str, **choices) -> list[tuple[str, str | None, str | None]]:
    analysis = pressrel.analyze(text, types="LOC,PER,ORG", **choices)
    return [(m.text, m.normal, m.form) for m in analysis.mentions if m.type == "LOC"]


def test_an_adjective_is_a_mention_of_its_place():
    text = "Московский суд арестовал директора. Позже суд в Москве его отпустил."
    locations = _locations(text)
    assert ("Московский", "Москва", "adjective") in locations
    analysis = pressrel.analyze(text, types="LOC")
    ids = {m.entity for m in analysis.mentions if m.normal == "Москва"}
    assert len(ids) == 1  # one entity with the city's name


def test_no_adjective_over_a_person_or_a_region():
    text = "Сергей Брянский посетил Брянскую область."
    assert [m for m in _locations(text) if m[2] == "adjective"] == []


def test_off_with_the_country_adjectives():
    text = "Жюри Каннского фестиваля объявило победителей."
    assert ("Каннского", "Канны", "adjective") in _locations(text)
    assert _locations(text, country_adjectives=False) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side of the world, the centre, the outskirts of a place, in its genitive
        ("Землетрясение произошло на юге Чили.", [("юге Чили", "юг Чили")]),
        (
            "Вчера в центре Новосибирска открыли сквер.",
            [("центре Новосибирска", "центр Новосибирска")],
        ),
        (
            "Склад сгорел на северо-востоке Перми.",
            [("северо-востоке Перми", "северо-восток Перми")],
        ),
        ("Он вырос в пригороде Лиона.", [("пригороде Лиона", "пригород Лиона")]),
        ("Дом стоит на окраине Твери.", [("окраине Твери", "окраина Твери")]),
        ("Отряд вышел в окрестностях Кабула.", [("окрестностях Кабула", "окрестности Кабула")]),
        ("Центр Казани перекрыт.", [("Центр Казани", "Центр Казани")]),
        # NER's one span of a capitalised part and its place, or of the part alone
        ("Фонд помогает республикам на Востоке Украины.", [("Востоке Украины", "Восток Украины")]),
        ("Он жил на Юге США.", [("Юге США", "Юг США")]),
        # ... or the adjective of a side of the world agreeing with the place
        ("Засуха ударила по южной Италии.", [("южной Италии", "южная Италия")]),
        (
            "В северо-западном Китае прошли дожди.",
            [("северо-западном Китае", "северо-западный Китай")],
        ),
        # a capitalised one is part of the place's own name
        ("Он вырос в Южной Корее.", []),
        # an institution called a centre, with its adjective; a place not in the genitive
        ("Сотрудники научного центра Томска выступили.", []),
        ("Мэр Томска посетил центр, где живут беженцы.", []),
        ("На юге стоит Тверь.", []),
    ],
)
def test_a_part_of_a_place_is_a_place(text, expected):
    parts = [(m.text, m.normal) for m in pressrel.analyze(text).mentions if m.form == "part"]
    assert parts == expected


def test_a_part_of_a_place_nests_the_place_and_is_off_under_factru():
    text = "Пожары охватили юг Франции."
    mentions = pressrel.analyze(text).mentions
    assert [(m.type, m.text, m.entity) for m in mentions if m.type in ("LOC", "COUNTRY")] == [
        ("LOC", "юг Франции", "LOC:юг Франции"),
        ("COUNTRY", "Франции", "COUNTRY:FR"),
    ]
    assert [m.form for m in pressrel.analyze(text, place_parts=False).mentions] == ["name"]


def test_a_place_ner_read_with_its_part_is_nested_in_it():
    mentions = pressrel.analyze("Беженцы с Востока Украины приехали в Ростов.").mentions
    assert [(m.type, m.text, m.form) for m in mentions] == [
        ("LOC", "Востока Украины", "part"),
        ("COUNTRY", "Украины", "name"),
        ("LOC", "Ростов", None),
    ]


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        # an abbreviation of capitals is the one place of the document it spells
        (
            "Власти Приднестровской Молдавской Республики заявили протест. В ПМР молчат.",
            {"ПМР": "LOC:Приднестровская Молдавская Республика"},
        ),
        # ... not when it spells none of them
        ("Власти Донецкой области заявили протест. В ДНР молчат.", {"ДНР": "LOC:ДНР"}),
    ],
)
def test_an_abbreviation_of_a_place_is_the_place(text, ids):
    found = {m.text: m.entity for m in pressrel.analyze(text, types="LOC").mentions}
    assert {short: found.get(short) for short in ids} == ids


# the candidates' scan begun where one may start, against the pattern run over the whole text
CANDIDATE_TEXT = st.lists(
    st.sampled_from(
        [*"сцкийоегмаяюухСЦКМ -\u00a0\n,«5xЖё_'", "ск", "цк", "ский", "цкого", "ская", "Мос"]
    ),
    max_size=30,
).map("".join)


@given(CANDIDATE_TEXT)
def test_the_candidates_are_the_patterns_matches(text):
    reference = [(m.start(), m.end()) for m in adjectives._CANDIDATE.finditer(text)]
    assert [(m.start(), m.end()) for m in adjectives._candidates(text)] == reference


def test_the_candidates_of_the_seed_and_the_sentences_are_the_patterns_matches(seed_text):
    for text in [seed_text, *seed_text.splitlines(), *(text for text, _ in SENTENCES)]:
        reference = [(m.start(), m.end()) for m in adjectives._CANDIDATE.finditer(text)]
        assert [(m.start(), m.end()) for m in adjectives._candidates(text)] == reference


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # an informal name of one region or city is its official name in the id; the normal
        # form stays as written
        (
            "Вице-губернатор Подмосковья приехал. В Московской области идут дожди.",
            [
                ("Подмосковье", "LOC:Московская область"),
                ("Московская область", "LOC:Московская область"),
            ],
        ),
        ("Он уехал в Петербург.", [("Петербург", "LOC:Санкт-Петербург")]),
        ("Он уехал в Москву.", [("Москва", "LOC:Москва")]),
    ],
)
def test_an_informal_place_name_has_the_official_id(text, entities):
    found = [(m.normal, m.entity) for m in analyze(text, types="LOC").mentions]
    assert found == entities


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a building or a structure is no place, nor a quoted name after its kind's noun
        ("Вертолёт приземлился между покоями патриарха и Троицким собором.", []),
        ("Дальше путь лежит по Рокскому тоннелю.", []),
        ("Квартира находится недалеко от метро «Дмитровская».", []),
        ("Он получил пентхаус в жилом комплексе «Кутузовская миля».", []),
        ("Его похоронят на Новодевичьем кладбище в Москве.", ["Москва"]),
        # ... but the place in its name is one
        ("Он получил орден за восстановление Кронштадтского Морского собора.", ["Кронштадт"]),
        # streets, squares and parks are places: an address
        ("Митинг прошёл на Красной площади.", ["Красная площадь"]),
        ("Его привлекали при благоустройстве парка «Царицыно».", ["Царицыно"]),
    ],
)
def test_a_facility_is_no_place(text, places):
    assert [m.normal for m in pressrel.analyze(text).mentions if m.type == "LOC"] == places


@pytest.mark.parametrize(
    ("text", "word", "place"),
    [
        # a place's adjective after the person noun it agrees with: a title's place
        ("Алексий был тогда епископом Таллинским.", "Таллинским", "Таллин"),
        ("Сбережения патриарха Московского и всея Руси.", "Московского", "Москва"),
        ("Родила сына герцогиня Кембриджская.", "Кембриджская", "Кембридж"),
        # after a thing's noun it is the thing's name, after another person noun a surname;
        # with no noun, a name's, its head left out
        ("На сцену вышел композитор Чайковский.", "Чайковский", None),
        ("Адрес: Московская область, станция Новопетровская.", "Новопетровская", None),
        ("По одному полигону в Тульской и Смоленской.", "Тульской", None),
        ("Журналисты погибли под Луганском.", "Луганском", None),
    ],
)
def test_a_place_adjective_after_a_title_is_the_place(text, word, place):
    start = text.index(word)
    assert postposed_place(text, start, start + len(word)) == place


def test_a_title_s_place_ner_read_as_a_person_is_the_place():
    mentions = pressrel.analyze("Он будет носить титул принц Кембриджский, а не другой.").mentions
    assert [(m.type, m.text, m.normal, m.form) for m in mentions] == [
        ("LOC", "Кембриджский", "Кембридж", "adjective")
    ]

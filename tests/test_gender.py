"""lang/gender.py: the gender and case of names, pronouns and the words agreeing with them."""

from __future__ import annotations

import re

import pytest

from pressrel.lang import gender


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Алла", "femn"), ("Евгений", "masc"), ("Саша", None), ("Женя", None), ("Юкия", None)],
)
def test_given_name_gender(word, expected):
    assert gender.given_name_gender(word) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Иванова", "femn"),
        ("Толстой", "masc"),
        ("Бут", None),  # his nominative, or hers
        ("Шевченко", None),
        ("Зеленская", "femn"),
        ("Бердымухамедов", "masc"),  # not in pymorphy2's dictionary: the Russian ending
        ("Гиффордс", None),
    ],
)
def test_surname_gender(word, expected):
    assert gender.surname_gender(word) == expected


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [("Алла", "Бут", "femn"), ("Саша", "Горбачёв", "masc"), ("Мишель", "Бут", None)],
)
def test_name_gender(first, last, expected):
    assert gender.name_gender(first, last) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Горбачёвой", {("горбачёва", "femn")}),
        ("Горбачёвым", {("горбачёв", "masc")}),
        ("Горбачёва", {("горбачёв", "masc"), ("горбачёва", "femn")}),
        ("Бута", {("бут", "masc")}),
        ("Бут", {("бут", "masc"), ("бут", "femn")}),
        ("Макрона", set()),  # no surname paradigm
    ],
)
def test_surname_forms(word, expected):
    assert {(r.nominative, r.gender) for r in gender.surname_forms(word)} == expected


def _narrowed(text, word):
    start = text.index(word)
    readings = gender.surname_forms(word)
    context = gender.agreements(text, start, start + len(word))
    return {(r.gender, r.case) for r in gender.narrow(readings, context)}


HERS_OR_HIS = {("masc", "gent"), ("masc", "accs"), ("femn", "nomn")}


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Как заявила Горбачёва, визит удался.", "Горбачёва", {("femn", "nomn")}),
        ("Горбачёва уверена в успехе.", "Горбачёва", {("femn", "nomn")}),
        ("У Горбачёва были встречи.", "Горбачёва", {("masc", "gent"), ("masc", "accs")}),
        ("По словам Горбачёва, всё решено.", "Горбачёва", {("masc", "gent"), ("masc", "accs")}),
        ("В творчестве Горбачёва это видно.", "Горбачёва", HERS_OR_HIS),  # or a subject
        ("Журналисты ждали бывшего Горбачёва.", "Горбачёва", {("masc", "gent"), ("masc", "accs")}),
        ("Выставку открыла бывшая Горбачёва.", "Горбачёва", {("femn", "nomn")}),
        # an adjective another agrees with heads a phrase of its own: the name may be its
        # genitive ("подчинённая Горбачёва": his subordinate) or in apposition to it
        ("Проект ведёт бывшая подчинённая Горбачёва.", "Горбачёва", HERS_OR_HIS),
        ("Приехала его давняя знакомая Горбачёва.", "Горбачёва", HERS_OR_HIS),
        ("Горбачёва поддержал Ельцин.", "Горбачёва", HERS_OR_HIS),  # Ельцин's verb
        ("Фигура Горбачёва стала заметной.", "Горбачёва", HERS_OR_HIS),  # the noun's verb
        ("Опорой Горбачёва была семья.", "Горбачёва", HERS_OR_HIS),
        ("Другом Бута был известный лётчик.", "Бута", {("masc", "gent"), ("masc", "accs")}),
        ("Директор центра Горбачёва открыла выставку.", "Горбачёва", {("femn", "nomn")}),
        ("Директор центра Горбачёва уволили.", "Горбачёва", HERS_OR_HIS),
        ("Бут не признал вину.", "Бут", {("masc", "nomn")}),
        ("«Всё хорошо», — заявила Горбачёва.", "Горбачёва", {("femn", "nomn")}),
        ("Об этом сообщила Горбачёва.", "Горбачёва", {("femn", "nomn")}),
        ("Вчера прилетела Горбачёва.", "Горбачёва", {("femn", "nomn")}),  # intransitive
        ("Тэтчер поддержала Горбачёва.", "Горбачёва", HERS_OR_HIS),  # perhaps its object
        ("Тэтчер, поддержавшая Горбачёва, ушла.", "Горбачёва", HERS_OR_HIS),
        ("Доклад, который Горбачёва написала, вышел.", "Горбачёва", {("femn", "nomn")}),
        ("Потом Бут рассказала о встрече.", "Бут", {("femn", "nomn")}),
        (
            "Вчера Бут сказали правду.",
            "Бут",
            {("masc", "nomn")}
            | {("femn", c) for c in ("nomn", "gent", "datv", "accs", "ablt", "loct")},
        ),  # a plural verb says nothing
    ],
)
def test_agreeing_words_narrow_the_readings(text, word, expected):
    assert _narrowed(text, word) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("«Всё хорошо», — рассказала Алла Бут.", "Алла Бут", "femn"),
        ("Тор Халворссен заявил о поддержке.", "Тор Халворссен", "masc"),
        ("Встреча с Тором Халворссеном прошла.", "Тором Халворссеном", None),
        (
            "«Это позор», — заявил президент фонда (HRF) Тор Халворссен.",
            "Тор Халворссен",
            "masc",
        ),
        ("«Это позор», — заявил он в интервью Лю Сун.", "Лю Сун", None),
        ("72-летний Амано ушёл в отставку.", "Амано", "masc"),
        # a word pymorphy2 only guesses about is no predicate (here a noun it reads as a
        # short adjective)
        ("Откроется выставка керамиста Геннадия Фисуна.", "Геннадия Фисуна", None),
    ],
)
def test_context_gender(text, name, expected):
    start = text.index(name)
    assert gender.context_gender(text, start, start + len(name)) == expected


@pytest.mark.parametrize(
    ("nominative", "written", "expected"),
    [("Визбор", "Визбора", True), ("Визбор", "Визбор", False), ("Ма", "Ма", False)],
)
def test_declined_as_masculine(nominative, written, expected):
    assert gender.declined_as_masculine(nominative, written) is expected


@pytest.mark.parametrize(
    ("word", "expected"), [("он", "masc"), ("Она", "femn"), ("они", None), ("оно", None)]
)
def test_pronoun_gender(word, expected):
    assert gender.pronoun_gender(word) == expected


@pytest.mark.parametrize(
    ("text", "written", "first", "expected"),
    [
        ("Горбачёвой вручили цветы.", "Горбачёвой", None, "femn"),
        ("Как заявила Горбачёва, визит удался.", "Горбачёва", None, "femn"),
        ("Горбачёва поддержал Ельцин.", "Горбачёва", None, None),
        ("Алла Бут приехала.", "Алла Бут", "Алла", "femn"),
        ("Саша Бут уехал.", "Саша Бут", "Саша", "masc"),  # the verb, as the name is either
    ],
)
def test_mention_gender(text, written, first, expected):
    start = text.index(written)
    assert gender.mention_gender(text, start, start + len(written), first) == expected


@pytest.mark.parametrize(
    ("text", "name", "case", "expected"),
    [
        ("На приёме выступила первая леди Мишель Робинсон.", "Мишель Робинсон", "nomn", "femn"),
        ("Роль сыграла актриса Саша Грей.", "Саша Грей", "nomn", "femn"),
        ("Цветы вручили певице Саше Зайцевой.", "Саше Зайцевой", "datv", "femn"),
        ("Пришла дочь Саши Петрова.", "Саши Петрова", "gent", None),  # she governs him
        ("Выступил министр Саша Грей.", "Саша Грей", "nomn", None),  # masculine nouns: anyone
        ("Выступила судья Саша Грей.", "Саша Грей", "nomn", None),  # common gender
        ("Письмо передали супруга Саши Грея.", "Саши Грея", "gent", None),  # супруг's genitive
        ("Роль сыграла актриса Саша Грей.", "Саша Грей", None, None),  # the name's case unknown
    ],
)
def test_a_noun_naming_a_woman_in_apposition_gives_the_gender(text, name, case, expected):
    assert gender.apposition_gender(text, text.index(name), case) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Встреча у Берни Сандерса прошла тихо.", "Берни", "gent"),
        ("Журналисты пришли к Берни Сандерсу.", "Берни", "datv"),
        ("Спор между Нико Росбергом и Льюисом Хэмилтоном.", "Нико", "ablt"),
        ("Рассказ о Юкио Хатояме вышел вчера.", "Юкио", "loct"),
        ("Встреча с Нико Росбергом прошла тихо.", "Нико", None),  # "с": two cases
        ("Вчера Нико Росберг победил.", "Нико", None),
    ],
)
def test_the_case_a_preposition_governs(text, name, expected):
    assert gender.governed_case(text, text.index(name)) == expected


@pytest.mark.parametrize(
    ("text", "name", "said"),
    [
        ("Вчера Кочерга подписала договор.", "Кочерга", "femn"),  # the verb's subject
        ("Ранее Кочергой была куплена доля.", "Кочергой", None),  # an agent: "доля" is the subject
        ("Ранее Кочерги не было на заседании.", "Кочерги", None),  # a genitive
        ("Вчера Смит подписал договор.", "Смит", "masc"),  # a word that may be any case
    ],
)
def test_the_words_round_a_name_tell_its_gender_only_in_a_case_it_may_be_in(text, name, said):
    start = text.index(name)
    cases = gender.written_cases(name)
    assert gender.context_gender(text, start, start + len(name), cases) == said


AGREEMENT_TEXTS = [
    "Как заявила Горбачёва, визит удался. У Горбачёва были встречи, а Бут не признал вины.",
    "— Мы готовы, — сказала журналистка Фарида Рустамова. Бывшего Горбачёва ждали.",
    "Команда под руководством Вячеслава Быкова встретилась с Иваном Петровым вчера.",
]


@pytest.mark.parametrize("text", AGREEMENT_TEXTS)
@pytest.mark.parametrize("padding", ["", "Слово " * 40, "Слово " * 40 + "\n"])
def test_agreements_are_read_from_the_text_within_reach_and_cached_by_it(text, padding):
    """``agreements`` is cached by the text within REACH either side of the mention (all it
    reads): each result, cached or read after the cache is emptied, is what the uncached
    reading of those two stretches gives, also when text beyond them comes before or after."""
    whole = padding + text + " " + padding
    for word in re.finditer(r"[А-ЯЁ][а-яё]+", text):
        start, stop = word.start() + len(padding), word.end() + len(padding)
        left, right = whole[max(0, start - gender.REACH) : start], whole[stop : stop + gender.REACH]
        expected = gender._agreements.__wrapped__(left, right)
        assert gender.agreements(whole, start, stop) == expected
        gender._agreements.cache_clear()
        assert gender.agreements(whole, start, stop) == expected

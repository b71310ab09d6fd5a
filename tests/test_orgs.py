"""Organisations: span boundaries, what is no organisation, normal forms, entity ids, and the
generic organisations behind ``Options.generic_orgs``. Sentences written for these tests.

The rules are tested at their entry points: span boundaries at ``orgs.refine``, given the spans
NER is taken to have found (marked in brackets, ``helpers``: what natasha finds today), and
entity ids at ``resolve``, given the spans as ``refine`` leaves them. NER moving a span does not
fail them. The seed test goes through the whole pipeline."""

from __future__ import annotations

import pytest

from pressrel import analyze
from pressrel.lang.fold import name_key
from pressrel.lang.phrases import nominative
from pressrel.orgs import generic, refine, shortened, spans
from pressrel.orgs.ids import _curated_names
from pressrel.orgs.kinds import names_the_internet
from pressrel.records import Mention
from pressrel.resolve import resolve

from helpers import document, marked, resolved, sentence_at


def refined(
    text: str, generic: bool = False, inner_names: bool = True
) -> tuple[str, list[Mention]]:
    """The marked NER spans through ``orgs.refine``, generic organisations on or off (as the
    pipeline does with ``Options.generic_orgs``), an organisation's own name nested in its span
    a mention too unless inner_names is off (NEREL's nested spans, ``Options.org_inner_names``,
    off in pressrel's default output)."""
    text, mentions = marked(text)
    generic_at = sentence_at(text) if generic else None
    return text, refine(document(text), mentions, generic_at, inner_names=inner_names)


def orgs(text: str, generic: bool = False) -> list[tuple[str, str | None]]:
    return [(m.text, m.normal) for m in refined(text, generic)[1] if m.type == "ORG"]


def org_entities(text: str) -> set[str]:
    """The ids ``resolve`` gives the marked ORG spans."""
    return {m.entity for m in resolved(text)[1] if m.type == "ORG"}


def refined_entities(text: str, generic: bool = False) -> list[tuple[str, str, str]]:
    """(written, type, id) of the marked NER spans refined, then resolved."""
    text, mentions = refined(text, generic)
    mentions.sort(key=lambda m: (m.start, -m.stop, m.type))
    return [(m.text, m.type, m.entity) for m in resolve(mentions, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quoted name after its descriptor: the name alone
        ("Акционеры [ORG ОАО «Газпром»] одобрили дивиденды.", [("Газпром", "Газпром")]),
        (
            "Руководство компании «[ORG Газпром нефть]» сменилось.",
            [("Газпром нефть", "Газпром нефть")],
        ),
        ("Об этом сообщает [ORG РИА «Новости»].", [("Новости", "Новости")]),
        ("Письма теперь доставляет «[ORG Почта России]».", [("Почта России", "Почта России")]),
        ("Об этом сообщает [ORG ИА Regnum] со ссылкой на источники.", [("Regnum", "Regnum")]),
        # ... adjectives before its noun in lower case, or the sentence's first word
        ("Деньги передал [ORG благотворительный фонд «Свет надежды»].", [("Свет надежды",) * 2]),
        ("[ORG Благотворительный фонд «Свет надежды»] открыл отделение.", [("Свет надежды",) * 2]),
        # ... but a name of its own: both
        (
            "Он выступил на [ORG Русской службе «Голоса Америки»] вчера.",
            [("Русской службе", "Русская служба"), ("Голоса Америки", "Голос Америки")],
        ),
        # a name and its abbreviation in brackets: two organisations
        (
            "Расследование опубликовал [ORG Фонд борьбы с коррупцией (ФБК)] в среду.",
            [("Фонд борьбы с коррупцией", "Фонд борьбы с коррупцией"), ("ФБК", "ФБК")],
        ),
        # a closing guillemet at the end closes every guillemet still open, as Russian writes
        # a name quoted inside a name when both end together
        (
            "Контракт получило [ORG АО «Концерн «Созвездие]» в марте.",
            [("Концерн «Созвездие»",) * 2],
        ),
        (
            "Директор [ORG АО «Концерн ВКО «Алмаз – Антей]» подписал соглашение.",
            [("Концерн ВКО «Алмаз – Антей»",) * 2],
        ),
        # no name runs through a colon: an exchange and a share's ticker are the exchange
        ("Компания ([ORG MOEX: CHMF]) отчиталась.", [("MOEX", "MOEX")]),
        ("Компания ([ORG NYSE: MBT; MOEX: MTSS]) отчиталась.", [("NYSE",) * 2, ("MOEX",) * 2]),
        (
            "Бумаги (тикер на [ORG Московской бирже: PLZL]) выросли.",
            [("Московской бирже", "Московская биржа")],
        ),
        # ... outside quotation marks
        ("Эфир канала [ORG «Россия: Культура»] начался.", [("Россия: Культура",) * 2]),
        # an official name goes on with its phrase with "по" / "при"
        (
            "Жалобу рассмотрел [ORG Европейский суд по правам человека].",
            [("Европейский суд по правам человека", "Европейский суд по правам человека")],
        ),
        ("[ORG ФАС] по итогам проверки выдала предписание.", [("ФАС", "ФАС")]),
        # after a name complete in itself (an abbreviation, a body completed by its genitive)
        # the phrase is a topic, only a territorial branch's place goes on with it
        ("Доклад [ORG ПАСЕ] по мониторингу выборов вышел.", [("ПАСЕ", "ПАСЕ")]),
        (
            "После заседания [ORG Совета директоров] по ключевой ставке банк дал прогноз.",
            [("Совета директоров", "Совет директоров")],
        ),
        ("Дело вело [ORG УМВД] по Тверской области.", [("УМВД по Тверской области",) * 2]),
        # so is a name of one coined word ("Минфин", "Газпром": pymorphy2's organisation name)
        (
            "Покупки [ORG Минфина] по бюджетному правилу возобновятся.",
            [("Минфина", "Минфин")],
        ),
        (
            "Закупки [ORG Роскосмоса] по новой программе сократились.",
            [("Роскосмоса", "Роскосмос")],
        ),
        ("Справку выдало [ORG Росреестра] по Москве управление.", [("Росреестра по Москве",) * 2]),
        # a country's name in the genitive after it is part of it (NEREL's convention), the
        # name without it a mention of its own inside it
        (
            "Представитель [ORG Министерства обороны] [LOC Румынии] заявил о потерях.",
            [
                ("Министерства обороны Румынии", "Министерство обороны Румынии"),
                ("Министерства обороны", "Министерство обороны"),
            ],
        ),
        ("Здание [ORG ФСБ] России оцепили.", [("ФСБ России", "ФСБ России"), ("ФСБ", "ФСБ")]),
        (
            "Делегацию [ORG Министерства объединения] [LOC Южной Кореи] ждут.",
            [
                ("Министерства объединения Южной Кореи", "Министерство объединения Южной Кореи"),
                ("Министерства объединения", "Министерство объединения"),
            ],
        ),
        # a country's name of three words, "и" among them, whole
        (
            "Заявление [ORG Полиции] Соединённых Штатов Америки вышло.",
            [
                ("Полиции Соединённых Штатов Америки", "Полиция Соединённых Штатов Америки"),
            ],
        ),
        (
            "Представитель [ORG Посольства] Боснии и Герцеговины пришёл.",
            [
                ("Посольства Боснии и Герцеговины", "Посольство Боснии и Герцеговины"),
            ],
        ),
        # and the phrase with "по" after the country
        (
            "Дело возбудил [ORG Следственный комитет] РФ по Москве.",
            [("Следственный комитет РФ по Москве",) * 2],
        ),
        # one noun or abbreviation completed by its country: a phrase with "по" after it is a
        # topic, a place still goes on with it
        (
            "Прогноз [ORG Банка России] по росту цен на год повышен.",
            [("Банка России", "Банк России")],
        ),
        ("Отчёт [ORG ФНС] России по налогам вышел.", [("ФНС России", "ФНС России"), ("ФНС",) * 2]),
        (
            "Дело вело [ORG МВД России] по Тверской области.",
            [("МВД России по Тверской области",) * 2],
        ),
        # one institution noun no genitive completes: the phrase with "по" is a topic
        (
            "Банк учёл решения [ORG Правительства] по расходам бюджета на год.",
            [("Правительства", "Правительство")],
        ),
        (
            "Дело вела [ORG Прокуратура] по Тверской области.",
            [("Прокуратура по Тверской области",) * 2],
        ),
        # a first name before a surname is a person, no organisation; quoted, or alone, it may be one
        ("Письмо главы фонда [ORG Марины]\nИвановой пришло.", []),
        ("Газета [ORG Марина] сообщает о выборах.", [("Марина", "Марина")]),
        ("Сеть «[ORG Марина]» открыла магазин.", [("Марина", "Марина")]),
        # a name between a participle and its noun: NER's run into the noun is left out
        (
            "Сроки утверждённых [ORG Правительством крупных проектов] сдвинулись.",
            [("Правительством", "Правительство")],
        ),
        (
            "С учётом собранной [ORG Росстатом информации] по ценам прогноз снижен.",
            [("Росстатом", "Росстат")],
        ),
        ("Данные, полученные [ORG ЦИКом партии], проверят.", [("ЦИКом партии", "ЦИК партии")]),
        # so is one between a qualitative adjective and its noun; a pronoun, or a noun pymorphy2
        # also guesses an adjective of, takes no complement
        (
            "Заказы получали подконтрольные [ORG Минздраву фирмы] из Подмосковья.",
            [("Минздраву", "Минздрав")],
        ),
        (
            "Отчёт, по которой [ORG Министерство культуры] будет судить, готов.",
            [("Министерство культуры", "Министерство культуры")],
        ),
        (
            "Он стал главой [ORG Центра по борьбе с курением] в мае.",
            [("Центра по борьбе с курением", "Центр по борьбе с курением")],
        ),
        (
            "Из одобренных [ORG Министерством финансов] расходов ничего не осталось.",
            [("Министерством финансов", "Министерство финансов")],
        ),
        # a quoted name has ended; a country in another case is no part of the name
        ("Акции «[ORG Газпрома]» России выросли.", [("Газпрома", "Газпром")]),
        ("Партнёром [ORG Газпрома] Франция стала давно.", [("Газпрома", "Газпром")]),
        # a country adjective that agrees with the name is part of it (the name alone a mention
        # too, ``chains.after_country_adjective``)
        (
            "Глава японского [ORG МИДа] прилетел в [LOC Москву].",
            [("японского МИДа", "японский МИД"), ("МИДа", "МИД")],
        ),
        # a verb NER took into the name is left out
        ("Члены [ORG Церкви Христовой собрались].", [("Церкви Христовой", "Церковь Христова")]),
    ],
)
def test_organisation_spans_and_normals(text, expected):
    assert orgs(text) == expected


def test_a_quoted_name_after_a_participle_s_agent_is_kept():
    # the participle's noun runs on into a quoted name: the span is not cut at the agent
    found = [t for t, _ in orgs("Конкурс выиграл созданный [ORG Ивановым фонд «Вектор»] в марте.")]
    assert "Вектор" in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an organisation that governs another in the genitive: the chain is one name, the
        # governed one a mention of its own (the head too when written as a name by itself,
        # every word capitalised: ``chains.is_chain_head``)
        (
            "Резолюцию принял [ORG Совет Безопасности] [ORG ООН] вчера.",
            [
                ("Совет Безопасности ООН", "Совет Безопасности ООН"),
                ("ООН", "ООН"),
                ("Совет Безопасности", "Совет Безопасности"),
            ],
        ),
        (
            "Сотрудник [ORG Института археологии] [ORG Российской академии наук] приехал.",
            [
                (
                    "Института археологии Российской академии наук",
                    "Институт археологии Российской академии наук",
                ),
                ("Российской академии наук", "Российская академия наук"),
            ],
        ),
        # three in a chain: each reaches to its end
        (
            "Депутат [ORG Совета Союза] [ORG Верховного Совета] [ORG СССР] выступил.",
            [
                ("Совета Союза Верховного Совета СССР", "Совет Союза Верховного Совета СССР"),
                ("Верховного Совета СССР", "Верховный Совет СССР"),
                ("СССР", "СССР"),
                ("Совета Союза", "Совет Союза"),
                ("Верховного Совета", "Верховный Совет"),
            ],
        ),
        # not across a comma, nor onto a name in another case or a person's name
        ("Пришли [ORG ФСБ], [ORG МВД] и другие.", [("ФСБ", "ФСБ"), ("МВД", "МВД")]),
        (
            "Письмо [ORG Минфину] [ORG Газпром] отправил.",
            [("Минфину", "Минфин"), ("Газпром", "Газпром")],
        ),
        (
            "Речь главы [ORG Банка России] [ORG Эльвиры] Набиуллиной.",
            [("Банка России", "Банк России")],  # and the first name is no organisation
        ),
    ],
)
def test_an_organisation_of_an_organisation_is_one_name(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Вчера [ORG Комитет Сената] одобрил поправки.",
            {("Комитет Сената", "Комитет Сената"), ("Сената", "Сенат")},
        ),
        (
            "Письмо ушло в [ORG Комитет Совета Федерации по бюджету] в пятницу.",
            {
                (
                    "Комитет Совета Федерации по бюджету",
                    "Комитет Совета Федерации по бюджету",
                ),
                ("Совета Федерации", "Совет Федерации"),
            },
        ),
        (
            "Сотрудники [ORG Детского фонда ООН] приехали в лагерь.",
            {("Детского фонда ООН", "Детский фонд ООН"), ("ООН", "ООН")},
        ),
        (
            "[ORG Пресс-служба городского управления МЧС] сообщила о пожаре.",
            {
                (
                    "Пресс-служба городского управления МЧС",
                    "Пресс-служба городского управления МЧС",
                ),
                ("МЧС", "МЧС"),
            },
        ),
        (
            "Представитель [ORG Научно-технической службы ФСБ] промолчал.",
            {("Научно-технической службы ФСБ", "Научно-техническая служба ФСБ"), ("ФСБ", "ФСБ")},
        ),
    ],
)
def test_an_organisation_a_span_governs_inside_it_is_a_mention_too(text, expected):
    assert set(orgs(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the country is no organisation the head governs (its name without the country is
        # a mention of ``chains.before_owner``)
        ("Глава [ORG Банка России] прилетел в Женеву.", {"Банка России"}),
        ("Глава [ORG Государственной Думы] выступил.", {"Государственной Думы"}),
        # a word that is no organisation's name: abstract, a place, a person's position
        (
            "Сотрудники [ORG Службы Безопасности] [LOC Украины] пришли.",
            {"Службы Безопасности Украины", "Службы Безопасности"},
        ),
        ("Сотрудник [ORG Департамента Африки] ответил.", {"Департамента Африки"}),
        ("[ORG Управление делами Президента] купило здание.", {"Управление делами Президента"}),
        # a topic after "по"; the words of a quoted name
        ("[ORG Комитет по делам ФСБ] собрался.", {"Комитет по делам ФСБ"}),
        ("Выступил клуб «[ORG Юнкера МХПИ]» из Москвы.", {"Юнкера МХПИ"}),
    ],
)
def test_no_organisation_inside_a_span_its_head_does_not_govern(text, expected):
    assert {written for written, _ in orgs(text)} == expected


def test_an_organisation_inside_a_span_is_the_entity_it_is_elsewhere():
    found = refined_entities("Вчера [ORG Комитет Сената] собрался. Потом [ORG Сенат] проголосовал.")
    assert [(written, entity) for written, kind, entity in found if kind == "ORG"] == [
        ("Комитет Сената", "ORG:Комитет Сената"),
        ("Сената", "ORG:Сенат"),
        ("Сенат", "ORG:Сенат"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Сотрудники [ORG МВД] [LOC России] по [LOC Москве] задержали его.",
            {"МВД России по Москве", "МВД России", "МВД"},
        ),
        (
            "Его допросили в [ORG УФСБ] по [LOC Пермскому краю] вчера.",
            {"УФСБ по Пермскому краю", "УФСБ"},
        ),
        (
            "Дело возбудило [ORG Следственное управление] по [LOC Тверской области] в среду.",
            {"Следственное управление по Тверской области", "Следственное управление"},
        ),
        (  # the parent of a chain NER found in pieces: its abbreviation too
            "Сотрудники [ORG ГУ] [ORG МВД] [LOC России] по [LOC Москве] задержали его.",
            {
                "ГУ МВД России по Москве",
                "МВД России по Москве",
                "ГУ МВД России",
                "МВД России",
                "МВД",
            },
        ),
        # a phrase with "по" that names no place: the span is one organisation
        (
            "Встречу провела [ORG Комиссия по делам молодёжи] в среду.",
            {"Комиссия по делам молодёжи"},
        ),
        (
            "Заседание [ORG Совета] [LOC Федерации] по бюджету прошло.",
            {"Совета Федерации по бюджету"},
        ),
    ],
)
def test_the_parent_of_a_territorial_body_is_a_mention_too(text, expected):
    assert {written for written, _ in orgs(text)} == expected


def test_the_parent_of_a_territorial_body_is_the_entity_it_is_elsewhere():
    found = refined_entities(
        "В [ORG МВД] [LOC России] по [LOC Москве] уточнили. Потом [ORG МВД] [LOC России] ответило."
    )
    assert [(written, entity) for written, kind, entity in found if kind == "ORG"] == [
        ("МВД России по Москве", "ORG:МВД России по Москве"),
        ("МВД России", "ORG:Министерство внутренних дел"),
        ("МВД", "ORG:Министерство внутренних дел"),
        ("МВД России", "ORG:Министерство внутренних дел"),
        ("МВД", "ORG:Министерство внутренних дел"),
    ]


@pytest.mark.parametrize(
    ("text", "generic", "expected"),
    [
        # the name without its country names the organisation by itself: an abbreviation, a
        # coined word, several words
        ("Заявление [ORG МЧС России] вышло вечером.", False, {"МЧС России", "МЧС"}),
        (
            "Письмо ушло в [ORG Минобороны] [LOC России] утром.",
            False,
            {"Минобороны России", "Минобороны"},
        ),
        (
            "Его вызвали в [ORG Следственный комитет] [LOC России] по делу.",
            False,
            {"Следственный комитет России", "Следственный комитет"},
        ),
        (  # the country of an organisation a subdivision names: its name alone too
            "Глава [ORG Департамента печати МИД России] выступил.",
            False,
            {"Департамента печати МИД России", "МИД России", "МИД"},
        ),
        # so is one named with a place NER found, not the territory a noun before it names
        (
            "Приговор вынес [ORG Тверской суд] [LOC Москвы] вчера.",
            False,
            {"Тверской суд Москвы", "Тверской суд"},
        ),
        ("В [ORG ГИБДД] [LOC Москвы] сообщили о пробках.", False, {"ГИБДД Москвы", "ГИБДД"}),
        (
            "Дело рассмотрит [ORG Верховный суд] штата [LOC Огайо] в среду.",
            False,
            {"Верховный суд штата Огайо"},
        ),
        # a country adjective before one word that names the organisation by itself
        ("Заявление сделал российский [ORG Минфин] вчера.", False, {"российский Минфин", "Минфин"}),
        ("Его уволил американский [ORG Минюст] вчера.", False, {"американский Минюст", "Минюст"}),
        ("Вклад застраховал российский [ORG Банк] вчера.", False, {"российский Банк"}),
        (
            "Фонды [ORG Российской государственной библиотеки] пополнились.",
            False,
            {"Российской государственной библиотеки"},
        ),
        ("Закон принял шведский парламент.", True, {"шведский парламент", "парламент"}),
        # a generic organisation only with generic organisations asked for
        ("Заявление сделала [ORG Полиция Бельгии] утром.", False, {"Полиция Бельгии"}),
        ("Заявление сделала [ORG Полиция Бельгии] утром.", True, {"Полиция Бельгии", "Полиция"}),
        # one common noun names nothing alone; a quoted name is whole
        ("Отделение [ORG Почты России] закрылось.", False, {"Почты России"}),
        (
            "Письмо написала «[ORG Партия возрождения России]» вчера.",
            False,
            {"Партия возрождения России"},
        ),
        # the country is a name's the rest ends with, or a phrase's with "по"
        (
            "Он окончил [ORG Высшую школу КГБ СССР] в 1980 году.",
            False,
            {"Высшую школу КГБ СССР", "КГБ СССР", "КГБ"},
        ),
        (
            "Приговор вынес [ORG Трибунал по бывшей Югославии] вчера.",
            False,
            {"Трибунал по бывшей Югославии"},
        ),
    ],
)
def test_an_organisation_named_with_its_country_is_named_without_it_too(text, generic, expected):
    assert {written for written, _ in orgs(text, generic)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every word of the head capitalised: the highest bodies' names stand by themselves
        (
            "Вопрос передали в [ORG Генеральную Ассамблею] [ORG ООН] осенью.",
            {"Генеральную Ассамблею ООН", "ООН", "Генеральную Ассамблею"},
        ),
        (
            "Решение принял [ORG Высший Совет] [ORG ЕАЭС] вчера.",
            {"Высший Совет ЕАЭС", "ЕАЭС", "Высший Совет"},
        ),
        # one capitalised first word: a name only with the rest; one word: no name alone
        ("Сотрудники [ORG Детского фонда] [ORG ООН] приехали.", {"Детского фонда ООН", "ООН"}),
        ("Заседание [ORG Совета] [ORG ЕАЭС] прошло.", {"Совета ЕАЭС", "ЕАЭС"}),
    ],
)
def test_the_head_of_a_chain_written_as_a_name_is_a_mention_too(text, expected):
    assert {written for written, _ in orgs(text)} == expected


def test_the_name_without_its_country_is_the_entity_with_it():
    found = refined_entities(
        "Глава [ORG Агентства цифровой безопасности] [LOC Чехии] прилетел. "
        "[ORG Агентство цифровой безопасности] ответило."
    )
    assert [(written, entity) for written, kind, entity in found if kind == "ORG"] == [
        ("Агентства цифровой безопасности Чехии", "ORG:Агентство цифровой безопасности Чехии"),
        ("Агентства цифровой безопасности", "ORG:Агентство цифровой безопасности Чехии"),
        ("Агентство цифровой безопасности", "ORG:Агентство цифровой безопасности Чехии"),
    ]


def test_an_abbreviation_after_a_chain_is_the_whole_chains():
    found = refined_entities(
        "Он работал в [ORG Парламентской ассамблее] [ORG Совета Европы] (ПАСЕ), потом в "
        "[ORG Совете Европы]. [ORG ПАСЕ] его хвалила."
    )
    assert {(written, entity) for written, kind, entity in found if kind == "ORG"} == {
        ("Парламентской ассамблее Совета Европы", "ORG:Парламентская ассамблея Совета Европы"),
        ("ПАСЕ", "ORG:Парламентская ассамблея Совета Европы"),
        ("Совета Европы", "ORG:Совет Европы"),
        ("Совете Европы", "ORG:Совет Европы"),
    }


def test_the_bare_head_of_a_chain_is_the_chains_organisation():
    found = refined_entities(
        "Вчера [ORG Совет директоров] [ORG Банка России] собрался. Потом [ORG Совет директоров] решил."
    )
    assert found == [
        ("Совет директоров Банка России", "ORG", "ORG:Совет директоров Банка России"),
        ("Банка России", "ORG", "ORG:Банк России"),
        ("Совет директоров", "ORG", "ORG:Совет директоров Банка России"),
    ]


def test_the_country_after_a_name_stays_out_when_asked():
    """``genitives=False`` (``Options.org_genitives`` off, factRuEval's convention): NER's span
    as it was, the country a mention of its own."""
    text, mentions = marked("Здание [ORG ФСБ] [LOC России] оцепили.")
    found = refine(document(text), mentions, None, genitives=False)
    assert [(m.type, m.text) for m in found] == [("ORG", "ФСБ"), ("LOC", "России")]


def test_adjective_after_the_head_in_the_nominative():
    _, mentions = marked("Делегация [LOC Республики Сербской] прибыла в [LOC Белград].")
    assert [m.normal for m in mentions if m.text == "Республики Сербской"] == [
        "Республика Сербская"
    ]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Председатель [ORG Правительства] [LOC РФ] провёл совещание.",
            "Председатель Правительства",
        ),
        # the span the rule is for (what NER finds in the seed)
        (
            "[ORG Председатель Правительства] [LOC РФ] провёл совещание.",
            "Председатель Правительства",
        ),
        ("Он встретился с ведущими [ORG ИКТ-компаниями] [LOC Китая].", "ИКТ-компаниями"),
        # a common noun with a Latin field before it, in the singular too: a kind, no name
        ("Он работал в [ORG IT-компании] «Прогноз».", "IT-компании"),
        ("Об этом вчера сообщили [ORG СМИ].", "СМИ"),
        ("Затем [ORG ПАО] отделился от спускаемого аппарата.", "ПАО"),
        ("Чаще всего [ORG ИП] размещает вакансии.", "ИП"),  # a sole trader's legal form
        ("[ORG Почта], которая доставит всё, открылась в [LOC Твери].", "Почта"),
        ("[ORG Совет директоров] одобрил сделку.", "Совет директоров"),  # generic: needs the option
        # an adjective NER took without its noun, capitalised because it starts a line
        ("Ставки\n[ORG Депозитные] аукционы\nот 1 до 6 дней", "Депозитные"),
        # a table cell or heading of common words, headed by a noun with no plural
        ("Ставки\n\n[ORG Абсорбирование ликвидности]\n\n7,75", "Абсорбирование ликвидности"),
        # a first name before a surname, the document's first word too (its start is no mark)
        ("[ORG Эльвира] Набиуллина выступила в Думе.", "Эльвира"),
        ("Вчера [ORG Эльвира] Набиуллина выступила в Думе.", "Эльвира"),
    ],
)
def test_what_is_no_organisation(text, absent):
    assert absent not in [written for written, _ in orgs(text)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Фильм покажут в кинотеатрах «[ORG Октябрь]», «[ORG Родина]» и «[ORG Заря]».", []),
        ("Экипаж вернулся со станции «[ORG Мир]» на [LOC Землю].", []),
        ("Самолёт сел в аэропорту «[ORG Пулково]» вечером.", []),
        # a centre that is a building: a mall, offices; a centre alone is an organisation
        ("Компания владеет торговым центром «[ORG Северный]» у метро.", []),
        ("Открылся торгово-развлекательный центр «[ORG Полюс]».", []),
        ("Застройщик сдал ЖК «[ORG Северная звезда]» в срок.", []),  # a building's abbreviation
        ("Выставку провёл научный центр «[ORG Кристалл]».", ["Кристалл"]),
        ("Депутаты партии «[ORG Новые люди]» внесли законопроект.", ["Новые люди"]),
        ("Об этом пишет газета «[ORG Ведомости]».", ["Ведомости"]),
        ("Он дал интервью «[ORG Коммерсанту]» в среду.", ["Коммерсанту"]),
        # a noun counted by a number is a measure, no kind of the name after it
        ("В 2013 году «[ORG Локомотив]» выиграл чемпионат.", ["Локомотив"]),
        ("В 5 раз «[ORG Динамо]» стало чемпионом.", ["Динамо"]),
        ("Встреча прошла у станции «[ORG Динамо]» вечером.", []),
        # nouns of organisation kinds the language has
        ("Прихожане общины «[ORG Новый завет]» собрались в субботу.", ["Новый завет"]),
        ("Игроки хоккейной лиги «[ORG Восток]» вышли на лёд.", ["Восток"]),
        ("Сотрудники бюро «[ORG Северный путь]» приехали к дому.", ["Северный путь"]),
        ("Фильм сняла кинокомпания «[ORG Зимний сад]» за год.", ["Зимний сад"]),
        ("Устав треста «[ORG Уголь Сибири]» утвердили вчера.", ["Уголь Сибири"]),
        # a noun of time is an adverbial, no kind; a noun of what is reported names no kind
        ("В тот же вечер «[ORG Рубин]» подал иск.", ["Рубин"]),
        ("В конце марта «[ORG Рубин]» подал иск.", ["Рубин"]),
        ("По данным «[ORG Известия]», сделка сорвалась.", ["Известия"]),
        ("По версии «[ORG Огонёк]», виноват поставщик.", ["Огонёк"]),
        ("Экспонаты хранятся в галерее, а не в особняке «[ORG Северный]».", []),
        # a quoted adjective, a line of a name: names
        ("«[ORG Столичный]» закрылся.", ["Столичный"]),
        ("Новости\n\n[ORG Фонд борьбы с коррупцией]\n\nТекст", ["Фонд борьбы с коррупцией"]),
    ],
)
def test_a_quoted_name_is_what_the_noun_before_it_says(text, kept):
    assert [written for written, _ in orgs(text)] == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # "Сеть" capitalised inside a sentence is the Internet, a medium
        ("Запись появилась в [ORG Сети] вечером.", []),
        ("Слухи о сделке разошлись по [ORG Сети].", []),
        # another name of the network is kept: the gold sets disagree on "Интернет"
        ("Запись появилась в [ORG Интернете] вечером.", ["Интернете"]),
    ],
)
def test_the_network_itself_is_no_organisation(text, kept):
    assert [written for written, _ in orgs(text)] == kept


@pytest.mark.parametrize(
    ("text", "word", "opens_sentence", "internet"),
    [
        ("Запись появилась в Сети.", "Сети", False, True),
        ("Сеть закусочных открылась.", "Сеть", True, False),  # it may name a chain there
        ("Запись появилась в сети.", "сети", False, False),
        ("Сеть-2 объявила торги.", "Сеть-2", False, False),
    ],
)
def test_names_the_internet(text, word, opens_sentence, internet):
    start = text.index(word)
    assert names_the_internet(text, start, start + len(word), opens_sentence) is internet


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the kind the noun says of one occurrence holds for the name written again, NER's
        # ORG or not, in any case
        (
            "Квартиры жилого комплекса «Северная звезда» дорожают. В «[ORG Северной звезде]» "
            "продали пентхаус, а «[ORG Северную звезду]» построил «[ORG Стройтрест]».",
            ["Стройтрест"],
        ),
        (
            "Дом стоит у станции «[ORG Садовая]». До «[ORG Садовой]» пять минут.",
            [],
        ),
        # not where the noun before may be the name's genitive owner or a plural after which
        # the name is the subject, nor after a word pymorphy2 only guesses about
        (
            "Расследование «Медузы» вышло утром. «[ORG Медуза]» узнала подробности.",
            ["Медуза"],
        ),
        (
            "Там ставила спектакли «Новая студия». «[ORG Новая студия]» получила грант.",
            ["Новая студия"],
        ),
        (
            "Он играл в составе «Бенфики». В «[ORG Бенфике]» его ценили.",
            ["Бенфике"],
        ),
        # an organisation kind says it is one
        (
            "Акции компании «Северная звезда» выросли. «[ORG Северная звезда]» довольна.",
            ["Северная звезда"],
        ),
    ],
)
def test_a_name_the_document_shows_is_no_organisation_is_none_where_written_again(text, kept):
    assert [written for written, _ in orgs(text)] == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # an abbreviation pymorphy2 reads only as a lower-case plural ("иг" of "иго", "фар" of
        # "фара"): no reading of the abbreviation, a name
        ("Боевики [ORG ИГ] взяли ответственность на себя.", ["ИГ"]),
        ("Члены [ORG ФАР] вышли на акцию протеста.", ["ФАР"]),
        ("Об этом вчера сообщили [ORG СМИ].", []),  # pymorphy2's plural abbreviation
        # a quoted name whose last part is a plural common noun
        ("Лидер движения «[ORG Братья-мусульмане]» арестован.", ["Братья-мусульмане"]),
        ("Он встретился с [ORG IT-компаниями] из Китая.", []),
        # a quoted word that opens a sentence: capitalised as a name, not only as the first word
        ("«[ORG Мемориал]» признал его политзаключённым.", ["Мемориал"]),
        ("«[ORG Арсенал]» продлил контракт с тренером.", ["Арсенал"]),
        ("[ORG Почта], которая доставит всё, открылась.", []),
        # a quoted name ends where its marks end, an adverb or a verb in it included
        ("Он возглавил агентство «[ORG Север сегодня]» весной.", ["Север сегодня"]),
        ("Песню исполнил ансамбль «[ORG Время пришло]» вчера.", ["Время пришло"]),
        ("Члены [ORG Церкви Христовой собрались] в храме.", ["Церкви Христовой"]),
    ],
)
def test_a_name_written_as_a_name_stays(text, kept):
    assert [written for written, _ in orgs(text)] == kept


@pytest.mark.parametrize(
    "text",
    [
        "Председатель [ORG Правительства] [LOC РФ] провёл совещание.",
        "[ORG Председатель Правительства] [LOC РФ] провёл совещание.",  # the seed's span
    ],
)
def test_the_organisation_inside_a_position_stays(text):
    assert orgs(text) == [("Правительства РФ", "Правительство РФ")]  # with its country


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Страны [LOC Евросоюза] ввели новые пошлины.",
            ("Евросоюза", "ORG", "ORG:Европейский союз"),
        ),
        # a curated short name NER reads as a place
        ("Партнёрами выступили [LOC Сбер] и МТС.", ("Сбер", "ORG", "ORG:Сбербанк")),
    ],
)
def test_an_organisation_ner_reads_as_a_place_is_an_organisation(text, expected):
    assert refined_entities(text) == [expected]


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        (
            "Компания [ORG Alibaba Group] открыла офис в [LOC Москве]. Позже [ORG Alibaba] объявила о росте.",
            {"ORG:Alibaba Group"},
        ),
        (
            "Концерн [ORG Sony Corporation] выпустил камеру. Продажи [ORG Sony] выросли.",
            {"ORG:Sony Corporation"},
        ),
        (
            "Офшор [ORG Blacksiris Trading Limited] получил деньги. [ORG Blacksiris] молчит.",
            {"ORG:Blacksiris Trading Limited"},
        ),
        (  # a kind's abbreviation inside the quoted name
            "Деньги получило ООО «[ORG ИК Велес Капитал]». Затем «[ORG Велес-Капитал]» отказался.",
            {"ORG:ИК Велес Капитал"},
        ),
        (
            "«[ORG Газпром]» и «[ORG Газпром нефть]» подписали соглашение.",
            {"ORG:Газпром", "ORG:Газпром нефть"},
        ),
        (
            "[ORG Минкомсвязи] [COUNTRY России] объявило конкурс.",
            {"ORG:Министерство связи и массовых коммуникаций"},
        ),
        ("Посол встретился с сотрудниками [ORG МИДе].", {"ORG:Министерство иностранных дел"}),
        (
            "Депутаты [ORG Государственной Думы] [COUNTRY РФ] собрались утром. Вечером"
            " [ORG Государственная дума] [COUNTRY РФ] приняла закон.",
            {"ORG:Государственная дума"},
        ),
        # a name in an oblique case beside its nominative: one entity, the nominative
        (
            "Компания «[ORG Ренова]» сообщила, что акционеры «[ORG Реновы]» согласны.",
            {"ORG:Ренова"},
        ),
        ("Источник «[ORG Медузы]» подтвердил, что «[ORG Медуза]» права.", {"ORG:Медуза"}),
        (
            "Учредитель «[ORG Мосинжпроект-реставрации]» — «[ORG Мосинжпроект-реставрация]».",
            {"ORG:Мосинжпроект-реставрация"},
        ),
        (
            "Директор «[ORG Актеона]» уволился. Теперь «[ORG Актеон]» ищет нового.",
            {"ORG:Актеон"},
        ),
        # the forms alone show the declension: "Жилищника", "Жилищником" are of Жилищник
        (
            "Работники «[ORG Жилищника]» спорят с «[ORG Жилищником]».",
            {"ORG:Жилищник"},
        ),
        # an organisation named with its country is the whole name, the country its own mention
        (
            "Решение [ORG Банком] [COUNTRY России] принято. [ORG Банк России] снизил ставку.",
            {"ORG:Банк России"},
        ),
        (
            "Глава [ORG Минфина] [COUNTRY США] выступил. В [ORG Минфине] промолчали.",
            {"ORG:Минфин США"},
        ),
        # the span with the country (as refine leaves it): the bare name is the same one
        (
            "[ORG Министерство обороны Румынии] опровергло. [ORG Министерство обороны] молчит.",
            {"ORG:Министерство обороны Румынии"},
        ),
        # a short name built from the name without its country is that organisation
        (
            "Документы [ORG Агентства национальной безопасности США] вышли, [ORG АНБ] молчит.",
            {"ORG:Агентство национальной безопасности США"},
        ),
        # a bare name whose full name names another country is not joined to this one
        (
            "Премию учредил [ORG Центральный банк Швеции]. Вчера [ORG Центробанк] снизил ставку.",
            {"ORG:Центральный банк Швеции", "ORG:Банк России"},
        ),
        # a curated name with Russia is the curated name
        (
            "[ORG Министерство обороны России] ответило, [ORG Минобороны] уточнило.",
            {"ORG:Министерство обороны"},
        ),
        (
            "Приказ [ORG Правительства Российской Федерации] издан. [ORG Правительство] молчит.",
            {"ORG:Правительство Российской Федерации"},
        ),
        # two countries: the bare name is neither's
        (
            "[ORG МИД] [COUNTRY Франции] и [ORG МИД] [COUNTRY Германии] заявили, [ORG МИД] молчит.",
            {"ORG:МИД Франции", "ORG:МИД Германии", "ORG:Министерство иностранных дел"},
        ),
        # a quoted name has ended before the country
        ("Акции [ORG «Газпрома»] [COUNTRY России] выросли.", {"ORG:Газпром"}),
        # a name of its own after the same first word stays apart
        (
            "Акции «[ORG Газпрома]» выросли, «[ORG Газпром нефть]» подешевела.",
            {"ORG:Газпром", "ORG:Газпром нефть"},
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
        ("[ORG Совет директоров] одобрил сделку.", [("Совет директоров", "совет директоров")]),
        (
            "Грант на ремонт выделило министерство культуры.",
            [("министерство культуры", "министерство культуры")],
        ),
        (
            "Закон принял японский парламент.",
            [("японский парламент", "японский парламент"), ("парламент", "парламент")],
        ),
        ("Повстанцы создали своё правительство.", [("правительство", "правительство")]),
        # a participle says what the organisation did, no part of it
        (
            "По правилам, утверждённым правительством, налог снизят.",
            [("правительством", "правительство")],
        ),
        ("Закон одобрил заседавший парламент.", [("парламент", "парламент")]),
        # "власти" alone names no one, even with the option
        ("Власти решили закрыть мост.", []),
    ],
)
def test_generic_organisations_with_the_option(text, expected):
    assert orgs(text, generic=True) == expected
    assert orgs(text) == []


def test_generic_organisation_mentions_are_one_entity():
    text = "Полиция задержала подозреваемого, сотрудники полиции опросили свидетелей."
    found = refined_entities(text, generic=True)
    assert {entity for _, kind, entity in found if kind == "ORG"} == {"ORG:полиция"}


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
        # an abbreviation pymorphy2 does not know declines by the spelling rule: capitals
        # ending in a consonant, a masculine ending in lower case
        ("ДИПСе", "ДИПС"),
        ("ДИПСом", "ДИПС"),
        ("ВКонтакте", "ВКонтакте"),
        ("ВШЭ", "ВШЭ"),
        # a superlative keeps its written stem (its lexeme also holds "высочайший")
        ("Высшей школы экономики", "Высшая школа экономики"),
        ("Высшего арбитражного суда", "Высший арбитражный суд"),
        # a word read only in a plural case with an ending no nominative has: a plural name
        ("Новостям", "Новости"),
        ("Ведомостями", "Ведомости"),
        ("Известиях", "Известия"),
        # a nominative plural or an oblique singular alike, a genitive plural or a name: unknown
        ("Известия", None),
        ("Ланит", None),
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
            "Спектакль поставил худрук [ORG Театра им. Вахтангова] в прошлом году.",
            [("Театра им. Вахтангова", "Театр им. Вахтангова")],
        ),
        (
            "Выпускники [ORG Института имени А. С. Пушкина] собрались в [LOC Москве].",
            [("Института имени А. С. Пушкина", "Институт имени А. С. Пушкина")],
        ),
        (
            "Концерт прошёл в [ORG Доме культуры имени Горького].",
            [("Доме культуры имени Горького", "Дом культуры имени Горького")],
        ),
        # after a position, the "по" phrase is the position's, a place the organisation's
        (
            "Об этом рассказал директор [ORG НАСА] по космическим полётам [Джон Смит].",
            [("НАСА", "НАСА")],
        ),
        (
            "Как сообщил заместитель начальника пресс-службы [ORG МЧС] по [LOC Новосибирской"
            " области], пожар потушен.",
            [("МЧС по Новосибирской области", "МЧС по Новосибирской области"), ("МЧС", "МЧС")],
        ),
        (
            "Представитель [ORG Следственного комитета] при прокуратуре [Иван Петров] сообщил об аресте.",
            [("Следственного комитета при прокуратуре", "Следственный комитет при прокуратуре")],
        ),
        # a territorial branch keeps its place: the organisation inside it does not take it
        (
            "Начальник [ORG Главного управления] [ORG МЧС] по [LOC Тверской области] провёл совещание.",
            [
                (
                    "Главного управления МЧС по Тверской области",
                    "Главное управление МЧС по Тверской области",
                ),
                ("МЧС", "МЧС"),
                ("Главного управления МЧС", "Главное управление МЧС"),  # the branch's parent
            ],
        ),
        # a preposition after the "по" phrase ends it
        (
            "Решение принял [ORG Комитет] [ORG Госдумы] по бюджету в среду.",
            [
                ("Комитет Госдумы по бюджету", "Комитет Госдумы по бюджету"),
                ("Госдумы", "Госдума"),  # a name of one word: the phrase is the committee's
            ],
        ),
        # the person NER found after "им." is part of the name (and a PER of its own)
        (
            "На фестивале выступила труппа [ORG Театра им.] [Йенса Ларсена] из [LOC Дании].",
            [("Театра им. Йенса Ларсена", "Театр им. Йенса Ларсена")],
        ),
        # ... and so is a titled person it is named after
        (
            "Во вторник врачи [ORG Госпиталя] принцессы [Дианы] в [LOC Найроби] объявили забастовку.",
            [("Госпиталя принцессы Дианы", "Госпиталь принцессы Дианы")],
        ),
        (
            "Утром пациенты [ORG Госпиталя королевы Александры] в [LOC Кейптауне] остались без света.",
            [("Госпиталя королевы Александры", "Госпиталь королевы Александры")],
        ),
        # ... but not a person after a kind that is rarely named after one
        (
            "Решение [ORG Суда присяжных] [Иванова] удивило всех.",
            [("Суда присяжных", "Суд присяжных")],
        ),
        # a quoted saying is no name: the organisation in it stays as NER found it
        (
            "«[ORG Газпром] не намерен менять условия», — сказал представитель компании.",
            [("Газпром", "Газпром")],
        ),
        # a facility is no organisation
        ("Самолёт сел во [ORG Внуковском аэропорту] после полудня.", []),
        # the head noun, the first noun after the adjectives, names a place or a building
        ("Службу провели в [ORG Петровском соборе] утром.", []),
        ("Похороны пройдут на [ORG Новом Южном кладбище].", []),
        ("Приём устроили в [ORG Зимнем дворце] вечером.", []),
        ("Митинг прошёл на [ORG Соборной площади] днём.", []),
        ("Авария на [ORG Нижнереченской ГЭС] обесточила город.", []),
        ("Экипаж вернулся с [ORG Международной космической станции].", []),
        # a quoted name is what the noun before it says
        (
            "Деньги собрал фонд «[ORG Никольский собор]» весной.",
            [("Никольский собор", "Никольский собор")],
        ),
        # a head that is a kind of organisation keeps it, a hospital too (factRuEval's Org)
        (
            "Решение принял [ORG Верховный совет] республики.",
            [("Верховный совет", "Верховный совет")],
        ),
        (
            "Пациента доставили в [ORG Городскую больницу] вечером.",
            [("Городскую больницу", "Городская больница")],
        ),
    ],
)
def test_names_after_people_places_and_quotes(text, expected):
    assert orgs(text) == expected


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NER took the wiki italics on one side of the name: they are left out
        (
            "Главой компании [ORG ''Nordic Steel]'' стал Олафсон.",
            [("Nordic Steel", "Nordic Steel")],
        ),
        ("Акции ''[ORG Nordic Steel''] выросли.", [("Nordic Steel", "Nordic Steel")]),
        # round the whole name, or one apostrophe inside it: the name as before
        ("Акции [ORG ''Nordic Steel''] выросли.", [("Nordic Steel", "Nordic Steel")]),
        ("Юристы [ORG О'Брайен и партнёры] выиграли.", [("О'Брайен и партнёры",) * 2]),
    ],
)
def test_wiki_italics_on_one_side_are_no_part_of_a_name(text, expected):
    assert orgs(text) == expected


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


@pytest.mark.parametrize(
    ("short", "long", "built"),
    [
        # initials, one per word; a preposition or conjunction may be left out
        ("ФАС", "Федеральная антимонопольная служба", True),
        ("МЧС", "Министерство по чрезвычайным ситуациям", True),
        ("НИИ", "Научно-исследовательский институт", True),  # the parts of a hyphenated word
        ("NASA", "National Aeronautics and Space Administration", True),
        ("ФНС", "Федеральная антимонопольная служба", False),
        ("ФА", "Федеральная антимонопольная служба", False),  # every word gives a letter
        # a name that starts with a function word: its short name starts with either word
        ("ЗПЧ", "За права человека", True),
        ("ПЧ", "За права человека", True),
        ("ЧП", "За права человека", False),
        # stumps: the start of each word, three letters at least, or the whole word
        ("Минкульт", "Министерство культуры", True),
        ("Мосгордума", "Московская городская дума", True),
        ("Минобороны", "Министерство обороны", True),
        ("Минэкономразвития", "Министерство экономического развития", True),
        ("Минкульт", "Министерство финансов", False),
        ("Мкульт", "Министерство культуры", False),  # "М" is no stump
        ("Культмин", "Министерство культуры", False),  # the order of the words
        ("Минкульт", "Культура", False),  # one word is no name to shorten
    ],
)
def test_a_short_name_is_built_from_the_starts_of_words(short, long, built):
    assert shortened.spells(short, long) is built


@pytest.mark.parametrize(
    "short", ["Минкульт", "Минобороны", "Роскосмос", "Мосгордума", "Минфин", "Газпром", "ФАС"]
)
def test_a_short_name_is_tried_against_the_table_names_it_may_spell(short):
    """The curated table's full names are tried by the first letter a short name may take
    (``_table_by_first_letter``): the same fits as trying every one of them."""
    table = list(_curated_names().values())
    everyone = [long for long in table if shortened.spells(short, long)]
    expected = {name_key(short): everyone[0]} if len(everyone) == 1 else {}
    if shortened._shape(short) != "stumps":
        expected = {}  # initials never join a name of the table
    assert shortened.shortened_names([short], [], table) == expected


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # an abbreviation nobody defines joins the one name of the document it spells
        (
            "[ORG Федеральная антимонопольная служба] начала проверку. Позже [ORG ФКС] и"
            " [ORG ФАС] не ответили.",
            {"ORG:Федеральная антимонопольная служба", "ORG:ФКС"},
        ),
        (
            "[ORG Национальное агентство развития] выдало грант. Глава [ORG НАР] доволен.",
            {"ORG:Национальное агентство развития"},
        ),
        # two names of the document fit it: it stays itself
        (
            "[ORG Национальное агентство развития] и [ORG Научная ассоциация регионов]"
            " спорят. [ORG НАР] молчит.",
            {
                "ORG:Национальное агентство развития",
                "ORG:Научная ассоциация регионов",
                "ORG:НАР",
            },
        ),
        # a compound of stumps joins the full name, of the document or the table
        (
            "[ORG Минкульт] выделил грант. Представитель [ORG Минкультуры] подтвердил.",
            {"ORG:Министерство культуры"},
        ),
        (
            "Депутаты [ORG Московской городской думы] собрались. В [ORG Мосгордуме] спорят.",
            {"ORG:Московская городская дума"},
        ),
        ("Жалобу отправили в [ORG Минкульт].", {"ORG:Министерство культуры"}),
        # initials only by the document's own names: two letters fit too many
        ("Как сообщает «[ORG МК]», матч перенесли.", {"ORG:МК"}),
        # a one-word name that spells no name stays itself
        ("Акции [ORG Роснефти] выросли, «[ORG Медуза]» пишет.", {"ORG:Роснефть", "ORG:Медуза"}),
    ],
)
def test_a_short_name_joins_the_name_it_shortens(text, entities):
    assert org_entities(text) == entities


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        # names that differ only in case are one, with the fewest capitals, in either order
        (
            "[ORG Фонд Развития Городов] открылся. [ORG Фонд развития городов] вырос.",
            "ORG:Фонд развития городов",
        ),
        (
            "[ORG Фонд развития городов] открылся. [ORG Фонд Развития Городов] вырос.",
            "ORG:Фонд развития городов",
        ),
        # a name the curated table knows has its spelling in every document
        ("Саммит [ORG Европейского Союза] прошёл.", "ORG:Европейский союз"),
        ("Саммит [ORG Европейского союза] прошёл.", "ORG:Европейский союз"),
        ("Депутаты [ORG Государственной Думы] собрались.", "ORG:Государственная дума"),
        # "города"/"г." before a city's name is the same city
        (
            "Иск рассмотрел [ORG Арбитражный суд Москвы]. [ORG Арбитражный суд города Москвы]"
            " его удовлетворил.",
            "ORG:Арбитражный суд Москвы",
        ),
        ("Отчёт [ORG администрации г. Тулы] вышел.", "ORG:администрация Тулы"),
        # an abbreviation its document defines has the id its full name has
        (
            "Иск подала [ORG Федеральная налоговая служба РФ] ([ORG ФНС]). [ORG ФНС] выиграла.",
            "ORG:Федеральная налоговая служба",
        ),
    ],
)
def test_one_spelling_of_a_name_written_in_two_cases(text, entity):
    assert org_entities(text) == {entity}


@pytest.mark.parametrize(
    ("text", "added"),
    [
        # the written form of an ORG mention again, where NER found nothing: an ORG there too
        (
            "«[ORG Пересвет]» выплатил купон. Через месяц «Пересвет» погасил облигации.",
            ["Пересвет"],
        ),
        ("Об этом сообщило [ORG Reuters]. По данным Reuters, сделка закрыта.", ["Reuters"]),
        ("Проверку начала [ORG ФАС]. В ФАС пообещали штраф.", ["ФАС"]),
        ("Акции [ORG Северсталь] выросли, а Северсталь и НЛМК снизили цены.", ["Северсталь"]),
        # the start of a longer name: a capitalised word, a number or a quoted name follows
        ("Иск подала [ORG Amazon]. Облако Amazon Web Services недоступно.", []),
        ("Машины [ORG Honda] отозвали. Владелец Honda CR-V пострадал.", []),
        # already a mention, or inside one, or part of a longer word or a hyphenated one
        ("Акции [ORG Газпром] выросли, [ORG Газпром нефть] отчиталась.", []),
        ("Банк [ORG Сбер] вырос. Сбербанк открыл офис, Сбер-Инвест тоже.", []),
        # a country's name is no organisation wherever it is written; nor a lower-case word
        ("Команда [ORG Россия] выиграла. Россия рада.", []),
        ("Решение приняла [ORG полиция]. Позже полиция задержала его.", []),
        # a place's name, a word of a person's name, the start of a longer quoted name
        ("Канал «[ORG Москва]» вещает с мая. В Москва-Сити и на ТВЦ тоже.", []),
        ("Холдинг «[ORG Москва]» растёт. Столица, то есть Москва, платит.", []),
        ("Министр [Владимир Мединский] и [ORG Мединский] вчера. Мединский ушёл.", []),
        # a quoted name that is a person's (a dog's) too: only its quoted occurrences
        (
            "Биржа «[ORG Алисы]» росла. Щенков овчарки [Алисы] раздали. Офис «Алисы» закрыли,"
            " о щенках Алисы писали.",
            ["Алисы"],
        ),
        ("Фонд «[ORG Поможем]» закрыт. Сотрудники «Поможем вместе» уволены.", []),
        # the document's first word is written again too: its start is no quotation mark
        ("Росатом построит блок. Вчера [ORG Росатом] отчитался.", ["Росатом"]),
        # a common word opening a sentence is capitalised for that alone; mid-sentence it is named
        ("Журнал «[ORG Однако]» закрыт. Однако выпуск вышел, и в «Однако» рады.", ["Однако"]),
    ],
)
def test_a_name_written_again_is_the_organisation_again(text, added):
    from pressrel.orgs.repeats import repeated

    clean, mentions = marked(text)
    found = repeated(clean, mentions, sentence_at(clean))
    assert found[: len(mentions)] == mentions
    assert [m.text for m in found[len(mentions) :]] == added
    assert all(m.type == "ORG" and m.normal for m in found[len(mentions) :])


@pytest.mark.parametrize(
    "text, names, found",
    [
        ("Сбер и Сбер.", ["Сбер"], [(0, 4, "Сбер"), (7, 11, "Сбер")]),
        # whole words only: not inside a longer word, nor joined by a hyphen
        ("Сбербанк, Сбер-Лизинг, сберСбер, Сбер_1.", ["Сбер"], []),
        # the longest name written at a place wins there
        (
            "Тинькофф Банк и Тинькофф",
            ["Тинькофф Банк", "Тинькофф"],
            [(0, 13, "Тинькофф Банк"), (16, 24, "Тинькофф")],
        ),
        # a longer name that is not a whole word there leaves the place to a shorter one
        ("Тинькофф Банкир", ["Тинькофф Банк", "Тинькофф"], [(0, 8, "Тинькофф")]),
        # occurrences do not overlap: the one that starts first is kept
        ("Альфа Бета Гамма", ["Альфа Бета", "Бета Гамма"], [(0, 10, "Альфа Бета")]),
        # a name starting right where an occurrence that failed its boundary starts
        ("ААА ААА", ["ААА ААА А", "ААА"], [(0, 3, "ААА"), (4, 7, "ААА")]),
    ],
)
def test_occurrences_of_names_are_whole_words_longest_first(text, names, found):
    from pressrel.orgs.repeats import _occurrences

    assert _occurrences(text, names) == found


@pytest.mark.parametrize(
    ("text", "normals"),
    [
        # a name written in an oblique case beside its nominative: each mention's normal form
        # is the nominative its entity id reads, not only the id
        ("Источник «[ORG Медузы]» подтвердил, что «[ORG Медуза]» права.", ["Медуза", "Медуза"]),
        ("Акционеры «[ORG Реновы]» довольны, сообщила «[ORG Ренова]».", ["Ренова", "Ренова"]),
        (
            "Учредитель «[ORG Мосинжпроект-реставрации]» — «[ORG Мосинжпроект-реставрация]».",
            ["Мосинжпроект-реставрация", "Мосинжпроект-реставрация"],
        ),
        # an abbreviation keeps its own normal form (its id reads the full name); a name with
        # its country after it keeps its own too
        (
            "[ORG Федеральная антимонопольная служба] возбудила дело. [ORG ФАС] ждёт.",
            ["Федеральная антимонопольная служба", "ФАС"],
        ),
        ("Решение [ORG Банком] [COUNTRY России] принято.", ["Банк"]),
        # no nominative written: the mention's own reading stays
        ("Источник «[ORG Медузы]» подтвердил это.", ["Медузы"]),
    ],
)
def test_a_mention_in_an_oblique_case_has_the_nominative_as_its_normal(text, normals):
    assert [m.normal for m in resolved(text)[1] if m.type == "ORG"] == normals


@pytest.mark.parametrize(
    ("text", "added"),
    [
        # an abbreviation in brackets right after the name it is built from: the text defines it
        ("Заявление сделала [ORG Федеральная налоговая служба] (ФНС) в пятницу.", ["ФНС"]),
        (
            "Сделку одобрил «[ORG Уральский вагонный завод]» (УВЗ), сообщили в пресс-службе.",
            ["УВЗ"],
        ),
        ("Ответственность взяла [ORG Армия освобождения Юга] ( АОЮ ).", ["АОЮ"]),
        # a bracket that is no short name of it: other letters, a year, lower case, already tagged
        ("Иск подала [ORG Федеральная налоговая служба] (Москва) вчера.", []),
        ("Отчёт выпустила [ORG Счётная палата] (2019) весной.", []),
        ("Заявила [ORG Федеральная налоговая служба] (фнс) вчера.", []),
        ("Иск подала [ORG Федеральная налоговая служба] ([ORG ФНС]) вчера.", []),
        # the country that ends the name is no part of its abbreviation
        ("Приговор отменил [ORG Верховный суд России] (ВС) в среду.", ["ВС"]),
        ("Право получила [ORG Федеральная налоговая служба РФ] (ФНС) вчера.", ["ФНС"]),
        ("Иск подал [ORG Верховный суд России] (ВА) вчера.", []),
        # ... and Russia written after it in the brackets is in the mention
        ("Главой [ORG Федеральной таможенной службы РФ] (ФТС РФ) стал он.", ["ФТС РФ"]),
    ],
)
def test_an_abbreviation_defined_in_brackets_is_the_organisation(text, added):
    from pressrel.orgs.repeats import repeated

    clean, mentions = marked(text)
    found = repeated(clean, mentions, sentence_at(clean))
    new = [m for m in found if (m.start, m.stop) not in {(n.start, n.stop) for n in mentions}]
    assert [m.text for m in new] == added
    assert all(m.type == "ORG" and m.normal == m.text for m in new)


@pytest.mark.parametrize(
    ("text", "places", "organisations"),
    [
        # a place NER ran on into the bracket after it: the place ends before the bracket, and
        # the abbreviation the bracket defines is the organisation before it
        (
            "Право получила [ORG Федеральная налоговая служба] [LOC РФ (ФНС)] вчера.",
            ["РФ"],
            ["Федеральная налоговая служба РФ", "ФНС"],
        ),
        (
            "Полномочия приостановил [ORG Конституционный суд] [LOC Молдавии (КС)] в среду.",
            ["Молдавии"],
            ["Конституционный суд Молдавии", "КС"],
        ),
        ("Бои шли в провинции [LOC Нинава (Ninawa)] весь день.", ["Нинава"], []),
        ("Бои шли в провинции [LOC Нинава] весь день.", ["Нинава"], []),
        # the bracket names the same country: one mention
        (
            "Делегация прибыла в [LOC Китайскую Народную Республику (КНР)] вчера.",
            ["Китайскую Народную Республику (КНР)"],
            [],
        ),
    ],
)
def test_a_place_ends_before_a_bracket(text, places, organisations):
    text, mentions = marked(text)
    found = refine(document(text), mentions, sentences=sentence_at(text))
    assert [m.text for m in found if m.type == "LOC"] == places
    assert [m.text for m in found if m.type == "ORG"] == organisations


def test_refine_repeats_a_name_in_the_analysed_sentences():
    text, mentions = marked(
        "Деньги вернул «[ORG Пересвет]». Вкладчики «Пересвета» и «Пересвет» ждут."
    )
    found = refine(document(text), mentions, sentences=sentence_at(text))
    assert sorted((m.start, m.text, m.normal) for m in found if m.type == "ORG") == [
        (text.index("Пересвет"), "Пересвет", "Пересвет"),
        (text.index("Пересвета"), "Пересвета", "Пересвет"),  # in quotation marks, declined
        (text.rindex("Пересвет"), "Пересвет", "Пересвет"),
    ]


@pytest.mark.parametrize(
    ("text", "genitives", "expected"),
    [
        # a generic organisation its country or place completes names one institution
        (
            "Вчера правительство Норвегии одобрило закон.",
            True,
            [("правительство Норвегии", "правительство Норвегии")],
        ),
        ("[ORG Полиция] [LOC Лиона] задержала двоих.", True, [("Полиция Лиона", "полиция Лиона")]),
        ("Решение приняла мэрия [LOC Казани] в среду.", True, [("мэрия Казани", "мэрия Казани")]),
        # a country adjective says whose it is too; "власти" names one only with its country
        ("Закон одобрил японский парламент.", True, [("японский парламент", "японский парламент")]),
        (
            "Британские власти выслали дипломатов.",
            True,
            [("Британские власти", "британские власти")],
        ),
        ("Ответа ждут от властей Норвегии.", True, [("властей Норвегии", "власти Норвегии")]),
        # ... and its nominative stays plural ("власть" is power)
        ("Министр ответил. Власти США промолчали.", True, [("Власти США", "власти США")]),
        # its country by the country's short name: one entity however the country is written
        (
            "Вчера правительство РФ одобрило закон.",
            True,
            [("правительство РФ", "правительство России")],
        ),
        ("Ответа ждут от властей КНР.", True, [("властей КНР", "власти Китая")]),
        # ... but a part of a country's state is the part's: Scotland's is not the UK's
        (
            "Вчера правительство Шотландии одобрило закон.",
            True,
            [("правительство Шотландии", "правительство Шотландии")],
        ),
        # a national team is named with its country, and then with its sport, if any
        (
            "Эстафету выиграла сборная Норвегии по биатлону.",
            True,
            [("сборная Норвегии по биатлону", "сборная Норвегии по биатлону")],
        ),
        ("Он забил за сборную Бельгии в среду.", True, [("сборную Бельгии", "сборная Бельгии")]),
        ("Тренер сборной РФ ушёл.", True, [("сборной РФ", "сборная России")]),
        ("Вратарь сборной пропустил два мяча.", True, []),
        # so is an embassy or an army, with its country
        (
            "Вчера посольство [COUNTRY Эквадора] ответило.",
            True,
            [("посольство Эквадора", "посольство Эквадора")],
        ),
        ("Наступает сирийская армия.", True, [("сирийская армия", "сирийская армия")]),
        ("Он служил в армии, потом в посольстве.", True, []),
        # a court is one named only with its place (a court alone is any court)
        ("Вчера суд [LOC Милана] оправдал его.", True, [("суд Милана", "суд Милана")]),
        ("Суд [LOC Кёльна] выносил вердикт.", True, [("Суд Кёльна", "суд Кёльна")]),
        ("Решение суда обжаловано, и он подал в суд.", True, []),
        ("Тренер сборной по плаванию ушёл в отставку.", True, []),
        # its common words in lower case: at a sentence start too, one entity
        ("Мэрия [LOC Москвы] подала в суд.", True, [("Мэрия Москвы", "мэрия Москвы")]),
        ("Письмо ушло британским властям.", True, [("британским властям", "британские власти")]),
        ("Власти решили закрыть мост.", True, []),
        # a place's adjective says whose it is as a country's does
        (
            "Проект одобрило казанское правительство.",
            True,
            [("казанское правительство", "казанское правительство")],
        ),
        (
            "Запрет ввели новосибирские власти.",
            True,
            [("новосибирские власти", "новосибирские власти")],
        ),
        ("Бойцы гвардейской армии отступили.", True, []),
        ("После смены власти в Норвегии начались протесты.", True, []),
        ("Борьба с норвежской властью продолжалась.", True, []),
        # alone, or completed by a person, it is generic; without genitives (factRuEval's
        # convention) the country is no part of it and it stays generic
        ("Решение приняло правительство в среду.", True, []),
        ("После ухода из правительства [PER Андрея Шаронова] он уехал.", True, []),
        ("Вчера правительство Норвегии одобрило закон.", False, []),
    ],
)
def test_a_generic_organisation_its_place_completes_is_named(text, genitives, expected):
    text, mentions = marked(text)
    found = refine(document(text), mentions, genitives=genitives, sentences=sentence_at(text))
    assert [(m.text, m.normal) for m in found if m.type == "ORG"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an institution of a kind with its place in the genitive right after it: one name
        # (the name without it a mention too, ``chains.before_owner``)
        (
            "Иск отклонил [ORG Административный суд] [LOC Кёльна] в среду.",
            [
                ("Административный суд Кёльна", "Административный суд Кёльна"),
                ("Административный суд", "Административный суд"),
            ],
        ),
        (
            "Он учился в [ORG Университете] [LOC Массачусетса] три года.",
            [("Университете Массачусетса", "Университет Массачусетса")],
        ),
        (
            "Протокол составила [ORG ГИБДД] [LOC Москвы] утром.",
            [("ГИБДД Москвы", "ГИБДД Москвы"), ("ГИБДД", "ГИБДД")],
        ),
        (  # ... a city's kind between
            "Иск рассмотрел [ORG Дзержинский районный суд] г. [LOC Новосибирска] вчера.",
            [("Дзержинский районный суд г. Новосибирска",) * 2],
        ),
        # ... an institution too; and the place its place is in, in the genitive after it
        (
            "Сообщила пресс-служба [ORG Правительства] [LOC Тверской области] вчера.",
            [("Правительства Тверской области", "Правительство Тверской области")],
        ),
        (
            "Поздравил глава [ORG Администрации] [LOC Советского района] [LOC Уфы] всех.",
            [("Администрации Советского района Уфы", "Администрация Советского района Уфы")],
        ),
        # a name of its own, a quoted name, a place in another case: the place stays apart
        ("Вчера [ORG Зенит] [LOC Санкт-Петербурга] выиграл.", [("Зенит", "Зенит")]),
        ("Игроки «[ORG Спартака]» [LOC Москвы] приехали.", [("Спартака", "Спартак")]),
        (
            "Дело передали [ORG Высокому суду] [LOC Лондон] и ждут.",
            [("Высокому суду", "Высокий суд")],
        ),
    ],
)
def test_an_institution_takes_in_its_place_in_the_genitive(text, expected):
    assert orgs(text) == expected


def test_the_place_after_an_institution_stays_out_when_asked():
    text, mentions = marked("Иск отклонил [ORG Административный суд] [LOC Кёльна] в среду.")
    found = refine(document(text), mentions, genitives=False)
    assert [m.text for m in found if m.type == "ORG"] == ["Административный суд"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quoted name after a noun of its kind or a legal form does not decline: as written
        ("Деньги перевели в фонд «[ORG Поможем]» в мае.", ("Поможем", "Поможем")),
        ("Волонтёры фонда «[ORG Подари жизнь]» приехали.", ("Подари жизнь", "Подари жизнь")),
        (
            "Доклад выпустила организация «[ORG Наблюдатели Петербурга]».",
            ("Наблюдатели Петербурга",) * 2,
        ),
        (
            "Статью напечатал журнал «[ORG Охраняется государством]».",
            ("Охраняется государством",) * 2,
        ),
        ("Участок купило ООО «[ORG Зелёные холмы]» весной.", ("Зелёные холмы",) * 2),
        # a first word read in another case than the descriptor's is not declined with it
        ("Договор заключён с компанией «[ORG Плаза девелопмент]».", ("Плаза девелопмент",) * 2),
        # the name in an oblique case: the writer declined it, or the noun governs it
        ("Руководство партии «[ORG Единой России]» собралось.", ("Единой России", "Единая Россия")),
        ("Новость висит на сайте «[ORG Газеты]» с утра.", ("Газеты", "Газета")),
        ("Сотрудники «[ORG Роснефти]» отказались.", ("Роснефти", "Роснефть")),
    ],
)
def test_a_quoted_name_after_its_kind_is_its_own_nominative(text, expected):
    assert orgs(text) == [expected]


@pytest.mark.parametrize(
    ("written", "normal"),
    [
        # adjectives before the head agree with it: every one goes into the nominative
        (
            "Западно-Уральскую торгово-промышленную палату",
            "Западно-Уральская торгово-промышленная палата",
        ),
        # a noun joined to the head by "и" goes into the nominative with it
        ("Известий и новостей", "Известия и новости"),
        # a genitive after the head keeps its case
        ("Друзей леса", "Друзья леса"),
        # a name that starts with a verb form or an adverb does not decline, ё kept
        ("Найди себя", "Найди себя"),
        ("Спасём", "Спасём"),
        ("Вперёд, Россия", "Вперёд, Россия"),
        # declined as before
        ("Ромашку в Самаре", "Ромашка в Самаре"),
        (
            "Ассоциации финно-угорских народов при обществе",
            "Ассоциация финно-угорских народов при обществе",
        ),
    ],
)
def test_an_organisation_name_declines_by_agreement(written, normal):
    from pressrel.lang import normalize

    (result,) = normalize.normalize([normalize.SpanKey("ORG", written, "«")])
    assert result.normal == normal


@pytest.mark.parametrize(
    ("name", "core"),
    [
        ("''Samsung Group", "Samsung Group"),  # NER took in wiki text's opening italics only
        ("''Новая газета''", "Новая газета"),
        ("О'Нил и партнёры", "О'Нил и партнёры"),
        ("Торги\u00a0и консалтинг", "Торги и консалтинг"),  # a no-break space is a space
    ],
)
def test_an_organisation_name_drops_wiki_apostrophes(name, core):
    from pressrel.orgs.ids import org_name

    assert org_name(name) == core


@pytest.mark.parametrize(
    ("written", "tagged", "normal"),
    [
        # the taggers changed the adjectives only: a singular head goes with them
        ("Объединённую медиа группу", "Объединённая медиа группу", "Объединённая медиа группа"),
        # before a plural head they stay as written: a name that keeps its case
        ("Трёх Святых Отцов", "Трёх Святые Отцов", "Трёх Святых Отцов"),
        ("Нашим рекам", "Наш рекам", "Нашим рекам"),
        # a genitive after the head keeps its case, a preposition's object too
        ("Друзей Байкала", "Друзья Байкал", "Друзья Байкала"),
        ("Ромашку в Самаре", "Ромашка в Самара", "Ромашка в Самаре"),
        # the taggers' capitals and lost ё are not the name's
        ("РосЗдрава", "росздрав", "РосЗдрав"),
        ("Зелёного мира", "Зеленый мир", "Зелёный мир"),
    ],
)
def test_the_taggers_nominative_of_a_name_is_checked(written, tagged, normal):
    from pressrel.lang.tagged import checked

    assert checked(written, tagged) == normal


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one word NER read as a person that pymorphy2 knows only as an organisation's name
        ("Акции [PER Роснефти] подешевели к вечеру.", [("Роснефти", "Роснефть")]),
        ("Ответ [PER Минфину] направлен в пятницу.", [("Минфину", "Минфин")]),
        ("Сделку с [PER Ростелекомом] одобрили акционеры.", [("Ростелекомом", "Ростелеком")]),
        # hyphenated: the whole word is the name, not a plural of its last part
        ("Боевики [PER Аль-Каиды] отступили.", [("Аль-Каиды", "Аль-Каида")]),
        ("Боевики [ORG Аль-Кайды] отступили.", [("Аль-Кайды", "Аль-Каида")]),
        # the document names a person with that word: it is that person's surname
        ("Приехал [PER Олег Челси]. Позже [PER Челси] уехал домой.", []),
        # a surname reading, or a word pymorphy2 does not know: a person
        ("Об этом сказала [PER Петрова] журналистам.", []),
        ("Об этом сказал [PER Кварцхелия] журналистам.", []),
        # a noun of a living being right before it, in apposition: a person
        ("Она вышла из квартиры своей дочери [PER Челси] к журналистам.", []),
        ("Вчера выступила певица [PER Челси] на стадионе.", []),
        # a noun of a thing before it does not make it a person
        ("Акции компании [PER Роснефти] подешевели.", [("Роснефти", "Роснефть")]),
    ],
)
def test_a_person_pymorphy2_knows_only_as_an_organisation_is_one(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a span-final lower-case adjective lost its noun: the name goes on to the noun
        (
            "Жалобу рассмотрит [ORG Федеральное лесное] агентство на следующей неделе.",
            ["Федеральное лесное агентство"],
        ),
        (
            "Специалисты [ORG Института морской], речной и озёрной биологии вышли в море.",
            ["Института морской, речной и озёрной биологии"],
        ),
        # a phrase with "по" NER cut before its noun's genitive
        (
            "Запрос рассмотрела [ORG Комиссия по вопросам] гражданства при президенте.",
            ["Комиссия по вопросам гражданства"],
        ),
        ("Глава [ORG Управления по делам] молодёжи выступил.", ["Управления по делам молодёжи"]),
        ("Вчера [ORG Комиссия по вопросам] в среду собралась.", ["Комиссия по вопросам"]),
        # a dependent noun of the name takes the nouns coordinated with it in its case
        (
            "Вчера [ORG Ассоциация художников] и скульпторов Урала открыла выставку.",
            ["Ассоциация художников и скульпторов Урала"],
        ),
        (
            "Сотрудники [ORG Института физики] и химии полимеров провели опыт.",
            ["Института физики и химии полимеров"],
        ),
        (
            "Члены [ORG Общества любителей рыбалки], охоты и туризма собрались в клубе.",
            ["Общества любителей рыбалки, охоты и туризма"],
        ),
        # no noun agrees with the adjective, or the list is not closed by "и": as found
        ("Письмо получил [ORG Центр научный], а не институт.", ["Центр научный"]),
        (
            "Члены [ORG Общества любителей рыбалки], охоты, туризма собрались.",
            ["Общества любителей рыбалки"],
        ),
        # the head noun itself coordinated: two bodies, not one name
        (
            "Представители [ORG Общественного совета] и полпредства встретились.",
            ["Общественного совета"],
        ),
        # a second body written as a common noun, or a capitalised name: not a conjunct
        (
            "Сотрудники [ORG Министерства обороны] и министерства финансов встретились.",
            ["Министерства обороны"],
        ),
        ("Сотрудники [ORG Министерства обороны] и полиции встретились.", ["Министерства обороны"]),
        # a nominative after a comma is no conjunct of a dependent genitive
        (
            "Он возглавлял [ORG Союз журналистов], председатель совета и редакций газет.",
            ["Союз журналистов"],
        ),
    ],
)
def test_a_name_cut_inside_its_noun_phrase_reaches_the_phrase_end(text, expected):
    assert [written for written, _ in orgs(text)] == expected


def test_a_name_completed_to_its_noun_declines_with_it():
    text = "Жалобу рассмотрит [ORG Федеральному лесному] агентству на следующей неделе."
    assert orgs(text) == [("Федеральному лесному агентству", "Федеральное лесное агентство")]


def test_a_conjunction_is_no_noun_of_a_final_adjective():
    text = "Встали [ORG Енакиевский трубный] и\u00a0Донецкий металлургический заводы."
    assert orgs(text)[0][0] == "Енакиевский трубный"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a thing someone owns (the reflexive possessive), a site a personal page is on
        ("Министр написал в своём [ORG Твиттере], что уходит.", False),
        ("Певица рассказала на своей странице в [ORG Instagram] о свадьбе.", False),
        ("Депутат в своём микроблоге в «[ORG Twitter]» опроверг слухи.", False),
        ("Глава региона сообщил в своём [ORG Telegram-канале] о решении.", False),
        ("Его аккаунт в [ORG Facebook] заблокировали.", False),
        # governed by another word: the organisation
        ("Министр пожаловался в [ORG Twitter] на блокировку.", True),
        ("Журналист работает на [ORG НТВ] давно.", True),
        ("Он дал интервью в [ORG РБК] о своём уходе.", True),
        ("Свою долю в [ORG Газпроме] он продал.", True),
        # where words are said is often the organisation itself
        ("Министр Сергей Лавров заявил в [ORG ООН], что Россия против.", True),
        ("Депутат Иван Петров сказал в [ORG Госдуме], что закон примут.", True),
    ],
)
def test_a_thing_someone_owns_is_no_organisation(text, kept):
    assert bool(orgs(text)) is kept


def test_a_name_is_not_repeated_where_it_is_a_thing_someone_owns():
    text, mentions = marked("[ORG Twitter] оштрафовали. Министр написал в своём Twitter о штрафе.")
    found = refine(document(text), mentions, sentences=sentence_at(text))
    assert [m.start for m in found if m.type == "ORG"] == [0]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # every word of the span is a word of a longer person name the document gives
        ("[PER Олег Петренко] ушёл из партии. [ORG Петренко] записал обращение.", []),
        ("[ORG Анна Ривес] спела. Певица [PER Анна Ривес] рада.", []),
        # a word of a name that is not a person's, or a one-word person: the organisation
        (
            "[PER Евгений Касперский] выступил. [ORG Лаборатория Касперского] ответила.",
            ["Лаборатория Касперского"],
        ),
        ("[PER Петренко] ушёл. [ORG Петренко] записал обращение.", ["Петренко"]),
    ],
)
def test_a_person_the_document_names_is_no_organisation(text, kept):
    assert [written for written, _ in orgs(text)] == kept


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place in apposition to a common noun in the genitive after an institution
        (
            "Иск рассмотрел [ORG Верховный суд] штата [LOC Огайо] в среду.",
            "Верховный суд штата Огайо",
        ),
        (
            "Студент [ORG Университета] провинции [LOC Онтарио] уехал.",
            "Университета провинции Онтарио",
        ),
        # a person, a preposition, a name of its own: the name ends where NER ended it
        ("Вчера [ORG Ленинский суд] жителя [LOC Москвы] оправдал.", "Ленинский суд"),
        ("Вчера [ORG Ленинский суд] в [LOC Москве] решил дело.", "Ленинский суд"),
        ("[ORG Сибнефтегаз] региона [LOC Сибирь] вырос.", "Сибнефтегаз"),
    ],
)
def test_a_place_after_a_common_noun_of_an_institution(text, expected):
    assert orgs(text)[0][0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a generic organisation with whose it is in the genitive after it
        (
            "Решение вчера приняло правительство Норвегии.",
            ["правительство Норвегии", "правительство"],
        ),
        ("Дело расследует полиция [LOC Вашингтона].", ["полиция Вашингтона", "полиция"]),
        # a person (whose departure, not whose government), a preposition: the organisation alone
        ("Он ушёл из правительства [PER Андрея Орлова] весной.", ["правительства"]),
        ("Дело расследует полиция в [LOC Москве].", ["полиция"]),
    ],
)
def test_a_generic_organisation_takes_in_whose_it_is(text, expected):
    assert [written for written, _ in orgs(text, generic=True)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a compound's head is its last part: a person noun, so a position
        ("Крупнейшим [ORG IT-поставщиком Минфина] стала фирма.", ["Минфина"]),
        ("Он стал первым [ORG YouTube-блогером] страны.", []),
        # a compound headed by a thing, or a name of its own: as found
        ("Он работал в [ORG IT-компании Минфина] давно.", ["IT-компании Минфина"]),
        ("Матч выиграл [ORG Спартак-Москва] вчера.", ["Спартак-Москва"]),
    ],
)
def test_a_compound_is_read_by_its_last_part(text, expected):
    assert [written for written, _ in orgs(text)] == expected


def added_by_refine(text: str) -> list[str]:
    """The ORG mentions refine adds to the marked spans of text (their texts)."""
    text, mentions = marked(text)
    found = refine(document(text), mentions, sentences=sentence_at(text))
    taken = {(m.start, m.stop) for m in mentions}
    return [m.text for m in found if (m.start, m.stop) not in taken]


@pytest.mark.parametrize(
    ("text", "added"),
    [
        # a Latin-script name NER did not see, after a noun of an organisation kind
        ("Интервью опубликовал журнал ''Harbour Review'' в среду.", ["Harbour Review"]),
        ("Об этом сообщает агентство Nordwind News со ссылкой на полицию.", ["Nordwind News"]),
        ("Газета St. Paul Herald опубликовала письмо.", ["St. Paul Herald"]),
        ("По данным газеты ''Münchner Bote'', виллу продают.", ["Münchner Bote"]),
        ("Он работал в компании «Blue Harbor Foods» три года.", ["Blue Harbor Foods"]),
        # the names listed after it in the same marks are of the same kind
        (
            "Он играл за клубы (''Lake City Bears'', ''Port Elm Hawks'' и ''Bay Wolves'').",
            ["Lake City Bears", "Port Elm Hawks", "Bay Wolves"],
        ),
        # no kind before it, a mention over it, a lower-case word after it, a single letter
        ("Он купил автомобиль ''Harbour Review'' вчера.", []),
        ("Интервью опубликовал журнал [ORG Harbour Review] в среду.", []),
        ("Новый браузер Junior вышел для планшетов Apple iPad весной.", []),
        ("Команда вышла на первую строчку в группе E.", []),
        # a Latin-script name in brackets after an organisation: its name in its own language
        (
            "Об этом написала газета «[ORG Ривер Геральд]» (River Herald) в пятницу.",
            ["River Herald"],
        ),
        (
            "Заявление сделала [ORG Чилийская федерация шахмат] (Federación Chilena de Ajedrez; FCA).",
            ["Federación Chilena de Ajedrez"],
        ),
        # after no organisation, an exchange's code, a name already marked
        ("Он родился в [LOC Порт-Элме] (Port Elm) в 1990 году.", []),
        ("Акции компании «[ORG Ривер Фудс]» (NASDAQ: RVF) выросли.", []),
        ("Об этом написала газета «[ORG Ривер Геральд]» ([ORG River Herald]) вчера.", []),
    ],
)
def test_a_latin_name_in_apposition_is_an_organisation(text, added):
    assert added_by_refine(text) == added


@pytest.mark.parametrize(
    ("text", "added"),
    [
        # a quoted name after a noun of an organisation kind, any script: in apposition to it
        ("Комиссар молодёжного движения «Вперёд» выступил.", ["Вперёд"]),
        (
            "Он стал учредителем компании «Реестр честных соседей» в мае.",
            ["Реестр честных соседей"],
        ),
        ('Деньги перевели благотворительному фонду "Тёплый дом" вчера.', ["Тёплый дом"]),
        # ... and the names listed after it in marks
        (
            "Она вела кружки движений «Вперёд», «Своих» и «Мост» в школе.",
            [],  # a plural noun: no apposition to one name
        ),
        ("Он основал фонд «Вперёд» и «Мост» позже.", ["Вперёд", "Мост"]),
        # a noun of an undertaking, a building, a plural noun, no kind, a lower-case name
        ("Стартовал творческий проект «Тихая степь» в Киеве.", []),
        ("Сгорело здание торгового центра «Рассвет» ночью.", []),
        ("Разработчики систем «Рубеж» жаловались.", []),
        ("Он снялся в фильме «Брат» в молодости.", []),
        # a noun that also governs a genitive name, before one that cannot be a nominative
        ("Материал вышел на сайте «Времени» вчера.", []),
        ("Он владел рестораном «Свои люди» долго.", ["Свои люди"]),
        ("Сотрудники компании «какой-то» молчат.", []),
        # a mention over it; a name with marks inside it is left alone, the one inside read
        ("Сотрудники банка «[ORG Открытие]» уволены.", []),
        ("Он создал «Частный конный завод „Веедерн“» под Калининградом.", ["Веедерн"]),
    ],
)
def test_a_quoted_name_after_an_organisation_kind_is_an_organisation(text, added):
    assert added_by_refine(text) == added


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a building named for the government it houses: the institution
        ("Вчера [LOC Кремль] отказался комментировать слухи.", "ORG"),
        ("Пресс-секретарь [LOC Кремля] ответил журналистам.", "ORG"),
        ("Об этом говорится на сайте [LOC Кремля].", "ORG"),
        ("Вечером [LOC Белый дом] опроверг сообщения газеты.", "ORG"),
        ("Решение поддержали в [LOC Белом доме] и в конгрессе.", "LOC"),  # where: the building
        ("Такой исход невыгоден для [LOC Кремля] сейчас.", "ORG"),  # whom it suits
        ("Предложение одобрено [LOC Кремлём] без поправок.", "ORG"),
        # the building as a place: after a preposition of place
        ("Туристы долго гуляли у [LOC Кремля] вечером.", "LOC"),
        ("Пикетчики стояли перед [LOC Белым домом] неделю.", "LOC"),
        ("Концерт прошёл в [LOC Кремле] в субботу.", "LOC"),
        ("Дома стоят от [LOC Кремля] до бульвара.", "LOC"),
        ("Из окон открывается вид на [LOC Кремль] и реку.", "LOC"),
        # in the genitive after an institution noun: the institution is the organisation
        ("Сотрудник администрации [LOC Кремля] уволился.", "LOC"),
        # other places stay places
        ("Туристы осмотрели [LOC Эрмитаж] утром.", "LOC"),
    ],
)
def test_a_seat_of_power_names_its_government(text, expected):
    building = "Кремл" if "Кремл" in text else ("Бел" if "Бел" in text else "Эрмитаж")
    assert [t for w, t, _ in refined_entities(text) if w.startswith(building)] == [expected]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the site a text was put on, next to a verb of publishing: no organisation
        ("Вечером министр написал в [ORG Facebook], что уходит.", False),
        ("Фотографии опубликовали в [ORG Instagram] утром.", False),
        ("Ролик, выложенный на [ORG YouTube], посмотрели миллионы.", False),
        ("Запись в [ORG Telegram] опубликована ночью.", False),
        ("Свою версию он разместил на [ORG Reddit] вчера.", False),
        # verbs of speech say where one spoke or to whom: the organisation stays
        ("Лавров заявил в [ORG ООН], что это ложь.", True),
        ("Об этом министр сказал в [ORG Госдуме] во вторник.", True),
        ("Об этом в [ORG Twitter] сообщила певица.", True),
        # a quoted name (a newspaper one writes in), another sentence, no preposition
        ("Статью он опубликовал в «[ORG Новой газете]» вчера.", True),
        ("Письмо он написал утром. В [ORG Facebook] его прочли.", True),
        ("Акции [ORG Facebook] выросли после того, как отчёт опубликовали.", True),
    ],
)
def test_a_site_a_text_was_published_on_is_no_organisation(text, kept):
    name = text[text.index("[ORG ") + 5 : text.index("]")]
    assert [w for w, t, _ in refined_entities(text) if t == "ORG"] == ([name] if kept else [])


@pytest.mark.parametrize(
    ("text", "site", "kept"),
    [
        # a personal page with whose it is in the genitive, then the site it is on
        (
            "Снимок появился на странице министерства обороны в [ORG Facebook] днём.",
            "Facebook",
            False,
        ),
        ("Заявление вышло на странице [ORG МВД] Египта в [ORG Facebook] ночью.", "Facebook", False),
        ("Отзыв оставили в профиле певицы в [ORG Instagram] вчера.", "Instagram", False),
        # no page noun, or a word that is no genitive in between, or another clause
        ("Сотрудник работал три года в [ORG Facebook] инженером.", "Facebook", True),
        ("На странице сказано, что в [ORG Facebook] его ждут.", "Facebook", True),
        ("На странице написано, что в [ORG Facebook] его ждут.", "Facebook", True),
    ],
)
def test_the_site_of_a_page_of_someone_is_no_organisation(text, site, kept):
    assert (site in [w for w, t, _ in refined_entities(text) if t == "ORG"]) is kept


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quoted name a person noun governs is its genitive: the nominative singular
        ("Учредитель «Мосинжпроект-реставрации» сменился.", ["Мосинжпроект-реставрация"]),
        ("Вчера сотрудники «Медузы» уехали.", ["Медуза"]),
        ("Акционеры «АвтоВАЗагрегата» собрались.", ["АвтоВАЗагрегат"]),  # capitals kept
        # so is the source cited after "по" and a noun, its word never a nominative
        ("По информации «Спорт-Экспресса», контракт продлён.", ["Спорт-Экспресс"]),
        # ... not a name after a thing's noun: in apposition, as written
        ("Самолёт сел на авиабазе «Эль-Маза» утром.", ["Эль-Маза"]),
        # no person noun before: the name may be a plural or in apposition, as written
        ("Вечером сайт «Известия» сообщил о сделке.", ["Известия"]),
        ("Как сообщает РИА «Новости», сделка закрыта.", ["Новости"]),
        ("Представители «Российских железных дорог» приехали.", ["Российские железные дороги"]),
    ],
)
def test_a_quoted_name_a_noun_governs_is_read_in_the_nominative(text, expected):
    assert [m.normal for m in analyze(text).mentions if m.type == "ORG"] == expected


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # a name written as its head noun alone is the one organisation named with it
        (
            "Закон внесли в [ORG Государственную думу]. В [ORG Думе] его поддержали.",
            {"ORG:Государственная дума"},
        ),
        (
            "Собор освятила [ORG Русская православная церковь]. Позицию [ORG Церкви] озвучили.",
            {"ORG:Русская православная церковь"},
        ),
        # two organisations of that head: the head alone is neither
        (
            "Спорили [ORG Государственная дума] и [ORG Московская городская дума]. [ORG Дума] "
            "решила иначе.",
            {"ORG:Государственная дума", "ORG:Московская городская дума", "ORG:Дума"},
        ),
        # a proper name is no head: "Россия" of "Единая Россия", "Москва" of "Вечерняя Москва"
        (
            "Депутаты [ORG Единой России] спорили с [ORG Россией].",
            {"ORG:Единая Россия", "ORG:Россия"},
        ),
        (
            "Газета [ORG Вечерняя Москва] писала, что [ORG Москва] против.",
            {"ORG:Вечерняя Москва", "ORG:Москва"},
        ),
        # a head with a genitive after it is no name of adjectives and a head
        (
            "Решение принял [ORG Совет Федерации]. [ORG Совет] собрался вечером.",
            {"ORG:Совет Федерации", "ORG:Совет"},
        ),
    ],
)
def test_a_name_written_as_its_head_alone_is_the_organisation_named_with_it(text, entities):
    assert org_entities(text) == entities


def test_an_organisations_own_name_nested_in_its_span_only_under_nerels_convention():
    """pressrel's output names an organisation once where the text does ("МИД России": one ORG,
    one COUNTRY inside); Options.org_inner_names adds the name nested inside as NEREL annotates
    it."""
    text = "Глава МИД России прилетел в Женеву, сообщает японский МИД."
    plain = [(m.text, m.start) for m in analyze(text, types="ORG").mentions]
    nested = [(m.text, m.start) for m in analyze(text, types="ORG", org_inner_names=True).mentions]
    assert plain == [("МИД России", 6), ("японский МИД", 45)]
    assert nested == [("МИД России", 6), ("МИД", 6), ("японский МИД", 45), ("МИД", 54)]


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # written without the place NER found after it elsewhere: the one organisation so named
        (
            "Иск принял [ORG Басманный суд] [LOC Москвы]. [ORG Басманный суд] отказал, решение "
            "[ORG Басманного суда] обжаловано.",
            ["ORG:Басманный суд Москвы"] * 3,
        ),
        # two places: the bare name is neither
        (
            "Спорили [ORG Тверской суд] [LOC Москвы] и [ORG Тверской суд] [LOC Твери]. "
            "[ORG Тверской суд] решил иначе.",
            ["ORG:Тверской суд Москвы", "ORG:Тверской суд Твери", "ORG:Тверской суд"],
        ),
        # a body the document also names with its country is no regional one
        (
            "Спорили [ORG Министерство финансов] [LOC Калужской области] и [ORG Минфин России]. "
            "[ORG Министерство финансов] ответило.",
            [
                "ORG:Министерство финансов Калужской области",
                "ORG:Министерство финансов",  # the curated full name of Минфин (России)
                "ORG:Министерство финансов",
            ],
        ),
    ],
)
def test_a_name_written_without_its_place_is_the_one_named_with_it(text, entities):
    text, mentions = refined(text, inner_names=False)
    mentions.sort(key=lambda m: (m.start, -m.stop, m.type))
    assert [m.entity for m in resolve(mentions, text) if m.type == "ORG"] == entities


@pytest.mark.parametrize(
    ("written", "normal"),
    [
        # a dotted name declines in its last part, a common noun that keeps its number
        ("Яндекс.Новостях", "Яндекс.Новости"),
        ("Яндекс.Новостей", "Яндекс.Новости"),
        ("Яндекс.Маркете", "Яндекс.Маркет"),
        ("Яндекс.Картами", "Яндекс.Карты"),
        # a last part that may be a nominative stays as written, and so does a Latin one
        ("Яндекс.Новости", "Яндекс.Новости"),
        ("Москва.Центр", "Москва.Центр"),
        ("Mail.Ru", "Mail.Ru"),
    ],
)
def test_a_dotted_name_declines_in_its_last_part(written, normal):
    assert nominative(written) == normal


@pytest.mark.parametrize(
    ("names", "joined"),
    [
        # the head declines before an indeclinable tail of capitals or digits, which stays
        ({"Агро-Марине-СПГ", "Агро-Марин-СПГ"}, {"Агро-Марине-СПГ": "Агро-Марин-СПГ"}),
        ({"Реновы-СП", "Ренова-СП"}, {"Реновы-СП": "Ренова-СП"}),
        ({"Мосинжпроекта-24", "Мосинжпроект-24"}, {"Мосинжпроекта-24": "Мосинжпроект-24"}),
        # without a tail, as before; different tails are different names
        ({"Реновы", "Ренова"}, {"Реновы": "Ренова"}),
        ({"Реновы-СП", "Ренова-ГК"}, {}),
        # places too; two names each of which reads as the other's oblique form: neither
        ({"Шиес", "Шиесе"}, {"Шиесе": "Шиес"}),
        ({"Калужская область", "Калужская области"}, {"Калужская области": "Калужская область"}),
        ({"Шарлотт", "Шарлотта"}, {}),
    ],
)
def test_names_differing_in_the_head_before_a_tail_are_one(names, joined):
    from pressrel.lang.forms import nominatives

    assert nominatives(names) == joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NER stopped inside a name the document writes in full: the rest taken in, in any case
        (
            "Учредители [ORG Общества любителей древней письменности] молчат. Среди учредителей "
            "[ORG Общества любителей древней] письменности есть банкир.",
            [
                (
                    "Общества любителей древней письменности",
                    "Общество любителей древней письменности",
                ),
                (
                    "Общества любителей древней письменности",
                    "Общество любителей древней письменности",
                ),
            ],
        ),
        (
            "Он основал «[ORG Северный торговый дом]». Его [ORG Северный] торговый дом закрылся.",
            [
                ("Северный торговый дом", "Северный торговый дом"),
                ("Северный торговый дом", "Северный торговый дом"),
            ],
        ),
        # a hard-wrapped line does not end the name
        (
            "Решения [ORG Северного торгового дома] важны.\nПрибыль [ORG Северного] торгового\nдома "
            "выросла.",
            [
                ("Северного торгового дома", "Северный торговый дом"),
                ("Северного торгового\nдома", "Северный торговый дом"),
            ],
        ),
        # words that are not the rest of the name, a punctuation mark between, a quoted name
        # closed by its mark: as NER read them
        (
            "Он основал «[ORG Северный торговый дом]». Его [ORG Северный] торговый флот вырос.",
            [("Северный торговый дом", "Северный торговый дом"), ("Северный", "Северный")],
        ),
        (
            "Он основал «[ORG Северный торговый дом]». Его [ORG Северный], торговый дом закрылся.",
            [("Северный торговый дом", "Северный торговый дом"), ("Северный", "Северный")],
        ),
        (
            "Он основал «[ORG Северный торговый дом]». Её «[ORG Северный]» торговый дом купил.",
            [("Северный торговый дом", "Северный торговый дом"), ("Северный", "Северный")],
        ),
    ],
)
def test_a_name_cut_short_is_completed_by_the_fuller_name_of_the_document(text, expected):
    from pressrel.orgs.fuller import by_fuller_names

    text, mentions = refined(text)
    assert [(m.text, m.normal) for m in by_fuller_names(text, mentions)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body of an organisation NER found right after it, in the genitive: one ORG, the
        # organisation a mention of its own inside it, even where the sentence starts with it
        (
            "Совет директоров Северного банка в пятницу принял решение о ставке.",
            [("Совет директоров Северного банка", "Совет директоров Северного банка")],
        ),
        (
            "Вчера совет директоров ВТБ одобрил сделку.",
            [("совет директоров ВТБ", "совет директоров ВТБ")],
        ),
        # a body alone, or before something that is no organisation, is generic: not reported
        ("Совет директоров отмечает замедление роста цен.", []),
        ("Совет директоров Ивана Петрова не собирался.", []),
    ],
)
def test_a_body_of_the_organisation_after_it_is_an_organisation(text, expected):
    found = [(m.text, m.normal) for m in analyze(text, types="ORG").mentions]
    assert [pair for pair in found if pair[0].lower().startswith("совет")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a press service is a body of the organisation after it, as NEREL annotates it
        ("Об этом сообщила пресс-служба Банка России.", [("пресс-служба Банка России",) * 2]),
        (
            "Об этом сообщили в пресс-службе Кремля.",
            [("пресс-службе Кремля", "пресс-служба Кремля")],
        ),
        # ... alone, any organisation's, and never the one named before
        (
            "Пресс-служба Сбербанка ответила. Позже пресс-служба уточнила это.",
            [
                ("Пресс-служба Сбербанка", "Пресс-служба Сбербанка"),
            ],
        ),
    ],
)
def test_a_press_service_is_the_body_of_the_organisation_after_it(text, expected):
    found = [(m.text, m.normal) for m in analyze(text, types="ORG").mentions]
    assert [pair for pair in found if "пресс" in pair[0].lower()] == expected


def test_a_hyphenated_common_noun_after_a_name_is_no_genitive_of_it():
    """ "Infox.ru пресс-службу": "пресс-службу" declines, and shows an accusative."""
    found = [
        m.text
        for m in analyze(
            "Запрос направили в Infox.ru пресс-службу Минобороны.", types="ORG"
        ).mentions
    ]
    assert "Infox.ru пресс-службу Минобороны" not in found


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        # a country's adjective before a name is the country's name after it, when the document
        # writes that name (its full name compared) with that country
        (
            "Американское министерство юстиции подало иск. В Минюсте США это подтвердили.",
            ["ORG:Минюст США", "ORG:Минюст США"],
        ),
        (
            "Представитель американского Минюста выступил. В Минюсте США промолчали.",
            ["ORG:Минюст США", "ORG:Минюст США"],
        ),
        # in lower case before an institution named by its kind, whose it is, evidence or not
        (
            "Об этом сообщила бельгийская полиция. Позже полиция Бельгии задержала двоих.",
            ["ORG:полиция Бельгии", "ORG:полиция Бельгии"],
        ),
        ("Учения провело российское министерство обороны.", ["ORG:Министерство обороны"]),
        # ... and first in a sentence, capitalised for that alone
        ("Британское правительство ответило.", ["ORG:правительство Великобритании"]),
        ("Немецкое посольство закрыли.", ["ORG:посольство Германии"]),
        # a part's adjective or name is the part's, not its state's
        (
            "Об этом сообщила шотландская полиция. Позже полиция Англии задержала двоих.",
            ["ORG:шотландская полиция", "ORG:полиция Англии"],
        ),
        # before a proper name, or capitalised, only on evidence: it may be part of the name
        ("Вечером открылся советский Дом культуры.", ["ORG:советский Дом культуры"]),
        ("Статья вышла в «Российской газете» утром.", ["ORG:Российская газета"]),
        (
            "Учения провело Российское министерство обороны.",
            ["ORG:российское министерство обороны"],
        ),
    ],
)
def test_a_name_with_its_countrys_adjective_is_the_name_with_the_country(text, entities):
    assert [m.entity for m in analyze(text, types="ORG").mentions] == entities


@pytest.mark.parametrize(
    "text",
    [
        "[ORG ФСБ] [COUNTRY России] и [ORG ФСБ] сообщили. [ORG Министерства обороны Румынии] нет.",
        "[ORG Федеральная антимонопольная служба] (ФАС) и [ORG ФАС] вчера. [ORG Банком] России.",
        "[ORG Басманный суд Москвы] и [ORG Басманный суд] решили. [ORG МИД России] и [ORG МИД].",
    ],
)
def test_an_organisations_ids_read_once_are_those_read_again(text):
    """``Organisations`` reads each mention's canonical name and country tail once: the ids it
    gives are those read afresh for each mention."""
    from pressrel.orgs.extend import country_tail
    from pressrel.orgs.ids import Organisations

    clean, mentions = marked(text)
    found = Organisations(mentions, clean)
    for m in (m for m in mentions if m.type == "ORG"):
        assert found._country_tail(m) == country_tail(clean, m.start, m.stop)
        entity = found.entity(m)
        memo, found.canonical, found.tails = found.canonical, {}, {}
        assert found.entity(m) == entity
        found.canonical = memo


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        # an institution named with a place's adjective is the one named with the place
        ("Решение приняло казанское правительство.", "ORG:правительство Казани"),
        ("Запрет ввели новосибирские власти.", "ORG:власти Новосибирска"),
        ("Иск подала тверская прокуратура.", "ORG:прокуратура Твери"),
    ],
)
def test_an_institution_with_a_place_adjective_is_the_places(text, entity):
    assert [m.entity for m in analyze(text, types="ORG").mentions] == [entity]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body the document names with its organisation, written again bare: that body
        (
            "Совет директоров Сбербанка принял решение. Совет директоров отмечает рост.",
            [("Совет директоров", "ORG:Совет директоров Сбербанка")],
        ),
        # ... not when it names the bodies of two, nor when whose it is follows it
        (
            "Он вошёл в совет директоров Сбербанка, а затем в совет директоров ВТБ. "
            "Совет директоров отмечает рост.",
            [],
        ),
        (
            "Совет директоров Сбербанка принял решение. Он вошёл в совет директоров компании.",
            [],
        ),
    ],
)
def test_a_bare_body_written_again_is_the_body_named_before(text, expected):
    bare = [
        (m.text, m.entity)
        for m in analyze(text, types="ORG").mentions
        if m.text.lower() == "совет директоров"
    ]
    assert bare == expected


@pytest.mark.parametrize(
    ("span", "body"),
    [
        # a lower-case common noun after a body is the next clause's subject, not its owner
        ("Совета директоров доходности облигаций", "Совета директоров"),
        ("совете директоров цены", "совете директоров"),
        # ... an organisation's name or kind is whose the body is
        ("Совета директоров Сбербанка", "Совета директоров Сбербанка"),
        ("совета директоров компании", "совета директоров компании"),
        ("Совета директоров и правления", "Совета директоров и правления"),
        ("Совета Федерации доходности", "Совета Федерации доходности"),  # no body phrase
    ],
)
def test_a_body_ends_before_a_common_noun(span, body):
    assert span[: generic.body_end(span, 0, len(span))] == body


def test_a_body_ner_ran_on_with_is_the_body_named_before():
    text = (
        "Совет директоров Сбербанка принял решение. С прошлого заседания Совета директоров "
        "доходности ОФЗ снизились."
    )
    organisations = [(m.text, m.entity) for m in analyze(text, types="ORG").mentions]
    assert ("Совета директоров", "ORG:Совет директоров Сбербанка") in organisations
    assert all("доходности" not in name for name, _ in organisations)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ministry named by the genitive after it is one institution, in lower case too
        (
            "Как сообщили в министерстве культуры, дело закрыто.",
            [("министерстве культуры", "ORG:Министерство культуры")],
        ),
        (
            "Деньги выделило министерство обороны.",
            [("министерство обороны", "ORG:Министерство обороны")],
        ),
        # ... not the noun alone, nor before a conjunction
        ("Министерства и ведомства молчат.", []),
        ("Об этом сообщило министерство.", []),
        # ... nor a ministry wedged between a participle and the noun it qualifies: that
        # noun is the participle's, the ministry its complement
        ("Этим заняты подчинённые министерству учреждения.", []),
        ("Работу ведут подведомственные министерству организации.", []),
    ],
)
def test_a_ministry_named_by_its_field_is_named(text, expected):
    assert [(m.text, m.entity) for m in analyze(text, types="ORG").mentions] == expected


def test_a_chamber_is_an_organisation_kind_completed_by_its_place():
    """A chamber ("палата") is an organisation's kind: the place NER found after it completes
    its name, as after a court or a university."""
    text = "Члены Общественной палаты Тулы выступили."
    assert [(m.text, m.entity) for m in analyze(text, types="ORG").mentions] == [
        ("Общественной палаты Тулы", "ORG:Общественная палата Тулы")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a school named by its number is an organisation, with its agreeing adjectives and
        # the place it is of
        ("Он учился в школе № 201 на юге города.", [("школе № 201", "ORG:школа № 201")]),
        ("Она окончила среднюю школу №5.", [("среднюю школу №5", "ORG:средняя школа №5")]),
        (
            "Выпускник гимназии № 3 Махачкалы поступил в институт.",
            [("гимназии № 3 Махачкалы", "ORG:гимназия № 3 Махачкалы")],
        ),
        # ... one school, whether or not the adjective of its place is written
        (
            "Пришли ученики московской школы №\u202f201. Музей открыли в школе № 201.",
            [
                ("московской школы №\u202f201", "ORG:школа № 201"),
                ("школе № 201", "ORG:школа № 201"),
            ],
        ),
        # ... not a numbered hospital, polling station or house: buildings and places
        ("Его доставили в больницу № 2.", []),
        ("Он голосовал на участке № 1520.", []),
        ("Школа работает давно.", []),
    ],
)
def test_a_school_named_by_its_number_is_an_organisation(text, expected):
    assert [(m.text, m.entity) for m in analyze(text, types="ORG").mentions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Roman numeral NER read as an organisation is a numeral (a century's, a king's)
        ("Дом конца [ORG XVII] века снесли.", []),
        ("Съезд [ORG III] созыва прошёл.", []),
        # ... one letter alone may be a name
        ("Группа [ORG X] выпустила альбом.", [("X", "X")]),
    ],
)
def test_a_roman_numeral_is_no_organisation(text, expected):
    assert orgs(text) == expected


def test_a_roman_numeral_after_an_organisation_kind_is_no_name():
    text = "Музей открыли в палатах XVII века на Лаврушинском."
    assert [m.text for m in analyze(text, types="ORG").mentions] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a one-word name written again in quotation marks in another case is the organisation
        (
            "Компания «Конкорд» выиграла тендер. О выходе «Конкорда» на рынок писали газеты.",
            [("Конкорд", "ORG:Конкорд"), ("Конкорда", "ORG:Конкорд")],
        ),
        (
            "Об этом писали в «Медузе». По просьбе «Медузы» эксперт проверил данные.",
            [("Медузе", "ORG:Медуза"), ("Медузы", "ORG:Медуза")],
        ),
        # ... not a word that only begins like it
        (
            "Компания «Конкорд» выиграла тендер. Фильм «Конкорданс» вышел.",
            [("Конкорд", "ORG:Конкорд")],
        ),
    ],
)
def test_a_quoted_name_written_again_in_another_case(text, expected):
    assert [(m.text, m.entity) for m in analyze(text, types="ORG").mentions] == expected


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        # a quoted name right after a preposition is in the case it governs: its nominative
        ("Департамент разорвал отношения с «Лайфом» в марте.", "Лайф"),
        ("Матч прошёл в «Стейплз-центре» вечером.", "Стейплз-центр"),
        # ... not an ending two declensions share in a word pymorphy2 only guesses at
        ("Об этом писали на НТВ и в «Лайфе».", "Лайфе"),
        # ... but a dictionary word behind a known prefix has that word's gender
        ("Приговор опубликовали на «Медиазоне» вчера.", "Медиазона"),
    ],
)
def test_a_quoted_name_after_a_preposition_in_the_nominative(text, normal):
    quoted = text[text.index("«") + 1 : text.index("»")]
    found = [m.normal for m in analyze(text, types="ORG").mentions if m.text == quoted]
    assert found == [normal]


@pytest.mark.parametrize(
    ("text", "organisations"),
    [
        # an ORG NER made of a word of a person the document names is that person, whatever
        # case either is written in
        ("Банк принадлежит семье [PER Олега Дзгоева]. Об оборотах банка [ORG Дзгоев] молчит.", []),
        ("Пришёл [PER Иван Макеенко]. [ORG Макеенко] молчит.", []),
        # ... not a name no person has
        ("Пришёл [PER Иван Макеенко]. [ORG Роснефть] молчит.", ["Роснефть"]),
    ],
)
def test_an_organisation_made_of_a_persons_words_is_none(text, organisations):
    text, mentions = marked(text)  # with their normal forms, as the pipeline gives them
    found = refine(document(text), mentions)
    assert [m.text for m in found if m.type == "ORG"] == organisations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a generic organisation written capitalised inside a sentence is a name: the one
        # institution the text means, as written
        (
            "Рост возможен по мере реализации мер Правительства. План принят Правительством.",
            [("Правительства", "ORG:Правительство"), ("Правительством", "ORG:Правительство")],
        ),
        # ... not when the capital opens the sentence, nor in lower case, nor in a title
        ("Правительство приняло решение.", []),
        ("Закон «О Полиции» приняли.", []),
        ("Решение одобрило правительство.", []),
    ],
)
def test_a_generic_organisation_capitalised_inside_a_sentence_is_named(text, expected):
    assert [(m.text, m.entity) for m in analyze(text, types="ORG").mentions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place NER found whose name is headed by an institution's noun is the institution
        ("Он учился в [LOC Пермском университете].", [("Пермском университете", "ORG")]),
        ("Премьера прошла в [LOC Смоленском драмтеатре].", [("Смоленском драмтеатре", "ORG")]),
        # ... not a place headed by a building's or a district's noun
        ("Он лежал в [LOC Центральной больнице].", [("Центральной больнице", "LOC")]),
        ("Он жил в [LOC Северном округе].", [("Северном округе", "LOC")]),
    ],
)
def test_a_place_headed_by_an_institution_is_an_organisation(text, expected):
    assert [(m.text, m.type) for m in refined(text)[1]] == expected


def test_a_place_ner_ran_on_into_the_subject_ends_before_it():
    """A place NER ran on into the surname of a person the document names, a verb after it,
    ends before the surname, which is the person (``people.repeats`` finds it there)."""
    text = (
        "Министр Владимир Мединский выступил. Особняк на улице Старая Басманная Мединский "
        "передал фонду."
    )
    found = [
        (m.type, m.text)
        for m in analyze(text).mentions
        if "Басманная" in m.text or m.text == "Мединский"
    ]
    assert found == [("LOC", "Старая Басманная"), ("PER", "Мединский")]


def test_a_place_named_after_someone_keeps_the_name():
    text, mentions = marked("Приехала [PER Елизавета Виндзор]. [LOC Башня Елизаветы] открыта.")
    found = refine(document(text), mentions)
    assert [m.text for m in found if m.type == "LOC"] == ["Башня Елизаветы"]

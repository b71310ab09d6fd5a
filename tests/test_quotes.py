"""Direct quotes and their speakers.

The rules are tested at their entry point, ``find_quotes``, given the people NER is taken to
have found (marked in brackets, ``helpers``) as ``resolve`` leaves them (entity ids, names,
roles): NER moving a span does not fail them. The seed tests and ``Options.quotes`` go through
the whole pipeline."""

from __future__ import annotations

import pytest

from pressrel import analyze
from pressrel.quotes import find_quotes

from clitools import invoke, jsonl
from conftest import SEED
from helpers import resolved


def quotes_of(text: str):
    """The quotes of the marked text, its marked mentions resolved as the pipeline resolves
    them."""
    text, mentions = resolved(text)
    return find_quotes(text, mentions)


def test_seed_quotes_are_nikiforov_s(seed_analysis):
    quotes = seed_analysis.quotes
    attributed = [q for q in quotes if q.verb]
    assert [(q.speaker, q.verb) for q in attributed] == [
        ("PER:Николай Никифоров", "сказал"),
        ("PER:Николай Никифоров", "отметил"),
    ]
    first, second = attributed
    assert first.text.startswith("Мы видим рост интернет-торговли России и Китая")
    assert "сказал" not in first.text  # the inline attribution is cut out
    assert "С точки зрения своего географического положения" in first.text
    assert second.text.startswith("Задача, которую сформулировал президент")
    assert second.speaker_text == "глава Минкомсвязи России"
    text = SEED.read_text(encoding="utf-8")
    for q in quotes:
        assert text[q.start - 1] in "«„“" and text[q.stop] in "»“”"


def test_headline_quote_once():
    rows = jsonl(invoke("quotes", str(SEED)).stdout)
    headline = [r for r in rows if r["text"].startswith("По итогам года")]
    assert len(headline) == 1 and headline[0]["speaker"] == "PER:Николай Никифоров"


@pytest.mark.parametrize(
    ("text", "speaker", "verb", "speech"),
    [
        (
            "«Мы довольны результатами переговоров с партнёрами», — заявил журналистам [Сергей Лавров].",
            "PER:Сергей Лавров",
            "заявил",
            "Мы довольны результатами переговоров с партнёрами",
        ),
        (
            "Министр финансов [Антон Силуанов] заявил: «Бюджет будет исполнен полностью и в срок».",
            "PER:Антон Силуанов",
            "заявил",
            "Бюджет будет исполнен полностью и в срок",
        ),
        (
            "[Алексей Миллер] выступил на форуме.\n\n«Газ пойдёт в Китай уже в следующем году», — отметил он.",
            "PER:Алексей Миллер",
            "отметил",
            "Газ пойдёт в Китай уже в следующем году",
        ),
        (
            "“Это важное решение для всей отрасли”, — подчеркнула [Эльвира Набиуллина].",
            "PER:Эльвира Набиуллина",
            "подчеркнула",
            "Это важное решение для всей отрасли",
        ),
        (
            "«Первый абзац длинной цитаты\n\n«Второй абзац цитаты, который всё заканчивает», — сказал [Путин].",
            "PER:Путин",
            "сказал",
            "Первый абзац длинной цитаты Второй абзац цитаты, который всё заканчивает",
        ),
        (
            "Глава [ORG Минфина] [Антон Силуанов] провёл совещание. «Расходы сокращены не будут», — сказал глава ведомства.",
            "PER:Антон Силуанов",
            "сказал",
            "Расходы сокращены не будут",
        ),
    ],
)
def test_quote_shapes(text, speaker, verb, speech):
    (quote,) = quotes_of(text)
    assert (quote.speaker, quote.verb, quote.text) == (speaker, verb, speech)


def test_names_in_quotation_marks_are_not_quotes():
    text = "Компания «[ORG Почта России]» и банк «[ORG Открытие]» подписали соглашение."
    assert quotes_of(text) == []


def test_quotes_command_fields():
    rows = jsonl(invoke("quotes", str(SEED)).stdout)
    assert list(rows[0]) == ["doc", "text", "start", "stop", "speaker", "speaker_text", "verb"]


def test_quotes_only_when_asked_for(seed_text):
    from dataclasses import FrozenInstanceError

    from pressrel.pipeline import Options

    asked = analyze(seed_text)
    skipped = analyze(seed_text, options=Options(quotes=False))
    assert len(asked.quotes) >= 2 and skipped.quotes == []
    assert skipped.mentions == asked.mentions  # the mentions do not depend on it
    with pytest.raises(FrozenInstanceError):  # steps hand on new mentions, never rewrite one
        asked.mentions[0].entity = "PER:x"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("«a\n" * 5000, 0),  # unclosed quotes reopened on every line
        ("«" * 10_000, 0),
        ("«а " * 5000 + "»", 0),  # nested deeper than speech ever is
        ("«А, б, в, г\n" * 300 + "»", 1),  # one quote over 300 reopened paragraphs
        ("“А " * 5000 + "”", 1),
    ],
)
def test_pathological_quotation_marks(text, count):
    """Each finishes at once (benchmarks/bigdocs.py times them); the spans are still right."""
    found = find_quotes(text, [], "x")
    assert len(found) == count
    assert all(text[q.start - 1] in "«“„" and text[q.stop] in "»”“" for q in found)


QUOTE = "«Мы договорились о совместной работе над проектом»"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # "она" is the woman, though the man is named nearer the quote
            f"[Ольга Смирнова] встретилась с [Иваном Петровым] в министерстве. {QUOTE}, —"
            " рассказывает она.",
            "PER:Ольга Смирнова",
        ),
        (
            f"[Иван Петров] пришёл на встречу вместе с [Ольгой Смирновой]. {QUOTE}, — сказал он.",
            "PER:Иван Петров",
        ),
        (f"[Иван Петров] и [Ольга Смирнова] подписали договор. {QUOTE}, — сказали они.", None),
        (f"Вчера [Тимур Кейдж] выступил в парламенте. {QUOTE}, — заявила она.", None),
        (  # a person named a long way back: the text has moved on, "она" is someone else
            "[Ольга Смирнова] открыла заседание. "
            + "Обсуждали бюджет и сроки. " * 45
            + f"{QUOTE}, — рассказала она.",
            None,
        ),
        (  # a name of unknown gender: the one person there is
            f"На форуме [Джеро Мбаку] встретился с [Ольгой Смирновой]. {QUOTE}, — сказал он.",
            "PER:Джеро Мбаку",
        ),
        (  # ... but not when it stands between the quote and a man who fits
            f"[Иван Петров] встретился с [Лю Сун] в [LOC Пекине]. {QUOTE}, — сказал он.",
            None,
        ),
        (  # a surname shared by two: the verb's gender says whose it is
            f"[Ольга Кравец] и [Пётр Кравец] открыли пекарню. {QUOTE}, — рассказала [Кравец].",
            "PER:Ольга Кравец",
        ),
    ],
    ids=["she", "he", "they", "no-woman", "far-back", "unknown-alone", "unknown-nearer", "surname"],
)
def test_speaker_by_gender(text, speaker):
    (quote,) = quotes_of(text)
    assert quote.speaker == speaker


@pytest.mark.parametrize("name", ["С. А. Бойцов", "С. Бойцов"])
def test_a_speaker_named_with_initials_after_the_quote(name):
    """An initial's full stop ends no attribution: "— сказал С. А. Бойцов"."""
    (quote,) = quotes_of(f"{QUOTE}, — сказал [{name}].")
    assert quote.speaker_text == name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # direct speech opening a line with a dash, the author's words after a dash
            "Декан [Ольга Иванова] рассказала о программе.\n\n— В Пекине мы договорились о"
            " программе, — пояснила она. — Это важно.",
            [("В Пекине мы договорились о программе", "PER:Ольга Иванова", "пояснила")],
        ),
        (  # ... or following a sentence, its "?" its own
            "[Иван Петров] пришёл в штаб. — Когда я домой попаду? — спросил [Петров].",
            [("Когда я домой попаду?", "PER:Иван Петров", "спросил")],
        ),
        # a line of dialogue with no author is no one's quote
        ("— Как дела?\n\n— Хорошо.", []),
    ],
)
def test_direct_speech_after_a_dash(text, expected):
    assert [(q.text, q.speaker, q.verb) for q in quotes_of(text)] == expected


def test_a_role_speaker_fits_a_role_with_adjectives_before_its_head():
    """ "— сказал министр." names the one person whose role has that head, whatever adjectives
    come before it in the role written at the name."""
    text = (
        "Бывший министр финансов [Алексей Кудрин] выступил на форуме. «Бюджет нужно тратить "
        "с умом, а не раздавать всем подряд», — сказал министр."
    )
    (quote,) = quotes_of(text)
    assert quote.speaker == "PER:Алексей Кудрин"


def test_a_speaker_named_by_a_profession_noun_no_list_has():
    """The attribution's role word is found by morphology, as roles are."""
    text = (
        "Футболист [Иван Петров] забил два гола. «Мы долго готовились к этой игре и победили "
        "заслуженно», — сказал футболист."
    )
    (quote,) = quotes_of(text)
    assert (quote.speaker, quote.speaker_text) == ("PER:Иван Петров", "футболист")


def test_he_finds_a_man_whose_given_name_pymorphy2_knows_as_a_womans():
    text = (
        "Президент [COUNTRY Франции] [Эммануэль Макрон] выступил в парламенте. «Мы будем"
        " работать над "
        "этим ещё очень долго», — сказал он."
    )
    (quote,) = quotes_of(text)
    assert quote.speaker == "PER:Эммануэль Макрон"


def one_quote(text: str):
    """(speaker, speaker_text, verb) of the marked text's one quote."""
    (quote,) = quotes_of(text)
    return quote.speaker, quote.speaker_text, quote.verb


@pytest.mark.parametrize(
    ("text", "speaker", "verb"),
    [
        ("«Мы не видим угроз», — утверждает [Сидоров].", "PER:Сидоров", "утверждает"),
        (
            "«Рынок восстановится уже в этом году», — комментирует аналитик [Алексей Коренев].",
            "PER:Алексей Коренев",
            "комментирует",
        ),
        ("«Цены стабилизируются к осени», — заявлял [Пётр Орлов].", "PER:Пётр Орлов", "заявлял"),
        ("«Нет», — ответил [Иван Петров].", "PER:Иван Петров", "ответил"),  # any length
        (
            "«Проект одобрен», — сообщили [Иван Петров] и [Ольга Смирнова].",
            "PER:Иван Петров",
            "сообщили",
        ),
        ("«Сроки сдвинутся», — признался [Олег Белов].", "PER:Олег Белов", "признался"),
        (
            "«Ставка останется прежней», — прокомментировала [Анна Лосева].",
            "PER:Анна Лосева",
            "прокомментировала",
        ),
        (
            "«Спрос падает второй месяц», отметив это, добавила [Анна Лосева].",
            "PER:Анна Лосева",
            "отметив",
        ),
        ("«Спрос восстановится к осени», уверяет [Анна Лосева].", "PER:Анна Лосева", "уверяет"),
        ("«Опять всё сорвали», — возмущается [Олег Белов].", "PER:Олег Белов", "возмущается"),
        ("«Кто наши клиенты?» — переспрашивает [Олег Белов].", "PER:Олег Белов", "переспрашивает"),
        ("«Работа идёт по плану», — cказал [Олег Белов].", "PER:Олег Белов", "cказал"),
    ],
    ids=[
        "утверждает",
        "комментирует",
        "заявлял",
        "one-word",
        "сообщили",
        "признался",
        "прокомментировала",
        "gerund",
        "comma-verb",
        "возмущается",
        "переспрашивает",
        "latin-c",  # a Latin letter that looks Cyrillic, typed into the verb
    ],  # fmt: skip
)
def test_speech_verbs_in_every_form(text, speaker, verb):
    """The verbs of speech and opinion are read by lemma (``lang.speech``), so every tense,
    aspect, voice and gerund is one; an attributed quote is kept whatever its length."""
    found_speaker, _, found_verb = one_quote(text)
    assert (found_speaker, found_verb) == (speaker, verb)


@pytest.mark.parametrize(
    ("word", "speech_verb"),
    [("говорится", True), ("сообщается", True), ("сказано", True), ("пояснив", True),
     ("считают", True), ("полагала", True), ("написавший", True), ("говорящий", True),
     ("рост", False), ("открыл", False), ("слова", False), ("заявление", False)],
)  # fmt: skip
def test_speech_lexicon_reads_lemmas(word, speech_verb):
    from pressrel.lang import speech

    assert speech.is_speech_verb(word) is speech_verb


@pytest.mark.parametrize(
    ("text", "speaker", "speaker_text"),
    [
        (
            "«Бюджет будет сбалансирован», — говорится в сообщении [ORG Минфина].",
            "ORG:Министерство финансов",
            "Минфина",
        ),
        (
            "«Проверка продолжается», — сообщили в пресс-службе [ORG ФАС].",
            "ORG:Федеральная антимонопольная служба",
            "ФАС",
        ),
        (  # the company the document named before
            "[ORG «Газпром»] подписал контракт с партнёрами. «Поставки начнутся весной», —"
            " отметили в компании.",
            "ORG:Газпром",
            "компании",
        ),
        (
            "Как заявили в [ORG Кремле], «решение будет принято в ближайшее время».",
            "ORG:Кремль",
            "Кремле",
        ),
        (
            "[ORG Минфин] сообщил: «Дефицит бюджета сократится вдвое».",
            "ORG:Министерство финансов",
            "Минфин",
        ),
        (  # an organisation spoken to is not the speaker
            "«Мы довольны итогами года», — рассказал [Иван Петров] в разговоре с [ORG «Медузой»].",
            "PER:Иван Петров",
            "Иван Петров",
        ),
        (
            "[Иван Петров] выступил на форуме. «Мы довольны итогами года», — рассказал он"
            " [ORG «Интерфаксу»].",
            "PER:Иван Петров",
            "он",
        ),
        (  # one who speaks for an organisation: the organisation speaks
            "Представитель [ORG «Велес-Капитала»] в беседе с [ORG «Медузой»] опроверг это: «Он"
            " никогда у нас не работал».",
            "ORG:Велес-Капитала",
            "«Велес-Капитала»",
        ),
        (  # an organisation told, in the dative, is not who tells
            "В министерстве юстиции [ORG «Медузе»] сообщили, что «проверки идут по плану года».",
            None,
            None,
        ),
    ],
    ids=[
        "сообщении-Минфина",
        "пресс-службе",
        "в-компании",
        "в-Кремле",
        "subject",
        "с-Медузой",
        "Интерфаксу",
        "representative",
        "Медузе-told",
    ],  # fmt: skip
)
def test_organisations_as_speakers(text, speaker, speaker_text):
    assert one_quote(text)[:2] == (speaker, speaker_text)


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (  # a bare surname NER did not mark: the person written with it
            "[Иван Сидоров] возглавил комиссию. «Работа займёт месяц», — комментировал Сидоров.",
            ["PER:Иван Сидоров"],
        ),
        ("[Сидоров] заявил, что «работа комиссии займёт не меньше месяца».", ["PER:Сидоров"]),
        (
            "Об этом рассказал [Иван Сидоров]: «Комиссия начнёт работу завтра».",
            ["PER:Иван Сидоров"],
        ),
        ("По словам [Ивана Сидорова], «проверка займёт не меньше месяца».", ["PER:Иван Сидоров"]),
        (
            "[Иван Сидоров] выступил на совещании. По его словам, «проверка займёт не меньше"
            " месяца».",
            ["PER:Иван Сидоров"],
        ),
        (  # the sentence before says who speaks
            "[Иван Сидоров] рассказал журналистам о планах комиссии. «Мы начнём с проверки"
            " документов».",
            ["PER:Иван Сидоров"],
        ),
        (  # a run: the next paragraph goes on with the same speaker
            "«Комиссия начнёт работу завтра», — сказал [Иван Сидоров].\n\n«Первым делом мы"
            " проверим документы».",
            ["PER:Иван Сидоров", "PER:Иван Сидоров"],
        ),
        (
            "«Комиссия начнёт работу завтра», — сказал [Иван Сидоров]. «Первым делом мы проверим"
            " документы».",
            ["PER:Иван Сидоров", "PER:Иван Сидоров"],
        ),
        (  # of two people, the one in the nominative next to the verb
            "Музей [Зои Космодемьянской] открылся после ремонта, подтвердил [Владимир Мединский]:"
            " «Это главное событие года».",
            ["PER:Владимир Мединский"],
        ),
        (  # a name surely in the nominative before one that only may be ("Тарасова")
            "[Иван Сидоров], по словам [Тарасова], описывал свою работу так: «Я на бирже ничего"
            " не делаю».",
            ["PER:Иван Сидоров"],
        ),
        (  # a person in what was said is not who said it
            "[Светлана Савченко] писала, что [Слуцкий] был из тех, кто «сразу поддержал жителей"
            " полуострова».",
            ["PER:Светлана Савченко"],
        ),
        ("[Иван Сидоров] уехал в командировку. «Короткий текст без автора».", []),
        (  # a gerund after the quote has the subject of the words before it
            "На вопрос о причинах ухода [Иван Сидоров] ответил: «Я не хотел бы это"
            " комментировать», добавив, что больше не работает там.",
            ["PER:Иван Сидоров"],
        ),
        (  # and so does a second predicate
            "Глава управы [Вера Орлова] отвечала, что «освещение не работает из-за документов», —"
            " и обещала всё исправить.",
            ["PER:Вера Орлова"],
        ),
        (  # a demonstrative: the person of its gender named before it
            "Адвокат спросил [Ивана Петрова] о наградах, тот ответил: «Я не буду отвечать на эти"
            " вопросы».",
            ["PER:Иван Петров"],
        ),
        (  # before the pronoun, not one named after it
            "[Иван Петров] подал иск к [Олегу Сидорову], поскольку тот утверждал, что [Петров]"
            " получил деньги «от взяток и махинаций».",
            ["PER:Олег Сидоров"],
        ),
        (  # a heading glued into a one-line body is not the next words of a run
            "«Комиссия начнёт работу завтра», — сказал [Иван Сидоров]. «Не людей же режут»"
            " «Доказать это сложно, — говорит [Олег Белов], глава фонда «Опора». — Ущерб мал».",
            ["PER:Иван Сидоров", "PER:Олег Белов"],
        ),
        (  # "который" as the verb's subject: the person right before it
            "[Иван Петров] хотел бы видеть наследником [Олега Сидорова], который отшучивается"
            " словами: «В моём возрасте пора думать о рыбалке».",
            ["PER:Олег Сидоров"],
        ),
        (  # one long unattributed sentence of speech is kept, with no speaker
            "[Иван Сидоров] уехал. «Мы не знаем, когда он вернётся и кто будет теперь отвечать"
            " за работу».",
            [None],
        ),
    ],
    ids=[
        "bare-surname",
        "заявил-что",
        "рассказал-X:",
        "по-словам",
        "по-его-словам",
        "sentence-before",
        "run-paragraph",
        "run-sentence",
        "nominative",
        "surely-nominative",
        "not-after-что",
        "no-speech",
        "gerund-after",
        "и-predicate-after",
        "тот",
        "тот-before-it",
        "heading",
        "который",
        "unattributed-sentence",
    ],  # fmt: skip
)
def test_plain_and_repeated_attributions(text, speakers):
    assert [q.speaker for q in quotes_of(text)] == speakers


@pytest.mark.parametrize(
    "text",
    [
        "Дело возбуждено по статье 159 УК РФ «Мошенничество в особо крупном размере в составе"
        " группы лиц».",
        "Закон «Об информации, информационных технологиях и о защите информации» вступил в силу.",
        "Фильм «Когда деревья были большими и никто ничего не знал» вышел в прокат.",
        "Правительство утвердило программу «Развитие транспортной системы страны на ближайшие"
        " десять лет».",
        "В книге «Мифы о России и о том, как их правильно читать и понимать» много ошибок.",
        "Режиссёр высказался только по поводу «Сна в летнюю ночь» на закрытии сезона.",
        "Она писала диплом по теме «Автоматизация учёта складских запасов на малых предприятиях"
        " региона».",
        "Ставки установлены в соответствии с пресс-релизом банка от 01.06.2018 «Об установлении"
        " процентных ставок по операциям банка».",
        "Вышла книга «Когда деревья были большими и никто ничего не знал». «Когда деревья были"
        " большими и никто ничего не знал» продаётся лучше всех.",
        "Компания получила деньги на «разработку концепции благоустройства парков и скверов"
        " столицы и области».",
        "Полиция возбудила дело по ч. 2 ст. 214 УК РФ («Вандализм, совершённый группой лиц по"
        " предварительному сговору или по мотивам вражды»).",
        "Дело возбуждено по части 3 статьи 295 Уголовного кодекса Казахстана («Нарушение правил"
        " безопасности движения и эксплуатации транспорта, повлекшее смерть двух лиц»).",
        "В проекте кодекса появляется новая статья — «Особенности ответственности лица,"
        " размещающего материалы в сети или передающего их».",
        "На торгах продана написанная в 1873 году картина «Закат над морем у берегов"
        " Неаполитанского залива».",
        "Иван написал жалобу на портал «Единая система обращений граждан и организаций"
        " области», и ему ответили.",
        "Мы скачали приложение «Электронный дневник школьника и родителя для всей семьи»"
        " в магазине.",
        "Она зарегистрировалась на сайте «Открытые данные городского хозяйства и транспорта»"
        " в мае.",
    ],
    ids=["статья", "закон", "фильм", "программа", "книга", "по-поводу", "теме", "Об-title",
         "title-again", "woven-wording", "ст-in-parentheses", "статьи-of-a-named-code",
         "статья-dash", "картина", "портал", "приложение", "сайт"],
)  # fmt: skip
def test_titles_are_not_quotes(text):
    """A quoted title after the noun that names its kind is no speech, however long; nor is
    the same title quoted again, a document's "Об …" title, or unattributed wording woven into
    the author's sentence (it opens in lower case)."""
    assert quotes_of(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Вчера мэр города [Иван Петров] открыл парк. «Мы построим новые парки», — сказал мэр.",
         "PER:Иван Петров"),
        ("«Мы построим новые парки», — сказал мэр. Вчера мэр города [Иван Петров] открыл парк.",
         None),
    ],
    ids=["role-before", "role-after"],
)  # fmt: skip
def test_a_role_noun_points_back(text, speaker):
    """ "— сказал мэр" is the one mayor whose role the text wrote before the quote."""
    (quote,) = quotes_of(text)
    assert quote.speaker == speaker


def test_a_quoted_organisation_name_is_not_a_quote():
    """What the quotation marks hold is a name NER found as an organisation: no speech, even
    with a speech verb after it."""
    text = "[Иван Петров] возглавил «[ORG Союз малых городов и сёл страны]», — сообщили в штабе."
    assert quotes_of(text) == []
    speech = "«Союз малых городов и сёл страны будет расти», — сообщили в штабе."
    assert len(quotes_of(speech)) == 1  # the same words as speech, no organisation span


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # the clause of the verb nearest the quote: the activists, not Сидоров
            "Когда [Иван Сидоров] рассказал о проверке, активисты ответили ему: «Уходите отсюда"
            " немедленно».",
            None,
        ),
        (  # a clause with no subject of its own takes the sentence's
            "[Иван Сидоров] выложил пост, в котором сообщил: «Проверка закончена успешно».",
            "PER:Иван Сидоров",
        ),
        (
            "[Иван Сидоров] не стал спорить с комиссией, заявив: «Проверка закончена успешно».",
            "PER:Иван Сидоров",
        ),
        (  # one spoken to is not who speaks
            "«Проверка закончена успешно», — сказал мужчина, обращаясь к [Сидорову].",
            None,
        ),
        ("«Проверка закончена успешно», — говорит источник в [ORG Минфине].", None),
        (  # "отвечает за": answerable for, not speaking
            "Департамент (именно [Иван Петров] отвечает за программу) объявил тендер на"
            " «Разработку дизайн-проектов улиц и площадей города на два года».",
            None,
        ),
        (  # an impersonal verb names no one of another clause
            "В решении суда по иску [ORG «Альфы»] сообщалось, что «ликвидация не может быть"
            " назначена».",
            None,
        ),
        (  # "его" is the unnamed source's, not the last person's
            "[Иван Петров] встретился с журналистами. Об этом рассказал источник в министерстве."
            " По его словам, «решение уже принято».",
            None,
        ),
        (  # a role's common noun must fit: "лидер коммунистов" is not "лидер фронта"
            "Лидер фронта [Марина Ле Пен] приехала в Москву. «Мы поддерживаем диалог», — заявил"
            " лидер коммунистов.",
            None,
        ),
    ],
    ids=[
        "nearest-clause",
        "relative-clause",
        "gerund",
        "addressee",
        "anonymous",
        "отвечает-за",
        "impersonal",
        "pronoun-of-a-source",
        "another-role",
    ],  # fmt: skip
)
def test_who_does_not_speak(text, speaker):
    (quote,) = quotes_of(text)
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (  # the dash is the author's sentence's, its verb far from the quote
            "Главная причина, по которой кандидаты избегают бренда «партии роста», — в падении"
            " рейтинга партии на выборах в регионах, отмечают эксперты.",
            0,
        ),
        ("«Мы будем работать и дальше», — в свою очередь заявил [Иван Петров].", 1),
    ],
    ids=["author-s-dash", "verb-after-adverbials"],
)  # fmt: skip
def test_an_attribution_after_a_quote_starts_with_its_verb(text, count):
    """After a quote's dash the speech verb comes first or nearly: a verb further on is the
    author's sentence's, and the quoted words are no speech."""
    assert len(quotes_of(text)) == count


@pytest.mark.parametrize(
    ("text", "speaker", "speaker_text"),
    [
        (  # another director named only later is no antecedent
            "Режиссёр [Кирилл Иванов] рассказал о новом фильме. «Съёмки закончатся к маю»,"
            " — сказал режиссёр газете. Позже режиссёр [Павел Смирнов] начал свой фильм.",
            "PER:Кирилл Иванов",
            "режиссёр",
        ),
        (  # the one businessman before is not the last person named: not he, but the subject
            "Бизнесмен [Иван Петров] открыл завод. С [Олегом Сидоровым] предприниматель"
            " [Тимур Цоев] говорил напрямую. «Власти не хотели участвовать в проекте», —"
            " утверждает бизнесмен. Бизнесмен [Андрей Лебедев] с этим спорит.",
            "PER:Тимур Цоев",
            "бизнесмен",
        ),
        (  # a quoted name scopes the role: not the head of another fund
            "Глава фонда [Иван Петров] уехал. Сейчас всё изменилось. «Разговора об участии"
            " даже не идёт», — жалуется глава „Мецената“.",
            None,
            "глава „Мецената“",
        ),
    ],
    ids=["last-named-of-its-role", "not-the-last-named", "quoted-name-scope"],
)  # fmt: skip
def test_a_role_noun_points_back_to_the_last_named_of_its_role(text, speaker, speaker_text):
    """ "— сказал режиссёр" stands for the one person of that role in the document, or, when
    others have it too, for the one whose role is written before the quote and who is the last
    person named before it; words to whom ("газете") are not part of the role."""
    (quote,) = quotes_of(text)
    assert (quote.speaker, quote.speaker_text) == (speaker, speaker_text)


def test_an_interruption_with_an_apposition_after_a_dash():
    """ "…, — добавляет Иван Петров — активист группы „Чистый город“. — …": the speaker's
    apposition after a dash is part of the attribution, which is cut out of the speech."""
    text = (
        "«Законодатели ничего не сделали за эти годы, — добавляет [Иван Петров] — активист"
        " группы „Чистый город“ (сейчас она называется иначе). — Проверки бывают редко»."
    )
    (quote,) = quotes_of(text)
    assert (quote.speaker, quote.verb) == ("PER:Иван Петров", "добавляет")
    assert quote.text == "Законодатели ничего не сделали за эти годы. Проверки бывают редко"


def test_a_representative_of_an_organisation_named_with_its_kind():
    """ "представитель компании «…»": the organisation after the noun of its kind speaks."""
    text = (
        "«Руководители компании раньше работали на госслужбе», — пояснял представитель"
        " компании «[ORG Альфа-строй]»."
    )
    (quote,) = quotes_of(text)
    assert quote.speaker == "ORG:Альфа-строй"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # the one quoted is the object, in the genitive
            "«Мы дали ему понять, что место надо заработать», — цитирует слова [Ивана Петрова]"
            " главная газета города.",
            "PER:Иван Петров",
        ),
        (  # an accusative object after an inverted subject
            "«Переворот совершить у многих руки чешутся», — цитирует [ORG РБК] белорусского"
            " лидера.",
            None,
        ),
        (  # a participle is no predicate: the verb of the clause is "цитирует"
            "Обвинительное заключение цитирует письмо [Ирины Сидоровой] брату, написанное в"
            " сентябре: «У нас тут небольшой кризис, мы заметаем следы».",
            "PER:Ирина Сидорова",
        ),
        (  # "которого цитирует": the person before the relative is quoted
            "«Ограничение может задеть и транзит газа», — намекнул [Эдуард Товпинец], которого"
            " цитирует [ORG РБК].",
            "PER:Эдуард Товпинец",
        ),
        (  # a surname with no cases after the verb: the other rules read it
            "Так считает политолог [Евгений Минченко]. «Вероятность отставки губернатора стала"
            " велика», — цитирует [ORG Regnum] [Минченко].",
            "PER:Евгений Минченко",
        ),
    ],
    ids=["genitive", "not-the-subject", "participle", "которого", "indeclinable"],
)  # fmt: skip
def test_who_is_quoted_is_the_object_of_citing(text, speaker):
    """With "цитировать" its subject quotes and its object speaks: the person named after the
    verb in an oblique case, never the outlet that quotes."""
    (quote,) = quotes_of(text)
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "[Иван Петров] покинул зал, заявив: ''«Не могу больше слушать эту ложь»''.",
        "''«Не могу больше слушать эту ложь»'', — сказал [Иван Петров].",
    ],
    ids=["before", "after"],
)
def test_wiki_italics_round_a_quote(text):
    """Wikinews wraps quotes in wiki italics (''«…»''): the attribution is found through them."""
    (quote,) = quotes_of(text)
    assert quote.speaker == "PER:Иван Петров"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # a subject before the role noun, in its sentence
            "О программе [Сергей Собянин] объявил ещё в 2011 году — тогда мэр посетовал на то,"
            " что туалеты «имеют непрезентабельный вид и давно устарели».",
            "PER:Сергей Собянин",
        ),
        (  # whose opinion the sentence before reports
            "По мнению [Виссариона Догузова], бизнес сейчас в худшем положении. «Может, бывало"
            " и хуже, — признаёт глава „Мецената“. — Но тогда была надежда».",
            "PER:Виссарион Догузов",
        ),
        (  # two subjects, no speech verb telling of either: no one
            "[Иван Петров] приехал в офис, где [Олег Сидоров] хотел, чтобы он оценил картины."
            " «Потолок кабинета был изрешечен пулями», — рассказывал аукционер.",
            None,
        ),
        (  # the verb's gender is not the person's
            "[Анна Петрова] выступила на форуме. «Рынок восстановится уже в этом году», —"
            " сказал экономист.",
            None,
        ),
        (  # one spoken to is not who speaks
            "[Александр Павлов] пожаловался на остановку. Через несколько дней чиновник"
            " ответил ему: «Табло демонтировано и заменено новой табличкой».",
            None,
        ),
        (  # an unnamed source stands there
            "Источники в партии рассказали, что [Илья Яшин] вызывает напряжение. «У него есть"
            " статус главы района», — отмечает единоросс.",
            None,
        ),
    ],
    ids=["subject-before", "reported-opinion", "two-subjects", "gender", "addressee",
         "anonymous-source"],
)  # fmt: skip
def test_a_role_noun_with_no_written_role_is_the_subject_before(text, speaker):
    """A role noun whose role the document never writes ("— признаёт глава „Мецената“")
    stands for the one subject, or the one whose words are reported, of the words before it
    back to the sentence before, when the verb's gender fits and no unnamed source or
    addressee is there."""
    (quote,) = quotes_of(text)
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # the subject of the clause the colon ends
            "Решение о переезде [Анна Петрова] принимала сама: «Люблю этот город, здесь никогда"
            " не бывает плохой погоды».",
            "PER:Анна Петрова",
        ),
        (  # one named after the verb is its object
            "Бизнесмен назвал [Джохара Дудаева] «решительным мужчиной»: «Он единственный в"
            " стране разогнал Советы за один день».",
            None,
        ),
        (  # the subordinate clause says what happened, not who speaks
            "[Николай Петров] был обижен, потому что [Иван Сидоров] не прислал хлеб на пробу:"
            " «Я крестьянский сын, меня сложно удивить хлебом».",
            "PER:Николай Петров",
        ),
    ],
    ids=["subject", "object", "subordinate"],
)  # fmt: skip
def test_a_colon_introduces_direct_speech(text, speaker):
    """A quote after a colon that opens with a capital is direct speech introduced by the
    author's clause: its subject speaks, whatever the verb (not the verb's object, nor a
    subordinate clause's subject, nor one the verb's gender does not fit)."""
    (quote,) = quotes_of(text)
    assert quote.speaker == speaker


def test_titles_listed_after_a_colon_have_no_speaker():
    text = (
        "[Владимир Зельдин] прожил сто лет. Он известен по работам в кино: «Свинарка и пастух"
        " в горах Кавказа» (1941 года), «Карнавальная ночь», «Дядя Ваня»."
    )
    assert [q.speaker for q in quotes_of(text)] in ([], [None])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Газета сообщала со ссылкой на местного профсоюзного лидера [Олега Федорова], что"
         " «рабочим выдали по пять тысяч рублей из чемодана».", "PER:Олег Фёдоров"),
        ("Газета сообщала со ссылкой на источник, близкий к [Олегу Федорову], что «рабочим"
         " выдали по пять тысяч рублей из чемодана».", None),
    ],
    ids=["person", "unnamed-source"],
)  # fmt: skip
def test_a_report_with_reference_to_a_person(text, speaker):
    """ "со ссылкой на X": X's words, not the outlet's; an unnamed source is no one."""
    (quote,) = quotes_of(text)
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Начальник отдела кадров [Нина Зорыч] сообщила [Ивану Петрову], что договор"
         " расторгнут. «Вы не оправдали наших ожиданий», — сказала женщина.", "PER:Нина Зорыч"),
        ("[Иван Петров] спросил, когда ему заплатят. «Когда начнёте соображать», — ответила"
         " женщина.", None),
    ],
    ids=["the-subject-before", "not-of-her-gender"],
)  # fmt: skip
def test_a_person_named_by_sex_alone(text, speaker):
    """ "— сказала женщина": the one subject before, of the verb's gender, as for a role noun."""
    (quote,) = quotes_of(text)
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker_text"),
    [
        ("Вчера к [Игорю Селиванову] пришёл сосед. Он попросил [Селиванова] «подождать"
         " до весны», сказав, что денег «сейчас нет совсем».", "Он"),
        ("Вчера к соседке пришла [Анна Селиванова]. [Селиванова] попросила её «подождать"
         " до весны», сказав, что денег «сейчас нет совсем».", "Селиванова"),
        ("Вчера к соседу пришла [Анна Селиванова]. [Селиванова] рассказала ему «всё"
         " как было», добавив, что денег «сейчас нет совсем».", "Селиванова"),
    ],
    ids=["his-accusative-for-попросил", "her-nominative", "no-gender-to-tell"],
)  # fmt: skip
def test_a_man_s_oblique_surname_is_no_woman_s_subject(text, speaker_text):
    """ "Он попросил Селиванова «…»": a surname whose nominative reading is a woman's is not
    the subject of a masculine verb: the man's accusative."""
    said = {q.speaker_text for q in quotes_of(text) if q.text.startswith("сейчас")}
    assert said == {speaker_text}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("[Пётр Громов] ждал у ворот. К нему подошёл мужчина, который назвался охранником."
         " Громов показал пропуск, но мужчина начал кричать. «Уезжайте отсюда немедленно,"
         " иначе я вызову полицию», — сказал он.", None),
        ("[Пётр Громов] ждал у ворот, и мужчина в форме прошёл мимо. Громов показал пропуск"
         " охраннику. «Уезжайте отсюда немедленно, иначе я вызову полицию», — сказал он.",
         "PER:Пётр Громов"),
        ("[Анна Громова] носила передачи, но девушка не была родственницей. «Я приду"
         " сюда снова и снова, пока не пустят», — сказала она.", "PER:Анна Громова"),
    ],
    ids=["an-unnamed-man-again", "named-after-the-man", "the-girl-is-the-named-one"],
)  # fmt: skip
def test_he_is_the_unnamed_man_the_text_follows(text, speaker):
    """ "— сказал он" after an unnamed man the text calls "мужчина" more than once, the last
    time after the last named man: no one (not the named man)."""
    (quote,) = quotes_of(text)
    assert quote.speaker == speaker


FILLER = " ".join(["Завод работал в две смены и выпускал кирпич для всей области."] * 20)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Цех открыл предприниматель [Олег Сомов]. «Мы начали с одного станка и двух"
         " рабочих», — рассказывает предприниматель.", "PER:Олег Сомов"),
        (f"Цех открыл предприниматель [Олег Сомов]. {FILLER} Бизнесмен [Тимур Алиев] продаёт"
         " кирпич в соседние регионы. «Нас начали задерживать на каждой границе», —"
         " рассказывает предприниматель.", "PER:Тимур Алиев"),
        (f"Цех открыл предприниматель [Олег Сомов]. {FILLER} [Сомов] продаёт кирпич в соседние"
         " регионы. «Нас начали задерживать на каждой границе», — рассказывает"
         " предприниматель.", "PER:Олег Сомов"),
        ("По словам министра финансов Латвии [Яниса Озолса], которого цитирует «Интерфакс», ремонт"
         " дорог стал «главной задачей для всего региона».", "PER:Янис Озолс"),
    ],
    ids=["named-just-before", "named-pages-before", "named-again-before", "named-in-it"],
)  # fmt: skip
def test_the_document_s_one_person_of_a_role_only_while_the_text_is_about_them(text, speaker):
    """ "— рассказывает предприниматель": the document's one businessman only when he is named
    within the reach of a pronoun before the quote; else the subject before (another is
    talked of), as for a role no one has."""
    (quote,) = quotes_of(text)
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("[Пётр Орлов] добавил к отчёту слово «стабильность» и «держал расходы под контролем"
         " весь прошлый год», но, утверждает [Анна Белова], «не сделал ничего для роста"
         " выручки».", {"держал": "PER:Анна Белова", "не сделал": "PER:Анна Белова"}),
        ("«Мы держали расходы под контролем весь прошлый год», — сказал [Пётр Орлов]. Но,"
         " утверждает [Анна Белова], выручка упала.", {"Мы держали": "PER:Пётр Орлов"}),
        ("«Мы держали расходы под контролем весь прошлый год», но отчёт, говорит [Анна"
         " Белова], опоздал.", {"Мы держали": None}),
    ],
    ids=["но-утверждает-X-between-quotes", "no-conjunction-after-a-sentence",
         "conjunction-not-before-the-verb"],
)  # fmt: skip
def test_an_attribution_after_a_conjunction_between_commas(text, speakers):
    """ "«…», но, утверждает X, «…»": the parenthetical attribution after the quote is its
    speaker's, before the verb of the sentence that opened it."""
    found = {q.text: q.speaker for q in quotes_of(text)}
    assert {
        start: next(s for t, s in found.items() if t.startswith(start)) for start in speakers
    } == speakers


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Отвечая на вопросы ведущего, [Пётр Орлов] на три вопроса («Что вы цените в людях"
         " больше всего», «Главное качество друга», «Ваше главное качество») ответил"
         " «верность».", 0),
        ("Отвечая на вопросы ведущего, [Пётр Орлов] сказал, что друзей у него мало («мне"
         " хватает трёх близких людей»), а знакомых много.", 1),
    ],
    ids=["a-list-of-questions-in-brackets", "his-own-words-in-brackets"],
)  # fmt: skip
def test_quotes_listed_in_a_parenthesis_are_no_one_s_speech(text, count):
    """ "ответил на три вопроса («…», «…», «…»)": the quotes name the questions; the
    sentence's speech verb is not theirs. One quote alone in brackets is the subject's words."""
    assert len([q for q in quotes_of(text) if q.speaker == "PER:Пётр Орлов"]) == count


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Вернувшись из поездки, [Пётр Орлов] рассказал Ивану «совершенно удивительную историю"
         " о своих приключениях».", None),
        ("Вернувшись из поездки, [Пётр Орлов] пообещал журналистам «не сдаваться до самого"
         " конца».", "PER:Пётр Орлов"),
        ("Вернувшись из поездки, [Пётр Орлов] заявил о «полной поддержке всех наших"
         " партнёров».", "PER:Пётр Орлов"),
    ],
    ids=["an-accusative-noun-phrase-told", "an-infinitive-promised", "after-a-preposition"],
)  # fmt: skip
def test_a_quoted_noun_phrase_the_verb_tells_is_no_speech(text, speaker):
    """ "рассказал Ивану «удивительную историю»": the quote names the thing told (its object in
    the accusative), it does not give the subject's words."""
    assert [q.speaker for q in quotes_of(text)] == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # past a sentence whose "по его словам" names no one
            "[Тимур Цхурбати] рассказывает, что платежи задерживают. По его словам, недавно банк"
            " заблокировал перевод. «Нас начали мурыжить, — рассказывает предприниматель. —"
            " Денег нет».",
            "PER:Тимур Цхурбати",
        ),
        (  # past two sentences that name no one
            "[Ольга Петрова] выступила на конференции. Речь шла о кредитах. Ставки растут третий"
            " месяц. «Рынок восстановится к осени», — сказала экономист.",
            "PER:Ольга Петрова",
        ),
        (  # the author's words that interrupt a quote name the subject
            "«Он работал с нами, — вспоминает [Юрий Лужков]. — Мы его ценили». Советники тогда"
            " трудились бесплатно. «Это было честное время», — добавляет бывший мэр.",
            "PER:Юрий Лужков",
        ),
        (  # three sentences that name no one: too far
            "[Ольга Петрова] выступила на конференции. Речь шла о кредитах. Ставки растут."
            " Банки ждут. «Рынок восстановится к осени», — сказала экономист.",
            None,
        ),
        (  # the paragraph before is another topic
            "[Ольга Петрова] выступила на конференции.\n\nСтавки растут третий месяц. «Рынок"
            " восстановится к осени», — сказала экономист.",
            None,
        ),
        (  # one named in what is said, after "что"
            "Эксперт отметил, что [Ольга Петрова] ошибается. Ставки растут третий месяц."
            " «Рынок восстановится к осени», — сказала экономист.",
            None,
        ),
        (  # one named in what "по словам" reports
            "По словам аналитиков, [Ольга Петрова] ошибается. Ставки растут третий месяц."
            " «Рынок восстановится к осени», — сказала экономист.",
            None,
        ),
        (  # one named inside a quote
            "«Вчера [Ольга Петрова] уволилась из банка», — сообщили в компании. Ставки растут"
            " третий месяц. «Рынок восстановится к осени», — сказала экономист.",
            None,
        ),
        (  # one in an oblique case that reads as a nominative too
            "Родственники вице-мэра [Петра Бирюкова] купили квартиру. Цены растут третий месяц."
            " «Квартира стоит миллиард», — утверждает застройщик.",
            None,
        ),
    ],
    ids=["by-his-words", "two-unnamed", "interruption", "too-far", "paragraph", "said",
         "reported", "quoted", "oblique"],
)  # fmt: skip
def test_a_role_noun_s_subject_past_sentences_that_name_no_one(text, speaker):
    """A role noun with no written role stands for the subject named before it also past up to
    two sentences of the paragraph that name no one (a pronoun goes on about that person): one
    written as its normal form, the author's own subject (not after "что", "по словам", or
    inside a quote)."""
    assert quotes_of(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # "тот" with a verb of no speech: the man named last
            "Хозяин пригласил [Ивана Петрова] вступить в совет фонда, тот согласился: «Я"
            " занимаюсь комбайнами. Надо же человеку отвлечься».",
            "PER:Иван Петров",
        ),
        (  # "та": the woman named last
            "Директор позвал [Анну Смирнову] на совещание, та пришла: «Я готова ответить на"
            " любые вопросы о заводе».",
            "PER:Анна Смирнова",
        ),
        (  # no one of its gender named before
            "Хозяин пригласил [Ивана Петрова] вступить в совет фонда, та согласилась: «Я"
            " занимаюсь комбайнами. Надо же человеку отвлечься».",
            None,
        ),
        (  # no verb after it: no subject
            "Хозяин пригласил [Ивана Петрова] вступить в совет фонда, тот самый фонд:"
            " «Организации, которые хотят помочь, так себя не ведут».",
            None,
        ),
    ],
    ids=["that-man", "that-woman", "no-one-of-its-gender", "no-verb"],
)  # fmt: skip
def test_a_demonstrative_subject_of_the_clause_a_colon_ends(text, speaker):
    """A quote after a colon whose clause has "тот"/"та" for subject, whatever its verb, is
    the words of the person of that gender named last before it (with no speaker, a short
    quote is no quote)."""
    speakers = [q.speaker for q in quotes_of(text)]
    assert (speakers[-1] if speakers else None) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # the subject of the first clause, the colon's clause past a subordinate one
            "К [Ивану Петрову] [Сергей Сидоров] пришёл «уже в костюме», но что там было, запомнил"
            " плохо: «Я тогда много работал, и всё слилось в один длинный день».",
            "PER:Сергей Сидоров",
        ),
        (  # "но" opens the clause with no subject
            "К министру [Иван Петров] пришёл рано, но ждал долго: «Я сидел в приёмной три часа"
            " и читал газеты».",
            "PER:Иван Петров",
        ),
        (  # a pronoun: not the person named in its own clause
            "[Сергей Сидоров] долго молчал. К [Ивану Петрову] он пришёл поздно, но ждал недолго:"
            " «Я сидел в приёмной час и читал газеты».",
            "PER:Сергей Сидоров",
        ),
        (  # the verb's gender does not fit the earlier subject
            "[Анна Петрова] пришла рано, но ждал долго: «Я сидел в приёмной три часа и читал"
            " газеты».",
            None,
        ),
        (  # the colon's clause has a subject of its own
            "[Иван Петров] пришёл рано, но дверь была закрыта: «Я сидел в приёмной три часа и"
            " читал газеты».",
            None,
        ),
        (  # a sentence that opens with "А" continues the subject of the sentence before
            "[Иван Петров] всегда хвалил систему. А когда мог, защищал её от нападок, — например,"
            " так: «Да, не всё в порядке, но за десять лет мы добились больших успехов».",
            "PER:Иван Петров",
        ),
        (  # with no conjunction, the sentence is no continuation
            "[Иван Петров] всегда хвалил систему. Когда мог, защищал её от нападок, — например,"
            " так: «Да, не всё в порядке, но за десять лет мы добились больших успехов».",
            None,
        ),
    ],
    ids=[
        "past-subordinate", "but", "pronoun", "other-gender", "own-subject",
        "sentence-opening-with-a", "sentence-with-no-conjunction",
    ],
)  # fmt: skip
def test_coordinated_predicates_share_the_subject_before_a_colon(text, speaker):
    """A quote after a colon whose clause leaves its subject out is the words of the subject
    of the sentence's earlier clause (coordinated predicates share the subject), when that
    is a person of the verb's gender."""
    speakers = [q.speaker for q in quotes_of(text)]
    assert (speakers[-1] if speakers else None) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # "Так" and a speech verb: its subject
            "«Когда правила понятны, конфликтность понижена. А когда их нет, всё иначе». Так"
            " описывал свою работу в 2004 году [Иван Петров] — директор института.",
            "PER:Иван Петров",
        ),
        (  # a phrase's genitive: whose it is
            "«Скажи секретарю, пускай чай приготовит. Да всё отлично, спасибо». С этой фразы"
            " директора завода [Игоря Петрова] начинается запись его беседы с министром.",
            "PER:Игорь Петров",
        ),
        (  # "этими словами": the sentence's subject
            "«Мы закончили проект в срок, хотя было очень трудно». Этими словами [Иван Петров]"
            " открыл собрание акционеров.",
            "PER:Иван Петров",
        ),
        (  # "так как" is no pointer
            "«Мы закончили проект в срок, хотя было очень трудно». Так как [Иван Петров] уехал,"
            " собрание перенесли на осень.",
            None,
        ),
        (  # a person after a preposition is not whose phrase it is
            "«Мы закончили проект в срок, хотя было очень трудно». С этой фразы в кабинете"
            " [Ивана Петрова] началась ссора.",
            None,
        ),
    ],
    ids=["so-described", "phrase-of", "with-these-words", "because", "preposition"],
)  # fmt: skip
def test_the_next_sentence_points_back_to_the_quote(text, speaker):
    """A quote with no attribution whose next sentence opens with a demonstrative pointing back
    to it ("Так …", "С этой фразы …", "Этими словами …") is the words of the person that
    sentence names: its speech verb's subject, the phrase's genitive or the subject."""
    (quote,) = quotes_of(text)
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (  # "а также что": the first quote's speaker, however far back he is named
            "[Иван Петров] в 2000 году опубликовал в областной газете «Вечерний город» длинную"
            " статью о вере и спасении под заголовком «Благая весть», в которой сообщил, что"
            " «какими бы принципами ни обладал человек, по природе он слаб и грешен»"
            ", а также что «вера в спасение заслуживает уважения и внимания всех людей».",
            ["PER:Иван Петров", "PER:Иван Петров"],
        ),
        (  # "и что"
            "[Иван Петров] в 2000 году опубликовал в областной газете «Вечерний город» длинную"
            " статью о вере и спасении под заголовком «Благая весть», в которой сообщил, что"
            " «какими бы принципами ни обладал человек, по природе он слаб и грешен»"
            " и что «вера в спасение заслуживает уважения и внимания всех людей».",
            ["PER:Иван Петров", "PER:Иван Петров"],
        ),
        (  # a new sentence: not the first quote's clause
            "[Иван Петров] сообщил, что «по природе человек слаб и грешен». А также что «вера"
            " в спасение заслуживает уважения»,— говорят источники.",
            ["PER:Иван Петров", None],
        ),
    ],
    ids=["as-well-as-that", "and-that", "new-sentence"],
)  # fmt: skip
def test_a_second_object_clause_has_the_first_quote_s_speaker(text, speakers):
    """A quote coordinated with the quote before as a second object clause of its speech verb
    ("сообщил, что «…», а также что «…»") has that quote's speaker."""
    assert [q.speaker for q in quotes_of(text)] == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # "так" before the speech verb after a comma
            "«Я хочу стать мэром, потому что люблю этот город и хочу улучшить жизнь в нём», так"
            " сказал [Иван Петров] на пресс-конференции.",
            "PER:Иван Петров",
        ),
        (  # another word before the verb: the author's own sentence
            "«Я хочу стать мэром, потому что люблю этот город и хочу улучшить жизнь в нём», вчера"
            " сказал [Иван Петров] на пресс-конференции.",
            None,
        ),
    ],
    ids=["so-said", "other-word"],
)  # fmt: skip
def test_so_before_the_verb_after_a_comma(text, speaker):
    """An attribution after a quote and a comma may open with "так" before its speech verb
    ("«…», так сказал Кличко"): "так" points back to the quote."""
    speakers = [q.speaker for q in quotes_of(text)]
    assert (speakers[-1] if speakers else None) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # an adjunct with no verb before the colon: the predicate's clause before it
            "[Иван Петров] передумал, несмотря на свой преклонный возраст: «Никто пока не выразил"
            " желания занять этот пост».",
            "PER:Иван Петров",
        ),
        (  # there, one named after the verb is its object
            "Директор позвал [Ивана Петрова], несмотря на его преклонный возраст: «Никто пока не"
            " выразил желания занять этот пост».",
            None,
        ),
    ],
    ids=["adjunct", "object-before-adjunct"],
)  # fmt: skip
def test_a_colon_after_an_adjunct_with_no_verb(text, speaker):
    """The clause a colon ends that has no predicate ("…, несмотря на свой возраст:") is an
    adjunct: the clause that introduces the quote is the one with a predicate before it."""
    speakers = [q.speaker for q in quotes_of(text)]
    assert (speakers[-1] if speakers else None) == speaker


def test_continues_is_a_speech_verb_in_an_interruption():
    """ "продолжать" is the imperfective of "продолжить", a verb of speech in an attribution
    inside a quote ("«…, – продолжает Тэплин. – …»")."""
    text = (
        "«Раньше музыкальный бизнес заключался в продаже дисков через магазины, – продолжает"
        " [Иван Петров]. – Сегодня таких магазинов почти не осталось»."
    )
    (quote,) = quotes_of(text)
    assert (quote.speaker, quote.verb) == ("PER:Иван Петров", "продолжает")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # the last person named is the subject's companion, the last subject has the role
            "Президент США [Иван Петров] начал визит в Ирландию. [Анна Кузнецова] встретила его в"
            " аэропорту. [Петров] провёл встречу с [Олегом Смирновым], после встречи президент"
            " отметил, что странам нужны «прочные связи, которые сильнее любых союзов»."
            " Президент России [Сергей Сидоров] там не был.",
            "PER:Иван Петров",
        ),
        (  # the last subject is someone else: no one
            "Президент США [Иван Петров] начал визит в Ирландию. [Олег Смирнов] провёл встречу с"
            " [Анной Кузнецовой], после встречи президент отметил, что странам нужны «прочные"
            " связи, которые сильнее любых союзов». Президент России [Сергей Сидоров] там не был.",
            None,
        ),
    ],
    ids=["last-subject", "other-subject"],
)  # fmt: skip
def test_a_role_noun_s_person_named_last_as_a_subject(text, speaker):
    """A role noun that more people of the document have names the one of them whose role is
    written before the quote when that one is the last person named, or the last named as a
    subject (in the nominative, not the one the subject met)."""
    (quote,) = quotes_of(text)
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # a second predicate after the quote: the subject of the clause before it
            "[Иван Петров] называл [Олега Смирнова] своим другом и «заслуженным боевым генералом»,"
            " рассказывал, что ездил к нему в колонию.",
            "PER:Иван Петров",
        ),
        (  # the verb's gender does not fit
            "[Иван Петров] называл [Олега Смирнова] своим другом и «заслуженным боевым генералом»,"
            " рассказывала, что ездила к нему в колонию.",
            None,
        ),
        (  # a verb that shows no gender
            "[Иван Петров] называл [Олега Смирнова] своим другом и «заслуженным боевым генералом»,"
            " рассказывают, что к нему ездили в колонию.",
            None,
        ),
    ],
    ids=["second-predicate", "other-gender", "no-gender"],
)  # fmt: skip
def test_a_second_predicate_after_the_quote_shares_the_subject_before(text, speaker):
    """An attribution after the quote that is a predicate with no subject of its own ("«…»,
    рассказывал, что …") has the subject of the clause before the quote, of its verb's
    gender."""
    speakers = [q.speaker for q in quotes_of(text)]
    assert (speakers[-1] if speakers else None) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # the surname alone resolved apart from the name in full: one person
            "Глава района [Олег Буканов] приехал во двор. Обещанная [Букановым] техника так и не"
            " пришла. Потом Буканов заявил, что «технику пришлют уже на следующей неделе».",
            "PER:Олег Буканов",
        ),
        (  # two people named in full with that surname: no one
            "Глава района [Олег Буканов] приехал во двор. Его брат [Игорь Буканов] остался"
            " дома. Потом Буканов заявил, что «технику пришлют уже на следующей неделе».",
            None,
        ),
    ],
    ids=["one-named-in-full", "two-named-in-full"],
)  # fmt: skip
def test_a_bare_surname_is_the_one_person_named_in_full_with_it(text, speaker):
    """A bare surname NER did not mark names the one person written in full with it, also when
    a mention of that surname alone was resolved as an entity of its own."""
    (quote,) = quotes_of(text)
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # the speaker's own dash first, the author's words at the second
            "[Иван Петров] руководит фондом. «Если жаловаться там, где они работают, — жалобу"
            " отправят в другой город. И пока проверят, пройдёт месяц, а то и больше, — говорит"
            " [Петров]. — Схема построена так, чтобы проверить было нельзя».",
            "PER:Иван Петров",
        ),
        (  # the speaker's own dashes only: no attribution inside
            "[Иван Петров] руководит фондом. «Если жаловаться там, где они работают, — жалобу"
            " отправят в другой город. И пока проверят, пройдёт месяц, а то и больше, — деньги"
            " уже уйдут. — Схема построена так, чтобы проверить было нельзя».",
            None,
        ),
    ],
    ids=["second-dash", "no-author"],
)  # fmt: skip
def test_the_author_s_words_interrupt_a_quote_at_any_of_its_dashes(text, speaker):
    """An attribution inside a quote is looked for at each of its dashes after a comma: the
    first may be the speaker's own."""
    (quote,) = quotes_of(text)
    assert quote.speaker == speaker
    if speaker:
        assert "говорит" not in quote.text


@pytest.mark.parametrize(
    ("phrase", "verbs"),
    [
        ("министр заявлял, что её признали бы святой", ["заявлял"]),  # "бы" after the verb
        ("если бы сказал кто-то, что", []),  # "бы" before it
        ("министр заявлял, что её признали святой", ["заявлял", "признали"]),  # no "бы": both
    ],
    ids=["after", "before", "none"],
)  # fmt: skip
def test_a_speech_verb_in_the_conditional_mood_says_nothing(phrase, verbs):
    """A speech verb with "бы" right after or before it is what was not said."""
    from pressrel.lang import speech

    assert [v.group() for v in speech.speech_verbs(phrase)] == verbs


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # the verb in the conditional is no attribution: the verb before it is
            "Министр культуры [Иван Петров] открыл музей (ещё в 2013 году министр заявлял, что её"
            " признали бы святой, если бы в СССР «не царил атеизм»).",
            "PER:Иван Петров",
        ),
    ],
    ids=["conditional"],
)  # fmt: skip
def test_the_attribution_s_verb_is_no_verb_in_the_conditional(text, speaker):
    (quote,) = quotes_of(text)
    assert (quote.speaker, quote.verb) == (speaker, "заявлял")


LONG_BEFORE = (
    "[Иван Петров] посещал с официальным визитом объявившую себя независимой республику — и"
    " несколько часов обсуждал с президентом республики [Олегом Кузнецовым], как его компания может"
    " помочь региону выйти на внешние рынки и найти там покупателей на всё, что он производит."
)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # the role noun is the subject of the colon's clause; the one named there, its object
            "[Иван Петров] обсуждал с [Олегом Кузнецовым] будущее региона. Бизнесмен назвал"
            " [Кузнецова] «решительным мужчиной»: «Он единственный разогнал все советы за один день».",
            "PER:Иван Петров",
        ),
        (  # the sentence before, longer than an attribution's reach, read whole
            LONG_BEFORE + " Бизнесмен назвал [Кузнецова] «решительным мужчиной»: «Он единственный"
            " разогнал все советы за один день».",
            "PER:Иван Петров",
        ),
        (  # the verb's gender does not fit the subject before
            "[Иван Петров] обсуждал с [Олегом Кузнецовым] будущее региона. Журналистка назвала"
            " [Кузнецова] «решительным мужчиной»: «Он единственный разогнал все советы за один день».",
            None,
        ),
    ],
    ids=["role-noun-subject", "long-sentence-before", "other-gender"],
)  # fmt: skip
def test_a_role_noun_subject_of_the_clause_a_colon_ends(text, speaker):
    """A role noun that is the subject of the clause a colon ends (no speech verb) stands for
    the subject before it, as in an attribution; a man named after the verb is its object."""
    quote = quotes_of(text)[-1]
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "[Павел Сидоров] приехал на стройку в октябре. «Нам не платят уже два месяца», —"
            " говорит электромонтажник.",
            "PER:Павел Сидоров",
        ),
        (  # "ещё один": someone else
            "[Павел Сидоров] приехал на стройку в октябре. «Нам не платят уже два месяца», —"
            " говорит ещё один казанский электромонтажник.",
            None,
        ),
        (
            "[Анна Сидорова] приехала на стройку в октябре. «Нам не платят уже два месяца», —"
            " говорит другая работница.",
            None,
        ),
    ],
    ids=["the-one-before", "ещё-один", "другая"],
)  # fmt: skip
def test_another_person_noun_is_not_the_one_before(text, speaker):
    """A person noun after "ещё один", "другой" names someone not named before."""
    (quote,) = quotes_of(text)
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # the kind before the verb
            "[ORG «Российский фонд мира»] возглавляет [Иван Петров]. Фонд утверждает, что"
            " «благодаря энергии Петрова» помогает жителям.",
            "ORG:Российский фонд мира",
        ),
        (  # after it, of its gender
            "Газета [ORG «Коммерсантъ»] напечатала материал о собаке. «Двенадцать щенков появились"
            " на свет ночью», — рассказывало издание.",
            "ORG:Коммерсантъ",
        ),
        (  # the one named before the noun, not the one told after it
            "[ORG «Альфа»] купила долю в заводе. Компания сообщила [ORG «Медузе»], что «сделка"
            " закрыта в срок».",
            "ORG:Альфа",
        ),
        (  # the kind told, not telling
            "[ORG «Альфа»] купила долю в заводе. Фонду сообщили, что «сделка закрыта в срок».",
            None,
        ),
    ],
    ids=["before-verb", "after-verb", "told-after", "dative"],
)  # fmt: skip
def test_an_organisation_s_kind_that_speaks_is_the_last_one_named(text, speaker):
    """A noun that names an organisation by its kind as the speech verb's subject ("Фонд
    утверждает", "— рассказывало издание") names the last organisation named before it."""
    quote = quotes_of(text)[-1]
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # of two subjects before, the one a speech verb tells of
            "[Михаил Каменский] вспоминал, как за ним приехал джип: [Иван Петров] хотел, чтобы"
            " [Каменский] оценил две картины. «Потолок кабинета был весь изрешечен пулями», —"
            " рассказывал аукционер.",
            "PER:Михаил Каменский",
        ),
        (  # no speech verb tells of either: no one
            "[Михаил Каменский] приехал в офис на джипе: [Иван Петров] хотел, чтобы [Каменский]"
            " оценил две картины. «Потолок кабинета был весь изрешечен пулями», — рассказывал"
            " аукционер.",
            None,
        ),
        (  # both speak: no one
            "[Михаил Каменский] вспоминал, как за ним приехал джип, а [Иван Петров] рассказывал,"
            " что хотел оценить картины. «Потолок кабинета был весь изрешечен пулями», —"
            " рассказывал аукционер.",
            None,
        ),
    ],
    ids=["one-speaks", "none-speaks", "both-speak"],
)  # fmt: skip
def test_a_role_noun_s_subject_before_is_the_one_who_speaks(text, speaker):
    """A role noun the document writes for no one stands for the one subject before it; of
    several, for the one a speech verb right after the name tells of."""
    (quote,) = quotes_of(text)
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    "head, attribution",
    [
        ("Министр финансов заявил: ", "Министр финансов заявил"),
        ("По словам главы компании, ", "По словам главы компании"),
        ("Сидоров сказал журналистам, что ", "Сидоров сказал журналистам"),
        ("Он ответил:''", "Он ответил"),  # wiki italics before the quote
        ("Эксперт рассказал о фильме ", None),  # words that end otherwise
        ("Вчера.Да: ", None),  # fewer than three characters after the sentence's end
    ],
)
def test_the_words_before_a_quote_are_tested_for_their_end_first(head, attribution):
    from pressrel.quotes.attribution import BEFORE, ENDS_LIKE_BEFORE

    match = BEFORE.search(head) if ENDS_LIKE_BEFORE.search(head) else None
    assert (match["attr"] if match else None) == attribution
    assert (BEFORE.search(head) is None) == (match is None)  # the cheap test loses no match


def test_a_run_takes_the_speech_up_again_after_a_dash():
    # «…», – said X. – «…»: the dash after the author's words takes the same speech up again
    text = (
        "«Квартал оказался непростым для отрасли», – отметил [Иван Сидоров]. – «Мы продолжаем"
        " инвестиционную программу»."
    )
    assert [q.speaker for q in quotes_of(text)] == ["PER:Иван Сидоров", "PER:Иван Сидоров"]

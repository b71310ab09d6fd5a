"""Press-release layout: the seed, irregular shapes, and the covering property."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from razdel import sentenize

from pressrel import analyze
from pressrel.structure import parse, parse_date_line, split_paragraphs

from clitools import invoke, jsonl
from conftest import SEED

SEED_SOURCE = "Министерство цифрового развития, связи и массовых коммуникаций РФ"
SEED_TEASER = (
    "Собянин: Перевод госуслуг исключительно в электронный вид снижает коррупционные риски"
)


def test_seed_layout(seed_text):
    layout = parse(seed_text)
    record = layout.record("seed")
    assert record.title.startswith("Николай Никифоров: «По итогам года")
    assert record.date == "2015-12-18"
    assert seed_text[record.date_start : record.date_stop] == "18 декабря 2015"
    assert record.source == SEED_SOURCE
    kinds = [s.kind for s in record.sections]
    assert kinds == ["title", "dateline", "title", "lead", "body", "source", "related", "related"]
    (teaser,) = record.related
    assert (teaser.date, teaser.title) == ("2015-12-18", SEED_TEASER)
    assert teaser.text.replace("\u00a0", " ").startswith("В Москве продолжается программа")
    assert seed_text[teaser.start : teaser.stop].startswith("18 декабря 2015")


def test_teaser_people_only_with_related(seed_analysis):
    def people(*flags):
        rows = jsonl(invoke("entities", str(SEED), "-t", "PER", *flags).stdout)
        return {r["normal"]: r for r in rows}

    assert "Сергей Собянин" not in people()
    with_related = people("--related")
    assert with_related["Сергей Собянин"]["section"] == "related"
    assert with_related["Сергей Собянин"]["related"] == 0
    assert with_related["Николай Никифоров"]["related"] is None


def test_mentions_carry_their_section(seed_analysis):
    sections = {m.text: m.section for m in seed_analysis.mentions}
    assert sections["Джеком Ма"] == "lead"
    assert sections["Владимир Путин"] == "body"
    assert "Сергей Собянин" not in sections


def layout_of(text):
    layout = parse(text)
    return layout, [s.kind for s in layout.sections]


def test_no_date_line_no_title():
    layout, kinds = layout_of("Банк России сообщил о снижении ставки. Решение принято единогласно.")
    assert layout.title is None and layout.date is None
    assert kinds == ["lead"]


def test_one_long_line():
    text = "Очень длинная строка без переводов. " * 50
    layout, kinds = layout_of(text)
    assert kinds == ["lead", "body"] and layout.title is None
    assert len(layout.sentences) == 50
    lead = layout.sections[0]
    assert text[lead.start : lead.stop] == "Очень длинная строка без переводов. " * 1 + (
        "Очень длинная строка без переводов."
    )


LONG_SENTENCE = "Совет директоров принял решение сохранить ставку на прежнем уровне " + (
    "с учётом оценки инфляционных рисков и перспектив экономического роста, " * 4
)


@pytest.mark.parametrize(
    ("body", "lead"),
    [
        # a one-line article: its first two short sentences
        (
            "Банк снизил ставку. Решение принято единогласно. " + "Текст статьи. " * 60,
            "Банк снизил ставку. Решение принято единогласно.",
        ),
        # a long first sentence is the lead alone
        (
            LONG_SENTENCE.strip() + ". Второе предложение. " + "Текст статьи. " * 60,
            LONG_SENTENCE.strip() + ".",
        ),
        # hard-wrapped lines joined into one paragraph
        (
            "Банк снизил ставку\nна полпроцента. Решение принято единогласно.\nРост "
            "продолжится.\n" + "Текст статьи, " * 60 + "и конец.",
            "Банк снизил ставку\nна полпроцента. Решение принято единогласно.",
        ),
        # a short first paragraph stays the lead
        ("Банк снизил ставку.\n" + "Текст статьи. " * 60, "Банк снизил ставку."),
        # a short article is all lead
        ("Банк снизил ставку. Решение принято единогласно.", None),
    ],
)
def test_the_lead_is_a_paragraph_sized_opening(body, lead):
    text = "Заголовок\n\n18 декабря 2015\n\n" + body
    layout, kinds = layout_of(text)
    (section,) = [s for s in layout.sections if s.kind == "lead"]
    assert text[section.start : section.stop] == (lead or body)
    assert kinds[:3] == ["title", "dateline", "lead"]
    assert section.stop - section.start <= len(text) / 3 or lead is None


@pytest.mark.parametrize(
    "lead",
    [
        # one long sentence, the whole paragraph: its sentences read once, kept
        LONG_SENTENCE.strip() + ".",
        # two sentences, the whole paragraph
        "Банк снизил ставку. " + LONG_SENTENCE.strip() + ".",
        # a sentence that ends in a closing quotation mark and brackets after it
        "Глава банка заявил: «" + LONG_SENTENCE.strip() + "». (Пресс-служба)",
        # three sentences: cut after the first two
        "Банк снизил ставку. Решение принято. " + LONG_SENTENCE.strip() + ".",
        # a long first sentence, a short second: cut after the first
        LONG_SENTENCE.strip() + ". Ставка 7,5%.",
    ],
)
def test_a_long_lead_s_sentences_are_razdel_s(lead):
    text = "Заголовок\n\n" + lead + "\n\nТекст статьи."
    layout = parse(text)
    expected = [
        (p.start + s.start, p.start + s.stop)
        for p in layout.paragraphs
        for s in sentenize(p.text)
        if s.text.strip()
    ]
    assert [(u.start, u.stop) for u in layout.sentences] == expected
    assert [u.text for u in layout.sentences] == [text[a:b] for a, b in expected]


def test_single_newline_paragraphs_and_spaced_wraps():
    text = (
        "Заголовок\n\n"
        "Совет директоров Банка России принял решение сохранить ключевую ставку на уровне \n"
        "7,50% годовых.\n"
        "Следующее заседание Совета директоров Банка России, на котором будет рассматриваться \n"
        "2014 года. Время публикации пресс-релиза.\n"
        "Третий абзац.\n"
    )
    layout, kinds = layout_of(text)
    assert [p.text.split()[0] for p in layout.paragraphs] == [
        "Заголовок",
        "Совет",
        "Следующее",
        "Третий",
    ]
    assert kinds == ["title", "lead", "body"]


def test_windows_line_ends_and_nbsp():
    text = "Заголовок новости\r\n\r\n18\u00a0декабря\u00a02015\r\n\r\nПервый абзац текста.\r\n\r\nВторой абзац.\r\n"
    layout, kinds = layout_of(text)
    assert kinds == ["title", "dateline", "lead", "body"]
    assert layout.title == "Заголовок новости"
    assert layout.date == datetime.date(2015, 12, 18)
    assert all("\r" not in text[s.start : s.stop] for s in layout.sections)


def test_hard_wrapped_lines_join_into_one_paragraph():
    text = (
        "Заголовок\n\n"
        "Министр связи и массовых коммуникаций\n"
        "провёл встречу с коллегами из Китая,\n"
        "которая прошла в Пекине.\n"
        "Второй абзац начинается здесь.\n"
    )
    layout, kinds = layout_of(text)
    assert kinds == ["title", "lead", "body"]
    assert layout.paragraphs[1].text.endswith("которая прошла в Пекине.")


def test_bank_style_credit_line_is_the_source():
    text = (
        "Банк России сохранил ключевую ставку\n\n"
        "Совет директоров Банка России принял решение сохранить ключевую ставку.\n\n"
        "При использовании материала ссылка на Пресс-службу Банка России обязательна.\n"
    )
    layout, kinds = layout_of(text)
    assert kinds == ["title", "lead", "source"]
    assert layout.source == "Пресс-служба Банка России"


CREDIT = "При использовании материала ссылка на Пресс-службу Банка России обязательна."


@pytest.mark.parametrize(
    ("tail", "source", "glued"),
    [
        (CREDIT, "Пресс-служба Банка России", False),
        ("Информация «Об операциях»" + CREDIT, "Пресс-служба Банка России", True),
        ("Значения ставки до 01.01.2016." + CREDIT, "Пресс-служба Банка России", True),
        (
            "При перепечатке материалов ссылка на агентство «Интерфакс» обязательна",
            "агентство «Интерфакс»",
            False,
        ),
        (
            "При цитировании информации ссылка на Министерство финансов обязательна.",
            "Министерство финансов",
            False,
        ),
        ("Источник: ТАСС", "ТАСС", False),
        ("Источник — Пресс-служба Минфина России", "Пресс-служба Минфина России", False),
        ("Пресс-служба Банка России", "Пресс-служба Банка России", False),
        ("Пресс-центр Министерства энергетики", "Пресс-центр Министерства энергетики", False),
        ("© 2024 Банк России", "Банк России", False),
        ("© Интерфакс, 2015", "Интерфакс, 2015", False),
    ],
)
def test_every_source_line_variant_is_the_source_in_the_nominative(tail, source, glued):
    text = "Заголовок\n\nПервый абзац текста.\nВторой абзац.\n" + tail + "\n"
    layout, kinds = layout_of(text)
    assert layout.source == source
    assert kinds == ["title", "lead", "body", "source"]
    (section,) = [s for s in layout.sections if s.kind == "source"]
    assert text[section.start : section.stop].startswith(("При", "Источник", "Пресс", "©"))
    assert layout.sections[-2].stop <= section.start
    assert glued == (text[section.start - 1] != "\n")


def test_what_follows_a_glued_credit_line_is_source_too():
    text = "Заголовок\n\nПервый абзац.\nВторой абзац." + CREDIT + "\nТел.: 8 800 300-30-00\n"
    layout, kinds = layout_of(text)
    assert kinds == ["title", "lead", "body", "source"]
    assert layout.sections[-1].stop == len(text) - 1


@pytest.mark.parametrize(
    "text",
    [
        "Заголовок\n\nПресс-служба Банка России сообщает, что ставка сохранена.\nВторой абзац.",
        "Заголовок\n\nТекст.\nМы не используем материалы без ссылки на источник.",
        "Заголовок\n\nТекст.\nссылка на Пресс-службу обязательна, при использовании материала.",
    ],
)
def test_text_is_not_a_source(text):
    layout, kinds = layout_of(text)
    assert layout.source is None and "source" not in kinds


RATE_TABLE = (
    "Процентные ставки по операциям Банка России\n(% годовых)\n\n\n"
    "Назначение\nВид инструмента\nСрок\nс 03.03.14\n\n\n"
    "Предоставление ликвидности\nДепозитные операции\n1 день\n8,00\n\n\n"
    "Абсорбирование ликвидности\nДепозитные аукционы\n1 неделя\n7,25\n"
)


@pytest.mark.parametrize(
    ("table", "cells"),
    [
        # cells one a line (an HTML table flattened)
        (RATE_TABLE, 13),  # "Срок" and "с 03.03.14" read as one wrapped cell
        # rows of cells apart by tabs
        ("Инструмент\tСрок\tСтавка\nКредиты\t1 день\t8,00\nДепозиты\t1 неделя\t7,25\n", 9),
        # rows of cells apart by runs of spaces
        ("Инструмент    Срок      Ставка\nКредиты       1 день    8,00\n", 6),
    ],
)
def test_inline_tables_are_a_section_of_cells(table, cells):
    text = "Заголовок\n\nБанк сохранил ставку.\n\n" + table + "\nПосле таблицы.\n"
    layout, kinds = layout_of(text)
    assert kinds == ["title", "lead", "table", "body"]
    found = [p for p in layout.paragraphs if p.kind == "table"]
    assert len(found) == cells
    assert all(text[p.start : p.stop] == p.text and "\t" not in p.text for p in found)
    units = [u for u in layout.sentences if u.section == "table"]
    assert [u.text for u in units] == [p.text for p in found]


@pytest.mark.parametrize(
    "text",
    [
        "Заголовок\n\nСписок участников\nИван Петров\nАнна Сидорова\nОльга Иванова\n"
        "Пётр Смирнов\nМария Козлова\nСергей Попов\n",  # short lines, no numbers
        "Заголовок\n\nСтавка выросла.  Решение принято.\nРост продолжится.\n",  # two spaces
        "Заголовок\n\nКонтакты\nТел.: +7 495 123-45-67\nФакс: +7 495 765-43-21\n",
    ],
)
def test_text_is_not_a_table(text):
    _, kinds = layout_of(text)
    assert "table" not in kinds


def test_a_table_header_is_no_organisation(tmp_path):
    path = tmp_path / "release.txt"
    path.write_text("Банк России сохранил ставку\n\n18 декабря 2015\n\nТекст.\n\n" + RATE_TABLE)
    rows = jsonl(invoke("entities", str(path), "-t", "ORG", "-j", "1").stdout)
    assert {r["text"] for r in rows if r["section"] == "table"} <= {"Банка России"}


HEADER = "Назначение\nВид инструмента\nСрок\nс 03.03.14\n\n\n"
CELLS = "Предоставление ликвидности\nДепозитные операции\n1 день\n8,00\n\n\n" + (
    "Абсорбирование ликвидности\nДепозитные аукционы\n1 неделя\n7,25\n"
)


@pytest.mark.parametrize(
    ("table", "figures"),
    [
        (RATE_TABLE, [("8,00", 8), ("7,25", 7.25)]),  # the note a cell of the table
        # the note ends the caption, the header lines between are no sentences
        (
            "Ставки по операциям (% годовых)\n\nРЕПО; кредиты «овернайт»; ломбардные кредиты"
            + " и кредиты, обеспеченные нерыночными активами или поручительствами, сроком"
            + " от одного дня\n\n"
            + HEADER
            + CELLS,
            [("8,00", 8), ("7,25", 7.25)],
        ),
        # a sentence ends after the note: it was not the table's
        (
            "Ставки по операциям (% годовых)\n\nТаблица обновляется ежемесячно.\n\n"
            + HEADER
            + CELLS,
            [],
        ),
        ("Ставки по операциям\n\n" + HEADER + CELLS, []),  # no unit stated
    ],
)
def test_a_tables_figures_take_the_unit_it_states_once(table, figures):
    text = "Заголовок\n\nБанк сохранил ставку.\n\n" + table + "\nПосле таблицы.\n"
    found = [
        (m.text, m.amount.value, m.amount.unit, m.section)
        for m in analyze(text, types="PERCENT").mentions
    ]
    assert found == [(cell, value, "%", "table") for cell, value in figures]


@pytest.mark.parametrize(
    ("footnotes", "figures"),
    [
        # the mark of a footnote under the table flattened onto a figure: no digit of it
        (
            "1 Информация на сайте.\n\n4 До 31.12.2015.\n",
            [("8,00", 8), ("7,25", 7.25), ("8,25", 8.25)],
        ),
        # no such footnote: the figure as written
        ("1 Информация на сайте.\n", [("8,00", 8), ("7,25", 7.25), ("8,254", 8.254)]),
    ],
)
def test_a_footnote_mark_on_a_figure_is_no_digit_of_it(footnotes, figures):
    table = RATE_TABLE + "Справочно:\nСтавка рефинансирования\n8,254\n"
    text = "Заголовок\n\nБанк сохранил ставку.\n\n" + table + "\n" + footnotes
    found = [(m.text, m.amount.value) for m in analyze(text, types="PERCENT").mentions]
    assert found == figures


def test_date_line_before_the_title():
    text = "18.12.2015, 14:30\n\nЗаголовок\n\nТекст новости.\n"
    layout, kinds = layout_of(text)
    assert kinds == ["dateline", "title", "lead"]
    assert layout.date == datetime.date(2015, 12, 18)


def test_undated_teasers():
    text = (
        "Заголовок\n\nТекст.\n\nСмотрите также:\n\n"
        "Первый тизер\n\nТекст первого тизера, довольно длинный.\n\n"
        "Второй тизер\n\nТекст второго тизера.\n"
    )
    layout, _ = layout_of(text)
    assert [t.title for t in layout.related] == ["Первый тизер", "Второй тизер"]
    assert all(t.date is None for t in layout.related)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("18 декабря 2015", datetime.date(2015, 12, 18)),
        ("18.12.2015", datetime.date(2015, 12, 18)),
        ("2015-12-18", datetime.date(2015, 12, 18)),
        ("1 мая 2020 г.", datetime.date(2020, 5, 1)),
        ("Пятница, 18 декабря 2015, 14:30", datetime.date(2015, 12, 18)),
        ("18 декабря 2015 года мы", None),
        ("31.02.2015", None),
        ("Май", None),
        # a range of days says how long something lasts, not when the text was written
        ("с 1 по 5 марта 2015 года", None),
        ("1–5 марта 2015", None),
        # the place it was written in, before or after the date
        ("Москва, 3 июня 2024 года", datetime.date(2024, 6, 3)),
        ("3 июня 2024 г., Санкт-Петербург", datetime.date(2024, 6, 3)),
        ("г. Екатеринбург, 10.07.2023", datetime.date(2023, 7, 10)),
        ("Нижний Новгород, 5 мая 2021 года, 12:00", datetime.date(2021, 5, 5)),
        ("ЕКАТЕРИНБУРГ, 5 апреля 2025 г.", datetime.date(2025, 4, 5)),  # in capitals
        ("Ростов-на-Дону, 27 марта 2025 г.", datetime.date(2025, 3, 27)),  # a preposition's phrase
        # ... a place pymorphy2 knows, not any capitalised word
        ("Иванов, 3 июня 2024 года", None),
        ("Решение, 3 июня 2024 года", None),
    ],
)
def test_date_lines(line, expected):
    assert parse_date_line(line) == expected


@pytest.mark.parametrize(
    ("text", "title", "date", "dateline", "lead"),
    [
        # a date line opening the first paragraph, set off by a dash, is cut off from it
        (
            "Заголовок новости\n\n15 марта 2024 г., Москва. – Компания подписала соглашение.",
            "Заголовок новости",
            datetime.date(2024, 3, 15),
            "15 марта 2024 г., Москва. –",
            "Компания подписала соглашение.",
        ),
        (
            "Заголовок новости\n\nМосква, 24 октября 2024 года — ПАО «Северсталь» отчиталось.",
            "Заголовок новости",
            datetime.date(2024, 10, 24),
            "Москва, 24 октября 2024 года —",
            "ПАО «Северсталь» отчиталось.",
        ),
        # ... the issuer after the dash, a name with no sentence, is the line's too
        (
            "Заголовок новости\n\nМОСКВА, 20 января 2025 г. — Министерство здравоохранения\n\n"
            "В 2025 году откроются центры.",
            "Заголовок новости",
            datetime.date(2025, 1, 20),
            "МОСКВА, 20 января 2025 г. — Министерство здравоохранения",
            "В 2025 году откроются центры.",
        ),
        # ... not a lead that opens with a date and goes on
        (
            "Заголовок новости\n\n15 марта 2024 года компания подписала соглашение — важное.",
            "Заголовок новости",
            None,
            None,
            "15 марта 2024 года компания подписала соглашение — важное.",
        ),
        # a title's last full stop may be an abbreviation's
        (
            "Банк снизил ставки на 0,5 п.п.\n\nМосква, 3 июня 2024 года\n\nБанк снижает ставки.",
            "Банк снизил ставки на 0,5 п.п.",
            datetime.date(2024, 6, 3),
            "Москва, 3 июня 2024 года",
            "Банк снижает ставки.",
        ),
    ],
)
def test_a_date_line_with_its_place_and_opening_the_lead(text, title, date, dateline, lead):
    layout, _ = layout_of(text)
    kinds = {p.kind: p.text for p in layout.paragraphs}
    assert (layout.title, layout.date, kinds.get("dateline"), kinds.get("lead")) == (
        title,
        date,
        dateline,
        lead,
    )


def test_segment_command_streams_sentences(seed_analysis):
    result = invoke("segment", str(SEED), "--sentences")
    rows = jsonl(result.stdout)
    assert result.exit_code == 0
    assert list(rows[0]) == ["doc", "index", "section", "start", "stop", "text", "related"]
    assert [r["index"] for r in rows] == list(range(len(rows)))
    text = SEED.read_text(encoding="utf-8")
    assert all(text[r["start"] : r["stop"]] == r["text"] for r in rows)


def test_segment_command_document_record():
    (record,) = jsonl(invoke("segment", str(SEED)).stdout)
    assert record["date"] == "2015-12-18"
    assert record["related"][0]["title"] == SEED_TEASER


LINES = st.sampled_from(
    [
        "",
        " ",
        "\u00a0",
        "Заголовок",
        "18 декабря 2015",
        "Текст абзаца.",
        "продолжение строки",
        "Источник: ТАСС",
        "Читайте также:",
        "«Цитата», — сказал он.",
        "12.01.2020",
        "\t",
    ]
)
TEXTS = (
    st.lists(LINES, max_size=25).map("\n".join)
    | st.lists(LINES, max_size=25).map("\r\n".join)
    | st.text(max_size=200)
)


@settings(max_examples=300, deadline=None)
@given(text=TEXTS)
def test_sections_never_overlap_and_cover_the_non_blank_text(text):
    layout = parse(text)
    covered = [False] * len(text)
    previous_stop = 0
    for section in layout.sections:
        assert previous_stop <= section.start < section.stop <= len(text)
        previous_stop = section.stop
        for i in range(section.start, section.stop):
            covered[i] = True
    assert all(covered[i] or text[i].isspace() for i in range(len(text)))
    for sentence in layout.sentences:
        assert text[sentence.start : sentence.stop] == sentence.text


def test_segment_csv_keeps_lists_as_json_cells():
    import csv
    import io
    import json

    (row,) = csv.DictReader(io.StringIO(invoke("segment", str(SEED), "-f", "csv").stdout))
    assert row["date"] == "2015-12-18"
    assert json.loads(row["related"])[0]["title"] == SEED_TEASER
    assert [s["kind"] for s in json.loads(row["sections"])][:2] == ["title", "dateline"]


def test_segment_table_shows_each_document_once_with_its_sections(tmp_path):
    (tmp_path / "a.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "b.txt").write_text("Заголовок\n\nПервый абзац текста.", encoding="utf-8")
    table = invoke("segment", str(tmp_path), "-f", "table").stdout
    assert table.count(str(tmp_path / "a.txt")) == 1 and table.count(str(tmp_path / "b.txt")) == 1
    assert "Первый абзац текста." in table and "dateline" in table


OPENING = "Совет директоров банка 14 февраля 2014 года принял решение сохранить"


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        # a sentence cut by a blank line is one paragraph
        (f"{OPENING} оставить без изменения\n\nставку на уровне 8%.", 1),
        # a wrapped line goes on into a lowercase line with a stray run of spaces in it
        (f"{OPENING} оставить \nставку  на уровне 8%. Решение принято единогласно.", 1),
        # a finished sentence before a blank line ends its paragraph
        (f"{OPENING}.\n\nставку оставили прежней.", 2),
        # an uppercase start after a blank line is a new paragraph
        (f"{OPENING}\n\nСтавка осталась прежней.", 2),
        # a line ending in a number is no cut sentence
        (f"{OPENING} 2014\n\nставку оставили прежней.", 2),
        # a short title, or a table's cells one a line, do not run into a lowercase line
        ("Процентные ставки\nкредиты овернайт    8,00\nдепозиты    7,25", 3),
        ("Процентные ставки\n\nкредиты овернайт    8,00\nдепозиты    7,25", 3),
        ("Срок\n\nс 16.03.15\n\nс 05.05.15", 3),
        ("Депозитные аукционы\n\nот 1 до 6 дней, 1 неделя", 2),
    ],
)
def test_a_sentence_cut_by_a_line_break_is_one_paragraph(text, paragraphs):
    found = split_paragraphs(text)
    assert len(found) == paragraphs
    assert all(text[p.start : p.stop] == p.text for p in found)


WRAPPED_NAMES = [  # (two lines, whether they are one paragraph): a name cut by a hard wrap
    ("Заявление Председателя Банка России Эльвиры\nНабиуллиной по итогам заседания", True),
    ("По словам министра Антона\nСилуанова, бюджет исполнен", True),
    ("Доклад подготовила Мария\nИванова для совета", True),  # the nominative
    ("Доклад подготовила Мария\nИванову не показали", False),  # Мария's case is not Иванову's
    ("Лауреат премии Абий Ахмед Али\nАбий Ахмед Али выступил в Осло", False),  # Али: indeclinable
    ("Текст подготовил Иван\nФото: пресс-служба", False),  # no surname next
    ("Совет директоров Банка\nРоссии принял решение", False),  # no given name at the end
]


@pytest.mark.parametrize(("text", "joined"), WRAPPED_NAMES)
def test_a_line_ending_in_a_given_name_goes_on_to_its_surname(text, joined):
    assert len(split_paragraphs(text)) == (1 if joined else 2)

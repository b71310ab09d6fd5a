"""pressrel.people: a person's surname written again where NER missed it.

The rule is tested at its entry point, ``people.repeated``, on the spans NER is taken to have
found (marked in brackets, ``helpers``); one case goes through the whole pipeline."""

from __future__ import annotations

import pytest

from pressrel import analyze, people

from helpers import marked, sentence_at


def added(text: str) -> list[str]:
    """The words people.repeated adds as PER mentions to the marked spans of text."""
    clean, mentions = marked(text)
    found = people.repeated(clean, mentions, sentence_at(clean))
    assert found[: len(mentions)] == mentions  # NER's mentions kept as they were
    return [m.text for m in found[len(mentions) :] if m.type == "PER"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a form of the surname of someone named in full, where no mention is: first in a
        # sentence, in another case, in quotation marks, after a common word opening a sentence
        ("[Олег Ветров] приехал в Тверь. Ветров осмотрел завод.", ["Ветров"]),
        ("Приехал [Олег Ветров]. Решение Ветрова обсуждают.", ["Ветрова"]),
        ("Выступила [Анна Гринёва]. Гринёвой аплодировали.", ["Гринёвой"]),
        ("[Олег Ветров] ушёл. Новость «Ветров ушёл» облетела город.", ["Ветров"]),
        ("[Олег Ветров] ушёл. Однако Ветров вернулся.", ["Ветров"]),
        # of two surnames, one the other's stem: each form is looked for in both
        ("[Иван Зубов] и [Анна Зубова] пришли. Зубовой не было.", ["Зубовой"]),
        # a foreign surname that does not decline, and the last word of a surname of several
        ("Сенатор [Марко Рубио] выступил. Рубио поддержал закон.", ["Рубио"]),
        # a surname pymorphy2 also reads as a place's genitive plural (of rivers: "Быков")
        ("[Дмитрий Быков] приехал. Быков осмотрел завод.", ["Быков"]),
        ("Президент [Эктор Хосе Кампора] умер. Кампора правил недолго.", ["Кампора"]),
        # where a mention is already, or next to another name: a name of its own
        ("[Олег Ветров] приехал. [Ветров] осмотрел завод.", []),
        ("[Билл Хорнер] выступил. Хиллари Хорнер промолчала.", []),
        ("[Олег Ветров] приехал. Книга «Клан Ветров» вышла.", []),
        ("[Олег Ветров] приехал. Ветров Олег Иванович уехал.", []),
        # a common word (an epithet's, a nickname's), a place's name, a short surname
        ("Правил [Ярослав Мудрый]. Мудрый князь умер.", []),
        ("Родился [Джордж Вашингтон]. Вашингтон ответил.", []),
        ("[Ли Бо] приехал. Бо ответил.", []),
        # only the surname of someone named in full: a lone surname of NER's is no evidence
        ("[Ветров] приехал. Ветров осмотрел завод.", []),
    ],
)
def test_a_surname_written_again_is_a_mention_of_its_own(text, expected):
    assert added(text) == expected


def test_the_surname_written_again_is_the_persons():
    text = "Министр Владимир Мединский приехал в Ярославль. Мединский назначил директора."
    found = [(m.text, m.entity) for m in analyze(text, types="PER").mentions]
    assert found == [
        ("Владимир Мединский", "PER:Владимир Мединский"),
        ("Мединский", "PER:Владимир Мединский"),
    ]


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # a place NER found that is a form of the surname of someone named in full: the person
        ("[Алексей Ридигер] приехал. Она была сподвижницей [LOC Ридигера].", ["PER", "PER"]),
        # a surname in -а pymorphy2 does not know, in a case of the first declension
        ("[Андрей Маталыга] купил дом. Дом принадлежит [LOC Маталыге].", ["PER", "PER"]),
        ("[Леонид Тибилов] ушёл. Проект начали при [LOC Тибилове].", ["PER", "PER"]),
        ("[Игорь Быков] ушёл. Замглавы управы [LOC Быков] заявил.", ["PER", "PER"]),
        # after a preposition of place it is the place (a town named after someone)
        ("[Сергей Королёв] родился давно. Музей открыли в [LOC Королёве].", ["PER", "LOC"]),
        # a place no one of the document is named after
        ("[Алексей Ридигер] приехал в [LOC Таллин].", ["PER", "LOC"]),
    ],
)
def test_a_place_that_is_a_form_of_a_persons_surname_is_that_person(text, types):
    clean, mentions = marked(text)
    found = people.repeated(clean, mentions, sentence_at(clean))
    assert [m.type for m in found] == types

"""pressrel.dates: the rule-based Russian date extractor."""

from __future__ import annotations

import datetime
import json
import re
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pressrel.dates import DateMatch, anchor_date, find_dates
from pressrel.dates.scan import _scan_everywhere
from pressrel.records import DateValue

A = datetime.date(2015, 12, 18)  # a Friday
NEWS = Path(__file__).parent / "data" / "news.jsonl"

DAY, MONTH, YEAR = "day", "month", "year"
INFERRED, RELATIVE = "inferred", "relative"

# (text, anchor, span, value, precision, kind, flags)
CASES = [
    # single dates
    ("18 декабря 2015", None, "18 декабря 2015", "2015-12-18", DAY, "date", ()),
    ("18.12.2015", None, "18.12.2015", "2015-12-18", DAY, "date", ()),
    ("Состоялось 18 дек. 2015 г. в Москве", None, "18 дек. 2015 г", "2015-12-18", DAY, "date", ()),
    ("2015-12-18", None, "2015-12-18", "2015-12-18", DAY, "date", ()),
    ("1-го мая 2015 года", None, "1-го мая 2015 года", "2015-05-01", DAY, "date", ()),
    ("10 сент. 2015", None, "10 сент. 2015", "2015-09-10", DAY, "date", ()),
    ("5 фев. 2016 г.", None, "5 фев. 2016 г", "2016-02-05", DAY, "date", ()),
    ("1 янв. 2016", None, "1 янв. 2016", "2016-01-01", DAY, "date", ()),
    ("11 сентября 2001г.", None, "11 сентября 2001г", "2001-09-11", DAY, "date", ()),
    ("15\u00a0декабря 2015", None, "15\u00a0декабря 2015", "2015-12-15", DAY, "date", ()),
    ("15\u2009декабря 2015\u00a0года", None, "15\u2009декабря 2015\u00a0года", "2015-12-15", DAY, "date", ()),
    ("31 июня 2015 года", None, "31 июня 2015 года", None, None, "date", ()),
    ("в декабре 2015 года", None, "в декабре 2015 года", "2015-12", MONTH, "date", ()),
    ("сентябрь 2015 года", None, "сентябрь 2015 года", "2015-09", MONTH, "date", ()),
    ("2015 года", None, "2015 года", "2015", YEAR, "date", ()),
    ("в 2015 году", None, "в 2015 году", "2015", YEAR, "date", ()),
    ("2015 г.", None, "2015 г", "2015", YEAR, "date", ()),
    ("в апреле 1945-го", None, "в апреле 1945-го", "1945-04", MONTH, "date", ()),
    ("двадцать второго июня 1941 года", None, "двадцать второго июня 1941 года", "1941-06-22", DAY,
     "date", ()),
    ("в 1990-м году", None, "в 1990-м году", "1990", YEAR, "date", ()),
    # "в течение" a year's number and "года": that year, no duration
    ("в течение 2015 года", None, "в течение 2015 года", "2015", YEAR, "date", ()),
    # quarters and half-years
    ("в первом квартале 2016 года", None, "в первом квартале 2016 года", "2016-01/2016-03", MONTH,
     "range", ()),
    ("во втором полугодии 2015 г.", None, "во втором полугодии 2015 г", "2015-07/2015-12", MONTH,
     "range", ()),
    ("в III квартале", A, "в III квартале", "2015-07/2015-09", MONTH, "range", (INFERRED,)),
    ("в 3 кв. 2024 г.", None, "в 3 кв. 2024 г", "2024-07/2024-09", MONTH, "range", ()),
    # the first months of a year: a report's period
    ("за 9 месяцев 2024 года", None, "за 9 месяцев 2024 года", "2024-01/2024-09", MONTH, "range",
     ()),
    ("за первые три месяца 2018 года", None, "за первые три месяца 2018 года", "2018-01/2018-03",
     MONTH, "range", ()),
    # a half of the year the year after it names
    ("во второй половине 2016 года", None, "во второй половине 2016 года", "2016-07/2016-12",
     MONTH, "range", ()),
    ("в первой половине текущего года", A, "в первой половине текущего года", "2015-01/2015-06",
     MONTH, "range", (RELATIVE,)),
    ("в прошлом квартале", A, "в прошлом квартале", "2015-07/2015-09", MONTH, "range", (RELATIVE,)),
    # recent months, years after "в": when, a relative period with no one value, the "в"
    # inside (NEREL: 29 of 31 in train)
    ("Давление в последние месяцы усилилось.", A, "в последние месяцы", None, None, "date",
     (RELATIVE,)),
    ("Цены вырастут в ближайшие 3 года.", A, "в ближайшие 3 года", None, None, "date",
     (RELATIVE,)),
    ("В следующие два года дороги отремонтируют.", A, "В следующие два года", None, None,
     "date", (RELATIVE,)),
    # a range of parts of months or years: the range of the months or years
    ("Рост ускорился в конце 2013 - начале 2014 года.", None, "в конце 2013 - начале 2014 года",
     "2013/2014", YEAR, "range", ()),
    ("Цены росли в апреле — начале июня 2014 года.", None, "в апреле — начале июня 2014 года",
     "2014-04/2014-06", MONTH, "range", ()),
    # a part of the current year or month, named with no number
    ("Цены выросли с начала года.", A, "с начала года", "2015", YEAR, "date", (RELATIVE,)),
    ("В середине года спрос упал.", A, "В середине года", "2015", YEAR, "date", (RELATIVE,)),
    ("Ставка снизится к концу года.", A, "к концу года", "2015", YEAR, "date", (RELATIVE,)),
    ("Отчёт выйдет в конце месяца.", A, "в конце месяца", "2015-12", MONTH, "date", (RELATIVE,)),
    # leading prepositions belong to the span
    ("до 2020 года", None, "до 2020 года", "2020", YEAR, "date", ()),
    ("С 27 апреля глава правительства", A, "С 27 апреля", "2016-04-27", DAY, "date", (INFERRED,)),
    ("Показ запланирован на 11 декабря.", A, "на 11 декабря", "2015-12-11", DAY, "date", (INFERRED,)),
    # a bare year needs a preposition (and no noun after it), parentheses or a name before it
    ("Он окончил школу в 2015.", None, "в 2015", "2015", YEAR, "date", ()),
    ("В 1976\u00a0— поступил во ВГИК.", None, "В 1976", "1976", YEAR, "date", ()),
    ("The Fat of the Land (1997)", None, "1997", "1997", YEAR, "date", ()),
    ("ЕГЭ-2013 ознаменовался скандалами", None, "2013", "2013", YEAR, "date", ()),
    # ranges
    ("21–22 октября 2015 года", None, "21–22 октября 2015 года", "2015-10-21/2015-10-22", DAY, "range", ()),
    ("27-28 сентября 2014 года", None, "27-28 сентября 2014 года", "2014-09-27/2014-09-28", DAY, "range", ()),
    ("21 — 22 октября 2015 года", None, "21 — 22 октября 2015 года", "2015-10-21/2015-10-22", DAY, "range", ()),
    ("с 15 по 18 декабря", A, "с 15 по 18 декабря", "2015-12-15/2015-12-18", DAY, "range", (INFERRED,)),
    ("С 25 по 28 июля 2019 года", None, "С 25 по 28 июля 2019 года", "2019-07-25/2019-07-28", DAY, "range", ()),
    ("с 15 декабря по 18 января 2016 года", None, "с 15 декабря по 18 января 2016 года",
     "2015-12-15/2016-01-18", DAY, "range", ()),
    ("в ночь с 3 на 4 июня 1989", None, "с 3 на 4 июня 1989", "1989-06-03/1989-06-04", DAY, "range", ()),
    ("2014–2015 годах", None, "2014–2015 годах", "2014/2015", YEAR, "range", ()),
    ("В 1912-1914гг. он учился", None, "В 1912-1914гг", "1912/1914", YEAR, "range", ()),
    ("президент Перу в 1985—1990 и", None, "в 1985—1990", "1985/1990", YEAR, "range", ()),
    ("С апреля 1998 года по май 1999 года", None, "С апреля 1998 года по май 1999 года",
     "1998-04/1999-05", MONTH, "range", ()),
    ("с 2010 по 2015 год", None, "с 2010 по 2015 год", "2010/2015", YEAR, "range", ()),
    ("в ноябре-декабре", A, "в ноябре-декабре", "2015-11/2015-12", MONTH, "range", (INFERRED,)),
    ("между февралём и мартом 2016 года", None, "между февралём и мартом 2016 года",
     "2016-02/2016-03", MONTH, "range", ()),
    ("с 1 марта 2011 по декабрь 2015", None, "с 1 марта 2011 по декабрь 2015",
     "2011-03-01/2015-12", MONTH, "range", ()),
    # a month's adjective in lower case is a date, its year unsaid
    ("Он огласил итоги декабрьских выборов", A, "декабрьских", None, None, "date", ()),
    ("с октябрьского заседания Совета директоров", A, "октябрьского", None, None, "date", ()),
    # the gerund or adverb before a preposition is no part of the span, as in NEREL
    ("Начиная с марта 2014 года наблюдается рост", A, "с марта 2014 года", "2014-03", MONTH,
     "date", ()),
    ("Он работал там вплоть до 12 сентября", A, "до 12 сентября", "2015-09-12", DAY, "date",
     (INFERRED,)),
    # parts of two years, the first year's word written too
    ("в конце 2015 года — начале 2016 года", None, "в конце 2015 года — начале 2016 года",
     "2015/2016", YEAR, "range", ()),
    # decades and centuries
    ("В 1980-е", None, "В 1980-е", "1980/1989", YEAR, "range", ()),
    ("в 1990-х годах", None, "в 1990-х годах", "1990/1999", YEAR, "range", ()),
    ("в начале 2000-х", None, "в начале 2000-х", "2000/2009", YEAR, "range", ()),
    ("в 90-е", None, "в 90-е", None, None, "range", ()),
    # a decade of two digits is the latest such decade begun by the text's date
    ("в 90-е", A, "в 90-е", "1990/1999", YEAR, "range", (INFERRED,)),
    ("В конце 80-х", A, "В конце 80-х", "1980/1989", YEAR, "range", (INFERRED,)),
    ("в 10-х годах", A, "в 10-х годах", "2010/2019", YEAR, "range", (INFERRED,)),
    ("в 20-е годы", A, "в 20-е годы", "1920/1929", YEAR, "range", (INFERRED,)),
    ("в XX веке", None, "в XX веке", "1901/2000", YEAR, "range", ()),
    # year-less dates take the anchor's year
    ("15 декабря", A, "15 декабря", "2015-12-15", DAY, "date", (INFERRED,)),
    ("15 декабря", None, "15 декабря", None, None, "date", (INFERRED,)),
    ("в сентябре", A, "в сентябре", "2015-09", MONTH, "date", (INFERRED,)),
    ("в сентябре", None, "в сентябре", None, None, "date", (INFERRED,)),
    ("В конце марта", A, "В конце марта", "2016-03", MONTH, "date", (INFERRED,)),  # nearest
    ("В последние дни марта", A, "В последние дни марта", "2016-03", MONTH, "date", (INFERRED,)),
    ("летом", A, "летом", "2015", YEAR, "date", (INFERRED,)),
    # parts of periods and seasons
    ("в начале 2017\u00a0года", None, "в начале 2017\u00a0года", "2017", YEAR, "date", ()),
    ("весной 2012 года", None, "весной 2012 года", "2012", YEAR, "date", ()),
    ("Осенью 2018 года", None, "Осенью 2018 года", "2018", YEAR, "date", ()),
    # deictic expressions resolve against the anchor
    ("сегодня", A, "сегодня", "2015-12-18", DAY, "date", (RELATIVE,)),
    ("Вчера", A, "Вчера", "2015-12-17", DAY, "date", (RELATIVE,)),
    ("завтра", A, "завтра", "2015-12-19", DAY, "date", (RELATIVE,)),
    ("накануне", A, "накануне", "2015-12-17", DAY, "date", (RELATIVE,)),
    ("сегодня", None, "сегодня", None, None, "date", (RELATIVE,)),
    ("в среду", A, "в среду", "2015-12-16", DAY, "date", (RELATIVE,)),
    ("в пятницу", A, "в пятницу", "2015-12-18", DAY, "date", (RELATIVE,)),
    ("во вторник", A, "во вторник", "2015-12-15", DAY, "date", (RELATIVE,)),
    ("в прошлую пятницу", A, "в прошлую пятницу", "2015-12-11", DAY, "date", (RELATIVE,)),
    ("в следующую среду", A, "в следующую среду", "2015-12-23", DAY, "date", (RELATIVE,)),
    ("в прошлом году", A, "в прошлом году", "2014", YEAR, "date", (RELATIVE,)),
    ("в прошедшем году", A, "в прошедшем году", "2014", YEAR, "date", (RELATIVE,)),  # = прошлый
    ("в этом году", A, "в этом году", "2015", YEAR, "date", (RELATIVE,)),
    ("в следующем году", A, "в следующем году", "2016", YEAR, "date", (RELATIVE,)),
    ("в прошлом году", None, "в прошлом году", None, None, "date", (RELATIVE,)),
    ("В феврале этого года", A, "В феврале этого года", "2015-02", MONTH, "date", (RELATIVE,)),
    ("в сентябре прошлого года", A, "в сентябре прошлого года", "2014-09", MONTH, "date", (RELATIVE,)),
    ("в следующем мае", A, "в следующем мае", "2016-05", MONTH, "date", (RELATIVE,)),
    ("на этой неделе", A, "на этой неделе", "2015-12-14/2015-12-20", DAY, "range", (RELATIVE,)),
    ("в прошлом месяце", A, "в прошлом месяце", "2015-11", MONTH, "date", (RELATIVE,)),
    ("три месяца назад", A, "три месяца назад", "2015-09", MONTH, "date", (RELATIVE,)),
    ("два дня назад", A, "два дня назад", "2015-12-16", DAY, "date", (RELATIVE,)),
    ("Неделю назад", A, "Неделю назад", "2015-12-11", DAY, "date", (RELATIVE,)),
    ("несколько дней назад", A, "несколько дней назад", None, None, "date", (RELATIVE,)),
    ("На следующий день", A, "На следующий день", None, None, "date", (RELATIVE,)),
    ("в том же году", A, "в том же году", None, None, "date", (RELATIVE,)),
    ("через два дня", A, "через два дня", None, None, "date", (RELATIVE,)),
    ("Годом позже", A, "Годом позже", None, None, "date", (RELATIVE,)),
    ("На днях", A, "На днях", None, None, "date", (RELATIVE,)),
    # "с" typed with the Latin letter that looks like it
    ("c 1 февраля 2017 года", A, "c 1 февраля 2017 года", "2017-02-01", DAY, "date", ()),
    # a season of two years with a slash; a date with slashes
    ("в сезоне 2017/18", A, "2017/18", "2017/2018", YEAR, "range", ()),
    ("в сезоне 2017/2018", A, "2017/2018", "2017/2018", YEAR, "range", ()),
    ("протокол 24/06/2016", A, "24/06/2016", "2016-06-24", DAY, "date", ()),
    # a weekday and a date form one span; the explicit date wins
    ("в понедельник, 20 марта", A, "в понедельник, 20 марта", "2016-03-20", DAY, "date", (INFERRED,)),
    ("В воскресенье, 11 июня 2017 года", A, "В воскресенье, 11 июня 2017 года", "2017-06-11", DAY,
     "date", ()),
    ("в субботу — 29 июня 2013 года", A, "в субботу — 29 июня 2013 года", "2013-06-29", DAY,
     "date", ()),  # a dash between them
    ("в минувшую субботу, 17 сентября 2016 года", A, "в минувшую субботу, 17 сентября 2016 года",
     "2016-09-17", DAY, "date", ()),  # a deictic weekday
    ("25 июля, в четверг", A, "25 июля, в четверг", "2015-07-25", DAY, "date", (INFERRED,)),
    ("вчера, 9 мая 2019 года", A, "вчера, 9 мая 2019 года", "2019-05-09", DAY, "date", ()),
    ("в течение восьми рабочих дней", A, "в течение восьми рабочих дней", None, None,
     "duration", ()),  # the kind of days counted between the number and the unit
    # durations and ages are not dates
    ("Саше осталось ещё два года до окончания школы", A, "два года", None, None, "duration", ()),
    # a dative after a verb is its object, not whose age: the years are a duration
    ("Он служил губернатору 5 лет.", A, "5 лет", None, None, "duration", ()),
    ("Она, как говорят, помогала отцу 10 лет.", A, "10 лет", None, None, "duration", ()),
    ("Суд приговорил его к восьми годам колонии.", A, "восьми годам", None, None, "duration", ()),
    ("Гомес уже несколько лет болеет.", A, "несколько лет", None, None, "duration", ()),
    ("В Москве, 5 лет назад, он начал", A, "5 лет назад", "2010", YEAR, "date", (RELATIVE,)),
    ("в течение 12 лет", A, "в течение 12 лет", None, None, "duration", ()),
    ("Супруги прожили вместе 70 лет.", A, "70 лет", None, None, "duration", ()),
    ("вышел после 10 суток ареста", A, "10 суток", None, None, "duration", ()),
    ("получил 15-летний срок", A, "15-летний", None, None, "duration", ()),
    ("1 год 6 месяцев", A, "1 год 6 месяцев", None, None, "duration", ()),
    ("в течение примерно 26 лет", A, "в течение примерно 26 лет", None, None, "duration", ()),
    ("Почти полвека", A, "Почти полвека", None, None, "duration", ()),
    ("370 тысяч тонн нефти в год.", A, "в год", None, None, "duration", ()),
    ("каждые три года", A, "каждые три года", None, None, "duration", ()),
    ("за последние 24 часа", A, "за последние 24 часа", None, None, "duration", ()),
    ("Спрос рос последние месяцы.", A, "последние месяцы", None, None, "duration", ()),
    ("Следующие пять месяцев он провёл дома.", A, "Следующие пять месяцев", None, None,
     "duration", ()),
    ("В течение следующих двух лет он работал.", A, "В течение следующих двух лет", None, None,
     "duration", ()),
    # a footnote's mark glued to a table's term, its superscript lost: one or two digits
    ("Аукционы РЕПО\nот 1 до 7 дней2,5\n4,50", A, "от 1 до 7 дней", None, None, "duration", ()),
    ("Кредиты\n3 месяца4\n6,25", A, "3 месяца", None, None, "duration", ()),
    ("лишение свободы на срок от 8 до 20 лет", A, "от 8 до 20 лет", None, None, "duration", ()),
    ("в течение 2–3 недель", A, "в течение 2–3 недель", None, None, "duration", ()),
    ("За три с половиной года работы", A, "За три с половиной года", None, None, "duration", ()),
    # "последующие", as "ближайшие": several periods to come, no one value
    ("В последующие годы возможен рост", A, "В последующие годы", None, None, "date",
     (RELATIVE,)),
]  # fmt: skip

NEGATIVES = [
    "Стартовала акция «Ворвись в весну».",  # a word of a quoted name after its kind's noun
    "Агентство «Россия сегодня» сообщило.",
    "Площадь 1 кв. м стоит 300 тысяч рублей.",  # a square metre, not a quarter
    "Он уехал в конце года выборов.",  # the genitive after it says which year
    "Плакаты к 1000-летию Ярославля висели везде.",  # an anniversary's compound
    "Концерт прошёл в середине месяца поста.",
    "2015 компаний",
    "в 2015 компаниях",
    "с 1500 рублей",
    "встреча в 12 часов",
    "в 23:11 по пекинскому времени",
    "Телефон: +7 (495) 123-45-67, 8-800-555-35-35",
    "заболел COVID-19",
    "1/2 стакана",
    "версия 2.18.12",
    "36-летний Иван Голунов",
    "скончалась в возрасте 92 лет",
    "Ему было 64 года.",
    "Участок «десять лет назад был отрезан.",  # a counted unit whose count is out of reach
    "Он живёт в Октябрьском районе",  # a month's adjective capitalised: a name's first word
    # an age: the person's in the dative opening its clause, a relative pronoun, a verb of
    # turning an age, or the age in apposition to a name between commas
    "Петру Васильеву 65 лет.",
    "Сказал он. Молодой жене 27 лет.",
    "Обвиняемый, которому сейчас 23 года, задержан.",
    "Сестра, которой тогда был 71 год, выжила.",
    "Ей должно было исполниться 80 лет.",
    "Дочери исполняется 14 лет.",
    "Погибший Иван Сидоров, 49 лет, работал водителем.",
    "для детей от 13 до 18 лет",
    "отметил 100-летний юбилей",
    "исполнилось 85 лет со дня рождения",
    "В 13 лет Месси уехал",
    "фильм «Один день Ивана Денисовича»",
    "окружающей среды",
    "в среде программистов",
    "телеканал «Пятница»",
    "на Неделе моды",
    "Марте Петровой",
    "На 85 году жизни",
    "",
    "🙂🙂 2015 🙂",
]


def _flags(date: DateValue) -> tuple[str, ...]:
    return tuple(
        name for name, on in ((INFERRED, date.year_inferred), (RELATIVE, date.relative)) if on
    )


@pytest.mark.parametrize(("text", "anchor", "span", "value", "precision", "kind", "flags"), CASES)
def test_phrase(text, anchor, span, value, precision, kind, flags):
    matches = find_dates(text, anchor)
    assert [m.text for m in matches] == [span]
    match = matches[0]
    assert text[match.start : match.stop] == span
    assert (match.date.value, match.date.precision, match.date.kind) == (value, precision, kind)
    assert _flags(match.date) == flags


def test_a_date_in_quoted_speech_is_one():
    """Not a name's word: the quote is what someone said."""
    assert [m.text for m in find_dates("Он сказал: «Вчера всё решилось».", A)] == ["Вчера"]


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_a_date(text):
    assert find_dates(text, A) == []


EVE = [  # "накануне": the adverb (the day before) is a date, the preposition (the eve of) is not
    ("Переговоры прошли накануне вечером.", ["накануне"]),
    ("Накануне парламент отказался голосовать.", ["Накануне"]),
    ("Об этом стало известно накануне.", ["накануне"]),
    ("Посла накануне вызвали в министерство.", ["накануне"]),
    ("Накануне его задержали на границе.", ["Накануне"]),  # "его": the object, nothing governed
    ("Накануне в зале прошёл концерт.", ["Накануне"]),  # a preposition after it
    ("Итоги состоявшегося накануне второго тура объявят позже.", ["накануне"]),  # the participle's
    ("Он выступил накануне голосования в сенате.", []),
    ("Заявление сделано накануне своего юбилея.", []),
    ("Музей открылся накануне праздничных выходных.", []),
    ("Книгу подписали накануне его отставки.", []),
]


@pytest.mark.parametrize(("text", "found"), EVE)
def test_the_eve_of_something_is_no_date_the_day_before_is(text, found):
    assert [d.text for d in find_dates(text, datetime.date(2020, 5, 14))] == found


def test_two_dates_in_a_sentence():
    text = "Закон принят 9 июня 2017 года и вступит в силу в 2018 году."
    matches = find_dates(text)
    assert [(m.text, m.date.value) for m in matches] == [
        ("9 июня 2017 года", "2017-06-09"),
        ("в 2018 году", "2018"),
    ]


def test_a_date_takes_the_year_of_the_next_one():
    matches = find_dates("концерты 30 июня и 1 июля 2019 года", A)
    assert [(m.text, m.date.value, m.date.year_inferred) for m in matches] == [
        ("30 июня", "2019-06-30", False),
        ("1 июля 2019 года", "2019-07-01", False),
    ]


def test_days_in_a_list_take_the_month_and_year_of_the_last():
    matches = find_dates("5, 6 и 7 мая 2016 года")
    assert [(m.text, m.date.value) for m in matches] == [
        ("5", "2016-05-05"),
        ("6", "2016-05-06"),
        ("7 мая 2016 года", "2016-05-07"),
    ]


def test_crlf_and_offsets():
    text = "Дата:\r\n18 декабря 2015\r\nВ 2016 году\r\n"
    matches = find_dates(text)
    assert [m.text for m in matches] == ["18 декабря 2015", "В 2016 году"]
    assert all(text[m.start : m.stop] == m.text for m in matches)


def test_date_value_is_a_record():
    (match,) = find_dates("в декабре 2015 года")
    assert match.date.to_dict() == {
        "value": "2015-12",
        "precision": "month",
        "year_inferred": False,
        "relative": False,
        "kind": "date",
    }


def test_anchor_date_takes_the_first_full_date():
    text = "МОСКВА, 18 декабря 2015 года. Компания сообщила, что 20 декабря..."
    assert anchor_date(text) == A
    assert anchor_date("В среду, 30 марта 2016 года, в Госдуме прошёл круглый стол") == (
        datetime.date(2016, 3, 30)
    )


def test_anchor_date_skips_partial_dates_and_stops_at_head():
    assert anchor_date("В 2015 году, 18 декабря, в декабре 2015 года") is None
    assert anchor_date("x" * 600 + " 18 декабря 2015 года") is None
    assert anchor_date("x" * 600 + " 18 декабря 2015 года", head=1000) == A
    assert anchor_date("") is None


FEB = datetime.date(2017, 2, 3)
DEC = datetime.date(2016, 12, 5)


@pytest.mark.parametrize(
    ("text", "anchor", "span", "value"),
    [
        # no verb: the year that puts the month or day nearest the document's date
        ("Итоги: в декабре", FEB, "в декабре", "2016-12"),
        ("Итоги: в марте", FEB, "в марте", "2017-03"),
        ("Итоги: 28 января", FEB, "28 января", "2017-01-28"),
        ("Итоги: 20 ноября", FEB, "20 ноября", "2016-11-20"),
        ("Итоги: в январе", DEC, "в январе", "2017-01"),
        # the past tense: the latest one not after the document's date
        ("В декабре объем вырос.", FEB, "В декабре", "2016-12"),
        ("Объем вырос в марте.", FEB, "в марте", "2016-03"),
        ("3 декабря состоялось заседание.", FEB, "3 декабря", "2016-12-03"),
        ("В феврале инфляция замедлилась.", FEB, "В феврале", "2017-02"),
        ("В январе банк снизил ставку.", DEC, "В январе", "2016-01"),
        # the present tense keeps the nearest
        ("В марте планируется рост.", FEB, "В марте", "2017-03"),
        ("В декабре инфляция остается высокой.", FEB, "В декабре", "2016-12"),
        # the future tense: the first one not before it
        ("В ноябре произойдет встреча.", DEC, "В ноябре", "2017-11"),
        ("3 декабря состоится заседание.", FEB, "3 декабря", "2017-12-03"),
        ("Рост, как ожидает банк, в декабре будет выше.", FEB, "в декабре", "2017-12"),
        ("В декабре ставка снизится.", DEC, "В декабре", "2016-12"),
        # a month in the genitive a noun before it governs
        ("Инфляция по итогам января снизилась.", FEB, "января", "2017-01"),
        ("Цены остались на уровне декабря.", FEB, "декабря", "2016-12"),
        # a quarter or half-year after "в" follows its clause's tense as a month does
        ("В IV квартале рост продолжился.", FEB, "В IV квартале", "2016-10/2016-12"),
        ("В I квартале произойдет рост.", DEC, "В I квартале", "2017-01/2017-03"),
        ("Во втором полугодии рост ускорился.", FEB, "Во втором полугодии", "2016-07/2016-12"),
        # ... not a noun's complement, nor a destination: the document's year
        ("Темпы будут близки к значениям IV квартала.", FEB, "IV квартала", "2017-10/2017-12"),
        ("Сроки смещены на второе полугодие.", FEB, "на второе полугодие", "2017-07/2017-12"),
        # ... unless a day less than a week before it: a future told from before the document
        (
            "Ей сказали, что вывоз произойдет 18 мая.",
            datetime.date(2017, 5, 19),
            "18 мая",
            "2017-05-18",
        ),
        (
            "Ей сказали, что вывоз произойдет 10 мая.",
            datetime.date(2017, 5, 19),
            "10 мая",
            "2018-05-10",
        ),
        # the verb before the date in its clause governs it; an infinitive is passed over
        ("Инфляция продолжила снижаться в июне и останется низкой.", DEC, "в июне", "2016-06"),
        ("Реализация заявленных в январе мер не окажет влияния.", FEB, "в январе", "2017-01"),
        ("Заключив контракт 25 ноября, компания сдаст проект.", FEB, "25 ноября", "2016-11-25"),
        (
            "Заседание запланировано на 25 июля.",
            datetime.date(2014, 6, 16),
            "на 25 июля",
            "2014-07-25",
        ),
        ("Банк сообщил, что в ноябре снизит ставку.", DEC, "в ноябре", "2017-11"),
        # a range by its end, the start in the same year or the one before
        ("С 15 по 18 декабря цены выросли.", FEB, "С 15 по 18 декабря", "2016-12-15/2016-12-18"),
        ("С 15 по 18 марта пройдет форум.", FEB, "С 15 по 18 марта", "2017-03-15/2017-03-18"),
        ("В ноябре-декабре инфляция замедлилась.", FEB, "В ноябре-декабре", "2016-11/2016-12"),
        (
            "с 28 декабря по 8 января цены выросли",
            FEB,
            "с 28 декабря по 8 января",
            "2016-12-28/2017-01-08",
        ),
        # the verb of the date's own sentence, not of the one before
        ("Банк снизил ставку. В марте планируется рост.", FEB, "В марте", "2017-03"),
        ("Совещание пройдет. В декабре объем вырос.", FEB, "В декабре", "2016-12"),
    ],
)
def test_a_year_less_date_takes_the_nearest_year_unless_the_tense_says(text, anchor, span, value):
    (match,) = find_dates(text, anchor)
    assert (match.text, match.date.value, match.date.year_inferred) == (span, value, True)


@pytest.mark.parametrize(
    ("text", "anchor", "span", "value"),
    [
        ("Ставка с 02.02.15 составит 15%", FEB, "с 02.02.15", "2015-02-02"),
        ("с 16.03.15", datetime.date(2015, 3, 13), "с 16.03.15", "2015-03-16"),
        ("родился 27.05.99", FEB, "27.05.99", "1999-05-27"),
        ("выпуск от 01.09.05", datetime.date(1998, 1, 1), "от 01.09.05", "2005-09-01"),
        ("выпуск от 01.09.48", datetime.date(1998, 1, 1), "от 01.09.48", "1948-09-01"),
        ("родился 27.05.99", None, "27.05.99", None),
    ],
)
def test_two_digit_years_take_the_century_nearest_the_document(text, anchor, span, value):
    (match,) = find_dates(text, anchor)
    assert (match.text, match.date.value) == (span, value)
    assert match.date.year_inferred


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Город основан в 5000 год до н. э.", "в 5000 год до н. э.", "-4999"),
        ("Около 100 г. до нашей эры", "Около 100 г. до нашей эры", "-0099"),
        ("В 753 г. до н.э. основан Рим", "В 753 г. до н.э.", "-0752"),
        ("в 44 году до Рождества Христова", "в 44 году до Рождества Христова", "-0043"),
        ("в 1 году до н. э.", "в 1 году до н. э.", "0000"),
        ("в 2015 году до начала работ", "в 2015 году", "2015"),
    ],
)
def test_years_before_the_common_era_are_negative_iso_years(text, span, value):
    (match,) = find_dates(text)
    assert (match.text, match.date.value, match.date.precision) == (span, value, YEAR)


@pytest.mark.parametrize(
    "text",
    ["Версия 1.2.10 вышла", "счёт 12.13.15", "в 3.10.2", "путь 19.10.16.webm", "IP 54.231.19.48"],
)
def test_numbers_with_dots_are_not_two_digit_year_dates(text):
    assert find_dates(text, FEB) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a month in the genitive after no noun, or capitalised, is none
        ("Января не было.", []),
        ("Он ушёл, января ждали.", []),
        # a "-е" ordinal before a neuter singular noun is that noun's, no decade
        ("Команда заняла 10-е место в таблице.", []),
        ("Книга выдержала 3-е издание.", []),
        # a decade, plural, before anything else
        ("В 90-е страна изменилась.", ["В 90-е"]),
        ("В 90-е годы он уехал.", ["В 90-е годы"]),
    ],
)
def test_a_date_word_is_a_date_only_in_its_construction(text, found):
    assert [m.text for m in find_dates(text, FEB)] == found


def test_anchor_resolves_year_less_dates_in_a_document():
    text = "МОСКВА, 18 декабря 2015 года. Вчера компания объявила, что 15 декабря..."
    anchor = anchor_date(text)
    values = [(m.text, m.date.value) for m in find_dates(text, anchor)]
    assert values == [
        ("18 декабря 2015 года", "2015-12-18"),
        ("Вчера", "2015-12-17"),
        ("15 декабря", "2015-12-15"),
    ]


# --- properties -------------------------------------------------------------------------------

_FRAGMENTS = st.sampled_from(
    [
        "18 декабря 2015 года", "в 2015 году", "с 15 по 18 декабря", "в среду", "вчера",
        "2014–2015 годах", "два года", "в 1980-е", "15\u00a0дек.", "года", "г.", "по", "с ",
        "в прошлом году", "ЕГЭ-", "COVID-19", "(1997)", "-", "—", "\r\n", "\u00a0", "🙂", "İ",
        "31.02.2015", "на этой неделе", "три месяца назад", "XX века", ", в четверг",
        "двадцать второго июня", "в III квартале", "5, 6 и 7 мая", "полугодии", "от 8 до 20 лет",
    ]
)  # fmt: skip
_TEXT = st.lists(st.one_of(_FRAGMENTS, st.text(max_size=12)), max_size=12).map("".join)
_ANCHOR = st.one_of(st.none(), st.dates(), st.just(datetime.date.min), st.just(datetime.date.max))


def _check_matches(text: str, matches: list[DateMatch]) -> None:
    stop = 0
    for match in matches:
        assert 0 <= stop <= match.start < match.stop <= len(text)
        assert text[match.start : match.stop] == match.text
        date = match.date
        assert date.kind in ("date", "range", "duration")
        assert (date.value is None) == (date.precision is None)
        assert date.precision in (None, "day", "month", "year")
        stop = match.stop


@settings(max_examples=300, deadline=None)
@given(_TEXT, _ANCHOR)
def test_find_dates_never_fails_and_spans_are_valid(text, anchor):
    matches = find_dates(text, anchor)
    _check_matches(text, matches)


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_prefilter_finds_what_a_full_scan_finds(text):
    """The fast scan (triggers and starters) agrees with trying every rule everywhere."""
    from pressrel.dates.scan import _scan

    assert list(_scan(text, A)) == list(_scan_everywhere(text, A))


@cache
def _alternation() -> re.Pattern[str]:
    """The reference ``_match_at`` read: every rule in one alternation, each rule the group of
    its name, in priority order (the first rule that matches is the alternative taken)."""
    from pressrel.dates.rules import RULES

    return re.compile("|".join(f"(?P<{rule.name}>{rule.pattern})" for rule in RULES))


def reference_match_at(text: str, lowered: str, start: int, anchor) -> DateMatch | None:
    """The code ``scan._match_at`` replaced: the alternation picks the first rule that matches;
    when its builder rejects the match, the later rules are tried one by one."""
    from pressrel.dates.rules import INDEX, RULES, Groups, rule_regex

    match = _alternation().match(lowered, start)
    if match is None:
        return None
    first = INDEX[match.lastgroup]
    for index in range(first, len(RULES)):
        found = match if index == first else rule_regex(index).match(lowered, start)
        if found is None:
            continue
        rule = RULES[index]
        value = rule.build(Groups(found, text, rule.name), anchor)
        if value is not None:
            return DateMatch(start, found.end(), text[start : found.end()], value)
    return None


def _agrees_with_the_alternation(text: str, anchor) -> None:
    from pressrel.dates.scan import _lowercase, _match_at

    lowered = _lowercase(text)
    for start in range(len(text)):
        assert _match_at(text, lowered, start, anchor) == reference_match_at(
            text, lowered, start, anchor
        )


def test_rules_tried_one_by_one_match_as_the_alternation_on_the_cases_and_news():
    """``_match_at`` tries each rule's pattern in turn: at every offset of every case and of
    the test news (rejected matches, ranges, deictic words and durations among them), what the
    alternation of all the rules found."""
    texts = [case[0] for case in CASES]
    texts += [json.loads(line)["text"] for line in NEWS.read_text(encoding="utf-8").splitlines()]
    for text in texts:
        for anchor in (None, A):
            _agrees_with_the_alternation(text, anchor)


@settings(max_examples=200, deadline=None)
@given(_TEXT, _ANCHOR)
def test_rules_tried_one_by_one_match_as_the_alternation(text, anchor):
    _agrees_with_the_alternation(text, anchor)


def _whole_by_find_dates(text: str) -> DateMatch | None:
    found = find_dates(text)
    return (
        found[0] if len(found) == 1 and (found[0].start, found[0].stop) == (0, len(text)) else None
    )


@pytest.mark.parametrize(
    "text, value",
    [
        ("7 марта 2019", "2019-03-07"),
        ("Среда, 7 марта 2019", "2019-03-07"),
        ("07.03.2019", "2019-03-07"),
        ("с 3 февраля 2010 по апрель 2012", "2010-02-03/2012-04"),  # two matches joined
        ("весной 2021 года", "2021"),
        ("7 марта 2019 открылась выставка", None),  # a date, then more
        ("Выставка открылась 7 марта 2019", None),  # a date, not at the start
        ("7 марта 2019 и 9 марта 2019", None),  # two dates
        ("Открытие выставки перенесли на неопределённый срок" * 5, None),
        ("", None),
    ],
)
def test_whole_date_is_the_one_match_from_start_to_end(text, value):
    from pressrel.dates import whole_date

    found = whole_date(text)
    assert found == _whole_by_find_dates(text)
    assert (found.date.value if found else None) == value


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_whole_date_agrees_with_find_dates(text):
    from pressrel.dates import whole_date

    assert whole_date(text) == _whole_by_find_dates(text)
    assert whole_date("7 марта 2019, " + text) == _whole_by_find_dates("7 марта 2019, " + text)


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_anchor_date_never_fails(text):
    assert anchor_date(text) is None or isinstance(anchor_date(text), datetime.date)


def test_a_rule_asking_for_a_group_it_does_not_have_fails_loudly():
    """A typo in a builder's group name is a KeyError, not a silent None."""
    from pressrel.dates.rules import INDEX, Groups, rule_regex

    text = "18 декабря 2015 года"
    match = rule_regex(INDEX["dmy"]).search(text)
    groups = Groups(match, text, "dmy")
    assert groups("m") == "декабря"
    with pytest.raises(KeyError, match="no group 'month'"):
        groups("month")
    with pytest.raises(LookupError, match="did not match"):
        groups.text("ny")  # a group of the pattern that took no part in this match


@pytest.mark.parametrize("quoted", ["«{}»", "“{}”", "„{}“", '"{}"'])
def test_every_kind_of_quotation_mark_reads_alike_round_a_date(quoted):
    clause = "Он сказал: " + quoted.format("Добываем сто тонн нефти в год") + "."
    before = "Встреча прошла накануне " + quoted.format("Дня города") + "."
    assert [d.text for d in find_dates(clause)] == ["в год"]
    assert find_dates(before) == []


JULY = datetime.date(2024, 7, 26)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # "предыдущий"/"следующий": the one before/after the period the sentence has just named
        (
            "В II квартале 2024 года рост составил 8,6% после 5,8% в предыдущем квартале.",
            ["2024-04/2024-06", "2024-01/2024-03"],
        ),
        (
            "В I квартале 2020 года спрос упал после роста в предыдущем квартале.",
            ["2020-01/2020-03", "2019-10/2019-12"],
        ),
        ("В 2019 году выручка выросла, а в следующем году упала.", ["2019", "2020"]),
        ("В марте 2020 года цены выросли, в предыдущем месяце упали.", ["2020-03", "2020-02"]),
        (
            "В первом полугодии 2023 года был рост, в следующем полугодии спад.",
            ["2023-01/2023-06", "2023-07/2023-12"],
        ),
        # none named in its sentence, or one of another unit, or one counted from the
        # document's date: from the document's date, as "прошлый", which always counts from it
        ("Выручка выросла. В следующем году она упадёт.", ["2025"]),
        ("В 2019 году выручка выросла. В следующем году упала.", ["2019", "2025"]),
        ("В марте 2020 года цены выросли, в следующем году упали.", ["2020-03", "2025"]),
        ("В 2019 году выручка выросла, а в прошлом году упала.", ["2019", "2023"]),
        ("В июне рост ускорился после спада в предыдущем месяце.", ["2024-06", "2024-05"]),
        ("В прошлом году был спад, в следующем году ждут роста.", ["2023", "2025"]),
    ],
)
def test_the_preceding_and_next_period_count_from_the_one_the_sentence_names(text, values):
    assert [m.date.value for m in find_dates(text, JULY)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # "тот же": the very period of its unit named last in the paragraph
        ("К 2007 году киоски стали частью группы. В том же году сын стал директором.",
         ["2007", "2007"]),
        ("5 марта 2010 года завод закрыли. Рабочие в тот же день вышли на улицу.",
         ["2010-03-05", "2010-03-05"]),
        ("В марте 2010 года цены выросли, а в том же месяце упали акции.", ["2010-03", "2010-03"]),
        # ... a year the year of a date within it; a shorter unit only from its own
        ("В марте 2010 года цены выросли. В том же году упали акции.", ["2010-03", "2010"]),
        ("В 2010 году цены выросли. В том же месяце упали акции.", ["2010", None]),
        # ... not across a paragraph
        ("В 2007 году киоски купили.\nВ том же году сын стал директором.", ["2007", None]),
    ],
)  # fmt: skip
def test_the_same_period_is_the_one_named_last(text, values):
    assert [m.date.value for m in find_dates(text, JULY)] == values


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # years listed before one plural noun of years: each a year, the first with its
        # preposition
        (
            "Команда побеждала в 1958, 1962 и 1970 годах.",
            [("в 1958", "1958"), ("1962", "1962"), ("1970 годах", "1970")],
        ),
        ("Прогноз на 2025 и 2026 годы повышен.", [("на 2025", "2025"), ("2026 годы", "2026")]),
        ("Дефицит бюджета 2025 и 2026 годов снизится.", [("2025", "2025"), ("2026 годов", "2026")]),
        (
            "Рекорды 2001, 2003 или 2005 гг. не побиты.",
            [("2001", "2001"), ("2003", "2003"), ("2005 гг", "2005")],
        ),
        # a singular noun is the last year's alone; a number that is no listed year stays out
        ("В 2013 и в 2014 году шли дожди.", [("В 2013", "2013"), ("в 2014 году", "2014")]),
        ("Из 300 и 2014 годы ничего.", [("2014 годы", "2014")]),
    ],
)
def test_years_listed_before_a_plural_noun_of_years_are_each_a_year(text, found):
    assert [(m.text, m.date.value) for m in find_dates(text, JULY)] == found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a deictic adjective in the plural counts several units: no one period, no value
        ("Инфляция замедлится в ближайшие годы.", None),
        ("В ближайшие недели решение примут.", None),
        ("В предыдущие годы цены росли.", None),
        ("В ближайшие месяцы ставку снизят.", None),  # the nominative plural of a unit
        ("Цены росли в предыдущие дни.", None),
        # in the singular, one unit counted from the document's date
        ("В ближайшем году цены вырастут.", "2025"),
        ("В прошлом месяце цены росли.", "2024-06"),
    ],
)
def test_several_units_counted_from_now_are_no_one_period(text, value):
    (match,) = find_dates(text, JULY)
    assert (match.date.value, match.date.relative) == (value, True)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a range of quarters: from the first one's first month to the last one's last
        (
            "Ставку снизят во II–III кварталах 2025 года.",
            "во II–III кварталах 2025 года",
            "2025-04/2025-09",
        ),
        (
            "Рост ускорится в I-II квартале текущего года.",
            "в I-II квартале текущего года",
            "2024-01/2024-06",
        ),
        (
            "Итоги первого–второго кварталов 2023 года",
            "первого–второго кварталов 2023 года",
            "2023-01/2023-06",
        ),
    ],
)
def test_a_range_of_quarters_is_its_months(text, span, value):
    (match,) = find_dates(text, JULY)
    assert (match.text, match.date.value) == (span, value)


def test_a_part_of_a_year_is_of_the_year_its_sentence_has_just_named():
    text = "В 2019 году налог вырастет (в начале года). В конце года он упадёт."
    assert [(m.text, m.date.value) for m in find_dates(text, A)] == [
        ("В 2019 году", "2019"),
        ("в начале года", "2019"),  # the sentence named 2019
        ("В конце года", "2015"),  # no year named in its sentence: the document's
    ]

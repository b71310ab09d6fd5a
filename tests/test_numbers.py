"""pressrel.numbers: amounts of money and percentages, their spans and values."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pressrel.numbers import AmountMatch, amount_key, cells, digits, find_amounts
from pressrel.records import Amount

M, P = "MONEY", "PERCENT"
MORE, LESS, ABOUT = "more", "less", "about"


def amount(value=None, unit=None, qualifier=None, low=None, high=None) -> Amount:
    return Amount(value, low, high, unit, qualifier)


def spans(text: str) -> list[tuple[str, str, Amount]]:
    return [(text[m.start : m.stop], m.type, m.amount) for m in find_amounts(text)]


# (sentence, the span, its type, its Amount): one row per construction
CASES = [
    # digits and their separators
    ("Стоимость составила 1 500 000 рублей.", "1 500 000 рублей", M, amount(1500000, "RUB")),
    ("Он заплатил 1\u00a0500\u00a0000 рублей.", "1\u00a0500\u00a0000 рублей", M,
     amount(1500000, "RUB")),
    ("Сбор дал 1\u2009500\u2009000 рублей.", "1\u2009500\u2009000 рублей", M,
     amount(1500000, "RUB")),
    ("Сбор дал 2\u202f300 рублей.", "2\u202f300 рублей", M, amount(2300, "RUB")),
    ("Цена лота — 1.500.000 руб. за комплект", "1.500.000 руб.", M, amount(1500000, "RUB")),
    ("Взнос — 1.500 рублей в месяц", "1.500 рублей", M, amount(1500, "RUB")),
    ("За картину дали $635,000 на торгах", "$635,000", M, amount(635000, "USD")),
    ("Выплата составит 17739,10 гривен (сумма)", "17739,10 гривен", M,
     amount(Decimal("17739.10"), "UAH")),
    ("Выплаты в размере 7.5 тысяч евро в год", "7.5 тысяч евро", M, amount(7500, "EUR")),
    # multipliers
    ("Бюджет получит 2,89 миллиарда рублей.", "2,89 миллиарда рублей", M,
     amount(2890000000, "RUB")),
    ("Штраф составит 6 тыс. рублей, сообщил суд", "6 тыс. рублей", M, amount(6000, "RUB")),
    ("Штраф составит 209 тыс долларов, сообщил суд", "209 тыс долларов", M,
     amount(209000, "USD")),
    ("Компания потратила 500 тысяч рублей на ремонт", "500 тысяч рублей", M,
     amount(500000, "RUB")),
    ("Расходы — 74 млн долларов за год", "74 млн долларов", M, amount(74000000, "USD")),
    ("Он должен заплатить 20 млн. долларов за полёт", "20 млн. долларов", M,
     amount(20000000, "USD")),
    ("Ущерб оценили в 2,8 млрд руб. по данным", "2,8 млрд руб.", M, amount(2800000000, "RUB")),
    ("Затраты составят 2,2 трлн рублей за пять лет", "2,2 трлн рублей", M,
     amount(2200000000000, "RUB")),
    ("Отели стоили 5млн рублей каждый", "5млн рублей", M, amount(5000000, "RUB")),
    # a smaller multiplier after a larger one, each with its digits
    ("Фонд собрал 1 миллион 816 тысяч рублей за год", "1 миллион 816 тысяч рублей", M,
     amount(1816000, "RUB")),
    ("Выручка — 2 млрд 300 млн руб. за квартал", "2 млрд 300 млн руб.", M,
     amount(2300000000, "RUB")),
    # numbers in words
    ("Налог снизят на двадцать пять процентов.", "двадцать пять процентов", P, amount(25, "%")),
    ("Он одолжил пять тысяч долларов у друга", "пять тысяч долларов", M, amount(5000, "USD")),
    ("Проект обошёлся в полтора миллиарда рублей.", "полтора миллиарда рублей", M,
     amount(1500000000, "RUB")),
    ("Приз — миллион долларов наличными", "миллион долларов", M, amount(1000000, "USD")),
    # halves: a noun worth half a multiplier, and "с половиной" after a unit
    ("Дом продали за полмиллиона евро.", "полмиллиона евро", M, amount(500000, "EUR")),
    ("На ремонт ушло около полумиллиона рублей", "около полумиллиона рублей", M,
     amount(500000, "RUB", "about")),
    ("Билет стоит полтысячи рублей", "полтысячи рублей", M, amount(500, "RUB")),
    ("Он занял две с половиной тысячи долларов", "две с половиной тысячи долларов", M,
     amount(2500, "USD")),
    ("Налог вырос на три с половиной процента", "три с половиной процента", P,
     amount(Decimal("3.5"), "%")),
    # "с лишним", "с небольшим": a little more than the number
    ("Цирк получил 500 с лишним миллионов рублей", "500 с лишним миллионов рублей", M,
     amount(500000000, "RUB", "more")),
    ("Фирма заработала двести с небольшим тысяч долларов", "двести с небольшим тысяч долларов",
     M, amount(200000, "USD", "more")),
    ("Обед обошёлся в 300 с лишним рублей", "300 с лишним рублей", M, amount(300, "RUB", "more")),
    ("Нашли двести тридцать пять тысяч сорок рублей", "двести тридцать пять тысяч сорок рублей",
     M, amount(235040, "RUB")),
    ("Ему грозит штраф до миллиона рублей", "до миллиона рублей", M,
     amount(1000000, "RUB", LESS)),
    ("Ему выплатили полторы тысячи евро", "полторы тысячи евро", M, amount(1500, "EUR")),
    ("Девочка нашла один цент на дороге", "один цент", M, amount(Decimal("0.01"), "USD")),
    ("Билет подорожал на 50 копеек с понедельника", "50 копеек", M,
     amount(Decimal("0.5"), "RUB")),
    ("Вилла стоит несколько миллионов евро", "несколько миллионов евро", M, amount(None, "EUR")),
    ("Он выделяет миллиарды долларов на помощь", "миллиарды долларов", M, amount(None, "USD")),
    # "тысячи", "сотни": the genitive singular after a word that takes it, else a vague plural
    ("Туристы тратят тысячи долларов на визы", "тысячи долларов", M, amount(None, "USD")),
    ("Власти тратят сотни миллионов рублей на рекламу", "сотни миллионов рублей", M,
     amount(None, "RUB")),
    ("Штраф за это — до тысячи рублей", "до тысячи рублей", M, amount(1000, "RUB", LESS)),
    ("На ремонт ушло около сотни миллионов рублей", "около сотни миллионов рублей", M,
     amount(100000000, "RUB", ABOUT)),
    # currencies: cases, numbers, adjectives, words after
    ("Расходы по двум рублям за литр", "двум рублям", M, amount(2, "RUB")),
    ("Он расплатился 300 долларами США", "300 долларами США", M, amount(300, "USD")),
    ("Сделка в 100 млн гонконгских долларов", "100 млн гонконгских долларов", M,
     amount(100000000, "HKD")),
    ("Премия — 9 млн шведских крон", "9 млн шведских крон", M, amount(9000000, "SEK")),
    # an adjective of its own that agrees with the currency: in the span, the currency's code
    ("На ремонт ушло 2,5 миллиарда бюджетных рублей", "2,5 миллиарда бюджетных рублей", M,
     amount(2500000000, "RUB")),
    ("Он вложил 40 тысяч собственных долларов", "40 тысяч собственных долларов", M,
     amount(40000, "USD")),
    ("Размер премии 6 миллионов норвежских крон.", "6 миллионов норвежских крон", M,
     amount(6000000, "NOK")),
    ("Залог — 240 тыс. фунтов стерлингов", "240 тыс. фунтов стерлингов", M,
     amount(240000, "GBP")),
    ("Цена — 30 млн фунтов за клуб", "30 млн фунтов", M, amount(30000000, "GBP")),
    ("Штраф — 500 тыс. юаней за продажу", "500 тыс. юаней", M, amount(500000, "CNY")),
    ("Ему выплатили 200 тысяч японских иен", "200 тысяч японских иен", M,
     amount(200000, "JPY")),
    ("Курс — 40 швейцарских франков за грамм", "40 швейцарских франков", M,
     amount(40, "CHF")),
    ("Налог составит 70 франков за штуку", "70 франков", M, amount(70, None)),
    ("Зарплата — 100 тысяч гривен в месяц", "100 тысяч гривен", M, amount(100000, "UAH")),
    ("Пенсия — 80 тысяч тенге в месяц", "80 тысяч тенге", M, amount(80000, "KZT")),
    ("Пенсия — 500 белорусских рублей в месяц", "500 белорусских рублей", M,
     amount(500, "BYN")),
    ("Компенсация в 8000 евро за задержку", "8000 евро", M, amount(8000, "EUR")),
    ("Он купил акции на 5 тысяч долларов", "5 тысяч долларов", M, amount(5000, "USD")),
    ("Символическую сумму — 10 Евро, внесли все", "10 Евро", M, amount(10, "EUR")),
    ("Цена — 99 USD за лицензию", "99 USD", M, amount(99, "USD")),
    ("Долг — 300 млн долл. США к маю", "300 млн долл. США", M, amount(300000000, "USD")),
    ("Заказ на 3000 р. в день", "3000 р.", M, amount(3000, "RUB")),
    ("Фонд привлёк USD 5 млн от инвесторов", "USD 5 млн", M, amount(5000000, "USD")),
    ("Билет стоит 20 000 рублей 50 копеек", "20 000 рублей 50 копеек", M,
     amount(Decimal("20000.5"), "RUB")),
    ("Чашка кофе — 5 долларов 99 центов", "5 долларов 99 центов", M,
     amount(Decimal("5.99"), "USD")),
    # symbols before and after
    ("Цукерберг вложит $3 млрд в проект", "$3 млрд", M, amount(3000000000, "USD")),
    ("Клуб надеется получить $15,5 млн за игрока", "$15,5 млн", M, amount(15500000, "USD")),
    ("Клуб надеется получить 15,5 млн $ за игрока", "15,5 млн $", M, amount(15500000, "USD")),
    ("Квартира продана за £1,2 млн в четверг", "£1,2 млн", M, amount(1200000, "GBP")),
    ("Билет стоит €200 в сезон", "€200", M, amount(200, "EUR")),
    ("Подписка стоит 299 ₽ в месяц", "299 ₽", M, amount(299, "RUB")),
    ("Клуб заплатил $27.5 млн за игрока", "$27.5 млн", M, amount(27500000, "USD")),
    # percentages
    ("Инфляция составила 7,25% годовых", "7,25%", P, amount(Decimal("7.25"), "%")),
    ("Явка — 53 % избирателей", "53 %", P, amount(53, "%")),
    ("Явка — 53\u00a0% избирателей", "53\u00a0%", P, amount(53, "%")),
    ("Он получил 58 процентов голосов", "58 процентов", P, amount(58, "%")),
    ("Акции подешевели на 2 процента за день", "2 процента", P, amount(2, "%")),
    ("Её поддержали менее одного процента избирателей", "менее одного процента", P,
     amount(1, "%", LESS)),
    ("Он лидирует с более чем 24,2 процентами голосов", "более чем 24,2 процентами", P,
     amount(Decimal("24.2"), "%", MORE)),
    ("Она победила с 54 процентным преимуществом", "54 процентным", P, amount(54, "%")),
    ("Банк дал 5-процентный кредит", "5-процентный", P, amount(5, "%")),
    ("Налог в 75&nbsp;% ударил по богатым", "75&nbsp;%", P, amount(75, "%")),
    ("Безработица выросла на 1,5 п.п. за год", "1,5 п.п.", P, amount(Decimal("1.5"), "pp")),
    ("Доля снизилась на 2 процентных пункта за год", "2 процентных пункта", P,
     amount(2, "pp")),
    ("ЦБ снизил ставку на 25 б.п. в пятницу", "25 б.п.", P, amount(25, "bp")),
    ("ЦБ снизил ставку на 50 базисных пунктов в пятницу", "50 базисных пунктов", P,
     amount(50, "bp")),
    # qualifiers
    ("Ущерб составил более 45 тысяч рублей.", "более 45 тысяч рублей", M,
     amount(45000, "RUB", MORE)),
    ("Долг — свыше 2 млн рублей по данным", "свыше 2 млн рублей", M,
     amount(2000000, "RUB", MORE)),
    ("Он получил больше 30 миллионов фунтов стерлингов", "больше 30 миллионов фунтов стерлингов",
     M, amount(30000000, "GBP", MORE)),
    ("Ущерб — чуть больше одного миллиона рублей", "чуть больше одного миллиона рублей", M,
     amount(1000000, "RUB", MORE)),
    ("Компания заработала не менее 3 млн евро", "не менее 3 млн евро", M,
     amount(3000000, "EUR", MORE)),
    ("Менее 3 % опрошенных согласны", "Менее 3 %", P, amount(3, "%", LESS)),
    # comparatives, a forecast's bounds
    ("Инфляция останется ниже 3% к концу года", "ниже 3%", P, amount(3, "%", LESS)),
    ("Рост ВВП будет не ниже 1,5% в год", "не ниже 1,5%", P, amount(1.5, "%", MORE)),
    ("Взятки — почти 30 миллионов долларов за десять лет", "почти 30 миллионов долларов", M,
     amount(30000000, "USD", LESS)),
    ("Штраф — до 500 тыс. рублей для компаний", "до 500 тыс. рублей", M,
     amount(500000, "RUB", LESS)),
    ("Расходы составят около 2,2 трлн руб., что много", "около 2,2 трлн руб.", M,
     amount(2200000000000, "RUB", ABOUT)),
    ("Тираж — порядка 40 % рынка", "порядка 40 %", P, amount(40, "%", ABOUT)),
    ("Ей заплатили примерно 70 тысяч долларов в год", "примерно 70 тысяч долларов", M,
     amount(70000, "USD", ABOUT)),
    ("Заработок — приблизительно 5 тысяч евро в месяц", "приблизительно 5 тысяч евро", M,
     amount(5000, "EUR", ABOUT)),
    ("Доход (около $120 тыс.) конфисковали", "около $120 тыс.", M,
     amount(120000, "USD", ABOUT)),
    # ranges
    ("Штраф — от 3 до 5 тысяч рублей для граждан", "от 3 до 5 тысяч рублей", M,
     amount(None, "RUB", low=3000, high=5000)),
    ("Штраф — от 3 до 5 тыс. руб. для граждан", "от 3 до 5 тыс. руб.", M,
     amount(None, "RUB", low=3000, high=5000)),
    ("На реставрацию — 50–70 млн рублей ежегодно", "50–70 млн рублей", M,
     amount(None, "RUB", low=50000000, high=70000000)),
    ("На реставрацию — 50-70 млн рублей ежегодно", "50-70 млн рублей", M,
     amount(None, "RUB", low=50000000, high=70000000)),
    ("Гитару оценили в 200—300 тысяч долларов США.", "200—300 тысяч долларов США", M,
     amount(None, "USD", low=200000, high=300000)),
    ("Штраф — от 500 тыс. до 1 млн рублей для банков", "от 500 тыс. до 1 млн рублей", M,
     amount(None, "RUB", low=500000, high=1000000)),
    ("Штраф — от 30 тыс. до 50 тыс. руб., для юрлиц", "от 30 тыс. до 50 тыс. руб.", M,
     amount(None, "RUB", low=30000, high=50000)),
    ("Штраф — от четырех до пяти тысяч рублей", "от четырех до пяти тысяч рублей", M,
     amount(None, "RUB", low=4000, high=5000)),
    ("Цена — от 10 долларов до 20 долларов за штуку", "от 10 долларов до 20 долларов", M,
     amount(None, "USD", low=10, high=20)),
    ("Рост составит 5–7 % в год", "5–7 %", P, amount(None, "%", low=5, high=7)),
    ("Сборы составят от нескольких десятков до нескольких сотен миллионов долларов",
     "от нескольких десятков до нескольких сотен миллионов долларов", M, amount(None, "USD")),
    # a sign before the digits is the number's: a minus, a hyphen after a space, "минус", a
    # dash after an opening bracket (the bracket closed right after the number is in the span)
    ("Цены в мае изменились на −0,4% к апрелю", "−0,4%", P, amount(-0.4, "%")),
    ("Доходность упала до -1,25 % годовых", "-1,25 %", P, amount(-1.25, "%")),
    ("Инфляция в августе составила минус 0,2 процента", "минус 0,2 процента", P,
     amount(-0.2, "%")),
    ("Рост цен замедлился до +3,5% в год", "+3,5%", P, amount(3.5, "%")),
    ("Выпуск снизится (−2,5%) к прошлому году", "−2,5%", P, amount(-2.5, "%")),
    ("Прибыль составит от -300 до 500 млн рублей", "от -300 до 500 млн рублей", M,
     amount(None, "RUB", low=-300000000, high=500000000)),
    ("Прирост выпуска будет (-2,0)—0,5% в следующем году", "(-2,0)—0,5%", P,
     amount(None, "%", low=-2, high=0.5)),
    ("Спад продолжится: (—5,5)—(—3,5)% по итогам года", "(—5,5)—(—3,5)%", P,
     amount(None, "%", low=-5.5, high=-3.5)),
    ("Динамика будет в пределах (-0,5)—(0,5)% за квартал", "(-0,5)—(0,5)%", P,
     amount(None, "%", low=-0.5, high=0.5)),
    ("Цены выросли на 4 -6% за год", "4 -6%", P, amount(None, "%", low=4, high=6)),
    # the span's end: an abbreviation's dot that is the full stop too is left out
    ("Ущерб составил 750 млн руб.\n\nВ частности", "750 млн руб", M, amount(750000000, "RUB")),
    ("МРОТ установлен в сумме 2,3 тыс. руб. Кроме того", "2,3 тыс. руб", M,
     amount(2300, "RUB")),
    ("Оборот — 650 млн руб. в год", "650 млн руб.", M, amount(650000000, "RUB")),
    # a currency noun alone, as NEREL annotates it
    ("Портрет появится на бумажных долларах", "долларах", M, amount(None, "USD")),
    ("Зарплата выросла в рублях", "рублях", M, amount(None, "RUB")),
    ("Она купила биткоины и другие криптовалюты", "биткоины", M, amount(None, None)),
    # an adjective of a currency glued to a number
    ("Портрет на 20-долларовой купюре", "20-долларовой", M, amount(20, "USD")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "span", "kind", "expected"), CASES)
def test_amount(text, span, kind, expected):
    found = spans(text)
    assert [(s, t) for s, t, _ in found] == [(span, kind)]
    got = found[0][2]
    assert got == _as_numbers(expected)
    for field in ("value", "low", "high"):  # an int when whole, else a float
        assert type(getattr(got, field)) is type(getattr(_as_numbers(expected), field))


def _as_numbers(expected: Amount) -> Amount:
    def convert(number):
        if isinstance(number, Decimal):
            return int(number) if number == number.to_integral_value() else float(number)
        return number

    return Amount(
        convert(expected.value),
        convert(expected.low),
        convert(expected.high),
        expected.unit,
        expected.qualifier,
    )


# sentences with two or more amounts: (sentence, [(span, type, Amount)])
SEVERAL = [
    # a "до" that ends a change is the verb's, not a bound: out of the span, no qualifier
    ("Выручка выросла на 12% до $1,5 млрд.", [
        ("12%", P, amount(12, "%")),
        ("$1,5 млрд", M, amount(1500000000, "USD")),
    ]),
    ("ЦБ решил снизить ключевую ставку на 25 б.п., до 7,25% годовых.", [
        ("25 б.п.", P, amount(25, "bp")),
        ("7,25%", P, amount(Decimal("7.25"), "%")),
    ]),
    ("Зарплата возрастет до 3,1 тыс. руб. в июле", [
        ("3,1 тыс. руб.", M, amount(3100, "RUB")),
    ]),
    # ... after a verb of slowing or speeding up, or the noun of a change
    ("По прогнозу, рост экономики замедлится до 1,5% к концу года.", [
        ("1,5%", P, amount(Decimal("1.5"), "%")),
    ]),
    ("Аналитики ждут повышения ставки до 9% уже весной.", [("9%", P, amount(9, "%"))]),
    ("Компания планирует увеличение выплат акционерам до 40 млрд рублей.", [
        ("40 млрд рублей", M, amount(40000000000, "RUB")),
    ]),
    # ... when the verb stands before an earlier amount of the clause, or the clause repeats it
    ("Выручка увеличилась до 5 млн рублей, прибыль — до 2 млн рублей.", [
        ("5 млн рублей", M, amount(5000000, "RUB")),
        ("2 млн рублей", M, amount(2000000, "RUB")),
    ]),
    ("Цены будут расти на 3% в 2025 году и до 5% позже.", [
        ("3%", P, amount(3, "%")),
        ("5%", P, amount(5, "%")),
    ]),
    # ... "с X ... до Y": from one amount to another, with words between them
    ("Безработица: с 6,1% в мае до 5,8% в июне.", [
        ("6,1%", P, amount(Decimal("6.1"), "%")),
        ("5,8%", P, amount(Decimal("5.8"), "%")),
    ]),
    # a "с" amount of another sentence leaves a bound a bound
    ("С 2% голосов партия не прошла. Коалиция получит до 10% мест.", [
        ("2%", P, amount(2, "%")),
        ("до 10%", P, amount(10, "%", LESS)),
    ]),
    ("Одна организация может получать до 3 млн рублей в месяц.", [
        ("до 3 млн рублей", M, amount(3000000, "RUB", LESS)),
    ]),
    # a line wrapped inside the sentence ends no clause: the verb still governs the "до"
    ("Совет решил повысить с 1 марта\nставку налога до 12,5%.", [
        ("12,5%", P, amount(Decimal("12.5"), "%")),
    ]),
    ("Курс доллара упал, а 5 млн рублей хватит", [
        ("5 млн рублей", M, amount(5000000, "RUB")),
    ]),
    ("Приз — £22 млн или около $27.5 млн, пишет газета", [
        ("£22 млн", M, amount(22000000, "GBP")),
        ("около $27.5 млн", M, amount(27500000, "USD", ABOUT)),
    ]),
    ("Награда — 9 млн шведских крон ($0,91 — $1,02 млн по курсу).", [
        ("9 млн шведских крон", M, amount(9000000, "SEK")),
        ("$0,91", M, amount(Decimal("0.91"), "USD")),
        ("$1,02 млн", M, amount(1020000, "USD")),
    ]),
    # a scaled number with no currency, after an amount of money in the same paragraph: that
    # amount's currency, left unsaid
    ("Из 17 миллиардов рублей кредитов 12 миллиардов приходится на ипотеку.", [
        ("17 миллиардов рублей", M, amount(17000000000, "RUB")),
        ("12 миллиардов", M, amount(12000000000, "RUB")),
    ]),
    ("Победитель получит 368 млн рублей, второе место — 316 млн (около 5 млн долларов).", [
        ("368 млн рублей", M, amount(368000000, "RUB")),
        ("316 млн", M, amount(316000000, "RUB")),
        ("около 5 млн долларов", M, amount(5000000, "USD", ABOUT)),
    ]),
    ("Выручка — 30 млн рублей, из них 25 миллионов фирма получила от города.", [
        ("30 млн рублей", M, amount(30000000, "RUB")),
        ("25 миллионов", M, amount(25000000, "RUB")),  # a nominative after it: no count
    ]),
    # ... not an amount in brackets closed before it, an aside
    ("Первый получит 368 млн рублей (около 5,8 млн долларов), второй — 316 млн.", [
        ("368 млн рублей", M, amount(368000000, "RUB")),
        ("около 5,8 млн долларов", M, amount(5800000, "USD", ABOUT)),
        ("316 млн", M, amount(316000000, "RUB")),
    ]),
    # a genitive after a scaled number, quoted or a participle, is what it counts
    ("Контракт — 312 млн рублей, фирма сделает 80 тысяч «макетов».", [
        ("312 млн рублей", M, amount(312000000, "RUB")),
    ]),
    ("Бюджет — 5 млрд рублей, а на заводе 17 тысяч работающих.", [
        ("5 млрд рублей", M, amount(5000000000, "RUB")),
    ]),
    # ... or after a word of money
    ("Свадьба, по данным Life, обошлась в 930 тысяч.", [("930 тысяч", M, amount(930000))]),
    ("Доход — 300 тысяч рублей. Расходы — 200 тысяч.", [
        ("300 тысяч рублей", M, amount(300000, "RUB")),
        ("200 тысяч", M, amount(200000, "RUB")),
    ]),
    ("Квартира стоимостью несколько миллионов, машина и дача", [
        ("несколько миллионов", M, amount(None)),
    ]),
    ("Штраф — 100 рублей, а смартфон — 20 тысяч, то есть 1 % цены.", [
        ("100 рублей", M, amount(100, "RUB")),
        ("20 тысяч", M, amount(20000, "RUB")),
        ("1 %", P, amount(1, "%")),
    ]),
]  # fmt: skip


# a bare number (or range) joined by "и", "или", commas or the "до" of "с X до Y" to the amount
# after it takes that amount's unit and multiplier: its own mention, the number alone its span
SHARED_UNIT = [
    ("Ставка снижена с 7,5 до 7,25%.", [
        ("7,5", P, amount(Decimal("7.5"), "%")),
        ("7,25%", P, amount(Decimal("7.25"), "%")),
    ]),
    ("Лимит подняли с 10 до 12 млн рублей.", [
        ("10", M, amount(10000000, "RUB")),
        ("12 млн рублей", M, amount(12000000, "RUB")),
    ]),
    ("Объём аукциона увеличен с 1,5 до 5,0 млрд. долларов США в неделю.", [
        ("1,5", M, amount(1500000000, "USD")),
        ("5,0 млрд. долларов США", M, amount(5000000000, "USD")),
    ]),
    ("Прогноз роста цен понижен с 4,5–5 до 4–4,5% на конец года.", [
        ("4,5–5", P, amount(None, "%", low=Decimal("4.5"), high=5)),
        ("4–4,5%", P, amount(None, "%", low=4, high=Decimal("4.5"))),
    ]),
    ("Тарифы вырастут на 3–4 и 5–6% в два этапа.", [
        ("3–4", P, amount(None, "%", low=3, high=4)),
        ("5–6%", P, amount(None, "%", low=5, high=6)),
    ]),
    ("Скидки составят 5 и 7 процентов.", [
        ("5", P, amount(5, "%")),
        ("7 процентов", P, amount(7, "%")),
    ]),
    ("Гранты дадут по 3, 5 и 10 млрд рублей трём вузам.", [
        ("3", M, amount(3000000000, "RUB")),
        ("5", M, amount(5000000000, "RUB")),
        ("10 млрд рублей", M, amount(10000000000, "RUB")),
    ]),
    ("Цена билета — 40 или 60 евро.", [
        ("40", M, amount(40, "EUR")),
        ("60 евро", M, amount(60, "EUR")),
    ]),
    ("Пошлину повысят до 25 и 30 долларов за тонну.", [
        ("25", M, amount(25, "USD")),
        ("30 долларов", M, amount(30, "USD")),
    ]),
    ("Штраф составит более 5 и 8 тысяч рублей.", [
        ("более 5", M, amount(5000, "RUB", MORE)),
        ("8 тысяч рублей", M, amount(8000, "RUB")),
    ]),
    ("Налог вырос с пяти до семи процентов.", [
        ("пяти", P, amount(5, "%")),
        ("семи процентов", P, amount(7, "%")),
    ]),
    ("Маржу сузили с 40 до 25 б.п. за квартал.", [
        ("40", P, amount(40, "bp")),
        ("25 б.п.", P, amount(25, "bp")),
    ]),
    # a number with its own multiplier keeps it; the "до" after it ends a change, out of the span
    ("Капитал вырос с 500 тыс. до 1 млн рублей.", [
        ("500 тыс.", M, amount(500000, "RUB")),
        ("1 млн рублей", M, amount(1000000, "RUB")),
    ]),
    # the multiplier only when it brings the number nearer the amount's value
    ("Взнос подняли с 900 до 1,2 тыс. рублей.", [
        ("900", M, amount(900, "RUB")),
        ("1,2 тыс. рублей", M, amount(1200, "RUB")),
    ]),
    # "от X до Y" is one range, as before
    ("Штраф — от 3 до 5 тысяч рублей.", [
        ("от 3 до 5 тысяч рублей", M, amount(None, "RUB", low=3000, high=5000)),
    ]),
    # not members: a year before the conjunction, a count, a multiplier before a percentage, a
    # unit written before the number, a number glued to a word, a "до" with no "с"/"от", a
    # comma right before the amount
    ("Рост составит 4% в 2025 и 3,5% в 2026 году.", [
        ("4%", P, amount(4, "%")),
        ("3,5%", P, amount(Decimal("3.5"), "%")),
    ]),
    ("Банк потерял 2 млн и 7% клиентов.", [("7%", P, amount(7, "%"))]),
    ("Акции стоили 5 и $7 за штуку.", [("$7", M, amount(7, "USD"))]),  # a symbol before
    ("Вирус COVID-19 и 5% больных.", [("5%", P, amount(5, "%"))]),
    ("В группе 12 до 15% новичков.", [("15%", P, amount(15, "%"))]),
    ("Опрошено 120, 45% из них за.", [("45%", P, amount(45, "%"))]),
    ("Работали с 2019 до 2021 года, заработали 5 млн рублей.", [
        ("5 млн рублей", M, amount(5000000, "RUB")),
    ]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SEVERAL + SHARED_UNIT)
def test_several(text, expected):
    assert spans(text) == [(s, t, _as_numbers(a)) for s, t, a in expected]


NOT_AMOUNTS = [
    "В городе живут 1 миллион 200 тысяч человек.",  # a compound count
    "На митинг пришли 17 с лишним тысяч человек.",
    "В 2015 году компания открыла 12 магазинов.",  # a year, a count
    "Встреча прошла 18.12.2015 в Москве.",  # a date
    "Звоните по телефону +7 (495) 123-45-67 или 8 800 555 35 35.",  # phone numbers
    "Дом № 5 по улице Ленина",
    "Дело возбуждено по ст. 159 УК РФ.",
    "На митинг пришли 5 тысяч человек, ещё 20 тысяч смотрели трансляцию.",  # counts
    "Около 1,3 млн легальных мигрантов живут в Ломбардии.",
    "Ему было 45 лет, его сыну — 20.",  # ages
    "Аварию на 12-м километре устранили за 3 часа.",
    "Ребёнок весит 8 фунтов 6 унций.",  # a pound of weight
    "Подписи: https://www.change.org/p/%D0%BE%D1%82%D0%BC%D0%B5 — 82%D0 вот",  # URL escapes
    "Курс доллара вырос, курс евро упал.",  # the rate of a currency
    "Ослабление рубля и укрепление доллара ускорили инфляцию.",  # a change of the rate
    "Девальвация юаня ударила по экспортёрам.",
    "Матчи Евро-2012 прошли в Польше.",  # a championship
    "Пять человек получили по три медали.",  # numbers in words, no unit
    "COVID-19 и А380 не суммы.",
    "В первом квартале выручка выросла вдвое.",
]


@pytest.mark.parametrize("text", NOT_AMOUNTS)
def test_not_an_amount(text):
    assert spans(text) == []


def test_no_number_costs_one_search():
    text = "Пресс-служба сообщила, что совещание прошло в штатном режиме. " * 30
    assert find_amounts(text) == []


def test_match_is_frozen_and_exact():
    text = "Бюджет — 2,89 млрд рублей."
    (match,) = find_amounts(text)
    assert isinstance(match, AmountMatch)
    assert (match.start, match.stop, match.type) == (9, 25, "MONEY")
    with pytest.raises(AttributeError):
        match.start = 0  # type: ignore[misc]


KEYS = [
    ("2,89 млрд рублей", "2890000000 RUB"),
    ("2 890 000 000 руб.", "2890000000 RUB"),
    ("2,89 миллиарда рублей", "2890000000 RUB"),
    ("7,25%", "7.25 %"),
    ("25 б.п.", "25 bp"),
    ("1,5 п.п.", "1.5 pp"),
    ("от 3 до 5 тысяч рублей", "3000-5000 RUB"),
    ("более 5 млн рублей", "5000000 RUB"),
    ("на бумажных долларах", "USD"),
    ("полтора миллиона долларов", "1500000 USD"),
    ("50 копеек", "0.5 RUB"),
]


@pytest.mark.parametrize(("text", "key"), KEYS)
def test_amount_key(text, key):
    (match,) = find_amounts(text)
    assert amount_key(match.amount) == key


def test_amount_key_without_unit_or_value():
    assert amount_key(Amount(1500000, None, None, None, None)) == "1500000"
    assert amount_key(Amount(None, None, None, None, None)) == "?"
    assert amount_key(Amount(0.3, None, None, "%", None)) == "0.3 %"
    assert amount_key(Amount(None, 0.5, 1.25, "pp", None)) == "0.5-1.25 pp"


# --- the value of a numeral reads back whatever its separators ----------------------------------

THOUSANDS = [" ", "\u00a0", "\u2009", "\u202f", ".", ""]


def _write(whole: int, fraction: str, thousands: str, decimal: str) -> str:
    digits_ = f"{whole:d}"
    if thousands:
        groups = []
        while len(digits_) > 3:
            groups.insert(0, digits_[-3:])
            digits_ = digits_[:-3]
        digits_ = thousands.join([digits_, *groups])
    return digits_ + (decimal + fraction if fraction else "")


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    whole=st.integers(min_value=0, max_value=10**12),
    fraction=st.one_of(st.just(""), st.from_regex(r"\A[0-9]{1,2}\Z")),
    thousands=st.sampled_from(THOUSANDS),
    decimal=st.sampled_from([",", "."]),
)
def test_separators_read_back(whole, fraction, thousands, decimal):
    if thousands == ".":
        decimal = ","  # 1.500.000,25: a dot groups, so the comma is the decimal mark
    written = _write(whole, fraction, thousands, decimal)
    text = f"Сумма составила {written} рублей."
    (match,) = find_amounts(text)
    expected = Decimal(f"{whole}.{fraction or 0}")
    assert text[match.start : match.stop] == f"{written} рублей"
    if expected == int(expected):
        assert match.amount.value == int(expected) and isinstance(match.amount.value, int)
    else:
        assert match.amount.value == float(expected) and isinstance(match.amount.value, float)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    whole=st.integers(min_value=1, max_value=10**9),
    thousands=st.sampled_from(THOUSANDS),
    sign=st.sampled_from(["−", "-", "минус ", "(−"]),
)
def test_a_minus_reads_back_negative(whole, thousands, sign):
    written = sign + _write(whole, "5", thousands, ",") + (")" if sign[0] == "(" else "")
    text = f"Сальдо составило {written} рублей."
    (match,) = find_amounts(text)
    assert text[match.start : match.stop] == f"{written} рублей"
    assert match.amount.value == -float(f"{whole}.5")


def test_three_decimals_after_one_mark():
    """One mark before exactly three digits: thousands unless something scales the number."""
    assert digits.value("1.500") == 1500
    assert digits.value("635,000") == 635000
    assert digits.value("17,363", scaled=True) == Decimal("17.363")
    assert digits.value("1,125", percent=True) == Decimal("1.125")
    assert digits.value("0,125") == Decimal("0.125")
    assert digits.value("1 500,125") == Decimal("1500.125")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789 ,.-–%$€£₽тысмлнрубдоларевцпкнт\u00a0\n", max_size=80))
def test_any_text_gives_sorted_disjoint_spans(text):
    found = find_amounts(text)
    for match in found:
        assert 0 <= match.start < match.stop <= len(text)
        assert match.type in ("MONEY", "PERCENT")
    for before, after in zip(found, found[1:]):
        assert before.stop <= after.start


# A table's unit stated once, in a bracketed note: (the note, the unit it states or None)
NOTES = [
    ("(% годовых)", "% годовых"),
    ("Процентные ставки по операциям банка (% годовых)", "% годовых"),
    ("(в %)", "%"),
    ("(в процентах)", "процентах"),
    ("(млн рублей)", "млн рублей"),
    ("(тыс. руб.)", "тыс. руб."),
    ("(б.п.)", "б.п."),
    ("Прирост (в % к предыдущему году)", "% к предыдущему году"),
    ("(ключевая ставка)", None),  # a note, not a unit
    ("(тыс. человек)", None),  # a count
    ("(2015)", None),
    ("Ставки банка", None),  # no note
]


@pytest.mark.parametrize(("note", "unit"), NOTES)
def test_a_bracketed_note_states_a_unit(note, unit):
    assert cells.unit_of(note) == unit


# (a cell, the unit its table states, its span, type and value, or None: no amount)
CELLS = [
    ("12,50", "% годовых", "12,50", P, amount(12.5, "%")),
    (" 8.25 ", "%", "8.25", P, amount(8.25, "%")),
    ("1 500", "млн рублей", "1 500", M, amount(1500000000, "RUB")),
    ("25", "б.п.", "25", P, amount(25, "bp")),
    ("1 день", "% годовых", None, None, None),  # not a bare number
    ("с 03.03.14", "% годовых", None, None, None),
    ("2015", "% годовых", None, None, None),  # a year heads a column
    ("Депозитные операции", "% годовых", None, None, None),
]


@pytest.mark.parametrize(("cell", "unit", "span", "kind", "value"), CELLS)
def test_a_bare_figure_takes_its_tables_unit(cell, unit, span, kind, value):
    found = cells.in_cell(cell, unit)
    if span is None:
        assert found is None
    else:
        assert (cell[found.start : found.stop], found.type, found.amount) == (span, kind, value)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789 ,.()%вмлнрубгодвыхп\u00a0", max_size=30))
def test_any_note_and_cell_read_without_error(text):
    unit = cells.unit_of(text)
    assert unit is None or unit.strip()
    found = cells.in_cell(text, unit or "%")
    assert found is None or 0 <= found.start < found.stop <= len(text)

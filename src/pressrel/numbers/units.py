"""Currencies and percent units: what a word or symbol after (or before) a number means.

Tables, keyed by pymorphy2 lemma; every form of a lemma comes from its pymorphy2 lexeme (a word
pymorphy2 does not know declines like the model named in ``_DECLINES_LIKE``), folded (lowercase,
ё as е).

* ``CURRENCIES``: currency noun lemma -> ISO 4217 code, or None when the word alone does not say
  which country's (``крона``, ``франк``, ``песо``), and whether the word may stand alone as an
  amount the way NEREL annotates it (``в долларах``, ``биткоины``; not ``фунт``, a weight too).
* ``ADJECTIVES``: an adjective before the noun names the country: (adjective lemma, noun
  lemma) -> code (``гонконгских долларов`` HKD, ``шведских крон`` SEK, ``белорусских рублей``
  BYN). An adjective that only repeats the default (``американских долларов``) is listed too, so
  that the span covers it.
* ``AFTER``: what may follow the noun: (noun lemma, word) -> code (``долларов США``, ``фунтов
  стерлингов``, ``рублей РФ``).
* ``FRACTIONS``: the hundredth parts (``цент``, ``копейка``), read as 0.01 of their currency.
* ``SYMBOLS`` (before or after the number: ``$15,5 млн``, ``15,5 млн $``), ``ABBREVIATIONS``
  (``руб.``, ``р.``, ``долл.``) and ISO codes written out (``USD``, upper case only).
* Percent units: ``%``, the forms of ``процент`` and of the adjective ``процентный``
  (``54 процентным`` большинством) are per cent (unit ``"%"``); ``процентных пунктов`` and
  ``п.п.`` are percentage points (``"pp"``); ``базисных пунктов`` and ``б.п.`` basis points
  (``"bp"``).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from ..lang.fold import fold
from .words import lexeme

PERCENT, POINTS, BASIS_POINTS = "%", "pp", "bp"


@dataclass(frozen=True, slots=True)
class Currency:
    lemma: str
    code: str | None
    alone: bool  # a bare form of it is an amount (``в рублях``)
    scale: Decimal = Decimal(1)  # 0.01 for цент and копейка


# lemma: (code, may stand alone)
CURRENCIES: dict[str, tuple[str | None, bool]] = {
    "рубль": ("RUB", True), "доллар": ("USD", True), "евро": ("EUR", True),
    "фунт": ("GBP", False), "юань": ("CNY", True), "иена": ("JPY", True), "йена": ("JPY", True),
    "гривна": ("UAH", True), "тенге": ("KZT", True), "франк": (None, False),
    "крона": (None, False), "злотый": ("PLN", False), "рупия": (None, False),
    "вона": ("KRW", False), "шекель": ("ILS", True), "форинт": ("HUF", True),
    "рэнд": ("ZAR", False), "лира": (None, False), "песо": (None, False),
    "динар": (None, False), "дирхам": (None, False), "риал": (None, False),
    "реал": ("BRL", False), "лари": ("GEL", False), "манат": (None, False),
    "лей": (None, False), "сомони": ("TJS", False), "сом": ("KGS", False),
    "биткоин": (None, True), "шиллинг": (None, True), "драхма": (None, False),
}  # fmt: skip
FRACTIONS = {"цент": "USD", "копейка": "RUB", "евроцент": "EUR"}
# words pymorphy2 does not know (or knows only as something else), and the word they decline like
_DECLINES_LIKE = {
    "биткоин": "доллар", "рэнд": "доллар", "дирхам": "доллар", "евроцент": "доллар",
    "тенге": None, "лари": None, "сомони": None,
}  # fmt: skip

ADJECTIVES: dict[tuple[str, str], str] = {
    ("американский", "доллар"): "USD", ("гонконгский", "доллар"): "HKD",
    ("канадский", "доллар"): "CAD", ("австралийский", "доллар"): "AUD",
    ("новозеландский", "доллар"): "NZD", ("сингапурский", "доллар"): "SGD",
    ("тайваньский", "доллар"): "TWD", ("зимбабвийский", "доллар"): "ZWL",
    ("российский", "рубль"): "RUB", ("белорусский", "рубль"): "BYN",
    ("британский", "фунт"): "GBP", ("египетский", "фунт"): "EGP",
    ("шведский", "крона"): "SEK", ("норвежский", "крона"): "NOK", ("датский", "крона"): "DKK",
    ("чешский", "крона"): "CZK", ("исландский", "крона"): "ISK",
    ("швейцарский", "франк"): "CHF", ("французский", "франк"): "FRF",
    ("турецкий", "лира"): "TRY", ("индийский", "рупия"): "INR",
    ("пакистанский", "рупия"): "PKR", ("индонезийский", "рупия"): "IDR",
    ("южнокорейский", "вона"): "KRW", ("северокорейский", "вона"): "KPW",
    ("мексиканский", "песо"): "MXN", ("аргентинский", "песо"): "ARS",
    ("чилийский", "песо"): "CLP", ("колумбийский", "песо"): "COP", ("кубинский", "песо"): "CUP",
    ("бразильский", "реал"): "BRL", ("саудовский", "риал"): "SAR", ("иранский", "риал"): "IRR",
    ("китайский", "юань"): "CNY", ("японский", "иена"): "JPY", ("японский", "йена"): "JPY",
    ("польский", "злотый"): "PLN", ("казахстанский", "тенге"): "KZT",
    ("украинский", "гривна"): "UAH", ("израильский", "шекель"): "ILS",
    ("венгерский", "форинт"): "HUF", ("южноафриканский", "рэнд"): "ZAR",
    ("грузинский", "лари"): "GEL", ("азербайджанский", "манат"): "AZN",
    ("туркменский", "манат"): "TMT", ("румынский", "лей"): "RON", ("молдавский", "лей"): "MDL",
    ("кенийский", "шиллинг"): "KES", ("угандийский", "шиллинг"): "UGX",
    ("сербский", "динар"): "RSD", ("иорданский", "динар"): "JOD", ("кувейтский", "динар"): "KWD",
    ("эмиратский", "дирхам"): "AED", ("марокканский", "дирхам"): "MAD",
    ("киргизский", "сом"): "KGS", ("кыргызский", "сом"): "KGS",
}  # fmt: skip
AFTER: dict[tuple[str, str], str] = {
    ("доллар", "США"): "USD", ("доллар", "Гонконга"): "HKD", ("доллар", "Канады"): "CAD",
    ("доллар", "Австралии"): "AUD", ("фунт", "стерлинг"): "GBP", ("рубль", "РФ"): "RUB",
}  # fmt: skip

SYMBOLS = {
    "$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "¥": None, "₴": "UAH", "₸": "KZT",
    "₹": "INR", "₩": "KRW", "₺": "TRY", "₪": "ILS", "₾": "GEL", "₿": None,
}  # fmt: skip
# abbreviation (folded, without its dot) -> (code, the dot is required)
ABBREVIATIONS = {"руб": ("RUB", False), "р": ("RUB", True), "долл": ("USD", False),
                 "дол": ("USD", True)}  # fmt: skip
CODES = frozenset(
    {code for code, _ in CURRENCIES.values() if code}
    | {code for code in ADJECTIVES.values()}
    | {"USD", "EUR", "GBP", "RUB", "CHF", "CNY", "JPY"}
)
# adjectives of a currency, written after a number and a hyphen: ``20-долларовой`` купюре
CURRENCY_ADJECTIVES = {"долларовый": "USD", "рублёвый": "RUB", "евровый": "EUR"}


def _forms(lemma: str, pos: set[str]) -> list[tuple[str, object]]:
    """(folded form, tag) for each form of lemma; a lemma pymorphy2 does not know declines like
    its model in ``_DECLINES_LIKE`` (None: it does not decline)."""
    if lemma in _DECLINES_LIKE:
        model = _DECLINES_LIKE[lemma]
        if model is None:
            return [(lemma, None)]
        return [
            (lemma + fold(form.word)[len(model) :], form.tag)
            for form in lexeme(model, pos)
            if fold(form.word).startswith(model)
        ]
    return [(fold(form.word), form.tag) for form in lexeme(lemma, pos)]


@cache
def currency_nouns() -> dict[str, Currency]:
    """Every folded form of every currency noun (and fraction: ``центов``, ``копеек``)."""
    table: dict[str, Currency] = {}
    for lemma, (code, alone) in CURRENCIES.items():
        for form, _ in _forms(lemma, {"NOUN"}):
            table.setdefault(form, Currency(lemma, code, alone))
    for lemma, code in FRACTIONS.items():
        for form, _ in _forms(lemma, {"NOUN"}):
            table.setdefault(form, Currency(lemma, code, False, Decimal("0.01")))
    return table


@cache
def currency_adjectives() -> dict[str, frozenset[str]]:
    """Folded adjective form -> the adjective lemmas it may be (those of ``ADJECTIVES``)."""
    table: dict[str, set[str]] = {}
    for adjective, _ in ADJECTIVES:
        for form, _ in _forms(adjective, {"ADJF"}):
            table.setdefault(form, set()).add(adjective)
    return {form: frozenset(lemmas) for form, lemmas in table.items()}


@cache
def after_words() -> dict[str, str]:
    """Folded word that may follow a currency noun -> the lemma it stands for in ``AFTER``."""
    table: dict[str, str] = {}
    for _, word in AFTER:
        if word.isupper() or word[:1].isupper():  # США, РФ, Гонконга: as written
            table[fold(word)] = word
        else:
            for form, _ in _forms(word, {"NOUN"}):
                table[form] = word
    return table


@cache
def hyphen_adjectives() -> dict[str, str]:
    """Folded form of ``долларовый``, ``рублёвый``... -> currency code."""
    table: dict[str, str] = {}
    for lemma, code in CURRENCY_ADJECTIVES.items():
        for form, _ in _forms(lemma, {"ADJF"}):
            table[form] = code
    return table


@cache
def percent_words() -> dict[str, str]:
    """Folded forms of ``процент`` ("noun"), ``процентный`` ("adjective"), ``пункт`` ("point")
    and ``базисный`` ("basis")."""
    table: dict[str, str] = {}
    for lemma, pos, kind in (
        ("процент", {"NOUN"}, "noun"),
        ("процентный", {"ADJF"}, "adjective"),
        ("пункт", {"NOUN"}, "point"),
        ("базисный", {"ADJF"}, "basis"),
    ):
        for form, _ in _forms(lemma, pos):
            table.setdefault(form, kind)
    return table


def currency_code(noun: Currency, adjective: str | None, after: str | None) -> str | None:
    """The code of noun, with the adjective lemma before it and the word after it."""
    if adjective and (adjective, noun.lemma) in ADJECTIVES:
        return ADJECTIVES[(adjective, noun.lemma)]
    if after and (noun.lemma, after) in AFTER:
        return AFTER[(noun.lemma, after)]
    return noun.code

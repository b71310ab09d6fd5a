"""Words and regex pieces of the date grammar in :mod:`pressrel.dates`.

Every piece is a regex *string* without capture groups, in lowercase: the patterns run on the
lowercased text (``dates.scan``). Word lists are written out in full and compiled into tries by
:func:`words` (a trie fails on the first character no word continues, which keeps the patterns
fast); in them ``е`` also matches ``ё`` and a space matches any run of horizontal spaces,
non-breaking and thin ones included.
The lookups (``month_number`` and friends) turn matched words back into numbers; their keys are
:func:`fold_phrase`-ed.

Size: the lexicon is data (every month, weekday, unit and number word in each form it takes),
written out so that a reader can check it; splitting it would only scatter one table.
"""

from __future__ import annotations

import re

from ..lang.fold import fold


def fold_phrase(word: str) -> str:
    """``lang.fold`` of a word or phrase, runs of spaces collapsed to one: the key of every
    lookup ("начиная  с" is "начиная с")."""
    return " ".join(fold(word).split())


# --- regex building ---------------------------------------------------------------------------

HSPACE = r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]"  # never a line break
S = HSPACE + "+"
S0 = HSPACE + "*"


def alt(*patterns: str) -> str:
    """A non-capturing alternation of regex patterns (plain words become a trie)."""
    if all(_PLAIN.fullmatch(p) for p in patterns):
        return words(*patterns)
    return "(?:" + "|".join(sorted(patterns, key=len, reverse=True)) + ")"


_PLAIN = re.compile(r"[а-яёa-z ]+")


def words(*items: str) -> str:
    """A regex matching any of the space-separated words or phrases, compiled as a trie.

    Each argument may hold several words separated by ``|`` or be one phrase with spaces:
    ``words("в|во", "начиная с")``. Words are folded: the text must be lowercase."""
    tree: dict = {}
    for item in items:
        for word in item.split("|"):
            node = tree
            for char in fold_phrase(word):
                node = node.setdefault(char, {})
            node[""] = {}
    return "(?:" + _trie_node(tree) + ")"


def _trie_node(node: dict) -> str:
    branches = [_char(char) + _trie_node(child) for char, child in node.items() if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _char(char: str) -> str:
    return {"е": "[её]", " ": S}.get(char, re.escape(char))


def forms(stems: str, endings: str) -> tuple[str, ...]:
    """Every stem with every ending: ``forms("прошл|минувш", "ый|ом")``; ``-`` is no ending."""
    return tuple(
        stem + ("" if ending == "-" else ending)
        for stem in stems.split("|")
        for ending in endings.split("|")
    )


# --- spacing, dashes, boundaries ------------------------------------------------------------

DASH = S0 + r"[-\u2010-\u2015\u2212]" + S0  # hyphen, en/em dashes, minus
WORD_START = r"(?<![\w\-\u2010\u2011])"
WORD_END = r"(?![\w])"
NUM_START = r"(?<![\w.,/:+\-\u2010\u2011])"  # not inside 1.5, 12:30, 8-800-..., +7
NUM_END = r"(?![\w]|[.,:/]\d|-\d)"  # not followed by 1.5, 12:30, 12/13, 12-13

# --- numbers and years ------------------------------------------------------------------------

DAY = r"(?:0?[1-9]|[12][0-9]|3[01])"
ORDINAL_SUFFIX = r"(?:-?(?:го|ого|е|ое))?"  # "1-го мая", "1-е сентября"
YEAR4 = r"(?:1[0-9]{3}|20[0-9]{2}|2100)"  # the only years accepted without a year word
YEAR3 = r"(?:[1-9][0-9]{2})"  # "в 988 году": only with a full year word
DECADE4 = r"(?:1[0-9]{2}0|20[0-9]0)"

_YEAR_FORMS = "год|года|году|годом|годе|годы|годов|годам|годами|годах"
YEAR_WORD_FULL = words(_YEAR_FORMS) + WORD_END
# The abbreviation's final dot is left out of the span, as NEREL does ("в 1912г", "2001г"):
# it is usually the sentence's full stop as well.
YEAR_WORD = alt(YEAR_WORD_FULL, r"г\.\s?г(?![\w])", r"гг(?![\w])", r"г(?![\w])")
YEARS_WORD = alt(words("годы|годах|годов|годами|годам") + WORD_END, r"(?:гг|г\.\s?г)(?![\w])")
# "1945-го", "в 2015-м", "в 1990-м году"
YEAR_SUFFIX = r"-" + words("го|м|й|ом") + WORD_END + f"(?:{S}{YEAR_WORD_FULL})?"

_NUMBER_WORDS: dict[str, float | None] = {}


def _add_numbers(value: float | None, *word_forms: str) -> None:
    """Record the value of each form; an argument may hold several forms split by "|"."""
    for item in word_forms:
        for form in item.split("|"):
            _NUMBER_WORDS[form] = value


_add_numbers(1, "один|одна|одно|одну|одного|одной|одному|одним|одном")
_add_numbers(2, "два|две|двух|двум|двумя", "пару|пары|паре|парой")
_add_numbers(3, "три|трех|трем|тремя")
_add_numbers(4, "четыре|четырех|четырем|четырьмя")
_TENS_AND_TEENS = (
    (5, "пят"), (6, "шест"), (7, "сем"), (8, "восем|восьм"), (9, "девят"), (10, "десят"),
    (11, "одиннадцат"), (12, "двенадцат"), (13, "тринадцат"), (14, "четырнадцат"),
    (15, "пятнадцат"), (16, "шестнадцат"), (17, "семнадцат"), (18, "восемнадцат"),
    (19, "девятнадцат"), (20, "двадцат"), (30, "тридцат"),
)  # fmt: skip
for _number, _stems in _TENS_AND_TEENS:
    _add_numbers(_number, *forms(_stems, "ь|и|ью"))
del _number, _stems
_add_numbers(40, "сорок|сорока")
_add_numbers(50, "пятьдесят|пятидесяти")
_add_numbers(60, "шестьдесят|шестидесяти")
_add_numbers(70, "семьдесят|семидесяти")
_add_numbers(80, "восемьдесят|восьмидесяти")
_add_numbers(90, "девяносто|девяноста")
_add_numbers(100, "сто|ста")
_add_numbers(1.5, "полтора|полторы|полутора")
_add_numbers(None, *forms("нескольк", "о|их|им|ими"), *forms("мног", "о|их|ие|им|ими"))
_add_numbers(None, "десятки|десятков|сотни|сотен|считанные|считанных")

NUMBER_WORD = words(*_NUMBER_WORDS) + WORD_END
NUMBER_DIGITS = r"(?:\d{1,4}(?:[.,]\d)?)"  # 26, 1,5
AND_A_HALF = rf"{S}с{S}половиной{WORD_END}"  # "три с половиной года": and a half
QUANTITY = rf"(?:{NUMBER_DIGITS}|{NUMBER_WORD}(?:{S}{NUMBER_WORD})?)(?:{AND_A_HALF})?"


def number_value(text: str) -> float | None:
    """The value of a quantity: ``"26"`` -> 26, ``"двадцать пять"`` -> 25, ``"три с
    половиной"`` -> 3.5, vague words -> None."""
    key = fold_phrase(text)
    if key.endswith(" с половиной"):
        whole = number_value(key[: -len(" с половиной")])
        return None if whole is None else whole + 0.5
    if key[:1].isdigit():
        try:
            return float(key.replace(",", "."))
        except ValueError:
            return None
    total = 0.0
    for word in key.split():
        value = _NUMBER_WORDS.get(word)
        if value is None:
            return None
        total += value
    return total


# Ordinal day numbers in words, before a month: "первого мая", "двадцать второго июня".
_ORDINAL_STEMS = (
    (1, "перв"), (2, "втор"), (3, "трет"), (4, "четверт"), (5, "пят"), (6, "шест"), (7, "седьм"),
    (8, "восьм"), (9, "девят"), (10, "десят"), (11, "одиннадцат"), (12, "двенадцат"),
    (13, "тринадцат"), (14, "четырнадцат"), (15, "пятнадцат"), (16, "шестнадцат"),
    (17, "семнадцат"), (18, "восемнадцат"), (19, "девятнадцат"), (20, "двадцат"), (30, "тридцат"),
)  # fmt: skip
_ORDINAL_FORMS: dict[str, int] = {}
for _number, _stem in _ORDINAL_STEMS:
    for _ending in ("ьего", "ье", "ьему", "ьем") if _stem == "трет" else ("ого", "ое", "ому", "ом"):
        _ORDINAL_FORMS[_stem + _ending] = _number
del _number, _stem, _ending
_ORDINAL_UNITS = "|".join(f for f, n in _ORDINAL_FORMS.items() if n < 10)
ORDINAL_DAY = (
    "(?:"
    + words("двадцать|тридцать")
    + S
    + words(_ORDINAL_UNITS)
    + "|"
    + words(*_ORDINAL_FORMS)
    + ")"
    + WORD_END
)


def ordinal_day_value(text: str) -> int:
    """``"двадцать второго"`` -> 22."""
    words_ = fold_phrase(text).split()
    tens = {"двадцать": 20, "тридцать": 30}.get(words_[0], 0) if len(words_) > 1 else 0
    return tens + _ORDINAL_FORMS[words_[-1]]


# --- months, weekdays, seasons ----------------------------------------------------------------

_SOFT_MONTHS = "январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр"
_MONTH_FORMS = (*forms(_SOFT_MONTHS, "ь|я|е|ю|ем"), *forms("март|август", "-|а|е|у|ом"))
MONTH_WORD = words(*_MONTH_FORMS, "май|мая|мае|маю|маем") + WORD_END
MONTH_GENITIVE = words(*forms(_SOFT_MONTHS, "я"), "марта|августа|мая") + WORD_END
_MONTH_ABBREVIATIONS = "янв|фев|февр|мар|апр|июн|июл|авг|сен|сент|окт|ноя|нояб|дек"
MONTH_ABBR = words(_MONTH_ABBREVIATIONS) + r"(?:\.|(?![\w]))"
MONTH = alt(MONTH_WORD, MONTH_ABBR)  # after a day number
MONTH_NUMERIC = r"(?:0?[1-9]|1[0-2])"

_MONTH_PREFIXES = (
    ("янв", 1), ("фев", 2), ("мар", 3), ("апр", 4), ("ма", 5), ("июн", 6),
    ("июл", 7), ("авг", 8), ("сен", 9), ("окт", 10), ("ноя", 11), ("дек", 12),
)  # fmt: skip


def month_number(word: str) -> int:
    key = fold_phrase(word)
    for prefix, number in _MONTH_PREFIXES:
        if key.startswith(prefix):
            return number
    raise ValueError(word)


_WEEKDAY_FORMS = (
    "понедельник|понедельника|понедельнику",
    "вторник|вторника|вторнику",
    "среду|среды|среде|среда",
    "четверг|четверга|четвергу",
    "пятницу|пятницы|пятнице|пятница",
    "субботу|субботы|субботе|суббота",
    "воскресенье|воскресенья|воскресенью",
)
WEEKDAY = words(*_WEEKDAY_FORMS) + WORD_END
# after "в"/"во"/"на"/"по"/"за": accusative; after "до"/"с"/"со"/"от"/"после": genitive
WEEKDAY_ACCUSATIVE = words("понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье")
WEEKDAY_ACCUSATIVE += WORD_END
WEEKDAY_GENITIVE = words("понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья")
WEEKDAY_GENITIVE += WORD_END
# On its own, without a preposition or a date, a weekday is one of these ("среда" is also
# "environment"), and lowercase ("Пятница" is a TV channel; dates.rules checks the case).
WEEKDAY_ALONE = (
    words(
        "понедельник|вторник|четверг|пятницу|субботу|воскресенье",
        "понедельника|вторника|четверга|пятницы|субботы|воскресенья",
    )
    + WORD_END
)


def weekday_number(word: str) -> int:
    """Monday = 0, as ``datetime.date.weekday()``."""
    key = fold_phrase(word)
    for number, weekday_forms in enumerate(_WEEKDAY_FORMS):
        if key in weekday_forms.split("|"):
            return number
    raise ValueError(word)


# "лета"/"лет" are left out: they are years ("двух лет").
SEASON = (
    words(*forms("весн|зим", "ой|а|у|е|ы"), "летом|лето|лету|лете", *forms("осен", "ью|ь|и"))
    + WORD_END
)
SEASON_INSTRUMENTAL = words("весной|летом|осенью|зимой") + WORD_END

# --- prepositions and modifiers ----------------------------------------------------------------

# The prepositions that a NEREL span includes before a date; not the gerund or adverb before
# one ("начиная с 2011 года", "вплоть до 12 сентября": the span is "с 2011 года", "до 12
# сентября", as in all 11 of NEREL train's)
PREPOSITION = (
    "(?:"
    + words(
        "в|во|с|со|по|до|к|ко|на|за|от|около|после|перед|накануне",
        "не позднее|не позже|не ранее|не раньше",
    )
    + "|c)"  # "с" typed with the Latin letter that looks like it ("c 1 февраля"): not folded
    + WORD_END
)
# "в начале 2017 года", "к концу марта", "во второй половине 1950-х"
PART_OF = (
    words(
        "начало|начала|начале|началу|конец|конца|конце|концу|середина|середины|середине|середину",
        *forms("первой |второй ", "половине|половины|половину"),
        *forms("первая |вторая ", "половина"),
        *forms("первую |вторую ", "половину"),
        "первых числах|последних числах|первые числа|последние числа",
        "первых днях|последних днях|первые дни|последние дни",
        *forms("первой |второй |третьей |последней ", "декаде|неделе"),
    )
    + WORD_END
)

# Deictic adjectives; relative_offset() gives the offset each means.
_ADJ_ENDINGS = "ий|ый|ой|ая|яя|ое|ее|ую|юю|ого|его|ому|ему|ом|ем|ым|им|ей|ые|ие|ых|их|ыми|ими"
_THIS = "этот|этом|этой|эту|этого|этим|эту|эта|эти|этих|это|этому"
_SAME = "тот|том|той|ту|того|тем|те|та"  # "в тот же день", "в том же году": anaphoric
_DEICTIC_STEMS = (
    "прошл|прошедш|минувш|предыдущ|позапрошл|истекш|уходящ|последующ|следующ|будущ|ближайш|грядущ"
    "|наступающ|текущ|нынешн|сегодняшн|вчерашн|завтрашн"
)
DEICTIC = words(_THIS, _SAME, *forms(_DEICTIC_STEMS, _ADJ_ENDINGS)) + WORD_END


def relative_offset(word: str) -> int | None:
    """+1, 0, -1 (-2 for позапрошлый) for a deictic adjective; None for anaphoric "тот же"."""
    key = fold_phrase(word)
    offsets = (
        ("позапрошл", -2),
        ("прошл", -1), ("прошедш", -1), ("минувш", -1), ("предыдущ", -1), ("истекш", -1), ("вчерашн", -1),
        ("следующ", 1), ("последующ", 1), ("будущ", 1), ("ближайш", 1), ("грядущ", 1),
        ("наступающ", 1),
        ("завтрашн", 1),
        ("эт", 0), ("текущ", 0), ("нынешн", 0), ("сегодняшн", 0), ("уходящ", 0),
    )  # fmt: skip
    for prefix, offset in offsets:
        if key.startswith(prefix):
            return offset
    return None


# --- units of time -----------------------------------------------------------------------------

_UNIT_FORMS = {
    "day": "день дня дней дню дням днями днях дне дни сутки суток суткам сутками сутках",
    "week": "неделя недели неделю недель неделям неделями неделях неделей неделе",
    "month": "месяц месяца месяцев месяцу месяцам месяцами месяцах месяцем месяце месяцы",
    "year": "год года году годом годам годами годах лет годы годов",
    "decade": "десятилетие десятилетия десятилетий десятилетию десятилетиям десятилетиями "
    "десятилетиях десятилетием десятилетии",
    "century": "век века веков веку векам веками веках веке столетие столетия столетий",
}
# the units' dictionary forms (the first of each paradigm above, and the words that share one)
UNIT_LEMMAS = frozenset(forms.split()[0] for forms in _UNIT_FORMS.values()) | {"сутки", "столетие"}
_HALF_UNITS = {
    "полгода": ("month", 6),
    "полугода": ("month", 6),
    "полвека": ("year", 50),
    "полувека": ("year", 50),
}

# A unit may end a table's cell with the marks of its footnotes glued to it, their superscript
# lost in the text ("от 1 до 6 дней3,4": footnotes 3 and 4): one or two digits, no more.
_FOOTNOTED_END = r"(?![^\W\d_])(?!\d{3})"
UNIT = words(*" ".join(_UNIT_FORMS.values()).split()) + _FOOTNOTED_END
HALF_UNIT = words(*_HALF_UNITS) + WORD_END
HOUR_UNIT = words("час|часа|часов|часам|часами|часах") + WORD_END
# Units after a deictic adjective: "в прошлом году", "на этой неделе", "в текущем сезоне".
DEICTIC_UNIT = (
    words(
        "день|дня|дню|дне|дни|дней",
        _UNIT_FORMS["week"].replace(" ", "|"),
        _UNIT_FORMS["month"].replace(" ", "|"),
        "год|года|году|годом|годах|годы|век|века|веке",
        "сезон|сезона|сезоне|квартал|квартала|квартале|полугодие|полугодия|полугодии",
        "десятилетие|десятилетия|десятилетии|выходные|выходных",
    )
    + WORD_END
)


def unit_name(word: str) -> str | None:
    key = fold_phrase(word)
    if key in _HALF_UNITS:
        return _HALF_UNITS[key][0]
    for name, unit_forms in _UNIT_FORMS.items():
        if key in unit_forms.split():
            return name
    prefixes = (
        ("дни", "day"),
        ("сезон", "season"),
        ("квартал", "quarter"),
        ("полугод", "half-year"),
    )
    for prefix, name in prefixes:
        if key.startswith(prefix):
            return name
    return None


def half_unit(word: str) -> tuple[str, int] | None:
    return _HALF_UNITS.get(fold_phrase(word))


# Roman numerals of centuries; the Cyrillic Х often stands in for the Latin X.
ROMAN = r"(?:[ivxх]{1,6})"


def roman_value(text: str) -> int | None:
    values = {"I": 1, "V": 5, "X": 10}
    digits = [values.get(c) for c in text.upper().replace("Х", "X")]
    if not digits or None in digits:
        return None
    total = 0
    for i, value in enumerate(digits):
        total += -value if i + 1 < len(digits) and digits[i + 1] > value else value  # type: ignore[operator]
    return total


# --- the prefilter -----------------------------------------------------------------------------
# The prefilter patterns run case-sensitively on text.lower() (see dates._scan); any superset of
# the real triggers and starters is correct, a subset is not (tests check it against a full scan).

# Every temporal expression holds one of these at most TRIGGER_LOOKBACK characters after its
# start ("в течение примерно двадцати пяти лет": "лет"), so the full patterns are tried only
# near them, and a text without any costs one fast scan.
TRIGGER_STEMS = (
    # months, weekdays, seasons
    "янв|фев|мар|апр|май|мая|мае|маю|июн|июл|авг|сен|окт|ноя|дек",
    "понедельн|вторн|среду|среды|среде|среда|четверг|пятниц|суббот|воскресен",
    "весн|лет|осен|зим",
    # deictic words and units
    "сегодн|вчера|завтра|позавчера|послезавтра|накануне",
    "дн|день|сут|недел|месяц|год|век|столет|десятилет|полгод|полугод|полвек|полувек",
    "час|сезон|квартал|выходн",
)
TRIGGER = r"\d|(?<![^\W\d_])" + words(*TRIGGER_STEMS)
TRIGGER_LOOKBACK = 48

# The words an expression can start with: the full patterns are tried only at these.
_STARTER_WORDS = (
    "в|во|с|со|по|до|к|ко|на|за|от|не|т|те|та|ту|то|тот|том|той|того|тем",
    "около|после|перед|накануне|начиная|вплоть|между",
    # a month in the genitive a noun before it governs ("по итогам января")
    "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря",
)
_STARTER_STEMS = (
    "начал|конц|конец|середин|перв|втор|трет|последн|эт|сед",
    _DEICTIC_STEMS,
    "течени|протяжени|продолжени|через|спустя|примерно|приблизительно|почти",
    "более|менее|немногим|свыше|больше|меньше|кажд",
    "од|дв|тр|чет|пят|шест|сем|вос|дев|дес|сор|сто|ста|пол|пар|нескольк|мног|сотн|считан",
    "сороков|пятидесят|шестидесят|семидесят|восьмидесят|девяност",
    *TRIGGER_STEMS,
)
STARTER = (
    r"\d|(?<![^\W\d_])(?:"
    + words(*_STARTER_WORDS)
    + r"(?![^\W\d_])|[ivxх]+(?![^\W\d_])|c(?![^\W\d_])|"  # the Latin "c" of PREPOSITION
    + words(*_STARTER_STEMS)
    + ")"
)

# A length-preserving lowercase, for the rare text whose str.lower() changes its length.
FOLD_TABLE = str.maketrans(
    "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяabcdefghijklmnopqrstuvwxyz",
)

"""Date lines: where and when a release was written.

A date line is a paragraph that is only a date ("18 декабря 2015", "18.12.2015, 14:30",
"Пятница, 18 декабря 2015"), or a date with the place it was written in, before or after it
("Москва, 3 июня 2024 года", "3 июня 2024 г., Москва", "г. Москва, 03.06.2024", "МОСКВА, 20
января 2025 г."): a place's name of one to three capitalised words (or in capitals) whose last
word, or first before a preposition's phrase ("Ростов-на-Дону"), pymorphy2 knows as a place's
name in the nominative. A release often opens its lead with the date line, set off by a dash ("15 марта
2024 г., Москва. – Генеральный директор ...", "Москва, 24 октября 2024 года — ПАО ...");
``opening_date_line`` finds where such a line ends.

The date is read by the date grammar (``dates.whole_date``): a day, not a range of days ("с 1
по 5 марта 2015 года" says how long something lasts, not when the text was written).
"""

from __future__ import annotations

import datetime
import re

from .. import dates
from ..lang import morph

TIME_TAIL = re.compile(r"[,\s]+(?:в\s+)?\d{1,2}[:.]\d{2}(?:\s*\(?мск\)?)?\s*$", re.IGNORECASE)
# a place's name of one to three words, capitalised or in capitals ("МОСКВА, 20 января"), the
# words after the first lower-case or not ("Ростов-на-Дону", "РОСТОВ-НА-ДОНУ")
_WORD = r"(?:[А-ЯЁ][а-яё]+|[А-ЯЁ]{2,})"
_PLACE = rf"(?:г\.\s*)?(?P<place>{_WORD}(?:[- ](?:{_WORD}|[а-яё]+)){{0,2}})"
PLACE_FIRST = re.compile(rf"^{_PLACE}\s*,\s*(?P<date>.+)$")
PLACE_LAST = re.compile(rf"^(?P<date>.+?)\s*,\s*{_PLACE}\.?$")
# a date line opening a paragraph: up to a dash after it, a full stop before the dash allowed
OPENING = re.compile(r"^(?P<line>[^\n–—]{6,80}?)\.?\s+[–—]\s+(?=\S)")


def parse_date_line(text: str) -> datetime.date | None:
    """The date of a paragraph that is a date line (see the module), None for anything else."""
    line = TIME_TAIL.sub("", text.strip()).rstrip(".")
    date = _date_of(line)
    if date is not None:
        return date
    for pattern in (PLACE_FIRST, PLACE_LAST):
        found = pattern.match(line)
        if found and _is_place(found["place"]):
            return _date_of(TIME_TAIL.sub("", found["date"]).rstrip("."))
    return None


def opening_date_line(text: str) -> tuple[int, datetime.date] | None:
    """(where the text after the date line and its dash starts, its date) when the paragraph
    opens with one set off by a dash ("15 марта 2024 г., Москва. – Генеральный директор ..."),
    else None."""
    found = OPENING.match(text)
    if found is None:
        return None
    date = parse_date_line(found["line"])
    return (found.end(), date) if date is not None else None


def _date_of(line: str) -> datetime.date | None:
    found = dates.whole_date(line)
    if found is None:
        return None
    value = found.date
    if value.precision != "day" or value.kind != "date" or value.value is None:
        return None
    return datetime.date.fromisoformat(value.value)


def _is_place(name: str) -> bool:
    """Whether pymorphy2 knows the name's last word, or its first before a preposition's
    phrase, as a place's name in the nominative ("Москва", "Санкт-Петербург", "Нижний
    Новгород", "Ростов-на-Дону", "ТВЕРЬ")."""
    words = re.split(r"[ -]", name)
    head = words[0] if len(words) > 2 and words[1].lower() == "на" else words[-1]
    return any(
        {"Geox", "nomn"} <= morph.facts(p.tag).grammemes
        for p in morph.parses(head.lower())
        if p.is_known
    )

"""The words that introduce the person a thing is named after: ``театр имени Н. П. Акимова``,
``МХТ им. Чехова``. The name after them is part of the thing's name: it is a person's mention
(``people.namesakes``) that is no one's role's owner and no bound to a role before the next name
(``resolve``)."""

from __future__ import annotations

import re

# the nouns a name is given by, what is named after them no kind of thing nor anyone's field:
# "под названием «X»", "по кличке Babou", "по фамилии Петров"
NAMING_NOUNS = frozenset(
    {"название", "имя", "наименование", "вывеска", "кличка", "прозвище", "фамилия", "псевдоним"}
)

# nouns of the things a name in the genitive right after them names after a person: "улице
# Раевского", "канала Грибоедова", "аэропорту Джона Кеннеди", "музея Николая Буркова"
NAMED_THINGS = frozenset(
    {
        "улица", "проспект", "переулок", "бульвар", "площадь", "набережная", "проезд", "шоссе",
        "канал", "мост", "сквер", "парк", "аэропорт", "музей", "собор", "храм", "бухта",
    }
)  # fmt: skip

# "имени" or "им." right before a name (a space or none after the abbreviation's dot)
BEFORE = r"(?<![\w])(?:имени|им\.)[ \u00a0]*"
_RIGHT_BEFORE = re.compile(BEFORE + r"\Z")
_REACH = 8  # characters "имени " and its spaces take


def named_after(text: str, start: int) -> bool:
    """Whether the name at text[start:] is introduced by ``имени``/``им.``."""
    return _RIGHT_BEFORE.search(text, max(0, start - _REACH), start) is not None

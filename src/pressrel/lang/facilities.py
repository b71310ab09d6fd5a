"""Facilities: buildings, structures and urban spaces, which NER reads as organisations or
places when their name is written with them ("Шереметьевским аэропортом", "Исаакиевский собор",
"Новом кладбище", "Космический телескоп Кеплер", "станции метро «Дмитровская»"). Neither
factRuEval nor NEREL annotates them as organisations; NEREL has a type of its own for them
(FACILITY), and so a building or a structure is no place either in its convention (factRuEval
marks some as locations: ``Options.facilities_apart``). Streets and squares stay places: an
address is where something is.
"""

from __future__ import annotations

from . import grammar
from .letters import CYRILLIC_RUNS
from .marks import OPENING

# The closed class of such head nouns: transport, sports grounds, places of worship and burial,
# palaces, halls and buildings, squares, parks and streets, stations and power plants.
FACILITIES = {
    "аэропорт", "аэродром", "аэровокзал", "вокзал", "стадион", "космодром", "телескоп",
    "ипподром", "велодром", "мост", "тоннель",
    "собор", "храм", "мечеть", "синагога", "часовня", "аббатство", "кладбище",
    "дворец", "зал", "здание", "башня", "площадь", "парк", "сквер", "аллея", "улица",
    "проспект", "бульвар", "набережная", "станция", "электростанция", "гэс", "аэс",
}  # fmt: skip
# ... of which the urban spaces, which are places too (an address), and the buildings and
# structures, which are not
URBAN_SPACES = {"площадь", "парк", "сквер", "аллея", "улица", "проспект", "бульвар", "набережная"}
STRUCTURES = FACILITIES - URBAN_SPACES
# ... and the nouns a quoted name of a building or a structure follows: its kind ("станции
# метро «Технопарк»", "жилом комплексе «Кутузовская миля»"; not "парка «Зарядье»")
STRUCTURE_KINDS = STRUCTURES | {"метро", "комплекс"}
# abbreviations of a building's kind, written before its quoted name ("ЖК «Имперский дом»": a
# residential complex; "ТЦ", "ТРЦ": a mall; "БЦ": an office centre)
BUILDING_ABBREVIATIONS = frozenset({"ЖК", "ТЦ", "ТРЦ", "ТРК", "БЦ", "МФК"})
HEAD_REACH = 3  # words from the span's start to its head noun ("Международный аэропорт")


def names_facility(text: str, start: int, stop: int) -> bool:
    """Whether the span's head noun, its first noun after the adjectives, is a facility; a
    quoted name is not read so (``фонд «Морской собор»``: what it is, the noun before it says,
    ``orgs.kinds.is_other_kind``)."""
    return bool(_head_lemmas(text, start, stop) & FACILITIES)


def names_structure(text: str, start: int, stop: int) -> bool:
    """Whether the span's head noun is a facility that is no urban space: a building or a
    structure ("Троицким собором", "Рокскому тоннелю", "Новодевичьем кладбище"), no place."""
    return bool(_head_lemmas(text, start, stop) & STRUCTURES)


def _head_lemmas(text: str, start: int, stop: int) -> set[str]:
    if start and text[start - 1] in OPENING:
        return set()
    words = CYRILLIC_RUNS.findall(text[start:stop])[:HEAD_REACH]
    return set(grammar.head_noun_lemmas(words))

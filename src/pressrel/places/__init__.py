"""Places named by their adjectives (``московского``: Москва, ``каннский``: Канны), the parts
of a place named with it (``юге Турции``), the facilities that are no places (``Троицким
собором``), and a place's entity id by its official name
(``Подмосковье``: ``LOC:Московская область``)."""

from .adjectives import find_place_adjectives, place_of_adjective, postposed_place
from .aliases import place_id
from .facilities import without_facilities
from .parts import parts_of_places

__all__ = [
    "find_place_adjectives",
    "parts_of_places",
    "place_id",
    "place_of_adjective",
    "postposed_place",
    "without_facilities",
]

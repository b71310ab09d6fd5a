"""Places named by their adjectives (``московского``: Москва, ``каннский``: Канны) and the parts
of a place named with it (``юге Турции``)."""

from .adjectives import find_place_adjectives, place_of_adjective
from .parts import parts_of_places

__all__ = ["find_place_adjectives", "parts_of_places", "place_of_adjective"]

"""Places named by their adjectives: ``московского`` (Москва), ``каннский`` (Канны)."""

from .adjectives import find_place_adjectives, place_of_adjective

__all__ = ["find_place_adjectives", "place_of_adjective"]

"""LOC for the adjectives of places: ``московского`` is a mention of Москва (rules in
``pressrel.places``).

Its mentions are LOC, the type NER declares: ``normal`` is the place's name, so the entity id
(``LOC:Москва``) is the one of the place's name, and ``form`` is ``adjective``. Like a country's
adjective it may stand inside an organisation's name (``Московский университет``, NEREL's
convention), never over a PER, LOC or COUNTRY span (a surname, ``Московской области``). It runs
when LOC is asked for, and with the country adjectives (``country_adjectives``: off under
factRuEval's convention, which annotates no adjective).
"""

from __future__ import annotations

from collections.abc import Iterator

from .base import Context, Extractor, Found


def scan(text: str, context: Context) -> Iterator[Found]:
    from .. import places

    if not context.options.country_adjectives:
        return
    for start, stop, place in places.find_place_adjectives(text):
        yield Found(start, stop, "LOC", place, {"form": "adjective"})


EXTRACTOR = Extractor(
    "places",
    (),
    scan,
    needs=frozenset({"LOC"}),
    yields_to=frozenset({"PER", "LOC", "COUNTRY"}),
)

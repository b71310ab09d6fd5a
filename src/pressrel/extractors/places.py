"""LOC for the adjectives of places: ``московского`` is a mention of Москва (rules in
``pressrel.places``).

Its mentions are LOC, the type NER declares: ``normal`` is the place's name, so the entity id
(``LOC:Москва``) is the one of the place's name, and ``form`` is ``adjective``. Like a country's
adjective it may stand inside an organisation's name (``Московский университет``, NEREL's
convention), never over a PER, LOC or COUNTRY span (a surname, ``Московской области``). It runs
when LOC is asked for, and with the country adjectives (``country_adjectives``: off under
factRuEval's convention, which annotates no adjective). A LOC of NER's that is one such
adjective (or a PER: a title's place read as a surname) after the title of a domain it agrees
with is that place's adjective mention (``епископом Таллинским``: Таллин).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from ..records import Mention
from .base import Context, Extractor, Found


def scan(text: str, context: Context) -> Iterator[Found]:
    from .. import places

    if not context.options.country_adjectives:
        return
    for start, stop, place in places.find_place_adjectives(text):
        yield Found(start, stop, "LOC", place, {"form": "adjective"})


def retype(mention: Mention, context: Context) -> Mention:
    """NER's LOC or PER of one word that is a place's adjective after the title it agrees with
    (``places.postposed_place``: "принц Уэльский"): the place's adjective mention; else the
    mention itself."""
    from .. import places

    if mention.type not in ("LOC", "PER") or mention.form or not context.options.country_adjectives:
        return mention
    place = places.postposed_place(context.text, mention.start, mention.stop)
    if place is None:
        return mention
    return replace(mention, type="LOC", normal=place, form="adjective", name=None)


EXTRACTOR = Extractor(
    "places",
    (),
    scan,
    needs=frozenset({"LOC"}),
    retype=retype,
    yields_to=frozenset({"PER", "LOC", "COUNTRY"}),
)

"""COUNTRY: country names and adjectives, with ISO 3166 codes (rules in ``pressrel.countries``).

A LOC span of NER that names a country is retyped COUNTRY; the gazetteer then adds the names NER
missed, the adjectives (``российских``, unless ``country_adjectives`` is off) and the countries
inside organisation names (ORG stays whole), never over a PER, LOC or COUNTRY span. It runs for
LOC too: LOC alone still needs the countries taken out.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import replace
from typing import Any

from ..records import Mention
from .base import Context, EntityType, Extractor, Found


def entity_id(mention: Mention) -> str:
    """``COUNTRY:`` + ISO code."""
    if mention.country:
        return f"COUNTRY:{mention.country.code}"
    return f"COUNTRY:{mention.normal or mention.text}"


def canonical(entity: str, mention: Mention) -> str | None:
    """The country's short Russian name (``Китай``), whatever the form."""
    return mention.country.name if mention.country else entity.split(":", 1)[1]


def describe(record: Mapping[str, Any]) -> str | None:
    return record.get("country.code")


def scan(text: str, context: Context) -> Iterator[Found]:
    from .. import countries

    adjectives = context.options.country_adjectives
    for match in countries.find_countries(text):
        if match.form == "adjective" and not adjectives:
            continue
        named = match.form == "name"
        normal = match.country.name if named else countries.adjective_lemma(match.text)
        details = {"country": match.country, "form": match.form}
        yield Found(match.start, match.stop, "COUNTRY", normal, details)


def retype(mention: Mention, context: Context) -> Mention:
    """The COUNTRY mention a LOC mention is when its whole text names a country, else itself
    (a whole quoted name is no country: ``countries.is_quoted_name``)."""
    from .. import countries

    found = countries.lookup_country_form(mention.text) if mention.type == "LOC" else None
    if not found or (found[1] == "adjective" and not context.options.country_adjectives):
        return mention
    if countries.is_quoted_name(context.text, mention.start, mention.stop):
        return mention  # "судно «Китай»": the scan's rule, for NER's place too
    country, form = found
    normal = country.name if form == "name" else countries.adjective_lemma(mention.text)
    return replace(mention, type="COUNTRY", country=country, form=form, normal=normal)


COUNTRY = EntityType("COUNTRY", "country", entity_id, canonical, describe)
EXTRACTOR = Extractor(
    "countries",
    (COUNTRY,),
    scan,
    needs=frozenset({"LOC"}),
    retype=retype,
    yields_to=frozenset({"PER", "LOC", "COUNTRY"}),
)

"""Countries: the gazetteer (``gazetteer``: built from pycountry and curated data, cached) and
the scan of text with it (``scan``): ISO 3166-1 codes for Russian country names and adjectives."""

from .scan import (
    TOPONYM_NOUNS,
    CountryMatch,
    adjective_lemma,
    find_countries,
    is_country_part,
    is_quoted_name,
    lookup_country,
    lookup_country_form,
)

__all__ = [
    "TOPONYM_NOUNS",
    "CountryMatch",
    "adjective_lemma",
    "find_countries",
    "is_country_part",
    "is_quoted_name",
    "lookup_country",
    "lookup_country_form",
]

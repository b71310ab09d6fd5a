"""What a run of the pipeline is asked for: ``Options``, built and checked in one place.

The command line, ``pressrel.analyze``, ``pressrel.dask.*`` and ``eval`` all build their options
with ``Options.build``: types as a comma-separated string or any iterable of names (None: every
registered type), checked against the extractor registry; the other choices by keyword (a
``TypeError`` names one that does not exist). ``Options(...)`` checks its types too.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields

from . import extractors


class UnknownTypes(ValueError):
    """Types that no registered extractor produces."""


def all_types() -> frozenset[str]:
    return frozenset(extractors.type_names())


@dataclass(frozen=True)
class Options:
    types: frozenset[str] = field(default_factory=all_types)
    related: bool = False  # also the "Читайте также" teasers of other articles
    country_adjectives: bool = True  # "российских" as a COUNTRY mention (NEREL's convention)
    quotes: bool = True  # find direct quotes (Analysis.quotes); commands that print none skip it
    generic_orgs: bool = False  # also "полиция", "правительства" as ORG (NEREL's convention)
    org_genitives: bool = True  # "ФСБ России", "Совет Безопасности ООН" one ORG span (NEREL's)
    # "МИД" inside "МИД России", "японского МИДа", "Совет Безопасности ООН" a mention too: the
    # organisation's own name nested in its span, the same organisation (NEREL's nested spans)
    org_inner_names: bool = False
    # "на юге Турции": "юге Турции" a LOC mention too, the place nested in it (NEREL's)
    place_parts: bool = True
    # "Троицким собором", "метро «Дмитровская»": a building or a structure NER read as a place
    # no LOC mention (NEREL's FACILITY, none of pressrel's types)
    facilities_apart: bool = True

    def __post_init__(self) -> None:  # the one place types are checked
        object.__setattr__(self, "types", parse_types(self.types))

    @classmethod
    def build(cls, types: str | Iterable[str] | None = None, **choices: bool) -> Options:
        """Options from a user's choices (UnknownTypes for a type no extractor produces,
        TypeError for a choice that does not exist)."""
        unknown = sorted(set(choices) - CHOICES)
        if unknown:
            raise TypeError(f"unknown option(s): {', '.join(unknown)}")
        return cls(types=types, **choices)  # type: ignore[arg-type] - __post_init__ parses them


CHOICES = frozenset(f.name for f in fields(Options)) - {"types"}


def parse_types(value: str | Iterable[str] | None) -> frozenset[str]:
    """Type names from "PER, org" or an iterable (upper-cased; None or a blank string: every
    registered type); UnknownTypes names those no extractor produces, and the choices."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return all_types()
    parts = value.split(",") if isinstance(value, str) else value
    types = frozenset(part.strip().upper() for part in parts if part.strip())
    allowed = extractors.type_names()
    unknown = types - set(allowed)
    if unknown:
        raise UnknownTypes(
            f"unknown type(s) {', '.join(sorted(unknown))}; choose from {', '.join(allowed)}"
        )
    return types

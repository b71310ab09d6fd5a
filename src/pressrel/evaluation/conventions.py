"""Annotation conventions: what makes pressrel's mentions comparable with a gold set.

Gold sets differ in what they annotate. NEREL (``../shared/eval/nerel``) has COUNTRY spans,
country adjectives among them (``российских``), and nested spans; factRuEval
(``../shared/eval/factru``) annotates countries as LOC, no country adjectives, and its spans
are flat (a LOC inside an ORG was dropped), and it leaves generic organisations written as common
nouns (``полиция``) unannotated, where NEREL marks them. NEREL takes the country named after an
organisation into its span (``ФСБ России``, ``Министерства обороны Румынии``: 239 times in its
train split, apart once); factRuEval annotates it apart, as a LOC of its own (23 times in its dev
set, inside only where the name is a proper one: ``Совета муфтиев России``), and so it does
an organisation governed in the genitive (``Совет Безопасности ООН``). :data:`FACTRU` shapes
the predictions the same way: COUNTRY scored as LOC, pressrel run without country adjectives,
generic organisations and the genitives added to an organisation's span (the country or the
governed organisation is a mention of its own either way), and a prediction inside a longer one
dropped. NEREL nests an organisation's own name in the span that names it with its country
(``МИД`` in ``МИД России``, 216 of 341 such spans of its train split); :data:`PLAIN` runs
pressrel with ``Options.org_inner_names`` to give it, which pressrel's own output leaves out (one
mention where the text names an organisation once).
:func:`choose` picks it for gold without a COUNTRY type.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

__all__ = ["FACTRU", "PLAIN", "Convention", "choose", "flatten", "parse_map", "retype"]


@dataclass(frozen=True)
class Convention:
    name: str  # "factru" or "plain"
    type_map: Mapping[str, str] = field(default_factory=dict)  # gold and predicted types renamed
    flat: bool = False  # drop a prediction nested inside a longer one
    country_adjectives: bool = True  # pressrel's Options.country_adjectives when it is run
    generic_orgs: bool = True  # pressrel's Options.generic_orgs: "полиция" as ORG (NEREL's way)
    org_genitives: bool = True  # Options.org_genitives: "ФСБ России", "Совет Безопасности ООН"
    org_inner_names: bool = True  # Options.org_inner_names: "МИД" nested in "МИД России" too
    place_parts: bool = True  # Options.place_parts: "юге Турции" a LOC, "Турции" nested in it
    facilities_apart: bool = True  # Options.facilities_apart: "Троицким собором" no LOC

    def mapped(self, extra: Mapping[str, str]) -> Convention:
        """The convention with the renamings of extra added (they win over its own)."""
        return replace(self, type_map={**self.type_map, **extra})

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "map": dict(self.type_map),
            "flat": self.flat,
            "country_adjectives": self.country_adjectives,
            "generic_orgs": self.generic_orgs,
            "org_genitives": self.org_genitives,
            "org_inner_names": self.org_inner_names,
            "place_parts": self.place_parts,
            "facilities_apart": self.facilities_apart,
        }


PLAIN = Convention("plain")
FACTRU = Convention(
    "factru",
    {"COUNTRY": "LOC"},
    flat=True,
    country_adjectives=False,
    generic_orgs=False,
    org_genitives=False,
    org_inner_names=False,
    place_parts=False,
    facilities_apart=False,
)


def choose(kind: str, gold_types: Iterable[str], factru: bool | None) -> tuple[Convention, bool]:
    """The convention for a gold set (factru None: decide) and whether it was decided here.

    Undecided, persons gold and spans gold with LOC but no COUNTRY type (factRuEval's forms:
    countries annotated as locations) get :data:`FACTRU`; roles gold (NEREL's), gold with COUNTRY
    spans and gold of types that neither convention bears on (NEREL's MONEY and PERCENT) get
    :data:`PLAIN`.
    """
    if factru is not None:
        return (FACTRU if factru else PLAIN), False
    types = set(gold_types)
    auto = kind == "persons" or (kind == "spans" and "LOC" in types and "COUNTRY" not in types)
    return (FACTRU if auto else PLAIN), auto


def parse_map(pairs: Iterable[str]) -> dict[str, str]:
    """``["COUNTRY=LOC", ...]`` as a dict of upper-case types; ValueError for a bad pair."""
    found = {}
    for pair in pairs:
        source, sep, target = (part.strip().upper() for part in pair.partition("="))
        if not (sep and source and target):
            raise ValueError(f"{pair!r} is not TYPE=TYPE")
        found[source] = target
    return found


def retype(items: Iterable[Mapping[str, Any]], type_map: Mapping[str, str]) -> list[dict]:
    """The items with their types renamed by type_map (the others as they are)."""
    return [
        {**item, "type": type_map[item["type"]]} if item["type"] in type_map else dict(item)
        for item in items
    ]


def flatten(items: Iterable[Mapping[str, Any]], types: Iterable[str]) -> tuple[list[dict], int]:
    """Predictions of types shaped like flat gold: one per (type, span), and none inside a
    longer one of any of these types (``Банка России`` leaves no LOC ``России``). Also the
    number of nested predictions dropped. Items keep only ``doc``, ``type``, ``start``,
    ``stop``."""
    wanted = set(types)
    spans = {
        (item["doc"], item["type"], item["start"], item["stop"])
        for item in items
        if item["type"] in wanted
    }
    by_doc: dict[Any, set[tuple[int, int]]] = {}
    for doc, _, start, stop in spans:
        by_doc.setdefault(doc, set()).add((start, stop))
    nested = {(doc, *span) for doc, doc_spans in by_doc.items() for span in _nested(doc_spans)}
    flat = [
        {"doc": doc, "type": kind, "start": start, "stop": stop}
        for doc, kind, start, stop in sorted(spans)
        if (doc, start, stop) not in nested
    ]
    return flat, len(spans) - len(flat)


def _nested(spans: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans that lie inside another one of the set, in O(n log n): sorted by start, the
    longer first, a span is inside another when an earlier one reaches as far."""
    found, reach = [], -1
    for start, stop in sorted(spans, key=lambda span: (span[0], -span[1])):
        if reach >= stop:
            found.append((start, stop))
        reach = max(reach, stop)
    return found

"""PER, ORG and LOC: the types natasha's NER network finds.

The network reads a batch of documents at once, so this extractor has no scan: the pipeline
runs it first, and the organisation rules (``orgs``) refine its ORG spans. Its entity ids are
the mention's own until ``resolve`` joins the mentions of one person (by name, gender and case)
and of one organisation (abbreviations, legal forms) over the document; a place's is its official
name (``places.place_id``: ``Подмосковье`` is ``LOC:Московская область``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..places import place_id
from .base import EntityType, Extractor, by_normal, from_id, no_detail


def roles(record: Mapping[str, Any]) -> str | None:
    """A person's role (a mention), or roles (an entity)."""
    return record.get("role") or ", ".join(record.get("roles") or []) or None


PER = EntityType("PER", "name", entity_id=by_normal, canonical=from_id, describe=roles)
ORG = EntityType("ORG", None, entity_id=by_normal, canonical=from_id, describe=no_detail)
LOC = EntityType("LOC", None, entity_id=place_id, canonical=from_id, describe=no_detail)

# COUNTRY is asked of NER too: countries start from its LOC spans
EXTRACTOR = Extractor("ner", (PER, ORG, LOC), scan=None, needs=frozenset({"COUNTRY"}))

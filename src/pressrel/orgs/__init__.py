"""Organisations: the boundaries of NER's ORG spans (``spans``) and their entity ids (``ids``)."""

from .ids import Organisations, org_name, spelling
from .shortened import spells
from .spans import refine

__all__ = ["Organisations", "org_name", "refine", "spelling", "spells"]

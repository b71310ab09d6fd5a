"""A place's entity id: its official name when the curated table ``data/place_aliases.tsv``
knows an informal one (``Подмосковье`` is ``LOC:Московская область``, ``Петербург``
``LOC:Санкт-Петербург``), so that ``-u``, ``--across`` and ``stats`` count one region however a
text names it; the mention's normal form stays the name as written."""

from __future__ import annotations

from functools import cache

from .. import curated
from ..lang.fold import name_key
from ..lang.letters import plain_spaces
from ..records import Mention


def place_id(mention: Mention) -> str:
    """``LOC:`` + the official name of the place the mention's normal form names."""
    name = plain_spaces(mention.normal or mention.text)
    return f"{mention.type}:{_aliases().get(name_key(name), name)}"


@cache
def _aliases() -> dict[str, str]:
    return {name_key(alias): official for alias, official in curated.rows("place_aliases.tsv")}

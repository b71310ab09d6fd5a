"""Facilities are no places: a LOC span of NER whose head noun is a building or a structure
(``Троицким собором``, ``Рокскому тоннелю``, ``Новодевичьем кладбище``), or a quoted name right
after the noun of a facility's kind (``станции метро «Дмитровская»``, ``жилом комплексе
«Кутузовская миля»``), names a facility, as NEREL (FACILITY) annotates it; the places in its
name stay mentions (``Кронштадтского`` in ``Кронштадтского Морского собора``). Streets, squares
and parks stay places (``lang.facilities.URBAN_SPACES``), named with their noun or after it
(``парка «Зарядье»``): an address says where something is. The pipeline leaves them out under
``Options.facilities_apart`` (NEREL's convention, the default).
"""

from __future__ import annotations

from ..lang import grammar
from ..lang.facilities import STRUCTURE_KINDS, names_structure
from ..lang.letters import lower_word_before
from ..lang.marks import OPENING
from ..records import Mention

_REACH = 24  # characters read before the opening mark: more than the longest kind noun


def without_facilities(text: str, mentions: list[Mention]) -> list[Mention]:
    """mentions without the LOC ones that name a facility (see the module)."""
    kept = [m for m in mentions if m.type != "LOC" or not names_a_facility(text, m.start, m.stop)]
    return kept if len(kept) < len(mentions) else mentions


def names_a_facility(text: str, start: int, stop: int) -> bool:
    """Whether the place's span text[start:stop] names a facility (see the module)."""
    if names_structure(text, start, stop):
        return True
    if not start or text[start - 1] not in OPENING:
        return False
    kind = lower_word_before(text, start - 1, _REACH)
    return kind is not None and not STRUCTURE_KINDS.isdisjoint(grammar.noun_lemmas(kind))

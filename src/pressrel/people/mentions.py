"""The PER mention of a name a rule found where NER found none."""

from __future__ import annotations

from ..lang.names import PersonName
from ..records import Mention, Unit, placed


def person_mention(
    doc: str, text: str, start: int, stop: int, person: PersonName, unit: Unit
) -> Mention:
    """A PER mention of text (the document's text[start:stop]), read as person, in unit."""
    return Mention(
        doc=doc,
        type="PER",
        text=text,
        normal=person.normal,
        start=start,
        stop=stop,
        name=person.name,
        **placed(unit),
    )

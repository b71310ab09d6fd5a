"""Corpus-level linking: which entity ids of a whole input name one person or organisation.

``resolve`` joins the mentions of one document; over a corpus, ``PER:Владимир Путин``,
``PER:Владимир Владимирович Путин`` and ``PER:Путин`` (a document that names him by surname
only) are still three ids, and ``ORG:ФАС`` (a document that only abbreviates) is not ``ORG:
Федеральная антимонопольная служба`` (a document that defines the abbreviation). ``Evidence``
gathers what the documents say of their entities, as they are summarised; ``Evidence.links``
says, once the whole input is in, which ids join which:

- a person named without patronymic joins the one person of the corpus with the same given name
  and surname and a patronymic (two patronymics: no join);
- a person named by surname only joins the one person of the corpus with a given name and that
  surname (the surname as the documents give it in the nominative, so that a woman's ``Путина``
  is not a man's ``Путин``); two people of one surname keep their surname-only mentions apart;
- an organisation's name that a document defines as another's (``ФАС`` for ``Федеральная
  антимонопольная служба``, by its abbreviation in brackets or the curated table) joins it
  wherever the corpus names it so, when every document that defines it agrees;
- organisations' ids that differ only in case or ё (``ORG:Европейский Союз`` of a document
  that writes it so, ``ORG:Европейский союз``) are one, spelled as ``orgs.spelling`` chooses.

Evidence is mergeable (``update``, in any order, with the same result), so partial evidence of
a corpus's parts (workers, Dask partitions) gives the links of the whole. Memory: one entry per
distinct person and per defined name, like the tallies it rides with.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .lang.fold import name_key
from .orgs import org_name, spelling
from .records import Mention, Name

NameParts = tuple[str | None, str | None, str | None]  # first, middle, last


@dataclass
class Evidence:
    """What the documents say of their entities: people's name parts, organisations' names."""

    people: dict[str, NameParts] = field(default_factory=dict)  # PER entity id -> its name
    defined: dict[str, set[str]] = field(default_factory=dict)  # ORG name id -> entity ids
    spelled: dict[str, set[str]] = field(default_factory=dict)  # folded ORG id -> the ids

    def add_mentions(self, mentions: Iterable[Mention]) -> None:
        """One document's resolved mentions."""
        for m in mentions:
            if m.entity:
                self.add(m.type, m.entity, m.name, [m.normal or m.text])

    def add(self, kind: str, entity: str, name: Name | None, names: Iterable[str]) -> None:
        """An entity of a document: its type and id, a person's name parts, the names (normal
        forms) its mentions have there."""
        if kind == "PER" and name is not None:
            self.people.setdefault(entity, (name.first, name.middle, name.last))
        elif kind == "ORG":
            self.spelled.setdefault(name_key(entity), set()).add(entity)
            for written in names:
                own = f"ORG:{org_name(written)}"
                if own != entity:
                    self.defined.setdefault(own, set()).add(entity)

    def update(self, other: Evidence) -> None:
        """Add other's evidence to this (in place)."""
        for entity, parts in other.people.items():
            self.people.setdefault(entity, parts)
        for own, entities in other.defined.items():
            self.defined.setdefault(own, set()).update(entities)
        for key, entities in other.spelled.items():
            self.spelled.setdefault(key, set()).update(entities)

    def links(self) -> dict[str, str]:
        """Entity id -> the id it joins (ids that join none are left out)."""
        return {**self._people_links(), **self._organisation_links()}

    def _people_links(self) -> dict[str, str]:
        full: dict[tuple[str, str], list[str]] = {}  # (given name, surname) -> ids
        by_surname: dict[str, set[tuple[str, str]]] = {}  # surname -> (given name, surname)s
        for entity, (first, _, last) in self.people.items():
            if first and last:
                key = (name_key(first), name_key(last))
                full.setdefault(key, []).append(entity)
                by_surname.setdefault(key[1], set()).add(key)
        person: dict[tuple[str, str], str] = {}  # (given name, surname) -> the person's id
        links = {}
        for key, entities in full.items():
            middles = [e for e in entities if self.people[e][1]]
            if len(middles) > 1:  # two patronymics: two people, or one spelled two ways
                continue
            chosen = middles[0] if middles else min(entities)
            person[key] = chosen
            links.update((e, chosen) for e in entities if e != chosen)
        for entity, (first, _, last) in self.people.items():
            if first or not last:
                continue
            keys = by_surname.get(name_key(last), set())
            if len(keys) == 1 and (only := next(iter(keys))) in person:
                links[entity] = person[only]
        return links

    def _organisation_links(self) -> dict[str, str]:
        links = {}
        for entities in self.spelled.values():  # one spelling of names that differ in case
            if len(entities) > 1:
                chosen = "ORG:" + spelling(sorted(e.removeprefix("ORG:") for e in entities))
                chosen = chosen if chosen in entities else min(entities)
                links.update((e, chosen) for e in entities if e != chosen)
        for own, entities in self.defined.items():
            if len(entities) == 1 and name_key(own) != name_key(target := next(iter(entities))):
                links.setdefault(own, target)
        return links


def joined(entity: str, links: dict[str, str]) -> str:
    """The id an entity joins, following the links to their end (itself when it joins none)."""
    seen = {entity}
    while (entity := links.get(entity, entity)) not in seen:
        seen.add(entity)
    return entity

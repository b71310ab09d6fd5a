"""Who is who within a document: entity ids, people's full names, roles.

Every mention gets ``entity``, a stable id ``TYPE:canonical``:

- people: ``PER:First [Middle] Last`` of the person the mention belongs to. Full names found
  in the document define the people; a surname alone ("Никифорова"), an initial and surname
  ("Н. Никифоров") or a given name alone joins the one person it fits, and then carries that
  person's name parts (its ``normal`` stays what is written). When two people share the
  surname, a bare surname joins neither.
- organisations: ``ORG:`` + the name without legal form and quotes ("ОАО «РЖД»" -> РЖД), then
  the full name when the document defines the abbreviation or the curated table knows it
  (``orgs.ids``);
- countries: ``COUNTRY:`` + ISO code; dates: ``DATE:`` + ISO value; locations: ``LOC:`` + normal.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace

from .lang.fold import fold
from .lang.names import surname_readings
from .orgs import Organisations
from .records import Mention, Name
from .roles import RoleContext, find_role


@dataclass
class Person:
    first: str | None
    middle: str | None
    last: str | None

    @property
    def id(self) -> str:
        return "PER:" + " ".join(p for p in (self.first, self.middle, self.last) if p)

    @property
    def name(self) -> Name:
        return Name(self.first, self.middle, self.last)


def resolve(mentions: list[Mention], text: str) -> list[Mention]:
    """One document's mentions (sorted by start) with entity ids, and for people the person's
    name parts and role: new mentions, the given ones untouched."""
    people = _people(mentions)
    organisations = Organisations(mentions, text)
    resolved = []
    person_stop = 0  # where the last person mention ended: a role never reaches back past it
    role_context = RoleContext(mentions)
    for m in mentions:
        if m.type != "PER":
            resolved.append(replace(m, entity=_entity_id(m, organisations)))
            continue
        person = _person_of(m, people)
        name = person.name
        if m.name and m.name.middle and not name.middle:  # "Людмилы Марковны": keep her own
            name = replace(name, middle=m.name.middle)
        before = person_stop if person_stop <= m.start else 0
        role = find_role(text, m.start, m.stop, role_context, before=before)
        resolved.append(replace(m, entity=person.id, name=name, **role.fields()))
        person_stop = max(person_stop, m.stop)
    return resolved


# People


def _key(value: str | None) -> str:
    return fold(value or "").rstrip(".")


class _People:
    """The document's people, indexed by their folded names: finding the person of a mention
    costs a few dict probes, not a pass over everyone the document names."""

    def __init__(self, people: list[Person]) -> None:
        self.by_full: dict[tuple[str, str], list[Person]] = defaultdict(list)
        self.by_last: dict[str, list[tuple[str, Person]]] = defaultdict(list)
        self.by_first: dict[str, list[Person]] = defaultdict(list)
        for person in people:  # in order of first mention
            first, last = _key(person.first), _key(person.last)
            self.by_full[first, last].append(person)
            self.by_last[last].append((first, person))
            self.by_first[first].append(person)


def _people(mentions: list[Mention]) -> _People:
    """The people the document names in full (first and last name), once each."""
    people: dict[tuple[str, str], Person] = {}
    for m in mentions:
        if (
            m.type == "PER"
            and m.name
            and m.name.first
            and m.name.last
            and len(_key(m.name.first)) > 1
        ):
            key = (_key(m.name.first), _key(m.name.last))
            person = people.setdefault(key, Person(m.name.first, m.name.middle, m.name.last))
            person.middle = person.middle or m.name.middle
    return _People(list(people.values()))


def _person_of(mention: Mention, people: _People) -> Person:
    name = mention.name or Name()
    first, last = _key(name.first), _key(name.last)
    if first and last and len(first) > 1:
        candidates = people.by_full.get((first, last), [])
    elif last:
        lasts = {last} | {_key(form) for form in surname_readings(mention.text.split()[-1])}
        candidates = [
            person
            for surname in lasts
            for given, person in people.by_last.get(surname, [])
            if not first or given.startswith(first)
        ]
    elif first:
        candidates = people.by_first.get(first, [])
    else:
        candidates = []
    if len(candidates) == 1:
        return candidates[0]
    return (
        Person(name.first, name.middle, name.last)
        if any((first, last))
        else Person(None, None, mention.normal)
    )


# Organisations and others


def _entity_id(mention: Mention, organisations: Organisations) -> str:
    if mention.type == "COUNTRY" and mention.country:
        return f"COUNTRY:{mention.country.code}"
    if mention.type == "DATE":
        value = mention.date.value if mention.date else None
        return f"DATE:{value or mention.text}"
    if mention.type == "ORG":
        return organisations.entity(mention)
    return f"{mention.type}:{mention.normal or mention.text}"

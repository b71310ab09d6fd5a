"""Who is who within a document: entity ids, people's full names, roles.

Every mention gets ``entity``, a stable id ``TYPE:canonical``:

- people: ``PER:First [Middle] Last`` of the person the mention belongs to. Full names found
  in the document define the people; a surname alone ("Никифорова"), an initial and surname
  ("Н. Никифоров") or a given name alone joins the one person it fits, and then carries that
  person's name parts (its ``normal`` stays its own). A bare surname joins a person only when
  its gender and case fit that person alone (``lang.gender``): of Михаил and Раиса
  Горбачёв(а), "Горбачёвой" is hers and "у Горбачёва" his; of two brothers, neither. A lone
  word read as a given name that is no one's joins the one person whose surname it can be
  ("Уильямс"); a middle name a mention spells out ("Людмила Марковна") goes to the person it
  joins; two names joined by "и"/"или" are two people ("Михаил Агранович и Михаил Хасая"); a
  span with a comma (a list of people) defines no person; "First X Last" and "First Last" in
  one document are one person whose given names are "First X" ("Реджеп Тайип Эрдоган").
- before that, names are re-read with what the document shows: a name that shows no case
  takes the case its preposition governs ("у Берни Сандерса") or that of a name coordinated
  with it ("Кими Райкконена и Марка Уэббера"); a foreign surname is read in the declension its
  other forms show ("Тодда Маккаррика" beside "Маккарриком" is Тодд Маккаррик; "Мацуда"
  beside "Мацуды" stays Мацуда).
- organisations: ``ORG:`` + the name without legal form and quotes ("ОАО «РЖД»" -> РЖД), then
  the full name when the document defines the abbreviation or the curated table knows it
  (``orgs.ids``);
- every other type: the ``entity_id`` hook of its registered ``extractors.EntityType``
  (countries: ``COUNTRY:`` + ISO code; dates: ``DATE:`` + ISO value; locations: ``LOC:`` +
  normal).

Size: the people part is most of it, one document-level pass whose steps read each other's
results (names re-read, people defined, mentions joined); organisations live in ``orgs``.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from dataclasses import dataclass, replace

from . import extractors
from .extractors import by_normal
from .lang import gender, morph, surnames
from .lang.fold import name_key
from .lang.names import (
    PARTICLES,
    RUSSIAN_SURNAME_SUFFIXES,
    parse_person,
    span_case,
    surname_readings,
)
from .orgs import Organisations
from .records import Mention, Name
from .roles import RoleContext, find_role

CYRILLIC = re.compile(r"^[А-ЯЁа-яё]+$")
CONJUNCTIONS = frozenset({"и", "или"})  # two people; a comma may add an apposition
COORDINATORS = CONJUNCTIONS | {","}  # the same case
CYRILLIC_LETTER = re.compile("[А-ЯЁа-яё]")
BRACKET_BETWEEN = re.compile(r"[»\"]?\s*\(\s*$")  # "Франсис Коне (" + "Francis Koné"


@dataclass(eq=False)
class Person:
    """One person of the document; compared by identity (two may share a name)."""

    first: str | None
    middle: str | None
    last: str | None
    gender: str | None = None  # masc, femn or None (unknown): from the name, else the text

    @property
    def id(self) -> str:
        return "PER:" + " ".join(p for p in (self.first, self.middle, self.last) if p)

    @property
    def name(self) -> Name:
        return Name(self.first, self.middle, self.last)


def resolve(mentions: list[Mention], text: str) -> list[Mention]:
    """One document's mentions (sorted by start) with entity ids, and for people the person's
    name parts and role: new mentions, the given ones untouched (and let go of one by one as
    their new ones are made: a caller that keeps no list of its own never holds both)."""
    mentions = _as_attested(_in_coordinated_case(mentions, text))  # a list of resolve's own
    people = _people(mentions, text)
    persons = _persons_of(mentions, people)
    organisations = Organisations(mentions, text)
    resolved = []
    person_stop = 0  # where the last person mention ended: a role never reaches back past it
    role_context = RoleContext(mentions)
    names: dict[Person, Name] = {}
    for i in range(len(mentions)):
        m, mentions[i] = mentions[i], None  # a huge document's mentions: one generation at once
        if m.type != "PER":
            resolved.append(replace(m, entity=_one_string(_entity_id(m, organisations))))
            continue
        person = persons[i]
        name = names.get(person) or names.setdefault(person, person.name)  # one Name a person
        if m.name and m.name.middle and not name.middle:  # "Людмилы Марковны": keep her own
            name = replace(name, middle=m.name.middle)
        before = person_stop if person_stop <= m.start else 0
        role = find_role(text, m.start, m.stop, role_context, before=before)
        normal = m.normal
        if person.first is None and person.last and " " not in m.text.strip():
            normal = person.last  # a lone surname read by its context: one reading throughout
        resolved.append(
            replace(m, normal=normal, entity=_one_string(person.id), name=name, **role.fields())
        )
        person_stop = max(person_stop, m.stop)
    return resolved


# People


class _People:
    """The document's people, indexed by their folded names: finding the person of a mention
    costs a few dict probes, not a pass over everyone the document names. ``text`` is the
    document's, for the words around a mention that say its gender and case."""

    def __init__(
        self,
        people: list[Person],
        text: str = "",
        aliases: dict[tuple[str, str], Person] | None = None,
    ) -> None:
        self.text = text
        self.by_full: dict[tuple[str, str], list[Person]] = defaultdict(list)
        self.by_last: dict[str, list[tuple[str, Person]]] = defaultdict(list)
        self.by_first: dict[str, list[Person]] = defaultdict(list)
        self.everyone = people
        for person in people:  # in order of first mention
            first, last = name_key(person.first), name_key(person.last)
            self.by_full[first, last].append(person)
            self.by_last[last].append((first, person))
            self.by_first[first].append(person)
        for (first, last), person in (aliases or {}).items():  # "Реджеп Эрдоган"
            self.by_full[first, last].append(person)
            if person not in self.by_first[first]:
                self.by_first[first].append(person)


def _people(mentions: list[Mention], text: str = "") -> _People:
    """The people the document names in full (first and last name), once each, with their
    gender: the name's, else the one the words around their full mentions agree in."""
    people: dict[tuple[str, str], Person] = {}
    full: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for m in mentions:
        if (
            m.type == "PER"
            and m.name
            and m.name.first
            and m.name.last
            and len(name_key(m.name.first)) > 1
            and "," not in m.text  # "Овечкин, Фёдоров": a list of people, not a full name
        ):
            key = (name_key(m.name.first), name_key(m.name.last))
            person = people.setdefault(key, Person(m.name.first, m.name.middle, m.name.last))
            person.middle = person.middle or m.name.middle
            full[key].append(m)
    for key, person in people.items():
        person.gender = _person_gender(person, full[key], text)
    aliases = _second_given_names(people)
    kept = [p for key, p in people.items() if aliases.get(key, p) is p]
    return _People(kept, text, aliases)


def _second_given_names(people: dict[tuple[str, str], Person]) -> dict[tuple[str, str], Person]:
    """People named both "First X Last" and "First Last" in the document are one, and X is a
    second given name ("Реджеп Тайип Эрдоган" and "Реджеп Эрдоган": Реджеп Тайип / Эрдоган;
    not a particle: "Марина Ле Пен"). Returns both names' keys -> the person."""
    aliases = {}
    for (first, last), person in list(people.items()):
        words = (person.last or "").split()
        short = (first, name_key(words[-1])) if len(words) > 1 else None
        other = people.get(short) if short else None
        if other is None or other is person or person.middle or short in aliases:
            continue
        if any(not _may_be_second_given(w, words[-1]) for w in words[:-1]):
            continue
        person.first = " ".join([person.first or "", *words[:-1]]).strip()
        person.last = words[-1]
        person.gender = person.gender or other.gender
        aliases[short] = aliases[first, last] = person
    return aliases


def _may_be_second_given(word: str, last: str) -> bool:
    """Whether word, between a given name and the surname, may be a second given name: not a
    particle ("Ле Пен"), not lower case, not the surname again ("Максим Дадашев Дадашев", a
    slip) nor a word with a Russian surname's suffix."""
    lower = word.lower()
    return (
        word[:1].isupper()
        and lower not in PARTICLES
        and name_key(word) != name_key(last)
        and not lower.endswith(RUSSIAN_SURNAME_SUFFIXES)
    )


def _person_gender(person: Person, mentions: list[Mention], text: str) -> str | None:
    """The name's gender and the one the words around the full mentions agree in, when they do
    not contradict each other; None when they do (pymorphy2 knows some foreign given names in
    one gender only: "Эммануэль Макрон прилетел" is a man)."""
    named = gender.name_gender(person.first, person.last)
    said = _said_gender(mentions, text)
    if named and said and named != said:
        return None
    return named or said


def _said_gender(mentions: list[Mention], text: str) -> str | None:
    """The one gender the words around a person's mentions agree in (or a noun naming a
    woman in apposition: "первая леди Мишель Обама"), else None."""
    said = {
        gender.context_gender(text, m.start, m.stop)
        or gender.apposition_gender(text, m.start, span_case(m.text))
        for m in mentions
    } - {None}
    return said.pop() if len(said) == 1 else None


def _in_coordinated_case(mentions: list[Mention], text: str) -> list[Mention]:
    """Mentions whose name shows no case re-read in the case a preposition before them
    governs ("у Берни Сандерса") or that of a name coordinated with them: "Кими Райкконена и
    Марка Уэббера" (coordinated nouns share their case, and the declined given name "Марка"
    shows it, so "Райкконена" is Райкконен's genitive)."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        if m.type != "PER" or len(m.text.split()) < 2 or span_case(m.text) is not None:
            continue
        case = gender.governed_case(text, m.start)  # "у Берни Сандерса"
        for j in (i - 1, i + 1):
            near = case is None and 0 <= j < len(mentions)
            if near and _coordinated(mentions[min(i, j)], mentions[max(i, j)], text):
                case = span_case(mentions[j].text)
        if case not in (None, "nomn"):
            person = parse_person(m.text, case)
            out[i] = replace(m, normal=person.normal, name=person.name)
    return out


def _as_attested(mentions: list[Mention]) -> list[Mention]:
    """Mentions whose surname, unknown to pymorphy2 and kept as written, is an oblique form
    by the other forms the document writes it in (``surnames.attested_nominatives``): "Берни
    Сандерса" beside "Сандерсом" is Берни Сандерс."""
    written = {
        i: m.text.split()[-1]
        for i, m in enumerate(mentions)
        if m.type == "PER" and m.name and m.name.last and CYRILLIC.match(m.text.split()[-1])
    }
    unknown = {i: w for i, w in written.items() if not morph.is_known(w)}
    nominatives = surnames.attested_nominatives(w.lower() for w in unknown.values())
    out = list(mentions)
    for i, word in unknown.items():
        m, nominative = mentions[i], nominatives.get(word.lower())
        if not nominative or not m.name.last.endswith(word) or nominative == word.lower():
            continue
        case, masculine = surnames.attested_case(word, nominative)
        if masculine and gender.given_name_gender((m.name.first or "-").split()[0]) == "femn":
            continue  # a woman's surname in a consonant does not decline
        person = parse_person(m.text, case, masculine)  # "Тодда Маккаррика": his genitive
        new = morph.recase(nominative, word)
        name = replace(person.name, last=_with_last_word(person.name.last or word, new))
        out[i] = replace(m, normal=_with_last_word(person.normal, new), name=name)
    return out


def _with_last_word(words: str, last: str) -> str:
    head = words.rsplit(maxsplit=1)[0] if len(words.split()) > 1 else ""
    return f"{head} {last}" if head else last


def _coordinated(
    left: Mention, right: Mention, text: str, joiners: frozenset[str] = COORDINATORS
) -> bool:
    """Whether two PER mentions are joined by one of joiners alone ("и", "или", a comma)."""
    return left.type == right.type == "PER" and text[left.stop : right.start].strip() in joiners


def _persons_of(mentions: list[Mention], people: _People) -> dict[int, Person]:
    """The person of each PER mention (by index). A person named in full without a middle
    name takes the one a mention that joined them spells out: "Людмила Гурченко" is "Людмила
    Марковна Гурченко" when the text also calls her "Людмила Марковна"."""
    persons = {i: _person_of(m, people) for i, m in enumerate(mentions) if m.type == "PER"}
    _apart_when_coordinated(mentions, persons, people.text)
    _bracketed_as_before(mentions, persons, people.text)
    for i, person in persons.items():
        middle = mentions[i].name and mentions[i].name.middle
        if middle and not person.middle and person in people.everyone:
            person.middle = middle
    return persons


def _apart_when_coordinated(mentions: list[Mention], persons: dict[int, Person], text: str) -> None:
    """Two mentions joined by "и" or "или" are two people: of "Михаил Агранович и Михаил
    Хасая", the one that does not name the person in full joins no one (a comma may join an
    apposition: "Илюмжинов, Кирсан Илюмжинов")."""
    for i in list(persons):
        same = i + 1 in persons and persons[i] is persons[i + 1]
        if same and _coordinated(mentions[i], mentions[i + 1], text, CONJUNCTIONS):
            for k in (i, i + 1):
                if not _in_full(mentions[k], persons[k]):
                    persons[k] = _own_person(mentions[k])


def _bracketed_as_before(mentions: list[Mention], persons: dict[int, Person], text: str) -> None:
    """A name in Latin script alone in brackets right after a name in Cyrillic is the same
    person in the original spelling: "Франсис Коне (Francis Koné)" (``lang.brackets`` cuts NER's
    span in two). Other names in brackets may be other people ("Сёмин (Овечкин, Фёдоров)")."""
    indices = sorted(persons)
    for i, k in zip(indices, indices[1:]):
        first, then = mentions[i], mentions[k]
        if (
            BRACKET_BETWEEN.match(text, first.stop, then.start)
            and text[then.stop : then.stop + 1] == ")"
            and CYRILLIC_LETTER.search(first.text)
            and not CYRILLIC_LETTER.search(then.text)
        ):
            persons[k] = persons[i]


def _in_full(mention: Mention, person: Person) -> bool:
    """Whether the mention names the person by their own given name and surname."""
    name = mention.name or Name()
    return (name_key(name.first), name_key(name.last)) == (
        name_key(person.first),
        name_key(person.last),
    )


def _own_person(mention: Mention) -> Person:
    """A person of the mention's own name: it joins no one."""
    name = mention.name or Name()
    if name.first or name.last:
        return Person(name.first, name.middle, name.last)
    return Person(None, None, mention.normal)


def _person_of(mention: Mention, people: _People) -> Person:
    name = mention.name or Name()
    first, last = name_key(name.first), name_key(name.last)
    if first and last and len(first) > 1:
        candidates = people.by_full.get((first, last), [])
    elif last:
        candidates = _by_surname(mention, people, last, first)
        if len(candidates) != 1 and _lone_surname(mention, name):  # "Горбачёва заявила" is
            # Горбачёва, not Горбачёв
            name = replace(name, last=_surname_as_read(mention, people.text) or name.last)
    elif first:
        candidates = people.by_first.get(first, [])
        if not candidates and not name.middle and len(mention.text.split()) == 1:
            # "Уильямс" of Джеффри Уильямс: a word that is no one's given name may be someone's
            # surname (not "Филипп" of "Принц Филипп", whose "given name" is a title)
            candidates = [
                p for p in _by_surname(mention, people, first, "") if gender.may_be_given(p.first)
            ]
    else:
        candidates = []
    if len(candidates) == 1:
        return candidates[0]
    return (
        Person(name.first, name.middle, name.last)
        if any((first, last))
        else Person(None, None, mention.normal)
    )


def _by_surname(mention: Mention, people: _People, last: str, first: str) -> list[Person]:
    """The people whose surname the mention's last word may be (as written or any nominative
    it may stand for) and whose given name starts with first, narrowed by gender and case."""
    lasts = {last} | {name_key(form) for form in surname_readings(mention.text.split()[-1])}
    candidates = [
        person
        for surname in lasts
        for given, person in people.by_last.get(surname, [])
        if not first or given.startswith(first)
    ]
    return _fitting(mention, candidates, people.text)


def _fitting(mention: Mention, candidates: list[Person], text: str) -> list[Person]:
    """The candidates a surname mention can be by gender and case: the readings of the surname
    as written ("Горбачёвой" is only a woman's), narrowed by the words that agree with it
    ("заявила Горбачёва", "у Горбачёва"). A reading whose nominative is no candidate's surname
    ("Яровой" read as a form of "Ярова") still tells the gender."""
    if not candidates:
        return candidates
    written = mention.text.split()[-1]
    readings = gender.surname_forms(written)
    if not readings:  # a surname pymorphy2 has no paradigm for: the context's gender, and
        # "Визбора" (declined) is not Варвара Визбор's
        said = gender.context_gender(text, mention.start, mention.stop)
        return [
            p
            for p in candidates
            if not (said and p.gender and p.gender != said)
            and not (
                p.gender == gender.FEMN and gender.declined_as_masculine(p.last or "", written)
            )
        ]
    surnames = {name_key(p.last) for p in candidates}
    readings += tuple(
        _as_written(p, written) for p in candidates if name_key(p.last) == name_key(written)
    )
    (only, *others) = candidates
    if not others and all(_fits(r, only, surnames) for r in readings):
        return candidates  # every reading is that person's: the context cannot change it
    readings = gender.narrow(readings, gender.agreements(text, mention.start, mention.stop))
    return [person for person in candidates if any(_fits(r, person, surnames) for r in readings)]


def _as_written(person: Person, written: str) -> gender.Reading:
    """The reading of a surname written as the person's own: their nominative, or, for a woman
    whose surname ends in a consonant, any case (it does not decline: "Остин", which
    pymorphy2 knows for men only)."""
    indeclinable = person.gender == gender.FEMN and gender.ends_in_consonant(written)
    return gender.Reading(written.lower(), person.gender, None if indeclinable else "nomn")


def _lone_surname(mention: Mention, name: Name) -> bool:
    """Whether the mention is a surname alone, or after one initial ("Р. Горбачёва")."""
    words = mention.text.split()
    return (
        not name.middle
        and name.last is not None
        and len(name.last.split()) == 1
        and (len(words) == 1 or (len(words) == 2 and len(name_key(name.first)) == 1))
    )


def _surname_as_read(mention: Mention, text: str) -> str | None:
    """The nominative of a lone surname when its readings and the words agreeing with it leave
    one ("заявила Горбачёва": Горбачёва), else None."""
    written = mention.text.split()[-1]
    readings = gender.narrow(
        gender.surname_forms(written), gender.agreements(text, mention.start, mention.stop)
    )
    nominatives = {name_key(r.nominative): r.nominative for r in readings}
    if len(nominatives) != 1:
        return None
    key, nominative = nominatives.popitem()
    return written if name_key(written) == key else morph.recase(nominative, written)


def _fits(reading: gender.Reading, person: Person, surnames: set[str]) -> bool:
    surname = name_key(reading.nominative)
    same_name = surname == name_key(person.last) or surname not in surnames
    return same_name and (
        not reading.gender or not person.gender or reading.gender == person.gender
    )


# Organisations and others


def _one_string(entity: str | None) -> str | None:
    """An entity id as one string however often the entity is named (a huge document names
    its people and organisations hundreds of thousands of times)."""
    return sys.intern(entity) if isinstance(entity, str) else entity


def _entity_id(mention: Mention, organisations: Organisations) -> str:
    """An organisation's id over the document; any other type's from its registered hook."""
    if mention.type == "ORG":
        return organisations.entity(mention)
    kind = extractors.entity_type(mention.type)
    return kind.entity_id(mention) if kind else by_normal(mention)

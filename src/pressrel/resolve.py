"""Who is who within a document: entity ids, people's full names, roles.

Every mention gets ``entity``, a stable id ``TYPE:canonical``:

- people: ``PER:First [Middle] Last`` of the person the mention belongs to. Full names found
  in the document define the people; a surname alone ("Никифорова"), an initial and surname
  ("Н. Никифоров") or a given name alone joins the one person it fits, and then carries that
  person's name parts; its ``normal`` is the person's given name or Russian surname when that
  is a reading of the word ("Улюкаева" of Алексей Улюкаев: Улюкаев), else its own. A bare
  surname joins the person its gender and case fit (``lang.gender``): of Михаил and Раиса Горбачёв(а), "Горбачёвой" is hers
  and "у Горбачёва" his; when they fit several, the most salient where it stands (a namesake
  named as a subject in this sentence or the one before, else the one named most often so
  far, else the one named last; before anyone is named, the first named after it); of two
  brothers named in one sentence and equally often, neither. A given name with a patronymic
  joins the one person of that given name with that patronymic or none known ("Леонид
  Эдуардович"; not "Леонид Петрович"), of several the one named last before it in its
  paragraph ("у Бориса Николаевича" after "К Ельцину"); "First
  X" whose X is a patronymic in form that never stands alone is First with a patronymic, not
  a surname ("Герман Львович" beside Герман Стерлигов); a lone word read as a surname no one
  has joins the one person whose given name it may be ("Германа"), and one read as a given
  name no one has, the one person another reading of it names ("о Роберте", Роберта's
  dative or Роберт's locative, of Роберт Бовда; "Юлию" of Юлия Скрипаль). A lone
  word read as a given name that is no one's joins the one person whose surname it can be
  ("Уильямс"); a middle name a mention spells out ("Людмила Марковна") goes to the person it
  joins; two names joined by "и"/"или" are two people ("Михаил Агранович и Михаил Хасая"); a
  span with a comma (a list of people) defines no person; "First X Last" and "First Last" in
  one document are one person whose given names are "First X" ("Реджеп Тайип Эрдоган"), and "Dim Last"
  whose given name is a diminutive made from the stem of the given name of the one other
  person of that surname is that person ("Валерке Сураеву" of Валерий Сураев).
- before that, names are re-read with what the document shows: a name read two ways takes
  the reading another mention can only have ("Алена Стерлигова", Ален's genitive or Алёна
  written without ё, beside "Аленой Стерлиговой" is Алёна Стерлигова); a name that shows no case
  takes the case its preposition governs ("у Берни Сандерса") or that of a name coordinated
  with it ("Кими Райкконена и Марка Уэббера"); a foreign surname is read in the declension its
  other forms show ("Тодда Маккаррика" beside "Маккарриком" is Тодд Маккаррик; "Мацуда"
  beside "Мацуды" stays Мацуда).
- organisations: ``ORG:`` + the name without legal form and quotes ("ОАО «РЖД»" -> РЖД), then
  the full name when the document defines the abbreviation or the curated table knows it
  (``orgs.ids``);
- every other type: the ``entity_id`` hook of its registered ``extractors.EntityType``
  (countries: ``COUNTRY:`` + ISO code; dates: ``DATE:`` + ISO value; locations: ``LOC:`` +
  normal, or the official name of an informal one, ``places.place_id``).

Size: the people part is most of it, one document-level pass whose steps read each other's
results (names re-read, people defined, mentions joined); organisations live in ``orgs``.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from functools import partial
from itertools import islice
from operator import attrgetter

from . import caches, extractors
from .extractors import by_normal
from .lang import gender, grammar, morph, patronymics, surnames
from .lang import names as names_lang
from .lang.fold import fold, name_key
from .lang.forms import nominatives
from .lang.letters import plain_spaces
from .lang.names import (
    INITIAL,
    PARTICLES,
    RUSSIAN_SURNAME_SUFFIXES,
    feminine_given_cases,
    feminine_given_possible,
    feminine_given_stem,
    first_declension_nominatives,
    parse_person,
    span_case,
    surname_readings,
)
from .lang.namesakes import named_after
from .orgs import Organisations, spells
from .records import Mention, Name
from .roles import CHILDREN, KINSHIP, NO_ROLE, PARENTS, Role, RoleContext, find_role, role_head

CYRILLIC = re.compile(r"^[А-ЯЁа-яё]+$")
CONJUNCTIONS = frozenset({"и", "или"})  # two people; a comma may add an apposition
COORDINATORS = CONJUNCTIONS | {","}  # the same case
CYRILLIC_LETTER = re.compile("[А-ЯЁа-яё]")
MENTION_FIELDS = {f.name: i for i, f in enumerate(fields(Mention))}  # in __init__'s order
_mention_values = attrgetter(*MENTION_FIELDS)
SENTENCE_END = re.compile(r"(?<!\b[А-ЯЁA-Z])[.!?…]+[»\")]?\s|\r\n?|\n")  # not "Н. Никифоров"
BOTH_GENDERS = ("femn", "masc")
PLURAL_ENDINGS = ("ы", "ых", "ыми", "ие", "их", "ими")  # a Russian surname's plural forms
BRACKET_BETWEEN = re.compile(r"[»\"]?\s*\(\s*$")  # "Франсис Коне (" + "Francis Koné"
REGNAL_NUMBER = re.compile(r"[IVXL]+")  # "Алексий II", "Елизавета II": no surname
# between two full names of one family, their kinship: "X и его сын Y", "X, его отец Y"
KIN_BETWEEN = re.compile(
    r"\s*(?:,|и)\s+(?:(?:его|её|ее|их|свой|своим|своей)\s+)?(?P<kin>[а-яё]+)\s+", re.IGNORECASE
)
# a surname joined to the adjective that tells two generations apart ("моисеев-старший")
GENERATION = re.compile(r"-(?P<which>старш|младш)\w*$")
WORDS = re.compile(r"[А-ЯЁа-яё-]+")
# one or two words (a kinship noun, capitalised when it opens the sentence, and the owner's
# position: "Дочь губернатора"; or a word and the kinship noun: "22-летний сын"), then the
# owner's name
KIN_BEFORE = re.compile(
    r"(?<![А-ЯЁа-яё])(?P<first>[А-ЯЁа-яё][а-яё]*)\s+(?:(?P<second>[а-яё]+)\s+)?"
    r"(?P<owner>(?:[А-ЯЁ][а-яё-]+\s+){1,3})$"
)


@dataclass(eq=False)
class Person:
    """One person of the document; compared by identity (two may share a name)."""

    first: str | None
    middle: str | None
    last: str | None
    # what the gender is read from, until it is first asked (most people named in full are no
    # bare surname's candidate: their gender is never asked)
    gender_of: Callable[[], str | None] | None = field(default=None, repr=False)
    _gender: str | None = field(default=None, repr=False)

    @property
    def gender(self) -> str | None:
        """masc, femn or None (unknown): from the name, else the text."""
        if self.gender_of is not None:
            self._gender, self.gender_of = self.gender_of(), None
        return self._gender

    @gender.setter
    def gender(self, value: str | None) -> None:
        self._gender, self.gender_of = value, None

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
    mentions = _in_coordinated_case(mentions, text)  # a list of its own
    roles = _roles(mentions, text)
    mentions = _in_role_case(mentions, roles)
    mentions = _in_shown_gender(_as_named_elsewhere(_as_attested(mentions)), text, roles)
    people = _people(mentions, text)
    persons = _persons_of(mentions, people)
    organisations = Organisations(mentions, text)
    places = nominatives({m.normal for m in mentions if m.type == "LOC" and m.normal})
    spelled = _spelled_places(
        {places.get(m.normal, m.normal) for m in mentions if m.type == "LOC" and m.normal}
    )
    resolved = []
    names: dict[Person, Name] = {}
    words = _WrittenWords(text)  # a lone surname's test reads the text's words once
    for i in range(len(mentions)):
        m, mentions[i] = mentions[i], None  # a huge document's mentions: one generation at once
        if m.type == "ORG":  # "Медузы" beside "Медуза": the nominative the id reads
            entity = _one_string(organisations.entity(m))
            normal = organisations.normal(m)
            normal = plain_spaces(normal) if normal else normal  # "Центр по\u00a0борьбе"
            resolved.append(_resolved(m, normal=normal, entity=entity))
            continue
        if m.type == "LOC" and m.normal in places:  # "Шиесе" beside "Шиес": the nominative
            m = replace(m, normal=places[m.normal])
        if m.normal and m.normal != (plain := plain_spaces(m.normal)):
            m = replace(m, normal=plain)
        if m.type == "LOC" and m.normal in spelled:  # "ДНР": the place it abbreviates
            resolved.append(
                _resolved(m, entity=_one_string(_entity_id(replace(m, normal=spelled[m.normal]))))
            )
            continue
        if m.type != "PER":
            resolved.append(_resolved(m, entity=_one_string(_entity_id(m))))
            continue
        person = persons[i]
        name = names.get(person) or names.setdefault(person, person.name)  # one Name a person
        if m.name and m.name.middle and not name.middle:  # "Людмилы Марковны": keep her own
            name = replace(name, middle=m.name.middle)
        role = roles[i]
        normal = _as_the_person_is_named(m, person, words)
        resolved.append(
            _resolved(m, normal=normal, entity=_one_string(person.id), name=name, **role.fields())
        )
    return resolved


def _as_the_person_is_named(mention: Mention, person: Person, words: _WrittenWords) -> str:
    """The normal form of a person's mention: a lone word, the person's given name or Russian
    surname (possessive or adjectival: its paradigm is regular) when it is a reading of the
    word (one reading throughout: "Улюкаева" of Алексей Улюкаев is Улюкаев, "Юлию" of Юлия
    Скрипаль is Юлия, whatever the word read alone), or any surname of the person's that the
    text writes as it is and the word is a form of (``_lone_form_of_written_surname``:
    "Маталыги" of Андрей Маталыга); else its own (a foreign surname's reading in the full
    name may be the wrong one: "Роналду" of a person read as Роналд stays as written)."""
    written = mention.text.strip()
    if " " in written and (initialled := _initials_as_named(written, person)):
        return initialled  # "О. В. Иванова" of Ольга Иванова: hers, not Иванов's genitive
    if " " in written or GENERATION.search(name_key(mention.normal or "")):
        return mention.normal  # "Моисеева-старшего" is Моисеев-старший
    name = mention.name or Name()
    if person.first is None and person.last:
        return person.last  # a lone surname read by its context: one reading throughout
    russian = person.last and fold(person.last).endswith(surnames.RUSSIAN_PARADIGM)
    plural = fold(written).endswith(PLURAL_ENDINGS)  # "Царнаевы": the family, not one of them
    if (
        not plural
        and not name.first
        and russian
        and name_key(person.last) in _surname_keys(written)
    ):
        return person.last
    if not plural and _lone_form_of_written_surname(mention, person, words):
        return person.last  # "Маталыги" of "Андрей Маталыга", "Али" (not Аля) of Мохаммед Али
    if person.first and name.first and not name.last:
        given = person.first.split()[0]
        if name_key(given) in {name_key(r.nominative) for r in gender.given_forms(written)}:
            return given
    if not name.first and name.last and person.gender:  # "(Беляева)" of Мария Бовда: hers
        return _surname_in_gender(written, person.gender) or mention.normal
    return mention.normal


def _initials_as_named(written: str, person: Person) -> str | None:
    """The normal form of initials and a surname ("О. В. Иванова", "Иванова О. В."), whose case
    and gender the initials do not tell: the initials as written and the person's surname,
    when the word written is a reading of it ("Иванова" of Ольга Иванова: hers); else None."""
    words = written.split()
    if not person.last or not any(INITIAL.match(word) for word in words):
        return None
    surnames_written = [word for word in words if not INITIAL.match(word)]
    if len(surnames_written) != 1 or name_key(person.last) not in _surname_keys(
        surnames_written[0]
    ):
        return None
    return " ".join(person.last if word == surnames_written[0] else word for word in words)


def _surname_in_gender(written: str, said: str) -> str | None:
    """The nominative of a lone surname in the gender said, when it may be read so ("Беляева"
    of a woman: Беляева, not Беляев's genitive), else None."""
    readings = {r.nominative for r in gender.surname_forms(written) if r.gender == said}
    return morph.recase(readings.pop(), written) if len(readings) == 1 else None


def _surname_keys(written: str) -> set[str]:
    return {name_key(form) for form in surname_readings(written)}


class _WrittenWords:
    """The words a text writes (hyphenated ones whole), read once, when first asked."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.words: frozenset[str] | None = None

    def __contains__(self, word: str) -> bool:
        if self.words is None:
            self.words = frozenset(grammar.NAME_WORD.findall(self.text))
        return word in self.words


def _lone_form_of_written_surname(mention: Mention, person: Person, words: _WrittenWords) -> bool:
    """Whether the mention, one word, is a form of the surname of the person it is ("Маталыги",
    "Небензю" of Андрей Маталыга, Василий Небензя: its letters up to the surname's last two
    the same), and the text writes that surname as it is elsewhere: then the mention's normal
    form is that surname, whatever its own reading ("Скрипаля" read alone keeps its case)."""
    last = person.last
    if not last:
        return False
    if not name_key(mention.text).startswith(name_key(last)[: max(len(last) - 2, 2)]):
        return False
    return last in words


def _roles(mentions: list[Mention], text: str) -> dict[int, Role]:
    """The role written before each person mention (by index), never reaching back past the
    mention of a person before it. The person a thing is named after is part of the thing's
    name (``директор театра имени Н. П. Акимова Татьяна Казакова``): no role is theirs, and the
    role before it may reach past it to the next name."""
    roles = {}
    person_stop = 0  # where the last person mention ended
    namesakes = {
        i for i, m in enumerate(mentions) if m.type == "PER" and named_after(text, m.start)
    }
    context = RoleContext([m for i, m in enumerate(mentions) if i not in namesakes])
    for i, m in enumerate(mentions):
        if m.type == "PER" and i in namesakes:
            roles[i] = NO_ROLE
        elif m.type == "PER":
            before = person_stop if person_stop <= m.start else 0
            roles[i] = find_role(text, m.start, m.stop, context, before=before)
            person_stop = max(person_stop, m.stop)
    return roles


def _in_role_case(mentions: list[Mention], roles: dict[int, Role]) -> list[Mention]:
    """Mentions re-read in a case their role in apposition shows (``Role.cases``) when their
    words allow one and were read in another: "журналистка «Би-би-си» Фарида Рустамова" is her
    nominative, not Фарид Рустамов's genitive; "главы «Газпрома» Рэма Вяхирева" is Рэм
    Вяхирев's genitive, not a woman's nominative."""
    out = list(mentions)
    for i, role in roles.items():
        m = mentions[i]
        if not role.cases or len(m.text.split()) < 2 or span_case(m.text) in role.cases:
            continue
        person = parse_person(m.text, shown_cases=role.cases)
        out[i] = replace(m, normal=person.normal, name=person.name)
    return out


def _spelled_places(names: set[str]) -> dict[str, str]:
    """An abbreviation of capitals among the document's place names -> the one place of
    several words it spells ("ДНР" -> "Донецкая народная республика",
    ``orgs.shortened.spells``): the id it stands for; none when it spells two or none."""
    spelled = {}
    for short in names:
        if short.isupper() and 2 <= len(short) <= 8 and short.isalpha():
            longs = {name for name in names if " " in name.strip() and spells(short, name)}
            if len(longs) == 1:
                spelled[short] = longs.pop()
    return spelled


def _resolved(m: Mention, **changes: object) -> Mention:
    """``dataclasses.replace(m, **changes)`` at half its cost (it checks every field of the
    class at each call; resolve makes one for every mention): the values read at once, then
    Mention built from them, changes in their places."""
    values = list(_mention_values(m))
    for name, value in changes.items():
        values[MENTION_FIELDS[name]] = value
    return Mention(*values)


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
        firsts: dict[Person, int] | None = None,
        patronymic: frozenset[tuple[str, str]] = frozenset(),
    ) -> None:
        self.text = text
        self.patronymic = patronymic  # names whose "surname" is a middle name (_as_middle)
        self.firsts = firsts or dict.fromkeys(people, 0)  # where each is first named in full
        self.by_full: dict[tuple[str, str], list[Person]] = defaultdict(list)
        self.by_last: dict[str, list[tuple[str, Person]]] = defaultdict(list)
        # the last word of a surname of several words (or of given names NER's span put there)
        self.by_last_word: dict[str, list[tuple[str, Person]]] = defaultdict(list)
        self.by_first: dict[str, list[Person]] = defaultdict(list)
        self.everyone = people
        for person in people:  # in order of first mention
            first, last = name_key(person.first), name_key(person.last)
            self.by_full[first, last].append(person)
            self.by_last[last].append((first, person))
            if " " in last:  # "Хорхе Марио Бергольо" is "Бергольо" alone, its last word
                self.by_last_word[last.rsplit(" ", 1)[1]].append((first, person))
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
            middle = _spelled(m.name.middle)
            person = people.setdefault(key, Person(m.name.first, middle, m.name.last))
            person.middle = person.middle or middle
            full[key].append(m)
    for key, person in people.items():  # read when first asked, of the name as it is now
        spans = [(m.start, m.stop, m.text) for m in full[key]]
        person.gender_of = partial(_person_gender, person.first, person.last, spans, text)
    patronymic = _as_middle(people, mentions)
    for key in patronymic:
        del people[key]
        del full[key]
    aliases = _second_given_names(people)
    aliases.update(_diminutives(people, aliases))
    kept = [p for key, p in people.items() if aliases.get(key, p) is p]
    firsts: dict[Person, int] = {}
    for key, named in full.items():
        person = aliases.get(key, people[key])
        firsts[person] = min(firsts.get(person, named[0].start), named[0].start)
    for key in _relatives_of_one_name(full, text):  # "Сергей Гляделкин и его сын Сергей ..."
        namesake = _namesake(people[key], key, full, text)
        kept.append(namesake)
        bare = [m.start for m in full[key] if not (m.name and m.name.middle)]
        firsts[namesake] = bare[0]
        firsts[people[key]] = next(m.start for m in full[key] if m.name and m.name.middle)
    return _People(kept, text, aliases, firsts, patronymic)


def _relatives_of_one_name(
    full: dict[tuple[str, str], list[Mention]], text: str
) -> list[tuple[str, str]]:
    """The names two relatives bear, one named with a middle name and one without, a kinship
    noun between them ("Сергей Гляделкин и его сын Сергей Сергеевич Гляделкин"): two people."""
    return [
        key
        for key, named in full.items()
        if any(
            bool(a.name and a.name.middle) != bool(b.name and b.name.middle)
            and (kin := KIN_BETWEEN.fullmatch(text, a.stop, b.start)) is not None
            and not KINSHIP.isdisjoint(grammar.noun_lemmas(kin["kin"].lower()))
            for a, b in zip(named, named[1:])
        )
    ]


def _namesake(
    person: Person, key: tuple[str, str], full: dict[tuple[str, str], list[Mention]], text: str
) -> Person:
    """The relative of person who bears the same name without its middle name, a person of his
    own (``_relatives_of_one_name``): each full mention of the name is then either's, by its
    middle name (``_candidates``), and a bare surname either's as salience decides."""
    namesake = Person(person.first, None, person.last)
    spans = [(m.start, m.stop, m.text) for m in full[key] if not (m.name and m.name.middle)]
    namesake.gender_of = partial(_person_gender, person.first, person.last, spans, text)
    return namesake


def _as_middle(
    people: dict[tuple[str, str], Person], mentions: list[Mention]
) -> frozenset[tuple[str, str]]:
    """The names "First X" whose X, a patronymic in form, is that person's middle name, not a
    surname: another person of the document has that given name, and X never stands alone (a
    surname does, in news; a patronymic never): "Герман Львович" beside Герман Стерлигов, not
    "Роман Абрамович" in a text that also says "Абрамович"."""
    alone = {
        name_key(m.name.last)
        for m in mentions
        if m.type == "PER" and m.name and m.name.last and len(m.text.split()) == 1
    }
    by_first = defaultdict(set)
    for first, last in people:
        by_first[first].add(last)
    return frozenset(
        (first, last)
        for first, last in people
        if len(by_first[first]) > 1
        and last not in alone
        and _patronymic_in_form(people[first, last].last or "")
    )


def _patronymic_in_form(word: str) -> bool:
    """A patronymic by its shape (``lang.patronymics``), or one pymorphy2 knows only as a
    patronymic ("Львович", of Лев: the stem loses its vowel)."""
    if patronymics.is_patronymic(word):
        return True
    parses = morph.parses(word)
    return bool(parses) and morph.is_known(word) and all("Patr" in p.tag for p in parses)


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


def _diminutives(
    people: dict[tuple[str, str], Person], aliases: dict[tuple[str, str], Person]
) -> dict[tuple[str, str], Person]:
    """People named "Dim Last" whose given name is a diminutive of the given name of the one
    other person of that surname ("Валерке Сураеву" beside Валерий Сураев: the stem валер- and
    the suffix -к-) are that person. Returns the diminutive names' keys -> the person."""
    by_last: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key in people:
        if key not in aliases:
            by_last[key[1]].append(key)
    found = {}
    for keys in by_last.values():
        if len(keys) != 2:
            continue
        for small, full in (keys, keys[::-1]):
            if names_lang.is_diminutive(small[0], full[0]):
                found[small] = people[full]
    return found


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


def _person_gender(
    first: str | None, last: str | None, spans: list[tuple[int, int, str]], text: str
) -> str | None:
    """The gender of the person named first last: the name's and the one the words around the
    full mentions (spans: start, stop, text) agree in, when they do not contradict each other;
    None when they do (pymorphy2 knows some foreign given names in one gender only: "Эммануэль
    Макрон прилетел" is a man)."""
    named = gender.name_gender(first, last)
    said = _said_gender(spans, text)
    if named and said and named != said:
        return None
    return named or said


def _said_gender(spans: list[tuple[int, int, str]], text: str) -> str | None:
    """The one gender the words around a person's mentions (start, stop, text) agree in (or a
    noun naming a woman in apposition: "первая леди Мишель Обама"), else None."""
    said = {
        gender.context_gender(text, start, stop)
        or gender.apposition_gender(text, start, span_case(written))
        for start, stop, written in spans
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


def _in_shown_gender(
    mentions: list[Mention], text: str, roles: dict[int, Role] | None = None
) -> list[Mention]:
    """Mentions of a name whose gender the words agreeing with its mentions show, re-read in
    that gender when its words allow both: a given name of both genders by its form
    ("Александра Смирнова": Александр's genitive or her nominative; "80-летняя Александра
    Смирнова" is her, and so are the document's other forms of that name, "Александру
    Смирнову"), or one pymorphy2 knows only as a man's that may be a woman's of the Мария
    declension ("Асию Биби": Асий's dative, or Асия's accusative; only ever re-read as hers).
    Every mention of the name must agree, in a case each may be in ("Суд оправдал Асию Биби.
    Асия Биби покинула страну": "покинула" agrees with the nominative Асия; "оправдал" is no
    verb of the accusative). A role before a mention is read through, unless its head is a
    feminine noun: the words before it agree with the person ("сообщила заместитель министра
    Евгения Котова")."""
    roles = roles or {}
    groups: dict[tuple, list[int]] = {}  # (genders it may be re-read in, the name's key)
    either: list[int] = []  # mentions of a given name of both genders by its form
    for i, m in enumerate(mentions):
        words = m.text.split()
        if m.type != "PER" or len(words) < 2:
            continue
        if feminine_given_possible(words[0]):
            key = (feminine_given_stem(words[0]), name_key((m.name or Name()).last))
            groups.setdefault(((gender.FEMN,), key), []).append(i)
        elif {r.gender for r in gender.given_forms(words[0])} >= set(BOTH_GENDERS):
            either.append(i)
    said: dict[int, str | None] = {}  # each mention's, read once

    def said_of(i: int) -> str | None:
        if i not in said:
            said[i] = _said_of(mentions[i], text, roles.get(i))
        return said[i]

    if _any_shown(either, said_of):  # else none of their names shows one: the keys that group
        # their forms (two readings of each span) are not read
        for i in either:
            groups.setdefault((BOTH_GENDERS, _gender_keys(mentions[i].text)), []).append(i)
    out = list(mentions)
    for (genders, _), members in groups.items():
        shown = {said_of(i) for i in members} - {None}
        if len(shown) != 1 or not shown <= set(genders):
            continue
        (agreed,) = shown
        for i in members:
            if gender.given_name_gender((mentions[i].name or Name()).first or "-") == agreed:
                continue  # read so already ("Алёна Стерлигова")
            person = parse_person(mentions[i].text, shown_gender=agreed)
            out[i] = replace(mentions[i], normal=person.normal, name=person.name)
    return out


def _any_shown(indices: list[int], said_of: Callable[[int], str | None]) -> bool:
    """Whether the words agreeing with one of the mentions (by index) show a gender."""
    return any(said_of(i) is not None for i in indices)


def _said_of(mention: Mention, text: str, role: Role | None = None) -> str | None:
    """The gender the words agreeing with a name's mention say, in a case its given name may be
    in, the role before it read through; None when they say none, or when a noun stands right
    before it ("команда под руководством Вячеслава Быкова встретилась": the name is the noun's
    genitive, the verb the team's)."""
    start = mention.start
    if role is not None and role.start is not None and not _feminine_head(role.text or ""):
        start = role.start  # "сообщила заместитель министра Евгения Котова"; a feminine head
        # shows the gender itself ("Пришла наследница состояния патриарха Алексия II")
    if gender.after_a_noun(text, start):
        return None
    written = mention.text.split()[0]
    cases = {*gender.written_cases(written), *feminine_given_cases(written)}
    return gender.context_gender(text, start, mention.stop, cases)


def _feminine_head(role: str) -> bool:
    """Whether the role's head noun is feminine ("наследница", "журналистка"): the words
    agreeing with the role agree with it, whoever the name after it is."""
    head = role_head(role)
    return head is not None and any(
        morph.facts(p.tag).gender == "femn" for p in morph.parses(head) if grammar.is_noun(p)
    )


def _gender_keys(written: str) -> tuple[tuple[str, str], ...]:
    """The (given name, surname) keys of a span read as a woman's and as a man's: what the
    forms of one name share ("Александра Смирнова", "Александру Смирнову")."""
    keys = []
    for shown in BOTH_GENDERS:
        name = parse_person(written, shown_gender=shown).name
        keys.append((name_key(name.first), name_key(name.last)))
    return tuple(keys)


def _as_attested(mentions: list[Mention]) -> list[Mention]:
    """Mentions whose surname, unknown to pymorphy2 and kept as written, is an oblique form
    by the other forms the document writes it in (``surnames.attested_nominatives``): "Берни
    Сандерса" beside "Сандерсом" is Берни Сандерс. So is a lone given name the other forms
    show to be of the first declension, when pymorphy2 knows no such given name: "Филарета"
    beside "Филаретой" and "Филареты" is Филарета (a nun's name; not Филарет's genitive)."""
    written = {
        i: m.text.split()[-1]
        for i, m in enumerate(mentions)
        if m.type == "PER" and m.name and m.name.last and CYRILLIC.match(m.text.split()[-1])
    }
    unknown = {i: w for i, w in written.items() if not morph.is_known(w)}
    given = {
        i: m.text.strip()
        for i, m in enumerate(mentions)
        if m.type == "PER" and m.name and m.name.first and not m.name.last
        if CYRILLIC.match(m.text.strip())
    }
    forms = [w.lower() for w in (*unknown.values(), *given.values())]
    nominatives = surnames.attested_nominatives(forms)
    out = list(mentions)
    for i, word in given.items():
        nominative = nominatives.get(word.lower())
        if (
            nominative
            and nominative.endswith("а")
            and name_key(nominative) != name_key(mentions[i].name.first)
            and not _known_given(word, nominative)
        ):
            first = morph.recase(nominative, word)
            out[i] = replace(mentions[i], normal=first, name=Name(first))
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


def _known_given(word: str, nominative: str) -> bool:
    """Whether pymorphy2 reads word as a form of the given name nominative (then the words
    around its mentions say whose it is, ``_in_shown_gender``: "Александра" is his genitive or
    her nominative)."""
    return any(name_key(r.nominative) == name_key(nominative) for r in gender.given_forms(word))


def _as_named_elsewhere(mentions: list[Mention]) -> list[Mention]:
    """Mentions of a given name and surname whose words may be read as two names (one
    pymorphy2 prefers, one the document attests) re-read as the one other mentions can only
    be: "Алена Стерлигова" (Ален Стерлигов's genitive, or Алёна Стерлигова written without ё)
    beside "Аленой Стерлиговой" is Алёна Стерлигова, and so is a lone "Алена". A name some
    mention can only be read as is never re-read."""
    readings = {
        i: _name_readings(m.text)
        for i, m in enumerate(mentions)
        if m.type == "PER" and m.name and m.name.first and not m.name.middle
    }
    sure: dict[tuple[str, ...], Name] = {}
    for i, names in readings.items():
        if len(names) == 1 and mentions[i].name.last:
            sure.setdefault(next(iter(names)), mentions[i].name)
    firsts = {key[:1]: Name(name.first) for key, name in sure.items()}
    out = list(mentions)
    for i, names in readings.items():
        m = mentions[i]
        read = (
            (name_key(m.name.first), name_key(m.name.last))
            if m.name.last
            else (name_key(m.name.first),)
        )
        attested = sure if m.name.last else firsts
        others = {key for key in names if key in attested} - {read}
        if len(names) < 2 or read in attested or len(others) != 1:
            continue
        name = attested[others.pop()]
        normal = " ".join(p for p in (name.first, name.last) if p)
        out[i] = replace(m, normal=normal, name=Name(name.first, None, name.last))
    return out


@caches.bounded(caches.SPANS)
def _name_readings(written: str) -> frozenset[tuple[str, ...]]:
    """The (given name, surname) keys a two-word span may be read as, each word in the same
    gender and case ("Алена Стерлигова": ален/стерлигов or алена/стерлигова), or the given
    names a lone word may be; empty for other spans. Cached: a name is read once however
    often it is written (300 Wikinews documents: 1,801 spans, 1,200 names)."""
    words = written.split()
    if len(words) == 1:
        return frozenset((name_key(r.nominative),) for r in gender.given_forms(words[0]))
    if len(words) != 2:
        return frozenset()
    firsts = gender.given_forms(words[0])
    lasts = gender.surname_forms(words[1]) if firsts else ()  # "Киран Смит": no given name
    return frozenset(
        (name_key(first.nominative), name_key(last.nominative))
        for first in firsts
        for last in lasts
        if first.gender == last.gender and first.case == last.case
    )


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
    persons = _in_order_of_salience(mentions, people)
    _lone_given_names_as_one(mentions, persons, people)
    _apart_when_coordinated(mentions, persons, people.text)
    _bracketed_as_before(mentions, persons, people.text)
    for i, person in persons.items():
        middle = _spelled(mentions[i].name and mentions[i].name.middle)
        if middle and not person.middle and person in people.everyone:
            person.middle = middle
    return persons


def _spelled(middle: str | None) -> str | None:
    """A middle name a person's id may hold: spelled out, not an initial ("Г. А. Зюганов" says
    nothing that "Геннадий Андреевич" would not, and "Владимир В. Путин" is no id of Путин's)."""
    return None if middle is None or INITIAL.match(middle) else middle


def _lone_given_names_as_one(
    mentions: list[Mention], persons: dict[int, Person], people: _People
) -> None:
    """A lone given name of no one the document names in full that may be read as another
    lone given name of the document, the only one of its readings someone bears, is that
    person, when the words agreeing with it allow that gender: "сотрудницы Александры" ...
    "поясняет Александра, которая" (Александр's genitive, or Александра) is one woman, named
    by her given name only (an interviewee whose name was changed). Changes persons in place."""
    lone = {
        i: persons[i]
        for i, m in enumerate(mentions)
        if m.type == "PER"
        and " " not in m.text.strip()
        and persons[i].first
        and not persons[i].last
        and persons[i] not in people.firsts
    }
    named: dict[str, Person] = {}  # a lone given name -> the person first named so
    sure: set[str] = set()  # the given names some mention can only be read as
    for i, person in lone.items():
        named.setdefault(name_key(person.first), person)
        forms = {name_key(r.nominative) for r in gender.given_forms(mentions[i].text.strip())}
        sure |= forms if len(forms) == 1 else set()
    if len(named) < 2:
        return
    for i, person in lone.items():
        m = mentions[i]
        if name_key(person.first) in sure:
            continue  # "Александром" names him: "Александра" may be his genitive after all
        others = {
            id(named[key]): named[key]
            for r in gender.given_forms(m.text.strip())
            if (key := name_key(r.nominative)) in named and named[key].id != person.id
        }
        if len(others) != 1:
            continue
        (other,) = others.values()
        said = _agreeing_gender(m, people.text)
        if said is None or said == gender.given_name_gender(other.first or ""):
            persons[i] = other


def _agreeing_gender(mention: Mention, text: str) -> str | None:
    """The gender the words agreeing with a one-word mention say, in a case it may be in."""
    cases = gender.written_cases(mention.text.strip())
    return gender.context_gender(text, mention.start, mention.stop, cases)


def _in_order_of_salience(mentions: list[Mention], people: _People) -> dict[int, Person]:
    """The person of each PER mention, in the order of the text. A lone surname that fits
    several people (by gender, number and case) refers to the most salient of them where it
    stands (``_most_salient``). Every mention of a person makes them more salient, a lone
    surname read so included: a reader who took "Селезнёва" for the son reads on with the son."""
    found = {i: _candidates(m, people) for i, m in enumerate(mentions) if m.type == "PER"}
    overall = Counter(candidates[0] for candidates, _ in found.values() if len(candidates) == 1)
    persons: dict[int, Person] = {}
    seen: dict[Person, list[Mention]] = defaultdict(list)  # each person's mentions so far
    for i, (candidates, name) in found.items():
        m = mentions[i]
        chosen = None
        if len(candidates) > 1 and _lone_surname(m, name):
            chosen = _most_salient(candidates, m, seen, overall, people)
        elif len(candidates) > 1 and _given_and_middle(name):
            chosen = _named_last(candidates, m, seen, people.text)
        persons[i] = chosen or _chosen(m, candidates, name)
        if len(candidates) == 1 or chosen:
            seen[persons[i]].append(m)
    return persons


def _most_salient(
    candidates: list[Person],
    mention: Mention,
    seen: dict[Person, list[Mention]],
    overall: Counter[Person],
    people: _People,
) -> Person | None:
    """Which of several people of one surname a lone surname refers to, as a reader takes it
    at that point of the text: the one named last, when it was named as a subject (in the
    nominative) or the one a verb addresses (a dative: "передать Александру Бирюкову номер.
    Бирюков не перезвонил") in this sentence or the one before and no other of them in its sentence
    ("Лев Стерлигов, его отец, приехал. Стерлигов рассказал": the father), all of them of one
    gender (of Анжелика and Пётр Бирюков(а), "Бирюкова" is her nominative or his genitive: the
    case is in doubt, not the subject); else the one named
    most often so far, the topic ("в семье педиатра Льва Стерлигова. Как утверждает сам
    Стерлигов": the son the text is about), then in the whole text; of several named as often,
    the one named last, a sentence after the others; before any of them is named, the first named after it, a
    sentence before the others. Else None: "Сергей и Виктор Ивановы ... Иванов" is either."""
    text = people.text
    named = sorted((seen[p][-1].start, id(p), p) for p in candidates if seen.get(p))
    if not named:
        after = sorted(
            (people.firsts[p], id(p), p) for p in candidates if people.firsts[p] > mention.start
        )
        if len(after) < len(candidates):
            return None
        (start, _, person), (rival, _, _) = after[:2]
        return person if _sentences_between(text, start, rival) > 0 else None
    *rivals, (start, _, person) = named
    last = seen[person][-1]
    alone = not rivals or _sentences_between(text, rivals[-1][0], start) > 0
    subject = span_case(last.text) in ("nomn", "datv", None)
    one_gender = len({p.gender for p in candidates}) == 1  # else the form's case is in doubt
    if alone and subject and one_gender and _sentences_between(text, last.stop, mention.start) <= 1:
        return person
    most = max((len(seen[p]), overall[p]) for _, _, p in named)
    tops = [(start, p) for start, _, p in named if (len(seen[p]), overall[p]) == most]
    if len(tops) == 1:
        return tops[0][1]
    (rival, _), (start, person) = tops[-2:]
    return person if _sentences_between(text, rival, start) > 0 else None


def _named_last(
    candidates: list[Person], mention: Mention, seen: dict[Person, list[Mention]], text: str
) -> Person | None:
    """Which of several people of one given name a given name and patronymic refers to
    ("Бориса Николаевича" of Борис Ельцин, Борис Акимов): the one named last before it, in its
    paragraph, and not in one sentence with another of them (a name and patronymic is how a
    text goes on about someone it has just named: "К Ельцину он пришел ... у Бориса Николаевича
    все пили"); else None (a person the text has not named in full may be called so: an
    interviewee, a relative; "Олег Орлов и Олег Смирнов ... Олег Иванович" is either)."""
    named = sorted((seen[p][-1].stop, id(p), p) for p in candidates if seen.get(p))
    if not named:
        return None
    *rivals, (stop, _, person) = named
    if rivals and _sentences_between(text, rivals[-1][0], stop) == 0:
        return None
    return person if stop <= mention.start and text.find("\n", stop, mention.start) < 0 else None


def _sentences_between(text: str, start: int, stop: int, at_most: int = 2) -> int:
    """How many sentences end between two offsets (not at an initial: "Н. Никифоров"), counted
    up to at_most: the rules ask for none, one or more, and two people of one surname may be
    megabytes apart in a huge document (the count stops at the second end, not at stop)."""
    ends = SENTENCE_END.finditer(text, start, max(start, stop))
    return sum(1 for _ in islice(ends, at_most))


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
    """A name alone in brackets right after a person's name is the same person: in Latin script
    after one in Cyrillic, the original spelling ("Франсис Коне (Francis Koné)": ``lang.brackets``
    cuts NER's span in two); a surname alone after a given name and surname, another surname
    of theirs (a maiden or a secular name: "Мария Бовда (Беляева)"); a given name and surname
    after a name without a surname (a monastic, regnal or stage name, "Алексия II (Алексея
    Ридигера)", "Франциск (Хорхе Марио Бергольо)"), the name they were born with: every
    mention of that name is the person then ("Ридигер составил завещание"). Other names in
    brackets may be other people ("Сёмин (Овечкин, Фёдоров)": a list; "Сёмин (Овечкин)": after
    a lone surname, an assist)."""
    indices = sorted(persons)
    for i, k in zip(indices, indices[1:]):
        first, then = mentions[i], mentions[k]
        if not (
            BRACKET_BETWEEN.match(text, first.stop, then.start)
            and text[then.stop : then.stop + 1] == ")"
            and CYRILLIC_LETTER.search(first.text)
        ):
            continue
        if _born_name(first, then):
            born, named = persons[k], persons[i]
            for j, person in persons.items():
                if person is born:
                    persons[j] = named
        elif not CYRILLIC_LETTER.search(then.text) or _another_surname(first, then):
            persons[k] = persons[i]


def _born_name(named: Mention, bracketed: Mention) -> bool:
    """Whether the bracketed mention is a given name and surname after a mention named without
    a surname: a given name alone or with a regnal number ("Алексий II")."""
    name, other = named.name or Name(), bracketed.name or Name()
    no_surname = not name.last or REGNAL_NUMBER.fullmatch(name.last) is not None
    return bool(name.first and no_surname and other.first and other.last)


def _another_surname(named: Mention, bracketed: Mention) -> bool:
    """Whether the bracketed mention is one word read as a surname after a mention named with
    given name and surname."""
    name, other = named.name or Name(), bracketed.name or Name()
    return bool(name.first and name.last and other.last and not other.first) and (
        " " not in bracketed.text.strip()
    )


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


def _chosen(mention: Mention, candidates: list[Person], name: Name) -> Person:
    """The one candidate, else a person of the mention's own name (it joins no one)."""
    if len(candidates) == 1:
        return candidates[0]
    return (
        Person(name.first, name.middle, name.last)
        if name_key(name.first) or name_key(name.last)
        else Person(None, None, mention.normal)
    )


def _candidates(mention: Mention, people: _People) -> tuple[list[Person], Name]:
    """The people the mention may be, and its name as read (a lone surname's nominative when
    the words agreeing with it leave one)."""
    name = mention.name or Name()
    first, last = name_key(name.first), name_key(name.last)
    if first and last and len(first) > 1:
        candidates = people.by_full.get((first, last), [])
        if len(candidates) > 1:  # relatives of one name (``_namesake``): by the middle name
            middle = name_key(_spelled(name.middle) or "")
            candidates = [p for p in candidates if name_key(p.middle or "") == middle] or candidates
        if not candidates and (first, last) in people.patronymic:  # "Герман Львович"
            candidates = _by_given_and_middle(people, first, last)
    elif last and (generation := GENERATION.search(last)) is not None:
        # "Моисеев-старший": the elder of the family the text names, "-младший" the younger
        candidates = _of_generation(people, last[: generation.start()], generation["which"])
    elif last:
        candidates = _by_surname(mention, people, last, first)
        if not candidates and len(mention.text.split()) == 1:  # "Германа" of Герман Стерлигов
            candidates = _by_given_name(mention.text, people)
        if len(candidates) != 1 and _lone_surname(mention, name):  # "Горбачёва заявила" is
            # Горбачёва, not Горбачёв
            name = replace(name, last=_surname_as_read(mention, people.text) or name.last)
    elif first:
        candidates = people.by_first.get(first, [])
        if name.middle:  # "Леонид Эдуардович": not Леонид Петрович Рейман
            candidates = _by_given_and_middle(people, first, name_key(name.middle))
        if not candidates and not name.middle and len(mention.text.split()) == 1:
            # "Уильямс" of Джеффри Уильямс: a word that is no one's given name may be someone's
            # surname (not "Филипп" of "Принц Филипп", whose "given name" is a title)
            candidates = [
                p for p in _by_surname(mention, people, first, "") if gender.may_be_given(p.first)
            ]
        if not candidates and not name.middle and len(mention.text.split()) == 1:
            candidates = _given_reading_of_one(mention, people)
        family = _kin_family(mention, people.text)
        if family is not None:  # "сын Горбенко Николай": a Горбенко, whatever other Николай
            candidates = [p for p in candidates if name_key(p.last) in family]
    else:
        candidates = []
    return candidates, name


def _of_generation(people: _People, surname: str, which: str) -> list[Person]:
    """The person of the surname a "-старший" (which: "старш") or "-младший" form names: the
    one person of that surname, or of several the one the kinship noun before their first full
    mention makes a parent ("его отец, генерал-полковник Николай Моисеев") or a child ("и его
    сын Сергей Сергеевич Гляделкин"), or the one left when the other of two is the other
    generation; none when the text does not tell."""
    family = [person for _, person in people.by_last.get(surname, [])]
    if len(family) < 2:
        return family
    wanted = "parent" if which == "старш" else "child"
    kin = {person: _generation(person, people) for person in family}
    named = [person for person in family if kin[person] == wanted]
    if not named and len(family) == 2 and sum(k is not None for k in kin.values()) == 1:
        named = [person for person in family if kin[person] is None]  # the other one
    return named if len(named) == 1 else []


def _generation(person: Person, people: _People) -> str | None:
    """ "parent" or "child" when a kinship noun of that generation stands before the person's
    first full mention in its sentence, a few words back ("его отец, генерал-полковник
    Николай Моисеев"); else None."""
    start = people.firsts.get(person, 0)
    window = people.text[max(0, start - 60) : start]
    window = window[max(window.rfind(". "), window.rfind("\n")) + 1 :]
    for word in reversed(WORDS.findall(window)[-4:]):
        lemmas = set(grammar.noun_lemmas(word.lower()))
        if lemmas & PARENTS:
            return "parent"
        if lemmas & CHILDREN:
            return "child"
    return None


def _kin_family(mention: Mention, text: str) -> frozenset[str] | None:
    """The surname keys of the family a lone given name belongs to when a kinship noun and a
    person's name in the genitive stand right before it ("22-летний сын Горбенко Николай",
    "дочь губернатора Андрея Турчака Ольга": the child of that person, who bears that family's
    name, not the document's other Николай or Ольга); None when none do."""
    if " " in mention.text.strip():
        return None
    before = KIN_BEFORE.search(text, max(0, mention.start - 80), mention.start)
    if before is None:
        return None
    words = [w for w in (before["first"], before["second"]) if w]
    if not any(KINSHIP & set(grammar.noun_lemmas(word)) for word in words):
        return None
    owner = before["owner"].split()[-1]
    if "gent" not in {morph.case_of(p) for p in morph.parses(owner)}:
        return None
    return frozenset(name_key(form) for form in surname_readings(owner))


def _by_given_and_middle(people: _People, first: str, middle: str) -> list[Person]:
    """The people of that given name whose middle name is that one, else, when none has it,
    those with no middle name known."""
    named = people.by_first.get(first, [])
    same = [p for p in named if name_key(p.middle) == middle]
    return same or [p for p in named if not p.middle]


def _by_given_name(written: str, people: _People) -> list[Person]:
    """The one person whose given name a lone word read as a surname no one has may be
    ("Германа", a form of Герман, the surname of Анна Герман or a man's given name), or is as
    written ("Малком" of Малком Силва ди Оливейра: a name the dictionary does not know)."""
    keys = {name_key(reading.nominative) for reading in gender.given_forms(written)}
    keys.add(name_key(written))
    found = {id(p): p for key in keys for p in people.by_first.get(key, [])}
    return list(found.values())


def _given_reading_of_one(mention: Mention, people: _People) -> list[Person]:
    """The one person whose given name another reading of a lone given name is, when the words
    agreeing with it allow that person's gender: "о Роберте" (Роберт's locative, or Роберта's
    dative) beside Роберт Бовда and no Роберта."""
    found = _by_given_name(mention.text, people)
    if len(found) != 1:
        return []
    said = _agreeing_gender(mention, people.text)
    return [] if said and found[0].gender and said != found[0].gender else found


def _by_surname(mention: Mention, people: _People, last: str, first: str) -> list[Person]:
    """The people whose surname the mention's last word may be (as written or any nominative
    it may stand for) and whose given name starts with first, narrowed by gender and case;
    when no one's surname is that word, the people whose surname ends in it ("Бергольо" of
    Хорхе Марио Бергольо, "Эрдоган" of Реджеп Тайип Эрдоган)."""
    written = mention.text.split()[-1]
    lasts = {last} | {name_key(form) for form in surname_readings(written)}
    if not morph.is_known(written.lower()):  # "Маталыге" of Маталыга: the first declension
        lasts |= first_declension_nominatives(written)
    for index in (people.by_last, people.by_last_word):
        candidates = [
            person
            for surname in lasts
            for given, person in index.get(surname, [])
            if not first or given.startswith(first)
        ]
        if candidates:
            break
    return _fitting(mention, candidates, people.text)


def _fitting(mention: Mention, candidates: list[Person], text: str) -> list[Person]:
    """The candidates a surname mention can be by gender and case: the readings of the surname
    as written ("Горбачёвой" is only a woman's), narrowed by the words that agree with it
    ("заявила Горбачёва", "у Горбачёва"). A reading whose nominative is no candidate's surname
    ("Яровой" read as a form of "Ярова") still tells the gender. When the agreeing words leave
    no candidate and a noun stands right before the mention, it may be that noun's genitive
    and the agreeing words someone else's ("после ареста Улюкаева получила медаль" beside
    Алексей Улюкаев): the candidates its genitive readings fit."""
    if not candidates:
        return candidates
    written = mention.text.split()[-1]
    readings = gender.surname_forms(written)
    if not readings:  # a surname pymorphy2 has no paradigm for: the context's gender, and
        # "Визбора" (declined) is not Варвара Визбор's
        cases = gender.written_cases(written)
        said = gender.context_gender(text, mention.start, mention.stop, cases)
        found = _of_gender(candidates, said, written)
        if found or "gent" not in cases or not gender.after_a_noun(text, mention.start):
            return found
        return _of_gender(candidates, None, written)
    surnames = {name_key(p.last) for p in candidates}
    readings += tuple(
        _as_written(p, written) for p in candidates if name_key(p.last) == name_key(written)
    )
    (only, *others) = candidates
    if not others and all(_fits(r, only, surnames) for r in readings):
        return candidates  # every reading is that person's: the context cannot change it
    narrowed = gender.narrow(readings, gender.agreements(text, mention.start, mention.stop))
    found = [person for person in candidates if any(_fits(r, person, surnames) for r in narrowed)]
    if found or not gender.after_a_noun(text, mention.start):
        return found
    # "после ареста Улюкаева получила" beside Алексей Улюкаев: the words agreeing with it fit no
    # one the document names, while the noun before it may govern it: his genitive
    genitives = [r for r in readings if r.case == "gent"]
    return [person for person in candidates if any(_fits(r, person, surnames) for r in genitives)]


def _of_gender(candidates: list[Person], said: str | None, written: str) -> list[Person]:
    """The candidates of the gender said (None: any) that a surname pymorphy2 has no paradigm
    for, as written, may be: "Визбора" (declined) is not Варвара Визбор's."""
    return [  # a person's gender is read only when asked (``Person.gender``): a woman's only
        # matters when the form is declined as a man's
        p
        for p in candidates
        if not (said and p.gender and p.gender != said)
        and not (gender.declined_as_masculine(p.last or "", written) and p.gender == gender.FEMN)
    ]


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


def _given_and_middle(name: Name) -> bool:
    """Whether the name is a given name and patronymic alone ("Бориса Николаевича")."""
    return bool(name.middle) and not name.last and len(name_key(name.first)) > 1


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


def _entity_id(mention: Mention) -> str:
    """The id of a mention that is neither a person nor an organisation (those are read over
    the document), from its type's registered hook."""
    kind = extractors.entity_type(mention.type)
    return kind.entity_id(mention) if kind else by_normal(mention)

"""People's names: the nominative of a PER span and its first/middle/last parts.

pymorphy2 knows Russian given names (``Name``), patronymics (``Patr``) and surnames (``Surn``).
A surname joined by a hyphen to an agreeing full adjective is read in the adjective's case and
gender ("Моисеева-старшего" -> Моисеев-старший).
The span's case and gender are those all its known name words can be in (a given name is the
most reliable word: "Ирины" is a feminine genitive; a word that does not decline, "Меркель",
says only the gender; an unknown surname with no ending after a consonant is a nominative or a
woman's, as a man's would decline: "Евгения Хасис" is hers, not Евгений's genitive; an
unknown Russian possessive surname's ending shows its case and gender: "Евгении Забабахине" is
his locative, hers would be "Забабахиной"). Each word is put into the nominative of that gender: given names and
patronymics by their own paradigm, surnames by ``surnames`` (their own paradigm, an
adjective's, a noun's, or the endings of a consonant stem: "Эммануэля Макрона", "Андрея Белого",
"Ким Чен Ына"). A possessive surname pymorphy2 knows as masculine only ("Раков") may be a
woman's all the same: beside a given name its feminine forms are readings too ("Анастасия
Ракова"). Words nothing places keep their written form, so foreign names ("Джек Ма",
"Alibaba") are never mangled.

Parts: a patronymic (``patronymics``: made from a given name) after the given name is the
middle name, unless the span has two words and pymorphy2 knows it as a surname ("Роман
Абрамович"); of the other words the first is the given name and the rest the surname ("Марине
Ле Пен" -> Марина / Ле Пен), unless a Russian surname (one with a form for each gender) comes
before a known given name ("Никифоров Николай", not "Карлос Симон"), or the span is a Chinese or
Korean name (``data/surname_first.txt``) whose last word ends as their syllables do (not "Хуан
Суареш"). A foreign word pymorphy2 does not know that ends in -е, -и, -о, -у does not decline
("Фелипе", "Саломе"), and when only guesses place the span, the case is read only from a
declining first word ("Сэйдзи Маэхара" is a nominative; "Энгельберта Хумпердинка", whose given
name reads back from the genitive, is Энгельберт Хумпердинк's). A lone word is a given name only when
pymorphy2 knows it as one and not as a surname: news refers to people by surname. An initial
("Н.") is kept as the first name, a second one after it as the middle name ("Н. П. Акимов"). A case the words around the span show (a name coordinated
with it, found by ``resolve``) is read when the span's own words show none.

Size: one module because the case and gender of a span, the nominative of each word and the
order of the parts decide each other (the order test reads the nominatives; the East Asian
order overrides the declension); ``surnames`` and ``patronymics`` hold what stands alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Any, Protocol, TypeVar

from .. import caches
from ..records import Name
from . import gender, grammar, morph, patronymics, surnames
from .fold import fold, name_key
from .letters import CAPITALS, CONSONANTS, LINE_ENDS, VOWEL_GROUP, VOWELS, is_cyrillic_word

INITIAL = re.compile(rf"^[{CAPITALS}]\.?$")
BRACKET_TAIL = re.compile(r"\s*\([^()]*\)\s*$")
CASE_ORDER = ("nomn", "gent", "datv", "accs", "ablt", "loct")  # commonest first, for ties
GENDERS = ("masc", "femn")
RUSSIAN_SURNAME_SUFFIXES = surnames.RUSSIAN_ENDINGS  # the name resolve reads them by
INDECLINABLE_VOWELS = ("е", "и", "о", "у")
CLOSING = '»")'  # may close a sentence after its full stop
POSSESSIVE_FORM = re.compile(r"(?:ов|ев|ёв|ин|ын)(?:а|у|ым|ой|е|ы|ых)?$")  # "Стерлигову"
WORD = re.compile(r"\S+")
SYLLABLE_ENDS = VOWELS | set("йнмлпктр")  # the last letters of an East Asian syllable
NAME_TAGS = ("Name", "Surn", "Patr")  # pymorphy2's name grammemes, in the order they count
# the Turkic patronymic's word after the father's name ("Гейдар Алиев оглы"): son of, daughter of
TURKIC_PATRONYMIC = frozenset({"оглы", "кызы", "гызы", "улы", "уулу"})
PARTICLES = {"де", "ван", "фон", "дер", "ди", "да", "ле", "ла", "аль", "эль", "бин", "ибн", "дель"}


class _Span(Protocol):
    start: int
    stop: int
    type: str


Spanned = TypeVar("Spanned", bound=_Span)  # a dataclass of a span of text: NER's RawSpan


@dataclass(frozen=True)
class PersonName:
    normal: str  # the whole span in the nominative, spacing as written
    name: Name


@caches.bounded(caches.SPANS)
def parse_person(
    text: str,
    context_case: str | None = None,
    context_gender: str | None = None,
    governed: bool = False,
    shown_gender: str | None = None,
    shown_cases: frozenset[str] | None = None,
) -> PersonName:
    """The nominative and name parts of a person span such as "Ирины Яровой". context_case and
    context_gender are the oblique case and the gender the rest of the document shows (a name
    coordinated with it: "Кими Райкконена и Марка Уэббера"; the surname's other forms: "Тодда
    Маккаррика" beside "Маккарриком"), read only when the span's own words show no case.
    governed: a preposition stands right before the span, and no preposition governs the
    nominative ("у Виталия Смирнова" is no woman Виталия Смирнова). shown_gender: the gender
    the words agreeing with the person's mentions show, read when the span's words allow it
    ("Асия Биби покинула страну": a woman's name of the Мария declension, which pymorphy2 knows
    only as the masculine Асий's genitive). shown_cases: those a word in apposition shows, read
    when the span's words allow one ("главы «Газпрома» Рэма Вяхирева": Рэм Вяхирев's genitive,
    not a woman's nominative)."""
    bracket = BRACKET_TAIL.search(text)  # "Барри Лоуенкрон (Barry Lowenkron)"
    if bracket and bracket.start() > 0:
        head = text[: bracket.start()]
        person = parse_person(
            head, context_case, context_gender, governed, shown_gender, shown_cases
        )
        return PersonName(person.normal + text[bracket.start() :], person.name)
    words = text.split()
    if not words:
        return PersonName(text, Name())
    attributed = _with_attribute(words[0]) if len(words) == 1 else None
    if attributed:  # "Моисеева-старшего"
        return PersonName(attributed, Name(None, None, attributed))
    declining = _declining(words)  # not a Turkic patronymic: "Рашид оглы" shows no case
    case, gender = (
        _case_and_gender(declining, governed, shown_gender, shown_cases)
        if shown_cases  # else the key normalisation and resolution already cached
        else _case_and_gender(declining, governed, shown_gender)
    )
    roles = _settle_patronymics(words, [_role(word) for word in words])
    evidence = _evidence(words)
    if case is None and context_case in CASE_ORDER[1:] and len(words) > 1:
        return _in_context_case(words, roles, context_case, gender or context_gender)
    normals = [_nominative(w, role, case, gender, evidence) for w, role in zip(words, roles)]
    if evidence == "guessed" and len(words) > 1 and _declined_given(words, roles, normals, case):
        normals[-1] = _nominative(words[-1], roles[-1], case, gender, "shown")
    if case is None and gender in ("masc", None) and len(words) > 1:
        normals[-1] = _after_indeclinable(words[-1], normals[-1], gender)
    if len(words) == 2 and roles[0] == "other" and normals[0] == words[0]:
        place = _place_as_given(words[0], case)  # "Софии Ротару"
        if place:
            normals[0] = place
            shown = {morph.case_of(p) for p in morph.parses(words[0])}
            if case is None and len(shown) == 1:  # "Флоридой Чантурией": the surname's too
                normals[1] = _nominative(words[1], roles[1], shown.pop(), "femn", "shown")
    if len(words) > 1 and (attributed := _with_attribute(words[-1])):
        normals[-1] = attributed  # "Джона Хантсмена-старшего": the adjective shows the case
    family = _family_surname(words[-1], normals[0] if len(words) > 1 else None, words[0])
    if family:
        normals[-1] = morph.recase(family, words[-1])
    if _surname_first(words):  # only the family name and the last syllable decline
        family = _east_asian_family(words[0], len(words) == 3) or words[0]
        normals = [family, *words[1:-1], _east_asian_given(words[-1])]
    return PersonName(" ".join(normals), _parts(normals, roles))


def _declining(words: list[str]) -> tuple[str, ...]:
    """The words of a name that decline: all but a Turkic patronymic between the given name and
    the surname (the father's name and "оглы", which stay as written)."""
    for i, word in enumerate(words):
        if 1 < i < len(words) - 1 and word.lower() in TURKIC_PATRONYMIC:
            return (*words[: i - 1], *words[i + 1 :])
    return tuple(words)


def _declined_given(
    words: list[str], roles: list[str], normals: list[str], case: str | None
) -> bool:
    """Whether a given name pymorphy2 only guesses about was read back from an oblique case
    ("Энгельберта" -> Энгельберт): its ending shows the span's case, and the surname after it
    is in that case too ("Энгельберта Хумпердинка" is Энгельберт Хумпердинк's genitive), as
    when a known word shows it."""
    return case not in (None, "nomn") and roles[0] == "first" and normals[0] != words[0]


def _with_attribute(word: str) -> str | None:
    """The nominative of a surname joined by a hyphen to a full adjective that agrees with it,
    read in the adjective's case and gender ("Моисеева-старшего" -> Моисеев-старший,
    "Бушу-младшему" -> Буш-младший); None for any other word and for a nominative."""
    head, _, attribute = word.rpartition("-")
    if not head or not attribute.isalpha() or not attribute.islower():
        return None
    adjectives = [
        p
        for p in morph.parses(attribute)
        if grammar.is_adjective(p)
        and p.is_known
        and p.tag.number == "sing"
        and p.tag.gender in GENDERS  # a person's: "старшего" is no neuter here
    ]
    if not adjectives or morph.case_of(adjectives[0]) in (None, "nomn"):
        return None
    best = adjectives[0]
    case, gender = morph.case_of(best), best.tag.gender
    adjective = morph.inflect(best, {"nomn", "sing", gender})
    surname = surnames.nominative(head, case, gender, ("Surn",)) or head
    return f"{morph.recase(surname, head)}-{adjective}" if adjective else None


def _in_context_case(
    words: list[str], roles: list[str], case: str, gender: str | None
) -> PersonName:
    """A span whose own words show no case read in the case of its context. A given name
    pymorphy2 does not know that ends in -е, -и, -о, -у does not decline; a surname no
    paradigm places takes the endings of the masculine declension (a woman's surname in a
    consonant does not decline, so the ending is a man's)."""
    normals = []
    for i, (word, role) in enumerate(zip(words, roles)):
        last = i == len(words) - 1
        if not last and not morph.is_known(word) and word.lower().endswith(INDECLINABLE_VOWELS):
            normals.append(word)
            continue
        if last and case in ("datv", "loct") and word.lower().endswith("е"):
            normals.append(word)  # "о Юкио Хатояме", "о Берни Сандерсе": either declension
            continue
        form = _nominative(word, role, case, gender, "shown")
        if form == word and last and gender is None and is_cyrillic_word(word):
            form = morph.recase(surnames.by_endings(word, case) or word, word)
        normals.append(form)
    return PersonName(" ".join(normals), _parts(normals, roles))


# the endings a given name's stem loses before a diminutive suffix (Валер-ий, Рим-ма), and the
# suffixes of Russian diminutive given names after the stem (Валер-к-а, Макс-ик, Вер-очк-а)
GIVEN_ENDINGS = ("ий", "ей", "ия", "ья", "а", "я", "й", "ь")
DIMINUTIVE_SUFFIXES = ("к", "ик", "чик", "ечк", "очк", "еньк", "оньк", "ушк", "юшк", "ш")


def is_diminutive(small: str, full: str) -> bool:
    """Whether the given name small (folded, nominative) is a diminutive of the given name full
    made from its stem: the stem (full without its ending, four letters or more) and a
    diminutive suffix ("валерка" of "валерий", "максик" of "максим"). Names built from another
    stem ("Саша" of Александр) are not found."""
    ending = next((e for e in GIVEN_ENDINGS if full.endswith(e)), "")
    stem = full[: len(full) - len(ending)]
    rest = small[len(stem) :]
    return len(stem) >= 4 and small.startswith(stem) and rest.startswith(DIMINUTIVE_SUFFIXES)


# the case endings of a noun of the first declension, by its nominative's last letter: a
# surname in -а/-я declines so ("Маталыга": Маталыги, Маталыге, Маталыгу, Маталыгой)
FIRST_DECLENSION = {"а": ("ы", "и", "е", "у", "ой", "ою"), "я": ("и", "е", "ю", "ей", "ею")}


def first_declension_nominatives(word: str) -> frozenset[str]:
    """The keys (``fold.name_key``) of the nominatives in -а/-я the word may be a case form of,
    by the first declension's endings alone ("Маталыге": маталыга, маталыгя): for a surname
    pymorphy2 does not know, matched against the surnames a document names."""
    key = name_key(word)
    return frozenset(
        key[: -len(ending)] + nominative
        for nominative, endings in FIRST_DECLENSION.items()
        for ending in endings
        if key.endswith(ending) and len(key) > len(ending) + 2
    )


def span_case(text: str) -> str | None:
    """The case a person span's own words show ("Марка Уэббера": gent), else None."""
    words = tuple(text.split())
    # the arguments spelled out as parse_person passes them (governed, shown gender):
    # lru_cache keys f(w), f(w, False) and f(w, False, None) apart, and resolve asks this of
    # spans normalisation has read already
    return _case_and_gender(words, False, None)[0] if words else None


@caches.bounded(caches.SPANS)
def _case_and_gender(
    words: tuple[str, ...],
    governed: bool = False,
    shown: str | None = None,
    shown_cases: frozenset[str] | None = None,
) -> tuple[str | None, str | None]:
    """Case and gender of the span, from the name words pymorphy2 knows (guesses about
    foreign names such as "Киран" are trusted only when no word is known): the case and gender
    all of them can be in with the best joint score. A word that does not decline ("Меркель",
    "Джо") only says the gender; of a word that may or may not decline ("Анне": Анна's dative
    or an indeclinable Анне), the declining reading counts first. The nominative counts double
    when several words show it (a span is most often a subject; a lone surname is more often an
    oblique "Никифорова"); on a tie the likelier gender over all readings ("Лидии": three
    feminine cases, one masculine), then the given name's likelier reading ("Аллу Горбачёву" is a
    feminine accusative, not a dative of Алл), then the masculine (news names more men), then
    the commoner case ("Эммануэля": genitive, not accusative, of an animate masculine). After a
    preposition (governed) the nominative is out when another case is left; with the gender
    the words around the name show (shown), the other gender is out when that one is left, and
    so are the other cases when one that a word in apposition shows (shown_cases) is left."""
    known = [(w, r) for w, r in ((w, _readings(w)) for w in words if morph.is_known(w)) if r]
    readings = [r for _, r in known]
    # a surname the dictionary knows as masculine only may be a woman's: with a given name
    # beside it, its feminine forms count too ("Анастасия Ракова"), at half its score
    # and a given name it knows as masculine only may be a woman's of the Мария declension,
    # when the words around the name show a woman ("Асия Биби покинула": not Асий's genitive)
    extras = [
        _feminine_readings(w, r) + (_feminine_given(w, r) if w == words[0] and shown else ())
        if len(words) > 1
        else ()
        for w, r in known
    ]
    if not readings:  # nothing known: the guesses are all there is
        guesses = [_readings(w) for w in words]
        if _hides_case(words[0], guesses[0]) and len(words) > 1:  # "Сэйдзи Маэхара"
            guesses = [_fixed(r) for r in guesses]
        readings = [_fixed(r) if not _shows_case(w, r) else r for w, r in zip(words, guesses)]
        readings = [r for r in readings if r]
        extras = [() for _ in readings]
    allowed = [_case_genders(r).union(*(p for _, p, _ in e)) for r, e in zip(readings, extras)]
    common = set.intersection(*allowed) if readings else set()
    if (
        not common
        and len(known) == len(words) == 2
        and not _indeclinable(readings[0])  # "Тони Холл": Тони may be Тоня's, or his
        and _her_indeclinable_surname(words, allowed)
    ):
        # "Людмилы Касьян": her surname does not decline, her given name shows the case
        common, readings, extras = allowed[0], readings[:1], extras[:1]
    if len(words) > 1 and _undeclined_consonant_stem(words):  # "Евгения Хасис" is a woman
        common = {pair for pair in common if pair[1] == "femn" or pair[0] == "nomn"} or common
    shape = _possessive_pairs(words[-1]) if len(words) > 1 else None
    if shape:  # "Евгении Забабахине" is Евгений's locative: hers would be "Забабахиной"
        common = (common & shape) or common
    if governed and any(case != "nomn" for case, _ in common):
        common = {pair for pair in common if pair[0] != "nomn"}
    if shown and any(gender == shown for _, gender in common):
        common = {pair for pair in common if pair[1] == shown}
    if shown_cases and any(case in shown_cases for case, _ in common):
        common = {pair for pair in common if pair[0] in shown_cases}
    declining = [(r, e) for r, e in zip(readings, extras) if any(not _fixed_reading(p) for p in r)]
    if not declining:
        genders = {gender for _, gender in common}
        return None, genders.pop() if len(genders) == 1 else None
    if not common:  # the words disagree ("Акира Куросава": no genitive of Куросава)
        return None, None
    given_at = next((i for i, (r, _) in enumerate(declining) if _name_tag(r[0]) == "Name"), 0)
    # each reading's score, (case, gender) pairs and whether it declines, read once: every
    # pair of common is scored against every reading of every word
    read = [[*(_scored(p) for p in r), *e] for r, e in declining]

    def fit(reading: list, pair: tuple[str, str]) -> float:
        fitting = [(score, declines) for score, pairs, declines in reading if pair in pairs]
        declined = [score for score, declines in fitting if declines]
        return max(declined) if declined else max(score for score, _ in fitting) / 2

    def mass(gender: str) -> float:
        total = 1.0
        for reading in read:
            total *= sum(score for score, pairs, _ in reading if gender in _genders(pairs))
        return total

    masses = {gender: mass(gender) for gender in GENDERS}  # every pair's gender is one of them

    def score(pair: tuple[str, str]) -> tuple[float, float, float, bool, int]:
        total = 2.0 if pair[0] == "nomn" and len(declining) > 1 else 1.0
        for reading in read:
            total *= fit(reading, pair)
        order = -CASE_ORDER.index(pair[0])
        return total, masses[pair[1]], fit(read[given_at], pair), pair[1] == "masc", order

    return max(sorted(common), key=score)


# the oblique endings of a Russian possessive surname (after -ов, -ев, -ёв, -ин, -ын) and the
# (case, gender) pairs each shows: "Петрова" his genitive or accusative or her nominative,
# "Петрове" only his locative, "Петровой" only hers
POSSESSIVE_PAIRS = {
    "а": frozenset({("gent", "masc"), ("accs", "masc"), ("nomn", "femn")}),
    "у": frozenset({("datv", "masc"), ("accs", "femn")}),
    "ым": frozenset({("ablt", "masc")}),
    "е": frozenset({("loct", "masc")}),
    "ой": frozenset((case, "femn") for case in ("gent", "datv", "ablt", "loct")),
}


@caches.bounded(caches.WORDS)
def _possessive_pairs(word: str) -> frozenset[tuple[str, str]] | None:
    """The (case, gender) pairs an oblique form of a Russian possessive surname pymorphy2 does
    not know may be in, by its ending ("Забабахине": his locative), else None."""
    if not is_cyrillic_word(word) or morph.is_known(word):
        return None
    lower = fold(word)
    for ending, pairs in POSSESSIVE_PAIRS.items():
        stem = lower[: -len(ending)]
        if lower.endswith(ending) and stem.endswith(surnames.POSSESSIVE_ENDINGS) and len(stem) > 4:
            return pairs
    return None


def _undeclined_consonant_stem(words: tuple[str, ...]) -> bool:
    """Whether the span's last word is a surname pymorphy2 does not know, written with no
    ending after a consonant ("Хасис"): a man's such surname declines ("Евгения Хасиса"), a
    woman's does not, so it is a nominative or a woman's. Not the surnames in -ых, -их, which
    decline for no one ("Черных"), nor a consonant that may be an instrumental ending
    ("Сискелом"), nor after a particle ("Ле Пен")."""
    last = words[-1]
    return (
        is_cyrillic_word(last)
        and gender.ends_in_consonant(last)
        and not fold(last).endswith(("ых", "их", "ом", "ем", "ём", "ым", "им"))
        and not morph.is_known(last)
        and not any(w.lower() in PARTICLES for w in words)
    )


def _scored(parse: Any) -> tuple[float, frozenset[tuple[str, str]], bool]:
    """A reading's score, its (case, gender) pairs and whether it declines."""
    found = morph.facts(parse.tag)
    return parse.score, _pairs(found.case, found.gender), "Fixd" not in found.grammemes


def _feminine_readings(word: str, readings: tuple) -> tuple:
    """Scored readings (as ``_scored`` gives them) of word as the feminine of a possessive
    surname pymorphy2 knows only as masculine ("Ракова": femn nomn of Раков), at half the
    surname's score; none when the dictionary has a feminine of it, or word is no such form."""
    found = [(p, morph.facts(p.tag)) for p in readings]
    known = [(p, tag) for p, tag in found if "Surn" in tag.grammemes]
    if not known or any(tag.gender != "masc" for _, tag in known):
        return ()
    score = max(p.score for p, _ in known) / 2
    cases = {case for p, _ in known for case in surnames.feminine_cases(word, p.normal_form)}
    return tuple((score, _pairs(case, "femn"), True) for case in sorted(cases))


# the endings of a feminine given name of the Мария declension (-ия) and the cases they show
FEMININE_GIVEN_ENDINGS = (
    ("ия", ("nomn",)),
    ("ию", ("accs",)),
    ("ии", ("gent", "datv", "loct")),
    ("ией", ("ablt",)),
)


def feminine_given_cases(word: str) -> tuple[str, ...]:
    """The cases word is in as a feminine given name of the Мария declension ("Асию": the
    accusative of Асия), by its ending; none when it has no such ending."""
    lower = fold(word)
    for ending, cases in FEMININE_GIVEN_ENDINGS:
        if lower.endswith(ending) and len(lower) > len(ending) + 1:
            return cases
    return ()


def feminine_given_stem(word: str) -> str:
    """word (folded) without its ending of the Мария declension: what its forms share."""
    lower = fold(word)
    ending = next((e for e, _ in FEMININE_GIVEN_ENDINGS if lower.endswith(e)), "")
    return lower[: len(lower) - len(ending)]


def _feminine_given(word: str, readings: tuple) -> tuple:
    """Scored readings of word as a feminine given name of the Мария declension when pymorphy2
    knows it only as a masculine one ("Асия", "Асию": Асий's genitive and dative; a woman's
    name in -ия all the same), at half its score; none when the dictionary has a feminine
    reading."""
    names = [(p, morph.facts(p.tag)) for p in readings if "Name" in morph.facts(p.tag).grammemes]
    if not names or any(tag.gender != "masc" for _, tag in names):
        return ()
    score = max(p.score for p, _ in names) / 2
    return tuple((score, _pairs(case, "femn"), True) for case in feminine_given_cases(word))


def _feminine_given_nominative(word: str, case: str) -> str | None:
    """The nominative of a feminine given name of the Мария declension in case ("Асию" -> Асия)."""
    lower = fold(word)
    for ending, cases in FEMININE_GIVEN_ENDINGS:
        if case in cases and lower.endswith(ending):
            return word[: -len(ending)] + "ия"
    return None


def feminine_given_possible(word: str) -> bool:
    """Whether word may be a woman's given name pymorphy2 reads only as a man's ("Асия")."""
    return bool(_feminine_given(word, _readings(word)))


def _shows_case(word: str, readings: list) -> bool:
    """Whether pymorphy2's guesses about an unknown word show a case: a declining reading, of
    a word not ending in -е, -и, -о or -у (a foreign name in a vowel does not decline in
    Russian: "Фелипе", "Саломе", "Сэйдзи" are no locatives of "Фелип")."""
    declines = any(not _fixed_reading(p) for p in readings)
    return declines and not word.lower().endswith(INDECLINABLE_VOWELS)


def _hides_case(word: str, readings: list) -> bool:
    """Whether a first word pymorphy2 does not know says the span's case is not shown: it does
    not decline (a foreign vowel ending, or only indeclinable guesses), so the case rests on
    guesses about the surname alone ("Сэйдзи Маэхара" is no genitive of "Маэхар")."""
    indeclinable = bool(readings) and not any(not _fixed_reading(p) for p in readings)
    return indeclinable or word.lower().endswith(INDECLINABLE_VOWELS)


def _fixed(readings: list) -> list:
    return [p for p in readings if _fixed_reading(p)]


def _fixed_reading(parse: Any) -> bool:
    """Whether the reading does not decline (pymorphy2's "Fixd")."""
    return "Fixd" in morph.facts(parse.tag).grammemes


def _her_indeclinable_surname(words: tuple[str, ...], allowed: list) -> bool:
    """Whether a woman's given name (allowed: the (case, gender) pairs of the name's words) is
    followed by a word that agrees with it in nothing and ends in a consonant ("Людмилы
    Касьян", Касьян a man's given name to the dictionary): her surname, which does not
    decline."""
    return gender.ends_in_consonant(words[1]) and {g for _, g in allowed[0]} == {"femn"}


@caches.bounded(caches.WORDS)
def _readings(word: str) -> tuple:
    """word's readings as a singular name part (one person: "Мирзоянов" is not a plural; news
    has no vocatives: "Ир" is not "Ира!"), read once per word: every span and rule of a name
    asks for them."""
    found = ((p, morph.facts(p.tag)) for p in morph.parses(word))
    return tuple(
        p
        for p, tag in found
        if not tag.grammemes.isdisjoint(NAME_TAGS)
        and tag.case in CASE_ORDER
        and tag.number != "plur"
    )


def _case_genders(readings: list) -> set[tuple[str, str]]:
    """The (case, gender) pairs readings allow; a word of common gender allows both."""
    pairs: set[tuple[str, str]] = set()
    for parse in readings:
        found = morph.facts(parse.tag)
        pairs |= _pairs(found.case, found.gender)
    return pairs


@caches.bounded(caches.WORDS)
def _pairs(case: str | None, gender: str | None) -> frozenset[tuple[str, str]]:
    """The (case, gender) pairs of one reading's case and gender (None: either)."""
    genders = [gender] if gender in GENDERS else GENDERS
    return frozenset((case, g) for g in genders)


@caches.bounded(caches.WORDS)
def _genders(pairs: frozenset[tuple[str, str]]) -> frozenset[str]:
    """The genders of a reading's (case, gender) pairs: a handful of sets, asked of every
    reading for every gender a name's words are scored in."""
    return frozenset(gender for _, gender in pairs)


def _indeclinable(readings: list) -> bool:
    """Whether the word reads the same in every case ("Джо", "Меркель", "Ким")."""
    return {case for case, _ in _case_genders(readings)} >= set(CASE_ORDER)


def _name_tag(parse: Any) -> str | None:
    grammemes = morph.facts(parse.tag).grammemes
    for tag in NAME_TAGS:
        if tag in grammemes:
            return tag
    return None


@caches.bounded(caches.WORDS)
def _role(word: str) -> str:
    """ "initial", "first", "middle", "last" or "other" (a word pymorphy2 does not place). A
    word pymorphy2 reads as a patronymic is one only when it is made from a given name
    ("Лукашевич" from Лукаш; not "Макаревич", a surname). Read once per word: a person's
    every mention asks."""
    if INITIAL.match(word):
        return "initial"
    if word.lower() in TURKIC_PATRONYMIC:
        return "patronymic marker"
    parses = morph.parses(word)
    grammemes: set[str] = set()
    for parse in parses:
        grammemes |= morph.facts(parse.tag).grammemes
    tags = grammemes.intersection(NAME_TAGS)
    if "Patr" in tags and any(_patronymic(p) for p in parses):
        return "feminine middle" if _feminine_patronymic(parses) else "middle"
    if "Name" in tags and "Surn" not in tags:
        return "first"
    if tags & {"Surn", "Patr"}:
        return "last"
    if "Name" in tags:
        return "first"
    return "other"


def _feminine_patronymic(parses: tuple) -> bool:
    return any("Patr" in p.tag and p.tag.gender == "femn" for p in parses)


def _patronymic(parse: Any) -> bool:
    """Whether a reading is a patronymic's: one made from a given name pymorphy2 knows, or a
    feminine one of any stem ("Сахипзадовна": no surname ends in -овна, -евна, -ична)."""
    if "Patr" not in parse.tag:
        return False
    nominative = morph.inflect(parse, {"nomn"}) if parse.tag.gender == "femn" else None
    feminine = bool(nominative) and nominative.endswith(patronymics.FEMININE)
    return feminine or patronymics.is_patronymic(parse.normal_form)


def _settle_patronymics(words: list[str], roles: list[str]) -> list[str]:
    """Which patronymic-shaped words are middle names. A feminine one always is (no surname
    ends in -овна). A masculine one is when it follows a word that may be a given name
    ("Андрей Вадимович Макаревич", "Абрамович Роман Аркадьевич"), except that in a span of two
    words one that pymorphy2 also knows as a surname is the surname: Russian news names people
    ("Роман Абрамович") far more often than it uses name and patronymic. The word right before
    a middle name is the given name, whatever else pymorphy2 reads it as ("Роман" is a
    surname too)."""
    settled: list[str] = []
    for i, role in enumerate(roles):
        if role == "patronymic marker" and 1 < i < len(roles) - 1:  # "Джейхун Насими оглы
            settled[i - 1] = role = "written middle"  # Асланов": the father's name and "оглы"
        elif role == "patronymic marker":
            role = "other"
        elif role == "feminine middle":
            role = "middle"
        elif role == "middle":
            after_given = i > 0 and (
                roles[i - 1] in ("first", "initial") or bool(gender.given_forms(words[i - 1]))
            )
            named = len(words) == 2 and _known_surname(words[i])
            role = "middle" if after_given and not named else "last"
        if (
            role == "middle"
            and i > 0
            and settled[i - 1] == "last"
            and gender.given_forms(words[i - 1])
        ):
            settled[i - 1] = "first"
        settled.append(role)
    return settled


def _known_surname(word: str) -> bool:
    return any("Surn" in p.tag and p.is_known for p in morph.parses(word))


def _evidence(words: list[str]) -> str:
    """How the span's case is known (see ``surnames.nominative``): "alone", "shown" by a name
    word pymorphy2 knows, or "guessed"."""
    if len(words) == 1:
        return "alone"
    return "shown" if any(morph.is_known(w) and _readings(w) for w in words) else "guessed"


def _nominative(word: str, role: str, case: str | None, gender: str | None, evidence: str) -> str:
    if (
        role in ("initial", "written middle")
        or case in (None, "nomn")
        or not is_cyrillic_word(word)
    ):
        return word  # an initial, a Turkic patronymic ("Насими оглы"): they do not decline
    if word.lower() in PARTICLES:
        return word
    if evidence == "alone" and not morph.is_known(word):  # only as a surname ("Нисипяну")
        form = surnames.nominative(word, case, gender, ("Surn",), evidence)
    elif role in ("first", "middle"):
        form = _own_paradigm(word, "Name" if role == "first" else "Patr", case, gender)
        if not form and role == "first" and gender == "femn":
            form = _feminine_given_nominative(word, case)
        if not form and not morph.is_known(word):  # a guess that fits no case: "Ургантом"
            form = surnames.nominative(word, case, gender, (), evidence)
    else:
        tags = ("Surn", "Patr") if role == "last" else ()
        form = surnames.nominative(word, case, gender, tags, evidence)
    return morph.recase(form, word) if form else word


def _place_as_given(word: str, case: str | None) -> str | None:
    """The nominative of a given name pymorphy2 knows only as a place's name ("Софии", "Азии":
    the city, the continent), written in an oblique case of that feminine noun (in the span's
    case, when its other words show one): the given name declines as the place does."""
    readings = morph.parses(word)
    if not readings or any("Geox" not in p.tag or p.tag.gender != "femn" for p in readings):
        return None
    cases = {morph.case_of(p) for p in readings}
    if "nomn" in cases or (case is not None and case not in cases):
        return None
    lemmas = {p.normal_form for p in readings}
    return morph.recase(lemmas.pop(), word) if len(lemmas) == 1 else None


def _own_paradigm(word: str, tag: str, case: str, gender: str | None) -> str | None:
    """The nominative of word's reading as a given name or patronymic in case and gender."""
    for parse in morph.declinable_first(word):
        if tag in parse.tag and parse.tag.number != "plur" and morph.case_of(parse) == case:
            if gender and parse.tag.gender and parse.tag.gender != gender:
                continue
            form = morph.inflect(parse, {"nomn"})
            if form and surnames.plausible_guess(parse, word, form):
                return form
    return None


def _after_indeclinable(word: str, normal: str, gender: str | None) -> str:
    """The last word, unknown to pymorphy2, after a given name that does not decline: after a
    masculine one ("Джо Байдену", "с Кими Райкконеном") the instrumental and dative endings of a
    consonant stem are read as endings; an -а or -е may be the foreign nominative ("Сэйдзи
    Маэхара", "Хорхе"). After any ("Ёсихико Ноды"), an -ы after a consonant is the genitive
    of a surname in -а: no foreign nominative ends in -ы (but Chinese -цзы, -сы, -цы)."""
    if morph.is_known(word) or not is_cyrillic_word(word) or word.lower() in PARTICLES:
        return normal
    lower = word.lower()
    if lower.endswith("ы") and len(lower) > 3 and lower[-2] in CONSONANTS - set("цсз"):
        return morph.recase(lower[:-1] + "а", word)
    if gender != "masc":
        return normal
    form = surnames.by_endings(word, "ablt") or surnames.by_endings(word, "datv")
    return morph.recase(form, word) if form else normal


def _surname_first(words: list[str]) -> bool:
    """A Chinese, Korean or Vietnamese name, family name first ("Ху Цзиньтао", "Ким Чен Ын",
    "Кима Чен Ира"): two or three words, the first a family name of data/surname_first.txt, and
    no other one a given name pymorphy2 knows ("Хуан Пабло Монтойя") or a word with the suffix
    of a Russian surname ("Ян Непомнящий"). Three words of one syllable each are a Korean name
    whatever pymorphy2 makes of them ("Кима Чен Ира": Кима and Ира are Russian names too)."""
    if not 2 <= len(words) <= 3 or not _east_asian_syllables(_east_asian_given(words[-1])):
        return False
    if any(w in PARTICLES for w in words):  # "Ян ван Эйк"; a capital "Ван" is Chinese
        return False
    if _korean_syllables(words):
        return True
    if _east_asian_family(words[0]) is None:
        return False
    return not any(
        surnames.has_russian_ending(w)
        or (morph.is_known(w) and any(_name_tag(p) == "Name" for p in _readings(w)))
        for w in words[1:]
    )


def _korean_syllables(words: list[str]) -> bool:
    """Three capitalised words of one syllable each (the last two maybe with a case ending),
    the first a family name of the list: "Ким Ир Сен", "Кима Чен Ира", "Пак Кын Хе"."""
    if len(words) != 3 or not all(w[:1].isupper() for w in words):
        return False
    stems = [_east_asian_given(w) for w in words]
    family = fold(words[0]) in _surnames_first() or fold(stems[0]) in _surnames_first()
    return family and all(len(VOWEL_GROUP.findall(stem.lower())) == 1 for stem in stems)


def _east_asian_syllable(word: str) -> bool:
    """Whether word ends as a Chinese, Korean or Vietnamese syllable does in Russian
    transcription: in a vowel, й, or н, нь, нг, ль, м, п, к, т, р ("Цзиньтао", "Ын", "Ятсен",
    "Зунг"); a Spanish "Суареш" or "Карлос" does not."""
    lower = word.lower().replace("ь", "")
    return not lower or lower[-1] in SYLLABLE_ENDS or lower.endswith("нг")


def _east_asian_syllables(word: str) -> bool:
    """Whether word may be a given name of one or two such syllables: it ends as they do and
    has at most two vowel groups ("Цзиньтао", "Сяопин"; not "Ортега")."""
    return _east_asian_syllable(word) and len(VOWEL_GROUP.findall(word.lower())) <= 2


def _east_asian_family(word: str, korean: bool = False) -> str | None:
    """word as a family name of the list, in the nominative ("Кима" -> Ким; a given name in
    the nominative, "Яна", is not an oblique Ян, unless two syllables follow: "Кима Чен
    Ира"), or None."""
    if fold(word) in _surnames_first():
        return word
    if not korean and any(_name_tag(p) and p.tag.case == "nomn" for p in morph.parses(word)):
        return None
    stem = _east_asian_given(word)
    return stem if stem != word and fold(stem) in _surnames_first() else None


@caches.bounded(caches.WORDS)
def _east_asian_given(word: str) -> str:
    """The last syllable of a Chinese or Korean name in the nominative: it declines when it ends
    in a consonant ("Ким Чен Ына" -> Ын, "Си Цзиньпину" -> Цзиньпин), the rest never does
    ("Инцзю" is no dative of "Инцзь": no syllable ends so)."""
    if not is_cyrillic_word(word):
        return word
    for case in ("gent", "datv", "ablt", "loct"):
        form = surnames.by_endings(word, case, first_declension=False)
        if form and _east_asian_syllable(form):
            return morph.recase(form, word)
    return word


def _parts(normals: list[str], roles: list[str]) -> Name:
    """Given name first, then surname (all remaining words), unless the span is clearly in
    surname-first order: a known surname followed by a known given name ("Никифоров Николай")."""
    middles = [w for w, r in zip(normals, roles) if r.endswith("middle")]
    middle = " ".join(middles) if middles else None  # "Насими оглы": a father's name and "оглы"
    words = [(w, r) for w, r in zip(normals, roles) if not r.endswith("middle")]
    if not words:
        return Name(None, middle, None)
    if len(words) == 1:
        word, role = words[0]
        given = role == "initial" or (role == "first" and morph.is_known(word))
        return Name(word, middle, None) if given else Name(None, middle, word)
    (w0, r0), (w1, r1) = words[0], words[1]
    if r0 == r1 == "initial" and len(words) > 2 and middle is None:  # "Н. П. Акимов": the
        # second initial is the patronymic's
        return Name(w0, w1, " ".join(w for w, _ in words[2:]))
    initials = len(words) - 1
    if (
        r0 == "last"
        and all(r == "initial" for _, r in words[1:])
        and (initials == 2 or (initials == 1 and _gendered_surname(w0)))
    ):
        # "Иванов И. И.", "Жириновский В.": a surname, then its initials, as lists write them;
        # not a given name and a surname's initial ("Николай I", "Хамза Х.")
        return Name(w1, words[2][0] if len(words) == 3 else middle, w0)
    if _surname_first([w for w, _ in words]):  # "Ху Цзиньтао", "Ким Чен Ын"
        return Name(" ".join(w for w, _ in words[1:]), middle, w0)
    if len(roles) == 3 and roles[2] == "middle" and r1 == "first":
        return Name(w1, middle, w0)  # "Набиуллина Эльвира Сахипзадовна": the patronymic
        # follows the given name, so the word before them is the surname
    if r0 == "last" and r1 == "first" and morph.is_known(w1) and _gendered_surname(w0):
        return Name(w1, middle, " ".join([w0, *(w for w, _ in words[2:])]))
    return Name(w0, middle, " ".join(w for w, _ in words[1:]))


def _gendered_surname(word: str) -> bool:
    """Whether pymorphy2 knows word as a surname with a form for each gender ("Никифоров" /
    "Никифорова") or one for both by its paradigm ("Шойгу", "Петренко"): a surname of Russia,
    strong evidence of "Фамилия Имя" order. One the same for
    both ("Карлос", "Симон") is as often a foreign given name: "Имя Фамилия" is the default."""
    for parse in morph.parses(word):
        if "Surn" in parse.tag and parse.is_known and "ms-f" in parse.tag:
            return True  # one form for both genders by paradigm: "Шойгу", "Петренко"
        if "Surn" in parse.tag and parse.is_known and parse.tag.gender in GENDERS:
            other = GENDERS[parse.tag.gender == "masc"]
            form = morph.inflect(parse, {other, "nomn"})
            if form and fold(form) != fold(morph.inflect(parse, {"nomn"}) or form):
                return True
    return False


@cache
def _surnames_first() -> frozenset[str]:
    data = (
        resources.files("pressrel").joinpath("data/surname_first.txt").read_text(encoding="utf-8")
    )
    return frozenset(
        fold(line) for line in data.splitlines() if line.strip() and not line.startswith("#")
    )


@caches.bounded(caches.WORDS)
def surname_readings(word: str) -> frozenset[str]:
    """Every nominative a surname as written may stand for: "Никифорова" -> {Никифоров,
    Никифорова}, "Макрону" -> {Макрону, Макрон}, "Белого" -> {Белого, Белый}; for joining a lone
    surname to a full name in the same document (only a full name there confirms a reading)."""
    forms = {word}
    for parse in morph.parses(word):
        tag = morph.facts(parse.tag)
        if "Surn" in tag.grammemes and tag.number != "plur":
            form = morph.inflect(parse, {"nomn"})
            if form:
                forms.add(morph.recase(form, word))
    if is_cyrillic_word(word):
        for case in CASE_ORDER[1:]:
            for gender in GENDERS:
                form = surnames.nominative(word, case, gender, ("Surn",))
                if form:
                    forms.add(morph.recase(form, word))
    return frozenset(forms)


def name_pieces(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The names a PER span text[start:stop] holds. A capitalised common word first in a
    sentence or line, or before a given name and surname (``_not_of_the_name``,
    ``_before_a_full_name``), is not part of the name after it ("Космонавт Волков родился",
    "Сам Стерлигов", "Карьера Леонида Слуцкого" under a heading, "Сэр Алекс Фергюсон"). Two
    surnames side by side, neither a given name, are two people ("последователь Стерлигову Панин": Стерлигов, Панин). A last word
    that pymorphy2 knows only as a gerund is no part of a name either ("Глеб Васильченко Работая
    в АИИ": a sentence whose mark was lost; a name may be a verb's form otherwise, "Полежай")."""
    pieces = _name_pieces(text[start:stop], _opens_sentence(text, start))
    return [(start + a, start + b) for a, b in pieces]


def joined(text: str, spans: list[Spanned]) -> list[Spanned]:
    """spans (NER's spans of text, in order) with the two PER spans NER made of one person's
    name joined into one: side by side on a line, in one case, a given name (and patronymic)
    and a surname (``Фёдора`` ``Емельяненко``, ``Матильды`` ``Уррутии``), a surname and a given
    name (and patronymic) as official lists write them (``Тихоновой`` ``Татьяне Васильевне``,
    ``Шойгу`` ``Сергей Кужугетович``), or a surname and its initials (``Жириновский`` ``В. В.``).
    Not a possessor's name before a person's (``вдова Арафата Суха``, ``жена Януковича
    Людмила``: two cases; ``жена Петрова Анна``, ``сын Лукашенко Виктор``: a surname that may
    be a genitive, with no patronymic after it), nor a name beside a full name; a given name
    between a surname and a surname of its own is the second's (``супруги Джигарханяна
    Виталины Цымбалюк-Романовской``)."""
    out = []
    at = 0
    while at < len(spans):
        span = spans[at]
        following = spans[at + 1] if at + 1 < len(spans) else None
        third = spans[at + 2] if at + 2 < len(spans) else None
        if (
            following is not None
            and _one_name(text, span, following)
            and not (third is not None and _given_and_surname(text, following, third))
        ):
            out.append(replace(span, stop=following.stop))
            at += 2
        else:
            out.append(span)
            at += 1
    return out


def _one_name(text: str, first: Spanned, second: Spanned) -> bool:
    """Whether two PER spans side by side are one person's name (see ``joined``)."""
    if not _side_by_side(text, first, second):
        return False
    words = text[first.start : first.stop].split()
    roles = [_role(word) for word in text[second.start : second.stop].split()]
    if len(words) == 1 and _role(words[0]) in ("last", "other") and set(roles) == {"initial"}:
        return True  # "Жириновский В. В."
    if len(words) == 1 and _role(words[0]) == "last" and _given(roles):
        # "Тихоновой Татьяне Васильевне"; a surname that may be a genitive is a possessor's
        # ("жена Петрова Анна", "сын Лукашенко Виктор"), unless a patronymic follows, as
        # official lists write names ("— Шойгу Сергей Кужугетович"), and no noun before it
        # may govern it ("вдова Ельцина Наина Иосифовна")
        possessor = "gent" in _possible_cases(words[0]) and (
            len(roles) == 1 or _after_a_noun(text, first.start)
        )
        return not possessor and _in_one_case(text, first, second)
    return _given_and_surname(text, first, second)


def _given_and_surname(text: str, first: Spanned, second: Spanned) -> bool:
    """Whether two PER spans side by side are a given name (and patronymic) and its surname, in
    one case: "Фёдора Емельяненко", "Андрияна Григорьевича Николаева"."""
    if not _side_by_side(text, first, second):
        return False
    roles = [_role(word) for word in text[first.start : first.stop].split()]
    last = text[second.start : second.stop].split()
    return (
        _given(roles)
        and len(last) == 1
        and _role(last[0]) in ("last", "other")
        and _in_one_case(text, first, second)
    )


def _side_by_side(text: str, first: Spanned, second: Spanned) -> bool:
    between = text[first.stop : second.start]
    one_line = not between.strip() and not any(c in LINE_ENDS for c in between)
    return first.type == second.type == "PER" and 0 < len(between) <= 2 and one_line


def _after_a_noun(text: str, start: int) -> bool:
    """Whether a lower-case word that may be a noun stands right before offset start, one that
    may govern a possessor's name in the genitive ("вдова Ельцина Наина Иосифовна")."""
    before = text[max(0, start - 30) : start].split()
    word = before[-1] if before else ""
    return word.islower() and any(grammar.is_noun(p) for p in morph.parses(word))


def _given(roles: list[str]) -> bool:
    """Whether the roles are a given name's, alone or with a patronymic."""
    return bool(roles) and roles[0] == "first" and all("middle" in role for role in roles[1:])


def _in_one_case(text: str, first: Spanned, second: Spanned) -> bool:
    """Whether the words of two spans are of one case, which some of them show: the case of the
    two together is one each may be in."""
    together = span_case(text[first.start : second.stop])
    return together is not None and all(
        together in _possible_cases(text[span.start : span.stop]) for span in (first, second)
    )


def _possible_cases(name: str) -> set[str]:
    """The cases every word of a name may be in, of those pymorphy2 places (all, when none)."""
    cases = set(CASE_ORDER)
    for word in name.split():
        readings = _readings(word)
        if readings:
            cases &= {case for case, _ in _case_genders(readings)}
    return cases


@caches.bounded(caches.SPANS)
def _name_pieces(span: str, opens: bool) -> tuple[tuple[int, int], ...]:
    """``name_pieces`` of a whole span (offsets in it), given whether it opens a sentence: all
    it reads of the text around it. Read once per span text and place: a name repeats."""
    words = [m.span() for m in WORD.finditer(span)]
    if len(words) > 1 and _only_a_gerund(span[words[-1][0] : words[-1][1]]):
        words = words[:-1]
    if (
        len(words) > 1
        and span[words[1][0]].isupper()
        and _not_of_the_name(span[words[0][0] : words[0][1]], span[words[1][0] : words[-1][1]])
        and (opens or _before_a_full_name(span, words))
    ):
        words = words[1:]
    if len(words) == 2 and all(_surname_only(span[a:b]) for a, b in words):
        return tuple(words)
    return ((words[0][0], words[-1][1]),) if words else ()


def _only_a_gerund(word: str) -> bool:
    """Whether pymorphy2 knows word and reads it only as a gerund of the present in -я, -а
    ("Работая", "Держа"; a surname may be a gerund of the past: "Синев")."""
    if not word.lower().endswith(("я", "а", "ясь", "ась")):
        return False
    readings = morph.parses(word)
    return morph.is_known(word) and all(morph.facts(p.tag).pos == "GRND" for p in readings)


def _before_a_full_name(text: str, words: list[tuple[int, int]]) -> bool:
    """Whether the three words' last two are a given name and a surname in one gender and case
    ("Карьера Леонида Слуцкого", a heading run into its paragraph): a name has no third part
    before its given name, so a common word there starts a sentence, marked or not."""
    if len(words) != 3:
        return False
    given, last = (text[a:b] for a, b in words[1:])
    lasts = gender.surname_forms(last)
    return any(
        g.gender == s.gender and g.case == s.case for g in gender.given_forms(given) for s in lasts
    )


def _not_of_the_name(word: str, name: str) -> bool:
    """Whether word, before name, is a common word and not the name's first part: a full
    adjective or participle ("Восьмидесятилетний Маккейн"), an animate noun, a title or
    kinship ("Космонавт Волков", "Племянник Алишера Усманова"), or an inanimate noun that governs
    the name in the genitive ("Лозунг Фисуна"). Not a word that may be a foreign given name
    pymorphy2 reads as something else ("Честер", "Камерон", "Франк": also an inanimate noun;
    "Серена", "Робел": verb forms)."""
    if not grammar.is_common_word(word):
        return False
    readings = morph.parses(word)
    kinds = {morph.facts(p.tag).pos for p in readings}
    if kinds <= {"ADJF", "PRTF"}:
        return True
    if kinds != {"NOUN"}:
        return False
    return all("anim" in p.tag for p in readings) or span_case(name) == "gent"


def _opens_sentence(text: str, start: int) -> bool:
    """Whether text[start:] starts a line or follows a sentence's end."""
    at = start
    while at > 0 and text[at - 1] in " \t\u00a0":
        at -= 1
    if at > 0 and text[at - 1] in CLOSING:
        at -= 1
    return at == 0 or text[at - 1] in LINE_ENDS + ".!?…"


@caches.bounded(caches.WORDS)
def _surname_only(word: str) -> bool:
    """Whether word has the shape of a Russian possessive surname in some case and never reads
    as one person's given name or patronymic, nor a place ("Стерлигову", "Панин", "Токанов",
    which pymorphy2 does not know as a surname; not "Роман", "Ильич", "Ростов")."""
    singular = [p for p in morph.parses(word) if p.tag.number != "plur"]  # not "Карпов", Карп's
    tags = {t for p in singular for t in ("Name", "Patr", "Geox") if t in p.tag}
    return not tags and POSSESSIVE_FORM.search(fold(word)) is not None


@caches.bounded(caches.WORDS)
def _plural_only_surname(word: str) -> tuple:
    """word's plural surname readings when pymorphy2 reads it as a surname only in the plural
    ("Бирюковых"); empty otherwise. Read once per word: every person span asks of its last."""
    found = [(p, morph.facts(p.tag)) for p in morph.parses(word)]
    surnames_read = [(p, tag) for p, tag in found if "Surn" in tag.grammemes]
    if any(tag.number == "sing" for _, tag in surnames_read):
        return ()
    return tuple(p for p, tag in surnames_read if tag.number == "plur")


def _family_surname(word: str, given: str | None, given_written: str = "") -> str | None:
    """The nominative of a surname written in the plural (pymorphy2 reads it only so): one
    person's, in the gender of the given name before it, when there is one in the same case
    ("Ирины и Екатерины Бирюковых": Екатерина Бирюкова; "Илья Политковские": Илья
    Политковский), else the family's plural ("Стерлиговых": Стерлиговы). None for any other
    word."""
    plural = _plural_only_surname(word)
    if not plural:
        return None
    if given is None:
        return morph.inflect(plural[0], {"nomn"})
    cases = {p.tag.case for p in plural}
    if not any(
        "Name" in p.tag and p.tag.number == "sing" and p.tag.case in cases
        for p in morph.parses(given_written)
    ):
        return None  # "Федор Мирзоянов": a nominative, not Мирзоян's plural genitive
    genders = {
        p.tag.gender for p in morph.parses(given) if "Name" in p.tag and p.tag.case == "nomn"
    }
    if len(genders) != 1 or not genders <= set(GENDERS):
        return None
    lemma = plural[0].normal_form  # the masculine nominative
    for parse in morph.parses(lemma):
        if "Surn" in parse.tag and parse.tag.number == "sing" and parse.tag.case == "nomn":
            return morph.inflect(parse, {genders.pop(), "sing", "nomn"})
    return None

"""Adjectives of places: the place a relative adjective is formed from, and where they stand.

Russian forms the relative adjective of a place name with ``-ск-`` (``-цк-`` after a stem in
``ц``/``к``): ``Рим`` → ``римский``, ``Канны`` → ``каннский``, ``Москва`` → ``московский``,
``Калифорния`` → ``калифорнийский``, ``Европа`` → ``европейский``, ``Химки`` → ``химкинский``,
``Винница`` → ``винницкий``; a region named by what it lies by, with ``-н-`` too: ``Подмосковье`` →
``подмосковный``. ``place_of_adjective`` runs the derivation backwards: it strips the
suffix from the adjective's lemma and tries the nouns it may be formed from (a fleeting vowel
restored, the stem with a noun's ending or none, ``-ия``/``-ье``), in that order, up to the
first that pymorphy2's dictionary knows as a noun in its best reading: a place name (``Geox``)
is the place, a common noun means the adjective is that noun's (``майский``, ``братский``), and
a person's name is passed over (so ``олимпийский`` is not ``Олимпия``, whose best reading is a
man's name); a city in ``-ск`` (``Минск``, ``минский``) comes first, when the stem alone is no
noun or name (``ленинский``, ``братский`` are not of Ленинск, Братск). Not a place's: an
adjective of a nationality (``русский``, pymorphy2's ``Subx``) or of a people (``татарский``:
``татары``), of a country (the gazetteer reads those, as COUNTRY), a derivation pymorphy2 has
only guessed.

A compound adjective of a side of a place is the side and the place (``западносибирский`` →
``Западная Сибирь``, ``южноосетинский`` → ``Южная Осетия``: a people's adjective there names the
people's land).

``find_place_adjectives`` finds them in text, except where the adjective begins a place's own
name (``Калининградской области``, ``Тверском бульваре``: the name is the place, not a mention of
the city; one in lower case begins none: ``в нью-йоркском районе Челси`` is a mention of
Нью-Йорк) or names a language (``на татарском``, ``татарском языке``).
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator

from .. import caches
from ..countries import TOPONYM_NOUNS, lookup_country_form
from ..lang import grammar, morph
from ..lang.fold import fold
from ..lang.names import NAME_TAGS
from .parts import SIDE_PREFIXES, word_before

# a word that may be a relative adjective in -ский/-цкий, any case (hyphenated: нью-йоркский)
_ENDING = r"[сц]к(?:ий|ой|ого|ому|им|ом|ая|ую|ое|ие|их|ими)"
_ADJECTIVE = rf"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*{_ENDING}"
_CANDIDATE = re.compile(rf"(?<![^\W\d_]){_ADJECTIVE}(?![^\W\d_])")
# where a candidate may end: its suffix and ending before no letter (starting with [сц], a
# pattern the regex engine skips to by its first letter: eight times faster over a paragraph)
_CANDIDATE_END = re.compile(rf"{_ENDING}(?![^\W\d_])")
# ... and one in -ный of a region named by what it lies by ("подмосковный": Подмосковье)
# (one н: a passive participle's -нн- is no region's, "подписанный", "приглашённых")
_REGION_CANDIDATE = re.compile(
    r"(?<![^\W\d_])(?:[Пп]од|[Зз]а|[Пп]ри|[Пп]ред)[а-яё]+(?<!н)н"
    r"(?:ый|ого|ому|ым|ом|ая|ой|ую|ое|ые|ых|ыми)(?![^\W\d_])"
)
# the adjectives coordinated after one, up to the noun they share: "Рязанской, Костромской и
# Калининградской областях"
_COORDINATED = re.compile(
    rf"(?:[\s\u00a0]*,[\s\u00a0]*|[\s\u00a0]+(?:и|или)[\s\u00a0]+){_ADJECTIVE}\b"
)
_NEXT_WORD = re.compile(r"[\s\u00a0]+([^\W\d_]+)")
_ON = re.compile(r"(?<![^\W\d_])[Нн]а[\s\u00a0]+\Z")
# heads of a place's own name after its adjective, besides the streets and districts countries
# already keep apart: regions, seas and lakes, old administrative units, gardens
_PLACE_HEADS = TOPONYM_NOUNS + (
    "област", "республик", "губерни", "уезд", "волост", "повет", "воеводств", "озер", "залив",
    "сад", "край", "края", "краю", "крае", "краем", "краях", "море", "моря", "морю", "морем",
    "морях",
)  # fmt: skip


def _stems(lemma: str) -> list[str]:
    """The nouns lemma (a masculine nominative adjective) may be formed from, in the order
    they are tried (a city in ``-ск``, ``Омск``/``омский``, apart: ``place_of_adjective``): a
    fleeting vowel restored (``москов-ский``, ``Москва``), the stem with a noun's ending, the
    stems that change before the suffix, the stem alone."""
    if lemma.endswith(("цкий", "цкой")):  # винниц-кий, Винница; донец-кий, Донецк
        stem = lemma[:-4]
        return [stem + "ца", stem + "цы", stem + "цк"]
    if not lemma.endswith(("ский", "ской")):
        return []
    stem = lemma[:-4]
    names = []
    if len(stem) > 3 and stem[-2] in "еоё":
        names.append(stem[:-2] + stem[-1] + "а")
    names += [stem + "ы", stem + "и", stem + "а", stem + "о", stem + "ь", stem + "ль"]
    if stem.endswith("й"):  # калифорний-ский, Калифорния
        names.append(stem[:-1] + "я")
    if stem.endswith("ь"):  # комсомоль-ский, комсомол; туль-ский, Тула
        names += [stem[:-1], stem[:-1] + "а"]
    if stem.endswith(("ей", "ан")):  # европей-ский, африкан-ский
        names.append(stem[:-2] + "а")
    if stem.endswith("иан"):  # венециан-ский, Венеция
        names.append(stem[:-2] + "я")
    if stem.endswith("ат"):  # азиат-ский, Азия
        names.append(stem[:-2] + "я")
    if stem.endswith("ин"):  # химкин-ский, Химки
        names.append(stem[:-2] + "и")
    if stem.endswith("ен"):  # пенз-енский, Пенза; гродн-енский, Гродно
        names += [stem[:-2] + "а", stem[:-2] + "о"]
    return names + [stem, stem + "ия", stem + "ье", stem + "с", stem + "са"]


_NAMES = frozenset(NAME_TAGS)
# the prefixes of a region named by what it lies by, beyond or along ("Забайкалье",
# "Приволжье", "Поволжье"): its adjective is the region's before a town's of the same stem
REGION_PREFIXES = ("за", "при", "по", "под", "пред")
PLACE, COMMON, PERSON = "place", "common", "person"  # what a noun names


def _noun_kind(word: str) -> str | None:
    """What pymorphy2's dictionary has word as, in its best reading, when word is that
    reading's lemma: a place name (``PLACE``), a person's name (``PERSON``), another noun
    (``COMMON``); None when it has no such noun (another word's form, a guess)."""
    if not morph.in_dictionary(word):
        return None
    best = morph.parses(word)[0]
    if best.normal_form != word or best.tag.POS != "NOUN":
        return None
    if "Geox" in best.tag:
        return PLACE
    return PERSON if _NAMES & best.tag.grammemes else COMMON


def _of_a_people(stem: str) -> bool:
    """Whether the stem with a plural ending names a people (``татары``, ``чуваши``,
    ``славяне``): the adjective is the people's (``татарской кухни``)."""
    for plural in (stem + "ы", stem + "и", stem + "е"):
        if morph.in_dictionary(plural):
            grammemes = morph.parses(plural)[0].tag.grammemes
            if {"NOUN", "anim", "plur"} <= grammemes and not _NAMES & grammemes:
                return True
    return False


def _capitalised(name: str) -> str:
    return "-".join(part.capitalize() for part in name.split("-"))


@caches.bounded(caches.WORDS)
def place_of_adjective(word: str) -> str | None:
    """The place (capitalised nominative: ``Москва``, ``Нью-Йорк``) that the relative adjective
    word is formed from, else None: also when the first noun it may be formed from is a common
    one (``майский``, ``братский``). A city in ``-ск`` (``Минск``, ``минский``) comes first,
    when the stem alone is no noun (``ленинский`` is Lenin's, not Ленинск's; ``октябрьский``
    October's), and when the stem is a common noun and the stem with an ending another
    place's name (``омский``: ом, Ома, a river; ``саранский``: Сарань): the city is what the
    adjective names; not when the stem is a name itself (``ивановский``: Иваново, not
    Ивановск; ``крымский``: Крым, not Крымск)."""
    folded = fold(word.lower())
    if lookup_country_form(folded):
        return None  # a country's adjective: COUNTRY
    for reading in morph.parses(folded):
        tag = reading.tag
        if "ADJF" not in tag or "Subx" in tag:
            continue
        lemma = reading.normal_form
        if lemma.endswith("ческий"):
            return None  # of a noun in -ика, -изм (политический, исторический), no place
        if lemma.endswith("ный"):  # "подмосковный": Подмосковье, a region by what it lies by
            region = lemma[:-3] + "ье"
            found = lemma.startswith(REGION_PREFIXES) and _noun_kind(region) == PLACE
            return _capitalised(region) if found else None
        if lemma.endswith(("ский", "ской")):
            stem = lemma[:-4]
            if _of_a_people(stem):
                return None
            bases = (stem, stem[:-1]) if stem.endswith("ь") else (stem,)
            if stem.endswith("ей"):  # "гвардейский" is гвардия's, not Гвардейск's
                bases += (stem[:-2] + "ия",)
            region = stem.removesuffix("ь") + "ье"  # "забайкальский": Забайкалье, before
            if stem.startswith(REGION_PREFIXES) and _noun_kind(region) == PLACE:  # a town
                return _capitalised(region)
            town = stem + "ск"
            kinds = {_noun_kind(base) for base in bases}
            if _noun_kind(town) == PLACE and (
                kinds == {None} or (kinds <= {None, COMMON} and _derived(lemma) is not None)
            ):
                return _capitalised(town)
        return _derived(lemma) or _of_a_side(lemma)  # the best adjective reading decides
    return None


def _derived(lemma: str) -> str | None:
    """The place the first noun lemma may be formed from names (``_stems``), None when that
    noun is a common one or there is none, unless the stem is itself a place's name ("киевский":
    Киев, not the common кива a fleeting vowel makes of it; "самарский": Самара, then Самар)."""
    for name in _stems(lemma):
        kind = _noun_kind(name)
        if kind == PLACE:
            return _capitalised(name)
        if kind == COMMON:
            own = lemma[:-4]
            return _capitalised(own) if _noun_kind(own) == PLACE else None
    return None


def _of_a_side(lemma: str) -> str | None:
    """The place a compound adjective of a side of a place names: the side's adjective, in the
    place's gender, before the place the rest is formed from ("северокавказский" -> Северный
    Кавказ, "западноевропейский" -> Западная Европа); a people's adjective there is of the
    people's land (осетин-ский, Осетия: "южноосетинский" -> Южная Осетия). The rest names a
    place by construction, so the first place among its stems is it, whatever nouns come first
    ("американский": американа, Америка)."""
    prefix, side = next(((p, s) for p, s in SIDE_PREFIXES if lemma.startswith(p)), ("", ""))
    if not side:
        return None
    rest = lemma[len(prefix) :].removeprefix("-")
    stems = _stems(rest) if len(rest) > 6 else []
    if rest.endswith("инский"):  # a people in -ин: осетин, Осетия
        stems.append(rest[:-6] + "ия")
    place = next((name for name in stems if _noun_kind(name) == PLACE), None)
    if place is None:
        return None
    tag = morph.parses(place)[0].tag
    number = {"plur"} if tag.number == "plur" else {"sing", tag.gender}
    adjective = morph.inflect(morph.parses(side)[0], {"nomn", *number})
    return f"{_capitalised(adjective or side)} {_capitalised(place)}"


def postposed_place(text: str, start: int, stop: int) -> str | None:
    """The place whose adjective the one word text[start:stop] is, written after the title of
    a domain it agrees with (``DOMAIN_TITLES``: "епископом Таллинским", "патриарха Московского
    и всея Руси", "герцогиня Кембриджская"), else None: after a thing's noun it is the thing's
    own name ("станция Новопетровская"), after another person noun a surname ("композитор
    Чайковский"), and with no noun before it a name's whose head is left out ("в Тульской и
    Смоленской" областях)."""
    word = text[start:stop]
    if not word.isalpha() or not _CANDIDATE.fullmatch(word):
        return None
    before = word_before(text, start)
    if before is None or not _agrees_with_title(word, before["word"]):
        return None
    return place_of_adjective(word)


# Titles of a domain, whose place follows them as an adjective ("принц Уэльский", "митрополит
# Русенский", "Папа Римский"): nobility, monarchs and bishops (lemmas)
DOMAIN_TITLES = frozenset(
    {
        "принц", "принцесса", "князь", "княгиня", "герцог", "герцогиня", "граф", "графиня",
        "маркиз", "маркиза", "барон", "баронесса", "король", "королева", "царь", "царица",
        "император", "императрица", "епископ", "архиепископ", "митрополит", "патриарх", "папа",
        "экзарх",
    }
)  # fmt: skip


def _agrees_with_title(adjective: str, noun: str) -> bool:
    """Whether some adjective reading of adjective agrees with a reading of noun as a title of
    ``DOMAIN_TITLES``."""
    titles = [
        p for p in morph.parses(noun) if grammar.is_noun(p) and p.normal_form in DOMAIN_TITLES
    ]
    adjectives = [p for p in morph.parses(adjective) if grammar.is_adjective(p)]
    return any(grammar.agrees(a, n) for a in adjectives for n in titles)


def _is_language(text: str, match: re.Match) -> bool:
    """An adjective in the prepositional after ``на`` with no noun of its own names a
    language: ``говорит на татарском``, not ``на европейские, африканские рынки``."""
    return match.group().endswith("ом") and bool(
        _ON.search(text, max(0, match.start() - 4), match.start())
    )


def _candidates(text: str) -> Iterator[re.Match]:
    """``_CANDIDATE.finditer(text)``, begun where one may start: a candidate ends at a match of
    ``_CANDIDATE_END``, so a text with none has none (most paragraphs), and none starts before
    the first one's word, which no candidate crosses (it holds no space; a word before it
    holds no candidate's end). ``tests/test_places.py`` compares the two."""
    end = _CANDIDATE_END.search(text)
    if end is None:
        return iter(())
    return _CANDIDATE.finditer(text, text.rfind(" ", 0, end.start()) + 1)


def _all_candidates(text: str) -> Iterator[re.Match]:
    """The candidates in -ский and, in order with them, the adjectives in -ный of a region
    (``_REGION_CANDIDATE``: "подмосковных")."""
    regions = _REGION_CANDIDATE.finditer(text)
    return heapq.merge(_candidates(text), regions, key=lambda m: m.start())


@caches.by_text(caches.WORDS)
def find_place_adjectives(text: str) -> list[tuple[int, int, str]]:
    """(start, stop, place) of every adjective of a place in text, in order (cached by text,
    as the other scans of a paragraph are: a paragraph said again is scanned once)."""
    found = []
    passed = 0  # the end of the coordination a language's adjective began
    for match in _all_candidates(text):
        if match.start() < passed:
            continue  # "на чувашском, марийском и татарском": languages all
        end = match.end()
        while coordinated := _COORDINATED.match(text, end):
            end = coordinated.end()
        following = _NEXT_WORD.match(text, end)
        after = fold(following.group(1).lower()) if following else ""
        if not after and _is_language(text, match):
            passed = end
            continue  # "стихи на татарском."
        if after.startswith("язык") or (
            after.startswith(_PLACE_HEADS)
            and not grammar.may_be_adjective(after)
            and not match.group().islower()
        ):
            continue  # "Калининградской области", "Рязанской и Тверской областях", "языке"
            # (not "Выборгском районном суде": an adjective is no head; nor one in lower case,
            # no proper name's start: "в московских районах", "в нью-йоркском районе Челси")
        place = place_of_adjective(match.group())
        if place is not None:
            found.append((match.start(), match.end(), place))
    return found

"""Is a word a person noun that can name a position: "футболист", "министра", "кронпринц"?

The test is morphological: a common animate noun (pymorphy2 ``NOUN,anim``, not a first name,
surname, patronymic, place, organisation or abbreviation) is a person noun. Most person nouns
name what someone does or is appointed to, but a few closed classes do not, and they are listed
here because morphology cannot tell them apart (``сын`` declines like ``министр``):

- kinship and family ("сын", "вдова"): a relation to another person, not a position;
- other relations between people ("друг", "сосед", "коллега", "сторонник", "преемник"): the
  same; so is every noun of one who shares something with another, made with "одно-"
  ("однокурсник", "одноклассница", "однополчанин": ``SHARING``), recognised by that prefix;
- honours ("лауреат", "победитель", "кавалер"): a relation to an award or contest, not a post;
- participants and clients ("пассажир", "пациент", "зритель", "свидетель", "заложник"): a
  relation to an event or a service, not an occupation;
- generic people nouns ("человек", "женщина", "житель", "гражданин"): they say who someone is,
  not what they do; "житель"/"гражданин"/"уроженец" say where they are from, like a demonym;
- courtesy titles ("господин", "миссис", "сэр"): a form of address, part of the name if anything.

Fame ("чемпион", "звезда", "герой") and founders and creators ("основатель", "создатель",
"автор": a relation to what they made) still name someone in an attribution ("— сказала
чемпионка"), so they are no ``person_head``'s exception, but no ``position_head``: they are
no position written before a name.

Demonyms ("американец", "россиянка") are nationality, not positions: they are recognised from
the country gazetteer (the noun's stem is the stem of a country adjective), not listed. The
old position-stem list (``POSITION``) stays as a second source of heads, for the few position
words pymorphy2 reads as inanimate or does not know.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .. import caches
from ..lang import grammar, morph, speech
from ..lang.letters import LOWER

NOT_COMMON = {"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Init", "Trad"}
KINSHIP = {
    "сын", "дочь", "дочка", "жена", "муж", "супруг", "супруга", "мать", "мама", "отец", "папа",
    "брат", "сестра", "вдова", "вдовец", "дед", "дедушка", "бабушка", "бабка", "внук", "внучка",
    "правнук", "правнучка", "дядя", "тётя", "тетя", "племянник", "племянница", "тесть", "тёща",
    "свёкор", "свёкр", "свекровь", "зять", "невестка", "сноха", "шурин", "свояк",
    "кузен", "кузина", "отчим", "мачеха", "пасынок", "падчерица", "жених", "невеста",
    "родственник", "родственница", "родитель", "предок", "потомок", "сирота", "близнец",
    "первенец",
}  # fmt: skip
# the two generations a kinship noun names ("его отец", "и его сын": ``resolve``'s -старший)
PARENTS = frozenset({"отец", "мать", "папа", "мама"})
CHILDREN = frozenset({"сын", "дочь", "дочка"})
RELATIONS = {
    "друг", "подруга", "приятель", "приятельница", "сосед", "соседка", "коллега", "соратник",
    "соратница", "соперник", "соперница", "противник", "противница", "сторонник", "сторонница",
    "поклонник", "поклонница", "фанат", "фанатка", "союзник", "союзница", "оппонент",
    "собеседник", "собеседница", "гость", "гостья", "любовник", "любовница", "кумир",
    "однофамилец", "однофамилица", "тёзка", "ровесник", "ровесница", "сверстник", "земляк",
    "землячка", "соотечественник", "соотечественница", "предшественник", "предшественница",
    "преемник", "преемница", "конкурент", "конкурентка",
}  # fmt: skip
HONOURS = {
    "лауреат", "лауреатка", "победитель", "победительница", "призёр", "призер", "обладатель",
    "обладательница", "кавалер", "номинант", "номинантка", "финалист", "финалистка",
}  # fmt: skip
FAME = {
    "чемпион", "чемпионка", "рекордсмен", "рекордсменка", "герой", "героиня", "звезда",
    "легенда",
}  # fmt: skip
# speech.SOMEONE: the nouns that name a person by sex ("мужчина", "девушка"), shared with quotes
GENERIC = speech.SOMEONE | {
    "человек", "люди", "юноша", "мальчик", "девочка",
    "ребёнок", "ребенок", "дети", "подросток", "малыш", "младенец", "старик", "старушка",
    "житель", "жительница", "гражданин", "гражданка", "уроженец", "уроженка", "горожанин",
    "горожанка", "иностранец", "иностранка", "персона", "особа",
}  # fmt: skip
COURTESY = {
    "господин", "госпожа", "мистер", "миссис", "мисс", "мадам", "мадемуазель", "месье", "мсье",
    "сэр", "леди", "сеньор", "сеньора", "синьор", "синьора", "фрау", "герр", "пан", "пани",
    "товарищ",
}  # fmt: skip
CREATORS = {
    "основатель", "основательница", "сооснователь", "сооснователица", "основоположник",
    "основоположница", "создатель", "создательница", "изобретатель", "изобретательница",
    "организатор", "организаторша", "автор", "соавтор",
}  # fmt: skip
PARTICIPANTS = {
    "пассажир", "пассажирка", "пациент", "пациентка", "клиент", "клиентка", "покупатель",
    "покупательница", "посетитель", "посетительница", "зритель", "зрительница", "слушатель",
    "слушательница", "читатель", "читательница", "пользователь", "пользовательница", "абонент",
    "вкладчик", "вкладчица", "избиратель", "избирательница", "болельщик", "болельщица",
    "свидетель", "свидетельница", "очевидец", "очевидица", "заложник", "заложница", "пленник",
    "пленница", "узник", "узница",
}  # fmt: skip
NOT_POSITIONS = KINSHIP | RELATIONS | HONOURS | PARTICIPANTS | GENERIC | COURTESY
# positions held for another person, whose name they govern in the genitive ("помощник
# Германа Грефа", "охранник Владимира Путина"): a closed class, as kinship is; "телеведущая
# Елены Летучей" can only be apposition
SERVING = {
    "помощник", "помощница", "заместитель", "советник", "советница", "охранник",
    "телохранитель", "секретарь", "пресс-секретарь", "адвокат", "представитель",
    "представительница", "референт", "водитель", "спичрайтер",
}  # fmt: skip
SHARING = "одно"  # the prefix of one who shares a course, a class, a regiment with another
# people nouns that still name someone in an attribution ("— сказала чемпионка", "— заявил
# основатель компании") but no position before a name: ``position_head``
NOT_POSTS = FAME | CREATORS
PREFIXES = re.compile(r"^(?:экс|вице|и\.\s?о\.)[- ]?", re.IGNORECASE)
KNOWN_SHARE = 0.1  # the share of pymorphy2's estimate a person reading needs ("главе": .15)
GUESS_SHARE = 0.5  # the same for a word pymorphy2 only guesses about
FIXED_SHARE = 0.9  # a capitalised indeclinable noun is a person noun only when nearly always
DEPUTY = re.compile(rf"^зам(?=[{LOWER}]{{4}})")  # "замгубернатора" = "заместитель губернатора"
SURE_SHARE = 0.5  # below it, a head needs a name whose case agreement confirms it
FUNCTION_WORDS = grammar.FUNCTION | {"INTJ", "ADVB", "NPRO"}
DEMONYM_SUFFIXES = ("янин", "анин", "янка", "анка", "ец", "ка", "ин", "")
POSITION = re.compile(
    r"(?<![\w-])(?:(?:экс|вице|и\.\s?о\.)[- ]?)?(?:"
    r"министр|замминистр|глав[аыеуо]й?|президент|премьер|председател|сопредседател|заместител|замглав"
    r"|руководител|основател|соучредител|учредител|директор|гендиректор|губернатор|вице-губернатор|мэр"
    r"|спикер|посол|послом|генсек|секретар|пресс-секретар|советник|представител|полпред|канцлер|корол"
    r"|принц|депутат|сенатор|судь[яеюи]|прокурор|генпрокурор|лидер|командующ|начальник|ректор"
    r"|главнокомандующ|владел|совладел|менеджер|аналитик|эксперт|журналист|премьер-министр|патриарх"
    r"|(?:радио|теле)?ведущ|заведующ"
    r"|митрополит|атаман|шеф|главред|редактор|управляющ|партнер|партнёр|исполнительн|генерал|адмирал"
    r"|полковник|майор|капитан|тренер|наставник|форвард|нападающ|защитник|вратар|певиц|певец|актер"
    r"|актёр|актрис|режисс[её]р|писател|поэт|художник|композитор|профессор|академик|ученый|учёный"
    r")\w*",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Head:
    """A word read as a position's head: its person-noun readings, and whether pymorphy2 is
    sure of them (else the name's case must confirm the reading: "боя", "премьера")."""

    readings: tuple[Any, ...] = ()
    sure: bool = False
    case_free: bool = False  # "замгубернатора": "зам" + a genitive, whatever the name's case


NOT_A_HEAD = Head()


@caches.bounded(caches.WORDS)
def person_head(word: str) -> Head:
    """word as a person noun that can name a position (``NOT_A_HEAD`` when it is not one): its
    own readings, or for a hyphenated compound pymorphy2 does not know ("фолк-рок-исполнитель",
    "фолк-певца") those of its last part, the compound's head. Cached as written (its lower
    case is read once, ``_person_head``): the role finder asks it of every word before every
    name."""
    head = _person_head(word.lower())
    fixed = any("Fixd" in morph.facts(p.tag).grammemes for p in head.readings)
    if word[:1].isupper() and fixed and person_share(word) < FIXED_SHARE:
        return NOT_A_HEAD  # "Макао": an indeclinable capitalised word is a foreign name
    return head


@caches.bounded(caches.WORDS)
def position_head(word: str) -> Head:
    """``person_head``, but not of fame or of a founder or creator ("чемпион", "звезда",
    "основатель", "автор"): they name someone, but not a position the role before a name is."""
    head = person_head(word)
    if any(_in_class(p.normal_form, _FOLDED_NOT_POSTS) for p in head.readings):
        return NOT_A_HEAD
    return head


def coordinated_position(words: list[str], cases: set[tuple[str | None, str | None]]) -> int | None:
    """Where the head of a second position stands among words, those after the "и" that
    coordinates it with a first: the first word or the first after at most three adjectives
    ("и вице-премьером", "и бывший главный редактор"), a position noun in one of cases, the
    (case, number) readings of the first position's head; None when there is none ("министра
    науки и образования": the first head's complement)."""
    for at, word in enumerate(words[:4]):
        if any((morph.case_of(p), p.tag.number) in cases for p in position_head(word).readings):
            return at
        if not grammar.may_be_adjective(word.lower()):
            return None
    return None


def person_readings(word: str) -> list[Any]:
    """The readings of ``person_head``."""
    return list(person_head(word).readings)


@caches.bounded(caches.WORDS)
def _person_head(word: str) -> Head:
    deputy = DEPUTY.match(word)
    if deputy and not morph.is_known(word):
        of = _person_head(word[deputy.end() :])  # "замгубернатора": deputy of a governor
        genitive = [p for p in of.readings if morph.case_of(p) == "gent"]
        if genitive:
            return Head(tuple(genitive), of.sure, case_free=True)
    bare = PREFIXES.sub("", word) or word
    used = bare
    readings = _animate_nouns(bare)
    if not readings and "-" in bare and not morph.is_known(bare):
        used = bare.rsplit("-", 1)[1]
        readings = _animate_nouns(used)
    if not readings and POSITION.fullmatch(word):
        # a position's noun, or an adjective or participle used as one ("управляющий",
        # "заведующая", "радиоведущая": pymorphy2's Subx)
        readings = [
            p
            for p in morph.parses(bare)
            if (p.tag.POS == "NOUN" or "Subx" in p.tag.grammemes) and p.tag.case
        ]
        return Head(tuple(readings), True) if readings else NOT_A_HEAD
    if any(_in_class(p.normal_form, _FOLDED_NOT_POSITIONS) for p in readings):
        return NOT_A_HEAD
    if any(p.normal_form.startswith(SHARING) for p in readings):
        return NOT_A_HEAD  # "однокурсник": a relation to another person
    if not readings or _is_demonym(readings[0].normal_form):
        return NOT_A_HEAD
    return Head(tuple(readings), person_share(used) >= SURE_SHARE)


def serves(word: str) -> bool:
    """Whether word is a position held for another person (``SERVING``: "помощника")."""
    return any(_in_class(p.normal_form, _FOLDED_SERVING) for p in person_readings(word))


def is_courtesy(word: str) -> bool:
    """A courtesy title ("миссис", "господина"): coordinated with a position, it ends the role."""
    return any(p.normal_form in COURTESY for p in morph.parses(word.lower()))


def _animate_nouns(word: str) -> list[Any]:
    """Common animate noun readings, when they carry enough of pymorphy2's estimate (a word
    it does not know, "медиаменеджер", needs more): "бой" (a fight far more often than a
    servant) and "после" (a preposition, not the locative of "посол") are not person nouns."""
    readings = morph.parses(word) if len(word) > 2 else ()
    if not readings or readings[0].tag.POS in FUNCTION_WORDS:
        return []
    animate = [p for p in readings if _is_animate_noun(p)]
    need = KNOWN_SHARE if morph.is_known(word) else GUESS_SHARE
    return animate if animate and person_share(word) >= need else []


@caches.bounded(caches.WORDS)
def person_share(word: str) -> float:
    """The share of pymorphy2's estimate that word is a common animate noun: 1.0 for
    "министра", .37 for "премьера" (more often the first showing), .25 for "боя"."""
    readings = morph.parses(word.lower())
    total = sum(p.score for p in readings) or 1.0
    return sum(p.score for p in readings if _is_animate_noun(p)) / total


def _is_animate_noun(p: Any) -> bool:
    tag = morph.facts(p.tag)
    return bool(
        tag.pos == "NOUN"
        and tag.animacy == "anim"
        and tag.case
        and not (NOT_COMMON & tag.grammemes)
    )


_FOLDED_NOT_POSITIONS = {word.replace("ё", "е") for word in NOT_POSITIONS}
_FOLDED_NOT_POSTS = {word.replace("ё", "е") for word in NOT_POSTS}
_FOLDED_SERVING = {word.replace("ё", "е") for word in SERVING}


def _in_class(lemma: str, folded: set[str]) -> bool:
    """Is the lemma, or a part of a hyphenated compound ("поп-звезда" is a звезда,
    "отец-основатель" an отец), in the class (folded: ё as е)?"""
    return any(part in folded for part in lemma.replace("ё", "е").split("-"))


@caches.bounded(caches.WORDS)
def _is_demonym(lemma: str) -> bool:
    """Does the noun name a country's people ("американец", "россиянка", "француз")? Its stem,
    without a demonym suffix, plus an adjective suffix is a country adjective."""
    from ..countries import lookup_country_form

    for suffix in DEMONYM_SUFFIXES:
        if suffix and not lemma.endswith(suffix):
            continue
        stem = lemma[: len(lemma) - len(suffix)]
        if len(stem) < 3:
            continue
        for ending in ("ский", "ийский", "йский", "кий"):
            found = lookup_country_form(stem + ending)
            if found and found[1] == "adjective":
                return True
    return False

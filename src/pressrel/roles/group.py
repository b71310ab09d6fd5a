"""What a role's head governs: the words between a position noun and the name after it.

After the head of a role come only its dependents: genitives ("министр иностранных дел",
"председатель совета директоров"), names NER found (organisations, places, countries, which
may hold prepositions: "Европейского суда по правам человека"), quoted or Latin names
("«Бананца»", "Talk Talk"), acronyms ("ФБР"), a second position noun coordinated with the head
("основателем и председателем"), "от" with what the holder represents ("сенатор от штата
Вермонт", "депутат от партии"), "по" with the field the position is of, in the dative
("директор по коммуникациям", "советник президента по национальной безопасности"; not a noun a
name is given by: "по кличке"), a preposition of where the position is held before a proper
name NER found ("постпред России при ООН", "руководитель фракции в Мосгордуме"), "в" with what
one is put up for ("кандидат в президенты"), a possessive that does not decline before a
genitive that is no one ("председатель его совета директоров"), and an abbreviation in brackets
("президент Международного олимпийского комитета (МОК)"). Anything else (another preposition,
an adverb or particle, a pronoun, a verb, a number, a noun in another case, a courtesy title
after "и") means the name is not what the head is about: "генералов полиции в деле", "эксперты
именно на", "президент и миссис".
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from .. import caches
from ..lang import grammar, morph
from ..lang.letters import PLACE_ABBREVIATION, PLACE_KINDS
from ..lang.marks import QUOTES, after_mark
from ..lang.namesakes import NAMING_NOUNS
from .heads import coordinated_position, is_courtesy, person_readings

TOKEN = re.compile(
    rf"(?<!\w)и\.\s?о\.|{PLACE_ABBREVIATION}|\w+(?:['’-]\w+)*-?|[{QUOTES}]|\S", re.IGNORECASE
)
PLACE_KIND = re.compile(PLACE_ABBREVIATION)  # "г." before a place's name
PLACE_KIND_TOKENS = frozenset(f"{kind}." for kind in PLACE_KINDS)
LATIN = re.compile(r"^[A-Za-z][A-Za-z'’&.-]*$")
NOT_DEPENDENTS = grammar.FUNCTION | grammar.VERBAL | {"INTJ", "COMP", "PRED", "NPRO"}
DEPENDENT_POS = {"NOUN", "ADJF", "PRTF", "NUMR"}
REPRESENTS = "от"  # the one preposition a role holds outside a name: "депутат от партии"
FIELD = "по"  # the field a position is of, in the dative: "директор по коммуникациям"
PASSED = frozenset({"и", REPRESENTS, "из", FIELD})  # words ``governed`` may pass, where they stand
# the prepositions of where a position is held, before a name NER found: "постпред России при
# ООН", "руководитель фракции ЕР в Мосгордуме", "ведущий программы на канале ТВЦ"
SEATS = frozenset({"в", "во", "на", "при"})
INTO = "в"  # a role one is put up for, with a plural person noun: "кандидат в президенты"
# the possessives that do not decline, before a genitive of the group: "председатель его совета
# директоров"
POSSESSIVES = frozenset({"его", "её", "ее", "их"})


class Token(NamedTuple):
    """A token of the clause before a name (a tuple: a role's search makes one per word of
    every clause it reads, and a tuple is made at half a frozen dataclass's cost)."""

    start: int
    stop: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()

    @property
    def is_quote(self) -> bool:
        return self.text in QUOTES


def tokens(text: str, left: int, right: int) -> list[Token]:
    """The words, quotes and other characters of text[left:right], with their offsets."""
    return [
        Token(left + m.start(), left + m.end(), m.group()) for m in TOKEN.finditer(text[left:right])
    ]


def governed(words: list[Token], at: int, readings: list[Any], context: Any) -> int | None:
    """Where the group headed by words[at] ends (the offset after its last token) when every
    token after the head, up to the name, is a dependent of it; None otherwise."""
    head = words[at]
    names = context.names_in(head.stop, words[-1].stop) if len(words) > at + 1 else []
    head_cases = {morph.case_of(p) for p in readings}
    quoted: tuple[str, ...] = ()  # the quotes open at the token
    k = at + 1
    while k < len(words):
        token = words[k]
        if any(s <= token.start and token.stop <= e for s, e in names) or _before_a_name(
            words, k, names
        ):
            k += 1
        elif token.is_quote:
            quoted = after_mark(token.text, quoted)
            k += 1
        elif quoted:
            k += 1
        elif token.lower == "и":
            after = words[k + 1] if k + 1 < len(words) else None
            if after is None or not after.is_word or is_courtesy(after.text):
                return None
            if k == at + 1 and any(
                morph.case_of(p) in head_cases for p in person_readings(after.text)
            ):
                k += 2  # "основателем и председателем"
            elif (
                second := coordinated_position(
                    [w.text for w in words[k + 1 : k + 5]],
                    {(morph.case_of(p), p.tag.number) for p in readings},
                )
            ) is not None:
                k += 2 + second  # "пресс-секретарь «Роснефти» и бывший главный редактор"
            else:
                k += 1  # the next word is checked as a genitive
        elif token.lower == REPRESENTS and k + 1 < len(words):
            k += 1
        elif token.lower == FIELD and k + 1 < len(words) and _opens_a_field(words[k + 1].text):
            k += 2  # "директор по коммуникациям": the field a position is of
            while k < len(words) and _is_dative(words[k].text):
                k += 1
        elif token.lower == "из" and k > at + 1 and _is_one(words[k - 1]):
            k += 1  # "главу одного из кланов": a partitive inside the group
        elif _seat_or_candidacy(words, k, names) or _possessive_or_bracketed(words, k):
            k += 1  # "постпред России при ООН", "кандидат в президенты", "его совета", "(ФБК)"
        elif _genitive_dependent(token):
            k += 1
        else:
            return None
    return words[-1].stop


def first_head(words: list[Token], context: Any) -> int:
    """The first index of words a head may stand at and still govern every token after it up
    to the name (``governed``), read from the end: the last token no group takes in (not in a
    name NER found, not a quote, not "и", "от" or "из", not a genitive dependent) ends the
    groups of every head before it, except a head "и" coordinates with it ("основателем и
    председателем"). 0 when a quote is among the words (a quoted token passes, depending on
    where the group starts)."""
    if any(t.is_quote for t in words):
        return 0
    names = context.names_in(words[0].start, words[-1].stop) if words else []
    k = len(words)
    while (k := k - 1) > 0:
        token = words[k]
        if token.lower in PASSED or any(s <= token.start and token.stop <= e for s, e in names):
            continue
        if _before_a_name(words, k, names):
            continue
        if _in_a_field(words, k) or _seat_or_candidacy(words, k, names):
            continue
        if _possessive_or_bracketed(words, k):
            continue
        if not _genitive_dependent(token):
            if k >= 2 and words[k - 1].lower == "и":
                return k - 2
            conjunction = _after_adjectives(words, k)
            if conjunction is None:
                return k
            k = conjunction  # "президент Гильдии ... и бывший министр": the first one's group
    return 0


def _after_adjectives(words: list[Token], k: int) -> int | None:
    """The index of the "и" before the adjectives before a position's head words[k] ("и
    бывший главный [редактор]"), which may coordinate it with a first position and its
    group; None when there is none."""
    if not person_readings(words[k].text):
        return None
    j = k - 1
    while j > 0 and words[j].is_word and grammar.may_be_adjective(words[j].lower):
        j -= 1
    return j if j < k - 1 and words[j].lower == "и" else None


def _possessive_or_bracketed(words: list[Token], k: int) -> bool:
    """Whether words[k] is a possessive that does not decline before a genitive of the group
    ("председатель его совета директоров"), or a token of an abbreviation in brackets after a
    name ("президент Международного олимпийского комитета (МОК)")."""
    if words[k].lower in POSSESSIVES:  # not someone's: "артист и его супруги певицы"
        following = words[k + 1] if k + 1 < len(words) else None
        return (
            following is not None
            and _genitive_dependent(following)
            and not _animate(following.text.lower())
        )
    if words[k].text == "(":
        return k + 2 < len(words) and _abbreviation(words[k + 1]) and words[k + 2].text == ")"
    if _abbreviation(words[k]):
        return 0 < k < len(words) - 1 and words[k - 1].text == "(" and words[k + 1].text == ")"
    if words[k].text == ")":
        return k >= 2 and _abbreviation(words[k - 1]) and words[k - 2].text == "("
    return False


def _animate(word: str) -> bool:
    return any(grammar.is_noun(p) and p.tag.animacy == "anim" for p in morph.parses(word))


def _abbreviation(token: Token) -> bool:
    return len(token.text) > 1 and token.text.isupper() and token.text.isalpha()


def _seat_or_candidacy(words: list[Token], k: int, names: list[tuple[int, int]]) -> bool:
    """Whether words[k] is a preposition of where a position is held before a proper name NER
    found (``SEATS``: "при ООН", "в Мосгордуме"), or "в" with a plural person noun in the nominative
    form ("кандидат в президенты", the accusative of what one is put up for), or that noun."""
    if words[k].lower == INTO and k + 1 < len(words) and _candidacy(words[k + 1].text):
        return True
    if k >= 1 and words[k - 1].lower == INTO and _candidacy(words[k].text):
        return True
    if words[k].lower not in SEATS or k + 1 >= len(words):
        return False
    following = words[k + 1]  # a proper name: a generic body takes its owner's genitive, which
    # may be the name ("генпрокурор в администрации Джорджа Буша": Буш's administration)
    return following.text[:1].isupper() and any(
        s == following.start and following.stop <= e for s, e in names
    )


def _candidacy(word: str) -> bool:
    """Whether word is a person noun in the nominative plural ("президенты", "депутаты"; its
    readings cached by ``person_readings``)."""
    return any(morph.case_of(p) == "nomn" and p.tag.number == "plur" for p in person_readings(word))


def _before_a_name(words: list[Token], k: int, names: list[tuple[int, int]]) -> bool:
    """Whether words[k] is a place's kind abbreviated before a name NER found ("г. Тулы")."""
    if k + 1 >= len(words) or words[k].lower not in PLACE_KIND_TOKENS:
        return False
    following = words[k + 1]
    return any(s <= following.start and following.stop <= e for s, e in names)


def _in_a_field(words: list[Token], k: int) -> bool:
    """Whether words[k] is a word of a field after "по" ("по национальной безопасности")."""
    while k > 1 and _is_dative(words[k].text):
        k -= 1
        if words[k].lower == FIELD:
            return _opens_a_field(words[k + 1].text)
    return False


def _opens_a_field(word: str) -> bool:
    """Whether word, after "по", may open the field a position is of: a dative, not a noun a
    name is given by ("оцелот по кличке Babou", "по фамилии")."""
    return _is_dative(word) and NAMING_NOUNS.isdisjoint(grammar.noun_lemmas(word.lower()))


@caches.bounded(caches.WORDS)
def _is_dative(word: str) -> bool:
    """Whether word may be a noun or adjective in the dative: a word of the field a position
    is of after "по" ("по коммуникациям", "по национальной безопасности", "по делу")."""
    return any(
        morph.case_of(p) == "datv" for p in morph.parses(word.lower()) if p.tag.POS in DEPENDENT_POS
    )


def _is_one(token: Token) -> bool:
    return any(p.normal_form == "один" for p in morph.parses(token.lower))


def _genitive_dependent(token: Token) -> bool:
    """Can the word be part of a genitive the head governs ("связи", "массовых", "США")?"""
    return _is_genitive_dependent(token.text)


@caches.bounded(caches.WORDS)
def _is_genitive_dependent(word: str) -> bool:
    """``_genitive_dependent`` of a token's text, read once per word form: each head before a
    name and each name of the document asks it of the same words."""
    if not word[:1].isalnum() or any(c.isdigit() for c in word):
        return False
    if LATIN.match(word) or (word.isupper() and len(word) > 1):
        return True  # a foreign name or an acronym: "Talk Talk", "ФБР"
    readings = morph.parses(word.lower())
    if not readings or readings[0].tag.POS in NOT_DEPENDENTS or "Apro" in readings[0].tag:
        return False
    if not morph.is_known(word.lower()) and word[:1].isupper():
        return True  # a name pymorphy2 does not know: "Вермонт"
    return any(
        p.tag.POS in DEPENDENT_POS
        and "Apro" not in p.tag
        and (morph.case_of(p) == "gent" or "Fixd" in p.tag)
        for p in readings
    )

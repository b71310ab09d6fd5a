"""Grammatical gender and case of people's names, pronouns and the words that agree with them.

Resolution asks two questions of a mention: which gender can its person be, and which readings
(gender and case) can a bare surname as written be in. pymorphy2 answers both from paradigms:

- a given name's gender is its ``Name`` reading in the nominative ("Алла" femn, "Саша" ms-f:
  unknown); a surname's is its ``Surn`` nominative ("Горбачёва" femn, "Бут" either: unknown);
- a surname as written has one reading per case and gender its paradigm allows
  ("Горбачёва": her nominative, his genitive or accusative; "Бут": his nominative, or hers in
  any case, as feminine surnames ending in a consonant do not decline);
- the words next to the mention narrow that down (``agreements``): a past-tense verb or a short
  participle that agrees with it as its subject ("заявила Горбачёва", "Бут не признал"), a full
  adjective or participle before it ("бывшего Горбачёва"), a preposition or "по" and a noun
  before it ("у Горбачёва", "по словам Горбачёва"), which rule out the nominative. A noun in
  an oblique case alone does not: "в октябре Чавес" is a subject, "в творчестве Остин" not;
- a noun naming a woman right before the name, in the name's case, is in apposition to it
  (``apposition_gender``: "первая леди Мишель Обама"); masculine nouns name women too.

Nothing here guesses: a word pymorphy2 cannot read gives no evidence rather than a default.

Size: every reading of the words next to a name (predicate, adjective, preposition and the case
it governs, a noun in apposition, an attribution) shares one tokenisation and one notion of
agreement; split, each part would repeat them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from .. import caches
from . import grammar, marks, morph, surnames
from .fold import fold
from .letters import CONSONANTS, CYRILLIC

MASC, FEMN = "masc", "femn"
NOMINATIVE = "nomn"
OBLIQUE = ("gent", "datv", "accs", "ablt", "loct")
PRONOUNS = {"он": MASC, "она": FEMN}  # "они", "оно" name no one person
COUNTED_NOUN = re.compile(r"\d[ \u00a0]+[^\W\d_]+[ \u00a0]+$")  # "2015 годах ", "3 года "
TOKEN = re.compile(rf"[{CYRILLIC}A-Za-z]+(?:-[{CYRILLIC}A-Za-z]+)*|[^\w\s]")
REACH = 120  # characters either side of a mention that may hold an agreeing word or attribution
SKIPPABLE = {"PRCL", "ADVB"}  # "Бут не признал", "Иванова также заявила"
MAX_SKIPPED = 2
SENTENCE_OPENERS = set(".!?…—–-(" + marks.OPENING)
DASHES = set("—–-")
LATIN = re.compile(r"^[A-Za-z][A-Za-z-]*$")  # "(Human Rights Foundation)"
MAX_ROLE_WORDS = 10  # words between an attribution's verb and the speaker's name
CLOSING_QUOTES = set(marks.CLOSING)
# prepositions that govern one case only (a closed class): the case of the name after them
PREPOSITION_CASES = {
    **dict.fromkeys(
        ("у", "от", "для", "без", "до", "из", "после", "против", "около", "возле", "среди"),
        "gent",
    ),
    **dict.fromkeys(("кроме", "ради", "вместо", "вокруг", "мимо", "напротив"), "gent"),
    **dict.fromkeys(("к", "ко", "благодаря", "согласно", "вопреки"), "datv"),
    **dict.fromkeys(("о", "об", "обо", "при"), "loct"),
    **dict.fromkeys(("над", "перед", "между"), "ablt"),
}


@dataclass(frozen=True)
class Reading:
    """One way a surname as written can be read: its nominative (lower case) in this gender, and
    its case; ``None`` when the paradigm leaves it open (ms-f surnames such as "Шевченко")."""

    nominative: str
    gender: str | None
    case: str | None


@dataclass(frozen=True)
class Agreement:
    """What a word next to a mention allows it to be: (gender, case) pairs, ``None`` = any."""

    pairs: frozenset[tuple[str | None, str | None]]

    def allows(self, reading: Reading) -> bool:
        return any(self._fits(pair, reading) for pair in self.pairs)

    def narrowed(self, reading: Reading) -> Reading:
        """reading with the gender this agreement gives it when its own is open."""
        genders = {g for g, c in self.pairs if g and self._fits((g, c), reading)}
        if reading.gender is None and len(genders) == 1:
            return replace(reading, gender=genders.pop())
        return reading

    @staticmethod
    def _fits(pair: tuple[str | None, str | None], reading: Reading) -> bool:
        gender, case = pair
        return (gender is None or reading.gender is None or gender == reading.gender) and (
            case is None or reading.case is None or case == reading.case
        )


NOT_NOMINATIVE = Agreement(frozenset((None, case) for case in OBLIQUE))


def _gender(tag_gender: str | None) -> str | None:
    return tag_gender if tag_gender in (MASC, FEMN) else None


def _only(genders: Iterable[str | None]) -> str | None:
    found = set(genders)
    return found.pop() if len(found) == 1 else None


@caches.bounded(caches.WORDS)
def given_name_gender(word: str) -> str | None:
    """The gender of a given name in the nominative: "Алла" femn, "Евгений" masc, "Саша" None;
    None for a name pymorphy2 only guesses about ("Юкия")."""
    if not morph.is_known(word):
        return None
    readings = [
        p
        for p in morph.parses(word)
        if "Name" in p.tag and p.tag.number == "sing" and p.tag.case == NOMINATIVE
    ]
    consonant_final = ends_in_consonant(word) or fold(word).endswith("ь")
    if readings and consonant_final and all("Fixd" in p.tag for p in readings):
        # a consonant-final name pymorphy2 knows only as an indeclinable woman's name may be a
        # man's in its own language, declined in Russian (Эммануэль, Мишель, Габриэль)
        return None
    return _only(_gender(p.tag.gender) for p in readings)


def may_be_given(word: str | None) -> bool:
    """Whether word may be a given name: pymorphy2 reads it as one, or does not know it
    ("Барак", "Юкия"; not a title such as "Принц" or "Папа")."""
    if not word:
        return False
    first = word.split()[0]
    return not morph.is_known(first) or any("Name" in p.tag for p in morph.parses(first))


@caches.bounded(caches.WORDS)
def surname_gender(word: str) -> str | None:
    """The gender of a surname in the nominative: "Иванова" femn, "Толстой" masc, "Бут" None;
    for one pymorphy2 does not know, the gender of a Russian surname ending ("Бердымухамедов"
    masc, "Кадышева" femn), else None."""
    if not morph.is_known(word):
        return surnames.ending_gender(word)
    return _only(
        _gender(p.tag.gender)
        for p in morph.parses(word)
        if "Surn" in p.tag and p.tag.number == "sing" and p.tag.case == NOMINATIVE
    )


def name_gender(first: str | None, last: str | None) -> str | None:
    """A person's gender from the name: the given name's, else the surname's (last word)."""
    if first and len(first.rstrip(".")) > 1:
        gender = given_name_gender(first.split()[0])
        if gender:
            return gender
    return surname_gender(last.split()[-1]) if last else None


def mention_gender(
    text: str, start: int, stop: int, first: str | None, last: str | None = None
) -> str | None:
    """The gender of the person mention text[start:stop] named first last (first None or an
    initial when unknown): the name's (``name_gender``), else the one its surname as written and
    the words next to it leave ("Горбачёвой", "Бут рассказала"), else the agreeing words'."""
    if first and len(first.rstrip(".")) > 1:
        said = given_name_gender(first.split()[0]) or (surname_gender(last) if last else None)
        if said:
            return said
    words = text[start:stop].split()
    context = agreements(text, start, stop)
    readings = narrow(surname_forms(words[-1]), context) if words else ()
    if readings:
        return _only(r.gender for r in readings)
    return narrow([Reading("", None, None)], context)[0].gender


def pronoun_gender(word: str) -> str | None:
    """masc for "он", femn for "она"; None for "они" and anything else."""
    return PRONOUNS.get(word.lower())


@caches.bounded(caches.WORDS)
def surname_forms(word: str) -> tuple[Reading, ...]:
    """Every singular (nominative, gender, case) a surname as written may be: "Горбачёвой" ->
    her genitive, dative, instrumental or locative; empty when pymorphy2 has no surname reading
    or does not know the word (its guesses about foreign names are not evidence)."""
    if not morph.is_known(word):
        return ()
    readings = []
    for parse in morph.parses(word):
        if "Surn" not in parse.tag or parse.tag.number != "sing":
            continue
        nominative = morph.inflect(parse, {NOMINATIVE})
        if nominative:
            readings.append(Reading(nominative, _gender(parse.tag.gender), morph.case_of(parse)))
    return tuple(dict.fromkeys(readings))


@caches.bounded(caches.WORDS)
def given_forms(word: str) -> tuple[Reading, ...]:
    """Every singular (nominative, gender, case) a given name as written may be: "Алена" ->
    Ален's genitive or accusative, or Алёна (ё is often written е); empty when pymorphy2 does
    not know the word as a given name."""
    if not morph.is_known(word):
        return ()
    readings = (
        Reading(parse.normal_form, _gender(parse.tag.gender), morph.case_of(parse))
        for parse in morph.parses(word)
        if "Name" in parse.tag and parse.tag.number == "sing"
    )
    return tuple(dict.fromkeys(readings))


def narrow(readings: Iterable[Reading], agreements: Iterable[Agreement]) -> tuple[Reading, ...]:
    """The readings every agreement allows, each agreement applied only when it leaves some:
    a word that agrees with none of them is about something else ("Горбачёва поддержал
    Ельцин": the verb's subject is Ельцин), not evidence against all."""
    kept = tuple(readings)
    for agreement in agreements:
        allowed = tuple(agreement.narrowed(r) for r in kept if agreement.allows(r))
        if allowed:
            kept = allowed
    return tuple(dict.fromkeys(kept))


def agreements(text: str, start: int, stop: int) -> tuple[Agreement, ...]:
    """What the words next to the mention text[start:stop] say of its gender and case."""
    return _agreements(text[max(0, start - REACH) : start], text[stop : stop + REACH])


@caches.bounded(caches.WINDOWS)
def _agreements(left: str, right: str) -> tuple[Agreement, ...]:
    """``agreements`` of a mention by the text within ``REACH`` before it (left) and after it
    (right), all it reads: cached, as a person's full mentions are read for their gender
    and a lone surname for its readings again, and a document read before is read the same."""
    before = _tokens(left)
    after = _after(_tokens(right))
    head = _opening_word(before[:-1] if before[-1:] and before[-1] in CLOSING_QUOTES else before)
    if after is not None and head is not None and _may_be_subject(head, after):
        after = None  # "фигура Свиридова стала", "«одиночка» Солоника оказалась": the
        # mention may be the noun's genitive, the predicate the noun's
    found = [_before(before), after, _attribution(before)]  # a preposition before all

    return tuple(a for a in found if a is not None)


def context_gender(
    text: str, start: int, stop: int, cases: Iterable[str | None] = (None,)
) -> str | None:
    """The gender the words next to a mention agree in ("рассказала Алла Бут": femn), else None.
    cases: those the mention as written may be in; a word that agrees with none of them is
    about something else ("Дерипаской была куплена доля": the verb's subject is "доля")."""
    readings = narrow([Reading("", None, case) for case in cases], agreements(text, start, stop))
    genders = {reading.gender for reading in readings}
    return genders.pop() if len(genders) == 1 else None


def after_a_noun(text: str, start: int) -> bool:
    """Whether the word right before text[start:...] is a common noun ("после ареста
    Улюкаева"): the name after it may be its genitive, and a predicate after the name then
    someone else's ("после ареста Улюкаева получила медаль": she, not Улюкаева, got it). A
    noun a number counts is a measure or a date ("В 2014 году Александра Крылова была"), whose
    genitive no person is."""
    before = text[max(0, start - REACH) : start]
    head = _opening_word(_tokens(before))
    best = _best(head) if head else None
    if best is None or not grammar.is_noun(best) or not grammar.is_common_word(head):
        return False
    return COUNTED_NOUN.search(before) is None


def written_cases(word: str) -> tuple[str | None, ...]:
    """The cases pymorphy2 reads word in, whatever its part of speech, its guesses by the ending
    included ("Дерипаской": the instrumental of a noun, the oblique cases of an adjective: the
    ending says the case even of a word it does not know); (None,) (any) when it has no case."""
    cases = tuple(dict.fromkeys(morph.case_of(p) for p in morph.parses(word)))
    return cases if cases and None not in cases else (None,)


def governed_case(text: str, start: int) -> str | None:
    """The case the preposition right before text[start:...] governs, when it governs one
    only ("у Берни Сандерса": genitive; "к", "о", "перед"...); None for any other word and for
    prepositions of several cases ("с", "в", "на", "за")."""
    tokens = _tokens(text[max(0, start - REACH) : start])
    return PREPOSITION_CASES.get(tokens[-1].lower()) if tokens and _is_word(tokens[-1]) else None


def apposition_gender(text: str, start: int, case: str | None) -> str | None:
    """femn when the word right before the mention text[start:...] is a noun naming a woman
    ("леди", "актриса", "певица": every animate reading feminine) in the case the name is in:
    a noun in apposition agrees with the name ("первой леди Мишель Обамой"), while one in
    another case governs it ("дочь Ивана Петрова" is his daughter). Masculine nouns say
    nothing: women are "министр", "врач"."""
    tokens = _tokens(text[max(0, start - REACH) : start])
    if case is None or not tokens or not tokens[-1].isalpha() or not tokens[-1].islower():
        return None
    nouns = [
        p
        for p in morph.parses(tokens[-1])
        if p.tag.POS == "NOUN" and "anim" in p.tag and p.tag.number == "sing"
    ]
    if not nouns or any(
        p.tag.gender != FEMN or {"Surn", "Name"} & set(p.tag.grammemes) for p in nouns
    ):
        return None
    return FEMN if any(morph.case_of(p) == case for p in nouns) else None


def ends_in_consonant(word: str) -> bool:
    """Whether word ends in a consonant letter ("Остин", not "Ма" or "Меркель")."""
    return fold(word)[-1:] in CONSONANTS


def declined_as_masculine(nominative: str, written: str) -> bool:
    """Whether written is an oblique form of a surname ending in a consonant ("Визбора" of
    "Визбор"): such surnames decline for men only, so written is a man's."""
    nominative, written = fold(nominative), fold(written)
    return (
        ends_in_consonant(nominative) and written != nominative and written.startswith(nominative)
    )


def _tokens(text: str) -> list[str]:
    return TOKEN.findall(text)


def _best(word: str):
    readings = morph.parses(word)
    return readings[0] if readings else None


def _pos(word: str) -> str | None:
    return grammar.first_pos(word.lower())


def _is_word(token: str) -> bool:
    return token[:1].isalpha()


def _predicate(word: str) -> Agreement | None:
    """A past-tense verb or short participle/adjective in the singular: its subject is
    nominative and of its gender ("заявила", "уверен")."""
    best = _best(word.lower())
    if best is None:
        return None
    tag = morph.facts(best.tag)
    if tag.number != "sing" or not _gender(tag.gender):
        return None
    if (tag.pos == "VERB" and tag.tense == "past") or tag.pos in ("PRTS", "ADJS"):
        return Agreement(frozenset({(best.tag.gender, NOMINATIVE)}))
    return None


def _after(tokens: list[str]) -> Agreement | None:
    """The predicate right after the mention, past particles and adverbs; not an intransitive
    one followed by a noun that can be its subject ("…ресурсов Громова была возможность",
    "первым мужем Энистон был знаменитый актёр")."""
    skipped = 0
    for index, token in enumerate(tokens):
        if not _is_word(token):
            return None
        if _pos(token) in SKIPPABLE and skipped < MAX_SKIPPED:
            skipped += 1
            continue
        predicate = _predicate(token)
        if (
            predicate is not None
            and "tran" not in morph.parses(token.lower())[0].tag
            and _subject_follows(tokens[index + 1 :], predicate)
        ):
            return None
        return predicate
    return None


def _subject_follows(tokens: list[str], predicate: Agreement) -> bool:
    """Whether the words after an intransitive predicate open a noun group that can be its
    subject ("…была возможность", "…был знаменитый актёр")."""
    for token in tokens[: MAX_SKIPPED + 1]:
        if not _is_word(token) or not token.islower():
            return False
        if _pos(token) not in grammar.ADJECTIVAL:
            return _pos(token) == "NOUN" and _may_be_subject(token, predicate)
    return False


def _may_be_subject(word: str, predicate: Agreement) -> bool:
    """Whether the noun word can be the subject of predicate: a nominative of its gender (or
    of either, "судья")."""
    genders = {g for g, _ in predicate.pairs}
    return any(
        p.tag.POS == "NOUN"
        and p.tag.case == NOMINATIVE
        and p.tag.number == "sing"
        and (_gender(p.tag.gender) is None or p.tag.gender in genders)
        for p in morph.parses(word)
    )


def _opening_word(tokens: list[str]) -> str | None:
    """The lower-cased word right before a mention, unless it is a capitalised word inside a
    sentence (a name, which agrees with nothing here)."""
    if not tokens or not _is_word(tokens[-1]):
        return None
    opener = tokens[-2] if len(tokens) > 1 else None
    if not tokens[-1].islower() and opener is not None and opener not in SENTENCE_OPENERS:
        return None
    return tokens[-1].lower()


def _attributes(tokens: list[str]) -> bool:
    """Whether the verb ending tokens opens an attribution, where a transitive verb's subject
    follows it: "— заявила Горбачёва", "как сообщила", "об этом сказала", "«…», сказала"
    (elsewhere the name after a transitive verb may be its object: "Тэтчер поддержала
    Горбачёва")."""
    opener = tokens[-2].lower() if len(tokens) > 1 else ""
    if opener in DASHES or opener in ("как", "этом"):
        return True
    return opener == "," and len(tokens) > 2 and tokens[-3] in CLOSING_QUOTES


def _attribution(tokens: list[str]) -> Agreement | None:
    """The verb of an attribution the mention ends: "— заявил президент фонда (HRF) Тор
    Халворссен": a dash, a past-tense verb, then only words that can be the subject's role (no
    preposition, pronoun or conjunction, no punctuation but brackets) up to the mention."""
    for index in range(len(tokens) - 2, max(-1, len(tokens) - 2 - MAX_ROLE_WORDS), -1):
        if tokens[index] in DASHES:
            predicate = _predicate(tokens[index + 1])
            between = tokens[index + 2 :]
            return predicate if predicate is not None and all(map(_role_word, between)) else None
    return None


def _role_word(token: str) -> bool:
    if token in "()" or LATIN.match(token):
        return True
    return _is_word(token) and _pos(token) not in ("PREP", "NPRO", "CONJ", "VERB", None)


def _attributive(parse) -> bool:
    """A full adjective, or a participle that takes no object after it ("избранная", not
    "поддержавшая Горбачёва")."""
    pos = parse.tag.POS
    return pos == "ADJF" or (pos == "PRTF" and ("intr" in parse.tag or "pssv" in parse.tag))


def _adjective_pairs(word: str) -> frozenset[tuple[str | None, str | None]]:
    """The (gender, case) pairs of word's singular attributive readings (none for no word)."""
    return frozenset(
        (_gender(p.tag.gender), morph.case_of(p))
        for p in (morph.parses(word.lower()) if word.isalpha() else ())
        if _attributive(p) and p.tag.number == "sing" and _gender(p.tag.gender)
    )


def _before(tokens: list[str]) -> Agreement | None:
    """The word right before the mention: a clause-opening predicate ("— заявила"), an
    agreeing full adjective or participle, or a preposition or oblique noun (no nominative)."""
    word = _opening_word(tokens)
    if word is None:
        return None
    readings = morph.parses(word)
    if not readings:
        return None
    best = readings[0]
    if any(morph.facts(p.tag).pos == "PREP" for p in readings):
        return NOT_NOMINATIVE
    predicate = _predicate(word) if morph.is_known(word) else None  # not a guess: "керамиста"
    if predicate is not None:
        return predicate if "tran" not in best.tag or _attributes(tokens) else None
    if grammar.is_adjective(best) and "Apro" not in best.tag:
        pairs = _adjective_pairs(word)
        if pairs & _adjective_pairs(tokens[-2] if len(tokens) > 1 else ""):
            return None  # "бывшая подчинённая Решетникова": an adjective an adjective
            # agrees with is a noun phrase's head, and the name may be its genitive
        return Agreement(pairs) if pairs else None
    after_po = best.tag.POS == "NOUN" and len(tokens) > 1 and tokens[-2].lower() == "по"
    if after_po and all(morph.case_of(p) == "datv" for p in readings if p.tag.POS == "NOUN"):
        return NOT_NOMINATIVE  # "по словам Горбачёва", "по мнению Бут": a genitive
    return None

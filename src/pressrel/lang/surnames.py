"""The nominative of a surname whose case and gender the rest of the name has shown.

Russian declension of surnames, tried in order:

1. a surname pymorphy2 knows (or predicts, ``Surn``) in that case and gender: its own paradigm
   ("Черчиллю" -> Черчилль, "Меркель" stays Меркель: feminine consonant-final surnames and those
   in -о, -е, -и, -у are ``Fixd``);
2. an adjective (or participle) in that case and gender: adjectival surnames ("Белого" ->
   Белый, feminine "Навальной" -> Навальная);
3. a noun in that case (a foreign surname declines like a noun: "Макрона" -> Макрон, the
   paradigm of the noun макрон or of a predicted one with the same ending);
4. for a masculine name, the noun endings of the second declension taken off a consonant stem
   ("Ына" -> Ын, "Черчилля" -> Черчилль); a feminine consonant-final surname does not decline,
   and an -а after a vowel ("Гарсиа") is not an ending.

A word none of these places keeps its written form (``None``).

The endings of Russian surnames are here too, by gender (``ending_gender``: the gender of a
surname pymorphy2 does not know) and as what no foreign name shares (``has_russian_ending``).

``attested_nominatives`` reads the forms of a foreign surname one document writes: together
they show its declension, which one form alone may not ("Маэхара" may be a nominative or a
genitive; beside "Маэхары" it is a first-declension nominative; "Сандерса" beside "Сандерсом"
is a genitive of Сандерс).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from .. import caches
from . import grammar, morph
from .fold import fold
from .letters import CONSONANTS, VOWELS

# The endings of Russian surnames in the nominative, by gender, ё written either way: possessive
# (-ов, -ев, -ин, -ын) and adjectival ("Толстой", "Непомнящий", "Яровая").
MASCULINE_ENDINGS = ("ов", "ев", "ёв", "ин", "ын", "ий", "ый", "ой")
FEMININE_ENDINGS = ("ова", "ева", "ёва", "ина", "ына", "ая")
# ... of which these end foreign names and Chinese or Korean syllables too: "Остин", "Чаплин",
# "Си Цзиньпина", "Ким Чен Ына".
FOREIGN_TOO = ("ин", "ын", "ина", "ына")
RUSSIAN_ENDINGS = tuple(e for e in MASCULINE_ENDINGS + FEMININE_ENDINGS if e not in FOREIGN_TOO)
# the nominatives of surnames that decline by a Russian paradigm (possessive or adjectival),
# foreign-looking -ин, -ын included: their forms are read reliably
RUSSIAN_PARADIGM = MASCULINE_ENDINGS + FEMININE_ENDINGS + ("яя",)
# The feminine forms of a possessive surname, by what is added to the masculine nominative, and
# the cases each shows ("Раков": Ракова, Раковой, Ракову). Russian forms them for every such
# surname, though pymorphy2's dictionary knows some surnames as masculine only.
POSSESSIVE_ENDINGS = ("ов", "ев", "ёв", "ин", "ын")
FEMININE_FORMS = (("а", ("nomn",)), ("ой", ("gent", "datv", "ablt", "loct")), ("у", ("accs",)))
HUSHING = set("жшчщц")
VELAR_HUSHING = set("кгхжшчщ")
ADJECTIVAL = ("ого", "его", "ому", "ему")
# hard-stem endings of a foreign surname (after a consonant); only the second declension has a
# bare form and -ом, only the first -ы and -ой
SECOND_ONLY = {"", "ом"}
FIRST_ONLY = {"ы", "ой"}
SHARED = {"а", "у", "е"}
# the case each ending shows, by declension (the commoner where two share an ending)
SECOND_CASES = {"": "nomn", "а": "gent", "у": "datv", "ом": "ablt", "е": "loct"}
FIRST_CASES = {"а": "nomn", "ы": "gent", "у": "accs", "ой": "ablt", "е": "datv"}
# masculine endings by case: (ending, what replaces it after a consonant); after a vowel it is
# й. Second declension: "Черчилля" -> Черчилль, "Хоя" -> Хой, "Бушем" -> Буш; first (a
# masculine -а surname): "Дерипаски" -> Дерипаска, "Обамы" -> Обама.
ENDINGS = {
    "gent": (("ы", "а"), ("а", ""), ("я", "ь")),
    "accs": (("а", ""), ("я", "ь")),
    "datv": (("у", ""), ("ю", "ь")),
    "ablt": (("ом", ""), ("ем", "ь"), ("ём", "ь")),
    "loct": (("е", ""),),
}


def nominative(
    word: str, case: str, gender: str | None, tags: tuple[str, ...], evidence: str = "shown"
) -> str | None:
    """word's nominative in gender, read in case; tags are the name tags ("Surn", "Patr") whose
    paradigms count as the word's own. evidence says how the case is known: "shown" by a word
    pymorphy2 knows (every rule applies); "guessed" from pymorphy2's guesses about unknown words
    (no bare endings: "Ына" may be a nominative then); "alone", by the word itself, so only its own paradigm may read it ("Черчиллю";
    "Нисипяну" may be a nominative). None when no rule places the word."""
    own = _from_paradigm(
        word, case, gender, lambda p: any(t in morph.facts(p.tag).grammemes for t in tags)
    )
    if own or evidence == "alone":
        return own and _adjectival_feminine(word, own, gender)
    if gender == "femn":
        feminine = _feminine_nominative(word, case)
        if feminine:
            return feminine
    for fits in (grammar.is_adjective, grammar.is_noun):
        form = _from_paradigm(word, case, gender, fits)
        if form:
            return form
    return by_endings(word, case) if gender == "masc" and evidence == "shown" else None


def _adjectival_feminine(word: str, form: str, gender: str | None) -> str:
    """ "Яровой" is Яровая, not "Ярова": an oblique feminine -ой/-ей surname whose -ая form is a
    known word (an adjective) is read as an adjectival surname."""
    lower = word.lower()
    if gender == "femn" and lower.endswith(("ой", "ей")):
        adjectival = lower[:-2] + ("ая" if lower.endswith("ой") else "яя")
        if morph.is_known(adjectival):
            return adjectival
    return form


def _from_paradigm(word: str, case: str, gender: str | None, fits: Any) -> str | None:
    """The nominative of word's best reading that fits, is singular, in case and gender (an
    animate masculine accusative is the genitive: "Макрона" is gent of an inanimate макрон)."""
    cases = {case, "gent"} if case == "accs" and gender == "masc" else {case}
    for parse, tag in morph.declinable_first_facts(word):
        if tag.case not in cases or tag.number == "plur":  # first: most readings fail here
            continue
        if (gender and tag.gender and tag.gender != gender) or not fits(parse):
            continue
        adjectival = grammar.is_adjective(parse)
        grammemes = {"nomn", "sing", gender} if adjectival and gender else {"nomn"}
        form = morph.inflect(parse, grammemes)
        if form and not plausible_guess(parse, word, form):
            continue
        if form and not parse.is_known and "ё" not in word.lower():
            form = form.replace("ё", "е")  # a guess's ё ("санчёс") that the text did not write
        if form:
            return form
    return None


def plausible_guess(parse: Any, word: str, form: str) -> bool:
    """Whether a reading of word with nominative form may stand: a dictionary one always; a
    guess that makes a first-declension noun of a word in -и or -е does not ("Джоли" is no
    genitive of "Джоля": foreign names in a vowel do not decline)."""
    if parse.is_known:
        return True
    return not (form.lower().endswith(("а", "я")) and word.lower().endswith(("и", "е")))


@caches.bounded(caches.WORDS)
def by_endings(word: str, case: str, first_declension: bool = True) -> str | None:
    """The masculine nominative under an ending of case, or None: second declension "Ына"
    (gent) -> "Ын", "Черчилля" -> "Черчилль", "Хоем" -> "Хой"; first, unless not wanted (a
    Chinese or Korean syllable), "Дерипаски" -> "Дерипаска"."""
    lower = word.lower()
    if lower.endswith(ADJECTIVAL):
        return None  # an adjective's ending: "Непомнящему" is not a noun "Непомнящем"
    for ending, soft in ENDINGS.get(case, ()):
        if ending == "ы" and not first_declension:
            continue
        stem = lower[: -len(ending)]
        if not lower.endswith(ending) or len(stem) < 2 or not VOWELS & set(stem):
            continue
        if stem[-1] in "ьъ":
            return None  # "Моуринью", "Воробья": no nominative "-ьй" ("Воробей" is fleeting)
        if stem[-1] in VOWELS or stem[-1] == "й":
            if ending in ("а", "у", "е", "ом"):
                return None  # "Гарсиа", "Бенуа": not a case ending
            return stem + "й"
        if ending[0] in "яюёы" or (ending == "ем" and stem[-1] not in HUSHING):
            return stem + soft
        return stem
    velar = lower[-1:] == "и" and lower[-2:-1] in VELAR_HUSHING and VOWELS & set(lower[:-2])
    if first_declension and case == "gent" and velar and len(lower) >= 4:
        return lower[:-1] + "а"  # "Дерипаски" -> Дерипаска: -и for -ы after к, г, х, ж, ш, ч, щ
    return None


def attested_nominatives(forms: Iterable[str]) -> dict[str, str]:
    """The nominative of each written form of a surname (lower case) that other forms of the
    same stem in the document decide: a bare stem or an -ом beside it make a second-declension
    noun (nominative the stem: "райкконен", "райкконена" -> Райкконен; "сандерса", "сандерсом"
    -> Сандерс), an -ы or -ой a first-declension one (stem + -а: "маэхара", "маэхары" ->
    Маэхара). Forms whose endings show both, or one form alone, decide nothing."""
    endings: dict[str, set[str]] = defaultdict(set)
    for form in set(forms):
        for ending in SECOND_ONLY | FIRST_ONLY | SHARED:
            stem = form[: len(form) - len(ending)]
            if form.endswith(ending) and len(stem) >= 3 and stem[-1] in CONSONANTS:
                endings[stem].add(ending)
    nominatives = {}
    for stem, seen in endings.items():
        second, first = seen & SECOND_ONLY, seen & FIRST_ONLY
        if len(seen) < 2 or (second and first) or not (second or first):
            continue
        nominative = stem if second else stem + "а"
        for ending in seen:
            nominatives[stem + ending] = nominative
    return nominatives


def attested_case(written: str, nominative: str) -> tuple[str, str | None]:
    """The case and gender a written form shows given its attested nominative: "сандерсом" of
    Сандерс is a man's instrumental (only men's consonant surnames decline), "маэхары" of
    Маэхара a genitive of either gender."""
    written, nominative = written.lower(), nominative.lower()
    if nominative.endswith("а"):  # first declension: stem + а
        return FIRST_CASES.get(written[len(nominative) - 1 :], "nomn"), None
    return SECOND_CASES.get(written[len(nominative) :], "nomn"), "masc"


def feminine_cases(word: str, masculine: str) -> tuple[str, ...]:
    """The cases word is in as a feminine form of the possessive surname whose masculine
    nominative is masculine ("Ракова" of Раков: the nominative; "Раковой": genitive, dative,
    instrumental, locative); none when word is no such form."""
    stem, written = fold(masculine), fold(word)
    if not stem.endswith(POSSESSIVE_ENDINGS):
        return ()
    return next((cases for added, cases in FEMININE_FORMS if written == stem + added), ())


def _feminine_nominative(word: str, case: str) -> str | None:
    """The feminine nominative of a possessive surname pymorphy2 knows as masculine only, when
    word is its feminine form in case ("Раковой", "Ракову" -> Ракова): what the form adds to
    the masculine nominative is taken off, and the rest must be that surname."""
    for added, cases in FEMININE_FORMS:
        if case in cases and fold(word).endswith(added) and len(word) > len(added):
            masculine = word[: -len(added)]
            if any(_masculine_surname(p, masculine) for p in morph.parses(masculine)):
                return masculine + FEMININE_FORMS[0][0]
    return None


def _masculine_surname(parse: Any, word: str) -> bool:
    """Whether parse reads word as the nominative of a masculine possessive surname."""
    tag = morph.facts(parse.tag)
    return (
        "Surn" in tag.grammemes
        and tag.gender == "masc"
        and tag.case == "nomn"
        and fold(parse.normal_form) == fold(word)
        and fold(word).endswith(POSSESSIVE_ENDINGS)
    )


def ending_gender(word: str) -> str | None:
    """The gender a surname's Russian ending gives it in the nominative: "Кадышева", "Яровая"
    femn, "Бердымухамедов", "Непомнящий" masc; None for any other ending and for -ин and -ын,
    which foreign names end in too ("Остин")."""
    key = fold(word)
    if key.endswith(FEMININE_ENDINGS):
        return "femn"
    masculine = tuple(e for e in MASCULINE_ENDINGS if e not in FOREIGN_TOO)
    return "masc" if key.endswith(masculine) else None


def has_russian_ending(word: str) -> bool:
    """Whether word ends as a Russian surname does and as no foreign name or Chinese or Korean
    syllable can ("Непомнящий", "Иванова"; not "Цзиньпина", "Ына")."""
    return fold(word).endswith(RUSSIAN_ENDINGS)

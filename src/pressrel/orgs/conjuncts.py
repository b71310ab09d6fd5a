"""A name NER cut inside its noun phrase, taken to the phrase's end.

- A lower-case adjective ends no name: an attributive adjective stands before its noun, so a
  span that ends in one lost the noun and the adjectives coordinated with it ("Федеральному
  дорожному" + "агентству", "Центра химической" + ", биологической и ядерной обороны"). The
  span goes on to the first noun that agrees with the adjective.
- A phrase with "по"/"при" the span ends inside, in lower case, goes on with the genitives of
  its noun ("Комиссия по вопросам" + "гражданства"), as a phrase NER left out does
  (``extend.continued``).
- A lower-case noun that depends on the name's head, so in an oblique case ("Союза
  издателей", "Академия наук", "Комитета по регламенту"), takes the nouns coordinated with it
  in its case, with their own adjectives and genitives ("Союза издателей и распространителей
  печатной продукции",
  "Бюро по контролю за оборотом алкоголя, табачных изделий и огнестрельного оружия"): a list
  joined by commas only when "и" closes it. Not a capitalised name ("Совета Федерации и
  Госдумы": two organisations), nor an organisation of its own written as a common noun
  ("Министерства обороны и министерства финансов", "и полиции"), nor after the head itself
  ("Общественного совета и полпредства": the head noun's coordination is two bodies).
"""

from __future__ import annotations

import re

from ..lang import grammar, morph
from ..lang.letters import LOWER
from ..lang.marks import NAME_CLOSING
from .extend import CASES, WORD, phrase_end
from .generic import is_generic
from .kinds import ORGANISATION_KINDS

ADJECTIVE_REACH = 6  # words from a span-final adjective to its noun
PHRASE_INSIDE = re.compile(r"\s(?P<prep>по|при)\s(?P<rest>[^\W\d_][\w\s-]*)$")
NEXT = re.compile(rf"(?P<sep>, и |, | и | )(?=[{LOWER}])")
CONJUNCT = re.compile(rf"(?P<sep>, | и )(?=[{LOWER}])")


def completed(text: str, start: int, stop: int, people: frozenset[int]) -> tuple[int, int]:
    """(declined, end): where the noun a span-final adjective agrees with ends (the part of the
    name that declines with its head; stop when there is none), and where the noun phrase NER
    cut the span text[start:stop] inside ends, past the nouns coordinated with a span-final
    dependent noun too (see the module docstring; stop when neither applies)."""
    if stop < 1 or text[stop - 1] in NAME_CLOSING + ")":
        return stop, stop
    declined = _to_noun(text, stop)
    end = _phrase_finished(text, start, declined, people)
    return declined, _with_conjuncts(text, start, end, people)


def _phrase_finished(text: str, start: int, stop: int, people: frozenset[int]) -> int:
    """stop moved to the end of the phrase with "по"/"при" the span ends inside, all in lower
    case, when the phrase's noun takes genitives NER left out ("Комиссия по вопросам" +
    "гражданства", "Агентства ООН по делам" + "беженцев"); stop otherwise."""
    inside = PHRASE_INSIDE.search(text, max(start, stop - 80), stop)
    if not inside or not inside["rest"].islower():
        return stop
    reached = phrase_end(text, inside.start("rest"), CASES[inside["prep"]], people)
    return reached if reached and reached > stop else stop


def _to_noun(text: str, stop: int) -> int:
    """stop moved past the adjectives coordinated with a lower-case adjective that ends the span
    and the noun they agree with ("дорожному агентству"); stop when no such noun follows."""
    word = _last_word(text, stop)
    if not word or not word.islower():
        return stop
    adjectives = morph.parses(word)
    if not adjectives or not all(grammar.is_adjective(p) for p in adjectives):
        return stop
    pos = stop
    for _ in range(ADJECTIVE_REACH):
        step = NEXT.match(text, pos)
        following = step and WORD.match(text, step.end())
        if not following:
            return stop
        readings = morph.parses(following.group())
        if not readings or grammar.first_pos(following.group()) in grammar.FUNCTION:
            return stop  # "трубный и Донецкий": "и" is no noun here
        agreeing = [p for p in readings for a in adjectives if grammar.agrees(a, p)]
        if any(grammar.is_noun(p) for p in agreeing) and step["sep"] == " ":
            return following.end()
        if not agreeing or not all(grammar.is_adjective(p) for p in readings):
            return stop
        pos = following.end()
    return stop


def _last_word(text: str, stop: int) -> str | None:
    words = WORD.findall(text[max(0, stop - 40) : stop])
    return words[-1] if words and text[stop - len(words[-1]) : stop] == words[-1] else None


def _with_conjuncts(text: str, start: int, stop: int, people: frozenset[int]) -> int:
    """stop moved past the noun phrases coordinated with the span's last word when that word is
    a lower-case noun after the span's head, in the same case as it."""
    words = [w.group() for w in WORD.finditer(text, start, stop)]
    if not words or not words[-1].islower() or text[stop - len(words[-1]) : stop] != words[-1]:
        return stop  # read before the head: most names end in a capitalised word
    head = _head(words)
    if head is None or head >= len(words) - 1:
        return stop
    cases = {morph.case_of(p) for p in morph.parses(words[-1]) if grammar.is_noun(p)} - {"nomn"}
    end, pos = stop, stop
    while conjunct := CONJUNCT.match(text, pos):
        first = WORD.match(text, conjunct.end())
        if not first or _names_body(text, conjunct.end()):
            break
        shared = cases & {morph.case_of(p) for p in morph.parses(first.group())}
        reached = max(
            (e for case in shared if (e := phrase_end(text, conjunct.end(), case, people))),
            default=None,
        )
        if reached is None:
            break
        closes = conjunct["sep"] == " и " or " и " in text[conjunct.end() : reached]
        pos = reached
        if closes:
            end = reached
            break
    return end


def _head(words: list[str]) -> int | None:
    """The index of the span's head noun, the first word after its adjectives; None when the
    span opens with another kind of word."""
    for i, word in enumerate(words):
        readings = morph.parses(word)
        if not readings:
            return None
        if grammar.is_noun(readings[0]):
            return i
        if not grammar.is_adjective(readings[0]):
            return None
    return None


def _names_body(text: str, start: int) -> bool:
    """Whether the phrase at start is headed (its first noun) by an organisation kind or a
    generic organisation ("министерства финансов", "полиции"): a second body, not a conjunct
    of the name's dependent."""
    for word in WORD.finditer(text, start, start + 80):
        readings = morph.parses(word.group())
        nouns = [p for p in readings if grammar.is_noun(p)]
        if nouns and grammar.is_noun(readings[0]):
            return any(p.normal_form in ORGANISATION_KINDS for p in nouns) or is_generic(
                word.group()
            )
        if not readings or not grammar.is_adjective(readings[0]):
            return False
    return False

"""Nominative forms of entity spans and the name parts of people.

People go to ``names``. Organisations and locations are noun phrases: the head noun and the
adjectives before it agree in case, and only they are put into the nominative; what follows the
head stays as written ("Почты России" -> "Почта России", "Азиатско-Тихоокеанского региона" ->
"Азиатско-Тихоокеанский регион"). pymorphy2 does this alone when it knows the words and their
agreement leaves one reading; otherwise natasha's span normalisation decides, with its morphology
and syntax taggers run on the span's tokens and one word of left context, in batches. Results
are cached by span text (and context word): names repeat across a corpus.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from razdel import tokenize

from . import models, morph, names
from .records import Name

CACHE_SIZE = 100_000
TOKEN = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*|\S+")
CYRILLIC = re.compile(r"^[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*$")
HAS_CYRILLIC = re.compile(r"[А-ЯЁа-яё]")
NAMED = {"Geox", "Orgn", "Name"}
ACRONYM = re.compile(r"[А-ЯЁA-Z]{2}")


@dataclass(frozen=True)
class SpanKey:
    """What a span's normal form depends on: its type, its text, and the word before it."""

    type: str
    text: str
    left: str = ""


@dataclass(frozen=True)
class Normal:
    normal: str
    name: Name | None


def normalize(keys: Sequence[SpanKey]) -> list[Normal]:
    """Normal forms of many spans: people and unambiguous phrases by rule, the rest by
    natasha's taggers, in one batch."""
    by_rule = {key: _by_rule(key) for key in dict.fromkeys(keys)}
    untagged = [key for key, normal in by_rule.items() if normal is None and key not in _tagged]
    for key, result in zip(untagged, _tag_and_normalize(untagged) if untagged else []):
        _remember(key, result)
    return [by_rule[key] or _tagged[key] for key in keys]


def _by_rule(key: SpanKey) -> Normal | None:
    if key.type == "PER":
        person = names.parse_person(key.text)
        return Normal(person.normal, person.name)
    normal = nominative_phrase(key.text)
    return None if normal is None else Normal(normal, None)


_tagged: dict[SpanKey, Normal] = {}  # the taggers' results, by text and context word


def _remember(key: SpanKey, result: Normal) -> None:
    if len(_tagged) >= CACHE_SIZE:
        _tagged.pop(next(iter(_tagged)))  # drop the oldest: a FIFO bound keeps memory flat
    _tagged[key] = result


def _tag_and_normalize(keys: Sequence[SpanKey]) -> list[Normal]:
    from natasha.doc import DocToken
    from natasha.norm import normalize as morph_normalize
    from natasha.norm import syntax_normalize

    windows = [_window(key) for key in keys]
    words = [[token.text for token in window] for window in windows]
    morph = list(models.morph_tagger().map(words))
    needs_syntax = [i for i, key in enumerate(keys) if _needs_syntax(key)]
    syntax = dict(zip(needs_syntax, models.syntax_parser().map([words[i] for i in needs_syntax])))
    vocab = models.morph_vocab()
    results = []
    for i, key in enumerate(keys):
        skip = 1 if key.left else 0
        tokens = []
        for j, (token, tagged) in enumerate(zip(windows[i], morph[i].tokens)):
            if j < skip:
                continue
            parsed = syntax[i].tokens[j] if i in syntax else None
            tokens.append(
                DocToken(
                    token.start,
                    token.stop,
                    token.text,
                    id=parsed.id if parsed else None,
                    head_id=parsed.head_id if parsed else None,
                    rel=parsed.rel if parsed else None,
                    pos=tagged.pos,
                    feats=tagged.feats,
                )
            )
        method = syntax_normalize if i in syntax else morph_normalize
        results.append(Normal(method(vocab, tokens) if tokens else key.text, None))
    return results


def _needs_syntax(key: SpanKey) -> bool:
    return key.type == "ORG" or (key.type == "LOC" and " " in key.text.strip())


def _window(key: SpanKey) -> list:
    """The span's tokens, after the left-context word when there is one; offsets span-relative."""
    tokens = list(tokenize(key.text))
    if not key.left:
        return tokens
    return [_Token(-1, -1, key.left), *tokens]


@dataclass(frozen=True)
class _Token:
    start: int
    stop: int
    text: str


# pymorphy2's rules


@lru_cache(maxsize=CACHE_SIZE)
def nominative_phrase(text: str) -> str | None:
    """The nominative of an organisation or location name, or None when pymorphy2 cannot tell
    (unknown words, a phrase not starting with adjectives and a noun, no agreeing reading)."""
    tokens = list(TOKEN.finditer(text))
    if not tokens or not HAS_CYRILLIC.search(text):  # "Alibaba Group" does not decline
        return text
    if len(tokens) == 1 and ACRONYM.search(text):  # РФ, КоАП, СдПГ
        return text
    words = [t.group() for t in tokens]
    head_at = 0  # after the adjectives: "Московского государственного университета"
    while head_at + 1 < len(words) and _adjectives(words[head_at]):
        following = words[head_at + 1]
        if not (_nouns(following) or _adjectives(following)):
            break
        head_at += 1
    if not _nouns(words[head_at]):
        return None
    reading = _head_reading(words[head_at], words[:head_at], head_at + 1 < len(words))
    if reading is None:
        return None
    if reading.tag.case == "nomn":
        return text
    parts = []
    last = 0
    for token in tokens[: head_at + 1]:
        form = _agreeing_nominative(token.group(), reading)
        if form is None:
            return None
        parts.append(text[last : token.start()] + form)
        last = token.end()
    return "".join(parts) + text[last:]


def _nouns(word: str) -> list:
    if not CYRILLIC.match(word) or not morph.is_known(word):
        return []
    return [p for p in morph.parses(word) if p.tag.POS == "NOUN" and p.tag.case]


def _adjectives(word: str) -> list:
    if not CYRILLIC.match(word) or not morph.is_known(word):
        return []
    return [p for p in morph.parses(word) if p.tag.POS in ("ADJF", "PRTF") and p.tag.case]


def _head_reading(head: str, adjectives: list[str], has_dependents: bool):
    """The head noun's reading that the adjectives agree with: singular before plural (unless
    the noun has no singular: "Балканах"), names and places before common nouns ("Вены" is
    Вена). A head with dependents after it is read singular ("Почты России": names of the form
    "X of Y" are singular far more often than plural); a bare head that reads as a nominative
    plural or an oblique singular alike ("Известия") gets None."""
    readings = _nouns(head)
    singular = [p for p in readings if p.tag.number != "plur"]
    ordered = sorted(singular, key=lambda p: not (NAMED & p.tag.grammemes)) or [
        p for p in readings if "Pltm" in p.tag
    ]
    fitting = [p for p in ordered if all(_agrees(a, p) for a in adjectives)]
    if not fitting:
        return None
    best = fitting[0]
    plural_nominative = any(p.tag.case == "nomn" and p.tag.number == "plur" for p in readings)
    if (
        best.tag.case != "nomn"
        and plural_nominative
        and not (NAMED & best.tag.grammemes)
        and not adjectives
        and not has_dependents
    ):
        return None  # "Известия" alone: a plural name or an oblique singular? Context decides.
    return best


def _agrees(adjective: str, noun) -> bool:
    return any(_same_form(p, noun) for p in _adjectives(adjective))


def _same_form(adjective, noun) -> bool:
    if morph.case_of(adjective) != morph.case_of(noun) or adjective.tag.number != noun.tag.number:
        return False
    return noun.tag.number == "plur" or adjective.tag.gender in (None, noun.tag.gender)


def _agreeing_nominative(word: str, head) -> str | None:
    """word (the head or an adjective agreeing with it) in the nominative."""
    grammemes = {"nomn", head.tag.number} if head.tag.number else {"nomn"}
    for parse in morph.parses(word):
        if parse is head or (parse.tag.POS in ("ADJF", "PRTF") and _same_form(parse, head)):
            form = morph.inflect(parse, grammemes)
            return morph.recase(form, word) if form else None
        if parse.tag == head.tag and parse.normal_form == head.normal_form:
            form = morph.inflect(parse, grammemes)
            return morph.recase(form, word) if form else None
    return None

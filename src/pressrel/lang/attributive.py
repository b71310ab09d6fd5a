"""A capitalised word NER read as a person's name that is the adjective of the word after it.

"Дезинфляционным фактором стал курс", "Проинфляционные риски", "Лицевой летописный свод": the
word is capitalised because it starts a sentence or a title, and it agrees, as an adjective,
with the lower-case noun or adjective that follows it. A word pymorphy2 reads first as an
adjective or participle, none of its readings a name, surname or patronymic, and that agrees
with the next word, which cannot be a verb, so is no name. Adjectival surnames ("Толстой", "Белых") have name readings
and are not touched.
"""

from __future__ import annotations

import re

from . import grammar, morph

NAME_TAGS = {"Name", "Surn", "Patr"}
NEXT_WORD = re.compile(r"[ \u00a0]+([а-яё][а-яё-]*)")


def is_attributive(text: str, start: int, stop: int) -> bool:
    """Whether the one-word span text[start:stop] is an adjective agreeing with the lower-case
    word right after it (see the module docstring)."""
    word = text[start:stop]
    if " " in word or not word[:1].isupper() or word.isupper():
        return False
    following = NEXT_WORD.match(text, stop)
    if not following or grammar.may_be_verbal(following[1]):  # "с Раковой были": a verb too
        return False
    readings = morph.parses(word.lower())
    if not readings or not grammar.is_adjective(readings[0]):
        return False
    if any(NAME_TAGS & p.tag.grammemes for p in readings):
        return False
    adjectives = [p for p in readings if grammar.is_adjective(p)]
    after = [p for p in morph.parses(following[1]) if grammar.is_noun(p) or grammar.is_adjective(p)]
    return any(_agrees(a, b) for a in adjectives for b in after)


def _agrees(adjective, word) -> bool:
    if grammar.is_noun(word):
        return grammar.agrees(adjective, word)
    return (  # two adjectives of one noun: the same case, number and gender
        morph.case_of(adjective) == morph.case_of(word)
        and adjective.tag.number == word.tag.number
        and adjective.tag.gender == word.tag.gender
    )

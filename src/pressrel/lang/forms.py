"""A name written in an oblique case, read in the nominative by the other forms of it the
document writes.

NER spans are read in the nominative by agreement (``phrases``), and a name whose case cannot be
told from the name alone stays as written ("акционеры «Реновы»": a genitive of Ренова, or a
plural?; "в Шиесе": an unknown word's locative), so one document may write one organisation or
place as "Ренова" and "Реновы", "Шиес" and "Шиесе", "Мосинжпроект-реставрация" and
"Мосинжпроект-реставрации". Two names of a document that differ only in the ending of their
head word (the last word, the last part of a hyphenated one, or the part before an
indeclinable tail of capitals or digits: "в «Агро-Марине-СПГ»" of Агро-Марин-СПГ, "Реновы-СП")
are one name, in the nominative, when

- pymorphy2 reads the one head word as a form of the other, the other being the dictionary
  form (the nominative singular: "Медузы" of медуза, "реставрации" of реставрация); or
- the endings the document writes show the declension (``surnames.attested_nominatives``,
  the same reading as for foreign surnames: "Ренова" beside "Реновы" is a first-declension
  noun, "Актеон" beside "Актеона" a second-declension one).

A name whose every form is one word of its own ("Газпром" beside "Газпром нефть") is not
touched: only the ending of the head word may differ; nor are two names each of which reads
as the other's oblique form ("Шарлотт" and "Шарлотта").
"""

from __future__ import annotations

import re
from collections import defaultdict

from . import grammar, morph
from .fold import name_key
from .letters import CAPITALS
from .surnames import attested_nominatives

# The head word of a name: its last word or hyphenated part, or the one before a tail of
# indeclinable parts (abbreviations, numbers: "Агро-Марин-СПГ", "Москва-24"), which stays as written.
HEAD = re.compile(rf"^(?P<before>.*?[\s-])??(?P<head>[^\s-]+)(?P<tail>(?:-[{CAPITALS}0-9]+)*)$")


def nominatives(names: set[str]) -> dict[str, str]:
    """Each name of the set written in an oblique case -> the name in the nominative (one of
    the set, or the set's head word with the ending the document's forms show)."""
    by_rest: dict[str, dict[str, str]] = defaultdict(dict)  # before the head -> head -> name
    for name in names:
        match = HEAD.match(name)
        head = match["head"] if match else ""
        if len(head) >= 3 and head.isalpha():
            by_rest[name_key((match["before"] or "") + "\0" + match["tail"])][head.lower()] = name
    joined: dict[str, str] = {}
    for heads in by_rest.values():
        if len(heads) < 2:
            continue
        attested = attested_nominatives(heads)
        for head, name in heads.items():
            lemma = _dictionary_form(head, heads)
            if lemma is not None:
                joined[name] = heads[lemma]
            elif attested.get(head, head) != head:
                nominative = attested[head]
                written = heads.get(nominative)
                joined[name] = written or _with_head(name, nominative)
    # each reads the other as its oblique form ("Шарлотт", a genitive plural of шарлотта;
    # "Шарлотта", a genitive of Шарлотт): the document cannot tell which is the name
    return {name: nominative for name, nominative in joined.items() if nominative not in joined}


def _dictionary_form(head: str, heads: dict[str, str]) -> str | None:
    """The other head of the set that pymorphy2 gives as a noun reading's dictionary form of
    head ("медузы" -> медуза), None when there is none or more than one, or when head may be a
    nominative singular itself ("жилищника": a guessed woman's name too)."""
    nouns = [p for p in morph.parses(head) if grammar.is_noun(p)]
    if any(p.tag.case == "nomn" and p.tag.number != "plur" for p in nouns):
        return None
    lemmas = {p.normal_form for p in nouns if p.normal_form != head}
    found = [lemma for lemma in lemmas if lemma in heads]
    return found[0] if len(found) == 1 else None


def _with_head(name: str, nominative: str) -> str:
    """name with its head word replaced by nominative, in the head's capitalisation."""
    match = HEAD.match(name)
    assert match is not None
    return (match["before"] or "") + morph.recase(nominative, match["head"]) + match["tail"]

"""A name NER cut short, completed by the fuller name the same document writes elsewhere.

NER reads each occurrence of a name from its own context, and in a long sentence it may stop
inside the name: "Его Антикризисный расчетно-товарный центр должен был" gives ORG
"Антикризисный" where the document writes "«Антикризисного расчетно-товарного центра»"
earlier; "учредителей Общества любителей древней письменности" gives "Общества любителей
древней". An ORG mention whose words are the first words of a longer ORG name of the
document, in any case (each word sharing a lemma with the name's word:
``grammar.same_lemmas``), and whose text goes on with the rest of that name's words, separated
by spaces only, is that name: its span takes in the rest, and its normal form is the longer
name's. Not across the end of a paragraph or a punctuation mark, not over another mention,
and not for a name NER closed itself (a quoted name ends at its closing mark).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from ..lang import grammar
from ..records import Mention

NEXT_WORD = re.compile(r"[ \u00a0]*\n?[ \u00a0]*(\w+(?:-\w+)*)")  # a line break is no boundary


def by_fuller_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """mentions, each ORG mention that is the start of a longer ORG name of the document and
    goes on with its words (see the module) taking them in; the others as given."""
    fuller = _names(mentions)
    if not fuller:
        return mentions
    spans = sorted((m.start, m.stop) for m in mentions)
    result = []
    for mention in mentions:
        found = _completion(text, mention, fuller, spans) if mention.type == "ORG" else None
        result.append(mention if found is None else found)
    return result


def _names(mentions: list[Mention]) -> dict[str, list[tuple[grammar.LemmaKey, str]]]:
    """The ORG names of two words or more, each as its lemma key and its normal form, longest
    first, by each lemma of their first word: a mention looks up the names its first word may
    start, not every name of the document."""
    names = {}
    for m in mentions:
        if m.type == "ORG":
            name = m.normal or m.text
            key = grammar.lemma_key(name)
            if len(key) >= 2:
                names[name] = key
    by_first: dict[str, list[tuple[grammar.LemmaKey, str]]] = defaultdict(list)
    for name, key in sorted(names.items(), key=_longest_first):
        for lemma in key[0]:
            by_first[lemma].append((key, name))
    return by_first


def _completion(
    text: str,
    mention: Mention,
    fuller: dict[str, list[tuple[grammar.LemmaKey, str]]],
    spans: list[tuple[int, int]],
) -> Mention | None:
    """The mention completed by the first (longest) name it starts and the text goes on with;
    None when there is none."""
    own = grammar.lemma_key(mention.text)
    if not own:
        return None
    names = {name: key for lemma in own[0] for key, name in fuller.get(lemma, ())}
    for name, key in sorted(names.items(), key=_longest_first):
        if len(key) <= len(own) or not all(a & b for a, b in zip(own, key)):
            continue
        stop = _goes_on(text, mention.stop, key[len(own) :])
        if stop is not None and not any(s < stop and mention.stop < e for s, e in spans):
            return replace(mention, text=text[mention.start : stop], stop=stop, normal=name)
    return None


def _longest_first(pair: tuple[str, grammar.LemmaKey]) -> tuple[int, str]:
    """The order names are tried in: the longest first, then by name (the same in every run:
    a set's order is not)."""
    name, key = pair
    return -len(key), name


def _goes_on(text: str, at: int, rest: grammar.LemmaKey) -> int | None:
    """Where the words of rest end when text goes on with them from at (one word each, each
    sharing a lemma with its place in rest); None when it does not."""
    for lemmas in rest:
        word = NEXT_WORD.match(text, at)
        if word is None or word.start(1) == at or not grammar.word_lemmas(word[1]) & lemmas:
            return None
        at = word.end(1)
    return at

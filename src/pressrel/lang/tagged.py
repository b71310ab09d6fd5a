"""natasha's nominative of an organisation's name checked word by word against the name as
written (``checked``): its taggers decide what pymorphy2's agreement alone could not
(``phrases.nominative``), but they change words that do not decline and miss agreement."""

from __future__ import annotations

from typing import Any

from . import grammar, morph, phrase_words, phrases
from .fold import fold
from .letters import is_cyrillic_word


def checked(written: str, tagged: str) -> str:
    """natasha's nominative of a name (``tagged``) made to keep what does not decline and to
    agree, word by word against the written name, when the two have the same words:

    - a word natasha changed only in capitals or ё is as written ("Вперёд"), and a changed
      word keeps its written letters up to the ending ("АукцЫона" -> АукцЫон);
    - a name that starts with a word of no case (a verb, a preposition: "Поможем", "Из Пензы")
      does not decline at all;
    - from a preposition on, a word keeps its case ("PwC в России");
    - after the head noun (the first word pymorphy2 knows whose best reading is a noun that
      declines), a changed word stays
      changed only when it is an adjective agreeing with the head ("Наблюдатели Петербурга",
      "Вестей недели" keep their genitive), and a noun joined to the head by "и" is put into the
      nominative with it ("Аргументов и фактов");
    - when the head changed, every adjective before it that agrees with it goes into the
      nominative too ("Центрально-Сибирскую торгово-промышленную палату"), and when only the
      adjectives changed, the head they agree with goes with them in the singular ("Национальную
      медиа группу"), and they stay as written before a plural head ("Семи Вселенских
      Соборов", "Твоим очам": a name that keeps its case).
    """
    tokens = list(phrases.TOKEN.finditer(written))
    words = [t.group() for t in tokens]
    out = [t.group() for t in phrases.TOKEN.finditer(tagged)]
    if len(out) != len(words):
        return tagged
    if not _declines(words[0]):
        return written
    out = [w if _same_letters(o, w) else _written_stem(o, w) for o, w in zip(out, words)]
    stop = next((i for i, w in enumerate(words) if i and _is_preposition(w)), len(words))
    out[stop:] = words[stop:]
    head_at = next((i for i in range(stop) if _best_is_noun(words[i])), None)
    if head_at is None:
        return phrases.respelled(written, tokens, out)
    heads = [p for p in morph.parses(words[head_at]) if grammar.is_noun(p)]
    for j in range(head_at + 1, stop):
        if out[j] != words[j] and not any(
            phrase_words.agrees_with(words[j], head, False) for head in heads
        ):
            out[j] = words[j]
    heads = [p for p in heads if p.tag.case != "nomn"]
    if out[head_at] == words[head_at]:
        before = [i for i in range(head_at) if out[i] != words[i]]  # adjectives natasha changed
        fitting = [
            p
            for p in heads
            if before and all(phrase_words.agrees_with(words[i], p, False) for i in before)
        ]
        singular = [p for p in fitting if p.tag.number == "sing"]
        head = phrases.agreeing_nominative(words[head_at], singular[0]) if singular else None
        if head is None:  # "Семи Вселенских Соборов", "Твоим очам": a name in its own case
            out[:head_at] = words[:head_at]
            return phrases.respelled(written, tokens, out)
        out[head_at] = head
    for i in range(head_at):
        agreeing = next(
            (f for head in heads if (f := _adjective_nominative(words[i], head)) is not None),
            None,
        )
        out[i] = agreeing or out[i]
    if head_at + 2 < stop and words[head_at + 1].lower() == "и":
        joined = next(
            (
                p
                for head in heads
                if (p := phrases.coordinated(words, head_at, head, False)) is not None
            ),
            None,
        )
        if joined is not None:
            out[head_at + 2] = (
                phrases.agreeing_nominative(words[head_at + 2], joined) or out[head_at + 2]
            )
    return phrases.respelled(written, tokens, out)


def _declines(word: str) -> bool:
    """Whether a name's first word may decline: its best reading is no verb form, adverb or
    function word ("Поможем", "Из"), or pymorphy2 does not know it, or it is no Cyrillic
    word."""
    if not is_cyrillic_word(word) or not morph.is_known(word):
        return True
    return morph.facts(morph.parses(word)[0].tag).pos not in grammar.FUNCTION | grammar.VERBAL


def _written_stem(form: str, written: str) -> str:
    """form with the letters it shares with written, from the start, as written (capitals
    and ё: "росздрав" of "РосЗдрава" -> РосЗдрав, "вооруженные" of "Вооружённых" ->
    Вооружённые)."""
    shared = 0
    for a, b in zip(fold(form), fold(written)):
        if a != b:
            break
        shared += 1
    return written[:shared] + form[shared:]


def _same_letters(one: str, other: str) -> bool:
    return fold(one) == fold(other)


def _is_preposition(word: str) -> bool:
    readings = morph.parses(word)
    return word.islower() and bool(readings) and readings[0].tag.POS == "PREP"


def _best_is_noun(word: str) -> bool:
    """Whether word may head a name: pymorphy2 knows it, and its best reading is a noun that
    declines ("медиа" in "Национальную медиа группу" does not)."""
    if not is_cyrillic_word(word) or not morph.is_known(word):
        return False
    best = morph.parses(word)[0]
    return grammar.is_noun(best) and "Fixd" not in best.tag


def _adjective_nominative(word: str, head: Any) -> str | None:
    """word in the nominative when it reads as an adjective agreeing with head, else None."""
    if not phrase_words.agrees_with(word, head, False):
        return None
    return phrases.agreeing_nominative(word, head)

"""A role noun as a speaker ("— сказал министр"): the role phrase of an attribution, and the
person of the document whose written role fits it."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from ..lang import grammar, speech
from ..lang.letters import CYRILLIC_WORD
from ..lang.marks import QUOTES
from ..records import Mention
from ..roles import role_head
from .people import ANTECEDENT_REACH, surname_of
from .shared import Document, in_nominative


def role_phrase(words: str) -> str:
    """The role words of an attribution, up to the sentence's end."""
    return re.split(r"[,.;:!?]", words, maxsplit=1)[0].strip()


def person_with_role(role: str, found: Document, before: int, at: int) -> str | None:
    """The person whose written role fits role (the same head noun, adjectives aside: "глава"
    fits "бывший глава Минфина"; and the same organisation when role names one), else None.
    A role noun in an attribution ("— сказал мэр") points back: that person's role must be
    written before the quote, and the person is the one of the whole document whose role fits
    (when named within ANTECEDENT_REACH before the quote: still whom the text is about), or, of those whose role before the quote fits, the one named last before the attribution
    (at), or named last as a subject (in the nominative: "Обама провёл встречу с Эндой Кенни,
    после встречи президент отметил"): "Серебренников рассказал … «…», — сказал режиссёр", another director named later
    aside. Two entities of one surname ("Пётр Бирюков", "Бирюков") are one person."""
    head = role_head(role)
    if head is None:
        return None
    holders = found.holders.get((head, role))
    if holders is None:
        holders = found.holders[head, role] = RoleHolders.of(found, head, role)
    earlier = holders.before(before)
    if earlier is None:
        return None
    fullest, surnames_before = earlier
    # the last person named, or the last named as a subject ("Обама провёл встречу с Эндой Кенни, после встречи
    # президент отметил": not Кенни, whom the subject met)
    subjects = [
        m for m in found.people_at.within(max(0, at - ANTECEDENT_REACH), at)
        if in_nominative(found.text, m)
    ]  # fmt: skip
    named = found.people_at.last_ending_by(at)
    last = {surname_of(m) for m in (named, subjects[-1] if subjects else None) if m}
    if holders.surnames == 1:
        return fullest.entity if _recent(found, fullest, before) else None
    if surnames_before == 1 and surname_of(fullest) in last:
        return fullest.entity
    return None


@dataclass(frozen=True)
class RoleHolders:
    """The people whose written role fits one role phrase, read up to any offset by one
    bisection: each quote of a document that names the same role asks the same, so the scan
    of its people is made once (not once per quote)."""

    starts: list[int]  # the fitting mentions' starts, ascending
    fullest: list[Mention]  # [i]: of the first i + 1, the one named with most words
    distinct: list[int]  # [i]: how many surnames the first i + 1 have
    surnames: int  # how many surnames all of them have

    @classmethod
    def of(cls, found: Document, head: str, role: str) -> RoleHolders:
        rest = role.partition(" ")[2]
        fitting = [m for m in found.with_role(head) if _same_scope(rest, m.role)]
        ranked = sorted(range(len(fitting)), key=lambda i: fitting[i].start)
        starts, fullest, distinct, seen = [], [], [], set()
        best: tuple[int, int] | None = None  # (words, -position): the list's first of the most
        for i in ranked:
            m = fitting[i]
            words = (len((m.normal or "").split()), -i)
            best = words if best is None or words > best else best
            seen.add(surname_of(m))
            starts.append(m.start)
            fullest.append(fitting[-best[1]])
            distinct.append(len(seen))
        return cls(starts, fullest, distinct, len(seen))

    def before(self, offset: int) -> tuple[Mention, int] | None:
        """The fullest-named of those that start before offset, and how many surnames they
        have; None when none does."""
        count = bisect_left(self.starts, offset)
        return (self.fullest[count - 1], self.distinct[count - 1]) if count else None


def _recent(found: Document, person: Mention, before: int) -> bool:
    """Whether the person (any mention with their surname) is named within ANTECEDENT_REACH
    before the quote (at before; in its attribution too, "по словам премьер-министра Влада
    Филата"): still whom the text is about ("Бизнесмен Тимур Цхурбати рассказывает … «…», —
    рассказывает предприниматель": not the document's one "предприниматель", named pages
    before)."""
    named = found.people_at.within(max(0, before - ANTECEDENT_REACH), before)
    return any(surname_of(m) == surname_of(person) for m in named)


def _same_scope(rest: str, role: str) -> bool:
    """ "Минкомсвязи России" fits "глава Минкомсвязи"; generic words ("ведомства") fit any;
    another common noun only a role that has it ("лидер коммунистов" not "лидер партии"); a
    word that cannot be a genitive is no part of the role ("— сказал режиссёр немецкому
    изданию": to whom)."""
    words = [w.strip(QUOTES) for w in rest.split() if w.strip(QUOTES)[:1].isupper()]
    if words:
        return words[0] in role
    first = CYRILLIC_WORD.match(rest)
    if first is None or speech.is_generic_body(first.group().lower()):
        return True
    if not grammar.may_be_genitive(first.group().lower()):
        return True
    return first.group()[:5].lower() in role.lower()

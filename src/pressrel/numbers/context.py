"""The words around an amount: what leads its span, and what tells that it is money.

* ``QUALIFIERS``: the words before an amount that say how it stands to the true figure, inside
  the span as in NEREL; ``qualifier_before`` finds one. ``до`` is ``"less"`` unless it ends a
  change (``ends_change``): after a verb of change or its noun in its clause (``CHANGE_VERBS``:
  ``выросла ... до``, ``снизить ... до``, ``замедлится до``; ``CHANGE_NOUNS``: ``повышение до``,
  ``рост цен до``), also one written before an earlier amount of the clause (``увеличиваться с
  1% в 2019 году до 2–3%``), right after another amount (``на 12% до $1,5 млрд``), after a
  number (``с 5 до 7 %``) or after an amount that ``с`` leads in its clause (``с 10,3% в августе
  до 11,4%``); such a ``до`` is the verb's preposition, left out of the span.
* ``from_before``: the ``от`` of a range ``от 3 до 5 тысяч``; ``code_before``: an ISO code
  written before the number (``USD 5 млн``).
* ``link_before``: the word that joins a bare number to the amount after it, which names the
  unit for both (``5 и 7 процентов``, ``3, 5 и 10 млрд рублей``, ``с 10 до 12 млн рублей``);
  ``change_before``: the ``с``/``от`` that opens such a ``до``.
* ``money_cue``: a word of money (``MONEY_CUES``, lemmas: ``стоимостью``, ``обошлись``, ``штраф``)
  among the three words before a scaled number that has no currency (``обошлись в 930 тысяч``).
* ``is_rate``: a currency named as the rate of it or a change of that rate (``курс иены``,
  ``ослабление рубля``, ``девальвация юаня``) is no amount.
* ``is_count``: a noun or adjective in the genitive after a scaled number, which governs it,
  makes it a count (``5 тысяч человек``, ``80 тысяч «макетов»``); a word in another case opens
  the next phrase (``из них 25 миллионов редакция получила``: a sum).

Lemmas are pymorphy2's best reading (``lang.grammar.first_lemma``, cached).
"""

from __future__ import annotations

import re

from ..lang import morph
from ..lang.fold import fold
from ..lang.grammar import first_lemma
from . import digits, units, words

_SP = rf"(?:[{digits.SPACES}]|&nbsp;)"
_LEFT = 40  # how far back a qualifier may start

QUALIFIERS = {
    "более": "more", "свыше": "more", "больше": "more", "более чем": "more",
    "больше чем": "more", "чуть более": "more", "чуть больше": "more", "не менее": "more",
    "не меньше": "more", "не менее чем": "more", "немногим более": "more",
    "менее": "less", "меньше": "less", "менее чем": "less", "меньше чем": "less",
    "почти": "less", "до": "less", "не более": "less", "не больше": "less",
    "чуть менее": "less", "чуть меньше": "less", "не более чем": "less",
    "около": "about", "порядка": "about", "примерно": "about", "приблизительно": "about",
    "ориентировочно": "about",
    # comparatives, as a forecast's bounds are written: "инфляция ниже 3%", "выше 1,5–2%"
    "выше": "more", "чуть выше": "more", "не ниже": "more", "ниже": "less", "чуть ниже": "less",
    "не выше": "less",
}  # fmt: skip
_QUALIFIER = re.compile(
    r"(?<![^\W\d_])(?P<q>"
    + "|".join(q.replace(" ", _SP + "+") for q in sorted(QUALIFIERS, key=len, reverse=True))
    + rf"){_SP}+\Z",
    re.IGNORECASE,
)
_CODE_BEFORE = re.compile(rf"(?<![^\W\d_])([A-Z]{{3}}){_SP}*\Z")  # "USD 5 млн"
_FROM = re.compile(rf"(?<![^\W\d_])от{_SP}+\Z", re.IGNORECASE)
_SINCE = re.compile(rf"(?<![^\W\d_])со?{_SP}+\Z", re.IGNORECASE)  # "с 10,3% в августе до 11,4%"
# what joins members that share one unit: a conjunction, a comma, the "до" of "с X до Y"
_LINK = re.compile(
    rf"(?:(?<![^\W\d_])(?P<word>до|или|и){_SP}+|(?P<comma>,){_SP}*)\Z", re.IGNORECASE
)
_OPENS_CHANGE = re.compile(rf"(?<![^\W\d_])(?:со?|от){_SP}+\Z", re.IGNORECASE)
# a full participle counts as the adjective it declines like ("17 тысяч работающих")
_NOT_A_COUNT = {"PREP", "CONJ", "PRCL", "VERB", "INFN", "PRTS", "GRND", "ADVB", "INTJ"}
# verbs whose "до" names where a change ends, not a bound: "выросла до $1,5 млрд"
CHANGE_VERBS = frozenset({
    "расти", "вырасти", "возрасти", "возрастать", "увеличить", "увеличиться", "увеличивать",
    "увеличиваться", "снизить", "снизиться", "снижать", "снижаться", "сократить", "сократиться",
    "сокращать", "сокращаться", "повысить", "повыситься", "повышать", "повышаться", "понизить",
    "понизиться", "понижать", "понижаться", "уменьшить", "уменьшиться", "уменьшать",
    "уменьшаться", "довести", "доводить", "упасть", "падать", "подняться", "подниматься",
    "опуститься", "опускаться", "подорожать", "дорожать", "подешеветь", "дешеветь", "подскочить",
    "обвалиться", "рухнуть", "сдвинуться", "измениться", "изменить", "поднять", "поднимать",
    "опустить", "замедлиться", "замедлить", "замедляться", "замедлять", "ускориться",
    "ускорить", "ускоряться", "ускорять",
})  # fmt: skip
# the nouns of those verbs: "повышение ставки до 8%", "рост цен до 3,4%"
CHANGE_NOUNS = frozenset({
    "рост", "прирост", "снижение", "повышение", "понижение", "увеличение", "уменьшение",
    "сокращение", "падение", "замедление", "ускорение", "подорожание", "удешевление",
})  # fmt: skip
_CHANGE = CHANGE_VERBS | CHANGE_NOUNS
# words whose amount is money even when the text leaves the currency out: "обошлись в 930 тысяч"
MONEY_CUES = frozenset({
    "стоимость", "стоить", "обойтись", "обходиться", "цена", "сумма", "штраф", "залог",
    "зарплата", "заработать", "зарабатывать", "доход", "выручка", "прибыль", "ущерб",
    "компенсация", "бюджет", "премия", "вознаграждение", "оклад", "потратить", "тратить",
    "заплатить", "платить", "выплатить", "выплачивать", "расход", "долг",
})  # fmt: skip
_CLAUSE = re.compile(r"[^.;:!?]*\Z")  # a line break inside a paragraph ends no clause
_CLAUSE_WORD = re.compile(r"[^\W\d_]+")
# a currency named as the rate of it, or a change of its rate, is no amount: "курс иены",
# "ослабление рубля"
_RATE = frozenset({
    "курс", "ослабление", "укрепление", "девальвация", "ревальвация", "обесценение",
    "обесценивание",
})  # fmt: skip


_NUMBER_BEFORE = re.compile(rf"(?<![\d.,])[\d.,]*\d{_SP}+\Z")  # "с 5 до 7 %"
# "с 500 тыс. до 1 млн": a number under its multiplier
_SCALED_BEFORE = re.compile(rf"(?<![\d.,])[\d.,]*\d{_SP}*(?P<mult>[^\W\d_]+)\.?{_SP}+\Z")
_PREVIOUS = re.compile(r"([^\W\d_]+|\d+)[^\w\n\r]*\Z")


def previous_word(text: str, start: int, floor: int) -> re.Match | None:
    return _PREVIOUS.search(text, max(floor, start - 40), start)


def code_before(text: str, pos: int, floor: int) -> re.Match | None:
    code = _CODE_BEFORE.search(text, max(floor, pos - 8), pos)
    return code if code is not None and code.group(1) in units.CODES else None


def qualifier_before(text: str, start: int, floor: int) -> re.Match | None:
    """The qualifier written right before start (its group ``q``), not before floor."""
    return _QUALIFIER.search(text, max(floor, start - _LEFT), start)


def qualifier_of(found: re.Match) -> str:
    return QUALIFIERS[" ".join(fold(found.group("q")).replace("&nbsp;", " ").split())]


def from_before(text: str, start: int, floor: int) -> re.Match | None:
    """The ``от`` of a range, right before start."""
    return _FROM.search(text, max(floor, start - 10), start)


def link_before(text: str, start: int, floor: int) -> tuple[str, int] | None:
    """What joins the number before start to the amount at start, folded (``"и"``, ``"или"``,
    ``"до"`` or ``","``), and where it starts; None when nothing does."""
    link = _LINK.search(text, max(floor, start - 12), start)
    if link is None:
        return None
    return ("," if link.group("comma") else link.group("word").lower()), link.start()


def change_before(text: str, start: int, floor: int) -> bool:
    """``с``, ``со`` or ``от`` right before start: the old value of a change (``с 7,5 до
    7,25%``) or the low end of a range."""
    return _OPENS_CHANGE.search(text, max(floor, start - 6), start) is not None


def ends_change(text: str, start: int, floor: int, adjacent: bool, previous: int | None) -> bool:
    """The ``до`` at start ends a change (``выросла на 12% до``, ``снизить ставку на 25 б.п., до
    7,25%``, ``с 5 до 7 %``, ``с 10,3% в августе до 11,4%``): an amount right before it
    (adjacent: the previous amount ends at floor), a number (``с 500 тыс. до 1 млн`` too), an
    amount of its clause led by ``с`` (previous: where the amount before it starts, if any), or
    a verb of change or its noun earlier in its clause (before the previous amount too)."""
    if adjacent and not text[floor:start].strip(" \t\u00a0,"):
        return True
    number = _NUMBER_BEFORE.search(text, max(floor, start - 40), start)
    if number is None and (scaled := _SCALED_BEFORE.search(text, max(floor, start - 40), start)):
        entry = words.lookup(scaled.group("mult"))
        number = scaled if entry is not None and entry.kind == "mult" else None
    if number is not None and digits.read(text, number.start()) is not None:
        return True
    since = previous is not None and _SINCE.search(text, max(0, previous - 5), previous)
    if since and _same_clause(text, previous, start):
        return True
    return _clause_has(text, start, 0, _CHANGE, 6)


def _same_clause(text: str, begin: int, end: int) -> bool:
    clause = _CLAUSE.search(text, begin, end)
    return clause is not None and clause.start() == begin


def money_cue(text: str, start: int, floor: int) -> bool:
    """A word of money within the three words before start: ``обошлись в 930 тысяч``."""
    return _clause_has(text, start, floor, MONEY_CUES, 3)


def is_rate(text: str, start: int, floor: int) -> bool:
    """The word before start names the rate or its change: ``курс иены``, ``ослабление
    рубля``."""
    before = previous_word(text, start, floor)
    return before is not None and first_lemma(before.group(1)) in _RATE


def is_count(word: str) -> bool:
    """A noun, adjective or numeral (not a verb, preposition, adverb...) after a scaled
    number, in the genitive it governs when the word declines at all ("тысяч человек", not
    "миллионов редакция")."""
    parses = morph.parses(word.lower())
    if not parses:
        return True
    if parses[0].tag.POS in _NOT_A_COUNT:
        return False
    cases = {morph.case_of(p) for p in parses if p.tag.POS not in _NOT_A_COUNT}
    return cases == {None} or "gent" in cases


def _clause_has(text: str, start: int, floor: int, lemmas: frozenset[str], count: int) -> bool:
    clause = _CLAUSE.search(text, max(floor, start - 80), start)
    found = _CLAUSE_WORD.findall(clause.group()) if clause else []
    return any(first_lemma(word) in lemmas for word in found[-count:])

"""How Russian a text reads: a letter-frequency model with letter case, which ranks the
decodings of one byte string by the Cyrillic code pages (``decode``).

A wrong code page turns letters into rare ones, capitals inside words ("днЯ"), small letters
into capitals (koi8-r read as cp1251), or letters into symbols ("Њосква", "—бербанк"), each
costing more than the right letter. The model is a letter table and a few context costs: data
more than code.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from .. import caches

_PERCENTS = """о 11 е 8.5 а 8 и 7.4 н 6.7 т 6.3 с 5.5 р 4.7 в 4.5 л 4.4 к 3.5 м 3.2 д 3 п 2.8
у 2.6 я 2 ы 1.9 ь 1.7 г 1.7 з 1.7 б 1.6 ч 1.4 й 1.2 х 1 ж 0.9 ш 0.7 ю 0.6 ц 0.5 щ 0.4 э 0.3
ф 0.3 ъ 0.04 ё 0.1 і 0.2 ї 0.2 є 0.2 ґ 0.2 ў 0.2"""  # in running text; the last five (Ukrainian, Belarusian) in quoted names
_PAIRS = _PERCENTS.split()
LETTER_PERCENT = dict(zip(_PAIRS[::2], map(float, _PAIRS[1::2])))
CAPITAL = math.log(0.1)  # the extra cost of a capital letter
PUNCTUATION_COSTS = {  # typographic characters outside ASCII: Russian quotes and dashes are usual
    **dict.fromkeys("«»—–…№", -4.0),
    **dict.fromkeys("“”„‘’\u00a0°", -7.0),
}
ODD_COST = -12.0  # any other character: a symbol, a Serbian or Macedonian letter
_LOW, _UP = "а-яёіїєґў", "А-ЯЁІЇЄҐЎ"
MIXED_SCRIPT = re.compile(f"[a-zA-Z][{_LOW}{_UP}]|[{_LOW}{_UP}][a-zA-Z]")
CONTEXT_COSTS = tuple(
    (re.compile(pattern), cost)
    for pattern, cost in (
        (f"[{_LOW}][{_UP}]", -6.0),  # a capital after a small letter: "днЯ"
        (f"(?<=[{_UP}])[{_UP}]", 1.6),  # a capital after a capital costs less: "МИД", "РФ"
        (rf"(?:^|[.!?]\s+)[{_UP}]", -CAPITAL),  # a sentence starts with a capital for free
        (rf"(?:^|[.!?]\s+)[{_LOW}]", CAPITAL),  # and seldom with a small letter
        (f"[—–»”…№°][{_LOW}{_UP}]|[{_LOW}{_UP}][«„“]", -6.0),  # punctuation stuck to a word
    )
)


def russian_score(text: str) -> float:
    """The log-likelihood of text under a crude model of Russian (higher is more Russian);
    scores of one byte string decoded by several single-byte code pages compare."""
    score = sum(count * _char_cost(char) for char, count in Counter(text).items())
    return score + sum(cost * len(pattern.findall(text)) for pattern, cost in CONTEXT_COSTS)


def plainly_russian(text: str) -> bool:
    """Nearly every non-ASCII character a Cyrillic letter or usual punctuation, and no word
    mixing Latin and Cyrillic letters (what Western text read in a Cyrillic code page gives)."""
    non_ascii = [char for char in text if char >= "\x80"]
    usual = sum(1 for char in non_ascii if _char_cost(char) > ODD_COST)
    return usual >= 0.95 * len(non_ascii) and not MIXED_SCRIPT.search(text)


@caches.bounded(caches.CHARACTERS)
def _char_cost(char: str) -> float:
    if char < "\x80":
        return 0.0
    lower = char.lower()
    if lower in LETTER_PERCENT:
        cost = math.log(LETTER_PERCENT[lower] / 100)
        return cost if char == lower else cost + CAPITAL
    return PUNCTUATION_COSTS.get(char, ODD_COST)

"""Years listed before one plural noun of years: each is a year of its own.

"в 1958, 1962 и 1970 годах", "на 2022 и 2023 годы", "бюджета 2022 и 2023 годов": the plural
noun after the last year is every listed year's, and NEREL marks each year apart ("в 1958",
"1962", "1970 годах"). The rules find the last year with the noun, and a first one with a
preposition ("в 1958"); the years before the last, joined to the next by a comma, "и" or "или",
are found here, each a year (the first with the preposition right before it: "на 2022").
"""

from __future__ import annotations

import re

from . import values as v
from .lexicon import PREPOSITION, WORD_START, S, fold_phrase
from .match import DateMatch

PLURAL_YEARS = re.compile(r"\s(?:годах|годы|годов|годам|годами|гг\.?)$")  # of the last year
LISTED = re.compile(r"(?<![\w.,-])(\d{4})[ \u00a0]*(?:,|[ \u00a0](?:и|или))[ \u00a0]*$")
LEAD = re.compile(WORD_START + PREPOSITION + S + "$")
LOOK_BACK = 24  # characters read back for a listed year and its joiner


def with_listed_years(text: str, matches: list[DateMatch]) -> list[DateMatch]:
    """matches with the years listed before a year with a plural noun of years (see the
    module) added as year matches, in text order; a year inside a match is not added again."""
    out: list[DateMatch] = []
    for match in matches:
        if _of_plural_years(match):
            found: list[DateMatch] = []
            start = match.start
            taken = out[-1].stop if out else 0
            while (listed := LISTED.search(text, max(taken, start - LOOK_BACK), start)) is not None:
                year_start, year_stop = listed.span(1)
                start = year_start
                lead = _lead(text, max(taken, start - 30), start)
                if lead is not None:
                    start -= len(lead[0])
                found.append(_year(text, start, year_stop, int(listed[1])))
                if lead is not None:
                    break  # a preposition opens the list
            out.extend(reversed(found))
        out.append(match)
    return out


def _lead(text: str, start: int, stop: int) -> re.Match[str] | None:
    """The preposition that ends text[start:stop] (lower-cased with its offsets kept)."""
    before = text[start:stop]
    lower = before.lower()
    return LEAD.search(lower) if len(lower) == len(before) else None


def _of_plural_years(match: DateMatch) -> bool:
    """Whether the match is one year written with a plural noun of years ("2013 годах")."""
    date = match.date
    return (
        date.kind == "date"
        and date.precision == "year"
        and not date.relative
        and match.text[:4].isdigit()
        and PLURAL_YEARS.search(fold_phrase(match.text)) is not None
    )


def _year(text: str, start: int, stop: int, year: int) -> DateMatch:
    return DateMatch(start, stop, text[start:stop], v.point(v.iso_year(year), "year"))

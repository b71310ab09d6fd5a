"""A line break is a line break whatever its bytes (issue 22): every rule that stops at the end
of a line stops at CR alone (classic Mac files) as at LF. Each row is one rule at its own entry
point, read on a text with LF and on the same text with CR alone; the answers must agree (CR
and LF are one code point each, so offsets are the same)."""

from __future__ import annotations

import pytest

from pressrel import analyze
from pressrel.countries.scan import _sentence_initial
from pressrel.dates.tense import clause_tense
from pressrel.lang.brackets import _trimmed as bracket_trimmed
from pressrel.lang.names import _opens_sentence
from pressrel.numbers.context import previous_word
from pressrel.numbers.reader import FULL_STOP
from pressrel.orgs.extend import starts_sentence
from pressrel.orgs.spans import _alone_on_line
from pressrel.orgs.spans import _trimmed as org_trimmed
from pressrel.resolve import SENTENCE_END


def at(text: str, word: str) -> int:
    return text.index(word)


def around(text: str, word: str) -> tuple[int, int]:
    return text.index(word), text.index(word) + len(word)


def match_span(found) -> tuple[int, int] | None:
    return found.span() if found else None


ROWS = {
    "a name after a date line starts a sentence (orgs.extend)": (
        "13 мая 2014\n\nСовет директоров собрался.",
        lambda t: starts_sentence(t, at(t, "Совет")),
    ),
    "a heading alone on its line (orgs.spans)": (
        "Итоги\nБорьба с коррупцией\nТекст.",
        lambda t: _alone_on_line(t, *around(t, "Борьба с коррупцией")),
    ),
    "a country word first on its line (countries.scan)": (
        "Итоги года\nРоссийская делегация прибыла.",
        lambda t: _sentence_initial(t, at(t, "Российская")),
    ),
    "a name first on its line (lang.names)": (
        "Итоги\nПетров приехал.",
        lambda t: _opens_sentence(t, at(t, "Петров")),
    ),
    "a date's clause ends at the line (dates.tense)": (
        "Рост будет\nв апреле\nцены снизились.",
        lambda t: clause_tense(t, *around(t, "в апреле")),
    ),
    "an abbreviation's dot at the end of its line is the full stop (numbers.reader)": (
        "Ставка выросла на 1 п.п.\nБанк доволен.",
        lambda t: match_span(FULL_STOP.match(t, around(t, "п.п.")[1])),
    ),
    "the word before a number is on its line (numbers.context)": (
        "Доля выросла до\n5%.",
        lambda t: match_span(previous_word(t, at(t, "5%"), 0)),
    ),
    "a line end between namesakes is a sentence end (resolve)": (
        "Итоги\nИван Петров\nПетров",
        lambda t: [m.span() for m in SENTENCE_END.finditer(t)],
    ),
    "a line end at a bracketed part's edge is trimmed (lang.brackets)": (
        "Иван (\nглава\n)",
        lambda t: bracket_trimmed(t, at(t, "(") + 1, len(t) - 1),
    ),
    "a line end at an organisation's edge is trimmed (orgs.spans)": (
        "\nМинистерство финансов\n",
        lambda t: org_trimmed(t, 0, len(t)),
    ),
}


@pytest.mark.parametrize("text, rule", ROWS.values(), ids=ROWS.keys())
def test_cr_alone_ends_a_line_as_lf_does(text, rule):
    assert rule(text.replace("\n", "\r")) == rule(text)


def test_line_ends_are_lf_and_cr():
    from pressrel.lang.letters import LINE_ENDS

    assert set(LINE_ENDS) == {"\n", "\r"}


def test_a_release_with_cr_alone_analyses_as_with_lf():
    """A release's head (title, date line, lead) with CR alone: the same mentions as with LF."""
    text = "О ставке\n\n13 декабря 2013\n\nСовет директоров Банка России принял решение."

    def found(text):
        return [(m.type, m.start, m.stop, m.entity) for m in analyze(text).mentions]

    assert found(text.replace("\n", "\r")) == found(text)

"""The source line: "Источник: ...", a "Пресс-служба ..." signature, "© ...", or a credit line
"При использовании материала ссылка на ... обязательна." (also glued to the end of the last
paragraph), its name in the nominative."""

from __future__ import annotations

import re

from ..lang import grammar, phrases
from .paragraphs import Paragraph, split

SOURCE_LINES = (
    re.compile(r"^\s*источник\s*[:\-—–]\s*(?P<source>.+?)\s*$", re.IGNORECASE | re.DOTALL),
    # a signature: "Пресс-служба Банка России", "Пресс-центр Минфина" (one short line)
    re.compile(
        r"^\s*(?P<source>пресс-(?:служба|центр|бюро)(?:\s+[^\s,.!?:;]+){1,8})\s*\.?\s*$",
        re.IGNORECASE,
    ),
    re.compile(r"^\s*(?:©|\([cс]\))\s*(?P<source>[^\n]{1,200}?)\s*$", re.IGNORECASE),
)
CREDIT = re.compile(
    r"при\s+(?:использовании|перепечатке|цитировании)\s+(?:материал\w*|информаци\w*)\s+"
    r"(?:\S+\s+){0,3}?ссылка\s+на\s+(?P<source>.+?)\s+обязательна\.?\s*$",
    re.IGNORECASE | re.DOTALL,
)
COPYRIGHT_YEARS = re.compile(r"^\d{4}(?:\s*[-–—]\s*\d{4})?[\s,.]+")
SPACE = re.compile(r"\s+")


def mark_source(
    paragraphs: list[Paragraph], main: list[Paragraph]
) -> tuple[str | None, list[Paragraph]]:
    """The last source line of the main text ("Источник:", "Пресс-служба ...", "© ...", or a
    credit line, which may be glued to the end of a paragraph: then the paragraph is split);
    returns the source and the paragraphs before it (``paragraphs``, all of the document's, get
    the halves of a split one)."""
    for index in range(len(main) - 1, 0, -1):
        p = main[index]
        match = next((m for line in SOURCE_LINES if (m := line.match(p.text))), None)
        if match and any(grammar.is_verbal(word) for word in match.group("source").split()):
            match = None  # "Пресс-служба банка сообщает": a sentence, not a signature
        if match is None and p.kind == "body" and "сылк" in p.text:  # "ссылка", "Ссылка"
            credit = CREDIT.search(p.text)
            if credit and (credit.start() == 0 or p.text[credit.start()].isupper()):
                match = credit
                if credit.start() > 0:
                    first, p = split(paragraphs, p, credit.start())
                    main = [*main[:index], first, p, *main[index + 1 :]]
                    index += 1
        if match:
            for q in main[index:]:
                q.kind = "source"
            return _source_name(match.group("source")), main[:index]
    return None, main


def _source_name(text: str) -> str:
    """The source as a name in the nominative ("Пресс-службу Банка России" -> "Пресс-служба
    Банка России"); as written when pymorphy2 cannot tell."""
    name = COPYRIGHT_YEARS.sub("", SPACE.sub(" ", text).strip(" .")) or text.strip()
    return phrases.nominative(name, proper=False) or name

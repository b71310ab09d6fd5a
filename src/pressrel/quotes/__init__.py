"""Direct speech: quotations, who said them, and with what verb.

A quotation is a top-level «…» pair (with „…“ or «…» nested inside), or a “…” or „…“ pair.
A quotation that runs over several paragraphs ("«first… \\n\\n«second…»", the Russian way) is
one quote. A quotation right after a noun that names a thing by its title ("статья 159 УК РФ
«…»", "закон «…»", "фильм «…»": ``lang.speech.TITLES``) is a title, not speech. The
attribution holds a speech verb (any form of a verb of speech or opinion, read by its lemma:
``lang.speech``) or "по словам", "по мнению"..., and is looked for in this order:

- inside the quote, interrupting it: «Мы видим рост…, — сказал глава Минкомсвязи Николай
  Никифоров. — С точки зрения…» (the quote's ``text`` then leaves the attribution out);
- right after it: «…», — отметил он. / «…?» — спросил министр. / «…», утверждал министр.
- right before it: Министр заявил: «…», По словам Никифорова, «…», Сидоров заявил, что «…»,
  or the words of the sentence before a quote that opens inside it;
- for a quote that opens a sentence and has none of its own: the quote before it, when only
  the end of a sentence or a paragraph stands between (a run of quotes: the same speaker),
  else, after a colon, the subject of the clause the colon ends ("Решение Анна принимала
  сама: «…»"; not a subordinate clause's, nor the verb's object), else the sentence before,
  when it holds a speech verb and names who speaks.

The speaker is the person named in the attribution (of two, the one in the nominative nearest
the verb, and never one in what was said, after "что"); a bare surname NER did not mark, of the
one person written with it; else a role alone ("глава ведомства", "глава Минкомсвязи России")
names the one person of the document whose role fits (or, of those whose role is written
before, the one named last), or, when the document writes no such role, the one subject (or
"по мнению X") of the words before it back to the sentence before, of the verb's gender (so
for "— сказала женщина"); with
"цитировать", the person quoted, not the outlet; "со ссылкой на X", X; else "он"/"она" (or
"по его словам")
names the nearest person mentioned before the quote that is of its gender (the given name's
gender, else the surname's and the words that agree with it: ``lang.gender``; a person of
unknown gender only when no one else fits; "они" no one); else an organisation that speaks in
it ("в пресс-службе ФАС", "в сообщении Минфина", "Минфин сообщил", not "с «Медузой»"), or,
for "в компании", "в ведомстве", the last organisation named before. A quotation with no
attribution is kept only when it reads as speech (``MIN_UNATTRIBUTED_WORDS`` words or more);
short ones are names and titles («Почта России»); one whose attribution comes before it needs
``MIN_WORDS``, one with its attribution after it or inside it none.

The package by step: ``quotations`` finds the quotes, ``titles`` tells quotations that are no
speech, ``attribution`` finds where a quote's attribution is, ``speakers`` reads who it names,
with ``people`` (persons: subjects, antecedents), ``roles`` (the person a role noun names)
and ``orgs`` (organisations as speakers); ``shared`` holds the document's state (``Document``), the patterns and readings
they share.
"""

from __future__ import annotations

import heapq

from ..lang import speech
from ..records import Mention, Quote
from .attribution import attribute
from .quotations import dash_speech_spans, quotation_spans
from .shared import Document, Found
from .shared import Mentions as _Mentions  # noqa: F401  (tests/test_scaling.py)

__all__ = ["find_quotes"]


def find_quotes(text: str, mentions: list[Mention], doc: str = "-") -> list[Quote]:
    """The document's direct quotes, with speakers resolved against its (resolved) mentions."""
    found = Document(
        text,
        [m for m in mentions if m.type == "PER"],
        [m for m in mentions if m.type == "ORG"],
    )
    quotes: dict[str, Quote] = {}  # a headline repeated in the text is one quote
    previous: Found | None = None
    names = {(m.start, m.stop) for m in found.orgs}  # «Народный фронт» is a name, not speech
    titles: set[str] = set()  # a title named once is a title wherever it is quoted again
    spans = heapq.merge(quotation_spans(text), dash_speech_spans(text), key=lambda s: s.start)
    for span in spans:
        inner = text[span.start : span.stop]
        if speech.is_title(text[max(0, span.start - 61) : span.start - 1]):
            titles.add(inner)
            continue
        if inner in titles or speech.is_about_title(inner):
            continue
        if (span.start, span.stop) in names:
            continue
        current = attribute(found, span, doc, previous)
        if current is None:
            continue
        previous = current
        if current.quote.text not in quotes:
            quotes[current.quote.text] = current.quote
    return list(quotes.values())

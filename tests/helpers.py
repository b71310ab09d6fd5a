"""Mentions built by hand: a rule tested at its own entry point, on the spans NER is taken to
have found, so that NER moving a span does not fail a rule test.

A sentence marks its spans in square brackets: ``[Иван Петров]`` is a PER span, ``[ORG
«Газпром»]`` an ORG span (likewise ``LOC``, ``COUNTRY``). ``marked`` gives the plain text and
the mentions, normalised as the pipeline normalises NER's spans; ``resolved`` runs
``resolve`` over them, as the pipeline does after its extraction steps.
"""

from __future__ import annotations

import re

from pressrel import structure
from pressrel.extractors import Context
from pressrel.extractors.countries import retype as as_country
from pressrel.lang import normalize
from pressrel.options import Options
from pressrel.records import Document, Mention
from pressrel.resolve import resolve
from pressrel.scope import Scope

MARK = re.compile(r"\[(?:(PER|ORG|LOC|COUNTRY) )?([^\[\]]+)\]")
DOC = "-"


def marked(text: str) -> tuple[str, list[Mention]]:
    """The text without its marks, and a mention for each marked span (sorted as the pipeline
    sorts them: by start, longer first)."""
    plain, spans, at = [], [], 0
    length = 0
    for match in MARK.finditer(text):
        plain.append(text[at : match.start()])
        length += match.start() - at
        written = match.group(2)
        spans.append((match.group(1) or "PER", length, length + len(written)))
        plain.append(written)
        length += len(written)
        at = match.end()
    plain.append(text[at:])
    clean = "".join(plain)
    mentions = [mention(clean, kind, start, stop) for kind, start, stop in spans]
    mentions.sort(key=lambda m: (m.start, -m.stop, m.type))
    return clean, mentions


def mention(text: str, kind: str, start: int, stop: int) -> Mention:
    """The mention of text[start:stop] of type kind, with the normal form (and the name parts,
    the country) the pipeline gives an NER span."""
    written = text[start:stop]
    ner_kind = "LOC" if kind == "COUNTRY" else kind  # NER's LOC that names a country...
    key = normalize.SpanKey(ner_kind, written, normalize.left_word(text, start))
    (found,) = normalize.normalize([key])
    found = Mention(DOC, ner_kind, written, found.normal, start, stop, 0, name=found.name)
    if kind == "COUNTRY":  # ...retyped by the countries extractor, as the pipeline does
        found = as_country(found, Context(None, Options()))
        assert found.type == "COUNTRY", f"{written!r} names no country"
    return found


def resolved(text: str) -> tuple[str, list[Mention]]:
    """The plain text and its marked mentions with entity ids, names and roles."""
    clean, mentions = marked(text)
    return clean, resolve(mentions, clean)


def people(text: str) -> list[tuple[str, str, str, dict]]:
    """(written, entity, normal, name parts) of each marked person, resolved."""
    clean, mentions = resolved(text)
    return [(m.text, m.entity, m.normal, m.name.to_dict()) for m in mentions if m.type == "PER"]


def sentence_at(text: str):
    """The pipeline's lookup of the sentence at an offset (what turns generic organisations
    on in ``orgs.refine``)."""
    return Scope.of(structure.parse(text), related=False).sentence_at


def document(text: str) -> Document:
    return Document(DOC, text)

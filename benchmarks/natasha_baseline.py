"""natasha 1.6 alone, as pressrel mentions: the baseline of the README's quality table.

    python benchmarks/natasha_baseline.py GOLD.jsonl > natasha.jsonl
    pressrel eval GOLD.jsonl --pred natasha.jsonl

Reads the documents of a gold file (``id``, ``text``) and writes, one JSON object a line, what a
user gets from natasha's own pipeline as its README shows it (segment, morphology, syntax, NER,
``span.normalize``, ``NamesExtractor``, ``DatesExtractor``), shaped like ``pressrel entities``
records so that ``pressrel eval --pred`` scores both with the same code:

- PER, ORG, LOC: natasha's NER spans; ``normal`` is ``span.normal``; PER ``name`` is the
  NamesExtractor fact (first, middle, last);
- COUNTRY: a LOC span whose whole text names a country in pressrel's country table (natasha has
  no country type; this is the most a user would do);
- DATE: DatesExtractor matches;
- MONEY: MoneyExtractor matches (natasha has no percentages);
- ``entity``: ``TYPE:normal`` (natasha does not group mentions; identical normal forms are the
  grouping a user gets for free);
- ``role``, ``role_start``, ``role_stop``: null (natasha finds no roles).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def natasha_mentions(doc_id: str, text: str, tools: dict) -> list[dict]:
    import natasha as nt

    from pressrel.countries import lookup_country_form

    doc = nt.Doc(text)
    doc.segment(tools["segmenter"])
    doc.tag_morph(tools["morph"])
    doc.parse_syntax(tools["syntax"])
    doc.tag_ner(tools["ner"])
    mentions = []
    for span in doc.spans:
        span.normalize(tools["vocab"])
        kind, name = span.type, None
        if kind == nt.PER:
            span.extract_fact(tools["names"])
            fact = span.fact.as_dict if span.fact else {}
            name = {part: fact.get(part) for part in ("first", "middle", "last")}
        elif kind == nt.LOC:
            found = lookup_country_form(span.text)
            if found and found[1] == "name":
                kind = "COUNTRY"
        mentions.append(_mention(doc_id, kind, span.start, span.stop, text, span.normal, name))
    for match in tools["dates"](text):
        mentions.append(_mention(doc_id, "DATE", match.start, match.stop, text, None, None))
    mentions += money_mentions(doc_id, text, tools)
    return sorted(mentions, key=lambda m: (m["start"], -m["stop"]))


def money_mentions(doc_id: str, text: str, tools: dict) -> list[dict]:
    """natasha's MoneyExtractor matches as MONEY mentions."""
    return [
        _mention(doc_id, "MONEY", match.start, match.stop, text, None, None)
        for match in tools["money"](text)
    ]


def _mention(doc, kind, start, stop, text, normal, name) -> dict:
    return {
        "doc": doc,
        "type": kind,
        "text": text[start:stop],
        "normal": normal,
        "start": start,
        "stop": stop,
        "name": name,
        "entity": f"{kind}:{normal or text[start:stop]}",
        "role": None,
        "role_start": None,
        "role_stop": None,
    }


def tools() -> dict:
    import natasha as nt

    emb, vocab = nt.NewsEmbedding(), nt.MorphVocab()
    return {
        "segmenter": nt.Segmenter(),
        "morph": nt.NewsMorphTagger(emb),
        "syntax": nt.NewsSyntaxParser(emb),
        "ner": nt.NewsNERTagger(emb),
        "vocab": vocab,
        "names": nt.NamesExtractor(vocab),
        "dates": nt.DatesExtractor(vocab),
        "money": nt.MoneyExtractor(vocab),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path, help="a gold JSONL file (id, text)")
    args = parser.parse_args(argv)
    loaded = tools()
    with args.gold.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                doc = json.loads(line)
                for mention in natasha_mentions(str(doc["id"]), doc["text"], loaded):
                    sys.stdout.write(json.dumps(mention, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

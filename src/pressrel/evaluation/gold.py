"""Gold files and prediction files: read, checked line by line, and told apart by content.

A gold file is JSON Lines, one document a line, of one of three kinds:

- **spans** (``{"id", "text", "spans": [{"start", "stop", "type"}], "tokens"?}``, as
  ``../shared/eval/*/dev.jsonl``): entity spans, optionally razdel tokens ``[[start, stop]]``;
- **persons** (``{"id", "text", "persons": [{"first", "middle", "last", "mentions",
  "mention_parts"}]}``, factRuEval's ``dev-persons.jsonl``): people, their names and mentions;
- **roles** (``{"id", "text", "persons": [{"start", "stop", "roles": [...]}]}``, NEREL's
  ``dev-roles.jsonl``): person mentions and the professions written before them.

A prediction file is pressrel's mention JSON Lines (``pressrel entities``), ``doc`` = gold id.
A line that is not what its kind needs raises :class:`GoldError` naming ``path:LINE``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

__all__ = ["KINDS", "Gold", "GoldError", "read_gold", "read_predictions", "razdel_tokens"]

KINDS = ("spans", "persons", "roles")


class GoldError(ValueError):
    """A gold or prediction line that cannot be scored: ``path:LINE: reason``."""


@dataclass(frozen=True)
class Gold:
    path: str
    kind: str  # one of KINDS
    docs: list[dict[str, Any]]  # the lines as read, ids as strings

    @property
    def ids(self) -> list[str]:
        return [doc["id"] for doc in self.docs]

    def types(self) -> list[str]:
        """The span types of the gold, in order of first appearance (PER for persons, roles)."""
        if self.kind != "spans":
            return ["PER"]
        return list(dict.fromkeys(span["type"] for doc in self.docs for span in doc["spans"]))

    def spans(self) -> list[dict[str, Any]]:
        """Every gold span as a dict with its document's id (``doc``)."""
        return [{"doc": doc["id"], **span} for doc in self.docs for span in doc.get("spans", [])]

    def tokens(self) -> tuple[dict[str, list], int]:
        """Each document's tokens: the gold's ``tokens``, else razdel's; and how many
        documents needed razdel."""
        found, computed = {}, 0
        for doc in self.docs:
            if "tokens" in doc:
                found[doc["id"]] = doc["tokens"]
            else:
                found[doc["id"]] = razdel_tokens(doc["text"])
                computed += 1
        return found, computed


def razdel_tokens(text: str) -> list[list[int]]:
    """razdel's tokens of text as ``[start, stop]`` offsets (what factRuEval's ``tokens`` hold)."""
    from razdel import tokenize

    return [[token.start, token.stop] for token in tokenize(text)]


def _lines(path: str) -> Iterator[tuple[int, Any]]:
    """(line number, parsed JSON object) of each non-blank line; GoldError otherwise."""
    try:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    value = json.loads(line)
                except ValueError as error:
                    raise GoldError(f"{path}:{number}: not JSON ({error})") from None
                if not isinstance(value, dict):
                    raise GoldError(f"{path}:{number}: not a JSON object")
                yield number, value
    except UnicodeDecodeError as error:
        raise GoldError(f"{path}: not UTF-8 ({error.reason} at byte {error.start})") from None
    except OSError as error:
        raise GoldError(f"{path}: {error.strerror or error}") from None


def _kind(line: dict[str, Any]) -> str | None:
    """The kind a gold line is of (None: a persons list that is empty says neither)."""
    if "spans" in line:
        return "spans"
    persons = line.get("persons")
    if not isinstance(persons, list):
        raise ValueError('neither "spans" nor "persons": not a gold document')
    for person in persons:
        if isinstance(person, dict) and "mention_parts" in person:
            return "persons"
        if isinstance(person, dict) and "roles" in person:
            return "roles"
    if persons:
        raise ValueError('a person has neither "mention_parts" nor "roles"')
    return None


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_span(item: Any, text: str, what: str) -> None:
    if not isinstance(item, dict) or not (_is_int(item.get("start")) and _is_int(item.get("stop"))):
        raise ValueError(f"{what} needs integer start and stop")
    if not 0 <= item["start"] < item["stop"] <= len(text):
        raise ValueError(f"{what} {item['start']}-{item['stop']} is outside the text")


def _check_offsets(pair: Any, text: str, what: str) -> None:
    if not (isinstance(pair, list) and len(pair) == 2 and all(map(_is_int, pair))):
        raise ValueError(f"{what} is not [start, stop]")
    _check_span({"start": pair[0], "stop": pair[1]}, text, what)


def _check(line: dict[str, Any], kind: str) -> None:
    """ValueError when line lacks what a document of kind needs."""
    text = line["text"]
    if kind == "spans":
        if not isinstance(line["spans"], list):
            raise ValueError('"spans" is not a list')
        for span in line["spans"]:
            _check_span(span, text, "a span")
            if not isinstance(span.get("type"), str) or not span["type"]:
                raise ValueError(f"span {span['start']}-{span['stop']} has no type")
        for token in line.get("tokens", []):
            _check_offsets(token, text, "a token")
        return
    for person in line["persons"]:
        if not isinstance(person, dict):
            raise ValueError("a person is not an object")
        if kind == "roles":
            _check_span(person, text, "a person")
            if not isinstance(person.get("roles"), list):
                raise ValueError(f"person {person['start']}-{person['stop']} has no roles list")
            for role in person["roles"]:
                _check_span(role, text, "a role")
                if not isinstance(role.get("text"), str) or "before" not in role:
                    raise ValueError("a role needs text and before")
            continue
        mentions, parts = person.get("mentions"), person.get("mention_parts")
        if not isinstance(mentions, list) or not isinstance(parts, list):
            raise ValueError("a person needs mentions and mention_parts lists")
        if len(mentions) != len(parts):
            raise ValueError("a person's mentions and mention_parts differ in length")
        for mention in mentions:
            _check_offsets(mention, text, "a mention")


def read_gold(path: str) -> Gold:
    """The gold documents of path and their kind (from the first line that shows it)."""
    kind, docs, lines_of = None, [], {}
    for number, line in _lines(path):
        try:
            identifier = line.get("id")
            if isinstance(identifier, bool) or not isinstance(identifier, (str, int)):
                raise ValueError('no "id" (a string)')
            line["id"] = str(identifier)
            if line["id"] in lines_of:
                raise ValueError(f"id {line['id']!r} repeats line {lines_of[line['id']]}")
            if not isinstance(line.get("text"), str):
                raise ValueError('no "text" (a string)')
            found = _kind(line)
            if kind and found and found != kind:
                raise ValueError(f"a {found} document in a {kind} file")
            kind = kind or found
            _check(line, found or kind or "persons")
        except ValueError as error:
            raise GoldError(f"{path}:{number}: {error}") from None
        lines_of[line["id"]] = number
        docs.append(line)
    if not docs:
        raise GoldError(f"{path}: no documents")
    return Gold(path, kind or "persons", docs)


def read_predictions(path: str) -> list[dict[str, Any]]:
    """pressrel mention dicts of a JSON Lines file, ``doc`` as a string."""
    mentions = []
    for number, line in _lines(path):
        if not all(_is_int(line.get(key)) for key in ("start", "stop")):
            raise GoldError(f"{path}:{number}: a mention needs integer start and stop")
        if not isinstance(line.get("type"), str) or "doc" not in line:
            raise GoldError(f"{path}:{number}: a mention needs doc and type")
        line["doc"] = str(line["doc"])
        mentions.append(line)
    return mentions

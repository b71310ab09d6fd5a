"""Scoring persons against factRuEval's persons: names and within-document resolution.

:func:`score_persons` computes name accuracy and B-cubed resolution as ``dev-persons.md``
("How it is scored") defines them. Predictions are mention dicts (``Mention.to_dict()``); only
the keys read here matter, and a missing ``entity`` key is tolerated.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..lang.fold import fold
from .scores import Share, f1_score, ratio

__all__ = ["BCubed", "NameScores", "PersonScores", "fold_name", "score_persons"]

PARTS = ("first", "middle", "last")


@dataclass(frozen=True)
class NameScores:
    """Per-part accuracy over matched mentions; ``all`` wants every checked part right."""

    first: Share
    middle: Share
    last: Share
    all: Share

    def to_dict(self) -> dict[str, Any]:
        return {part: getattr(self, part).to_dict() for part in (*PARTS, "all")}


@dataclass(frozen=True)
class BCubed:
    precision: float
    recall: float
    mentions: int

    @property
    def f1(self) -> float:
        return f1_score(self.precision, self.recall)

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "mentions": self.mentions,
        }


@dataclass(frozen=True)
class PersonScores:
    gold_mentions: int  # mentions of the gold persons
    predicted: int  # predicted PER mentions in the gold documents
    matched: int  # predicted PER mentions whose offsets equal a gold mention
    names: NameScores  # the full gold name, on every matched mention
    names_surname_only: NameScores  # the same, on matched surname-only mentions
    written: NameScores  # only the parts the mention spells out in full
    written_surname_only: NameScores
    normal: Share  # `normal` equals the gold "First Middle Last"
    bcubed: BCubed  # the predicted `entity` grouping, per document
    singletons: BCubed  # reference: every mention alone
    merges: int  # predicted entities that merge two or more gold persons
    merged: list[dict[str, Any]] = field(default_factory=list)  # what each merge joined
    has_entity: bool = False  # whether the predictions carry an `entity` key at all
    # for error listings, not in to_dict(): matched mentions whose full gold name is wrong
    # ({"doc", "start", "stop", "predicted", "gold"}), gold mentions no prediction matched
    wrong_names: list[dict[str, Any]] = field(default_factory=list, compare=False)
    missed: list[dict[str, Any]] = field(default_factory=list, compare=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in self.__dict__.items():
            if key not in ("wrong_names", "missed"):
                out[key] = value.to_dict() if hasattr(value, "to_dict") else value
        return out


# --- persons ---------------------------------------------------------------------------------

_NAME_SPACES = str.maketrans({"-": " ", ".": " "})  # after fold(): its hyphens are ASCII


def fold_name(value: str | None) -> str | None:
    """The form names are compared in: casefolded, ё as е, hyphens and dots as spaces.

    ``None`` and blank values fold to ``None``.
    """
    if value is None:
        return None
    folded = " ".join(fold(value).translate(_NAME_SPACES).split())
    return folded or None


def _accepted(person: Mapping[str, Any], part: str) -> set[str | None]:
    """The folded values a prediction of this part may have: the gold value and its alts."""
    value = person.get(part)
    if value is None:
        return {None}
    alts = (person.get("alt") or {}).get(part) or []
    return {fold_name(value), *(fold_name(alt) for alt in alts)}


def _is_initial(value: str) -> bool:
    """``Н``, ``Н.``, ``А. С.``: every word a single letter."""
    words = value.replace(".", " ").split()
    return bool(words) and all(len(word) == 1 for word in words)


def _written_parts(mention_parts: Mapping[str, str]) -> list[str]:
    """The name parts a mention spells out in full (no initials, no nicknames)."""
    return [
        part for part in PARTS if mention_parts.get(part) and not _is_initial(mention_parts[part])
    ]


class _NameTally:
    def __init__(self) -> None:
        self.correct: Counter[str] = Counter()
        self.total: Counter[str] = Counter()

    def add(self, checks: Mapping[str, bool]) -> None:
        if not checks:
            return
        for part, ok in checks.items():
            self.total[part] += 1
            self.correct[part] += ok
        self.total["all"] += 1
        self.correct["all"] += all(checks.values())

    def scores(self) -> NameScores:
        return NameScores(
            *(Share(self.correct[part], self.total[part]) for part in (*PARTS, "all"))
        )


def _normal_ok(person: Mapping[str, Any], normal: str | None) -> bool:
    options = [_accepted(person, part) - {None} for part in PARTS if person.get(part)]
    wanted = {" ".join(combination) for combination in itertools.product(*options)}
    return fold_name(normal) in wanted


def _entity_key(value: Any) -> Hashable:
    if isinstance(value, Mapping):
        value = value.get("id")
    return value if isinstance(value, Hashable) else repr(value)


def _bcubed(clusters: list[tuple[list[Hashable | None], list[Hashable]]]) -> BCubed:
    """B-cubed over documents: each item is (predicted cluster keys, gold cluster keys).

    A ``None`` predicted key stands alone. Figures are averaged over all mentions.
    """
    precision = recall = 0.0
    mentions = 0
    for predicted, gold in clusters:
        predicted = [key if key is not None else ("alone", i) for i, key in enumerate(predicted)]
        for p, g in zip(predicted, gold):
            same_p = {i for i, key in enumerate(predicted) if key == p}
            same_g = {i for i, key in enumerate(gold) if key == g}
            both = len(same_p & same_g)
            precision += both / len(same_p)
            recall += both / len(same_g)
            mentions += 1
    return BCubed(ratio(precision, mentions), ratio(recall, mentions), mentions)


def score_persons(
    gold_docs: Iterable[Mapping[str, Any]], predicted: Iterable[Mapping[str, Any]]
) -> PersonScores:
    """Names and within-document resolution of persons, as ``dev-persons.md`` scores them.

    ``gold_docs`` are the lines of ``dev-persons.jsonl`` (``id`` and ``persons``);
    ``predicted`` are mention dicts (``doc``, ``type``, ``start``, ``stop``, ``normal``,
    ``name``, ``entity``). Only PER mentions whose offsets equal a gold mention are scored.
    """
    gold_docs = list(gold_docs)
    predicted = [m for m in predicted if m.get("type", "PER") == "PER"]
    has_entity = any("entity" in m for m in predicted)

    gold_at: dict[tuple[Any, int, int], tuple[int, dict, dict]] = {}
    for doc in gold_docs:
        for index, person in enumerate(doc.get("persons") or []):
            for (start, stop), parts in zip(person["mentions"], person["mention_parts"]):
                gold_at[(doc["id"], start, stop)] = (index, person, parts)
    docs = {doc["id"] for doc in gold_docs}

    names, names_surname, written, written_surname = (_NameTally() for _ in range(4))
    normal_ok = 0
    wrong_names = []
    matched: dict[Any, list[tuple[int, Hashable | None, dict]]] = defaultdict(list)
    seen: set[tuple[Any, int, int]] = set()
    n_predicted = 0
    for mention in predicted:
        if mention.get("doc") not in docs:
            continue
        n_predicted += 1
        key = (mention.get("doc"), mention["start"], mention["stop"])
        if key not in gold_at or key in seen:
            continue
        seen.add(key)
        index, person, parts = gold_at[key]
        name = mention.get("name") or {}
        guess = {part: fold_name(name.get(part)) for part in PARTS}
        checked = [part for part in PARTS if part != "middle" or person.get("middle")]
        full = {part: guess[part] in _accepted(person, part) for part in checked}
        spelled = {part: guess[part] in _accepted(person, part) for part in _written_parts(parts)}
        surname_only = set(parts) == {"last"}
        names.add(full)
        written.add(spelled)
        if not all(full.values()):
            wanted = {part: person.get(part) for part in PARTS}
            wrong_names.append(
                {"doc": key[0], "start": key[1], "stop": key[2], "predicted": name, "gold": wanted}
            )
        if surname_only:
            names_surname.add(full)
            written_surname.add(spelled)
        normal_ok += _normal_ok(person, mention.get("normal"))
        entity = mention.get("entity")
        matched[key[0]].append((index, None if entity is None else _entity_key(entity), person))

    clusters, alone = [], []
    merged = []
    for doc, items in matched.items():
        gold_keys = [index for index, _, _ in items]
        clusters.append(([entity for _, entity, _ in items], gold_keys))
        alone.append(([None] * len(items), gold_keys))
        persons_of: dict[Hashable, dict[int, dict]] = defaultdict(dict)
        for index, entity, person in items:
            if entity is not None:
                persons_of[entity][index] = person
        for entity, persons in persons_of.items():
            if len(persons) > 1:
                merged.append(
                    {
                        "doc": doc,
                        "entity": entity,
                        "persons": [
                            " ".join(p[part] for part in PARTS if p.get(part))
                            for p in persons.values()
                        ],
                    }
                )

    return PersonScores(
        gold_mentions=len(gold_at),
        predicted=n_predicted,
        matched=len(seen),
        names=names.scores(),
        names_surname_only=names_surname.scores(),
        written=written.scores(),
        written_surname_only=written_surname.scores(),
        normal=Share(normal_ok, len(seen)),
        bcubed=_bcubed(clusters),
        singletons=_bcubed(alone),
        merges=len(merged),
        merged=merged,
        has_entity=has_entity,
        wrong_names=wrong_names,
        missed=[{"doc": k[0], "start": k[1], "stop": k[2]} for k in gold_at if k not in seen],
    )

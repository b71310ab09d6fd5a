"""Scoring person roles against NEREL's professions (``dev-roles.jsonl``).

A port of ``../shared/eval/score_roles.py`` that gives the same figures on the same input
(``tests/test_eval.py`` runs both). Only predicted PER mentions whose (start, stop) equals a
gold person mention count. A mention's gold roles are its professions marked ``before``
(written right before the name). A predicted ``role`` is right when it matches one of them:

- with offsets (``role_start``/``role_stop`` not null): when the two spans share a character;
- else by word stems: each of the gold role's first three words (case-folded, ё as е, cut to
  five letters) shares its first four letters with a word of the prediction, and the
  prediction has at most twice the gold role's words plus two.

Precision = right / predicted roles; recall = right / gold mentions with a ``before`` role;
"any-role precision" = predicted roles whose person has any role at all / predicted roles.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .scores import Scores, ratio

__all__ = ["RoleError", "RoleScores", "role_matches", "score_roles"]

WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class RoleError:
    """A role scored wrong: "FP" (a role where the gold has none before the name), "WRONG"
    (a role that is not the gold's) or "FN" (no role where the gold has one)."""

    kind: str
    doc: str
    start: int
    stop: int
    predicted: str | None
    gold: str | None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class RoleScores:
    matched_person_mentions: int  # predicted PER mentions whose offsets are a gold mention
    gold_targets: int  # gold mentions with a role before them
    gold_targets_on_matched: int  # ... of them, those a prediction matched
    predicted_roles: int  # matched predictions with a role
    right: int
    any_role: int  # predicted roles whose person has any gold role
    errors: list[RoleError] = field(default_factory=list, compare=False)

    @property
    def counts(self) -> Scores:
        """As span counts: tp right, tp + fp the predicted roles, tp + fn the gold targets."""
        return Scores(self.right, self.predicted_roles - self.right, self.gold_targets - self.right)

    @property
    def any_role_precision(self) -> float:
        return ratio(self.any_role, self.predicted_roles)

    def to_dict(self) -> dict[str, Any]:
        """The figures, with the keys of ``score_roles.py --json``."""
        return {
            "matched_person_mentions": self.matched_person_mentions,
            "gold_targets": self.gold_targets,
            "gold_targets_on_matched": self.gold_targets_on_matched,
            "predicted_roles": self.predicted_roles,
            "right": self.right,
            "precision": self.counts.precision,
            "recall": self.counts.recall,
            "f1": self.counts.f1,
            "any_role_precision": self.any_role_precision,
        }


def _stems(text: str | None) -> list[str]:
    return [word.casefold().replace("ё", "е")[:5] for word in WORD.findall(text or "")]


def role_matches(
    predicted: str, target: Mapping[str, Any], span: tuple[int, int] | None = None
) -> bool:
    """Whether a predicted role is the gold role target (by overlap when span is given)."""
    if span is not None:
        return span[0] < target["stop"] and target["start"] < span[1]
    words, wanted = _stems(predicted), _stems(target["text"])
    if not wanted or not words or len(words) > 2 * len(wanted) + 2:
        return False
    return all(
        any(word.startswith(stem[:4]) and stem.startswith(word[:4]) for word in words)
        for stem in wanted[:3]
    )


def score_roles(
    gold_docs: Iterable[Mapping[str, Any]], predicted: Iterable[Mapping[str, Any]]
) -> RoleScores:
    """Roles of predicted mentions against the gold persons' ``before`` roles (see above).

    ``gold_docs`` are roles-file lines (``id``, ``persons``); ``predicted`` mention dicts in
    their order (a mention given twice counts twice, as in ``score_roles.py``).
    """
    gold = {
        (doc["id"], person["start"], person["stop"]): person
        for doc in gold_docs
        for person in doc["persons"]
    }
    counts = {"matched": 0, "predicted": 0, "right": 0, "any_role": 0}
    seen: set[tuple] = set()
    errors: list[RoleError] = []
    for mention in predicted:
        if mention.get("type") != "PER":
            continue
        key = (str(mention["doc"]), mention["start"], mention["stop"])
        person = gold.get(key)
        if person is None:
            continue
        counts["matched"] += 1
        befores = [role for role in person["roles"] if role["before"]]
        target = befores[0]["text"] if befores else None
        if befores:
            seen.add(key)
        role = mention.get("role")
        if role:
            counts["predicted"] += 1
            counts["any_role"] += bool(person["roles"])
            span = None
            if mention.get("role_start") is not None:
                span = (mention["role_start"], mention["role_stop"])
            if any(role_matches(role, before, span) for before in befores):
                counts["right"] += 1
            else:
                errors.append(RoleError("WRONG" if befores else "FP", *key, role, target))
        elif befores:
            errors.append(RoleError("FN", *key, None, target))
    return RoleScores(
        matched_person_mentions=counts["matched"],
        gold_targets=sum(1 for p in gold.values() if any(r["before"] for r in p["roles"])),
        gold_targets_on_matched=len(seen),
        predicted_roles=counts["predicted"],
        right=counts["right"],
        any_role=counts["any_role"],
        errors=errors,
    )

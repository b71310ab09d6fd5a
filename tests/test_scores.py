"""The scorer on tiny hand-made tables: every expected figure is worked out by hand."""

from __future__ import annotations

import pytest

from pressrel.evaluation.persons import fold_name, score_persons
from pressrel.evaluation.scores import Scores, score_spans, score_tokens


def span(kind: str, start: int, stop: int, doc: str = "d") -> dict:
    return {"doc": doc, "type": kind, "start": start, "stop": stop}


def counts(scores: Scores) -> tuple[int, int, int]:
    return scores.tp, scores.fp, scores.fn


# --- spans -----------------------------------------------------------------------------------


def test_exact_and_overlap_differ_on_a_shifted_boundary():
    # Gold "в 2018 году", prediction "2018 году": no exact match, one overlap match.
    scores = score_spans([span("DATE", 0, 11)], [span("DATE", 2, 11)], ["DATE"])["DATE"]
    assert counts(scores.exact) == (0, 1, 1)
    assert (scores.exact.precision, scores.exact.recall, scores.exact.f1) == (0, 0, 0)
    assert counts(scores.overlap) == (1, 0, 0)
    assert scores.overlap.f1 == 1


def test_figures_from_counts():
    # 2 of 3 predictions right, 2 of 4 gold found: P 2/3, R 1/2, F1 2PR/(P+R) = 4/7.
    gold = [span("PER", 0, 5), span("PER", 10, 15), span("PER", 20, 25), span("PER", 30, 35)]
    predicted = [span("PER", 0, 5), span("PER", 10, 15), span("PER", 40, 45)]
    exact = score_spans(gold, predicted, ["PER"])["PER"].exact
    assert counts(exact) == (2, 1, 2)
    assert exact.precision == pytest.approx(2 / 3)
    assert exact.recall == pytest.approx(1 / 2)
    assert exact.f1 == pytest.approx(4 / 7)


def test_overlap_is_one_to_one():
    # Two predictions inside one gold span: one match, the other a false positive.
    gold, predicted = [span("ORG", 0, 10)], [span("ORG", 0, 5), span("ORG", 5, 10)]
    overlap = score_spans(gold, predicted, ["ORG"])["ORG"].overlap
    assert counts(overlap) == (1, 1, 0)
    assert overlap.f1 == pytest.approx(2 / 3)
    # One prediction covering two gold spans: one match, one gold span missed.
    gold, predicted = [span("ORG", 0, 4), span("ORG", 6, 10)], [span("ORG", 0, 10)]
    assert counts(score_spans(gold, predicted, ["ORG"])["ORG"].overlap) == (1, 0, 1)


def test_overlap_matches_greedily_by_largest_overlap():
    # Overlaps: X-A 5, X-B 4, Y-A 4. Greedy takes X-A first; then A and X are both used, so Y
    # and B stay unmatched (a maximum matching would pair X-B and Y-A).
    gold = [span("LOC", 0, 10), span("LOC", 10, 14)]  # A, B
    predicted = [span("LOC", 5, 14), span("LOC", 0, 4)]  # X, Y
    assert counts(score_spans(gold, predicted, ["LOC"])["LOC"].overlap) == (1, 1, 1)
    # The larger overlap wins: gold [0, 6] takes [2, 8] (4 characters) over [0, 3] (3).
    scores = score_spans([span("LOC", 0, 6)], [span("LOC", 0, 3), span("LOC", 2, 8)], ["LOC"])
    assert counts(scores["LOC"].overlap) == (1, 1, 0)


def test_types_documents_and_duplicates_are_kept_apart():
    gold = [span("LOC", 0, 6), span("COUNTRY", 0, 6), span("PER", 0, 5, doc="a")]
    predicted = [
        span("LOC", 0, 6),
        span("LOC", 0, 6),  # the same span twice: the second is a false positive
        span("PER", 0, 5, doc="b"),  # right offsets, wrong document
        span("ORG", 0, 6),  # a type not asked for
    ]
    scores = score_spans(gold, predicted, ["LOC", "COUNTRY", "PER"])
    assert list(scores) == ["LOC", "COUNTRY", "PER"]
    assert counts(scores["LOC"].exact) == (1, 1, 0)
    assert counts(scores["LOC"].overlap) == (1, 1, 0)
    assert counts(scores["COUNTRY"].exact) == (0, 0, 1)
    assert counts(scores["PER"].exact) == (0, 1, 1)
    assert counts(scores["PER"].overlap) == (0, 1, 1)


def test_counts_are_summed_over_documents():
    gold = [span("PER", 0, 5, doc="a"), span("PER", 0, 5, doc="b")]
    predicted = [span("PER", 0, 5, doc="a"), span("PER", 7, 9, doc="b")]
    assert counts(score_spans(gold, predicted, ["PER"])["PER"].exact) == (1, 1, 1)


def test_no_predictions_no_gold():
    scores = score_spans([], [], ["DATE"])["DATE"]
    assert counts(scores.exact) == (0, 0, 0)
    assert scores.exact.f1 == 0


def test_token_scores():
    # Tokens "Мэр", "Москвы", "Сергей", "Собянин"; gold LOC is "Москвы", PER "Сергей Собянин";
    # the prediction has PER "Москвы Сергей" and LOC "Москвы".
    tokens = {"d": [[0, 3], [4, 10], [11, 17], [18, 25]]}
    gold = [span("LOC", 4, 10), span("PER", 11, 25)]
    predicted = [span("PER", 4, 17), span("LOC", 4, 10)]
    scores = score_tokens(tokens, gold, predicted, ["PER", "LOC"])
    assert counts(scores["PER"]) == (1, 1, 1)
    assert counts(scores["LOC"]) == (1, 0, 0)
    # A span off the token boundaries still covers the tokens it touches.
    assert counts(score_tokens(tokens, gold, [span("LOC", 5, 8)], ["LOC"])["LOC"]) == (1, 0, 0)


# --- persons ---------------------------------------------------------------------------------

# «Николай Никифоров ... Никифорова ... Алла Бут»: two persons, three mentions.
NIKIFOROV = {
    "first": "Николай",
    "middle": None,
    "last": "Никифоров",
    "mentions": [[0, 17], [30, 40]],
    "mention_parts": [{"first": "Николай", "last": "Никифоров"}, {"last": "Никифорова"}],
}
BUT = {
    "first": "Алла",
    "middle": None,
    "last": "Бут",
    "mentions": [[50, 58]],
    "mention_parts": [{"first": "Алла", "last": "Бут"}],
}
GOLD = [{"id": "d", "persons": [NIKIFOROV, BUT]}]


def per(start, stop, first=None, last=None, middle=None, normal=None, doc="d", **extra):
    """A predicted PER mention as Mention.to_dict() gives it (``entity`` only when passed)."""
    name = {"first": first, "middle": middle, "last": last}
    mention = {"doc": doc, "type": "PER", "start": start, "stop": stop, "normal": normal}
    return {**mention, "name": name, **extra}


def test_bcubed_with_a_merge():
    # One predicted entity for all three mentions. Precision per mention: 2/3, 2/3, 1/3
    # (mean 5/9); recall 1 each; F1 = 2 * 5/9 / (5/9 + 1) = 5/7.
    predicted = [
        per(0, 17, entity=1),
        per(30, 40, entity=1),
        per(50, 58, entity=1),
    ]
    scores = score_persons(GOLD, predicted)
    assert scores.has_entity
    assert scores.bcubed.precision == pytest.approx(5 / 9)
    assert scores.bcubed.recall == 1
    assert scores.bcubed.f1 == pytest.approx(5 / 7)
    assert scores.merges == 1
    assert sorted(scores.merged[0]["persons"]) == ["Алла Бут", "Николай Никифоров"]


def test_bcubed_without_entities_and_with_null_entities():
    # No entity key: every mention alone. Precision 1; recall 1/2, 1/2, 1 (mean 2/3); F1 .8.
    scores = score_persons(GOLD, [per(0, 17), per(30, 40), per(50, 58)])
    assert not scores.has_entity
    assert scores.bcubed.precision == 1
    assert scores.bcubed.recall == pytest.approx(2 / 3)
    assert scores.bcubed.f1 == pytest.approx(0.8)
    assert scores.merges == 0
    # Null entities stand alone: they never merge with each other.
    predicted = [per(0, 17, entity="e1"), per(30, 40, entity="e1"), per(50, 58, entity=None)]
    scores = score_persons(GOLD, predicted)
    assert (scores.bcubed.precision, scores.bcubed.recall) == (1, 1)
    predicted = [per(0, 17, entity=None), per(30, 40, entity=None), per(50, 58, entity=None)]
    assert score_persons(GOLD, predicted).bcubed.recall == pytest.approx(2 / 3)


def test_only_per_mentions_on_gold_offsets_are_scored():
    predicted = [
        per(0, 17, "Николай", "Никифоров", entity=1),
        per(0, 17, "Николай", "Никифор", entity=1),  # the same offsets again: scored once
        per(0, 16, "Николай", "Никифоро", entity=1),  # offsets off by one: not matched
        {**per(50, 58, entity=1), "type": "ORG"},  # not PER
        per(50, 58, "Алла", "Бут", doc="other", entity=1),  # not a gold document
    ]
    scores = score_persons(GOLD, predicted)
    assert (scores.gold_mentions, scores.predicted, scores.matched) == (3, 3, 1)
    assert scores.names.all.value == 1
    assert scores.merges == 0
    assert scores.bcubed.mentions == 1


def test_full_gold_name_and_as_written():
    predicted = [
        per(0, 17, "Николай", "Никифоров", normal="Николай Никифоров"),
        # A surname-only mention: right as written, wrong on the full name (first missing).
        per(30, 40, None, "Никифоров", normal="Никифоров"),
        per(50, 58, "Алла", "Бута", normal="Алла Бута"),
    ]
    scores = score_persons(GOLD, predicted)
    full, written = scores.names, scores.written
    assert (full.first.correct, full.first.total) == (2, 3)
    assert (full.last.correct, full.last.total) == (2, 3)
    assert full.middle.total == 0  # no gold person has a patronymic
    assert (full.all.correct, full.all.total) == (1, 3)
    # As written, the surname-only mention checks only its last name.
    assert (written.first.correct, written.first.total) == (2, 2)
    assert (written.last.correct, written.last.total) == (2, 3)
    assert (written.all.correct, written.all.total) == (2, 3)
    assert (scores.names_surname_only.all.correct, scores.names_surname_only.all.total) == (0, 1)
    assert scores.written_surname_only.all.value == 1
    # `normal` must be the full gold name: "Никифоров" alone does not count.
    assert (scores.normal.correct, scores.normal.total) == (1, 3)


def test_name_comparison_folds_yo_hyphens_dots_and_accepts_alts():
    assert fold_name("Пётр") == fold_name("петр") == "петр"
    assert fold_name("Жан-Мари") == fold_name("Жан Мари") == "жан мари"
    assert fold_name("М.") == fold_name("м") == "м"
    assert fold_name("  ") is None and fold_name(None) is None
    person = {
        "first": "Жан-Мари",
        "middle": "Пётрович",
        "last": "Бенер",
        "alt": {"last": ["Бонер"]},
        "mentions": [[0, 20]],
        "mention_parts": [{"first": "Жан-Мари", "middle": "П.", "last": "Бонер"}],
    }
    gold = [{"id": "d", "persons": [person]}]
    right = per(0, 20, "жан мари", "БОНЕР", middle="Петрович", normal="Жан Мари Петрович Бенер")
    scores = score_persons(gold, [right])
    assert scores.names.all.value == 1
    assert scores.normal.value == 1
    # The patronymic initial is not spelled out: as written checks first and last only.
    assert (scores.written.middle.total, scores.written.all.value) == (0, 1)
    wrong_middle = per(0, 20, "Жан-Мари", "Бенер", middle=None)
    assert score_persons(gold, [wrong_middle]).names.middle.value == 0


def test_a_null_gold_part_wants_a_null_prediction():
    person = {
        "first": "Аун Сан Су Чжи",
        "middle": None,
        "last": None,
        "alt": {"first": ["Аун Сан"]},
        "mentions": [[0, 14]],
        "mention_parts": [{"first": "Аун Сан Су Чжи"}],
    }
    gold = [{"id": "d", "persons": [person]}]
    assert score_persons(gold, [per(0, 14, "Аун Сан", None)]).names.all.value == 1
    guessed = score_persons(gold, [per(0, 14, "Аун Сан Су", "Чжи")]).names
    assert (guessed.first.value, guessed.last.value) == (0, 0)
    # A mention whose `name` is null predicts null parts.
    scores = score_persons(gold, [{**per(0, 14), "name": None}])
    assert (scores.names.first.value, scores.names.last.value) == (0, 1)

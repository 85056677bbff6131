"""The TempEval-3 scorer on hand-made cases whose numbers can be worked out by hand."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timefact._model import Timex, TimexType
from timefact._scorer import (
    Counts,
    ErrorKind,
    ScoringError,
    match,
    score_document,
    value_is_right,
)
from timefact._timeml import GoldTimex

TEXT = "On Tuesday, Sept. 28, for 20 weeks, and a year ago today, every Monday."


def g(
    words: str,
    kind: str = "DATE",
    value: str = "V",
    *,
    alt: tuple[str, ...] = (),
    occurrence: int = 0,
) -> GoldTimex:
    """A timex over the ``occurrence``-th appearance of ``words`` in TEXT."""
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(words, start + 1)
    return GoldTimex(
        start=start, end=start + len(words), text=words, type=kind, value=value, alt=alt
    )


def kinds(errors: tuple[ScoringError, ...]) -> list[str]:
    return [error.kind.value for error in errors]


def test_exact_match_scores_one_everywhere() -> None:
    gold = [g("Tuesday, Sept. 28", value="2021-09-28"), g("20 weeks", "DURATION", "P20W")]
    score = score_document("d", gold, list(gold))
    assert score.counts == Counts(
        docs=1, gold=2, predicted=2, strict=2, relaxed=2, type_correct=2, value_correct=2
    )
    assert set(score.counts.metrics().values()) == {1.0}
    assert score.errors == ()


def test_overlap_is_relaxed_but_not_strict() -> None:
    gold = [g("a year ago today", value="2020-09-28")]
    predicted = [g("a year ago", value="2020-09-28")]
    score = score_document("d", gold, predicted)
    metrics = score.counts.metrics()
    assert (score.counts.strict, score.counts.relaxed) == (0, 1)
    assert metrics["strict_f1"] == 0.0
    assert metrics["relaxed_f1"] == 1.0
    assert metrics["value_accuracy"] == 1.0
    assert metrics["value_f1"] == 1.0
    assert kinds(score.errors) == ["wrong-span"]
    assert "gold" in score.errors[0].describe() and "'a year ago'" in score.errors[0].describe()


def test_split_prediction_matches_once_and_leaves_a_spurious_part() -> None:
    gold = [g("Tuesday, Sept. 28", value="2021-09-28")]
    predicted = [g("Tuesday", value="XXXX-WXX-2"), g("Sept. 28", value="2021-09-28")]
    score = score_document("d", gold, predicted)
    assert (score.counts.relaxed, score.counts.strict, score.counts.predicted) == (1, 0, 2)
    # The larger overlap ("Sept. 28", 8 characters) wins the one gold timex.
    assert sorted(kinds(score.errors)) == ["spurious", "wrong-span"]
    spurious = next(e for e in score.errors if e.kind is ErrorKind.SPURIOUS)
    assert spurious.predicted is not None and spurious.predicted.text == "Tuesday"
    metrics = score.counts.metrics()
    assert metrics["relaxed_precision"] == 0.5
    assert metrics["relaxed_recall"] == 1.0
    assert metrics["relaxed_f1"] == pytest.approx(2 / 3)
    assert metrics["value_f1"] == pytest.approx(2 / 3)


def test_merged_prediction_matches_one_gold_and_misses_the_other() -> None:
    gold = [g("Tuesday", value="2021-09-28"), g("Sept. 28", value="2021-09-28")]
    predicted = [g("Tuesday, Sept. 28", value="2021-09-28")]
    score = score_document("d", gold, predicted)
    assert (score.counts.relaxed, score.counts.strict) == (1, 0)
    missed = [e for e in score.errors if e.kind is ErrorKind.MISSED]
    assert [e.gold.text for e in missed if e.gold] == ["Tuesday"]
    metrics = score.counts.metrics()
    assert metrics["relaxed_precision"] == 1.0
    assert metrics["relaxed_recall"] == 0.5


def test_identical_span_wins_over_a_larger_overlap() -> None:
    gold = [g("Sept. 28")]
    predicted = [g("Tuesday, Sept. 28, for"), g("Sept. 28")]
    pairs = match(gold, predicted)
    assert pairs == [(0, 1)]


def test_type_and_value_errors_are_counted_over_relaxed_matches() -> None:
    gold = [
        g("20 weeks", "DURATION", "P20W"),
        g("every Monday", "SET", "XXXX-WXX-1"),
        g("today", "DATE", "2021-09-28"),
        g("Sept. 28", "DATE", "2021-09-28"),
    ]
    predicted = [
        g("20 weeks", "DATE", "P20W"),  # wrong type
        g("every Monday", "SET", "XXXX-WXX-2"),  # wrong value
        g("today", "TIME", "2021-09-27"),  # both wrong
        # "Sept. 28" missed
    ]
    score = score_document("d", gold, predicted)
    counts = score.counts
    assert (counts.relaxed, counts.strict, counts.type_correct, counts.value_correct) == (
        3,
        3,
        1,
        1,
    )
    metrics = counts.metrics()
    assert metrics["type_accuracy"] == pytest.approx(1 / 3)
    assert metrics["value_accuracy"] == pytest.approx(1 / 3)
    # attribute F1: P = 1/3 predicted, R = 1/4 gold
    assert metrics["value_precision"] == pytest.approx(1 / 3)
    assert metrics["value_recall"] == pytest.approx(1 / 4)
    assert metrics["value_f1"] == pytest.approx(2 * (1 / 3) * (1 / 4) / (1 / 3 + 1 / 4))
    assert metrics["type_f1"] == metrics["value_f1"]
    # In text order: Sept. 28, 20 weeks, today, every Monday.
    assert kinds(score.errors) == [
        "missed",
        "wrong-type",
        "wrong-type",
        "wrong-value",
        "wrong-value",
    ]
    lines = [error.describe() for error in score.errors]
    assert any("gold DURATION, predicted DATE" in line for line in lines)
    assert any("gold XXXX-WXX-1, predicted XXXX-WXX-2" in line for line in lines)


def test_errors_come_in_text_order_with_doc_id_and_offsets() -> None:
    gold = [g("today", value="2021-09-28"), g("Tuesday", value="2021-09-28")]
    predicted = [g("every Monday", "SET", "XXXX-WXX-1")]
    score = score_document("doc-7", gold, predicted)
    starts = [error.start for error in score.errors]
    assert starts == sorted(starts)
    first = score.errors[0]
    assert first.kind is ErrorKind.MISSED
    assert first.describe().split()[:3] == [
        "missed",
        "doc-7",
        f"{TEXT.index('Tuesday')}-{TEXT.index('Tuesday') + 7}",
    ]
    assert score.errors[-1].kind is ErrorKind.SPURIOUS
    assert score.errors[-1].to_dict()["gold"] is None


def test_empty_documents() -> None:
    nothing = score_document("empty", [], [])
    assert nothing.counts == Counts(docs=1)
    assert set(nothing.counts.metrics().values()) == {0.0}
    assert nothing.errors == ()
    only_gold = score_document("d", [g("today")], [])
    assert kinds(only_gold.errors) == ["missed"]
    assert only_gold.counts.metrics()["relaxed_recall"] == 0.0
    only_predicted = score_document("d", [], [g("today")])
    assert kinds(only_predicted.errors) == ["spurious"]
    assert only_predicted.counts.metrics()["relaxed_precision"] == 0.0


def test_alt_values_count_as_right() -> None:
    gold = [g("a year ago", value="2020-09-28", alt=("2020",))]
    assert score_document("d", gold, [g("a year ago", value="2020")]).counts.value_correct == 1
    assert (
        score_document("d", gold, [g("a year ago", value="2020-09-28")]).counts.value_correct == 1
    )
    wrong = score_document("d", gold, [g("a year ago", value="2020-09")])
    assert wrong.counts.value_correct == 0
    assert "gold 2020-09-28 | 2020, predicted 2020-09" in wrong.errors[0].describe()


def test_values_compare_as_trimmed_strings_only() -> None:
    gold = g("today", value="2021-09-28")
    assert value_is_right(" 2021-09-28 ", gold)
    assert not value_is_right("2021-9-28", gold)
    assert not value_is_right("2021-09-28T00:00", gold)
    assert not value_is_right("present_ref", g("today", value="PRESENT_REF"))


def test_adjacent_spans_do_not_overlap() -> None:
    gold = [g("Tuesday")]
    predicted = [g(", Sept. 28")]
    assert match(gold, predicted) == []


def test_one_to_one_when_spans_repeat_and_nest() -> None:
    gold = [g("a year ago", value="2020"), g("today", value="2021-09-28")]
    predicted = [g("year"), g("a year ago today"), g("ago today")]
    pairs = match(gold, predicted)
    assert len(pairs) == 2
    assert len({p for _, p in pairs}) == 2
    # "a year ago" takes its largest overlap, the whole phrase; "today" then takes "ago today".
    assert pairs == [(0, 1), (1, 2)]


def test_engine_timexes_are_scored_with_their_type_name() -> None:
    words = "20 weeks"
    start = TEXT.index(words)
    predicted = Timex(
        tid="t1",
        start=start,
        end=start + len(words),
        text=words,
        type=TimexType.DURATION,
        value="P20W",
        rule="test",
    )
    score = score_document("d", [g(words, "DURATION", "P20W")], [predicted])
    assert score.counts.type_correct == 1
    spurious = score_document("d", [], [predicted]).errors[0]
    assert spurious.predicted is not None and spurious.predicted.type == "DURATION"
    assert "DURATION P20W" in spurious.describe()


def test_counts_add_up_across_documents() -> None:
    first = score_document("a", [g("today")], [g("today")]).counts
    second = score_document("b", [g("today"), g("Tuesday")], []).counts
    total = first + second
    assert total == Counts(
        docs=2, gold=3, predicted=1, strict=1, relaxed=1, type_correct=1, value_correct=1
    )
    assert total.metrics()["strict_recall"] == pytest.approx(1 / 3)
    assert total.metrics()["strict_precision"] == 1.0


_SPANS = st.lists(
    st.tuples(
        st.integers(0, 60),
        st.integers(1, 12),
        st.sampled_from(["DATE", "TIME"]),
        st.sampled_from(["A", "B"]),
    ),
    max_size=8,
)


def _spans(raw: list[tuple[int, int, str, str]]) -> list[GoldTimex]:
    return [GoldTimex(start=s, end=s + n, text="x" * n, type=k, value=v) for s, n, k, v in raw]


@settings(max_examples=300, deadline=None)
@given(gold_raw=_SPANS, predicted_raw=_SPANS)
def test_scoring_invariants(
    gold_raw: list[tuple[int, int, str, str]], predicted_raw: list[tuple[int, int, str, str]]
) -> None:
    gold, predicted = _spans(gold_raw), _spans(predicted_raw)
    pairs = match(gold, predicted)
    assert len({g for g, _ in pairs}) == len({p for _, p in pairs}) == len(pairs)
    for gi, pi in pairs:
        assert min(gold[gi].end, predicted[pi].end) > max(gold[gi].start, predicted[pi].start)
    score = score_document("d", gold, predicted)
    counts = score.counts
    assert counts.strict <= counts.relaxed <= min(counts.gold, counts.predicted)
    assert max(counts.type_correct, counts.value_correct) <= counts.relaxed
    assert all(0.0 <= value <= 1.0 for value in counts.metrics().values())
    tally = Counter(error.kind for error in score.errors)
    assert tally[ErrorKind.MISSED] == counts.gold - counts.relaxed
    assert tally[ErrorKind.SPURIOUS] == counts.predicted - counts.relaxed
    assert tally[ErrorKind.WRONG_SPAN] == counts.relaxed - counts.strict
    assert tally[ErrorKind.WRONG_VALUE] == counts.relaxed - counts.value_correct
    # Every identical span pairs strictly whenever it could (no better partner exists).
    itself = score_document("d", gold, gold).counts
    assert itself.strict == itself.relaxed == len(gold)

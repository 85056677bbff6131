"""TempEval-3 Task A scoring of predicted timexes against gold ones, per document.

Each gold timex is paired with at most one prediction (one-to-one): pairs with the
identical span first, then the remaining overlapping pairs by largest overlap. A pair
with the identical span is a *strict* match; any pair is a *relaxed* match.

- strict / relaxed precision = matches / predicted, recall = matches / gold;
- type and value *accuracy* = correct attribute / relaxed matches;
- type and value *F1* (TempEval-3 "attribute F1") count a relaxed match whose attribute
  is right, over the predicted count (precision) and the gold count (recall).

Values are compared as strings after trimming spaces, as the TempEval-3 scorer does; a
predicted value equal to the gold value or to one of the gold's ``alt`` values is right.
A ratio whose denominator is zero is reported as 0.0.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum, StrEnum
from typing import Any, Protocol

from timefact._timeml import GoldTimex


class TimexLike(Protocol):
    """What scoring reads from a timex: :class:`~timefact.Timex` and GoldTimex both fit."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def type(self) -> str: ...
    @property
    def value(self) -> str: ...


class ErrorKind(StrEnum):
    """What went wrong for one gold timex or prediction."""

    MISSED = "missed"  # a gold timex no prediction overlaps
    SPURIOUS = "spurious"  # a prediction that overlaps no gold timex
    WRONG_SPAN = "wrong-span"  # overlapping, but not the identical span
    WRONG_TYPE = "wrong-type"
    WRONG_VALUE = "wrong-value"


@dataclass(frozen=True, slots=True)
class ScoringError:
    """One error, with the gold timex and the prediction it concerns (either may be absent)."""

    kind: ErrorKind
    doc_id: str
    gold: GoldTimex | None
    predicted: GoldTimex | None

    @property
    def start(self) -> int:
        return (self.gold or self.predicted or _EMPTY).start

    def describe(self) -> str:
        """One line: doc id, offsets, text, gold versus predicted."""
        gold, predicted = self.gold, self.predicted
        if gold is not None and predicted is not None:
            if self.kind is ErrorKind.WRONG_SPAN:
                detail = (
                    f"gold {gold.start}-{gold.end} {gold.text!r}, predicted "
                    f"{predicted.start}-{predicted.end} {predicted.text!r}"
                )
            elif self.kind is ErrorKind.WRONG_TYPE:
                detail = f"{gold.text!r}: gold {gold.type}, predicted {predicted.type}"
            else:
                expected = " | ".join((gold.value, *gold.alt))
                detail = f"{gold.text!r}: gold {expected}, predicted {predicted.value}"
            where = f"{gold.start}-{gold.end}"
        else:
            timex = gold or predicted or _EMPTY
            where = f"{timex.start}-{timex.end}"
            detail = f"{timex.text!r} {timex.type} {timex.value}"
        return f"{self.kind.value:<11} {self.doc_id} {where} {detail}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "doc_id": self.doc_id,
            "gold": _timex_dict(self.gold),
            "predicted": _timex_dict(self.predicted),
        }


_EMPTY = GoldTimex(start=0, end=0, text="", type="", value="")


@dataclass(frozen=True, slots=True)
class Counts:
    """The counts every TempEval-3 number is computed from; they add up across documents."""

    docs: int = 0
    gold: int = 0
    predicted: int = 0
    strict: int = 0
    relaxed: int = 0
    type_correct: int = 0
    value_correct: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            docs=self.docs + other.docs,
            gold=self.gold + other.gold,
            predicted=self.predicted + other.predicted,
            strict=self.strict + other.strict,
            relaxed=self.relaxed + other.relaxed,
            type_correct=self.type_correct + other.type_correct,
            value_correct=self.value_correct + other.value_correct,
        )

    def metrics(self) -> dict[str, float]:
        """Every TempEval-3 Task A number, keyed by name."""
        return {
            "strict_precision": _ratio(self.strict, self.predicted),
            "strict_recall": _ratio(self.strict, self.gold),
            "strict_f1": _f1(self.strict, self.predicted, self.gold),
            "relaxed_precision": _ratio(self.relaxed, self.predicted),
            "relaxed_recall": _ratio(self.relaxed, self.gold),
            "relaxed_f1": _f1(self.relaxed, self.predicted, self.gold),
            "type_accuracy": _ratio(self.type_correct, self.relaxed),
            "value_accuracy": _ratio(self.value_correct, self.relaxed),
            "type_precision": _ratio(self.type_correct, self.predicted),
            "type_recall": _ratio(self.type_correct, self.gold),
            "type_f1": _f1(self.type_correct, self.predicted, self.gold),
            "value_precision": _ratio(self.value_correct, self.predicted),
            "value_recall": _ratio(self.value_correct, self.gold),
            "value_f1": _f1(self.value_correct, self.predicted, self.gold),
        }

    def to_dict(self) -> dict[str, int]:
        return {
            "docs": self.docs,
            "gold": self.gold,
            "predicted": self.predicted,
            "strict": self.strict,
            "relaxed": self.relaxed,
            "type_correct": self.type_correct,
            "value_correct": self.value_correct,
        }


@dataclass(frozen=True, slots=True)
class DocumentScore:
    """The counts and errors of one document."""

    doc_id: str
    counts: Counts
    errors: tuple[ScoringError, ...]


def score_document(
    doc_id: str, gold: Sequence[GoldTimex], predicted: Sequence[TimexLike]
) -> DocumentScore:
    """Score one document's predictions against its gold timexes."""
    predictions = [as_scored(timex) for timex in predicted]
    pairs = match(gold, predictions)
    matched_gold = {g for g, _ in pairs}
    matched_predicted = {p for _, p in pairs}
    errors: list[ScoringError] = []
    strict = type_correct = value_correct = 0
    for g, p in pairs:
        gold_timex, prediction = gold[g], predictions[p]
        if (gold_timex.start, gold_timex.end) == (prediction.start, prediction.end):
            strict += 1
        else:
            errors.append(ScoringError(ErrorKind.WRONG_SPAN, doc_id, gold_timex, prediction))
        if prediction.type == gold_timex.type:
            type_correct += 1
        else:
            errors.append(ScoringError(ErrorKind.WRONG_TYPE, doc_id, gold_timex, prediction))
        if value_is_right(prediction.value, gold_timex):
            value_correct += 1
        else:
            errors.append(ScoringError(ErrorKind.WRONG_VALUE, doc_id, gold_timex, prediction))
    errors += [
        ScoringError(ErrorKind.MISSED, doc_id, timex, None)
        for i, timex in enumerate(gold)
        if i not in matched_gold
    ]
    errors += [
        ScoringError(ErrorKind.SPURIOUS, doc_id, None, timex)
        for i, timex in enumerate(predictions)
        if i not in matched_predicted
    ]
    errors.sort(key=lambda error: error.start)
    counts = Counts(
        docs=1,
        gold=len(gold),
        predicted=len(predictions),
        strict=strict,
        relaxed=len(pairs),
        type_correct=type_correct,
        value_correct=value_correct,
    )
    return DocumentScore(doc_id=doc_id, counts=counts, errors=tuple(errors))


def match(gold: Sequence[TimexLike], predicted: Sequence[TimexLike]) -> list[tuple[int, int]]:
    """Pair gold and predicted timexes one-to-one; return ``(gold index, predicted index)``.

    Identical spans pair first, then overlapping spans by largest overlap (ties: the
    closest boundaries, then text order).
    """
    order = sorted(range(len(predicted)), key=lambda i: predicted[i].start)
    starts = [predicted[i].start for i in order]
    longest = max((p.end - p.start for p in predicted), default=0)
    candidates: list[tuple[bool, int, int, int, int]] = []
    for g, gold_timex in enumerate(gold):
        # Predictions starting before the gold end; stop once none can reach its start.
        k = bisect.bisect_left(starts, gold_timex.end) - 1
        while k >= 0 and starts[k] + longest >= gold_timex.start:
            p = order[k]
            prediction = predicted[p]
            same = (prediction.start, prediction.end) == (gold_timex.start, gold_timex.end)
            overlap = min(prediction.end, gold_timex.end) - max(prediction.start, gold_timex.start)
            if same or overlap > 0:
                distance = abs(prediction.start - gold_timex.start) + abs(
                    prediction.end - gold_timex.end
                )
                candidates.append((not same, -overlap, distance, g, p))
            k -= 1
        if gold_timex.start == gold_timex.end:  # an empty gold span pairs only when identical
            k = bisect.bisect_left(starts, gold_timex.end)
            while k < len(starts) and starts[k] == gold_timex.end:
                if predicted[order[k]].end == gold_timex.end:
                    candidates.append((False, 0, 0, g, order[k]))
                k += 1
    candidates.sort()
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, _, _, g, p in candidates:
        if g in used_gold or p in used_predicted:
            continue
        used_gold.add(g)
        used_predicted.add(p)
        pairs.append((g, p))
    pairs.sort()
    return pairs


def value_is_right(predicted_value: str, gold: GoldTimex) -> bool:
    """Whether a predicted value equals the gold value or one of its ``alt`` values."""
    value = predicted_value.strip()
    return value == gold.value.strip() or any(value == alt.strip() for alt in gold.alt)


def as_scored(timex: TimexLike) -> GoldTimex:
    """A timex in the plain form errors carry (type as its TIMEX3 name)."""
    if isinstance(timex, GoldTimex):
        return timex
    kind = timex.type
    type_name = kind.value if isinstance(kind, Enum) else str(kind)
    return GoldTimex(
        start=timex.start,
        end=timex.end,
        text=timex.text,
        type=type_name,
        value=timex.value,
        mod=getattr(timex, "mod", None),
        tid=getattr(timex, "tid", ""),
    )


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _f1(correct: int, predicted: int, gold: int) -> float:
    precision, recall = _ratio(correct, predicted), _ratio(correct, gold)
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _timex_dict(timex: GoldTimex | None) -> dict[str, Any] | None:
    if timex is None:
        return None
    out: dict[str, Any] = {
        "start": timex.start,
        "end": timex.end,
        "text": timex.text,
        "type": timex.type,
        "value": timex.value,
    }
    if timex.alt:
        out["alt"] = list(timex.alt)
    return out

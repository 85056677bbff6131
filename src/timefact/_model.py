"""The values that flow through the pipeline: partial readings, timexes, documents.

Everything here is a frozen dataclass with slots, so results are hashable, cheap, and
safe to share between threads and to pickle for batch engines.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from enum import Enum, StrEnum
from typing import Any


class TimexType(StrEnum):
    """TIMEX3 ``type`` attribute."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class AnchorKind(StrEnum):
    """What a value was resolved against."""

    NONE = "none"  # absolute: the text alone fixes the value (or it is a duration)
    DCT = "dct"  # deictic: resolved against the document creation time
    NARRATIVE = "narrative"  # anaphoric: resolved against an earlier timex in the story


class Direction(StrEnum):
    """Which way a deictic or anaphoric expression points from its anchor."""

    NONE = "none"  # no direction: the anchor itself ("today", "that day")
    PAST = "past"  # "last Tuesday", "two weeks ago", "the night before"
    FUTURE = "future"  # "next month", "in two weeks", "the following Monday"
    SAME = "same"  # "this week", "this Tuesday": the unit containing the anchor
    TENSE = "tense"  # bare "Tuesday", "March 5": the tense of the clause decides


@dataclass(frozen=True, slots=True)
class Partial:
    """What the words of a time expression say, before any anchoring.

    A field left ``None`` is not said by the text. ``year`` is set only when the text
    writes it ("Sept. 26, 2021"), so checks can tell a written year from a chosen one.
    The shift fields describe relative expressions: ``shift_unit`` is one of
    ``Y Q M W D H MI S DE CE`` (year, quarter, month, week, day, hour, minute, second,
    decade, century) and ``shift`` is a signed count ("two weeks ago" is ``W``, -2).
    """

    year: int | None = None
    decade: int | None = None  # 199 for "the 1990s"
    century: int | None = None  # 19 for "the 1900s" / "the 20th century"
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # ISO: 1 = Monday ... 7 = Sunday
    season: str | None = None  # SP SU FA WI
    quarter: int | None = None
    half: int | None = None
    week: int | None = None  # ISO week number, written ("week 12")
    weekend: bool = False
    part_of_day: str | None = None  # MO AF EV NI DT
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    zone: str | None = None
    shift_unit: str | None = None
    shift: int | None = None
    direction: Direction = Direction.NONE
    fuzzy: str | None = None  # PAST_REF PRESENT_REF FUTURE_REF
    holiday: str | None = None  # canonical name of a holiday or observance
    granularity: str | None = None  # unit of the value to produce for relative forms
    # A period the story reports on, counted in years from it: "the quarter" is 0, "a
    # year earlier" or "the year-ago period" -1. Earnings news compares like with like,
    # so after "the third quarter" these name that quarter (of that year, or one before).
    period_shift: int | None = None
    # "the third Wednesday of June": 3 (-1 for "the last"); with no weekday, the first (1)
    # or last (-1) day of the month or year counted ("the last day of the month")
    nth: int | None = None
    # "the winter of '69": the year is written without its century, which the story's
    # time chooses (1869 in a letter of 1871)
    century_unwritten: bool = False

    def as_dict(self) -> dict[str, Any]:
        """Return only the fields the text said, JSON-ready."""
        out: dict[str, Any] = {}
        for name in self.__slots__:
            value = getattr(self, name)
            if value is None or value is False:
                continue
            if name == "direction" and value is Direction.NONE:
                continue
            out[name] = value.value if isinstance(value, Enum) else value
        return out

    def underspecified_value(self) -> str:
        """The TIMEX3-style value the words alone give, with ``X`` for the unsaid."""
        year = f"{self.year:04d}" if self.year is not None else "XXXX"
        if self.month is not None:
            text = f"{year}-{self.month:02d}"
            if self.day is not None:
                text += f"-{self.day:02d}"
            return text
        if self.weekday is not None:
            return f"{year}-WXX-{self.weekday}"
        return year


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a value came from: the DCT, an earlier timex, or nothing."""

    kind: AnchorKind = AnchorKind.NONE
    value: str | None = None  # the anchor's own value, e.g. "2021-09-28"
    tid: str | None = None  # the anchoring timex, for narrative anchors


@dataclass(frozen=True, slots=True)
class Timex:
    """One resolved time expression (a TIMEX3 element)."""

    tid: str
    start: int
    end: int
    text: str
    type: TimexType
    value: str
    rule: str
    partial: Partial = field(default_factory=Partial)
    mod: str | None = None
    quant: str | None = None
    freq: str | None = None
    anchor: Anchor = field(default_factory=Anchor)
    temporal_function: bool = False
    certain: bool = True  # False when the value rests on a guess (tense, year choice)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form; stable keys, documented in the README."""
        return {
            "tid": self.tid,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type.value,
            "value": self.value,
            "mod": self.mod,
            "quant": self.quant,
            "freq": self.freq,
            "anchor": {
                "kind": self.anchor.kind.value,
                "value": self.anchor.value,
                "tid": self.anchor.tid,
            },
            "temporal_function": self.temporal_function,
            "certain": self.certain,
            "rule": self.rule,
            "partial": self.partial.as_dict(),
        }


class DctSource(StrEnum):
    """How the document creation time was obtained."""

    GIVEN = "given"  # passed by the caller (--dct, the API, a .tml creation time)
    INFERRED = "inferred"  # read off the text itself
    UNKNOWN = "unknown"  # no date given and none could be inferred


@dataclass(frozen=True, slots=True)
class DctInfo:
    """The document creation time and, when inferred, what the inference rested on."""

    date: _dt.date | None
    source: DctSource
    reason: str = ""
    evidence: tuple[tuple[int, int], ...] = ()  # character spans the inference used

    def to_dict(self) -> dict[str, Any]:
        return {
            "date": self.date.isoformat() if self.date else None,
            "source": self.source.value,
            "reason": self.reason,
            "evidence": [list(span) for span in self.evidence],
        }


@dataclass(frozen=True, slots=True)
class Document:
    """An annotated text: the text, its DCT and its timexes in text order."""

    text: str
    dct: DctInfo
    timexes: tuple[Timex, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "dct": self.dct.to_dict(),
            "timexes": [t.to_dict() for t in self.timexes],
        }


class Severity(StrEnum):
    """How sure a finding is that the text is wrong."""

    ERROR = "error"  # the text contradicts the calendar or itself
    WARNING = "warning"  # very likely wrong, but a reading exists that makes it right


@dataclass(frozen=True, slots=True)
class Span:
    """A character span of the text, with the words it covers."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Finding:
    """One time contradiction found in a text, with how to fix it.

    ``code`` is stable (``TF101``...) and ``name`` is one of the check names
    (``weekday-date-mismatch``, ``impossible-date``, ...). ``observed`` is what the text
    says, ``expected`` what the calendar or the other statement says; ``fixes`` lists
    replacement suggestions in order of preference. ``timexes`` names the timex ids the
    finding rests on and ``rule`` the check's reasoning step, for ``explain`` views.
    """

    code: str
    name: str
    severity: Severity
    start: int
    end: int
    text: str
    observed: str
    expected: str
    message: str
    fixes: tuple[str, ...] = ()
    related: tuple[Span, ...] = ()
    timexes: tuple[str, ...] = ()
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "severity": self.severity.value,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "observed": self.observed,
            "expected": self.expected,
            "message": self.message,
            "fixes": list(self.fixes),
            "related": [s.to_dict() for s in self.related],
            "timexes": list(self.timexes),
            "rule": self.rule,
        }

"""The story laid out in time: events placed on the calendar at the grain of their values.

Each event is the clause a DATE or TIME expression anchors ("took to Instagram to honor
Jack" @ 2021-09-28), placed as the span of days its value covers. Expressions of one
clause that agree (``Saturday, Sept. 25`` and ``recently``) make one event, placed by
the most precise. Durations, ages and sets attach to the event they describe (same
clause, else same sentence, else the event the story was last at); some durations imply
a derived point ("20 weeks pregnant at the time" → the pregnancy began about 20 weeks
earlier). Findings attach to the events whose expressions or text they concern.

>>> from timefact import annotate
>>> doc = annotate("On Sept. 25, 2021, she posted a photo.", dct="2021-09-28")
>>> [e.when.describe() for e in build_timeline(doc, findings=()).events]  # doctest: +SKIP
['25 Sep 2021']
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from timefact._calendar import shift as shift_date
from timefact._checks import check
from timefact._model import Document, Finding, Timex, TimexType
from timefact._regex_cache import compiled
from timefact._timeline_clauses import Segment, clauses, sentences
from timefact._timeline_derive import derive
from timefact._timeline_place import Grain, Placement, place

__all__ = [
    "Event",
    "EventKind",
    "Grain",
    "Mention",
    "MentionRole",
    "Placement",
    "Timeline",
    "build_timeline",
]

_LABEL_LIMIT = 90
_DAY_VALUE = compiled(r"\d{4}-\d{2}-\d{2}")
_AGE = compiled(
    r"\d+[- ](?:year|month|week|day)s?[- ]old|\bage[ds]?\b|\byears? old\b", re.IGNORECASE
)
# Finer grains first: the most precise expression of a clause places its event.
_LEADING_CONJUNCTION = compiled(
    r"(?:and|but|because|while|so|yet|although|though)\s+|(?:then|meanwhile|still),\s+",
    re.IGNORECASE,
)
_GRAIN_RANK = {grain: rank for rank, grain in enumerate(reversed(list(Grain)))}


class EventKind(StrEnum):
    """Whether the text states an event's time or implies it."""

    STATED = "stated"  # a time expression anchors the clause
    DERIVED = "derived"  # computed from a duration and a stated event


class MentionRole(StrEnum):
    """What a time expression does for the event it is attached to."""

    ANCHOR = "anchor"  # places the event
    SUPPORT = "support"  # agrees with the anchor ("recently" next to "Sept. 25")
    DURATION = "duration"
    AGE = "age"
    SET = "set"


@dataclass(frozen=True, slots=True)
class Mention:
    """A time expression attached to an event."""

    tid: str
    role: MentionRole
    text: str
    type: TimexType
    value: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "tid": self.tid,
            "role": self.role.value,
            "text": self.text,
            "type": self.type.value,
            "value": self.value,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True, slots=True)
class Event:
    """One event of the story: what happened (a clause of the text) and when."""

    eid: str
    kind: EventKind
    when: Placement
    start: int  # span of the clause (or, for derived events, of the words naming it)
    end: int
    text: str
    label: str  # a short form of ``text`` for charts
    mentions: tuple[Mention, ...] = ()
    findings: tuple[Finding, ...] = ()
    derived_from: str | None = None  # eid of the stated event a derived one rests on
    reason: str = ""  # how the placement was obtained

    @property
    def anchor(self) -> Mention | None:
        """The expression that places the event (stated events only)."""
        return next((m for m in self.mentions if m.role is MentionRole.ANCHOR), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.eid,
            "kind": self.kind.value,
            "when": self.when.to_dict(),
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "label": self.label,
            "mentions": [m.to_dict() for m in self.mentions],
            "findings": [f.to_dict() for f in self.findings],
            "derived_from": self.derived_from,
            "reason": self.reason,
        }


@dataclass(frozen=True, slots=True)
class Timeline:
    """The events of a document in calendar order, and what could not be placed."""

    dct: _dt.date | None
    events: tuple[Event, ...]
    unplaced: tuple[Timex, ...] = ()  # e.g. XXXX-09-26, or fuzzy values without a DCT
    findings: tuple[Finding, ...] = ()  # findings that concern no event

    def span(self) -> tuple[_dt.date, _dt.date] | None:
        """The first and last known days of the timeline (and the DCT), if any."""
        days = [d for e in self.events for d in (e.when.first, e.when.last) if d is not None]
        if self.dct is not None:
            days.append(self.dct)
        return (min(days), max(days)) if days else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "dct": self.dct.isoformat() if self.dct else None,
            "events": [e.to_dict() for e in self.events],
            "unplaced": [t.to_dict() for t in self.unplaced],
            "findings": [f.to_dict() for f in self.findings],
        }


@dataclass(slots=True, eq=False)
class _Draft:
    """An event under construction (mutable while the timeline is built)."""

    kind: EventKind
    when: Placement
    segment: Segment
    sentence: Segment
    label: str
    mentions: list[Mention] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    derived_from: int | None = None
    reason: str = ""
    position: int = -1  # where in the text the event is told: its anchor, or its words

    def __post_init__(self) -> None:
        if self.position < 0:
            anchor = next((m for m in self.mentions if m.role is MentionRole.ANCHOR), None)
            self.position = anchor.start if anchor else self.segment.start


def _narrow_by_shift(timex: Timex, placement: Placement) -> Placement:
    """ "a year ago" is written at the grain of a year (2020), but counted from a known
    day it happened about that day a year before (about 28 Sep 2020)."""
    partial = timex.partial
    anchor = timex.anchor.value or ""
    if (
        not partial.shift
        or partial.shift_unit not in ("Y", "Q", "M", "W")
        or not _DAY_VALUE.fullmatch(anchor)
        or placement.is_point
    ):
        return placement
    try:
        day = shift_date(_dt.date.fromisoformat(anchor), partial.shift_unit, partial.shift)
    except ValueError:
        return placement
    if not placement.contains(Placement(day, day, Grain.DAY, timex.value)):
        return placement
    return Placement(day, day, Grain.DAY, timex.value, approximate=True)


def build_timeline(doc: Document, *, findings: Sequence[Finding] | None = None) -> Timeline:
    """Lay ``doc`` out as a :class:`Timeline`.

    ``findings`` defaults to what :func:`timefact._checks.check` finds in ``doc``; pass
    them when already computed, or ``()`` to leave them out.
    """
    if findings is None:
        findings = check(doc)
    dct = doc.dct.date
    structure = _Structure(doc.text)
    drafts: list[_Draft] = []
    unplaced: list[Timex] = []
    placed_by_clause: dict[Segment, list[tuple[Timex, Placement]]] = {}
    attachable: list[Timex] = []
    for timex in doc.timexes:
        if timex.type in (TimexType.DURATION, TimexType.SET):
            attachable.append(timex)
            continue
        placement = place(timex.value, dct, timex.mod)
        if placement is None:
            unplaced.append(timex)
            continue
        placement = _narrow_by_cue(doc.text, timex, placement, dct)
        placement = _narrow_by_shift(timex, placement)
        clause = structure.clause_of(timex)
        placed_by_clause.setdefault(clause, []).append((timex, placement))
    for clause, placed in placed_by_clause.items():
        drafts.extend(
            _events_of_clause(doc.text, clause, structure.sentence_of(clause.start), placed)
        )
    drafts.sort(key=lambda d: d.position)
    for timex in attachable:
        target = _attachment_target(drafts, structure, timex)
        if target is None:
            unplaced.append(timex)
            continue
        role = (
            MentionRole.SET
            if timex.type is TimexType.SET
            else MentionRole.AGE
            if _AGE.search(timex.text)
            else MentionRole.DURATION
        )
        target.mentions.append(_mention(timex, role))
        if role is MentionRole.DURATION:
            derived = _derived_event(doc.text, structure, timex, target, drafts)
            if derived is not None:
                drafts.append(derived)
    loose = _attach_findings(drafts, findings)
    return _freeze(dct, drafts, unplaced, loose)


class _Structure:
    """Sentences and clauses of a text, looked up by offset (binary search)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.sentences = sentences(text)
        self.clauses = tuple(c for s in self.sentences for c in clauses(text, s))
        self._sentence_starts = [s.start for s in self.sentences]
        self._clause_starts = [c.start for c in self.clauses]

    def sentence_of(self, offset: int) -> Segment:
        found = _segment_at(self.sentences, self._sentence_starts, offset)
        return found or Segment(0, len(self.text), self.text)

    def clause_of(self, timex: Timex) -> Segment:
        found = _segment_at(self.clauses, self._clause_starts, timex.start)
        return found or self.sentence_of(timex.start)


def _segment_at(segments: Sequence[Segment], starts: list[int], offset: int) -> Segment | None:
    index = bisect.bisect_right(starts, offset) - 1
    if index >= 0 and segments[index].contains(offset):
        return segments[index]
    return None


def _mention(timex: Timex, role: MentionRole) -> Mention:
    return Mention(timex.tid, role, timex.text, timex.type, timex.value, timex.start, timex.end)


def _narrow_by_cue(
    text: str, timex: Timex, placement: Placement, dct: _dt.date | None
) -> Placement:
    """ "Earlier this month" ends at the DCT; "later this month" starts there."""
    if dct is None or placement.first is None or placement.last is None:
        return placement
    if not placement.first <= dct <= placement.last:
        return placement
    before = text[max(0, timex.start - 9) : timex.start].strip().lower()
    if before.endswith("earlier"):
        return Placement(
            placement.first, dct, placement.grain, placement.value, placement.approximate
        )
    if before.endswith("later"):
        return Placement(
            dct, placement.last, placement.grain, placement.value, placement.approximate
        )
    return placement


def _events_of_clause(
    text: str, clause: Segment, sentence: Segment, placed: list[tuple[Timex, Placement]]
) -> list[_Draft]:
    """One event per group of agreeing expressions, placed by the most precise."""
    ordered = sorted(placed, key=lambda p: (_GRAIN_RANK[p[1].grain], p[0].start))
    drafts: list[_Draft] = []
    for timex, placement in ordered:
        home = next((d for d in drafts if _agrees(placement, d.when)), None)
        if home is not None:
            home.mentions.append(_mention(timex, MentionRole.SUPPORT))
            continue
        drafts.append(
            _Draft(
                kind=EventKind.STATED,
                when=placement,
                segment=clause,
                sentence=sentence,
                label=_label(text, clause, timex),
                mentions=[_mention(timex, MentionRole.ANCHOR)],
                reason=f"{timex.type.value} {timex.value} ('{timex.text}')",
            )
        )
    return drafts


def _agrees(coarse: Placement, fine: Placement) -> bool:
    """True when ``coarse`` says nothing against ``fine`` (it contains it)."""
    return coarse.contains(fine)


def _label(text: str, clause: Segment, timex: Timex) -> str:
    """A short form of the clause, without a leading time phrase or conjunction.

    "On Tuesday, Sept. 28, the star took to Instagram ..." becomes "The star took to
    Instagram ..."; a long clause is cut to a window around the expression.
    """
    start, end = clause.start, clause.end
    lead = text[start : timex.start]
    if len(lead.split()) <= 3 and text.startswith(", ", timex.end):
        start = timex.end + 2
    elif timex.start - start > _LABEL_LIMIT - 30:
        start = text.rfind(" ", start, timex.start - 30) + 1 or start
    conjunction = _LEADING_CONJUNCTION.match(text, start, end)
    if conjunction:
        start = conjunction.end()
    label = text[start:end].strip(" ,;:")
    if start > clause.start and not conjunction and start != timex.end + 2:
        return _shorten("…" + label)  # a window into the clause
    return _shorten(label[:1].upper() + label[1:])


def _shorten(label: str) -> str:
    if len(label) <= _LABEL_LIMIT:
        return label
    cut = label.rfind(" ", 0, _LABEL_LIMIT - 1)
    return label[: cut if cut > 40 else _LABEL_LIMIT - 1].rstrip(" ,;:") + "…"


def _attachment_target(drafts: list[_Draft], structure: _Structure, timex: Timex) -> _Draft | None:
    """The stated event a duration, age or set describes."""
    stated = [d for d in drafts if d.kind is EventKind.STATED]
    clause = structure.clause_of(timex)
    sentence = structure.sentence_of(timex.start)
    for candidates in (
        [d for d in stated if d.segment.start == clause.start],
        [d for d in stated if d.sentence.start == sentence.start],
    ):
        if candidates:
            return min(candidates, key=lambda d: abs(d.position - timex.start))
    earlier = [d for d in stated if d.position < timex.start]
    return max(earlier, key=lambda d: d.position) if earlier else None


def _derived_event(
    text: str, structure: _Structure, timex: Timex, target: _Draft, drafts: list[_Draft]
) -> _Draft | None:
    sentence = structure.sentence_of(timex.start)
    clause = structure.clause_of(timex)
    derivation = derive(text, timex, sentence.start, clause.end, target.when)
    if derivation is None:
        return None
    segment = Segment(derivation.start, derivation.end, text[derivation.start : derivation.end])
    label = _shorten(derivation.label[:1].upper() + derivation.label[1:])
    return _Draft(
        kind=EventKind.DERIVED,
        when=derivation.placement,
        segment=segment,
        sentence=sentence,
        label=label,
        mentions=[_mention(timex, MentionRole.DURATION)],
        derived_from=next(i for i, d in enumerate(drafts) if d is target),
        reason=derivation.reason,
    )


def _attach_findings(drafts: list[_Draft], findings: Sequence[Finding]) -> list[Finding]:
    """Attach each finding to the events it names or overlaps; return the rest."""
    loose: list[Finding] = []
    for finding in findings:
        named = set(finding.timexes)
        homes = [d for d in drafts if named & {m.tid for m in d.mentions}]
        if not homes:
            homes = [
                d
                for d in drafts
                if d.kind is EventKind.STATED
                and any(m.start < finding.end and finding.start < m.end for m in d.mentions)
            ]
        if not homes:
            homes = [
                d
                for d in drafts
                if d.kind is EventKind.STATED and d.segment.start <= finding.start < d.segment.end
            ][:1]
        for home in homes:
            home.findings.append(finding)
        if not homes:
            loose.append(finding)
    return loose


def _freeze(
    dct: _dt.date | None, drafts: list[_Draft], unplaced: list[Timex], loose: list[Finding]
) -> Timeline:
    order = sorted(
        range(len(drafts)),
        key=lambda i: (
            drafts[i].when.sort_key(),
            drafts[i].kind is EventKind.STATED,
            drafts[i].position,
        ),
    )
    eids = {index: f"e{rank}" for rank, index in enumerate(order, start=1)}
    events = tuple(
        Event(
            eid=eids[i],
            kind=drafts[i].kind,
            when=drafts[i].when,
            start=drafts[i].segment.start,
            end=drafts[i].segment.end,
            text=drafts[i].segment.text,
            label=drafts[i].label,
            mentions=tuple(sorted(drafts[i].mentions, key=lambda m: m.start)),
            findings=tuple(drafts[i].findings),
            derived_from=_eid_of(eids, drafts[i].derived_from),
            reason=drafts[i].reason,
        )
        for i in order
    )
    return Timeline(
        dct=dct,
        events=events,
        unplaced=tuple(sorted(unplaced, key=lambda t: t.start)),
        findings=tuple(loose),
    )


def _eid_of(eids: dict[int, str], index: int | None) -> str | None:
    return None if index is None else eids[index]

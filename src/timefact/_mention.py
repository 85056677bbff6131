"""A mention: a span the grammar found, with what its words say, not yet anchored."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from timefact._model import Partial, TimexType


class Reference(StrEnum):
    """What a mention must be anchored on to get a value."""

    NONE = "none"  # the words fix the value (absolute date, duration, set, fuzzy)
    DCT = "dct"  # deictic: "today", "last week", "two years ago"
    NARRATIVE = "narrative"  # anaphoric: "that day", "the night before"
    YEAR = "year"  # only the year is missing: "Sept. 26", "Tuesday", "Christmas"


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    type: TimexType
    rule: str
    partial: Partial = field(default_factory=Partial)
    value: str | None = None  # set when the words alone give the value
    reference: Reference = Reference.NONE
    mod: str | None = None
    quant: str | None = None
    freq: str | None = None
    framing: bool = False  # opens its sentence: sets the story's reference time

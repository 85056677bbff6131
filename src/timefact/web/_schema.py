"""The JSON shapes of the API, as pydantic models (they make the OpenAPI description)."""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class ArticleIn(BaseModel):
    """An article to read, and its publication date."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"text": "On Tuesday, Sept. 26, she posted an update.", "dct": "2021-09-28"}
            ],
        },
    )

    text: str = Field(
        description="The article, plain UTF-8 text (untrusted). Lone "
        "surrogates, which are not Unicode, become U+FFFD."
    )
    dct: Literal["auto"] | _dt.date | None = Field(
        default="auto",
        description="Publication date as YYYY-MM-DD; 'auto' (default) infers it from the "
        "text; null uses no date, so relative expressions stay unresolved.",
    )

    @field_validator("dct", mode="before")
    @classmethod
    def _date_as_text(cls, value: Any) -> Any:
        if value is not None and not isinstance(value, str):
            raise ValueError("Input should be a string, got " + type(value).__name__)
        return value

    @field_validator("text")
    @classmethod
    def _valid_unicode(cls, text: str) -> str:
        # One code point for one: offsets into the text stay the same.
        return _LONE_SURROGATE.sub("\ufffd", text)


class Problem(BaseModel):
    """An error answer: what was wrong and what to do."""

    detail: str
    errors: list[dict[str, Any]] = Field(default_factory=list)


class AnchorOut(BaseModel):
    kind: str
    value: str | None
    tid: str | None


class TimexOut(BaseModel):
    tid: str
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None
    quant: str | None
    freq: str | None
    anchor: AnchorOut
    temporal_function: bool
    certain: bool
    rule: str
    partial: dict[str, Any]


class DctOut(BaseModel):
    date: str | None
    source: str
    reason: str
    evidence: list[list[int]]


class SpanOut(BaseModel):
    start: int
    end: int
    text: str


class FindingOut(BaseModel):
    code: str
    name: str
    severity: str
    start: int
    end: int
    text: str
    observed: str
    expected: str
    message: str
    fixes: list[str]
    related: list[SpanOut]
    timexes: list[str]
    rule: str


class AnnotateOut(BaseModel):
    dct: DctOut
    timexes: list[TimexOut]


class CheckOut(BaseModel):
    dct: DctOut
    findings: list[FindingOut]


class PlacementOut(BaseModel):
    first: str | None = Field(description="First day covered; null when open to the past.")
    last: str | None = Field(description="Last day covered; null when open to the future.")
    grain: str
    value: str
    approximate: bool
    text: str


class MentionOut(BaseModel):
    tid: str
    role: str
    text: str
    type: str
    value: str
    start: int
    end: int


class EventOut(BaseModel):
    id: str
    kind: str = Field(description="'stated' or 'derived'")
    when: PlacementOut
    start: int
    end: int
    text: str
    label: str
    mentions: list[MentionOut]
    findings: list[FindingOut]
    derived_from: str | None
    reason: str


class TimelineOut(BaseModel):
    dct: str | None
    events: list[EventOut]
    unplaced: list[TimexOut]
    findings: list[FindingOut]

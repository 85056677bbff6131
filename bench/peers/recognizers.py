"""Microsoft Recognizers-Text's ``recognize_datetime``."""

from __future__ import annotations

import datetime as _dt

from peers.base import Annotator, ToolSpec, as_datetime


def setup() -> Annotator:
    from recognizers_date_time import Culture, recognize_datetime

    def annotate(text: str, dct: _dt.date | None) -> int:
        return len(recognize_datetime(text, Culture.English, reference=as_datetime(dct)))

    return annotate


SPEC = ToolSpec(
    "recognizers",
    "recognizers-text-date-time",
    "recognize_datetime(text, Culture.English, reference=dct)",
    setup,
)

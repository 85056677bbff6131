"""parsedatetime's ``Calendar().nlp``."""

from __future__ import annotations

import datetime as _dt

from peers.base import Annotator, ToolSpec, as_datetime


def setup() -> Annotator:
    import parsedatetime

    calendar = parsedatetime.Calendar()

    def annotate(text: str, dct: _dt.date | None) -> int:
        return len(calendar.nlp(text, sourceTime=as_datetime(dct)) or ())

    return annotate


SPEC = ToolSpec("parsedatetime", "parsedatetime", "Calendar().nlp(text, sourceTime=dct)", setup)

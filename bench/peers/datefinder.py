"""datefinder's ``find_dates``."""

from __future__ import annotations

import datetime as _dt

from peers.base import Annotator, ToolSpec, as_datetime


def setup() -> Annotator:
    import datefinder

    def annotate(text: str, dct: _dt.date | None) -> int:
        return sum(1 for _ in datefinder.find_dates(text, base_date=as_datetime(dct)))

    return annotate


SPEC = ToolSpec("datefinder", "datefinder", "find_dates(text, base_date=dct)", setup)

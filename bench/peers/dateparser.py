"""dateparser's ``search_dates``."""

from __future__ import annotations

import datetime as _dt

from peers.base import Annotator, ToolSpec, as_datetime


def setup() -> Annotator:
    from dateparser.search import search_dates

    def annotate(text: str, dct: _dt.date | None) -> int:
        base = as_datetime(dct)
        settings = {"RELATIVE_BASE": base} if base else None
        return len(search_dates(text, languages=["en"], settings=settings) or ())

    return annotate


SPEC = ToolSpec("dateparser", "dateparser", "search_dates(text, languages=['en'])", setup)

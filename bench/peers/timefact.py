"""timefact itself, the subject of the benchmark: every pass runs to the end."""

from __future__ import annotations

import datetime as _dt

from peers.base import Annotator, ToolSpec


def setup() -> Annotator:
    import timefact

    tagger = timefact.Tagger()

    def annotate(text: str, dct: _dt.date | None) -> int:
        return len(tagger.annotate(text, dct=dct).timexes)

    return annotate


SPEC = ToolSpec("timefact", "timefact", "Tagger().annotate(text, dct)", setup, budgeted=False)

"""The pipeline, declared in one place and run in this order.

1. :func:`timefact._grammar.Grammar.extract` finds spans and reads what each says
   (a :class:`~timefact._model.Partial`), without choosing any year or direction;
2. :func:`timefact._dct.infer_dct` reads the publication date off the text when the
   caller did not give one;
3. :func:`timefact._anchoring.resolve` anchors each reading on the DCT or on the
   narrative time and produces the TIMEX3 values.

The :class:`Tagger` compiles the grammar once and pickles cheaply (only its
configuration travels; the compiled grammar is rebuilt, once per process).
"""

from __future__ import annotations

import datetime as _dt
import functools
from typing import Any, Literal

from timefact._anchoring import resolve
from timefact._dct import filed_day, infer_dct
from timefact._grammar import Grammar, load_grammar
from timefact._io import parse_dct
from timefact._model import DctInfo, DctSource, Document
from timefact._names import without_surnames
from timefact._numeric_order import in_text_order

DctArg = _dt.date | str | None | Literal["auto"]


class Tagger:
    """Finds and resolves time expressions. Build once, call many times; picklable."""

    def __init__(self) -> None:
        self._grammar: Grammar = load_grammar()

    def __reduce__(self) -> tuple[Any, ...]:
        return (Tagger, ())

    def annotate(self, text: str, dct: DctArg = "auto") -> Document:
        """Annotate ``text``.

        ``dct`` is the publication date (``date`` or ``"YYYY-MM-DD"``); ``"auto"``
        (the default) infers it from the text and records why; ``None`` uses no date
        at all, so deictic values stay underspecified.
        """
        if not isinstance(text, str):
            raise TypeError(f"annotate() needs a str, not {type(text).__name__}")
        found = without_surnames(text, self._grammar.extract(text))
        if isinstance(dct, str) and dct.strip().lower() == "auto":
            mentions = in_text_order(text, found)
            info = infer_dct(text, mentions)
        else:
            # a date given: its stamps near it tell which way "04/11/2017" is written
            info = self._given_dct(dct)
            mentions = in_text_order(text, found, info.date)
        speaks_from = info.date
        if speaks_from is not None and info.source is DctSource.GIVEN:
            speaks_from = filed_day(text, mentions, speaks_from) or speaks_from
        timexes = resolve(text, mentions, speaks_from)
        return Document(text=text, dct=info, timexes=timexes)

    @staticmethod
    def _given_dct(dct: DctArg) -> DctInfo:
        parsed = parse_dct(dct)
        if parsed is None:
            return DctInfo(date=None, source=DctSource.UNKNOWN, reason="no date given")
        return DctInfo(date=parsed, source=DctSource.GIVEN, reason="given by the caller")


@functools.cache
def default_tagger() -> Tagger:
    """The process-wide tagger behind :func:`annotate`, built on first use."""
    return Tagger()


def annotate(text: str, dct: DctArg = "auto") -> Document:
    """Annotate ``text`` with the process-wide :class:`Tagger` (see there)."""
    return default_tagger().annotate(text, dct)

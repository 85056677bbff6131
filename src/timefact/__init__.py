"""timefact: find, resolve and fact-check the time expressions of English news.

>>> import timefact
>>> doc = timefact.annotate("On Tuesday, Sept. 28, she posted.", dct="2021-09-28")
>>> [(t.text, t.value) for t in doc.timexes]
[('Tuesday, Sept. 28', '2021-09-28')]
"""

from __future__ import annotations

from timefact._engine import Tagger, annotate
from timefact._errors import DctError, InputError, MissingExtraError, TimefactError
from timefact._model import (
    Anchor,
    AnchorKind,
    DctInfo,
    DctSource,
    Direction,
    Document,
    Finding,
    Partial,
    Severity,
    Span,
    Timex,
    TimexType,
)

__all__ = [
    "Anchor",
    "AnchorKind",
    "DctError",
    "DctInfo",
    "DctSource",
    "Direction",
    "Document",
    "Finding",
    "InputError",
    "MissingExtraError",
    "Partial",
    "Severity",
    "Span",
    "Tagger",
    "TimefactError",
    "Timex",
    "TimexType",
    "annotate",
]
__version__ = "0.1.0"

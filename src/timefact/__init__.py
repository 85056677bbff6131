"""timefact: find, resolve and fact-check the time expressions of English news.

>>> import timefact
>>> doc = timefact.annotate("On Tuesday, Sept. 28, she posted.", dct="2021-09-28")
>>> [(t.text, t.value) for t in doc.timexes]
[('Tuesday, Sept. 28', '2021-09-28')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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
    "Timeline",
    "Timex",
    "TimexType",
    "annotate",
    "check",
    "timeline",
]
__version__ = "0.1.0"

if TYPE_CHECKING:
    from timefact._checks import check
    from timefact._timeline import Timeline
    from timefact._timeline import build_timeline as timeline


def __getattr__(name: str) -> Any:
    # The checks and the timeline load on first use, so `import timefact` stays quick.
    if name == "check":
        from timefact._checks import check as check_function

        return check_function
    if name == "timeline":
        from timefact._timeline import build_timeline

        return build_timeline
    if name == "Timeline":
        from timefact._timeline import Timeline as timeline_class

        return timeline_class
    raise AttributeError(f"module 'timefact' has no attribute {name!r}")

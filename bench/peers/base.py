"""What a measured tool is: a setup that returns an annotator, and how to call it."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from dataclasses import dataclass

# An annotator takes a text and its publication date and returns how many expressions it found.
Annotator = Callable[[str, _dt.date | None], int]


@dataclass(frozen=True, slots=True)
class ToolSpec:
    name: str
    distribution: str  # the package whose version is reported
    call: str  # what is measured, in the words of the tool's own API
    setup: Callable[[], Annotator]
    starts_processes: bool = False  # its memory is then sampled over the whole process tree
    budgeted: bool = True  # False: every pass runs to the end (timefact, the subject)
    join_docs_up_to: int | None = None  # join documents into texts of up to this many chars


def as_datetime(day: _dt.date | None) -> _dt.datetime | None:
    """Midnight of ``day``, for the tools that take their reference time as a datetime."""
    return _dt.datetime.combine(day, _dt.time()) if day else None

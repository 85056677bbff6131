"""Whether a finding may rest on a publication date the engine inferred from the text.

An inferred date is a reading like any other: a finding rests on it only when something
else in the text pins it down, and never when the finding's own words are what it was
inferred from ("yesterday, Oct. 23" cannot be checked against a date read off "Oct. 23";
an age cannot be checked against a date read off the birth date beside it).

Pinned down means either a weekday-date pair elsewhere in the text that falls on its
weekday in that year ("Tuesday, Sept. 28" fits 2021 and few other years), or a dateline:
the date on a line of its own at the head of the text ("WASHINGTON, Sept. 28, 2021 (AP)").
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable

from timefact._checks._context import Context
from timefact._model import DctSource
from timefact._regex_cache import compiled

_LOWER_WORD = compiled(r"\b[a-z]{2,}\b")
_DATELINE_WORDS = frozenset({"published", "updated", "posted", "on", "at", "am", "pm", "by"})
_HEAD_CHARS = 200


def dct_holds(context: Context, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether the publication date can carry a finding made of ``spans``."""
    info = context.doc.dct
    if info.date is None:
        return False
    if info.source is DctSource.GIVEN:
        return True
    own = tuple(spans)
    if any(start < end_ and start_ < end for start, end in info.evidence for start_, end_ in own):
        return False  # the finding's own words are what the date was read off
    return _pinned_by_weekdays(context, info.date, own) or _dateline(context)


def _pinned_by_weekdays(context: Context, dct: _dt.date, own: tuple[tuple[int, int], ...]) -> bool:
    for timex in context.timexes:
        partial = timex.partial
        if partial.weekday is None or partial.month is None or partial.day is None:
            continue
        if any(timex.start < end and start < timex.end for start, end in own):
            continue
        if partial.year is not None and partial.year != dct.year:
            continue
        try:
            day = _dt.date(dct.year, partial.month, partial.day)
        except ValueError:
            continue
        if day.isoweekday() == partial.weekday and abs((day - dct).days) <= 200:
            return True
    return False


def _dateline(context: Context) -> bool:
    info = context.doc.dct
    text = context.text
    for start, end in info.evidence:
        if start > _HEAD_CHARS:
            continue
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        rest = line.replace(text[start:end], " ")
        words = [w for w in _LOWER_WORD.findall(rest) if w not in _DATELINE_WORDS]
        if not words and not line.rstrip().endswith("."):
            return True
    return False

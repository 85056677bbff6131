"""Days told twice: a weekday and the day of the month beside it.

"next Thurs (18th)", "The previous Thursday, the 6th": the day of the month confirms
which Thursday is meant. Once both are read, the two take the date they agree on, the
nearest one to where each was read; when no such date lies close, both stay as they were
read, for the checks to see.
"""

from __future__ import annotations

import datetime as _dt
import re

from timefact._calendar import safe_date
from timefact._model import Partial, Timex
from timefact._nearest import month_step

__all__ = ["agreed_day"]

# What stands between the weekday and the day beside it: "Thursday, the 6th",
# "Thurs (18th)", "Thursday - the 18th".
_BETWEEN = re.compile(r"[ \t]*(?:,|\(|[-–—])[ \t]*")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_CLOSE_DAYS = 14  # how far the agreed date may lie from where the weekday was read


def agreed_day(text: str, weekday: Timex, day: Timex) -> _dt.date | None:
    """The date a weekday and the day of the month right after it agree on, if they
    stand in apposition and one such date lies close to both readings."""
    if not (_weekday_only(weekday.partial) and _day_only(day.partial)):
        return None
    if _BETWEEN.fullmatch(text, weekday.end, day.start) is None:
        return None
    return _agreed_date(weekday, day)


def _weekday_only(p: Partial) -> bool:
    return (
        p.weekday is not None
        and p.day is None
        and p.month is None
        and p.hour is None
        and not p.part_of_day
    )


def _day_only(p: Partial) -> bool:
    return p.day is not None and p.month is None and p.weekday is None


def _agreed_date(weekday: Timex, day: Timex) -> _dt.date | None:
    if not (_DAY.fullmatch(weekday.value) and _DAY.fullmatch(day.value)):
        return None
    assert weekday.partial.weekday is not None
    read_weekday = _dt.date.fromisoformat(weekday.value)
    read_day = _dt.date.fromisoformat(day.value)
    candidates = [
        when
        for months in (-1, 0, 1)
        if (when := safe_date(*month_step(read_day, months), read_day.day)) is not None
        and when.isoweekday() == weekday.partial.weekday
        and abs((when - read_weekday).days) <= _CLOSE_DAYS
    ]
    return min(candidates, key=lambda when: abs((when - read_day).days), default=None)

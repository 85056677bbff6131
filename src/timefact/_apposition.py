"""Days told twice: a weekday and the day of the month beside it.

"next Thurs (18th)", "The previous Thursday, the 6th": the day of the month confirms
which Thursday is meant. Once both are read, the two take the date they agree on, the
nearest one to where each was read; when no such date lies close, both stay as they were
read, for the checks to see. A weekday set beside a month and day ("Wednesday evening,
the ninth of April") is read with them, and one set after a day of that weekday ("the
next day, the Saturday") names that day again.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import itertools
from collections.abc import Sequence

from timefact import _anchor_readers as readers
from timefact._calendar import safe_date
from timefact._mention import Mention
from timefact._model import Direction, Partial, Timex
from timefact._nearest import month_step
from timefact._regex_cache import compiled

__all__ = ["COMMA", "agreed_day", "day_named_again", "with_dates_beside_weekdays"]

# What stands between the weekday and the day beside it: "Thursday, the 6th",
# "Thurs (18th)", "Thursday - the 18th".
_BETWEEN = compiled(r"[ \t]*(?:,|\(|[-–—])[ \t]*")
_DAY = compiled(r"\d{4}-\d\d-\d\d")
# Between a date and another set beside it: "Wednesday evening, the ninth of April",
# "on 3 April 1932, a Sunday".
COMMA = compiled(r"[ \t]*,[ \t]*")
# between a date and a holiday named right after it: "May 30. Decoration Day", "Dec. 25,"
_JUST_AFTER = compiled(r"[ \t]*[,.:;—–-]?[ \t]*")
_CLOSE_DAYS = 14  # how far the agreed date may lie from where the weekday was read


def agreed_day(text: str, weekday: Timex, day: Timex) -> _dt.date | None:
    """The date a weekday and the day of the month right after it agree on, if they
    stand in apposition and one such date lies close to both readings."""
    if not (_weekday_only(weekday.partial) and readers.day_of_month_alone(day.partial) is not None):
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


def with_dates_beside_weekdays(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """ "on Wednesday evening, the ninth of April": a weekday set beside the date after it
    is that date's day, read as "Wednesday evening, April 9"."""
    out = list(mentions)
    for index, (weekday, date) in enumerate(itertools.pairwise(mentions)):
        p, q = weekday.partial, date.partial
        if (
            _bare_weekday(p)
            and p.direction is Direction.TENSE
            and q.month is not None
            and q.day is not None
            and q.weekday is None
            and q.hour is None
            and COMMA.fullmatch(text, weekday.end, date.start)
        ):
            partial = dataclasses.replace(p, month=q.month, day=q.day, year=q.year)
            out[index] = dataclasses.replace(weekday, partial=partial)
    return out


_FALLS_ON = compiled(
    r"[ \t]+(?:this[ \t]+year[ \t]+)?(?:falls|fell|lands|landed|will[ \t]+fall)[ \t]+on"
    r"(?:[ \t]+a)?[ \t]+"
    # "due May 1 -- that's Wednesday!", "on the 12th (that's a Sunday)"
    r"|[ \t]*(?:,|--?|[—–(])[ \t]*(?i:that['’]s|that[ \t]+is|which[ \t]+is)(?:[ \t]+a)?[ \t]+"
)


def day_named_again(text: str, previous: Timex | None, weekday: Mention) -> _dt.date | None:
    """ "the next day, the Saturday, we did it again", "As St Patrick's Day falls on
    Sunday": the day a weekday set right after a day of that weekday names again."""
    p = weekday.partial
    if (
        previous is None
        or not _weekday_only(p)
        or p.holiday is not None
        or not (
            COMMA.fullmatch(text, previous.end, weekday.start)
            or _FALLS_ON.fullmatch(text, previous.end, weekday.start)
        )
        or not _DAY.match(previous.value)
    ):
        return None
    # "at 10 p.m. on Nov. 8, 1991, a Friday": the day of a time of day too
    day = _dt.date.fromisoformat(previous.value[:10])
    return day if day.isoweekday() == p.weekday else None


def set_right_after(text: str, end: int, start: int) -> bool:
    """Whether what starts at ``start`` is set right after what ends at ``end``, with at
    most a stop or a comma between: "May 30. Decoration Day", "Wed 1st. New Year's Day"."""
    return _JUST_AFTER.fullmatch(text, end, start) is not None


def _bare_weekday(p: Partial) -> bool:
    return p.weekday is not None and p.month is None and p.day is None and p.holiday is None

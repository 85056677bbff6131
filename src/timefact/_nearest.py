"""Which day a weekday, a day of the month or a year-less date means near a reference day.

The direction the words give ("last Tuesday") decides outright; otherwise the tense of the
clause does, as news writes: a past-tense "on Tuesday" is the latest Tuesday, a future one
the next.
"""

from __future__ import annotations

import datetime as _dt

from timefact._calendar import safe_date
from timefact._model import Direction
from timefact._tense import Tense

__all__ = [
    "WRONG_SIDE_DAYS",
    "WRONG_SIDE_MONTHS",
    "day_in_month_near",
    "days_ahead",
    "month_step",
    "pick_year",
    "weekday_day_near",
    "weekday_near",
    "weekday_told_next",
    "weekend_near",
]


def weekday_near(base: _dt.date, weekday: int, direction: Direction, tense: Tense) -> _dt.date:
    back = (base.isoweekday() - weekday) % 7
    ahead = (weekday - base.isoweekday()) % 7
    if direction is Direction.PAST:
        return base - _dt.timedelta(days=back or 7)
    if direction is Direction.FUTURE:
        return base + _dt.timedelta(days=ahead or 7)
    if direction is Direction.SAME:
        monday = base - _dt.timedelta(days=base.isoweekday() - 1)
        day = monday + _dt.timedelta(days=weekday - 1)
        if day < base and tense is not Tense.PAST:
            return day + _dt.timedelta(days=7)  # "drop me a line this Thursday", said on a Saturday
        return day
    if tense in (Tense.FUTURE, Tense.PRESENT, Tense.INTENDED):
        # "The trial starts Monday": a weekday in the present tense is on the schedule.
        return base + _dt.timedelta(days=ahead)
    if tense is Tense.UNKNOWN and ahead < back:
        return base + _dt.timedelta(days=ahead)
    return base - _dt.timedelta(days=back)


def weekday_told_next(base: _dt.date, weekday: int) -> _dt.date:
    """ "On the Monday she rang", told after the story's Saturday: the story goes on to
    the next such day (or stays on it), but the day before the story's ("Michaelmas fell
    on a Wednesday. By the Tuesday, the eve of the feast", "the Saturday night" told at
    a Sunday) is that one, not the one six days on."""
    ahead = (weekday - base.isoweekday()) % 7
    if ahead == 6:
        return base - _dt.timedelta(days=1)
    return base + _dt.timedelta(days=ahead)


def weekend_near(base: _dt.date, amount: int) -> _dt.date:
    """The Saturday of this (0), the last (-1), the one before it (-2) or the next (+1)
    weekend from ``base``."""
    saturday = base + _dt.timedelta(days=(6 - base.isoweekday()) % 7)
    if base.isoweekday() == 7:
        saturday = base - _dt.timedelta(days=1)
    if amount < 0:
        saturday -= _dt.timedelta(days=7 * -amount)
    if amount > 0:
        # "next weekend" said from Monday to Thursday is the coming one; said on a Friday
        # or at the weekend, the one after it.
        within = base.isoweekday() >= 5  # on a Friday the weekend has all but begun
        saturday += _dt.timedelta(days=7 * (amount - 1 + within))
    return saturday


# How many days a date on the wrong side of the DCT costs, by tense: a year-less date
# takes the year that puts it nearest the DCT once this cost is added. A bare month
# follows the tense outright; a month and day only when the other year is not much
# farther (the present tense leans a little to the future).
WRONG_SIDE_DAYS = {
    Tense.PAST: 200,
    Tense.FUTURE: 200,
    Tense.UNKNOWN: 20,
    Tense.INTENDED: 20,
    Tense.PRESENT: 100,
}
WRONG_SIDE_MONTHS = {
    Tense.PAST: 400,
    Tense.FUTURE: 400,
    Tense.UNKNOWN: 20,
    Tense.INTENDED: 20,
    Tense.PRESENT: 0,
}


def day_in_month_near(dct: _dt.date, day: int, tense: Tense) -> _dt.date | None:
    """ "the 28th": that day of the DCT's month, or of the month before or after."""
    here = safe_date(dct.year, dct.month, day)
    if here is None:  # "the 31st", said in November: October's, or December's
        before = safe_date(*month_step(dct, -1), day)
        after = safe_date(*month_step(dct, 1), day)
        if tense in (Tense.FUTURE, Tense.PRESENT):
            return after or before
        if tense in (Tense.PAST, Tense.INTENDED):
            return before or after
        near = [d for d in (before, after) if d is not None]
        return min(near, key=lambda d: abs((d - dct).days)) if near else None
    if tense in (Tense.FUTURE, Tense.PRESENT) and here < dct:  # "the party is on the 23rd"
        return safe_date(*month_step(dct, 1), day) or here
    if tense in (Tense.PAST, Tense.INTENDED) and here > dct:
        # "ran out on the 31st", said on 30 October: September has none, and a month
        # back by two is farther than a day ahead
        return safe_date(*month_step(dct, -1), day) or here
    if tense is Tense.UNKNOWN and here > dct:
        # "back at work the 11th", said on the 2nd: the nearer one, the past a little
        # preferred
        before = safe_date(*month_step(dct, -1), day)
        if before is not None and (dct - before).days <= (here - dct).days + _DAY_WRONG_SIDE:
            return before
    if tense is Tense.UNKNOWN and here < dct:
        # "price goes up on the 1st", said on July 30: the 1st that is days away, not the
        # one four weeks gone
        after = safe_date(*month_step(dct, 1), day)
        if after is not None and (after - dct).days + _DAY_WRONG_SIDE < (dct - here).days:
            return after
    return here


# How many days a day of the month ahead of the DCT costs when no tense says which way.
_DAY_WRONG_SIDE = 7


def weekday_day_near(ref: _dt.date, day: int, weekday: int, tense: Tense) -> _dt.date | None:
    """ "Friday the 10th": the month nearest ``ref`` whose 10th is a Friday, on the side
    the tense points to when one such month lies there."""
    fits = [
        when
        for months in range(-3, 4)
        if (when := safe_date(*month_step(ref, months), day)) is not None
        and when.isoweekday() == weekday
    ]
    if tense is Tense.PAST and any(when <= ref for when in fits):
        fits = [when for when in fits if when <= ref]
    elif tense in (Tense.FUTURE, Tense.PRESENT) and any(when >= ref for when in fits):
        # "her last day is Friday 27th": the present of a schedule looks ahead
        fits = [when for when in fits if when >= ref]
    return min(fits, key=lambda when: abs((when - ref).days), default=None)


def days_ahead(ref: _dt.date, month: int, day: int) -> int:
    """How many days after ``ref`` the next such month and day falls."""
    for year in (ref.year, ref.year + 1):
        when = safe_date(year, month, day)
        if when is not None and when >= ref:
            return (when - ref).days
    return 366  # the 29th of February, in a year that has none


def month_step(day: _dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def pick_year(
    dct: _dt.date,
    month: int,
    day: int,
    direction: Direction,
    tense: Tense,
    *,
    cost: dict[Tense, int] = WRONG_SIDE_DAYS,
) -> int:
    """The year for a month (and day) without one: nearest the DCT that fits the tense."""
    if direction is Direction.SAME:
        return dct.year
    if direction is Direction.PAST:
        tense = Tense.PAST
    elif direction is Direction.FUTURE:
        tense = Tense.FUTURE
    best: tuple[float, int] | None = None
    for year in (dct.year - 1, dct.year, dct.year + 1):
        when = safe_date(year, month, min(day, 28)) or _dt.date(year, month, 1)
        distance = float(abs((when - dct).days))
        same_month = when.year == dct.year and when.month == dct.month
        if direction is Direction.PAST and when > dct and not same_month:
            distance += 10_000
        if direction is Direction.FUTURE and when < dct and not same_month:
            distance += 10_000
        if (
            same_month
            and cost is WRONG_SIDE_MONTHS
            and direction in (Direction.PAST, Direction.FUTURE)
        ):
            distance += 10_000  # "next June", said in June: the June of next year
        # A present-tense clause with a date mostly announces it ("plays Aug. 13").
        wrong_side = (tense in (Tense.FUTURE, Tense.PRESENT) and when < dct) or (
            tense in (Tense.PAST, Tense.UNKNOWN, Tense.INTENDED) and when > dct
        )
        # a bare month the DCT is in lies on neither side ("its June report", in June)
        bare_now = same_month and cost is WRONG_SIDE_MONTHS and direction is Direction.TENSE
        if wrong_side and not bare_now:
            distance += cost[tense]
        if best is None or distance < best[0]:
            best = (distance, year)
    assert best is not None
    return best[1]

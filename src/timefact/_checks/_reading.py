"""The calendar day a month-and-day timex names, and what that rests on."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from timefact._checks._calendar import parse_day_value
from timefact._checks._context import Context
from timefact._model import DctSource, Span, Timex, TimexType

# How far from the publication date an unwritten year may put a date and still be read
# as meant: a story speaks of dates within about half a year of its own.
_NEARBY_DAYS = 200
_NEARBY_MONTH_DAYS = 45  # "the 26th" means a day of this month or the next or last


@dataclass(frozen=True, slots=True)
class DayReading:
    """A calendar day read off a timex, with the note saying where its year came from."""

    day: _dt.date
    year_written: bool
    note: str  # empty when the year is written
    related: tuple[Span, ...] = ()  # spans the year rests on (the DCT evidence)


def day_readings(context: Context, timex: Timex) -> tuple[DayReading, ...]:
    """The days a timex with a written month and day can mean, the likeliest first.

    One reading when the year is written. Otherwise the year the engine resolved with
    certainty (if any), then every other year that puts the date within about half a
    year of the publication date: a check reports only what holds for all of them, so a
    year chosen by the tense of the clause cannot make a finding on its own.
    """
    partial = timex.partial
    if timex.type not in (TimexType.DATE, TimexType.TIME):
        return ()
    if partial.month is None and partial.day is not None and partial.year is None:
        return _days_of_month(context, partial.day)
    if partial.month is None or partial.day is None:
        return ()
    if partial.year is not None:
        try:
            return (DayReading(_dt.date(partial.year, partial.month, partial.day), True, ""),)
        except ValueError:
            return ()
    related = _dct_evidence(context)
    readings: list[DayReading] = []
    resolved = parse_day_value(timex.value)
    if (
        timex.certain
        and resolved is not None
        and resolved.month == partial.month
        and resolved.day == partial.day
    ):
        readings.append(DayReading(resolved, False, context.year_note(timex), related))
    dct = context.dct
    if dct is None:
        return tuple(readings)
    nearby = []
    for year in (dct.year - 1, dct.year, dct.year + 1):
        try:
            day = _dt.date(year, partial.month, partial.day)
        except ValueError:
            continue
        if abs((day - dct).days) <= _NEARBY_DAYS and not (readings and day == resolved):
            nearby.append(day)
    note = (
        f"the year is not written; {context.dct_note()}, and every year near it gives "
        "the same answer"
    )
    for day in sorted(nearby, key=lambda d: abs((d - dct).days)):
        readings.append(DayReading(day, False, note, related))
    return tuple(readings)


def _days_of_month(context: Context, day: int) -> tuple[DayReading, ...]:
    """ "The 26th" with no month: that day in each month within 45 days of the DCT."""
    dct = context.dct
    if dct is None:
        return ()
    note = (
        f"the month is not written; {context.dct_note()}, and no month near it gives another answer"
    )
    readings = []
    for shift in (0, -1, 1):
        index = dct.year * 12 + dct.month - 1 + shift
        try:
            candidate = _dt.date(index // 12, index % 12 + 1, day)
        except ValueError:
            continue
        if abs((candidate - dct).days) <= _NEARBY_MONTH_DAYS:
            readings.append(DayReading(candidate, False, note, _dct_evidence(context)))
    return tuple(readings)


def _dct_evidence(context: Context) -> tuple[Span, ...]:
    info = context.doc.dct
    if info.source is not DctSource.INFERRED:
        return ()
    text = context.text
    return tuple(
        Span(start, end, text[start:end])
        for start, end in info.evidence
        if 0 <= start < end <= len(text)
    )

"""Put a TIMEX3 value on the calendar as the span of days it covers, at its own grain.

A value is never made more precise than the text: ``2021-09`` covers the whole month,
``2021`` the whole year, ``PAST_REF`` everything before the document date. Values that
the calendar cannot hold (``XXXX-09-26``, a fuzzy value without a document date) give
``None`` and stay off the timeline.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from timefact._regex_cache import compiled


class Grain(StrEnum):
    """The unit a placed value is written in, coarsest first."""

    OPEN = "open"  # PAST_REF, FUTURE_REF: bounded on one side only
    CENTURY = "century"
    DECADE = "decade"
    YEAR = "year"
    HALF = "half"
    SEASON = "season"
    QUARTER = "quarter"
    MONTH = "month"
    WEEK = "week"
    DAY = "day"
    PART_OF_DAY = "part-of-day"
    TIME = "time"


@dataclass(frozen=True, slots=True)
class Placement:
    """The days a value covers: ``first`` to ``last`` inclusive.

    ``first`` is ``None`` for spans open towards the past ("before the DCT"), ``last``
    is ``None`` for spans open towards the future. ``approximate`` marks placements that
    rest on "about" (a derived point, an ``APPROX`` modifier, a season's edges).
    """

    first: _dt.date | None
    last: _dt.date | None
    grain: Grain
    value: str
    approximate: bool = False

    @property
    def is_point(self) -> bool:
        """True when the placement is a single day."""
        return self.first is not None and self.first == self.last

    def sort_key(self) -> tuple[_dt.date, int, _dt.date]:
        """Order by the earliest known day; spans open towards the past sort at their end."""
        known = self.first or self.last or _dt.date.min
        return (known, 0 if self.first is None else 1, self.last or _dt.date.max)

    def contains(self, other: Placement) -> bool:
        """True when every day of ``other`` lies within this placement."""
        low_ok = self.first is None or (other.first is not None and other.first >= self.first)
        high_ok = self.last is None or (other.last is not None and other.last <= self.last)
        return low_ok and high_ok

    def overlaps(self, other: Placement) -> bool:
        """True when the two placements share at least one day."""
        if self.last is not None and other.first is not None and other.first > self.last:
            return False
        return not (self.first is not None and other.last is not None and other.last < self.first)

    def describe(self) -> str:
        """A short human form: ``28 Sep 2021``, ``Sep 2021``, ``before 28 Sep 2021``."""
        text = _describe_span(self)
        return f"about {text}" if self.approximate else text

    def to_dict(self) -> dict[str, Any]:
        return {
            "first": self.first.isoformat() if self.first else None,
            "last": self.last.isoformat() if self.last else None,
            "grain": self.grain.value,
            "value": self.value,
            "approximate": self.approximate,
            "text": self.describe(),
        }


_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
_VALUE = compiled(
    r"(?P<year>\d{4})(?:-(?:"
    r"(?P<month>\d{2})(?:-(?P<day>\d{2})(?:T(?P<time>[^\s]+))?)?"
    r"|W(?P<week>\d{2})(?:-(?P<weekend>WE))?"
    r"|Q(?P<quarter>[1-4])|H(?P<half>[12])|(?P<season>SP|SU|FA|WI)))?"
)
_PART_OF_DAY = compiled(r"(?:MO|MI|AF|EV|NI|DT)")


def place(value: str, dct: _dt.date | None, mod: str | None = None) -> Placement | None:
    """Place a TIMEX3 DATE or TIME value; ``None`` when it has no place on the calendar."""
    placement = _place_value(value.strip(), dct)
    if placement is None or not mod:
        return placement
    return apply_mod(placement, mod)


def _place_value(value: str, dct: _dt.date | None) -> Placement | None:
    if value in ("PAST_REF", "PRESENT_REF", "FUTURE_REF"):
        if dct is None:
            return None
        if value == "PAST_REF":
            return Placement(None, dct, Grain.OPEN, value)
        if value == "FUTURE_REF":
            return Placement(dct, None, Grain.OPEN, value)
        return Placement(dct, dct, Grain.DAY, value)
    if re.fullmatch(r"\d{3}", value):
        start = int(value) * 10
        return _span_of_years(start, start + 9, Grain.DECADE, value)
    if re.fullmatch(r"\d{2}", value):
        start = int(value) * 100
        return _span_of_years(max(start, 1), start + 99, Grain.CENTURY, value)
    match = _VALUE.fullmatch(value)
    if match is None:
        return None
    try:
        return _place_match(match, value)
    except ValueError:  # a day that does not exist, e.g. 2021-02-30
        return None


def _span_of_years(first: int, last: int, grain: Grain, value: str) -> Placement | None:
    if first < 1 or last > 9999:
        return None
    return Placement(_dt.date(first, 1, 1), _dt.date(last, 12, 31), grain, value)


def _place_match(match: re.Match[str], value: str) -> Placement | None:
    year = int(match["year"])
    if year < 1:
        return None
    if match["day"]:
        day = _dt.date(year, int(match["month"]), int(match["day"]))
        time = match["time"]
        if not time:
            return Placement(day, day, Grain.DAY, value)
        grain = Grain.PART_OF_DAY if _PART_OF_DAY.fullmatch(time) else Grain.TIME
        return Placement(day, day, grain, value)
    if match["month"]:
        month = int(match["month"])
        return Placement(_dt.date(year, month, 1), _month_end(year, month), Grain.MONTH, value)
    if match["week"]:
        monday = _dt.date.fromisocalendar(year, int(match["week"]), 1)
        if match["weekend"]:
            return Placement(
                monday + _dt.timedelta(days=5), monday + _dt.timedelta(days=6), Grain.WEEK, value
            )
        return Placement(monday, monday + _dt.timedelta(days=6), Grain.WEEK, value)
    if match["quarter"]:
        first_month = 3 * int(match["quarter"]) - 2
        return Placement(
            _dt.date(year, first_month, 1), _month_end(year, first_month + 2), Grain.QUARTER, value
        )
    if match["half"]:
        first_month = 6 * int(match["half"]) - 5
        return Placement(
            _dt.date(year, first_month, 1), _month_end(year, first_month + 5), Grain.HALF, value
        )
    if match["season"]:
        start_month, end_month = _SEASON_MONTHS[match["season"]]
        end_year = year + 1 if end_month < start_month else year
        if end_year > 9999:
            return None
        return Placement(
            _dt.date(year, start_month, 1),
            _month_end(end_year, end_month),
            Grain.SEASON,
            value,
            approximate=True,
        )
    return _span_of_years(year, year, Grain.YEAR, value)


def _month_end(year: int, month: int) -> _dt.date:
    return _dt.date(year, month, calendar.monthrange(year, month)[1])


def apply_mod(placement: Placement, mod: str) -> Placement:
    """Narrow or open a placement the way a TIMEX3 ``mod`` says ("early 2021", "before")."""
    first, last = placement.first, placement.last
    if mod in ("START", "MID", "END") and first is not None and last is not None:
        days = (last - first).days + 1
        if days < 3:
            return placement  # a day has no early or late part the calendar can show
        keep = _dt.timedelta(days=days // 3 - 1)  # a third, less the day itself
        if mod == "START":
            return _replace(placement, first, first + keep)
        if mod == "END":
            return _replace(placement, last - keep, last)
        third = _dt.timedelta(days=days // 3)
        return _replace(placement, first + third, last - third)
    if mod in ("BEFORE", "ON_OR_BEFORE"):
        return _replace(placement, None, last, grain=Grain.OPEN)
    if mod in ("AFTER", "ON_OR_AFTER"):
        return _replace(placement, first, None, grain=Grain.OPEN)
    if mod == "APPROX":
        return _replace(placement, first, last, approximate=True)
    return placement


def _replace(
    placement: Placement,
    first: _dt.date | None,
    last: _dt.date | None,
    *,
    grain: Grain | None = None,
    approximate: bool | None = None,
) -> Placement:
    return Placement(
        first,
        last,
        grain or placement.grain,
        placement.value,
        placement.approximate if approximate is None else approximate,
    )


def _describe_span(placement: Placement) -> str:
    first, last = placement.first, placement.last
    if first is None and last is None:
        return "at any time"
    if first is None:
        assert last is not None
        return f"before {_day(last)}"
    if last is None:
        return f"after {_day(first)}"
    grain = placement.grain
    if first == last:
        return _day(first)
    if grain is Grain.MONTH and first.day == 1 and last == _month_end(last.year, last.month):
        return first.strftime("%b %Y")
    if grain is Grain.YEAR and (first.month, first.day, last.month, last.day) == (1, 1, 12, 31):
        return str(first.year)
    if grain in (Grain.DECADE, Grain.CENTURY):
        return f"{first.year}–{last.year}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{_day(last)}"
    return f"{_day(first)} – {_day(last)}"


def _day(day: _dt.date) -> str:
    return f"{day.day} {day.strftime('%b')} {day.year}"


# Durations -------------------------------------------------------------------------------

_DURATION = compiled(
    r"P(?:(?P<years>\d+(?:\.\d+)?)Y)?(?:(?P<months>\d+(?:\.\d+)?)M)?"
    r"(?:(?P<weeks>\d+(?:\.\d+)?)W)?(?:(?P<days>\d+(?:\.\d+)?)D)?"
    r"(?:T(?:(?P<hours>\d+(?:\.\d+)?)H)?(?:\d+(?:\.\d+)?M)?(?:\d+(?:\.\d+)?S)?)?"
)


@dataclass(frozen=True, slots=True)
class Amount:
    """A calendar amount read off a TIMEX3 duration value (``P20W``, ``P1Y6M``)."""

    months: int = 0
    days: int = 0

    def before(self, day: _dt.date) -> _dt.date | None:
        """The day this amount before ``day``; ``None`` off the calendar's edge."""
        return self._shift(day, -1)

    def after(self, day: _dt.date) -> _dt.date | None:
        """The day this amount after ``day``; ``None`` off the calendar's edge."""
        return self._shift(day, +1)

    def _shift(self, day: _dt.date, sign: int) -> _dt.date | None:
        month_index = day.year * 12 + day.month - 1 + sign * self.months
        year, month = divmod(month_index, 12)
        if not 1 <= year <= 9999:
            return None
        moved = _dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))
        try:
            return moved + _dt.timedelta(days=sign * self.days)
        except OverflowError:
            return None


def read_amount(value: str) -> Amount | None:
    """Read a duration value into whole months and days; ``None`` when unspecified or zero.

    Fractions are rounded to whole days ("P1.5Y" is 18 months); hours count only once they
    make a day, since the timeline works in days.
    """
    match = _DURATION.fullmatch(value.strip())
    if match is None or value.strip() in ("P", "PT"):
        return None
    numbers = {k: float(v) for k, v in match.groupdict().items() if v is not None}
    months_float = numbers.get("years", 0.0) * 12 + numbers.get("months", 0.0)
    months = int(months_float)
    days_float = (
        (months_float - months) * 30.44
        + numbers.get("weeks", 0.0) * 7
        + numbers.get("days", 0.0)
        + numbers.get("hours", 0.0) / 24
    )
    days = round(days_float)
    if months == 0 and days == 0:
        return None
    if months > 12 * 10000 or days > 366 * 10000:
        return None
    return Amount(months=months, days=days)

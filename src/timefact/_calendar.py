"""Calendar arithmetic and TIMEX3 value formatting at a given grain."""

from __future__ import annotations

import calendar as _cal
import datetime as _dt
import functools

from dateutil.easter import easter as _western_easter

# Grains from fine to coarse; a value is written at its grain and never finer.
GRAINS = ("D", "W", "M", "Q", "H", "SE", "Y", "DE", "CE")
_COARSENESS = {grain: rank for rank, grain in enumerate(GRAINS)}
# The month a season is placed at. A winter belongs to the year it starts in: 2020-WI
# runs from December 2020 to February 2021.
SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 12}
# South of the equator the seasons run six months on: a summer runs from December to
# February and, as a northern winter, belongs to the year it starts in.
SOUTHERN_SEASON_MONTH = {"SP": 10, "SU": 12, "FA": 4, "WI": 7}
SOUTHERN_COUNTRIES = frozenset({"AU", "NZ", "ZA", "AR", "BR", "CL"})
_SEASON_MONTHS = {"SP": (3, 4, 5), "SU": (6, 7, 8), "FA": (9, 10, 11), "WI": (12, 1, 2)}
_SOUTHERN_SEASON_MONTHS = {"SP": (9, 10, 11), "SU": (12, 1, 2), "FA": (3, 4, 5), "WI": (6, 7, 8)}


def season_months(season: str, south: bool = False) -> tuple[int, int, int]:
    """The three months of a season, north or south of the equator."""
    return (_SOUTHERN_SEASON_MONTHS if south else _SEASON_MONTHS)[season]


def coarser(a: str, b: str) -> str:
    """The coarser of two grains."""
    return a if _COARSENESS.get(a, 0) >= _COARSENESS.get(b, 0) else b


def days_in_month(year: int, month: int) -> int:
    return _cal.monthrange(year, month)[1]


def add_months(day: _dt.date, months: int) -> _dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return _dt.date(year, month + 1, min(day.day, days_in_month(year, month + 1)))


def shift(day: _dt.date, unit: str, amount: int) -> _dt.date:
    """Move ``day`` by ``amount`` units (D W WE M Q H Y DE CE)."""
    if unit in ("D", "H", "MI", "S"):
        return day + _dt.timedelta(days=amount) if unit == "D" else day
    if unit in ("W", "WE"):
        return day + _dt.timedelta(weeks=amount)
    months = {"M": 1, "Q": 3, "H": 6, "SE": 12, "Y": 12, "DE": 120, "CE": 1200}.get(unit)
    if months is None:
        return day
    try:
        return add_months(day, months * amount)
    except ValueError:  # beyond the years Python dates can hold
        return day


def format_value(day: _dt.date, grain: str) -> str:
    """TIMEX3 value of the ``grain``-sized period that contains ``day``."""
    if grain == "D":
        return day.isoformat()
    if grain in ("W", "WE"):
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}" + ("-WE" if grain == "WE" else "")
    if grain == "M":
        return f"{day.year:04d}-{day.month:02d}"
    if grain == "Q":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if grain == "H":
        return f"{day.year:04d}-H{1 if day.month <= 6 else 2}"
    if grain == "DE":
        return f"{day.year // 10:03d}"
    if grain == "CE":
        return f"{day.year // 100:02d}"
    return f"{day.year:04d}"


def safe_date(year: int, month: int, day: int) -> _dt.date | None:
    """The date, or ``None`` when it does not exist (Feb. 30, April 31)."""
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


@functools.lru_cache(maxsize=4096)
def easter(year: int) -> _dt.date:
    return _western_easter(year)


def nth_weekday(year: int, month: int, iso_weekday: int, n: int) -> _dt.date:
    """The n-th given ISO weekday of a month; n = -1 is the last, -2 the one before."""
    if n > 0:
        first = _dt.date(year, month, 1)
        delta = (iso_weekday - first.isoweekday()) % 7
        return first + _dt.timedelta(days=delta + 7 * (n - 1))
    last = _dt.date(year, month, days_in_month(year, month))
    return last - _dt.timedelta(days=(last.isoweekday() - iso_weekday) % 7 + 7 * (-n - 1))


# The last European country to leave the Julian calendar did so in 1923; before then a
# date may be written in either calendar ("Sunday, 2 September 1666" in London).
JULIAN_UNTIL = _dt.date(1923, 3, 1)


def julian_weekday(day: _dt.date) -> int:
    """ISO weekday of the day that bears ``day``'s date in the Julian calendar."""
    year = day.year - (day.month <= 2)
    behind = year // 100 - year // 400 - 2  # days the Julian calendar lags
    return (day.isoweekday() - 1 + behind) % 7 + 1

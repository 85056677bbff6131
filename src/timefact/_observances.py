"""Dates of holidays and observances: the `holidays` package where it knows them (see
``_library_days``), the table in ``data/observances.toml`` for the rest.

:func:`observance_date` gives the canonical date the engine resolves a name to;
:func:`press_dates` adds every other date the press gives the name (Orthodox Easter, the
weekday a weekend holiday is kept on), which the checks accept as well.
"""

from __future__ import annotations

import datetime as _dt

from dateutil.easter import EASTER_ORTHODOX
from dateutil.easter import easter as _dateutil_easter

from timefact._calendar import easter, nth_weekday, safe_date
from timefact._library_days import is_library_bank_holiday, library_day
from timefact._regex_cache import compiled
from timefact._vocab import Observance

_NTH = compiled(r"(?P<month>\d{1,2})/(?P<nth>-?\d)/(?P<weekday>[A-Z][a-z]{2})(?P<shift>[+-]\d+)?")
_EASTER = compiled(r"(?P<kind>easter|orthodox)(?P<shift>[+-]\d+)")
_FIXED = compiled(r"(?P<month>\d{2})-(?P<day>\d{2})")
_WEEKDAYS = {
    name: number
    for number, name in enumerate(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"), start=1)
}


def is_bank_holiday(day: _dt.date) -> bool:
    """Whether ``day`` is a bank holiday in England (the days kept for weekend holidays
    included): what "the bank holiday Monday" names."""
    return is_library_bank_holiday(day)


def observance_date(item: Observance, year: int) -> _dt.date | None:
    """The date of ``item`` in ``year``, or ``None`` if it was not kept that year."""
    if not 1 <= year <= 9999:
        return None
    base: _dt.date | None = None
    if item.library is not None:
        base = library_day(item.country, item.library, year)
    elif item.fixed is not None:
        base = safe_date(year, *item.fixed)
    elif item.nth_weekday is not None:
        base = nth_weekday(year, *item.nth_weekday)
    elif item.easter is not None:
        base = easter(year) + _dt.timedelta(days=item.easter)
    if base is None:
        return None
    return base + _dt.timedelta(days=item.offset)


def press_dates(item: Observance, year: int) -> tuple[_dt.date, ...]:
    """Every day of ``year`` the press gives the name: the canonical date (and the day it
    is kept on, for ``observed``) and the ``also`` rules. A New Year's Day kept on Friday,
    Dec. 31 belongs to the year before its own."""
    days: list[_dt.date] = []
    for each in (year - 1, year, year + 1):
        if not 2 <= each <= 9998:
            continue
        canonical = observance_date(item, each)
        if canonical is not None:
            days.extend(_kept(canonical, item.observed))
        for rule in item.also:
            days.extend(_kept(rule_date(rule.rstrip("~"), each), rule.endswith("~")))
    return tuple(sorted({day for day in days if day.year == year}))


def _kept(day: _dt.date, observed: bool) -> tuple[_dt.date, ...]:
    if not observed or day.isoweekday() < 6:
        return (day,)
    return day, day + _dt.timedelta(days=-1 if day.isoweekday() == 6 else 1)


def rule_date(rule: str, year: int) -> _dt.date:
    """The date an ``also`` rule gives in ``year`` (the forms are in the table's header)."""
    if (fixed := _FIXED.fullmatch(rule)) is not None:
        return _dt.date(year, int(fixed["month"]), int(fixed["day"]))
    if (nth := _NTH.fullmatch(rule)) is not None:
        day = nth_weekday(year, int(nth["month"]), _WEEKDAYS[nth["weekday"]], int(nth["nth"]))
        return day + _dt.timedelta(days=int(nth["shift"] or 0))
    if (match := _EASTER.fullmatch(rule)) is not None:
        base = (
            easter(year) if match["kind"] == "easter" else _dateutil_easter(year, EASTER_ORTHODOX)
        )
        return base + _dt.timedelta(days=int(match["shift"]))
    raise ValueError(f"unknown observance date rule {rule!r}")


def describe(item: Observance) -> tuple[str, ...]:
    """The date rules of ``item`` in the table's notation, for explanations."""
    if item.library is not None:
        canonical = f"US {item.library}"
    elif item.fixed is not None:
        canonical = f"{item.fixed[0]:02d}-{item.fixed[1]:02d}"
    elif item.nth_weekday is not None:
        month, weekday, nth = item.nth_weekday
        names = {v: k for k, v in _WEEKDAYS.items()}
        canonical = f"{month}/{nth}/{names[weekday]}"
    elif item.easter is not None:
        canonical = f"easter{item.easter:+d}"
    else:
        canonical = ""
    if item.offset and canonical:
        canonical += f"{item.offset:+d}"
    if item.observed and canonical:
        canonical += "~"
    return tuple(r for r in (canonical, *item.also) if r)

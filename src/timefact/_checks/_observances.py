"""When the holidays and observances named in news fall.

The table is data, in ``timefact/data/check_observances.toml`` (its header gives the rule
forms). Each entry lists every date a name is given in the English-language press; a
date is wrong only when it matches none of them (Thanksgiving is the fourth Thursday of
November in the United States and the second Monday of October in Canada).
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

from timefact._calendar import nth_weekday
from timefact._checks._calendar import WEEKDAY_NAMES

_NTH = re.compile(r"(?P<month>\d{1,2})/(?P<nth>-?\d)/(?P<weekday>[A-Z][a-z]{2})(?P<shift>[+-]\d+)?")
_EASTER = re.compile(r"(?P<kind>easter|orthodox)(?P<shift>[+-]\d+)")
_FIXED = re.compile(r"(?P<month>\d{2})-(?P<day>\d{2})(?P<kept>~?)")
_WEEKDAYS = {name[:3]: number for number, name in enumerate(WEEKDAY_NAMES, start=1)}


@dataclass(frozen=True, slots=True)
class Observance:
    pattern: str  # the name as written, a regular expression
    rules: tuple[str, ...]
    country_specific: bool = False  # checked only when no country is named before it

    def dates_in(self, year: int) -> tuple[_dt.date, ...]:
        """Every day of ``year`` the name is given (a New Year's Day kept on Friday,
        Dec. 31 belongs to the year before its own)."""
        days: list[_dt.date] = []
        for rule in self.rules:
            for each in (year - 1, year, year + 1):
                day = date_of(rule, each)
                days.append(day)
                if rule.endswith("~") and day.isoweekday() in (6, 7):
                    days.append(day + _dt.timedelta(days=-1 if day.isoweekday() == 6 else 1))
        return tuple(sorted({day for day in days if day.year == year}))


@functools.cache
def all_observances() -> tuple[Observance, ...]:
    """The table, in file order (a longer name before the name it starts with)."""
    with resources.files("timefact").joinpath("data/check_observances.toml").open("rb") as f:
        data = tomllib.load(f)
    table = tuple(
        Observance(str(entry["pattern"]), tuple(str(r) for r in entry["dates"]),
                   bool(entry.get("country_specific", False)))
        for entry in data["observance"]
    )
    for observance in table:
        for rule in observance.rules:
            date_of(rule, 2000)  # a rule that does not parse fails here, at load time
    return table


def date_of(rule: str, year: int) -> _dt.date:
    """The date a rule gives in ``year`` (see the module docstring for the forms)."""
    if (fixed := _FIXED.fullmatch(rule)) is not None:
        return _dt.date(year, int(fixed["month"]), int(fixed["day"]))
    if (nth := _NTH.fullmatch(rule)) is not None:
        day = nth_weekday(year, int(nth["month"]), _WEEKDAYS[nth["weekday"]], int(nth["nth"]))
        return day + _dt.timedelta(days=int(nth["shift"] or 0))
    if (easter := _EASTER.fullmatch(rule)) is not None:
        base = western_easter(year) if easter["kind"] == "easter" else orthodox_easter(year)
        return base + _dt.timedelta(days=int(easter["shift"]))
    raise ValueError(f"unknown observance rule {rule!r}")


def western_easter(year: int) -> _dt.date:
    return easter(year, EASTER_WESTERN)


def orthodox_easter(year: int) -> _dt.date:
    return easter(year, EASTER_ORTHODOX)

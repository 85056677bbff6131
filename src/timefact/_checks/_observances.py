"""When the holidays and observances named in news fall.

Each entry lists every date the name is given in the English-speaking press; a date is
wrong only when it matches none of them (Thanksgiving is the fourth Thursday of November
in the United States and the second Monday of October in Canada). Names whose date moves
with a lunar calendar (Ramadan, Passover, Eid) are left out: a wrong claim about them
cannot be told from a local custom.

A rule is a string, read by :func:`dates_in`:

- ``"12-25"`` a fixed month and day; ``"12-25~"`` also the weekday it is kept on when it
  falls on a weekend (the Friday before a Saturday, the Monday after a Sunday), as U.S.
  and British public holidays are ("the Independence Day holiday, Monday, July 5");
- ``"11/4/Thu"`` the fourth Thursday of November; ``"5/-1/Mon"`` the last Monday of May;
- ``"easter+1"`` days after Western Easter; ``"orthodox-2"`` days after Orthodox Easter;
- ``"9/1/Mon+6"`` the first Monday of September plus six days.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

from timefact._checks._calendar import WEEKDAY_NAMES

OBSERVANCES: tuple[tuple[str, tuple[str, ...]], ...] = (
    # name as written (a pattern; case-sensitive)           the dates it can fall on
    (r"Christmas Eve", ("12-24", "01-06")),
    (r"Christmas(?: Day)?", ("12-25~", "01-07")),
    (r"New Year's Eve", ("12-31",)),
    (r"New Year's(?: Day)?", ("01-01~",)),
    (r"Valentine's Day", ("02-14",)),
    (r"St\.? Patrick's Day", ("03-17",)),
    (r"April Fools'? Day", ("04-01",)),
    (r"Earth Day", ("04-22",)),
    (r"Cinco de Mayo", ("05-05",)),
    (r"Flag Day", ("06-14",)),
    (r"Juneteenth", ("06-19~",)),
    (r"Bastille Day", ("07-14",)),
    (r"Independence Day", ("07-04~",)),  # the U.S. one; see COUNTRY_SPECIFIC
    (r"Halloween", ("10-31",)),
    (r"All Saints'? Day", ("11-01",)),
    (r"Veterans'? Day", ("11-11~",)),
    (r"Armistice Day", ("11-11",)),
    (r"Guy Fawkes (?:Night|Day)", ("11-05",)),
    (r"Pearl Harbor (?:Remembrance )?Day", ("12-07",)),
    (r"Boxing Day", ("12-26~", "12-27~", "12-28~")),
    (r"Groundhog Day", ("02-02",)),
    (r"Patriot Day", ("09-11",)),
    (r"International Women's Day", ("03-08",)),
    (r"World AIDS Day", ("12-01",)),
    (r"Canada Day", ("07-01",)),
    (r"Australia Day", ("01-26",)),
    (r"Epiphany", ("01-06", "01-19")),
    (r"National Sons'? Day", ("09-28", "03-04")),
    (r"National Daughters'? Day", ("09-25", "9/4/Sun")),
    (r"National Siblings'? Day", ("04-10",)),
    (r"(?:National )?Grandparents'? Day", ("9/1/Mon+6",)),
    (r"Thanksgiving(?: Day)?", ("11/4/Thu", "10/2/Mon", "11/-1/Thu")),  # last: before 1942
    (r"Black Friday", ("11/4/Thu+1",)),
    (r"Memorial Day", ("5/-1/Mon",)),
    (r"Labou?r Day", ("9/1/Mon", "05-01", "10/1/Mon")),
    (r"Martin Luther King(?: Jr\.?)?(?:'s Birthday| Day)", ("1/3/Mon", "01-15")),
    (r"Presidents'? Day", ("2/3/Mon",)),
    (r"Columbus Day", ("10/2/Mon", "10-12")),
    (r"Mother's Day", ("5/2/Sun", "easter-21", "05-10", "03-21", "5/-1/Sun")),
    (r"Father's Day", ("6/3/Sun", "9/1/Sun", "03-19", "easter+39")),
    (r"Easter(?: Sunday)?", ("easter+0", "orthodox+0")),
    (r"Easter Monday", ("easter+1", "orthodox+1")),
    (r"Good Friday", ("easter-2", "orthodox-2")),
    (r"Palm Sunday", ("easter-7", "orthodox-7")),
    (r"Ash Wednesday", ("easter-46",)),
    (r"(?:Mardi Gras|Shrove Tuesday)", ("easter-47",)),
    (r"Ascension Day", ("easter+39", "orthodox+39")),
    (r"(?:Pentecost|Whit Sunday)", ("easter+49", "orthodox+49")),
)

# Names many countries use for their own day: checked only when no country or people is
# named before them ("Mexico's Independence Day", "Indian Independence Day" are skipped).
COUNTRY_SPECIFIC: frozenset[str] = frozenset({r"Independence Day"})

_NTH = re.compile(r"(?P<month>\d{1,2})/(?P<nth>-?\d)/(?P<weekday>[A-Z][a-z]{2})(?P<shift>[+-]\d+)?")
_EASTER = re.compile(r"(?P<kind>easter|orthodox)(?P<shift>[+-]\d+)")
_FIXED = re.compile(r"(?P<month>\d{2})-(?P<day>\d{2})(?P<kept>~?)")
_WEEKDAYS = {name[:3]: number for number, name in enumerate(WEEKDAY_NAMES, start=1)}


@dataclass(frozen=True, slots=True)
class Observance:
    pattern: str
    rules: tuple[str, ...]

    @property
    def country_specific(self) -> bool:
        return self.pattern in COUNTRY_SPECIFIC

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


def all_observances() -> tuple[Observance, ...]:
    return tuple(Observance(pattern, rules) for pattern, rules in OBSERVANCES)


def date_of(rule: str, year: int) -> _dt.date:
    """The date a rule gives in ``year`` (see the module docstring for the forms)."""
    if (fixed := _FIXED.fullmatch(rule)) is not None:
        return _dt.date(year, int(fixed["month"]), int(fixed["day"]))
    if (nth := _NTH.fullmatch(rule)) is not None:
        day = _nth_weekday(year, int(nth["month"]), int(nth["nth"]), _WEEKDAYS[nth["weekday"]])
        return day + _dt.timedelta(days=int(nth["shift"] or 0))
    if (easter := _EASTER.fullmatch(rule)) is not None:
        base = western_easter(year) if easter["kind"] == "easter" else orthodox_easter(year)
        return base + _dt.timedelta(days=int(easter["shift"]))
    raise ValueError(f"unknown observance rule {rule!r}")


def _nth_weekday(year: int, month: int, nth: int, weekday: int) -> _dt.date:
    if nth > 0:
        first = _dt.date(year, month, 1)
        offset = (weekday - first.isoweekday()) % 7
        return first + _dt.timedelta(days=offset + 7 * (nth - 1))
    following = _dt.date(year + month // 12, month % 12 + 1, 1)
    last = following - _dt.timedelta(days=1)
    offset = (last.isoweekday() - weekday) % 7
    return last - _dt.timedelta(days=offset + 7 * (-nth - 1))


def western_easter(year: int) -> _dt.date:
    return easter(year, EASTER_WESTERN)


def orthodox_easter(year: int) -> _dt.date:
    return easter(year, EASTER_ORTHODOX)

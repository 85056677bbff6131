"""Stories told before the common era: "In 44 BC ... two years later ... that autumn".

Python's dates begin at the year 1, so a story set before it is followed here in years
before the common era (written "BC0044", as TIMEX2 and HeidelTime write them): relative
years count down towards the era, and months, seasons and days take the story's year.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from timefact._calendar import SEASON_MONTH
from timefact._model import Direction, Partial
from timefact._regex_cache import compiled
from timefact._vocab import Observance

_BC_VALUE = compiled(r"BC(\d{4})(?:-(\d\d))?")


@dataclass(frozen=True, slots=True)
class EraStory:
    """Where a story before the common era is: a year (and maybe a month)."""

    year: int  # counted back from the era: 44 is 44 BC
    month: int | None = None

    @classmethod
    def of(cls, value: str) -> EraStory | None:
        found = _BC_VALUE.match(value)
        if found is None:
            return None
        return cls(int(found.group(1)), int(found.group(2)) if found.group(2) else None)

    def value(self) -> str:
        return _year_text(self.year) + (f"-{self.month:02d}" if self.month else "")

    def read(
        self, p: Partial, observances: Mapping[str, Observance]
    ) -> tuple[str, EraStory] | None:
        """The value of a relative or year-less date in this story, and where the story
        is then; ``None`` when the date is not one this can place."""
        if p.weekday is not None or p.hour is not None or p.part_of_day:
            return None  # a weekday or a clock time needs a calendar before the era
        if p.shift_unit == "Y" and p.shift and p.month is None and p.season is None:
            year = self.year - p.shift  # "two years later": closer to the era
            return _year_text(year), EraStory(year)
        if p.season is not None:
            year = self.year - (p.shift or 0)  # "that autumn", "the following summer"
            if p.shift == 1 and self.month is not None and SEASON_MONTH[p.season] > self.month:
                year = self.year  # "the following summer", said in March
            return f"{_year_text(year)}-{p.season}", EraStory(year)
        month, day = p.month, p.day
        if p.holiday is not None:
            fixed = observances[p.holiday].fixed
            if fixed is None:
                return None
            month, day = fixed
        if month is None:
            return None
        year = self.year - (p.shift or 0 if p.shift_unit == "Y" else 0)
        if p.direction is Direction.FUTURE and self.month is not None and month <= self.month:
            year -= 1  # "the following June", said in August
        text = f"{_year_text(year)}-{month:02d}" + (f"-{day:02d}" if day else "")
        return text, EraStory(year, month)


def _year_text(year: int) -> str:
    """A year counted back from the era as TIMEX writes it; past the era, a common year."""
    return f"BC{year:04d}" if year > 0 else f"{1 - year:04d}"

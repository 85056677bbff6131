"""The days of the `holidays` package shipped in ``data/library_days.json`` are the
package's own, and the lookups give the package's days with or without the table."""

from __future__ import annotations

import datetime as dt
from importlib import resources

import pytest

from timefact import _library_days as library


def test_shipped_library_days_are_current() -> None:
    if library._shipped_or_none() is None:
        pytest.skip("the table was written from another version of holidays than is installed")
    shipped = resources.files("timefact").joinpath("data", "library_days.json").read_text("utf-8")
    assert shipped == library.computed_days(), "run: python scripts/update_library_days.py"


@pytest.mark.parametrize("year", [1066, 1899, 1900, 1971, 1998, 2024, 2100, 2101, 2247])
def test_library_days_are_the_package_s(year: int) -> None:
    for country, name in library.named_in_library():
        expected = None
        for every_category in (False, True):  # the public holidays first, then all
            days = library.library_holidays(country, year, every_category)
            exact = next((day for day, written in days if written == name), None)
            expected = exact or next((day for day, written in days if name in written), None)
            if expected is not None:
                break
        assert library.library_day(country, name, year) == expected, (country, name)


def test_a_holiday_no_country_keeps_in_public_is_found_among_the_others() -> None:
    # Hanukkah is among the package's optional holidays of Israel, not its public ones
    public = library.library_holidays("IL", 2010)
    assert all(name != "Hanukkah" for _, name in public)
    assert library.library_day("IL", "Hanukkah", 2010) == dt.date(2010, 12, 2)


def test_a_holiday_of_the_very_name_comes_before_one_that_contains_it() -> None:
    # the package's Korea has "The day preceding Chuseok" before "Chuseok" itself
    assert library.library_day("KR", "Chuseok", 2014) == dt.date(2014, 9, 8)


@pytest.mark.parametrize("year", [1899, 1900, 1998, 2022, 2100, 2101])
def test_bank_holidays_are_the_package_s(year: int) -> None:
    bank_holidays = library.library_bank_holidays(year)
    day = dt.date(year, 1, 1)
    while day.year == year:
        assert library.is_library_bank_holiday(day) == (day in bank_holidays), day
        day += dt.timedelta(days=1)

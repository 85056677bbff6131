"""The days the `holidays` package gives, shipped as a table for the years most texts name.

Asking the package for one country's holidays imports the tables of every country it
knows, about 0.18 s: more than a whole short text takes. ``data/library_days.json``
holds, for the years ``FIRST_YEAR`` to ``LAST_YEAR``, the day of each observance that
names a holiday of the package (``library`` in ``data/observances.toml``) and the bank
holidays of England, as the package's version that wrote it gives them. The table
answers only while that version is installed, so the days are always the package's
own; other years, and another version, ask the package itself.
``python scripts/update_library_days.py`` rewrites the file, and a test checks it.
"""

from __future__ import annotations

import datetime as _dt
import functools
import json
import warnings
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from timefact._vocab import load_vocabulary

_FILE = "library_days.json"
FIRST_YEAR = 1900
LAST_YEAR = 2100
BANK_HOLIDAYS = ("GB", "ENG")  # the country and part of it whose bank holidays are kept


@functools.lru_cache(maxsize=512)
def library_holidays(
    country: str, year: int, every_category: bool = False
) -> tuple[tuple[_dt.date, str], ...]:
    """The package's holidays of ``country`` in ``year``, by date, days kept in lieu of
    a weekend holiday left out: its public holidays, or (``every_category``) all it
    knows ("Hanukkah" and "Purim" are among Israel's optional ones)."""
    import holidays

    with warnings.catch_warnings():  # years the table does not reach give no date, no noise
        warnings.simplefilter("ignore")
        table = holidays.country_holidays(country, years=year)
        if every_category:
            table = holidays.country_holidays(
                country, years=year, categories=table.supported_categories
            )
    return tuple(sorted((day, name) for day, name in table.items() if "observed" not in name))


@functools.lru_cache(maxsize=64)
def library_bank_holidays(year: int) -> frozenset[_dt.date]:
    """The package's bank holidays of England in ``year`` (days kept in lieu included)."""
    import holidays

    country, part = BANK_HOLIDAYS
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return frozenset(holidays.country_holidays(country, subdiv=part, years=year))


def library_day(country: str, name: str, year: int) -> _dt.date | None:
    """The day of ``year`` named ``name`` in the package's table of ``country``, or else
    the first whose name has ``name`` in it."""
    days = _shipped_or_none()
    named = None if days is None else days.named.get(_key(country, name))
    if named is not None and FIRST_YEAR <= year <= LAST_YEAR:
        return named[year - FIRST_YEAR]
    return _package_day(country, name, year)


def _package_day(country: str, name: str, year: int) -> _dt.date | None:
    """:func:`library_day` as the package itself gives it: the holiday of that very name
    when there is one ("Chuseok", not "The day preceding Chuseok"), among the public
    holidays first."""
    for every_category in (False, True):
        days = library_holidays(country, year, every_category)
        found = next((day for day, written in days if written == name), None) or next(
            (day for day, written in days if name in written), None
        )
        if found is not None:
            return found
    return None


def is_library_bank_holiday(day: _dt.date) -> bool:
    """Whether the package has ``day`` for a bank holiday of England."""
    days = _shipped_or_none()
    if days is not None and FIRST_YEAR <= day.year <= LAST_YEAR:
        return day in days.bank_holidays
    return day in library_bank_holidays(day.year)


@dataclass(frozen=True, slots=True)
class _ShippedDays:
    named: dict[str, tuple[_dt.date | None, ...]]  # by "country name", year by year
    bank_holidays: frozenset[_dt.date]


def _key(country: str, name: str) -> str:
    return f"{country} {name}"


def _installed_version() -> str | None:
    from importlib import metadata  # not at import time: it takes longer than the table

    try:
        return metadata.version("holidays")
    except metadata.PackageNotFoundError:
        return None


@functools.cache
def _shipped_or_none() -> _ShippedDays | None:
    """The shipped days, when the installed package is the version that wrote them."""
    try:
        data = json.loads(resources.files("timefact").joinpath("data", _FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if data.get("holidays") != _installed_version():
        return None
    return _ShippedDays(
        named={
            key: tuple(None if day is None else _dt.date.fromisoformat(day) for day in days)
            for key, days in data["named"].items()
        },
        bank_holidays=frozenset(_dt.date.fromisoformat(day) for day in data["bank_holidays"]),
    )


def named_in_library() -> list[tuple[str, str]]:
    """(country, name) of every observance whose day the package gives."""
    wanted = {
        (item.country, item.library)
        for item in load_vocabulary().observances
        if item.library is not None
    }
    return sorted(wanted)


def computed_days() -> str:
    """The table as the installed package gives it, in JSON: one line for each name."""
    years = range(FIRST_YEAR, LAST_YEAR + 1)
    named = [
        f"{json.dumps(_key(country, name))}: "
        + json.dumps(
            [
                None if (day := _package_day(country, name, y)) is None else day.isoformat()
                for y in years
            ]
        )
        for country, name in named_in_library()
    ]
    bank = sorted(
        day.isoformat()
        for year in years
        for day in library_bank_holidays(year)
        if day.year == year  # a day is looked up among those of its own year
    )
    return (
        f'{{\n"holidays": {json.dumps(_installed_version())},\n"named": {{\n'
        + ",\n".join(named)
        + f'\n}},\n"bank_holidays": {json.dumps(bank)}\n}}\n'
    )


def write_library_days() -> Path:
    """Ask the installed package for the table's days and write them into the package."""
    target = Path(__file__).parent / "data" / _FILE
    target.write_text(computed_days(), encoding="utf-8")
    return target

"""Dates of holidays and observances: the `holidays` package where it knows them, the
table in ``data/observances.toml`` for the rest."""

from __future__ import annotations

import datetime as _dt
import functools

from timefact._calendar import easter, nth_weekday, safe_date
from timefact._vocab import Observance


@functools.lru_cache(maxsize=512)
def _us_holidays(year: int) -> tuple[tuple[_dt.date, str], ...]:
    import holidays

    table = holidays.country_holidays("US", years=year)
    return tuple(sorted((day, name) for day, name in table.items() if "observed" not in name))


def observance_date(item: Observance, year: int) -> _dt.date | None:
    """The date of ``item`` in ``year``, or ``None`` if it was not kept that year."""
    if not 1 <= year <= 9999:
        return None
    base: _dt.date | None = None
    if item.library is not None:
        base = next((d for d, name in _us_holidays(year) if item.library in name), None)
    elif item.fixed is not None:
        base = safe_date(year, *item.fixed)
    elif item.nth_weekday is not None:
        base = nth_weekday(year, *item.nth_weekday)
    elif item.easter is not None:
        base = easter(year) + _dt.timedelta(days=item.easter)
    if base is None:
        return None
    return base + _dt.timedelta(days=item.offset)

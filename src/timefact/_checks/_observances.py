"""The holidays and observances a claim may name, read from the engine's own table.

``data/observances.toml`` is the one table: the engine reads the canonical date of each
name, the checks also the other dates the English-language press gives it (Thanksgiving:
the fourth Thursday of November or the second Monday of October; Easter: Western or
Orthodox). A claimed date is wrong only when it matches none of them.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from dataclasses import dataclass

from timefact._observances import describe, press_dates
from timefact._vocab import Observance as Entry
from timefact._vocab import load_vocabulary

# Words a name keeps in lower case inside running text ("Fourth of July", "Cinco de Mayo").
_LOWER_WORDS = frozenset({"of", "the", "de", "and"})


@dataclass(frozen=True, slots=True)
class Observance:
    names: tuple[str, ...]  # the names as written, regular expressions
    entry: Entry

    @property
    def rules(self) -> tuple[str, ...]:
        return describe(self.entry)

    @property
    def country_specific(self) -> bool:
        return self.entry.country_specific

    def dates_in(self, year: int) -> tuple[_dt.date, ...]:
        """Every day of ``year`` the name is given."""
        return press_dates(self.entry, year)


@functools.cache
def all_observances() -> tuple[Observance, ...]:
    """Every entry the checks read, with its names as running text writes them."""
    table = []
    for entry in load_vocabulary().observances:
        forms = [
            f
            for f in (*entry.forms, *entry.untagged_forms)
            if not re.search(r"\d", f) and not f.startswith("the ")
        ]
        if not entry.claimed or not forms:
            continue
        press_dates(entry, 2000)  # a rule that does not parse fails here, at load time
        table.append(Observance(tuple(sorted({_written(f) for f in forms})), entry))
    return tuple(table)


def _written(form: str) -> str:
    """A lower-case form as a case-sensitive pattern: "new year's" -> "New Year['’]s"."""
    words = []
    for word in form.split():
        written = word if word in _LOWER_WORDS else word[:1].upper() + word[1:]
        words.append(re.sub("['’]", "['’]", re.escape(written)))
    return r"[ \t]+".join(words)

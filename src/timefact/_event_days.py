"""Days told again by the event they are of.

"A 19-year-old man was arrested Saturday night ... Hollis was arrested without a struggle
about 10:45 p.m.": news tells an event with its day in one sentence and its hour in a
later one, by the same verb. A clock time alone, in a clause whose past verb told of a day
before, is on that day, wherever the story has gone since.
"""

from __future__ import annotations

import datetime as _dt

from timefact._anchor_readers import SENTENCE_END
from timefact._regex_cache import compiled

__all__ = ["EventDays"]

# A verb in the past with "-ed": "arrested", "raised", "recovered".
_PAST_VERB = compiled(r"\b[a-z]{3,}ed\b")
# Verbs that report, plan or name, and so tell of no event of their own day.
_NOT_EVENTS = frozenset(
    {
        "added",
        "announced",
        "asked",
        "based",
        "called",
        "concerned",
        "confirmed",
        "expected",
        "informed",
        "named",
        "needed",
        "noted",
        "planned",
        "related",
        "reported",
        "scheduled",
        "seemed",
        "stated",
        "used",
        "wanted",
    }
)
_CLAUSE_REACH = 60  # characters before a time that its clause's verb is looked for in


class EventDays:
    """The days past verbs were told with, read as the text goes on."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._days: dict[str, tuple[_dt.date, str]] = {}

    def told(self, start: int, day: _dt.date, tid: str) -> None:
        """Note the verb a day is told with: the nearest before it in its sentence."""
        verb = self._verb_before(start)
        if verb is not None:
            self._days[verb] = (day, tid)

    def day_of(self, start: int) -> tuple[_dt.date, str] | None:
        """The day the nearest verb before a clock time was told with, if any."""
        verb = self._verb_before(start)
        return None if verb is None else self._days.get(verb)

    def _verb_before(self, start: int) -> str | None:
        left = max(0, start - _CLAUSE_REACH)
        ends = [m.end() for m in SENTENCE_END.finditer(self.text, left, start)]
        left = ends[-1] if ends else left
        found = _PAST_VERB.findall(self.text, left, start)
        return found[-1] if found and found[-1] not in _NOT_EVENTS else None

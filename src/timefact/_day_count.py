"""Days a story counts: "On the fourth day", "the first night", "April 2, the ninth day".

A story that counts its days counts them from the day it starts: the day the story is at
when it first counts one ("sailed from Lerwick on 2 June 1898 ... On the eleventh day"
is 12 June), or the day a counted day is said to be ("at 3:20 p.m. on April 2, the ninth
day"; "today is the eighth day of Desert Shield"). Later counts go on from that start
while the story stays near it.
"""

from __future__ import annotations

import datetime as _dt

from timefact import _anchor_readers as readers
from timefact._mention import Mention
from timefact._model import Anchor, AnchorKind
from timefact._regex_cache import compiled
from timefact._story import Result

# "at 3:20 p.m. on April 2, the ninth day": the day just named, then a comma or a dash
_APPOSED_GAP = compiled(r"[ \t]*(?:,|[–—-])[ \t]*(?:which[ \t]+was[ \t]+)?")
# "today is the eighth day", "It's the second day of an offensive": the day it is
_IS_BEFORE = compiled(r"\b(?i:is|was|it['’]s|marks|marked|being)[ \t]+$")
_IS_REACH = 12  # characters before the count in which "is" may stand
_SENTENCE_REACH = 60  # characters from the day named to the "is" that counts it
_STAYS_NEAR_DAYS = 120  # days after its start a story's count still goes on from it


class DayCount:
    """The day a story started counting from, as it is learned."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._start: tuple[_dt.date, str | None] | None = None

    def story_moved(self, day: _dt.date) -> None:
        """The story went to ``day``: far from the start, a new count will start."""
        if self._start is not None and not 0 <= (day - self._start[0]).days <= _STAYS_NEAR_DAYS:
            self._start = None

    def place(
        self,
        mention: Mention,
        last_day: tuple[int, _dt.date, str] | None,
        story: tuple[_dt.date, str | None] | None,
    ) -> Result:
        """The day ``mention`` counts, given the last day a timex named (where it ended,
        the day, its id) and the day the story is at (with its timex), if any."""
        p = mention.partial
        after_start = _dt.timedelta(days=p.shift or 0)
        said: tuple[_dt.date, str | None] | None = None
        text = self._text
        if last_day is not None and _APPOSED_GAP.fullmatch(text, last_day[0], mention.start):
            said = (last_day[1], last_day[2])  # "on April 2, the ninth day"
        elif _IS_BEFORE.search(text, max(0, mention.start - _IS_REACH), mention.start):
            near = last_day is not None and 0 <= mention.start - last_day[0] <= _SENTENCE_REACH
            said = (last_day[1], last_day[2]) if near and last_day is not None else story
        if said is not None:
            self._start = (said[0] - after_start, said[1])
        elif self._start is None and story is not None:
            self._start = story
        if self._start is None:
            return readers.time_of("XXXX-XX-XX", p), Anchor(AnchorKind.NARRATIVE), False, None
        start, tid = self._start
        day = start + after_start
        anchor = Anchor(AnchorKind.NARRATIVE, start.isoformat(), tid)
        # a day counted from a start the story only supposes does not move it
        placed = (day, "D") if said is not None else None
        return readers.time_of(day.isoformat(), p), anchor, True, placed

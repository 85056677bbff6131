"""Weekdays and days of a story told long ago, read against the days its narration named.

"Kansas. May 1910. ... the night of the eighteenth ... told her on Tuesday": a weekday in
a story at a month is the one nearest the day last named; "by Tuesday, maybe Monday ...
came on Monday after all": the Monday foreseen; "March 1898. ... had come over the pass on
Thursday, 3 March": a day inside the month a title frames is where the story goes.
"""

from __future__ import annotations

import datetime as _dt

from timefact import _anchor_readers as readers
from timefact._mention import Mention
from timefact._model import Anchor, AnchorKind, Direction, TimexType
from timefact._nearest import weekday_near
from timefact._regex_cache import compiled
from timefact._story import STORY_AWAY_YEAR_DAYS, Result, StoryReading
from timefact._tense import Tense, is_past_perfect

WEEKDAY_NAMED_REACH = 1200  # characters "that Wednesday" looks back for a Wednesday
_WEEK_DAYS = 7
_PLANNED_AGAIN_REACH = 300  # characters a weekday said again looks back for its day to come
_PLANNED_AGAIN_DAYS = 14  # ... and how far ahead of the telling that day may be
_PLAN_REACH_DAYS = 31  # days ahead of the telling a plan's day may be, to order its weekdays
# From a date to a weekday planned after it: "... on Friday the 31st and brought back up on"
# Between a day gone by and a weekday its reported speech looked ahead to: "on January 3
# saying the crew had flu and he'd call me Monday"
_WOULD_AFTER_DAY = compiled(
    r"[^.!?\n]*\b(?:said|saying|says|told|telling|promised|promising|texted|wrote|writing)"
    r"\b[^.!?\n]*(?:\bwould|['’]d)\b[^.!?\n]*"
)
_FORESEEN_THEN_REACH = 160  # characters from the day gone by to the weekday
_PLAN_GAP = compiled(r"[^.!?\n]{0,80}?\b(?:and|then|followed[ \t]+by)\b[^.!?\n]{0,60}")


class StoryDays(StoryReading):
    """The readings of weekdays and days against the days a story's narration named."""

    entry_day: tuple[_dt.date, str] | None
    last_day_told: tuple[int, _dt.date, str] | None
    weekdays_told: list[tuple[int, _dt.date, str]]
    days_named: list[tuple[int, _dt.date, str]]

    def _weekday_by_day_of_story_month(self, mention: Mention) -> Result | None:
        """ "Kansas. May 1910. ... its tail on the night of the eighteenth ... told her on
        Tuesday at supper": in a story set at a month long ago and at no day of it yet, a
        weekday is the one nearest the day of that month the text last named, on or
        before it in the past, after it in the future."""
        p, story, last = mention.partial, self.narrative, self.last_day_told
        if (
            not readers.bare_weekday(p)
            or p.direction not in (Direction.TENSE, Direction.NONE)
            or story is None
            or story.grain != "M"
            or last is None
            or (last[1].year, last[1].month) != (story.day.year, story.day.month)
            or self._far_story_day(mention, STORY_AWAY_YEAR_DAYS, grains=("M",)) is None
            or self.quotes.inside(mention.start)
        ):
            return None
        assert p.weekday is not None
        weekday = self._weekday_of(last[1])
        if self._tense(mention) is Tense.FUTURE:
            day = last[1] + _dt.timedelta(days=(p.weekday - weekday) % 7 or 7)
        else:
            day = last[1] - _dt.timedelta(days=(weekday - p.weekday) % 7)
        anchor = Anchor(AnchorKind.NARRATIVE, last[1].isoformat(), last[2])
        return readers.time_of(day.isoformat(), p), anchor, True, (day, "D")

    def _weekday_foreseen(self, mention: Mention) -> Result | None:
        """ "he could get one up from Reno by Tuesday, maybe Monday ... The fan belt came
        on Monday after all": in a diary entry or a story long ago, a weekday told in the
        past is the day of that name foreseen a little before, when it lay ahead."""
        p = mention.partial
        entry = self.entry_day[0] if self.entry_day is not None else None
        story = self._far_story_day(mention, STORY_AWAY_YEAR_DAYS)
        now = entry or (story.day if story is not None else None)
        if (
            now is None
            or not readers.bare_weekday(p)
            or p.direction is not Direction.TENSE
            or self._tense(mention) is not Tense.PAST
            or is_past_perfect(self.text, mention.start)
            or self.quotes.inside(mention.start)
        ):
            return None
        assert p.weekday is not None
        named = self._last_named(self.weekdays_told, p.weekday, mention.start)
        if named is None or not 0 < (named[1] - now).days < _WEEK_DAYS:
            return None
        _, day, tid = named
        anchor = Anchor(AnchorKind.NARRATIVE, day.isoformat(), tid)
        return readers.time_of(day.isoformat(), p), anchor, True, (day, "D")

    def _weekday_counted_from(
        self, mention: Mention, last: tuple[int, _dt.date, str | None], *, strictly_after: bool
    ) -> Result:
        """The first day of the mention's weekday on (or ``strictly_after``) the day
        ``last`` named."""
        p = mention.partial
        assert p.weekday is not None
        ahead = (p.weekday - self._weekday_of(last[1])) % 7 or (7 if strictly_after else 0)
        day = last[1] + _dt.timedelta(days=ahead)
        anchor = Anchor(AnchorKind.NARRATIVE, last[1].isoformat(), last[2])
        return readers.time_of(day.isoformat(), p), anchor, True, (day, "D")

    def _weekday_foreseen_then(self, mention: Mention) -> Result | None:
        """ "a text on January 3 saying the crew had flu and he'd call me Monday", told five
        weeks on: a weekday that a "would" of reported speech looks ahead to, in the
        sentence of a day gone by, is the first one after that day."""
        p, last = mention.partial, self.last_day_told
        if (
            self.dct is None
            or last is None
            or not readers.bare_weekday(p)
            or p.direction is not Direction.TENSE
            or not 0 < mention.start - last[0] <= _FORESEEN_THEN_REACH
            or _WOULD_AFTER_DAY.fullmatch(self.text, last[0], mention.start) is None
            or not last[1] < self.dct
            or self.quotes.inside(mention.start)
        ):
            return None
        result = self._weekday_counted_from(mention, last, strictly_after=True)
        placed = result[3]
        return result if placed is not None and placed[0] < self.dct else None

    def _weekday_planned_just_before(self, mention: Mention) -> Result | None:
        """ "filming from Monday the 13th through Wednesday the 15th. No parking from 6am
        Monday until 10pm Wednesday": a weekday said again, not in the past, soon after a
        day of that name in the next two weeks was named, is that day."""
        p = mention.partial
        if (
            self.dct is None
            or not readers.bare_weekday(p)
            or p.direction is not Direction.TENSE
            or self.quotes.inside(mention.start)
        ):
            return None
        assert p.weekday is not None
        named = self._last_named(self.days_named, p.weekday, mention.start, _PLANNED_AGAIN_REACH)
        if (
            named is None
            or not 0 < (named[1] - self.dct).days <= _PLANNED_AGAIN_DAYS
            or "\n\n" in self.text[named[0] : mention.start]
            or self._tense(mention) is Tense.PAST
        ):
            return None
        _, day, tid = named
        anchor = Anchor(AnchorKind.NARRATIVE, day.isoformat(), tid)
        return readers.time_of(day.isoformat(), p), anchor, True, (day, "D")

    def _weekday_after_day_planned(self, mention: Mention) -> Result | None:
        """ "will be shut down at 5pm on Friday the 31st and brought back up on Saturday
        morning", "from 00:01 on Tuesday 13 December, followed by a further 24-hour strike
        on Friday": a weekday looked ahead to after "and" ("then", "followed by") in the
        sentence of a date still to come, whose nearest coming day of that name would fall
        before that date, is the first one after it (a plan lists its days in order)."""
        p, last, previous = mention.partial, self._previous_dated, self._previous
        if (
            self.dct is None
            or last is None
            or previous is None
            # nothing but a duration or a time of that day between ("48 hours from 00:01 on
            # Tuesday 13 December, followed by a further 24-hour strike on Friday", "we go
            # live sat 20th at noon EST and run straight through to monday morning")
            or (
                previous is not last
                and previous.type is not TimexType.DURATION
                and not (previous.partial is not None and readers.clock_only(previous.partial))
            )
            or not readers.bare_weekday(p)
            or p.direction is not Direction.TENSE
            or _PLAN_GAP.fullmatch(self.text, last.end, mention.start) is None
        ):
            return None
        on_day = readers.FULL_DAY.match(last.value)
        if on_day is None:
            return None
        day = _dt.date.fromisoformat(on_day.group())
        if not 0 < (day - self.dct).days <= _PLAN_REACH_DAYS or self.quotes.inside(mention.start):
            return None
        tense = self._tense(mention)
        if tense is not Tense.FUTURE and not (
            # a schedule's present, in one clause: "we go live sat 20th at noon EST and
            # run straight through to monday morning" (not "..., and forecasters are
            # calling for snow Saturday")
            tense in (Tense.PRESENT, Tense.INTENDED)
            and "," not in self.text[last.end : mention.start]
        ):
            return None
        assert p.weekday is not None
        nearest = weekday_near(self.dct, p.weekday, Direction.FUTURE, Tense.FUTURE)
        if self._weekday_of(self.dct) == p.weekday:
            nearest = self.dct  # "on Friday", said on a Friday, may be that very day
        if nearest >= day:
            return None
        return self._weekday_counted_from(mention, (last.end, day, last.tid), strictly_after=True)

    def _last_named(
        self,
        days: list[tuple[int, _dt.date, str]],
        weekday: int,
        position: int,
        reach: int = WEEKDAY_NAMED_REACH,
    ) -> tuple[int, _dt.date, str] | None:
        """The last of ``days`` (where each ended, the day, its timex) that is a
        ``weekday``, if it ended no more than ``reach`` characters before ``position``."""
        for named in reversed(days):
            if position - named[0] > reach:
                return None
            if self._weekday_of(named[1]) == weekday:
                return named
        return None

    def _dates_the_frame(self, day: _dt.date, grain: str) -> bool:
        """ "CHAPTER NINE. Dawson City, March 1898. ... had come over the pass on
        Thursday, 3 March": a day inside the month or year a title or framing sentence set
        is where the story goes, though told in the past perfect."""
        current = self.narrative
        if current is None or not (current.from_text and current.framing) or grain != "D":
            return False
        if current.grain == "M":
            return (day.year, day.month) == (current.day.year, current.day.month)
        return current.grain == "Y" and day.year == current.day.year

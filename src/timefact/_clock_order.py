"""Clock times told in order: a story's times of day go forward.

"took the call at 11:50 and was at the house by 12:20", told of a night, is 23:50 and
then 00:20 the next day; "left at 6:40 p.m. ... a sensor flagged a defect at 2:12 a.m."
is past midnight. A clock time said without a.m. or p.m. takes the reading that keeps
the story's times in order; one written with them moves to the next day only when it
comes after an evening time of the same day. A clock time said alone is on the day named
a few words after it ("the 14:23 Eurostar on Thursday 10 July 1997").
"""

from __future__ import annotations

import datetime as _dt
import itertools
from dataclasses import dataclass, replace

from timefact import _anchor_readers as readers
from timefact._mention import Mention, Reference
from timefact._model import Timex, TimexType
from timefact._productions._common import DIGITAL, TWENTY_FOUR_HOUR
from timefact._regex_cache import compiled
from timefact._story import Placed

# A clock time with nothing to say a.m. or p.m.: "11:50", "about 9", "half past eleven",
# "ten o'clock"; not "06:30" (a 24-hour clock), "3 p.m." or "10 tonight".
_LOOSE = compiled(
    r"(?i)^(?:(?:about|around|at|by|like|nearly|almost|roughly)\s+)*"
    r"(?:(?:1[0-2]|[1-9])(?:[:.][0-5]\d)?(?:\s*-?ish)?"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|(?:half|(?:a\s+)?quarter|five|ten|twenty|twenty-five|\d{1,2}\s+minutes)"
    r"\s+(?:past|to|after)\s+(?!midnight|noon)[\w-]+"
    r"|half\s+[\w-]+|[\w-]+\s+o['’]clock)(?:\s+today)?$"
)
# Where a part of the day puts the story's clock, in minutes after midnight.
_PART_MINUTES = {"EV": 18 * 60, "NI": 21 * 60}
_EVENING = 18 * 60
_EVENING_FROM = 17 * 60  # the earliest a time said in an evening's story is read p.m.
_HALF_DAY = 12 * 60
_SMALL_HOURS_END = 6 * 60
_LATE_EVENING = 21 * 60  # from when a time of day is in the night that follows
_MIDNIGHT = 24 * 60  # midnight as the end of its day
_REACH = 600  # characters from one time of the story to the next
_SOON = 3 * 60  # minutes: a time of day said plainly this soon after the last is its hour
_RECENT = 60  # minutes: ... and one this little before it, in the morning, too
_SAME_DAY = _dt.timedelta(0)
_NEXT_DAY = _dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class _Clock:
    end: int
    day: _dt.date
    minutes: int
    of_part: bool = False  # set by a part of the day ("that night"), not a clock time
    # a named night's, or a time told after one: the times told next go on from it,
    # though the story is at another day ("said he had left on the night of 9 July ...
    # at about a quarter past eleven ... logged the first call at 11.48 p.m.")
    night: bool = False
    alone: bool = False  # a clock time said with no day of its own ("at 1am")
    foreseen: bool = False  # said ahead in speech ("'He'll be in by a quarter past seven'")
    last_night: bool = False  # set by "last night", the night before the telling


class ClockOrder:
    """The story's last time of day, and the place of each new one after it."""

    def __init__(self) -> None:
        self._last: _Clock | None = None
        # a clock time told before its day is known: where it ends, its minutes, and
        # whether it was said without a.m. or p.m.
        self._undated: tuple[int, int, bool] | None = None
        # the text has written a time on a 24-hour clock ("04:30", "13:40"): its other
        # times in figures count their hours so ("by 11:00")
        self._twenty_four_hour = False

    def place(
        self,
        mention: Mention,
        value: str,
        placed: Placed,
        told_before: bool,
        told_past: bool,
        *,
        closes_range: bool = False,
        told_now: bool = False,
        since: bool = False,
        foreseen: bool = False,
    ) -> tuple[str, Placed]:
        """The value and day of a mention placed on a day, in the story's order of times.

        ``told_before``: the mention's clause looks back (past perfect): out of the order,
        it neither moves nor is moved. ``told_past``: its clause is in the past tense; only
        there does a time said without a.m. or p.m. move to the evening or past midnight
        to follow the last one (plans list them as they come: "concert at 8:30pm, doors at
        7ish, meet me by 6:45"), or where it closes a range ("from 11am-ish till 7").
        ``told_now``: its clause is in the present or looks ahead: it does not go on from a
        night the story is not at. ``foreseen``: it is said ahead in speech; a time told
        just before it is on its evening ("'by a quarter past seven' ... At ten past
        seven"). ``since``: a time something has gone on from; one later
        in the day than the last time told is the day before's ("4:18am: contractions since
        about 11pm")."""
        p = mention.partial
        day = placed[0]
        last_time = self._last
        if p.hour is not None and TWENTY_FOUR_HOUR.search(mention.text):
            self._twenty_four_hour = True
        if (
            since
            and p.hour is not None
            and last_time is not None
            and not last_time.of_part
            and last_time.day == day
            and p.hour * 60 + (p.minute or 0) > last_time.minutes
            and mention.start - last_time.end <= _REACH
        ):
            day -= _NEXT_DAY
            return readers.time_of(day.isoformat(), p), (day, "D")
        if told_before:
            if p.hour is None and p.day is not None and p.part_of_day in ("EV", "NI"):
                # "said he had left on the night of 9 July": the times told next may be
                # that night's, though the story is elsewhere
                minutes = _PART_MINUTES[p.part_of_day]
                self._last = _Clock(mention.end, day, minutes, of_part=True, night=True)
            return value, placed  # "had stopped at 10:47": out of the story's order
        if p.hour is None:
            part = _PART_MINUTES.get(p.part_of_day or "")
            last_night = p.part_of_day == "NI" and p.shift == -1
            if part is not None and (mention.reference is not Reference.DCT or last_night):
                # "the night of 17 November", "handover from last night ... at 2.14am"
                # a night named with its date ("the night of 17 November") leads the
                # times told after it even where the story is not at it
                dated = p.day is not None and p.part_of_day in ("EV", "NI")
                self._last = _Clock(
                    mention.end,
                    day,
                    part,
                    of_part=True,
                    night=dated,
                    last_night=last_night and mention.reference is Reference.DCT,
                )
            elif p.part_of_day and self._last is not None and self._last.of_part:
                self._last = None  # "that night ... the Sunday morning ... at 7.30"
            # A day alone leaves the clock where it was ("It is 4:12 a.m. ... since Monday
            # ... At 4:19") unless the story goes to it (``story_moved``).
            return value, placed
        last, self._last = self._last, None
        self._undated = None
        minutes = p.hour * 60 + (p.minute or 0)
        night = False
        alone = p.shift in (None, 0) and p.day is None and p.weekday is None and not p.month
        # "in last night's storm ... rain between 10pm and 4am": that night's times
        after_last_night = (
            last is not None
            and last.last_night
            and told_past
            and (minutes >= _EVENING or minutes < _SMALL_HOURS_END)
        )
        if (
            alone
            and last is not None
            and (mention.reference is Reference.NARRATIVE or closes_range or after_last_night)
            and (
                last.day == day
                or (last.day - day == _NEXT_DAY and _at_night(last))
                or (last.night and not told_now)
                or after_last_night
            )
            and mention.start - last.end <= _REACH
        ):
            night = last.night and last.day != day
            loose = _LOOSE.match(mention.text) is not None and not (
                self._twenty_four_hour and DIGITAL.search(mention.text)
            )
            day, minutes, goes_on = _after(
                last, minutes, loose, told_past or (closes_range and mention.start - last.end < 12)
            )
            if goes_on:
                placed = (day, "D")
            hour, minute = divmod(minutes, 60)
            if (hour, minute) != (p.hour, p.minute or 0) or day != placed[0] or goes_on:
                value = readers.time_of(day.isoformat(), replace(p, hour=hour, minute=minute))
        self._last = _Clock(
            mention.end,
            day,
            minutes,
            night=night,
            alone=alone and p.holiday is None,
            foreseen=foreseen,
        )
        # Otherwise the story's day stays the one the night began on: "the night of the
        # 17th ... by 12:20 ... by 1 a.m. ... on Friday morning" is the 18th.
        return value, placed

    def morning_after_night(self, position: int, reach: int) -> _dt.date | None:
        """The day whose morning follows the night the last time told is in, if that time
        was told no more than ``reach`` characters before ``position`` ("at about half past
        ten ... None of us believed it until morning"; "At twenty past three the wind
        woke me ... in the morning")."""
        last = self._last
        if last is None or not 0 <= position - last.end <= reach:
            return None
        if last.minutes >= _EVENING:
            return last.day + _NEXT_DAY
        return last.day if last.minutes < _SMALL_HOURS_END else None

    def night_of_last(self, position: int, reach: int) -> _dt.date | None:
        """The day whose night the last time told is in, if it was late in the evening or
        in the small hours and told no more than ``reach`` characters before ``position``
        ("split around 11 p.m. Tuesday ... Crews worked through the night")."""
        last = self._last
        if last is None or last.of_part or not 0 <= position - last.end <= reach:
            return None
        if last.minutes >= _LATE_EVENING:
            return last.day
        return last.day - _NEXT_DAY if last.minutes < _SMALL_HOURS_END else None

    def forget(self) -> None:
        """A time that leads no time told after it (a post's stamp: what the post tells
        happened before it was written, at any hour)."""
        self._last = None

    def small_hours_day(self, position: int, reach: int) -> _dt.date | None:
        """The day of the last time told, if it is in the small hours, was said with no
        day of its own ("the night of 14 March ... shortly after 1am"; not "at 3:47 a.m.
        on Easter Sunday") and was told no more than ``reach`` characters before
        ``position``."""
        last = self._last
        if last is None or not last.alone or not 0 <= position - last.end <= reach:
            return None
        return last.day if last.minutes < _SMALL_HOURS_END else None

    def undated(self, mention: Mention, value: str) -> None:
        """A clock time told before the day it is on is known ("At twenty to four on the
        morning of ..."): the day named next may date it."""
        minutes = readers.minutes_of(value)
        if minutes is not None:
            loose = _LOOSE.match(mention.text) is not None
            self._undated = (mention.end, minutes, loose)

    def dated_after(self, text: str, start: int, day: _dt.date, part: str | None) -> None:
        """A day named at ``start`` just after the last time told is that time's day ("At
        2:15 a.m. on 03/14/2017, I was dispatched ... I arrived at 2:21 a.m."); of the
        evening where the day is named with its evening or night (``part``)."""
        undated, self._undated = self._undated, None
        if undated is not None and _ON_THE_DAY_AFTER.fullmatch(text, undated[0], start):
            end, minutes, loose = undated
            if loose and part in _PART_MINUTES:
                minutes = in_the_evening(minutes)
            self._last = _Clock(end, day, minutes, alone=True)
            return
        last = self._last
        if last is not None and _ON_THE_DAY_AFTER.fullmatch(text, last.end, start):
            self._last = replace(last, day=day)

    def story_moved(self, day: _dt.date) -> None:
        """The story has gone to ``day``: a clock time of another day no longer leads, but
        one past midnight of the night that began on it still does."""
        last = self._last
        if last is not None and not (
            last.day == day or (last.day - day == _NEXT_DAY and _at_night(last))
        ):
            self._last = None


def in_the_evening(minutes: int) -> int:
    """A time of day said without a.m. or p.m. ("half past nine"), read in the evening or
    night: from six in the evening to just before midnight."""
    return minutes + _HALF_DAY if _SMALL_HOURS_END <= minutes < _HALF_DAY else minutes


def _evening_starts(last: _Clock) -> int:
    """When the evening begins for a time told after ``last``: at five in an evening's
    story ("that evening ... By five o'clock the line was round the block"), at six
    otherwise."""
    if last.of_part and last.minutes < _PART_MINUTES["NI"]:
        return _EVENING_FROM
    return _EVENING


def _at_night(last: _Clock) -> bool:
    """Whether the story's last time is in a night that may go on past midnight; a time of
    the next day's daytime ("tmrw at 11") leaves the times told after it on their own day."""
    return last.minutes >= _EVENING or last.minutes < _SMALL_HOURS_END


def _after(last: _Clock, minutes: int, loose: bool, told_past: bool) -> tuple[_dt.date, int, bool]:
    """The day and time of day of a clock time told after ``last``, and whether the story
    itself has gone on into the next day."""
    morning = minutes - _HALF_DAY
    if minutes == _MIDNIGHT and last.minutes < _SMALL_HOURS_END:
        # "from 11pm on New Year's Eve until at least 3am, so if the lights go out at
        # midnight": the midnight that night's small hours follow
        return last.day - _NEXT_DAY, minutes, False
    if (
        loose
        and last.of_part
        and last.minutes >= _EVENING
        and _evening_starts(last) - _HALF_DAY <= minutes < _HALF_DAY
    ):
        # "the night of Saturday 9 November ... got there about half eight": the evening
        return last.day, minutes + _HALF_DAY, False
    if loose and last.minutes <= morning < minutes and morning - last.minutes <= _SOON:
        return last.day, morning, False  # "It is 4:12 a.m. ... At 4:19": still the morning
    if (
        loose
        and morning >= 0
        and last.minutes < _HALF_DAY
        and 0 <= last.minutes - morning <= _RECENT
    ):
        return last.day, morning, False  # "At 4:19 ... she heard him at 4:02": just before
    evening = minutes + _HALF_DAY
    if last.foreseen and loose and minutes < _HALF_DAY and 0 <= last.minutes - evening <= _RECENT:
        # "'He'll be in by a quarter past seven' ... At ten past seven she saw": just before
        # the time foreseen
        return last.day, evening, False
    if loose and minutes < _HALF_DAY <= last.minutes and 0 < evening - last.minutes <= _SOON:
        # "It's twenty past four; back at twenty to five ... rain due around six o'clock":
        # in the afternoon, the hour said next is that evening's
        return last.day, evening, False
    if loose and told_past and minutes < last.minutes:
        if minutes < _HALF_DAY and last.minutes <= minutes + _HALF_DAY:
            return last.day, minutes + _HALF_DAY, False  # "at 9:12 ... until 9:40", at night
        read_in_evening = minutes >= _evening_starts(last)  # "supper ... about half eight"
        if last.minutes >= _EVENING and not read_in_evening:
            return last.day + _NEXT_DAY, minutes % _HALF_DAY, False  # "by 12:20" after 11:50
    if minutes < _SMALL_HOURS_END and _EVENING <= last.minutes < 24 * 60:
        return last.day + _NEXT_DAY, minutes, True  # "2:12 a.m." after "6:40 p.m."
    return last.day, minutes, False


# Between a clock time and the day a few words later that it is on: "the 14:23 Eurostar
# on Thursday 10 July 1997", "a noon kickoff against Tulsa on Sept. 18".
_ON_THE_DAY_AFTER = compiled(r"[ \t]+(?:[\w'’-]+[ \t]+){0,3}on[ \t]+")
# ... or the day a word says a few words after it: "the 14:55 flight today"
# (not "5:30-ish or anytime tmrw": another time offered)
_WORDS_BEFORE_DAY = compiled(
    r"[ \t]+(?:(?!(?:or|and|but|then|till|until|anytime)\b)[\w'’-]+[ \t]+){0,2}"
)
# "between 11am and 3pm on Friday": the range's start is on the day its end names
_RANGE_TO = compiled(r"[ \t]*(?:and|to|until|till|-|–)[ \t]*")


def clocks_on_the_day_after(text: str, timexes: list[Timex]) -> list[Timex]:
    """Put a clock time said alone on the day named a few words after it."""
    for i, (clock, day) in enumerate(itertools.pairwise(timexes)):
        p = clock.partial
        if (
            clock.type is TimexType.TIME
            and p is not None
            and p.hour is not None
            and p.day is None
            and p.month is None
            and p.weekday is None
            and not p.shift
            and "T" in clock.value
        ):
            if (
                day.type is TimexType.DATE
                and readers.FULL_DAY.fullmatch(day.value)
                and (
                    _ON_THE_DAY_AFTER.fullmatch(text, clock.end, day.start)
                    # "It's on the 14:55 flight today"
                    or (
                        day.rule == "deictic-day"
                        and _WORDS_BEFORE_DAY.fullmatch(text, clock.end, day.start)
                    )
                )
            ):
                date = day.value
            elif (
                day.type is TimexType.TIME
                and day.partial is not None
                and readers.FULL_DAY.match(day.value)
                and (
                    # "at 9.15 on the morning of Wednesday 29 January 2014"
                    (
                        day.partial.hour is None
                        and day.partial.day is not None
                        and _ON_THE_DAY_AFTER.fullmatch(text, clock.end, day.start)
                    )
                    # "between 11am and 3pm on Friday"; but "from 7 p.m. tonight until
                    # noon Friday" stays
                    or (
                        p.part_of_day is None
                        and (day.partial.weekday is not None or day.partial.day is not None)
                        and _RANGE_TO.fullmatch(text, clock.end, day.start)
                    )
                )
            ):
                date = day.value[:10]
                if day.partial.part_of_day in _PART_MINUTES and _LOOSE.match(clock.text):
                    # "about half past nine on the night of Saturday 31 January 1953"
                    minutes = in_the_evening(p.hour * 60 + (p.minute or 0))
                    evening = replace(p, hour=minutes // 60, minute=minutes % 60)
                    timexes[i] = replace(clock, value=readers.time_of(date, evening))
                    continue
            else:
                continue
            timexes[i] = replace(clock, value=date + clock.value[clock.value.find("T") :])
    return timexes

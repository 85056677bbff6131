"""The days of a log that numbers them: "Day 6, Friday 3 April 2009. ... Day 7. ... Day 9,
Monday." Once one heading gives its date, every other "Day N" heading is that date moved
by the difference, and is the present of the entry under it ("yesterday afternoon" under
"Day 7." is day 6).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as _dt
import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from timefact import _anchor_readers as readers
from timefact._calendar import safe_date
from timefact._mention import Mention
from timefact._model import Direction, Partial
from timefact._nearest import pick_year
from timefact._regex_cache import compiled
from timefact._tense import Tense

# "Day 7." at the start of a line, perhaps after a date stamp or a weekday comes next;
# "Day 3 (July 4th):", its date in brackets.
_DAY_HEADING = compiled(r"(?m)^[ \t]*Day[ \t]+(\d{1,3})[ \t]*(?=[.,:—–(-])")
_MOST_DAYS = 400  # days a log may run from the heading that gives its date


@dataclass(frozen=True, slots=True)
class LogDay:
    """A "Day N" heading: where it stands, the day it is, and the timex that dated it."""

    position: int
    day: _dt.date
    tid: str
    # where the entry ends, if the log ends there (-1: it runs on to the next heading or
    # the end of the text)
    ends: int = -1


def log_days(text: str, mentions: Sequence[Mention], dct: _dt.date | None = None) -> list[LogDay]:
    """The dated "Day N" headings of a log, in text order; none unless there are two or
    more and one of them gives its date on its own line (a month and day without a year
    in the year nearest the telling, ``dct``)."""
    headings = [(m.start(), m.end(), int(m.group(1))) for m in _DAY_HEADING.finditer(text)]
    if len(headings) < 2:
        return []
    base: tuple[int, _dt.date, str] | None = None
    starts = [mention.start for mention in mentions]
    for _, end, number in headings:
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        index = bisect.bisect_left(starts, end)
        while index < len(mentions) and mentions[index].start < line_end:
            day = _full_day(mentions[index], dct)
            if day is not None:
                base = (number, day, f"t{index + 1}")
                break
            index += 1
        if base is not None:
            break
    if base is None:
        return []
    number, day, tid = base
    days = [
        LogDay(start, day + _dt.timedelta(days=n - number), tid)
        for start, _, n in headings
        if abs(n - number) <= _MOST_DAYS
    ]
    return [*days[:-1], _with_end(text, days)] if days else days


def _with_end(text: str, days: list[LogDay]) -> LogDay:
    """The last heading of a log whose entries are a line each ("Day 4: In through the
    East Entrance at 7 a.m.\nDay 5: ..."), ending at the blank line after it: what
    follows ("Today was laundry") is the telling's again."""
    last = days[-1]
    one_line_each = all(
        "\n\n" not in text[day.position : after.position] for day, after in itertools.pairwise(days)
    )
    gap = text.find("\n\n", last.position)
    if not one_line_each or gap < 0 or "\n" in text[last.position : gap]:
        return last
    return dataclasses.replace(last, ends=gap)


def _full_day(mention: Mention, dct: _dt.date | None) -> _dt.date | None:
    """The day a mention names with its year ("Friday 3 April 2009"), or without one in
    the year nearest ``dct`` ("Day 3 (July 4th):"), if it does."""
    placed = readers.absolute_day(mention)
    if placed is not None and placed[1] == "D":
        return placed[0]
    p = mention.partial
    if p.month is None or p.day is None or p.hour is not None:
        return None
    if p.year is None:
        if dct is None or p.direction is not Direction.TENSE or p.weekday is not None:
            return None
        return safe_date(
            pick_year(dct, p.month, p.day, Direction.NONE, Tense.UNKNOWN), p.month, p.day
        )
    return safe_date(p.year, p.month, p.day)


# A post's stamp on a line of its own under what it stamps, as a feed of tweets shows it:
# "9:02 AM Jan 17th via TweetDeck", "9:41 AM · Nov 15, 2022".
_FOOTER_BEFORE = compiled(r"\n[ \t]*$")
_FOOTER_AFTER = compiled(r"[ \t]*(?:(?:·[ \t]*)?(?:via|from)?[ \t]*[^\n]{0,40})?(?:\n|$)")
_FOOTER_CLOCK = compiled(r"\d:[0-5]\d")
# The end of a post after its stamp, in a thread written on one line: "from web |".
_POST_END_AFTER = compiled(r"[ \t]*(?P<via>(?:from|via)[ \t]+[^\n|]{1,30}?[ \t]*)?(?:\||\n|$)")
# The buttons under a post in a social feed, after its stamp: "· Comment · Like".
_BUTTONS_AFTER = compiled(r"[ \t]*·[ \t]*(?:Comment|Like|Reply|Share)\b[^\n|]{0,80}\|?")
_MOST_FOOTER_DAYS = 370  # how long before the telling a post's stamp may be


def footer_days(text: str, mentions: Sequence[Mention], dct: _dt.date | None) -> list[LogDay]:
    """The days of the posts in a feed whose stamps stand under them ("Coaches for tmrw's
    replay ...\\n9:02 AM Jan 17th via TweetDeck"), or before the buttons that close them
    ("moved into halls today September 20 at 6:02pm · Comment · Like"): each post's
    "tmrw" and "Saturday" count from its own stamp. None unless two or more stamps give a
    day and a clock time."""
    found: list[tuple[int, _dt.date, str]] = []
    for index, mention in enumerate(mentions):
        p = mention.partial
        buttons = _BUTTONS_AFTER.match(text, mention.end)
        if buttons is not None and (p.hour is not None or p.shift_unit in ("H", "MI")):
            day = _buttons_stamp_day(p, dct)
            block_end = buttons.end()
        else:
            day = _day_under_its_post(text, mention, dct)
            line_end = text.find("\n", mention.start) if day is not None else -1
            block_end = len(text) if line_end < 0 else line_end + 1
            if day is None:
                day, block_end = _day_ending_its_post(text, mention, dct)
        if day is not None:
            found.append((block_end, day, f"t{index + 1}"))
    if len(found) < 2:
        return []
    days = []
    block_start = 0
    for block_end, day, tid in found:
        days.append(LogDay(block_start, day, tid))
        block_start = block_end
    return days


def _day_under_its_post(text: str, mention: Mention, dct: _dt.date | None) -> _dt.date | None:
    """The day of a stamp with a day and a clock time on a line of its own under its
    post's text ("9:02 AM Jan 17th via TweetDeck"); ``None`` if the mention is not one."""
    p = mention.partial
    if not _stamps_day_and_clock(mention) or not _FOOTER_BEFORE.search(
        text, max(0, mention.start - 4), mention.start
    ):
        return None
    after = _FOOTER_AFTER.match(text, mention.end)
    if after is None or _FOOTER_CLOCK.search(after.group()):
        return None
    assert p.month is not None and p.day is not None  # as _stamps_day_and_clock holds
    return _stamp_day(p.year, p.month, p.day, dct)


def _stamps_day_and_clock(mention: Mention) -> bool:
    """Whether a mention gives a month, a day and a clock time written with a colon, as
    a post's stamp does ("9:02 AM Jan 17th")."""
    p = mention.partial
    return (
        p.month is not None
        and p.day is not None
        and p.hour is not None
        and _FOOTER_CLOCK.search(mention.text) is not None
    )


def _day_ending_its_post(
    text: str, mention: Mention, dct: _dt.date | None
) -> tuple[_dt.date | None, int]:
    """The day of a stamp that ends its post in a thread written on one line, and where
    its post ends: "... tomorrow's quiz 3:12 pm · 23 Jun 2017 | Summit ...", "... bring a
    flask 9:14 AM Apr 17th from web | ..."."""
    p = mention.partial
    if not _stamps_day_and_clock(mention):
        return None, 0
    end = _POST_END_AFTER.match(text, mention.end)
    if end is None or ("·" not in mention.text and not end.group("via")):
        return None, 0
    assert p.month is not None and p.day is not None  # as _stamps_day_and_clock holds
    return _stamp_day(p.year, p.month, p.day, dct), end.end()


def _buttons_stamp_day(p: Partial, dct: _dt.date | None) -> _dt.date | None:
    """The day of a stamp before a post's buttons: written ("September 20 at 6:02pm") or
    said from the telling ("Yesterday at 11:30am", "2 hours ago")."""
    if p.month is not None and p.day is not None:
        return _stamp_day(p.year, p.month, p.day, dct)
    if dct is None or p.month is not None:
        return None
    if p.shift_unit == "D" and p.shift in (0, -1):
        return dct + _dt.timedelta(days=p.shift)
    return dct if p.shift_unit in ("H", "MI") else None  # "2 hours ago · Comment"


def _stamp_day(year: int | None, month: int, day: int, dct: _dt.date | None) -> _dt.date | None:
    """A stamp's day: its year, or the latest such day up to the telling."""
    if year is not None:
        return safe_date(year, month, day)
    if dct is None:
        return None
    for candidate_year in (dct.year, dct.year - 1):
        candidate = safe_date(candidate_year, month, day)
        if candidate is not None and 0 <= (dct - candidate).days <= _MOST_FOOTER_DAYS:
            return candidate
    return None

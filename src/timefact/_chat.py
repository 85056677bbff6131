"""A chat whose lines are stamped with the time they were sent.

"[21:14] vexx: scrim sat 8pm-ish", "Bec 9:02 AM: can we start at 10:30?": a text with a
few such lines is a chat. Its plans look ahead, and its stamps go forward: "[23:59] ...
[00:03] is it sunday already?" is the next day.
"""

from __future__ import annotations

import datetime as _dt
import itertools
from collections.abc import Sequence

from timefact import _anchor_readers as readers
from timefact._mention import Mention
from timefact._model import Partial

_STAMPED_LINES = 3  # stamped lines that make a text a chat
_HALF_DAY_MINUTES = 12 * 60


class ChatStamps:
    """Whether a text is a chat, and the day each of its stamps is on, in order."""

    def __init__(self, text: str, mentions: Sequence[Mention]) -> None:
        self._text = text
        self._mentions = mentions
        self._chat: bool | None = None
        self._last: tuple[_dt.date, int] | None = None  # the last stamp's day and minute
        self._last_at = -1  # where the last stamp stood
        # Days standing alone on their lines ("Yesterday", "Tue 11 Jun"): a chat's
        # dividers, after which the stamps are on that day (found when first needed).
        self._dividers: list[int] | None = None

    def is_chat(self) -> bool:
        if self._chat is None:
            stamps = (
                m
                for m in self._mentions
                if m.partial.hour is not None
                and readers.stamps_a_message(self._text, m.start, m.end)
            )
            self._chat = sum(1 for _ in itertools.islice(stamps, _STAMPED_LINES)) >= _STAMPED_LINES
        return self._chat

    def _day_dividers(self) -> list[int]:
        if self._dividers is None:
            self._dividers = [
                m.start
                for m in self._mentions
                if m.partial.hour is None and _alone_on_line(self._text, m)
            ]
        return self._dividers

    def day_of(
        self, p: Partial, day: _dt.date, position: int, by_default: bool
    ) -> tuple[_dt.date, bool]:
        """The day of a stamp at ``position`` read as ``day``, and whether the chat has
        just gone past midnight to it. A stamp that names its day keeps it; one of a clock
        alone whose day was only inferred (``by_default``) keeps the day of the stamps
        before it, unless a day standing alone on its line came between."""
        if p.hour is None:
            return day, False
        minutes = p.hour * 60 + (p.minute or 0)
        last_at, self._last_at = self._last_at, position
        if p.day is not None or p.weekday is not None or p.shift:
            self._last = (day, minutes)
            return day, False
        last = self._last
        if last is not None and last[0] > day:
            day = last[0]  # the chat went on past midnight before this stamp
        elif (
            last is not None
            and last[0] < day
            and by_default
            and not any(last_at < at < position for at in self._day_dividers())
        ):
            day = last[0]  # "[Sat 8 Jun, 19:22] Kerry: ... [19:40] Seller:": the same evening
        past_midnight = (
            last is not None and last[0] == day and minutes + _HALF_DAY_MINUTES < last[1]
        )
        if past_midnight:
            day += _dt.timedelta(days=1)
        self._last = (day, minutes)
        return day, past_midnight


def _alone_on_line(text: str, mention: Mention) -> bool:
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start : mention.start].strip() and not text[mention.end : line_end].strip()

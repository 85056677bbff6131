"""The quarter or half an earnings story reports on, for its year-on-year comparisons.

Earnings news compares like with like: after "third-quarter net rose", "a year earlier",
"year-ago results", "the year-earlier period" and "the 1988 quarter" name the third quarter
of the year before, and "the quarter" or "the latest quarter" the third quarter itself.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from timefact._mention import Mention
from timefact._model import Anchor, AnchorKind, Timex, TimexType
from timefact._regex_cache import compiled
from timefact._tense import is_framing

__all__ = ["ReportedPeriod"]

# How far (in characters) a quarter or half the story reports on stays in focus.
_REACH = 1500
_PERIOD_VALUE = compiled(r"(\d{4})-(Q[1-4]|H[12])")
_YEAR_VALUE = compiled(r"\d{4}")


@dataclass(frozen=True, slots=True)
class _Period:
    """A quarter or half the story reports on ("the third quarter"), and where it was."""

    year: int
    part: str  # Q1..Q4, H1, H2
    value: str
    tid: str
    position: int

    def end(self) -> _dt.date:
        """The last day of the quarter or half."""
        count = int(self.part[1])
        last_month = 3 * count if self.part[0] == "Q" else 6 * count
        first_of_next = _dt.date(self.year + last_month // 12, last_month % 12 + 1, 1)
        return first_of_next - _dt.timedelta(days=1)


class ReportedPeriod:
    """Follows, timex by timex in text order, which period the story reports on."""

    def __init__(self, text: str, dct: _dt.date | None) -> None:
        self.text = text
        self.dct = dct
        self.period: _Period | None = None

    def value_for(self, mention: Mention) -> tuple[str, Anchor] | None:
        """ "a year earlier" after "the third quarter": that quarter, a year before."""
        period = self._near(mention)
        p = mention.partial
        if period is None or p.period_shift is None:
            return None
        year = p.year if p.year is not None else period.year + p.period_shift
        anchor = Anchor(AnchorKind.NARRATIVE, period.value, period.tid)
        return f"{year:04d}-{period.part}", anchor

    def year_ended(self, mention: Mention) -> tuple[str, Anchor] | None:
        """ "fourth-quarter earnings of $1.2 billion ... Revenue for the year rose 8%": the
        year whose last quarter or half the story reports on."""
        period = self._near(mention)
        if period is None or period.part not in ("Q4", "H2"):
            return None
        return f"{period.year:04d}", Anchor(AnchorKind.NARRATIVE, period.value, period.tid)

    def _near(self, mention: Mention) -> _Period | None:
        """The period the story reports on, if it was named within reach before
        ``mention``."""
        period = self.period
        if period is None or not 0 <= mention.start - period.position <= _REACH:
            return None
        return period

    def observe(self, mention: Mention, timex: Timex) -> None:
        """Move the focus to the period a new timex reports on, or end it."""
        if timex.type is TimexType.DURATION:
            if timex.value in ("P6M", "P9M"):
                self.period = None  # "the nine months": the comparison is no longer a quarter
            return
        if timex.type is not TimexType.DATE:
            return
        p = mention.partial
        if p.period_shift not in (None, 0) or (p.period_shift == 0 and p.year is not None):
            return  # a comparison points at the period; it does not set it
        found = _PERIOD_VALUE.fullmatch(timex.value)
        if found:
            candidate = _Period(
                int(found.group(1)), found.group(2), timex.value, timex.tid, mention.start
            )
            if self._reports_on(candidate, mention):
                self.period = candidate
        elif _YEAR_VALUE.fullmatch(timex.value) and p.period_shift is None:
            self.period = None  # "for the year", "in 1989": the story reports a year now

    def _reports_on(self, candidate: _Period, mention: Mention) -> bool:
        """Whether the story now reports on ``candidate``, a quarter or half it names.

        Results are reported once a period is over, so a period not yet over ("a
        fourth-quarter charge") is an aside. Of two periods that are over, the later one
        is the one reported ("third-quarter net rose ... after a flat second quarter"),
        unless the text turns to the other: a framing phrase ("In the second quarter,")
        or another company's fiscal period.
        """
        if self.dct is not None and candidate.end() >= self.dct:
            return False
        current = self.period
        if current is None or mention.start - current.position > _REACH:
            return True
        if (candidate.year, candidate.part) >= (current.year, current.part):
            return True
        before = self.text[max(0, mention.start - 12) : mention.start].lower()
        return "fiscal" in before or is_framing(self.text, mention.start)

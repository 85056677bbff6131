"""Infers the publication date from the text when none is given, and says why.

Two clues are trusted: a dateline (a full date alone at the head of a line, or after a
place in capitals, "WASHINGTON, Sept. 28, 2021 (AP) --"), and weekday-date pairs
("Tuesday, Sept. 28"), which fit only some years, confirming the latest year the text
writes ("2021 National Sons Day"). The day is then the latest date the text reports in
that year, outside future-tense clauses. A lone full date ("born June 5, 1939") or a
written year says nothing about when the text was written: with no trusted clue the DCT
stays unknown, and relative values stay underspecified rather than being guessed from
today's clock.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from timefact._calendar import safe_date
from timefact._mention import Mention
from timefact._model import DctInfo, DctSource
from timefact._regex_cache import compiled
from timefact._tense import Tense, clause_tense

_DATELINE_CHARS = 160
# A dateline: the date alone at the head of a line, or after a place in capitals
# ("WASHINGTON, Sept. 28, 2021 (AP) --"), then a break, not a sentence going on.
_DATELINE_HEAD = compiled(r"[\s\W]*(?:[A-Z][A-Z.'’ -]+(?:,[ \t]*[A-Z][A-Za-z.]+)?[ \t]*,?[ \t]*)?")
_DATELINE_TAIL = compiled(r"\.?[ \t]*(?:$|\n|\(|--|—|–|_|:|\||-[ \t])")
# A story is filed a day or two before the paper prints it; its dateline's day is then
# the day its "yesterday" and "today" are said on.
_FILED_BEFORE_DAYS = 3
_DATE_RULES = frozenset(
    {
        "weekday-month-day-year",
        "weekday-day-month-year",
        "iso-date",
        "numeric-date",
        "clock-on-date",
        "date-at-clock",
    }
)


_DAY_RULES = _DATE_RULES - {"clock-on-date", "date-at-clock"}
_PLACE_BEFORE = compiled(r"[A-Z]{3,}[.'’ A-Za-z-]*,[ \t]*(?:\([A-Za-z]+\)[ \t]*)?$")


@dataclass(frozen=True, slots=True)
class _Clue:
    mention: Mention
    years: frozenset[int]  # the years this clue allows
    kind: str


def _quote(m: Mention) -> str:
    return f"'{m.text}'"


def _clues(mentions: Sequence[Mention]) -> list[_Clue]:
    clues: list[_Clue] = []
    for m in mentions:
        p = m.partial
        if p.year is not None and 1000 <= p.year <= 9999:
            kind = "full date" if (p.month and p.day) else "written year"
            clues.append(_Clue(m, frozenset({p.year}), kind))
        elif p.weekday and p.month and p.day and m.rule in _DATE_RULES:
            years = frozenset(
                y
                for y in range(1900, 2101)
                if (d := safe_date(y, p.month, p.day)) is not None and d.isoweekday() == p.weekday
            )
            clues.append(_Clue(m, years, "weekday-date pair"))
    return clues


def _dateline_mentions(text: str, mentions: Sequence[Mention]) -> Iterator[Mention]:
    """The dates at the head of the text that stand as its dateline."""
    for m in mentions:
        if m.start > _DATELINE_CHARS:
            break
        p = m.partial
        if m.rule in _DATE_RULES and p.month and p.day:
            line_start = text.rfind("\n", 0, m.start) + 1
            head = text[line_start : m.start]
            tail = text[m.end : m.end + 6]
            if _DATELINE_HEAD.fullmatch(head) and _DATELINE_TAIL.match(tail):
                yield m


def filed_day(text: str, mentions: Sequence[Mention], dct: _dt.date) -> _dt.date | None:
    """The day a dateline gives when it is a day or few before the publication date
    ("QUEENSTOWN, July 12. -" printed on 13 July): the day the story speaks from. Only a
    place's dateline counts, not a date heading a diary's entry or a message's stamp."""
    for m in _dateline_mentions(text, mentions):
        p = m.partial
        if m.rule not in _DAY_RULES or not _PLACE_BEFORE.search(
            text, max(0, m.start - 40), m.start
        ):
            return None
        if p.month is None or p.day is None:
            return None
        for year in (p.year,) if p.year else (dct.year, dct.year - 1):
            day = safe_date(year, p.month, p.day)
            if day is not None and 0 < (dct - day).days <= _FILED_BEFORE_DAYS:
                return day
        return None
    return None


def _dateline(text: str, mentions: Sequence[Mention]) -> DctInfo | None:
    for m in _dateline_mentions(text, mentions):
        p = m.partial
        if p.year and p.month and p.day:
            day = safe_date(p.year, p.month, p.day)
            if day is not None:
                return DctInfo(
                    date=day,
                    source=DctSource.INFERRED,
                    reason=f"the dateline {_quote(m)} at the head of the text",
                    evidence=((m.start, m.end),),
                )
    return None


def infer_dct(text: str, mentions: Sequence[Mention]) -> DctInfo:
    """The publication date the text itself points to, with the reason."""
    found = _dateline(text, mentions)
    if found is not None:
        return found
    clues = _clues(mentions)
    written = {y for c in clues if c.kind != "weekday-date pair" for y in c.years}
    if not written:
        return DctInfo(
            date=None,
            source=DctSource.UNKNOWN,
            reason="no date given and no year written in the text",
        )
    # News tells of the present and looks back: the publication year is the latest year
    # the text writes, and only a weekday-date pair that fits that year confirms it.
    # A lone full date ("born June 5, 1939") or a year says nothing about the present.
    year = max(written)
    if not any(c.kind == "weekday-date pair" and year in c.years for c in clues):
        return DctInfo(
            date=None,
            source=DctSource.UNKNOWN,
            reason=f"the latest year the text writes ({year}) is not confirmed by a "
            "weekday-date pair, so the publication date is left unknown",
        )
    support = [c for c in clues if year in c.years]
    day, day_mention = _latest_day(text, mentions, year)
    if day is None:
        return DctInfo(
            date=None,
            source=DctSource.UNKNOWN,
            reason=f"the text points to {year} but gives no day in it",
        )
    pairs = [c for c in support if c.kind == "weekday-date pair"]
    others = [c for c in support if c.kind != "weekday-date pair"]
    parts = []
    if pairs:
        parts.append(
            "the weekday-date pairs " + ", ".join(_quote(c.mention) for c in pairs) + f" fit {year}"
        )
    if others:
        parts.append("the text writes " + ", ".join(_quote(c.mention) for c in others))
    reason = (
        "the latest date the text reports"
        + (f" ({_quote(day_mention)})" if day_mention else "")
        + f"; the year {year} because "
        + " and ".join(parts)
    )
    evidence = tuple(
        sorted(
            {(c.mention.start, c.mention.end) for c in support}
            | ({(day_mention.start, day_mention.end)} if day_mention else set())
        )
    )
    return DctInfo(date=day, source=DctSource.INFERRED, reason=reason, evidence=evidence)


def _latest_day(
    text: str, mentions: Sequence[Mention], year: int
) -> tuple[_dt.date | None, Mention | None]:
    best: tuple[_dt.date, Mention] | None = None
    for m in mentions:
        p = m.partial
        if not (p.month and p.day) or (p.year is not None and p.year != year):
            continue
        day = safe_date(year, p.month, p.day)
        if day is None or (p.weekday and day.isoweekday() != p.weekday):
            continue
        if clause_tense(text, m.start, m.end) is Tense.FUTURE:
            continue
        if best is None or day > best[0]:
            best = (day, m)
    if best is None:
        return None, None
    return best

"""TF103 relative-date-conflict: "yesterday, Sept. 20" in a story dated Sept. 28.

A relative expression anchored on the publication date ("yesterday", "last Tuesday",
"next month", "two years ago") written right beside an explicit date must name the same
time. The explicit date is compared field by field on what its words say (its month and
day, its year only when written), so no guessed year can cause a finding.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from dataclasses import dataclass

from timefact._checks._calendar import (
    AP_MONTHS,
    MONTH_NAMES,
    WEEKDAY_NAMES,
    ap_date,
    parse_day_value,
    restyle_date,
)
from timefact._checks._context import Context
from timefact._checks._draft import Draft
from timefact._model import AnchorKind, Direction, Partial, Severity, Span, Timex, TimexType
from timefact._regex_cache import compiled

# What may join a relative expression and the explicit date it restates:
# "yesterday, Sept. 20", "last month (August)", "two years ago, in 2015", "Monday, on Oct. 5".
_JOINER = compiled(r"\s*,\s*(?:(?:on|in)\s+)?|\s+\(\s*|\s+(?:on|in)\s+|\s+[-\u2013\u2014]{1,2}\s+")
_VALUE = compiled(r"(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?|-W(?P<w>\d{2}))?(?![\d-])")
_DEICTIC_WORDS = ("today", "tonight", "yesterday", "tomorrow", "this morning", "this evening")


@dataclass(frozen=True, slots=True)
class _Point:
    """A time named by a relative expression, to the grain it names."""

    year: int
    month: int | None = None
    day: int | None = None
    week: int | None = None  # ISO week, for "last week"

    def as_date(self) -> _dt.date | None:
        if self.month is None or self.day is None:
            return None
        return _dt.date(self.year, self.month, self.day)

    def words(self) -> str:
        when = self.as_date()
        if when is not None:
            return ap_date(when)
        if self.month is not None:
            return f"{MONTH_NAMES[self.month - 1]} {self.year}"
        if self.week is not None:
            monday = _dt.date.fromisocalendar(self.year, self.week, 1)
            return f"the week of {ap_date(monday)}"
        return str(self.year)


def run(context: Context) -> Iterator[Draft]:
    dct = context.dct
    timexes = context.timexes
    for index, timex in enumerate(timexes):
        if (
            dct is not None
            and _explicit(timex)
            and _relative_fields(timex.partial)
            and timex.certain
        ):
            point = _implied(timex.partial, dct)
            if point is not None:
                yield from _compare(context, timex, timex, point)
            continue
        if index + 1 >= len(timexes):
            continue
        after = timexes[index + 1]
        between = context.text[timex.end : after.start]
        if timex.end > after.start or not _JOINER.fullmatch(between):
            continue
        for relative, explicit in ((timex, after), (after, timex)):
            if _relative(context, relative) and _explicit(explicit):
                point = _point_of(relative)
                if point is not None:
                    yield from _compare(
                        context, relative, explicit, point, start=timex.start, end=after.end
                    )
                break


def _relative_fields(partial: Partial) -> bool:
    return partial.shift is not None or partial.direction in (
        Direction.PAST,
        Direction.FUTURE,
        Direction.SAME,
    )


def _relative(context: Context, timex: Timex) -> bool:
    """A relative expression with a certain value: deictic ("yesterday", "next month"),
    or counted in days or weeks from a date written just before ("the next day")."""
    partial = timex.partial
    if not timex.certain or timex.type not in (TimexType.DATE, TimexType.TIME):
        return False
    if partial.month is not None or partial.day is not None or partial.year is not None:
        return False
    if timex.anchor.kind is AnchorKind.NARRATIVE:
        return (
            partial.shift_unit in ("D", "W")
            and partial.shift is not None
            and _narrative_anchor(context, timex) is not None
        )
    if timex.anchor.kind is not AnchorKind.DCT or context.dct is None:
        return False
    words = timex.text.lower()
    return _relative_fields(partial) or words.startswith(_DEICTIC_WORDS)


def _narrative_anchor(context: Context, timex: Timex) -> Timex | None:
    """The written date a narrative expression counts from, if it is in this or the
    previous sentence (farther back, the engine's choice of antecedent is a guess)."""
    anchor = next(
        (
            t
            for t in context.timexes_near(timex.start - 600, timex.start, 0)
            if t.tid == timex.anchor.tid
        ),
        None,
    )
    if anchor is None or not anchor.certain or anchor.end > timex.start:
        return None
    if anchor.partial.month is None or anchor.partial.day is None:
        return None
    if context.sentence_index(timex.start) - context.sentence_index(anchor.start) > 1:
        return None
    return anchor


def _explicit(timex: Timex) -> bool:
    """A date whose words name a month, a day of the month, a year or a weekday."""
    partial = timex.partial
    if timex.type not in (TimexType.DATE, TimexType.TIME):
        return False
    if partial.month is not None or partial.year is not None:
        return True
    return (
        partial.weekday is not None
        and partial.shift is None
        and partial.direction in (Direction.NONE, Direction.TENSE)
    )


def _point_of(timex: Timex) -> _Point | None:
    match = _VALUE.match(timex.value)
    if match is None:
        return None
    if match["w"]:
        week = int(match["w"])
        try:
            _dt.date.fromisocalendar(int(match["y"]), week, 1)
        except ValueError:
            return None
        return _Point(int(match["y"]), week=week)
    return _Point(
        int(match["y"]),
        int(match["m"]) if match["m"] else None,
        int(match["d"]) if match["d"] else None,
    )


def _implied(partial: Partial, dct: _dt.date) -> _Point | None:
    """What the relative words of a merged expression ("last Tuesday, Sept. 28") name."""
    if partial.weekday is not None and partial.shift is None:
        offset = partial.weekday - dct.isoweekday()
        if partial.direction is Direction.PAST:
            offset = offset - 7 if offset >= 0 else offset
        elif partial.direction is Direction.FUTURE:
            offset = offset + 7 if offset <= 0 else offset
        elif partial.direction is not Direction.SAME:
            return None
        day = dct + _dt.timedelta(days=offset)
        return _Point(day.year, day.month, day.day)
    if partial.shift_unit == "D" and partial.shift is not None:
        day = dct + _dt.timedelta(days=partial.shift)
        return _Point(day.year, day.month, day.day)
    return None


def _compare(
    context: Context,
    relative: Timex,
    explicit: Timex,
    point: _Point,
    *,
    start: int | None = None,
    end: int | None = None,
) -> Iterator[Draft]:
    written = explicit.partial
    conflicts: list[str] = []
    if written.year is not None and written.year != point.year:
        conflicts.append("year")
    if point.month is not None and written.month is not None and written.month != point.month:
        conflicts.append("month")
    if (
        point.day is not None
        and written.day is not None
        and written.month is not None
        and (written.month, written.day) != (point.month, point.day)
    ):
        conflicts.append("day")
    if point.week is not None and written.month is not None and written.day is not None:
        monday = _dt.date.fromisocalendar(point.year, point.week, 1)
        week_day = _nearest_day(written.month, written.day, monday, written.year)
        if week_day is not None and week_day.isocalendar()[:2] != (point.year, point.week):
            conflicts.append("week")
    named = point.as_date()
    if (
        named is not None
        and written.weekday is not None
        and written.month is None
        and written.weekday != named.isoweekday()
    ):
        conflicts.append("weekday")
    if not conflicts:
        return
    span_start = relative.start if start is None else start
    span_end = relative.end if end is None else end
    words = context.text[span_start:span_end]
    explicit_words = _explicit_words(explicit)
    relative_words = relative.text if relative is not explicit else _relative_words(relative)
    severity = Severity.ERROR
    if conflicts == ["weekday"]:
        assert named is not None
        said = WEEKDAY_NAMES[written.weekday - 1] if written.weekday else ""
        actual = WEEKDAY_NAMES[named.weekday()]
        expected = f"{ap_date(named)}, {'an' if actual[0] in 'AEIOU' else 'a'} {actual}"
        observed = said
    else:
        expected = point.words()
        observed = explicit_words
        written_day = _written_day(written, point)
        if named is not None and written_day is not None and abs((written_day - named).days) == 1:
            severity = Severity.WARNING  # one day off: a time zone or a late edition
    anchor = (
        _narrative_anchor(context, relative)
        if relative.anchor.kind is AnchorKind.NARRATIVE
        else None
    )
    dct = context.dct
    if anchor is not None:
        counted = f"counted from {anchor.text} ({relative.anchor.value})"
    else:
        assert dct is not None
        counted = f"in a story published {ap_date(dct)}"
        spoken = (
            parse_day_value(relative.anchor.value or "")
            if relative.anchor.kind is AnchorKind.DCT
            else None
        )
        if spoken is not None and spoken != dct:
            # "QUEENSTOWN, July 12. -" printed on 13 July: counted from its dateline's day
            counted = f"in a story datelined {ap_date(spoken)} and published {ap_date(dct)}"
    message = f'"{relative_words}" {counted} means {expected}, not {observed}'
    note = context.dct_note()
    if anchor is None and context.doc.dct.source.value == "inferred" and note:
        message += f" ({note})"
    fixes = _fixes(relative, explicit, point, words=words, span_start=span_start)
    tids = tuple(dict.fromkeys((relative.tid, explicit.tid)))
    related: tuple[Span, ...] = (
        ()
        if relative is explicit
        else (
            Span(relative.start, relative.end, relative.text),
            Span(explicit.start, explicit.end, explicit.text),
        )
    )
    if anchor is not None:
        related = (*related, Span(anchor.start, anchor.end, anchor.text))
        tids = (*tids, anchor.tid)
    yield Draft(
        start=span_start,
        end=span_end,
        text=words,
        observed=observed,
        expected=expected,
        message=message,
        fixes=fixes,
        related=related,
        timexes=tids,
        severity=severity,
        rests_on_dct=anchor is None,
        rule=(
            f"relative value {point.words()} (anchored on "
            f"{'timex ' + anchor.tid if anchor else 'the publication date'}) "
            f"against the written {', '.join(conflicts)} of timex {explicit.tid} "
            f"(rule {explicit.rule})"
        ),
    )


def _nearest_day(month: int, day: int, near: _dt.date, year: int | None) -> _dt.date | None:
    """The date with this month and day (in ``year`` if written) nearest to ``near``."""
    options = []
    for candidate in (year,) if year is not None else (near.year - 1, near.year, near.year + 1):
        try:
            options.append(_dt.date(candidate, month, day))
        except ValueError:
            continue
    return min(options, key=lambda d: abs((d - near).days)) if options else None


def _written_day(written: Partial, point: _Point) -> _dt.date | None:
    if written.month is None or written.day is None:
        return None
    try:
        return _dt.date(written.year or point.year, written.month, written.day)
    except ValueError:
        return None


def _explicit_words(timex: Timex) -> str:
    partial = timex.partial
    if partial.month is not None and partial.day is not None:
        text = f"{AP_MONTHS[partial.month - 1]} {partial.day}"
        return f"{text}, {partial.year}" if partial.year is not None else text
    if partial.month is not None:
        month = MONTH_NAMES[partial.month - 1]
        return f"{month} {partial.year}" if partial.year is not None else month
    if partial.year is not None:
        return str(partial.year)
    return timex.text


def _relative_words(timex: Timex) -> str:
    partial = timex.partial
    if partial.weekday is not None:
        direction = {Direction.PAST: "last", Direction.FUTURE: "next", Direction.SAME: "this"}.get(
            partial.direction, ""
        )
        return f"{direction} {WEEKDAY_NAMES[partial.weekday - 1]}".strip()
    if partial.shift_unit == "D" and partial.shift is not None:
        return {-1: "yesterday", 0: "today", 1: "tomorrow"}.get(
            partial.shift, f"{abs(partial.shift)} days {'ago' if partial.shift < 0 else 'on'}"
        )
    return timex.text


def _fixes(
    relative: Timex, explicit: Timex, point: _Point, *, words: str, span_start: int
) -> tuple[str, ...]:
    named = point.as_date()
    written = explicit.partial
    if named is None or written.month is None or written.day is None:
        return ()
    try:
        old = _dt.date(written.year or named.year, written.month, written.day)
    except ValueError:
        return ()
    local_start = explicit.start - span_start
    local_end = explicit.end - span_start
    if relative is explicit:
        return (restyle_date(words, old, named),)
    date_words = words[local_start:local_end]
    rewritten = words[:local_start] + restyle_date(date_words, old, named) + words[local_end:]
    return (rewritten, date_words)

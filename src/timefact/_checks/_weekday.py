"""TF101 weekday-date-mismatch: "Tuesday, Sept. 26" when Sept. 26 was a Sunday."""

from __future__ import annotations

from collections.abc import Iterator

from timefact._checks._calendar import (
    WEEKDAY_NAMES,
    WEEKDAY_PATTERN,
    ap_date,
    fits_weekday,
    nearest_with_weekday,
    replace_weekday,
    restyle_date,
    weekday_name,
    weekday_number,
)
from timefact._checks._context import Context
from timefact._checks._draft import Draft
from timefact._checks._reading import day_readings
from timefact._model import Span, Timex
from timefact._regex_cache import compiled

# What may stand between a weekday timex and a date timex read as one expression:
# "Tuesday, Sept. 26", "Tuesday Sept. 26", "Tuesday (Sept. 26)", "Tuesday the 26th".
_JOINER = compiled(r"\s*,?\s*(?:the\s+)?|\s*\(\s*")
_LIST_BEFORE = compiled(WEEKDAY_PATTERN + r"\s*(?:,|and|or|&|-|\u2013|to|through)\s*$")
_LIST_AFTER = compiled(r"\s*(?:and|or|&|-|\u2013|to|through)\s*\d")
# A weekday word right before a date: full names, abbreviations with a dot, and those
# without one that are no other word; "Sun", "Sat", "Wed", "Mon" ("The Baltimore Sun,
# Sept. 26") only after "on".
_WEEKDAY_BEFORE = compiled(
    r"(?:(?<![\w.])(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|Tues|Thurs|Thur|Tue|Thu|Fri)\.?"
    r"|(?<![\w.])(?P<dotted>Mon|Wed|Sat|Sun)\."
    r"|(?<=\b[Oo]n\s)(?P<after_on>Mon|Wed|Sat|Sun))"
    r",?\s{1,2}$"
)
# After a date, a weekday in brackets, as an appositive, or said of it: "Sept. 26 (a
# Tuesday)", "Sept. 26, a Tuesday", "Sept. 26 falls on a Tuesday this year".
_DATE_THEN_WEEKDAY = compiled(
    r"\s*\(\s*(?:a\s+)?|,\s+a\s+"
    r"|\s+(?:is|was|will\s+be|falls\s+on|fell\s+on|will\s+fall\s+on)\s+a\s+"
)


def run(context: Context) -> Iterator[Draft]:
    timexes = context.timexes
    for index, timex in enumerate(timexes):
        partial = timex.partial
        if partial.weekday is not None and partial.day is not None and partial.shift is None:
            if not _in_a_list(context.text, timex.start, timex.end):
                yield from _compare(context, timex, timex, partial.weekday)
            continue
        if _date_only(timex) and (
            index == 0
            or timexes[index - 1].end <= timex.start - 16
            or not _weekday_only(timexes[index - 1])
        ):
            yield from _weekday_in_words(context, timex)
        if index + 1 >= len(timexes):
            continue
        after = timexes[index + 1]
        pair = _pair(context, timex, after)
        if pair is not None and not _in_a_list(context.text, timex.start, after.end):
            weekday_timex, date_timex = pair
            assert weekday_timex.partial.weekday is not None
            yield from _compare(
                context,
                date_timex,
                weekday_timex,
                weekday_timex.partial.weekday,
                start=timex.start,
                end=after.end,
            )


def _weekday_in_words(context: Context, date_timex: Timex) -> Iterator[Draft]:
    """A weekday the engine left untagged right before a date ("Tue, Sep 26")."""
    text = context.text
    match = _WEEKDAY_BEFORE.search(text, max(0, date_timex.start - 16), date_timex.start)
    if match is None or any(
        t.start < match.end() and match.start() < t.end
        for t in context.timexes_near(match.start(), match.end(), 0)
    ):
        return
    weekday = weekday_number(match["weekday"] or match["dotted"] or match["after_on"])
    if weekday is None or _in_a_list(text, match.start(), date_timex.end):
        return
    yield from _compare(
        context, date_timex, date_timex, weekday, start=match.start(), end=date_timex.end
    )


def _in_a_list(text: str, start: int, end: int) -> bool:
    """Weekdays and days listed in parallel: "Monday and Tuesday, Sept. 27 and 28"."""
    return bool(
        _LIST_BEFORE.search(text, max(0, start - 30), start) or _LIST_AFTER.match(text, end)
    )


def _pair(context: Context, first: Timex, second: Timex) -> tuple[Timex, Timex] | None:
    """A weekday timex and a date timex written side by side, as (weekday, date)."""
    between = context.text[first.end : second.start]
    if first.end > second.start:
        return None
    if _weekday_only(first) and _date_only(second) and _JOINER.fullmatch(between):
        return first, second
    if _date_only(first) and _weekday_only(second) and _DATE_THEN_WEEKDAY.fullmatch(between):
        return second, first
    return None


def _weekday_only(timex: Timex) -> bool:
    partial = timex.partial
    return (
        partial.weekday is not None
        and partial.month is None
        and partial.day is None
        and partial.shift is None
    )


def _date_only(timex: Timex) -> bool:
    """A date naming a day of the month ("Sept. 26", "the 26th") and no weekday."""
    partial = timex.partial
    return partial.weekday is None and partial.day is not None and partial.shift is None


def _compare(
    context: Context,
    date_timex: Timex,
    weekday_timex: Timex,
    weekday: int,
    *,
    start: int | None = None,
    end: int | None = None,
) -> Iterator[Draft]:
    readings = day_readings(context, date_timex)
    if not readings or any(fits_weekday(r.day, weekday) for r in readings):
        return
    dct = context.dct
    reading = readings[0]  # the engine's year if it resolved one, else the nearest
    day = reading.day
    span_start = date_timex.start if start is None else start
    span_end = date_timex.end if end is None else end
    words = context.text[span_start:span_end]
    written = WEEKDAY_NAMES[weekday - 1]
    actual = weekday_name(day)
    verb = "falls on"
    if dct is not None:
        verb = "was" if day < dct else "is" if day == dct else "will be"
    article = "an" if actual[0] in "AEIOU" else "a"
    expected_article = "an" if written[0] in "AEIOU" else "a"
    message = f"{ap_date(day)} {verb} {article} {actual}, not {expected_article} {written}"
    if reading.note:
        message += f" ({reading.note})"
    other = nearest_with_weekday(day, weekday)
    fixes = (replace_weekday(words, day.isoweekday()), restyle_date(words, day, other))
    related: tuple[Span, ...] = reading.related
    tids = tuple(dict.fromkeys((weekday_timex.tid, date_timex.tid)))
    if weekday_timex is not date_timex:
        related = (
            Span(weekday_timex.start, weekday_timex.end, weekday_timex.text),
            Span(date_timex.start, date_timex.end, date_timex.text),
            *related,
        )
    yield Draft(
        start=span_start,
        end=span_end,
        text=words,
        observed=written,
        expected=actual,
        message=message,
        fixes=fixes,
        related=related,
        timexes=tids,
        rests_on_dct=not reading.year_written,
        rule=(
            f"weekday {weekday} written ({written}) against ISO weekday "
            f"{day.isoweekday()} of {day.isoformat()} from timex {date_timex.tid} "
            f"(rule {date_timex.rule})"
        ),
    )

"""TF102 impossible-date: days and clock times the calendar does not have.

The engine may refuse such dates, so this check reads the text itself with small
patterns (bounded repetition only, linear time) and reports a date only where the words
are plainly a date: a year or an ordinal suffix follows, the month is abbreviated
("Nov. 31"), the day ends the phrase or a word that follows dates comes next ("Nov. 31
that ..."), or "on"/"until" or a verb leads in ("on April 31", "found April 31"). "In
April 31 people died" (a month, then a count) and "Theresa May 31 votes" (a name) are not
dates.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator

from timefact._checks._calendar import (
    AP_MONTHS,
    MONTH_NAMES,
    MONTH_PATTERN,
    days_in_month,
    month_number,
    ordinal_suffix,
)
from timefact._checks._context import Context
from timefact._checks._draft import Draft
from timefact._model import Severity
from timefact._regex_cache import compiled

_YEAR = r"(?:,?\s{1,3}(?P<year>(?:1[0-9]|20)\d\d)\b)?"
_MONTH_DAY = compiled(
    r"(?=[A-Z])(?<![\w.])(?P<month>" + MONTH_PATTERN + r")\s{1,3}(?P<day>\d{1,2})"
    r"(?P<suffix>st|nd|rd|th)?\b(?!\s*[-/:]\s*\d)" + _YEAR
)
_DAY_MONTH = compiled(
    r"(?=\d)(?<![\w.,])(?P<day>\d{1,2})(?P<suffix>st|nd|rd|th)?\s{1,3}(?P<of>of\s{1,3})?"
    r"(?P<month>" + MONTH_PATTERN + r")(?![\w])" + _YEAR
)
_ORDINAL_DAY = compiled(
    r"\b(?i:on|by|until|till|since|from|before|after)\s{1,3}the\s{1,3}"
    r"(?P<day>3[2-9]|[4-9]\d)(?:st|nd|rd|th)\b(?=\s*[.,;:)!?]|\s{1,3}of\s{1,3}(?:the\s{1,3}month|"
    + MONTH_PATTERN
    + r"))"
)
_CLOCK = compiled(
    r"(?<![\d:.,])(?P<hour>\d{1,2}):(?P<minute>\d{2})(?![\d:])\s?"
    r"(?P<cue>a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b|GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT"
    r"|BST|CET|hours\b|hrs\b|h\b|local time|o'clock)"
)
_NUMERIC = compiled(
    r"(?<![\d/.-])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>(?:1[0-9]|20)\d\d)(?![\d/])"
)
_ISO = compiled(r"(?<![\d/.-])(?P<year>(?:1[0-9]|20)\d\d)-(?P<m>\d{2})-(?P<d>\d{2})(?![\d-])")
_FOLLOWER = compiled(r"\s*(?:[.,;:)!?\"']|$)")
# Words that follow a date but never a count ("said Nov. 31 that ...", "Nov. 31 at noon");
# after "April 31 people" the number counts people.
_WORD_AFTER_DATE = compiled(
    r"\s(?:that|to|at|in|on|and|or|but|when|as|after|before|for|with|by|from|until|the|a|an"
    r"|was|is|will|would|he|she|it|they|we|his|her|their|its|this|said|says|told|announced"
    r"|reported|deadline|meeting|vote|election|summit|hearing|edition|issue|letter"
    r"|statement|report|decision|ruling)\b"
)
_WORD_BEFORE = compiled(r"([A-Za-z]+)[,]?\s{1,3}$")
_LEADS = frozenset(
    {
        "on",
        "by",
        "until",
        "till",
        "since",
        "from",
        "before",
        "after",
        "through",
        "of",
        "to",
        "between",
        "dated",
        "for",
        "in",
        "during",
    }
)
# Words after which a month may stand alone and a number count something.
_MONTH_TAKING = frozenset(
    {
        "in",
        "during",
        "of",
        "for",
        "by",
        "from",
        "to",
        "between",
        "through",
        "than",
        "about",
        "around",
        "since",
        "before",
        "after",
        "early",
        "late",
        "mid",
        "and",
        "or",
        "last",
        "next",
        "this",
    }
)
_ABBREVIATED = frozenset(
    {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"}
)
_DATE_ONLY_LEADS = frozenset({"on", "until", "till", "since", "dated"})
_MEASURE_AFTER = compiled(r"\s?(?:%|percent\b|per\scent\b|points?\b)")
_COUNTED = compiled(r"\s[a-z]")  # a lower-case word right after the number
_FIRST_NAMES = frozenset({"may", "june", "april", "march", "august"})


def run(context: Context) -> Iterator[Draft]:
    text = context.text
    yield from _month_days(context, _MONTH_DAY.finditer(text), day_first=False)
    yield from _month_days(context, _DAY_MONTH.finditer(text), day_first=True)
    for match in _ORDINAL_DAY.finditer(text):
        day = int(match["day"])
        start, end = match.start("day"), match.end()
        yield Draft(
            start=start,
            end=end,
            text=text[start:end],
            observed=f"day {day}",
            expected="a day from 1 to 31",
            message=f"no month has a {day}{ordinal_suffix(day)} day",
            fixes=(),
            timexes=_tids(context, start, end),
            rule="ordinal day of month above 31 after a date preposition",
        )
    yield from _clocks(context)
    yield from _numeric(context)


def _month_days(
    context: Context, matches: Iterator[re.Match[str]], *, day_first: bool
) -> Iterator[Draft]:
    text = context.text
    for match in matches:
        month = month_number(match["month"])
        if month is None:
            continue
        day = int(match["day"])
        year = int(match["year"]) if match["year"] else None
        if day == 0 or day > 39 or day <= days_in_month(year, month):
            continue
        if not _reads_as_date(text, match, day_first=day_first):
            continue
        start = match.start("day") if day_first else match.start("month")
        end = match.end()
        if not match["year"]:
            end = match.end("month") if day_first else match.end("day")
            if match["suffix"] and not day_first:
                end = match.end("suffix")
        yield _day_draft(context, start, end, year=year, month=month, day=day)


def _reads_as_date(text: str, match: re.Match[str], *, day_first: bool) -> bool:
    """Whether a month word and a number read as a date, not a month and a count."""
    if match["year"] or match["suffix"] or (day_first and match["of"]):
        return True
    after = match.end("month") if day_first else match.end("day")
    if _MEASURE_AFTER.match(text, after):
        return False  # "31 percent", "31%": a quantity
    if match["month"].rstrip(".") in _ABBREVIATED:
        return True  # news abbreviates a month only in a date ("Nov. 31", "Feb 30")
    first = match.start("day") if day_first else match.start("month")
    word_before = _WORD_BEFORE.search(text, max(0, first - 24), first)
    previous = word_before.group(1) if word_before else ""
    if _FOLLOWER.match(text, after) or _WORD_AFTER_DATE.match(text, after):
        return True  # "arrived in the United States April 32, and ..."
    joined = word_before is not None and "," not in word_before.group(0)
    if (
        not day_first
        and joined
        and previous[:1].isupper()
        and not previous.isupper()
        and previous.lower() not in _LEADS
        and match["month"].rstrip(".").lower() in _FIRST_NAMES
    ):
        return False  # "Theresa May 31 votes": a name, not a month
    previous = previous.lower()
    if previous in _DATE_ONLY_LEADS:
        return True  # "on April 31 ..." is a date whatever follows
    if not previous or previous in _MONTH_TAKING:
        # "In April 31 people died", "by March 32 teams": a month, then a count.
        return not _COUNTED.match(text, after)
    return True  # "discovered April 31 buried ...": a verb takes a date, not a month


def _day_draft(
    context: Context, start: int, end: int, *, year: int | None, month: int, day: int
) -> Draft:
    text = context.text
    words = text[start:end]
    last = days_in_month(year, month)
    month_name = MONTH_NAMES[month - 1]
    if month == 2 and day == 29 and year is not None:
        message = f"{year} is not a leap year: February {year} has 28 days"
        expected = f"February {year} has 28 days"
    else:
        in_year = f" in {year}" if year is not None and month == 2 else ""
        most = " at most" if year is None and month == 2 else ""
        message = f"{month_name} has{most} {last} days{in_year}, so there is no {month_name} {day}"
        expected = f"{month_name} has{most} {last} days"
    overflow_year = year if year is not None else 2001
    if year is None and month == 2:
        last = 28  # the safe suggestion when the year, and so a Feb. 29, is unknown
    rolled = _dt.date(overflow_year, month, last) + _dt.timedelta(days=day - last)
    fixes = [f"{AP_MONTHS[month - 1]} {last}", f"{AP_MONTHS[rolled.month - 1]} {rolled.day}"]
    if year is not None:
        fixes = [f"{fix}, {year if i == 0 else rolled.year}" for i, fix in enumerate(fixes)]
    return Draft(
        start=start,
        end=end,
        text=words,
        observed=f"{month_name} {day}" + (f", {year}" if year is not None else ""),
        expected=expected,
        message=message,
        fixes=tuple(fixes),
        timexes=_tids(context, start, end),
        rule=f"day {day} above the {last} days of month {month}",
    )


def _clocks(context: Context) -> Iterator[Draft]:
    text = context.text
    for match in _CLOCK.finditer(text):
        hour, minute = int(match["hour"]), int(match["minute"])
        cue = match["cue"].lower().replace(".", "")
        twelve_hour = cue in ("am", "pm")
        severity = Severity.ERROR
        if minute > 59:
            message = f"an hour has 60 minutes, so there is no minute {minute}"
            expected = "minutes from 00 to 59"
            fix = f"{hour + 1}:{minute - 60:02d}" if hour < 23 else ""
        elif twelve_hour and hour > 12:
            severity = Severity.WARNING
            message = (
                f"a.m./p.m. times run from 1 to 12, so {hour}:{minute:02d} "
                f"{match['cue']} does not exist"
            )
            expected = "an hour from 1 to 12 with a.m./p.m."
            fix = f"{hour - 12}:{minute:02d} p.m." if hour < 24 else ""
        elif not twelve_hour and (hour > 24 or (hour == 24 and minute > 0)):
            message = f"a day has 24 hours, so there is no {hour}:{minute:02d}"
            expected = "hours from 00 to 23"
            fix = f"{hour - 24:02d}:{minute:02d} (the next day)" if hour < 48 else ""
        else:
            continue
        start, end = match.start(), match.end()
        yield Draft(
            start=start,
            end=end,
            text=text[start:end],
            observed=f"{hour}:{minute:02d}",
            expected=expected,
            message=message,
            fixes=(fix,) if fix else (),
            timexes=_tids(context, start, end),
            rule="clock time outside the clock",
            severity=severity,
        )


def _numeric(context: Context) -> Iterator[Draft]:
    text = context.text
    for match in _NUMERIC.finditer(text):
        first, second, year = int(match["a"]), int(match["b"]), int(match["year"])
        if _valid(year, first, second) or _valid(year, second, first):
            continue
        start, end = match.start(), match.end()
        yield Draft(
            start=start,
            end=end,
            text=text[start:end],
            observed=text[start:end],
            expected="a real month/day (or day/month) date",
            message=f"{text[start:end]} is no date, read month-first or day-first",
            timexes=_tids(context, start, end),
            rule="numeric date invalid in both month/day and day/month order",
        )
    for match in _ISO.finditer(text):
        year, month, day = int(match["year"]), int(match["m"]), int(match["d"])
        if _valid(year, month, day) or month == 0 or day == 0:
            continue
        if not 1 <= month <= 12:
            message = f"{text[match.start() : match.end()]} has no month {month}"
            expected = "a month from 01 to 12"
            fixes: tuple[str, ...] = ()
        else:
            last = days_in_month(year, month)
            message = f"{MONTH_NAMES[month - 1]} {year} has {last} days, so there is no day {day}"
            expected = f"{MONTH_NAMES[month - 1]} {year} has {last} days"
            fixes = (f"{year}-{month:02d}-{last:02d}",)
        start, end = match.start(), match.end()
        yield Draft(
            start=start,
            end=end,
            text=text[start:end],
            observed=text[start:end],
            expected=expected,
            message=message,
            fixes=fixes,
            timexes=_tids(context, start, end),
            rule="ISO date outside the calendar",
        )


def _valid(year: int, month: int, day: int) -> bool:
    try:
        _dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _tids(context: Context, start: int, end: int) -> tuple[str, ...]:
    return tuple(
        t.tid for t in context.timexes_near(start, end, 0) if t.start < end and start < t.end
    )

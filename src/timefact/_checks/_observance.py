"""TF106 observance-mismatch: "Christmas Eve, Dec. 23"; "National Sons Day, Sept. 26".

A holiday or observance name written right beside a date ("NAME, DATE", "NAME (DATE)",
"DATE (NAME)", "DATE, NAME.") claims the date is that day. The claim is wrong when the
date is none of the days the name is given (see :mod:`._observances`; the table is the
engine's ``data/observances.toml``) in that year.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from timefact._checks._calendar import ap_date, restyle_date
from timefact._checks._context import Context
from timefact._checks._draft import Draft
from timefact._checks._observances import Observance, all_observances
from timefact._checks._reading import DayReading, day_readings
from timefact._model import Span, Timex
from timefact._regex_cache import compiled

# "NAME, DATE", "NAME (DATE)", "NAME falls on DATE (this year)", "NAME is DATE".
_NAME_BEFORE_DATE = compiled(
    r"(?:\s+holiday)?(?:\s*,\s*|\s+\(\s*)"
    r"|\s+(?:this\s+year\s+)?(?:falls|fell|will\s+fall|is|was|will\s+be)\s+(?:on\s+)?"
)
_DATE_BEFORE_NAME = compiled(r"\s+\(\s*|\s*,\s*")
# Other calendars' new years and named days that only share words with an entry.
_OTHER_CALENDAR = compiled(
    r"(?:Chinese|Lunar|Jewish|Persian|Iranian|Vietnamese|Islamic|Orthodox|Hindu|Thai|Tamil"
    r"|Sikh|Ethiopian|Korean|Tibetan|Mexican|Indian|Kenyan|Filipino)\s+$"
)

_NATION_BEFORE = compiled(
    r"(?:\b\w+(?:'s|\u2019s)|\b[A-Z]\w{2,}(?:an|ese|ish|i|ch|o)|\bits|\btheir)\s+$"
)
# After "DATE, NAME": the end of the phrase, or an appositive comma before a lower-case
# word that is no conjunction ("On Dec. 23, Christmas Eve, stores closed").
_PHRASE_END = compiled(r"\s*(?:[.;:)]|,\s+(?!and\b|or\b|nor\b)[a-z])")


_CAPITAL = compiled(r"(?<![\w'])[A-Z]")


@functools.cache
def _names() -> tuple[dict[str, re.Pattern[str]], tuple[Observance, ...]]:
    """A pattern for the names of each first letter (every name starts with a capital),
    longest first ("Christmas Eve" before "Christmas"); group ``nI_J`` matched means the
    observance at index ``J``. Trying only the names of the letter at hand keeps a text
    of many capitals linear and cheap."""
    observances = all_observances()
    names = sorted(
        ((name, index) for index, o in enumerate(observances) for name in o.names),
        key=lambda pair: (-len(pair[0]), pair[0]),
    )
    by_letter: dict[str, list[str]] = {}
    for number, (name, index) in enumerate(names):
        by_letter.setdefault(name[0], []).append(f"(?P<n{number}_{index}>{name})")
    patterns = {
        letter: compiled(rf"(?:{'|'.join(alternatives)})(?![\w'])")
        for letter, alternatives in by_letter.items()
    }
    return patterns, observances


def _name_matches(text: str) -> Iterator[tuple[re.Match[str], int]]:
    """Each name written in the text, with the index of its observance, left to right
    and never overlapping."""
    patterns, _ = _names()
    end = 0
    for capital in _CAPITAL.finditer(text):
        start = capital.start()
        pattern = patterns.get(capital.group())
        if start < end or pattern is None:
            continue
        match = pattern.match(text, start)
        if match is None:
            continue
        assert match.lastgroup is not None
        end = match.end()
        yield match, int(match.lastgroup.rsplit("_", 1)[1])


def run(context: Context) -> Iterator[Draft]:
    _, observances = _names()
    text = context.text
    for match, index in _name_matches(text):
        if _OTHER_CALENDAR.search(text, max(0, match.start() - 12), match.start()):
            continue
        observance = observances[index]
        if observance.country_specific and _NATION_BEFORE.search(
            text, max(0, match.start() - 30), match.start()
        ):
            continue
        pair = _date_beside(context, match.start(), match.end())
        if pair is None:
            continue
        date_timex, start, end = pair
        readings = day_readings(context, date_timex)
        if not readings or any(_falls_on(observance, r) for r in readings):
            continue
        yield _draft(
            context, observance, match, date_timex, readings=readings, start=start, end=end
        )


def _falls_on(observance: Observance, reading: DayReading) -> bool:
    return reading.day in observance.dates_in(reading.day.year)


def _date_beside(context: Context, start: int, end: int) -> tuple[Timex, int, int] | None:
    """The date timex written beside the name span, and the span of the whole claim."""
    text = context.text
    for timex in context.timexes_near(start, end):
        if timex.partial.month is None or timex.partial.day is None:
            continue
        if timex.start <= start and end <= timex.end and (timex.start, timex.end) != (start, end):
            return timex, timex.start, timex.end  # one expression: "Christmas Eve, Dec. 23"
        if start < timex.start < end < timex.end:
            return timex, start, timex.end  # "Easter Monday, April 6" read as "Monday, April 6"
        if timex.start >= end and _NAME_BEFORE_DATE.fullmatch(text, end, timex.start):
            return timex, start, timex.end
        if timex.end <= start and _DATE_BEFORE_NAME.fullmatch(text, timex.end, start):
            between = text[timex.end : start]
            if "(" in between or _ends_phrase(text, end):
                return timex, timex.start, end
    return None


def _ends_phrase(text: str, end: int) -> bool:
    """ "Dec. 23, Christmas Eve." is a claim; "Dec. 23, Christmas Eve and ..." a list."""
    return _PHRASE_END.match(text, end, end + 20) is not None


def _draft(
    context: Context,
    observance: Observance,
    match: re.Match[str],
    timex: Timex,
    *,
    readings: tuple[DayReading, ...],
    start: int,
    end: int,
) -> Draft:
    text = context.text
    reading = readings[0]  # the engine's year if it resolved one, else the nearest
    day = reading.day
    name = match.group(0)
    true_days = observance.dates_in(day.year)
    nearest = min(true_days, key=lambda d: abs((d - day).days))
    when = " or ".join(
        ap_date(d, year=False) for d in sorted(true_days, key=lambda d: (d != nearest, d))
    )
    message = f"{name} falls on {ap_date(nearest)}, not on {ap_date(day, year=False)}"
    if len(true_days) > 1:
        message += f" (its dates in {day.year}: {when})"
    if reading.note:
        message += f" ({reading.note})"
    date_words = text[timex.start : timex.end]
    fixes = (restyle_date(date_words, day, nearest),)
    return Draft(
        start=start,
        end=end,
        text=text[start:end],
        observed=ap_date(day),
        expected=f"{when} in {day.year}",
        message=message,
        fixes=fixes,
        related=(
            Span(match.start(), match.end(), name),
            Span(timex.start, timex.end, date_words),
            *reading.related,
        ),
        timexes=(timex.tid,),
        rests_on_dct=not reading.year_written,
        rule=(
            f"observance {name!r} (dates {', '.join(observance.rules)}) against "
            f"{day.isoformat()} of timex {timex.tid} (rule {timex.rule})"
        ),
    )

"""Calendar arithmetic and date wording shared by the checks.

Dates are written the way news writes them (AP style: "Sept. 26, 2021"), and a fix
keeps the style of the words it replaces ("September 26" stays spelled out).
"""

from __future__ import annotations

import datetime as _dt

from timefact._calendar import JULIAN_UNTIL, julian_weekday
from timefact._calendar import days_in_month as engine_days_in_month
from timefact._regex_cache import compiled

WEEKDAY_NAMES: tuple[str, ...] = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)
MONTH_NAMES: tuple[str, ...] = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
AP_MONTHS: tuple[str, ...] = (
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)

# Month words as written in news, lower-cased, to month number.
MONTH_WORDS: dict[str, int] = {}
for _number, _name in enumerate(MONTH_NAMES, start=1):
    MONTH_WORDS[_name.lower()] = _number
    MONTH_WORDS[_name[:3].lower()] = _number
MONTH_WORDS["sept"] = 9

# A capitalised month word, optionally abbreviated with a dot ("Sept.", "Feb", "March").
MONTH_PATTERN = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
WEEKDAY_PATTERN = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|Tues|Thurs|Thur|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b\.?"
)
AP_WEEKDAYS: tuple[str, ...] = ("Mon.", "Tues.", "Wed.", "Thurs.", "Fri.", "Sat.", "Sun.")
_WEEKDAY_WORD = compiled(WEEKDAY_PATTERN)
_MONTH_WORD = compiled(r"\b" + MONTH_PATTERN)
_DAY_NUMBER = compiled(r"\b(?P<day>\d{1,2})(?P<suffix>st|nd|rd|th)?\b")
_YEAR_NUMBER = compiled(r"\b(?:1[0-9]|2[0-9])\d\d\b")
_DATE_VALUE = compiled(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})")


def month_number(word: str) -> int | None:
    """Month number of a month word ("Sept." -> 9), or ``None``."""
    return MONTH_WORDS.get(word.rstrip(".").lower())


def days_in_month(year: int | None, month: int) -> int:
    """Days in ``month``; February has 29 when the year is unknown (it might be leap)."""
    if month == 2 and year is None:
        return 29
    return engine_days_in_month(year if year is not None else 2000, month)


def parse_day_value(value: str) -> _dt.date | None:
    """The calendar day of a TIMEX3 value that starts with ``YYYY-MM-DD``, else ``None``."""
    match = _DATE_VALUE.match(value)
    if match is None:
        return None
    try:
        return _dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return None


def ap_date(day: _dt.date, *, year: bool = True) -> str:
    """``Sept. 26, 2021`` (or ``Sept. 26`` without the year)."""
    text = f"{AP_MONTHS[day.month - 1]} {day.day}"
    return f"{text}, {day.year}" if year else text


def weekday_number(word: str) -> int | None:
    """ISO weekday of a weekday word or its abbreviation ("Tues." -> 2), or ``None``."""
    stem = word.rstrip(".").lower()
    for number, name in enumerate(WEEKDAY_NAMES, start=1):
        if len(stem) >= 3 and name.lower().startswith(stem):
            return number
    return None


def weekday_name(day: _dt.date) -> str:
    return WEEKDAY_NAMES[day.weekday()]


def fits_weekday(day: _dt.date, weekday: int) -> bool:
    """Whether the date falls on ``weekday``, in the Julian calendar for old dates too."""
    return day.isoweekday() == weekday or (day < JULIAN_UNTIL and julian_weekday(day) == weekday)


def nearest_with_weekday(day: _dt.date, weekday: int) -> _dt.date:
    """The date within three days of ``day`` that falls on ISO ``weekday``."""
    offset = (weekday - day.isoweekday()) % 7
    if offset > 3:
        offset -= 7
    return day + _dt.timedelta(days=offset)


def replace_weekday(words: str, weekday: int) -> str:
    """``words`` with its weekday word replaced by ISO ``weekday``, keeping the style."""
    match = _WEEKDAY_WORD.search(words)
    if match is None:
        return f"{WEEKDAY_NAMES[weekday - 1]}, {words}"
    old = match.group(0)
    stem = old.rstrip(".")
    full = WEEKDAY_NAMES[weekday - 1]
    if stem in WEEKDAY_NAMES:
        new = full
    elif len(stem) == 3:
        new = full[:3] + ("." if old.endswith(".") else "")
    else:
        new = AP_WEEKDAYS[weekday - 1] if old.endswith(".") else AP_WEEKDAYS[weekday - 1][:-1]
    return words[: match.start()] + new + words[match.end() :]


def restyle_date(words: str, old: _dt.date, new: _dt.date) -> str:
    """``words`` (which write ``old``) rewritten to say ``new`` in the same style."""
    out = words
    month_match = _MONTH_WORD.search(out)
    if month_match is not None and new.month != old.month:
        written = month_match.group(0)
        if written.endswith(".") or len(written) <= 4:
            replacement = AP_MONTHS[new.month - 1]
        else:
            replacement = MONTH_NAMES[new.month - 1]
        out = out[: month_match.start()] + replacement + out[month_match.end() :]
    for day_match in _DAY_NUMBER.finditer(out):
        if int(day_match["day"]) == old.day and not _YEAR_NUMBER.fullmatch(day_match.group(0)):
            suffix = ordinal_suffix(new.day) if day_match["suffix"] else ""
            out = out[: day_match.start()] + f"{new.day}{suffix}" + out[day_match.end() :]
            break
    else:
        return ap_date(new, year=new.year != old.year)
    return out


def ordinal_suffix(number: int) -> str:
    if 10 <= number % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


def plural(count: int | float, unit: str) -> str:
    shown = f"{count:g}" if isinstance(count, float) else str(count)
    return f"{shown} {unit}" if count == 1 else f"{shown} {unit}s"

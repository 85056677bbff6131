"""Which way a text writes its numeric dates: "6/7" is June 7 in New York and 6 July in
London. The grammar reads an ambiguous one month first; a text that shows it writes the
day first (a "14/10" somewhere, or dates written "3 March" rather than "March 3") has
its ambiguous ones read day first.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from dataclasses import replace

from timefact._calendar import safe_date
from timefact._mention import Mention
from timefact._regex_cache import compiled

_NUMERIC_RULES = frozenset({"numeric-date", "numeric-month-day", "numeric-month-day-listed"})
# A month and day written with no word to say it is a date: kept only where the text
# writes at least this many other numeric dates ("on 3/15 ... this Sunday 3/3 ... we
# know 3/15 is a school day").
_LISTED = "numeric-month-day-listed"
_LISTED_NEEDS = 1
# A timeline's entry headed by a month and day: "3/2: Ray takes out a policy", "6/11, a
# Wednesday: Lynn is found"
_ENTRY_BEFORE = compiled(r"(?:^|\n|[.!?][ \t])[ \t]*$")
_ENTRY_AFTER = compiled(r"(?::[ \t]|,[ \t]+a[ \t]+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)")
_ENTRY_HEADS_NEEDED = 2
_AMBIGUOUS = compiled(r"(?:.*?\D)?(?P<first>0?[1-9]|1[0-2])[/.-](?P<second>0?[1-9]|1[0-2])(?!\d)")
_DAY_FIRST = compiled(r"(?<![\d/])(?!24/7\b)(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])(?![\d])")
_MONTH_FIRST = compiled(r"(?<![\d/])(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])(?![\d])")
# Spellings of British English and of American English: which way round a text writes
# its dates when nothing else shows it ("timestamped 06/11/2021 ... Neighbours say").
_BRITISH_SPELLING = compiled(
    r"\b(?i:neighbours?|neighbourhoods?|colours?|favourites?|honour(?:s|ed)?|centres?|"
    r"theatres?|metres|kilometres|programmes|organis(?:e|ed|ing|ation)|realis(?:e|ed|ing)|"
    r"apologis(?:e|ed)|recognis(?:e|ed)|tyres?|petrol|fortnight|postcode|mum|whilst|"
    r"pavements?|lorry|lorries|nappies|jumper)\b"
)
_AMERICAN_SPELLING = compiled(
    r"\b(?i:neighbors?|neighborhoods?|colors?|favorites?|honor(?:s|ed)?|centers?|"
    r"theaters?|meters|kilometers|programs|organiz(?:e|ed|ing|ation)|realiz(?:e|ed|ing)|"
    r"apologiz(?:e|ed)|recogniz(?:e|ed)|tires?|gasoline|zip\s+code|mom|sidewalks?|"
    r"trucks?|diapers|sweater)\b"
)
# A weekday written before a date in words ("Sunday 12 October", "Tue, Sep 26").
_LEADING_WEEKDAY = compiled(r"[A-Za-z]+\.?,?\s+")
_DAY_WRITTEN_FIRST = compiled(r"(?:the\s+)?\d")
# How near the publication date a dated stamp is taken to be.
_NEAR_DAYS = 31
_VERY_NEAR_DAYS = 7
_WEEKDAY_READING_DAYS = 183  # days from the telling a weekday and numeric date are read in
_WEEKS_AWAY_DAYS = 21


def writes_day_first(text: str, mentions: Sequence[Mention], dct: _dt.date | None = None) -> bool:
    """Whether the text shows that it writes the day before the month: in its numeric
    dates that can be read one way only, in the dates the grammar found in words, and in
    dated stamps that only one way puts near the publication date ("[04/11/2017, 10:03]"
    in a chat of 5 November 2017)."""
    worded = [
        m
        for m in mentions
        if m.partial.month is not None
        and m.partial.day is not None
        and m.partial.hour is None  # "9 a.m. on Oct. 1" starts with its clock time
        and m.rule not in _NUMERIC_RULES
    ]
    in_words = sum(_day_written_first(m) for m in worded)
    # A numeric date that can only be read one way counts twice a date in words.
    day_first = 2 * len(_DAY_FIRST.findall(text)) + in_words
    month_first = 2 * len(_MONTH_FIRST.findall(text)) + len(worded) - in_words
    if dct is not None:
        for mention in mentions:
            near = _near_reading(mention, dct) or _weekday_reading(mention, dct)
            day_first += 2 * (near == "day")
            month_first += 2 * (near == "month")
    if day_first == month_first:
        # nothing in its dates shows it: how the text spells ("neighbours", "colour")
        british = len(_BRITISH_SPELLING.findall(text))
        return british > len(_AMERICAN_SPELLING.findall(text))
    return day_first > month_first


def _ambiguous(mention: Mention) -> bool:
    """Whether a mention is a numeric date with a month and a day either way round."""
    p = mention.partial
    return (
        mention.rule in _NUMERIC_RULES
        and p.month is not None
        and p.day is not None
        and _AMBIGUOUS.match(mention.text) is not None
    )


def _weekday_reading(mention: Mention, dct: _dt.date) -> str | None:
    """Which reading of an ambiguous numeric date written with its weekday ("Fri 04/03",
    texted on 1 March 2022), if only one, puts that weekday on it in a year near the
    publication date."""
    p = mention.partial
    if p.weekday is None or not _ambiguous(mention) or p.month is None or p.day is None:
        return None
    years = (p.year,) if p.year is not None else (dct.year - 1, dct.year, dct.year + 1)
    fits = [
        any(
            (day := safe_date(year, month, day_of_month)) is not None
            and day.isoweekday() == p.weekday
            and (p.year is not None or abs((day - dct).days) <= _WEEKDAY_READING_DAYS)
            for year in years
        )
        for month, day_of_month in ((p.month, p.day), (p.day, p.month))
    ]
    if fits[0] == fits[1]:
        return None
    return "month" if fits[0] else "day"


def _near_reading(mention: Mention, dct: _dt.date, strict: bool = False) -> str | None:
    """Which reading of an ambiguous numeric date with its year, if only one, falls within
    a month of the publication date (``strict``: within days, the other weeks away)."""
    p = mention.partial
    if p.year is None or not _ambiguous(mention) or p.month is None or p.day is None:
        return None
    month_first, day_first = safe_date(p.year, p.month, p.day), safe_date(p.year, p.day, p.month)
    away = [
        abs((reading - dct).days) if reading is not None else None
        for reading in (month_first, day_first)
    ]
    near = [days is not None and days <= _NEAR_DAYS for days in away]
    if strict:
        return _much_nearer(*(days if days is not None else _WEEKS_AWAY_DAYS for days in away))
    if near[0] == near[1]:
        if near[0]:
            # both within the month: "Sam · 02/03/2019 4:51 PM" in a chat of 4 March 2019
            # is the day before yesterday, not four weeks before
            return _much_nearer(away[0] or 0, away[1] or 0)
        return None
    return "month" if near[0] else "day"


def _much_nearer(month_first: int, day_first: int) -> str | None:
    """Which of two readings, each so many days from the publication date, lies within
    days of it while the other lies weeks away."""
    if month_first <= _VERY_NEAR_DAYS and day_first >= _WEEKS_AWAY_DAYS:
        return "month"
    if day_first <= _VERY_NEAR_DAYS and month_first >= _WEEKS_AWAY_DAYS:
        return "day"
    return None


def _day_written_first(mention: Mention) -> bool:
    """ "3 March 1950", "Sunday 12 October", "the 14th of Feb"; not "March 3"."""
    text = mention.text
    if mention.partial.weekday is not None:
        leading = _LEADING_WEEKDAY.match(text)
        text = text[leading.end() :] if leading else text
    return _DAY_WRITTEN_FIRST.match(text) is not None


def in_text_order(
    text: str, mentions: Sequence[Mention], dct: _dt.date | None = None
) -> list[Mention]:
    """The mentions, with ambiguous numeric dates read the way the text writes them."""
    mentions = _with_listed_dates(text, mentions)
    ambiguous = [m for m in mentions if _ambiguous(m)]
    if not ambiguous:
        return list(mentions)
    day_first = writes_day_first(text, mentions, dct)
    shown = _DAY_FIRST.search(text) or _MONTH_FIRST.search(text)
    swapped: dict[int, Mention | None] = {}
    for m in ambiguous:
        # where no date shows the order, one dated days from the telling that the other
        # reading puts weeks away is read the near way ("a notification dated 12-06-2024",
        # published 13 June 2024), whatever the dates in words say
        near = None if shown or dct is None else _near_reading(m, dct, strict=True)
        if near == "day" or (near is None and day_first):
            swapped[id(m)] = _day_first(m)
    return [swapped.get(id(m)) or m for m in mentions]


def _day_first(mention: Mention) -> Mention | None:
    p = mention.partial
    if p.month is None or p.day is None:
        return None
    month, day = p.day, p.month
    if p.year is not None and safe_date(p.year, month, day) is None:
        return None
    value = mention.value
    if value is not None and p.year is not None:
        value = f"{p.year:04d}-{month:02d}-{day:02d}" + value[10:]
    return replace(mention, partial=replace(p, month=month, day=day), value=value)


def _with_listed_dates(text: str, mentions: Sequence[Mention]) -> Sequence[Mention]:
    """The mentions without bare month-day numbers, unless the text writes enough other
    numeric dates to show it writes dates that way, or heads two or more entries of a
    timeline with them ("3/2: takes out a policy. 3/14: first 911 call.")."""
    listed = [m for m in mentions if m.rule == _LISTED]
    if not listed:
        return mentions
    others = sum(1 for m in mentions if m.rule in _NUMERIC_RULES and m.rule != _LISTED)
    if others >= _LISTED_NEEDS:
        return mentions
    heads = sum(
        1
        for m in listed
        if _ENTRY_BEFORE.search(text, max(0, m.start - 3), m.start)
        and _ENTRY_AFTER.match(text, m.end)
    )
    if heads >= _ENTRY_HEADS_NEEDED:
        return mentions
    return [m for m in mentions if m.rule != _LISTED]

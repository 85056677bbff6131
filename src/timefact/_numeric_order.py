"""Which way a text writes its numeric dates: "6/7" is June 7 in New York and 6 July in
London. The grammar reads an ambiguous one month first; a text that shows it writes the
day first (a "14/10" somewhere, or dates written "3 March" rather than "March 3") has
its ambiguous ones read day first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from timefact._calendar import safe_date
from timefact._mention import Mention

_NUMERIC_RULES = frozenset({"numeric-date", "numeric-month-day"})
_AMBIGUOUS = re.compile(r"(?:.*?\D)?(?P<first>0?[1-9]|1[0-2])/(?P<second>0?[1-9]|1[0-2])(?!\d)")
_DAY_FIRST = re.compile(r"(?<![\d/])(?!24/7\b)(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])(?![\d])")
_MONTH_FIRST = re.compile(r"(?<![\d/])(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])(?![\d])")
_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b"
)
_DAY_MONTH = re.compile(r"\b(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+" + _MONTHS)
_MONTH_DAY = re.compile(_MONTHS + r"\.?\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b")


def writes_day_first(text: str) -> bool:
    """Whether the text shows that it writes the day before the month."""
    # A numeric date that can only be read one way counts twice a date in words.
    day_first = 2 * len(_DAY_FIRST.findall(text)) + len(_DAY_MONTH.findall(text))
    month_first = 2 * len(_MONTH_FIRST.findall(text)) + len(_MONTH_DAY.findall(text))
    return day_first > month_first


def in_text_order(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions, with ambiguous numeric dates read the way the text writes them."""
    ambiguous = [
        m for m in mentions if m.rule in _NUMERIC_RULES and _AMBIGUOUS.match(m.text) is not None
    ]
    if not ambiguous or not writes_day_first(text):
        return list(mentions)
    swapped = {id(m): _day_first(m) for m in ambiguous}
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

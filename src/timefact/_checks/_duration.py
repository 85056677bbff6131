"""TF105 duration-mismatch: a stated interval that the article's own dates contradict.

Two shapes are read inside one sentence (intervals counted from an event the article
dates in another sentence are read by :mod:`._duration_events`):

- ``DURATION after|before|since|following|prior to ... DATE``: "On Sept. 20, two weeks
  after the Sept. 1 vote" (the interval between the sentence's own date, or for
  "since" the publication date, and the date after the cue);
- ``Nth / N-year anniversary of ... YEAR``: "the 10th anniversary of the 2005 attack"
  against the publication date.

People round intervals, so a finding needs the dates to be off by at least half a unit
and by more than a quarter of the stated length ("one year after" a date 18 months
back is reported; "30 years after" a date 29 years back is not).
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from timefact._checks import _duration_events
from timefact._checks._calendar import ap_date, ordinal_suffix, parse_day_value, plural
from timefact._checks._context import Context
from timefact._checks._draft import Draft
from timefact._checks._numbers import anniversary_number, anniversary_ordinals
from timefact._model import Severity, Span, Timex, TimexType
from timefact._regex_cache import compiled

# A calendar duration: "P2W", "P1.5Y", "P2Y6M" (no clock part).
_DURATION = compiled(
    r"P(?=\d)(?:(?P<Y>\d{1,4}(?:\.\d+)?)Y)?(?:(?P<M>\d{1,4}(?:\.\d+)?)M)?"
    r"(?:(?P<W>\d{1,4}(?:\.\d+)?)W)?(?:(?P<D>\d{1,5}(?:\.\d+)?)D)?"
)
_CUE = compiled(r"\s+(?P<cue>after|before|since|following|prior\s+to)\b")
# "has lasted 10 weeks since July 1" runs to now; "worked 10 years since 1990" may not.
_UP_TO_NOW = compiled(r"\b(?:has|have|now|so far|to date)\b|'s been\b")
_TRAILING_DATE = compiled(r"[^,.;]{0,40},\s(?:on\s|in\s)?")
_YEAR_VALUE = compiled(r"(?P<y>\d{4})(?:-(?P<m>\d{2}))?")
_ANNIVERSARY = compiled(
    r"\b(?P<nth>\d{1,3}(?:st|nd|rd|th)|\d{1,3}-year|(?i:"
    + "|".join(sorted(map(re.escape, anniversary_ordinals()), key=lambda w: (-len(w), w)))
    + r"))\s+anniversary\s+of\b"
)
_YEAR_WORD = compiled(r"\b(?P<year>(?:1[6-9]|20)\d\d)\b(?!\s*(?:percent|%|people|miles))")
_OTHER_TIME = compiled(
    r"\b(?i:next|last|this|coming)\s+(?:year|month|week)\b|\bwill\b"
    r"|\bwould\b"
)
_UNIT_DAYS = {"D": 1.0, "W": 7.0, "M": 30.44, "Y": 365.25}
_UNIT_NAME = {"D": "day", "W": "week", "M": "month", "Y": "year"}


@dataclass(frozen=True, slots=True)
class _When:
    """A point read off a certain timex (or the DCT), at its grain."""

    day: _dt.date
    grain: str  # "D", "M" or "Y"
    words: str


def run(context: Context) -> Iterator[Draft]:
    yield from _intervals(context)
    yield from _anniversaries(context)
    yield from _duration_events.run(context)


def _intervals(context: Context) -> Iterator[Draft]:
    text = context.text
    for duration in context.timexes:
        length = _length(duration.value)
        if duration.type is not TimexType.DURATION or length is None or duration.mod:
            continue
        if "age" in duration.rule or duration.text.endswith(("-year-old", "year-old")):
            continue
        cue = _CUE.match(text, duration.end)
        if cue is None:
            continue
        sentence_start, sentence_end = context.sentence_of(duration.start)
        later = _first_date_after(context, cue.end(), min(sentence_end, cue.end() + 90))
        if later is None:
            continue
        other_timex, other = later
        word = cue["cue"].split()[0]
        reference = _reference(context, sentence_start, duration.start, other_timex.end, word)
        if reference is None:
            continue
        reference_timex, base = reference
        ordered = _year_by_order(other_timex, other, base, earlier=word not in ("before", "prior"))
        if ordered is None:
            continue
        other = ordered
        stated, unit = length
        if word in ("before", "prior"):
            actual = _between(base, other, unit)
        else:
            actual = _between(other, base, unit)
        if actual is None or not _contradicts(stated, actual, years_only=_years_only(base, other)):
            continue
        related = [Span(other_timex.start, other_timex.end, other_timex.text)]
        tids = [duration.tid, other_timex.tid]
        if reference_timex is not None:
            related.insert(
                0, Span(reference_timex.start, reference_timex.end, reference_timex.text)
            )
            tids.insert(0, reference_timex.tid)
        yield _draft(
            context,
            duration,
            stated=stated,
            unit=unit,
            actual=actual,
            base=base,
            other=other,
            cue=word,
            related=tuple(related),
            tids=tuple(tids),
        )


def _length(value: str) -> tuple[float, str] | None:
    """A duration value as a count of its largest unit: "P2Y6M" is 2.5 years."""
    match = _DURATION.fullmatch(value)
    if match is None:
        return None
    parts = {unit: float(match[unit]) for unit in "YMWD" if match[unit]}
    if not parts:
        return None
    unit = next(u for u in "YMWD" if u in parts)
    days = sum(count * _UNIT_DAYS[u] for u, count in parts.items())
    stated = round(days / _UNIT_DAYS[unit], 2) if len(parts) > 1 else parts[unit]
    return stated, unit


def _first_date_after(context: Context, start: int, end: int) -> tuple[Timex, _When] | None:
    for timex in context.timexes_in(start, end):
        when = _when(timex) or _month_day(timex)
        if when is not None:
            return timex, when
        if timex.type in (TimexType.DATE, TimexType.TIME):
            return None
    return None


def _reference(
    context: Context, sentence_start: int, before: int, after: int, cue: str
) -> tuple[Timex | None, _When] | None:
    """The date the interval runs to: the sentence's own date, or, for "since" in the
    present perfect ("has lasted 10 weeks since July 1"), the publication date."""
    candidates = [
        t
        for t in context.timexes_in(sentence_start, before)
        if t.type in (TimexType.DATE, TimexType.TIME)
    ]
    if not candidates:
        # "Three months after the March 3 election, on Sept. 20, ...": the date follows.
        trailing = _TRAILING_DATE.match(context.text, after)
        if trailing is not None:
            candidates = [
                t
                for t in context.timexes_in(trailing.end(), trailing.end() + 40)
                if t.start == trailing.end()
            ][:1]
    if candidates:
        when = _when(candidates[-1])
        return (candidates[-1], when) if when is not None else None
    if (
        cue == "since"
        and context.dct is not None
        and _UP_TO_NOW.search(context.text, sentence_start, after)
    ):
        return None, _When(context.dct, "D", f"the publication date, {ap_date(context.dct)}")
    return None


def _when(timex: Timex) -> _When | None:
    if not timex.certain or timex.type not in (TimexType.DATE, TimexType.TIME):
        return None
    day = parse_day_value(timex.value)
    if day is not None:
        return _When(day, "D", ap_date(day))
    match = _YEAR_VALUE.fullmatch(timex.value)
    if match is None:
        return None
    if match["m"]:
        month = int(match["m"])
        if not 1 <= month <= 12:
            return None
        return _When(_dt.date(int(match["y"]), month, 1), "M", timex.text)
    return _When(_dt.date(int(match["y"]), 1, 1), "Y", match["y"])


def _month_day(timex: Timex) -> _When | None:
    """A month and day without a written year; :func:`_year_by_order` gives the year."""
    partial = timex.partial
    if partial.year is not None or partial.month is None or partial.day is None:
        return None
    try:
        day = _dt.date(2000, partial.month, partial.day)  # a leap year: Feb. 29 is allowed
    except ValueError:
        return None
    return _When(day, "D", ap_date(day, year=False))


def _year_by_order(timex: Timex, when: _When, base: _When, *, earlier: bool) -> _When | None:
    """Put an unwritten year where the words put the date: before the base for "after"
    and "since", after it for "before" (the nearest such year), whatever year a guess chose.
    """
    partial = timex.partial
    if partial.year is not None or partial.month is None or partial.day is None:
        return when
    options = []
    near = (base.day.year - 1, base.day.year) if earlier else (base.day.year, base.day.year + 1)
    for year in near:
        try:
            day = _dt.date(year, partial.month, partial.day)
        except ValueError:
            continue
        if (day <= base.day) if earlier else (day >= base.day):
            options.append(day)
    if not options:
        return None  # "Feb. 29" with no leap year in reach: the words do not place it
    day = min(options, key=lambda d: abs((d - base.day).days))
    return _When(day, "D", ap_date(day))


def _between(earlier: _When, later: _When, unit: str) -> float | None:
    grain = max(earlier.grain, later.grain, key="DMY".index)
    if grain == "Y" or (grain == "M" and unit in ("D", "W")):
        if unit != "Y" or grain != "Y":
            return None
        return float(later.day.year - earlier.day.year)
    if grain == "M":
        months = (later.day.year - earlier.day.year) * 12 + later.day.month - earlier.day.month
        return float(months) / (12 if unit == "Y" else 1) if unit in ("M", "Y") else None
    return (later.day - earlier.day).days / _UNIT_DAYS[unit]


def _years_only(first: _When, second: _When) -> bool:
    """Whether the interval can only be counted in calendar years (a side is a bare year)."""
    return "Y" in (first.grain, second.grain)


def _contradicts(stated: float, actual: float, *, years_only: bool = False) -> bool:
    """Whether the dates are too far from the stated interval for rounding to explain.

    Counted in calendar years the difference has a year of slack either way (December
    2019 to January 2021 is "one year" though the years differ by two), so only two years
    off counts.
    """
    off = abs(actual - stated)
    if years_only:
        return off >= 2
    return off >= 0.5 and off > 0.25 * stated


def _draft(
    context: Context,
    duration: Timex,
    *,
    stated: float,
    unit: str,
    actual: float,
    base: _When,
    other: _When,
    cue: str,
    related: tuple[Span, ...],
    tids: tuple[str, ...],
) -> Draft:
    unit_name = _UNIT_NAME[unit]
    shown = round(actual, 1)
    actual_words = plural(int(shown) if shown == int(shown) else shown, unit_name)
    stated_words = plural(int(stated) if stated == int(stated) else stated, unit_name)
    first, second = (base, other) if cue in ("before", "prior") else (other, base)
    message = (
        f'"{duration.text}" {cue} {other.words}, but {first.words} to '
        f"{second.words} is {actual_words}"
    )
    if base.words.startswith("the publication date"):
        note = context.dct_note()
        if context.doc.dct.source.value == "inferred" and note:
            message += f" ({note})"
    severity = Severity.ERROR if abs(actual - stated) > 1 else Severity.WARNING
    return Draft(
        start=duration.start,
        end=duration.end,
        text=duration.text,
        observed=stated_words,
        expected=actual_words,
        message=message,
        fixes=(_restate(duration.text, stated, round(actual)),) if round(actual) > 0 else (),
        related=related,
        timexes=tids,
        severity=severity,
        rests_on_dct=base.words.startswith("the publication date"),
        rule=(
            f"duration {duration.value} (timex {duration.tid}, rule {duration.rule}) "
            f"against the interval {first.day.isoformat()}..{second.day.isoformat()}"
        ),
    )


def _restate(words: str, stated: float, actual: int) -> str:
    number = str(int(stated)) if stated == int(stated) else str(stated)
    if number in words:
        return words.replace(number, str(actual), 1)
    return f"{actual} {words.rsplit(maxsplit=1)[-1]}" if " " in words else str(actual)


def _anniversaries(context: Context) -> Iterator[Draft]:
    dct = context.dct
    if dct is None:
        return
    text = context.text
    if "anniversary" not in text:
        return
    for match in _ANNIVERSARY.finditer(text):
        stated = anniversary_number(match["nth"])
        if stated is None:
            continue
        sentence_start, sentence_end = context.sentence_of(match.start())
        sentence = text[sentence_start:sentence_end]
        window_end = min(sentence_end, match.end() + 80)
        year_match = _YEAR_WORD.search(text, match.end(), window_end)
        if year_match is None:
            continue
        rest = (
            sentence[: year_match.start() - sentence_start]
            + sentence[year_match.end() - sentence_start :]
        )
        if _OTHER_TIME.search(rest):
            continue  # "next year's 50th anniversary": dated by something else
        others = {int(y) for y in _YEAR_WORD.findall(rest)} - {int(year_match["year"])}
        if len(others) > 1:
            continue
        year = int(year_match["year"])
        on_year = others.pop() if others else dct.year
        actual = on_year - year
        # Against the publication date, one year off a round anniversary may be a coming or
        # just-past one ("preparations for the 50th anniversary"); against a year written
        # in the sentence, or for a first few anniversaries, it is not.
        slack = 1 if not others and stated >= 5 else 0
        if actual <= 0 or abs(actual - stated) <= slack:
            continue
        on_words = (
            f"is marked in {on_year}"
            if on_year != dct.year or not slack
            else f"is told in a story dated {ap_date(dct)}"
        )
        start, end = match.start("nth"), match.end()
        words = text[start:end]
        note = context.dct_note()
        message = (
            f"the {match['nth']} anniversary of a {year} event falls in "
            f"{year + stated}, but it {on_words}: "
            f"it is the {actual}{ordinal_suffix(actual)} anniversary"
        )
        if slack and context.doc.dct.source.value == "inferred" and note:
            message += f" ({note})"
        yield Draft(
            start=start,
            end=end,
            text=words,
            observed=f"anniversary {stated}",
            expected=f"anniversary {actual}",
            message=message,
            fixes=(f"{actual}{ordinal_suffix(actual)} anniversary of",) if actual > 0 else (),
            related=(Span(year_match.start(), year_match.end(), year_match.group(0)),),
            rests_on_dct=not others,
            timexes=tuple(
                t.tid
                for t in context.timexes_near(year_match.start(), year_match.end(), 0)
                if t.start < year_match.end() and year_match.start() < t.end
            ),
            rule=f"anniversary {stated} against {on_year} - {year}",
            severity=Severity.ERROR if abs(actual - stated) > 1 else Severity.WARNING,
        )

"""TF105 across sentences: an interval counted from an event the article dates elsewhere.

"The team lost the final on March 3, 2020." ... "One year after the loss, on Sept. 20,
2021, the coach resigned." The event is matched by its word (``data/check_events.toml``:
lost/loss, attack, sober/sobriety, ...) and must be dated once in the article (see
:mod:`._events`). Three shapes count from it:

- ``DURATION after|since|following|before|prior to the EVENT``: "one year after the
  loss", "10 weeks since the crash", "two weeks before the election";
- a lasting state: "is now 10 weeks sober", "has been married for 10 years", "10 years
  of marriage" (present tense only);
- ``the Nth anniversary of the EVENT`` said as now ("marked the first anniversary of the
  attack", "Tuesday is the one-year anniversary of the crash").

The interval runs to the sentence's own date (a certain day date in it, exactly one),
or to the publication date when the sentence speaks of now ("now", "has been", "is"). A
finding needs both ends to be explicit day dates the engine is certain of, and the
stated interval to be off by more than news rounding ("a year" fits 10 to 14 months,
"10 weeks" fits 9 to 11; "about" widens that, "more than" and "nearly" bound one side
only). An unwritten year is tried in every year the words allow, and the check reports
only when none fits.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from timefact._checks._calendar import ap_date, ordinal_suffix, parse_day_value, plural
from timefact._checks._context import Context
from timefact._checks._draft import Draft
from timefact._checks._events import (
    DatedEvent,
    dated_events,
    event_of,
    explicit_day,
    word_pattern,
)
from timefact._checks._numbers import anniversary_number, anniversary_ordinals
from timefact._checks._reading import day_readings
from timefact._model import Severity, Span, Timex, TimexType
from timefact._regex_cache import compiled

_UNIT_DAYS = {"D": 1.0, "W": 7.0, "M": 30.44, "Y": 365.25}
_UNIT_NAME = {"D": "day", "W": "week", "M": "month", "Y": "year"}
# News rounding: at least this many days either way, or this share of the interval.
_SLACK_DAYS = {"D": 1.0, "W": 7.0, "M": 30.44, "Y": 61.0}
_SLACK_SHARE = {"D": 0.15, "W": 0.10, "M": 0.17, "Y": 0.17}
_DURATION = compiled(
    r"P(?=\d)(?:(?P<Y>\d{1,4}(?:\.\d+)?)Y)?(?:(?P<M>\d{1,4}(?:\.\d+)?)M)?"
    r"(?:(?P<W>\d{1,4}(?:\.\d+)?)W)?(?:(?P<D>\d{1,5}(?:\.\d+)?)D)?"
)
_WORDS_BETWEEN = r"(?P<between>(?:[\w'’-]{1,30}\s+){0,3}?)"
# Words that make the event one of several: "after a loss", "since his last arrest".
_NOT_THE_ONE = compiled(
    r"\b(?i:a|an|another|any|each|every|one|some|first|second|third|last|latest|recent"
    r"|previous|next|new|earlier|later|such|this\s+year's)\b|\d"
)
_COMPLEMENT = compiled(
    r"\s+(?:of|on|against|in|at|to|by|with)\s+(?:(?:the|a|an|his|her|their|its|our)\s+)?"
    r"(?P<head>[\w'’-]{2,30})"
)
_STOP = frozenset(
    {
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
        "that",
        "this",
        "team's",
        "he",
        "she",
        "they",
        "we",
        "it",
    }
)
_PRESENT_BEFORE = compiled(
    r"(?:\b(?:has|have)\s+been|['’]s\s+been|\bis|\bare|\bam|['’]s|['’]re|\bnow|\btoday)"
    r"(?:\s+(?:now|still|only|just|almost|nearly|more\s+than|about))?\s+$"
)
_PRESENT_AFTER = compiled(
    r"[^,.;]{0,40},\s+(?:[\w'’-]{1,30}\s+){0,3}?(?:is|are|has|have|remains|remain|still)\b"
)
_NOW = compiled(r"\b(?i:now|today)\b")
_ANNIVERSARY_CUE = compiled(
    r"(?:\b(?:marks?|marked|marking|commemorat\w{1,4}|observ\w{1,4}|celebrat\w{1,4}|is|was"
    r"|remember\w{0,3})|['’]s)\s+(?:the|its|their|a)\s+$"
)


@dataclass(frozen=True, slots=True)
class _Count:
    """An interval the text counts from an event: "one year after the loss"."""

    start: int  # the main span: the duration or the anniversary words
    end: int
    days: float  # the stated length
    unit: str
    mod: str  # "", "APPROX", "LESS_THAN", "MORE_THAN"
    nearly: bool  # "nearly", "almost", "just under": close below, not far below
    earlier: bool  # the event lies before the date counted to
    event_start: int
    event_end: int
    duration: Timex | None
    anniversary: int = 0  # the N of "Nth anniversary"
    now: bool = False  # the words have said it lasts to now ("has been sober for")


@dataclass(frozen=True, slots=True)
class _Anchor:
    days: tuple[_dt.date, ...]  # every reading of the date counted to, the likeliest first
    timex: Timex | None  # None: the publication date
    words: str


def run(context: Context) -> Iterator[Draft]:
    if not _may_have_counts(context.text):
        return
    dated = dated_events(context)
    if not dated:
        return
    for count in (*_counts_after(context), *_states(context), *_anniversaries(context)):
        event = event_of(context.text[count.event_start : count.event_end])
        if event is None or event.name not in dated:
            continue
        mention = dated[event.name]
        if context.sentence_index(mention.start) == context.sentence_index(count.start):
            continue  # one sentence: the in-sentence part of the check reads it
        if not _same_event(context, count, mention):
            continue
        anchor = _anchor(context, count)
        if anchor is None:
            continue
        draft = _compare(context, count, mention, anchor)
        if draft is not None:
            yield draft


def _may_have_counts(text: str) -> bool:
    lowered = text.lower()
    return any(
        cue in lowered
        for cue in (
            "after",
            "since",
            "following",
            "before",
            "prior",
            "anniversary",
            "sober",
            "married",
            "marriage",
        )
    )


# -- what the text counts --------------------------------------------------------------


def _length(timex: Timex) -> tuple[float, str] | None:
    match = _DURATION.fullmatch(timex.value)
    if match is None or timex.type is not TimexType.DURATION or not timex.certain:
        return None
    parts = {unit: float(match[unit]) for unit in "YMWD" if match[unit]}
    if not parts or "age" in timex.rule or timex.text.endswith("year-old"):
        return None
    unit = next(u for u in "YMWD" if u in parts)
    return sum(n * _UNIT_DAYS[u] for u, n in parts.items()), unit


def _mod(timex: Timex) -> tuple[str, bool]:
    mod = timex.mod or ""
    nearly = mod == "LESS_THAN" and bool(re.match(r"(?i:nearly|almost|just\s+under)\b", timex.text))
    return mod, nearly


@functools.cache
def _after_pattern() -> re.Pattern[str]:
    return compiled(
        rf"\s+(?P<cue>after|since|following|before|prior\s+to)\s+{_WORDS_BETWEEN}"
        rf"(?P<event>{word_pattern()})(?![\w'’-])"
    )


@functools.cache
def _state_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = word_pattern()
    # "10 weeks sober", "10 years of marriage" after the duration; "sober for 10 weeks".
    after = compiled(rf"\s+(?:of\s+)?(?P<event>{words})(?![\w'’-])")
    before = compiled(rf"(?<![\w'’-])(?P<event>{words})\s+for\s+$")
    return after, before


@functools.cache
def _anniversary_pattern() -> re.Pattern[str]:
    nth = "|".join(sorted(map(re.escape, anniversary_ordinals()), key=lambda k: (-len(k), k)))
    return compiled(
        rf"(?<![\w'’-])(?P<nth>\d{{1,3}}(?:st|nd|rd|th)|\d{{1,3}}-year|(?i:{nth}))"
        rf"\s+anniversary\s+of\s+{_WORDS_BETWEEN}(?P<event>{word_pattern()})(?![\w'’-])"
    )


def _counts_after(context: Context) -> Iterator[_Count]:
    text = context.text
    pattern = _after_pattern()
    for timex in context.timexes:
        length = _length(timex)
        if length is None:
            continue
        match = pattern.match(text, timex.end, timex.end + 120)
        if match is None or _NOT_THE_ONE.search(match["between"]):
            continue
        if any(True for _ in context.timexes_in(match.start("cue"), match.end())):
            continue  # "after the March 3 loss": dated in place
        cue = match["cue"].split()[0]
        yield _stated_count(timex, length, match, earlier=cue not in ("before", "prior"))


def _stated_count(
    timex: Timex,
    length: tuple[float, str],
    match: re.Match[str],
    *,
    earlier: bool,
    now: bool = False,
) -> _Count:
    """The interval a duration timex states, counted from the event ``match`` names."""
    mod, nearly = _mod(timex)
    return _Count(
        timex.start,
        timex.end,
        length[0],
        length[1],
        mod,
        nearly,
        earlier=earlier,
        event_start=match.start("event"),
        event_end=match.end("event"),
        duration=timex,
        now=now,
    )


def _states(context: Context) -> Iterator[_Count]:
    text = context.text
    after, before = _state_patterns()
    for timex in context.timexes:
        length = _length(timex)
        if length is None:
            continue
        sentence_start, _ = context.sentence_of(timex.start)
        lead_start = max(sentence_start, timex.start - 40)
        match = after.match(text, timex.end, timex.end + 40)
        if match is not None:
            lead_end = timex.start
        else:
            match = before.search(text, lead_start, timex.start)
            lead_end = match.start() if match is not None else timex.start
        if match is None:
            continue
        event = event_of(match["event"])
        if event is None or match["event"].lower() not in event.state:
            continue
        if not _PRESENT_BEFORE.search(text, lead_start, lead_end):
            continue  # "was 10 weeks sober when ...": another time than now
        yield _stated_count(timex, length, match, earlier=True, now=True)


def _anniversaries(context: Context) -> Iterator[_Count]:
    text = context.text
    if "anniversary" not in text:
        return
    for match in _anniversary_pattern().finditer(text):
        stated = anniversary_number(match["nth"]) or 0
        if not stated or _NOT_THE_ONE.search(match["between"]):
            continue
        if not _ANNIVERSARY_CUE.search(text, max(0, match.start() - 30), match.start()):
            continue  # "on the first anniversary", "before the 10th anniversary": any time
        yield _Count(
            match.start("nth"),
            match.end("nth") + len(" anniversary"),
            stated * _UNIT_DAYS["Y"],
            "Y",
            "",
            False,
            earlier=True,
            event_start=match.start("event"),
            event_end=match.end("event"),
            duration=None,
            anniversary=stated,
        )


# -- whether the two mentions are one event --------------------------------------------


def _same_event(context: Context, count: _Count, mention: DatedEvent) -> bool:
    """Names and objects written with the counted event must be in the dated sentence:
    "after the Hawks' loss" is not the Bulls' loss; "the loss of his job" is not the final.
    """
    text = context.text
    dated_words = {w.lower() for w in re.findall(r"[\w'’-]+", text[slice(*mention.sentence)])}
    lead = text[max(0, count.event_start - 40) : count.event_start].split()
    named = [w for w in lead[-3:] if w[:1].isupper() and w.lower() not in _STOP]
    complement = _COMPLEMENT.match(text, count.event_end, count.event_end + 60)
    if complement is not None:
        named.append(complement["head"])
    return all(_stem(w) in {_stem(d) for d in dated_words} for w in named)


def _stem(word: str) -> str:
    return re.sub(r"(?:['’]s|['’]|s)$", "", word.lower())


# -- the date counted to ---------------------------------------------------------------


def _anchor(context: Context, count: _Count) -> _Anchor | None:
    """The sentence's own day date, or the publication date when it speaks of now."""
    start, end = context.sentence_of(count.start)
    own = []
    for timex in context.timexes_in(start, end):
        if timex is count.duration or timex.type not in (TimexType.DATE, TimexType.TIME):
            continue
        if timex.value == "PRESENT_REF" and timex.certain:
            continue  # "now": the publication date, below
        if not explicit_day(timex) and not (
            timex.certain and timex.partial.weekday and parse_day_value(timex.value)
        ):
            return None  # "in 2020", "last month", a guess: another time is in play
        own.append(timex)
    if len({t.value[:10] for t in own}) > 1:
        return None
    if own:
        timex = own[0]
        readings = (
            tuple(r.day for r in day_readings(context, timex))
            if timex.partial.month is not None
            else ()
        )
        resolved = parse_day_value(timex.value)
        assert resolved is not None
        days = readings or (resolved,)
        return _Anchor(days, timex, ap_date(days[0]))
    dct = context.dct
    if dct is None or not _speaks_of_now(context, count, start, end):
        return None
    return _Anchor((dct,), None, f"the publication date, {ap_date(dct)}")


def _speaks_of_now(context: Context, count: _Count, start: int, end: int) -> bool:
    text = context.text
    if count.anniversary or count.now:
        return True  # "marks the first anniversary", "is 10 weeks sober": said of now
    if _NOW.search(text, start, end):
        return True
    if _PRESENT_BEFORE.search(text, max(start, count.start - 40), count.start):
        return True
    return _PRESENT_AFTER.match(text, count.event_end, min(end, count.event_end + 90)) is not None


# -- the comparison --------------------------------------------------------------------


def _fits(count: _Count, actual: float) -> bool:
    """Whether ``actual`` days may be called the stated interval in news writing."""
    if count.anniversary:
        return abs(actual / _UNIT_DAYS["Y"] - count.anniversary) <= 0.5
    slack = max(_SLACK_DAYS[count.unit], _SLACK_SHARE[count.unit] * count.days)
    if count.mod == "APPROX":
        slack *= 1.5
    low, high = count.days - slack, count.days + slack
    if count.mod == "MORE_THAN":
        high = float("inf")
    elif count.mod == "LESS_THAN":
        low = count.days - 3 * slack if count.nearly else 0.0
    return low <= actual <= high


def _event_days(mention: DatedEvent, anchor: _dt.date, *, earlier: bool) -> list[_dt.date]:
    """The event's day, or with an unwritten year every day the words allow."""
    partial = mention.date.partial
    resolved = parse_day_value(mention.date.value)
    assert resolved is not None and partial.month is not None and partial.day is not None
    if partial.year is not None:
        return [resolved]
    days = []
    for year in range(anchor.year - 3, anchor.year + 4):
        try:
            day = _dt.date(year, partial.month, partial.day)
        except ValueError:
            continue
        if (day <= anchor) if earlier else (day >= anchor):
            days.append(day)
    return sorted(days, key=lambda d: (d != resolved, abs((d - anchor).days)))


def _compare(context: Context, count: _Count, mention: DatedEvent, anchor: _Anchor) -> Draft | None:
    pairs = []
    for day in anchor.days:
        for event_day in _event_days(mention, day, earlier=count.earlier):
            gap = float((day - event_day).days if count.earlier else (event_day - day).days)
            if gap < 0:
                return None  # the dates put the event on the other side: not this event
            if _fits(count, gap):
                return None
            pairs.append((day, event_day, gap))
    if not pairs:
        return None
    if count.anniversary:
        off = any(abs(g / _UNIT_DAYS["Y"] - count.anniversary) <= 1.5 for _, _, g in pairs)
        if anchor.timex is None and count.anniversary >= 5 and off:
            return None  # a round anniversary a year off may be the coming one
    day, event_day, gap = pairs[0]
    return _draft(context, count, mention, anchor, day=day, event_day=event_day, gap=gap)


def _draft(
    context: Context,
    count: _Count,
    mention: DatedEvent,
    anchor: _Anchor,
    *,
    day: _dt.date,
    event_day: _dt.date,
    gap: float,
) -> Draft:
    text = context.text
    words = text[count.start : count.end]
    event_words = text[count.event_start : count.event_end]
    dated_words = text[mention.start : mention.end]
    date_words = mention.date.text
    dated = f"{ap_date(event_day)} ('{dated_words} ... {date_words}')"
    if count.anniversary:
        years = round(gap / _UNIT_DAYS["Y"])
        expected = f"{years}{ordinal_suffix(years)} anniversary" if years > 0 else "no anniversary"
        true_day = _add_years(event_day, count.anniversary)
        message = (
            f"the {words} of the {event_words} falls on {ap_date(true_day)}, but "
            f"the {event_words} is dated {dated} and {anchor.words} is "
            f"{_natural(gap)} after it"
        )
        fixes = (f"{years}{ordinal_suffix(years)} anniversary",) if years > 0 else ()
    else:
        expected = _natural(gap)
        true_day = _shift(day, count, -1 if count.earlier else 1)
        side = "after" if count.earlier else "before"
        message = (
            f'"{words}" is counted from the {mention.event.name}, dated {dated}, '
            f'but {anchor.words} is {_natural(gap)} {side} it (for "{words}" the '
            f"{mention.event.name} would fall about {ap_date(true_day)})"
        )
        fixes = (_natural(gap),)
    rests_on_dct = anchor.timex is None or (
        anchor.timex.partial.year is None and anchor.timex.partial.month is not None
    )
    if anchor.timex is None:
        note = context.dct_note()
        if context.doc.dct.source.value == "inferred" and note:
            message += f" ({note})"
    related = [
        Span(count.event_start, count.event_end, event_words),
        Span(mention.start, mention.end, dated_words),
        Span(mention.date.start, mention.date.end, date_words),
    ]
    tids = [mention.date.tid]
    if count.duration is not None:
        tids.insert(0, count.duration.tid)
    if anchor.timex is not None:
        related.append(Span(anchor.timex.start, anchor.timex.end, anchor.timex.text))
        tids.append(anchor.timex.tid)
    off_units = abs(gap - count.days) / _UNIT_DAYS[count.unit]
    return Draft(
        start=count.start,
        end=count.end,
        text=words,
        observed=words,
        expected=expected,
        message=message,
        fixes=fixes,
        related=tuple(related),
        timexes=tuple(tids),
        severity=Severity.ERROR if off_units > 1 else Severity.WARNING,
        rests_on_dct=rests_on_dct,
        rule=(
            f"interval {words!r} from the {mention.event.name} dated by timex "
            f"{mention.date.tid} ({event_day.isoformat()}, rule {mention.date.rule}) to "
            f"{day.isoformat()} ({'timex ' + anchor.timex.tid if anchor.timex else 'DCT'})"
            f": {gap:g} days"
        ),
    )


def _shift(day: _dt.date, count: _Count, sign: int) -> _dt.date:
    """``day`` moved by the stated interval: whole years and months on the calendar."""
    stated = count.days / _UNIT_DAYS[count.unit]
    if count.unit in ("Y", "M") and abs(stated - round(stated)) < 0.01:
        months = round(stated) * (12 if count.unit == "Y" else 1) * sign
        index = day.year * 12 + day.month - 1 + months
        year, month = divmod(index, 12)
        for last in (day.day, 30, 29, 28):
            try:
                return _dt.date(year, month + 1, last)
            except ValueError:
                continue
    return day + _dt.timedelta(days=round(count.days) * sign)


def _add_years(day: _dt.date, years: int) -> _dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _natural(days: float) -> str:
    """An interval in the unit news would use: "18 months", "3 years", "12 weeks"."""
    if days >= 2 * _UNIT_DAYS["Y"]:
        return plural(round(days / _UNIT_DAYS["Y"]), "year")
    if days >= 2 * _UNIT_DAYS["M"]:
        return plural(round(days / _UNIT_DAYS["M"]), "month")
    if days >= 14:
        return plural(round(days / _UNIT_DAYS["W"]), "week")
    return plural(round(days), "day")

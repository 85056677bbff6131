"""Productions for relative expressions: deictic ("two weeks ago", "last year") and
anaphoric ("that same day", "the night before")."""

from __future__ import annotations

import re

from timefact._mention import Reference
from timefact._model import Direction, Partial, TimexType
from timefact._productions._common import (
    NEW_YEAR_THING_AFTER,
    PART_OF_DAY,
    UNIT_FACTOR,
    Groups,
    Reading,
    direction_of,
    duration_value,
    first_group,
    norm,
    parse_number,
    step_unit_code,
    unit_code,
)
from timefact._regex_cache import compiled
from timefact._vocab import Vocabulary

__all__ = [
    "anaphoric_in",
    "anaphoric_part_of_day",
    "anaphoric_unit",
    "anaphoric_weekday",
    "compact_ago",
    "day_count",
    "day_of_relative_month",
    "in_shift",
    "new_year",
    "part_of_day",
    "part_of_story_day",
    "relative_unit",
    "shift",
    "the_period",
    "this_time",
    "week_after_next",
    "weekday_a_week_on",
    "weekday_of_week",
    "weeks_from_today",
    "weeks_from_weekday",
    "year_adjective",
]


# A unit and the next finer one, for counts with a fraction.
_FINER_UNIT = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("MI", 60)}


_FOR_BEFORE = compiled(r"\b(?i:for)[ \t]+$")


_COMPACT_UNITS = {
    "h": "hours",
    "hr": "hours",
    "hrs": "hours",
    "m": "minutes",
    "min": "minutes",
    "mins": "minutes",
    "d": "days",
    "w": "weeks",
    "wk": "weeks",
    "wks": "weeks",
    "mo": "months",
    "y": "years",
    "yr": "years",
    "yrs": "years",
}


def compact_ago(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "Posted 3h ago", "Edited 45m ago", "2d ago", "u/fencepost_blues · 2d": a post's
    age as sites print it."""
    unit = _COMPACT_UNITS[norm(groups.get("cu") or groups.get("cu2"))]
    count = groups.get("num") or groups.get("num2")
    return shift({**groups, "num": count, "unit": unit, "dir": "ago"}, vocab)


def shift(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "two weeks ago", "a year earlier", "exactly 1 year ago", "three days later"."""
    count = parse_number(groups.get("num") or "", vocab)
    unit = step_unit_code(groups.get("unit"), vocab)
    if count is None or unit is None or (unit == "NIGHT" and isinstance(count, str)):
        return None
    nights = unit == "NIGHT"  # "two nights later": the night of the day two days on
    if nights:
        unit = "D"
    direction_word = norm(groups.get("dir"))
    if direction_word.endswith(" that"):  # "Two days before that, the hall had flooded"
        if _FOR_BEFORE.search(groups.get("_before") or ""):
            return None  # "for seven weeks after that": how long
        direction_word = direction_word.removesuffix(" that")
    sign = -1 if direction_word in ("ago", "earlier", "before", "back", "previously") else 1
    if direction_word == "from tomorrow":
        # "four weeks from tomorrow": that many days on from the day after the telling
        if nights or unit not in ("D", "W") or isinstance(count, str) or count != int(count):
            return None  # "I'm on 4 nights from tomorrow": a run of night shifts
        days = int(count) * (7 if unit == "W" else 1) + 1
        partial = Partial(shift_unit="D", shift=days, direction=Direction.FUTURE, granularity="D")
        return Reading(TimexType.DATE, partial, reference=Reference.DCT)
    reference = (
        Reference.DCT
        if direction_word in ("ago", "from now", "from today", "hence", "back")
        else Reference.NARRATIVE
    )
    if reference is Reference.NARRATIVE and unit in ("H", "MI", "S"):
        return None  # "an hour later" is read as the duration "an hour": no day to place
    qualifier = norm(groups.get("exact"))
    mod = {
        "about": "APPROX",
        "some": "APPROX",
        "roughly": "APPROX",
        "around": "APPROX",
        "almost": "APPROX",
        "nearly": "APPROX",
        "more than": "BEFORE",
        "less than": "AFTER",
        "over": "BEFORE",
    }.get(qualifier)
    if isinstance(count, str):
        partial = Partial(
            shift_unit=unit,
            direction=Direction.PAST if sign < 0 else Direction.FUTURE,
            granularity=unit,
        )
        fuzzy = "PAST_REF" if sign < 0 else "FUTURE_REF"
        return Reading(TimexType.DATE, partial, value=fuzzy, mod=mod)
    if groups.get("half") or groups.get("half_after"):
        count += 0.5  # "two and a half years ago", "a year and a half ago"
    if count != int(count) and unit in _FINER_UNIT:
        unit, factor = _FINER_UNIT[unit]  # "a year and a half ago": 18 months ago
        count *= factor
    amount = round(count * UNIT_FACTOR.get(unit, 1))
    if unit == "FN":
        unit = "W"
    to_the_day = norm(groups.get("today"))  # "a week ago today", "forty years ago tonight"
    # "a week ago today", "2 wks from today": to the day; "ten years ago this afternoon"
    to_the_day = to_the_day or ("today" if direction_word == "from today" else "")
    part = "NI" if to_the_day == "tonight" or nights else None
    if to_the_day.startswith("this "):
        part = PART_OF_DAY.get(to_the_day.split()[-1])
    # "A year ago this week", "fifty years ago this month": that week or month of the year
    period = {"this week": "W", "this month": "M"}.get(to_the_day)
    if period is not None:
        to_the_day = ""
    granularity = period or ("D" if qualifier in ("exactly", "precisely") or to_the_day else unit)
    partial = Partial(
        shift_unit=unit,
        shift=sign * amount,
        direction=Direction.PAST if sign < 0 else Direction.FUTURE,
        granularity=granularity,
        # "a year earlier" compares like with like; "founded two years ago" does not.
        period_shift=sign if unit == "Y" and amount == 1 and granularity == "Y" else None,
        part_of_day=part,
    )
    kind = TimexType.TIME if part else TimexType.DATE
    return Reading(kind, partial, reference=reference, mod=mod)


def day_of_relative_month(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "the 20th of last month": a day of the month counted from the DCT; "the 5th of the
    following month": from the story's."""
    rel = norm(groups.get("rel")).removesuffix(".")
    offset = {"last": -1, "the previous": -1, "next": 1, "the following": 1, "the next": 1}
    # a letter's Latin: "the 9th inst." (this month), "28th ult." (last), "2d prox." (next)
    letter = {"inst": 0, "instant": 0, "ult": -1, "ultimo": -1, "prox": 1, "proximo": 1}
    partial = Partial(
        day=int(groups.get("day") or 0),
        shift_unit="M",
        shift=letter.get(rel, offset.get(rel, 0)),
        direction=Direction.SAME,
        granularity="D",
    )
    # counted from the letter's date, where the story is
    told = rel.startswith("the") or rel == "that" or rel in letter
    reference = Reference.NARRATIVE if told else Reference.DCT
    return Reading(TimexType.DATE, partial, reference=reference)


def in_shift(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "in two weeks" at the end of a clause, "in two weeks' time" anywhere: a date that
    far after the DCT ("within two weeks" is a span, read as a duration)."""
    count = parse_number(first_group(groups, "num", "num2") or "", vocab)
    unit = unit_code(first_group(groups, "unit", "unit2"), vocab)
    if not isinstance(count, float) or unit is None:
        return None
    if unit == "FN":  # "in a fortnight's time"
        unit, count = "W", count * 2
    if _COUNTED_BEFORE.search(groups.get("_clause_before") or ""):
        # "his third start in five days", "the third fire at the site in 18 months": a
        # span, read as a duration
        return None
    partial = Partial(
        shift_unit=unit, shift=int(count), direction=Direction.FUTURE, granularity=unit
    )
    return Reading(TimexType.DATE, partial, reference=Reference.DCT)


def week_after_next(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "the week after next": two weeks from this one; "the weekend after next"; "the
    month before last": two months before this one."""
    unit = {"weekend": "WE", "wknd": "WE", "month": "M", "year": "Y"}.get(
        norm(groups.get("unit")), "W"
    )
    back = groups.get("back") is not None
    partial = Partial(
        shift_unit=unit,
        shift=-2 if back else 2,
        direction=Direction.PAST if back else Direction.FUTURE,
        granularity=unit,
    )
    return Reading(TimexType.DATE, partial, reference=Reference.DCT)


def weeks_from_weekday(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "two weeks from Saturday": the coming Saturday, and two weeks more."""
    count = parse_number(groups.get("num") or "", vocab)
    unit = unit_code(groups.get("unit"), vocab)
    if not isinstance(count, float) or count != int(count) or unit not in ("W", "D"):
        return None
    days = int(count) * (7 if unit == "W" else 1)
    day = int(vocab.lookup("weekday", groups.get("wd") or ""))
    partial = Partial(
        weekday=day, direction=Direction.FUTURE, shift_unit="D", shift=days, granularity="D"
    )
    return Reading(TimexType.DATE, partial, reference=Reference.DCT)


# "It's been two weeks today", "she's 19 weeks tomorrow": a length reached that day.
_LENGTH_SO_FAR = compiled(
    # ... but "due on the twenty-eighth, that's a fortnight today" names the day
    r"(?:\b(?i:been|be|is|are|was|turns|marks|makes|it|he|she|they|we|you)|"
    r"(?<!\b[Tt]hat)['’]s|['’](?:re|ll))\s+$"
)


_WEEKS_ON_AT_MOST = 8  # "two weeks today" looks so far ahead; more is an age or a length


def weeks_from_today(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "two weeks today", "a week tomorrow": that day, so many weeks on."""
    if _LENGTH_SO_FAR.search(groups.get("_before") or ""):
        return None
    said = norm(groups.get("num"))
    count = 1.0 if said == "a" else parse_number(said, vocab)
    unit = unit_code(groups.get("unit"), vocab)
    if not isinstance(count, float) or count != int(count) or unit not in ("W", "FN"):
        return None
    if count > _WEEKS_ON_AT_MOST:
        return None  # "20 weeks today, due date Feb 3": how far a pregnancy has come
    days = int(count) * (14 if unit == "FN" else 7) + (norm(groups.get("deictic")) == "tomorrow")
    partial = Partial(shift_unit="D", shift=days, granularity="D")
    return Reading(TimexType.DATE, partial, reference=Reference.DCT)


def weekday_a_week_on(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "a week on Saturday": the coming Saturday, and a week more ("a fortnight on
    Saturday": two weeks more)."""
    day = int(vocab.lookup("weekday", groups.get("wd") or groups.get("wd2") or ""))
    days = 14 if norm(first_group(groups, "span", "span2")) == "fortnight" else 7
    partial = Partial(
        weekday=day, direction=Direction.FUTURE, shift_unit="D", shift=days, granularity="D"
    )
    return Reading(TimexType.DATE, partial, reference=Reference.DCT)


def weekday_of_week(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "Wednesday last week", "the Monday of the following week": that weekday of the
    week named, counted from the telling or (for "that", "the following") the story."""
    day = int(vocab.lookup("weekday", groups.get("wd") or ""))
    rel = " ".join(norm(groups.get("rel")).split())
    shift = {"last": -1, "the previous": -1, "next": 1, "the following": 1}.get(rel, 0)
    part = PART_OF_DAY.get(norm(groups.get("pod"))) if groups.get("pod") else None
    partial = Partial(weekday=day, shift_unit="W", shift=shift, part_of_day=part, granularity="D")
    reference = Reference.DCT if rel in ("last", "this", "next") else Reference.NARRATIVE
    kind = TimexType.TIME if part else TimexType.DATE
    return Reading(kind, partial, reference=reference)


def day_count(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "the fourth day", "the first night": a day counted from the start of what the
    story tells (the resolver knows that start); its shift is the days after it."""
    nth_text = norm(groups.get("nth"))
    digits = nth_text.rstrip("stndrh")
    nth = int(digits) if digits.isdigit() else int(vocab.lookup("ordinal", nth_text) or 0)
    if nth < 1:
        return None
    pod = PART_OF_DAY.get(norm(groups.get("unit")))
    partial = Partial(shift_unit="D", shift=nth - 1, part_of_day=pod, granularity="D")
    kind = TimexType.TIME if pod else TimexType.DATE
    return Reading(kind, partial, reference=Reference.NARRATIVE)


def new_year(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "see you in the new year", "no work before the new year": the year after the
    story's."""
    if NEW_YEAR_THING_AFTER.match(groups.get("_after") or ""):
        return None  # "named in the New Year Honours"
    partial = Partial(shift_unit="Y", shift=1, granularity="Y")
    return Reading(TimexType.DATE, partial, reference=Reference.NARRATIVE)


def part_of_day(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "this morning", "last night", "tomorrow evening", "overnight"."""
    rel = norm(groups.get("rel"))
    pod = PART_OF_DAY[norm(groups.get("pod"))]
    day_shift = {"last": -1 if pod in ("NI", "EV") else 0, "yesterday": -1, "tomorrow": 1}
    offset = day_shift.get(rel, 0)
    if rel == "last" and pod in ("MO", "AF"):
        return None  # "last morning" is not said of a date
    before = groups.get("_before") or ""
    if rel == "last" and _OWNER_BEFORE.search(before) and not _HER_AS_OBJECT.search(before):
        return None  # "my last night here is the 28th": the final one, not yesterday's
    partial = Partial(part_of_day=pod, shift_unit="D", shift=offset, granularity="D")
    return Reading(TimexType.TIME, partial, reference=Reference.DCT)


def anaphoric_part_of_day(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "that night", "the night before", "the next morning": on the story's day;
    "mid-afternoon yesterday": on the day named."""
    dem = norm(groups.get("dem"))
    pod = PART_OF_DAY[norm(groups.get("pod"))]
    deictic = norm(groups.get("deic"))
    mod = "MID" if dem == "mid" else None  # "by mid-morning": the middle of the morning
    if deictic:
        shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[deictic]
        partial = Partial(part_of_day=pod, shift_unit="D", shift=shift, granularity="D")
        return Reading(TimexType.TIME, partial, reference=Reference.DCT, mod=mod)
    direction_word = norm(groups.get("dir"))
    if dem == "the" and not direction_word:
        return None  # "the morning" alone is too often generic
    offset = 0
    if direction_word == "before" or dem in ("the previous",):
        offset = -1
    elif direction_word == "after" or dem in ("the next", "the following"):
        offset = 1
    partial = Partial(part_of_day=pod, shift_unit="D", shift=offset, granularity="D")
    return Reading(TimexType.TIME, partial, reference=Reference.NARRATIVE, mod=mod)


def part_of_story_day(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "in the afternoon", "spent the evening": a part of the day the story is at."""
    pod = PART_OF_DAY[norm(groups.get("pod"))]
    partial = Partial(part_of_day=pod, shift_unit="D", shift=0, granularity="D")
    position = "mid" if groups.get("middle") else norm(groups.get("pos"))
    mod = {"early": "START", "late": "END", "mid": "MID"}.get(position)
    return Reading(TimexType.TIME, partial, reference=Reference.NARRATIVE, mod=mod)


def anaphoric_unit(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "that day", "that same day", "the next day", "the previous week", "the day before"."""
    dem = norm(groups.get("dem"))
    said = norm(groups.get("unit"))  # "that date", "the same date": the day named
    unit = "D" if said == "date" else step_unit_code(said, vocab) or "D"
    if unit == "NIGHT":
        return anaphoric_part_of_day({"dem": dem, "pod": "night", "dir": groups.get("dir")}, vocab)
    direction_word = norm(groups.get("dir"))
    offset = 0
    if dem in ("the previous", "the prior", "the preceding") or direction_word in (
        "before",
        "earlier",
    ):
        offset = -1
    elif dem in ("the next", "the following") or direction_word in ("after", "later"):
        offset = 1
    partial = Partial(shift_unit=unit, shift=offset, granularity=unit)
    return Reading(TimexType.DATE, partial, reference=Reference.NARRATIVE)


def anaphoric_in(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "the day" in "earlier in the day": the story's current day (week, year)."""
    unit = unit_code(groups.get("unit") or groups.get("unit2"), vocab) or "D"
    return Reading(
        TimexType.DATE,
        Partial(shift_unit=unit, shift=0, granularity=unit),
        reference=Reference.NARRATIVE,
    )


def anaphoric_weekday(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "the following Monday", "the Wednesday after": the next Monday after the story's
    current day; "that Friday": the Friday of the story's week."""
    day = int(vocab.lookup("weekday", groups.get("wd") or groups.get("wd2") or ""))
    dem = norm(groups.get("dem"))
    before = dem in ("the previous", "the preceding") or norm(groups.get("dir")) == "before"
    direction = Direction.PAST if before else Direction.FUTURE
    if dem in ("that", "the"):  # "that Friday", "on the Sunday": of the story's week
        direction = Direction.SAME
    pod = PART_OF_DAY.get(norm(groups.get("pod"))) if groups.get("pod") else None
    return Reading(
        TimexType.TIME if pod else TimexType.DATE,
        Partial(weekday=day, direction=direction, part_of_day=pod, granularity="D"),
        reference=Reference.NARRATIVE,
    )


_VERB_LAST_BEFORE = compiled(
    r"\b(?:will|would|could|can|may|might|must|should|to|did|does|do|didn't|won't|"
    r"cannot|not)\s+$",
    re.IGNORECASE,
)
_OF_AFTER = compiled(r"\s+of\b")
# Words before "in five days" that count things within the span, or tell of the past.
_COUNTED_BEFORE = compiled(
    r"(?:\b(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)|straight|consecutive|"
    r"most|best|worst|highest|lowest|only|times|games|goals|points|wins|losses|once|twice|"
    r"[a-z]+est|views|been|not|never|hit|won|lost|thrown|made)\b|"
    # "came up the trail in eleven weeks", "the stock ran 40% in two days", "had seven kids
    # in 11 years": done in a span
    r"\b(?:came|went|took|ran|rode|drove|flew|swam|built|wrote|grew|did|got|sold|rose|"
    r"fell|sank|spent|paid|had|was|were|risen|grown|fallen|gone|percent|cent)\b|%|"
    r"\b\w+ed\b)"
    # the clause runs on over a month's short name ("missed only one Nov. 11 in 77 years")
    r"(?:[^.;]|(?-i:(?<=\b[A-Z][a-z]{2})|(?<=\b[A-Z][a-z]{3}))\.)*$",
    re.IGNORECASE,
)


def this_time(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "this time last year": the same day a year (month, week) before or after."""
    unit = unit_code(groups.get("unit"), vocab)
    if unit is None:
        return None
    offset = -1 if norm(groups.get("rel")) == "last" else 1
    partial = Partial(shift_unit=unit, shift=offset, granularity="D")
    return Reading(TimexType.DATE, partial, reference=Reference.DCT)


# "until the last minute", "at the last minute": as late as could be, no minute counted
_IDIOM_LAST_MINUTE_BEFORE = compiled(r"\b(?i:until|till|til|at|to|up\s+to)\s+(?:the\s+)?$")
# Whose "last day" it is: "Priya's", "my", "his"
_OWNER_BEFORE = compiled(r"(?:['’]s|\b(?i:my|his|her|their|our|your|its))[ \t]+$")
# "her" after a verb is its object: "I called her last night" (not "her last night here")
_HER_AS_OBJECT = compiled(
    r"\b(?:[a-z]+ed|saw|told|met|rang|gave|sent|left|took|found|heard|caught|brought|got|"
    r"kept|drove|taught|bought|paid|let|made|had)[ \t]+her[ \t]+$"
)


_ON_BEFORE = compiled(r"\b[Oo]n[ \t]+(?:the[ \t]+)?$")
_FINAL_DAY_AFTER = compiled(r"[ \t]+(?:for|to|is|was|will)\b")


# Words before "the last decade" that make it the span up to now: "over the last decade"
_SPAN_BEFORE = compiled(r"\b(?i:over|for|during|throughout|within|across|through)[ \t]+$")


def relative_unit(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "last year", "this month", "next week"; "the past three years" is a duration."""
    rel = norm(groups.get("rel")).removeprefix("this ")  # "this past weekend"
    rel = {"nxt": "next"}.get(rel, rel)
    unit = step_unit_code(groups.get("unit"), vocab)
    if unit is None:
        return None
    if (
        rel == "last"
        and _VERB_LAST_BEFORE.search(groups.get("_before") or "")
        and (groups.get("num") or norm(groups.get("unit")).endswith("s"))
    ):
        # "will last three hours", "could last years": the verb; the duration rule reads
        # the rest; but "what we did last year" is the year
        return None
    if norm(groups.get("num")) in ("a", "an"):
        return None  # "the 2005 grand final a decade ago": "a decade" goes on alone
    text = norm(groups.get("t") or groups.get("_text"))
    if rel in ("first", "final", "last") and unit == "Q" and not groups.get("num"):
        return None  # "the first quarter": a quarter, read by the quarter rule
    if (
        (
            rel == "last"
            or (rel in ("first", "final") and not norm(groups.get("unit")).endswith("s"))
        )
        and not groups.get("num")
        and _OF_AFTER.match(groups.get("_after") or "")
    ):
        return None  # "the last day of work", "the first day of school": a part, not a span
    if (
        rel == "last"
        and unit == "MI"
        and not groups.get("num")
        and _IDIOM_LAST_MINUTE_BEFORE.search(groups.get("_before") or "")
    ):
        return None  # "left it until the last minute", "pulled out at the last minute"
    if rel == "last" and unit == "D" and _OWNER_BEFORE.search(groups.get("_before") or ""):
        return None  # "Priya's last day is Friday", "my last day at work": a last one
    if (
        rel == "last"
        and unit == "D"
        and not groups.get("num")
        and _FINAL_DAY_AFTER.match(groups.get("_after") or "")
    ):
        return None  # "Last day for pre-orders is tomorrow", "Last day is 31 May": the final one
    if (
        rel in ("last", "final", "first")
        and unit == "D"
        and not groups.get("num")
        and _ON_BEFORE.search(groups.get("_before") or "")
    ):
        return None  # "on the last day we swam": a day of something, not a span
    count = parse_number(groups.get("num") or "", vocab) if groups.get("num") else None
    plural = (groups.get("unit") or "").lower().endswith("s")
    narrative_step = (
        text.startswith("the ")
        and rel in ("next", "following")
        and count is None
        and not plural
        and unit in ("D", "W", "M", "Y", "WE")
    )
    if narrative_step:
        return Reading(
            TimexType.DATE,
            Partial(shift_unit=unit, shift=1, granularity=unit),
            reference=Reference.NARRATIVE,
        )
    if (
        unit in ("DE", "CE")
        and count is None
        and not plural
        and rel in ("last", "next")
        and not _SPAN_BEFORE.search(groups.get("_before") or "")
    ):
        # "ours dates from the last century", "lost to inflation in the last decade", "will
        # last us into the next century": that decade or century ("over the last decade"
        # is a span; so is "the past decade")
        partial = Partial(
            shift_unit=unit,
            shift=-1 if rel == "last" else 1,
            granularity=unit,
            direction=direction_of(rel),
        )
        return Reading(TimexType.DATE, partial, reference=Reference.DCT)
    if (
        count is not None
        or plural
        or (text.startswith("the ") and rel in ("past", "last", "next", "coming", "first", "final"))
        or unit == "FN"  # "over the following fortnight": two weeks, no calendar unit
    ):
        amount: float | str = count if count is not None else ("X" if plural else 1.0)
        if unit in ("WE", "NIGHT"):
            return None
        return Reading(
            TimexType.DURATION, Partial(shift_unit=unit), value=duration_value(amount, unit)
        )
    if rel in ("first", "final"):
        return None
    if unit == "NIGHT":
        return None
    if rel in ("the previous", "previous", "preceding", "the following", "following"):
        offset = -1 if rel.endswith(("previous", "preceding")) else 1
        return Reading(
            TimexType.DATE,
            Partial(shift_unit=unit, shift=offset, granularity=unit),
            reference=Reference.NARRATIVE,
        )
    offset = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(rel, 0)
    partial = Partial(shift_unit=unit, shift=offset, granularity=unit, direction=direction_of(rel))
    return Reading(TimexType.DATE, partial, reference=Reference.DCT)


def the_period(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "in the quarter", "for the year", "over the weekend": the period the story is in."""
    said = first_group(groups, "unit", "unit2", "unit3", "unit4", "unit5")
    unit = unit_code(said, vocab)
    if unit is None:
        return None
    if groups.get("ending") and unit in ("Y", "Q", "M"):
        return Reading(
            TimexType.DURATION, Partial(shift_unit=unit), value=duration_value(1.0, unit)
        )
    if unit == "Q":
        return Reading(
            TimexType.DATE,
            Partial(shift_unit="Q", shift=-1, granularity="Q", period_shift=0),
            reference=Reference.DCT,
        )
    if unit == "WE":
        partial = Partial(shift_unit="WE", shift=-1, granularity="WE", direction=Direction.TENSE)
        return Reading(TimexType.DATE, partial, reference=Reference.DCT)
    return Reading(
        TimexType.DATE,
        Partial(shift_unit=unit, shift=0, granularity=unit),
        reference=Reference.NARRATIVE,
    )


def year_adjective(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "year-earlier results", "year-end": the year before the DCT's, or its end."""
    word = norm(groups.get("adj")).replace(" ", "-")
    if word == "year-end":
        return Reading(
            TimexType.DATE,
            Partial(shift_unit="Y", shift=0, granularity="Y"),
            reference=Reference.DCT,
            mod="END",
        )
    partial = Partial(shift_unit="Y", shift=-1, granularity="Y", period_shift=-1)
    return Reading(TimexType.DATE, partial, reference=Reference.DCT)

"""Productions for durations and fuzzy references: "20 weeks", "35-year-old", "recently", "now"."""

from __future__ import annotations

import re

from timefact._mention import Reference
from timefact._model import Direction, Partial, TimexType
from timefact._productions._common import (
    Groups,
    Reading,
    duration_value,
    first_group,
    norm,
    parse_number,
    unit_code,
)
from timefact._regex_cache import compiled
from timefact._vocab import Vocabulary

__all__ = [
    "age_phrase",
    "compact_duration",
    "compound_duration",
    "duration",
    "fuzzy",
    "fuzzy_adjective",
    "long_adjective",
    "one_day_ahead",
    "vague_duration",
]


_RATE_BEFORE = compiled(
    r"(?:\d(?:[\d,.]*\d)?%?|\b(?:million|billion|thousand|hundred|dozen|percent|cents?|dollars?)"
    r"|\b(?!(?:was|has|is|takes|lasts|as|its|this|his|less|was|does|goes|plus|minus|us|thus)\b)"
    r"[a-z]+s)\s+$"
)


_PRONOUN_BEFORE = compiled(r"\b(?:I|you|he|she|we|they|it|who)\s+$", re.IGNORECASE)
# "and before long we were feeding a hundred", "Soon we were tired": soon after, in a
# story told in the past; "too much too soon": no time at all.
_PAST_AFTER_SOON = compiled(
    r"[ \t]*,?[ \t]*(?:[A-Za-z]+[ \t]+){0,2}?(?:was|were|had|did|could|[a-z]{2,}ed)\b"
)
_IF_A_DAY_BEFORE = compiled(
    r"\bif[ \t]+(?:he|she|it|they|I|you|we)[ \t]+(?:was|is|were|are|am)[ \t]+$"
)
_LIKE_THIS_AFTER = compiled(r"[ \t]+like[ \t]+(?:this|that|yesterday|today|tonight)\b")
_MOST_BEFORE = compiled(r"\b(?i:most)[ \t]+$")
_DAYS_NAMED_BEFORE = compiled(r"\b(?i:of|on)[ \t]+$")
_TOO_BEFORE = compiled(r"\btoo[ \t]+(?:much|many|far|fast)?[ \t]*too[ \t]+$", re.IGNORECASE)
# "on the one day it actually mattered": the only day (not "the one-year anniversary")
_THE_ONE = compiled(r"\b(?i:the)\s+one\s+\S+$")
_RUNS_SCORED_BEFORE = compiled(
    r"\b(?i:scored|scores|score|hit|hits|made|makes|struck|smashed|compiled|notched)\s+$"
)
# A length said before "later" or "ago" counts to a day
_SHIFT_AFTER = compiled(r"[ \t]+(?:later|earlier|ago|hence)\b")
# "a mile and a quarter", "three furlongs and a quarter": a distance, not three months
_DISTANCE_AND_BEFORE = compiled(
    r"\b(?i:miles?|furlongs?|inch(?:es)?|feet|foot|yards?|pounds?|lengths?)[ \t]+and[ \t]+$"
)
# "a quarter of pan drops", "up from a quarter", "almost a quarter of homes": a share
_SHARE_AFTER = compiled(r"\s+of\s+(?!(?:the|this|that|next|last)\s+(?:year|season)\b)")
_SHARE_BEFORE = compiled(
    r"\b(?i:from|to|than|almost|nearly|about|roughly|around|over|under|only|just|by|some)\s+$"
)


def _the_one(groups: Groups) -> bool:
    """Whether "one" says "the only" ("the one day it mattered"), not a count."""
    return _THE_ONE.search((groups.get("_before") or "") + (groups.get("_text") or "")) is not None


def _is_share(groups: Groups) -> bool:
    """Whether "a quarter" is a share of something rather than three months."""
    return bool(
        _SHARE_AFTER.match(groups.get("_after") or "")
        or _SHARE_BEFORE.search(groups.get("_before") or "")
        or _DISTANCE_AND_BEFORE.search(groups.get("_before") or "")
    )


# "a second, weaker system", "a second, 48-hour strike": an ordinal before its noun
_ORDINAL_APPOSED = compiled(
    r",[ \t]+(?:\d|[a-z]+(?:er|est)\b|[a-z]+-[a-z]"
    # "was repulsed; a second, two weeks later, was smaller": the next of its kind, told when
    r"|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten)[ \t]+[a-z]+[ \t]+"
    r"(?:later|earlier|after|before)\b)"
)


# "a quarter to", "a quarter past": the words of a time of day
_CLOCK_WORD_AFTER = compiled(r"[ \t]+(?:to|past|after|before|till|til)\b")


def duration(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "20 weeks", "35-year-old", "a decade", "two and a half years", "half an hour"."""
    unit = unit_code(groups.get("unit"), vocab)
    if unit is None:
        return None
    if groups.get("half") and not groups.get("num"):
        count: float | str | None = 0.25 if groups.get("quarter") else 0.5
    else:
        count = parse_number(groups.get("num") or "", vocab)
    if count is None:
        return None
    text = norm(groups.get("_text"))
    range_end = re.search(r"(?:\s(?:to|or)\s+|(?<=\d)-)(\w[\w-]*)\s+\S+$", text)
    if range_end and not re.search(r"half|1/2|½", text):
        upper = parse_number(range_end.group(1), vocab)
        if isinstance(upper, float):
            count = upper
    if isinstance(count, float) and re.search(r"and[- ]a[- ]half|\d[ \t]+1/2|½", text):
        count += 0.5
    elif isinstance(count, float) and re.search(r"and[- ]a[- ]quarter", text):
        count += 0.25  # "an hour and a quarter"
    if unit == "WE" and not (isinstance(count, float) and count >= 2):
        return None  # "a weekend away" is a day; "3 weekends in May" a length
    if count == 0:
        return None
    if text.startswith(("the ", "those ", "these ")) and _SHIFT_AFTER.match(
        groups.get("_after") or ""
    ):
        return None  # "reached the final three weeks later": "three weeks later" is a day
    if text in ("a day", "a night") and (
        _IF_A_DAY_BEFORE.search(groups.get("_before") or "")
        or _LIKE_THIS_AFTER.match(groups.get("_after") or "")
    ):
        return None  # "seventy if he was a day", "waited years for a night like this"
    num_text = norm(groups.get("num"))
    if unit == "Q" and _CLOCK_WORD_AFTER.match(groups.get("_after") or ""):
        return None  # "left him at a quarter to": a time of day, its hour understood
    if num_text in ("a", "an") and _RATE_BEFORE.search(groups.get("_before") or ""):
        return None  # a rate ("$5 a day", "700 seats a week"), not a duration
    if (
        num_text in ("a", "an")
        and unit == "S"
        and (not groups.get("_after_punct") or _ORDINAL_APPOSED.match(groups.get("_after") or ""))
    ):
        return None  # "a second betrayal", "a second, weaker system": the ordinal
    if num_text == "one" and _the_one(groups):
        return None  # "on the one day it actually mattered": the only day, no length
    if unit == "CE" and _RUNS_SCORED_BEFORE.search(groups.get("_before") or ""):
        return None  # "has scored three centuries this season": hundreds of runs
    if num_text in ("a", "an") and unit == "Q" and _is_share(groups):
        return None  # "a quarter of pan drops", "up from a quarter": a share, not a length
    if num_text == "one" and unit == "D" and _PRONOUN_BEFORE.search(groups.get("_before") or ""):
        return None  # "the hope he one day follows": someday, read by the fuzzy rule
    if unit == "NIGHT":
        if num_text in ("a", "an") and _NIGHT_COMPOUND.match(groups.get("_after") or ""):
            return None  # "a night watchman", "a night shift": a kind of thing
        unit = "D"
    # "thirty-odd years": about thirty
    mod = "APPROX" if num_text.endswith("-odd") else None
    return Reading(
        TimexType.DURATION, Partial(shift_unit=unit), value=duration_value(count, unit), mod=mod
    )


# Nouns that "night" qualifies ("a night watchman", "a night out").
_NIGHT_COMPOUND = compiled(
    r"[ \t-]+(?:watchman|watchmen|shift|club|owl|bus|train|flight|nurse|porter|manager|market|"
    r"sky|vision|school|class|game|out|cap|light|guard|job|worker|duty|person|call|stand)\b"
)


def vague_duration(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "for years", "in recent months", "still weeks away": a duration of unknown length."""
    said = first_group(
        groups, "unit", "unit2", "unit3", "unit4", "unit5", "unit6", "unit7", "unit8"
    )
    unit = unit_code(said, vocab)
    if unit is None or unit == "NIGHT":
        return None
    return Reading(TimexType.DURATION, Partial(shift_unit=unit), value=duration_value("X", unit))


def long_adjective(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "day-long", "decades-long", "weeklong": one such unit, or an unknown number of
    them."""
    unit = unit_code(groups.get("unit") or groups.get("unit2"), vocab)
    if unit is None:
        return None
    if unit == "NIGHT":
        unit = "D"
    count: float | str = "X" if groups.get("plural") or groups.get("plural2") else 1.0
    return Reading(TimexType.DURATION, Partial(shift_unit=unit), value=duration_value(count, unit))


def one_day_ahead(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "One day I will sleep again": an unknown time to come."""
    return Reading(TimexType.DATE, Partial(fuzzy="FUTURE_REF"), value="FUTURE_REF")


def fuzzy_adjective(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "current" and "recent" before a noun: the present and the recent past."""
    value = "PRESENT_REF" if norm(groups.get("adj")) == "current" else "PAST_REF"
    return Reading(TimexType.DATE, Partial(fuzzy=value), value=value)


def fuzzy(groups: Groups, vocab: Vocabulary) -> Reading | None:
    value = vocab.lookup("fuzzy", groups.get("fuzzy") or "")
    if value is None:
        return None
    word = norm(groups.get("fuzzy"))
    before, after = groups.get("_before") or "", groups.get("_after") or ""
    if word == "one day" and _the_one(groups):
        return None  # "on the one day it actually mattered": the only day, not someday
    if word in ("soon", "before long") and _soon_in_the_past(groups):
        return None  # "and the Corso was soon one long river"
    if word == "recently" and _MOST_BEFORE.search(before):
        return None  # "most recently a Courier survey": the last of a series, not when
    if word == "those days" and _DAYS_NAMED_BEFORE.search(before):
        return None  # "make up one of those days", "kits in on those days": days just named
    if word == "the present" and _NOUN_AFTER_PRESENT.match(after):
        return None  # "the present building", "the present coxswain": the one there now
    if word == "now" and _NOW_NOT_A_TIME.search(before[-40:] + "|" + after[:10]):
        # "THEN & NOW: The mayor who paid in scrip", a column's name; "What now?": what
        # is to be done, not when
        return None
    return Reading(TimexType.DATE, Partial(fuzzy=str(value)), value=str(value))


# A noun after "the present": the adjective ("the present rate"), not the time; but "the
# present day", "the present time" are the present.
_NOUN_AFTER_PRESENT = compiled(
    r"[ \t]+(?!(?:day|time|moment|and|or|is|was|to|of|in|as|for|with|but|will|has|had|"
    r"when|where|which|that|it|we|they|he|she)\b)[a-z]{3,}\b"
)
# before "now" and after it, joined by "|": "THEN & NOW", "What now?" (but "Now, at
# seventy-two, I still wake" is the present, and so is "Now, he says")
_NOW_NOT_A_TIME = compiled(r"\b(?i:then)[ \t]*(?:&|and)[ \t]*\||\b(?i:what)[ \t]+\|\?")


def _soon_in_the_past(groups: Groups) -> bool:
    """ "and before long we were feeding a hundred", "too much too soon"."""
    return bool(
        _PAST_AFTER_SOON.match(groups.get("_after") or "")
        or _TOO_BEFORE.search(groups.get("_before") or "")
    )


def age_phrase(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "at the age of 12", "at age 30", "aged 67": an age in years, as a duration ("my
    14mo": in months)."""
    if groups.get("mnum"):
        months = parse_number(groups.get("mnum") or "", vocab)
        if not isinstance(months, float) or not 0 < months < 48:
            return None
        return Reading(
            TimexType.DURATION, Partial(shift_unit="M"), value=duration_value(months, "M")
        )
    count = parse_number(first_group(groups, "num", "num2", "num3") or "", vocab)
    if not isinstance(count, float) or not 0 < count < 130:
        return None
    mod = "APPROX" if groups.get("about") else None  # "at the age of about 64"
    return Reading(
        TimexType.DURATION, Partial(shift_unit="Y"), value=duration_value(count, "Y"), mod=mod
    )


# Units from the longest to the shortest: a compound duration names them in this order.
_UNIT_ORDER = ("Y", "M", "W", "D", "H", "MI", "S")


def compound_duration(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "two years and eleven months", "2 hours, 9 minutes and 55 seconds": one duration."""
    parts: list[tuple[str, float]] = []
    for index in ("1", "2", "3"):
        if not groups.get(f"n{index}"):
            continue
        said = norm(groups.get(f"n{index}"))
        count = 1.0 if said in ("a", "an") else parse_number(said, vocab)
        written = groups.get(f"u{index}")
        # "3 min 12 s": seconds written as "s" or "sec" after minutes
        unit = "S" if written in ("s", "sec") else unit_code(written, vocab)
        if unit == "FN" and isinstance(count, float):  # "a fortnight and a day": in weeks
            unit, count = "W", count * 2
        if not isinstance(count, float) or count != int(count) or unit not in _UNIT_ORDER:
            return None
        parts.append((unit, count))
    ranks = [_UNIT_ORDER.index(unit) for unit, _ in parts]
    if len(parts) < 2 or ranks != sorted(set(ranks)):
        return None  # "two weeks and two weeks", "ten minutes and an hour": not one length
    direction = norm(groups.get("dir"))
    if direction:
        return _compound_shift(parts, direction)
    weeks = dict(parts).get("W")
    if weeks is not None:
        # "two years and three weeks": a value names weeks only alone (P3W), so in days here
        days = weeks * 7 + dict(parts).get("D", 0.0)
        parts = [(u, n) for u, n in parts if u not in ("W", "D")]
        parts.insert(
            next((i for i, (u, _) in enumerate(parts) if u in ("H", "MI", "S")), len(parts)),
            ("D", days),
        )
    date = "".join(f"{int(n)}{u}" for u, n in parts if u in ("Y", "M", "D"))
    time = "".join(f"{int(n)}{'M' if u == 'MI' else u}" for u, n in parts if u in ("H", "MI", "S"))
    value = "P" + date + (f"T{time}" if time else "")
    return Reading(TimexType.DURATION, Partial(shift_unit=parts[0][0]), value=value)


_MONTHS_IN = {"Y": 12, "M": 1}
_DAYS_IN = {"W": 7, "D": 1}


def _compound_shift(parts: list[tuple[str, float]], direction: str) -> Reading | None:
    """ "Two weeks and two days later", "three years and two months ago": a day or month
    so far from the story's time (or the telling's, for "ago")."""
    units = {unit for unit, _ in parts}
    if units <= _MONTHS_IN.keys():
        unit, amount = "M", sum(_MONTHS_IN[u] * n for u, n in parts)
    elif units <= _DAYS_IN.keys():
        unit, amount = "D", sum(_DAYS_IN[u] * n for u, n in parts)
    else:
        return None  # "a year and two days later": no grain to count it in
    sign = 1 if direction == "later" else -1
    partial = Partial(
        shift_unit=unit,
        shift=sign * int(amount),
        direction=Direction.FUTURE if sign > 0 else Direction.PAST,
        granularity=unit,
    )
    reference = Reference.DCT if direction == "ago" else Reference.NARRATIVE
    return Reading(TimexType.DATE, partial, reference=reference)


_COMPACT_UNITS = {"h": "H", "hr": "H", "hrs": "H", "wk": "W", "wks": "W", "min": "MI"}
_COMPACT_UNITS |= {"mins": "MI", "yr": "Y", "yrs": "Y", "sec": "S", "secs": "S"}


def compact_duration(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "24h", "48hrs", "30+ yrs", "6h40m", "1min 52sec": a duration in headline or
    informal writing; "won in 2:11:48": a race's time."""
    if groups.get("hh") or groups.get("mm2") or groups.get("rh"):
        hours = int(groups.get("hh") or groups.get("rh") or 0)
        minutes = int(groups.get("mm") or groups.get("mm2") or groups.get("rm") or 0)
        seconds = int(groups.get("ss") or groups.get("ss2") or groups.get("rs") or 0)
        value = "PT" + "".join(
            f"{amount}{unit}"
            for amount, unit in ((hours, "H"), (minutes, "M"), (seconds, "S"))
            if amount
        )
        finest = "S" if seconds else "MI"
        return Reading(TimexType.DURATION, Partial(shift_unit=finest), value=value)
    count = float(groups.get("num") or 0)
    if groups.get("unit2"):
        unit: str | None = _COMPACT_UNITS.get(norm(groups.get("unit2")))
    else:
        unit = unit_code(groups.get("unit"), vocab)
    if unit is None or count == 0 or unit == "NIGHT" or (unit == "WE" and count < 2):
        return None  # "a weekend away" is a day; "3 weekends in May" a length
    mod = "EQUAL_OR_MORE" if groups.get("plus") else None
    value = duration_value(count, unit)
    return Reading(TimexType.DURATION, Partial(shift_unit=unit), value=value, mod=mod)

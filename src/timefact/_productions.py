"""Productions: small named functions that read a rule's groups into a :class:`Reading`.

A production never chooses a year or a direction the words do not give; it records
what was said in a :class:`Partial` and says what the value must be anchored on.
Returning ``None`` rejects the match (the words were not a time expression here).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from timefact._mention import Reference
from timefact._model import Direction, Partial, TimexType
from timefact._vocab import Vocabulary

Groups = dict[str, str | None]

# TIMEX3 duration letters and the calendar unit each shift moves by.
_DURATION_UNIT = {
    "S": ("T", "S"), "MI": ("T", "M"), "H": ("T", "H"), "D": ("", "D"), "NIGHT": ("", "D"),
    "W": ("", "W"), "FN": ("", "W"), "WE": ("", "WE"), "M": ("", "M"), "Q": ("", "Q"),
    "Y": ("", "Y"), "DE": ("", "DE"), "CE": ("", "CE"), "ML": ("", "ML"),
}
_UNIT_FACTOR = {"FN": 2}  # a fortnight is two weeks
_SMALLER = {"Y": ("M", 12), "DE": ("Y", 10), "CE": ("Y", 100), "M": ("W", 4),
            "W": ("D", 7), "D": ("H", 24), "H": ("MI", 60), "MI": ("S", 60)}
_PART_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                "tonight": "NI", "overnight": "NI"}


@dataclass(frozen=True, slots=True)
class Reading:
    type: TimexType
    partial: Partial = field(default_factory=Partial)
    value: str | None = None
    reference: Reference = Reference.NONE
    mod: str | None = None
    quant: str | None = None
    freq: str | None = None


def _norm(word: str | None) -> str:
    return re.sub(r"\s+", " ", word or "").strip().lower()


def parse_number(text: str, vocab: Vocabulary) -> float | str | None:
    """A count written in digits or words; ``"X"`` for vague counts ("several")."""
    word = _norm(text).replace(",", "")
    if not word:
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        return float(word)
    vague = vocab.lookup("vague_number", word)
    if vague is not None:
        return "X"
    whole = vocab.lookup("number", word)
    if whole is not None:
        return float(whole)
    total = 0.0
    for part in re.split(r"[\s-]+", word):
        value = vocab.lookup("number", part)
        if value is None:
            return None
        if value == 100 and total:
            total *= 100
        else:
            total += value
    return total


def _count_text(count: float) -> str:
    return str(int(count)) if count == int(count) else f"{count:g}"


def duration_value(count: float | str, unit: str) -> str:
    """TIMEX3 duration value: ``P35Y``, ``PT3H``, ``PXW``; fractions go down a unit.

    Counted decades and centuries are written in years ("two decades" is ``P20Y``).
    """
    if isinstance(count, float) and unit in ("DE", "CE", "ML"):
        return duration_value(count * {"DE": 10, "CE": 100, "ML": 1000}[unit], "Y")
    if isinstance(count, float) and count != int(count) and unit in _SMALLER:
        smaller, factor = _SMALLER[unit]
        return duration_value(count * factor, smaller)
    if isinstance(count, float):
        count *= _UNIT_FACTOR.get(unit, 1)
    prefix, letter = _DURATION_UNIT[unit]
    amount = count if isinstance(count, str) else _count_text(count)
    return f"P{prefix}{amount}{letter}"


def _unit(word: str | None, vocab: Vocabulary) -> str | None:
    found = vocab.lookup("unit", _norm(word))
    return str(found) if found is not None else None


def _year(groups: Groups, *names: str) -> int | None:
    for name in names:
        text = groups.get(name)
        if text:
            digits = text.strip("'’")
            if len(digits) == 2:
                value = int(digits)
                return 1900 + value if value >= 30 else 2000 + value
            return int(digits)
    return None


def _first(groups: Groups, *names: str) -> str | None:
    for name in names:
        if groups.get(name):
            return groups[name]
    return None


# ---------------------------------------------------------------------- calendar dates
def calendar(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """Any mix of weekday, month, day, year, clock time, part of day and deictic day."""
    month_word = _first(groups, "month", "month2")
    month: int | None = None
    if month_word:
        month = int(month_word) if month_word.isdigit() else int(vocab.lookup("month", month_word))
    day_text = _first(groups, "day", "day2")
    day = int(day_text) if day_text else None
    year = _year(groups, "year", "yy")
    wd_word = groups.get("wd")
    weekday = int(vocab.lookup("weekday", wd_word)) if wd_word else None
    hour, minute = _clock(groups)
    pod_word = _norm(groups.get("pod"))
    part_of_day = _PART_OF_DAY.get(pod_word) if pod_word else None
    deictic = _norm(groups.get("deictic"))
    shift: int | None = None
    if deictic:
        deictic = _DEICTIC_SPELLING.get(deictic, deictic)
        if deictic == "tonight":
            part_of_day = part_of_day or "NI"
        shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
                 "the day before yesterday": -2, "the day after tomorrow": 2}[deictic]
    direction = _direction(groups.get("rel"))
    zone = _zone(groups, vocab)
    partial = Partial(
        year=year, month=month, day=day, weekday=weekday, hour=hour, minute=minute,
        part_of_day=part_of_day, zone=zone, direction=direction,
        shift_unit="D" if shift is not None else None, shift=shift,
        granularity="D" if (day or weekday or deictic) else "M",
    )
    kind = TimexType.TIME if (hour is not None or part_of_day) else TimexType.DATE
    if deictic or (groups.get("rel") and weekday and not month):
        reference = Reference.DCT
    elif year is None and (month or weekday or day):
        reference = Reference.YEAR
    else:
        reference = Reference.NONE
    if groups.get("mid"):
        return Reading(kind, partial, reference=reference, mod="MID")
    return Reading(kind, partial, reference=reference)


_DEICTIC_SPELLING = {"tonite": "tonight", "2nite": "tonight", "tmrw": "tomorrow",
                     "tmr": "tomorrow", "tomorow": "tomorrow", "2morrow": "tomorrow",
                     "yday": "yesterday"}


def _clock(groups: Groups) -> tuple[int | None, int | None]:
    if groups.get("oclock"):
        return int(groups["oclock"] or 0), 0
    if groups.get("hourpod"):
        hour = int(groups["hourpod"] or 0) % 12
        later = _norm(groups.get("inpod")) in ("afternoon", "evening", "night") and hour >= 5
        return hour + (12 if later or _norm(groups.get("inpod")) == "afternoon" else 0), 0
    noon = _norm(groups.get("noon"))
    if noon:
        return (24, 0) if noon == "midnight" else (12, 0)
    if groups.get("hour24"):
        return int(groups["hour24"] or 0), int(groups.get("min24") or 0)
    if not groups.get("hour"):
        return None, None
    hour = int(groups["hour"] or 0)
    minute = int(groups.get("minute") or 0)
    ampm = _norm(groups.get("ampm")).replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    if ampm == "am" and hour == 12:
        hour = 0
    return hour, minute


def _zone(groups: Groups, vocab: Vocabulary) -> str | None:
    if groups.get("isozone"):
        zone = groups["isozone"] or ""
        return "Z" if zone == "Z" else (zone if ":" in zone else f"{zone[:3]}:{zone[3:]}")
    if groups.get("zone"):
        found = vocab.lookup("time_zone", groups["zone"] or "")
        return str(found) if found else None
    return None


def _direction(rel: str | None) -> Direction:
    word = _norm(rel)
    if not word:
        return Direction.TENSE
    if word in ("last", "past", "previous", "this past", "the previous", "the preceding"):
        return Direction.PAST
    if word in ("next", "coming", "following", "this coming", "the following", "the next"):
        return Direction.FUTURE
    return Direction.SAME


def weekday(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "Tuesday", "Tuesday's", "Tuesday night"; "Tuesdays" is a set."""
    day = int(vocab.lookup("weekday", groups.get("wd") or ""))
    pod = _PART_OF_DAY.get(_norm(groups.get("pod")))
    if groups.get("plural") or groups.get("podplural"):
        value = f"XXXX-WXX-{day}" + (f"T{pod}" if pod else "")
        return Reading(TimexType.SET, Partial(weekday=day, part_of_day=pod), value=value,
                       quant="EVERY")
    partial = Partial(weekday=day, part_of_day=pod, direction=Direction.TENSE, granularity="D")
    kind = TimexType.TIME if pod else TimexType.DATE
    return Reading(kind, partial, reference=Reference.YEAR)


def month(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """A month alone ("in March", "last September"); "May" and "March" need a cue."""
    word = groups.get("month") or ""
    cued = groups.get("rel") is not None
    before = _norm(groups.get("_before")).split(" ")
    cue = before[-1] if cued and before else ""
    if word.lower() in ("may", "march"):
        # Also a verb ("they march on", "may I ask"): only with a cue and no verb reading.
        if not (cued or groups.get("midhy")) or word.isupper():
            return None
        if groups.get("verbish") is not None and cue not in ("in", "last", "next", "this",
                                                             "since", "early", "late"):
            return None
    value = int(vocab.lookup("month", word))
    direction = _direction(cue) if cue in ("last", "next", "this") else Direction.TENSE
    partial = Partial(month=value, direction=direction, granularity="M")
    mod = "MID" if groups.get("midhy") else None
    return Reading(TimexType.DATE, partial, reference=Reference.YEAR, mod=mod)


def year(groups: Groups, vocab: Vocabulary) -> Reading | None:
    value = int(groups.get("year") or 0)
    return Reading(TimexType.DATE, Partial(year=value, granularity="Y"), value=f"{value:04d}")


def holiday(groups: Groups, vocab: Vocabulary) -> Reading | None:
    name = groups.get("holiday") or ""
    item = vocab.observance(name)
    if item is None:
        return None
    year_value = _year(groups, "year", "year2")
    partial = Partial(year=year_value, holiday=item.key, direction=_direction(groups.get("rel")),
                      granularity="D")
    reference = Reference.NONE if year_value else Reference.YEAR
    if groups.get("rel"):
        reference = Reference.DCT
    return Reading(TimexType.DATE, partial, reference=reference)


# ---------------------------------------------------------------------- relative
def shift(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "two weeks ago", "a year earlier", "exactly 1 year ago", "three days later"."""
    count = parse_number(groups.get("num") or "", vocab)
    unit = _unit(groups.get("unit"), vocab)
    if count is None or unit is None or unit == "NIGHT":
        return None
    direction_word = _norm(groups.get("dir"))
    sign = -1 if direction_word in ("ago", "earlier", "before", "back", "previously") else 1
    reference = (Reference.DCT if direction_word in ("ago", "from now", "hence", "back")
                 else Reference.NARRATIVE)
    qualifier = _norm(groups.get("exact"))
    mod = {"about": "APPROX", "some": "APPROX", "roughly": "APPROX", "around": "APPROX",
           "almost": "APPROX", "nearly": "APPROX", "more than": "BEFORE",
           "less than": "AFTER", "over": "BEFORE"}.get(qualifier)
    if isinstance(count, str):
        partial = Partial(shift_unit=unit, direction=Direction.PAST if sign < 0
                          else Direction.FUTURE, granularity=unit)
        fuzzy = "PAST_REF" if sign < 0 else "FUTURE_REF"
        return Reading(TimexType.DATE, partial, value=fuzzy, mod=mod)
    amount = round(count * _UNIT_FACTOR.get(unit, 1))
    if unit == "FN":
        unit = "W"
    granularity = "D" if qualifier in ("exactly", "precisely") else unit
    partial = Partial(shift_unit=unit, shift=sign * amount,
                      direction=Direction.PAST if sign < 0 else Direction.FUTURE,
                      granularity=granularity)
    return Reading(TimexType.DATE, partial, reference=reference, mod=mod)


_LISTED_DAY = re.compile(
    r"\b(?P<month>[A-Za-z]{3,9})\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?"
    r"(?:,?[ \t]+\d{1,2}(?:st|nd|rd|th)?)*,?[ \t]*(?:and|or|to|through|-|–)[ \t]*$"
)


def listed_day(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """The second day of "April 24 and 25", "Sept. 28-30": the month comes before."""
    found = _LISTED_DAY.search(groups.get("_before") or "")
    if found is None:
        return None
    month_word = found.group("month")
    month_number = vocab.lookup("month", month_word)
    if month_number is None or month_word.lower() in ("may", "march") and month_word.islower():
        return None
    day = int(groups.get("day") or 0)
    partial = Partial(month=int(month_number), day=day, direction=Direction.TENSE,
                      granularity="D")
    return Reading(TimexType.DATE, partial, reference=Reference.YEAR)


def long_adjective(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "day-long", "decades-long": one such unit, or an unknown number of them."""
    unit = _unit(groups.get("unit"), vocab)
    if unit is None:
        return None
    if unit == "NIGHT":
        unit = "D"
    count: float | str = "X" if groups.get("plural") else 1.0
    return Reading(TimexType.DURATION, Partial(shift_unit=unit), value=duration_value(count, unit))


def clock(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "3 p.m.", "noon", "10:30 EDT" alone: a time on the day the story is at."""
    hour, minute = _clock(groups)
    if hour is None:
        return None
    partial = Partial(hour=hour, minute=minute, zone=_zone(groups, vocab), shift_unit="D",
                      shift=0, granularity="D")
    return Reading(TimexType.TIME, partial, reference=Reference.NARRATIVE)


def in_shift(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "in two weeks" at the end of a clause: a date that far after the DCT."""
    count = parse_number(groups.get("num") or "", vocab)
    unit = _unit(groups.get("unit"), vocab)
    if not isinstance(count, float) or unit is None:
        return None
    partial = Partial(shift_unit=unit, shift=int(count), direction=Direction.FUTURE,
                      granularity=unit)
    return Reading(TimexType.DATE, partial, reference=Reference.DCT)


def part_of_day(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "this morning", "last night", "tomorrow evening", "overnight"."""
    rel = _norm(groups.get("rel"))
    pod = _PART_OF_DAY[_norm(groups.get("pod"))]
    day_shift = {"last": -1 if pod in ("NI", "EV") else 0, "yesterday": -1, "tomorrow": 1}
    offset = day_shift.get(rel, 0)
    if rel == "last" and pod in ("MO", "AF"):
        return None  # "last morning" is not said of a date
    partial = Partial(part_of_day=pod, shift_unit="D", shift=offset, granularity="D")
    return Reading(TimexType.TIME, partial, reference=Reference.DCT)


def anaphoric_part_of_day(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "that night", "the night before", "the next morning": on the story's day."""
    dem = _norm(groups.get("dem"))
    pod = _PART_OF_DAY[_norm(groups.get("pod"))]
    direction_word = _norm(groups.get("dir"))
    if dem == "the" and not direction_word:
        return None  # "the morning" alone is too often generic
    offset = 0
    if direction_word == "before" or dem in ("the previous",):
        offset = -1
    elif direction_word == "after" or dem in ("the next", "the following"):
        offset = 1
    partial = Partial(part_of_day=pod, shift_unit="D", shift=offset, granularity="D")
    return Reading(TimexType.TIME, partial, reference=Reference.NARRATIVE)


def anaphoric_unit(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "that day", "that same day", "the next day", "the previous week", "the day before"."""
    dem = _norm(groups.get("dem"))
    unit = _unit(groups.get("unit"), vocab) or "D"
    if unit == "NIGHT":
        return anaphoric_part_of_day({"dem": dem, "pod": "night", "dir": groups.get("dir")},
                                     vocab)
    direction_word = _norm(groups.get("dir"))
    offset = 0
    if dem in ("the previous", "the preceding") or direction_word in ("before", "earlier"):
        offset = -1
    elif dem in ("the next", "the following") or direction_word in ("after", "later"):
        offset = 1
    partial = Partial(shift_unit=unit, shift=offset, granularity=unit)
    return Reading(TimexType.DATE, partial, reference=Reference.NARRATIVE)


def anaphoric_in(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "the day" in "earlier in the day": the story's current day (week, year)."""
    unit = _unit(groups.get("unit"), vocab) or "D"
    return Reading(TimexType.DATE, Partial(shift_unit=unit, shift=0, granularity=unit),
                   reference=Reference.NARRATIVE)


def anaphoric_weekday(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "the following Monday": the next Monday after the story's current day."""
    day = int(vocab.lookup("weekday", groups.get("wd") or ""))
    dem = _norm(groups.get("dem"))
    direction = Direction.PAST if dem in ("the previous", "the preceding") else Direction.FUTURE
    return Reading(TimexType.DATE, Partial(weekday=day, direction=direction, granularity="D"),
                   reference=Reference.NARRATIVE)


def relative_unit(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "last year", "this month", "next week"; "the past three years" is a duration."""
    rel = _norm(groups.get("rel"))
    unit = _unit(groups.get("unit"), vocab)
    if unit is None:
        return None
    text = _norm(groups.get("t") or groups.get("_text"))
    count = parse_number(groups.get("num") or "", vocab) if groups.get("num") else None
    plural = (groups.get("unit") or "").lower().endswith("s")
    narrative_step = (text.startswith("the ") and rel in ("next", "following")
                      and count is None and not plural and unit in ("D", "W", "M", "Y", "WE"))
    if narrative_step:
        return Reading(TimexType.DATE, Partial(shift_unit=unit, shift=1, granularity=unit),
                       reference=Reference.NARRATIVE)
    if count is not None or plural or (text.startswith("the ") and rel in ("past", "last",
                                                                            "next", "coming",
                                                                            "first", "final")):
        amount: float | str = count if count is not None else ("X" if plural else 1.0)
        if unit in ("WE", "NIGHT"):
            return None
        return Reading(TimexType.DURATION, Partial(shift_unit=unit),
                       value=duration_value(amount, unit))
    if rel in ("first", "final"):
        return None
    if unit == "NIGHT":
        return None
    if rel in ("the previous", "previous", "the following", "following"):
        offset = -1 if "previous" in rel else 1
        return Reading(TimexType.DATE, Partial(shift_unit=unit, shift=offset, granularity=unit),
                       reference=Reference.NARRATIVE)
    offset = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(rel, 0)
    partial = Partial(shift_unit=unit, shift=offset, granularity=unit,
                      direction=_direction(rel))
    return Reading(TimexType.DATE, partial, reference=Reference.DCT)


def season(groups: Groups, vocab: Vocabulary) -> Reading | None:
    word = _first(groups, "season", "season2", "season3")
    if groups.get("that"):  # "that summer": the season of the year the story is in
        code = str(vocab.lookup("season", word or ""))
        return Reading(TimexType.DATE, Partial(season=code, granularity="SE"),
                       reference=Reference.NARRATIVE)
    code = str(vocab.lookup("season", word or ""))
    year_value = _year(groups, "year")
    rel = _norm(groups.get("rel"))
    if year_value:
        return Reading(TimexType.DATE, Partial(year=year_value, season=code, granularity="SE"),
                       value=f"{year_value:04d}-{code}")
    direction = _direction(rel) if rel else Direction.TENSE
    partial = Partial(season=code, direction=direction, granularity="SE")
    return Reading(TimexType.DATE, partial, reference=Reference.YEAR)


def decade(groups: Groups, vocab: Vocabulary) -> Reading | None:
    pos = {"early": "START", "mid": "MID", "late": "END"}.get(_norm(groups.get("pos")))
    if groups.get("decade"):
        full = int(groups["decade"] or 0)
        if full % 100 == 0 and not groups.get("pos"):
            return Reading(TimexType.DATE, Partial(century=full // 100), value=f"{full // 100:02d}",
                           mod=pos)
        return Reading(TimexType.DATE, Partial(decade=full // 10), value=f"{full // 10:03d}",
                       mod=pos)
    two = int(groups.get("dec2") or 0)
    prefix = 19 if two >= 30 else 20
    return Reading(TimexType.DATE, Partial(decade=prefix * 10 + two // 10),
                   value=f"{prefix}{two // 10}", mod=pos)


def century(groups: Groups, vocab: Vocabulary) -> Reading | None:
    if groups.get("ordnum"):
        number = int(groups["ordnum"] or 0)
    else:
        number = int(vocab.lookup("ordinal", groups.get("ord") or ""))
    if number < 1 or number > 21:
        return None
    pos = {"early": "START", "mid": "MID", "late": "END"}.get(_norm(groups.get("pos")))
    return Reading(TimexType.DATE, Partial(century=number - 1), value=f"{number - 1:02d}", mod=pos)


def quarter(groups: Groups, vocab: Vocabulary) -> Reading | None:
    ordinal = _norm(groups.get("ord"))
    number = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
              "4th": 4, "final": 4, "last": 4}.get(ordinal)
    if groups.get("qnum"):
        number = int(groups["qnum"] or 0)
    if number is None:
        return None
    year_value = _year(groups, "year", "year2")
    partial = Partial(year=year_value, quarter=number, granularity="Q",
                      direction=_direction(groups.get("rel")) if groups.get("rel") else
                      Direction.TENSE)
    if year_value:
        return Reading(TimexType.DATE, partial, value=f"{year_value:04d}-Q{number}")
    rel = _norm(groups.get("rel"))
    if rel:
        offset = {"last": -1, "next": 1}.get(rel, 0)
        partial = Partial(quarter=number, shift_unit="Y", shift=offset, granularity="Q")
        return Reading(TimexType.DATE, partial, reference=Reference.DCT)
    return Reading(TimexType.DATE, partial, reference=Reference.YEAR)


def year_quarter(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "the 1988 third quarter", "the 1988 period": a quarter of a written year."""
    year_value = _year(groups, "year") or 0
    ordinal = _norm(groups.get("ord"))
    number = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
              "4th": 4}.get(ordinal)
    unit = groups.get("unit")
    if unit == "half":
        return None
    if number is None:
        return Reading(TimexType.DATE, Partial(year=year_value, granularity="Y"),
                       value=f"{year_value:04d}")
    return Reading(TimexType.DATE, Partial(year=year_value, quarter=number, granularity="Q"),
                   value=f"{year_value:04d}-Q{number}")


def year_adjective(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "year-earlier results", "year-end": the year before the DCT's, or its end."""
    word = _norm(groups.get("adj")).replace(" ", "-")
    if word == "year-end":
        return Reading(TimexType.DATE, Partial(shift_unit="Y", shift=0, granularity="Y"),
                       reference=Reference.DCT, mod="END")
    return Reading(TimexType.DATE, Partial(shift_unit="Y", shift=-1, granularity="Y"),
                   reference=Reference.DCT)


_TENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
         "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
         "eight": 8, "nine": 9, "ten": 10}


def spelled_year(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "nineteen ninety-six", "the year two thousand": a year written in words."""
    if groups.get("thousand"):
        words = re.split(r"[\s-]+", _norm(groups.get("thousand")))
        value = 2000 + (_ONES.get(words[-1], 0) if words[-1] != "thousand" else 0)
    else:
        century = 19 if _norm(groups.get("century")) == "nineteen" else 20
        words = re.split(r"[\s-]+", _norm(groups.get("rest")))
        if words[0] == "hundred":
            rest = 0
        else:
            rest = _TENS[words[0]] + (_ONES.get(words[1], 0) if len(words) > 1 else 0)
        value = century * 100 + rest
    return Reading(TimexType.DATE, Partial(year=value, granularity="Y"), value=f"{value:04d}")


def relative_quarter(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "the latest quarter", "the year-ago quarter", "the year-earlier period"."""
    rel = _norm(groups.get("rel"))
    if groups.get("unit") == "period" and "year" not in rel and rel != "the latest":
        return None
    # News reports results after a quarter closes: "the latest quarter" is the last one
    # before the DCT's, and "the year-ago quarter" the same quarter a year before it.
    offsets = {"the latest": -1, "the recent": -1, "the previous": -2, "the current": 0,
               "the same": -1, "the comparable": -5}
    offset = -5 if "year" in rel else offsets.get(rel, -1)
    partial = Partial(shift_unit="Q", shift=offset, granularity="Q")
    return Reading(TimexType.DATE, partial, reference=Reference.DCT)


def half(groups: Groups, vocab: Vocabulary) -> Reading | None:
    number = 1 if _norm(groups.get("ord")) == "first" else 2
    year_value = _year(groups, "year")
    if year_value:
        return Reading(TimexType.DATE, Partial(year=year_value, half=number, granularity="H"),
                       value=f"{year_value:04d}-H{number}")
    offset = {"last": -1, "next": 1}.get(_norm(groups.get("rel")), 0)
    partial = Partial(half=number, shift_unit="Y", shift=offset, granularity="H")
    return Reading(TimexType.DATE, partial, reference=Reference.DCT)


def fiscal_year(groups: Groups, vocab: Vocabulary) -> Reading | None:
    year_value = _year(groups, "year")
    if year_value:
        return Reading(TimexType.DATE, Partial(year=year_value, granularity="Y"),
                       value=f"{year_value:04d}")
    rel = _norm(groups.get("rel"))
    if rel in ("the", "the new"):
        return Reading(TimexType.DATE, Partial(shift_unit="Y", shift=0, granularity="Y"),
                       reference=Reference.NARRATIVE)
    offset = {"last": -1, "next": 1, "the previous": -1}.get(rel, 0)
    return Reading(TimexType.DATE, Partial(shift_unit="Y", shift=offset, granularity="Y"),
                   reference=Reference.DCT)


# ---------------------------------------------------------------------- sets
_ADVERB_SET = {"daily": ("P1D", None), "nightly": ("P1D", None), "weekly": ("P1W", None),
               "biweekly": ("P2W", None), "fortnightly": ("P2W", None),
               "monthly": ("P1M", None), "quarterly": ("P3M", None), "yearly": ("P1Y", None),
               "annually": ("P1Y", None), "hourly": ("PT1H", None),
               "semiannually": ("P6M", None), "year-round": ("P1Y", None)}


_ATTRIBUTIVE = re.compile(
    r"(?:\b(?:a|an|the|its|their|his|her|our|your|my|average|regular|first|usual|normal)"
    r"|['’]s)\s+$",
    re.IGNORECASE,
)
_RATE_BEFORE = re.compile(
    r"(?:\d[\d,.]*%?|\b(?:million|billion|thousand|hundred|dozen|percent|cents?|dollars?)"
    r"|\b(?!(?:was|has|is|takes|lasts|as|its|this|his|less|was|does|goes|plus|minus)\b)"
    r"[a-z]+s)\s+$"
)


def set_adverb(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "daily", "annually": a set, unless used before a noun ("a quarterly dividend")."""
    before = groups.get("_before") or ""
    if _ATTRIBUTIVE.search(before) or re.search(r"\b[A-Z][a-z]+\s+$", before):
        return None  # "a quarterly dividend", "the Party daily Granma"
    value, _ = _ADVERB_SET[_norm(groups.get("adv"))]
    return Reading(TimexType.SET, value=value)


def set_every(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "every Tuesday", "each year", "every other week", "every three months"."""
    quant = "EVERY"
    every = 2 if groups.get("other") else 1
    if groups.get("num"):
        count = parse_number(groups.get("num") or "", vocab)
        if not isinstance(count, float):
            return None
        every = int(count)
    if groups.get("wd"):
        day = int(vocab.lookup("weekday", groups.get("wd") or ""))
        return Reading(TimexType.SET, Partial(weekday=day), value=f"XXXX-WXX-{day}", quant=quant)
    if groups.get("pod"):
        pod = _PART_OF_DAY[_norm(groups.get("pod"))]
        return Reading(TimexType.SET, Partial(part_of_day=pod), value=f"XXXX-XX-XXT{pod}",
                       quant=quant)
    unit = _unit(groups.get("unit"), vocab)
    if unit is None or unit == "NIGHT":
        unit = "D" if unit == "NIGHT" else None
    if unit is None:
        return None
    return Reading(TimexType.SET, value=duration_value(float(every), unit), quant=quant)


def set_times(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "twice a week", "three times a year": value the period, freq the count."""
    times = _norm(groups.get("times"))
    count: float | str | None = {"once": 1.0, "twice": 2.0, "thrice": 3.0}.get(times)
    if count is None:
        count = parse_number(groups.get("n") or "", vocab)
    unit = _unit(groups.get("unit"), vocab)
    if not isinstance(count, float) or unit is None or unit == "NIGHT":
        return None
    return Reading(TimexType.SET, value=duration_value(1.0, unit), freq=f"{int(count)}X")


# ---------------------------------------------------------------------- durations
def duration(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "20 weeks", "35-year-old", "a decade", "two and a half years", "half an hour"."""
    unit = _unit(groups.get("unit"), vocab)
    if unit is None:
        return None
    if groups.get("half") and not groups.get("num"):
        count: float | str | None = 0.5
    else:
        count = parse_number(groups.get("num") or "", vocab)
    if count is None:
        return None
    text = _norm(groups.get("_text"))
    range_end = re.search(r"(?:\s(?:to|or)\s+|(?<=\d)-)(\w[\w-]*)\s+\S+$", text)
    if range_end and not re.search(r"half", text):
        upper = parse_number(range_end.group(1), vocab)
        if isinstance(upper, float):
            count = upper
    if isinstance(count, float) and ("and a half" in text or "and-a-half" in text):
        count += 0.5
    if unit == "WE":
        return None
    if count == 0:
        return None
    num_text = _norm(groups.get("num"))
    if num_text in ("a", "an") and _RATE_BEFORE.search(groups.get("_before") or ""):
        return None  # a rate ("$5 a day", "700 seats a week"), not a duration
    if num_text in ("a", "an") and unit == "S" and not groups.get("_after_punct"):
        return None  # "a second betrayal": the ordinal, not a duration
    if unit == "NIGHT":
        unit = "D"
    return Reading(TimexType.DURATION, Partial(shift_unit=unit), value=duration_value(count, unit))


def vague_duration(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "for years", "in recent months": a duration of unknown length."""
    unit = _unit(groups.get("unit"), vocab)
    if unit is None or unit == "NIGHT":
        return None
    return Reading(TimexType.DURATION, Partial(shift_unit=unit), value=duration_value("X", unit))


def the_period(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "in the quarter", "for the year", "over the weekend": the period the story is in."""
    unit = _unit(groups.get("unit"), vocab)
    if unit is None:
        return None
    if groups.get("ending") and unit in ("Y", "Q", "M"):
        return Reading(TimexType.DURATION, Partial(shift_unit=unit), value=duration_value(1.0,
                                                                                        unit))
    if unit == "Q":
        return Reading(TimexType.DATE, Partial(shift_unit="Q", shift=-1, granularity="Q"),
                       reference=Reference.DCT)
    if unit == "WE":
        partial = Partial(shift_unit="WE", shift=-1, granularity="WE", direction=Direction.TENSE)
        return Reading(TimexType.DATE, partial, reference=Reference.DCT)
    return Reading(TimexType.DATE, Partial(shift_unit=unit, shift=0, granularity=unit),
                   reference=Reference.NARRATIVE)


def fuzzy_adjective(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "current" and "recent" before a noun: the present and the recent past."""
    value = "PRESENT_REF" if _norm(groups.get("adj")) == "current" else "PAST_REF"
    return Reading(TimexType.DATE, Partial(fuzzy=value), value=value)


def fuzzy(groups: Groups, vocab: Vocabulary) -> Reading | None:
    value = vocab.lookup("fuzzy", groups.get("fuzzy") or "")
    if value is None:
        return None
    return Reading(TimexType.DATE, Partial(fuzzy=str(value)), value=str(value))

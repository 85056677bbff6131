"""Shared pieces of the productions: the reading they return, and small readers of
numbers, units, years, clock times and directions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from timefact._mention import Reference
from timefact._model import Direction, Partial, TimexType
from timefact._regex_cache import compiled
from timefact._vocab import Vocabulary

Groups = dict[str, str | None]

# TIMEX3 duration letters and the calendar unit each shift moves by.

_DURATION_UNIT = {
    "S": ("T", "S"),
    "MI": ("T", "M"),
    "H": ("T", "H"),
    "D": ("", "D"),
    "NIGHT": ("", "D"),
    "W": ("", "W"),
    "FN": ("", "W"),
    "WE": ("", "WE"),
    "M": ("", "M"),
    "Q": ("", "Q"),
    "Y": ("", "Y"),
    "DE": ("", "DE"),
    "CE": ("", "CE"),
    "ML": ("", "ML"),
}

UNIT_FACTOR = {"FN": 2}  # a fortnight is two weeks

_SMALLER = {
    "Y": ("M", 12),
    "DE": ("Y", 10),
    "CE": ("Y", 100),
    "M": ("W", 4),
    "W": ("D", 7),
    "D": ("H", 24),
    "H": ("MI", 60),
    "MI": ("S", 60),
}

PART_OF_DAY = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "nite": "NI",
    "arvo": "AF",
    "morn": "MO",
    "am": "MO",  # "fri am", "sat pm": chat's halves of a named day
    "pm": "AF",
    "tonight": "NI",
    "overnight": "NI",
    # "the early hours of Sunday", "the small hours of 12 November": after midnight
    "early hours": "MO",
    "small hours": "MO",
    "wee hours": "MO",
}


@dataclass(frozen=True, slots=True)
class Reading:
    type: TimexType
    partial: Partial = field(default_factory=Partial)
    value: str | None = None
    reference: Reference = Reference.NONE
    mod: str | None = None
    quant: str | None = None
    freq: str | None = None


_SPACES = compiled(r"\s+")
_FIGURES_AFTER_WORDS = compiled(r"(?<=[a-z]) \(\d{1,4}\)$")


def norm(word: str | None) -> str:
    """A word or phrase in lower case, its spaces made single."""
    return _SPACES.sub(" ", word or "").strip().lower()


def parse_number(text: str, vocab: Vocabulary) -> float | str | None:
    """A count written in digits or words; ``"X"`` for vague counts ("several")."""
    word = _FIGURES_AFTER_WORDS.sub("", norm(text).replace(",", ""))  # "thirty (30)"
    word = word.removesuffix("-odd")  # "thirty-odd years": about thirty
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
        if part == "and":  # "a hundred and fifty-six"
            continue
        value = 1 if part in ("a", "an") else vocab.lookup("number", part)
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
    """TIMEX3 duration value: ``P35Y``, ``PT3H``, ``PXW``; fractions go down a unit
    when they make a whole number of it (``P2Y6M``, ``PT5H30M``, ``PT30M``), and stay
    decimal when they do not (``P3.4Y``).

    Counted decades and centuries are written in years ("two decades" is ``P20Y``).
    """
    if isinstance(count, float) and unit in ("DE", "CE", "ML"):
        return duration_value(count * {"DE": 10, "CE": 100, "ML": 1000}[unit], "Y")
    if isinstance(count, float) and count != int(count) and unit in _SMALLER:
        smaller, factor = _SMALLER[unit]
        whole, part = int(count), round((count - int(count)) * factor)
        if whole and unit in ("Y", "H", "MI") and part == (count - whole) * factor:
            # "5 1/2 hours" is PT5H30M, "two and a half years" P2Y6M, "a minute and a half" PT1M30S
            rest = duration_value(float(part), smaller).removeprefix("P").removeprefix("T")
            return duration_value(float(whole), unit) + rest
        if count * factor == int(count * factor):
            return duration_value(count * factor, smaller)
        # "3.4 years": no whole number of months; ISO 8601 keeps the decimal
        prefix, letter = _DURATION_UNIT[unit]
        return f"P{prefix}{count:g}{letter}"
    if isinstance(count, float):
        count *= UNIT_FACTOR.get(unit, 1)
    prefix, letter = _DURATION_UNIT[unit]
    amount = count if isinstance(count, str) else _count_text(count)
    return f"P{prefix}{amount}{letter}"


_NAME_LETTERS = 3  # an abbreviation this short in capitals is a name


def unit_code(word: str | None, vocab: Vocabulary) -> str | None:
    if word is not None and len(word) <= _NAME_LETTERS and word.isupper():
        return None  # "the recent SEC action", "MO", "HR": names, not units
    found = vocab.lookup("unit", norm(word))
    return str(found) if found is not None else None


def step_unit_code(word: str | None, vocab: Vocabulary) -> str | None:
    """The unit of a step back or forth in time ("two years ago", "the previous week"); a
    sports season steps as a year ("two seasons ago", "this season")."""
    if norm(word) in ("season", "seasons"):
        return "Y"
    return unit_code(word, vocab)


def written_year(groups: Groups, *names: str) -> int | None:
    for name in names:
        text = groups.get(name)
        if text:
            digits = text.strip("'’")
            if len(digits) == 2:
                value = int(digits)
                return 1900 + value if value >= 30 else 2000 + value
            return int(digits)
    return None


def century_unwritten(groups: Groups, *names: str) -> bool:
    """Whether the year :func:`written_year` reads from these groups has two digits."""
    text = first_group(groups, *names)
    return text is not None and len(text.strip("'’")) == 2


def first_group(groups: Groups, *names: str) -> str | None:
    for name in names:
        if groups.get(name):
            return groups[name]
    return None


DEICTIC_SPELLING = {
    "tonite": "tonight",
    "2nite": "tonight",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "tomorow": "tomorrow",
    "2morrow": "tomorrow",
    "2moro": "tomorrow",
    "2day": "today",
    "yday": "yesterday",
}


# Words near a loose clock time ("doors at 7ish", "boarded at 9ish") that put it in the
# evening: an evening word, or another time written with "p.m.".
_EVENING_NEAR = compiled(
    r"\b(?i:dinner|supper|party|concert|gig|(?:the|a|late)\s+show|late\s+set|tonight|tonite|2nite|"
    r"this\s+evening)\b"
    # "drinks at 8"; not a match's drinks break ("stopped play at 11.47, just before drinks")
    r"|(?<!before )(?<!after )(?<!\bat )\b(?i:drinks)\b(?!\s+(?:break|interval))"
)
# Time zones of places whose clocks are read in twelve hours ("7:00 CT" is 7 p.m. at a
# game's start), unlike "7:00 CET".
_TWELVE_HOUR_ZONES = frozenset(
    re.findall(
        r"\S+", "ET EST EDT CT CST CDT MT MST MDT PT PST PDT AT AST ADT NT NST NDT AKST AKDT HST"
    )
)
# The start of a game, a show or a gig, which a time from six to ten says is in the evening.
_GAME_START_NEAR = compiled(
    r"\b(?i:puck\s+drop|face-?off|tip-?off|first\s+pitch|first\s+ball|kick-?off|"
    r"curtain\s+up|game\s+time|gametime|showtime|"
    # a gig's: "doors at 8, we go on around 10:30", "on stage at 9"
    r"doors\s+(?:at|@)|we\s+go\s+on|on\s+stage|set\s+times?)\b"
    # a network's slot with the Central zone's hour beside it: "at 8:30 (7:30 Central)"
    r"|\(\d{1,2}(?::[0-5]\d)?\s+(?:Central|Mountain|c)\)"
)
# The words of an evening scene ("the previous evening at around 8 o'clock", "On New Year's
# Eve, by half past ten"), or another time of the evening on a 24-hour clock ("At 21:38
# ... at half past seven"): they set the scene for a spoken time anywhere near, for one
# written in figures ("appointment at 9:15") only in its own sentence.
_EVENING_SCENE = compiled(
    r"\b(?i:evenings?|ceilidh|disco|nightclub|pub|bedtime|late\s+shift|hogmanay|"
    r"new\s+year['’]s\s+eve|midnight|bonfires?|fireworks|lock-?in|"
    r"(?:went|go|goes|going|gone|got|get)\s+to\s+bed)\b"
    r"|\b(?P<clock24>(?:1[89]|2[0-3])(?:[:.][0-5]\d\b|[0-5]\d(?=\s*(?i:hrs|hours)\b)))"
)
_MORNING_NEAR = compiled(
    r"\b(?i:morning|dawn|daybreak|sunrise|first\s+light|breakfast|(?:early|small|wee)\s+hours)\b"
)
DIGITAL = compiled(r"\d[:.][0-5]\d")
# A time on a 24-hour clock, written with a leading zero or past noon ("04:30", "13:40"),
# with no a.m. or p.m.: a text that writes them counts all its hours so.
TWENTY_FOUR_HOUR = compiled(
    r"(?<![\d:.])(?:0[1-9]|1[3-9]|2[0-3]):[0-5]\d(?![\d:]|[ \t]*(?i:a\.?m|p\.?m)\b)"
)
_PM_NEAR = compiled(r"\d\s?(?i:pm\b|p\.m\.)")
# a sentence ends at a stop, or at a line break before a list's bullet ("- goodbye party")
_SENTENCE_END = compiled(r"[.!?\n](?=\s)|\n(?=[ \t]*[-*•][ \t])")


def _evening_near(hour: int, context: str, sentence: str, *, digits: bool) -> bool:
    """Whether the words near a clock time said without a.m. or p.m. put it in the evening:
    an evening's words, an evening scene, or other times said p.m. ("doors at 7ish, the
    set at 8:30pm"), which leave eleven o'clock alone ("tmrw at 11? I'm off from 3pm"):
    few plans are for 11 p.m."""
    if digits and TWENTY_FOUR_HOUR.search(context):
        return False  # "left at 04:30 ... by 11:00 they were on the ridge"
    if _EVENING_NEAR.search(context):
        return True
    if hour < 11 and (_GAME_START_NEAR.search(context) or _GAME_START_NEAR.search(sentence)):
        return True  # "puck drop 7:00 CT": games under lights (a kickoff at 11 is a morning's)
    scene = _EVENING_SCENE.search(sentence if digits else context)
    if scene is not None and not (scene.group("clock24") and digits):
        return True  # a digital "10:15" among 24-hour times ("19:02") is one of them
    return hour < 11 and _PM_NEAR.search(sentence if digits else context) is not None


def _sentence_of(groups: Groups) -> str:
    """The words of the clock time's own sentence that the match saw around it."""
    before = groups.get("_clause_before") or ""
    ends = list(_SENTENCE_END.finditer(before))
    after = groups.get("_after") or ""
    stop = _SENTENCE_END.search(after)
    return (
        (before[ends[-1].end() :] if ends else before)
        + (groups.get("_text") or "")
        + (after[: stop.start()] if stop else after)
    )


# A chat line's sender, before the time it was sent: "Bec 9:02 AM: morning team".
SENDER = r"[A-Z][\w.'’-]{0,20}(?:[ \t][A-Z][\w.'’-]{0,20})?[ \t]+"
# Nothing but blanks between the start of a line and here: what follows opens its line
LINE_START_BEFORE = compiled(r"(?:^|\n)[ \t]*$")
# ... or a sentence: "The climb began in April. May was lost to storms."
SENTENCE_START_BEFORE = compiled(r"(?:^|\n|[.!?][ \t]+)[ \t\"“]*$")


# "on a Thursday", "One Monday": the article before a weekday that makes it some such day
# (the production reads it; the grammar takes it into the span).
SOME_BEFORE = compiled(r"(?<![\w-])(?i:a|one)[ \t]+$")


# Words right before a clock time said without a.m. or p.m. that put it in the morning:
# "must be up at a quarter past five", "woke at 6", "the alarm went at 4:30".
_MORNING_BEFORE = compiled(
    r"\b(?i:up|woke|wake|wakes|waking|awake|alarm|alarm\s+\w+|rose|breakfast|dawn|sunrise)"
    r"\s+(?:(?:at|around|about|by|before|until|since)\s+){1,2}$"
    # "started walking at first light (5:40ish)"
    r"|\b(?i:first\s+light|dawn|daybreak|sunrise)\s*[(,–—-]\s*$"
)


# Words around "at 10.25" that make it a price or a score, not a time of day.
_MARKET = compiled(
    r"[$£€¥]|\b(?i:shares?|stocks?|index|prices?|per\s+cent|percent|points|traded|trading|"
    r"rate|odds|yield|euros?|dollars?|pence|cents|valued|priced|costs?|sold)\b"
)
# A 24-hour clock written as four digits that cannot be a year ("0600:", "until 0400"):
# the other four-digit numbers beside it are times too.
LOG_CLOCK = compiled(
    r"(?:^|[\s(])0\d[0-5]\d(?::[ \t]|[ \t]*(?:hrs|hours|GMT|UTC|Z)\b)"
    r"|\b(?:at|until|by)[ \t]+0\d[0-5]\d\b"
)
# what ends "quarter to five" said as a time: a stop or a word of the sentence going on
_CLOCK_END_AFTER = compiled(
    r"[ \t]*(?:[,.;:!?)\"”]|$|(?:in|on|and|when|that|this|tonight|the|I|he|she|we|they|it|"
    r"then|or|at|sharp)\b)"
)
_TIME_CUE_BEFORE = compiled(
    r"\b(?i:at|by|until|till|til|around|about|from|after|before|since|it['’]s|it[ \t]+was|"
    r"it[ \t]+is)[ \t]+$"
)
# "from" or "between" right before a range's first hour
_RANGE_START_BEFORE = compiled(r"\b(?i:(?P<word>from|between))[ \t]+$")
# A clock hour said alone ("at eight.") needs the scene to be one of times of day ...
_CLOCK_CUE = compiled(
    r"o['’]clock|\d[:.][0-5]\d|\d\s?(?:[ap]\.m\.|[ap]m\b)|\b(?i:morning|afternoon|evening|"
    r"night|tonight|tonite|tomorrow|dinner|supper|lunch|breakfast|bedtime|bed|home|meet|"
    r"curfew|alarm|clock|sharp|dawn|dusk|daybreak|sunrise|sunset|nightfall|midnight|noon|"
    r"brunch|tea|mass|church|practice|"
    r"rehearsal|class|shift|appointment|appt|morn|2nite|tmrw|tmw)\b"
)
# The start of a range of hours, before the end said after "and": "between 1 and 3"
_BETWEEN_BEFORE = compiled(r"\b[Bb]etween[ \t]+(?:1[0-2]|[1-9])[ \t]+and[ \t]+$")
# ... and is a count after words that count or compare ("the toll stood at eight").
_COUNT_BEFORE = compiled(
    r"\b(?i:toll|number|total|tally|count|stood|put|estimated|ranked|ranks?|seeded|"
    r"won|lost|beat|beaten|led|leads?|trail(?:s|ed)?|rose|fell|cut|increased|"
    r"decreased|grew|dropped|raised|lowered|aged?|score[ds]?|margin|number(?:ed|s)?|"
    r"capped|limited|set|fixed|priced|valued|rated)\s+(?:\w+\s+)?(?:at|by|until|till|til|"
    r"before|after)\s+$"
)
# "was about", "aged around", "lows around", "scored nearly": what an hour after "about"
# counts is an age, a temperature or a score
_APPROX_COUNT_BEFORE = compiled(
    r"\b(?i:was|were|is|are|am|be|been|aged?|ages|of|turned|turns|i['’]m|he['’]s|she['’]s|"
    r"lows?|highs?|temperatures?|temps?|degrees|scored?|ranked|rated|numbers?|numbered|level|"
    r"rate|grade|size|to|from|between|reached|rose|fell|climbed|dropped|rises|falls|won|"
    r"lost|only|just|maybe|perhaps|probably|still)[ \t]+(?:(?i:around|about|nearly|almost)[ \t]+)?$"
)


def said_roughly(groups: Groups) -> bool:
    """Whether a clock time is said with "-ish" ("4ish", "noon-ish")."""
    return bool(groups.get("ish") or groups.get("noonish"))


def approximate_cue(groups: Groups) -> bool:
    """Whether the hour was taken for the "around", "about", "nearly" or "almost" before it."""
    return groups.get("approxcue") is not None


_SPOKEN_MINUTES = {"half": 30, "a quarter": 15, "quarter": 15, "a minute": 1, "one minute": 1}


def _count_of(text: str, vocab: Vocabulary) -> int:
    """ "8", "eight", "twenty-five": a whole number written in figures or words."""
    number = parse_number(text, vocab)
    return int(number) if isinstance(number, float) else 0


# The groups of the CLOCK pattern, one of which is set when a clock time was found.
CLOCK_GROUPS = (
    "spokenh",
    "hour",
    "hourw",
    "noon",
    "hourpod",
    "oclock",
    "shour",
    "halfof",
    "hour24",
    "hhmm",
    "log",
    "hour24z",
    "rangefrom",
    "dotted",
    "ish",
    "sayhour",
    "rangebare",
    "bare",
    "stamp",
    "tvh",
)


def clock_second(groups: Groups) -> int | None:
    """The seconds of a 24-hour clock time written with them ("03:14:07 UTC")."""
    second = groups.get("sec24") or groups.get("sec24z")
    return int(second) if second else None


_IS_BEFORE = compiled(r"\b(?:is|was|[Ii]t['’]s)[ \t]+$")
_TIMED_SUBJECT_BEFORE = compiled(
    r"\b(?i:bounce|kick-?off|tip-?off|throw-?in|start|time|departure|arrival|dinner|lunch|"
    r"tea|breakfast|curtain|curtain-up|mass|service|game|match|race|meeting|session|class|"
    r"train|flight|bus|check-?in|check-?out|doors|it)(?:[ \t]+(?:is|was)|['’]s)[ \t]+$"
)


def _spoken_clock(groups: Groups, vocab: Vocabulary) -> tuple[int | None, int | None]:
    """ "two-fifteen", "seven thirty a.m.", "nine oh-five": an hour and its minutes said as
    words; without a hyphen, only where the text speaks of the time of day ("at one fifty"
    may be a price)."""
    if _COUNT_BEFORE.search(groups.get("_clause_before") or ""):
        return None, None
    said_ampm = groups.get("spokenampm")
    before = groups.get("_before") or ""
    if _IS_BEFORE.search(before) and not said_ampm and not _TIMED_SUBJECT_BEFORE.search(before):
        return None, None  # "The ratio was two-fifty", "it's two-fifty a pint"; not "Bounce is
        # two-thirty", "It's seven-fifteen now"
    if (
        groups.get("spokensep") != "-"
        and not said_ampm
        and not _CLOCK_CUE.search(groups.get("_context") or "")
    ):
        return None, None
    hour = _count_of(groups.get("spokenh") or "0", vocab)
    spoken = norm(groups.get("spokenm")).removeprefix("oh-").removeprefix("o-")
    minute = _count_of(spoken, vocab)
    if not 1 <= hour <= 12 or not 1 <= minute <= 59:
        return None, None
    if said_ampm:
        return hour % 12 + (12 if said_ampm.lower().startswith("p") else 0), minute
    return _with_day_part(hour, minute, groups), minute


def clock_time(groups: Groups, vocab: Vocabulary) -> tuple[int | None, int | None]:
    if groups.get("tvh"):  # "9/8c": a slot in the evening, or just past midnight ("12/11c")
        hour, minute = int(groups["tvh"] or 0), int(groups.get("tvm") or 0)
        if (hour - int(groups.get("tvc") or 0)) % 12 != 1:
            return None, None  # "3/4c": the Central hour is the one before
        return (0 if hour == 12 else hour + 12), minute
    if groups.get("oclock"):
        hour = _count_of(groups["oclock"] or "0", vocab)
        return _with_day_part(hour, 0, groups), 0
    if groups.get("spokenh"):  # "at two-fifteen", "kick-off two-thirty", "by seven oh-five"
        return _spoken_clock(groups, vocab)
    if groups.get("shour"):  # "half past nine", "a quarter to eleven", "ten past four"
        if (
            norm(groups.get("sdir")) == "to"
            and not _TIME_CUE_BEFORE.search(groups.get("_before") or "")
            and not (
                norm(groups.get("smin")) in ("quarter", "a quarter")
                and _CLOCK_END_AFTER.match(groups.get("_after") or "")
            )
        ):
            return None, None  # "five to ten years", "won ten to four": not a time; "then
            # quarter to five" is one
        if norm(groups.get("sdir")) == "to" and _RANGE_START_BEFORE.search(
            groups.get("_before") or ""
        ):
            start = _count_of(norm(groups.get("smin")), vocab)
            if 0 < start < _count_of(norm(groups.get("shour")), vocab) <= 12:
                return None, None  # "fished from six to nine": a range of hours, not 8:54
        named = {"noon": 12, "midnight": 24}.get(norm(groups.get("shour")))
        hour = named or _count_of(groups["shour"] or "0", vocab)
        spoken = norm(groups.get("smin"))  # "half", "a quarter", "ten", "20 minutes"
        minutes = _SPOKEN_MINUTES.get(spoken) or _count_of(spoken.split()[0], vocab)
        if norm(groups.get("sdir")) == "to":
            hour, minutes = (hour - 1) or 12, 60 - minutes
        if named:  # "half past noon", "ten to midnight"
            return hour % 24, minutes
        spoken_pod = norm(groups.get("spod"))  # "ten to two in the morning"
        if spoken_pod == "morning":
            return hour % 12, minutes
        if spoken_pod in ("afternoon", "evening") or (spoken_pod == "night" and hour >= 6):
            return hour % 12 + 12, minutes
        return _with_day_part(hour, minutes, groups), minutes
    if groups.get("rangefrom"):  # "from 7 to 8:30pm": the end of the range says p.m.
        hour = int(groups["rangefrom"] or 0)
        minute = int(groups.get("rfmin") or 0)
        later = groups.get("rampm") == "p" and hour < 12
        end_hour = re.search(r"(\d{1,2})(?::\d\d)?\s*[ap]", groups.get("_after") or "")
        if later and end_hour is not None and int(end_hour.group(1)) % 12 < hour % 12:
            later = False  # "from 11 to 2pm": 11 a.m.
        return hour % 12 + (12 if later else 0), minute
    if groups.get("halfof"):  # "half ten": half past ten, as it is said in Britain
        hour = _count_of(groups["halfof"] or "0", vocab)
        return _with_day_part(hour, 30, groups), 30
    if groups.get("hourpod"):  # "seven at night", "at 1.40 in the afternoon"
        hour = _count_of(groups["hourpod"] or "0", vocab) % 12
        minute = int(groups.get("podmin") or 0)
        said_pod = norm(first_group(groups, "inpod", "atnight"))
        later = said_pod in ("afternoon", "evening", "night") and hour >= 5
        return hour + (12 if later or norm(groups.get("inpod")) == "afternoon" else 0), minute
    noon = norm(groups.get("noon"))
    if noon:
        return (24, 0) if noon == "midnight" else (12, 0)
    if groups.get("hour24"):
        hour, minute = int(groups["hour24"] or 0), int(groups.get("min24") or 0)
        if 1 <= hour < 12 and norm(groups.get("zone")).upper() in _TWELVE_HOUR_ZONES:
            # "puck drop 7:00 CT": North America's clocks count twelve hours
            return _with_day_part(hour, minute, groups), minute
        return hour, minute
    if groups.get("hour24z"):  # "06:30", "14:30": a 24-hour clock
        return int(groups["hour24z"] or 0), int(groups.get("min24z") or 0)
    said_hour = groups.get("sayhour") or groups.get("rangebare")
    if said_hour:  # "dinner at eight.", "be home by nine", "until 11 tonight", "from 2 till 6"
        # a range's start needs its own sentence to speak of the time of day, and its end
        # after "and" a "between" ("between 1 and 3", not "at 60, 15 and 5")
        cue_in = _sentence_of(groups) if groups.get("rangebare") else groups.get("_context")
        before = groups.get("_before") or ""
        if before.endswith(" and ") and not _BETWEEN_BEFORE.search(before):
            return None, None
        # "between nine and half eleven": the pattern saw a clock time end the range
        opens = _RANGE_START_BEFORE.search(before)
        ranged = groups.get("sayhour") and opens and opens["word"].lower() == "between"
        if not ranged and (
            _COUNT_BEFORE.search(groups.get("_clause_before") or "")
            or (approximate_cue(groups) and _APPROX_COUNT_BEFORE.search(before))
            or not _CLOCK_CUE.search(cue_in or "")
        ):
            # "the toll stood at eight.", "won by nine,", "when I was about 5": counts
            return None, None
        hour = _count_of(said_hour, vocab)
        return _with_day_part(hour, 0, groups), 0
    loose = groups.get("ish") or groups.get("bare") or groups.get("stamp")
    if loose:  # "7ish", "at 8:30", "at 8 tonight": the day word says a.m. or p.m.
        hour = int(loose)
        minute = int(groups.get("ishmin") or groups.get("baremin") or groups.get("stampmin") or 0)
        said = groups.get("ishampm")  # "11am-ish"
        if said:
            return hour % 12 + (12 if said == "pm" else 0), minute
        return _with_day_part(hour, minute, groups), minute
    if groups.get("hhmm"):  # "0800 GMT", "1430 hours"
        digits = groups["hhmm"] or "0000"
        return int(digits[:2]), int(digits[2:])
    dotted = groups.get("dotted")
    if dotted:  # "parked at 10.05", "open until 23.30": unless the 10.05 is a price
        if _MARKET.search(_sentence_of(groups)[-80:]):  # "shares closed at 10.25 on Friday"
            return None, None
        hour, minute = int(dotted), int(groups.get("dotmin") or 0)
        return (hour if hour > 12 else _with_day_part(hour, minute, groups)), minute
    log = groups.get("log")
    if log:  # "0600: wind WSW", "until 0400", "at 1310": a log's 24-hour clock
        if not log.startswith("0") and not LOG_CLOCK.search(groups.get("_context") or ""):
            return None, None  # "by 2020", "1999: a good year": years, as far as we know
        return int(log[:2]), int(log[2:])
    if groups.get("hourw"):  # "eight p.m."
        hour = _count_of(groups["hourw"] or "0", vocab) % 12
        return hour + (12 if norm(groups.get("ampmw")).startswith("p") else 0), 0
    if not groups.get("hour"):
        return None, None
    hour = int(groups["hour"] or 0)
    minute = int(groups.get("minute") or 0)
    ampm = norm(groups.get("ampm")).replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    if ampm == "am" and hour == 12:
        hour = 0
    return hour, minute


_MORNING_AFTER = compiled(r"[ \t]+(?:on[ \t]+)?the[ \t]+morning[ \t]+of\b")


# A part of the day named before a clock time: the morning's, or the later day's.
_PART_NAMED = compiled(
    r"\b(?i:(?P<morning>morning|dawn|daybreak|breakfast)|afternoon|evening|night|tonight|"
    r"dinner|supper)\b"
)


def _morning_named_last(groups: Groups) -> bool:
    """Whether the last part of the day named in the clock time's sentence before it is
    the morning ("on Thursday evening from 5pm. Removal on Friday morning to the church,
    arriving for Requiem Mass at 11 o'clock")."""
    context, said = groups.get("_context") or "", groups.get("_text") or ""
    before = context[: max(0, context.rfind(said))]
    ends = list(_SENTENCE_END.finditer(before))
    if ends:
        before = before[ends[-1].end() :]
    named = [part.group("morning") is not None for part in _PART_NAMED.finditer(before)]
    return bool(named) and named[-1]


def _with_day_part(hour: int, minute: int, groups: Groups) -> int:
    """The 24-hour hour of a clock time said without a.m. or p.m."""
    deictic = norm(groups.get("deictic"))
    pod = norm(
        first_group(
            groups,
            "pod",
            "podd",
            "inpod",
            "podtoday",
            "podlast",
            "halfnight",
            "ocpod",
            "ocnight",
            "hpod",
        )
    )
    if pod == "morning" or (
        not pod
        and not deictic
        and (
            _MORNING_BEFORE.search(groups.get("_before") or "")
            # "At twenty to four on the morning of Saturday 19 January 1907"
            or _MORNING_AFTER.match(groups.get("_after") or "")
            or (hour < 12 and _morning_named_last(groups))
        )
    ):
        return hour % 12
    evening = (
        DEICTIC_SPELLING.get(deictic, deictic) == "tonight"
        or pod in ("afternoon", "evening")
        or (pod in ("night", "nite") and hour >= 6)  # "at 3 last night": 3 a.m.
        or (not pod and 1 <= hour <= 5)  # "at 3": few plans are made for 3 a.m.
        or (
            # "crawled into Lao Cai at dawn, and by half past eight": the morning is nearer
            not _MORNING_NEAR.search(groups.get("_clause_before") or "")
            and _evening_near(
                hour,
                groups.get("_context") or "",
                _sentence_of(groups),
                digits=DIGITAL.search(groups["_text"] or "") is not None,
            )
        )
    )
    return hour + (12 if evening and hour < 12 else 0)


def zone_of(groups: Groups, vocab: Vocabulary) -> str | None:
    if groups.get("zulu"):  # "1800Z": a 24-hour clock in UTC, as radio and aviation write it
        return "Z"
    if groups.get("isozone"):
        zone = groups["isozone"] or ""
        return "Z" if zone == "Z" else (zone if ":" in zone else f"{zone[:3]}:{zone[3:]}")
    if groups.get("zone"):
        found = vocab.lookup("time_zone", groups["zone"] or "")
        return str(found) if found else None
    return None


def direction_of(rel: str | None) -> Direction:
    word = norm(rel)
    if not word:
        return Direction.TENSE
    if word in ("last", "past", "previous", "this past", "the previous", "the preceding"):
        return Direction.PAST
    if word in ("next", "nxt", "coming", "following", "this coming", "the following", "the next"):
        return Direction.FUTURE
    return Direction.SAME


# "the New Year Honours", "a New Year message": a thing named after the day
NEW_YEAR_THING_AFTER = compiled(
    r"[ \t]+(?:Honours|Honors|[Rr]esolutions?|[Mm]essage|[Aa]ddress|[Ss]peech|[Ll]evee|"
    r"[Tt]est|[Bb]aby|[Ee]dition|[Ss]pecial|[Ss]how|[Gg]reetings?|[Ww]ishes|[Cc]oncert|"
    r"[Ll]ist)\b"
)

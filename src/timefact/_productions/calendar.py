"""Productions for calendar dates and clock times: "Tuesday, Sept. 28", "March 2020",
"3 p.m.", "Christmas", "1990"."""

from __future__ import annotations

import re
from dataclasses import replace

from timefact._calendar import days_in_month
from timefact._calendar import nth_weekday as calendar_nth_weekday
from timefact._mention import Reference
from timefact._model import Direction, Partial, TimexType
from timefact._productions._common import (
    CLOCK_GROUPS,
    DEICTIC_SPELLING,
    LINE_START_BEFORE,
    LOG_CLOCK,
    NEW_YEAR_THING_AFTER,
    PART_OF_DAY,
    SENDER,
    SENTENCE_START_BEFORE,
    SOME_BEFORE,
    Groups,
    Reading,
    approximate_cue,
    century_unwritten,
    clock_second,
    clock_time,
    direction_of,
    first_group,
    norm,
    parse_number,
    said_roughly,
    written_year,
    zone_of,
)
from timefact._regex_cache import compiled
from timefact._vocab import WEEKDAY_NAME, Vocabulary

__all__ = [
    "bc_date",
    "calendar",
    "clock",
    "day_beside_weekday",
    "day_of_relative_year",
    "election_night",
    "end_day_of",
    "end_day_of_unit",
    "holiday",
    "listed_day",
    "lowercase_month_day",
    "month",
    "month_of_relative_year",
    "month_of_story",
    "nth_week",
    "nth_weekday",
    "season_start",
    "spelled_day_after_date",
    "spelled_year",
    "spoken_year",
    "week_of",
    "weekday",
    "year",
]


_MONTH_DAYS = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_NAME_BEFORE = compiled(
    r"\b(?!(?:On|In|By|Since|Until|Till|From|Last|Next|This|Early|Late|Mid|The|Before|After|"
    r"Through|And|Or|But|Of|To|During|Around|About|Until|Each|Every|Late|Between|Starting|"
    r"Beginning|Early|Since|Except|Including|Then|No|Our|Its|Their|His|Her|My|Your|A|An|That|"
    r"Any|Even|So|Over|For|At|All|Just|Only|Not|Like)\b)[A-Z][a-z]+[ \t]+$"
)


# A capitalized word after a month: the month is part of a name ("the March Hill road").
_NAME_WORD_AFTER = compiled(
    rf"[ \t]+(?!{WEEKDAY_NAME}\b)[A-Z][a-z]+\b(?![ \t]*\d)"
    # "the March of Dimes": "of" and a name, not "the March of 1951"
    r"|[ \t]+of[ \t]+(?!(?:the|this|that|last|next)\b)[A-Z][a-z]+\b"
)
_POSTED_AT = compiled(
    # "Later, 9:45 pm - Sun came out": a diary's later entry, on the day it is written; a
    # post's "UPDATE 4:15pm:"
    r"(?:(?:^|\n)[ \t]*(?:Later|LATER)[ \t]*,?"
    r"|\b(?:UPDATE|EDIT|Update|Edit|update|edit)"
    # "EDIT (2:30pm):", "EDIT 2 (4:15pm):"
    r"(?:[ \t]*#?\d{1,2})?(?:[ \t]*\()?"
    r"|(?:\[|\b)(?:Reply|OP|Original post)[^\]\n]{0,30}?[–—,-]"
    # "35% contained as of 7 a.m.": where things stand at the telling
    r"|\b[Aa]s[ \t]+of)[ \t]*:?[ \t]*$"
)
# A chat's line that opens with its sender's name and the time: "Bec 9:02 AM: morning team".
_NAMED_STAMP_BEFORE = compiled(r"(?:^|\n)[ \t]*" + SENDER + "$")
_SUBJECT_BEFORE = compiled(
    r"(?<!\bsee )(?<!\bSee )\b(?i:i|he|she|we|they|you|who|it|and|then|just|also)[ \t]+$"
)
_BE_BEFORE = compiled(r"\b(?i:is|was|are|were)[ \t]+$")
# ... but an event is held, not seated: "gotcha day party is sat at the dog park"
_EVENT_BE_BEFORE = compiled(
    r"\b(?i:party|meeting|game|match|show|sale|gig|wedding|service|event|bbq|barbecue|dinner|"
    r"drinks|appointment|class|practice|race|meetup|fete|fair|market|launch|concert|trip)"
    r"[ \t]+(?i:is|was)[ \t]+$"
)
# A quotation mark right before a weekday, and a capitalised word after it: a title
_QUOTE_BEFORE = compiled(r"[\"“‘]$")
_TITLE_WORD_AFTER = compiled(
    r"[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)*(?:[ \t]*\([^()\n]{1,30}\))?[\"”’]"
)
# what names a thing before a weekday that begins its name, and the name's next word
_NAME_BEFORE_WEEKDAY = compiled(
    r"(?:\b[Tt]he|\b(?i:album|single|EP|show|series|novel|book|film|song|play),?)[ \t]+$"
)
_NAME_GOES_ON_AFTER = compiled(
    r"[ \t]+(?!(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Morning|Afternoon|"
    r"Evening|Night|Noon|Midnight|After|Before|At|On|In|And|Or|The|To)\b)[A-Z][a-z]+\b"
)
# Months that are also given names, and what marks them as names after them
_GIVEN_NAMES = frozenset({"april", "may", "june", "august"})
_SURNAME_AFTER = compiled(
    r"[ \t]+(?!(?:Day|Bank|Holiday|Holidays|Term|Half|Quarter)\b)[A-Z][a-z]+\b(?![ \t]*\d)"
)
_APPOSITION_AFTER = compiled(r",[ \t]+(?:my|our|his|her|their|your)[ \t]+\w+,")
# A futures contract named by the month it is for ("for July delivery", "the April contract")
_CONTRACT_AFTER = compiled(r"[ \t]+(?i:delivery|contracts?|futures)\b")
_PART_OF_DAY_AFTER = compiled(r"[ \t]+(?:morning|afternoon|evening|night|nite|morn|arvo)\b")
_PLACE_AFTER_SAT = compiled(r"[ \t]+(?i:on|in|at|down|there|here|beside|next|by|around|up|with)\b")


_DATE_OR_TIME_AFTER = compiled(r"[ \t]*\d{1,2}(?:[/.:-]\d|(?:st|nd|rd|th)?\b)")


_THE_BEFORE = compiled(r"\b(?i:the)[ \t]+$")


# runs for wickets before "6 dec": "412-", "412 for "
_SCORE_BEFORE = compiled(r"\d{2,}(?:-|[ \t]+for[ \t]+)$")


def _declared_score(month_word: str | None, groups: Groups) -> bool:
    """ "WESSEX 412-6 dec": a cricket score, six wickets down, declared; no date."""
    return month_word == "dec" and _SCORE_BEFORE.search(groups.get("_before") or "") is not None


def calendar(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """Any mix of weekday, month, day, year, clock time, part of day and deictic day."""
    month_word = first_group(groups, "month", "month2", "month3", "month4", "month5", "month6")
    month: int | None = None
    if _declared_score(month_word, groups):
        return None
    if month_word:
        month = int(month_word) if month_word.isdigit() else int(vocab.lookup("month", month_word))
    day_text = first_group(groups, "day", "day2", "day3", "day4", "day5", "day6")
    day = int(day_text) if day_text else None
    day_word = first_group(groups, "dayword", "dayword2")
    if day_word == "Fourth" and not month_word and not groups.get("wd"):
        # "we would see Abilene by the Fourth", "closed over the Fourth": July's
        item = vocab.observance("fourth of july")
        if item is not None:
            pod = groups.get("pod")  # "the morning of the Fourth"
            part = PART_OF_DAY.get(norm(pod)) if pod else None
            kind = TimexType.TIME if part else TimexType.DATE
            holiday = Partial(holiday=item.key, part_of_day=part)
            return Reading(kind, holiday, reference=Reference.YEAR)
    if day_word:  # "Nothing on the fifteenth, or for the rest of the week"
        day = int(vocab.lookup("ordinal", norm(day_word)) or 0) or None
    if month is not None and day is not None and day > _MONTH_DAYS[month]:
        return None  # "In April 31 people died": no such date, so not a date here
    if (
        month == 5
        and month_word
        and (groups.get("_text") or "").startswith(month_word)
        and _NAME_BEFORE.search(groups.get("_before") or "")
    ):
        return None  # "Theresa May 31 votes": a name, not the month (not "Posted Wednesday, May 7")
    hour_first = (groups.get("_text") or "").startswith(
        first_group(groups, "sayhour", "bare") or "\0"
    )
    if (groups.get("listedcue") is not None or approximate_cue(groups)) and not hour_first:
        # "Next meeting: Feb. 11, 7:30, rectory", "Arrived Tuesday around 4": a day, then
        # its time ("around 9 this morning" stays one)
        return None
    if groups.get("wd") and _EVERY_WEEKDAY_AND_BEFORE.search(groups.get("_clause_before") or ""):
        return None  # "every Tuesday and Thursday at 5:30": a set's weekday, then its time
    if day is not None and month is None and not groups.get("wd"):
        listed = _LISTED_DAY.search(groups.get("_before") or "")
        if listed is not None:  # "Oct. 21 through the 25th": the month written before
            listed_month = vocab.lookup("month", listed.group("month"))
            month = int(listed_month) if listed_month is not None else None
    if "\n" in (groups.get("_text") or "") and _DATE_OR_TIME_AFTER.match(
        groups.get("_after") or ""
    ):
        # "be with you by half 10\nFri 04/03 14:40": the weekday heads the next line's
        # stamp, which this rule could not take whole
        return None
    year = written_year(groups, "year", "yy", "yy2", "yy3", "year3", "year4", "year5")
    if year is None and groups.get("yearwords"):  # "the fifth of June, nineteen twenty-five"
        year = year_in_words(groups.get("yearwords") or "")
    wd_word = first_group(
        groups,
        "wd",
        "wd2",
        "wd3",
        "wd4",
        "wd5",
        "wd6",
        "wd7",
        "wd8",
        "wd9",
        "wd10",
        "wd11",
        "wdshort",
    )
    if (
        wd_word
        and wd_word.lower() == "sat"  # not "Saturday": "is Saturday the 12th at my place"
        and (groups.get("_text") or "").lower().startswith("sat")
        and not _PART_OF_DAY_AFTER.match(groups.get("_after") or "")  # "run it sat morning"
        and (
            (wd_word == "sat" and _SUBJECT_BEFORE.search(groups.get("_before") or ""))
            or (
                _BE_BEFORE.search(groups.get("_before") or "")
                and not _EVENT_BE_BEFORE.search(groups.get("_before") or "")
                and _PLACE_AFTER_SAT.match(groups.get("_after") or "")
            )
        )
    ):
        return None  # "I sat at noon", "she is sat on the sofa": the verb
    weekday = int(vocab.lookup("weekday", wd_word)) if wd_word else None
    hour, minute = clock_time(groups, vocab)
    if hour is None and (
        groups.get("shour")
        or groups.get("log")
        or groups.get("dotted")
        or groups.get("sayhour")
        or groups.get("spokenh")
    ):
        return None  # a spoken clock time, or four digits, that are no time here
    if groups.get("log") and (weekday or month) and ". " in (groups.get("_text") or ""):
        return None  # "Wed 7 Feb. 0015: wind veered": a log's heading, then its first time
    pod_word = first_group(groups, "pod", "podw", "podd", "podtoday", "podlast")
    part_of_day = PART_OF_DAY.get(norm(pod_word)) if pod_word else None
    deictic = norm(groups.get("deictic")) or ("today" if groups.get("podtoday") else "")
    if groups.get("podlast"):  # "half ten last night"; "at 3 last night" is this morning
        deictic = "today" if hour is not None and hour < 6 else "yesterday"
        part_of_day = None
    shift: int | None = None
    if deictic:
        deictic = DEICTIC_SPELLING.get(deictic, deictic)
        if deictic == "tonight":
            part_of_day = part_of_day or "NI"
        shift = {
            "today": 0,
            "tonight": 0,
            "yesterday": -1,
            "tomorrow": 1,
            "the day before yesterday": -2,
            "the day after tomorrow": 2,
        }[deictic]
    rel = groups.get("rel") or groups.get("rel2")  # "next Monday", "Monday next"
    if norm(rel) == "last" and weekday and _THE_BEFORE.search(groups.get("_before") or ""):
        return None  # "On the last Saturday of the season": the final one, not a week back
    direction = direction_of(rel)
    zone = zone_of(groups, vocab)
    partial = Partial(
        year=year,
        month=month,
        day=day,
        weekday=weekday,
        hour=hour,
        minute=minute,
        second=clock_second(groups) if hour is not None else None,
        part_of_day=part_of_day,
        zone=zone,
        direction=direction,
        shift_unit="D" if shift is not None else None,
        shift=shift,
        granularity="D" if (day or weekday or deictic) else "M",
        century_unwritten=century_unwritten(
            groups, "year", "yy", "yy2", "yy3", "year3", "year4", "year5"
        ),
    )
    kind = TimexType.TIME if (hour is not None or part_of_day) else TimexType.DATE
    if groups.get("thewd") and weekday and not (month or day):
        # "10 a.m. on the Friday": the Friday of the story's week
        partial = replace(partial, direction=Direction.SAME)
        reference = Reference.NARRATIVE
    elif groups.get("thebank") and weekday:
        # "Party on Sunday 7th May ... clean-up on the bank holiday Monday": the next one
        partial = replace(partial, direction=Direction.FUTURE)
        reference = Reference.NARRATIVE
    elif deictic or (rel and weekday and not month):
        reference = Reference.DCT
    elif year is None and (month or weekday or day):
        reference = Reference.YEAR
    else:
        reference = Reference.NONE
    if groups.get("mid"):
        return Reading(kind, partial, reference=reference, mod="MID")
    if groups.get("ish"):
        return Reading(kind, partial, reference=reference, mod="APPROX")
    return Reading(kind, partial, reference=reference)


# "every Tuesday and", "each Monday, Wednesday and": the weekdays a set goes on with
_EVERY_WEEKDAY_AND_BEFORE = compiled(
    rf"\b(?i:every|each)[ \t]+(?:{WEEKDAY_NAME},?[ \t]+)+(?:(?:and|or)[ \t]+)?$"
)


def weekday(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "Tuesday", "Tuesday's", "Tuesday night"; "Tuesdays" is a set."""
    if (
        groups.get("wd") == "sat"
        and _SUBJECT_BEFORE.search(groups.get("_before") or "")
        and not groups.get("pod")
    ):
        return None  # "she sat 9 hours": the verb; "run it sat morning" is the day
    before, after = groups.get("_before") or "", groups.get("_after") or ""
    if _QUOTE_BEFORE.search(before) and _TITLE_WORD_AFTER.match(after):
        return None  # the "Tuesday Girl" hitmaker, "Sunday Drive (Never Again)": a title
    if _NAME_BEFORE_WEEKDAY.search(before) and _NAME_GOES_ON_AFTER.match(after):
        # "the Tuesday Club", "The Saturday Barn Dance", "her sixth album, Saturday
        # Ghosts": a name
        return None
    day = int(vocab.lookup("weekday", groups.get("wd") or ""))
    pod = PART_OF_DAY.get(norm(groups.get("pod")))
    if (
        groups.get("plural")
        or groups.get("podplural")
        or _EVERY_WEEKDAY_AND_BEFORE.search(groups.get("_clause_before") or "")
    ):  # "Tuesdays"; "every Tuesday and Thursday": each Thursday too
        value = f"XXXX-WXX-{day}" + (f"T{pod}" if pod else "")
        return Reading(
            TimexType.SET, Partial(weekday=day, part_of_day=pod), value=value, quant="EVERY"
        )
    # "on a Thursday", "one Monday": some such day, none the words pick
    some = SOME_BEFORE.search(groups.get("_before") or "") is not None
    direction = Direction.NONE if some else Direction.TENSE
    partial = Partial(weekday=day, part_of_day=pod, direction=direction, granularity="D")
    kind = TimexType.TIME if pod else TimexType.DATE
    return Reading(kind, partial, reference=Reference.YEAR)


def day_beside_weekday(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "the day before last Tuesday", "the night after Friday's vote"."""
    day = int(vocab.lookup("weekday", groups.get("wd") or ""))
    beside = {"before": -1, "after": 1}[norm(groups.get("dir"))]
    pod = PART_OF_DAY.get(norm(groups.get("unit")))
    rel = groups.get("rel")
    partial = Partial(
        weekday=day,
        part_of_day=pod,
        direction=direction_of(rel) if rel else Direction.TENSE,
        granularity="D",
        shift_unit="D",
        shift=beside,
    )
    kind = TimexType.TIME if pod else TimexType.DATE
    return Reading(kind, partial, reference=Reference.DCT if rel else Reference.YEAR)


# A noun a month's name describes: "in a March gale", "one bright May morning".
_SEASONAL_NOUN_AFTER = compiled(
    r"[ \t]+(?:morning|afternoon|evening|night|day|gale|storm|wind|winds|snow|snowfall|"
    r"frost|sky|sun|sunshine|rain|downpour|heatwave|weekend|wedding|deadline|"
    # "Crude for May delivery", "HR says May timesheets are overdue": the month's
    r"delivery|contracts?|futures|timesheets?|sales|figures|payroll|rent|exams?|results|"
    r"edition|issue|elections?|budget|half-term|holidays?|payments?|invoices?|meeting|"
    r"newsletter|rota|schedule|payday|paycheck|payslip|intake|session|term|rate[ \t]+(?:cut|rise|"
    r"hike|increase|decision)|Newsletter|Meeting|Issue|Edition)\b"
)


_PART_OF_BEFORE = compiled(
    r"\b(?i:middle|end|beginning|start|rest|half|part|close|first|last)[ \t]+of[ \t]+$"
)
_ANOTHER_MONTH_AFTER = compiled(
    r"[ \t]*(?:and|or|to|through|until|till|[-–])[ \t]*(?:January|February|April|June|July|"
    r"August|September|October|November|December|March|May)\b"
)
# ... or after it: "April and May have been better"
_ANOTHER_MONTH_BEFORE = compiled(
    r"\b(?:January|February|April|June|July|August|September|October|November|December|"
    r"March)[ \t]*,?[ \t]*(?:and|or|to|through|until|till|[-–])[ \t]*$"
)
# "May was lost to storms.": the month, the subject of its sentence
_MONTH_SUBJECT_AFTER = compiled(
    r"[ \t]+(?:was|is|has[ \t]+been|had[ \t]+been|brought|saw|ended|began|came|turned|"
    r"proved|passed|arrived)\b"
)
# "because it is May": the month it is
_IT_IS_BEFORE = compiled(r"\b(?i:it[ \t]+is|it[ \t]+was|it['’]s)[ \t]+$")


_HEADING_DASH_AFTER = compiled(r"[ \t]*[-–—:][ \t]")


def month(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """A month alone ("in March", "last September"); "May" and "March" need a cue."""
    word = groups.get("month") or ""
    cued = groups.get("rel") is not None
    before = norm(groups.get("_before")).split(" ")
    cue = before[-1] if cued and before else ""
    if word.lower() in ("may", "march"):
        # Also a verb ("they march on", "may I ask"): only with a cue and no verb reading.
        season_noun = word.istitle() and (
            (
                _SEASONAL_NOUN_AFTER.match(groups.get("_after") or "")
                # "Theresa May sales pitch": a name
                and not _NAME_BEFORE.search(groups.get("_before") or "")
            )
            or _IT_IS_BEFORE.search(groups.get("_before") or "")
            or (
                SENTENCE_START_BEFORE.search(groups.get("_before") or "") is not None
                and _MONTH_SUBJECT_AFTER.match(groups.get("_after") or "") is not None
                # 'could march on Des Moines. "March is a big word"': the word just used
                and word.lower() not in (groups.get("_clause_before") or "")
            )
        )
        # "exams scheduled for May and June", "May to July": beside another month
        after_month = word.istitle() and bool(
            _ANOTHER_MONTH_BEFORE.search(groups.get("_before") or "")
        )
        paired = after_month or (
            word.istitle() and _ANOTHER_MONTH_AFTER.match(groups.get("_after") or "")
        )
        # "MARCH - Former Mayor Leon Tuttle, 79, died March 22": a month heading its entry
        heading = bool(
            LINE_START_BEFORE.search(groups.get("_before") or "")
            and _HEADING_DASH_AFTER.match(groups.get("_after") or "")
        )
        if not (cued or groups.get("midhy") or season_noun or paired or heading) or (
            word.isupper() and not heading
        ):
            return None
        if (
            groups.get("verbish") is not None
            and not after_month
            and cue
            not in (
                "in",
                "last",
                "next",
                "this",
                "since",
                "early",
                "late",
                "of",  # "until the end of March to find somewhere else"
                "until",
                "till",
                "by",
            )
        ):
            return None
    after = groups.get("_after") or ""
    if (
        word.lower() in _GIVEN_NAMES
        and cue in ("", "and", "or", "to", "from", "of", "the")
        and (_SURNAME_AFTER.match(after) or _APPOSITION_AFTER.match(after))
        # "by the middle of June Tom Henning was rowing": a part of the month
        and not _PART_OF_BEFORE.search(groups.get("_before") or "")
    ):
        return None  # "apologies from May Okafor", "and May, my youngest, fights ...": a name
    if cue == "the" and _NAME_WORD_AFTER.match(after):
        return None  # "over the March Hill road", "the June Carter show": part of a name
    value = int(vocab.lookup("month", word))
    direction = direction_of(cue) if cue in ("last", "next", "this") else Direction.TENSE
    if direction is Direction.TENSE and _CONTRACT_AFTER.match(groups.get("_after") or ""):
        direction = Direction.FUTURE  # "crude for July delivery settled": a contract to come
    partial = Partial(month=value, direction=direction, granularity="M")
    mod = "MID" if groups.get("midhy") else None
    return Reading(TimexType.DATE, partial, reference=Reference.YEAR, mod=mod)


def lowercase_month_day(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "end of march", "mid-sept", "may 20" as informal text writes them."""
    word = first_group(groups, "month", "month2", "month3") or ""
    if _declared_score(word, groups):
        return None
    number = int(vocab.lookup("month", word))
    day = int(groups.get("day") or groups.get("day2") or 0) or None
    weekday = vocab.lookup("weekday", groups.get("wd") or "") if groups.get("wd") else None
    partial = Partial(
        month=number,
        day=day,
        weekday=int(weekday) if weekday is not None else None,  # "sat 2 march"
        direction=Direction.TENSE,
        granularity="D" if day else "M",
    )
    mod = "MID" if groups.get("midhy") else None
    return Reading(TimexType.DATE, partial, reference=Reference.YEAR, mod=mod)


def month_of_story(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "that September", "the following May": a month counted from where the story is."""
    value = int(vocab.lookup("month", groups.get("month") or ""))
    rel = norm(groups.get("rel"))
    if rel in ("the following", "the next", "the previous", "the preceding"):
        direction = Direction.FUTURE if rel in ("the following", "the next") else Direction.PAST
        partial = Partial(month=value, direction=direction, granularity="M")
    else:
        partial = Partial(month=value, shift_unit="Y", shift=0, granularity="M")
    return Reading(TimexType.DATE, partial, reference=Reference.NARRATIVE)


def month_of_relative_year(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "January this year", "July last year": a month of a year counted from the DCT;
    "August of the following year": from the year the story is at."""
    value = int(vocab.lookup("month", first_group(groups, "month", "month2") or ""))
    story = norm(groups.get("story"))
    if story:
        offset = 1 if story in ("the following", "the next") else -1 if "pre" in story else 0
        partial = Partial(month=value, shift_unit="Y", shift=offset, granularity="M")
        return Reading(TimexType.DATE, partial, reference=Reference.NARRATIVE)
    offset = {"last": -1, "next": 1}.get(norm(groups.get("rel")), 0)
    partial = Partial(month=value, shift_unit="Y", shift=offset, granularity="M")
    return Reading(TimexType.DATE, partial, reference=Reference.DCT)


def day_of_relative_year(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "January sixteenth of next year", "the 3rd of May last year": a day of a year
    counted from the DCT."""
    month = int(vocab.lookup("month", first_group(groups, "month", "month2", "month3") or ""))
    digits = first_group(groups, "day", "day2", "day3")
    if digits:
        day = int(digits)
    else:
        day = int(vocab.lookup("ordinal", norm(first_group(groups, "dayword", "dayword2"))) or 0)
    if not 1 <= day <= _MONTH_DAYS[month]:
        return None
    offset = {"last": -1, "next": 1}.get(norm(groups.get("rel")), 0)
    partial = Partial(month=month, day=day, shift_unit="Y", shift=offset, granularity="D")
    return Reading(TimexType.DATE, partial, reference=Reference.DCT)


def year(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "1990", "mid-1996", "AD 800", both ends of "1939-45" and "1509-1547"."""
    if groups.get("start"):  # the end of a range
        start = int(groups["start"] or 0)
        value = int(groups.get("end") or 0) or start // 100 * 100 + int(groups.get("yy") or 0)
        if not start < value <= start + 100:
            return None  # "1800-1234" is no span of years
    elif groups.get("yy") or groups.get("yy2") or groups.get("yy3") or groups.get("yy4"):
        # "in '09", "the '03 crowd", "'68 Hornets still talk about the shot", "Interrail
        # '91 - the diary"
        value = written_year(groups, "yy", "yy2", "yy3", "yy4") or 0
    else:
        value = int(first_group(groups, "year", "year2") or 0)
        end_text = groups.get("end")
        if end_text:  # the start of a range
            end = int(end_text) if len(end_text) == 4 else value // 100 * 100 + int(end_text)
            if not value < end <= value + 100:
                return None
    if (
        not groups.get("start")
        and _STREET_AFTER.match(groups.get("_after") or "")
        and not _TIME_PREPOSITION_BEFORE.search(groups.get("_before") or "")
    ):
        return None  # "the windows of 1420 NE 8th Street": a house number
    if not groups.get("start") and _NUMBERED_THING_BEFORE.search(groups.get("_before") or ""):
        return None  # "Room 1990 is booked", "Flight 2015 left": a number, not a year
    hour, minute = divmod(value, 100)
    if (
        hour < 24
        and minute < 60
        and _CLOCK_CUE_BEFORE.search(groups.get("_before") or "")
        and LOG_CLOCK.search(groups.get("_context") or "")
    ):
        # "0300 wind WSW, 0730 reefed ... landfall about 1615": a log's 24-hour clock
        partial = Partial(hour=hour, minute=minute, shift_unit="D", shift=0, granularity="D")
        return Reading(TimexType.TIME, partial, reference=Reference.NARRATIVE)
    mod = "MID" if groups.get("mid") else None
    two_digits = not groups.get("start") and century_unwritten(groups, "yy", "yy2", "yy3", "yy4")
    partial = Partial(year=value, granularity="Y", century_unwritten=two_digits)
    return Reading(TimexType.DATE, partial, value=f"{value:04d}", mod=mod)


_CLOCK_CUE_BEFORE = compiled(r"\b(?i:at|about|around|approximately)[ \t]+$")
# A thing numbered by the four digits after it ("Room 1990", "Flight 2015", "No. 1984")
_NUMBERED_THING_BEFORE = compiled(
    r"\b(?i:room|rooms|flight|flights|suite|apt|apartment|gate|platform|bus|route|highway|"
    r"interstate|unit|box|ext|extension|channel|pier|berth|ward|locker|bldg|building|no\.|"
    r"nos\.|number|model|train|tram|page|pp?\.|pages|chapter|section|article|form|item|"
    r"docket|invoice|ticket|seat|row|aisle|booth|hangar|exit|junction|pin|id|ref|serial|"
    r"version)[ \t]+#?$"
    # "The alarm code is 1916" (not "the last time he won the seat was 1994")
    r"|\b(?i:code|codes|passcode|password|combination|pin)(?:[ \t]+(?:is|was))?:?[ \t]+$"
)
# "In 1998 Main Street was rebuilt": a year, whatever follows it
_TIME_PREPOSITION_BEFORE = compiled(
    r"\b(?i:in|since|until|till|by|before|after|during|circa|around|early|late|mid)[ \t]+$"
)
# A street after a number: "1420 NE 8th Street", "1905 Main St."
_STREET_AFTER = compiled(
    r"[ \t]+(?:(?:N|S|E|W|NE|NW|SE|SW)\.?[ \t]+)?(?:[A-Z][a-z]+|\d{1,3}(?:st|nd|rd|th))"
    r"[ \t]+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|"
    r"Pl|Way|Terrace|Crescent|Highway|Hwy|Parkway|Pkwy)\b"
)


def end_day_of(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "the last day of 1999", "the first day of June 2020": the first or last day of a
    year or a month."""
    first = norm(groups.get("end")) == "first"
    year = written_year(groups, "year", "year2")
    if not groups.get("month"):
        if year is None:
            return None
        month, day = (1, 1) if first else (12, 31)
        partial = Partial(year=year, month=month, day=day, granularity="D")
        return Reading(TimexType.DATE, partial, value=f"{year:04d}-{month:02d}-{day:02d}")
    month = int(vocab.lookup("month", groups.get("month") or ""))
    # a year-less February ends on the 28th, as three years in four
    day = 1 if first else days_in_month(year if year is not None else 2001, month)
    partial = Partial(year=year, month=month, day=day, granularity="D")
    if year is not None:
        return Reading(TimexType.DATE, partial, value=f"{year:04d}-{month:02d}-{day:02d}")
    partial = replace(partial, direction=Direction.TENSE)
    return Reading(TimexType.DATE, partial, reference=Reference.YEAR)


def end_day_of_unit(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "the last day of the month", "the first day of next year": ``nth`` 1 or -1 of the
    days of a month or year counted from the story's (after "the") or the telling's."""
    unit = "M" if norm(groups.get("unit")) == "month" else "Y"
    rel = norm(groups.get("rel"))
    shift = {"next": 1, "last": -1}.get(rel, 0)
    nth = 1 if norm(groups.get("end")) == "first" else -1
    partial = Partial(shift_unit=unit, shift=shift, nth=nth, granularity="D")
    reference = Reference.NARRATIVE if rel == "the" else Reference.DCT
    return Reading(TimexType.DATE, partial, reference=reference)


def bc_date(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "44 BC", "early 44 BC", "June 44 BC", "2 August 216 BC", "the spring of 218 BC",
    and the "58" of "from 58 to 50 BC": written "BC0044" as TIMEX2 and HeidelTime write
    years before the common era."""
    year = int((groups.get("bc") or groups.get("first") or "0").replace(",", ""))
    value = f"BC{year:04d}"
    month_word = first_group(groups, "month", "month2")
    day_text = first_group(groups, "day", "day2")
    season = groups.get("season")
    granularity = "Y"
    if season:
        value += f"-{vocab.lookup('season', season.lower())}"
        granularity = "SE"
    elif month_word:
        value += f"-{int(vocab.lookup('month', month_word)):02d}"
        granularity = "M"
        if day_text:
            value += f"-{int(day_text):02d}"
            granularity = "D"
    mod = {"early": "START", "mid": "MID", "late": "END"}.get(norm(groups.get("pos")))
    return Reading(TimexType.DATE, Partial(granularity=granularity), value=value, mod=mod)


# A day named by a possessive alone ("on Valentine's"), and what makes it a thing instead.
_POSSESSIVE_NAME = compiled(r"(?i:valentine)['’]s")
_NOUN_AFTER = compiled(
    r"[ \t]+(?:cards?|gifts?|presents?|flowers|roses|chocolates?|messages?|poems?|notes?|"
    r"dates?|dinners?|menus?|deals?|sales?|specials?|themes?|treats?|bouquets?|balloons?|"
    r"hearts?|candy|teddy|lingerie|ideas?|wishes|greetings|massacre)\b"
)


# "D-Day for the merger": a deadline, not the day the name is of
_DEADLINE_AFTER = compiled(r"[ \t]+for\b")


# "the Christmas tree", "an Easter egg", "Halloween costumes": a thing of the holiday,
# not the day (an event of it, "the Thanksgiving parade", is on the day)
_THING_AFTER = compiled(
    r"[ \t]+(?i:trees?|cards?|lights|decorations?|carols?|puddings?|cakes?|crackers?|"
    r"jumpers?|sweaters?|stockings?|presents?|gifts?|songs?|music|movies?|films?|spirit|"
    r"eggs?|bunny|bunnies|costumes?|candy|ornaments?|wreaths?|hampers?|baubles?|list|"
    r"sequel|remake|trailer|soundtrack|franchise|album|novel|episode|offensive)\b"
)


# "right after New Year's and ...": the day, where no noun it names comes next
_NEW_YEARS = compiled(r"(?i:new[ \t]+year)['’]s")
_WORD_AFTER_NEW_YEARS = compiled(
    r"[ \t]+(?!(?:and|or|but|when|with|to|the|a|we|I|you|he|she|they|it|in|at|on|for|"
    r"this|that|last|next|so|then|is|was|will|until|till|before|after|too|again)\b)[A-Za-z]"
)


_OTHER_CALENDAR_BEFORE = compiled(
    r"\b(?:Jewish|Hebrew|Islamic|Hijri|Muslim|Hindu|Sikh|Tamil|Sinhala|Sinhalese|Thai|"
    r"Vietnamese|Korean|Tibetan|Mongolian|Ethiopian|Bengali|Nepali|Khmer|Lao|Cambodian|"
    r"Burmese|Balinese|Iranian|Kurdish|Assyrian|Orthodox|Julian|Telugu|Kannada|Marathi|"
    r"Gujarati|Punjabi|Malayalam|Odia|Assamese|Chinese|Lunar|Persian|Solar|Hmong|Celtic|"
    r"Pagan|Druid|Zoroastrian|Baha['’]i|Parsi|Coptic)[ \t]+$"
)
# "her first New Year with us", "every New Year": one of many, no day
_ONE_OF_MANY_BEFORE = compiled(r"\b(?:first|second|third|last|every|each|a|one|another|any)[ \t]+$")


_THE_FOURTH = compiled(r"the\s+Fourth")


# The day each season begins by the sun, as the northern calendar dates it
_SEASON_START = {"spring": (3, 20), "summer": (6, 21), "autumn": (9, 22), "winter": (12, 21)}
_SOLAR_SEASON = {"vernal": "spring", "autumnal": "autumn", "fall": "autumn"}


def season_start(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "the first day of winter", "the spring equinox": the day a season begins."""
    word = norm(groups.get("season") or groups.get("solar"))
    season = _SOLAR_SEASON.get(word, word)
    point = norm(groups.get("point"))
    if point and (point == "solstice") != (season in ("summer", "winter")):
        return None  # "the spring solstice" is no such day
    month, day = _SEASON_START[season]
    partial = Partial(month=month, day=day, direction=Direction.TENSE, granularity="D")
    return Reading(TimexType.DATE, partial, reference=Reference.YEAR)


def election_night(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "on election night": the night of Election Day, or of the day the text votes."""
    return holiday({**groups, "holiday": "election day"}, vocab)


# "Lent" as the verb opening a sentence or a title: "Lent to a friend", "Bank Lent $5bn"
_LENT_VERB_AFTER = compiled(
    r"[ \t]+(?:to|out|me|him|her|them|us|it|money|cash|support|credence|weight|[$£€\d]|"
    r"[A-Z][a-z]*[ \t]+\$|(?:a|an|the|his|their|its|our|my|your|some)[ \t]+(?!season\b))"
)
_NAME_TITLE_BEFORE = compiled(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Rev|Fr|Sr)\.?[ \t]+$")
# ... but "During Lent the choir sings": a season after a word that asks for a time
_SEASON_CUE_BEFORE = compiled(
    r"\b(?i:during|in|for|of|through|throughout|before|after|until|till|since|this|last|"
    r"next|each|every|all|by|into)[ \t]+$"
)


def holiday(groups: Groups, vocab: Vocabulary) -> Reading | None:
    name = groups.get("holiday") or groups.get("holiday2") or ""
    if _THE_FOURTH.fullmatch(name):
        if _NAME_BEFORE.search(groups.get("_before") or ""):
            return None  # "Henry the Fourth": a king's number
        name = "the fourth of july"  # "the Saturday after the Fourth"
    item = vocab.observance(name)
    if item is None or name == "Nye":
        return None  # "Bill Nye": a name; "NYE", "nye party": New Year's Eve
    if item.key == "lent" and (
        _NAME_TITLE_BEFORE.search(before := groups.get("_before") or "")
        or (
            _LENT_VERB_AFTER.match(groups.get("_after") or "")
            and not _SEASON_CUE_BEFORE.search(before)
        )
    ):
        return None  # "Lent to a friend, the car never came back": the verb; "Mrs Lent"
    if item.marks is not None and _DEADLINE_AFTER.match(groups.get("_after") or ""):
        return None  # "D-Day for the merger": a deadline
    if item.days > 1 and (groups.get("_before") or "").endswith("#"):
        return None  # "#Ramadan": a tag, not the season
    if _POSSESSIVE_NAME.fullmatch(name) and _NOUN_AFTER.match(groups.get("_after") or ""):
        return None  # "Valentine's card", "a Valentine's gift": a thing, not the day
    if _NEW_YEARS.fullmatch(name) and _WORD_AFTER_NEW_YEARS.match(groups.get("_after") or ""):
        return None  # "New Year's resolutions", "a New Year's party": a thing, not the day
    before = groups.get("_before") or ""
    if item.key == "new-year" and (
        _OTHER_CALENDAR_BEFORE.search(before)
        or _ONE_OF_MANY_BEFORE.search(before)
        or NEW_YEAR_THING_AFTER.match(groups.get("_after") or "")
    ):
        return None  # "the Jewish New Year", "the New Year Honours", "her first New Year with
        # us": not the first of January
    said_alone = not any(
        groups.get(g) for g in ("hpod", "hweekend", "hweek", "unit", "year2", "year4", "yy")
    )
    if said_alone and not groups.get("year3") and _THING_AFTER.match(groups.get("_after") or ""):
        return None  # "put the Christmas tree up": a thing, not the day
    # "V-E Day, May 8, 1945": the date beside the name gives its year.
    year_value = written_year(groups, "year", "year2", "year3", "year4", "yy")
    beside = norm(groups.get("dir"))  # "the day after Thanksgiving"
    sign = {"before": -1, "after": 1}.get(beside, 0)
    night = norm(groups.get("unit")) == "night"
    # "the week after Easter", "Christmas week"
    week = norm(groups.get("unit")) == "week" or bool(groups.get("hweek"))
    # "Easter morning", "the afternoon of New Year's Eve"
    pod_word = groups.get("hpod") or groups.get("hpod2")
    part = PART_OF_DAY.get(norm(pod_word)) if pod_word else None
    days = 1
    if groups.get("num"):  # "two days before Halloween"
        count = parse_number(groups.get("num") or "", vocab)
        if not isinstance(count, float) or count != int(count):
            return None
        days = int(count) * (7 if norm(groups.get("count")).startswith("week") else 1)
    weekday = vocab.lookup("weekday", groups.get("wd") or "") if groups.get("wd") else None
    if week:
        days = 7
    beyond = norm(groups.get("beyond"))  # "the Christmas before last", "... after next"
    rel = {"before last": "last", "after next": "next"}.get(beyond) or groups.get("rel")
    partial = Partial(
        year=year_value,
        holiday=item.key,
        # "that Christmas": the one the story is at, found as a bare "Christmas" is
        direction=Direction.TENSE if norm(rel) == "that" else direction_of(rel),
        # "Memorial Day weekend": the weekend nearest the day
        granularity="W" if week else "WE" if groups.get("hweekend") else "D",
        # "the Saturday after Thanksgiving": shift_unit "WD", the weekday signed by side
        shift_unit=("D" if weekday is None else "WD") if beside else None,
        shift=(sign * days if weekday is None else sign * int(weekday)) if beside else None,
        part_of_day="NI" if night else part,  # "Easter morning", "Christmas Eve night"
    )
    if any(groups.get(name) for name in CLOCK_GROUPS):
        hour, minute = clock_time(groups, vocab)  # "9am on New Year's Day"
        if hour is None:
            return None
        partial = replace(
            partial,
            hour=hour,
            minute=minute,
            second=clock_second(groups),
            zone=zone_of(groups, vocab),
        )
    if night or part or partial.hour is not None:
        reading = Reading(TimexType.TIME, partial, reference=Reference.YEAR)
        return reading if not year_value else Reading(TimexType.TIME, partial)
    # "last Thanksgiving" keeps its direction in the partial; the year is still chosen.
    reference = Reference.NONE if year_value else Reference.YEAR
    return Reading(TimexType.DATE, partial, reference=reference)


_LISTED_DAY = compiled(
    r"\b(?P<month>[A-Za-z]{3,9})\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?"
    r"(?:,?[ \t]+\d{1,2}(?:st|nd|rd|th)?)*,?[ \t]*(?:and|or|to|through|thru|til|till|until|-|–)"
    r"[ \t]*(?:the[ \t]+)?$"
)


def listed_day(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """The second day of "April 24 and 25", "Sept. 28-30": the month comes before."""
    found = _LISTED_DAY.search(groups.get("_before") or "")
    if found is None:
        return None
    month_word = found.group("month")
    month_number = vocab.lookup("month", month_word)
    if month_number is None or (month_word.lower() in ("may", "march") and month_word.islower()):
        return None
    day = int(groups.get("day") or 0)
    partial = Partial(month=int(month_number), day=day, direction=Direction.TENSE, granularity="D")
    return Reading(TimexType.DATE, partial, reference=Reference.YEAR)


def clock(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "3 p.m.", "noon", "10:30 EDT" alone: a time on the day the story is at."""
    if groups.get("dem") or groups.get("dir"):
        return clock_on_story_day(groups, vocab)
    hour, minute = clock_time(groups, vocab)
    if hour is None or _is_timecode(groups) or _MAGNITUDE_AFTER.match(groups.get("_after") or ""):
        return None
    if groups.get("listedcue") is not None and not _is_listed_clock(groups):
        return None
    partial = Partial(
        hour=hour,
        minute=minute,
        second=clock_second(groups),
        zone=zone_of(groups, vocab),
        shift_unit="D",
        shift=0,
        granularity="D",
    )
    mod = "APPROX" if said_roughly(groups) else None
    stamped = (groups.get("_before") or "").endswith("[") and (
        groups.get("_after") or ""
    ).startswith("]")
    named = _NAMED_STAMP_BEFORE.search(groups.get("_before") or "") and re.match(
        r":(?!\d)", groups.get("_after") or ""
    )
    if stamped or named or _POSTED_AT.search(groups.get("_before") or ""):
        # "UPDATE 4:15pm:", "[Reply – 10:47]", a chat's "[08:20] Dev:": when the post
        # was written, on its day
        return Reading(TimexType.TIME, partial, reference=Reference.DCT, mod=mod)
    return Reading(TimexType.TIME, partial, reference=Reference.NARRATIVE, mod=mod)


# "John 3:16", "in 2:07", "ran 2:30", "a 1:10": a verse, a race's time, a ratio (the word
# before); "1:50 scale", "2:30 pace" (the word after)
_NOT_CLOCK_BEFORE = compiled(
    r"(?:\b[A-Z][a-z]+\.?|\b(?i:in|a|an|of|ran|run|runs|clocked|finished|record|best|"
    r"times?(?:[ \t]+(?:to|of|was|is|at))?|verse|verses|chapter|ratio|scale|odds|track|"
    r"song|video|split|pace|under|break|breaks|breaking|broke|beat|beats|won|lost|"
    r"score(?:d|[ \t]+(?:was|is|of|at))?|[\d.]+))[ \t]+$"
)
_NOT_CLOCK_AFTER = compiled(
    r"[ \t]*(?:in[ \t]+the[ \t]+(?:mile|marathon|\d)|scale|ratio|odds|mark|miles?|km|k\b|"
    r"marathon|pace|finish|split|per\b|minutes?|mins?\b|hours?|hrs?\b|seconds?|secs?\b|"
    r"time\b|win|lead|victory|defeat|loss|score)"
)
# A weekday or month ending the words before, which a clock time can follow ("Sun 7:30")
_DAY_WORD_BEFORE = compiled(
    r"\b(?:(?i:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?|[A-Z][a-z]{2,8}day|"
    r"Noon|Doors|Dinner|Lunch|Breakfast|Supper)\.?[ \t]+$"
)


def _is_listed_clock(groups: Groups) -> bool:
    """Whether "7:30" with no word before it that asks for a time reads as one: not after
    a name ("John 3:16") or a word that makes it a race's time or a ratio, nor before one."""
    before = groups.get("_before") or ""
    if _NOT_CLOCK_BEFORE.search(before) and not _DAY_WORD_BEFORE.search(before):
        return False
    return _NOT_CLOCK_AFTER.match(groups.get("_after") or "") is None


# A recording's time code opened before it: "[00:21:05] JEN:", "[Recording starts 00:00:04]"
_OPEN_BRACKET_BEFORE = compiled(r"\[[^\]\n]*$")


# "forecast at 1.24 trillion yen", "at 2.30 per cent": an amount, not a time
_MAGNITUDE_AFTER = compiled(
    r"[ \t]+(?:trillion|billion|million|thousand|per[ \t]?cent|percent|yen|points?)\b"
)


def _is_timecode(groups: Groups) -> bool:
    """ "[00:03:12] INTERVIEWER:": a time into a recording, with its seconds and no zone,
    in brackets; not a time of day. So is "[03:14] BEN:", minutes and seconds before a
    speaker's label in capitals, as a transcript heads its turns."""
    hour = groups.get("hour24z") or ""
    if groups.get("zone") or not hour.startswith("0"):
        return False
    bracketed = _OPEN_BRACKET_BEFORE.search(groups.get("_before") or "") is not None
    after = groups.get("_after") or ""
    if hour == "00" and groups.get("sec24z") is not None:
        return bracketed or after.startswith("]")
    return bracketed and _SPEAKER_LABEL_AFTER.match(after) is not None


# "] BEN:", "] MARIELA CORTEZ:": a transcript's speaker, in capitals
_SPEAKER_LABEL_AFTER = compiled(r"\][ \t]*[A-Z][A-Z.'’-]+(?:[ \t][A-Z][A-Z.'’-]+){0,2}:")


def clock_on_story_day(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "6:40 p.m. the previous evening", "at 7 that night": a time on a day of the story."""
    pod = norm(groups.get("pod") or groups.get("pod2"))
    hour, minute = clock_time({**groups, "pod": pod or None}, vocab)
    if hour is None:
        return None
    dem, direction = norm(groups.get("dem")), norm(groups.get("dir"))
    offset = 0
    if dem in ("the previous", "the preceding") or direction == "before":
        offset = -1
    elif dem in ("the next", "the following") or direction == "after":
        offset = 1
    if pod == "night" and hour < 6:
        offset += 1  # "at 2 a.m. that night": the small hours of the next day
    if groups.get("wdd"):  # "at 8 a.m. the following Monday", "at 7 that Friday"
        weekday = int(vocab.lookup("weekday", groups.get("wdd") or ""))
        way = {-1: Direction.PAST, 1: Direction.FUTURE}.get(offset, Direction.SAME)
        partial = Partial(
            weekday=weekday,
            hour=hour,
            minute=minute,
            zone=zone_of(groups, vocab),
            direction=way,
            granularity="D",
        )
        return Reading(TimexType.TIME, partial, reference=Reference.NARRATIVE)
    partial = Partial(
        hour=hour,
        minute=minute,
        zone=zone_of(groups, vocab),
        shift_unit="D",
        shift=offset,
        granularity="D",
    )
    mod = "APPROX" if said_roughly(groups) else None
    return Reading(TimexType.TIME, partial, reference=Reference.NARRATIVE, mod=mod)


_TENS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}

_ONES = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}


def year_in_words(words: str) -> int:
    """ "nineteen ninety-six" 1996, "eighteen hundred" 1800, "two thousand and three" 2003:
    a year a rule matched as words."""
    parts = re.split(r"[\s-]+", norm(words))
    if parts[:2] == ["two", "thousand"]:
        return 2000 + sum(_TENS.get(part) or _ONES.get(part, 0) for part in parts[2:])
    if parts[0] == "oh":
        return 2000 + _ONES[parts[1]]
    century = _TENS[parts[0]]
    if parts[1] == "oh":
        return century * 100 + _ONES[parts[2]]
    if parts[1] == "hundred":
        return century * 100
    return century * 100 + _TENS[parts[1]] + (_ONES.get(parts[2], 0) if len(parts) > 2 else 0)


def spoken_year(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "back in ninety-four", "March of oh-six", "the spring of ninety-nine": a year said
    by its last two words, in the century nearest the story."""
    parts = norm(groups.get("yyw")).split("-")
    tens = 0 if parts[0] == "oh" else _TENS[parts[0]]
    two_digits = tens + _ONES[parts[1]]
    month_word = groups.get("month")
    if month_word and not groups.get("of") and two_digits <= 31 and tens:
        return None  # "June twenty-one": a day of June
    value = written_year({"yy": f"{two_digits:02d}"}, "yy") or 0
    if month_word:
        month = int(vocab.lookup("month", month_word))
        partial = Partial(year=value, month=month, granularity="M", century_unwritten=True)
        return Reading(TimexType.DATE, partial, value=f"{value:04d}-{month:02d}")
    if groups.get("season"):
        season = str(vocab.lookup("season", norm(groups.get("season"))))
        partial = Partial(year=value, season=season, granularity="SE", century_unwritten=True)
        return Reading(TimexType.DATE, partial, value=f"{value:04d}-{season}")
    partial = Partial(year=value, granularity="Y", century_unwritten=True)
    return Reading(TimexType.DATE, partial, value=f"{value:04d}")


def spelled_year(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "nineteen ninety-six", "the year two thousand", "September two thousand and three":
    a year written in words."""
    value = year_in_words(
        first_group(groups, "words", "thousand", "thousand2", "thousand3", "ohyear") or ""
    )
    month = groups.get("month") or groups.get("month3")
    if month:
        month_value = int(vocab.lookup("month", month))
        partial = Partial(year=value, month=month_value, granularity="M")
        return Reading(TimexType.DATE, partial, value=f"{value:04d}-{month_value:02d}")
    if groups.get("season"):
        season_value = str(vocab.lookup("season", norm(groups.get("season"))))
        partial = Partial(year=value, season=season_value, granularity="SE")
        return Reading(TimexType.DATE, partial, value=f"{value:04d}-{season_value}")
    return Reading(TimexType.DATE, Partial(year=value, granularity="Y"), value=f"{value:04d}")


_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1}


def nth_weekday(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "the third Wednesday of June", "the first Tuesday in November", "the last Friday of
    the month": a weekday counted within a month."""
    ordinal = norm(groups.get("ord"))
    nth = _NTH.get(ordinal) or int(ordinal[0])
    weekday = int(vocab.lookup("weekday", groups.get("wd") or ""))
    rel = norm(groups.get("rel"))
    new_year = norm(groups.get("newyear"))
    if new_year:
        # "the first Monday of the new year": of January, the year after the story's;
        # "of next year": the year after the telling's
        partial = Partial(
            month=1, weekday=weekday, nth=nth, shift_unit="Y", shift=1, granularity="D"
        )
        reference = Reference.DCT if new_year == "next" else Reference.NARRATIVE
        return Reading(TimexType.DATE, partial, reference=reference)
    if rel:
        offset = {"last": -1, "next": 1}.get(rel, 0)
        partial = Partial(weekday=weekday, nth=nth, shift_unit="M", shift=offset, granularity="D")
        reference = Reference.NARRATIVE if rel == "the" else Reference.DCT
        return Reading(TimexType.DATE, partial, reference=reference)
    month = int(vocab.lookup("month", groups.get("month") or ""))
    year_value = written_year(groups, "year")
    partial = Partial(year=year_value, month=month, weekday=weekday, nth=nth, granularity="D")
    if year_value:
        day = calendar_nth_weekday(year_value, month, weekday, nth)
        return Reading(TimexType.DATE, partial, value=day.isoformat())
    return Reading(TimexType.DATE, partial, reference=Reference.YEAR)


def week_of(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "the week of March 6": the week that day falls in; "the weekend of October
    23-25": its weekend."""
    reading = calendar(groups, vocab)
    if reading is None:
        return None
    partial = replace(reading.partial, granularity="WE" if groups.get("weekend") else "W")
    return Reading(TimexType.DATE, partial, reference=reading.reference)


def nth_week(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "the second week of January": the week around the middle of those seven days;
    "the first weekend in May"."""
    ordinal = norm(groups.get("ord"))
    nth = -1 if ordinal in ("last", "final") else _NTH[ordinal]
    month = int(vocab.lookup("month", groups.get("month") or ""))
    year_value = written_year(groups, "year")
    if groups.get("weekend"):  # "the first weekend in May": the one of its first Saturday
        partial = Partial(year=year_value, month=month, weekday=6, nth=nth, granularity="WE")
    else:
        partial = Partial(year=year_value, month=month, nth=nth, granularity="W")
    reference = Reference.NONE if year_value else Reference.YEAR
    return Reading(TimexType.DATE, partial, reference=reference)


def _month_named(vocab: Vocabulary) -> re.Pattern[str]:
    """A month named, from the vocabulary's months: "April eighteenth", "the 3rd of May",
    "by the middle of April" (a full name capitalised, or any form beside a day)."""
    months = "|".join(sorted(vocab.tables["month"], key=len, reverse=True))
    days = "|".join(sorted(vocab.tables["ordinal"], key=len, reverse=True))
    full = "|".join(name.capitalize() for name in vocab.tables["month"] if len(name) > 3)
    return compiled(
        rf"(?i:\b(?:{months})\.?[ \t]+(?:\d{{1,2}}\b|(?:{days})\b)"
        rf"|\b(?:\d{{1,2}}(?:st|nd|rd|th)?|{days})[ \t]+(?:of[ \t]+)?(?:{months})\b)"
        rf"|\b(?:{full})\b"
    )


_IN_BEFORE = compiled(r"\b(?i:in)[ \t]+$")
# "for the second time, then for the fifth": ordinals counting something else
_COUNTED_SERIES = compiled(r"\b(?i:the)[ \t]+(?i:first|second)\b(?![ \t]+of[ \t]+[A-Z])")


def spelled_day_after_date(groups: Groups, vocab: Vocabulary) -> Reading | None:
    """ "due April eighteenth, not the fifteenth": a day of the month spelled out is a
    date only where a month was named just before on its line; elsewhere "the fifteenth"
    is a place in a line ("the fifteenth, and last, of his novels")."""
    context = groups.get("_context") or ""
    named = _month_named(vocab).search(context)
    if named is None or _IN_BEFORE.search(groups.get("_before") or ""):
        return None  # "waved a runner safe in the ninth": an inning
    if _COUNTED_SERIES.search(context):
        return None  # "did the second lot on the 5th, and the third is due": a count
    return calendar(groups, vocab)

"""Anchoring: turns mentions into TIMEX3 values against the DCT and the narrative time.

The narrative (reference) time starts at the DCT and moves to each date that frames a
sentence ("On Tuesday, Sept. 28, ...", "That same day, ...") and to explicit dates in
main clauses; a date inside a quotation, in a past-perfect clause ("she had done it on
Saturday") or reached by counting back from today ("a year ago") does not move it.
Anaphoric expressions ("that day", "the night before") resolve against it.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as _dt
import functools
import re
from collections.abc import Sequence

from timefact import _anchor_readers as readers
from timefact import _story_cues as cues
from timefact._apposition import (
    COMMA,
    agreed_day,
    day_named_again,
    set_right_after,
    with_dates_beside_weekdays,
)
from timefact._calendar import (
    JULIAN_UNTIL,
    SEASON_MONTH,
    SOUTHERN_COUNTRIES,
    SOUTHERN_SEASON_MONTH,
    coarser,
    days_in_month,
    format_value,
    julian_weekday,
    nth_weekday,
    safe_date,
    season_months,
    shift,
)
from timefact._chat import ChatStamps
from timefact._clock_order import ClockOrder, clocks_on_the_day_after
from timefact._day_count import DayCount
from timefact._era import EraStory
from timefact._event_days import EventDays
from timefact._log_days import LogDay, footer_days, log_days
from timefact._mention import Mention, Reference
from timefact._model import Anchor, AnchorKind, Direction, Partial, Timex, TimexType
from timefact._nearest import (
    WRONG_SIDE_DAYS,
    WRONG_SIDE_MONTHS,
    day_in_month_near,
    days_ahead,
    pick_year,
    weekday_day_near,
    weekday_near,
    weekday_told_next,
    weekend_near,
)
from timefact._observances import is_bank_holiday
from timefact._productions._common import parse_number
from timefact._regex_cache import compiled
from timefact._reported_period import ReportedPeriod
from timefact._speech_days import days_said_on_the_day_told
from timefact._story import (
    FUTURE_IN_PAST,
    STEP_BACK_DAYS,
    STORY_AWAY_YEAR_DAYS,
    Narrative,
    Placed,
    Result,
    day_across_month_turn,
)
from timefact._story import SENTENCE_END as _SENTENCE_END
from timefact._story_days import WEEKDAY_NAMED_REACH, StoryDays
from timefact._tense import (
    ED_NOT_PAST,
    PLANNED_THEN,
    QuoteTracker,
    Tense,
    TenseReader,
    is_framing,
    is_past_perfect,
)
from timefact._vocab import Observance, load_vocabulary

# How far ahead of the telling a day named may be without taking "the end of the month"
# from it (a plan or a listing of dates to come)
_PLAN_AHEAD_DAYS = 92
# Britain and its colonies left the Julian calendar in September 1752.
_JULIAN_IN_ENGLISH_UNTIL = _dt.date(1752, 9, 14)
# Between two times of a list: "October and November", "May, June or July"
_LISTED_AFTER = compiled(r"[ \t]*(?:,[ \t]*)?(?:and|or|&)?[ \t]*")
_EARLY_OR_LATE_ONE = compiled(r"\b(?i:an?)[ \t]+(?i:early|late)[ \t]+$")
# A holiday named for what is done on it, aimed at or counted from: "weary from National
# Day celebrations", "my works xmas do", "in time for Christmas", "ahead of Easter", "cost
# Sh1,200 before Christmas": no day the story goes to.
_HOLIDAY_THING_AFTER = compiled(
    r"[ \t]+(?:celebrations?|festivities|parades?|part(?:y|ies)|dinners?|lunch(?:es)?|"
    r"shopping|sales|rush|crowds|traffic|decorations|lights|concerts?|fireworks|"
    r"bonus(?:es)?|spirit|preparations|rally|rallies|do|bash|piss-up|drinks)\b"
)
# the words that name a day as the bound of a comparison: "cost Sh1,200 before Christmas"
_BOUND_WORDS = r"before|after|since"
_HOLIDAY_AIMED_AT = compiled(
    rf"\b(?i:in[ \t]+time[ \t]+for|ahead[ \t]+of|{_BOUND_WORDS}|until|till)[ \t]+$"
)
# How many weeks from the weekday read alone "the bank holiday Monday" is looked for.
_BANK_HOLIDAY_WEEKS = 10
# How far (in characters) a year the story moved to carries over to the year-less dates
# after it, within its paragraph and beyond it; farther, or once the text speaks of the
# present again ("last week", "on Tuesday"), news convention (the DCT's year) takes over.
# Half a year: beyond it, a year chosen for a year-less date is only a guess.
_CERTAIN_DAYS = 183
# Words before a date that make it name a thing ("the Dec. 21, 1988, bombing") rather
# than where the story is.
_MODIFIER_BEFORE = compiled(r"\b(?i:the|a|an)\s+$")
_BIRTH_LABEL = compiled(
    r"\b(?:DOB|D\.O\.B\.|[Dd]ob|[Dd]ate\s+of\s+[Bb]irth|[Bb]irth\s*date)[:.]?\s*$"
)
# How far back a day naming an event ("the Aug. 3 derailment") may be and still be the
# day a news story retells.
_RECENT_EVENT_DAYS = 60
# How far after the DCT a story day may be for a time told in the past to be kept off it
# (a log of 2149 tells its own times in the past).
_STORY_AHEAD_DAYS = 366
_RECENT_STORY_DAYS = 7  # a story's day this recent is in the telling's week
# A title that dates the text this far from the telling sets a time of its own.
_TITLED_FAR_DAYS = 366
_OPENING_CHARS = 200  # the opening of a text, where it says when it is
# A word before a date that plans for it
_PLANNED_DAY_BEFORE = compiled(r"\b(?i:on|by|until|till|before|after|from|for|since)[ \t]+$")
# A two-digit year lies at most this many years after the story's, else before it.
_CENTURY_AHEAD = 10
_ARRANGED_BEFORE = compiled(
    r"\b(?i:booked|reserved|arranged|planned|scheduled|organi[sz]ed|rescheduled|moved|"
    r"postponed|pushed\s+back|brought\s+forward)\b[^.!?\n]*$"
)
# "on the Monday", "the Saturday night": a weekday the story comes to
_DEFINITE = compiled(r"(?i)the\s")
_EARLIER_BEFORE = compiled(r"\b(?i:earlier|before\s+that)\b[^.!?\n]*$")
# A verb in the past right before a month and day ("died Jan. 9", "was sworn in on March
# 3"): the date is past beyond doubt, unless the other reading lies only a few days ahead
# ("issued on 3/1", said on 28 February, may be a telling dated a day early)
_PAST_VERB_JUST_BEFORE = compiled(
    r"\b(?<!\bbe )(?:died|was|were|(?!(?:" + ED_NOT_PAST + r")\b)[a-z]{2,}ed)"
    r"(?:[ \t]+(?:in|on|out|up|off|down))?(?:[ \t]+on)?[ \t]+$"
)
_FIRM_PAST_DAYS = {**WRONG_SIDE_DAYS, Tense.PAST: 400}
_DATE_SLIP_DAYS = 3
# "for the weekend", "4 the wknd": a weekend told in the present that is one to come
_FOR_BEFORE = compiled(r"\b(?:for|4)[ \t]+$")
# Between a set and the time it is at: "every Tuesday and Thursday at 5:30"
_SET_TIME_GAP = compiled(r"[ \t]*,?[ \t]*(?:(?:at|from|by|around|about)[ \t]+)?")
# Between the two dates of a range: "fri 26th - mon 29th", "June 3 to June 7".
_DATE_RANGE_GAP = compiled(r"[ \t]*(?:[-–—]|to|thru|through)[ \t]*")
_UNMOVED = Partial()  # a holiday read as it falls, not moved by "the day before"
# the first and last months of the seasons that lie within one year, north of the equator
_NORTHERN_SEASON_SPAN = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}
_YEARS_LOOKED_BACK = 8  # mentions looked back at for a year written in full
_STORY_AWAY_FROM_ENTRY_DAYS = 31  # days from an entry's heading its story may go on its own
_REPORT_DAY_REACH = 300  # characters a day the news was told on holds for a clock time
_BEYOND_END = compiled(r"(?i:before\s+last|after\s+next)$")
_HOLIDAY_AHEAD_DAYS = 21  # days ahead a holiday a text plans for may lie
_HOLIDAY_TOLD_AHEAD_DAYS = 7  # ... and one told in the past, as reported speech tells it
_HOLIDAY_AHEAD_REACH = 600  # characters its weekdays may follow its name
_SAME_SENTENCE = 120  # characters from a day to a clock time said of it
_HOLIDAY_AFTER_MONTH_REACH = 40  # characters from a month and year to a holiday set after it
# days before the telling a story's day must lie for a day foreseen in it to stay ahead
_FORESEEN_STORY_AWAY_DAYS = 60
_PARAGRAPH_REACH = 3000  # characters looked ahead for a paragraph's end
_EVENING_MINUTES = 18 * 60  # from when a text stamped on a day is written in its evening
_DAY_OF_MONTH_REACH = 400  # characters a day of the month alone is taken as the one named
# A reporting verb: what it reports may look back without the story going there.
_REPORT_VERB = r"\b(?i:said|says|told|reported|announced|added|confirmed|stated|testified)\b"
_REPORTED = compiled(_REPORT_VERB)
# "investigators said Monday", "told reporters late Tuesday": the day of the telling
_REPORTED_BEFORE = compiled(_REPORT_VERB + r"(?:\s+\w+){0,3}?\s+(?:(?:on|late|early|last)\s+)*$")
_SENTENCE_REACH = 300  # characters back to the start of a long sentence
_WEEKDAY_RUN = 400  # characters over which a weekday's tense carries to the next
_WRITTEN_YEAR_REACH = 1500  # characters a written year holds for a weekday and date after it
_WRITTEN_YEAR_ASIDE_REACH = 400  # ... when the story is not in that year
_THE_WEEKDAY_NAMED_REACH = 120  # ... and "the Wednesday", in the same breath
# Steps a story told in the past takes when it foresees them ("would cross the next
# morning", "would meet again that week").
_STORY_STEPS = frozenset({"D", "W", "TNI", "TMO", "TAF", "TEV"})
# "Ten years later I would be ...": the future seen from a story's past, after the date
_WOULD_AFTER = compiled(r",?[ \t]+(?:[\w'’-]+[ \t]+){0,3}?(?:would|could)\b")
# A year that opens its sentence, or follows "a"/"my"/"our", before a capitalised name:
# "2009 Civic, 148k miles", "my 1967 Mustang".
_MODEL_YEAR = compiled(r"(?:^|[.!?\n][\"”’]?[ \t]*|\b(?i:a|an|my|our|his|her|their)[ \t]+)$")
_MODEL_NAME_AFTER = compiled(
    r"[ \t]+(?!(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|BC|AD|BCE|"
    r"CE|I|We|He|She|They|It|The|A|An|In|On|At|By)\b)[A-Z][a-z]+\b"
)
# An article or a possessive before a year said of a thing ("for a 2009 burglary"); "the
# 1986 season" may be the story's own.
_THING_YEAR_BEFORE = compiled(r"\b(?i:a|an|my|our|his|her|their|its)[ \t]+$")
# The past perfect of the clause a time stands in, after it: "in the spring of 1889 had
# killed four men".
_HAD_DONE_AFTER = compiled(r"[^.;!?\n]{0,60}?\bhad\s+(?:\w+ly\s+)?(?:been\s+)?[a-z]+(?:ed|en|t)\b")
# A weekday and date that do not fit the year chosen: how far that date must be from the
# telling for another year to be tried, and how far the year that fits may be.
_NEAR_DAYS = 60
_FIT_REACH_DAYS = 240
_PAST_FIT_YEARS = 7  # a date's weekday comes round again within so many years
_DEADLINE_REACH = 50  # characters: "postponed the club's annual dinner to" at most
_DEADLINE_STORY_AWAY_DAYS = 7  # days before the telling a story's deadlines count from it
# A day of the month written as an ordinal: "2nd", "the twenty-eighth of October"
_ORDINAL_DAY = compiled(r"\d(?:st|nd|rd|th)\b|\b(?i:[a-z]+-)?(?i:first|second|third|[a-z]+th)\b")
_HEADING_FIT_REACH_DAYS = 480  # ... for the date heading a diary entry or a letter
_STAMP_DATE_GAP = compiled(r",?[ \t]*")  # a stamp's date and its time ("05/11/2017, 08:31")
_BACK_ANAPHOR = compiled(
    r"(?i:the)\s+(?:day|night|evening|morning|afternoon|week|weekend)\s+(?:before|earlier)"
)
# "from the Labour Day long weekend until ": the range's start, then its end to come
_RANGE_END_BEFORE = compiled(r"\b(?i:from)\b[^.;!?]{0,60}\b(?i:until|till|to|through|thru)[ \t]+$")
# A post's header: "Posted 21 Jun 2016 2.21pm by OldQuarryEnd"
_POST_HEADER_BEFORE = compiled(
    r"(?:^|\n)[ \t]*(?i:posted|sent|written|edited|updated)\b[^\n]{0,30}$"
)
_POST_HEADER_AFTER = compiled(r"[ \t]+by\b|[ \t]*(?:\n|$)")
_PREPOSITION_ALONE = compiled(r"[ \t]*(?:(?i:on|in|at|by|early|late)[ \t]+)?")
_BESIDE_FULL_DATE_DAYS = 60  # days a weekday-date pair may lie from a full date of its year
_FOLLOWING_MORNING_REACH = 400  # characters from a time in the small hours to "the next morning"
_SMALL_HOURS_REACH = 200  # characters from a time past midnight to "in the morning"
_STORY_GOES_ON_DAYS = 6  # days past the story's day a past-tense holiday may still be
_RANGE_REACH = 30  # characters from a range's start to its end
# Between a range's first day and its last: "June 5 through June 7", "Dec. 28 to Jan. 3"
_RANGE_TO_GAP = compiled(r"[ \t]*,?[ \t]*(?:to|through|thru|until|till|-|–)[ \t]*")
# "since 1991, when a 16-day standoff ended on": a year, and a clause of it, up to a date
_YEAR_WHEN_BEFORE = compiled(r"\b(?P<year>1[6-9]\d\d|20\d\d),?[ \t]+when\b[^.;!?\n]{0,100}$")
# "The summer I turned twelve, 1961, ...": a year set after a short clause of a season
_YEAR_APPOSED_AFTER = compiled(
    r"[ \t]+(?:I|we|he|she|they|my|our|his|her|their)\b[^,.;:!?\n]{1,30},[ \t]*"
    r"(?P<year>1[5-9]\d\d|20\d\d)(?=[ \t]*[,.;])"
)
_JUST_WRITTEN = 120  # characters a written year holds for a month and day in its sentence
_SEASON_AFTER_WRITTEN = 800  # characters a date written long ago holds for a season told after
# The years of a decade that "early", "mid" and "late" pick ("the late 1980s": 1986-1989)
_DECADE_PART_YEARS = {"START": (0, 3), "MID": (3, 6), "END": (6, 9)}
_LONG_BEFORE_YEARS = 5  # years before the telling that make a date a story's, not news
# "Last year" or "Next year" opening a sentence.
_OPENING_YEAR = compiled(r"(?:^|[.!?\n][\"”’')]*[ \t]*)(?:Last|Next)[ \t]+year$")
_SUNDAY = 7
_OPENING_IN_YEAR = compiled(r"(?:^|[.!?:\n][\"”’')]*[ \t]*)In[ \t]+(?:the[ \t]+)?$")
# "fell on April Fools' Day in 2018": the year a clause names after a date in it
_YEAR_LATER_IN_CLAUSE = compiled(
    r"(?:(?!\b(?:and|or|but|again|then|since|until|till|before|after|from|to|by|than|"
    r"as|when|while|because)\b)[^.,;:!?\n\d]){0,40}?\bin[ \t]+(?P<year>1[5-9]\d\d|20\d\d)\b"
    r"(?![\d,]\d|[\x27’]s)"
)
_CLAUSE_BREAK = compiled(r"[,;:()]")
# A text titled as a look at the days to come: its weekday headings ("WEDNESDAY: Status
# hearing ...") are days ahead, not a log's days gone by
_WEEK_AHEAD_TITLE = compiled(
    r"\b(?i:the\s+week\s+ahead|week\s+ahead|the\s+coming\s+week|what['’]s\s+on|"
    r"coming\s+up\s+this\s+week)\b"
)
_TITLE_REACH = 200  # characters at the head of a text that title it
# A time still to come, counted down to: "three weeks to go before Election Day" (not
# "ten days left until Christmas when he died", a story's)
_TO_GO_BEFORE = compiled(r"\bto[ \t]+go[ \t]+(?:before|until|till)[ \t]+$")
# A line that opens a list of days to come: "Here is where they will be:", "the coming
# week looks like this:", "plan as of tonight:"
_PLANS_LIST_INTRO = compiled(
    r"\b(?i:will|the\s+coming\s+week|the\s+week\s+ahead|plans?|itinerary|schedule)\b"
    r"[^\n:]{0,80}:[ \t]*\n"
)
_LIST_INTRO_REACH = 1200  # characters from that line to a heading of its list
_LINE_REACH = 400  # characters looked back for the start of a mention's line
_BULLET_LINE = compiled(r"[ \t]*[-*•][ \t]")  # "- fly up Tuesday the 12th"
# "after 41 seasons", "following 30 years": years counted up to the time of a sentence
_YEARS_AFTER = compiled(
    r"\b(?i:after|following)[ \t]+(?:more[ \t]+than[ \t]+|nearly[ \t]+|almost[ \t]+)?"
    r"(?P<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)[ \t]+(?P<unit>years|seasons|decades)\b"
)
# The label heading a listing's entry, then its place and time with no verb: "Blood
# drive: First Methodist Church, 2-7 p.m. "
_LISTING_LABEL = compiled(r"[A-Z][\w '’&-]{1,30}:[ \t]+[^.!?:\n]{0,80}$")
_INTO_THIS_MORNING_AFTER = compiled(
    r"[ \t]+(?:and[ \t]+)?(?:on[ \t]+)?into[ \t]+this[ \t]+morning\b"
)
_YEAR_VALUE = compiled(r"\d{4}")
_DECADE_VALUE = compiled(r"\d{3}")
_COUNTED_FROM_BEFORE = compiled(rf"\b(?i:{_BOUND_WORDS})[ \t]+$")
# ... but "before Boxing Day, when its sale opened at 7am" tells of that day
_WHEN_AFTER = compiled(r",?[ \t]+(?:when|on[ \t]+which)\b")
# "The one I remember best was 1976": the year a memoir says it tells of
_REMEMBERED_BEFORE = compiled(
    r"\b(?i:remember(?:ed)?|recall(?:ed)?|talked[ \t]+about|spoke[ \t]+of|told[ \t]+of)"
    r"(?:[ \t]+(?:best|most|most[ \t]+clearly|clearest|most[ \t]+often|afterwards?|later))?"
    r"[ \t]+(?:was|is)[ \t]+(?:in[ \t]+)?(?:the[ \t]+)?$"
)
# after a log line's date: "Feb. 24, early morning: A snowplow driver reported"
_LOG_LINE_HEAD_AFTER = compiled(
    r",[ \t]*(?:(?:early|late|mid)[ -]?)?(?:morning|afternoon|evening|night|overnight)[ \t]*:[ \t]"
)
_SEASON_VALUE = compiled(r"\d{4}-(?:SP|SU|FA|WI)")
_MONTH_OR_WEEK = compiled(r"(?P<year>\d{4})-(?:(?P<month>\d\d)|W(?P<week>\d\d))")

# Days a holiday said in the present tense may lie behind the telling and be the one meant.
_JUST_GONE_DAYS = 45
# "came up even faster than on Boxing Day 2020": a time compared with
_COMPARED_BEFORE = compiled(
    r"\bthan[ \t]+(?:on|in|at|during)?[ \t]*$"
    # "jumped to 6.71 percent from 6.42 percent Thursday": the level it is measured against
    r"|\bfrom[ \t]+(?:US)?[$£€]?[\d.,]+[ \t]*(?:%|percent|per[ \t]+cent|points?|cents?|c)?"
    r"[ \t]+(?:on[ \t]+)?$"
)
# How far (in characters) a holiday named again is the one just named.
_HOLIDAY_AGAIN_REACH = 1500
# Years back from the story's day a day of the month named with the holiday right after it
# ("Wed 1st. New Year's Day.") may be of
_HOLIDAY_AFTER_YEARS = 3
# Days from a day named for one event ("VE Day") to its anniversary, within which it may be
# the anniversary that is meant ("Britain marks VE Day today")
_ANNIVERSARY_NEAR_DAYS = 30
_ANNIVERSARY_OF_BEFORE = compiled(r"\b(?i:anniversary|anniversaries)[ \t]+of[ \t]+(?:the[ \t]+)?$")
_THAT_YEAR = compiled(r"\b(?i:that)[ \t]+year\b")
_REPORT_DAYS = 7  # a day this close before the telling is the day a report is of
# what heads an entry, a dash before its text: "Thursday 17 March—General debate",
# "Yesterday – Cllr Marsh resigns", "Last week - The report finds"
_PARAGRAPH_BREAK = compiled(r"\n[ \t]*\n")
_ENTRY_DASH_AFTER = compiled(r"(?:[ \t]*[—–]|[ \t]+--?(?=[ \t]))[ \t]*\S")
# ... or a colon: "SATURDAY: All four appear at the Lincoln Day dinner"
_ENTRY_LABEL_AFTER = compiled(r"(?:[ \t]*[—–]|[ \t]+-(?=[ \t])|:)[ \t]*\S")
# The day of a text's election: "the March 23 state election", "the vote on May 7"
_VOTE_AFTER = compiled(
    r"(?:,[ \t]+\d{4},?)?[ \t]+(?:[A-Za-z]+[ \t]+){0,2}(?i:elections?|votes?|polls?|ballot|"
    r"referendum|by-election)\b"
)
_VOTE_ON_BEFORE = compiled(
    r"\b(?i:elections?|votes?|polls?|polling|ballot|referendum|by-election)"
    r"(?:[ \t]+(?:is|was|will[ \t]+be|be|to[ \t]+be|are|were|set|due|held|scheduled|"
    r"open|opens|takes[ \t]+place)){0,3}[ \t]+(?:on|for)[ \t]+(?:[A-Z][a-z]+day,?[ \t]+)?$"
)
# From Thursday on, "the weekend" said in the present is the coming one.
_LATE_IN_WEEK = 4
# Days from the story's day a weekday naming a holiday ("Saturday's Anzac Day") may lie.
_HOLIDAY_WEEKDAY_REACH = 7
# Between two weekdays of a list: "Thursday and Friday", "Monday, Tuesday or Wednesday".
_LISTED_AFTER = compiled(r"[ \t]*(?:,[ \t]*(?:(?:and|or)[ \t]+)?|(?:and|or|&)[ \t]+)")


class _Resolver(StoryDays):
    def __init__(
        self,
        text: str,
        dct: _dt.date | None,
        history: bool = False,
        range_years: dict[int, tuple[int, int, int]] | None = None,
        mentions: Sequence[Mention] = (),
    ) -> None:
        self.text = text
        self.dct = dct
        self.narrative = Narrative(dct, "D", None) if dct else None
        # The last year the text wrote, wherever it stood: "a decade later" counts from it.
        self.written_year: Narrative | None = None
        # A year looked back to from the story's day, and where its sentence ends: the
        # year written before it comes back there.
        self.flashback_year: tuple[Narrative | None, int] | None = None
        # The story's day a year long before it turned away from, where its paragraph
        # ends, and the timex of that year
        self.digression: tuple[Narrative, int, str] | None = None
        self.reported = ReportedPeriod(text, dct)
        # Where the text last spoke of its own present ("last week", "on Tuesday").
        self.present_at = -1
        self.event_days = EventDays(text)  # the days past verbs were told with
        # Where a time was last told counting from the story's time.
        self.story_told_at = -1
        self.clock_order = ClockOrder()  # the story's times of day, in order
        self.day_count = DayCount(text)  # the day a story counts its days from
        # parts of decades that opened sentences: (their middle, days to either end)
        self._framing_decades: list[tuple[_dt.date, int]] = []
        # The last day a timex named: where it ended, the day, the timex.
        self.last_day: tuple[int, _dt.date, str] | None = None
        self._index = -1  # the place of the mention being resolved among the text's mentions
        # ... and the last one named outside direct speech
        self.last_day_told: tuple[int, _dt.date, str] | None = None
        # Days the weekdays the text gives run ahead of the Gregorian calendar's: old
        # dates may be Julian ("Sunday, 2 September 1666"), and the story counts from them.
        self.weekday_shift = 0
        # Whether a title line dates the text to a time years before or after the telling.
        self.titled_far = False
        # whether the text's opening paragraph set its story more than a year back
        self.opened_far = False
        # The week a story frames ("Last week was a trial."), while its days follow.
        self.story_week: Narrative | None = None
        # The year before the common era the story is at ("In 44 BC ..."), if any.
        self.era_story: EraStory | None = None
        self._log_ends = -1  # where the entry of a log's last heading ends, if it does
        # The date heading the diary entry or log the text is in, if any.
        self.entry_day: tuple[_dt.date, str] | None = None
        # The last day the story was at that was no later than the DCT.
        self.told_day: Narrative | None = None
        # where the text first placed its story at a day of the week it is told in
        self.report_at = -1
        # Whether that heading is a weekday alone ("Monday. Bath at 6:30. Tuesday. ..."):
        # a diary listing its days in order.
        self.entry_listed = False
        self.history = history
        self.range_years = range_years or {}
        self.range_end_dates = readers.weekdays_before_dates(text, mentions)
        self.range_end_weekday_days = readers.weekdays_before_weekday_days(text, mentions)
        self.observances = readers.ObservancesOfText(text)
        # Where each holiday was last named and the day it was read as.
        self.holidays_named: dict[str, tuple[int, _dt.date]] = {}
        # The year most of the text's weekday-date pairs fit, if they agree on one.
        self.pairs_year = readers.year_the_pairs_fit(mentions, dct)
        self.full_dates = readers.full_dates(mentions)
        # "I have not set foot there for thirty-five years": how many years back the
        # text's lengths in years reach from the telling
        self.years_back = readers.lengths_in_years(mentions)
        self._mentions = mentions
        self._mention_starts = [m.start for m in mentions]
        self.tenses = TenseReader(text, tuple((m.start, m.end) for m in mentions))
        self._tense_of: dict[tuple[int, int], Tense] = {}
        self._deadlines: set[tuple[int, int]] = set()  # mentions whose tense a deadline set
        # ... and where weekdays a story gone by looked ahead to end: they lead no time told
        # after them
        self._story_deadline_ends: set[int] = set()
        # Where the last weekday with a tense of its own ended, and that tense.
        self._weekday_tense: tuple[int, Tense] | None = None
        self.quotes = QuoteTracker(text, readers.dated_headings(text, mentions))
        self._forecast: bool | None = None  # whether the text is a weather forecast
        self.chat = ChatStamps(text, mentions)
        self.log_days: list[LogDay] = []  # the "Day N" headings still ahead
        self.footer_stamps: frozenset[str] = frozenset()  # the timexes stamping posts
        self._previous: Timex | None = None  # the timex resolved last
        self._deictic_day_end = -1  # where the last "today", "tomorrow" ... ended
        # where the last month said alone ended, and the tense it was read in
        self._month_tense: tuple[int, Tense] | None = None
        self._previous_dated: Timex | None = None  # ... of those naming a day of a month
        self._years_pairs_fit: dict[int, bool] = {}  # see ``_pairs_fit``
        self._stamp = False  # whether the mention being resolved stamps a chat message
        # whether the text says it is written in the evening of the telling's day (a
        # post's stamp "May 2nd, 2005 | 11:48 pm", a chat's "[06/07/2021, 21:04]")
        self._told_in_evening = False
        # Values of weekdays set by the day of the month beside them ("next Thurs (18th)").
        self.agreed: dict[str, str] = {}
        # Every day named with its weekday ("Wednesday 27 April 1994"), in order.
        self.days_named: list[tuple[int, _dt.date, str]] = []
        # Days named by their day of the month alone ("the 21st"): where each ended, the
        # day, its timex.
        self.days_of_month: dict[int, tuple[int, _dt.date, str]] = {}
        # The last time the text placed on the calendar, its position where it ended ("the
        # weekend, or the weekend after that").
        self.last_placed: Narrative | None = None
        # ... and those named by their weekday as such ("Wednesday", "Tuesday, Sept. 28"),
        # not counted from another day ("the previous Friday")
        self.weekdays_told: list[tuple[int, _dt.date, str]] = []

    # ------------------------------------------------------------------ entry point
    def resolve(self, mention: Mention, tid: str) -> Timex:
        if self.flashback_year is not None and mention.start >= self.flashback_year[1]:
            self.written_year, self.flashback_year = self.flashback_year[0], None
        if self.digression is not None and mention.start >= self.digression[1]:
            left, _, year_tid = self.digression
            if self.narrative is not None and self.narrative.tid == year_tid:
                self.narrative = left
            self.digression = None
        self._index = _mention_index(tid)
        # a chat's stamp: when its message was sent ("Bec 9:02 AM: ..."), read once here
        self._stamp = (
            readers.stamps_a_message(self.text, mention.start, mention.end)
            or tid in self.footer_stamps
        )
        while self.log_days and self.log_days[0].position <= mention.start:
            heading = self.log_days.pop(0)  # "Day 7.": the entry's day, where the story is
            self.entry_day = (heading.day, heading.tid)
            self.narrative = Narrative(
                heading.day, "D", heading.tid, True, heading.position, framing=True
            )
            self._log_ends = heading.ends
        if 0 <= self._log_ends < mention.start:
            # "Day 5: Grand Prismatic ...\n\nToday was laundry": the log is over, and the
            # telling's own day is back
            self._log_ends = -1
            self.entry_day = None
            self.narrative = None if self.dct is None else Narrative(self.dct, "D", None)
        if self._plan_listed_before(mention):
            self.entry_day = None
        if mention.partial.century_unwritten:
            mention = self._in_story_century(mention)
        try:
            value, anchor, certain, grain_day = self._value(mention)
        except (ValueError, OverflowError):  # beyond the years 1-9999 a date can hold
            value, anchor, certain, grain_day = (
                readers.unknown(mention.partial),
                Anchor(),
                False,
                None,
            )
        value, grain_day = self._beyond_last_or_next(mention, value, grain_day)
        if grain_day is not None and readers.is_season_of_days(mention.partial):
            grain_day = None  # "each Friday of Lent at 7:30 p.m.": no day for the story
        before_stamp = self._before_stamp(mention)
        if before_stamp is not None:
            value, anchor, kind = before_stamp
            mention = dataclasses.replace(mention, type=kind)
        if mention.rule == "deictic-day":
            self._deictic_day_end = mention.end
        if mention.rule == "bank-holiday-weekday" and grain_day is not None:
            value, grain_day = self._on_bank_holiday(mention, value, grain_day, anchor)
        if self._stamp and grain_day is not None and grain_day[1] == "D":
            # a stamp of a clock alone takes its day from the stamps before it, not from
            # the days the messages speak of ("concert is Sat 17th | Priya, 08:14:")
            previous = self._previous
            by_default = mention.rule == "clock" and not (
                # "[05/11/2017, 08:31]": the stamp's own date, just before it
                previous is not None
                and _STAMP_DATE_GAP.fullmatch(self.text, previous.end, mention.start) is not None
            )
            value, grain_day = self._stamp_in_order(mention, tid, value, grain_day, by_default)
        if grain_day is not None and grain_day[1] == "D":
            # "had stopped at 10:47" is out of the story's order of times; "By 1 a.m. the
            # pathologist had narrowed it down" is in it; so is "since last night"
            since = cues.SINCE.search(self.text, max(0, mention.start - 8), mention.start)
            told_before = (
                (mention.partial.hour is not None or mention.partial.part_of_day is not None)
                and cues.BY.search(self.text, max(0, mention.start - 4), mention.start) is None
                and is_past_perfect(self.text, mention.start)
            ) or since is not None
            if mention.end in self._story_deadline_ends:
                told_before = True  # "settled weather until Thursday evening": no time told
            # the clause's own tense, before any deadline ("until 9:40"): a clock time's
            clause_tense = (
                self.tenses.tense(mention.start, mention.end)
                if mention.partial.hour is not None
                else Tense.UNKNOWN
            )
            told_past = clause_tense is Tense.PAST
            closes_range = cues.RANGE_END.search(
                self.text, max(0, mention.start - 8), mention.start
            )
            value, grain_day = self.clock_order.place(
                mention,
                value,
                grain_day,
                told_before,
                told_past,
                closes_range=closes_range is not None,
                told_now=clause_tense in (Tense.PRESENT, Tense.FUTURE, Tense.INTENDED),
                since=since is not None,
                foreseen=clause_tense is Tense.FUTURE and self.quotes.inside(mention.start),
            )
            if (
                mention.partial.hour is not None
                and _POST_HEADER_BEFORE.search(self.text, max(0, mention.start - 40), mention.start)
                and _POST_HEADER_AFTER.match(self.text, mention.end)
            ):
                # "Posted 21 Jun 2016 2.21pm by OldQuarryEnd\nRain stopped play at 11.47":
                # the post is written after what it tells
                self.clock_order.forget()
        elif grain_day is None and mention.partial.hour is not None and not self._stamp:
            self.clock_order.undated(mention, value)
        if grain_day is not None and self._stamps_the_telling(mention, grain_day):
            minutes = readers.minutes_of(value)
            self._told_in_evening = minutes is not None and minutes >= _EVENING_MINUTES
        if mention.partial.granularity in ("W", "WE") and grain_day and grain_day[1] == "D":
            # "the week of March 6": that week; "the first weekend in May": that weekend
            value = format_value(grain_day[0], mention.partial.granularity)
        timex = Timex(
            tid=tid,
            start=mention.start,
            end=mention.end,
            text=mention.text,
            type=mention.type,
            value=value,
            rule=mention.rule,
            partial=mention.partial,
            mod=mention.mod,
            quant=mention.quant,
            freq=mention.freq,
            anchor=anchor,
            temporal_function=anchor.kind is not AnchorKind.NONE,
            certain=certain,
        )
        story = self.narrative
        if anchor.kind is AnchorKind.NARRATIVE and story is not None and story.from_text:
            self.story_told_at = mention.start  # the story is still being told here
        previous, self._previous = self._previous, timex
        agreed = None if previous is None else agreed_day(self.text, previous, timex)
        if agreed is not None and previous is not None:
            # "The previous Thursday, the 6th": the day the weekday confirms, before the
            # story moves to it; the weekday, already resolved, is set to it at the end
            timex = dataclasses.replace(timex, value=agreed.isoformat())
            grain_day = (agreed, "D")
            self._previous = timex
            self.agreed[previous.tid] = agreed.isoformat()
        if mention.partial.day is not None:
            self._previous_dated = timex
        if (
            grain_day is not None
            and grain_day[1] == "D"
            and mention.partial.hour is None
            and not self.quotes.inside(mention.start)
            # not a deadline ("promised fine weather until Thursday evening") nor where a
            # state began ("had not danced since the Michaelmas assembly")
            and (mention.start, mention.end) not in self._deadlines
            and mention.end not in self._story_deadline_ends
            and not cues.SINCE.search(self.text, max(0, mention.start - 20), mention.start)
        ):
            self.event_days.told(mention.start, grain_day[0], timex.tid)
        self._note_framing_decade(mention)
        ends_days = (
            previous is not None
            and previous.type is TimexType.DATE
            and readers.FULL_DAY.fullmatch(previous.value) is not None
            and readers.FULL_DAY.fullmatch(timex.value) is not None
            and _DATE_RANGE_GAP.fullmatch(self.text, previous.end, mention.start) is not None
        )
        if grain_day is not None:
            if not self._stamp:
                self.last_placed = Narrative(*grain_day, timex.tid, True, mention.end)
            p = mention.partial
            if p.day is not None and p.month is None and grain_day[1] == "D":
                self.days_of_month[p.day] = (mention.end, grain_day[0], timex.tid)
            story = self.narrative
            if mention.partial.hour is None and self._dates_the_story(mention, timex, grain_day):
                # "At twenty to four on the morning of Saturday 19 January 1907": the time
                # told just before is that day's, before the story goes to it
                self.clock_order.dated_after(
                    self.text, mention.start, grain_day[0], mention.partial.part_of_day
                )
            habitual = (
                previous is not None
                and previous.type is TimexType.SET
                and mention.partial.hour is not None
                and mention.partial.day is None
                and mention.partial.weekday is None
                and _SET_TIME_GAP.fullmatch(self.text, previous.end, mention.start) is not None
            )  # "practiced every Tuesday and Thursday at 5:30": each such day's time
            if not ends_days and not habitual:
                # "cottage is booked, fri 26th - mon 29th!! check-in from 4pm": the story
                # stays at the start of the range
                self._maybe_move_narrative(mention, timex, grain_day)
            moved = self.narrative
            if (
                moved is not None
                and moved.grain == "D"
                and (self.dct is None or moved.day <= self.dct)
            ):
                self.told_day = moved
                if (
                    self.report_at < 0
                    and self.dct is not None
                    and timex.anchor.kind is AnchorKind.DCT
                    and (self.dct - moved.day).days <= _REPORT_DAYS
                    # a title that is a holiday's name ("Dyngus Day") names the story's
                    # subject
                    and not (
                        mention.partial.holiday is not None
                        and mention.start < _TITLE_REACH
                        and not self.text[: mention.start].strip()
                        and readers.ends_its_line(self.text, mention.end)
                    )
                ):
                    self.report_at = mention.start  # "was sentenced Friday": the news's day
            if self.narrative is not story and self.narrative is not None:
                self.clock_order.story_moved(self.narrative.day)
                self.day_count.story_moved(self.narrative.day)
            weekend = None
            if grain_day[1] == "WE":
                framing = is_framing(self.text, mention.start) or bool(
                    cues.IT_WAS.search(self.text, max(0, mention.start - 20), mention.start)
                )
                weekend = Narrative(grain_day[0], "WE", tid, False, mention.start, framing)
            self._follow_story_week(grain_day, weekend)
            p = mention.partial
            if p.weekday is not None and p.day is not None and grain_day[1] == "D":
                said = grain_day[0]
                julian = said < JULIAN_UNTIL and julian_weekday(said) == p.weekday
                self.weekday_shift = (p.weekday - said.isoweekday()) % 7 if julian else 0
        elif value.startswith("BC") and not self.quotes.inside(mention.start):
            # "in 44 BC. Two years later": no calendar date holds the story's time now;
            # what counts from it is counted in years before the common era.
            self.narrative = None
            self.written_year = None
            self.era_story = EraStory.of(value)
        if grain_day is not None and timex.anchor.kind is AnchorKind.NONE:
            self.era_story = None
        if not self.quotes.inside(mention.start):
            self.reported.observe(mention, timex)
        stamp = self._stamp
        if (
            grain_day is not None
            and not ends_days  # "away from the 3rd to the 17th ... on the Friday": the 3rd's
            and self._dates_the_story(mention, timex, grain_day)
        ):
            self.last_day = (mention.end, grain_day[0], timex.tid)
            if not self.quotes.inside(mention.start):
                self.last_day_told = self.last_day
            if mention.partial.weekday is not None:
                self.days_named.append(self.last_day)
                if mention.partial.direction in (Direction.TENSE, Direction.NONE):
                    self.weekdays_told.append(self.last_day)
        # "today", "this summer", "next March": counted from the telling
        spoken_now = timex.anchor.kind is AnchorKind.DCT and (
            mention.reference is Reference.DCT
            or mention.partial.direction in (Direction.SAME, Direction.PAST, Direction.FUTURE)
        )
        if spoken_now and self.entry_day is None and not self.quotes.inside(mention.start):
            self.present_at = mention.start
        if (
            self.entry_day is not None
            and grain_day is not None
            and grain_day[1] == "D"
            and 0 < (grain_day[0] - self.entry_day[0]).days < 7
            and readers.bare_weekday(mention.partial)
            and timex.anchor.kind is AnchorKind.NARRATIVE
            and self._tense(mention) is Tense.PAST
            and not is_past_perfect(self.text, mention.start)
            and not self.quotes.inside(mention.start)
        ):
            # "Sunday, July 20, 1969. ... The fan belt came on Monday after all": told
            # after the day it is headed with, so a story, not an entry written that day
            self.entry_day = None
            self.narrative = Narrative(grain_day[0], "D", timex.tid, True, mention.start)
        if (
            grain_day is not None
            and grain_day[1] == "D"
            and (
                (
                    # "by marshwren62 » Sat Dec 17, 2022 7:58 pm": a post's stamp, its day
                    (
                        timex.type is TimexType.DATE
                        or (mention.partial.day is not None and mention.partial.month is not None)
                    )
                    and readers.stands_alone(self.text, mention.start, mention.end)
                    # "NEW YEAR'S EVE" over a bulletin's notice of it: a holiday still to
                    # come heads a section, not an entry written on it
                    and not (
                        mention.partial.holiday is not None
                        and self.dct is not None
                        and grain_day[0] > self.dct
                    )
                )
                or readers.names_the_present(self.text, mention.start)
                or readers.heads_an_addition(self.text, mention.start)
                or readers.heads_a_quoted_message(self.text, mention.start, mention.end)
                or stamp
                or self._opens_a_story_ahead(mention, grain_day[0])
                # a log's item tells what happened; a schedule's days to come head none
                or (
                    (self._heads_log_item(mention) or self._heads_log_line(mention))
                    and (self.dct is None or grain_day[0] <= self.dct)
                )
            )
        ):
            # "Tuesday 11 February 1986. Snow again, so no school today.": a date that
            # stands alone heads a diary entry or a log, and is the present of what follows;
            # so is the date of "It is 4:12 a.m. on Thursday, 3 June 2021".
            self.entry_day = (grain_day[0], timex.tid)
            self.entry_listed = readers.bare_weekday(mention.partial)
        p = mention.partial
        if (
            self.dct is not None
            and p.shift is not None
            and p.shift_unit in ("D", "W", "M")
            and readers.stamps_a_post_ago(self.text, mention.start, mention.end)
        ):
            # "31 reviews · a week ago ★★★★★ Booked the MOT on Sunday night": the review's day
            self.entry_day = (shift(self.dct, p.shift_unit, p.shift), timex.tid)
            self.entry_listed = False
        return timex

    def _beyond_last_or_next(
        self, mention: Mention, value: str, placed: Placed | None
    ) -> tuple[str, Placed | None]:
        """ "the Christmas before last", "the summer after next": a year past the one
        "last Christmas" or "next summer" reads."""
        beyond = _BEYOND_END.search(mention.text)
        if beyond is None:
            return value, placed
        step = -1 if beyond.group().lower().startswith("before") else 1
        season = mention.partial.season
        if season is not None and _SEASON_VALUE.fullmatch(value):
            return f"{int(value[:4]) + step:04d}-{season}", placed
        holiday = mention.partial.holiday
        if holiday is None or placed is None:
            return value, placed
        item = self.observances.named_at(holiday, mention.start)
        further = readers.observance_day(item, placed[0].year + step, mention.partial)
        if further is None:
            return value, placed
        return readers.observance_value(further, mention.partial), (further, placed[1])

    def _before_stamp(self, mention: Mention) -> tuple[str, Anchor, TimexType] | None:
        """ "Tom Reyes · 8:52pm\n Saw a beagle about 20 min ago": minutes or hours
        counted back from the stamp of the message they are in, a time of day."""
        p, previous = mention.partial, self._previous
        if (
            mention.rule != "shift-ago"
            or p.shift_unit not in ("H", "MI")
            or not p.shift
            or previous is None
            or previous.type is not TimexType.TIME
            or "\n\n" in self.text[previous.end : mention.start]
            or not readers.stamps_a_message(self.text, previous.start, previous.end)
        ):
            return None
        try:
            stamped = _dt.datetime.strptime(previous.value[:16], "%Y-%m-%dT%H:%M")
        except ValueError:
            return None
        step = _dt.timedelta(hours=1) if p.shift_unit == "H" else _dt.timedelta(minutes=1)
        when = stamped + p.shift * step
        anchor = Anchor(AnchorKind.NARRATIVE, previous.value, previous.tid)
        return when.strftime("%Y-%m-%dT%H:%M"), anchor, TimexType.TIME

    def _years_told_reach_now(self, story: Narrative, mention: Mention) -> bool:
        """ "rode her first winner on 11 April 1974 ... She retired on Saturday after 41
        seasons": the years the sentence counts from the story's year reach the telling,
        so its weekday is of the telling's week."""
        if self.dct is None:
            return False
        start = self._sentence_start(mention.start, 200)
        stop = _SENTENCE_END.search(self.text, mention.end)
        counted = _YEARS_AFTER.search(self.text, start, stop.start() if stop else len(self.text))
        if counted is None:
            return False
        years = parse_number(counted.group("n"), load_vocabulary())
        if not isinstance(years, float):
            return False
        years *= 10 if counted.group("unit").startswith("decade") else 1
        return abs(story.day.year + years - self.dct.year) <= 1

    def _sentence_start(self, position: int, reach: int) -> int:
        """Where the sentence ``position`` is in starts, looked for at most ``reach``
        characters back."""
        lo = max(0, position - reach)
        return max((m.end() for m in _SENTENCE_END.finditer(self.text, lo, position)), default=lo)

    def _mention_of(self, tid: str) -> Mention | None:
        """The mention a timex id ("t12") was made from; none for a heading's own ids."""
        index = _mention_index(tid)
        return self._mentions[index] if index >= 0 else None

    def _entry_heading(self) -> Mention | None:
        """The mention that heads the entry the text is at, if a mention does."""
        return None if self.entry_day is None else self._mention_of(self.entry_day[1])

    def _heads_plans(self) -> bool:
        """Whether the entry the text is at is one of a list of days still to come, each
        with its business after a dash or a colon ("Thursday 17 March—General debate",
        "SATURDAY: All four appear at the dinner"); not an update written on its day
        ("UPDATE 6/20: the dealer swapped the cable Thursday")."""
        heading = self._entry_heading()
        return (
            heading is not None
            and self.entry_day is not None
            and self.dct is not None
            and self.entry_day[0] > self.dct
            and _ENTRY_LABEL_AFTER.match(self.text, heading.end) is not None
            and not readers.heads_an_addition(self.text, heading.start)
        )

    def _told_before_plans(self, mention: Mention) -> bool:
        """ "Thursday 17 March—General debate ... On Tuesday, the Government slipped out a
        statement": a day told in the past is none of a list of days still to come."""
        return (
            self._heads_plans()
            and readers.bare_weekday(mention.partial)
            and self._tense(mention) is Tense.PAST
            and not self.quotes.inside(mention.start)
        )

    def _story_left_entry(self) -> bool:
        """Whether the story has gone, since a heading that dates the text on the day of
        the telling, to a day far from it: "Thursday, May 26, 1988 ... the night of Friday,
        December 11th ... So technically Saturday morning" is December's Saturday, not the
        one after the heading; "It's Australia Day ... In December 1974 I was ten ... On
        Christmas Eve" is 1974's (a diary's entries, each on its own day, keep theirs)."""
        story, entry, heading = self.narrative, self.entry_day, self._entry_heading()
        if story is None or entry is None or heading is None:
            return False
        if self.dct is None or abs((entry[0] - self.dct).days) > _RECENT_STORY_DAYS:
            return False  # a heading of the telling's week ("It's the first week of October")
        return (
            story.from_text
            and story.grain in ("D", "M")
            and story.position > heading.end
            and abs((story.day - entry[0]).days) > _STORY_AWAY_FROM_ENTRY_DAYS
            # and the story's day is the last time told ("went into the fridge on 15
            # November ... this morning ... from Thursday" is back at the telling)
            and self.last_placed is not None
            # a year or a quarter named in passing places no day ("... in 2018, which he
            # thought the funniest thing since 1956", "his firm's Q1 close")
            and (self.last_placed.day == story.day or self.last_placed.grain in ("Y", "Q"))
        )

    def _plan_listed_before(self, mention: Mention) -> bool:
        """Whether ``mention`` is past the paragraph of a list of days still to come, each
        with its business after a dash or a colon ("FRI APRIL 14 - The Basement, doors at 8 ...
        \n\nJeff moved to Denver last week"): the list's days head no entry written on
        them, and the text after it is told from the telling again."""
        heading = self._entry_heading()
        return (
            heading is not None
            and self._heads_plans()
            and _PARAGRAPH_BREAK.search(self.text, heading.end, mention.start) is not None
        )

    def _line_start(self, position: int) -> int | None:
        """Where the line ``position`` is on starts, looked for at most ``_LINE_REACH``
        characters back (a longer line starts nothing these tests look for): a bounded
        look keeps a long text without line breaks linear."""
        reach = max(0, position - _LINE_REACH)
        found = self.text.rfind("\n", reach, position)
        if found >= 0:
            return found + 1
        return 0 if reach == 0 else None

    def _heads_an_entry(self, mention: Mention) -> bool:
        """Whether a mention opens its line and a dash follows it ("Yesterday – Cllr Marsh
        resigns"), as a timeline's entries are headed, or it is the whole line ("75 YEARS
        AGO" over the items from the files of 1910)."""
        line_start = self._line_start(mention.start)
        return (
            line_start is not None
            and not self.text[line_start : mention.start].strip()
            and bool(
                _ENTRY_DASH_AFTER.match(self.text, mention.end)
                or readers.ends_its_line(self.text, mention.end)
            )
        )

    def _heads_log_item(self, mention: Mention) -> bool:
        """ "MONDAY, Sept. 9 -- A Canal Street man reported ...": a weekday heading a log's
        item before a dash; the items under weekdays go on in order."""
        p = mention.partial
        return (
            p.weekday is not None
            and p.hour is None
            and self._heads_an_entry(mention)
            and _ENTRY_DASH_AFTER.match(self.text, mention.end) is not None
        )

    def _heads_log_line(self, mention: Mention) -> bool:
        """ "Feb. 24, early morning: A snowplow driver reported ...": a date that opens its
        line, with the part of the day and a colon after it, heads a log's entry."""
        p = mention.partial
        line_start = self._line_start(mention.start)
        return (
            p.day is not None
            and p.month is not None
            and line_start is not None
            and not self.text[line_start : mention.start].strip()
            and _LOG_LINE_HEAD_AFTER.match(self.text, mention.end) is not None
        )

    def _first_log_item(self, mention: Mention) -> Result | None:
        """ "logs for Thursday, March 6, through Wednesday, March 12. THURSDAY -- ...": the
        first weekday heading a log's item, before any entry, is the one in the week up to
        the last day the text named."""
        p, last = mention.partial, self.last_placed
        if (
            self.entry_day is not None
            or last is None
            or last.grain != "D"
            or not readers.bare_weekday(p)
            or p.weekday is None
            or (self.dct is not None and last.day > self.dct)
            or not self._heads_log_item(mention)
        ):
            return None
        day = last.day - _dt.timedelta(days=(self._weekday_of(last.day) - p.weekday) % 7)
        anchor = Anchor(AnchorKind.NARRATIVE, last.day.isoformat(), last.tid)
        return readers.time_of(day.isoformat(), p), anchor, True, (day, "D")

    def _will_come(self, mention: Mention) -> bool:
        """Whether a mention's clause looks ahead from the telling ("Play is scheduled to
        start at 9.30am", "expect storms from mid-afternoon"), not from a day of the story
        ("told analysts on a 5 p.m. call that it would open 14 stores") nor in speech
        quoted."""
        if self._tense(mention) is not Tense.FUTURE or self.quotes.inside(mention.start):
            return False
        rest = _SENTENCE_END.search(self.text, mention.end, mention.end + _SAME_SENTENCE)
        stop = rest.start() if rest else mention.end + _SAME_SENTENCE
        return not self._narrated_then(mention) and not FUTURE_IN_PAST.search(
            self.text, mention.end, stop
        )

    def _opens_a_story_ahead(self, mention: Mention, day: _dt.date) -> bool:
        """ "Captain's log. Stardate 4417.2, which we translate as Tuesday, 14 July 2150.":
        a weekday and date years after the telling, ending a sentence near the text's
        start and no plan ("on", "by", "until" it), is the present of a story set then."""
        p = mention.partial
        return (
            self.dct is not None
            and mention.start < _OPENING_CHARS
            and p.weekday is not None
            and p.year is not None
            and (day - self.dct).days > _TITLED_FAR_DAYS
            and _SENTENCE_END.match(self.text, mention.end) is not None
            and not _PLANNED_DAY_BEFORE.search(self.text, max(0, mention.start - 8), mention.start)
        )

    def _value(self, mention: Mention) -> Result:
        apposed = (
            self._weekday_apposed_to_day(mention)
            or self._holiday_apposed_to_day(mention)
            or self._weekday_of_holiday(mention)
            or self._weekday_of_holiday_ahead(mention)
        )
        if apposed is not None:
            return apposed
        if mention.rule == "ordinal-day-count":  # "On the fourth day", "the first night"
            story = self.narrative
            at = (story.day, story.tid) if story is not None and story.grain == "D" else None
            return self.day_count.place(mention, self.last_day, at)
        if (
            self.era_story is not None
            and mention.value is None
            and mention.reference in (Reference.NARRATIVE, Reference.YEAR)
        ):
            found = self.era_story.read(mention.partial, self.observances)
            if found is not None:
                anchor = Anchor(AnchorKind.NARRATIVE, self.era_story.value())
                self.era_story = found[1]
                return found[0], anchor, True, None
        if mention.partial.period_shift is not None:
            reported = self.reported.value_for(mention)
            if reported is not None:
                return reported[0], reported[1], True, None
        if mention.rule == "the-period" and mention.partial.shift_unit == "Y":
            ended = self.reported.year_ended(mention)
            if ended is not None:
                return ended[0], ended[1], True, None
        if mention.value is not None:
            return mention.value, Anchor(), True, readers.absolute_day(mention)
        ref = mention.reference
        if ref is Reference.NONE:
            return self._absolute(mention)
        if (
            ref is Reference.DCT
            and self.entry_day is not None
            # "Today at 7:52 PM:" after "Yesterday at 11:14 PM:": each stamp is the telling's
            and not self._stamp
            # so is a post's "· 5 days ago" after another post's
            and not readers.stamps_a_post_ago(self.text, mention.start, mention.end)
            # an entry of the day of the telling counts from the telling
            and self.entry_day[0] != self.dct
            # "Last week – The report finds ...": a timeline's entry headed from the telling
            and not self._heads_an_entry(mention)
        ):
            entry, entry_tid = self.entry_day
            return self._relative(
                mention, entry, "D", Anchor(AnchorKind.NARRATIVE, entry.isoformat(), entry_tid)
            )
        told_then = self._told_in_story(mention) if ref is Reference.DCT else None
        if told_then is None and ref is Reference.DCT:
            told_then = self._weekend_of_story(mention)
        if told_then is not None:
            anchor = Anchor(AnchorKind.NARRATIVE, told_then.day.isoformat(), told_then.tid)
            return self._relative(mention, told_then.day, "D", anchor)
        if ref is Reference.DCT:
            if self.dct is None:
                return readers.unknown(mention.partial), Anchor(AnchorKind.DCT), False, None
            return self._relative(
                mention, self.dct, "D", Anchor(AnchorKind.DCT, self.dct.isoformat())
            )
        if (
            ref is Reference.NARRATIVE
            and mention.partial.weekday is not None
            and mention.partial.hour is not None
        ):
            # "at noon that Monday", "8 a.m. the following Monday": the weekday as it is
            # read alone, at that time of day
            p = mention.partial
            day_only = dataclasses.replace(
                mention, partial=dataclasses.replace(p, hour=None, minute=None, zone=None)
            )
            value, anchor, certain, placed = self._value(day_only)
            if placed is not None and placed[1] == "D":
                value = readers.time_of(placed[0].isoformat(), p)
            return value, anchor, certain, placed
        if (
            ref is Reference.NARRATIVE
            and self._stamp
            and self.entry_day is None
            and self.dct is not None
            and readers.clock_only(mention.partial)
            and mention.partial.zone is not None
        ):
            # "The arena shut on Sunday. 12:45 BST: Welcome to our live coverage.": a live
            # blog's stamp is on the day of the telling, not on the day the text spoke of
            # (a chat's stamps keep the date written beside them, or the one before)
            return self._relative(
                mention, self.dct, "D", Anchor(AnchorKind.DCT, self.dct.isoformat())
            )
        if ref is Reference.NARRATIVE and self.dct is not None and self._titles_years_on(mention):
            # "25 years later, he still has the boots", over a story of 1969: the telling's
            # year, that many years on
            grain = mention.partial.granularity or "Y"
            anchor = Anchor(AnchorKind.DCT, self.dct.isoformat())
            return format_value(self.dct, grain), anchor, True, (self.dct, grain)
        if ref is Reference.NARRATIVE and self.dct is not None and self._of_the_telling(mention):
            return self._relative(
                mention, self.dct, "D", Anchor(AnchorKind.DCT, self.dct.isoformat())
            )
        if (
            ref is Reference.NARRATIVE
            and self.dct is not None
            and mention.partial.part_of_day == "NI"
            and mention.rule == "in-the-part-of-day"
            and _INTO_THIS_MORNING_AFTER.match(self.text, mention.end)
        ):
            # "worked through the night and into this morning": the night before it
            before = self.dct - _dt.timedelta(days=1)
            anchor = Anchor(AnchorKind.DCT, self.dct.isoformat())
            return readers.time_of(before.isoformat(), mention.partial), anchor, True, (before, "D")
        if ref is Reference.NARRATIVE:
            same_day = (
                self._day_of_event(mention)
                or self._day_in_sentence(mention)
                or self._day_of_clock_named_after(mention)
            )
            if same_day is not None:
                return same_day
            if self.narrative is None:
                return readers.unknown(mention.partial), Anchor(AnchorKind.NARRATIVE), False, None
            state = self.narrative
            p = mention.partial
            last = self.last_day
            just_named = (
                last is not None
                and 0 <= mention.start - last[0] <= _SAME_SENTENCE
                and _SENTENCE_END.search(self.text, last[0], mention.start) is None
            )
            named = (
                None
                if just_named and not mention.text.lower().startswith("the ")
                else self._weekday_named(mention)
            )
            if named is not None:
                # "On Wednesday 27 April 1994, queues formed ... just after 9am that
                # Wednesday": the day of that name the text told of
                return (
                    readers.time_of(named[1].isoformat(), p),
                    Anchor(AnchorKind.NARRATIVE, named[1].isoformat(), named[2]),
                    True,
                    (named[1], "D"),
                )
            state = self._time_just_named(mention) or state
            report_day = self._report_day_before(mention, state)
            if report_day is not None:
                state = report_day
            ahead = self._named_ahead_for_following(mention, state) or self._week_just_named(
                mention, _SAME_SENTENCE
            )
            if ahead is not None:
                state = ahead
            if (
                p.shift_unit == "D"
                and p.shift
                and p.weekday is None
                and just_named
                and last is not None
                and last[1] != state.day
                # a date written out, not a holiday named in passing ("weary from National
                # Day celebrations the night before")
                and self._previous_dated is not None
                and self._previous_dated.tid == last[2]
            ):
                # "a 2-0 win over Olean on Sunday, Aug. 7, 1949, came in the second game;
                # he told no one until the next day": counted from the day its sentence named
                state = Narrative(last[1], "D", last[2], True, last[0])
            if (
                p.weekday is not None
                and (
                    p.direction is Direction.SAME
                    or (p.direction in (Direction.FUTURE, Direction.PAST) and state.position < 0)
                )
                and just_named
                and last is not None
            ):
                # "planned for the week of February 12, ... at noon that Monday": the
                # week just named, wherever the story is; "printed in the issue of
                # Saturday 20 August 1892 ... set in type on the Thursday evening ... not
                # read until the following Monday": counted from the day just named
                state = Narrative(last[1], "D", last[2], True, last[0])
            finer_unit = p.shift_unit in ("W", "M") and state.grain in ("Y", "SE", "Q", "H")
            if (
                state.grain != "D"
                and (p.shift_unit == "D" or p.hour is not None or p.part_of_day or finer_unit)
                and last is not None
                and format_value(last[1], state.grain) == format_value(state.day, state.grain)
            ):
                # "this week ... last Tuesday's hearing ... the next morning": the story is
                # at a week, and the day named within it is the one counted from; so is it
                # for a month in a story at a year ("the Friday before Christmas, 1974 ...
                # since the start of the month").
                state = Narrative(last[1], "D", last[2], True, last[0])
            if (
                p.hour is not None
                and not p.shift
                and p.weekday is None
                and p.day is None
                and last is not None
                and last[0] <= mention.start
                and last[0] > self._quotation_start(mention.start)
            ):
                # "'Last Tuesday, outside the bookie's. Twenty past four in the afternoon,'":
                # a time said in a quotation is on the day it named
                state = Narrative(last[1], "D", last[2], True, last[0])
            morning = (
                self.clock_order.morning_after_night(mention.start, _SMALL_HOURS_REACH)
                if state.grain == "D"
                and p.part_of_day == "MO"
                and not p.shift
                and p.weekday is None
                and not mention.text.lower().startswith("that")  # the morning of that day
                else None
            )
            if (
                state.grain == "D"
                and p.part_of_day in ("MO", "AF", "EV")
                and p.shift == 1
                and self.clock_order.small_hours_day(mention.start, _FOLLOWING_MORNING_REACH)
                == state.day
            ):
                # "alerted shortly after 1am ... disrupted for most of the following
                # morning", "at 12:26. He died the next afternoon": the day after the
                # night is the small hours' own day
                state = dataclasses.replace(state, day=state.day - _dt.timedelta(days=1))
            night = (
                self.clock_order.night_of_last(mention.start, _SMALL_HOURS_REACH)
                if state.grain == "D"
                and p.part_of_day == "NI"
                and p.hour is None
                and not p.shift
                and p.weekday is None
                and not mention.text.lower().startswith("that")
                else None
            )
            if night is not None and 0 < abs((night - state.day).days) <= 2:
                # "split around 11 p.m. Tuesday ... Crews worked through the night": the
                # night the last time told is in
                state = dataclasses.replace(state, day=night)
            if morning is not None and 1 <= (morning - state.day).days <= 2:
                # "the evening of Thursday 15 October ... At twenty past three the wind
                # woke me ... in the morning", "on Friday night ... at about half past ten
                # ... None of us believed it until morning": the morning after the night
                state = dataclasses.replace(state, day=morning)
            if (
                p.hour is not None
                and p.weekday is None
                and not p.shift
                and self.dct is not None
                and self.dct < state.day <= self.dct + _dt.timedelta(days=_STORY_AHEAD_DAYS)
                and self._tense(mention) is Tense.PAST
                # "booked the back room from 7:30pm": a time arranged for
                and not _ARRANGED_BEFORE.search(
                    self.text, max(0, mention.start - 80), mention.start
                )
            ):
                # "from 1 December the porters will move to 12-hour shifts. The meeting
                # closed at 3.40pm": a time told in the past is on no day still to come
                state = self.told_day or Narrative(self.dct, "D", None)
            if (
                (p.hour is not None or p.part_of_day)
                and p.weekday is None
                and not p.shift
                and self.dct is not None
                and self.dct - _dt.timedelta(days=_RECENT_STORY_DAYS) <= state.day < self.dct
                and not self._stamp  # a chat's stamp is when its message was sent
                and self._will_come(mention)
            ):
                # "after rain washed out Friday's play. Play is scheduled to start at
                # 9.30am": a time looked ahead to from the telling is on no day gone by
                state = Narrative(self.dct, "D", None)
            written = self.written_year
            if (
                (p.hour is not None or p.part_of_day)
                and state.position < 0
                and self.present_at < 0  # nor has the text spoken of its own present
                and written is not None
                and self.dct is not None
                and written.day.year < self.dct.year - 1
            ):
                # "met in the summer of 2011 ... talked until four in the morning": the
                # story has no day yet, but it is in a year the text wrote, not today
                state = written
            if (
                (p.hour is not None or p.part_of_day)
                and state.grain != "D"
                and not p.shift
                and p.weekday is None
            ):
                # "by midday" with the story at a month or a year: a time of day needs a
                # day. Near the DCT it is the DCT's; in a story of another time, unknown.
                if self.dct is not None and abs(state.day.year - self.dct.year) <= 1:
                    state = Narrative(self.dct, "D", None)
                else:
                    known = format_value(state.day, "M" if state.grain == "M" else "Y")
                    day_text = (known + "-XX-XX")[:10]
                    anchor = Anchor(AnchorKind.NARRATIVE, known, state.tid)
                    return readers.time_of(day_text, p), anchor, False, None
            if (
                p.shift
                and p.shift_unit == "D"
                and state.grain in ("M", "Y", "SE", "Q", "H")
                and p.weekday is None
                and p.month is None
                and p.day is None
            ):
                # "In 1962 she left. The next morning ...": a day counted from a month or
                # a year is a day of it, which one unknown
                known = format_value(state.day, "M" if state.grain == "M" else "Y")
                day_text = (known + "-XX-XX")[:10]
                anchor = Anchor(AnchorKind.NARRATIVE, known, state.tid)
                return readers.time_of(day_text, p), anchor, False, None
            plan = (
                # "Work is expected to start early in the new year": the year after now
                (p.shift == 0 or mention.rule == "the-new-year")
                and p.shift_unit in ("W", "M", "Q", "Y")
                and self.dct is not None
                and (state.day < self.dct or self.written_year is not None)
                # in a log of 1887 or a diary of 1870, "by the end of the month" is theirs
                and not (state.from_text and self.dct.year - state.day.year > 1)
                # "for Christmas Eve but won't have a minute that week": that one's week;
                # "until the end of that year": the year just named
                and not mention.text.lower().startswith("that")
                and _THAT_YEAR.search(mention.text) is None
                and (
                    self._ahead_of_telling(mention, state)
                    or cues.UP_TO_NOW_SINCE.search(
                        self.text, max(0, mention.start - 90), mention.start
                    )
                    is not None
                )
            )
            if plan and self.dct is not None:
                # "will be reviewed at the end of the month": a plan counts from now, not
                # from the past date the story was at, nor from a year written before.
                state = Narrative(self.dct, "D", None)
            written = self.written_year
            if (
                not plan
                and written is not None
                and (mention.partial.shift_unit in ("M", "Q", "Y", "DE", "CE") or p.month)
                and written.position > state.position
                # "the end of the month" is no month of a year named in passing ("since 1814")
                and not (p.shift == 0 and p.shift_unit in ("M", "Q") and written.grain == "Y")
            ):
                state = written
            anchor = Anchor(AnchorKind.NARRATIVE, format_value(state.day, state.grain), state.tid)
            return self._relative(mention, state.day, state.grain, anchor)
        shared = self.range_years.get(mention.start)
        month = mention.partial.month
        if shared is not None and month is not None:
            # "from Jan. 5 to Feb. 20, 2004": the range's year is written once, at its end.
            p = mention.partial
            end_month, end_day, year = shared
            if (month, p.day or 1) > (end_month, end_day):
                year -= 1
            day = safe_date(year, month, p.day or 1)
            if day is not None:
                value = readers.day_value(p, year) if p.day else f"{year:04d}-{month:02d}"
                return value, Anchor(), True, (day, "D" if p.day else "M")
        return self._year_less(mention)

    def _weekday_apposed_to_day(self, mention: Mention) -> Result | None:
        """ "the next day, the Saturday, we did it again": a weekday set after a day of
        that weekday names it again."""
        previous = self._previous
        day = day_named_again(self.text, previous, mention)
        if day is None or previous is None:
            return None
        anchor = Anchor(AnchorKind.NARRATIVE, day.isoformat(), previous.tid)
        return readers.time_of(day.isoformat(), mention.partial), anchor, True, (day, "D")

    def _holiday_apposed_to_day(self, mention: Mention) -> Result | None:
        """ "Thursday, May 30. Decoration Day.": a holiday set right after the date it falls
        on is that date, in that date's year."""
        previous, p = self._previous, mention.partial
        if (
            previous is None
            or p.holiday is None
            or p.year is not None
            or not readers.FULL_DAY.fullmatch(previous.value)
            or not set_right_after(self.text, previous.end, mention.start)
        ):
            return None
        day = _dt.date.fromisoformat(previous.value)
        item = self.observances.named_at(p.holiday, mention.start)
        if readers.observance_day(item, day.year, p) != day:
            return None
        anchor = Anchor(AnchorKind.NARRATIVE, previous.value, previous.tid)
        return readers.observance_value(day, p), anchor, True, (day, "D")

    def _weekday_of_holiday(self, mention: Mention) -> Result | None:
        """ "at Saturday's Anzac Day dawn service", "Monday's Memorial Day parade": a
        weekday whose possessive names a holiday is that holiday, where it falls on that
        weekday within a week of the story's day."""
        p = mention.partial
        story = self.narrative
        if (
            not readers.bare_weekday(p)
            or p.hour is not None
            or story is None
            or not self.text.startswith(("'s ", "’s "), mention.end)
        ):
            return None
        index = bisect.bisect_left(self._mention_starts, mention.end + 3)
        if index >= len(self._mentions) or self._mentions[index].start != mention.end + 3:
            return None
        holiday = self._mentions[index].partial.holiday
        if holiday is None:
            return None
        item = self.observances.named_at(holiday, mention.end + 3)
        for year in (story.day.year - 1, story.day.year, story.day.year + 1):
            day = readers.observance_day(item, year, self._mentions[index].partial)
            if (
                day is not None
                and day.isoweekday() == p.weekday
                and abs((day - story.day).days) <= _HOLIDAY_WEEKDAY_REACH
            ):
                anchor = Anchor(AnchorKind.NARRATIVE, format_value(story.day, story.grain))
                self.holidays_named[item.key] = (mention.end, day)  # the holiday is that day
                return readers.time_of(day.isoformat(), p), anchor, True, (day, "D")
        return None

    def _weekday_of_holiday_ahead(self, mention: Mention) -> Result | None:
        """ "Thanksgiving logistics thread ... Doors open at 1 on Thursday": in a chat
        looking ahead to a holiday it has just named, a weekday from two days before the
        holiday to three after is of the holiday's days ("first candle is Wednesday night",
        "Latkes Friday for leftovers night", the way back "sunday"). News and letters mean
        the nearest such weekday ("stores will open at 6 p.m. on Thanksgiving Day ... Rival
        Brightmart reports on Thursday")."""
        p = mention.partial
        if (
            not readers.bare_weekday(p)
            or p.weekday is None
            or p.direction is not Direction.TENSE
            or p.shift
            or self.dct is None
            or not self.holidays_named
            or not self.chat.is_chat()
        ):
            return None
        for end, day in self.holidays_named.values():
            ahead = (day - self.dct).days
            if not 0 < ahead <= _HOLIDAY_AHEAD_DAYS or not 0 < mention.start - end <= (
                _HOLIDAY_AHEAD_REACH
            ):
                continue
            beside = (p.weekday - day.isoweekday() + 3) % 7 - 3  # -3 .. 3 days from it
            if not -2 <= beside <= 3:  # from two days before to the weekend after
                continue
            if self._tense(mention) is Tense.PAST:
                return None
            chosen = day + _dt.timedelta(days=beside)
            anchor = Anchor(AnchorKind.DCT, self.dct.isoformat())
            return readers.time_of(chosen.isoformat(), p), anchor, True, (chosen, "D")
        return None

    def _day_in_sentence(self, mention: Mention) -> Result | None:
        """ "tmrw @ 8:30pm": a clock time alone is on the day its sentence names; so is "in
        the morning" ("comes down to tomorrow, and the first hour in the morning")."""
        p = mention.partial
        last = self.last_day
        part_alone = p.part_of_day is not None and mention.rule == "in-the-part-of-day"
        if (p.hour is None and not part_alone) or p.shift or p.weekday is not None or last is None:
            return None
        end, day, tid = last
        if p.hour is None and end != self._deictic_day_end:
            return None  # "through the night" after "till 2 am on Friday": the night before
        if not 0 <= mention.start - end <= _SAME_SENTENCE or _SENTENCE_END.search(
            self.text, end, mention.start
        ):
            return None
        if self.text.startswith(",", end) and "," in self.text[max(0, end - 40) : end]:
            return None  # "The motion, tabled on Oct. 20, was defeated at 10:47 p.m."
        if end in self._story_deadline_ends:
            return None  # "promised fine weather until Thursday evening, and by 11:00"
        named = self._mention_of(tid)
        if (
            named is not None
            and _COUNTED_FROM_BEFORE.search(self.text, max(0, named.start - 8), named.start)
            and not _WHEN_AFTER.match(self.text, named.end)
        ):
            return None  # "a ticket that cost Sh1,200 before Christmas was Sh2,500 by 10am"
        anchor = Anchor(AnchorKind.NARRATIVE, day.isoformat(), tid)
        return readers.time_of(day.isoformat(), p), anchor, True, (day, "D")

    def _day_of_clock_named_after(self, mention: Mention) -> Result | None:
        """ "the 1:15 a.m. crash on Route 44 on Sept. 1, 1990": a clock time naming a thing
        is on the full date its clause goes on to give it."""
        p = mention.partial
        if (
            not readers.clock_only(p)
            or p.shift
            or cues.DETERMINER_BEFORE.search(self.text, max(0, mention.start - 6), mention.start)
            is None
            or cues.NOUN_AFTER.match(self.text, mention.end) is None
        ):
            return None
        index = bisect.bisect_left(self._mention_starts, mention.end)
        if index >= len(self._mentions):
            return None
        after = self._mentions[index]
        if after.start - mention.end > _SAME_SENTENCE // 2:
            return None
        gap = self.text[mention.end : after.start]
        if (
            not gap.endswith(("on ", "of "))
            or _CLAUSE_BREAK.search(gap) is not None
            or after.reference is not Reference.NONE
            or after.partial.year is None
            or after.partial.month is None
            or after.partial.day is None
        ):
            return None
        day = safe_date(after.partial.year, after.partial.month, after.partial.day)
        if day is None:
            return None
        anchor = Anchor(AnchorKind.NARRATIVE, day.isoformat(), f"t{index + 1}")
        return readers.time_of(day.isoformat(), p), anchor, True, (day, "D")

    def _day_of_event(self, mention: Mention) -> Result | None:
        """ "was arrested Saturday night ... was arrested without a struggle about 10:45
        p.m.": a clock time alone, in a clause whose verb told of a day, is that day's."""
        p = mention.partial
        if not readers.clock_only(p) or p.shift or self.quotes.inside(mention.start):
            return None
        told = self.event_days.day_of(mention.start)
        if told is None:
            return None
        day, tid = told
        anchor = Anchor(AnchorKind.NARRATIVE, day.isoformat(), tid)
        return readers.time_of(day.isoformat(), p), anchor, True, (day, "D")

    # ------------------------------------------------------------------ absolute
    def _absolute(self, mention: Mention) -> Result:
        p = mention.partial
        if p.holiday and p.year:
            day = readers.observance_day(
                self.observances.named_at(p.holiday, mention.start), p.year, p
            )
            if day is None:
                return f"{p.year:04d}", Anchor(), True, None
            self.holidays_named[p.holiday] = (mention.end, day)
            return readers.observance_value(day, p), Anchor(), True, (day, "D")
        if p.year is not None and p.month is not None:
            counted = readers.counted_day(p, p.year)  # "the second week of January 2023"
            if counted is not None:
                return counted.isoformat(), Anchor(), True, (counted, "D")
            if p.day is None:
                return (
                    f"{p.year:04d}-{p.month:02d}",
                    Anchor(),
                    True,
                    (_dt.date(p.year, p.month, 1), "M"),
                )
            day = safe_date(p.year, p.month, p.day)
            value = readers.day_value(p, p.year)
            return value, Anchor(), day is not None, (day, "D") if day else None
        return p.underspecified_value(), Anchor(), True, None

    # ------------------------------------------------------------------ relative
    def _relative(
        self, mention: Mention, base: _dt.date, base_grain: str, anchor: Anchor
    ) -> Result:
        p = mention.partial
        if p.nth is not None and p.weekday is None and p.shift_unit in ("M", "Y"):
            # "the last day of the month", "the first day of next year"
            unit_day = shift(base, p.shift_unit, p.shift or 0)
            month = unit_day.month if p.shift_unit == "M" else (1 if p.nth > 0 else 12)
            day = _dt.date(unit_day.year, month, 1)
            if p.nth < 0:
                day = _dt.date(unit_day.year, month, days_in_month(unit_day.year, month))
            return readers.time_of(day.isoformat(), p), anchor, True, (day, "D")
        if p.weekday is not None and p.shift_unit == "W" and p.nth is None:
            # "Wednesday last week": that weekday of the week named
            week_day = shift(base, "W", p.shift or 0)
            year, week, _ = week_day.isocalendar()
            day = _dt.date.fromisocalendar(year, week, p.weekday)
            return readers.time_of(day.isoformat(), p), anchor, True, (day, "D")
        if p.nth is not None and p.weekday is not None and p.month and p.shift_unit == "Y":
            year_day = shift(base, "Y", p.shift or 0)  # "the first Monday of the new year"
            nth = nth_weekday(year_day.year, p.month, p.weekday, p.nth)
            return readers.time_of(nth.isoformat(), p), anchor, True, (nth, "D")
        if p.nth is not None and p.weekday is not None and p.shift_unit == "M":
            month_day = shift(base, "M", p.shift or 0)  # "the last Friday of the month"
            nth = nth_weekday(month_day.year, month_day.month, p.weekday, p.nth)
            return readers.time_of(nth.isoformat(), p), anchor, True, (nth, "D")
        if p.weekday is not None and p.month is None:
            if base_grain == "Y":
                # "on the Friday afternoon" in a story set in a year: a day of that year
                vague = self._weekday_in_vague_story(mention)
                if vague is not None:
                    return vague
            tense = self._tense(mention)
            day = weekday_near(base, p.weekday, p.direction, tense)
            if (
                day == base == self.dct
                and self._told_in_evening
                and p.direction is Direction.TENSE
                and tense in (Tense.FUTURE, Tense.PRESENT, Tense.INTENDED)
                and p.part_of_day not in ("EV", "NI")
            ):
                # "finals start monday", posted at 11:48 pm on a Monday: the next one
                day += _dt.timedelta(days=7)
            if (
                p.direction is Direction.SAME
                and _DEFINITE.match(mention.text)
                # "Earlier that week, on the Tuesday": back in the story's week
                and not _EARLIER_BEFORE.search(self.text, max(0, mention.start - 30), mention.start)
            ):
                day = weekday_told_next(base, p.weekday)
                if self.dct is not None and day > self.dct >= base and tense is Tense.PAST:
                    day -= _dt.timedelta(days=7)  # told in the past: no later than the telling
                elif (day - base).days > 3 and is_past_perfect(self.text, mention.start):
                    # "had announced on the Friday", said at a Sunday: the one before it
                    day -= _dt.timedelta(days=7)
            if p.shift_unit == "D" and p.shift:
                day += _dt.timedelta(days=p.shift)  # "the day before last Tuesday"
            if tense is Tense.UNKNOWN and p.direction is Direction.TENSE and day != base:
                # "host Carford on Saturday at 3pm before travelling on Wednesday evening":
                # the next weekday in the sentence goes the way this one went
                went = Tense.FUTURE if day > base else Tense.PAST
                self._weekday_tense = (mention.end, went)
            return readers.time_of(day.isoformat(), p), anchor, True, (day, "D")
        if p.quarter is not None:
            year_day = shift(base, "Y", p.shift or 0)
            return f"{year_day.year:04d}-Q{p.quarter}", anchor, True, None
        if p.half is not None:
            year_day = shift(base, "Y", p.shift or 0)
            return f"{year_day.year:04d}-H{p.half}", anchor, True, None
        if p.season is not None:
            year = shift(base, "Y", p.shift or 0).year if p.shift_unit == "Y" else base.year
            months = _NORTHERN_SEASON_SPAN.get(p.season)
            # "struck on 31 January 1953 ... rebuilt the following spring": the first spring
            # after that day, of its own year; "in November ... the previous summer" too
            if (
                p.shift_unit == "Y"
                and months
                and base_grain in ("D", "W", "WE", "M")
                and (
                    (p.shift == 1 and base.month < months[0])
                    or (p.shift == -1 and base.month > months[1])
                )
            ):
                year = base.year
            placed = (_dt.date(year, SEASON_MONTH[p.season], 1), "SE")
            return f"{year:04d}-{p.season}", anchor, True, placed
        if p.month is not None and p.day is None and p.shift_unit is None:
            # "the following May": the first May after where the story is (the next
            # year's when the story is at a whole year), or the last one before it.
            coarse = base_grain in ("Y", "SE", "Q", "H")
            if p.direction is Direction.FUTURE:
                year = base.year + (coarse or p.month <= base.month)
            else:
                year = base.year - (coarse or p.month >= base.month)
            return f"{year:04d}-{p.month:02d}", anchor, True, (_dt.date(year, p.month, 1), "M")
        if p.day is not None and p.month is None and p.shift_unit == "M":
            in_month = shift(base, "M", p.shift or 0)  # "the 20th of last month"
            day_of = safe_date(in_month.year, in_month.month, p.day)
            if day_of is not None:
                return readers.time_of(day_of.isoformat(), p), anchor, True, (day_of, "D")
        if p.month is not None and p.day is None and p.shift_unit == "Y":
            year = shift(base, "Y", p.shift or 0).year  # "July last year"
            return f"{year:04d}-{p.month:02d}", anchor, True, (_dt.date(year, p.month, 1), "M")
        if p.month is not None and p.day is not None and p.shift_unit == "Y":
            year = shift(base, "Y", p.shift or 0).year  # "January sixteenth of next year"
            dated = safe_date(year, p.month, p.day)
            if dated is None:  # "Feb. 29 next year", in a year without one
                return f"{year:04d}-{p.month:02d}", anchor, False, None
            return readers.time_of(dated.isoformat(), p), anchor, True, (dated, "D")
        unit = p.shift_unit or "D"
        amount = p.shift or 0
        grain = p.granularity or unit
        if unit == "WE":
            if p.direction is Direction.TENSE:  # "over the weekend", "by the weekend"
                weekday_now = base.isoweekday() <= 5
                tense = self._tense(mention)
                # late in the week, a weekend said in the present is the coming one ("plan
                # for the weekend is a write-in", on a Friday); early, the one just gone
                said_for = (
                    _FOR_BEFORE.search(self.text, max(0, mention.start - 5), mention.start)
                    is not None
                )
                future = (
                    tense is Tense.FUTURE
                    or (
                        tense is Tense.PRESENT
                        # "I'm going home for the weekend", "away 4 the wknd": one to come
                        and (base.isoweekday() >= _LATE_IN_WEEK or said_for)
                    )
                    # "she went home 4 the wknd already", on a Thursday: gone for the one
                    # to come
                    or (said_for and base.isoweekday() >= _LATE_IN_WEEK)
                )
                # "It was not back by the weekend", told of a day long past: the story's
                # coming weekend
                in_story = (
                    self._weekend_of_story(mention) is not None
                    and cues.SINCE.search(self.text, max(0, mention.start - 10), mention.start)
                    is None
                )
                # the coming weekend, or the one the telling is in; else the last one
                amount = 0 if future or in_story or not weekday_now else -1
            weekend = weekend_near(base, amount)
            return format_value(weekend, "WE"), anchor, True, (weekend, "WE")
        if (
            unit == "W"
            and amount == 0
            and grain == "W"
            and base.isoweekday() == _SUNDAY
            and anchor.kind is AnchorKind.DCT
            and self._tense(mention) is Tense.FUTURE
        ):
            base += _dt.timedelta(days=1)  # "Crews will pick up debris this week", on a Sunday
        day = shift(base, unit, amount)
        if (
            grain in ("DE", "CE")
            and amount
            and p.direction is not Direction.NONE
            and mention.rule != "past-n-units"
        ):
            grain = "Y"  # "a decade later" is a year; "the following decade", "last century" not
        grain = coarser(
            grain if grain in ("D", "W", "M", "Q", "Y", "DE", "CE") else "D", base_grain
        )
        if (p.part_of_day or p.hour is not None) and grain == "D":
            return readers.time_of(day.isoformat(), p), anchor, True, (day, "D")
        return format_value(day, grain), anchor, True, (day, grain)

    # ------------------------------------------------------------------ year-less
    def _year_less(self, mention: Mention) -> Result:
        p = mention.partial
        if p.weekday is not None and p.direction is Direction.NONE and readers.bare_weekday(p):
            # "on a Thursday", "One Monday, in the middle of winter": some such day; in a
            # memoir's summer of 1976, one of that year's; "on 3 April 1932, a Sunday": the
            # weekday of the date before it
            previous = self._previous
            if previous is not None and COMMA.fullmatch(self.text, previous.end, mention.start):
                return self._year_less(
                    dataclasses.replace(
                        mention, partial=dataclasses.replace(p, direction=Direction.TENSE)
                    )
                )
            vague = self._weekday_in_vague_story(mention)
            if vague is not None:
                return vague
            value = f"XXXX-WXX-{p.weekday}" + (f"T{p.part_of_day}" if p.part_of_day else "")
            return value, Anchor(), False, None
        in_story = (
            self._day_of_its_event(mention)
            or self._day_of_holiday_after(mention)
            or self._date_ending_range(mention)
            or self._season_apposed_to_year(mention)
            or self._weekday_ending_range(mention)
            or self._weekday_listed_after(mention)
            or self._weekday_on_itinerary_line(mention)
            or self._weekday_heading_addition(mention)
            or self._weekday_starting_range(mention)
            or self._possessive_weekday_named(mention)
            or self._weekday_in_story_week(mention)
            or self._weekday_in_week_just_named(mention)
            or self._later_day_in_story_month(mention)
            or self._day_in_month_just_named(mention)
            or self._weekday_by_day_of_story_month(mention)
            or self._weekday_foreseen(mention)
            or self._weekday_foreseen_then(mention)
            or self._weekday_after_day_planned(mention)
            or self._weekday_planned_just_before(mention)
            or self._weekday_fits_written_year(mention)
            or self._date_in_year_just_written(mention)
            or self._date_in_when_clause(mention)
            or self._date_with_year_after(mention)
            or self._holiday_in_month_just_named(mention)
            or self._date_near_full_date_ahead(mention)
            or self._date_in_year_just_named(mention)
        )
        if in_story is not None:
            return in_story
        first_item = self._first_log_item(mention)
        if first_item is not None:
            return first_item
        if (
            self.entry_day is not None
            and not self._told_before_plans(mention)
            and not self._story_left_entry()
        ):
            entry, entry_tid = self.entry_day
            anchor = Anchor(AnchorKind.NARRATIVE, entry.isoformat(), entry_tid)
            listed = self._next_listed_day(mention, entry)
            if listed is not None:
                return readers.time_of(listed.isoformat(), p), anchor, True, (listed, "D")
            return self._year_less_from(mention, entry, anchor)
        story = self._story_for(mention)
        if (
            story is not None
            and readers.bare_weekday(p)
            and self._years_told_reach_now(story, mention)
        ):
            story = None
        # "next spring" is counted from the telling; "the next spring" from the story
        deictic = p.direction in (
            Direction.PAST,
            Direction.FUTURE,
            Direction.SAME,
        ) and not mention.text.lower().startswith("the ")
        if (
            story is not None
            and deictic
            and p.weekday is None
            and not self.quotes.inside(mention.start)
        ):
            story = None  # "until last fall", "next spring": counted from the telling
        if (
            story is not None
            and self.dct is not None
            and 0 < (story.day - self.dct).days <= _FORESEEN_STORY_AWAY_DAYS
            and p.weekday is None
            and not self.quotes.inside(mention.start)
            and self._tense(mention) is Tense.PAST
        ):
            story = None  # "takes effect Jan. 1 ... The law passed in May": a past of now
        vague = self._weekday_in_vague_story(mention)
        if vague is not None:
            return vague
        refit = self._pair_off_the_story_year(p, story) if story is not None else None
        if refit is not None and story is not None and self.dct is not None:
            # "fitted in 2012 ... Fri 04/03 09:12", texted in March 2022; "In the fourth
            # quarter of 2015 ... At 11:52 p.m. on Saturday, Feb. 20": the year they fit
            fitting, of_story = refit
            refit_anchor = (
                Anchor(AnchorKind.NARRATIVE, format_value(story.day, story.grain), story.tid)
                if of_story
                else Anchor(AnchorKind.DCT, self.dct.isoformat())
            )
            return readers.day_value(p, fitting.year), refit_anchor, True, (fitting, "D")
        if story is not None:
            # The story has moved to another year ("It was the summer of 1969. On July
            # 20, ..."): year-less dates belong to it, not to the publication year, and a
            # story told in order goes forward from there.
            anchor = Anchor(AnchorKind.NARRATIVE, format_value(story.day, story.grain), story.tid)
            # "In 1997 she made an exception. He arrived on Friday, October 31": a weekday
            # and date in a story set in a year are of that year, in a text that has not
            # spoken of its own present ("expects growth next year. In 1988, the company
            # earned ...": news of this year)
            dated_in_year = (
                p.day is not None and story.grain in ("Y", "SE", "Q") and self.present_at < 0
            )
            if (p.weekday is None or p.nth is not None or dated_in_year) and (
                p.month is not None or p.season is not None or p.holiday is not None
            ):
                return self._in_story(mention, story, anchor)
            if p.weekday is not None and p.month is None and p.day is None and story.grain == "D":
                # "on Monday, 6 October 1952 ... on Sunday she walked": a story told in
                # order goes forward to the next such day; what "had" happened on a weekday
                # lies before it.
                # "'He's been in the water since Saturday night,' said the doctor" on the
                # story's Monday: what one who speaks in it tells in the past lies before
                # the day they speak on
                spoken_of_past = (
                    self.quotes.inside(mention.start) and self._tense(mention) is Tense.PAST
                )
                if spoken_of_past or is_past_perfect(self.text, mention.start):
                    back = (self._weekday_of(story.day) - p.weekday) % 7 or 7
                    story_day = story.day - _dt.timedelta(days=back)
                else:
                    # "the children dug for a week. By Friday ..." said on a Friday: the
                    # next one, unless the same sentence named the day ("three days
                    # later, on a cold, bright Wednesday").
                    same_sentence = not _SENTENCE_END.search(
                        self.text, story.position, mention.start
                    )
                    # "The next morning ... by noon ... Tom spent Thursday night": a later
                    # part of the story's own day is that day.
                    later_part = p.part_of_day in ("AF", "EV", "NI")
                    # "week beginning Monday 12 January. Monday. Bath at 6:30": a heading
                    # names the story's own day again
                    heading = readers.stands_alone(self.text, mention.start, mention.end)
                    # "Ten years this Saturday": a story set at a day from its first line
                    # has not yet told that day
                    untold = story.whole_text
                    ahead = (p.weekday - self._weekday_of(story.day)) % 7 or (
                        0 if same_sentence or later_part or heading or untold else 7
                    )
                    story_day = story.day + _dt.timedelta(days=ahead)
                    if (
                        self.dct is not None
                        and story_day > self.dct >= story.day
                        and self._tense(mention) is Tense.PAST
                    ):
                        # "died London 13 March 2016. Dusty Oduya, who died on Sunday":
                        # what is told in the past is no later than the telling
                        story_day -= _dt.timedelta(days=7)
                return readers.time_of(story_day.isoformat(), p), anchor, True, (story_day, "D")
            day_number = readers.day_of_month_alone(p)
            if day_number is not None:
                # "In late April of 1770 ... on the 29th": a day of the story's month, or
                # of the next one when the story is already past that day.
                month_of = story.day
                looks_back = is_past_perfect(self.text, mention.start)
                # "On the Saturday ... wired on the twentieth": a day a few days back is a
                # step back in the story's month
                step_back = story.day.day - day_number <= STEP_BACK_DAYS
                if (
                    story.grain == "D"
                    and day_number < story.day.day
                    and not looks_back
                    and not step_back
                ):
                    month_of = shift(story.day, "M", 1)
                elif story.grain == "D" and day_number > story.day.day and looks_back:
                    month_of = shift(story.day, "M", -1)  # "had come on the 30th", on the 2nd
                elif story.grain == "D" and day_number > story.day.day:
                    # "right before May Day ... full on the 29th": a day or two back, in the
                    # month before, not four weeks on
                    month_of = day_across_month_turn(story.day, day_number) or month_of
                day = safe_date(month_of.year, month_of.month, day_number)
                if day is not None and story.grain in ("D", "M"):
                    return readers.time_of(day.isoformat(), p), anchor, True, (day, "D")
            return self._year_less_from(mention, story.day, anchor)
        in_written = self._in_time_written(mention)
        if in_written is not None:
            return in_written
        if self.dct is not None:
            anchor = Anchor(AnchorKind.DCT, self.dct.isoformat())
            return self._year_less_from(mention, self.dct, anchor)
        return readers.unknown(p), Anchor(AnchorKind.DCT), False, None

    def _year_less_from(self, mention: Mention, ref: _dt.date, anchor: Anchor) -> Result:
        p = mention.partial
        tense = self._tense(mention)
        if p.weekday is not None and p.month is None and p.day is None:
            return self._relative(mention, ref, "D", anchor)
        if p.holiday:
            item = self.observances.named_at(p.holiday, mention.start)
            return self._holiday(mention, item, tense, anchor, ref)
        if p.season is not None:
            # "the winter" in a text of Wellington or Sydney runs from June to August
            south = self.observances.country in SOUTHERN_COUNTRIES
            month = (SOUTHERN_SEASON_MONTH if south else SEASON_MONTH)[p.season]
            year = pick_year(ref, month, 15, p.direction, tense, cost=WRONG_SIDE_MONTHS)
            across_new_year = p.season == ("SU" if south else "WI")
            if across_new_year and ref.month in (1, 2) and p.direction is Direction.SAME:
                year = ref.year - 1  # "this winter" said in January began in December
            turning = p.direction in (Direction.PAST, Direction.FUTURE)
            if turning and ref.month in season_months(p.season, south):
                # "last winter" said in winter is the winter before this one.
                current = ref.year - (across_new_year and ref.month < 3)
                year = current + (1 if p.direction is Direction.FUTURE else -1)
            return f"{year:04d}-{p.season}", anchor, True, None
        if p.quarter is not None:
            quarter_now = (ref.month - 1) // 3 + 1
            year = ref.year
            if tense is not Tense.FUTURE and p.quarter > quarter_now:
                year -= 1  # news reports quarters once they are over
            if tense is Tense.FUTURE and quarter_now - p.quarter >= 2:
                # "will close in the first quarter", said in the fourth; but "will report
                # third-quarter results" in the fourth is the quarter just over.
                year += 1
            return f"{year:04d}-Q{p.quarter}", anchor, True, None
        if p.day is not None and p.month is None:
            said = self.days_of_month.get(p.day)
            if (
                said is not None
                and p.weekday is None
                and 0 <= mention.start - said[0] <= _DAY_OF_MONTH_REACH
            ):
                # "is the 21st still good? | Aisha: 21st works for me": the day just named
                day = said[1]
                said_anchor = Anchor(AnchorKind.NARRATIVE, day.isoformat(), said[2])
                return readers.time_of(day.isoformat(), p), said_anchor, True, (day, "D")
            ahead = self._month_of_days_ahead(mention, ref, tense)
            if ahead is not None and p.weekday is None:
                # "land Fri the 14th ... | Jess: wait is it the 7th??": a day of the month
                # alone after days still to come is of their month, if it is still to come
                planned = safe_date(ahead[1].year, ahead[1].month, p.day)
                if planned is not None and planned > ref:
                    ahead_anchor = Anchor(AnchorKind.NARRATIVE, ahead[1].isoformat(), ahead[2])
                    value = readers.time_of(planned.isoformat(), p)
                    return value, ahead_anchor, True, (planned, "D")
            if (
                anchor.kind is AnchorKind.NARRATIVE
                and tense is Tense.PAST
                and not is_past_perfect(self.text, mention.start)
                # a post's own day is its telling: "it got missed on the 27th", posted on
                # 2 January, is December's
                and not (self.entry_day is not None and self.entry_day[0] == ref)
            ):
                # "On Monday night they ran out of beds ... on Tuesday the ninth": a story
                # told in the past goes on, so its past is no bound
                tense = Tense.UNKNOWN
            day_value = (
                weekday_day_near(ref, p.day, p.weekday, tense)
                if p.weekday is not None
                else day_in_month_near(ref, p.day, tense)
            )
            if day_value is None:
                return readers.unknown(p), anchor, False, None
            return readers.time_of(day_value.isoformat(), p), anchor, True, (day_value, "D")
        if p.month is not None:
            mid_day = p.day if p.day is not None else 15
            cost = WRONG_SIDE_DAYS if p.day is not None else WRONG_SIDE_MONTHS
            this_year = readers.counted_day(p, ref.year)
            if this_year is not None:
                # "School started on the first Tuesday of September", said on 2 September
                # 2015: a day, on the side of the telling its tense says
                mid_day, cost = this_year.day, WRONG_SIDE_DAYS
            if (
                tense is Tense.PAST
                and p.day is not None
                and p.weekday is None
                and _PAST_VERB_JUST_BEFORE.search(
                    self.text, max(0, mention.start - 24), mention.start
                )
                and days_ahead(ref, p.month, p.day) > _DATE_SLIP_DAYS
            ):
                cost = _FIRM_PAST_DAYS  # "died Jan. 9", said on 30 December: that January's
            year = pick_year(ref, p.month, mid_day, p.direction, tense, cost=cost)
            counted = readers.counted_day(p, year)  # "the third Wednesday of June"
            if counted is not None:
                return readers.time_of(counted.isoformat(), p), anchor, True, (counted, "D")
            if p.day is None:
                day = _dt.date(year, p.month, 1)
                return f"{year:04d}-{p.month:02d}", anchor, True, (day, "M")
            day_value = safe_date(year, p.month, p.day)
            fitting = self._year_the_weekday_fits(mention, ref, day_value)
            if (
                fitting is None
                and day_value is not None
                and abs((day_value - ref).days) > _NEAR_DAYS
                and readers.names_the_present(self.text, mention.start)
            ):
                fitting = self._year_the_present_fits(p, day_value)
            if fitting is not None:
                year, day_value = fitting.year, fitting
            # a year the weekday was found to fit is as sure as a near one
            certain = fitting is not None or (
                day_value is not None and abs((day_value - ref).days) <= _CERTAIN_DAYS
            )
            return (
                readers.day_value(p, year),
                anchor,
                certain,
                (day_value, "D") if day_value else None,
            )
        return readers.unknown(p), anchor, False, None

    def _month_of_days_ahead(
        self, mention: Mention, ref: _dt.date, tense: Tense
    ) -> tuple[int, _dt.date, str] | None:
        """The last day of the month said alone, just before ``mention``, when it lies
        after ``ref``, the day counted from: the month a plan is in ("U-Haul booked for the
        29th ... goodbye party on the 23rd", said on the 7th). What is told in the past
        keeps to the days gone by."""
        if tense is Tense.PAST:
            return None
        near = [
            said
            for said in self.days_of_month.values()
            if 0 <= mention.start - said[0] <= _DAY_OF_MONTH_REACH
        ]
        if not near:
            return None
        last = max(near)
        return last if last[1] > ref else None

    def _year_the_weekday_fits(
        self, mention: Mention, ref: _dt.date, chosen: _dt.date | None
    ) -> _dt.date | None:
        """ "GOT THEM 🎉 Sat 10 June at the O2", tweeted in November 2022: a weekday and
        date that do not fit the year chosen, months away, fit the next (or the last)
        year, still within the months ahead: that year. Before that, the year most of the
        text's pairs fit ("Thurs 9 Feb ... Fri 10 Feb", a diary published a year on);
        after it, the year of a time written long before that the pair fits. The date
        heading a diary entry or a letter ("Wednesday 14 November.", written that day) may
        reach a year further back. Otherwise a date near the telling keeps its year, and a
        wrong weekday there is for the checks to report."""
        p = mention.partial
        if p.weekday is None or p.day is None or p.month is None or chosen is None:
            return None
        if self._weekday_fits(p, chosen.year):
            return None
        beside_dated = self._day_beside_full_date(p)
        if beside_dated is not None:
            return beside_dated
        if self.pairs_year is not None and self._weekday_fits(p, self.pairs_year):
            # "Mon 2/15 ... Wed 2/17", a year on: the year the text's pairs agree on
            return safe_date(self.pairs_year, p.month, p.day)
        if chosen < ref and self._tense(mention) in (Tense.FUTURE, Tense.INTENDED):
            # "next year's race is set for Sunday, Sept. 24", said on 26 September 1988:
            # a day still to come that the weekday puts in the year ahead
            ahead = safe_date(chosen.year + 1, p.month, p.day)
            if ahead is not None and self._weekday_fits(p, ahead.year):
                return ahead
        if abs((chosen - ref).days) > _NEAR_DAYS:
            heading = readers.stands_alone(self.text, mention.start, mention.end)
            reach = _HEADING_FIT_REACH_DAYS if heading else _FIT_REACH_DAYS
            for year in (chosen.year + 1, chosen.year - 1):
                other = safe_date(year, p.month, p.day)
                if (
                    other is not None
                    and self._weekday_fits(p, year)
                    and abs((other - ref).days) <= reach
                ):
                    return other
            for years in self.years_back:
                # "on Thursday the 3rd of May ... not set foot there for thirty-five
                # years", told in 2014: the year so many years back that the pair fits
                back = safe_date(ref.year - years, p.month, p.day)
                if back is not None and self._weekday_fits(p, back.year):
                    return back
        near_period = self._day_near_written_period(p, abs((chosen - ref).days) > _NEAR_DAYS)
        if (
            near_period is not None
            or chosen <= ref
            or self._tense(mention) is not Tense.PAST
            or not _ORDINAL_DAY.search(mention.text)
            or self._set_as_deadline(mention)
        ):
            return near_period
        # "Jefferson High opened on Tuesday, September 2nd", told in August 1999: a pair
        # told in the past that the telling's year would put still ahead, and whose weekday
        # does not fit that year, is of the last year before it that the weekday fits. Only
        # a day written as an ordinal, as stories write it: news writes "Tuesday, Sept. 2"
        # of its own weeks, where a wrong weekday is for the checks to report; nor a
        # deadline ("ruled that he must be returned by Saturday, Jan. 14th").
        for years in range(1, _PAST_FIT_YEARS + 1):
            back = safe_date(chosen.year - years, p.month, p.day)
            if back is not None and back < ref and self._weekday_fits(p, back.year):
                return back
        return None

    def _set_as_deadline(self, mention: Mention) -> bool:
        """Whether a day is a deadline or a term ("must be returned by Saturday, Jan.
        14th", "postponed until", "due Oct. 15"), which a past-tense sentence may set
        still ahead."""
        before = max(0, mention.start - _DEADLINE_REACH)
        return any(
            cue.search(self.text, before, mention.start) is not None
            for cue in (cues.BY, cues.DEADLINE, cues.DUE_BEFORE)
        )

    def _year_the_present_fits(self, p: Partial, chosen: _dt.date | None) -> _dt.date | None:
        """ "It's Thursday the 19th of November and Maya has forty-one hours", in a book
        out that September: the day a text says it is now, months from the telling, is in
        the year nearest the one chosen that its weekday fits (near the telling, a wrong
        weekday is for the checks to report)."""
        if p.weekday is None or p.day is None or p.month is None or chosen is None:
            return None
        if self._weekday_fits(p, chosen.year):
            return None
        for offset in (1, -1, 2, -2, 3, -3):
            day = safe_date(chosen.year + offset, p.month, p.day)
            if day is not None and self._weekday_fits(p, day.year):
                return day
        return None

    def _pair_off_the_story_year(
        self, p: Partial, story: Narrative
    ) -> tuple[_dt.date, bool] | None:
        """A weekday and date that do not fit the story's year: the day they fit within
        half a year of the telling, else in a year beside the story's (and whether that
        day is the story's)."""
        if p.weekday is None or p.month is None or p.day is None or self.dct is None:
            return None
        if p.year is not None or self._weekday_fits(p, story.day.year):
            return None
        near_telling = [
            day
            for year in (self.dct.year - 1, self.dct.year, self.dct.year + 1)
            if (day := safe_date(year, p.month, p.day)) is not None
            and self._weekday_fits(p, year)
            and abs((day - self.dct).days) <= _CERTAIN_DAYS
        ]
        if near_telling:
            return near_telling[0], False
        beside_story = [
            day
            for year in (story.day.year - 1, story.day.year + 1)
            if (day := safe_date(year, p.month, p.day)) is not None
            and self._weekday_fits(p, year)
            and abs((day - story.day).days) <= STORY_AWAY_YEAR_DAYS
        ]
        if beside_story:
            return min(beside_story, key=lambda day: abs((day - story.day).days)), True
        for years in self.years_back:
            # "found the diary in April 1952 ... sixty-three years after it was written.
            # 'Thursday, May 30.'": the year so many years before the story's that fits
            back = safe_date(story.day.year - years, p.month, p.day)
            if back is not None and self._weekday_fits(p, back.year):
                return back, True
        return None

    def _day_beside_full_date(self, p: Partial) -> _dt.date | None:
        """ "on Thursday, the fourteenth of August ... under the date 15-8-47", told in
        2017: a weekday and date that do not fit the year chosen but fall within weeks of
        a day the text writes with its year, long before the telling, and fit that year,
        are of it. A pair near a recent date keeps its year, for the checks to see."""
        assert p.month is not None and p.day is not None
        for written in self.full_dates:
            if self.dct is not None and self.dct.year - written.year < _LONG_BEFORE_YEARS:
                continue
            day = safe_date(written.year, p.month, p.day)
            if (
                day is not None
                and self._weekday_fits(p, written.year)
                and abs((day - written).days) <= _BESIDE_FULL_DATE_DAYS
            ):
                return day
        return None

    @functools.cached_property
    def written_periods(self) -> tuple[tuple[_dt.date, int], ...]:
        """The times the text writes with a year but no day, read when first needed (a
        weekday and date that fit no year near the telling are rare)."""
        return readers.written_periods(self._mentions)

    def _note_framing_decade(self, mention: Mention) -> None:
        """ "In the late 1980s the bank still kept its vault in a basement": a part of a
        decade that opens a sentence sets the years a story's weekday-date pairs may be of
        ("closed at 3 p.m. on Friday, March 13" is 1987's)."""
        p = mention.partial
        part = _DECADE_PART_YEARS.get(mention.mod or "")
        if p.decade is None or p.year is not None or part is None:
            return
        if not is_framing(self.text, mention.start):
            return
        start = safe_date(p.decade * 10 + part[0], 1, 1)
        end = safe_date(p.decade * 10 + part[1], 12, 31)
        if start is not None and end is not None:
            self._framing_decades.append((start + (end - start) / 2, (end - start).days // 2))

    def _day_near_written_period(self, p: Partial, far: bool) -> _dt.date | None:
        """ "on Thursday the 23rd of January ... the winter of 1947", "since Christmas 1965
        ... On Sunday night, the thirteenth of February": a weekday and date that fit a
        year beside a month, season or holiday written with its year long before the
        telling, near it, are of that year; so are they beside one written a year or two
        before, where the telling's year would put them months away from it ("Mon 7th
        March ... That was the spring of '88", told in May 1990)."""
        assert p.month is not None and p.day is not None
        fits = [
            (abs((day - written).days), day)
            for written, reach in (*self.written_periods, *self._framing_decades)
            if self.dct is None or far or self.dct.year - written.year >= _LONG_BEFORE_YEARS
            for year in range(
                (written - _dt.timedelta(days=reach)).year,
                (written + _dt.timedelta(days=reach)).year + 1,
            )
            if (day := safe_date(year, p.month, p.day)) is not None
            and self._weekday_fits(p, year)
            and abs((day - written).days) <= reach
        ]
        return min(fits)[1] if fits else None

    def _holiday(
        self, mention: Mention, item: Observance, tense: Tense, anchor: Anchor, ref: _dt.date
    ) -> Result:
        candidates = [
            d
            for y in (ref.year - 1, ref.year, ref.year + 1)
            if (d := readers.observance_day(item, y, mention.partial)) is not None
        ]
        if not candidates:
            return "XXXX-XX-XX", anchor, False, None
        direction = mention.partial.direction
        named = self.holidays_named.get(item.key)
        if (
            named is not None
            and direction in (Direction.TENSE, Direction.NONE)
            and 0 <= mention.start - named[0] <= _HOLIDAY_AGAIN_REACH
            and named[1] in candidates
            and not self._other_year_just_said(mention, named[1].year)
        ):
            # "ahead of the long Fourth of July weekend ... moved up because of Independence
            # Day": the holiday just named, named again
            chosen = named[1]
            return readers.observance_value(chosen, mention.partial), anchor, True, (chosen, "D")
        if item.key == "election-day":
            voting = self._voting_day(ref)
            if voting is not None:
                # "before the March 23 state election ... On election day, polling places
                # will be open": the day the text gives its vote, wherever it is held
                return (
                    readers.observance_value(voting, mention.partial),
                    anchor,
                    True,
                    (voting, "D"),
                )
        start = self._range_start_before(mention)
        if start is not None and any(d >= start for d in candidates):
            # "from the Labour Day long weekend until Easter Monday": the first on or after
            # the range's start
            chosen = min(d for d in candidates if d >= start)
            return readers.observance_value(chosen, mention.partial), anchor, True, (chosen, "D")
        if direction is Direction.PAST or (direction is Direction.TENSE and tense is Tense.PAST):
            bound = ref
            if (
                direction is Direction.TENSE
                and anchor.kind is AnchorKind.NARRATIVE
                and not is_past_perfect(self.text, mention.start)
            ):
                # "Wednesday 10 November 2038 ... It was Armistice Day, he remembered": a
                # story told in the past goes on a few days past where it is
                bound = ref + _dt.timedelta(days=_STORY_GOES_ON_DAYS)
            past = [d for d in candidates if d <= bound]
            chosen = max(past) if past else min(candidates)
            if mention.partial.shift and mention.partial.shift_unit in ("D", "W"):
                # "a recount will begin Tuesday, two weeks after Election Day left them 27
                # votes apart": the past verb tells of the holiday, which has gone by,
                # though the day counted from it is still ahead
                own_gone = [
                    d
                    for d in candidates
                    if (own := readers.observance_day(item, d.year, _UNMOVED)) is not None
                    and 0 <= (ref - own).days <= _HOLIDAY_AHEAD_DAYS
                ]
                if own_gone:
                    chosen = own_gone[0]
            soon = [d for d in candidates if 0 < (d - ref).days <= _HOLIDAY_TOLD_AHEAD_DAYS]
            if (
                soon
                and direction is Direction.TENSE
                and anchor.kind is AnchorKind.DCT
                and not mention.partial.shift
                and not self._sentence_in_other_year(mention, soon[0].year)
            ):
                # "were told the next open seats were on Christmas Day", said three days
                # before it: the one just ahead, not a year back
                chosen = soon[0]
        elif (
            direction is Direction.FUTURE
            or tense is Tense.FUTURE
            or (tense is Tense.PRESENT and not self._just_gone(candidates, ref))
        ):
            # "leaves at Christmas to go down the pit": the present of a schedule; but "It's
            # the Friday before Memorial Day", a week after it: the one just gone
            future = [d for d in candidates if d >= ref]
            chosen = min(future) if future else max(candidates)
        else:
            chosen = min(candidates, key=lambda d: abs((d - ref).days))
        # the holiday's own day, not the one counted from it ("the day before Thanksgiving")
        own = next(
            (
                readers.observance_day(item, year, _UNMOVED)
                for year in (chosen.year - 1, chosen.year, chosen.year + 1)
                if readers.observance_day(item, year, mention.partial) == chosen
            ),
            None,
        )
        self.holidays_named[item.key] = (mention.end, own or chosen)
        if mention.partial.granularity == "WE":
            chosen = readers.weekend_day_near(chosen)  # "Memorial Day weekend"
        return readers.observance_value(chosen, mention.partial), anchor, True, (chosen, "D")

    def _day_of_holiday_after(self, mention: Mention) -> Result | None:
        """ "Wed 1st. New Year's Day.": a day of the month named with no month, the name of
        a holiday set right after it, is that holiday's day, in the year nearest the
        story's day (or the telling's) that its weekday fits."""
        p = mention.partial
        index = self._index + 1
        if (
            p.day is None
            or p.month is not None
            or self.entry_day is not None  # a log's later days go on from its entry
            or not 0 < index < len(self._mentions)
        ):
            return None
        after = self._mentions[index]
        if after.partial.holiday is None or not set_right_after(
            self.text, mention.end, after.start
        ):
            return None
        item = self.observances.named_at(after.partial.holiday, after.start)
        story = self.narrative
        ref = story.day if story is not None and story.from_text else self.dct
        if ref is None:
            return None
        days = [
            day
            for year in range(ref.year - _HOLIDAY_AFTER_YEARS, ref.year + 2)
            if (day := readers.observance_day(item, year, _UNMOVED)) is not None
            and day.day == p.day
            and (p.weekday is None or day.isoweekday() == p.weekday)
        ]
        if not days:
            return None
        day = min(days, key=lambda d: abs((d - ref).days))
        kind = AnchorKind.DCT if ref == self.dct else AnchorKind.NARRATIVE
        anchor = Anchor(kind, ref.isoformat())
        return readers.time_of(day.isoformat(), p), anchor, True, (day, "D")

    def _day_of_its_event(self, mention: Mention) -> Result | None:
        """ "came ashore at Juno Beach on D-Day", "on duty there on VE Day", "the
        anniversary of D-Day": a day named for one event is that event's, unless it is said
        near the day's anniversary ("Britain marks VE Day today"; told in the past, one just
        gone: "Veterans marked D-Day on Thursday")."""
        p = mention.partial
        if p.holiday is None:
            return None
        item = self.observances.named_at(p.holiday, mention.start)
        if item.marks is None:
            return None
        story = self.narrative
        ref = story.day if story is not None else self.dct
        anniversary = None if ref is None else readers.observance_day(item, ref.year, _UNMOVED)
        if (
            ref is not None
            and anniversary is not None
            and ref.year > item.marks  # a story in the war has no anniversary of it yet
            and abs((anniversary - ref).days) <= _ANNIVERSARY_NEAR_DAYS
            and not _ANNIVERSARY_OF_BEFORE.search(
                self.text, max(0, mention.start - 40), mention.start
            )
            and not (self._tense(mention) is Tense.PAST and anniversary > ref)
        ):
            return None  # the anniversary, read as any holiday is
        day = readers.observance_day(item, item.marks, p)
        if day is None:
            return None
        return readers.observance_value(day, p), Anchor(), True, (day, "D")

    def _other_year_just_said(self, mention: Mention, year: int) -> bool:
        """ "Last year, when Anzac Day fell on a Friday": the timex just before, in the
        same sentence, names a year other than ``year``."""
        previous = self._previous
        return (
            previous is not None
            and _YEAR_VALUE.fullmatch(previous.value) is not None
            and int(previous.value) != year
            and _SENTENCE_END.search(self.text, previous.end, mention.start) is None
        )

    def _sentence_in_other_year(self, mention: Mention, year: int) -> bool:
        """ "A year ago this week the power went out ... on a Monday morning, Presidents'
        Day": a timex before, in the same sentence, is of a year other than ``year``."""
        previous, story = self._previous, self.narrative
        reach = mention.start - _SAME_SENTENCE * 3  # a sentence's length, looked back
        said = [] if previous is None else [(previous.end, previous.value[:4])]
        if story is not None and story.from_text and 0 <= story.position < mention.start:
            said.append((story.position, str(story.day.year)))
        said = [(end, written) for end, written in said if end >= reach]
        return any(
            written.isdigit()
            and int(written) != year
            and _SENTENCE_END.search(self.text, end, mention.start) is None
            for end, written in said
        )

    def _voting_day(self, ref: _dt.date) -> _dt.date | None:
        """The day the text gives its election ("the March 23 state election", "the
        vote on May 7"), in the year nearest ``ref``; None if it gives none."""
        for m in self._mentions:
            p = m.partial
            if p.month is None or p.day is None or p.hour is not None:
                continue
            if not (
                _VOTE_AFTER.match(self.text, m.end)
                or _VOTE_ON_BEFORE.search(self.text, max(0, m.start - 40), m.start)
            ):
                continue
            years = (p.year,) if p.year else (ref.year - 1, ref.year, ref.year + 1)
            days = [d for y in years if (d := safe_date(y, p.month, p.day)) is not None]
            if days:
                return min(days, key=lambda d: abs((d - ref).days))
        return None

    @staticmethod
    def _just_gone(days: list[_dt.date], ref: _dt.date) -> bool:
        """Whether one of ``days`` fell in the weeks just before ``ref``."""
        return any(0 < (ref - day).days <= _JUST_GONE_DAYS for day in days)

    def _date_ending_range(self, mention: Mention) -> Result | None:
        """ "Talks were held from June 5 through June 7": a month and day ending a range
        is the first such day on or after its start."""
        p = mention.partial
        if p.month is None or p.day is None or p.year is not None or p.weekday is not None:
            return None
        last = self.last_day
        if last is None or not _RANGE_TO_GAP.fullmatch(self.text, last[0], mention.start):
            return None
        start = self._range_start_before(mention)
        if start is None:
            return None
        day = safe_date(start.year, p.month, p.day)
        if day is not None and day < start:
            day = safe_date(start.year + 1, p.month, p.day)
        if day is None:
            return None
        anchor = Anchor(AnchorKind.NARRATIVE, start.isoformat())
        return readers.time_of(day.isoformat(), p), anchor, True, (day, "D")

    def _range_start_before(self, mention: Mention) -> _dt.date | None:
        """The day a range ending at ``mention`` starts on ("from X until Y"), when the
        text placed it just before."""
        last = self.last_day
        if last is None or mention.start - last[0] > _RANGE_REACH * 2:
            return None
        if _RANGE_END_BEFORE.search(self.text, max(0, last[0] - 80), mention.start) is None:
            return None
        return last[1]

    def _titles_years_on(self, mention: Mention) -> bool:
        """Whether years counted on ("25 years later") open the text's title line, before
        any time the story is at: the telling is that many years on."""
        p = mention.partial
        return (
            mention.rule == "shift-ago"
            and p.shift_unit in ("Y", "DE")
            and (p.shift or 0) > 0
            and mention.start < _TITLE_REACH
            and not self.text[: mention.start].strip()
            and (self.narrative is None or not self.narrative.from_text)
        )

    def _of_the_telling(self, mention: Mention) -> bool:
        """Whether a time the story would place is the telling's, the story having been
        moved by a plan to a day still to come: "It's eight minutes past eight" (the time
        it is now) after "the Boxing Day derby ... kick-off two-thirty"; "hoped to pass the
        bill by the end of the month" (the telling's month, week or year, unless told in
        the past), at most ``_PLAN_AHEAD_DAYS`` ahead of the telling."""
        story = self.narrative
        if story is None or self.dct is None:
            return False
        if (
            readers.clock_only(mention.partial)
            and story.day < self.dct
            and (self.dct - story.day).days <= _RECENT_EVENT_DAYS
            and not self.quotes.inside(mention.start)
        ):
            # "at the bbq on the Fourth ... pps. it is 11:16 at night": the time it is now,
            # said by the teller, after a day told weeks back
            return readers.names_the_present(self.text, mention.start)
        if story.day <= self.dct:
            return False
        if readers.clock_only(mention.partial):
            return readers.names_the_present(self.text, mention.start)
        return (
            mention.rule == "the-period"
            and mention.partial.shift_unit in ("W", "M", "Q", "Y")
            and (story.day - self.dct).days <= _PLAN_AHEAD_DAYS
            and mention.mod == "END"
            and self._tense(mention) is not Tense.PAST
        )

    def _on_bank_holiday(
        self, mention: Mention, value: str, placed: Placed, anchor: Anchor
    ) -> tuple[str, Placed]:
        """ "Clean-up on the bank holiday Monday": the first such weekday that is a bank
        holiday, from the one read alone, on its side of the anchor (the tense's, on the
        anchor's own day); the weekday read alone where none comes within
        ``_BANK_HOLIDAY_WEEKS``."""
        day, grain = placed
        told = readers.FULL_DAY.match(anchor.value or "")
        if grain != "D" or told is None:
            return value, placed
        anchor_day = _dt.date.fromisoformat(told.group())
        past = day < anchor_day or (day == anchor_day and self._tense(mention) is Tense.PAST)
        for weeks in range(_BANK_HOLIDAY_WEEKS):
            candidate = day + _dt.timedelta(days=(-7 if past else 7) * weeks)
            if is_bank_holiday(candidate):
                return candidate.isoformat() + value[10:], (candidate, grain)
        return value, placed

    def _tense(self, mention: Mention) -> Tense:
        # A mention's tense is asked for at most a few times; read it once.
        key = (mention.start, mention.end)
        if key not in self._tense_of:
            p = mention.partial
            weekday = (p.weekday is not None and p.month is None) or p.shift_unit == "WE"
            before = max(0, mention.start - 20)
            read = self.tenses.tense(mention.start, mention.end)
            if _TO_GO_BEFORE.search(self.text, max(0, mention.start - 24), mention.start):
                read = Tense.FUTURE  # "with three weeks to go before Election Day"
            line_start = self._line_start(mention.start) if weekday else None
            heading = self.text.startswith(":", mention.end)
            if (
                line_start is not None
                and (heading or _BULLET_LINE.match(self.text, line_start))
                and (
                    (heading and _WEEK_AHEAD_TITLE.search(self.text, 0, _TITLE_REACH) is not None)
                    or _PLANS_LIST_INTRO.search(
                        self.text, max(0, mention.start - _LIST_INTRO_REACH), line_start
                    )
                    is not None
                )
            ):
                # "The week ahead ... WEDNESDAY: Status hearing for ...", "Here is where
                # they will be:\n\nMONDAY: ...", "plan as of tonight:\n- fly back Friday"
                read = Tense.FUTURE
            if read is Tense.UNKNOWN and weekday and self.text.startswith(":", mention.end):
                # "Tue: rest day.": a log's heading tells what was done; "Friday: Snow
                # tapering to flurries": a forecast's, what is to come
                if self._forecast is None:
                    self._forecast = cues.FORECAST_TEXT.search(self.text) is not None
                ahead = (
                    self._forecast
                    and cues.FORECAST_HEADING.match(self.text, mention.end + 1) is not None
                )
                read = Tense.FUTURE if ahead else Tense.PAST
            if (
                read is Tense.UNKNOWN
                and line_start is not None
                and _LISTING_LABEL.match(self.text, line_start, mention.start)
                and not self.chat.is_chat()  # "Mom: and that essay that was due wednesday??"
            ):
                # "Blood drive: First Methodist Church, 2-7 p.m. Monday.": an entry of a
                # listing of events, with no verb, is one to come
                read = Tense.FUTURE
            if read is Tense.UNKNOWN and weekday and self._weekday_tense is not None:
                # "The show begins at 9 a.m. Thursday, and the auction follows Saturday
                # afternoon": a weekday with no cue of its own goes the way the one before
                # it in its sentence went
                end, earlier = self._weekday_tense
                if mention.start - end <= _WEEKDAY_RUN and not _SENTENCE_END.search(
                    self.text, end, mention.start
                ):
                    read = earlier
            if (
                read is Tense.UNKNOWN
                and readers.bare_weekday(p)
                and p.direction is Direction.TENSE
                and self.chat.is_chat()
                and not self._stamp
                # "that essay that was due wednesday??": planned then, not now
                and not PLANNED_THEN.search(self.text, max(0, mention.start - 40), mention.start)
            ):
                # "non-uniform day Fri, £1 for the summer fair": a chat plans what is ahead
                read = Tense.FUTURE
            if readers.bare_weekday(p) and (
                cues.SINCE.search(self.text, before, mention.start)
                or cues.SINCE_CLAUSE.search(self.text, max(0, mention.start - 90), mention.start)
            ):
                # "He's been in the water since Saturday night", "Since they shut the
                # frontier on Sunday night it has been quiet": when a state began
                read = Tense.PAST
            month_alone = p.month is not None and p.day is None and p.year is None
            if month_alone and self._month_tense is not None:
                # "bookings for October and November were running ahead": a month listed
                # right after another goes the way it went
                end, earlier = self._month_tense
                if _LISTED_AFTER.fullmatch(self.text, end, mention.start):
                    read = earlier
            if month_alone:
                self._month_tense = (mention.end, read)
            if weekday and read in (Tense.PAST, Tense.FUTURE, Tense.PRESENT):
                self._weekday_tense = (mention.end, read)
            deadline_text = self.text[before : mention.start]
            deadline = (
                # "They've moved the evacuation to Thursday": a thing moved, named between
                cues.DEADLINE.search(
                    self.text, max(0, mention.start - _DEADLINE_REACH), mention.start
                )
                # "from about 9 p.m. Sunday until 1:15 a.m. Monday": a range's end
                and not self._ends_range(mention)
            ) or (
                weekday
                and cues.BY.search(self.text, before, mention.start)
                and (
                    read is not Tense.PAST
                    or cues.REQUESTED_BY.search(
                        self.text, max(0, mention.start - 90), mention.start
                    )
                )
            )
            if (
                deadline
                and read is Tense.PAST
                and cues.NOT_UNTIL.search(self.text, max(0, mention.start - 50), mention.start)
            ):
                deadline = None  # "did not arrive until Friday": when it happened
            if (
                deadline
                and read is Tense.PAST
                and readers.bare_weekday(p)
                and self._far_story_day(mention, _DEADLINE_STORY_AWAY_DAYS) is not None
            ):
                # "The brothers left at 04:30 on Wednesday 12 August. The forecast promised
                # settled weather until at least Thursday evening", told weeks on: a
                # weekday a story gone by looked ahead to is of its week, not the telling's
                self._tense_of[key] = read
                self._story_deadline_ends.add(mention.end)
            elif deadline and not is_framing(self.text, mention.start):
                # "postponed until Tuesday", "has until mid-November", "by the weekend": a
                # deadline lies ahead of the telling whatever the tense; a month is the
                # nearest one.
                # "till summer" is the next one; "through the summer" may be any
                ahead = weekday or (
                    p.season is not None and not re.search(r"(?i:through)\s+$", deadline_text)
                )
                self._tense_of[key] = Tense.FUTURE if ahead else Tense.PRESENT
                self._deadlines.add(key)
            else:
                self._tense_of[key] = read
        return self._tense_of[key]

    def _stamps_the_telling(self, mention: Mention, placed: Placed) -> bool:
        """Whether ``mention``, a clock time placed on the day of the telling, stamps when
        the text was written: a chat message's stamp, or a time in the text's first line
        before any sentence ends ("May 2nd, 2005 | 11:48 pm | mood: stressed")."""
        if mention.partial.hour is None or placed[0] != self.dct:
            return False
        if self._stamp:
            return True
        return mention.start < self._first_sentence_end

    def _dates_the_story(self, mention: Mention, timex: Timex, placed: Placed) -> bool:
        """Whether ``mention``, resolved to ``timex`` on ``placed``, names a day the story
        is told on: a day or a time of one, not a message's stamp ("Liam 9:40 AM: can we
        start at 10:30?" names no day) nor a person's label."""
        return (
            placed[1] == "D"
            and timex.type in (TimexType.DATE, TimexType.TIME)
            and not self._stamp
            and not self._labels_a_person(mention)
        )

    def _labels_a_person(self, mention: Mention) -> bool:
        """Whether a date is a person's birth date given as a label ("Rosa ALDANA (DOB
        06/02/1989) arrived at 0250 hrs"), which is no time the story is at."""
        start = mention.start
        return _BIRTH_LABEL.search(self.text, max(0, start - 16), start) is not None

    def _set_off_by_commas(self, mention: Mention) -> bool:
        """Whether a date sits in a clause set off by commas ("The motion, tabled on Oct.
        20, was defeated"), which tells of something else than where the story is; not a
        date in apposition to an opening phrase ("On the last day of term, Friday 17 July
        2009, they found a map")."""
        before = self.text[max(0, mention.start - 40) : mention.start]
        return (
            self.text.startswith(",", mention.end)
            and "," in before
            # "The semi-final, on 6 April 1974, went to extra time": the date of the
            # sentence's own event, set off alone, is no aside
            and _PREPOSITION_ALONE.fullmatch(before, before.rfind(",") + 1) is None
            and cues.OPENING_PHRASE.search(before) is None
            # the sentence goes on with its verb after the aside; "died on Sunday 16 July
            # 2023, after a spell of warm weather" is no aside
            and cues.PREDICATE_AFTER.match(self.text, mention.end) is not None
        )

    @functools.cached_property
    def _pairs_without_year(self) -> tuple[readers.WeekdayDatePair, ...]:
        return readers.weekday_date_pairs(self._mentions)

    def _pairs_fit(self, year: int) -> bool:
        """Whether the text has weekday-date pairs without a year, and all fit ``year``."""
        fits = self._years_pairs_fit.get(year)
        if fits is None:
            pairs = self._pairs_without_year
            fits = bool(pairs) and all(readers.pair_fits(pair, year) for pair in pairs)
            self._years_pairs_fit[year] = fits
        return fits

    def _year_written_before(self, position: int, two_digits: int) -> int | None:
        """A year written in full with these last two digits just before ``position``."""
        index = bisect.bisect_left(self._mention_starts, position)
        for before in reversed(self._mentions[max(0, index - _YEARS_LOOKED_BACK) : index]):
            if position - before.end > _SAME_SENTENCE * 3:
                break
            year = before.partial.year
            if (
                year is not None
                and not before.partial.century_unwritten
                and year % 100 == two_digits
            ):
                return year
        return None

    def _in_story_century(self, mention: Mention) -> Mention:
        """ "the winter of '69" in a letter of 1871 is 1869: a year written without its
        century is the one nearest the story's year (the telling's when the text sets no
        time of its own), and at most ten years after it unless the telling is later."""
        p = mention.partial
        story = self.narrative
        if story is None or not (story.from_text or story.framing):
            story = self.written_year if self.history else None
        if story is not None:
            reference = story.day.year
        elif self.dct is not None:
            reference = self.dct.year
        else:
            return mention
        if p.year is None:
            return mention
        # the nearest to the story's year that is not after both the story and the telling
        latest = max(reference + _CENTURY_AHEAD, self.dct.year if self.dct else reference)
        century = reference // 100 * 100 + p.year % 100
        fits = [year for year in (century - 100, century, century + 100) if year <= latest]
        if story is None and self.dct is not None and self._tense(mention) is Tense.PAST:
            # "that was '32", said in 2025: 1932, not a year still to come
            fits = [year for year in fits if year <= self.dct.year] or fits
        if p.weekday is not None and p.month is not None and p.day is not None:
            # "Monday 27th Aug. '83" in a book of 1993: the century its weekday fits (1883)
            fits = [year for year in fits if self._weekday_fits(p, year)] or fits
        else:
            # "the spring of '69 ... on Monday, the 10th of May": the century the text's
            # weekday-date pairs without a year fit
            fits = [year for year in fits if self._pairs_fit(year)] or fits
        year = min(fits, key=lambda year: abs(year - reference))
        written = self._year_written_before(mention.start, p.year % 100)
        if written is not None:
            year = written  # "since the winter of 2003, and the '03 crowd": that year
        if year == p.year or not 1 <= year <= 9999:
            return mention
        value = mention.value
        if value is not None and value.startswith(f"{p.year:04d}"):
            value = f"{year:04d}{value[4:]}"
        return dataclasses.replace(mention, partial=dataclasses.replace(p, year=year), value=value)

    # ------------------------------------------------------------------ narrative time
    def _looks_back_from_story(self, mention: Mention, day: _dt.date) -> bool:
        """ "on Saturday 22 December 1894 ... a smaller explosion in the spring of 1889 had
        killed four men": a year before the story's day, told in the past perfect, is
        looked back to from the story; the story's year stays its own."""
        story = self.narrative
        if story is None or not story.from_text or story.grain != "D" or day >= story.day:
            return False
        return is_past_perfect(self.text, mention.start) or (
            _HAD_DONE_AFTER.match(self.text, mention.end) is not None
        )

    def _maybe_move_narrative(self, mention: Mention, timex: Timex, grain_day: Placed) -> None:
        if timex.type not in (TimexType.DATE, TimexType.TIME):
            return
        day, grain = grain_day
        if self.quotes.inside(mention.start):
            return  # direct speech keeps its own time
        if mention.rule == "day-of-letter-month":
            return  # "yours of the 28th ult.": a letter's days count from its own date
        if mention.rule == "fiscal-year":
            return  # "For fiscal 2019, Harborline earned $398 million": a period reported on
        if (
            grain == "D"
            and timex.anchor.kind is AnchorKind.NONE
            and cues.IN_BRACKETS.search(self.text, max(0, mention.start - 80), mention.start)
            and cues.CLOSES_BRACKETS.match(self.text, mention.end)
        ):
            return  # "after almost three years there (lease started June 1, 2014)": an aside
        if mention.partial.holiday is not None and _EARLY_OR_LATE_ONE.search(
            self.text, max(0, mention.start - 10), mention.start
        ):
            return  # "as an early Easter pushed up air fares": a cause, not where it goes
        if _BEYOND_END.search(mention.text):
            return  # "a pine my late wife bought the Christmas before last": counted from now
        if mention.partial.holiday is not None and (
            _HOLIDAY_THING_AFTER.match(self.text, mention.end)
            or _HOLIDAY_AIMED_AT.search(self.text, max(0, mention.start - 16), mention.start)
        ):
            return
        since = cues.SINCE.search(self.text, max(0, mention.start - 20), mention.start)
        if (
            grain == "Y"
            and _MODEL_YEAR.search(self.text, max(0, mention.start - 8), mention.start)
            and (_MODEL_NAME_AFTER.match(self.text, mention.end))
        ):
            return  # "2009 Civic, 148k miles.": a model's year, no time of the story
        if (
            grain == "Y"
            and _THING_YEAR_BEFORE.search(self.text, max(0, mention.start - 8), mention.start)
            and cues.NOUN_AFTER.match(self.text, mention.end)
        ):
            return  # "for a 2009 burglary", "her 2015 study": a thing's year, not the story's
        if timex.anchor.kind is AnchorKind.NONE and since is None:
            if self._looks_back_from_story(mention, day):
                # the year holds for its own sentence ("in the spring of 1812, to a
                # lieutenant who fell at Salamanca that July"), then the story's comes back
                stop = _SENTENCE_END.search(self.text, mention.end)
                until = stop.end() if stop else len(self.text)
                self.flashback_year = (self.written_year, until)
            else:
                self.flashback_year = None  # a year the story goes on in
            # "Since 1983, it has shed 70 businesses": a state's start sets no year
            self.written_year = Narrative(day, grain, timex.tid, True, mention.start)
        elif (
            grain == "Y"
            and mention.rule == "shift-ago"
            and timex.anchor.kind is AnchorKind.NARRATIVE
            and self.written_year is not None
            and timex.anchor.value == format_value(self.written_year.day, "Y")
            and since is None
        ):
            # "began in the spring of 1821; the aqueduct was finished three years later. The
            # following year ...": years counted on from the year written are the story's
            self.written_year = Narrative(day, grain, timex.tid, True, mention.start)
        titles = readers.titles_the_text(self.text, mention.start, mention.end)
        if titles and self.dct is not None and abs((self.dct - day).days) > _TITLED_FAR_DAYS:
            self.titled_far = True
        framing = (
            titles
            or is_framing(self.text, mention.start)
            or self._refines_title(timex, day)
            # "The one I remember best was 1976", "The Diwali I remember most was in 1989":
            # the year a memoir says it tells of
            or (
                grain in ("Y", "SE")
                and timex.anchor.kind is AnchorKind.NONE
                and _REMEMBERED_BEFORE.search(self.text, max(0, mention.start - 40), mention.start)
                is not None
            )
        )
        if grain not in ("D", "W", "M") and not (framing and grain in ("Q", "SE", "Y")):
            return
        before = max(0, mention.start - 20)
        if self._state_began(mention, before):
            return
        # "first noticed it around Christmas": no day for the story to be at; but "about
        # 6:15 a.m. on Saturday 1 August" names its day
        named_day = mention.partial.hour is not None and mention.partial.day is not None
        if mention.mod == "APPROX" and grain == "D" and not framing and not named_day:
            return
        if cues.BACK_BY.search(self.text, max(0, mention.start - 50), mention.start):
            return  # "had to be back in her classroom the Tuesday after Labor Day"
        if cues.DUE_BEFORE.search(self.text, before, mention.start):
            return  # "debentures due Oct. 15, 1999": when something falls due
        if (
            self._far_story_day(mention, _FORESEEN_STORY_AWAY_DAYS, grains=("D", "M")) is not None
            # "meant to retire at Easter": a plan seen from the story's day
            and self._tense(mention) in (Tense.FUTURE, Tense.INTENDED)
            and (
                self._narrated_then(mention)
                or _WOULD_AFTER.match(self.text, mention.end) is not None
            )
            and not (framing and grain != "Y")
            and mention.partial.shift_unit not in _STORY_STEPS
        ):
            # "May 1910. ... the paper said the earth would pass through its tail on the
            # 18th", "he could get one by Tuesday, maybe Monday", "Ten years later I would
            # be an engineer": a time foreseen in a story long ago, where it is not yet;
            # but "we were told we would cross the next morning" is where it goes
            return
        if (
            mention.partial.holiday is not None
            and self.narrative is not None
            and day > self.narrative.day
            and self.dct is not None
            and (self.dct - self.narrative.day).days > STORY_AWAY_YEAR_DAYS
            and self._tense(mention) in (Tense.PRESENT, Tense.FUTURE)
        ):
            # "It is Thursday, the eighth of May, 1958 ... leaves at Christmas": a holiday
            # ahead of a story long past is not where it goes
            return
        if cues.dates_a_thing(self.text, mention.start):
            return  # "Under the lino was a newspaper from 14 May 1963": a thing's date
        if self._stamp:
            return  # "Bec 9:40 AM: can we start at 10:30?": when it was sent, not told of
        if cues.ends_a_period(self.text, mention.start):
            return  # "the quarter, which ended June 30": the period reported on
        if (
            not framing
            and self.narrative is not None
            and not self.narrative.from_text
            and mention.partial.weekday is not None
            and mention.partial.month is None
            and cues.IN_ASIDE.search(self.text, max(0, mention.start - 80), mention.start)
        ):
            # "Carrick, which reported its lowest profit last Tuesday, fell 5.6%": a weekday
            # in an aside about someone is no day the report goes to
            return
        if cues.ends_a_span(self.text, mention.start):
            return  # "did not stop until March. That evening ...": the span's start holds
        if cues.starts_a_span(self.text, mention.start, mention.end):
            return  # "Early voting ran from Oct. 15 to Nov. 2. Polls closed at 7 p.m."
        if (
            grain == "Y"
            and cues.DETERMINER_BEFORE.search(self.text, before, mention.start)
            and cues.NOUN_AFTER.match(self.text, mention.end)
        ):
            return  # "That 1978 resolution calls for ...": a year naming a thing
        if (
            self.narrative is not None
            and day < self.narrative.day
            and cues.PAST_PERFECT_AFTER.match(self.text, mention.end)
        ):
            return  # "The previous Thursday, Birtles had been seen ...": a look back
        if (
            not framing
            and mention.reference is Reference.NARRATIVE
            and (mention.partial.shift or 0) < 0
            and _BACK_ANAPHOR.fullmatch(mention.text) is not None
        ):
            # "commuters, many still weary from celebrations the night before, stranded":
            # a look back from where the story is, which stays
            return
        if not framing and (
            (mention.reference is Reference.DCT and not self._event_weekday(mention))
            or self._report_weekday(mention)
            or grain != "D"
            # "clear by Thursday", "halted flights until early Friday": a deadline, unless
            # it writes its year ("until the spring of 2021, when ...")
            or (
                timex.anchor.kind is not AnchorKind.NONE
                and (
                    (
                        cues.DEADLINE.search(self.text, before, mention.start)
                        # "was not announced until 6 May": when it did happen
                        and not cues.NOT_UNTIL.search(
                            self.text, max(0, mention.start - 50), mention.start
                        )
                    )
                    or cues.BY.search(self.text, before, mention.start)
                    or (
                        cues.PLANNED_FOR.search(self.text, before, mention.start)
                        and readers.bare_weekday(mention.partial)
                    )
                )
            )
            or self._measured_against(mention.start)
            or (
                is_past_perfect(self.text, mention.start)
                and not self._opens_flashback(timex)
                and not self._dates_the_frame(day, grain)
                and not self._first_day_told(mention, grain)
            )
            or (
                _MODIFIER_BEFORE.search(self.text, max(0, mention.start - 5), mention.start)
                and not self._names_the_story(mention, day, grain)
            )
            or self._set_off_by_commas(mention)
            or self._labels_a_person(mention)
        ):
            # "the Dec. 21, 1988, bombing" names an event, and "The motion, tabled on Oct.
            # 20, was defeated" is an aside: the story stays put.
            return
        current = self.narrative
        if (
            grain == "Y"
            and current is not None
            and current.from_text
            and current.grain in ("D", "W", "M")
            and current.day.year == day.year
        ):
            return  # "The Wednesday before Thanksgiving ... It was 2008": still that day
        # A date the text fixes, or one counted from such a date, is the text's own; one
        # counted from the DCT alone is not.
        p = mention.partial
        from_text = (
            timex.anchor.kind is AnchorKind.NONE
            # "Ten years ago today I landed in Auckland": a day of a year long gone
            or (p.shift_unit == "Y" and abs(p.shift or 0) >= 2 and p.granularity == "D")
            or
            # "on Saturday 21 May": a day the text names, though its year is the telling's
            (p.month is not None and p.day is not None and p.weekday is not None)
            or (
                timex.anchor.kind is AnchorKind.NARRATIVE
                and timex.anchor.tid is not None
                and (current is None or current.from_text or timex.anchor.tid != current.tid)
            )
        )
        if (
            grain == "Y"
            and current is not None
            and current.from_text
            and current.grain == "D"
            and day.year < current.day.year - 1
            and timex.anchor.kind is AnchorKind.NONE
        ):
            # "opened on Wednesday, August 3, 1988 ... In 1958 she was a 41-year-old farm
            # wife ... [new paragraph] At noon": a year long before the story's day is a
            # look back for its paragraph; then the story is at its day again
            self.digression = (current, self._paragraph_end(mention.end), timex.tid)
        self.narrative = Narrative(day, grain, timex.tid, from_text, mention.start, framing)
        if (
            from_text
            and self.dct is not None
            and (self.dct - day).days > STORY_AWAY_YEAR_DAYS
            and self._in_opening_paragraph(mention.start)
        ):
            self.opened_far = True  # "Finals week began on Monday, December 14, 1998, ..."

    def _refines_title(self, timex: Timex, day: _dt.date) -> bool:
        """ "The winter of 1963 / ... I was eleven in the winter of '62–'63": a season
        written out with its year, a year from the season a title put the story in, says
        more exactly which one the story is at."""
        current = self.narrative
        return (
            current is not None
            and current.framing
            and current.from_text
            and current.grain == "SE"
            and timex.anchor.kind is AnchorKind.NONE
            and _SEASON_VALUE.fullmatch(timex.value) is not None
            and day != current.day
            and abs(day.year - current.day.year) <= 1
        )

    def _paragraph_end(self, position: int) -> int:
        """Where the paragraph around ``position`` ends (looked for a bounded way ahead)."""
        found = self.text.find("\n\n", position, position + _PARAGRAPH_REACH)
        return found if found >= 0 else position + _PARAGRAPH_REACH

    def _first_day_told(self, mention: Mention, grain: str) -> bool:
        """ "The jury had deliberated for six hours before convicting him of murdering
        Darren Coles in the early hours of 14 March. ... died two days later": a day and
        month, no year, told in the past perfect, with the story at no day the text fixed
        yet, is where the story goes."""
        p = mention.partial
        return (
            grain == "D"
            and p.month is not None
            and p.day is not None
            and p.year is None  # one with its year written is a look back
            and (self.narrative is None or not self.narrative.from_text)
            # "sentencing had been set for May 4 but was postponed": no day it came to
            and not cues.PLANNED_FOR.search(self.text, max(0, mention.start - 20), mention.start)
        )

    def _next_listed_day(self, mention: Mention, entry: _dt.date) -> _dt.date | None:
        """ "Monday. ... Tuesday. Down at 7. Wednesday night was the bad one": the days a
        diary lists under weekday headings go on in order, whatever the tense, up to the
        day it was written."""
        p = mention.partial
        if (
            not (self.entry_listed or self._heads_log_item(mention))
            or not readers.bare_weekday(p)
            or p.direction is not Direction.TENSE
            or is_past_perfect(self.text, mention.start)
        ):
            return None
        assert p.weekday is not None
        day = entry + _dt.timedelta(days=(p.weekday - self._weekday_of(entry)) % 7 or 7)
        return None if self.dct is not None and day > self.dct else day

    def _state_began(self, mention: Mention, before: int) -> bool:
        """ "She has known since Monday", "Since last night, ...", "Since 1983, it has
        shed 70 businesses": where a state began, not where the story is. A day of the
        month is different: "out since Nov 2 ... I emailed them that afternoon" tells of
        that day."""
        since = cues.SINCE.search(self.text, before, mention.start)
        return since is not None and mention.partial.day is None

    def _named_ahead_for_following(self, mention: Mention, state: Narrative) -> Narrative | None:
        """ "throws in at 7pm on Saturday, June 21st ... their defeat on May 25th ... A
        replay would take place the following Saturday": a day looked forward to, while
        the story is back before the telling, follows the day of its name still to come
        that the text named, not the story's past day."""
        p = mention.partial
        if p.weekday is None or p.direction is not Direction.FUTURE or p.day is not None:
            return None
        named = self._last_named(self.days_named, p.weekday, mention.start)
        if (
            named is None
            or self.dct is None
            or not state.day < self.dct <= named[1]
            or self._tense(mention) is not Tense.FUTURE
        ):
            return None
        return Narrative(named[1], "D", named[2], True, named[0])

    def _weekday_named(self, mention: Mention) -> tuple[int, _dt.date, str] | None:
        """For "that Wednesday": the last day the text named as a Wednesday, when one
        was named not long before."""
        p = mention.partial
        if p.weekday is None or p.direction is not Direction.SAME or p.month or p.day:
            return None
        lowered = mention.text.lower()
        definite = lowered.startswith("the ")  # "fri 29th to sun 31st, gates open on the fri"
        if not lowered.startswith("that") and " that " not in lowered and not definite:
            return None
        reach = _THE_WEEKDAY_NAMED_REACH if definite else WEEKDAY_NAMED_REACH
        return self._last_named(self.days_named, p.weekday, mention.start, reach)

    def _quotation_start(self, position: int) -> int:
        """Where the quotation ``position`` lies in starts (``position`` when in none)."""
        span = self.quotes.span_at(position)
        return position if span is None else span[0]

    def _stamp_in_order(
        self, mention: Mention, tid: str, value: str, placed: Placed, by_default: bool
    ) -> tuple[str, Placed]:
        """A chat's stamp on the day it was sent; past midnight the chat's present moves."""
        day, past_midnight = self.chat.day_of(mention.partial, placed[0], mention.start, by_default)
        if past_midnight:
            self.entry_day = (day, tid)
        if day == placed[0]:
            return value, placed
        return readers.time_of(day.isoformat(), mention.partial), (day, "D")

    def _possessive_weekday_named(self, mention: Mention) -> Result | None:
        """ "could lift off as early as Thursday. ... Thursday's launch window opens at
        6:58 p.m."; "On Tuesday, ... emails sent on Dec. 3, 2021. Wednesday's testimony":
        a weekday's possessive speaks of the day of that name the text just told of."""
        p = mention.partial
        if not readers.bare_weekday(p) or not self.text.startswith(("'s", "’s"), mention.end):
            return None
        assert p.weekday is not None
        named = self._last_named(self.weekdays_told, p.weekday, mention.start)
        if named is None:
            return None
        _, day, tid = named
        anchor = Anchor(AnchorKind.NARRATIVE, day.isoformat(), tid)
        return readers.time_of(day.isoformat(), p), anchor, True, (day, "D")

    def _ends_range(self, mention: Mention) -> bool:
        """Whether the mention ends a range of times ("from about 9 p.m. Sunday until
        1:15 a.m. Monday", "from 7 p.m. tonight until noon Friday")."""
        start = mention.start
        return cues.RANGE_FROM.search(self.text, max(0, start - 45), start) is not None

    def _weekday_ending_range(self, mention: Mention) -> Result | None:
        """A weekday that ends a range is the first such day from the range's start."""
        last = self.last_day
        if not readers.bare_weekday(mention.partial) or last is None:
            return None
        if not self._ends_range(mention) or mention.start - last[0] > _RANGE_REACH:
            return None
        start = self._previous
        if start is not None and start.end == last[0] and readers.clock_only(start.partial):
            return None  # "from 4 to 7 p.m. Tuesday": a range of hours, on that Tuesday
        return self._weekday_counted_from(mention, last, strictly_after=False)

    def _weekday_heading_addition(self, mention: Mention) -> Result | None:
        """ "EDIT 2 (Wed 11:50pm): ... UPDATE Friday: it WORKED", "14th October 1863. ...
        P.S. Tuesday night.": a weekday heading an addition to a post or a letter is the
        first such day on or after the day the entry is dated, or else the last day it
        told of."""
        last = self.last_day
        if self.entry_day is not None:
            last = (mention.start, self.entry_day[0], self.entry_day[1])
        if (
            last is None
            or not readers.bare_weekday(mention.partial)
            or not readers.heads_an_addition(self.text, mention.start)
        ):
            return None
        return self._weekday_counted_from(mention, last, strictly_after=False)

    def _weekday_listed_after(self, mention: Mention) -> Result | None:
        """ "will be closed on Thursday and Friday", "Monday, Tuesday or Wednesday": a
        weekday listed right after another still ahead is the first such day after it (days
        gone by may be listed in any order: "statements made Friday and Thursday")."""
        previous, last = self._previous, self.last_day
        if previous is None or last is None or last[0] != previous.end:
            return None
        if self.dct is None or last[1] <= self.dct:
            return None
        p = mention.partial
        if not readers.bare_weekday(p) or not readers.bare_weekday(previous.partial):
            return None
        if not _LISTED_AFTER.fullmatch(self.text, previous.end, mention.start):
            return None
        return self._weekday_counted_from(mention, last, strictly_after=True)

    def _weekday_on_itinerary_line(self, mention: Mention) -> Result | None:
        """ "- fly up Tuesday the 12th, look at places Wed & Thurs, fly back Friday
        morning": on a list's line of plans, a weekday after a day still to come is the
        first such day after it; the line goes in order."""
        last = self.last_day
        if last is None or self.dct is None or last[1] <= self.dct:
            return None
        if not readers.bare_weekday(mention.partial) or mention.partial.shift:
            return None
        line_start = self._line_start(mention.start)
        if (
            line_start is None
            or last[0] < line_start
            or not _BULLET_LINE.match(self.text, line_start)
        ):
            return None
        if self._tense(mention) is Tense.PAST:
            return None
        return self._weekday_counted_from(mention, last, strictly_after=True)

    def _weekday_starting_range(self, mention: Mention) -> Result | None:
        """ "between midnight Tuesday and midday Wed 3 March": a weekday that starts a
        range ending at a date is the last such day up to it (the date's year is the one
        written, or the one nearest the telling while the story is at the telling)."""
        end = self.range_end_dates.get(mention.start)
        if end is None:
            return self._weekday_starting_range_to_day(mention)
        month, day_of_month, year = end
        if year is None:
            if self.dct is None or (self.narrative is not None and self.narrative.from_text):
                return None
            year = pick_year(self.dct, month, day_of_month, Direction.NONE, Tense.UNKNOWN)
        last = safe_date(year, month, day_of_month)
        return None if last is None else self._weekday_up_to(mention, last)

    def _weekday_up_to(self, mention: Mention, last: _dt.date) -> Result:
        """The last day of the mention's weekday up to ``last``, the end of its range."""
        p = mention.partial
        assert p.weekday is not None
        day = last - _dt.timedelta(days=(self._weekday_of(last) - p.weekday) % 7)
        anchor = Anchor(AnchorKind.NARRATIVE, last.isoformat())
        return readers.time_of(day.isoformat(), p), anchor, True, (day, "D")

    def _weekday_starting_range_to_day(self, mention: Mention) -> Result | None:
        """ "the cabins from Friday to Monday the 4th": a weekday that starts a range
        ending at a weekday and day of the month is the last such day before that day, of
        the month near the story's day (or the telling's) where the day is that weekday."""
        end = self.range_end_weekday_days.get(mention.start)
        story = self.narrative
        ref = story.day if story is not None and story.grain == "D" else self.dct
        if end is None or ref is None:
            return None
        last = weekday_day_near(ref, end[1], end[0], Tense.UNKNOWN)
        return None if last is None else self._weekday_up_to(mention, last)

    def _date_in_year_just_written(self, mention: Mention) -> Result | None:
        """ "took down the volume for 1997 and turned to 14 August": a month and day right
        after a year written long before the telling are that year's."""
        p, written, story = mention.partial, self.written_year, self.narrative
        if (
            (p.month is None and p.holiday is None)
            or p.weekday is not None
            or p.direction not in (Direction.NONE, Direction.TENSE)
            or written is None
            or written.grain != "Y"
            or self.dct is None
            or self.dct.year - written.day.year < 2
            or mention.start - written.position > _JUST_WRITTEN
            or (story is not None and story.position > written.position)
            or _SENTENCE_END.search(self.text, written.position, mention.start) is not None
            or self.quotes.inside(mention.start)
            or self._tense(mention) is not Tense.PAST
            or self._written_in_aside(written.position, mention.start)
            # "founded in 1952, had sales of $236 million in the fiscal year ended June 30":
            # the period reported on, not the year of the founding
            or cues.ends_a_period(self.text, mention.start)
            # a month or holiday alone takes the year only from one that opens its
            # sentence ("In the 1970 strike he was out from mid-September to
            # Thanksgiving") or stands in its clause ("bought the brewhouse in 1823 and
            # brewed his first ale there that Christmas")
            or (
                p.day is None
                and _OPENING_IN_YEAR.search(
                    self.text, max(0, written.position - 12), written.position
                )
                is None
                and _CLAUSE_BREAK.search(self.text, written.position, mention.start) is not None
            )
        ):
            return None
        anchor = Anchor(AnchorKind.NARRATIVE, format_value(written.day, "Y"), written.tid)
        return self._in_story(mention, written, anchor)

    def _date_near_full_date_ahead(self, mention: Mention) -> Result | None:
        """ "booked the hall for Saturday, June 9, 2001 ... we need to move to June 16",
        said in October 2000: a month and day not told in the past, within weeks of a date
        still to come that the text writes with its year, are of that year, when that is the
        first such day after the telling."""
        p = mention.partial
        if p.month is None or p.day is None or p.year is not None or self.dct is None:
            return None
        ahead = [day for day in self.full_dates if day > self.dct]
        if not ahead or self._tense(mention) is Tense.PAST:
            return None
        for written in ahead:
            day = safe_date(written.year, p.month, p.day)
            year_before = safe_date(written.year - 1, p.month, p.day)
            if (
                day is not None
                and day > self.dct
                # the first such day after the telling ("9 March", told in January 2010
                # beside "the year to 31 March 2011", is March 2010's)
                and (year_before is None or year_before <= self.dct)
                and abs((day - written).days) <= _BESIDE_FULL_DATE_DAYS // 2
                and (p.weekday is None or self._weekday_fits(p, written.year))
            ):
                anchor = Anchor(AnchorKind.NARRATIVE, written.isoformat())
                return readers.time_of(day.isoformat(), p), anchor, True, (day, "D")
        return None

    def _date_in_when_clause(self, mention: Mention) -> Result | None:
        """ "for the first time since 1991, when a 16-day standoff ended on July 17": a
        month and day told in the past in a "when" clause of a year are that year's."""
        p = mention.partial
        if p.month is None or p.day is None or p.weekday is not None or p.year is not None:
            return None
        found = _YEAR_WHEN_BEFORE.search(
            self.text, max(0, mention.start - _JUST_WRITTEN), mention.start
        )
        if found is None or self._tense(mention) is not Tense.PAST:
            return None
        day = safe_date(int(found["year"]), p.month, p.day)
        if day is None:
            return None
        anchor = Anchor(AnchorKind.NARRATIVE, found["year"])
        return readers.time_of(day.isoformat(), p), anchor, True, (day, "D")

    def _holiday_in_month_just_named(self, mention: Mention) -> Result | None:
        """ "died in September 2001, a week after Labor Day": a holiday set after a month
        and year, that falls in that month, is of that year."""
        p, named = mention.partial, self._previous
        if (
            p.holiday is None
            or named is None
            or not 0 <= mention.start - named.end <= _HOLIDAY_AFTER_MONTH_REACH
            or _SENTENCE_END.search(self.text, named.end, mention.start) is not None
        ):
            return None
        month = _MONTH_OR_WEEK.fullmatch(named.value)
        if month is None or month["month"] is None:
            return None
        year, month_number = int(month["year"]), int(month["month"])
        item = self.observances.named_at(p.holiday, mention.start)
        own = readers.observance_day(item, year, _UNMOVED)
        if own is None or own.month != month_number:
            return None
        anchor = Anchor(AnchorKind.NARRATIVE, named.value, named.tid)
        found = self._year_less_from(mention, own, anchor)
        return found if found[0].startswith(f"{year:04d}-") else None

    def _date_with_year_after(self, mention: Mention) -> Result | None:
        """ "Easter fell on April Fools' Day in 2018": a month, day or holiday whose clause
        goes on to name its year is of that year."""
        p = mention.partial
        if (
            (p.month is None and p.holiday is None)
            or (p.weekday is not None and p.day is None)
            or p.direction not in (Direction.NONE, Direction.TENSE)
        ):
            return None
        found = _YEAR_LATER_IN_CLAUSE.match(self.text, mention.end)
        if found is None:
            return None
        year = int(found["year"])
        story = Narrative(_dt.date(year, 1, 1), "Y", None, True, found.start("year"))
        return self._in_story(mention, story, Anchor())  # fixed by the text

    def _written_in_aside(self, written_at: int, start: int) -> bool:
        """Whether a year written at ``written_at`` is in an aside that ends before
        ``start``: "The Eagles, who last played at a World Cup in 2010, face Malawi on 15
        June", "Boris (came with the house in 2003!) went into the fridge on 15 November"."""
        reach = max(0, written_at - 80)
        if cues.IN_ASIDE.search(self.text, reach, written_at):
            return True
        return bool(
            cues.IN_BRACKETS.search(self.text, reach, written_at)
            and cues.CLOSES_BRACKETS.match(self.text, written_at, start)
        )

    def _season_apposed_to_year(self, mention: Mention) -> Result | None:
        """ "the last time the barrier failed was in 2039, the autumn Mum was born": a
        season set beside a year just written is of that year."""
        p, previous = mention.partial, self._previous
        if p.season is None or p.direction not in (Direction.NONE, Direction.TENSE):
            return None
        after = _YEAR_APPOSED_AFTER.match(self.text, mention.end)
        anchor = Anchor()  # the year is written after the clause, and fixes the season
        if after is not None:
            # "The summer I turned twelve, 1961, my father rented a cabin": the year set
            # after the clause that says which summer
            year = int(after["year"])
        elif (
            previous is None
            or _YEAR_VALUE.fullmatch(previous.value) is None
            or COMMA.fullmatch(self.text, previous.end, mention.start) is None
        ):
            return None
        else:
            year = int(previous.value)
            anchor = Anchor(AnchorKind.NARRATIVE, f"{year:04d}", previous.tid)
        first = safe_date(year, SEASON_MONTH[p.season], 1)
        if first is None:
            return None
        return f"{year:04d}-{p.season}", anchor, after is None, (first, "SE")

    def _in_time_written(self, mention: Mention) -> Result | None:
        """ "printed in the issue of Saturday 20 August 1892 ... the appeal was dismissed
        in the summer", "We landed in November 1979, two days before Thanksgiving": a
        season, holiday or month told in the past, in a text that has named a month or day
        long before the telling and not spoken of its own present, is of that time."""
        p, written = mention.partial, self.written_year
        if (
            (p.season is None and p.holiday is None and (p.month is None or p.day is not None))
            or p.weekday is not None
            or p.direction not in (Direction.NONE, Direction.TENSE)
            or written is None
            or written.grain not in ("D", "M")  # "founded in 1998. Sales rose in the summer"
            or self.dct is None
            or self.present_at >= 0
            # "the Dec. 21, 1988, bombing ... were named Monday": the story has moved on
            or (self.narrative is not None and self.narrative.position > written.position)
            or self.dct.year - written.day.year < _LONG_BEFORE_YEARS
            or not 0 <= mention.start - written.position <= _SEASON_AFTER_WRITTEN
            # "trained 5x a week since early january": a state lasting up to now
            or cues.SINCE.search(self.text, max(0, mention.start - 20), mention.start)
            or self.quotes.inside(mention.start)
            or self._tense(mention) is not Tense.PAST
        ):
            return None
        anchor = Anchor(AnchorKind.NARRATIVE, format_value(written.day, written.grain), written.tid)
        return self._in_story(mention, written, anchor)

    def _decade_just_named(self, mention: Mention) -> Narrative | None:
        """ "relegated twice in the 1970s and spent most of the following decade outside
        the League": a decade counted from the one its sentence just named."""
        previous = self._previous
        if (
            mention.partial.shift_unit != "DE"
            or not mention.partial.shift
            or previous is None
            or _DECADE_VALUE.fullmatch(previous.value) is None
            or _SENTENCE_END.search(self.text, previous.end, mention.start) is not None
        ):
            return None
        start = _dt.date(int(previous.value) * 10 or 1, 1, 1)
        return Narrative(start, "DE", previous.tid, True, previous.end)

    def _time_just_named(self, mention: Mention) -> Narrative | None:
        """The time named just before an anaphoric one that counts from it, wherever the
        story is: "Tomorrow is the health inspection, and the day after that is my
        birthday", "not back by the weekend, or the weekend after that"; "For most of June
        the weather pinned us down, and by the end of the month" (but not a thing's
        month: "we need December's pick by the end of the month")."""
        p, named = mention.partial, self.last_placed
        decade = self._decade_just_named(mention)
        if decade is not None:
            return decade
        if named is None or not 0 <= mention.start - named.position <= _SAME_SENTENCE:
            return None
        if p.shift:
            if mention.text.lower().endswith(" that"):
                return named
            if (
                p.shift_unit in ("W", "M", "Q", "Y")
                and named.grain == p.shift_unit
                and _SENTENCE_END.search(self.text, named.position, mention.start) is None
            ):
                # "applied for benefits last week, down 7,000 from the previous week": a
                # period counted from the one of its kind just named
                return named
            # "Jurors had retired on Wednesday afternoon, asked to rehear the testimony the
            # next morning": in the sentence of a day told in the past perfect, which the
            # story did not go to, a day counted is counted from it
            in_flashback = (
                p.shift_unit == "D"
                and named.grain == "D"
                and self.narrative is not None
                and self.narrative.day != named.day
                and _SENTENCE_END.search(self.text, named.position, mention.start) is None
                and is_past_perfect(self.text, named.position)
            )
            # "A vote is expected at the March 25 meeting, and the calendar would go to the
            # county the following week": counted from the day still to come just named
            ahead = (
                p.shift == 1
                and named.grain == "D"
                and self.dct is not None
                and named.day > self.dct
                and _SENTENCE_END.search(self.text, named.position, mention.start) is None
            )
            return named if in_flashback or ahead else None
        in_month_named = (
            p.shift_unit == named.grain == "M"
            and _SENTENCE_END.search(self.text, named.position, mention.start) is None
            and not self.text.startswith(("'s", "’s"), named.position)
        )
        # "would take effect Jan. 1, 2007, but ... until the end of that year": the year
        # of the time just named in the sentence, wherever the story is
        in_year_named = (
            p.shift_unit == "Y"
            and _THAT_YEAR.search(mention.text) is not None
            and _SENTENCE_END.search(self.text, named.position, mention.start) is None
        )
        return named if in_month_named or in_year_named else None

    def _day_in_month_just_named(self, mention: Mention) -> Result | None:
        """ "I'm on PTO the week of Thanksgiving, so sign before the 22nd": a day of the
        month alone, in the sentence of a month or week just named, is of that month."""
        p, named = mention.partial, self._previous
        day_number = readers.day_of_month_alone(p)
        if (
            day_number is None
            or named is None
            or not 0 <= mention.start - named.end <= _SAME_SENTENCE
            or _SENTENCE_END.search(self.text, named.end, mention.start) is not None
            or self.text.startswith(("'s", "’s"), named.end)
            or self.quotes.inside(mention.start)
        ):
            return None
        month = _MONTH_OR_WEEK.fullmatch(named.value)
        if month is None:
            return None
        year = int(month["year"])
        if month["week"]:
            try:
                monday = _dt.date.fromisocalendar(year, int(month["week"]), 1)
            except ValueError:
                return None  # no such week (a value written in the text, or year 0)
            year, month_number = monday.year, monday.month
        else:
            month_number = int(month["month"])
        day = safe_date(year, month_number, day_number)
        if day is None:
            return None
        anchor = Anchor(AnchorKind.NARRATIVE, named.value, named.tid)
        return readers.time_of(day.isoformat(), p), anchor, True, (day, "D")

    def _date_in_year_just_named(self, mention: Mention) -> Result | None:
        """ "Last year the monsoon arrived on June 5": a month and day later in the sentence
        of "last year" (or "next year") are that year's, told in its tense."""
        p, named = mention.partial, self.last_placed
        if (
            p.month is None
            or p.day is None
            or p.weekday is not None
            or named is None
            or named.grain != "Y"
            or self.dct is None
            or named.day.year == self.dct.year
            # the sentence opens with it: "Last year the monsoon arrived on June 5"
            or _OPENING_YEAR.search(self.text, max(0, named.position - 14), named.position) is None
            or mention.start - named.position > _JUST_WRITTEN
            or _SENTENCE_END.search(self.text, named.position, mention.start) is not None
            or self.text.startswith(("'s", "’s"), named.position)  # "Last year's results"
            or self.quotes.inside(mention.start)
        ):
            return None
        told = Tense.PAST if named.day.year < self.dct.year else Tense.FUTURE
        if self._tense(mention) is not told:
            return None
        anchor = Anchor(AnchorKind.NARRATIVE, format_value(named.day, "Y"), named.tid)
        return self._in_story(mention, named, anchor)

    def _weekday_fits_written_year(self, mention: Mention) -> Result | None:
        """ "Michaelmas term 1997 ... Term began on Sunday 12 October": a weekday and date
        that do not fit the publication year but fit the year the text last wrote are
        that year's. One that fits neither keeps the usual year, for the checks to see."""
        p = mention.partial
        written = self.written_year
        # "On Feb. 26, a Monday, three letters came": the weekday may be set after
        weekday = p.weekday if p.weekday is not None else self._weekday_set_after(mention)
        if (
            weekday is None
            or p.day is None
            or written is None
            or mention.start - written.position > _WRITTEN_YEAR_REACH
        ):
            return None
        year = written.day.year
        story = self.narrative
        in_story = story is not None and story.from_text and story.day.year == year
        if self.dct is not None and year > self.dct.year and not in_story:
            return None  # a year ahead ("bonds due Oct. 15, 1999") is no story's year
        if not in_story and mention.start - written.position > _WRITTEN_YEAR_ASIDE_REACH:
            return None  # a year named in passing ("since 1983") long before
        if p.month is None:
            # "by the end of November 1854 ... On Wednesday the 29th": the first month
            # from the one written whose day falls on that weekday.
            if self.dct is not None and abs(self.dct.year - year) < 2:
                return None
            if story is not None and story.from_text and story.grain in ("D", "M"):
                found = safe_date(story.day.year, story.day.month, p.day)
                if found is not None and found.isoweekday() == weekday:
                    # "December 1952 ... the pea-soupers of '21 ... on Tuesday the ninth":
                    # the story's month, where it fits
                    anchor = Anchor(AnchorKind.NARRATIVE, format_value(story.day, "M"), story.tid)
                    return readers.time_of(found.isoformat(), p), anchor, True, (found, "D")
            if written.grain in ("D", "M"):
                found = weekday_day_near(written.day, p.day, weekday, Tense.FUTURE)
            elif written.grain == "Y":
                # "in 1987 ... on Thursday the 31st": the one month of that year that fits
                fits = [
                    when
                    for month in range(1, 13)
                    if (when := safe_date(year, month, p.day)) is not None
                    and when.isoweekday() == weekday
                ]
                found = fits[0] if len(fits) == 1 else None
            else:
                found = None
            if found is None:
                return None
            anchor = Anchor(AnchorKind.NARRATIVE, format_value(written.day, "M"), written.tid)
            return readers.time_of(found.isoformat(), p), anchor, True, (found, "D")
        if self.dct is not None:
            near = safe_date(self.dct.year, p.month, p.day)
            if abs(self.dct.year - year) < 2 or (near and near.isoweekday() == weekday):
                return None  # a year near the telling's: a wrong weekday is the checks' to find
        fixed = safe_date(year, p.month, p.day)
        if fixed is not None and written.grain in ("D", "M") and fixed < written.day:
            # "Senior year started on Sept. 8, 1986 ... Graduation was Friday, June 12":
            # a month and day before the one written, where the story goes on, are of
            # the next year when its weekday fits that one
            later = safe_date(year + 1, p.month, p.day)
            if later is not None and later.isoweekday() == weekday:
                fixed, year = later, year + 1
        if fixed is None or weekday not in (
            fixed.isoweekday(),
            # "Thursday the fourth of October" of 1582: the Julian calendar's weekday, in
            # the years the English-speaking world still kept it
            julian_weekday(fixed) if fixed < _JULIAN_IN_ENGLISH_UNTIL else None,
        ):
            return None
        anchor = Anchor(AnchorKind.NARRATIVE, f"{year:04d}", written.tid)
        return readers.time_of(fixed.isoformat(), p), anchor, True, (fixed, "D")

    def _weekday_set_after(self, mention: Mention) -> int | None:
        """The weekday of "a Monday" set after a date with a comma ("Feb. 26, a Monday")."""
        index = bisect.bisect_left(self._mention_starts, mention.end)
        if index >= len(self._mentions):
            return None
        after = self._mentions[index]
        if not readers.bare_weekday(after.partial) or not COMMA.fullmatch(
            self.text, mention.end, after.start
        ):
            return None
        return after.partial.weekday

    def _report_day_before(self, mention: Mention, state: Narrative) -> Narrative | None:
        """ "the Labor Department reported yesterday. The figures, released at 8:30 a.m.":
        a clock time told in the past, in a story still at the telling, is on the day just
        named as the one the news was told, a day or two back."""
        last, p = self.last_day, mention.partial
        if (
            last is None
            or self.dct is None
            or state.position >= 0
            or p.hour is None
            or p.day is not None
            or p.weekday is not None
            or p.shift
            or not 0 < (self.dct - last[1]).days <= 2
            or not 0 <= mention.start - last[0] <= _REPORT_DAY_REACH
            or self._stamp
            or self.quotes.inside(mention.start)
            or self._tense(mention) is not Tense.PAST
        ):
            return None
        named = self._mention_of(last[2])
        if named is None or not _REPORTED_BEFORE.search(
            self.text, max(0, named.start - 30), named.start
        ):
            return None
        return Narrative(last[1], "D", last[2], True, last[0])

    def _event_weekday(self, mention: Mention) -> bool:
        """ "A family escaped a fire early Sunday": a weekday of the news that an event
        happened on, where the story goes; not the day it was reported ("investigators
        said Monday")."""
        return (
            readers.bare_weekday(mention.partial) or self._event_yesterday(mention)
        ) and not self._report_weekday(mention)

    def _event_yesterday(self, mention: Mention) -> bool:
        """ "Rain restricted play to just 47 minutes at Devonshire Park yesterday": the day
        the news happened, where the story goes, as a weekday would be."""
        p, story = mention.partial, self.narrative
        return (
            # at the telling still (a diary's "Crossed from Mashhad yesterday" looks back
            # from the day of its entry)
            (
                story is None
                or story.position < 0
                # "closed on the house Friday ... Moved everything yesterday", told on
                # Sunday: the story goes on in order to the day before the telling
                or (
                    self.dct is not None
                    and story.grain == "D"
                    and story.day < self.dct - _dt.timedelta(days=1)
                    and self.dct - story.day <= _dt.timedelta(days=_REPORT_DAYS)
                )
            )
            and p.shift_unit == "D"
            and p.shift == -1
            and p.hour is None
            and p.part_of_day is None
            and mention.text.lower() == "yesterday"
            and not _REPORTED_BEFORE.search(self.text, max(0, mention.start - 30), mention.start)
        )

    def _report_weekday(self, mention: Mention) -> bool:
        """ "investigators said Monday": the day the news was told, not where it is; in a
        text titled with a time years back, "her brother told her on Tuesday" is a day of
        the story."""
        return (
            readers.bare_weekday(mention.partial)
            and bool(_REPORTED_BEFORE.search(self.text, max(0, mention.start - 30), mention.start))
            and not (
                self.titled_far
                and self._far_story_day(mention, STORY_AWAY_YEAR_DAYS, grains=("D", "M"))
                is not None
            )
        )

    def _measured_against(self, start: int) -> bool:
        """ "the first flood since Christmas", "faster than on Boxing Day 2020": a day a
        record is measured against."""
        if _COMPARED_BEFORE.search(self.text, max(0, start - 32), start):
            return True
        if not readers.follows_since(self.text, start):
            return False
        return cues.RECORD_SINCE.search(self.text, max(0, start - 90), start) is not None

    def _opens_flashback(self, timex: Timex) -> bool:
        """ "The express had left Chicago at 9:45 p.m. on Sept. 7, 1999, ... the next day":
        a full date in the past perfect is where the story goes while only the telling's
        days have set it; after a date of the text's own, it is background to it."""
        current = self.narrative
        if timex.anchor.kind is not AnchorKind.NONE or current is None or current.from_text:
            return False
        start = self._sentence_start(timex.start, _SENTENCE_REACH)
        # not "said it had ... on March 26"
        return _REPORTED.search(self.text, start, timex.start) is None

    def _names_the_story(self, mention: Mention, day: _dt.date, grain: str) -> bool:
        """ "the Aug. 3 derailment ... the previous evening": a recent day that names an
        event is where the story is while only the telling's days have set it. One written
        with its year ("the Dec. 21, 1988, bombing") is background."""
        current = self.narrative
        return (
            grain == "D"
            and mention.partial.year is None
            and mention.partial.weekday is None
            and self.text[max(0, mention.start - 4) : mention.start].lower().endswith("the ")
            and current is not None
            and not current.from_text
            and self.dct is not None
            and 0 < (self.dct - day).days <= _RECENT_EVENT_DAYS
        )


def _mention_index(tid: str) -> int:
    """The place among the text's mentions of the one a timex id ("t12") was made from;
    -1 for a heading's own ids."""
    return int(tid[1:]) - 1 if tid[:1] == "t" and tid[1:].isdigit() else -1


def _story_frame(
    text: str, mentions: Sequence[Mention], dct: _dt.date | None
) -> tuple[int, _dt.date, str] | None:
    """The index of the timex that sets the whole story's time from its first line, that
    time and its grain: a year told later ("It was 2008,", "Fifty years on, they keep the
    radio"), or the day an anniversary said in the present falls years back ("Ten years
    this Saturday")."""
    told_later = readers.year_told_later(text, mentions, dct) or (
        readers.story_years_before_telling(text, mentions, dct)
    )
    if told_later is not None:
        index, year = told_later
        return index, _dt.date(year, 1, 1), "Y"
    anniversary = readers.anniversary_day(text, mentions, dct)
    if anniversary is not None:
        index, day = anniversary
        return index, day, "D"
    return None


def resolve(text: str, mentions: Sequence[Mention], dct: _dt.date | None) -> tuple[Timex, ...]:
    """Anchor every mention, in text order, and return the timexes."""
    mentions = with_dates_beside_weekdays(text, mentions)
    resolver = _Resolver(
        text,
        dct,
        readers.tells_history(text, mentions, dct),
        readers.range_years(text, mentions),
        mentions,
    )
    resolver.log_days = log_days(text, mentions, dct)
    if not resolver.log_days:
        resolver.log_days = footer_days(text, mentions, dct)
        # a post's stamp is said from the telling, not from the post's own day
        resolver.footer_stamps = frozenset(day.tid for day in resolver.log_days)
    frame = _story_frame(text, mentions, dct)
    if frame is not None:
        index, day, grain = frame
        resolver.narrative = Narrative(
            day, grain, f"t{index + 1}", from_text=True, position=0, framing=True, whole_text=True
        )
    else:
        holiday_now = readers.holiday_on_weekday_day(text, mentions, dct, resolver.observances)
        if holiday_now is not None:
            # "Valentine's Day falls on a Friday this year, which means ...": the story's
            # present is that holiday, in the year it falls so
            index, day = holiday_now
            resolver.narrative = Narrative(
                day, "D", f"t{index + 1}", from_text=True, position=0, framing=True
            )
            resolver.entry_day = (day, f"t{index + 1}")
    timexes = [resolver.resolve(m, f"t{i + 1}") for i, m in enumerate(mentions)]
    agreed = [
        dataclasses.replace(t, value=resolver.agreed[t.tid]) if t.tid in resolver.agreed else t
        for t in timexes
    ]
    return tuple(
        days_said_on_the_day_told(text, resolver.quotes, clocks_on_the_day_after(text, agreed))
    )

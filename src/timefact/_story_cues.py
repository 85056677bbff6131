"""The words around a date that tell whether the story goes to it.

A story moves to the days it tells of, not to a deadline ("until Friday"), a plan ("was
set for Saturday"), a term falling due ("debentures due Oct. 15, 1999"), where a state
began ("since Monday"), a date naming a thing ("That 1978 resolution") or a look back
("The previous Thursday, Birtles had been seen"). The patterns here read those words;
`_anchoring` decides with them.
"""

from __future__ import annotations

from timefact._regex_cache import compiled

__all__ = [
    "BACK_BY",
    "BY",
    "CLOSES_BRACKETS",
    "DATED_THING",
    "DEADLINE",
    "DETERMINER_BEFORE",
    "DUE_BEFORE",
    "FORECAST_HEADING",
    "FORECAST_TEXT",
    "IN_ASIDE",
    "IN_BRACKETS",
    "IT_WAS",
    "NOT_UNTIL",
    "NOUN_AFTER",
    "OPENING_PHRASE",
    "PAST_PERFECT_AFTER",
    "PERIOD_END",
    "PLANNED_FOR",
    "PREDICATE_AFTER",
    "RANGE_END",
    "RANGE_FROM",
    "RECORD_SINCE",
    "SINCE",
    "SINCE_CLAUSE",
    "SPAN_END",
    "UP_TO_NOW_SINCE",
    "dates_a_thing",
    "ends_a_period",
    "ends_a_span",
]

# "clear by Thursday", "postponed until Tuesday": a deadline
DEADLINE = compiled(
    r"\b(?i:(?:until|till|til)\s+after|until|till|through|til"
    r"|(?:pushed|moved|moves|postponed|delayed|rescheduled|bumped|revised|brought\s+forward)"
    r"(?:\s+\w+){0,3}\s+(?:to|back\s+to))"
    r"(?:\s+at\s+(?:least|the\s+(?:earliest|latest)))?\s+$"
)
BY = compiled(r"\b(?i:by)\s+$")
# "Client requested a recovery programme by Monday": a past request's deadline lies ahead
REQUESTED_BY = compiled(
    r"\b(?i:requested|asked|told|ordered|demanded|wanted|instructed|urged|needed|expected)\b"
    r"[^.;:!?\n]{0,60}\b(?i:by)\s+$"
)
# "this didn't happen today, it was the weekend before last": the time a story is told of
IT_WAS = compiled(r"\b(?i:it|this)\s+(?:was|happened)\s+$")
# "from 11am-ish till 7": the end of a range of times
RANGE_END = compiled(r"(?:\b(?i:till|until|til|to)\s+|\s*[-–]\s*)$")
# What follows a date set off by commas when it was an aside: the sentence's verb.
PREDICATE_AFTER = compiled(
    r",\s+(?:(?:and|but|then|has|have|had)\s+)?(?:was|were|is|are|has|have|had|will|would|"
    r"could|can|may|might|must|should|did|does|do|said|says|[a-z]+ed|[a-z]+s|"
    # "Reed, who turned 18 on Wednesday, shook off a hard fall"
    r"shook|took|made|went|came|gave|got|won|lost|left|led|fell|rose|sold|paid|held|met|"
    r"ran|saw|found|told|kept|began|became|brought|bought|struck|stood|wrote|spoke|broke|"
    r"drove|flew|grew|knew|threw|hit|put|set|let|cut|quit|beat|sank|swam|sang|fought)\b"
)
# A clause in the past perfect right after a date: "..., Birtles had been seen"
PAST_PERFECT_AFTER = compiled(
    r",?[ \t]+"
    # "This time last year, Fiona thought, she had been on a beach"
    r"(?:[A-Z][\w'’-]*[ \t]+(?:thought|recalled|remembered|realised|realized|supposed),[ \t]+)?"
    r"(?:(?:[A-Z][\w'’-]*|the\s+\w+|he|she|they|it|we|I)\s+){1,3}"
    r"had\s+(?:already\s+|been\s+)?\w+(?:ed|en|ne|wn|ght|id|ld)\b"
)
# "from ... until": the end of a range, not a deadline
RANGE_FROM = compiled(
    r"\b(?i:from)\s+(?:(?i:about|around|roughly)\s+)?(?:(?:\d{1,2}\b|noon|midnight|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)[^;!?]{0,30}\b(?i:until|till|til|to)"
    # "from Friday through Sunday"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?i:through|thru))\s+$"
    # "signed up for Monday thru Thursday", "closed Friday until Sunday"
    r"|\b(?<!every )(?<!each )(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+"
    r"(?i:through|thru|until|till|to)\s+$"
)
# "debentures due Oct. 15, 1999", "a lease expiring in June": a term, not the story's day
DUE_BEFORE = compiled(
    # "was due on Tuesday the fifteenth and did not come" tells of that day
    r"\b(?:(?<!was )(?<!were )(?i:due)|(?i:maturing|matures|mature|expiring|expires))"
    r"(?:\s+(?:on|in|by|at))?\s+$"
    # "the deadline was noon Thursday", "with a deadline of Friday": when it must be done
    r"|\b(?i:deadline)(?:\s+(?:is|was|of|set\s+for|for))?\s*:?\s+$"
)
# "had to be back in her classroom the Tuesday after Labor Day": a day to return by
BACK_BY = compiled(r"\b(?i:be|get)\s+back(?:\s+[\w'’]+){0,4}\s+$")
# "That 1978 resolution", "the 1998 season": a date naming the thing after it
DETERMINER_BEFORE = compiled(r"\b(?i:that|this|the|a|an|its|his|her|their|our)\s+$")
NOUN_AFTER = compiled(
    r"[ \t]+(?!(?:and|or|to|when|as|after|before|until|while|with|for|the|a|an|he|she|it|"
    r"they|we|i|was|were|is|are|had|has)\b)[a-z]+"
)
# "since Monday": where a state began
SINCE = compiled(r"\b(?i:since)\s+(?:the\s+)?$")
# "Since the Spaniards shut the frontier on Sunday night it has been quiet": a clause of
# when a state began, opening its sentence, told of the past (not "Since the vote is on
# Friday, ...": a cause)
SINCE_CLAUSE = compiled(
    r"(?:^|[.!?;\n][ \t\"“‘']*)Since\b(?![^.!?;,\n]*\b(?i:is|are|am|will|can|ll)\b)"
    r"[^.!?;,\n]{1,80}$"
)
# "Prices are still up 35 percent since the start of the year": a span up to now
UP_TO_NOW_SINCE = compiled(
    r"\b(?i:is|are|has|have|remains?|stands?)\b[^.!?;:\n]{0,60}\b(?i:since)\s+$"
)
# Inside a relative clause set off by a comma, up to where a year was written
IN_ASIDE = compiled(r",\s*(?i:who|which|whose|where)\b[^,.;]*$")
# ... or in brackets that close before what follows: "(came with the house in 2003!)"
IN_BRACKETS = compiled(r"\([^()\n]*$")
CLOSES_BRACKETS = compiled(r"[^()\n]*\)")
# "The funeral was set for Saturday": a plan, not where the story is ("scheduled for
# Sunday, April 7, ... with tipoff at 3 p.m." is where a preview goes)
PLANNED_FOR = compiled(
    r"\b(?i:set|scheduled|planned|slated|booked|fixed|arranged|penciled|pencilled)"
    r"(?:\s+in)?\s+for\s+$"
)
# "a newspaper from 14 May 1963", "a letter dated 3 June": the date of a thing found or
# kept, not a time the story goes to.
DATED_THING = compiled(
    r"\b(?i:newspapers?|papers?|letters?|photos?|photographs?|pictures?|postcards?|receipts?|"
    r"tickets?|issues?|editions?|copy|copies|notes?|maps?|documents?|recordings?|magazines?|"
    r"coins?|stamps?|calendars?|cards?|bills?|invoices?|records?|files?|emails?|e-mails?|"
    r"messages?|texts?)\s+(?:from|of|dated|marked|stamped|postmarked)\s+(?:the\s+)?$"
)
# Verbs of a state that lasted, up to "until": "lingered until Monday morning".
_LASTED = r"lasted|lingered|continued|stayed|remained|persisted|raged|went\s+on|carried\s+on"
# "did not properly stop until the first week of March", "lingered until Monday": the end
# of a span whose start the story stays at.
SPAN_END = compiled(
    r"\b(?i:stop|stopped|stops|end|ended|ends|finish|finished|let\s+up|cease|ceased|ease|"
    r"eased|relent|relented|clear|cleared|thaw|thawed|melt|melted|lift|lifted|" + _LASTED + r")\b"
    r"(?:\s+[\w'’]+){0,3}\s+(?i:until|till|til)\s+$"
)
# A weather forecast, and the weather its headings ("Friday night:") go on to give.
FORECAST_TEXT = compiled(r"\b(?i:forecasts?|outlook)\b|\b(?:Tonight|TONIGHT):")
FORECAST_HEADING = compiled(
    r"[^\n]{0,40}\b(?i:snow|rain|showers?|sunny|sunshine|cloudy|clouds|clear|fog|drizzle|"
    r"storms?|thunderstorms?|flurries|sleet|winds?|breezy|dry|frost|highs?|lows?|"
    r"temperatures?|chance\s+of)\b"
)


# "did not arrive until Friday", "wasn't done till noon": the time it did happen
NOT_UNTIL = compiled(
    r"(?:(?:\b(?i:not|never|didnt|wasnt|werent|hadnt|couldnt)|n['’]t)\b[^.;!?]{0,30}"
    # "lingered until Monday morning", "stayed till Sunday": how long a past state lasted
    r"|\b(?i:" + _LASTED + r"|waited|worked|partied|danced|talked|slept)\b"
    r"(?:\s+[\w'’]+){0,3}\s+"
    # "the only reviewer ... was off until Monday": a state in the past
    r"|\b(?i:was|were)\s+(?:\w+\s+)?(?i:off|out|away|closed|shut|down|offline|unavailable)\b"
    r"(?:\s+[\w'’]+){0,3}\s+)"
    r"\b(?i:until|till|til)\s+$"
)
# "the first flood since Christmas", "the highest reading since January 1968": a day
# measured against, not where the story is.
RECORD_SINCE = compiled(
    r"\b(?i:first|highest|lowest|biggest|largest|smallest|worst|best|most|least|longest|"
    r"strongest|weakest|deadliest|record)\b[^.!?\n]{0,60}\b(?i:since)\s+$"
)
# "On the last day of term, Friday 17 July 2009, ...": an opening phrase the date stands in
OPENING_PHRASE = compiled(r"(?:^|[.!?\n][\s\"“]*)(?:On|In|At|During|By)\s[^,.!?\n]{0,40},\s*$")


# "net income for the quarter, which ended June 30", "the three months ended Sept. 30",
# "its budget for the year to 31 March 2011": the end of a period reported on.
PERIOD_END = compiled(
    r"\b(?i:quarter|period|year|months|weeks|half|fiscal\s+\d{4})\s*,?\s*(?:which\s+)?"
    r"(?i:ended|ending|ends|end|to|through|thru)\s+(?:on\s+)?$"
)


def ends_a_period(text: str, start: int) -> bool:
    """Whether the date at ``start`` ends a reported period ("the quarter ended June 30")."""
    return PERIOD_END.search(text, max(0, start - 40), start) is not None


def dates_a_thing(text: str, start: int) -> bool:
    """Whether the date at ``start`` is the date of a thing ("a newspaper from ...")."""
    tail = text[max(0, start - 12) : start].lower()
    if not any(word in tail for word in (" from ", " of ", "dated ", "marked ", "stamped ")):
        return False  # the cue's last words are not there: no need to search
    return DATED_THING.search(text, max(0, start - 30), start) is not None


def ends_a_span(text: str, start: int) -> bool:
    """Whether the date at ``start`` ends a span ("did not stop until March")."""
    if "til" not in text[max(0, start - 8) : start].lower():
        return False
    return SPAN_END.search(text, max(0, start - 50), start) is not None


# "Early voting ran from Oct. 15 to Nov. 2": a span something lasted, whose first day is
# no day the story goes to
SPAN_FROM = compiled(
    r"\b(?i:ran|runs|lasted|lasts|continued|continues|stretched|stretches|extended|"
    r"extends|was[ \t]+open|were[ \t]+open|was[ \t]+held|were[ \t]+held)[ \t]+from[ \t]+$"
)
_SPAN_GOES_ON = compiled(r"[ \t]*(?:to|through|thru|until|till|[-–])[ \t]")


def starts_a_span(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start`` (to ``end``) opens a span something lasted ("voting
    ran from Oct. 15 to Nov. 2")."""
    return (
        _SPAN_GOES_ON.match(text, end) is not None
        and SPAN_FROM.search(text, max(0, start - 30), start) is not None
    )

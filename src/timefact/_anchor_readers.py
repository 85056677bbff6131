"""Small readers for anchoring: what a partial value gives at once (a day, a value
string), and what a whole text tells (a history, the years of ranges, a date standing
alone as a diary heading).
"""

from __future__ import annotations

import datetime as _dt
import functools
import itertools
import re
from collections.abc import Iterator, Mapping, Sequence

from timefact._calendar import SEASON_MONTH, nth_weekday, safe_date
from timefact._mention import Mention, Reference
from timefact._model import Direction, Partial, TimexType
from timefact._nearest import weekday_near
from timefact._observances import observance_date
from timefact._productions._common import LINE_START_BEFORE, SENDER
from timefact._regex_cache import compiled
from timefact._tense import QuoteTracker, Tense
from timefact._vocab import Observance, load_vocabulary

__all__ = [
    "FULL_DAY",
    "ObservancesOfText",
    "WeekdayDatePair",
    "absolute_day",
    "anniversary_day",
    "bare_weekday",
    "counted_day",
    "country_of",
    "dated_headings",
    "day_value",
    "ends_its_line",
    "full_dates",
    "heads_an_addition",
    "minutes_of",
    "names_the_present",
    "observance_day",
    "observance_table",
    "pair_fits",
    "range_years",
    "stamps_a_message",
    "stamps_a_post_ago",
    "stands_alone",
    "story_years_before_telling",
    "tells_history",
    "time_of",
    "titles_the_text",
    "unknown",
    "weekday_date_pairs",
    "written_periods",
    "year_the_pairs_fit",
]

# Where a resolved value puts the story (a day and the grain of the value), if anywhere.
Placed = tuple[_dt.date, str]
# A value that is a whole day, or begins with one ("2021-09-26", "2021-09-26T15:00").
FULL_DAY = compiled(r"\d{4}-\d\d-\d\d")

# Where a sentence or a line ends
SENTENCE_END = compiled(r"[.!?][\"”’')]*(?:\s|$)|\n")
# (not after an ellipsis: "throwing their party on... the 21st. At 4.")
_ALONE_BEFORE = compiled(r"(?:^|(?<!\.)\.|[!?\n])[ \t]*$")
_ALONE_AFTER = compiled(
    # "2149-03-15, 1830 UTC. We freed the drill": a log's heading may give the hour too,
    # and a journal's the place ("Mon 11/11/02, Pakbeng. Crossed the Mekong")
    r"(?:,?[ \t]*(?:[01]\d|2[0-3]):?[0-5]\d(?:[ \t]*(?:UTC|GMT|hrs|Z))?"
    r"|,[ \t]*[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,2}(?=[ \t]*[.:—–-]))?"
    r"[ \t]*(?:[.:—–-][ \t]*)?(?:\n|$|(?<=[.:—–-])[ \t]*[A-Z\"“])"
)
_TEXT_START = 8  # blank characters a text may open with before its first line
# The rest of a first line that a date opens: "..., 47°S. Day 52 at sea."
_HEADING_REST = compiled(r",[ \t]*[^\n]{1,60}\n")
# A full stop that ends an abbreviation, not a sentence.
_ABBREVIATION_BEFORE = compiled(
    r"(?:\b[AaPp]\.[Mm]|\b(?:Mr|Mrs|Ms|Dr|St|Mt|No|vs|Rd|Ave|Blvd|Ln|Hwy|Pkwy|Sq))\.[ \t]*$"
)
# The field of a message's header that gives its date.
# A post in a thread or a feed, stamped with its date and time ("| 15 Apr 2010, 09:12: so
# a volcano ...", "\n3 June 2021 at 4:12pm: ..."), begins a line or follows a bar.
_POST_BEFORE = compiled(r"(?:^|[\n|])[ \t]*$")
_POST_STAMP_AFTER = compiled(
    r",?[ \t]*(?:at[ \t]+)?(?:[01]?\d|2[0-3])[:.][0-5]\d"
    r"(?:[ \t]*(?:[ap]\.?m\.?|[AP]M))?[ \t]*:[ \t]"
)
_HEADER_BEFORE = compiled(
    r"\b(?:Sent|Date|Posted|Written|Received):[ \t]*$"
    # "EDIT 27 Jan: as of Tuesday ...", "UPDATE (3 March):": when an addition was written
    r"|(?:^|[\n.!?|][ \t]*)(?:EDIT|UPDATE|Edit|Update|Updated|ETA)(?:[ \t]*\d{1,2})?[ \t]*"
    r"(?:\([ \t]*)?$"
    # a letter's postscript: "P.S. Tuesday night. The river rose"
    r"|(?:^|\n)[ \t]*P\.?[ \t]?S\.?[ \t]+$"
    # a forum's or a blog's stamp: "| Posted 14 March 2017 - 09:12 PM |", "Posted on May 3";
    # a review's: "Reviewed 6 January 2013", "Reviewed in the United Kingdom on 20 July 2015"
    r"|(?:^|[\n.!?|][ \t]*)(?:Posted|Published|Reviewed)"
    r"(?:[ \t]+in(?:[ \t]+the)?(?:[ \t]+[A-Z][a-z]+){1,3})?(?:[ \t]+on)?[ \t]+$"
)
# A post's or a review's byline on a line of its own: "By GardenGuyNJ on June 18, 2012",
# "by marshwren62 » Sat Dec 17, 2022 7:58 pm", "txmama3 · 04-30-2009, 07:12 AM": when
# what is under it was written.
_BYLINE_BEFORE = compiled(
    r"(?:^|\n)[ \t]*(?:(?:[Bb]y|[Pp]osted[ \t]+by|[Rr]eviewed[ \t]+by)[ \t]+[^\n]{1,40}?"
    r"[ \t]+(?:on|»|·|\||—|-)|[^\s·»|][^\n·»|]{0,30}[ \t][·»|])[ \t]*$"
)
_BYLINE_AFTER = compiled(
    r"(?:,?[ \t]*(?:\d{4}[ \t,]*)?(?:at[ \t]+)?(?:[01]?\d|2[0-3])[:.][0-5]\d"
    r"(?:[ \t]*(?:[ap]\.?m\.?|[AP]M))?)?[ \t]*(?:\n|$)"
)
# "Hull, Sunday 10 November 1963." at the head of a letter: the place it was written at.
_HEADING_REACH = 80  # characters of place before a letter's date
_HEADING_PLACE = compiled(
    # "Kingston, ", "At sea, ", "On board the Aquitania, ", "Coolinga Creek Station,
    # Central Australia, "
    r"\s*(?:[A-Z][\w.'’-]*(?:[ \t][\w.'’-]+){0,3},[ \t]*){1,3}"
)

# The first line of a text, a title that ends in the date its story is at ("CHAPTER NINE
# — Glasgow, Friday 13 November 1987", "LOG OF THE CORMORANT — 14 March 2147").
# A chapter's label may stand on a line above a short one ("ONE\n\nNorwich, November 1994").
_HEADING_LINE = compiled(
    r"\s*(?:[^\n!?]{0,80}|[^\n.!?]{1,40}\n\s*[^\n.!?]{0,60})(?:[—–:,.]|[ \t]-)[ \t]*"
)
_LINE_END = compiled(r"\.?[ \t]*\n")  # "..., March 1898."


# A chat's stamp at the head of its message: "dusk — Yesterday at 11:14 PM: gg tonight",
# "[Today at 09:12] Sam:", "[26/06/2017, 19:02] Claire:".
# "Messages: [Sat 8 Jun, 19:22] Kerry:", "... in Brunswick. Sam · 02/03/2019 4:51 PM: Hi":
# messages run on in one paragraph too, after a sentence's end, a colon or a bar.
_STAMP_BEFORE = compiled(
    r"(?:^|\n|(?<=[.!?:|])[ \t])[ \t]*(?:\[(?:\d{1,2}/\d{1,2}/\d{2,4},?[ \t]*)?"
    # "21/01/2016, 18:04 - Fiona:", as a phone exports a chat
    r"|\d{1,2}/\d{1,2}/\d{2,4},[ \t]*"
    r"|[^\n\[\].!?:|]{1,40}?[ \t][—–·-][ \t]+"
    # "| Priya, 08:14: how long ...", "| Jan (MD), 07:51: Hi ladies!"
    # "| Marcy in Ohio, November 26, 2010 at 8:14 am: Made this pie"
    r"|[A-Z][\w.'’-]{0,20}(?:[ \t][A-Za-z][a-z.'’-]{1,20}){0,2}(?:[ \t]\([^()\n]{1,10}\))?,"
    r"[ \t]*|" + SENDER + ")$"
)
# After the stamp: a bracket, a colon, or "· Seller:" (the sender after the stamp)
_STAMP_AFTER = compiled(
    r"[ \t]*(?:\]|:(?!\d)|·[ \t]*[A-Z][\w'’-]{0,20}:|[-–][ \t]+[A-Z][\w'’-]{0,20}"
    r"(?:[ \t][A-Z][\w'’-]{0,20})?:)"
)


# A stamp on a line of its own over the message it dates ("Yesterday 4:52 PM\nMom: where
# r u??"), as a phone shows a thread
_MESSAGE_LINE_AFTER = compiled(
    r"[ \t]*\n[ \t]*[A-Z][\w.'’-]{0,20}(?:[ \t][A-Z][\w.'’-]{0,20})?:[ \t]"
)


def heads_an_addition(text: str, start: int) -> bool:
    """Whether a date heads an addition to a post ("EDIT 27 Jan:", "UPDATE Friday:")."""
    return _HEADER_BEFORE.search(text, max(0, start - 48), start) is not None


# An e-mail's reply quoting the message it answers under that message's stamp ("On Tue, 4
# Mar 2014 at 09:12, Ruth Cavanagh <ruth@example.com> wrote:")
_ON_BEFORE = compiled(r"\b[Oo]n[ \t]+$")
_WROTE_AFTER = compiled(r",?[ \t]+[^\n!?:]{1,90}?[ \t]wrote:")


def heads_a_quoted_message(text: str, start: int, end: int) -> bool:
    """Whether a date stamps a message quoted in a reply ("On Tue, 4 Mar 2014 at 09:12,
    Ruth Cavanagh <ruth@example.com> wrote:"): what follows is told on its day."""
    return (
        _ON_BEFORE.search(text, max(0, start - 4), start) is not None
        and _WROTE_AFTER.match(text, end) is not None
    )


# A live blog's entry: a time with its zone opening a sentence, and a colon after it
# ("... under review. 15:20 BST: The Met Office has extended ...")
_ZONED_TIME = compiled(
    r"(?:[01]?\d|2[0-3])[:.][0-5]\d[ \t]*(?:[ap]\.?m\.?[ \t]*)?"
    r"(?:BST|GMT|UTC|CET|CEST|IST|AEST|AEDT|[ECMP][SD]?T)"
)
_ENTRY_COLON_AFTER = compiled(r"[ \t]*:(?!\d)")


# A post's or comment's stamp after its author's name, on a line of its own: "   Tom
# Reyes · 8:52pm"
_AUTHOR_DOT_BEFORE = compiled(r"(?:^|\n)[ \t]*[^\n·•]{1,40}?[ \t][·•][ \t]*$")
_LINE_END_AFTER = compiled(r"[ \t]*(?:\n|$)")
# ... or after a gap, as a team chat shows its sender over the message: "Grandma Ruth  8:03 PM"
_AUTHOR_GAP_BEFORE = compiled(
    r"(?:^|\n)[ \t]*[A-Z][\w.'’-]{0,20}(?:[ \t][A-Z][\w.'’-]{0,20}){0,2}(?:[ \t]{2,}|\t)$"
)
# ... a clock time, perhaps after its date ("Karen · November 22, 2009 at 8:17pm")
_ENDS_WITH_CLOCK = compiled(r"[^\n]{0,30}?\d[:.][0-5]\d[ \t]*(?:[AaPp]\.?[Mm]\.?)?")


def stamps_a_message(text: str, start: int, end: int) -> bool:
    """Whether a time heads a message of a chat or an entry of a live blog as its
    stamp: when it was written, and the day its own "tonight" and "tmrw" count from."""
    before = max(0, start - 44)
    # what must follow the time first: a stamp is rare, and its look back is the dearer
    return bool(
        (_STAMP_AFTER.match(text, end) and _STAMP_BEFORE.search(text, before, start))
        or (_MESSAGE_LINE_AFTER.match(text, end) and LINE_START_BEFORE.search(text, before, start))
        or (
            _ENTRY_COLON_AFTER.match(text, end)
            and _ZONED_TIME.fullmatch(text, start, end)
            and _ALONE_BEFORE.search(text, before, start)
        )
        or (
            _LINE_END_AFTER.match(text, end)
            and _ENDS_WITH_CLOCK.fullmatch(text, start, end)
            and (
                _AUTHOR_DOT_BEFORE.search(text, before, start)
                or _AUTHOR_GAP_BEFORE.search(text, before, start)
            )
        )
    )


# A post's stamp counted back from when the page was read: "Ryan D · 31 reviews · a week
# ago ★★★★★ Booked ...", "Response from the owner · 5 days ago: Thanks!"
_AGO_STAMP_BEFORE = compiled(r"[·•|][ \t]*$")
_COMPACT_AGE = compiled(r"\d{1,2}(?:d|w|mo|y)")  # "u/fencepost_blues · 2d"
_AGO_STAMP_AFTER = compiled(r"[ \t]*(?:[★☆]|:[ \t]|[·•|]|\n|$)")


def ends_its_line(text: str, end: int) -> bool:
    """Whether nothing but spaces follows ``end`` on its line."""
    return _LINE_END_AFTER.match(text, end) is not None


def stamps_a_post_ago(text: str, start: int, end: int) -> bool:
    """Whether a time counted back ("a week ago", "5 days ago") stamps a post or a review
    on a page, set off by a dot or a bar: the day what is told under it counts from."""
    return bool(
        (text[end - 3 : end].lower() == "ago" or _COMPACT_AGE.fullmatch(text, start, end))
        and _AGO_STAMP_BEFORE.search(text, max(0, start - 3), start)
        and _AGO_STAMP_AFTER.match(text, end)
    )


def titles_the_text(text: str, start: int, end: int) -> bool:
    """Whether a date closes the text's first line, its title ("Kingston, 1962",
    "CHAPTER NINE — Glasgow, Friday 13 November 1987"): the time of what is told under it."""
    return bool(_LINE_END.match(text, end) and _HEADING_LINE.fullmatch(text, 0, start))


# A comment's header: its writer's name and a comma before the date, the time it was
# posted and a colon after it ("Marcy in Ohio, November 26, 2010 at 8:14 am: Made this").
_COMMENT_NAME_BEFORE = compiled(r"(?:^|(?<=[.!?\n)])[ \t]*)[A-Z][^!?\n:,]{0,30},[ \t]*$")
_COMMENT_HEAD_AFTER = compiled(
    r",?[ \t]*(?:at[ \t]+)?(?:1[0-2]|0?[1-9]):[0-5]\d[ \t]*(?:[ap]\.?m\.?|[AP]M)?[ \t]*:[ \t]"
)


def heads_a_comment(text: str, start: int, end: int) -> bool:
    """Whether a date heads a comment with its writer's name and the time it was posted
    ("bakerboy1983, November 27, 2010 at 4:02 pm: Can you freeze it?"): when the comment
    under it was written."""
    return bool(
        _COMMENT_HEAD_AFTER.match(text, end)
        and _COMMENT_NAME_BEFORE.search(text, max(0, start - 40), start)
    )


def stands_alone(text: str, start: int, end: int) -> bool:
    """Whether a date is a sentence or a line of its own ("Friday 14 February."), heads a
    letter or is the date of a message ("Sent: Friday, 28 February 2025 11:05")."""
    before = text[max(0, start - 3) : start] if start >= 3 else "\n" + text[:start]
    if heads_an_addition(text, start):
        return True  # "Sent: Wednesday, 5 March 2025 17:32": the date of a message
    if heads_a_comment(text, start, end):
        return True
    if _BYLINE_BEFORE.search(text, max(0, start - 60), start) and _BYLINE_AFTER.match(text, end):
        return True  # "By GardenGuyNJ on June 18, 2012": the day a review was written
    if _POST_BEFORE.search(text, max(0, start - 3), start) and _POST_STAMP_AFTER.match(text, end):
        return True  # "| 16 Apr 2010, 23:48: BOOKED. first train tmrw 07:30": a post's stamp
    if _ABBREVIATION_BEFORE.search(text, max(0, start - 8), start):
        return False  # "collected at 8 a.m. the following Monday": no sentence ends there
    heads_letter = start <= _HEADING_REACH and _HEADING_PLACE.fullmatch(text, 0, start) is not None
    if titles_the_text(text, start, end):
        return True  # "CHAPTER NINE — Glasgow, Friday 13 November 1987": a title's date
    if (
        start <= _TEXT_START
        and not text[:start].strip()
        and _HEADING_REST.match(text, end)
        and any(c.isdigit() for c in text[start:end])  # not "Tomorrow, she thinks."
    ):
        return True  # "Thursday 20 December 2018, 47°S. Day 52 at sea.": a log's first line
    return bool((heads_letter or _ALONE_BEFORE.search(before)) and _ALONE_AFTER.match(text, end))


# "It is 4:12 a.m. on Thursday, 3 June 2021, and ...": a sentence that opens by naming
# the time it is now.
_PRESENT_BEFORE = compiled(
    r"(?:(?:^|(?<=[.!?\n]))[ \t\"“]*(?:it\s+is|it['’]s|today\s+is|now\s+it\s+is"
    # "The Earth calendar says Thursday, 11 April 2041", "The date was Friday, 13 March"
    # (not "The release date is March 5")
    r"|(?:the|my|our|his|her)\s+(?:[a-z]+\s+)?calendar\s+(?:says|said|reads|read|shows|showed)"
    r"|(?:the|today['’]s)\s+date\s+(?:is|was))\s+(?:now\s+)?"
    # "the radio has been saying that today, Tuesday the 19th of July, could break it"
    r"|\btoday,[ \t]+)$",
    re.IGNORECASE,
)


# An occasion just named that "it" stands for: "remember my birthday. It's Nov. 2"
_OCCASION_BEFORE = compiled(
    r"\b(?i:birthday|anniversary|wedding|party|deadline|due[ \t]+date|exam|appointment|"
    r"interview|launch|premiere|opening|meeting|game|match|concert|show)\b[^\n]{0,40}$"
)


def names_the_present(text: str, start: int) -> bool:
    """Whether the date at ``start`` is what a sentence says it is now ("It is Monday, 5
    March 1990."): the present of the telling that follows, whatever the text's date;
    not the day of an occasion just named ("remember my birthday. It's Nov. 2")."""
    found = _PRESENT_BEFORE.search(text, max(0, start - 40), start)
    return found is not None and not (
        found.group().lstrip(' \t"“.!?\n').lower().startswith("it")
        and _OCCASION_BEFORE.search(text, max(0, found.start() - 60), found.start())
    )


def bare_weekday(p: Partial) -> bool:
    """ "Sunday", "Tuesday night": a weekday with no date beside it."""
    return p.weekday is not None and p.month is None and p.day is None and p.holiday is None


def day_of_month_alone(p: Partial) -> int | None:
    """The day of "the 22nd", "on the fifteenth": a day of the month said with no month or
    weekday (``None`` for anything else)."""
    return p.day if p.month is None and p.weekday is None else None


def clock_only(p: Partial) -> bool:
    """ "4", "9:30 a.m.": a time of day with no day of its own."""
    return (
        p.hour is not None
        and p.weekday is None
        and p.day is None
        and p.month is None
        and p.holiday is None
        and p.direction is Direction.NONE  # "7 p.m. tonight" is on a day
        and p.fuzzy is None
    )


def counted_day(p: Partial, year: int) -> _dt.date | None:
    """The n-th weekday of a month, or a day in the middle of its n-th week."""
    if p.nth is None or p.month is None:
        return None
    if p.weekday is not None:
        return nth_weekday(year, p.month, p.weekday, p.nth)
    if p.nth > 0:
        return safe_date(year, p.month, 7 * p.nth - 3)
    last = safe_date(year, p.month + 1, 1) if p.month < 12 else _dt.date(year + 1, 1, 1)
    return None if last is None else last - _dt.timedelta(days=4)


def observance_day(item: Observance, year: int, p: Partial) -> _dt.date | None:
    """The day of an observance in a year, moved as "the day after Thanksgiving" says."""
    day = observance_date(item, year)
    if day is not None and p.shift_unit == "WD" and p.shift:
        # "the Saturday after Thanksgiving": the first such weekday past it
        step = _dt.timedelta(days=1 if p.shift > 0 else -1)
        day += step
        while day.isoweekday() != abs(p.shift):
            day += step
        return day
    if day is None or p.shift_unit != "D" or not p.shift:
        return day
    return day + _dt.timedelta(days=p.shift)


@functools.cache
def observance_table(country: str | None = None) -> dict[str, Observance]:
    """The observances, as the texts of ``country`` keep them (the US's when ``None``)."""
    return {o.key: o.in_country(country) for o in load_vocabulary().observances}


class ObservancesOfText(Mapping[str, Observance]):
    """The observances as the country a text is of keeps them; the text is read for its
    country only when a holiday is first looked up, as most texts name none."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._table: dict[str, Observance] | None = None
        self._country: str | None = None
        self._country_read = False

    @property
    def country(self) -> str | None:
        """The country the text is of, read once (``None``: none is clear)."""
        if not self._country_read:
            self._country = country_of(self._text)
            self._country_read = True
        return self._country

    def _kept(self) -> dict[str, Observance]:
        if self._table is None:
            self._table = observance_table(self.country)
        return self._table

    def __getitem__(self, key: str) -> Observance:
        return self._kept()[key]

    def named_at(self, key: str, start: int) -> Observance:
        """The observance written at ``start``, as the country named right before it
        keeps it ("Guatemala's Independence Day", "Mexican Independence Day"), else as
        the text's country does."""
        before = _COUNTRY_BEFORE.search(self._text, max(0, start - 40), start)
        if before is not None:
            country = _countries_named().get(before.group(1))
            if country is not None:
                return observance_table(country)[key]
        return self[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._kept())

    def __len__(self) -> int:
        return len(self._kept())


@functools.cache
def _countries_named() -> dict[str, str]:
    """Names of countries and peoples, as they are written before a holiday."""
    tables = load_vocabulary().tables
    return {**tables.get("country_cue", {}), **tables.get("country_name", {})}


# A country's name or people right before a holiday: "Guatemala's", "Mexican", "the Kenyan".
_COUNTRY_BEFORE = compiled(r"\b([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:['’]s)?[ \t]+$")


@functools.cache
def _country_cues() -> tuple[re.Pattern[str], dict[str, str]]:
    written: dict[str, str] = load_vocabulary().tables.get("country_cue", {})
    # a dateline writes its place in capitals: "SINGAPORE —"
    cues = written | {name.upper(): country for name, country in written.items()}
    names = sorted(cues, key=len, reverse=True)
    return compiled(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)"), cues


_LEDE_REACH = 300  # characters into a text its dateline and its lede stand


def country_of(text: str) -> str | None:
    """The country a text is of, when its names say so clearly ("WELLINGTON, Tuesday —",
    "the Mombasa-Nairobi highway"): named at least twice (a dateline's place counts
    twice), and more often than any other.
    Only countries that keep some holiday on another day than the US are listed."""
    pattern, cues = _country_cues()
    counts: dict[str, int] = {}
    for found in pattern.finditer(text):
        country = cues[found.group(0)]
        # a dateline's place ("WINDHAM HARBOUR, N.S. —") or the lede's ("Fire destroyed a
        # student flat ... return to Dunedin") says it for the whole text
        weight = 2 if found.start() < _LEDE_REACH else 1
        counts[country] = counts.get(country, 0) + weight
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


# A text that names years mostly this long before its publication (three in four), and
# speaks of its own present (a deictic or a bare weekday) never, or once among many years
# ("today the field is a park"), is a history: a war chronicle, a biography. Its
# year-less dates belong to the years it tells of.
_HISTORY_YEARS = 10


_RANGE_BETWEEN = compiled(r"\s*(?:-|–|—|to|and|through|until|till|thru)\s*", re.IGNORECASE)


def range_years(text: str, mentions: Sequence[Mention]) -> dict[int, tuple[int, int, int]]:
    """Where a range writes its year once, at its end ("between May and July 1916", "from
    Jan. 5 to Feb. 20, 2004"): the start of its first date, and the month, day and year of
    its last."""
    found: dict[int, tuple[int, int, int]] = {}
    for first, last in itertools.pairwise(mentions):
        p, q = first.partial, last.partial
        if p.year is not None or p.month is None or q.year is None or q.month is None:
            continue
        if _RANGE_BETWEEN.fullmatch(text, first.end, last.start):
            found[first.start] = (q.month, q.day or 31, q.year)
    return found


def weekdays_before_dates(
    text: str, mentions: Sequence[Mention]
) -> dict[int, tuple[int, int, int | None]]:
    """Where a range starts at a weekday and ends at a date ("between midnight Tuesday
    and midday Wed 3 March", "from Monday to Friday, June 12"): the start of the weekday,
    and the month, day and year (if written) of the date."""
    found: dict[int, tuple[int, int, int | None]] = {}
    for first, last in itertools.pairwise(mentions):
        p, q = first.partial, last.partial
        if not bare_weekday(p) or q.month is None or q.day is None:
            continue
        if _RANGE_BETWEEN.fullmatch(text, first.end, last.start):
            found[first.start] = (q.month, q.day, q.year)
    return found


def weekdays_before_weekday_days(
    text: str, mentions: Sequence[Mention]
) -> dict[int, tuple[int, int]]:
    """Where a range starts at a weekday and ends at a weekday with its day of the month
    ("the 3 cabins from Friday to Monday the 4th"): the start of the first weekday, and
    the weekday and day of the last."""
    found: dict[int, tuple[int, int]] = {}
    for first, last in itertools.pairwise(mentions):
        p, q = first.partial, last.partial
        if not bare_weekday(p) or q.weekday is None or q.day is None or q.month is not None:
            continue
        if _RANGE_BETWEEN.fullmatch(text, first.end, last.start):
            found[first.start] = (q.weekday, q.day)
    return found


def full_dates(mentions: Sequence[Mention]) -> tuple[_dt.date, ...]:
    """Every day the text writes with its year, month and day ("15-8-47")."""
    days = (
        safe_date(m.partial.year, m.partial.month, m.partial.day)
        for m in mentions
        if m.partial.year is not None and m.partial.month is not None and m.partial.day
    )
    return tuple(day for day in days if day is not None)


def dated_headings(text: str, mentions: Sequence[Mention]) -> frozenset[int]:
    """Where a date with its year, month and day heads an entry ("Tues. 1st March 1983.
    G. rang ..."): it ends its sentence or its line, as a diary's heading does."""
    return frozenset(
        m.start
        for m in mentions
        if m.partial.year is not None
        and m.partial.month is not None
        and m.partial.day is not None
        and _ALONE_AFTER.match(text, m.end)
    )


def written_periods(mentions: Sequence[Mention]) -> tuple[tuple[_dt.date, int], ...]:
    """Every time the text writes with its year but no day ("the winter of 1947",
    "Christmas 1965", "September 1972"): about when it was, and how many days from then a
    day of the same story may lie."""
    found = []
    for m in mentions:
        p = m.partial
        if p.year is None or p.day is not None or m.type is TimexType.DURATION:
            continue
        if p.month is not None:
            day, reach = safe_date(p.year, p.month, 15), 120
        elif p.season == "WI":  # "the winter of 1947": its January, or on to February 1948
            day, reach = safe_date(p.year, 1, 31), 400
        elif p.season is not None:
            day, reach = safe_date(p.year, SEASON_MONTH[p.season], 15), 200
        elif p.holiday is not None:
            day, reach = observance_day(observance_table()[p.holiday], p.year, p), 120
        else:
            continue
        if day is not None:
            found.append((day, reach))
    return tuple(found)


_PAIR_YEARS_BACK = 12  # years before the telling a text's weekday-date pairs may be of


# A weekday written beside a day of a month: (month, day of the month, weekday).
WeekdayDatePair = tuple[int, int, int]


def weekday_date_pairs(mentions: Sequence[Mention]) -> tuple[WeekdayDatePair, ...]:
    """The text's weekday-date pairs written without a year ("Monday, the 10th of May"); a
    weekday and day of the month alone ("Sat 8th", in a diary after "Tues 4th April") are
    of the month last written."""
    pairs: list[WeekdayDatePair] = []
    month: int | None = None
    for m in mentions:
        p = m.partial
        if p.month is not None:
            month = p.month
        if p.weekday is None or p.day is None or p.year is not None:
            continue
        if p.month is not None:
            pairs.append((p.month, p.day, p.weekday))
        elif month is not None and m.rule == "the-ordinal-day":
            pairs.append((month, p.day, p.weekday))
    return tuple(pairs)


def pair_fits(pair: WeekdayDatePair, year: int) -> bool:
    """Whether a weekday-date pair is right in ``year``."""
    month, day_of_month, weekday = pair
    day = safe_date(year, month, day_of_month)
    return day is not None and day.isoweekday() == weekday


def year_the_pairs_fit(mentions: Sequence[Mention], dct: _dt.date | None) -> int | None:
    """The one year, near the telling, that most of the text's weekday-date pairs without
    a year fit ("Thurs 9 Feb ... Fri 10 Feb ... Tues 14 Feb", a diary of 2023 published
    in 2024; "Tues 4th April ... Sat 8th ... Mon 17th"): at least two pairs must agree
    on it and more than half of all pairs fit it.
    A text of one pair, or of pairs that fit no year together, tells no year."""
    if dct is None:
        return None
    pairs = weekday_date_pairs(mentions)
    if len(pairs) < 2:
        return None
    years = range(dct.year - _PAIR_YEARS_BACK, dct.year + 2)
    counts = {year: sum(1 for pair in pairs if pair_fits(pair, year)) for year in years}
    best = max(counts.values())
    if best < 2 or 2 * best <= len(pairs):
        return None
    return min((year for year, n in counts.items() if n == best), key=lambda y: abs(y - dct.year))


# "It was 2008, the banks were falling", "That was 2003, the winter ...": a sentence that
# sets the story's year.
_IT_WAS_BEFORE = compiled(
    r"(?:(?:^|[.!?\n][\"”’']?)[ \t]*[\"“]?(?:It|That|This)[ \t]+was|\b[Tt]hat[ \t]+year,)[ \t]+$"
)
_IT_WAS_AFTER = compiled(r"[ \t]*(?:[,.;:—–]|and\b)")
# "All Saints' Day fell on a Saturday in 1755": the year of the day just named
_FELL_IN_BEFORE = compiled(r"\bfell\b[^.;!?\n]{0,30}\bin[ \t]+$")
_FELL_REACH = 8  # characters from the day named to its "fell"
_STORY_YEAR_REACH = 600  # characters into the text a story's year can be set late
_TELLING_MONTHS_DAYS = 183  # days from the telling a weekday and date are the telling's
_TOLD_LATER_YEARS = 5  # years before the telling a day must be to set a story's year late


# "Fifty years on, they keep the radio on the kitchen shelf": the telling, years on
_YEARS_ON_AFTER = compiled(r"[ \t]+(?:on|later)\b")
_CLAUSE_AFTER = compiled(r"[ \t]*,?[ \t]*(?P<clause>[^.!?\n]{0,80})")
_YEARS_ON_START = compiled(r"(?:^|[.!?:][\"”’)]*[ \t]+|\n[ \t]*)$")
_PRESENT_CLAUSE = compiled(
    r"\b(?:is|are|am|has|have|keep|keeps|still|now|lives|live|stands|hangs|remains|"
    r"remain)\b"
)
_YEARS_VALUE = compiled(r"P(\d+)Y")


def story_years_before_telling(
    text: str, mentions: Sequence[Mention], dct: _dt.date | None
) -> tuple[int, int] | None:
    """The index and year of "Fifty years on, they keep the radio on the kitchen shelf",
    in a story that writes no year: the story is that many years before the telling, in
    its year from its first line."""
    if dct is None or _writes_a_year(mentions):
        return None
    for index, mention in enumerate(mentions):
        p = mention.partial
        years: int | None = None
        end = mention.end
        counted = _YEARS_VALUE.fullmatch(mention.value or "")
        if mention.type is TimexType.DURATION and counted is not None:
            on = _YEARS_ON_AFTER.match(text, mention.end)  # "Fifty years on, ..."
            years, end = (int(counted.group(1)), on.end()) if on else (None, end)
        elif p.shift_unit == "Y" and p.shift and mention.reference is Reference.NARRATIVE:
            years = abs(p.shift)  # "Sixty years later, ..."
        if years is None or not 1 <= years < dct.year:
            continue
        clause = _CLAUSE_AFTER.match(text, end)
        if (
            clause is not None
            and _YEARS_ON_START.search(text, max(0, mention.start - 4), mention.start)
            and _PRESENT_CLAUSE.search(clause.group("clause"))
        ):
            return index, dct.year - years
    return None


_SPACE_BETWEEN = compiled(r"[ \t]+")


def _writes_a_year(mentions: Sequence[Mention]) -> bool:
    """Whether a text writes a year in full ("1962"), which sets its story's year itself;
    a year without its century ("the spring of '07") takes its century from the story."""
    return any(m.partial.year is not None and not m.partial.century_unwritten for m in mentions)


def anniversary_day(
    text: str, mentions: Sequence[Mention], dct: _dt.date | None
) -> tuple[int, _dt.date] | None:
    """The index and day of "Ten years this Saturday, and they still ask", in a story
    that writes no year of its own: the story is at the Saturday that many years before
    the one named, from its first line."""
    if dct is None or _writes_a_year(mentions):
        return None
    for index, (count, day) in enumerate(itertools.pairwise(mentions)):
        years = _YEARS_VALUE.fullmatch(count.value or "")
        weekday = day.partial.weekday
        if (
            count.type is not TimexType.DURATION
            or years is None
            or weekday is None
            or not bare_weekday(day.partial)
            or day.partial.direction is not Direction.SAME
            or _SPACE_BETWEEN.fullmatch(text, count.end, day.start) is None
            or not day.text.lower().startswith("this ")
            or not _YEARS_ON_START.search(text, max(0, count.start - 4), count.start)
        ):
            continue
        named = weekday_near(dct, weekday, Direction.SAME, Tense.PRESENT)
        back = safe_date(named.year - int(years.group(1)), named.month, named.day)
        if back is not None:
            # the day of that name nearest the date, as anniversaries are kept
            shift = (weekday - back.isoweekday() + 3) % 7 - 3
            return index, back + _dt.timedelta(days=shift)
    return None


# "Valentine's Day falls on a Friday this year": a holiday, the weekday it falls on, and
# the year said to be the telling's
_FALLS_ON_BETWEEN = compiled(r"[ \t]+(?:falls|fell|is|was|lands|landed)[ \t]+on[ \t]+$")
_THIS_YEAR_AFTER = compiled(r"[ \t]+this[ \t]+year\b")
_FITTING_YEARS = 12  # years either side of the telling the holiday's weekday is looked for


def holiday_on_weekday_day(
    text: str, mentions: Sequence[Mention], dct: _dt.date | None, observances: ObservancesOfText
) -> tuple[int, _dt.date] | None:
    """The index and day of "Valentine's Day falls on a Friday this year", opening a
    text whose own year the holiday does not fall on that weekday in: the story is at that
    holiday in the nearest year it does, and that day is its present."""
    if dct is None or len(mentions) < 2:
        return None
    holiday, weekday = mentions[0], mentions[1]
    key, day_of_week = holiday.partial.holiday, weekday.partial.weekday
    if (
        key is None
        or holiday.partial.year is not None
        or day_of_week is None
        or not bare_weekday(weekday.partial)
        or _FALLS_ON_BETWEEN.search(text, holiday.end, weekday.start) is None
        or len(text[holiday.end : weekday.start]) > 20
        or _THIS_YEAR_AFTER.match(text, weekday.end) is None
        or SENTENCE_END.search(text, 0, holiday.start) is not None
    ):
        return None
    item = observances.named_at(key, holiday.start)
    fitting = [
        day
        for year in range(dct.year - _FITTING_YEARS, dct.year + _FITTING_YEARS + 1)
        if (day := observance_date(item, year)) is not None and day.isoweekday() == day_of_week
    ]
    if not fitting or any(day.year == dct.year for day in fitting):
        return None
    return 0, min(fitting, key=lambda day: (abs(day.year - dct.year), day > dct))


_LENGTH_YEARS_AT_LEAST = 5  # fewer years than this say little of when a story was


def lengths_in_years(mentions: Sequence[Mention]) -> tuple[int, ...]:
    """The whole numbers of years the text's lengths give ("for thirty-five years"), of
    five or more, in text order and each once."""
    found: dict[int, None] = {}
    for mention in mentions:
        if mention.type is not TimexType.DURATION or mention.value is None:
            continue
        years = _YEARS_VALUE.fullmatch(mention.value)
        if years is not None and int(years.group(1)) >= _LENGTH_YEARS_AT_LEAST:
            found[int(years.group(1))] = None
    return tuple(found)


def year_told_later(
    text: str, mentions: Sequence[Mention], dct: _dt.date | None = None
) -> tuple[int, int] | None:
    """The index and year of "It was 2008," early in the first paragraph, when the dates
    before it wrote no year ("The Wednesday before Thanksgiving, Nora flew home. It was
    2008, ...", "Easter Sunday fell late that year, 1974, and", "All Saints' Day fell on
    a Saturday in 1755"), or of a day written with
    a year long before the telling, when the times before it are none the telling counts
    ("We did not own a radio that fall, so on the Sunday before Halloween, October 30,
    1938, ..."): the story is in that year from its first line."""
    for index, mention in enumerate(mentions):
        if mention.start > _STORY_YEAR_REACH or "\n\n" in text[: mention.start]:
            return None
        p = mention.partial
        if p.year is None:
            continue
        if index == 0:
            return None  # a year written first: the story is set by it
        if follows_since(text, mention.start):
            return None  # "the biggest monthly gain since September 1983": a record's mark
        if (
            p.granularity == "Y"
            and _IT_WAS_BEFORE.search(text, max(0, mention.start - 12), mention.start)
            and _IT_WAS_AFTER.match(text, mention.end)
        ):
            return index, p.year
        fell = _FELL_IN_BEFORE.search(text, max(0, mention.start - 45), mention.start)
        if (
            p.granularity == "Y"
            and fell is not None
            and any(
                (m.partial.holiday is not None or m.partial.month is not None)
                and fell.start() - m.end <= _FELL_REACH
                for m in mentions[:index]
            )
        ):
            return index, p.year  # "All Saints' Day fell on a Saturday in 1755"
        if (
            dct is not None
            and (p.month is not None or p.holiday is not None)
            and dct.year - p.year >= _TOLD_LATER_YEARS
            and not any(_counts_from_the_telling(text, m, dct) for m in mentions[:index])
        ):
            return index, p.year
        return None
    return None


def follows_since(text: str, start: int) -> bool:
    """Whether the time starting at ``start`` is the mark of a "since" ("since 1983")."""
    return text[max(0, start - 7) : start].rstrip().lower().endswith("since")


def _counts_from_the_telling(text: str, mention: Mention, dct: _dt.date) -> bool:
    """Whether a time is counted from the telling ("last week", "on Tuesday" in news) or
    is a weekday and date of the telling's months ("died on Saturday, Aug. 10", in an
    obituary of Aug. 12), rather than a time of a story yet to be dated."""
    p = mention.partial
    if mention.reference is Reference.DCT or p.fuzzy is not None:
        return True
    if p.weekday is not None and p.month is not None and p.day is not None:
        return any(
            day is not None
            and day.isoweekday() == p.weekday
            and abs((day - dct).days) <= _TELLING_MONTHS_DAYS
            for day in (safe_date(year, p.month, p.day) for year in (dct.year - 1, dct.year))
        )
    return bare_weekday(p) and not mention.text.lower().startswith(("the ", "that "))


def tells_history(text: str, mentions: Sequence[Mention], dct: _dt.date | None) -> bool:
    """Whether the text tells of years long past and never, outside the speech it
    quotes, of its own present: then its year-less dates belong to the years it tells of."""
    if dct is None:
        return False
    years = [m.partial.year for m in mentions if m.partial.year is not None]
    old = sum(year <= dct.year - _HISTORY_YEARS for year in years)
    if not years or old < 0.75 * len(years):
        return False  # the years it names are mostly recent: no history
    quotes = QuoteTracker(text)
    present = sum(
        m.type is not TimexType.SET
        # "'three weeks from Monday,' Mother said": the speech of the story's own time
        and not quotes.inside(m.start)
        and (
            m.reference is Reference.DCT
            or (
                m.partial.weekday is not None
                and m.partial.month is None
                and m.partial.day is None
                # "on 3 April 1932, a Sunday" names the weekday of a date, not a present;
                # nor does "on a Tuesday afternoon", "one Sunday in April"
                and m.partial.direction is not Direction.NONE
                and _WEEKDAY_OF_DATE.search(text, max(0, m.start - 10), m.start) is None
            )
        )
        for m in mentions
    )
    return present == 0 or (present == 1 and len(years) >= 2)


_WEEKDAY_OF_DATE = compiled(r"\d,?[ \t]+(?:a[ \t]+)?$|\b(?i:a|one|on\s+a)[ \t]+$")
_FULL_DATE = compiled(r"(\d{4})-(\d\d)(?:-(\d\d))?(?:T|$)")


def absolute_day(mention: Mention) -> Placed | None:
    """Where a value the words fully give puts the story: a day ("the last Friday of
    August 1968"), a month, a year, a quarter or a season."""
    written = _FULL_DATE.match(mention.value or "")
    if written is not None and mention.partial.fuzzy is None:
        day = safe_date(int(written.group(1)), int(written.group(2)), int(written.group(3) or 1))
        if day is not None:
            return day, "D" if written.group(3) else "M"
    p = mention.partial
    if p.year is None or not 1 <= p.year <= 9999 or p.fuzzy:
        return None
    if p.quarter is not None:
        return _dt.date(p.year, 3 * p.quarter - 2, 1), "Q"
    if p.season is not None:
        return _dt.date(p.year, SEASON_MONTH[p.season], 1), "SE"
    if p.month is None and p.granularity == "Y":
        return _dt.date(p.year, 1, 1), "Y"
    return None


def unknown(p: Partial) -> str:
    if p.fuzzy:
        return p.fuzzy
    text = p.underspecified_value()
    if p.month is None and p.weekday is None and p.season is None:
        return "XXXX-XX-XX" if (p.shift_unit or "D") in ("D", "H") else "XXXX"
    return text


def day_value(p: Partial, year: int) -> str:
    text = f"{year:04d}-{p.month:02d}-{p.day:02d}"
    return time_of(text, p)


def weekend_day_near(day: _dt.date) -> _dt.date:
    """A day of the weekend nearest ``day``: the Sunday before a Monday to Wednesday, the
    Saturday after a Thursday or Friday, the day itself on a weekend."""
    weekday = day.isoweekday()
    if weekday <= 3:
        return day - _dt.timedelta(days=weekday)
    return day + _dt.timedelta(days=max(0, 6 - weekday))


def is_season_of_days(p: Partial) -> bool:
    """Whether a mention names an observance of many days as a whole ("during Lent",
    "Ramadan"), not a time on it nor a day counted from it."""
    if p.holiday is None or p.hour is not None or p.shift or p.granularity in ("W", "WE"):
        return False
    item = observance_table().get(p.holiday)
    return item is not None and item.days > 1


def observance_value(day: _dt.date, p: Partial) -> str:
    """The value of an observance's day, or of its week ("the week after Easter"), or of
    the weekend nearest it ("Memorial Day weekend", "Thanksgiving weekend")."""
    if p.granularity == "W":
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if p.granularity == "WE":
        year, week, _ = weekend_day_near(day).isocalendar()
        return f"{year:04d}-W{week:02d}-WE"
    if is_season_of_days(p):
        # "during Lent", "Ramadan": a season of days, as the month it lies in or its year
        item = observance_table()[p.holiday or ""]
        last = day + _dt.timedelta(days=item.days - 1)
        if (last.year, last.month) == (day.year, day.month):
            return f"{day.year:04d}-{day.month:02d}"
        return f"{day.year:04d}"
    return time_of(day.isoformat(), p)


# The hour and minute of a time's value ("1907-XX-XXT03:40")
_CLOCK_OF_VALUE = compiled(r"T(\d\d):(\d\d)")


def minutes_of(value: str) -> int | None:
    """The minutes after midnight of a time's value ("1907-XX-XXT03:40" is 220)."""
    clock = _CLOCK_OF_VALUE.search(value)
    return None if clock is None else int(clock.group(1)) * 60 + int(clock.group(2))


def time_of(day_text: str, p: Partial) -> str:
    if p.hour is not None:
        minute = p.minute or 0
        text = f"{day_text}T{p.hour:02d}:{minute:02d}"
        if p.second is not None:
            text += f":{p.second:02d}"  # "03:14:07 UTC"
        return text + (p.zone or "") if p.zone and p.zone != "Z" else text
    if p.part_of_day:
        return f"{day_text}T{p.part_of_day}"
    return day_text

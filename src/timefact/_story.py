"""Where a story is, and what a date means inside it.

A story is where the text last put it (a `Narrative`): a day, a week, a month or a year,
from a date the text gives or one counted from the publication date. A year-less date, a
bare weekday or "tomorrow" said in a story set years back belongs to the story, not to
the publication date: `StoryReading` holds those readings, for the resolver that keeps
the story's state.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from timefact import _anchor_readers as readers
from timefact import _story_cues as cues
from timefact._calendar import SEASON_MONTH, format_value, safe_date
from timefact._mention import Mention
from timefact._model import Anchor, AnchorKind, Direction, Partial, Timex
from timefact._nearest import month_step
from timefact._productions._common import SENTENCE_START_BEFORE
from timefact._regex_cache import compiled
from timefact._tense import QuoteTracker, Tense, TenseReader, is_past_perfect

__all__ = ["SENTENCE_END", "Narrative", "Placed", "Result", "StoryReading"]

# How far (in characters) a year the story moved to carries over to the year-less dates
# after it, within its paragraph and beyond it; farther, or once the text speaks of the
# present again ("last week", "on Tuesday"), news convention (the DCT's year) takes over.
_STORY_REACH = 1500
_STORY_REACH_ACROSS_PARAGRAPHS = 600
# Text that runs on from one item of a dashed or bulleted list to the next, no blank line
_LIST_ITEMS = compiled(r"[^\n]*(?:\n[ \t]*[-*•][ \t][^\n]*)+")
# How far before the publication date a story must be for its weekdays to be its own,
# and for its months, holidays and direct speech to be.
_STORY_AWAY_DAYS = 60
_OPENS_TALE_SENTENCE = compiled(r"(?:^|[.!?\n][ \t]*|\n)On[ \t]$")
_NO_COMMA_AFTER = compiled(r"[ \t]+\w")
_WEEK_AWAY_DAYS = 7  # days before the telling that put a story's day in another week
# A day of the month this many days before the story's is still a step back in the story
# ("On the Saturday ... wired on the twentieth").
STEP_BACK_DAYS = 6
# ... and one this many days back across the turn of a month is of the month before ("right
# before May Day ... full on the 29th"), not four weeks on.
MONTH_TURN_DAYS = 3
STORY_AWAY_YEAR_DAYS = 366


# "they would come this morning, or tomorrow": the future of a story told in the past
FUTURE_IN_PAST = compiled(
    r"\b(?:would|could|might|should)\b|['’]d\b"
    # "The plan ... was to reach Santiago by the 25th of July"
    r"|\b(?:was|were)[ \t]+(?:to|going[ \t]+to|due|expected[ \t]+to|supposed[ \t]+to)\b"
    # "set out on Friday 29 June, planning to be back by Sunday afternoon"
    r"|,[ \t]+(?:planning|hoping|intending|meaning|aiming|expecting)[ \t]+to\b",
    re.IGNORECASE,
)
# where a sentence or a line begins: "Today the bridge carries"
_CLAUSE_START = compiled(r"[.!?;:\n]")
# The narrator in the first person: "We sailed", "my brother and I"
_FIRST_PERSON = compiled(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|[Mm]e|[Uu]s)\b")
_OPENING_HEAD = 40  # characters at a text's start its heading lines may take
# A verb of speech in the past that reports what was said ("she told me to come back")
_REPORTED_IN_CLAUSE = compiled(
    r"\b(?i:told|asked|said|promised|agreed|warned|insisted|suggested|announced|replied)\b"
)
_WILL = compiled(r"\b(?i:will|shall|won['’]t)\b|['’]ll\b")
# How far back a story must be for a weekday in it to be a day of its year even when the
# story is at no day yet (a memoir of 1976, not last year's news).
_MEMOIR_DAYS = 5 * 366

_FRIDAY = 5
# A week just named, and a weekday that picks a day of it: "early next week, probably
# Monday or Tuesday", "this week (on Thursday)".
_WEEK_VALUE = compiled(r"(\d{4})-W(\d\d)")
_TO_A_DAY_OF_IT = compiled(
    r"[\s,;:(–—-]*(?:(?:probably|possibly|likely|perhaps|maybe|either|on|and|or|say)"
    r"[\s,;:(–—-]+)*"
)
# Where a resolved value puts the story (a day and the grain of the value), if anywhere.
Placed = tuple[_dt.date, str]
# A resolution: the value, its anchor, whether it is certain, and where it puts the story.
Result = tuple[str, Anchor, bool, Placed | None]

# Where a sentence or a line ends
SENTENCE_END = readers.SENTENCE_END


def day_across_month_turn(story_day: _dt.date, day_number: int) -> _dt.date | None:
    """That day of the month before the story's, if it lies no more than
    ``MONTH_TURN_DAYS`` back ("on the 29th", with the story at 1 May: 29 April)."""
    turned = safe_date(*month_step(story_day, -1), day_number)
    if turned is None or (story_day - turned).days > MONTH_TURN_DAYS:
        return None
    return turned


@dataclass(slots=True)
class Narrative:
    """The date the story is at, its grain, and the timex that put it there."""

    day: _dt.date
    grain: str
    tid: str | None
    from_text: bool = False  # set by a date the text fixes, not by the DCT
    position: int = -1
    framing: bool = False  # set by a date that frames its sentence ("On May 22, 1995, ...")
    # set for the whole text from its first line by a year told later ("It was 2008,",
    # "Fifty years on, they keep the radio")
    whole_text: bool = False


class StoryReading:
    """The readings of dates inside a story; the resolver holds the state they read."""

    text: str
    dct: _dt.date | None
    narrative: Narrative | None
    entry_day: tuple[_dt.date, str] | None
    written_year: Narrative | None
    history: bool
    present_at: int
    report_at: int
    story_told_at: int
    story_week: Narrative | None
    weekday_shift: int
    titled_far: bool
    opened_far: bool
    quotes: QuoteTracker
    tenses: TenseReader
    observances: readers.ObservancesOfText
    _deadlines: set[tuple[int, int]]
    _previous: Timex | None
    _previous_dated: Timex | None

    def _tense(self, mention: Mention) -> Tense:
        raise NotImplementedError

    def _in_opening_paragraph(self, position: int) -> bool:
        """Whether ``position`` lies in the text's first paragraph of prose (a heading's
        short lines above it count with it)."""
        return position < self._opening_paragraph_end

    @functools.cached_property
    def _opening_paragraph_end(self) -> int:
        first = self.text.find("\n\n", _OPENING_HEAD)
        return len(self.text) if first < 0 else first

    @functools.cached_property
    def _first_sentence_end(self) -> int:
        """Where the text's first sentence or line ends."""
        end = SENTENCE_END.search(self.text)
        return len(self.text) if end is None else end.start()

    def _follow_story_week(self, grain_day: Placed, weekend: Narrative | None = None) -> None:
        """Keep the week a story frames ("Last week was a trial.") while its days follow;
        or the weekend it frames ("it was the weekend before last. We drove up Friday
        night"), whose Friday and Sunday are its own."""
        story = self.narrative if weekend is None else weekend
        past_week = (
            story is not None
            and self.dct is not None
            # the story's Sunday before the DCT, in day numbers (no date past 9999-12-31)
            and story.day.toordinal() + 7 - story.day.isoweekday() < self.dct.toordinal()
        )
        if story is not None and story.grain in ("W", "WE") and story.framing and past_week:
            self.story_week = story
        elif self.story_week is not None and grain_day[1] == "D":
            week = self.story_week.day
            if format_value(grain_day[0], "W") != format_value(week, "W"):
                self.story_week = None

    def _ahead_of_telling(self, mention: Mention, story: Narrative | None) -> bool:
        """Whether a mention looks ahead from the publication date: its clause is in the
        future or present tense, and it is not a deadline or direct speech inside a story
        set years back ("gave them until the end of the month", "'By February you
        won't'", said in January 1963)."""
        if self._tense(mention) not in (Tense.FUTURE, Tense.PRESENT):
            return False
        old_story = (
            story is not None
            and story.from_text
            and self.dct is not None
            and (self.dct - story.day).days > STORY_AWAY_YEAR_DAYS
        )
        said_then = (
            (mention.start, mention.end) in self._deadlines
            or self.quotes.inside(mention.start)
            # "The paper said the earth would pass through its tail on the eighteenth",
            # in May 1910: the future seen from the story's day or month
            or (
                story is not None
                and story.grain in ("D", "M")
                and self._tense(mention) is Tense.FUTURE
                and self._narrated_then(mention)
            )
        )
        return not (old_story and said_then)

    def _told_in_story(self, mention: Mention) -> Narrative | None:
        """The story's day, when "tomorrow" or "tonight" is said in the direct speech of a
        story set years before the publication date ("'I'll drive up tomorrow,' he said"
        in October 1987); the narrator's "last Sunday" is the narrator's own."""
        story = self._far_story_day(mention, STORY_AWAY_YEAR_DAYS)
        if (
            story is None
            and mention.partial.shift_unit in ("W", "M", "Y")
            and self.quotes.inside(mention.start)
        ):
            # "Two weeks later, at the trials ... she said, 'Next year'": a year or a month
            # said in a story at a week or a month long past is counted from there
            story = self._far_story_day(mention, STORY_AWAY_YEAR_DAYS, grains=("D", "W", "M"))
        if story is None:
            return None
        if self.quotes.inside(mention.start):
            return story
        # In a text titled with a date years away ("Part Three — Soweto, April 1994"), the
        # narration's "It was not tomorrow" or "they would come this morning" is the
        # story's; the narrator's own present speaks in the present tense.
        # So is a day counted from the story's in what someone then was told or said ("she
        # told me to try again tomorrow", in October 2007); not "last month" or "last
        # Sunday", which the narrator counts.
        p = mention.partial
        reported = (
            _REPORTED_IN_CLAUSE.search(self.text, self._clause_start(mention), mention.start)
            if p.shift_unit == "D" and p.weekday is None
            else None
        )
        if not (self.titled_far or reported is not None) or not self._narrated_then(mention):
            return None
        if (
            not p.shift
            and p.shift_unit == "D"
            and self._tense(mention) is not Tense.PAST
            and SENTENCE_START_BEFORE.search(self.text, max(0, mention.start - 3), mention.start)
        ):
            return None  # "Today the bridge carries 9,000 vehicles a day": the narrator's
        return story

    def _narrated_then(self, mention: Mention) -> bool:
        """Whether a mention is told in the story's past, or its future seen from then."""
        tense = self._tense(mention)
        if tense in (Tense.PAST, Tense.UNKNOWN, Tense.INTENDED):
            return True  # "meant to retire at Easter": a plan made then
        if tense is not Tense.FUTURE:
            return False
        clause = self._clause_start(mention)
        return FUTURE_IN_PAST.search(self.text, clause, mention.start) is not None

    def _holiday_ahead_in_story(self, mention: Mention, story: Narrative) -> bool:
        """ "I arrived in the last week of January 1997, just ahead of Chinese New Year": a
        holiday ahead of a story at a day long past, not in the narrator's "will", is the
        story's."""
        return (
            mention.partial.holiday is not None
            and story.grain == "D"
            and story.from_text
            and self.dct is not None
            and (self.dct - story.day).days > STORY_AWAY_YEAR_DAYS
            and not self._narrator_will(mention)
        )

    def _narrator_will(self, mention: Mention) -> bool:
        """Whether the clause of a mention looks ahead with a finite "will" or "shall",
        which speaks from the telling ("Visitation will be ... Tuesday"), not with a
        form that takes the time of its sentence ("set out, planning to be back by
        Sunday")."""
        clause = self._clause_start(mention)
        return _WILL.search(self.text, clause, mention.start) is not None

    def _clause_start(self, mention: Mention) -> int:
        """Where the clause of a mention starts, looking at most 120 characters back."""
        reach = max(0, mention.start - 120)
        ends = _CLAUSE_START.finditer(self.text, reach, mention.start)
        return max((m.end() for m in ends), default=reach)

    def _weekend_of_story(self, mention: Mention) -> Narrative | None:
        """ "On the last Friday of August 1968 ... His uncle spent the whole weekend on
        it": "the weekend" in a story told of a day long before the telling is the
        story's weekend."""
        p = mention.partial
        if p.shift_unit != "WE" or p.direction is not Direction.TENSE:
            return None
        return self._far_story_day(mention, _STORY_AWAY_DAYS)

    def _far_story_day(
        self, mention: Mention, away_days: int, grains: tuple[str, ...] = ("D",)
    ) -> Narrative | None:
        """The story's day, when the text put it at a day (or another of ``grains``) more
        than ``away_days`` before the publication date and it is still there at the
        mention."""
        story = self.narrative
        if story is None or self.dct is None:
            return None
        # a text titled with a date years ahead ("Norfolk, July 2047") tells of its own time
        away = abs((self.dct - story.day).days) if self.titled_far else (self.dct - story.day).days
        if (
            not story.from_text
            or story.grain not in grains
            or away <= away_days
            or not self._story_holds(story.position, mention.start)
        ):
            return None
        return story

    def _weekday_fits(self, p: Partial, year: int) -> bool:
        """Whether the weekday written beside a month and day is right in ``year``."""
        assert p.month is not None and p.day is not None
        day = safe_date(year, p.month, p.day)
        return day is not None and day.isoweekday() == p.weekday

    def _weekday_of(self, day: _dt.date) -> int:
        return (day.isoweekday() - 1 + self.weekday_shift) % 7 + 1

    def _story_for(self, mention: Mention) -> Narrative | None:
        """The story time a year-less date belongs to, when not the publication year's."""
        story = self.narrative
        if self.history:
            # A history names no present of its own: its latest written year rules.
            written = self.written_year
            if written is not None and (story is None or written.position > story.position):
                story = written
            usable = story is not None and story.from_text
            bare_weekday = readers.bare_weekday(mention.partial) and story is not None
            if usable and bare_weekday and story is not None and story.grain == "D":
                return story  # "by Sunday evening": forward from the story's day
            if (
                bare_weekday
                and story is not None
                and story.grain not in ("W", "WE")
                and (
                    story.grain == "Y"
                    or (
                        self._tense(mention) in (Tense.PRESENT, Tense.FUTURE)
                        and not self.quotes.inside(mention.start)
                    )
                )
            ):
                # "She held the seat until 1997. Tull died on Monday, aged 91.": a year
                # has no Monday of its own; "... the following March ended the war. The
                # anniversary falls on Monday": the present is the telling's
                return None
            ahead = (
                self._tense(mention) is Tense.FUTURE
                and self._ahead_of_telling(mention, story)
                and not (story is not None and self._holiday_ahead_in_story(mention, story))
            )
            return story if usable and not ahead else None
        ahead = story is not None and self.dct is not None and story.day > self.dct
        p = mention.partial
        if (
            story is not None
            and not story.from_text
            and story.grain == "D"
            and p.weekday is not None
            and p.day is not None
            and p.month is None
            and self.dct is not None
            and (self.dct - story.day).days > _STORY_AWAY_DAYS
            and self._story_holds(story.position, mention.start)
        ):
            # "The letter was dated Dec. 29 ... Reunion dinner Tuesday the 27th", told in
            # October: the month that fits nearest the day the story is at, though the
            # telling's year placed that day
            return story
        if story is None or not (story.from_text or (story.framing and ahead)):
            return None  # the story is where the text put it, or a framing "Next year, ..."
        if self.dct is None:
            return story
        if not self._story_holds(story.position, mention.start):
            return None
        if (
            p.direction in (Direction.PAST, Direction.FUTURE)
            and p.weekday is None
            and mention.text.lower().startswith("the ")
        ):
            return story  # "set out on 3 July 1993 ... hatched the previous Christmas"
        looks_ahead = self._ahead_of_telling(mention, story)
        if (
            readers.bare_weekday(p)
            and self._tense(mention) is Tense.PRESENT
            and (self.dct - story.day).days > STORY_AWAY_YEAR_DAYS
            and not self.quotes.inside(mention.start)
        ):
            return None  # "... signed in March 1854. The anniversary falls on Monday."
        # "on Monday, 6 October 1952 ... she would leave on Sunday" is the story's own
        # future; the narrator's "will" is the telling's ("born Aug. 5, 1926 ...
        # Visitation will be from 4 to 7 p.m. Tuesday")
        weekday_of_month = p.weekday is not None and p.day is not None and p.month is None
        story_future = (readers.bare_weekday(p) or weekday_of_month) and story.grain == "D"
        if story_future and self._tense(mention) is Tense.FUTURE:
            story_future = self.quotes.inside(mention.start) or not self._narrator_will(mention)
        elif story.grain == "D" and self._tense(mention) is Tense.FUTURE:
            # "set out on 3 July 1993 ... was to reach Santiago by the 25th of July"
            story_future = not self.quotes.inside(mention.start) and self._narrated_then(mention)
        if looks_ahead and story.day < self.dct:
            if not story_future and not self._holiday_ahead_in_story(mention, story):
                return None  # a story of the past; "Next year, exams begin on May 14" is ahead
            if p.weekday is None:
                return story  # "... was to reach Santiago by the 25th of July": its future
        if self._dated_by_news_habit(mention, story) or self._back_in_the_present(mention, story):
            return None
        if (
            (p.weekday is None or p.nth is not None)  # "the first Sunday in November"
            and story.day.year != self.dct.year
            and (
                story.framing
                or (
                    story.grain in ("D", "W", "M")
                    and (self.dct - story.day).days > STORY_AWAY_YEAR_DAYS
                )
            )
        ):
            # A story framed in another year, or at a day of a year long gone ("Friday, 13
            # July" in a memoir of 1979), keeps its months and holidays.
            return story
        told_apart = (
            (self.dct - story.day).days > _STORY_AWAY_DAYS
            or (
                # "We set off on Saturday 21 May. Day 3 — Monday.": a weekday with no verb to
                # tell its tense, in a story at a day before the telling
                story.grain == "D"
                and story.day < self.dct
                and self._tense(mention) is Tense.UNKNOWN
            )
            or (
                # "Denise met us at 4pm on the Friday ... We caught Endymion on Saturday", in a
                # review written the week after: the story's week, not the telling's
                story.grain == "D"
                and (self.dct - story.day).days >= _WEEK_AWAY_DAYS
                and self._tense(mention) is Tense.PAST
            )
        )
        if (
            readers.bare_weekday(p)
            and story.grain == "D"
            and story.from_text
            and story.day < self.dct
            and self._tense(mention) is Tense.FUTURE
            and not self.quotes.inside(mention.start)
            and self._narrated_then(mention)
            and self._in_paragraph_of(story, mention)
        ):
            return story  # "set out on Friday 29 June, planning to be back by Sunday"
        if (
            p.weekday is not None
            and p.day is not None
            and p.month is not None
            and story.day.year != self.dct.year
            and self._weekday_fits(p, story.day.year)
            and not self._weekday_fits(p, self.dct.year)
        ):
            return story  # "spring 2020 ... Monday 23 March.": the story's year, where it fits
        if (
            p.weekday is not None
            and p.day is not None
            and p.month is None
            and story.grain in ("D", "M", "SE")
            and (
                (self.dct - story.day).days > _STORY_AWAY_DAYS
                # "Delivery was set for Thursday 12/21 ... they would come Tuesday the
                # 26th": the month that fits nearest the story's day, in its paragraph
                or (story.from_text and self._in_paragraph_of(story, mention))
            )
        ):
            # "In July 1997 ... on Friday the 8th", "In the summer of 1858 ... On Wednesday
            # the 16th": the month of it that fits
            return story
        if (
            readers.day_of_month_alone(p) is not None
            and story.grain == "D"
            and story.day < self.dct
            and self._in_paragraph_of(story, mention)
            and not self._still_ahead(mention)
        ):
            # "found dead on Saturday, the 15th of November 1930 ... £2,000 had been drawn
            # in notes on the 3rd": a day of the month alone is of the story's month
            return story
        if (
            p.weekday is not None
            and (p.month is None) == (p.day is None)
            and told_apart
            # "Hospitals must report any problems by 10 a.m. Saturday", after a story's
            # September: a deadline still ahead of the telling
            and not self._still_ahead(mention)
            and (
                self._in_paragraph_of(story, mention)
                # "The cleaner found him on Monday the 14th. [new paragraph] 'He's been in
                # the water since Saturday night,' said the doctor", in November 1994: who
                # speaks in a story years back speaks on its day
                or (
                    self.quotes.inside(mention.start)
                    and self._story_holds(story.position, mention.start)
                    and (self.dct - story.day).days > STORY_AWAY_YEAR_DAYS
                )
                # "I paid her $80 on Tuesday 9 October ... [new paragraph] We sailed at 3.15
                # on Sunday morning": a memoir's next paragraph goes on with its story
                or (
                    self._story_holds(story.position, mention.start)
                    and (self.dct - story.day).days > STORY_AWAY_YEAR_DAYS
                    and self._tense(mention) is Tense.PAST
                    and _FIRST_PERSON.search(self.text, self._clause_start(mention), mention.start)
                    is not None
                )
                # "Finals week began on Monday, December 14, 1998, and ... [new paragraph]
                # Organic chemistry was Wednesday at 8:30 a.m.": a story its opening
                # paragraph set long ago goes on, while the text has not come back to its
                # own present
                or (
                    self._story_holds(story.position, mention.start)
                    and (self.dct - story.day).days > STORY_AWAY_YEAR_DAYS
                    and self._tense(mention) is Tense.PAST
                    and self.present_at < 0
                    and story.from_text
                    and self.opened_far
                    # "[new paragraph] On Tuesday, families marked the anniversary": news
                    # turning to its present
                    and not (
                        _OPENS_TALE_SENTENCE.search(
                            self.text, max(0, mention.start - 6), mention.start
                        )
                        and _NO_COMMA_AFTER.match(self.text, mention.end) is None
                    )
                )
                # "The clocks fell back on Sunday, November 7, 2010 ... [new paragraph] On
                # Monday a man in a VFW cap got on": a tale told in the past goes on in the
                # sentence a weekday opens with no comma after it
                or (
                    self._story_holds(story.position, mention.start)
                    and (self.dct - story.day).days > _STORY_AWAY_DAYS
                    and self._tense(mention) is Tense.PAST
                    and _OPENS_TALE_SENTENCE.search(
                        self.text, max(0, mention.start - 6), mention.start
                    )
                    is not None
                    and _NO_COMMA_AFTER.match(self.text, mention.end) is not None
                )
            )
            and (story.grain == "D" or p.month is not None)
        ):
            # "Friday, 13 July" in a story of 1979; "on Sunday" after "Monday, 6 October
            # 1952": a weekday in a story set well before the publication date is the
            # story's, in the paragraph that set it (news turns back to its present in
            # the next: "On Tuesday, families marked the anniversary").
            return story
        return None

    def _weekday_in_vague_story(self, mention: Mention) -> Result | None:
        """ "In the summer of 1976 ... one Saturday early in July": a weekday in a story
        long past that is at no day yet is a day of the story's year, not of the week
        the text was published in."""
        p, story = mention.partial, self.narrative
        if (
            not readers.bare_weekday(p)
            or story is None
            or not story.from_text
            # a season told of ("In the summer of 1976, ..."), or a year that holds the
            # whole story ("Fifty years on, they keep the radio"); "In 1988, the plant
            # closed. Shares fell Friday" is news of this week
            or not (
                story.grain == "SE"
                or (story.grain == "Y" and story.whole_text)
                # "In May 1927 Madeleine gave Lucien until Friday": a month that frames the
                # text from its first sentence ("In June 1990, an earthquake ..." late in
                # the news of this week frames nothing after it)
                or (
                    story.grain == "M"
                    and story.framing
                    and story.position < self._first_sentence_end
                )
            )
            or self.dct is None
            or ((self.dct - story.day).days <= _MEMOIR_DAYS and not story.whole_text)
            or not self._story_holds(story.position, mention.start)
            or self.quotes.inside(mention.start)
        ):
            return None
        assert p.weekday is not None
        value = f"{story.day.year:04d}-WXX-{p.weekday}" + (
            f"T{p.part_of_day}" if p.part_of_day else ""
        )
        anchor = Anchor(AnchorKind.NARRATIVE, format_value(story.day, story.grain), story.tid)
        return value, anchor, False, None

    def _dated_by_news_habit(self, mention: Mention, story: Narrative) -> bool:
        """ "was sentenced Friday ... shot on Aug. 9, 2006. ¶ A jury convicted Whitmore on
        April 29": a report that has spoken of its own present writes no year for a date of
        the year it is told in, as news does; so a month (and day) told in the past, in
        another paragraph than the day of an earlier year, is of the telling's year when it
        has come ("born on Labor Day 2020! ¶ We escaped to the cabin in August", 2021)."""
        p = mention.partial
        if (
            self.dct is None
            or p.month is None
            or p.weekday is not None
            or not self._present_told_before(story)
            or story.grain != "D"
            or story.day.year >= self.dct.year
            or self._in_paragraph_of(story, mention)
            or self.quotes.inside(mention.start)
            or self._tense(mention) is not Tense.PAST
        ):
            return False
        day = safe_date(self.dct.year, p.month, p.day or 1)
        return day is not None and day <= self.dct

    def _back_in_the_present(self, mention: Mention, story: Narrative) -> bool:
        """ "Yesterday was our 10th anniversary! Ben and I got married on June 15, 2003 ...
        ¶ We celebrated with dinner downtown on Friday night": a text that spoke of its
        own present before it looked back years, and names a bare weekday in a new
        paragraph, has come back to its present."""
        return (
            self.dct is not None
            and readers.bare_weekday(mention.partial)
            and self._present_told_before(story)
            and (self.dct - story.day).days > STORY_AWAY_YEAR_DAYS
            and not self._in_paragraph_of(story, mention)
            and not self.quotes.inside(mention.start)
        )

    def _present_told_before(self, story: Narrative) -> bool:
        """Whether the text spoke of its own present ("Yesterday was our anniversary",
        "was sentenced Friday") before it went to the story's day."""
        return any(0 <= at < story.position for at in (self.present_at, self.report_at))

    def _in_paragraph_of(self, story: Narrative, mention: Mention) -> bool:
        """Whether the story still holds at the mention, in the paragraph that set it."""
        if not self._story_holds(story.position, mention.start):
            return False
        between = self.text[story.position : mention.start]  # within the story's reach
        return (
            "\n" not in between
            # "- Oct. 15 (surgery day): ...\n- ... Sent home on the 18th.": a list's items
            or _LIST_ITEMS.fullmatch(between) is not None
        )

    def _weekday_in_story_week(self, mention: Mention) -> Result | None:
        """ "Last week was a trial. On Monday the boiler gave out": a weekday of the past
        week the story frames."""
        p, week = mention.partial, self.story_week
        if week is None or not readers.bare_weekday(p) or not self._in_paragraph_of(week, mention):
            return None
        assert p.weekday is not None
        if week.grain == "WE" and p.weekday < _FRIDAY:
            return None  # a weekend's story does not reach back to its Monday
        monday = week.day - _dt.timedelta(days=week.day.isoweekday() - 1)
        in_week = monday + _dt.timedelta(days=p.weekday - 1)
        anchor = Anchor(AnchorKind.NARRATIVE, format_value(week.day, "W"), week.tid)
        return readers.time_of(in_week.isoformat(), p), anchor, True, (in_week, "D")

    def _week_just_named(self, mention: Mention, reach: int) -> Narrative | None:
        """ "The stag do was a fortnight ago in Prague, and ... we lost him on the
        Saturday": "the Saturday" is of the week its sentence just named, no more than
        ``reach`` characters before it."""
        p, previous = mention.partial, self._previous
        if (
            p.weekday is None
            or p.direction is not Direction.SAME
            or previous is None
            or previous.partial is None
            or previous.partial.granularity != "W"
            or not 0 <= mention.start - previous.end <= reach
            or SENTENCE_END.search(self.text, previous.end, mention.start) is not None
        ):
            return None
        week = _WEEK_VALUE.fullmatch(previous.value)
        if week is None:
            return None
        monday = _dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
        return Narrative(monday, "D", previous.tid, True, previous.end)

    def _weekday_in_week_just_named(self, mention: Mention) -> Result | None:
        """ "Estimated discharge early next week, probably Monday or Tuesday": a weekday
        right after a week picks its day in that week."""
        p, week = mention.partial, self._previous
        if week is None or not readers.bare_weekday(p) or p.direction is not Direction.TENSE:
            return None
        named = _WEEK_VALUE.fullmatch(week.value)
        gap = _TO_A_DAY_OF_IT.match(self.text, week.end, mention.start)
        if named is None or gap is None or gap.end() != mention.start:
            return None
        assert p.weekday is not None
        day = _dt.date.fromisocalendar(int(named[1]), int(named[2]), p.weekday)
        anchor = Anchor(AnchorKind.NARRATIVE, week.value, week.tid)
        return readers.time_of(day.isoformat(), p), anchor, True, (day, "D")

    def _later_day_in_story_month(self, mention: Mention) -> Result | None:
        """ "filled out the form on Jan 3 and paid the fee on the 5th": a later day of the
        month the story is at (or that day again: "booked 30 dec - 2 jan ... ferry is at
        0945 on the 30th"), a day the text named."""
        p, story = mention.partial, self.narrative
        day = readers.day_of_month_alone(p)
        if (
            day is None
            or story is None
            or story.position < 0  # still the publication date
            or story.grain != "D"
            or day < story.day.day
            or not self._in_paragraph_of(story, mention)
            or self._still_ahead(mention)
            or self._gone_by_on_entry_day(story, mention)
        ):
            return None
        in_month = safe_date(story.day.year, story.day.month, day)
        if in_month is None:
            return None
        if day_across_month_turn(story.day, day) is not None:
            return None  # "right before May Day ... full on the 29th": April's
        anchor = Anchor(AnchorKind.NARRATIVE, story.day.isoformat(), story.tid)
        return readers.time_of(in_month.isoformat(), p), anchor, True, (in_month, "D")

    def _gone_by_on_entry_day(self, story: Narrative, mention: Mention) -> bool:
        """Whether a day is told in the past on the day a post or an entry was written,
        which it then lies before: "it got missed on the 27th", posted on 2 January."""
        entry = self.entry_day
        return (
            entry is not None
            and entry[0] == story.day
            and self.tenses.tense(mention.start, mention.end) is Tense.PAST
        )

    def _still_ahead(self, mention: Mention) -> bool:
        """Whether a mention is told as still to come from the telling, not from the
        story's day: "New battery fitted at Christmas ... Garage can't see me till the
        27th"."""
        told = self.tenses.tense(mention.start, mention.end)
        self._tense(mention)  # reads the cues of a deadline ("till", "by") too
        deadline = (mention.start, mention.end) in self._deadlines
        return (
            deadline
            and told in (Tense.PRESENT, Tense.FUTURE, Tense.UNKNOWN)
            and not self.quotes.inside(mention.start)
            and not self._narrated_then(mention)
        )

    def _story_holds(self, position: int, start: int) -> bool:
        """Whether the story is still where a date at ``position`` put it at ``start``:
        its reach runs from the last time told counting from it."""
        if self.present_at > position:
            return False
        written, story = self.written_year, self.narrative
        if (
            written is not None
            and story is not None
            and position < written.position < start
            and written.day.year > story.day.year + 1
        ):
            return False  # "... in 1988. The mine closed in 1996. On Wednesday, ...": moved on
        if story is not None and position == story.position:
            position = max(position, min(self.story_told_at, start))
        reach = (
            _STORY_REACH
            if "\n" not in self.text[position:start]
            else (_STORY_REACH_ACROSS_PARAGRAPHS)
        )
        return 0 <= start - position <= reach

    def _in_story(self, mention: Mention, story: Narrative, anchor: Anchor) -> Result:
        """A month, season or holiday in a story set in another year: in the story's own
        year when it is set in a year, season or quarter; otherwise a bare month is the
        nearest such month, and a day the first one from a month before where the story
        is (or the one before that, in a past-perfect clause)."""
        p = mention.partial
        in_year = self._month_day_in(p, mention.start)
        year = story.day.year
        if story.grain == "SE" and story.day.month == 12 and (p.month or 12) < 3:
            year += 1  # "the winter of 1862" runs into January and February 1863
        if story.grain in ("D", "W", "M") and p.month is not None and p.day is None:
            # "In late September", with the story at Oct. 14, 1066: the nearest September.
            year = min(
                (story.day.year - 1, story.day.year, story.day.year + 1),
                key=lambda y: abs((_dt.date(y, p.month or 1, 15) - story.day).days),
            )
        elif story.grain in ("D", "W", "M"):
            start = story.day - _dt.timedelta(days=31)
            first = in_year(start.year)
            year = start.year + (first is None or first < start)
            chosen = in_year(year)
            past_perfect = is_past_perfect(self.text, mention.start)
            if p.direction is Direction.FUTURE and chosen is not None and chosen <= story.day:
                year += 1  # "by the next Fourth of July", told on July 20, 1969
            elif p.direction is Direction.PAST and chosen is not None and chosen >= story.day:
                year -= 1  # "the previous Christmas"
            elif (
                chosen is not None
                and chosen < story.day
                and p.direction is not Direction.PAST
                and self._tense(mention) is Tense.FUTURE
            ):
                year += 1  # "arrested on New Year's Eve ... would spend Christmas together"
            elif chosen is not None and chosen > story.day and past_perfect:
                # "he had arrived on March 3", with the story in June: the March before.
                earlier = in_year(year - 1)
                if earlier is not None and earlier < story.day:
                    year -= 1
        if p.holiday is not None:
            day = in_year(year)
            if (
                day is not None
                and day < story.day
                and story.grain in ("SE", "Q", "H")
                and cues.BY.search(self.text, max(0, mention.start - 4), mention.start)
            ):
                # "By the end of that summer ... and by Chinese New Year he had let both
                # his cutters go": a holiday the story reaches by is after it
                year += 1
                day = in_year(year)
            if day is None:
                return f"{year:04d}", anchor, False, None
            return readers.time_of(day.isoformat(), p), anchor, True, (day, "D")
        if p.season is not None:
            placed = (_dt.date(year, SEASON_MONTH[p.season], 1), "SE")
            return f"{year:04d}-{p.season}", anchor, True, placed
        assert p.month is not None
        counted = readers.counted_day(p, year)  # "the first Sunday in November"
        if counted is not None:
            return readers.time_of(counted.isoformat(), p), anchor, True, (counted, "D")
        if p.day is None:
            return f"{year:04d}-{p.month:02d}", anchor, True, (_dt.date(year, p.month, 1), "M")
        day_value = safe_date(year, p.month, p.day)
        placed_day = (day_value, "D") if day_value else None
        return readers.day_value(p, year), anchor, day_value is not None, placed_day

    def _month_day_in(self, p: Partial, start: int) -> Callable[[int], _dt.date | None]:
        """The day in a given year that a month (and day), season or holiday written at
        ``start`` names."""

        def in_year(year: int) -> _dt.date | None:
            if not 1 <= year <= 9999:
                return None
            if p.holiday is not None:
                item = self.observances.named_at(p.holiday, start)
                return readers.observance_day(item, year, p)
            if p.season is not None:
                return _dt.date(year, SEASON_MONTH[p.season], 1)
            assert p.month is not None
            return safe_date(year, p.month, min(p.day or 1, 28))

        return in_year

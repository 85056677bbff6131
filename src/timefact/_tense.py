"""The tense of the clause around a mention, read from the nearest verbal cue.

News convention: a bare "Tuesday" or "March 5" points back in a past-tense clause and
forward in a future one. The cue nearest to the mention within its sentence decides.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from enum import StrEnum

from timefact._regex_cache import compiled
from timefact._vocab import DAY_AGREED, WEEKDAY_NAME


class Tense(StrEnum):
    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"
    UNKNOWN = "unknown"
    # "planned to leave on Thursday": a plan told in the past, for a time that is most
    # likely still ahead; a weekday under it is the coming one, other dates the nearest.
    INTENDED = "intended"


# "was scheduled for March", "that essay that was due wednesday": planned in the past,
# for a time on either side of the telling
_PLANNED_THEN = (
    r"\b(?i:(?:was|were|had)\s+(?:originally\s+|already\s+|been\s+){0,2}"
    r"(?:due|scheduled|expected|set|supposed|slated|planned|fixed))"
)
PLANNED_THEN = compiled(_PLANNED_THEN + r"\b")

# Words ending in "ed" that are no past tense ("need", "indeed", "hundred")
ED_NOT_PAST = (
    "hundred|indeed|need|speed|seed|feed|bed|red|shed|breed|creed|greed|weed|proceed|exceed|"
    "succeed|embed|bred|sled|fled"
)

# Verbs that report in the past what was said ("warned" last: "warned of" is no report)
_PAST_REPORTS = (
    r"said|told|added|noted|reported|announced|stated|predicted|confirmed|declared|"
    r"disclosed|revealed|warned"
)

_CUE = compiled(
    # Every cue starts a word or an apostrophe: the scan rejects other places at once.
    r"(?:(?<![\w])(?=[A-Za-z])|(?=['’]))(?:"
    # Reporting verbs say when the story was told, not when its events happen: they count
    # only right before the expression ("said Friday", "announced on Wednesday").
    r"(?P<report>\b(?i:says|say|" + _PAST_REPORTS + r"(?!\s+of)|warns(?!\s+of))\b)"
    r"|(?P<pastfuture>" + _PLANNED_THEN + r"(?i:\s+to|\s+for)?\b)"
    # "should have gone home on Friday", "could've been Tuesday": looking back ("would
    # have begun at 12:01 a.m. Friday" may look ahead)
    r"|(?P<modalpast>\b(?i:(?:should|could|might|must|may)(?:\s+not|n['’]t)?"
    r"(?:\s+have|['’]ve))(?!\w)"
    # "should have power back by Wednesday": "have" is the verb itself
    r"(?!\s+(?:a|an|the|no|some|any|to|power|time|money|more|enough|your|their|his|her|its|"
    r"our|my|this|that|it|them)\b|\s+[A-Z]))"  # "I may have Martinmas week at home"
    r"|(?P<future>\b(?i:will|won['’]t|shall|going\s+to|can|can['’]t|cant|cannot|"
    # "he's sending someone round thurs": an arrangement in the progressive
    r"(?:he|she|it|that|who|there)['’]s\s+(?!been\b|got\b|gone\b)\w+ing|"
    r"(?:was|were)\s+(?:planning|preparing)\s+to|plans?\s+to|scheduled|effective|"
    # "planning Friday's party", not a "planning committee" or "planning permission"
    r"planning(?!\s+(?:committee|permission|application|applications|officers?|department|"
    r"board|meeting|inspector|inspectorate|consent|process|rules|law|laws|system|stage|"
    r"authority|appeal|policy|officials?|commission|documents?)\b)|"
    r"booked\s+(?:in\s+)?for|(?:fixed|pencil+ed\s+in|slated)\s+for|"
    # "bookings for October and November were already running ahead": what is to come
    r"(?:bookings|reservations|pre-orders|advance\s+sales)\s+for|"
    # "Booked Friday off just in case": leave asked for a day to come
    r"(?:booked|book|booking|requested|asked\s+for)(?=\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)"
    r"day\s+off\b)|"
    # "saved a tin of pudding for Tuesday": kept for a day to come
    r"(?<!\bwas )(?<!\bwere )(?<!\bhad )for(?=\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
    r"(?!\s+(?:was|were|had)\b))|"
    # "Got a 3,000 word essay due Friday": still to hand in
    r"(?<!\bwas )(?<!\bwere )due(?=\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)|"
    # "warned of heavy showers on Wednesday afternoon": what is to come
    r"warn(?:s|ed|ing)?\s+of|forecasts?\s+(?:for|of)|"
    # "issued a severe weather warning covering Tuesday evening"
    r"(?:warning|watch|advisory|alert)\s+(?:covering|for|from|until)|"
    # "rates rise starting July 1", "debates beginning in mid-September": from then on
    # ("starting with a hammering on the opening day" tells what came first)
    r"(?:starting|beginning)(?!\s+with\b)|"
    r"expected\s+(?:to|on|by|for)|due\s+(?:out\s+|back\s+)?(?:by|on|in|at)|due\s+date\s+(?:of|is|was|as)|needs?\s+(?:\w+\s+){0,3}?(?:for|by)|"
    r"expects?\s+to|set\s+to|would|upcoming|intends?\s+to|hop(?:e|es|ing)\s+for|"
    # "due to arrive" looks ahead; "due to wet weather in July" gives a cause
    r"due\s+to(?!\s+(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|"
    r"some|bad|wet|heavy|poor|high|low|strong|severe|technical|ill|illness|injury|lack|"
    r"weather|rain|snow|delays?|problems?|concerns?|[a-z]+ing)\b)|"
    r"(?:un)?likely\s+to|next(?!\s+(?:to|door)\b)|"
    # "the peak was likely in early March", "threatens to make landfall by Saturday"
    r"(?:is|was|are|were)\s+(?:most\s+|more\s+)?likely(?=\s+(?:in|on|by|at|around)\b)|"
    r"threatens?\s+to|(?:a|some)\s+chance\s+of|"
    r"covering(?=\s+(?:(?:early|late)\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)|"
    r"is\s+to|are\s+to|was\s+to|were\s+to|hopes?\s+to|aims?\s+to|wants?\s+to|"
    r"no\s+later\s+than|gonna|gotta|hopefully|see\s+(?:you|u|ya)|c\s+u|cya|"
    # "if they call off thurs + fri too": a condition still to be met
    r"if|unless)\b|['’]ll\b"
    # a request opening its sentence: "Ask me again on Tuesday", "Don't do anything dumb"
    r"|(?:(?<=^)|(?<=[.!?][ \t])|(?<=\n))(?:Ask|Call|Come|Join|Bring|Meet|Remember|Save|Try|"
    r"Don['’]t|Do\s+not)\b"
    # "I said I'd let her know on Monday": "would" before a base form ("I'd left" is "had")
    r"|['’]d(?=\s+(?:let|like|love|go|be|say|come|get|take|make|call|ring|meet|rather|"
    r"better|do|try|bring|send|pay|tell|pick|drop|leave|stay|help|ask|give|check|text|"
    r"email|write|phone|see)\b)"
    # "should", "might", "may" look ahead unless they look back ("may have left").
    r"|\b(?:should|might|may|Should|Might)\b(?!\s+(?:not\s+)?have\b)"
    # "could bring a second peak by Friday": a forecast; "could not", "could see", "could
    # be located" look back
    r"|\b[Cc]ould\b(?!\s+(?:not|never|barely|hardly|only|have|be|see|hear|feel|tell|smell)\b)"
    r"(?!n['’]t))"
    # "thin trading ahead of the Memorial Day weekend": before what is still to come; it
    # tells nothing of a day before it ("closed higher on Monday ahead of the results"),
    # and "three weeks ahead of a normal year" only compares
    r"|(?P<ahead>\b(?<!weeks )(?<!days )(?<!years )(?<!months )(?<!hours )(?<!well )(?<!way )"
    r"(?i:ahead\s+of|(?:preparing|getting\s+ready)\s+for)\b)"
    r"|(?P<past>\b(?i:was|were|had|did|didn['’]?t|wasn['’]?t|weren['’]?t|hadn['’]?t|ago|since|went|came|took|made|"
    r"gave|got|left|met|saw|began|won|lost|fell|rose|sold|paid|held|spent|found|brought|"
    r"bought|thought|sent|built|kept|led|felt|fought|caught|taught|struck|stood|wrote|"
    r"spoke|chose|broke|drove|flew|grew|knew|threw|drew|ran|became|shot|swore|wore|woke|"
    r"sank|fled|hid|meant|sought|slept|spent|won|withdrew|forgot|forgave|overcame|"
    r"understood|undertook|laid|lay|lit|bore|bled|dealt|dug|fed|froze|hung|knelt|leapt|"
    r"rang|rode|sang|shook|shone|slid|sped|spun|stole|stuck|swept|swung|tore|wept|wound|"
    r"arose|awoke|befell|bit|blew|broke|burnt|clung|crept|drank|ate|flung|heard|shrank|"
    r"swam|overtook|forbade)\b"
    # an -ed word after "be" is a passive still to come ("he'll be re-evaluated Wednesday"),
    # after an article an adjective ("a televised debate on Thursday")
    r"|\b(?<!\bbe )(?<!\bbe re-)(?<!\bbeing )(?<!\bget )(?<!\bgets )(?<!\ba )(?<!\ban )"
    r"(?<!\bthe )"
    r"(?!(?:" + ED_NOT_PAST + r")\b)[a-z]{2,}ed\b"
    # "Checked out at 11 on Wednesday": a past with no subject, opening a sentence
    r"|(?:(?<=^)|(?<=\n)|(?<=[.!?★][ \t]))(?!(?:Indeed|United|Limited|Ahmed|Mohammed|Mohamed|"
    r"Alfred|Winifred|Mildred|Fred|Ted|Ned|Reed|Red|Need|Speed|Seed|Feed|Bed|Shed|Breed|"
    r"Greed|Weed|Proceed|Exceed|Succeed|Embed|Sled|Bred|Fled|Sacred|Hundred)\b)[A-Z][a-z]+ed\b)"
    # The present tense, with the verbs that announce a schedule ("the trial starts Monday").
    r"|(?P<present>\b(?i:get|gets|getting)\s+paid\b"
    # a notice's "Memorial service Sat. at 11 a.m.", "Visitation Thursday 4-8 pm"
    r"|(?:(?<=^)|(?<=\n)|(?<=[.!?;][ \t]))(?:(?:Memorial|Funeral|Graveside|Prayer|Committal|"
    r"Private|Public|Church)[ \t]+)?"
    r"(?i:services?|funeral|visitation|viewing|wake|burial|interment|calling\s+hours)"
    r"(?=[ \t]+(?:(?:is|will\s+be)[ \t]+)?(?:on[ \t]+)?(?:" + WEEKDAY_NAME + r"|"
    r"(?:Mon|Tues?|Wed|Thu|Thurs?|Fri|Sat|Sun)\.))"
    # "I'm broke till payday": broke as a state, not a past
    r"|(?:['’](?:re|m)|\b(?i:am|is|are|be|go|goes))\s+broke\b"
    r"|['’](?:re|m)\b"
    # "she's in St Luke's till Thursday": "is" (not a possessive) after a pronoun
    r"|(?<=\b[Hh]e)['’]s\b|(?<=\b[Ss]he)['’]s\b"
    r"|\b(?i:is|are|am|has|have|starts|begins|opens|ends|closes|runs|"
    # a fixture in the plural: "They visit Cape Breton on Friday", "we play Derry Sunday"
    # "I fly to Istanbul on Thursday", "it goes to Goodwill Monday morning": a trip planned
    r"(?:I|you|u)\s+(?:fly|leave|travel|head|drive|arrive|land)\b|"
    r"(?:goes|flies|travels|heads|drives|lands)\s+(?:to|back|home|out)\b|"
    # "my sis flies in on the 2nd", "he drives up Friday"
    r"(?:flies|drives|comes|arrives)\s+(?:in|up|over|down)\b|"
    r"(?:they|we)\s+(?:visit|play|host|face|meet|travel|open|close|return|resume|head|fly|"
    # "We leave for Naples on Monday": a plan in the present
    r"leave|sail|start|move)|"
    r"resumes|drops|lands|debuts|comes\s+out|falls\s+on|"
    # "Tickets go on sale at noon on Monday", "The law takes effect Friday"
    r"(?:go|goes)\s+(?:on\s+sale|live|into\s+effect)|takes?\s+effect|gets?\s+underway|"
    # "Voters go to the polls on Thursday": an election's day, still ahead
    r"(?:go|goes|head|heads)\s+to\s+the\s+polls|"
    r"arrives|departs|leaves|meets|plays|faces|hosts|visits|airs|launches|expires|premieres|"
    # "reopens on Monday", "returns to the bulletin on Monday", "practices Wednesday"
    r"reopens|returns\s+(?:to|home)|practices(?=\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|"
    r"Satur|Sun)day\b)|"
    r"resume|begin|arrive|depart|reconvene|reconvenes|convene|convenes|drops|open|"
    r"kicks\s+off|takes\s+place)\b))"
)
_AND = compiled(r"\band\b")
_WEEKDAY_WORD = compiled(rf"\b(?i:{WEEKDAY_NAME})\b")
# "his first session since", "the highest close since": a record, no tense of its own
_FIRST_BEFORE_SINCE = compiled(
    r"\b(?i:first|highest|lowest|biggest|largest|worst|best|longest)\b[^.!?;\n]{0,50}$"
)
# A weekday's possessive ("Wednesday's ruling") tells of a day gone by; a month's ("December's
# rent", said in November) or a holiday's is read in its clause like any other.
_ENDS_IN_WEEKDAY = compiled(
    r"\b(?P<holiday>(?i:good|black|holy|maundy|palm|easter|ash|cyber|super|shrove|whit)[ \t]+)?"
    r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"mon|tues?|wed|weds|thu|thurs|fri|sat|sun)$"
)
_THAT = compiled(r"\bthat\b")
# what was said, with no "that": "said in April she would leave"
_SAID_SUBJECT = compiled(r"[ \t,]+(?:he|she|they|we|I|it)[ \t]+$")
# a report in the present: it tells of the telling, not of a past
_PRESENT_REPORTS = frozenset({"says", "say"})
# a modal and its verb right before an -ed word: "may bring scattered", "will see
# expanded"
_MODAL_VERB_BEFORE = compiled(
    r"\b(?i:will|would|may|might|should|could|can|must)[ \t]+(?!have\b|be\b|been\b|get\b)"
    r"[a-z]+[ \t]+$"
)
_RELATIVE_PAST_BEFORE = compiled(
    r"\b(?:who|whose|which)\b[^.!?;,\n]{0,60}\b(?:was|were|had)\b[^.!?;,\n]*$"
)
_SAID_BEFORE = compiled(r"\b(?i:" + _PAST_REPORTS + r")\b[^.!?\n]*$")
_SUBORDINATE = compiled(
    r"\b(?:after|because|when|once|unless|until|although|though|whereas|but)\b"
    # "paid for it on New Year's Day so I'll keep going": the next clause's verb
    r"|\bso[ \t]+(?:I|i|we|he|she|they|you|u|it)\b"
)
# Verbs that move a planned thing to another time, or call it off.
_REARRANGED = (
    r"(?i:push|pushed|pushing|move|moves|moved|moving|reschedule|rescheduled|postpone|postponed|"
    r"cancel|cancelled|canceled|call\s+off|called\s+off|bump|bumped|delay|delayed|shifted|"
    r"switched|brought\s+forward|put\s+back)"
)
# A clause that looks ahead to a day's event named by its possessive.
_AHEAD_OF_POSSESSIVE = compiled(
    r"(?:\b(?i:will|won['’]t|shall|going\s+to|ahead\s+of|upcoming|would\s+(?:start|begin|play|pitch|host|face|lead|miss|skip|open|return\s+for))|['’]ll)\b"
    r"[^.,;!?\n]*$"
    # "Can we push Thursday's call to Friday?", "postponed Saturday's match": still to come
    r"|\b" + _REARRANGED + r"(?:\s+(?:back|up|forward|off))?\s+$"
    # "will bank on him when they take on the champions in Sunday's final": a match to come
    r"|\b(?i:when|as)\s+(?:they|we|he|she|it)\s+(?:take|takes|meet|meets|face|faces|play|"
    r"plays|host|hosts|visit|visits)\b[^.;!?\n]*$"
)
# "Sunday's Big Bash match at Adelaide Oval will start at 7.15pm": the event named by a
# weekday's possessive is still to be played
_SCHEDULED_AFTER_POSSESSIVE = compiled(
    r"['’]s[^.,;!?\n]{0,60}?\b(?:(?:will|won['’]t|is\s+(?:set|scheduled|due)\s+to)\s+"
    r"(?:still\s+)?(?:start|begin|kick\s+off|go\s+ahead|be\s+played|be\s+held|take\s+place|"
    r"be\s+broadcast|be\s+televised|proceed|open|run)"
    # "Sunday's line-up is \"under review\"", "Friday's match has been postponed"
    r"|(?:is|are|remains?)\s+[\"“]?(?:under\s+review|in\s+doubt|off|still\s+on|sold\s+out)"
    r"|(?:has|have)\s+been\s+(?:cancelled|canceled|postponed|called\s+off|moved)"
    # "Saturday's parade steps off at 10 a.m.", "Sunday's race starts at noon"
    r"|(?:starts|begins|kicks\s+off|steps\s+off|gets\s+under\s*way|is\s+set\s+for|"
    r"is\s+scheduled\s+for)(?=\s+(?:at|from|with|in|on)\b))\b"
)
_REPORT_REACH = 40  # characters: "said in a statement late" at most
# A period ends a sentence, but not inside "840.8" or after "Sept." in "Sept. 14"; after
# a single letter ("3 p.m. and", "U.S. officials") only before a capital.
_PERIOD_END = r"\.(?:(?<!\b[A-Za-z]\.)(?![ \t]?\d)|(?<=\b[A-Za-z]\.)(?=[ \t]*(?:[A-Z\"“]|$)))"
_SENTENCE_END = compiled(r"[!?\n|]|" + _PERIOD_END)
_ENDING_PERIOD = compiled(_PERIOD_END)
_WINDOW = 160


def _last_sentence_end(before: str) -> int:
    """Where the last sentence in ``before`` ends (0: none does)."""
    mark = max(before.rfind("!"), before.rfind("?"), before.rfind("\n"), before.rfind("|"))
    period = before.rfind(".")
    while period > mark:
        if _ENDING_PERIOD.match(before, period):
            return period + 1
        period = before.rfind(".", 0, period)
    return mark + 1


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(0, start - _WINDOW)
    before = text[left:start]
    sentence_start = left + _last_sentence_end(before)
    after = text[end : end + _WINDOW]
    stop = _SENTENCE_END.search(after)
    sentence_end = end + (stop.start() if stop else len(after))
    return sentence_start, sentence_end


def clause_tense(text: str, start: int, end: int) -> Tense:
    """The tense of the sentence around ``text[start:end]``, from the nearest cue."""
    return TenseReader(text).tense(start, end)


_BOUNDARY = compiled(r"\s")
# A day something was due or expected on, and after it word that it has not come.
_AGO_BEFORE = compiled(r"\bago[ \t]+$")
_DUE_BEFORE = compiled(r"\b(?:due|expected|promised|scheduled)(?:[ \t]+(?:on|by|for))?[ \t]+$")
_NOT_COME_AFTER = compiled(
    r"[ \t]*,?[ \t]*(?:has|have)(?:[ \t]+not|n['’]t|[ \t]+still[ \t]+not)[ \t]+(?:yet[ \t]+)?"
    r"(?:come|arrived|turned[ \t]+up|shown[ \t]+up|appeared|landed|been)\b"
)
# A day named as the one set for something: "fixed August 6 as the date for the AGM"
_SET_AS_AFTER = compiled(
    r"[ \t]+as[ \t]+the[ \t]+(?:date|day|record[ \t]+date)\b"
    # "said monday at the earliest": the soonest a thing can still come
    r"|[ \t]+at[ \t]+the[ \t]+earliest\b"
)
# A question right after a time: "dinner Saturday?", "still on for Friday night?"
_ASKED_AFTER = compiled(r"[ \t]*\?")
# "Fri's perfect", "Saturday's no good": "is", not a possessive
_IS_CONTRACTED_AFTER = compiled(r"['’]s[ \t]+(?:" + DAY_AGREED + r"|no|not|out|off|open)\b")
# A time proposed: "How about Tuesday evening, say half 6?", "what about next Friday"
_PROPOSED_BEFORE = compiled(r"\b(?i:how|what)[ \t]+about[ \t]+$")


class TenseReader:
    """Reads clause tenses for mentions taken in text order, scanning each stretch of
    text for cues once: neighbouring mentions share their sentence windows, so a text
    dense with dates costs no more than one pass over it."""

    def __init__(self, text: str, mentions: Sequence[tuple[int, int]] = ()) -> None:
        self.text = text
        # Time expressions found in the text: a word inside one is no verb ("[mo] sat
        # works", "Wed 2 times").
        self._mention_starts = [start for start, _ in mentions]
        self._mention_ends = [end for _, end in mentions]
        self._low = 0
        self._high = 0
        self._starts: list[int] = []
        self._cues: list[tuple[int, int, str]] = []

    def _scan(self, left: int, right: int) -> None:
        if left > self._high or left < self._low:
            self._low = self._high = left
            self._starts, self._cues = [], []
        if right <= self._high:
            return
        boundary = _BOUNDARY.search(self.text, right)
        stop = boundary.start() if boundary else len(self.text)
        for match in _CUE.finditer(self.text, self._high, stop):
            if match.lastgroup == "past" and _is_participle(self.text, match):
                continue
            if match.lastgroup == "present" and (
                _after_auxiliary(self.text, match) or _after_count(self.text, match)
            ):
                continue
            if self._in_mention(match.start()):
                continue
            self._starts.append(match.start())
            self._cues.append((match.start(), match.end(), match.lastgroup or ""))
        self._high = stop

    def _in_mention(self, position: int) -> bool:
        index = bisect.bisect_right(self._mention_starts, position) - 1
        return index >= 0 and position < self._mention_ends[index]

    def tense(self, start: int, end: int) -> Tense:
        """The tense of the sentence around ``text[start:end]``, from the nearest cue."""
        text = self.text
        weekday = _ENDS_IN_WEEKDAY.search(text, start, end)
        if weekday and _IS_CONTRACTED_AFTER.match(text, end):
            return Tense.FUTURE  # "Fri's perfect, I'm home all day": a day agreed on
        if text.startswith(("'s", "’s"), end) and weekday and not weekday.group("holiday"):
            # "will be behind the bench for Wednesday's game", "Sunday's match will start"
            ahead = _AHEAD_OF_POSSESSIVE.search(text, max(0, start - 60), start)
            if ahead or _SCHEDULED_AFTER_POSSESSIVE.match(text, end, end + 120):
                return Tense.FUTURE
            return Tense.PAST  # "Wednesday's ruling": news speaks of what has happened
        if _PROPOSED_BEFORE.search(text, max(0, start - 12), start):
            return Tense.FUTURE
        if _AGO_BEFORE.search(text, max(0, start - 6), start) and text.startswith("this", start):
            return Tense.PRESENT  # "Fifty years ago this Friday": the anniversary, still ahead
        if _SET_AS_AFTER.match(text, end) and not is_past_perfect(text, start):
            # "fixed August 6 as the date for the AGM", "said Monday at the earliest": a day
            # set ahead ("had set Friday as the deadline" looks back)
            return Tense.FUTURE
        if _DUE_BEFORE.search(text, max(0, start - 24), start) and _NOT_COME_AFTER.match(text, end):
            return Tense.PAST  # "The relief boat, due on Monday, has not come": overdue
        left, right = _sentence(text, start, end)
        self._scan(left, right)
        best: tuple[int, Tense] | None = None
        first = bisect.bisect_left(self._starts, left)
        framing: bool | None = None
        reported = False
        for cue_start, cue_end, kind in self._cues[first:]:
            if cue_start >= right:
                break
            if start <= cue_start < end or cue_end > right:
                continue
            if kind == "ahead" and cue_start >= end:
                continue  # "closed higher on Monday ahead of the results"
            if kind == "future" and cue_start >= end and text[cue_start:cue_end] == "for":
                continue  # "Booked the MOT on Sunday night for Tuesday": the later day's
            if kind == "past" and text[cue_start : cue_start + 5].lower() == "since":
                if cue_start >= end:
                    continue  # "practices Wednesday for the first time since the opener"
                if _WEEKDAY_WORD.search(text, start, end) and _FIRST_BEFORE_SINCE.search(
                    text, max(0, cue_start - 60), cue_start
                ):
                    # "will hold his first session since the election on Monday evening"
                    # (but "first outing since their defeat in July" is in the phrase)
                    continue
            between = text[cue_end:start] if cue_end <= start else text[end:cue_start]
            if kind != "report" and _QUOTE_MARK.search(between):
                continue  # a cue inside a quotation does not tell the narrator's tense
            distance = start - cue_end if cue_end <= start else cue_start - end
            # A cue before the mention binds a little more strongly than one after it, and
            # much more than one past a comma ("who had pleaded guilty in March, will
            # report"), unless the mention opens the sentence ("In March, it announced").
            if cue_end > start:
                distance += 8
                if (
                    _THAT.search(text, end, cue_start)
                    or _SAID_SUBJECT.fullmatch(text, end, cue_start)
                ) and _SAID_BEFORE.search(text, max(0, start - 60), start):
                    # "said in December that FY26 would be flat", "said in April she would
                    # leave": what was said
                    continue
                if (
                    _AND.search(text, end, cue_start)
                    or _SUBORDINATE.search(text, end, cue_start)
                    # "candidates whose school was damaged by fire on Thursday night will
                    # sit": the relative clause's own verb came first
                    or _RELATIVE_PAST_BEFORE.search(text, max(0, start - 90), start)
                ):
                    # "had met on Monday and would sit down again", "will go to class on
                    # Good Friday after the board voted": another clause's verb
                    distance += 30
                if "," in text[end:cue_start]:
                    if framing is None:
                        framing = is_framing(text, start)
                    distance += 0 if framing else 60
            if kind == "report":
                if (
                    cue_end <= start
                    and start - cue_end <= _REPORT_REACH
                    and _REPORT_GAP.fullmatch(text, cue_end, start)
                    # "Council says Good Friday collections move": a present report
                    # tells no past
                    and text[cue_start:cue_end].lower() not in _PRESENT_REPORTS
                ):
                    return Tense.PAST
                if cue_end <= start or any(q in text[end:cue_start] for q in "\"“”'‘’"):
                    # "said that at the close of business Thursday, ...": told in the
                    # past, with nothing nearer to say otherwise
                    told = text[cue_start:cue_end].lower() not in _PRESENT_REPORTS
                    reported = reported or (told and cue_end <= start)
                    continue
                if text[cue_start:cue_end].lower() in _PRESENT_REPORTS:
                    continue  # "Due June 1st, but the doctor says May 29": told now
                # "In September, it announced ...": the telling is the event.
                tense = Tense.PAST
            else:
                tense = _TENSE_OF_CUE.get(kind, Tense.PRESENT)
                if kind == "pastfuture" and cue_start >= end:
                    # "Forecasters on Saturday had expected landfall late Monday": the day
                    # the plan was made lies before its verb
                    tense = Tense.PAST
            if (
                tense is Tense.PAST
                and cue_end <= start
                and _INTENT.fullmatch(text, cue_start, cue_end)
                and _INFINITIVE.match(text, cue_end, start)
            ):
                # "decided to admit them in early March": what was decided lies ahead.
                tense = Tense.UNKNOWN
                if _PLAN.fullmatch(text, cue_start, cue_end):
                    tense = Tense.INTENDED
            if best is None or distance < best[0]:
                best = (distance, tense)
        asked = _ASKED_AFTER.match(text, end) is not None
        if best is None:
            if asked:
                return Tense.FUTURE  # "My sister texts: dinner Saturday?": a plan asked about
            return Tense.PAST if reported else Tense.UNKNOWN
        if asked and best[1] is Tense.PRESENT:
            return Tense.FUTURE
        return best[1]


# Words before an -ed form that make it a participle or an adjective ("will be named",
# "is expected", "a still unspecified date"), not a past tense: the auxiliary, if any,
# is a cue of its own.
_BEFORE_PARTICIPLE = frozenset(
    re.findall(
        r"\S+",
        "a an the be been being is are am was were 's get gets got getting to still newly "
        "its their his her our your my this that these those already not never well fully "
        "partly so very much all any no some more most less highly widely long of "
        # linking verbs: "will stay closed Tuesday", "remains scheduled for Monday"
        "stay stays remain remains seem seems become becomes look looks "
        # a preposition before an adjective: "on exposed coasts", "in affected areas"
        "on in at with from into onto across along over under near for",
    )
)
_BE_OR_GET = frozenset(
    {"be", "been", "being", "is", "are", "am", "was", "were", "'s", "get", "gets", "got"}
)
_AUXILIARIES = frozenset({"was", "were", "had", "did", "didn't", "didn’t", "didnt", "ago", "since"})
_WORD_BEFORE = compiled(r"([\w'’]+)\s+$")
# A question asked with "is" or "are" before the subject, up to the word at hand
_ASKED_WITH_BE = compiled(
    r"(?:^|[.!?·|\n][ \t]*)(?:Is|Are|Isn['’]t|Aren['’]t|IS|ARE)[ \t]+[^.!?·|\n,;]{1,50}$", re.M
)
# Participles a listing writes without "is" or "are" after a noun ("haggis served first")
_LISTING_PASSIVES = frozenset(
    ("served", "provided", "included", "supplied", "required", "reserved", "welcomed")
)
_SUBJECT_PRONOUNS = frozenset(("i", "you", "he", "she", "we", "they", "it", "who", "that"))
# A name after "called" or "named"
_NAME_AFTER = compiled(r"[ \t]+[A-Z][a-z]")


# Base forms among the present-tense cues, and the words that make them no present tense
# ("did not arrive until 9:40", "will open on Monday", "to begin").
_BASE_FORMS = frozenset({"resume", "begin", "arrive", "depart", "reconvene", "convene", "open"})
_BEFORE_BASE_FORM = frozenset(
    re.findall(
        r"\S+",
        "did not didn't didnt to will would could can may might must should won't cannot never",
    )
)


def _after_auxiliary(text: str, match: re.Match[str]) -> bool:
    """Whether a present-tense cue is a base form after an auxiliary or "to"."""
    if match.group().lower() not in _BASE_FORMS:
        return False
    before = _WORD_BEFORE.search(text, max(0, match.start() - 20), match.start())
    return before is not None and before.group(1).lower().replace("’", "'") in _BEFORE_BASE_FORM


# A number just before a word: "by an innings and 37 runs", "two leads".
_COUNT_BEFORE = compiled(
    r"(?:\d|\b(?i:two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|many|"
    r"several|few))[ \t]+$"
)
# Words that go before nouns: "family visits", "their plays", "home meets" (not before
# "is" or "has": "the weekend is", "the school has")
_NOUN_MODIFIER_BEFORE = compiled(
    r"\b(?i:family|home|hospital|prison|school|holiday|regular|weekly|daily|monthly|the|"
    r"their|his|her|our|its|my|your|these|those)[ \t]+$"
)


def _after_count(text: str, match: re.Match[str]) -> bool:
    """Whether a present-tense cue ending in "s" is a plural noun after a count or a word
    that goes before nouns ("two meets", "family visits", "their plays")."""
    word = match.group()
    if not word.endswith("s"):
        return False
    before = max(0, match.start() - 12)
    if _COUNT_BEFORE.search(text, before, match.start()) is not None:
        return True
    return (
        word.lower() not in ("is", "has")
        and _NOUN_MODIFIER_BEFORE.search(text, before, match.start()) is not None
    )


# Words after which "left" is what remains, not a departure: "anything left", "none left"
_REMAINDER_WORDS = frozenset(
    ("anything", "nothing", "something", "everything", "none", "much", "little", "any")
)


_WANT_IT_BEFORE = compiled(
    r"\b(?i:want|wants|need|needs|like|likes|get|gets|have|has|keep|keeps)[ \t]+(?:it|them)[ \t]+$"
)
_FOUND_AFTER = compiled(r"[ \t]+(?i:and[ \t]+found|property)\b")
_LOST_AND_BEFORE = compiled(r"\b(?i:lost)[ \t]+and[ \t]+$")


def _is_participle(text: str, match: re.Match[str]) -> bool:
    """Whether a past form ("named", "paid") is a participle or adjective here."""
    word = match.group().lower()
    if word in _AUXILIARIES:
        return False
    if re.match(r"\s+by\b", text[match.end() : match.end() + 4]):
        return True  # "markets untouched by", "a bomb planted by"
    if word == "got" and _HAVE_BEFORE.search(text, max(0, match.start() - 8), match.start()):
        return True  # "fri I've got my nephew's thing": to have, now
    if word.endswith("ed") and _COMPOUND_BEFORE.search(
        text, max(0, match.start() - 12), match.start()
    ):
        return True  # "top-seeded", "state-owned": an adjective ("re-elected" is a verb)
    if (word == "lost" and _FOUND_AFTER.match(text, match.end())) or (
        word == "found" and _LOST_AND_BEFORE.search(text, max(0, match.start() - 12), match.start())
    ):
        return True  # "Lost and found gets donated", "lost property": a thing's name
    if word in ("closed", "shut") and _LISTING_ITEM_BEFORE.search(
        text, max(0, match.start() - 4), match.start()
    ):
        return True  # "Sun 23rd open till 2pm, closed Christmas Day": a shop's hours
    before = _WORD_BEFORE.search(text, max(0, match.start() - 20), match.start())
    if before is None:
        return False
    word_before = before.group(1).lower()
    if word_before in ("and", "or") and _PASSIVE_BEFORE.search(
        text, max(0, match.start() - 60), match.start()
    ):
        # "must be postmarked by Nov. 5 and received within 10 days", "will be shut down
        # at 5pm and brought back up on Saturday"
        return True
    if not word.endswith("ed"):
        if word == "left" and word_before in _REMAINDER_WORDS:
            return True  # "back Fri with 20% off anything left": what remains
        # An irregular past is a participle only after a form of "be" or "get" ("was
        # built", "got caught"): "robberies that began", "still got charged" are pasts.
        return word_before in _BE_OR_GET
    if word_before in ("it", "them") and _WANT_IT_BEFORE.search(
        text, max(0, before.start() - 12), before.end()
    ):
        return True  # "if you want it delivered in time for Christmas": done to it
    if word_before in _BEFORE_PARTICIPLE or word_before.endswith(("'s", "’s", "'re", "’re")):
        return True  # "until it's fixed": "is fixed"
    after_a_noun = (
        word_before.isalpha() and word_before.islower() and word_before not in _SUBJECT_PRONOUNS
    )
    if after_a_noun and (
        # "Doors 7pm, haggis served first", "drinks provided": a listing's "is"
        word in _LISTING_PASSIVES
        # "a girl called Ruth", "some guy named Dave": who, not what was done
        or (word in ("called", "named") and _NAME_AFTER.match(text, match.end()))
    ):
        return True
    if _ASKED_WITH_BE.search(text, max(0, match.start() - 60), match.start()):
        return True  # "Is alternate side parking suspended this week?": "is ... suspended"
    if _MODAL_VERB_BEFORE.search(text, max(0, match.start() - 30), match.start()):
        return True  # "A cold front may bring scattered storms Friday night": an adjective
    # "Residents will see the change on bills mailed in August": a noun's participle in
    # a clause that looks ahead
    return (
        word_before.endswith("s")
        and word_before not in _NOT_A_NOUN
        and _AHEAD_BEFORE.search(text, max(0, match.start() - 60), match.start()) is not None
    )


# The first half of a compound adjective ("top-seeded"), not a verb's prefix ("re-elected").
_COMPOUND_BEFORE = compiled(
    r"\b(?!(?i:re|co|pre|de|un|mis|out|over|under|up|cross|self|non)-)[A-Za-z]+-$"
)
# Where an item of a list of hours starts: after a comma, a colon, a bracket or a line's start.
_LISTING_ITEM_BEFORE = compiled(r"(?:^|[,:;(\n])[ \t]*$")
# A passive earlier in the clause, whose participle a later one joins.
_PASSIVE_BEFORE = compiled(
    r"\b(?i:be|been|being)\s+(?:\w+ed|\w+[ew]n|shut|put|set|cut|sent|built|brought|held|"
    r"kept|left|paid|sold|told|made|found|hit|run|bought|caught|spent|laid)\b[^.!?;\n]*$"
)
_NOT_A_NOUN = frozenset(("his", "its", "this", "was", "has", "is", "us", "as", "yes", "thus"))
# A future earlier in the same sentence.
_AHEAD_BEFORE = compiled(r"(?:\b(?i:will|shall|would)|['’]ll)\b[^.!?;\n]*$")


# Past verbs of intent, and the infinitive after them: a future seen from the past.
_INTENT = compiled(
    r"(?i:decided|agreed|voted|promised|pledged|vowed|hoped|expected|intended|wanted|aimed|"
    r"sought|threatened|asked|urged|ordered|planned|proposed|offered|arranged|meant)"
)
_INFINITIVE = compiled(
    r"\s+(?:\w+\s+){0,4}?to\s+[a-z]+\b"
    # "planned a large demonstration on Saturday": the plan's object
    r"|(?<=planned)\s+(?:a|an|the|another|their|its|his|her|more)\s"
)
_PLAN = compiled(r"(?i:planned|arranged|intended|hoped|aimed|wanted|meant)")


_QUOTE_MARK = compiled(r'["“”]|``|\'\'')
_REPORT_GAP = compiled(
    # whom it was told to: "told reporters", "told the City Council"
    r"(?:\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}?(?:[a-z]+|[A-Z][\w.'’-]*)"
    r"(?=\s+(?:on|late|early|last)\b))?"
    r"(?:\s+(?:in|on)\s+(?:a|an|the)\s+(?:statement|interview|letter|release|post|filing))?"
    # "announced in July", "said late on Monday"
    r"(?:\s+(?:on|late|early|last|in)\b)*\s+"
)
# "was scheduled for March": planned in the past, for a time on either side of the telling.
_TENSE_OF_CUE = {
    "future": Tense.FUTURE,
    "ahead": Tense.FUTURE,
    "past": Tense.PAST,
    "modalpast": Tense.PAST,
    "pastfuture": Tense.UNKNOWN,
}


class QuoteTracker:
    """Tells whether places lie inside a quotation opened in the same paragraph: double
    quotes, each mark counted once, or single quotes as British writing uses them
    ("'Somewhere in Italy, 2nd October,' it began."), told apart from apostrophes by what
    stands around them."""

    def __init__(self, text: str, headings: Collection[int] = ()) -> None:
        """``headings``: where dates stand that head an entry ("Tues. 1st March 1983.");
        a single-quoted passage one opens is a document the story quotes (a diary, a
        letter), told as narration of its own, not speech."""
        self.text = text
        self._single = tuple(span for span in _single_quoted(text) if span[0] not in headings)

    def inside(self, position: int) -> bool:
        """Whether ``position`` lies inside a quotation."""
        return self.span_at(position) is not None

    @functools.cached_property
    def _marks(self) -> _QuoteMarks:
        return _QuoteMarks.of(self.text)

    def span_at(self, position: int) -> tuple[int, int] | None:
        """The quotation ``position`` lies in, if any: where its words start and where its
        closing mark stands (-1 when the paragraph does not close it)."""
        if self._single:
            index = bisect.bisect_right(self._single, (position, len(self.text))) - 1
            if index >= 0 and position < self._single[index][1]:
                return self._single[index]
        return self._marks.double_span_at(position)


@dataclass(frozen=True, slots=True)
class _QuoteMarks:
    """Where a text's line breaks and double quotation marks stand, in order: a place's
    quotation is found by bisection, in time that does not grow with its paragraph."""

    newlines: tuple[int, ...]
    straight: tuple[int, ...]
    opening: tuple[int, ...]
    closing: tuple[int, ...]

    @staticmethod
    def of(text: str) -> _QuoteMarks:
        def where(mark: str) -> tuple[int, ...]:
            return tuple(m.start() for m in re.finditer(mark, text))

        return _QuoteMarks(where("\n"), where('"'), where("“"), where("”"))

    def double_span_at(self, position: int) -> tuple[int, int] | None:
        """The double-quoted passage ``position`` lies in within its paragraph, if any."""
        if not self.straight and not self.opening:
            return None  # no double quotation mark opens anywhere in the text
        line = bisect.bisect_left(self.newlines, position)
        paragraph = self.newlines[line - 1] + 1 if line > 0 else 0
        line_end = self.newlines[line] if line < len(self.newlines) else -1

        def count(marks: tuple[int, ...]) -> int:
            return bisect.bisect_left(marks, position) - bisect.bisect_left(marks, paragraph)

        def closing_after(marks: tuple[int, ...]) -> int:
            index = bisect.bisect_left(marks, position)
            found = marks[index] if index < len(marks) else -1
            return found if found >= 0 and (line_end < 0 or found < line_end) else -1

        if count(self.straight) % 2 == 1:
            opened = self.straight[bisect.bisect_left(self.straight, position) - 1]
            return opened + 1, closing_after(self.straight)
        if count(self.opening) > count(self.closing):
            opened = self.opening[bisect.bisect_left(self.opening, position) - 1]
            return opened + 1, closing_after(self.closing)
        return None


# An opening single quote stands before a word, after a space or an opening mark, and is
# not the apostrophe of a clipped word ('tis, 'em, rock 'n' roll); a closing one follows a
# word or a stop and no letter follows it (not "shan't", "Jude's"), and after an "s" only
# a stop follows it (not "three days' rest"); it closes only a quotation already open.
_SINGLE_OPEN = compiled(
    r"(?<![\w'’‘])['‘](?!(?:tis|twas|em|cause|cos|til|till|n|round|bout|nuff)\b)(?=[A-Za-z])",
    re.IGNORECASE,
)
_SINGLE_CLOSE = compiled(
    r"(?<=[\w.,!?;:…—–-])(?<![sS])['’](?![\w'’])|(?<=[sS])['’](?=[.,;:!?)—–]|$)"
)
_SINGLE_CHAR = compiled("['‘’]")


@functools.lru_cache(maxsize=2)  # a text's quotations are read once for all its readers
def _single_quoted(text: str) -> tuple[tuple[int, int], ...]:
    """The spans inside single quotation marks, each within one paragraph."""
    if "'" not in text and "‘" not in text:
        return ()
    spans: list[tuple[int, int]] = []
    opened = -1
    for mark in _SINGLE_CHAR.finditer(text):
        position = mark.start()
        if opened >= 0 and text.find("\n", opened, position) >= 0:
            opened = -1  # a quotation ends with its paragraph
        if opened < 0:
            if _SINGLE_OPEN.match(text, position):
                opened = position + 1
        elif _SINGLE_CLOSE.match(text, position):
            spans.append((opened, position))
            opened = -1
    return tuple(spans)


def is_past_perfect(text: str, start: int) -> bool:
    """Whether the clause before ``start`` is in the past perfect ("had ... done"), and
    not a future seen from the past ("had expected the war to end before Christmas")."""
    window = text[max(0, start - _WINDOW) : start]
    if "had" not in window.lower() and "'d " not in window and "’d " not in window:
        return False  # neither "had" nor "'d" before it: no past perfect to find
    left, _ = _sentence(text, start, start)
    clause = text[left:start]
    comma = max(clause.rfind(","), clause.rfind(";"))
    tail = clause if comma < 0 else clause[comma:]
    # "The other 22 — the youngest a 17-year-old who had lied about his age — were not
    # reached until Sunday": an aside between dashes is not the clause's own verb
    found = _HAD.search(tail, max((m.end() for m in _DASH_ASIDE.finditer(tail)), default=0))
    rest = tail[found.end() :] if found else ""
    if found is None and _NEW_CLAUSE.match(tail):
        return False  # "had been fixed for Saturday, and on the Wednesday before it ..."
    if found is None:
        # "had ... done" earlier in the clause, unless in an aside ("His uncle, who had
        # fixed cars since the fifties, spent the weekend on it, and by Sunday ...").
        after_aside = max(
            (m.end() for aside in (_ASIDE, _DASH_ASIDE) for m in aside.finditer(clause)),
            default=0,
        )
        found = _HAD_DONE.search(clause, after_aside)
        rest = clause[found.end() :] if found else ""
    return found is not None and _TO_VERB.search(rest) is None


_ASIDE = compiled(r",\s*(?:who|which|whose|whom)\b[^,]*,", re.IGNORECASE)
_DASH_ASIDE = compiled(r"[—–][^—–\n]*[—–]|[ \t]--[ \t][^\n]*?[ \t]--[ \t]")
# "had been fixed for Saturday, and on the Wednesday ...", "had been delivered to Ennis,
# where the river burst its banks on St Stephen's Day": a clause of its own
_NEW_CLAUSE = compiled(
    r"[,;]\s*(?:and|but|then|so|yet|where|when|while|whereas|because|although|though)\b",
    re.IGNORECASE,
)
# "had" as an auxiliary; not "had exactly three rules", "had a dog", "had to leave": having
_HAD = compiled(
    r"\bhad\b(?!\s+(?:a|an|the|no|some|any|\d+|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|exactly|about|more|less|many|much|few|several|only|nothing|everything|something|"
    r"enough|his|her|their|its|my|our|your|this|that|these|those|to|lunch|dinner|breakfast|"
    r"fun|time|trouble)\b)|['’]d\s+(?:(?:already|just|never|not|only|since|long)\s+)?"
    # "he'd been", "I'd had": a participle that is no bare verb after "would"
    r"(?:\w+ed|been|gone|done|seen|known|taken|given|left|got|gotten|had|made|told|said|"
    r"met|heard|found|sent|spent|lost|kept|brought|bought|thought|felt|begun|written|"
    r"driven|eaten|fallen|flown|grown|forgotten|spoken|stolen|worn|won|shown)\b",
    re.IGNORECASE,
)
# "had long since gone"; not "had the case open when": a thing had, and an adjective
_HAD_DONE = compiled(
    r"\bhad\s+(?!(?:a|an|the|no|some|any|his|her|their|its|my|our|your|this|that|these|"
    r"those)\b)(?:\w+\s+){0,3}\w+(?:ed|en|ne|one)\b"
    r"(?<!\bopen)(?<!\beven)(?<!\boften)(?<!\bseven)(?<!\beleven)(?<!\bten)(?<!\bwhen)"
    r"(?<!\bthen)",
    re.IGNORECASE,
)
_HAVE_BEFORE = compiled(r"(?:['’]ve|\bhave|\bhas|['’]s)[ \t]+$", re.IGNORECASE)
_TO_VERB = compiled(r"\bto\s+[a-z]+\b")


FRAMING_PREFIX = compiled(
    r"(?:(?:and|but|then|so|on|in|at|by|during|earlier|later|early|late|since|until|from|"
    r"also|as\s+of|starting|beginning|over|for|that|it\s+(?:was|is)|this\s+was|"
    r"the\s+(?:morning|afternoon|evening|night|day|week|spring|summer|fall|autumn|winter)"
    r"\s+of)\b[\s,]*)*",
    re.IGNORECASE,
)


def is_framing(text: str, start: int) -> bool:
    """Whether the expression at ``start`` opens its sentence ("On Tuesday, Sept. 28, ...",
    "That same day, ..."), perhaps after a conjunction or a preposition."""
    left = max(0, start - 60)
    before = text[left:start]
    cut = max(before.rfind("."), before.rfind("!"), before.rfind("?"), before.rfind("\n")) + 1
    if cut == 0 and left > 0:
        return False  # no sentence starts in the 60 characters before it
    prefix = before[max(cut, 0) :].strip(" \t\"“'‘")
    return bool(FRAMING_PREFIX.fullmatch(prefix))

"""Deictic days said in direct speech, counted from the day the speech tag names.

In '"Come by the saloon tomorrow night," Hollis told her on Monday morning', the
"tomorrow" is the day after that Monday, wherever the story was before the quotation.
The tag comes after the words, so this is read once every timex has its value.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import replace

from timefact._anchor_readers import FULL_DAY
from timefact._model import Timex
from timefact._regex_cache import compiled
from timefact._tense import QuoteTracker

# After the closing mark, the speaker and a verb of saying, up to the day it names:
# ' Hollis told her on ', ' Lottie's brother told her on ', ' she said on '.
_SPEECH_TAG = compiled(
    r"[ \t]*[\w'’.-]+(?:[ \t]+[\w'’.-]+){0,3}[ \t]+"
    r"(?:said|says|told|tells|asked|added|announced|called|replied|whispered|shouted|"
    r"warned|promised|explained|insisted|wrote|texted|messaged|cried|muttered)"
    r"(?:[ \t]+(?:him|her|them|me|us|everyone|the\s+\w+))?[ \t]+(?:on|that|last|early|late)?"
    r"[ \t]*$"
)
_QUOTE_REACH = 400  # characters from a deictic day to the end of its quotation
_TAG_REACH = 60  # characters from the closing mark to the day the tag names
# The rules that read "today", "tomorrow", "tonight", "yesterday" and their parts of day.
_DEICTIC_RULES = frozenset({"deictic-day"})


def days_said_on_the_day_told(text: str, quotes: QuoteTracker, timexes: list[Timex]) -> list[Timex]:
    """Count each quoted "tomorrow" or "tonight" from the day its speech tag names."""
    out = list(timexes)
    for i, timex in enumerate(timexes):
        p = timex.partial
        if (
            timex.rule not in _DEICTIC_RULES
            or p.shift_unit != "D"
            or p.shift is None
            or not FULL_DAY.match(timex.value)
        ):
            continue
        told = _day_of_tag(text, quotes, timex, timexes, i + 1)
        if told is None:
            continue
        day = told + _dt.timedelta(days=p.shift)
        out[i] = replace(timex, value=day.isoformat() + timex.value[10:])
    return out


def _day_of_tag(
    text: str, quotes: QuoteTracker, timex: Timex, timexes: list[Timex], after: int
) -> _dt.date | None:
    """The day named in the speech tag just after the quotation ``timex`` is in; the
    timexes from index ``after`` on are those after it."""
    span = quotes.span_at(timex.start)
    if span is None or span[1] < timex.end or span[1] - timex.end > _QUOTE_REACH:
        return None  # not inside a quotation closed soon after it
    close = span[1]
    tag = next((timexes[j] for j in range(after, len(timexes)) if timexes[j].start > close), None)
    if tag is None or tag.start - close > _TAG_REACH:
        return None
    if _SPEECH_TAG.fullmatch(text, close + 1, tag.start) is None:
        return None
    if tag.partial.shift or not FULL_DAY.match(tag.value):
        return None  # '"... tomorrow," she said yesterday': counted from the telling already
    return _dt.date.fromisoformat(tag.value[:10])

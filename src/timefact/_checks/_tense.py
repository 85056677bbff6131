"""TF107 tense-date-conflict: a future date narrated as done, or a past date promised.

Only where it is certain: the date's year is written (no guessed year), the verb stands
right beside the date ("On Oct. 5, 2021, the board voted"; "voted on Oct. 5, 2021";
"will vote on Sept. 20, 2021"), the date lies wholly on the other side of the
publication date by more than a day, and nothing in the sentence makes the time
hypothetical or scheduled ("will", "would", "expected", "if", ...).
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from collections.abc import Iterator

from timefact._checks._calendar import ap_date
from timefact._checks._context import Context
from timefact._checks._draft import Draft
from timefact._model import Severity, Timex, TimexType
from timefact._regex_cache import compiled

_IRREGULAR_PAST = (
    "was|were|had|said|took|gave|went|came|made|won|lost|met|left|told|got|saw|became|began"
    "|held|fell|rose|sold|bought|paid|wrote|spoke|broke|ran|flew|drove|sent|built|struck|hit"
    "|shot|quit|fought|led|stood|sat|chose|froze|woke|sank|stole"
)
_PAST_VERB = rf"(?:[a-z]{{2,}}ed|{_IRREGULAR_PAST})"
# "On Oct. 5, 2021, the board voted": a short subject after the date, then the verb.
_DATE_THEN_PAST = compiled(rf",\s(?:[A-Za-z.'\u2019-]+\s){{1,4}}(?P<verb>{_PAST_VERB})\b")
# The date must open its sentence ("On Oct. 5, 2021, ..."), so the verb after it is the
# sentence's own and not one of a clause the date sits in.
_OPENING = compiled(r"\s*[\"'`]{0,2}(?:(?:And|But|Then|So|Yet)\s)?(?:On|In|on|in)\s$")
_AUXILIARY = compiled(r"\b(?:was|were|is|are|had|has|have|be|been)\s")
# The verb right before the date, or before at most three words and "on": "voted Sept.
# 20, 2021", "signed into law on Oct. 20, 2021", "will choose a new mayor on ...".
_OBJECT_THEN_ON = compiled(r"(?:(?P<object>(?:\s[a-z]+){1,3})\s(?:on|in)|\s(?:on|for))?\s")
_PAST_VERB_WORD = compiled(rf"\b(?P<verb>{_PAST_VERB})\b")
_PROMISE_WORDS = compiled(
    r"\b(?P<verb>will\s(?:be\s)?[a-z]+|(?:is|are)\s(?:scheduled|set|due|slated)(?:\sto\s[a-z]+)?)\b"
)
# Words that open another clause or phrase between the verb and the date, which then
# dates something else ("will be tried for the crime committed on ...").
_CLAUSE_WORDS = frozenset(
    {
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "of",
        "for",
        "since",
        "after",
        "before",
        "until",
        "by",
        "when",
        "while",
        "where",
        "because",
        "than",
        "from",
        "said",
        "says",
    }
)
_NOT_PLAIN_PAST = compiled(
    r"\b(?:will|would|could|should|may|might|shall|must|can|if|unless|whether|expected|"
    r"scheduled|planned|plans?|planning|slated|due|set\sto|going\sto|intend\w*|hope\w*|"
    r"deadline|until|by|before|proposed|supposed|predicted|forecast|projected|wants?|"
    r"aims?|estimated|expects?|predicts?|forecasts?|projects?|estimates?|anticipates?|"
    r"If|Unless|Whether|Until|By|Before)\b"
)  # case-sensitive: "May 8" is a date, "may" a modal
_HYPOTHETICAL = compiled(r"\b(?:if|unless|whether|would|could|might|If|Unless|Whether)\b")
# Participles that read as adjectives ("the scheduled vote") rather than narration.
_ADJECTIVE_PARTICIPLES = frozenset(
    {
        "scheduled",
        "expected",
        "planned",
        "proposed",
        "slated",
        "delayed",
        "postponed",
        "estimated",
        "projected",
        "anticipated",
        "related",
        "based",
        "called",
        "named",
        "dated",
        "timed",
        "set",
        "due",
    }
)
# "is scheduled on", "are expected": a participle after a present form is no past narration.
_PRESENT_BEFORE = compiled(r"\b(?:is|are|be|being|been|am)\s$")


def run(context: Context) -> Iterator[Draft]:
    dct = context.dct
    if dct is None:
        return
    text = context.text
    for timex in context.timexes:
        span = _interval(timex)  # cheap: most timexes stop here
        if span is None:
            continue
        first, last = span
        sentence_start, sentence_end = context.sentence_of(timex.start)
        sentence = text[sentence_start:sentence_end]
        before = text[max(sentence_start, timex.start - 60) : timex.start]
        if (first - dct).days > 1 and not _NOT_PLAIN_PAST.search(sentence):
            opening = text[sentence_start : timex.start]
            verb = _past_verb(text, timex, opening, before, sentence_end)
            if verb is not None:
                yield _draft(context, timex, verb, side="future", first=first, last=last)
        elif (dct - last).days > 1 and not _HYPOTHETICAL.search(sentence):
            promise = _verb_before(_PROMISE_WORDS, before)
            if promise is not None:
                yield _draft(context, timex, promise["verb"], side="past", first=first, last=last)


def _interval(timex: Timex) -> tuple[_dt.date, _dt.date] | None:
    """First and last day a dated timex with a written year covers."""
    partial = timex.partial
    if (
        timex.type is not TimexType.DATE
        or not timex.certain
        or partial.year is None
        or partial.shift is not None
    ):
        return None
    if partial.season or partial.quarter or partial.half or partial.week or partial.decade:
        return None
    if timex.mod is not None:
        return None
    try:
        if partial.month is None:
            return _dt.date(partial.year, 1, 1), _dt.date(partial.year, 12, 31)
        if partial.day is None:
            last = calendar.monthrange(partial.year, partial.month)[1]
            return (
                _dt.date(partial.year, partial.month, 1),
                _dt.date(partial.year, partial.month, last),
            )
        day = _dt.date(partial.year, partial.month, partial.day)
    except ValueError:
        return None
    return day, day


def _past_verb(text: str, timex: Timex, opening: str, before: str, sentence_end: int) -> str | None:
    after = _DATE_THEN_PAST.match(text, timex.end, min(sentence_end, timex.end + 60))
    if (
        after is not None
        and _OPENING.fullmatch(opening)
        and not _AUXILIARY.search(text, after.start(), after.start("verb"))
    ):
        verb = after["verb"]
        if verb.lower() not in _ADJECTIVE_PARTICIPLES:
            return verb
    prior = _verb_before(_PAST_VERB_WORD, before)
    if (
        prior is not None
        and prior["verb"].lower() not in _ADJECTIVE_PARTICIPLES
        and not _PRESENT_BEFORE.search(before, 0, prior.start())
    ):
        return prior["verb"]
    return None


def _verb_before(verbs: re.Pattern[str], before: str) -> re.Match[str] | None:
    """The last verb that stands right before the date, or before its own short object
    and "on" ("signed into law on"), with no other clause in between."""
    found = None
    for verb in verbs.finditer(before):
        rest = _OBJECT_THEN_ON.fullmatch(before, verb.end())
        if rest is None:
            continue
        words = (rest["object"] or "").split()
        if not any(w in _CLAUSE_WORDS or w.endswith("ed") for w in words):
            found = verb
    return found


def _draft(
    context: Context, timex: Timex, verb: str, *, side: str, first: _dt.date, last: _dt.date
) -> Draft:
    dct = context.dct
    assert dct is not None
    when = ap_date(first) if first == last else timex.text
    if side == "future":
        message = (
            f'"{verb}" tells {when} as done, but it is after the publication date, {ap_date(dct)}'
        )
        expected = "a future form (will ...), or an earlier date"
    else:
        message = f'"{verb}" promises {when}, but it is before the publication date, {ap_date(dct)}'
        expected = "a past form, or a later date"
    note = context.dct_note()
    if context.doc.dct.source.value == "inferred" and note:
        message += f" ({note})"
    return Draft(
        start=timex.start,
        end=timex.end,
        text=timex.text,
        observed=f"{verb} ... {timex.value}",
        expected=expected,
        message=message,
        timexes=(timex.tid,),
        severity=Severity.WARNING,
        rests_on_dct=True,
        rule=(
            f"{side} date {timex.value} (timex {timex.tid}, rule {timex.rule}, year "
            f"written) with the verb {verb!r} against the publication date"
        ),
    )

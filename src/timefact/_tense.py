"""The tense of the clause around a mention, read from the nearest verbal cue.

News convention: a bare "Tuesday" or "March 5" points back in a past-tense clause and
forward in a future one. The cue nearest to the mention within its sentence decides.
"""

from __future__ import annotations

import re
from enum import StrEnum


class Tense(StrEnum):
    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"
    UNKNOWN = "unknown"


_CUE = re.compile(
    # Reporting verbs say when the story was told, not when its events happen: they count
    # only right before the expression ("said Friday", "announced on Wednesday").
    r"(?P<report>\b(?i:said|says|say|told|added|noted|reported|announced|stated|"
    r"predicted|confirmed|declared|disclosed|revealed)\b)"
    r"|(?P<pastfuture>\b(?i:(?:was|were|had\s+been)\s+(?:due|scheduled|expected|set|"
    r"supposed|slated|planned)\s+to)\b)"
    r"|(?P<future>\b(?i:will|won['’]t|shall|going\s+to|plans?|planned|planning|scheduled|"
    r"expected\s+to|expects\s+to|set\s+to|due\s+to|would|upcoming|intends?\s+to|"
    r"is\s+to|are\s+to|hopes?\s+to|aims?\s+to|wants?\s+to|as\s+(?:early|soon)\s+as|"
    r"no\s+later\s+than)\b|['’]ll\b)"
    r"|(?P<past>\b(?i:was|were|had|did|didn['’]t|ago|since|went|came|took|made|"
    r"gave|got|left|met|saw|began|won|lost|fell|rose|sold|paid|held|spent|found)\b"
    r"|\b(?!(?:hundred|indeed|need|speed|seed|feed|bed|red|shed|breed|creed|greed|weed|"
    r"proceed|exceed|succeed|embed|bred|sled|fled)\b)[a-z]{2,}ed\b)"
    r"|(?P<present>\b(?i:is|are|am|has|have)\b)"
)
_REPORT_REACH = 16  # characters: "said on late" at most
_SENTENCE_END = re.compile(r"[.!?\n]")
_WINDOW = 160


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(0, start - _WINDOW)
    before = text[left:start]
    cut = max((m.end() for m in _SENTENCE_END.finditer(before)), default=0)
    sentence_start = left + cut
    after = text[end : end + _WINDOW]
    stop = _SENTENCE_END.search(after)
    sentence_end = end + (stop.start() if stop else len(after))
    return sentence_start, sentence_end


def clause_tense(text: str, start: int, end: int) -> Tense:
    """The tense of the sentence around ``text[start:end]``, from the nearest cue."""
    if text.startswith(("'s", "’s"), end):
        return Tense.PAST  # "Wednesday's ruling": news speaks of what has happened
    left, right = _sentence(text, start, end)
    best: tuple[int, Tense] | None = None
    for match in _CUE.finditer(text, left, right):
        if start <= match.start() < end:
            continue
        distance = start - match.end() if match.end() <= start else match.start() - end
        # A cue before the mention binds a little more strongly than one after it.
        distance += 0 if match.end() <= start else 8
        kind = match.lastgroup or ""
        if kind == "report":
            if (
                match.end() <= start
                and start - match.end() <= _REPORT_REACH
                and re.fullmatch(r"(?:\s+(?:on|late|early|last)\b)*\s+", text[match.end() : start])
            ):
                return Tense.PAST
            continue
        tense = {"future": Tense.FUTURE, "past": Tense.PAST, "pastfuture": Tense.PAST}.get(
            kind, Tense.PRESENT
        )
        if best is None or distance < best[0]:
            best = (distance, tense)
    return best[1] if best else Tense.UNKNOWN


def is_past_perfect(text: str, start: int) -> bool:
    """Whether the clause before ``start`` is in the past perfect ("had ... done")."""
    left, _ = _sentence(text, start, start)
    clause = text[left:start]
    comma = max(clause.rfind(","), clause.rfind(";"))
    tail = clause if comma < 0 else clause[comma:]
    if re.search(r"\bhad\b|['’]d\s+\w+ed\b", tail, re.IGNORECASE):
        return True
    return bool(re.search(r"\bhad\s+(?:\w+\s+){0,3}\w+(?:ed|en|ne|one)\b", clause, re.IGNORECASE))


def in_quotation(text: str, start: int) -> bool:
    """Whether ``start`` lies inside double quotes opened in the same paragraph."""
    paragraph_start = text.rfind("\n", 0, start) + 1
    segment = text[paragraph_start:start]
    straight = segment.count('"')
    curly_open = segment.count("“")
    curly_close = segment.count("”")
    return straight % 2 == 1 or curly_open > curly_close

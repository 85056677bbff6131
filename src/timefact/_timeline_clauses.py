"""Cut a news text into sentences and clauses, keeping character offsets.

A timeline event is the clause a time expression sits in, so this only has to be good
enough to separate "Chrissy had shared a carousel of photos" from "and she also joked
that ..." in one sentence. It is deliberately shallow: punctuation and a few
conjunctions, no parser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timefact._regex_cache import compiled

# Abbreviations whose period does not end a sentence (news style).
_ABBREVIATIONS = frozenset(
    (
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sen",
        "rep",
        "gov",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "st",
        "jr",
        "sr",
        "inc",
        "corp",
        "co",
        "ltd",
        "vs",
        "no",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "u.s",
        "u.k",
        "u.n",
        "a.m",
        "p.m",
        "e.g",
        "i.e",
        "etc",
        "approx",
        "ft",
        "mt",
    )
)
_SENTENCE_END = compiled(
    r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])"  # ". The", ". \"We"
    r"|[.!?]+(?=\s+[\"“][a-z])"  # a quotation that starts in lower case: . "a year ago
    r"|\n+"
)
_CLAUSE_BREAK = compiled(
    r";\s+|\s+[—–]\s+|,\s+(?=(?:and|but|while|whereas|so|yet|although|though)\s)"
    r"|\s+(?=(?:because|although|whereas)\s)"
)


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of the text: a sentence or a clause."""

    start: int
    end: int
    text: str

    def contains(self, offset: int) -> bool:
        return self.start <= offset < self.end


def sentences(text: str) -> tuple[Segment, ...]:
    """The sentences of ``text``; line breaks always end a sentence."""
    out: list[Segment] = []
    begin = 0
    for match in _SENTENCE_END.finditer(text):
        if match.group().startswith((".",)) and _ends_with_abbreviation(text, match.start()):
            continue
        end = match.end() if not match.group().startswith("\n") else match.start()
        _append_trimmed(out, text, begin, end)
        begin = match.end()
    _append_trimmed(out, text, begin, len(text))
    return tuple(out)


def clauses(text: str, sentence: Segment) -> tuple[Segment, ...]:
    """The clauses of one sentence, split at semicolons, dashes and joining conjunctions."""
    out: list[Segment] = []
    begin = sentence.start
    for match in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end):
        if match.start() - begin < 12:  # too short to stand alone ("Then, and ...")
            continue
        _append_trimmed(out, text, begin, match.start())
        begin = match.end()
    _append_trimmed(out, text, begin, sentence.end)
    return tuple(out)


def _ends_with_abbreviation(text: str, period: int) -> bool:
    word = re.search(r"([A-Za-z.]+)$", text[max(0, period - 12) : period])
    if word is None:
        return False
    token = word.group(1).lower().rstrip(".")
    return token in _ABBREVIATIONS or len(token) == 1


def _append_trimmed(out: list[Segment], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Segment(start, end, text[start:end]))

"""Part of TF104 age-mismatch: a current age that an age at a dated past time contradicts.

"Smith, 45, ... In 1990, when she was 30, ..." in a 2021 story: someone 45 in 2021 was
13 or 14 in 1990. The past age must sit in a sentence with exactly one written year (the
time it speaks of), and belong to a current age either by name ("when Smith was 30") or
by a pronoun right after the one current age of its own or the previous sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from timefact._checks._age_reading import YEAR_WORD, Age, AgeIndex, without_births
from timefact._checks._calendar import ap_date
from timefact._checks._context import Context
from timefact._checks._draft import Draft
from timefact._checks._people import Person
from timefact._model import Span
from timefact._regex_cache import compiled

_WHEN_WAS = compiled(
    r"\bwhen\s(?P<who>he|she|He|She|[A-Z][a-z'\u2019-]+)\swas\s(?:only\s|just\s)?"
    r"(?P<n>\d{1,3})\b(?![-%]|\s*(?:percent|years?\s(?:ago|later|earlier|before|after)))"
)
# "Doe, who turned 30 in 1995, ...", "She was 30 in 1995": the year is in the words.
_AGE_IN_YEAR = compiled(
    r"\b(?P<who>who|he|she|He|She|[A-Z][a-z'\u2019-]+)\s(?:was|turned)\s(?P<n>\d{1,3})"
    r"\sin\s(?P<year>(?:1[5-9]|20)\d\d)\b"
)


def past_age_conflicts(
    context: Context, ages: tuple[Age, ...], index: AgeIndex, reported: set[int]
) -> Iterator[Draft]:
    dct = context.dct
    if dct is None:
        return
    for match, year in _past_ages(context):
        if year >= dct.year:
            continue
        current = _current_age(context, match, index)
        if current is None or current.start in reported:
            continue
        then = int(match["n"])
        shift = dct.year - year
        possible = (current.years - shift - 1, current.years - shift)
        if then in possible:
            continue
        reported.add(current.start)
        yield _draft(context, match, current, then=then, year=year, possible=possible)


def _past_ages(context: Context) -> Iterator[tuple[re.Match[str], int]]:
    """Ages at a dated past time, with the year: written in the sentence (exactly one)
    for "when she was 30", in the words for "turned 30 in 1995"."""
    text = context.text
    for match in _WHEN_WAS.finditer(text):
        start, end = context.sentence_of(match.start())
        years = {int(y) for y in YEAR_WORD.findall(without_births(text[start:end]))}
        if len(years) == 1:
            yield match, years.pop()
    for match in _AGE_IN_YEAR.finditer(text):
        yield match, int(match["year"])


def _draft(
    context: Context,
    match: re.Match[str],
    current: Age,
    *,
    then: int,
    year: int,
    possible: tuple[int, int],
) -> Draft:
    text = context.text
    dct = context.dct
    assert dct is not None
    low, high = possible
    if current.person is not None:
        message = (
            f"{current.person.name} is {current.years} in a story dated {ap_date(dct)}, "
            f"so was {low} or {high} in {year}, not {then}"
        )
    else:
        message = (
            f"an age of {current.years} in a story dated {ap_date(dct)} means {low} or "
            f"{high} in {year}, not {then}"
        )
    return Draft(
        start=match.start("n"),
        end=match.end("n"),
        text=match["n"],
        observed=f"age {then} in {year}",
        expected=f"age {low} or {high} in {year}",
        message=message,
        fixes=(str(high),) if high > 0 else (),
        related=(Span(current.start, current.end, text[current.start : current.end]),),
        rests_on_dct=True,
        rule=f"current age {current.years} against age {then} in {year}",
    )


def _current_age(context: Context, match: re.Match[str], index: AgeIndex) -> Age | None:
    """The current age the past age speaks of, if it is clear: by name, or for "he",
    "she" and "who" the one current age of the sentence (before "he"/"she": or of the
    sentence before)."""
    who = match["who"]
    if who.lower() not in ("he", "she", "who"):
        key = index.people.key(Person(who))
        named = (
            [
                a
                for a in index.by_person.get(key, [])
                if a.said_as_now and a.start != match.start("n")
            ]
            if key
            else []
        )
        return named[0] if named else None
    sentence = context.sentence_index(match.start())
    if who == "who":
        near = [
            a
            for a in index.by_sentence.get(sentence, ())
            if a.said_as_now and a.start != match.start("n")
        ]
        return near[0] if len(near) == 1 else None
    for number in (sentence, sentence - 1):
        near = [
            a
            for a in index.by_sentence.get(number, ())
            if a.said_as_now and a.start < match.start()
        ]
        if near:
            return near[0] if len(near) == 1 else None
    return None

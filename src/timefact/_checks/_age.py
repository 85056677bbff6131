"""TF104 age-mismatch: a stated age against a birth date, another age of the same
person, or an age at a dated past time.

Ages and births are read by :mod:`._age_reading`. An age and a birth statement are the
same person's when they share a sentence (one of each), when the birth sentence opens
with "He/She was born" right after the sentence with the age, or when both carry the
same name. Ages said of another time ("then", "at the time", another year in the
sentence) are left alone. Ages at a dated past time ("in 1990, when she was 30") are
compared in :mod:`._age_past`."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator

from timefact._checks._age_past import past_age_conflicts
from timefact._checks._age_reading import Age, AgeIndex, Birth, read_ages, read_births
from timefact._checks._calendar import ap_date
from timefact._checks._context import Context
from timefact._checks._draft import Draft
from timefact._model import Severity, Span


def run(context: Context) -> Iterator[Draft]:
    ages = tuple(read_ages(context))
    births = tuple(read_births(context))
    index = AgeIndex.of(context, ages, births)
    reported: set[int] = set()
    for birth in births:
        for age in _ages_of(context, birth, index):
            if age.start in reported:
                continue
            draft = _against_birth(context, age, birth)
            if draft is not None:
                reported.add(age.start)
                yield draft
    yield from _ages_disagree(context, index, reported)
    yield from past_age_conflicts(context, ages, index, reported)


def _ages_of(context: Context, birth: Birth, index: AgeIndex) -> Iterator[Age]:
    """The ages the birth statement speaks of (see the module docstring)."""
    sentence = context.sentence_index(birth.start)
    in_sentence = index.by_sentence.get(sentence, [])
    if birth.person is not None:
        key = index.people.key(birth.person)
        named = index.by_person.get(key, []) if key is not None else []
        if named:
            yield from named
            return
    if len(in_sentence) == 1:
        yield in_sentence[0]
        return
    if birth.pronoun and not in_sentence and sentence > 0:
        before = index.by_sentence.get(sentence - 1, [])
        if len(before) == 1:
            yield before[0]


def _against_birth(context: Context, age: Age, birth: Birth) -> Draft | None:
    if age.other_time:
        return None
    dct = context.dct
    if dct is None:
        return None
    allowed = _possible_ages(birth, dct)
    if age.years in allowed:
        return None
    text = context.text
    low, high = min(allowed), max(allowed)
    expected = str(low) if low == high else f"{low} or {high}"
    person = age.person or birth.person
    who = f"{person.name}, born {birth.words()}," if person else f"someone born {birth.words()}"
    message = f"{who} is {expected} on {ap_date(dct)} (the publication date), not {age.years}"
    note = context.dct_note()
    if note and context.doc.dct.source.value == "inferred":
        message += f" ({note})"
    return Draft(
        start=age.start,
        end=age.end,
        text=text[age.start : age.end],
        observed=f"age {age.years}",
        expected=f"age {expected}",
        message=message,
        fixes=tuple(
            text[age.start : age.end].replace(str(age.years), str(n), 1)
            for n in sorted(allowed, reverse=True)
            if str(age.years) in text[age.start : age.end]
        ),
        related=(Span(birth.start, birth.end, text[birth.start : birth.end]),),
        rests_on_dct=True,
        rule=f"age {age.years} against birth {birth.words()} at the publication date",
    )


def _possible_ages(birth: Birth, on: _dt.date) -> tuple[int, ...]:
    if birth.month is None or birth.day is None:
        return (on.year - birth.year - 1, on.year - birth.year)
    had_birthday = (on.month, on.day) >= (birth.month, birth.day)
    exact = on.year - birth.year - (0 if had_birthday else 1)
    recent = 0 <= (on - _birthday_in(on.year, birth)).days < 10
    return (exact - 1, exact) if recent else (exact,)


def _birthday_in(year: int, birth: Birth) -> _dt.date:
    assert birth.month is not None and birth.day is not None
    day = 28 if (birth.month, birth.day) == (2, 29) else birth.day
    return _dt.date(year, birth.month, day)


def _ages_disagree(context: Context, index: AgeIndex, reported: set[int]) -> Iterator[Draft]:
    text = context.text
    for key, said in index.by_person.items():
        now = [a for a in said if not a.other_time]
        if not now:
            continue
        first = now[0]
        for age in now[1:]:
            if age.years == first.years or age.start in reported:
                continue
            reported.add(age.start)
            yield Draft(
                start=age.start,
                end=age.end,
                text=text[age.start : age.end],
                observed=f"age {age.years}",
                expected=f"age {first.years}",
                message=f"{key} is {age.years} here but {first.years} earlier in the story",
                fixes=(text[age.start : age.end].replace(str(age.years), str(first.years), 1),)
                if str(age.years) in text[age.start : age.end]
                else (),
                related=(Span(first.start, first.end, text[first.start : first.end]),),
                severity=Severity.ERROR if abs(first.years - age.years) > 1 else Severity.WARNING,
                rule=f"two ages of {key} in one story",
            )

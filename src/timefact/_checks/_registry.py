"""Every check, declared once, in the order it runs, with its stable code and name.

Codes and names are part of the public interface (other tools read them): a check may
be added at the end with the next code, never renumbered or renamed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from timefact._checks import (
    _age,
    _duration,
    _impossible,
    _observance,
    _relative,
    _tense,
    _weekday,
)
from timefact._checks._context import Context
from timefact._checks._draft import Draft


@dataclass(frozen=True, slots=True)
class CheckSpec:
    """One check: its code, its fixed name, what it looks for, and the function."""

    code: str
    name: str
    summary: str
    run: Callable[[Context], Iterable[Draft]]


CHECKS: tuple[CheckSpec, ...] = (
    CheckSpec(
        "TF101",
        "weekday-date-mismatch",
        "a weekday written next to a date it does not fall on",
        _weekday.run,
    ),
    CheckSpec(
        "TF102",
        "impossible-date",
        "a date or clock time the calendar does not have (Feb. 30, 25:00)",
        _impossible.run,
    ),
    CheckSpec(
        "TF103",
        "relative-date-conflict",
        "a relative expression that contradicts the date beside it or the DCT",
        _relative.run,
    ),
    CheckSpec(
        "TF104",
        "age-mismatch",
        "a stated age that disagrees with a birth date or another age of the person",
        _age.run,
    ),
    CheckSpec(
        "TF105",
        "duration-mismatch",
        "a stated interval that the article's own dates contradict",
        _duration.run,
    ),
    CheckSpec(
        "TF106",
        "observance-mismatch",
        "a holiday or observance paired with a date it does not fall on",
        _observance.run,
    ),
    CheckSpec(
        "TF107",
        "tense-date-conflict",
        "a future date narrated as done, or a past date promised",
        _tense.run,
    ),
)

BY_NAME: dict[str, CheckSpec] = {spec.name: spec for spec in CHECKS}

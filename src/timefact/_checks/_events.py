"""Events an article dates once and counts from elsewhere.

The words of each event are data (``data/check_events.toml``). A *dated* mention is an
event word with an explicit day date right beside it:

- ``WORD ... on|since DATE``: "lost the final on March 3, 2020", "sober since June 1";
- ``DATE WORD``: "the March 3, 2020, loss", "the Sept. 11 attacks";
- ``On DATE, SUBJECT WORD``: "On March 3, 2020, the Hawks lost the final".

An event counts only when the article gives it one date: two dated losses make every
"after the loss" ambiguous, and the check then says nothing.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources

from timefact._checks._calendar import parse_day_value
from timefact._checks._context import Context
from timefact._model import Timex, TimexType
from timefact._regex_cache import compiled

_WORD = r"[\w'’.-]{1,30}"
# Between the event word and its date: a few words of its own, then "on" or "since".
_DATE_AFTER = compiled(rf"(?:\s+{_WORD}){{0,5}}?\s+(?:on|since)\s+")
_DATE_BEFORE = compiled(rf",?\s+|\s+{_WORD}\s+")  # "the March 3, 2020, loss"
_OPENING_ON = compiled(r"\s*[\"'“]?On\s+")
_SUBJECT = compiled(rf",\s+(?:{_WORD}\s+){{0,4}}")
_REACH = 80  # characters between an event word and its date


@dataclass(frozen=True, slots=True)
class Event:
    name: str
    words: frozenset[str]
    state: frozenset[str]


@dataclass(frozen=True, slots=True)
class DatedEvent:
    """An event word with the explicit day date beside it."""

    event: Event
    start: int  # the event word
    end: int
    date: Timex
    sentence: tuple[int, int]


@functools.cache
def events() -> tuple[Event, ...]:
    with resources.files("timefact").joinpath("data", "check_events.toml").open("rb") as f:
        data = tomllib.load(f)
    table = tuple(
        Event(str(e["name"]), frozenset(e["words"]), frozenset(e.get("state", ())))
        for e in data["event"]
    )
    for event in table:
        if not event.state <= event.words:
            raise ValueError(f"event {event.name!r}: state forms must be among its words")
    return table


@functools.cache
def by_word() -> dict[str, Event]:
    return {word: event for event in events() for word in event.words}


@functools.cache
def word_pattern() -> str:
    """An alternation of every event word, longest first."""
    words = sorted(by_word(), key=lambda w: (-len(w), w))
    return "(?i:" + "|".join(re.escape(w) for w in words) + ")"


@functools.cache
def _word_finder() -> re.Pattern[str]:
    return compiled(rf"(?<![\w'’-])(?P<word>{word_pattern()})(?![\w'’-])")


def find_words(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    return _word_finder().finditer(text, start, len(text) if end is None else end)


def event_of(word: str) -> Event | None:
    return by_word().get(word.lower())


def explicit_day(timex: Timex) -> bool:
    """A certain date whose month and day are written, resolved to a calendar day."""
    partial = timex.partial
    return (
        timex.certain
        and timex.type in (TimexType.DATE, TimexType.TIME)
        and partial.month is not None
        and partial.day is not None
        and parse_day_value(timex.value) is not None
    )


def dated_events(context: Context) -> dict[str, DatedEvent]:
    """Each event the article dates exactly once (one day, however often written)."""
    found: dict[str, list[DatedEvent]] = {}
    text = context.text
    for match in find_words(text):
        event = event_of(match["word"])
        if event is None:
            continue
        dated = _date_beside(context, event, match.start(), match.end())
        if dated is not None:
            found.setdefault(event.name, []).append(dated)
    once = {}
    for name, mentions in found.items():
        days = {(m.date.partial.year, m.date.partial.month, m.date.partial.day) for m in mentions}
        if len(days) == 1:
            once[name] = mentions[0]
    return once


def _date_beside(context: Context, event: Event, start: int, end: int) -> DatedEvent | None:
    text = context.text
    sentence = context.sentence_of(start)
    for timex in context.timexes_near(start, end, _REACH):
        if not (sentence[0] <= timex.start and timex.end <= sentence[1]):
            continue
        after = timex.start >= end and _DATE_AFTER.fullmatch(text, end, timex.start)
        before = timex.end <= start and (
            _DATE_BEFORE.fullmatch(text, timex.end, start)
            or (
                _OPENING_ON.fullmatch(text, sentence[0], timex.start)
                and _SUBJECT.fullmatch(text, timex.end, start)
            )
        )
        if not (after or before):
            continue
        if explicit_day(timex):
            return DatedEvent(event, start, end, timex, sentence)
        return None  # the words beside it give another kind of time
    return None

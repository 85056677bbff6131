"""Points in time the text implies through a duration ("20 weeks pregnant at the time").

The cue words live in ``data/timeline_cues.toml``. A cue turns a duration attached to a
placed event into a second, derived placement: the state began that long before the
event (``since`` cues), or what follows "after"/"before" happened that long before or
after it. Derived placements are always approximate.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources

from timefact._model import Timex
from timefact._timeline_place import Amount, Grain, Placement, read_amount


@dataclass(frozen=True, slots=True)
class SinceCue:
    label: str
    next_words: tuple[str, ...] = ()
    sentence_words: tuple[str, ...] = ()
    previous_words: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class AfterCue:
    word: str
    later: bool  # True for "before": the thing named comes after the event


@dataclass(frozen=True, slots=True)
class Derivation:
    """A derived placement and the words it rests on."""

    placement: Placement
    label: str  # what happened then, in the text's or the cue's words
    start: int  # span of the words describing it (the sentence, for a state's start)
    end: int
    reason: str  # e.g. "20 weeks before 28 Sep 2020 ('20 weeks pregnant')"


@functools.cache
def _cues() -> tuple[tuple[SinceCue, ...], tuple[AfterCue, ...]]:
    data_file = resources.files("timefact").joinpath("data", "timeline_cues.toml")
    with data_file.open("rb") as handle:
        data = tomllib.load(handle)
    since = tuple(
        SinceCue(
            label=entry["label"],
            next_words=tuple(entry.get("next", ())),
            sentence_words=tuple(entry.get("sentence", ())),
            previous_words=tuple(entry.get("previous", ())),
        )
        for entry in data.get("since", ())
    )
    after = tuple(
        AfterCue(word=entry["word"], later=entry["direction"] == "after")
        for entry in data.get("after", ())
    )
    return since, after


def _starts_with_word(text: str, words: tuple[str, ...]) -> str | None:
    lowered = text.lower()
    for word in words:
        if re.match(rf"{re.escape(word)}\b", lowered):
            return word
    return None


def derive(
    text: str, duration: Timex, sentence_start: int, clause_end: int, anchor: Placement
) -> Derivation | None:
    """The point ``duration`` implies relative to the event placed at ``anchor``, if any."""
    amount = read_amount(duration.value)
    if amount is None or anchor.first is None or anchor.last is None:
        return None
    since_cues, after_cues = _cues()
    following = text[duration.end : clause_end].lstrip(" -")
    for cue in after_cues:
        if _starts_with_word(following, (cue.word,)):
            described_start = duration.end + text[duration.end : clause_end].lower().find(cue.word)
            described_start += len(cue.word)
            # What happened then ends where the clause goes on: "13 days after the
            # bombings, U.S. forces launched ..." names "the bombings".
            words = re.split(r"[,;:—–]", text[described_start:clause_end], maxsplit=1)[0]
            words = words.strip(" .\"'“”")
            if not words:
                continue
            placement = _shift(anchor, amount, later=cue.later)
            if placement is None:
                return None
            offset = text.find(words, described_start)
            side = "after" if cue.later else "before"
            return Derivation(
                placement,
                words,
                offset,
                offset + len(words),
                f"{duration.text} {side} {anchor.describe()} ('{duration.text} {cue.word} …')",
            )
    preceding = text[max(sentence_start, duration.start - 20) : duration.start].lower()
    sentence = text[sentence_start:clause_end].lower()
    for since in since_cues:
        word = _starts_with_word(following, since.next_words)
        if word is None:
            word = next(
                (w for w in since.sentence_words if re.search(rf"\b{re.escape(w)}\b", sentence)),
                None,
            )
        if word is None:
            word = next(
                (
                    w
                    for w in since.previous_words
                    if preceding.rstrip().endswith(w)
                    or duration.text.lower().startswith(w.split(" ", 1)[-1])
                ),
                None,
            )
        if word is None:
            continue
        placement = _shift(anchor, amount, later=False)
        if placement is None:
            return None
        label = since.label.replace("{sentence}", text[sentence_start:clause_end].strip())
        return Derivation(
            placement,
            label,
            sentence_start,
            clause_end,
            f"{duration.text} before {anchor.describe()} ('{word}')",
        )
    return None


def _shift(anchor: Placement, amount: Amount, *, later: bool) -> Placement | None:
    assert anchor.first is not None and anchor.last is not None
    move = amount.after if later else amount.before
    first, last = move(anchor.first), move(anchor.last)
    if first is None or last is None:
        return None
    grain = anchor.grain if anchor.grain not in (Grain.PART_OF_DAY, Grain.TIME) else Grain.DAY
    return Placement(first, last, grain, _value_of(first, last, grain), approximate=True)


def _value_of(first: _dt.date, last: _dt.date, grain: Grain) -> str:
    if first == last:
        return first.isoformat()
    if grain is Grain.MONTH and first.month == last.month and first.year == last.year:
        return f"{first.year:04d}-{first.month:02d}"
    if grain is Grain.YEAR and first.year == last.year:
        return f"{first.year:04d}"
    return f"{first.isoformat()}/{last.isoformat()}"

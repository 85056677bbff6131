"""Counts and ordinals written in words, as the engine's vocabulary reads them."""

from __future__ import annotations

import functools
import re

from timefact._vocab import load_vocabulary

# Entries of the number table that are not a count written as one word.
_NOT_ONE_WORD = frozenset(
    {"a", "an", "hundred", "a-hundred", "a-dozen", "dozen", "half-a-dozen", "a-couple-of"}
    | {"couple-of"}
)


@functools.cache
def number_words() -> dict[str, int]:
    """ "one" ... "ninety": the single words a count is written with."""
    table = load_vocabulary().tables["number"]
    return {word: int(value) for word, value in table.items() if word not in _NOT_ONE_WORD}


@functools.cache
def anniversary_ordinals() -> dict[str, int]:
    """How an anniversary is counted in words: "first" ... "hundredth", "one-year"."""
    table = {
        word: int(value)
        for word, value in load_vocabulary().tables["ordinal"].items()
        if int(value) > 0
    }
    for word, value in number_words().items():
        table[f"{word}-year"] = value
    table["one year"] = 1
    return table


def anniversary_number(word: str) -> int | None:
    """The count of "first", "21st", "one-year", "10-year"; ``None`` for anything else."""
    lowered = word.lower()
    found = anniversary_ordinals().get(lowered)
    if found is not None:
        return found
    digits = re.match(r"\d{1,3}", lowered)
    return int(digits.group(0)) if digits else None

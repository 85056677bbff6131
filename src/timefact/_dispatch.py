"""Which rules can start at which word: computed from the patterns, shipped precomputed.

Reading the first words off 50 parsed patterns takes most of a second, so the table is
written to ``data/dispatch.json`` together with a hash of the rule and vocabulary
sources. At start-up the file is used when the hash still matches; otherwise (the rules
were edited) it is computed afresh. ``python scripts/update_dispatch.py`` rewrites the
file, and a test checks that the shipped file is current.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from timefact._firstchars import (
    ANY_NEXT_WORD,
    DIGIT_FOLLOWERS,
    first_characters,
    first_word_prefixes,
)
from timefact._regex_cache import compiled

_FILE = "dispatch.json"
_SOURCES = ("rules.toml", "vocabulary.toml", "observances.toml")
_ALL_START_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'’"


@dataclass(frozen=True, slots=True)
class Dispatch:
    """Rule indices by word key (first letters or the shape of a number, see
    ``first_word_prefixes``) and by the first character of matches that start with
    another character (an apostrophe before a year)."""

    source_hash: str
    by_prefix: dict[str, tuple[int, ...]]
    by_char: dict[str, tuple[int, ...]]

    def to_json(self) -> str:
        return (
            json.dumps(
                {
                    "source_hash": self.source_hash,
                    "by_prefix": {k: list(v) for k, v in sorted(self.by_prefix.items())},
                    "by_char": {k: list(v) for k, v in sorted(self.by_char.items())},
                },
                indent=0,
                ensure_ascii=False,
            )
            + "\n"
        )


def source_hash() -> str:
    digest = hashlib.sha256()
    for name in _SOURCES:
        digest.update(resources.files("timefact").joinpath("data", name).read_bytes())
    return digest.hexdigest()


def compute_dispatch(patterns: Sequence[str], digest: str) -> Dispatch:
    by_prefix: dict[str, list[int]] = {}
    by_char: dict[str, list[int]] = {}
    for index, source in enumerate(patterns):
        pattern = compiled(source)
        prefixes = first_word_prefixes(pattern)
        if prefixes is None:
            raise ValueError(f"rule {index}: cannot tell which words it starts with")
        firsts = first_characters(pattern)
        for prefix in prefixes - {""}:
            if prefix.endswith(" "):
                # the scan always reads on to the next word's first letters
                raise ValueError(f"rule {index}: can end after {prefix!r}; end it on a word")
            # a digit run the pattern can end on may be followed by anything
            keys = [prefix + mark for mark in DIGIT_FOLLOWERS] if prefix[-1].isdigit() else [prefix]
            if " " in prefix:
                # where the next word cannot be read ("the\xa0year"), every such rule
                keys.append(prefix.partition(" ")[0] + " ")
            for key in dict.fromkeys(keys):
                by_prefix.setdefault(key, []).append(index)
            if prefix[-1].isdigit():
                by_prefix.setdefault(prefix + " " + ANY_NEXT_WORD, []).append(index)
        if "" in prefixes:
            for char in firsts if firsts is not None else _ALL_START_CHARS:
                if not char.isalnum():
                    by_char.setdefault(char, []).append(index)
    # A rule that goes on with any word ("#2 *": a digit run it can end on, or a word of
    # any letters after one) belongs under every key of that start ("#2 sep") too; the
    # scan uses the "*" key for words no key names.
    for key, indices in by_prefix.items():
        head, space, following = key.partition(" ")
        if space and following and following != ANY_NEXT_WORD:
            indices.extend(by_prefix.get(f"{head} {ANY_NEXT_WORD}", ()))
    return Dispatch(
        digest,
        {k: tuple(sorted(set(v))) for k, v in by_prefix.items()},
        {k: tuple(v) for k, v in by_char.items()},
    )


def load_dispatch(patterns: Sequence[str]) -> Dispatch:
    """The shipped table when it matches the sources, else a freshly computed one."""
    digest = source_hash()
    try:
        data = json.loads(resources.files("timefact").joinpath("data", _FILE).read_text("utf-8"))
    except (OSError, ValueError):
        data = {}
    if data.get("source_hash") == digest:
        return Dispatch(
            digest,
            {k: tuple(v) for k, v in data["by_prefix"].items()},
            {k: tuple(v) for k, v in data["by_char"].items()},
        )
    return compute_dispatch(patterns, digest)


def write_dispatch() -> Path:
    """Recompute the table from the current sources and write it into the package."""
    from timefact._grammar import load_rules
    from timefact._vocab import load_vocabulary

    rules = load_rules(load_vocabulary())
    table = compute_dispatch([r.pattern for r in rules], source_hash())
    target = Path(__file__).parent / "data" / _FILE
    target.write_text(table.to_json(), encoding="utf-8")
    return target

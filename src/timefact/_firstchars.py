"""The characters a compiled regular expression can start a match with.

Read off the parsed pattern, so the scanner can skip rules that cannot match at a place
without running them. ``None`` means "any character".
"""

from __future__ import annotations

import re
import string
from re import _constants as _c  # type: ignore[attr-defined]  # the parser tables
from re import _parser as _p  # type: ignore[attr-defined]
from typing import Any

_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}
_DIGITS = set(string.digits)
_WORD = set(string.ascii_letters + string.digits + "_")


def _cases(chars: set[str], ignore_case: bool) -> set[str]:
    if not ignore_case:
        return chars
    return chars | {c.lower() for c in chars} | {c.upper() for c in chars}


def _first_of_item(op: Any, av: Any, flags: int) -> tuple[set[str] | None, bool]:
    """(first characters, can match empty) of one parsed item."""
    ignore = bool(flags & re.IGNORECASE)
    if op is _c.LITERAL:
        return _cases({chr(av)}, ignore), False
    if op is _c.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is _c.NEGATE:
                return None, False
            if kind is _c.LITERAL:
                chars.add(chr(value))
            elif kind is _c.RANGE:
                low, high = value
                if high - low > 500:
                    return None, False
                chars.update(chr(c) for c in range(low, high + 1))
            elif kind is _c.CATEGORY:
                if value is _c.CATEGORY_DIGIT:
                    chars |= _DIGITS
                else:
                    return None, False
            else:
                return None, False
        return _cases(chars, ignore), False
    if op is _c.BRANCH:
        union: set[str] = set()
        nullable = False
        for alternative in av[1]:
            firsts, empty = _first_of_sequence(alternative, flags)
            if firsts is None:
                return None, False
            union |= firsts
            nullable = nullable or empty
        return union, nullable
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, body = av
        return _first_of_sequence(body, (flags | add_flags) & ~del_flags)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, _high, body = av
        firsts, empty = _first_of_sequence(body, flags)
        return firsts, empty or low == 0
    if op in _ZERO_WIDTH:
        return set(), True
    return None, False


def _first_of_sequence(items: Any, flags: int) -> tuple[set[str] | None, bool]:
    result: set[str] = set()
    for op, av in items:
        firsts, empty = _first_of_item(op, av, flags)
        if firsts is None:
            return None, False
        result |= firsts
        if not empty:
            return result, False
    return result, True


def first_characters(pattern: re.Pattern[str]) -> set[str] | None:
    """The characters a match of ``pattern`` can begin with, or ``None`` for any."""
    parsed = _p.parse(pattern.pattern, pattern.flags)
    firsts, empty = _first_of_sequence(parsed, pattern.flags)
    if empty:
        return None
    return firsts


_PREFIX_SIZE = 3
# The commonest word of English starts many rules: after it, the next word's first three
# letters ("#" for a digit) are part of the key.
_ARTICLE = "the"
_MAX_PREFIXES = 20000
_LETTERS = set(string.ascii_letters)
# A state is (prefix, closed): closed once a non-letter follows or the size is reached.
_State = tuple[str, bool]


class _Unknown(Exception):
    """The pattern's first word cannot be read off (too many or unbounded forms)."""


def _advance(states: set[_State], chars: set[str]) -> set[_State]:
    """Grow each open prefix by each character ("the" keeps the next word too)."""
    out: set[_State] = set()
    for prefix, closed in states:
        if closed:
            out.add((prefix, True))
            continue
        for char in chars:
            out.add(_grow(prefix, char))
    if len(out) > _MAX_PREFIXES:
        raise _Unknown
    return out


def _grow(prefix: str, char: str) -> _State:
    if prefix.startswith(f"{_ARTICLE} "):
        if char == " " and prefix == f"{_ARTICLE} ":
            return prefix, False
        if char in _LETTERS:
            grown = prefix + char.lower()
            return grown, len(grown) >= len(_ARTICLE) + 1 + _PREFIX_SIZE
        if prefix == f"{_ARTICLE} ":
            return f"{_ARTICLE} #", True
        return prefix, True
    if prefix == _ARTICLE:
        if char == " ":
            return f"{_ARTICLE} ", False
        return prefix, True
    if char in _LETTERS:
        grown = prefix + char.lower()
        return grown, len(grown) >= _PREFIX_SIZE and grown != _ARTICLE
    return prefix, True


def _class_members(items: Any, flags: int) -> set[str]:
    """The letters a character class admits, plus " " standing for any non-letter."""
    chars: set[str] = set()
    for kind, value in items:
        if kind is _c.LITERAL:
            chars.add(chr(value))
        elif kind is _c.RANGE:
            low, high = value
            if high - low > 500:
                raise _Unknown
            chars.update(chr(c) for c in range(low, high + 1))
        elif kind is _c.CATEGORY and value is _c.CATEGORY_DIGIT:
            chars.add("0")
        elif kind is _c.CATEGORY and value is _c.CATEGORY_SPACE:
            chars.add(" ")
        else:
            raise _Unknown
    return _normal_chars(chars, bool(flags & re.IGNORECASE))


def _normal_chars(chars: set[str], ignore_case: bool) -> set[str]:
    """Letters as they are, white space as " ", any other character as "#"."""
    out = {c for c in chars if c in _LETTERS}
    if any(c.isspace() for c in chars):
        out.add(" ")
    if any(c not in _LETTERS and not c.isspace() for c in chars):
        out.add("#")
    return _cases(out, ignore_case)


def _walk_item(states: set[_State], op: Any, av: Any, flags: int) -> set[_State]:
    if all(closed for _, closed in states):
        return states
    if op is _c.LITERAL:
        return _advance(states, _normal_chars({chr(av)}, bool(flags & re.IGNORECASE)))
    if op is _c.IN:
        return _advance(states, _class_members(av, flags))
    if op is _c.BRANCH:
        out: set[_State] = set()
        for alternative in av[1]:
            out |= _walk_sequence(states, alternative, flags)
        return out
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, body = av
        return _walk_sequence(states, body, (flags | add_flags) & ~del_flags)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, high, body = av
        current = states
        for _ in range(min(low, _PREFIX_SIZE + 1)):
            current = _walk_sequence(current, body, flags)
        result = set(current)
        extra = (high - low) if high != _c.MAXREPEAT else _PREFIX_SIZE + 1
        for _ in range(min(extra, _PREFIX_SIZE + 1)):
            current = _walk_sequence(current, body, flags)
            result |= current
        return result
    if op in _ZERO_WIDTH:
        return states
    raise _Unknown


def _walk_sequence(states: set[_State], items: Any, flags: int) -> set[_State]:
    for op, av in items:
        states = _walk_item(states, op, av, flags)
    return states


def first_word_prefixes(pattern: re.Pattern[str]) -> set[str] | None:
    """The lower-case first (up to) three letters of the words a match can start with.

    A prefix shorter than three letters is a whole word ("a", "an"); after "the" the
    key goes on over the next word ("the qua", "the #" before a digit); the empty
    string stands for matches that start with a non-letter. ``None``: cannot be told.
    """
    parsed = _p.parse(pattern.pattern, pattern.flags)
    try:
        states = _walk_sequence({("", False)}, parsed, pattern.flags)
    except _Unknown:
        return None
    return {prefix for prefix, _ in states}

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


WORD_KEY_SIZE = 4  # letters of a word's own key
_NEXT_KEY_SIZE = 3  # letters of the next word, after a word keyed with it
# The commonest words of English start many rules: after one of them, the next word's
# first three letters ("#" for any other character) are part of the key.
KEYED_WITH_NEXT = frozenset(
    {"the", "a", "an", "this", "that", "for"}
    # numbers in words start clock times, counts and ages, each with its own next words
    # ("three o'clock", "three weeks", "three-year-old"); most of the time they count
    # things ("three countries")
    | {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
    | {"eleven", "twelve", "half", "quarter"}
)
_KEYED_PREFIXES = frozenset(word[:n] for word in KEYED_WITH_NEXT for n in range(1, len(word) + 1))
# A run of digits is keyed by its length (up to this many) and the character after it;
# after white space, by the next word's first three letters as after ``KEYED_WITH_NEXT``.
_DIGIT_RUN = 5
# More characters than any key reads (a digit run and the character after it).
_KEY_SIZE = _DIGIT_RUN + 2
# What may follow a digit run in a key: a letter, white space, these marks, or "#".
DIGIT_FOLLOWERS = "a :/.-,%#"
_MAX_PREFIXES = 20000
# The next word's key for a word of any letters, and how many letters make "any".
ANY_NEXT_WORD = "*"
_ANY_LETTER = 20
_LETTERS = set(string.ascii_letters)
_MARKS = set(":/.-,%")  # "%" apart from "#": percentages are many, rules that read one few
# A state is (prefix, closed): closed once a non-letter follows or the size is reached.
_State = tuple[str, bool]


class _Unknown(Exception):
    """The pattern's first word cannot be read off (too many or unbounded forms)."""


def _advance(states: set[_State], chars: set[str]) -> set[_State]:
    """Grow each open prefix by each character."""
    out: set[_State] = set()
    any_letter = len(chars & _LETTERS) >= _ANY_LETTER
    for prefix, closed in states:
        if closed:
            out.add((prefix, True))
            continue
        grow_by = chars
        if any_letter and " " in prefix:
            # a next word of any letters ("[A-Za-z]+"): the rule is tried before every word
            out.add((prefix[: prefix.index(" ") + 1] + ANY_NEXT_WORD, True))
            grow_by = chars - _LETTERS
        for char in grow_by:
            out.add(_grow(prefix, char))
    if len(out) > _MAX_PREFIXES:
        raise _Unknown
    return out


def _grow(prefix: str, char: str) -> _State:
    """One character more (normalised by ``_normal_chars``) on an open prefix."""
    if prefix.startswith("#"):
        return _grow_digits(prefix, char)
    word, space, following = prefix.partition(" ")
    if space:
        return _grow_next_word(prefix, following, char)
    if not prefix and char == "0":
        return "#1", False
    if char in _LETTERS:
        grown = prefix + char.lower()
        if grown in _KEYED_PREFIXES:
            return grown, False
        if len(prefix) >= WORD_KEY_SIZE:
            return prefix[:WORD_KEY_SIZE], True
        return grown, len(grown) >= WORD_KEY_SIZE
    if char == " " and word in KEYED_WITH_NEXT:
        return f"{word} ", False
    return prefix[:WORD_KEY_SIZE], True


def _grow_next_word(prefix: str, following: str, char: str) -> _State:
    if char == " " and not following:
        return prefix, False
    if char in _LETTERS:
        grown = prefix + char.lower()
        return grown, len(following) + 1 >= _NEXT_KEY_SIZE
    if not following:
        return f"{prefix}#", True
    return prefix, True


def _grow_digits(prefix: str, char: str) -> _State:
    _run, space, following = prefix.partition(" ")
    if space:
        return _grow_next_word(prefix, following, char)
    if char == " ":
        return f"{prefix} ", False
    if char == "0":
        return f"#{min(int(prefix[1:]) + 1, _DIGIT_RUN)}", False
    if char in _LETTERS:
        return f"{prefix}a", True
    return f"{prefix}{char}", True


def digit_key(run: int, following: str) -> str:
    """The key of a run of ``run`` digits followed by ``following`` ("" at the end)."""
    if not following or following.isspace():
        mark = " "
    elif following in _LETTERS:
        mark = "a"
    elif following in _MARKS:
        mark = following
    else:
        mark = "#"
    return f"#{min(run, _DIGIT_RUN)}{mark}"


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
    """Letters as they are, white space as " ", digits as "0", the marks that may follow
    a number as they are, any other character as "#"."""
    out = {c for c in chars if c in _LETTERS or c in _MARKS}
    if any(c.isspace() for c in chars):
        out.add(" ")
    if any(c.isdigit() for c in chars):
        out.add("0")
    if any(
        c not in _LETTERS and c not in _MARKS and not c.isspace() and not c.isdigit() for c in chars
    ):
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
        for _ in range(min(low, _KEY_SIZE)):
            current = _walk_sequence(current, body, flags)
        result = set(current)
        extra = (high - low) if high != _c.MAXREPEAT else _KEY_SIZE
        for _ in range(min(extra, _KEY_SIZE)):
            current = _walk_sequence(current, body, flags)
            result |= current
        return result
    if op is _c.ASSERT and av[0] == 1:
        return _walk_look_ahead(states, av[1], flags)
    if op in _ZERO_WIDTH:
        return states
    raise _Unknown


def _walk_look_ahead(states: set[_State], body: Any, flags: int) -> set[_State]:
    """The keys a look-ahead allows ("5(?= to 7 pm)": "#1 to"), when it reads them to
    the end: what follows must start at the same place, so its keys are among these.
    Otherwise the look-ahead tells nothing and ``states`` go on as they are."""
    try:
        ahead = _walk_sequence(states, body, flags)
    except _Unknown:
        return states
    return ahead if all(closed for _, closed in ahead) else states


def _walk_sequence(states: set[_State], items: Any, flags: int) -> set[_State]:
    for op, av in items:
        states = _walk_item(states, op, av, flags)
    return states


def first_word_prefixes(pattern: re.Pattern[str]) -> set[str] | None:
    """The keys of the places a match can start at.

    A word is keyed by its first (up to) four letters, lower-case; a shorter key is a
    whole word ("a", "am"). After one of ``KEYED_WITH_NEXT`` the key goes on over the
    next word's first three letters ("the qua", "a yea", "the #" before a digit). A
    number is keyed by its count of digits and the character after it ("#4.", "#2:"),
    or the next word's first letters after white space ("#2 sep", "#1 p", "#4 #").
    The empty string stands for matches that start with another character. A look-ahead
    that reads a whole key ("7(?= to 9 pm)") narrows the keys to those it allows.
    ``None``: cannot be told.
    """
    parsed = _p.parse(pattern.pattern, pattern.flags)
    try:
        states = _walk_sequence({("", False)}, parsed, pattern.flags)
    except _Unknown:
        return None
    return {prefix for prefix, _ in states}

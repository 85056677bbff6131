"""The characters a compiled regular expression can start a match with.

Read off the parsed pattern, so the scanner can skip rules that cannot match at a place
without running them. ``None`` means "any character".
"""

from __future__ import annotations

import re
import string
from typing import Any

try:  # Python 3.11+
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

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

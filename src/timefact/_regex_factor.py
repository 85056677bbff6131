"""Alternations regrouped by their first character, so that the matcher skips them fast.

Python's matcher tries the alternatives of ``(?i:said|says|told|...)`` one after the
other. It turns one down at once, without entering it, only when the alternative starts
with a plain character or character class, which a letter under ``(?i:...)`` is not.
timefact's patterns are mostly such lists of words, tried at every word of a text.

:func:`factor` rewrites a parsed pattern so that every alternation of alternatives that
all start with a character is split by that character, ``[Ss](?i:aid|ays)|[Tt](?i:old)``,
the character spelled as a class of its cases. Alternatives that start with different
characters cannot match at the same place, and those with the same first character keep
their order, so the pattern matches exactly what it matched before, only sooner.
"""

from __future__ import annotations

import re
from re import _casefix  # type: ignore[attr-defined]  # the matcher's extra case pairs
from re import _constants as _c  # type: ignore[attr-defined]  # the parser's tables
from re import _parser as _p  # type: ignore[attr-defined]
from typing import Any

_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)
# Characters outside ASCII that the matcher lower-cases to an ASCII letter (the dotted
# capital I, the kelvin sign): under ``re.IGNORECASE`` "i" and "k" match them too.
_LOWERED_TO_ASCII = {"i": "\u0130", "k": "\u212a"}


def factor(parsed: Any, flags: int) -> None:
    """Regroup, in place, every alternation of ``parsed`` (a parsed sequence) by first
    character; ``flags`` are those in force where it stands."""
    if flags & re.LOCALE:
        return  # cases depend on the locale of the moment
    for position, (op, av) in enumerate(parsed.data):
        if op is _c.BRANCH:
            for alternative in av[1]:
                factor(alternative, flags)
            regrouped = _by_first_character(av[1], flags)
            if regrouped is not None:
                parsed.data[position] = (_c.BRANCH, (None, regrouped))
        elif op is _c.SUBPATTERN:
            _group, add_flags, del_flags, body = av
            factor(body, (flags | add_flags) & ~del_flags)
        elif op in _REPEATS:
            factor(av[2], flags)
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            factor(av[1], flags)
        elif op is _c.ATOMIC_GROUP:
            factor(av, flags)
        elif op is _c.GROUPREF_EXISTS:
            factor(av[1], flags)
            if av[2] is not None:
                factor(av[2], flags)


def _by_first_character(alternatives: list[Any], flags: int) -> list[Any] | None:
    """The alternatives grouped by first character (each group a class of that
    character's cases, then the group's rests in their order); ``None`` when they do not
    all start with an ASCII character or the matcher already skips each of them."""
    ignore_case = bool(flags & re.IGNORECASE)
    groups: dict[str, list[Any]] = {}
    for alternative in alternatives:
        if not alternative.data:
            return None
        op, av = alternative.data[0]
        if op is not _c.LITERAL or av > 0x7F:
            return None
        char = chr(av)
        groups.setdefault(char.lower() if ignore_case else char, []).append(alternative)
    if len(groups) == len(alternatives) and not ignore_case:
        return None
    state = alternatives[0].state
    regrouped = []
    for members in groups.values():
        first = _first_character(state, chr(members[0].data[0][1]), flags)
        if len(members) == 1:
            regrouped.append(_p.SubPattern(state, [first, *members[0].data[1:]]))
            continue
        rests = [_p.SubPattern(state, list(member.data[1:])) for member in members]
        rest = _p.SubPattern(state, [(_c.BRANCH, (None, rests))])
        regrouped.append(_p.SubPattern(state, [first, (_c.SUBPATTERN, (None, 0, 0, rest))]))
    return regrouped


def _first_character(state: Any, char: str, flags: int) -> tuple[Any, Any]:
    """``char`` as the matcher checks it before entering an alternative: the character
    itself, or under ``re.IGNORECASE`` a class of its cases matched with case."""
    if not flags & re.IGNORECASE or char.lower() == char.upper():
        return (_c.LITERAL, ord(char))
    lower = char.lower()
    cases = {lower, char.upper()}
    if not flags & re.ASCII:  # "s" is also the long s, "k" the kelvin sign
        cases |= {chr(code) for code in _casefix._EXTRA_CASES.get(ord(lower), ())}
        cases |= set(_LOWERED_TO_ASCII.get(lower, ""))
    members = [(_c.LITERAL, ord(case)) for case in sorted(cases)]
    body = _p.SubPattern(state, [(_c.IN, members)])
    return (_c.SUBPATTERN, (None, 0, re.IGNORECASE, body))

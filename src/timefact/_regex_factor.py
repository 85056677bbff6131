"""Alternations regrouped by their first character, so that the matcher skips them fast.

Python's matcher tries the alternatives of ``(?i:said|says|told|...)`` one after the
other. It turns one down at once, without entering it, only when the alternative starts
with a plain character or character class, which a letter under ``(?i:...)`` is not.
timefact's patterns are mostly such lists of words, tried at every word of a text.

:func:`factor` rewrites a parsed pattern so that every alternation of alternatives that
all start with a character is split by that character, ``[Ss](?i:aid|ays)|[Tt](?i:old)``,
the character spelled as a class of its cases. Alternatives that start with different
characters cannot match at the same place, and those with the same first character keep
their order, so the pattern matches exactly what it matched before, only sooner. An
alternative that opens with a short group, an optional word or look-behinds is first
rewritten to open with a character (``(?:he|she)'s`` as ``he's|she's``, see ``_spread``);
where some alternatives still start otherwise (with a capturing group), each run of those
between them is split on its own, and the runs stay in their order.
"""

from __future__ import annotations

import re
from collections.abc import Callable
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
            alternatives = _merged_look_behinds(av[1], flags) or av[1]
            alternatives = _spread(alternatives) or alternatives
            regrouped = _by_first_character(alternatives, flags) or alternatives
            if regrouped is not av[1]:
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
    """The alternatives with each run of those that start with an ASCII character grouped
    by first character (see ``_group_run``); ``None`` when no run changed. Any other
    alternative (one opening with a group or a look-behind) stays where it is, between
    the runs around it, so the order in which the alternatives are tried is kept."""
    return _runs_regrouped(alternatives, _starts_with_ascii, lambda run: _group_run(run, flags))


def _runs_regrouped(
    alternatives: list[Any],
    in_run: Callable[[Any], bool],
    regroup: Callable[[list[Any]], list[Any] | None],
) -> list[Any] | None:
    """The alternatives with each run of those ``in_run`` accepts replaced by what
    ``regroup`` makes of it (``None``: the run as it was), the others kept where they are;
    ``None`` when no run changed."""
    regrouped: list[Any] = []
    changed = False
    run: list[Any] = []
    for alternative in [*alternatives, None]:
        if alternative is not None and in_run(alternative):
            run.append(alternative)
            continue
        if run:
            grouped = regroup(run)
            regrouped.extend(run if grouped is None else grouped)
            changed = changed or grouped is not None
            run = []
        if alternative is not None:
            regrouped.append(alternative)
    return regrouped if changed else None


# The most alternatives a leading group may have, and the most parsed items the rest of
# its alternative may have, for the group to be spread over copies of that rest.
_MOST_SPREAD = 8
_MOST_REST_ITEMS = 40


def _spread(alternatives: list[Any]) -> list[Any] | None:
    """The alternatives with those that open with a group of words, an optional word or
    look-behinds rewritten to open with a character, which the matcher checks before
    entering them and ``_by_first_character`` groups them by: ``(?:he|she)'s`` becomes
    ``he's|she's``, ``(?:un)?likely`` becomes ``unlikely|likely`` and ``(?<!\\bwas )for``
    becomes ``f(?<!\\bwas f)or``. Each matches what it matched, tried in the same order;
    ``None`` when none is rewritten."""
    spread: list[Any] = []
    changed = False
    for alternative in alternatives:
        rewritten = None if _opens_with_character(alternative) else _spread_one(alternative)
        spread.extend([alternative] if rewritten is None else rewritten)
        changed = changed or rewritten is not None
    return spread if changed else None


def _spread_one(alternative: Any) -> list[Any] | None:
    if not alternative.data:
        return None
    state = alternative.state
    (op, av), rest = alternative.data[0], list(alternative.data[1:])
    if op is _c.BRANCH:
        # "(?:he|she)'s" (the parser writes a plain group's alternatives in line): each of
        # them followed by the rest
        return _each_before(state, av[1], rest)
    if op is _c.SUBPATTERN and av[0] is None and av[1] == av[2] == 0:
        return _each_before(state, [av[3]], rest)
    if op is _c.MAX_REPEAT and av[0] == 0 and av[1] == 1:
        # "(?:un)?likely": first with the optional part, then without it (it is greedy)
        return _each_before(state, [av[2], _p.SubPattern(state, [])], rest)
    return _look_behinds_after_first(alternative)


def _each_before(state: Any, options: list[Any], rest: list[Any]) -> list[Any] | None:
    """``options`` each followed by a copy of ``rest``, if they are few, ``rest`` is small
    and captures nothing (a group must stand once) and each copy opens with a character."""
    rest_part = _p.SubPattern(state, rest)
    if len(options) > _MOST_SPREAD or _size(rest) > _MOST_REST_ITEMS or _captures(rest_part):
        return None
    spread = [_p.SubPattern(state, [*option.data, *rest]) for option in options]
    return spread if all(_opens_with_character(each) for each in spread) else None


def _look_behinds_after_first(alternative: Any) -> list[Any] | None:
    """``(?<!\\bwas )(?<!\\bhad )for`` as ``f(?<!\\bwas f)(?<!\\bhad f)or``: each look-behind
    checked one character later, that character included, which it must be anyway."""
    data = list(alternative.data)
    count = 0
    while count < len(data) and data[count][0] in (_c.ASSERT, _c.ASSERT_NOT):
        if data[count][1][0] >= 0:
            return None  # a look-ahead: it looks from where it stands
        count += 1
    if count == 0 or count == len(data):
        return None
    first = data[count]
    if not _opens_with_character(_p.SubPattern(alternative.state, [first])):
        return None
    state = alternative.state
    moved = [(op, (-1, _p.SubPattern(state, [*av[1].data, first]))) for op, av in data[:count]]
    return [_p.SubPattern(state, [first, *moved, *data[count + 1 :]])]


def _size(items: Any) -> int:
    """How many parsed items ``items`` holds, nested ones included."""
    total = 0
    for op, av in items:
        total += 1
        if op is _c.SUBPATTERN:
            total += _size(av[3].data)
        elif op is _c.BRANCH:
            total += sum(_size(alternative.data) for alternative in av[1])
        elif op in _REPEATS:
            total += _size(av[2].data)
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            total += _size(av[1].data)
        elif op is _c.ATOMIC_GROUP:
            total += _size(av.data)
    return total


def _opens_with_character(alternative: Any) -> bool:
    """Whether the matcher checks the first character of ``alternative`` before entering
    it: an ASCII character, or the class of its cases ``_first_character`` writes."""
    if not alternative.data or _starts_with_ascii(alternative):
        return bool(alternative.data)
    op, av = alternative.data[0]
    if op is not _c.SUBPATTERN or av[0] is not None or av[1] != 0 or av[2] != re.IGNORECASE:
        return False
    body = av[3].data
    return len(body) == 1 and body[0][0] is _c.IN


def _starts_with_ascii(alternative: Any) -> bool:
    if not alternative.data:
        return False
    op, av = alternative.data[0]
    return op is _c.LITERAL and av <= 0x7F


def _group_run(alternatives: list[Any], flags: int) -> list[Any] | None:
    """Alternatives that all start with an ASCII character, grouped by it (each group a
    class of that character's cases, then the group's rests in their order); ``None``
    when the matcher already skips each of them."""
    ignore_case = bool(flags & re.IGNORECASE)
    groups: dict[str, list[Any]] = {}
    for alternative in alternatives:
        char = chr(alternative.data[0][1])
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


def _merged_look_behinds(alternatives: list[Any], flags: int) -> list[Any] | None:
    """Each run of alternatives that are a look-behind and nothing else, merged into one
    look-behind per width: ``(?<=\\b[Aa]t[ \\t])|(?<=\\bby[ \\t])`` becomes
    ``(?<=\\b(?:[Aa]t|by)[ \\t])``, one step back instead of one per word. Only whether
    one of them holds matters (they capture nothing), so their order does not; ``None``
    when no run has two of a width."""

    def merged(run: list[Any]) -> list[Any] | None:
        grouped = _one_per_width(run, flags)
        return grouped if len(grouped) < len(run) else None

    return _runs_regrouped(alternatives, _is_plain_look_behind, merged)


def _is_plain_look_behind(alternative: Any) -> bool:
    if len(alternative.data) != 1:
        return False
    op, av = alternative.data[0]
    return op is _c.ASSERT and av[0] < 0 and not _captures(av[1])


def _captures(parsed: Any) -> bool:
    """Whether ``parsed`` (a parsed sequence) has a group or a reference to one."""
    for op, av in parsed.data:
        if op in (_c.GROUPREF, _c.GROUPREF_EXISTS):
            return True
        if op is _c.SUBPATTERN and (av[0] is not None or _captures(av[3])):
            return True
        if op is _c.BRANCH and any(_captures(alternative) for alternative in av[1]):
            return True
        if op in _REPEATS and _captures(av[2]):
            return True
        if op in (_c.ASSERT, _c.ASSERT_NOT) and _captures(av[1]):
            return True
        if op is _c.ATOMIC_GROUP and _captures(av):
            return True
    return False


def _one_per_width(run: list[Any], flags: int) -> list[Any]:
    """Look-behinds of the same width as one, its bodies an alternation; a first
    assertion all of them start with (``\\b``) stands once before it."""
    by_width: dict[int, list[Any]] = {}
    for alternative in run:
        body = alternative.data[0][1][1]
        by_width.setdefault(body.getwidth()[0], []).append(body)
    state = run[0].state
    merged = []
    for bodies in by_width.values():
        if len(bodies) == 1:
            body = bodies[0]
        else:
            head = bodies[0].data[0] if bodies[0].data else None
            shared = head is not None and head[0] is _c.AT
            shared = shared and all(other.data and other.data[0] == head for other in bodies)
            rests = [_p.SubPattern(state, list(other.data[shared:])) for other in bodies]
            rests = _by_first_character(rests, flags) or rests
            body = _p.SubPattern(state, [head] if shared else [])
            body.append((_c.BRANCH, (None, rests)))
        merged.append(_p.SubPattern(state, [(_c.ASSERT, (-1, body))]))
    return merged


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

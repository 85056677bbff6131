"""Alternations grouped by first character match exactly what ``re.compile`` matches."""

from __future__ import annotations

import array
import importlib
import re
import sys
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timefact import _regex_cache
from timefact._regex_cache import _from_program, _program

pytestmark = pytest.mark.skipif(
    not _regex_cache._CAN_CACHE, reason="patterns are factored only for CPython's own matcher"
)


_re_compiler: Any = importlib.import_module("re._compiler")
_re_parser: Any = importlib.import_module("re._parser")


def _factored(source: str, flags: int = 0) -> re.Pattern[str]:
    return _from_program(source, _program(source, flags))


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.lastgroup) for m in pattern.finditer(text)]


def _alternations(words: list[str], others: list[str]) -> tuple[str, str]:
    """The two word lists as alternations of their escaped words."""
    return "|".join(map(re.escape, words)), "|".join(map(re.escape, others))


_WORDS = st.lists(st.text(alphabet="aAsSkKiIéÉ’'t", min_size=1, max_size=4), min_size=1, max_size=8)


@settings(max_examples=400, deadline=None)
@given(words=_WORDS, others=_WORDS, ignore_case=st.booleans(), data=st.data())
def test_word_lists_match_the_same(
    words: list[str], others: list[str], ignore_case: bool, data: st.DataObject
) -> None:
    first, second = _alternations(words, others)
    inner = f"(?i:{first})" if ignore_case else f"(?:{first})"
    source = rf"\b(?P<one>{inner})(?:-(?P<two>{second}))?|(?<=t)(?P<three>{second})"
    # a text of the words themselves, in other cases, run together or apart
    pieces = st.one_of(
        st.sampled_from(words + others),
        st.sampled_from(words).map(str.swapcase),
        st.sampled_from(["", " ", "-", "t", "\u017f", "\u212a", "\u0130"]),
    )
    text = "".join(data.draw(st.lists(pieces, max_size=12)))
    assert _matches(_factored(source), text) == _matches(re.compile(source), text)


def test_every_case_of_a_first_letter_is_kept() -> None:
    # "(?i:s...)" also matches the long s, "(?i:k...)" the kelvin sign, "(?i:i...)" the
    # dotted capital I: the class the alternatives are grouped under must admit them.
    every = "".join(chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code < 0xE000)
    text = "q".join(every) + "q"
    for letter in "aiks":
        source = f"(?i:{letter}q|{letter}z|xz)"  # the first letter not shared by all
        assert _factored(source).findall(text) == re.compile(source).findall(text), letter
        ascii_only = _factored(source, re.ASCII).findall(text)
        assert ascii_only == re.compile(source, re.ASCII).findall(text), letter


def test_alternations_are_grouped_by_first_character() -> None:
    source = r"(?i:said|says|told|added)\b"
    _flags, code, *_ = _program(source, 0)
    unfactored = array.array("I", _re_compiler._code(_re_parser.parse(source, 0), 0))
    assert code != unfactored.tobytes()  # the program was rewritten
    assert _factored(source).pattern == source
    words = ["Said", "SAYS", "told", "ADDED", "sad", "tolled"]
    assert [w for w in words if _factored(source).fullmatch(w)] == ["Said", "SAYS", "told", "ADDED"]


def test_runs_between_other_alternatives_match_the_same() -> None:
    # alternatives that open with a group or a look-behind split the alternation into
    # runs, each grouped on its own; look-behinds of one width merge into one
    source = (
        r"\b(?i:will|won't|(?:he|she)'s\s+\w+ing|was\s+to|(?<!\bwas )for|warn|were|if)\b"
        r"|(?:(?<=\b[Aa]t[ \t])|(?<=\bby[ \t])|(?<=\b[Uu]ntil[ \t])|(?<=\btill[ \t])"
        r"|(?<=^)|(?<=\n)|(?<=@))(?P<hour>1[0-2]|[1-9])"
    )
    text = (
        "He will go; she's leaving, he's going. It was to be for Friday, was for him. "
        "Warn them: WERE if. At 9, by 10, until 11 and till 12 or at  3, cat 4, 5\n6 @7 "
        "sat 8 Until 9"
    )
    assert _matches(_factored(source), text) == _matches(re.compile(source), text)
    _flags, code, *_ = _program(source, 0)
    unfactored = array.array("I", _re_compiler._code(_re_parser.parse(source, 0), 0))
    assert code != unfactored.tobytes()


@settings(max_examples=300, deadline=None)
@given(words=_WORDS, others=_WORDS, ignore_case=st.booleans(), data=st.data())
def test_spread_groups_optionals_and_look_behinds_match_the_same(
    words: list[str], others: list[str], ignore_case: bool, data: st.DataObject
) -> None:
    first, second = _alternations(words, others)
    # a group, an optional word and look-behinds opening alternatives, before others
    body = (
        rf"(?:{first})'s\s+\w+|(?:{second})?t|(?:as)?k(?:{first})"
        rf"|(?<!\ba )(?<!\bst )t(?:{second})|(?<=s)(?<!\bk)a|(?<!t)(?:{first})|{second}"
    )
    source = rf"\b(?i:{body})\b" if ignore_case else rf"\b(?P<all>{body})\b"
    pieces = st.one_of(
        st.sampled_from(words + others),
        st.sampled_from(words).map(str.swapcase),
        st.sampled_from(["", " ", "'s ", "a ", "st ", "t", "k", "as", "\u017f", "\u212a"]),
    )
    text = "".join(data.draw(st.lists(pieces, max_size=12)))
    assert _matches(_factored(source), text) == _matches(re.compile(source), text)


def test_alternatives_opening_otherwise_are_spread_to_open_with_a_character() -> None:
    from timefact._regex_factor import _opens_with_character, _spread

    source = r"(?:he|she)'s|(?:un)?likely|(?<!\bwas )(?<!\bwere )for|due"
    parsed = _re_parser.parse(source, 0)
    (_op, av), *_ = parsed.data
    spread = _spread(av[1])
    assert spread is not None and len(spread) == 6
    assert all(_opens_with_character(alternative) for alternative in spread)
    text = "he's she's unlikely likely for was for were for due"
    assert _matches(_factored(source), text) == _matches(re.compile(source), text)

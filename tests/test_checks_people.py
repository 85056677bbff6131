"""age-mismatch: stated ages against birth statements and against each other."""

from __future__ import annotations

import pytest

from tests.checks_support import document, findings
from timefact import Severity


@pytest.mark.parametrize(
    ("text", "age_words", "expected"),
    [
        ("Maria Lopez, 45, was born March 3, 1990.", "45", "31"),
        ("The 45-year-old singer spoke. She was born in 1990.", "45-year-old", "30 or 31"),
        ("Diana de Cardenas, 33, was born in Cuba in 1984.", "33", "36 or 37"),
        ("Smith, aged 50, was born on 3 March 1990, officials said.", "50", "31"),
        ("Paul Ryan, 20, spoke. Ryan was born in 1960.", "20", "60 or 61"),
        ("Smith, who was born in 1990, is 45.", "45", "30 or 31"),
        ("Smith was born in 1990 and is now 45.", "45", "30 or 31"),
        ("Born in 1990, Lopez, 45, spoke.", "45", "30 or 31"),
        ("The singer, 45, was born in 1990 in Texas.", "45", "30 or 31"),
        ("John Smith (45) was born in 1990.", "45", "30 or 31"),
    ],
)
def test_age_against_birth(text: str, age_words: str, expected: str) -> None:
    (finding,) = findings(document(text))
    assert finding.name == "age-mismatch"
    assert finding.text == age_words
    assert f"is {expected} on Sept. 28, 2021" in finding.message
    assert finding.related and "born" in finding.related[0].text.lower()


@pytest.mark.parametrize(
    "text",
    [
        "Maria Lopez, 31, was born March 3, 1990.",
        "The 30-year-old singer spoke. She was born in 1990.",
        "Smith, 60, whose son was born in 1990, spoke.",
        "In 1999, Smith, then 40, said he was born in 1959.",
        "The 35-year-old star took to Instagram.",
        "Miles, 3, and Luna, 5, played.",
        "John Smith, 45, and Mark Smith, 20, came. Smith, 21, left.",
        "A 35-year-old Texas man was held. A 40-year-old Texas woman was freed.",
        "Some people are born rich, some people are born poor.",
    ],
)
def test_consistent_or_unrelated_ages_are_silent(text: str) -> None:
    assert findings(document(text)) == []


def test_two_ages_of_one_person() -> None:
    doc = document("Miles, 3, and Luna, 5, played. Later Miles, 4, slept.")
    (finding,) = findings(doc)
    assert finding.text == "4"
    assert finding.message == "Miles is 4 here but 3 earlier in the story"
    assert finding.severity is Severity.WARNING  # one year apart: a birthday may lie between
    far = findings(document("The 35-year-old Teigen posted. Teigen, 45, said."))
    assert far[0].severity is Severity.ERROR


def test_age_needs_a_publication_date_for_birth_years() -> None:
    assert findings(document("Maria Lopez, 45, was born March 3, 1990.", dct=None)) == []


def test_birthday_close_to_publication_allows_both_ages() -> None:
    # Born Sept. 25, 1990: 31 on Sept. 28, 2021, but a story written days before says 30.
    assert findings(document("Maria Lopez, 30, was born Sept. 25, 1990.")) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Maria Smith, 45, began racing in 1990, when she was 30.", True),
        ("Smith, 45, spoke. In 1990, when she was 30, she moved.", True),
        ("Smith, 45, spoke. In 1990, when Smith was 30, she moved.", True),
        ("Maria Smith, 45, began racing in 1990, when she was 14.", False),
        ("Smith, 45, spoke. In 1990, when her mother was 30, she moved.", False),
        ("Smith, 45, spoke. In 1990, when Jones was 30, she moved.", False),
        ("Smith, 45, and Jones, 50, spoke. In 1990, when she was 30, she moved.", False),
        ("Smith, who turned 30 in 1990, is now 45.", True),
        ("Jane Smith, 45, spoke. She was 30 in 1990.", True),
        ("Smith, who turned 14 in 1990, is now 45.", False),
        ("The rate was 30 in 1990, Smith, 45, said.", False),
    ],
)
def test_current_age_against_an_age_at_a_dated_time(text: str, found: bool) -> None:
    result = findings(document(text))
    assert bool(result) is found
    if found:
        assert "13 or 14 in 1990, not 30" in result[0].message

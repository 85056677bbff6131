"""duration-mismatch and tense-date-conflict on hand-built documents."""

from __future__ import annotations

import pytest

from tests.checks_support import document, findings, timex
from timefact import Document, Severity, TimexType


def _weeks(words: str, count: int) -> dict[str, object]:
    return timex(words, f"P{count}W", kind=TimexType.DURATION)


def test_interval_after_a_date() -> None:
    doc = document(
        "On Sept. 20, three weeks after the Aug. 30 vote, they met.",
        timex("Sept. 20", "2021-09-20", month=9, day=20),
        _weeks("three weeks", 3),
        timex("Aug. 30", "2021-08-30", month=8, day=30),
    )
    assert findings(doc) == []
    wrong = document(
        "On Sept. 20, three weeks after the Aug. 1 vote, they met.",
        timex("Sept. 20", "2021-09-20", month=9, day=20),
        _weeks("three weeks", 3),
        timex("Aug. 1", "2021-08-01", month=8, day=1),
    )
    (finding,) = findings(wrong)
    assert finding.name == "duration-mismatch"
    assert finding.text == "three weeks"
    assert "Aug. 1, 2021 to Sept. 20, 2021 is 7.1 weeks" in finding.message
    assert finding.severity is Severity.ERROR
    assert finding.timexes == ("t1", "t2", "t3")


def test_interval_since_a_date_runs_to_the_publication_date() -> None:
    doc = document(
        "She has been sober 10 weeks since July 1.",
        _weeks("10 weeks", 10),
        timex("July 1", "2021-07-01", month=7, day=1),
    )
    (finding,) = findings(doc)
    assert "to the publication date, Sept. 28, 2021 is 12.7 weeks" in finding.message
    assert finding.fixes == ("13 weeks",)
    right = document(
        "She has been sober 10 weeks since July 20.",
        _weeks("10 weeks", 10),
        timex("July 20", "2021-07-20", month=7, day=20),
    )
    assert findings(right) == []


def test_rounded_intervals_are_tolerated() -> None:
    doc = document(
        "In 1997, 30 years after the 1968 riots, they met.",
        timex("1997", "1997", year=1997),
        timex("30 years", "P30Y", kind=TimexType.DURATION),
        timex("1968", "1968", year=1968),
    )
    assert findings(doc) == []


def test_compound_duration() -> None:
    text = "On Sept. 20, 2021, two and a half years after the March 20, 2016 vote, they met."

    def doc(value: str) -> Document:
        return document(
            text,
            timex("Sept. 20, 2021", "2021-09-20", year=2021, month=9, day=20),
            timex("two and a half years", value, kind=TimexType.DURATION),
            timex("March 20, 2016", "2016-03-20", year=2016, month=3, day=20),
        )

    (finding,) = findings(doc("P2Y6M"))
    assert "is 5.5 years" in finding.message
    assert findings(doc("P5Y6M")) == []


def test_calendar_years_have_a_year_of_slack() -> None:
    doc = document(
        "On Jan. 5, 2021, one year after the 2019 crash, families met.",
        timex("Jan. 5, 2021", "2021-01-05", year=2021, month=1, day=5),
        timex("one year", "P1Y", kind=TimexType.DURATION),
        timex("2019", "2019", year=2019),
    )
    assert findings(doc) == []  # December 2019 to January 2021 may be called a year


def test_year_grain_interval() -> None:
    doc = document(
        "In 2010, three years after the 2005 war, they met.",
        timex("2010", "2010", year=2010),
        timex("three years", "P3Y", kind=TimexType.DURATION),
        timex("2005", "2005", year=2005),
    )
    (finding,) = findings(doc)
    assert "is 5 years" in finding.message


def test_unwritten_year_follows_the_order_the_words_give() -> None:
    # "since July 1" puts July 1 before the publication date, whatever year a guess chose.
    doc = document(
        "She has been sober 10 weeks since July 1.",
        _weeks("10 weeks", 10),
        timex("July 1", "2022-07-01", certain=False, month=7, day=1),
    )
    (finding,) = findings(doc)
    assert "July 1, 2021 to the publication date" in finding.message


def test_uncertain_reference_date_gives_no_finding() -> None:
    doc = document(
        "On Sept. 20, three weeks after the Aug. 1 vote, they met.",
        timex("Sept. 20", "2021-09-20", certain=False, month=9, day=20),
        _weeks("three weeks", 3),
        timex("Aug. 1", "2021-08-01", month=8, day=1),
    )
    assert findings(doc) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It marked the 10th anniversary of the 2005 attack.", "16th"),
        ("The one-year anniversary of the 2019 loss came.", "2nd"),
        ("The 100th anniversary of the 1911 revolution fell in 2021.", "110th"),
    ],
)
def test_anniversaries(text: str, expected: str) -> None:
    (finding,) = findings(document(text))
    assert f"it is the {expected} anniversary" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "It marked the 16th anniversary of the 2005 attack.",
        "Next year brings the 50th anniversary of the 1972 treaty.",
        "NATO will celebrate its 50th anniversary in Washington next month.",
        "Plans for the 50th anniversary of the 1972 treaty were laid.",  # next year's, likely
    ],
)
def test_anniversaries_right_or_otherwise_dated(text: str) -> None:
    assert findings(document(text)) == []


# -- tense-date-conflict -----------------------------------------------------------------------


def test_future_date_narrated_as_done() -> None:
    doc = document(
        "On Oct. 5, 2021, the board voted to merge.",
        timex("Oct. 5, 2021", "2021-10-05", year=2021, month=10, day=5),
    )
    (finding,) = findings(doc)
    assert finding.name == "tense-date-conflict"
    assert finding.severity is Severity.WARNING
    assert finding.message.startswith('"voted" tells Oct. 5, 2021 as done')


def test_past_date_promised() -> None:
    doc = document(
        "The panel will meet on Sept. 20, 2021.",
        timex("Sept. 20, 2021", "2021-09-20", year=2021, month=9, day=20),
    )
    (finding,) = findings(doc)
    assert finding.message.startswith('"will meet" promises Sept. 20, 2021')


@pytest.mark.parametrize(
    ("text", "words", "value", "fields"),
    [
        ("On Oct. 5, 2021, the board will vote.", "Oct. 5, 2021", "2021-10-05", (2021, 10, 5)),
        ("The board voted Sept. 20, 2021.", "Sept. 20, 2021", "2021-09-20", (2021, 9, 20)),
        ("The issue, puttable in 2029, was priced at par.", "2029", "2029", (2029, None, None)),
        (
            "If on Oct. 5, 2021, the board voted, it would merge.",
            "Oct. 5, 2021",
            "2021-10-05",
            (2021, 10, 5),
        ),
        (
            "On May 8, 2022, the board is expected to vote.",
            "May 8, 2022",
            "2022-05-08",
            (2022, 5, 8),
        ),
        ("The panel will meet on Oct. 20, 2021.", "Oct. 20, 2021", "2021-10-20", (2021, 10, 20)),
    ],
)
def test_tense_agreeing_or_hedged_is_silent(
    text: str, words: str, value: str, fields: tuple[int, int | None, int | None]
) -> None:
    year, month, day = fields
    doc = document(text, timex(words, value, year=year, month=month, day=day))
    assert findings(doc) == []


@pytest.mark.parametrize(
    ("text", "words", "value", "fields", "found"),
    [
        (
            "The bill was signed into law on Oct. 20, 2021.",
            "Oct. 20, 2021",
            "2021-10-20",
            (2021, 10, 20),
            True,
        ),
        (
            "Voters will choose a new mayor on Sept. 14, 2021.",
            "Sept. 14, 2021",
            "2021-09-14",
            (2021, 9, 14),
            True,
        ),
        (
            "He will be tried for the crime committed on Sept. 14, 2021.",
            "Sept. 14, 2021",
            "2021-09-14",
            (2021, 9, 14),
            False,
        ),
        (
            "She started a new job in November 2021.",
            "November 2021",
            "2021-11",
            (2021, 11, None),
            True,
        ),
    ],
)
def test_tense_with_a_short_object_between(
    text: str, words: str, value: str, fields: tuple[int, int, int | None], found: bool
) -> None:
    year, month, day = fields
    doc = document(text, timex(words, value, year=year, month=month, day=day))
    assert bool(findings(doc)) is found


def test_tense_needs_a_written_year() -> None:
    doc = document(
        "On Oct. 5, the board voted to merge.", timex("Oct. 5", "2021-10-05", month=10, day=5)
    )
    assert findings(doc) == []

"""Weekday, impossible-date, relative-date and observance checks on hand-built documents."""

from __future__ import annotations

import pytest

from tests.checks_support import document, findings, timex
from timefact import AnchorKind, DctInfo, DctSource, Direction, Document, Severity, annotate
from timefact._checks import BY_NAME, CHECKS, check

# -- registry ---------------------------------------------------------------------------


def test_registry_codes_and_names_are_fixed() -> None:
    assert [(c.code, c.name) for c in CHECKS] == [
        ("TF101", "weekday-date-mismatch"),
        ("TF102", "impossible-date"),
        ("TF103", "relative-date-conflict"),
        ("TF104", "age-mismatch"),
        ("TF105", "duration-mismatch"),
        ("TF106", "observance-mismatch"),
        ("TF107", "tense-date-conflict"),
    ]
    assert set(BY_NAME) == {c.name for c in CHECKS}


# -- weekday-date-mismatch ----------------------------------------------------------------


def test_weekday_against_resolved_year() -> None:
    doc = document(
        "On Tuesday, Sept. 26, she posted.",
        timex("Tuesday, Sept. 26", "2021-09-26", anchor=AnchorKind.DCT, month=9, day=26, weekday=2),
    )
    (finding,) = findings(doc)
    assert finding.code == "TF101"
    assert finding.message.startswith("Sept. 26, 2021 was a Sunday, not a Tuesday")
    assert finding.fixes == ("Sunday, Sept. 26", "Tuesday, Sept. 28")
    assert finding.timexes == ("t1",)


def test_weekday_right_is_silent() -> None:
    doc = document(
        "On Tuesday, Sept. 28, she posted.",
        timex("Tuesday, Sept. 28", "2021-09-28", anchor=AnchorKind.DCT, month=9, day=28, weekday=2),
    )
    assert findings(doc) == []


def test_weekday_with_written_year_keeps_the_style() -> None:
    doc = document(
        "He died on Friday, September 24, 2020.",
        timex("Friday, September 24, 2020", "2020-09-24", year=2020, month=9, day=24, weekday=5),
    )
    (finding,) = findings(doc)
    assert finding.message.startswith("Sept. 24, 2020 was a Thursday, not a Friday")
    assert finding.fixes == ("Thursday, September 24, 2020", "Friday, September 25, 2020")


def test_old_dates_may_name_the_julian_weekday() -> None:
    # London still kept the Julian calendar: 2 September 1666 was its Sunday, though the
    # Gregorian calendar makes it a Thursday.
    julian = document(
        "The fire broke out on Sunday, 2 September 1666.",
        timex("Sunday, 2 September 1666", "1666-09-02", year=1666, month=9, day=2, weekday=7),
    )
    assert findings(julian) == []
    neither = document(
        "The fire broke out on Monday, 2 September 1666.",
        timex("Monday, 2 September 1666", "1666-09-02", year=1666, month=9, day=2, weekday=1),
    )
    (finding,) = findings(neither)
    assert finding.message.startswith("Sept. 2, 1666 was a Thursday, not a Monday")


def test_weekday_in_two_adjacent_timexes() -> None:
    doc = document(
        "The vote is Monday, Oct. 5.",
        timex("Monday", "2021-10-04", anchor=AnchorKind.DCT, weekday=1),
        timex("Oct. 5", "2021-10-05", anchor=AnchorKind.DCT, month=10, day=5),
    )
    (finding,) = findings(doc)
    assert finding.text == "Monday, Oct. 5"
    assert finding.fixes == ("Tuesday, Oct. 5", "Monday, Oct. 4")
    assert finding.timexes == ("t1", "t2")


def test_weekday_the_engine_left_untagged() -> None:
    doc = document(
        "It happened on Tue, Sep 26, police said.",
        timex("Sep 26", "2021-09-26", anchor=AnchorKind.DCT, month=9, day=26),
    )
    (finding,) = findings(doc)
    assert finding.text == "Tue, Sep 26"
    assert finding.fixes == ("Sun, Sep 26", "Tue, Sep 28")
    # "Sun" is also a newspaper: left to the engine.
    assert (
        findings(
            document(
                "The Baltimore Sun, Sept. 26, reported it.",
                timex("Sept. 26", "2021-09-26", month=9, day=26),
            )
        )
        == []
    )


def test_weekday_with_a_day_of_the_month_only() -> None:
    wrong = document(
        "The vote was on Monday the 15th.",
        timex("Monday the 15th", "2021-09-13", day=15, weekday=1),
    )
    (finding,) = findings(wrong)
    assert finding.message.startswith("Sept. 15, 2021 was a Wednesday, not a Monday")
    assert finding.fixes == ("Wednesday the 15th", "Monday the 13th")
    # Oct. 26 is a Tuesday: "Tuesday the 26th" may mean next month.
    assert (
        findings(
            document(
                "The vote is on Tuesday the 26th.",
                timex("Tuesday the 26th", "2021-09-28", day=26, weekday=2),
            )
        )
        == []
    )


def test_weekday_said_of_a_date() -> None:
    doc = document(
        "This year Sept. 26 falls on a Tuesday.",
        timex("Sept. 26", "2021-09-26", anchor=AnchorKind.DCT, month=9, day=26),
        timex("Tuesday", "2021-09-28", anchor=AnchorKind.DCT, weekday=2),
    )
    (finding,) = findings(doc)
    assert finding.text == "Sept. 26 falls on a Tuesday"


def test_weekdays_listed_with_days_are_not_paired() -> None:
    doc = document(
        "They met on Monday and Tuesday, Sept. 27 and 28.",
        timex("Monday", "2021-09-27", weekday=1),
        timex("Tuesday, Sept. 27", "2021-09-27", month=9, day=27, weekday=2),
    )
    assert findings(doc) == []


def test_weekday_after_the_date_in_brackets() -> None:
    doc = document(
        "It happened Sept. 26 (a Tuesday), police said.",
        timex("Sept. 26", "2021-09-26", anchor=AnchorKind.DCT, month=9, day=26),
        timex("Tuesday", "2021-09-28", anchor=AnchorKind.DCT, weekday=2),
    )
    (finding,) = findings(doc)
    assert finding.text == "Sept. 26 (a Tuesday"
    assert finding.expected == "Sunday"


def test_weekday_on_uncertain_year_needs_every_nearby_year_to_disagree() -> None:
    # Sept. 26 was a Sunday in 2021, a Saturday in 2020 and a Monday in 2022.
    uncertain = timex(
        "Tuesday, Sept. 26",
        "2021-09-26",
        anchor=AnchorKind.DCT,
        certain=False,
        month=9,
        day=26,
        weekday=2,
    )
    assert len(findings(document("On Tuesday, Sept. 26, she posted.", uncertain))) == 1
    # March 1 was a Monday in 2021 and a Tuesday in 2022: either could be meant.
    ambiguous = timex(
        "Tuesday, March 1",
        "2021-03-01",
        anchor=AnchorKind.DCT,
        certain=False,
        month=3,
        day=1,
        weekday=2,
    )
    assert findings(document("On Tuesday, March 1, she posted.", ambiguous, dct="2021-09-01")) == []


def test_weekday_without_any_date_to_anchor_is_silent() -> None:
    doc = document(
        "On Tuesday, Sept. 26, she posted.",
        timex("Tuesday, Sept. 26", "XXXX-09-26", certain=False, month=9, day=26, weekday=2),
        dct=None,
    )
    assert findings(doc) == []


def test_inferred_dct_is_explained() -> None:
    text = "WASHINGTON, Sept. 28 (AP) --\nOn Tuesday, Sept. 26, she posted."
    doc = document(
        text,
        timex("Tuesday, Sept. 26", "2021-09-26", anchor=AnchorKind.DCT, month=9, day=26, weekday=2),
        inferred=True,
    )
    (finding,) = findings(doc)
    assert "inferred from the text: the dateline reads Sept. 28" in finding.message
    assert finding.related and finding.related[0].text == "WASHI"


def test_inferred_dct_needs_support_from_elsewhere() -> None:
    # The date was read off a line that is a sentence, and nothing else pins it down.
    text = "SEPT. 28 -- the fair closed.\nOn Tuesday, Sept. 26, she posted."
    tuesday = timex(
        "Tuesday, Sept. 26", "2021-09-26", anchor=AnchorKind.DCT, month=9, day=26, weekday=2
    )
    assert findings(document(text, tuesday, inferred=True)) == []
    # A weekday-date pair elsewhere that fits the year pins it down.
    text += " On Tuesday, Sept. 28, he replied."
    pinned = document(
        text,
        tuesday,
        timex("Tuesday, Sept. 28", "2021-09-28", month=9, day=28, weekday=2),
        inferred=True,
    )
    assert [f.text for f in findings(pinned)] == ["Tuesday, Sept. 26"]
    # The same date given by the caller needs no support.
    assert len(findings(document(text, tuesday))) == 1


# -- impossible-date ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "start_of_message"),
    [
        ("It was due Feb. 30.", "Feb. 30", "February has at most 29 days"),
        ("It happened on April 31, 2020, in Rome.", "April 31, 2020", "April has 30 days"),
        ("The deal was signed Feb. 29, 2021.", "Feb. 29, 2021", "2021 is not a leap year"),
        ("Trading resumes at 25:00 GMT.", "25:00 GMT", "a day has 24 hours"),
        ("We meet on the 32nd.", "32nd", "no month has a 32nd day"),
        ("They left on 31 June 2019.", "31 June 2019", "June has 30 days"),
        ("The memo is dated 2021-02-30.", "2021-02-30", "February 2021 has 28 days"),
        ("The form says 2/30/2021.", "2/30/2021", "2/30/2021 is no date"),
        ("The call came at 10:75 a.m.", "10:75 a.m.", "an hour has 60 minutes"),
        ("Tickets for Feb 30 sold out.", "Feb 30", "February has at most 29 days"),
        ("On April 31, the court met.", "April 31", "April has 30 days"),
        ("The rifle was found April 31 buried under a tree.", "April 31", "April has 30 days"),
        ("BEIJING, March 33 (Xinhua) -- China said.", "March 33", "March has 31 days"),
        ("Officials said Nov. 31 that talks would resume.", "Nov. 31", "November has 30 days"),
        ("The payment is due the 31st of April.", "31st of April", "April has 30 days"),
    ],
)
def test_impossible_dates(text: str, words: str, start_of_message: str) -> None:
    (finding,) = findings(document(text))
    assert finding.name == "impossible-date"
    assert finding.text == words
    assert finding.message.startswith(start_of_message)


@pytest.mark.parametrize(
    "text",
    [
        "In April 31 people died.",
        "In November 31 people died.",
        "By March 32 teams had entered.",
        "Theresa May 31 votes short.",
        "He finished 32nd in the race.",
        "It happened on Feb. 29, 2020.",
        "See Psalms 37:25 for the verse.",
        "The ratio was 25:10 at the end.",
        "The midnight deadline is 24:00 GMT.",
        "The score was 2/3/2021 in the ledger.",
        "Feb. 29 falls on a Monday this time.",
    ],
)
def test_possible_or_non_dates_are_silent(text: str) -> None:
    assert findings(document(text)) == []


def test_impossible_fixes() -> None:
    (finding,) = findings(document("It happened on April 31, 2020."))
    assert finding.fixes == ("April 30, 2020", "May 1, 2020")


def test_pm_hour_above_twelve_is_a_warning() -> None:
    (finding,) = findings(document("The blast came at 13:30 p.m. local time."))
    assert finding.severity is Severity.WARNING
    assert finding.fixes == ("1:30 p.m.",)


# -- relative-date-conflict -------------------------------------------------------------------


def _yesterday(value: str = "2021-09-27") -> dict[str, object]:
    return timex("yesterday", value, anchor=AnchorKind.DCT, shift_unit="D", shift=-1)


def test_yesterday_beside_another_date() -> None:
    doc = document(
        "She posted yesterday, Sept. 20, a photo.",
        _yesterday(),
        timex("Sept. 20", "2021-09-20", anchor=AnchorKind.DCT, month=9, day=20),
    )
    (finding,) = findings(doc)
    assert finding.name == "relative-date-conflict"
    assert finding.text == "yesterday, Sept. 20"
    assert "means Sept. 27, 2021, not Sept. 20" in finding.message
    assert finding.fixes == ("yesterday, Sept. 27", "Sept. 20")
    assert finding.severity is Severity.ERROR


def test_yesterday_counts_from_the_dateline_of_a_story_filed_the_day_before() -> None:
    text = "QUEENSTOWN, July 12. - Hundreds were stuck on the pass yesterday, July 11."
    assert not check(annotate(text, "1998-07-13"))
    (finding,) = check(annotate(text.replace("July 11.", "July 12."), "1998-07-13"))
    assert finding.name == "relative-date-conflict"
    assert "datelined July 12, 1998 and published July 13, 1998 means July 11" in finding.message


def test_yesterday_right_and_one_day_off() -> None:
    right = document(
        "She posted yesterday, Sept. 27, a photo.",
        _yesterday(),
        timex("Sept. 27", "2021-09-27", month=9, day=27),
    )
    assert findings(right) == []
    off_by_one = document(
        "She posted yesterday, Sept. 26, a photo.",
        _yesterday(),
        timex("Sept. 26", "2021-09-26", month=9, day=26),
    )
    (finding,) = findings(off_by_one)
    assert finding.severity is Severity.WARNING


def test_last_weekday_on_the_publication_day() -> None:
    doc = document(
        "It happened last Tuesday, Sept. 28, at noon.",
        timex(
            "last Tuesday, Sept. 28",
            "2021-09-28",
            month=9,
            day=28,
            weekday=2,
            direction=Direction.PAST,
        ),
    )
    (finding,) = findings(doc)
    assert "means Sept. 21, 2021, not Sept. 28" in finding.message
    assert finding.fixes == ("last Tuesday, Sept. 21",)


def test_next_month_for_a_past_month() -> None:
    doc = document(
        "The vote comes next month, in August.",
        timex("next month", "2021-10", anchor=AnchorKind.DCT, shift_unit="M", shift=1),
        timex("August", "2021-08", month=8),
    )
    (finding,) = findings(doc)
    assert "means October 2021, not August" in finding.message


def test_years_ago_against_written_year() -> None:
    doc = document(
        "It was founded two years ago, in 2015.",
        timex("two years ago", "2019", anchor=AnchorKind.DCT, shift_unit="Y", shift=-2),
        timex("2015", "2015", year=2015),
    )
    (finding,) = findings(doc)
    assert "means 2019, not 2015" in finding.message


def test_relative_needs_a_certain_value_and_a_date() -> None:
    uncertain = timex(
        "yesterday", "2021-09-27", anchor=AnchorKind.DCT, certain=False, shift_unit="D", shift=-1
    )
    doc = document(
        "She posted yesterday, Sept. 20, a photo.",
        uncertain,
        timex("Sept. 20", "2021-09-20", month=9, day=20),
    )
    assert findings(doc) == []
    no_dct = document(
        "She posted yesterday, Sept. 20, a photo.",
        _yesterday(),
        timex("Sept. 20", "2021-09-20", month=9, day=20),
        dct=None,
    )
    assert findings(no_dct) == []


def test_counted_from_a_date_written_just_before() -> None:
    text = "On Sept. 20, the talks began. Two days later, on Sept. 25, they ended."

    def doc(value: str, *, dct: str | None = "2021-09-28") -> Document:
        return document(
            text,
            timex("Sept. 20", "2021-09-20", month=9, day=20),
            {
                **timex(
                    "Two days later", value, shift_unit="D", shift=2, anchor=AnchorKind.NARRATIVE
                ),
                "anchor_tid": "t1",
            },
            timex("Sept. 25", "2021-09-25", month=9, day=25),
            dct=dct,
        )

    (finding,) = findings(doc("2021-09-22"))
    assert finding.message == (
        '"Two days later" counted from Sept. 20 (2021-09-20) means Sept. 22, 2021, not Sept. 25'
    )
    assert finding.timexes == ("t2", "t3", "t1")
    assert len(findings(doc("2021-09-22", dct=None))) == 1  # needs no publication date


def test_relative_not_beside_the_date_is_silent() -> None:
    doc = document(
        "She posted yesterday and spoke about Sept. 20.",
        _yesterday(),
        timex("Sept. 20", "2021-09-20", month=9, day=20),
    )
    assert findings(doc) == []


# -- observance-mismatch -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date_words", "month", "day", "expected"),
    [
        ("They met on Christmas Eve, Dec. 23.", "Dec. 23", 12, 23, "Dec. 24"),
        ("National Sons Day, Sept. 26, drew posts.", "Sept. 26", 9, 26, "Sept. 28"),
        ("Shops closed on Dec. 23 (Christmas Eve).", "Dec. 23", 12, 23, "Dec. 24"),
        ("The parade is on Thanksgiving, Nov. 26.", "Nov. 26", 11, 26, "Nov. 25"),
        ("Crowds gathered on Easter Monday, April 6.", "April 6", 4, 6, "April 5"),
        ("Thanksgiving falls on Nov. 26 this year.", "Nov. 26", 11, 26, "Nov. 25"),
    ],
)
def test_observance_claims(text: str, date_words: str, month: int, day: int, expected: str) -> None:
    doc = document(text, timex(date_words, f"2021-{month:02d}-{day:02d}", month=month, day=day))
    (finding,) = findings(doc, "observance-mismatch")
    assert f"falls on {expected}" in finding.message
    assert finding.fixes == (expected,)


@pytest.mark.parametrize(
    ("text", "date_words", "month", "day"),
    [
        ("They met on Christmas Eve, Dec. 24.", "Dec. 24", 12, 24),
        ("National Sons Day, Sept. 28, drew posts.", "Sept. 28", 9, 28),
        ("Thanksgiving, Oct. 11, in Canada.", "Oct. 11", 10, 11),  # Canadian Thanksgiving
        ("Mexico's Independence Day, Sept. 16, drew crowds.", "Sept. 16", 9, 16),
        ("Open Dec. 23, Christmas Eve and New Year's Day.", "Dec. 23", 12, 23),  # a list
        ("Easter, May 2, in the Orthodox church.", "May 2", 5, 2),
        ("Crowds gathered on Easter Monday, April 5.", "April 5", 4, 5),
        ("The Independence Day holiday, July 5, was quiet.", "July 5", 7, 5),  # kept on Monday
        (
            "New Year's Day, Dec. 31, is a holiday this year.",
            "Dec. 31",
            12,
            31,
        ),  # 2022's, on Friday
    ],
)
def test_right_or_unclaimed_observances_are_silent(
    text: str, date_words: str, month: int, day: int
) -> None:
    doc = document(text, timex(date_words, f"2021-{month:02d}-{day:02d}", month=month, day=day))
    assert findings(doc) == []


def test_inferred_dct_read_off_the_finding_itself_is_not_used() -> None:
    # "Oct. 23" is both where the date was read and the date "yesterday" is checked against.
    text = "The talks ended yesterday, Oct. 23, officials said. On Saturday, Oct. 23, 2021, ..."
    doc = document(
        text,
        _yesterday("2021-10-22"),
        timex("Oct. 23", "2021-10-23", month=10, day=23),
        timex("Saturday, Oct. 23, 2021", "2021-10-23", year=2021, month=10, day=23, weekday=6),
        dct="2021-10-23",
        inferred=True,
    )
    circular = Document(
        text=doc.text,
        timexes=doc.timexes,
        dct=DctInfo(
            doc.dct.date, DctSource.INFERRED, "the latest date the text reports", ((27, 34),)
        ),
    )
    assert findings(circular) == []


def test_weekday_pairs_that_agree_on_an_earlier_year_are_silent() -> None:
    # A diary of February 2023, published in September 2024: each pair fits 2023.
    diary = (
        "Thurs 9 Feb\nResults tomorrow.\n\nFri 10 Feb\nA 4 in chem.\n\nTues 14 Feb\nHe asked Jas."
    )
    assert not check(annotate(diary, "2024-09-05"))
    # One pair alone fits neither 2024 nor 2025: the checks still see it.
    (finding,) = check(annotate("Thurs 9 Feb\nResults tomorrow.", "2024-09-05"))
    assert finding.code == "TF101"

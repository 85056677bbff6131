"""duration-mismatch across sentences: intervals counted from an event dated elsewhere."""

from __future__ import annotations

import pytest

from timefact import Severity
from timefact._checks import check
from timefact._checks._events import events

DCT = "2021-09-28"


def _durations(text: str, dct: str | None = DCT) -> list[str]:
    return [f.text for f in check(text, dct=dct) if f.name == "duration-mismatch"]


def test_one_year_after_a_loss_dated_18_months_back() -> None:
    text = (
        "The team lost the final on March 3, 2020.\n\nOne year after the loss, on "
        "Sept. 20, 2021, the coach resigned."
    )
    (finding,) = [f for f in check(text, dct=DCT) if f.name == "duration-mismatch"]
    assert finding.text == "One year"
    assert finding.expected == "19 months"
    assert finding.fixes == ("19 months",)
    assert "dated March 3, 2020" in finding.message
    assert "the loss would fall about Sept. 20, 2020" in finding.message
    assert [s.text for s in finding.related] == ["loss", "lost", "March 3, 2020", "Sept. 20, 2021"]
    assert len(finding.timexes) == 3
    assert "from the loss dated by timex" in finding.rule


def test_weeks_sober_since_a_date_given_elsewhere() -> None:
    text = "She got sober on June 1. She is now 10 weeks sober, she said."
    (finding,) = check(text, dct=DCT)
    assert finding.text == "10 weeks"
    assert finding.severity is Severity.ERROR
    assert finding.expected == "4 months"
    assert "counted from the sobriety, dated June 1, 2021" in finding.message


def test_one_year_anniversary_of_an_event_two_years_back() -> None:
    text = (
        "The attack on Sept. 11, 2019 killed 12 people.\n\nOn Tuesday, families marked "
        "the one-year anniversary of the attack."
    )
    (finding,) = check(text, dct=DCT)
    assert finding.text == "one-year anniversary"
    assert finding.fixes == ("2nd anniversary",)


@pytest.mark.parametrize(
    "text",
    [
        # The dates fit, with news rounding.
        "The team lost the final on Sept. 1, 2020. One year after the loss, on Sept. 20, 2021, "
        "the coach resigned.",
        "The team lost the final on Nov. 20, 2020. One year after the loss, on Sept. 20, 2021, "
        "the coach resigned.",  # 10 months: still "a year"
        "She got sober on July 13. She is now 10 weeks sober, she said.",  # 11 weeks
        "The attack on Sept. 11, 2020 killed 12. Families marked the first anniversary of the "
        "attack.",
        "They married on June 1, 2001. They have been married for 20 years.",
        "The plane crashed on Jan. 5, 2019. More than a year after the crash, the airline is "
        "still paying.",  # "more than" sets no upper bound
        "The plane crashed on Jan. 5, 2021. Nearly nine months after the crash, the airline is "
        "paying.",
    ],
)
def test_intervals_the_dates_allow_are_quiet(text: str) -> None:
    assert _durations(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # Past tense with no date of its own: when the coach resigned is not said.
        "The team lost the final on March 3, 2020. One year after the loss, the coach resigned.",
        # Another event of the same kind, or one of several.
        "The team lost the final on March 3, 2020. A year after a loss, teams rebuild.",
        "The team lost the final on March 3, 2020. He is 10 weeks past his last loss.",
        "The Bulls lost the final on March 3, 2020. One year after the Hawks' loss, on "
        "Sept. 20, 2021, the coach resigned.",
        "He lost his job on March 3, 2020. One year after the loss of his wife, on Sept. 20, "
        "2021, he moved.",
        # The event dated twice: which one is meant is not known.
        "The team lost the final on March 3, 2020. It lost again on May 5, 2021. One year after "
        "the loss, on Sept. 20, 2021, the coach resigned.",
        # Another time in the counting sentence.
        "The team lost the final on March 3, 2020. One year after the loss, in 2020, the coach "
        "resigned.",
        # A past state, an anniversary at another time, an uncertain date.
        "She got sober on June 1. She was 10 weeks sober when she relapsed.",
        "The attack on Sept. 11, 2019 killed 12. On the first anniversary of the attack, she "
        "returned.",
        # No event word pairs them.
        "The team lost the final on March 3, 2020. One year after the vote, on Sept. 20, 2021, "
        "the coach resigned.",
    ],
)
def test_near_misses_stay_quiet(text: str) -> None:
    assert _durations(text) == []


def test_a_date_the_engine_is_unsure_of_gives_no_finding() -> None:
    # "April 24" half a year from the publication date: the engine marks its year uncertain.
    text = "The team lost on April 24. One year after the loss, on Oct. 24, 1989, he quit."
    assert _durations(text, dct="1989-11-02") == []
    # Certain, both years it may mean (5 or 17 months back) contradict "one year".
    text = "The team lost on April 24. One year after the loss, on Sept. 20, 2021, he quit."
    assert _durations(text) == ["One year"]


def test_interval_before_an_event() -> None:
    text = (
        "Two weeks before the election, on Oct. 1, 2021, polls closed. The election on "
        "Nov. 3, 2021 was won by Smith."
    )
    (finding,) = check(text, dct=DCT)
    assert finding.expected == "5 weeks"
    assert "the election would fall about Oct. 15, 2021" in finding.message


def test_the_in_sentence_check_is_not_repeated() -> None:
    text = "On Sept. 20, 2021, one year after the March 3, 2020 loss, the coach resigned."
    assert len(_durations(text)) == 1


def test_the_event_table_is_consistent() -> None:
    table = events()
    assert len({e.name for e in table}) == len(table)
    words = [w for e in table for w in e.words]
    assert len(words) == len(set(words)), "a word belongs to one event"
    assert all(w == w.lower() for w in words)

"""``check`` never raises on arbitrary text and stays linear on adversarial input."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timefact import Document, annotate
from timefact._checks import check
from timefact._checks._context import split_sentences

# Words the checks react to, so generated text reaches their deeper branches.
CUES = st.sampled_from(
    [
        "Tuesday",
        "Sept.",
        "26",
        "2021",
        "Feb.",
        "30",
        "31",
        "yesterday",
        "last",
        "next",
        "month",
        "ago",
        "born",
        "in",
        "1990",
        "45-year-old",
        "aged",
        ",",
        ".",
        "(",
        ")",
        "Christmas Eve",
        "anniversary",
        "of",
        "10th",
        "weeks",
        "since",
        "after",
        "On",
        "will",
        "voted",
        "25:00",
        "GMT",
        "p.m.",
        "the",
        "32nd",
        "Smith",
        "Miles",
        "3",
        "\n",
        "2/30/2021",
        "2021-02-30",
        "lost",
        "loss",
        "sober",
        "attack",
        "one year",
        "is now",
        "has been",
        "marked",
        "for",
    ]
)
CUE_TEXT = st.lists(CUES, max_size=60).map(" ".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_check_never_raises_on_any_text(text: str) -> None:
    for finding in check(text, dct="2021-09-28"):
        assert 0 <= finding.start <= finding.end <= len(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(CUE_TEXT, st.sampled_from(["2021-09-28", "1998-02-28", "auto", None]))
def test_check_never_raises_on_date_like_text(text: str, dct: str | None) -> None:
    doc = annotate(text, dct)
    for finding in check(doc):
        assert 0 <= finding.start <= finding.end <= len(text)
        assert finding.text == text[finding.start : finding.end]
        assert finding.code.startswith("TF1") and finding.message


ADVERSARIAL = {
    "commas": "," * 200_000,
    "digits": "1" * 200_000,
    "month abbreviations": "Sept. " * 40_000,
    "appositive ages": "Smith, 3, " * 20_000,
    "birth cues": "born " * 40_000,
    "weekdays": "Tuesday, " * 30_000,
    "clock colons": "12:" * 60_000,
    "capitals": "A " * 100_000,
    "ordinal days": "the 32nd of " * 20_000,
    "impossible dates": "April 31. " * 20_000,
    "ages and births": "Smith, 45, was born in 1990. " * 5_000,
    "dated events": "lost the final on March 3, 2020, " * 10_000,
    "counted events": "is now 10 weeks after the loss of the " * 10_000,
    "states": "has been sober for 10 weeks sober " * 10_000,
    "anniversaries": "marked the first anniversary of the attack on Sept. 11, 2019 " * 5_000,
    "event words": "loss " * 60_000,
}


@pytest.fixture(scope="module", params=sorted(ADVERSARIAL))
def adversarial(request: pytest.FixtureRequest) -> Document:
    return annotate(ADVERSARIAL[request.param], "2021-09-28")


def test_adversarial_input_is_checked_fast(adversarial: Document) -> None:
    started = time.perf_counter()
    check(adversarial)
    assert time.perf_counter() - started < 5.0


def test_time_grows_linearly() -> None:
    unit = "On Tuesday, Sept. 26, Smith, 45, was born in 1990; yesterday, Sept. 20, at 25:00 GMT. "
    timings = []
    for copies in (200, 800):
        text = unit * copies
        started = time.perf_counter()
        check(text, dct="2021-09-28")
        timings.append(time.perf_counter() - started)
    assert timings[1] < timings[0] * 4 * 3  # four times the text, well under 12 times the time


def test_sentences_split_in_linear_time() -> None:
    text = "Sept. " * 100_000
    started = time.perf_counter()
    split_sentences(text)
    assert time.perf_counter() - started < 2.0

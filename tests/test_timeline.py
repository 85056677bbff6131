"""The timeline: placement at the value's grain, derived points, attachments, order."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import timefact
from timefact._checks import check
from timefact._cli import main
from timefact._model import (
    DctInfo,
    DctSource,
    Document,
    Finding,
    Severity,
    Timex,
    TimexType,
)
from timefact._timeline import Event, EventKind, MentionRole, Timeline, build_timeline
from timefact._timeline_place import Grain, place, read_amount

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
REFERENCE = EXAMPLES / "000_e8d9254e75741f33.txt"
DCT = dt.date(2021, 9, 28)


def make_doc(
    text: str,
    *spans: tuple[str, str, TimexType],
    dct: dt.date | None = DCT,
) -> Document:
    """A document whose timexes are given by hand as (words, value, type), in order."""
    timexes = []
    cursor = 0
    for number, (words, value, kind) in enumerate(spans, start=1):
        start = text.index(words, cursor)
        cursor = start + len(words)
        timexes.append(
            Timex(
                tid=f"t{number}",
                start=start,
                end=cursor,
                text=words,
                type=kind,
                value=value,
                rule="by-hand",
            )
        )
    source = DctSource.GIVEN if dct else DctSource.UNKNOWN
    return Document(text, DctInfo(dct, source), tuple(timexes))


def finding_on(timex: Timex, name: str = "weekday-date-mismatch") -> Finding:
    return Finding(
        code="TF101",
        name=name,
        severity=Severity.ERROR,
        start=timex.start,
        end=timex.end,
        text=timex.text,
        observed="Tuesday",
        expected="Sunday",
        message="Sept. 26, 2021 was a Sunday.",
        fixes=("Sunday, Sept. 26",),
        timexes=(timex.tid,),
    )


def event_with(timeline: Timeline, words: str) -> Event:
    return next(e for e in timeline.events if any(m.text == words for m in e.mentions))


# Placement -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "first", "last", "grain"),
    [
        ("2021", "2021-01-01", "2021-12-31", Grain.YEAR),
        ("2021-09", "2021-09-01", "2021-09-30", Grain.MONTH),
        ("2020-02", "2020-02-01", "2020-02-29", Grain.MONTH),
        ("2021-09-26", "2021-09-26", "2021-09-26", Grain.DAY),
        ("2021-09-27TNI", "2021-09-27", "2021-09-27", Grain.PART_OF_DAY),
        ("2021-09-27T14:30", "2021-09-27", "2021-09-27", Grain.TIME),
        ("2021-W39", "2021-09-27", "2021-10-03", Grain.WEEK),
        ("2021-W39-WE", "2021-10-02", "2021-10-03", Grain.WEEK),
        ("2021-Q3", "2021-07-01", "2021-09-30", Grain.QUARTER),
        ("2021-H1", "2021-01-01", "2021-06-30", Grain.HALF),
        ("2021-WI", "2021-12-01", "2022-02-28", Grain.SEASON),
        ("199", "1990-01-01", "1999-12-31", Grain.DECADE),
        ("19", "1900-01-01", "1999-12-31", Grain.CENTURY),
        ("PRESENT_REF", "2021-09-28", "2021-09-28", Grain.DAY),
    ],
)
def test_place_honours_the_grain(value: str, first: str, last: str, grain: Grain) -> None:
    placement = place(value, DCT)
    assert placement is not None
    assert (placement.first, placement.last, placement.grain) == (
        dt.date.fromisoformat(first),
        dt.date.fromisoformat(last),
        grain,
    )


def test_fuzzy_values_are_open_on_one_side_of_the_dct() -> None:
    past = place("PAST_REF", DCT)
    future = place("FUTURE_REF", DCT)
    assert past is not None and future is not None
    assert (past.first, past.last, past.grain) == (None, DCT, Grain.OPEN)
    assert (future.first, future.last) == (DCT, None)
    assert past.describe() == "before 28 Sep 2021"


@pytest.mark.parametrize(
    "value", ["XXXX-09-26", "XXXX-WXX-2", "2021-02-30", "P2W", "", "0000", "garbage", "2021-13"]
)
def test_values_without_a_place_on_the_calendar(value: str) -> None:
    assert place(value, DCT) is None


def test_fuzzy_values_need_a_dct() -> None:
    assert place("PAST_REF", None) is None


@pytest.mark.parametrize(
    ("mod", "first", "last"),
    [
        ("START", "2021-01-01", "2021-05-01"),
        ("END", "2021-09-02", "2021-12-31"),
        ("BEFORE", None, "2021-12-31"),
        ("AFTER", "2021-01-01", None),
    ],
)
def test_mods_narrow_or_open_the_span(mod: str, first: str | None, last: str | None) -> None:
    placement = place("2021", DCT, mod)
    assert placement is not None
    expected = tuple(dt.date.fromisoformat(d) if d else None for d in (first, last))
    assert (placement.first, placement.last) == expected


def test_approx_mod_marks_the_placement_approximate() -> None:
    placement = place("2021-09", DCT, "APPROX")
    assert placement is not None and placement.approximate
    assert placement.describe() == "about Sep 2021"


@pytest.mark.parametrize(
    ("value", "months", "days"),
    [
        ("P20W", 0, 140),
        ("P1Y", 12, 0),
        ("P1Y6M", 18, 0),
        ("P1.5Y", 18, 0),
        ("P3D", 0, 3),
        ("PT48H", 0, 2),
    ],
)
def test_read_amount(value: str, months: int, days: int) -> None:
    amount = read_amount(value)
    assert amount is not None and (amount.months, amount.days) == (months, days)


@pytest.mark.parametrize("value", ["PXY", "P", "PT", "P0D", "2021", "PXW"])
def test_read_amount_refuses_unspecified_amounts(value: str) -> None:
    assert read_amount(value) is None


# Building the timeline ---------------------------------------------------------------------


def test_each_clause_becomes_an_event_at_its_grain() -> None:
    doc = make_doc(
        "Earlier this month, she moved. On Saturday, Sept. 25, she posted a photo. "
        "She has recently been travelling.",
        ("this month", "2021-09", TimexType.DATE),
        ("Saturday, Sept. 25", "2021-09-25", TimexType.DATE),
        ("recently", "PAST_REF", TimexType.DATE),
    )
    timeline = build_timeline(doc, findings=())
    month = event_with(timeline, "this month")
    assert month.when.grain is Grain.MONTH
    assert month.when.first == dt.date(2021, 9, 1)
    assert month.when.last == DCT  # "earlier this month": the part before publication
    saturday = event_with(timeline, "Saturday, Sept. 25")
    assert saturday.label == "She posted a photo."
    recently = event_with(timeline, "recently")
    assert (recently.when.first, recently.when.last) == (None, DCT)
    assert [e.eid for e in timeline.events] == ["e1", "e2", "e3"]
    assert timeline.events == (month, saturday, recently)


def test_agreeing_expressions_of_one_clause_make_one_event() -> None:
    doc = make_doc(
        "She had recently posted it on Saturday, Sept. 25.",
        ("recently", "PAST_REF", TimexType.DATE),
        ("Saturday, Sept. 25", "2021-09-25", TimexType.DATE),
    )
    (event,) = build_timeline(doc, findings=()).events
    assert event.anchor is not None and event.anchor.text == "Saturday, Sept. 25"
    assert [m.role for m in event.mentions] == [MentionRole.SUPPORT, MentionRole.ANCHOR]


def test_disagreeing_expressions_of_one_clause_make_separate_events() -> None:
    doc = make_doc(
        "That same day she said she could not sleep the night before.",
        ("That same day", "2021-09-28", TimexType.DATE),
        ("the night before", "2021-09-27TNI", TimexType.TIME),
    )
    timeline = build_timeline(doc, findings=())
    assert [e.when.value for e in timeline.events] == ["2021-09-27TNI", "2021-09-28"]


def test_pregnancy_weeks_at_the_time_derive_its_start() -> None:
    doc = make_doc(
        "She shared a photo from Sept. 28, 2020 of herself in hospital. "
        "She was 20 weeks pregnant at the time.",
        ("Sept. 28, 2020", "2020-09-28", TimexType.DATE),
        ("20 weeks", "P20W", TimexType.DURATION),
    )
    timeline = build_timeline(doc, findings=())
    derived, stated = timeline.events
    assert derived.kind is EventKind.DERIVED and stated.kind is EventKind.STATED
    assert derived.when.first == dt.date(2020, 5, 11) and derived.when.approximate
    assert derived.label == "Pregnancy began"
    assert derived.derived_from == stated.eid
    assert any(m.role is MentionRole.DURATION for m in stated.mentions)


def test_weeks_sober_as_of_a_date_derive_since_when() -> None:
    doc = make_doc(
        "On Sunday, Sept. 26, she said she was 10 weeks sober.",
        ("Sunday, Sept. 26", "2021-09-26", TimexType.DATE),
        ("10 weeks", "P10W", TimexType.DURATION),
    )
    derived = build_timeline(doc, findings=()).events[0]
    assert derived.kind is EventKind.DERIVED
    assert derived.when.first == dt.date(2021, 7, 18)
    assert derived.label == "Sobriety began"


def test_for_the_past_weeks_derives_a_start_named_by_its_sentence() -> None:
    doc = make_doc(
        "On Sept. 28, 2021, she said she had trained for the past 10 weeks.",
        ("Sept. 28, 2021", "2021-09-28", TimexType.DATE),
        ("10 weeks", "P10W", TimexType.DURATION),
    )
    derived = build_timeline(doc, findings=()).events[0]
    assert derived.kind is EventKind.DERIVED
    assert derived.when.first == dt.date(2021, 7, 20)
    assert derived.label.startswith("Start of: On Sept. 28, 2021, she said she had trained")


def test_a_duration_after_an_event_derives_the_earlier_one() -> None:
    doc = make_doc(
        "On Tuesday, Sept. 28, she honored Jack one year after she suffered the loss.",
        ("Tuesday, Sept. 28", "2021-09-28", TimexType.DATE),
        ("one year", "P1Y", TimexType.DURATION),
    )
    derived = build_timeline(doc, findings=()).events[0]
    assert derived.kind is EventKind.DERIVED
    assert derived.when.first == dt.date(2020, 9, 28)
    assert derived.text == "she suffered the loss"


def test_what_happened_after_ends_with_its_clause() -> None:
    doc = make_doc(
        "Thirteen days after the embassy bombings, U.S. forces struck on Thursday.",
        ("Thirteen days", "P13D", TimexType.DURATION),
        ("Thursday", "1998-08-20", TimexType.DATE),
    )
    derived = build_timeline(doc, findings=()).events[0]
    assert (derived.text, derived.when.first) == ("the embassy bombings", dt.date(1998, 8, 7))


def test_plain_durations_ages_and_sets_attach_without_deriving() -> None:
    doc = make_doc(
        "On Sept. 28, the 35-year-old star, who posts every week, spoke for two hours.",
        ("Sept. 28", "2021-09-28", TimexType.DATE),
        ("35-year-old", "P35Y", TimexType.DURATION),
        ("every week", "P1W", TimexType.SET),
        ("two hours", "PT2H", TimexType.DURATION),
    )
    (event,) = build_timeline(doc, findings=()).events
    roles = {m.text: m.role for m in event.mentions}
    assert roles == {
        "Sept. 28": MentionRole.ANCHOR,
        "35-year-old": MentionRole.AGE,
        "every week": MentionRole.SET,
        "two hours": MentionRole.DURATION,
    }


def test_unplaceable_expressions_are_listed_not_dropped() -> None:
    doc = make_doc(
        "It happened on Sept. 26 and lasted three days.",
        ("Sept. 26", "XXXX-09-26", TimexType.DATE),
        ("three days", "P3D", TimexType.DURATION),
        dct=None,
    )
    timeline = build_timeline(doc, findings=())
    assert timeline.events == ()
    assert [t.text for t in timeline.unplaced] == ["Sept. 26", "three days"]


def test_findings_attach_to_their_events() -> None:
    doc = make_doc(
        "On Tuesday, Sept. 26, she posted. On Sept. 28 she spoke. Nothing else happened.",
        ("Tuesday, Sept. 26", "2021-09-26", TimexType.DATE),
        ("Sept. 28", "2021-09-28", TimexType.DATE),
    )
    by_tid = finding_on(doc.timexes[0])
    by_span = Finding(
        code="TF200",
        name="other",
        severity=Severity.WARNING,
        start=40,
        end=48,
        text="Sept. 28",
        observed="",
        expected="",
        message="m",
    )
    nowhere = Finding(
        code="TF300",
        name="loose",
        severity=Severity.WARNING,
        start=58,
        end=65,
        text="Nothing",
        observed="",
        expected="",
        message="m",
    )
    timeline = build_timeline(doc, findings=(by_tid, by_span, nowhere))
    first, second = timeline.events
    assert first.findings == (by_tid,)
    assert second.findings == (by_span,)
    assert timeline.findings == (nowhere,)


def test_findings_default_to_the_checks() -> None:
    doc = timefact.annotate("On Tuesday, Sept. 26, 2021, she posted.", dct="2021-09-28")
    timeline = build_timeline(doc)
    assert [f for e in timeline.events for f in e.findings] + list(timeline.findings) == list(
        check(doc)
    )


def test_timeline_to_dict_is_json() -> None:
    doc = make_doc(
        "She was 20 weeks pregnant on Sept. 28, 2020.",
        ("20 weeks", "P20W", TimexType.DURATION),
        ("Sept. 28, 2020", "2020-09-28", TimexType.DATE),
    )
    data = json.loads(json.dumps(build_timeline(doc, findings=()).to_dict()))
    assert data["dct"] == "2021-09-28"
    assert [e["kind"] for e in data["events"]] == ["derived", "stated"]
    assert data["events"][1]["when"] == {
        "first": "2020-09-28",
        "last": "2020-09-28",
        "grain": "day",
        "value": "2020-09-28",
        "approximate": False,
        "text": "28 Sep 2020",
    }


def test_empty_document() -> None:
    timeline = build_timeline(make_doc(""), findings=())
    assert timeline.events == () and timeline.span() == (DCT, DCT)


# The reference article --------------------------------------------------------------------


def _gold_document() -> Document:
    record = json.loads((EXAMPLES / "seed.gold.jsonl").read_text("utf-8").splitlines()[0])
    timexes = tuple(
        Timex(
            tid=f"t{n}",
            start=t["start"],
            end=t["end"],
            text=t["text"],
            type=TimexType(t["type"]),
            value=t["value"],
            rule="gold",
            mod=t["mod"],
        )
        for n, t in enumerate(record["timexes"], start=1)
    )
    return Document(record["text"], DctInfo(DCT, DctSource.GIVEN), timexes)


def _position(timeline: Timeline, starts: tuple[int, ...], derived: bool = False) -> list[int]:
    """Positions of the events holding an expression that starts at one of ``starts``."""
    return [
        index
        for index, event in enumerate(timeline.events)
        if (event.kind is EventKind.DERIVED) == derived
        and any(m.start in starts for m in event.mentions)
    ]


def assert_reference_order(timeline: Timeline, text: str) -> None:
    def at(*words: str, occurrence: int = 0) -> tuple[int, ...]:
        found = []
        for word in words:
            start = -1
            for _ in range(occurrence + 1):
                start = text.index(word, start + 1)
            found.append(start)
        return tuple(found)

    loss_and_photo = _position(timeline, at("one year ago")) + _position(
        timeline, at("one year"), derived=True
    )
    sobriety_start = _position(timeline, at("10 weeks"), derived=True)
    postpartum = _position(timeline, at("this month"))
    daughters_day = _position(timeline, at("Saturday, Sept. 25", "National Daughters Day"))
    update = _position(timeline, at("Tuesday, Sept. 26"))
    sleepless = _position(timeline, at("the night before", "last night"))
    sons_day_tribute_story = _position(
        timeline, at("the day", "Tuesday, Sept. 28", "That same day")
    )
    groups = [
        loss_and_photo,
        sobriety_start,
        postpartum,
        daughters_day,
        update,
        sleepless,
        sons_day_tribute_story,
    ]
    assert all(groups), [len(g) for g in groups]
    for earlier, later in itertools.pairwise(groups):
        assert max(earlier) < min(later), (groups, [e.label for e in timeline.events])
    (update_event,) = {timeline.events[i] for i in update}
    assert update_event.when.value == "2021-09-26"
    sobriety = timeline.events[sobriety_start[0]]
    assert sobriety.when.first is not None
    assert dt.date(2021, 7, 10) <= sobriety.when.first <= dt.date(2021, 7, 25)


def test_reference_order_from_the_gold_annotation() -> None:
    doc = _gold_document()
    text = doc.text
    tuesday = next(t for t in doc.timexes if t.text == "Tuesday, Sept. 26")
    timeline = build_timeline(doc, findings=(finding_on(tuesday),))
    assert_reference_order(timeline, text)
    update = event_with(timeline, "Tuesday, Sept. 26")
    assert [f.name for f in update.findings] == ["weekday-date-mismatch"]
    pregnancy = next(e for e in timeline.events if e.label == "Pregnancy began")
    assert pregnancy.when.first == dt.date(2020, 5, 11)


def test_reference_order_from_the_engine() -> None:
    text = REFERENCE.read_text("utf-8")
    timeline = build_timeline(timefact.annotate(text, dct="2021-09-28"))
    assert_reference_order(timeline, text)
    update = event_with(timeline, "Tuesday, Sept. 26")
    assert "weekday-date-mismatch" in [f.name for f in update.findings]


# The command --------------------------------------------------------------------------------


def test_timeline_command_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["timeline", str(REFERENCE), "--dct", "2021-09-28"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("publication date: 2021-09-28")
    assert "Sobriety began" in out and "weekday-date-mismatch" in out


def test_timeline_command_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["timeline", str(REFERENCE), "--dct", "2021-09-28", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["dct"] == "2021-09-28" and data["events"]


@pytest.mark.parametrize("argv", [["--dct", "2021-09-31"], ["--dct", "yesterday"]])
def test_timeline_command_bad_date(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["timeline", str(REFERENCE), *argv]) == 2
    err = capsys.readouterr().err
    assert err.startswith("timefact: error: invalid document date") and "Traceback" not in err


def test_timeline_command_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["timeline", str(tmp_path / "nope.txt")]) == 2
    assert "no such file" in capsys.readouterr().err


# Any document --------------------------------------------------------------------------------

_VALUES = st.sampled_from(
    [
        ("2021-09-26", TimexType.DATE),
        ("2021-09", TimexType.DATE),
        ("2021", TimexType.DATE),
        ("PAST_REF", TimexType.DATE),
        ("FUTURE_REF", TimexType.DATE),
        ("XXXX-09-26", TimexType.DATE),
        ("2021-09-27TNI", TimexType.TIME),
        ("2021-W39-WE", TimexType.DATE),
        ("199", TimexType.DATE),
        ("P20W", TimexType.DURATION),
        ("P1Y", TimexType.DURATION),
        ("PXY", TimexType.DURATION),
        ("P35Y", TimexType.DURATION),
        ("P1W", TimexType.SET),
        ("9999-12-31", TimexType.DATE),
        ("0001-01-01", TimexType.DATE),
        ("P9999Y", TimexType.DURATION),
    ]
)


@st.composite
def documents(draw: st.DrawFn) -> Document:
    words = st.sampled_from(
        [
            "She",
            "was",
            "20",
            "weeks",
            "pregnant",
            "after",
            "before",
            "the",
            "loss",
            "sober",
            ".",
            ",",
            "and",
            "\n",
            "Sept.",
            "Mr.",
            '"',
            "on",
        ]
    )
    text = " ".join(draw(st.lists(words, min_size=0, max_size=40)))
    cuts = sorted(draw(st.sets(st.integers(0, len(text)), max_size=12)))
    timexes = []
    for number, (start, end) in enumerate(zip(cuts[::2], cuts[1::2], strict=False), start=1):
        if end > start:
            value, kind = draw(_VALUES)
            timexes.append(
                Timex(
                    tid=f"t{number}",
                    start=start,
                    end=end,
                    text=text[start:end],
                    type=kind,
                    value=value,
                    rule="any",
                    mod=draw(st.sampled_from([None, "START", "BEFORE", "APPROX"])),
                )
            )
    dct = draw(st.sampled_from([DCT, None, dt.date(1, 1, 1), dt.date(9999, 12, 31)]))
    return Document(text, DctInfo(dct, DctSource.GIVEN), tuple(timexes))


@given(documents())
@settings(max_examples=300, deadline=None)
def test_any_document_gives_an_ordered_complete_timeline(doc: Document) -> None:
    timeline = build_timeline(doc, findings=())
    placed = {m.tid for e in timeline.events for m in e.mentions}
    assert placed | {t.tid for t in timeline.unplaced} == {t.tid for t in doc.timexes}
    keys = [e.when.sort_key() for e in timeline.events]
    assert keys == sorted(keys)
    json.dumps(timeline.to_dict())


def test_a_year_ago_counted_from_a_known_day_is_about_that_day() -> None:
    doc = timefact.annotate(
        "She posted a photo from a year ago. This year was hard.", dct="2021-09-28"
    )
    timeline = build_timeline(doc, findings=())
    photo = event_with(timeline, "a year ago")
    assert photo.when.first == photo.when.last == dt.date(2020, 9, 28)
    assert photo.when.approximate
    assert event_with(timeline, "This year").when.grain is Grain.YEAR

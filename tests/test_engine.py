"""The engine as a whole: the reference article, pickling, DCT inference, the scanner."""

from __future__ import annotations

import datetime as dt
import json
import pickle
from pathlib import Path

import pytest

import timefact
from timefact import AnchorKind, DctSource, TimexType
from timefact._grammar import load_grammar

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "000_e8d9254e75741f33.txt"
GOLD = json.loads((ROOT / "examples" / "seed.gold.jsonl").read_text(encoding="utf-8"))
TBAQ = ROOT.parent / "shared" / "corpora" / "tbaq" / "tbaq.jsonl"


def _right(doc: timefact.Document) -> list[str]:
    """Gold timexes the document misses or gets wrong (span, type and value)."""
    found = {(t.start, t.end): t for t in doc.timexes}
    wrong = []
    for gold in GOLD["timexes"]:
        timex = found.get((gold["start"], gold["end"]))
        if (
            timex is None
            or timex.type.value != gold["type"]
            or (timex.value != gold["value"] and timex.value not in gold["alt"])
        ):
            wrong.append(f"{gold['text']!r}: {timex.value if timex else 'missed'}")
    return wrong


@pytest.mark.parametrize("dct", ["2021-09-28", "auto"])
def test_reference_article_comes_out_as_gold(dct: str) -> None:
    doc = timefact.annotate(EXAMPLE.read_text(encoding="utf-8"), dct=dct)
    assert _right(doc) == []
    assert len(doc.timexes) == len(GOLD["timexes"])


def test_reference_article_dct_is_inferred_with_reasons() -> None:
    doc = timefact.annotate(EXAMPLE.read_text(encoding="utf-8"))
    assert doc.dct.source is DctSource.INFERRED
    assert doc.dct.date == dt.date(2021, 9, 28)
    assert "Tuesday, Sept. 28" in doc.dct.reason and "2021" in doc.dct.reason
    assert doc.dct.evidence


def test_underspecified_reading_is_kept() -> None:
    doc = timefact.annotate("On Tuesday, Sept. 26, she posted.", dct="2021-09-28")
    (timex,) = doc.timexes
    assert timex.value == "2021-09-26"
    assert (timex.partial.month, timex.partial.day, timex.partial.weekday) == (9, 26, 2)
    assert timex.partial.year is None
    assert timex.partial.underspecified_value() == "XXXX-09-26"
    assert timex.anchor.kind is AnchorKind.DCT and timex.rule


def test_narrative_anchor_names_the_anchoring_timex() -> None:
    doc = timefact.annotate(
        "On Sept. 20 she flew home. That same day, she called.", dct="2021-09-28"
    )
    first, second = doc.timexes
    assert second.anchor.kind is AnchorKind.NARRATIVE
    assert second.anchor.tid == first.tid and second.value == "2021-09-20"


def test_chat_timestamps_are_when_each_message_was_sent() -> None:
    # "[08:20]" heads a message posted on the chat's day, wherever its talk has gone
    text = (
        "[21/12/19, 08:14] Mum: lunch is on saturday the 28th!! "
        "[08:20] Dev: is that the 26th lol [08:21] Mum: yes"
    )
    doc = timefact.annotate(text, dct="2019-12-21")
    stamps = {t.text: t.value for t in doc.timexes if t.type is TimexType.TIME}
    assert stamps["08:20"] == "2019-12-21T08:20"
    assert stamps["08:21"] == "2019-12-21T08:21"


def test_chat_stamps_run_on_in_one_paragraph() -> None:
    # a stamp of a clock alone is on the last stamp's day, not the publication date's,
    # and a message's "tmrw" counts from its stamp
    text = (
        "Messages: [Sat 8 Jun, 19:22] Kerry: could I come tmrw afternoon? "
        "[19:40] Seller: Tomorrow's no good. [Tue 11 Jun, 17:58] Kerry: late, sorry"
    )
    values = _values(text, "2013-06-11")
    assert values["tmrw afternoon"] == "2013-06-09TAF"
    assert values["19:40"] == "2013-06-08T19:40"
    assert values["Tomorrow"] == "2013-06-09"
    assert values["Tue 11 Jun, 17:58"] == "2013-06-11T17:58"


def test_chat_stamps_keep_their_day_whatever_the_messages_plan() -> None:
    # "concert is Sat 17th" is a plan; the stamps after it were still sent that morning
    text = (
        "Choir | 5 December 2016 | Jan (MD), 07:51: Hi! Reminder: concert is Sat 17th. "
        "| Priya, 08:14: how long is the first half? | Jan (MD), 08:20: about 40 mins"
    )
    values = _values(text, "2016-12-05")
    assert values["07:51"] == "2016-12-05T07:51"
    assert values["Sat 17th"] == "2016-12-17"
    assert values["08:14"] == "2016-12-05T08:14"
    assert values["08:20"] == "2016-12-05T08:20"
    assert "the first half" not in values


def test_a_stamp_on_its_own_line_dates_the_message_under_it() -> None:
    # a phone's thread: "Yesterday 4:52 PM" over "Mom: ...", "Me: ..."; a due date
    # planned then is not a plan of the chat
    text = (
        "Yesterday 4:52 PM\nMom: where r u??\nMe: the game is 2nite. can i sleep over?\n"
        "Mom: and that essay that was due wednesday??\nYesterday 11:48 PM\nMe: safe\n"
        "Today 7:05 AM\nMom: glad u had fun."
    )
    values = _values(text, "2011-10-15")
    assert values["2nite"] == "2011-10-14TNI"
    assert values["wednesday"] == "2011-10-12"
    assert values["Today 7:05 AM"] == "2011-10-15T07:05"


def test_chat_stamps_on_a_twelve_hour_clock_are_times() -> None:
    # "12:47" alone may be a score or a verse; in a chat's brackets it is when a message
    # was sent, and after noon "[1:05]" is in the afternoon
    text = (
        "[09:02] Lena: booked!! [12:47] Jess: sorry just seeing this "
        "[12:50] Marco: wait [1:05] Olu: ok. The score was 12:47 at the break."
    )
    doc = timefact.annotate(text, dct="2017-06-26")
    stamps = [(t.text, t.value) for t in doc.timexes if t.type is TimexType.TIME]
    assert stamps == [
        ("09:02", "2017-06-26T09:02"),
        ("12:47", "2017-06-26T12:47"),
        ("12:50", "2017-06-26T12:50"),
        ("1:05", "2017-06-26T13:05"),
    ]


def test_no_clue_leaves_dct_unknown_and_values_underspecified() -> None:
    doc = timefact.annotate("She called yesterday about the meeting on Sept. 26.")
    assert doc.dct.source is DctSource.UNKNOWN and doc.dct.date is None
    assert [t.value for t in doc.timexes] == ["XXXX-XX-XX", "XXXX-09-26"]


def test_dateline_gives_the_dct() -> None:
    doc = timefact.annotate("WASHINGTON, Sept. 28, 2021 (AP) -- The Senate voted Tuesday.")
    assert doc.dct.date == dt.date(2021, 9, 28)
    assert "dateline" in doc.dct.reason
    assert doc.timexes[-1].value == "2021-09-28"


def test_tagger_pickles_and_gives_the_same_result() -> None:
    tagger = timefact.Tagger()
    clone = pickle.loads(pickle.dumps(tagger))
    text = EXAMPLE.read_text(encoding="utf-8")
    assert clone.annotate(text, "2021-09-28") == tagger.annotate(text, "2021-09-28")


def test_documents_are_json_ready() -> None:
    doc = timefact.annotate(EXAMPLE.read_text(encoding="utf-8"), dct="2021-09-28")
    data = json.loads(json.dumps(doc.to_dict()))
    assert data["dct"]["date"] == "2021-09-28"
    assert data["timexes"][0]["rule"] and data["timexes"][0]["anchor"]["kind"] == "dct"


def test_empty_text_gives_no_timexes() -> None:
    assert timefact.annotate("", dct="2021-09-28").timexes == ()
    assert timefact.annotate("   \n ").timexes == ()


def test_non_text_is_refused_with_a_type_error() -> None:
    with pytest.raises(TypeError, match="needs a str"):
        timefact.annotate(b"Sept. 28", dct=None)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["2021-13-01", "28/09/2021", "yesterday", "2021-02-30"])
def test_bad_dct_is_a_clear_error(bad: str) -> None:
    with pytest.raises(timefact.DctError, match="YYYY-MM-DD"):
        timefact.annotate("today", dct=bad)


def test_types_cover_all_four() -> None:
    doc = timefact.annotate(
        "On Tuesday at 3 p.m. for two hours, as every week since 2020.", dct="2021-09-28"
    )
    assert {t.type for t in doc.timexes} == set(TimexType)


def _scan_both(text: str) -> None:
    grammar = load_grammar()
    assert grammar.extract(text) == grammar.extract_exhaustive(text)


def test_fast_scan_equals_exhaustive_scan_on_the_examples() -> None:
    from tests.corpus_cases import load_cases

    _scan_both(EXAMPLE.read_text(encoding="utf-8"))
    _scan_both("\n".join(case.phrase for case in load_cases()))


def test_fast_scan_equals_exhaustive_scan_on_the_review_passages() -> None:
    review = Path(__file__).resolve().parents[1] / "bench" / "review"
    for path in sorted(review.glob("set*.json")):
        _scan_both("\n\n".join(p["text"] for p in json.loads(path.read_text("utf-8"))))


def test_fast_scan_equals_exhaustive_scan_on_tbaq() -> None:
    if not TBAQ.exists():
        pytest.skip("the TBAQ development corpus (../shared/corpora/tbaq) is not here")
    texts = [json.loads(line)["text"] for line in TBAQ.read_text(encoding="utf-8").splitlines()]
    _scan_both("\n\n".join(texts))


def test_fast_scan_equals_exhaustive_scan_on_number_shapes_and_keyed_words() -> None:
    # The scan keys a number by its digit count and the character after it (the word
    # after it when that is a space), and "the", "a", "this" ... by the word after them:
    # every shape must reach the same rules.
    numbers = ["5", "12", "199", "1990", "20210", "1234567", "'90", "3/4", "3.5", "9:30", "1,000"]
    followers = [
        "",
        " ",
        "s",
        "th",
        "pm",
        " p.m.",
        ":15",
        "/2021",
        "-2022",
        ".",
        ",",
        "%",
        "—",
        "\n",
        "\xa0",
        "  ",
        " \r\n",
    ]
    leads = ["", "the ", "a ", "an ", "this ", "that ", "for ", "The\t", "this\n", "the (", "A "]
    units = ["days", "years ago", "week", "quarter", "Monday", "May 5", "hours", "(2021)"]
    # after a number and a space the next word is part of the key, also a word no rule names
    units += ["EDT", "million", "o'clock", "Sept. 28", "BC", "Smith", "x"]
    text = " ; ".join(
        f"{lead}{number}{follower} {unit}"
        for lead in leads
        for number in numbers
        for follower in followers
        for unit in units
    )
    _scan_both(text)


def test_fast_scan_equals_exhaustive_scan_after_numbers_in_words() -> None:
    # a number in words is keyed by the word after it, as "the" and "a" are
    numbers = ["one", "Three", "twelve", "TEN", "half", "quarter", "seven", "eleven"]
    followers = [" o'clock", " thirty", "-thirty", " years", "-year-old", " p.m.", " pm", "th"]
    followers += [" in the morning", " minutes past ten", "\n", "\xa0", "  ", ",", " x"]
    units = ["", " ago", " days", " on Monday", " countries", " (2021)"]
    text = " ; ".join(
        f"{lead}{number}{follower}{unit}"
        for lead in ["", "at ", "about "]
        for number in numbers
        for follower in followers
        for unit in units
    )
    _scan_both(text)


def test_shipped_dispatch_table_is_current() -> None:
    from importlib import resources

    from timefact._dispatch import compute_dispatch, load_dispatch, source_hash

    # The file itself must match the sources: a stale one is recomputed at every start-up
    # (correct, but it costs about half a second).
    shipped_file = json.loads(
        resources.files("timefact").joinpath("data", "dispatch.json").read_text("utf-8")
    )
    assert shipped_file["source_hash"] == source_hash(), "run: python scripts/update_dispatch.py"
    grammar = load_grammar()
    patterns = [rule.pattern for rule in grammar.rules]
    shipped = load_dispatch(patterns)
    fresh = compute_dispatch(patterns, source_hash())
    assert shipped == fresh, "run: python scripts/update_dispatch.py"


@pytest.mark.parametrize(
    "text",
    [
        "Maria Delgado, 50, was born June 5, 1939. She died Tuesday.",
        "In 1995 the plant opened. It closed on Aug. 7.",
        "Maria Delgado, 50, was born June 5, 1939, in Havana.",
    ],
)
def test_a_past_date_is_no_publication_date(text: str) -> None:
    doc = timefact.annotate(text)
    assert doc.dct.source is DctSource.UNKNOWN and doc.dct.date is None
    assert doc.dct.reason


def test_a_perfect_score_beside_numeric_dates_is_no_date() -> None:
    doc = timefact.annotate(
        "UPDATE 3/14 8pm: new lid came early!! 10/10 customer rep tho.", dct="2018-03-10"
    )
    assert [(t.text, t.value) for t in doc.timexes] == [
        ("3/14", "2018-03-14"),
        ("8pm", "2018-03-14T20:00"),
    ]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "On Friday, August 9, 1974, he waved a runner safe in the ninth and 48,000 booed.",
            "2009-05-01",
            [("Friday, August 9, 1974", "1974-08-09")],
        ),
        (
            "The vet did her first jabs on 22 July, the second lot on the 5th, and the third "
            "is due next.",
            "2011-08-20",
            [("22 July", "2011-07-22"), ("the 5th", "2011-08-05")],
        ),
    ],
)
def test_a_spelled_ordinal_after_a_date_that_counts_something_else_is_no_day(
    text: str, dct: str, expected: list[tuple[str, str]]
) -> None:
    doc = timefact.annotate(text, dct=dct)
    assert [(t.text, t.value) for t in doc.timexes] == expected


def test_a_recording_time_code_in_brackets_is_no_time_of_day() -> None:
    text = (
        "[00:21:05] JEN: Okay, listener question.\n"
        "[Recording starts 00:00:04] OLLY: Right. Is this on?\n"
        "Lecture 3 -- recording begins 00:00:12] DR OKONJO: Okay.\n"
        "The server crashed at 00:21:05 UTC. [00:21] Dev: back up\n"
        "[03:14] BEN: So take me back.\n[03:17] MARIELA CORTEZ: We sold out of tamales."
    )
    doc = timefact.annotate(text, dct="2023-03-21")
    assert [(t.text, t.value) for t in doc.timexes] == [
        ("00:21:05 UTC", "2023-03-21T00:21:05"),
        ("00:21", "2023-03-21T00:21"),
    ]


def test_a_stamp_in_brackets_before_a_speaker_named_in_two_words_is_a_time() -> None:
    text = "Car Clinic -- Sat. March 11, 2017\n\n[10:06] GARY FENN: Back to the phones."
    assert _values(text, "2017-03-11")["10:06"] == "2017-03-11T10:06"


def test_a_chat_stamp_keeps_its_date_and_a_live_blog_stamp_the_telling_day() -> None:
    chat = (
        "[11/03/2019, 21:40] Josh: inspection is thurs 14th, the kitchen needs sorting\n"
        "[11/03/2019, 21:43] Ellie: I can do the oven tmrw after 3"
    )
    values = _values(chat, "2019-03-12")
    assert (values["21:40"], values["tmrw"]) == ("2019-03-11T21:40", "2019-03-12")
    blog = "The arena shut on Sunday. 12:45 BST: Welcome to our live coverage."
    assert _values(blog, "2022-08-13")["12:45 BST"] == "2022-08-13T12:45+01:00"


def _values(text: str, dct: str) -> dict[str, str | None]:
    """Each timex's value by its text."""
    return {t.text: t.value for t in timefact.annotate(text, dct=dct).timexes}


def test_a_day_said_to_be_the_telling_keeps_deictic_times_anchored_on_it() -> None:
    # "It's the second day" says the story is at the telling: "three years ago" still
    # counts from the publication date, as the age and interval checks need to know
    text = (
        "It's the second day of an offensive by the security forces.\n\n"
        "The company was founded three years ago, in 1997."
    )
    doc = timefact.annotate(text, dct="1998-03-06")
    counted = {t.text: t for t in doc.timexes}
    assert counted["the second day"].value == "1998-03-06"
    ago = counted["three years ago"]
    assert (ago.value, ago.anchor.kind) == ("1995", AnchorKind.DCT)


def test_a_story_back_at_its_day_after_a_look_back_keeps_each_timex_id() -> None:
    text = (
        "The fair opened on Wednesday, August 3, 1988. In 1958 she was a farm wife.\n\n"
        "At noon the president found her. The next morning she called."
    )
    doc = timefact.annotate(text, dct="1989-08-10")
    assert [t.tid for t in doc.timexes] == [f"t{i + 1}" for i in range(len(doc.timexes))]
    noon = next(t for t in doc.timexes if t.text == "noon")
    assert noon.value == "1988-08-03T12:00" and noon.anchor.tid == "t1"

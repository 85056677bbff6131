"""Reading and writing TimeML: offsets, escaping, errors, and the round trip."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timefact._errors import InputError
from timefact._io import read_source
from timefact._model import (
    Anchor,
    AnchorKind,
    DctInfo,
    DctSource,
    Document,
    Timex,
    TimexType,
)
from timefact._timeml import read_timeml_file, read_timeml_string, write_timeml

TBAQ = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "tbaq"

SMALL_TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>demo</DOCID>
<DCT><TIMEX3 tid="t0" type="TIME" value="1998-11-20T19:30" temporalFunction="false" \
functionInDocument="CREATION_TIME">1998-11-20 19:30</TIMEX3></DCT>
<TITLE>Not part of the text</TITLE>
<TEXT>Rates <EVENT eid="e1" class="OCCURRENCE">rose</EVENT> \
<TIMEX3 tid="t1" type="DATE" value="1998-11-20" temporalFunction="true" \
functionInDocument="NONE">Friday</TIMEX3> &amp; fell for \
<TIMEX3 tid="t2" type="DURATION" value="P4Y" mod="MORE_THAN">more than four years</TIMEX3>\
 &lt;caf&#233;&gt;.</TEXT>
</TimeML>
"""


def _doc(text: str, timexes: tuple[Timex, ...], dct: dt.date | None) -> Document:
    source = DctSource.GIVEN if dct else DctSource.UNKNOWN
    return Document(text=text, dct=DctInfo(date=dct, source=source), timexes=timexes)


def _timex(tid: str, text: str, start: int, value: str, **extra: Any) -> Timex:
    kind = extra.pop("type", TimexType.DATE)
    return Timex(
        tid=tid,
        start=start,
        end=start + len(text),
        text=text,
        type=kind,
        value=value,
        rule="test",
        **extra,
    )


def test_reads_text_dct_and_timexes_with_offsets_into_the_text() -> None:
    parsed = read_timeml_string(SMALL_TML, "demo.tml")
    assert parsed.text == "Rates rose Friday & fell for more than four years <café>."
    assert parsed.dct == dt.date(1998, 11, 20)
    assert [(t.tid, t.type, t.value, t.mod) for t in parsed.timexes] == [
        ("t1", "DATE", "1998-11-20", None),
        ("t2", "DURATION", "P4Y", "MORE_THAN"),
    ]
    for timex in parsed.timexes:
        assert parsed.text[timex.start : timex.end] == timex.text
    assert [t.text for t in parsed.timexes] == ["Friday", "more than four years"]


def test_no_creation_time_gives_no_dct() -> None:
    parsed = read_timeml_string(
        "<TimeML><TEXT>on <TIMEX3 tid='t1' type='DATE' "
        "value='XXXX-WXX-5'>Friday</TIMEX3></TEXT></TimeML>",
        "x",
    )
    assert parsed.dct is None
    assert parsed.text == "on Friday"
    assert parsed.timexes[0].value == "XXXX-WXX-5"


def test_malformed_xml_names_the_file_and_the_line() -> None:
    broken = "<TimeML>\n<TEXT>\nsome <TIMEX3 tid='t1'>words</EVENT>\n</TEXT>\n</TimeML>"
    with pytest.raises(InputError, match=r"story\.tml: line 3, column \d+: malformed TimeML"):
        read_timeml_string(broken, "story.tml")


def test_unescaped_ampersand_is_reported_with_its_line() -> None:
    with pytest.raises(InputError, match="line 2"):
        read_timeml_string("<TimeML><TEXT>\nAT&T rose</TEXT></TimeML>", "a.tml")


def test_absurdly_deep_nesting_is_an_input_error() -> None:
    deep = "<TimeML><TEXT>" + "<EVENT>" * 5000 + "x" + "</EVENT>" * 5000 + "</TEXT></TimeML>"
    with pytest.raises(InputError, match="nested too deeply"):
        read_timeml_string(deep, "deep.tml")


def test_undefined_entity_is_reported_with_its_line() -> None:
    with pytest.raises(InputError, match=r"e\.tml: line 3"):
        read_timeml_string("<TimeML>\n<TEXT>\n&nbsp;today</TEXT></TimeML>", "e.tml")


def test_timeml_without_text_element_is_an_input_error() -> None:
    with pytest.raises(InputError, match="without a TEXT element"):
        read_timeml_string("<TimeML><DOCID>x</DOCID></TimeML>", "x.tml")


def test_read_timeml_file_and_read_source(tmp_path: Path) -> None:
    path = tmp_path / "demo.tml"
    path.write_text(SMALL_TML, encoding="utf-8")
    assert read_timeml_file(path).dct == dt.date(1998, 11, 20)
    source = read_source(str(path))
    assert source.is_timeml
    assert source.dct == dt.date(1998, 11, 20)
    assert source.text.startswith("Rates rose Friday & fell")


def test_read_source_reports_malformed_timeml_with_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "bad.tml"
    path.write_text("<TimeML>\n<TEXT>open\n</TimeML>", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.tml: line 3"):
        read_source(str(path))


def test_write_timeml_is_tempeval3_shaped() -> None:
    text = 'Every Tuesday since Sept. 28 <AT&T> said "now".'
    timexes = (
        _timex(
            "t1", "Every Tuesday", 0, "XXXX-WXX-2", type=TimexType.SET, quant="EVERY", freq="1W"
        ),
        _timex(
            "t2",
            "Sept. 28",
            text.index("Sept"),
            "2021-09-28",
            temporal_function=True,
            anchor=Anchor(kind=AnchorKind.DCT, value="2021-09-28"),
        ),
        _timex(
            "t3",
            "now",
            text.index("now"),
            "PRESENT_REF",
            anchor=Anchor(kind=AnchorKind.NARRATIVE, value="2021-09-28", tid="t2"),
        ),
    )
    out = write_timeml(_doc(text, timexes, dt.date(2021, 9, 28)), doc_id="a&b")
    assert "<DOCID>a&amp;b</DOCID>" in out
    assert (
        '<DCT><TIMEX3 tid="t0" type="DATE" value="2021-09-28" temporalFunction="false" '
        'functionInDocument="CREATION_TIME">2021-09-28</TIMEX3></DCT>'
    ) in out
    assert (
        '<TIMEX3 tid="t1" type="SET" value="XXXX-WXX-2" quant="EVERY" freq="1W" '
        'temporalFunction="false" functionInDocument="NONE">Every Tuesday</TIMEX3>'
    ) in out
    assert 'anchorTimeID="t0">Sept. 28</TIMEX3>' in out
    assert 'anchorTimeID="t2">now</TIMEX3>' in out
    assert "&lt;AT&amp;T&gt;" in out
    parsed = read_timeml_string(out, "written")
    assert parsed.text == text
    assert parsed.dct == dt.date(2021, 9, 28)
    assert [(t.start, t.end, t.type, t.value) for t in parsed.timexes] == [
        (t.start, t.end, t.type.value, t.value) for t in timexes
    ]


def test_write_timeml_without_dct_has_no_dct_element() -> None:
    out = write_timeml(_doc("nothing here", (), None))
    assert "<DCT>" not in out
    parsed = read_timeml_string(out, "written")
    assert (parsed.text, parsed.dct, parsed.timexes) == ("nothing here", None, ())


def test_characters_xml_cannot_carry_keep_their_offsets() -> None:
    text = "bell\x07 on Friday"
    timex = _timex("t1", "Friday", 9, "XXXX-WXX-5")
    parsed = read_timeml_string(write_timeml(_doc(text, (timex,), None)), "written")
    assert parsed.text == "bell\ufffd on Friday"
    assert (parsed.timexes[0].start, parsed.timexes[0].text) == (9, "Friday")


def test_overlapping_timex_is_left_out_rather_than_breaking_the_markup() -> None:
    text = "Tuesday, Sept. 28"
    timexes = (
        _timex("t1", "Tuesday, Sept. 28", 0, "2021-09-28"),
        _timex("t2", "Sept. 28", 9, "2021-09-28"),
    )
    parsed = read_timeml_string(write_timeml(_doc(text, timexes, None)), "written")
    assert [t.text for t in parsed.timexes] == ["Tuesday, Sept. 28"]


_XML_TEXT = st.text(
    alphabet=st.characters(
        exclude_categories=["Cs"], exclude_characters="\r\ufffe\uffff", min_codepoint=0x20
    )
    | st.sampled_from("\n\t<>&\"'"),
    max_size=60,
)


@settings(max_examples=150, deadline=None)
@given(
    gaps=st.lists(st.tuples(_XML_TEXT, _XML_TEXT.filter(bool)), max_size=5),
    tail=_XML_TEXT,
    year=st.integers(1, 9999),
)
def test_round_trip_keeps_text_offsets_and_values(
    gaps: list[tuple[str, str]], tail: str, year: int
) -> None:
    pieces: list[str] = []
    timexes: list[Timex] = []
    offset = 0
    for number, (before, words) in enumerate(gaps, start=1):
        pieces.append(before)
        offset += len(before)
        timexes.append(_timex(f"t{number}", words, offset, f"{year:04d}", mod="APPROX"))
        pieces.append(words)
        offset += len(words)
    pieces.append(tail)
    text = "".join(pieces)
    dct = dt.date(year, 1, 1)
    parsed = read_timeml_string(write_timeml(_doc(text, tuple(timexes), dct)), "written")
    assert parsed.text == text
    assert parsed.dct == dct
    assert [(t.start, t.end, t.text, t.type, t.value, t.mod, t.tid) for t in parsed.timexes] == [
        (t.start, t.end, t.text, "DATE", t.value, "APPROX", t.tid) for t in timexes
    ]


@pytest.mark.corpus
def test_tbaq_files_read_exactly_as_the_jsonl_form() -> None:
    if not (TBAQ / "tbaq.jsonl").exists():
        pytest.skip(f"TBAQ corpus not found at {TBAQ} (it sits in ../shared next to the repo)")
    files = {path.stem: path for path in (TBAQ / "tml").rglob("*.tml")}
    lines = (TBAQ / "tbaq.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(files) > 0
    for line in lines:
        record = json.loads(line)
        parsed = read_timeml_file(files[record["id"]])
        assert parsed.text == record["text"], record["id"]
        assert parsed.dct == dt.date.fromisoformat(record["dct"])
        assert [
            {
                "start": t.start,
                "end": t.end,
                "text": t.text,
                "type": t.type,
                "value": t.value,
                "mod": t.mod,
            }
            for t in parsed.timexes
        ] == record["timexes"], record["id"]

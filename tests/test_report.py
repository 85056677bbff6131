"""The HTML report: self-contained, escaped, accessible, findings beside their lines."""

from __future__ import annotations

import datetime as dt
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import timefact
from timefact._cli import main
from timefact._model import (
    Anchor,
    AnchorKind,
    DctInfo,
    DctSource,
    Document,
    Finding,
    Severity,
    Span,
    Timex,
    TimexType,
)
from timefact._report import _paragraphs, render_report
from timefact._timeline import build_timeline

REFERENCE = Path(__file__).resolve().parents[1] / "examples" / "000_e8d9254e75741f33.txt"
DCT = dt.date(2021, 9, 28)
_VOID = {"meta", "br", "input", "img", "link", "hr", "wbr"}


class _Page(HTMLParser):
    """Collects elements and checks that every tag is closed in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.problems: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {k: v or "" for k, v in attrs}))
        if tag not in _VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.stack[-1:]}")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def with_attr(self, name: str, value: str | None = None) -> list[dict[str, str]]:
        return [
            a for _, a in self.elements if name in a and (value is None or value in a[name].split())
        ]


def parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    page.close()
    assert page.problems == [] and page.stack == [], (page.problems, page.stack)
    ids = [a["id"] for _, a in page.elements if "id" in a]
    assert len(ids) == len(set(ids)), "duplicate ids"
    targets = {a["href"][1:] for a in page.with_attr("href") if a["href"].startswith("#")}
    assert targets <= set(ids), targets - set(ids)
    return page


def make_doc(text: str, *spans: tuple[str, str, TimexType]) -> Document:
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
                rule="rule-" + kind.value.lower(),
                anchor=Anchor(AnchorKind.DCT, "2021-09-28"),
            )
        )
    return Document(text, DctInfo(DCT, DctSource.GIVEN), tuple(timexes))


def weekday_finding(doc: Document, tid: str = "t1") -> Finding:
    timex = next(t for t in doc.timexes if t.tid == tid)
    return Finding(
        code="TF101",
        name="weekday-date-mismatch",
        severity=Severity.ERROR,
        start=timex.start,
        end=timex.end,
        text=timex.text,
        observed="Tuesday",
        expected="Sunday",
        message="Sept. 26, 2021 was a Sunday, not a Tuesday.",
        fixes=("Sunday, Sept. 26", "Tuesday, Sept. 28"),
        related=(Span(0, 3, "Abc"),),
        timexes=(tid,),
    )


SAMPLE = make_doc(
    "On Tuesday, Sept. 26, she posted.\nShe posts every week and slept last night for ten hours.",
    ("Tuesday, Sept. 26", "2021-09-26", TimexType.DATE),
    ("every week", "P1W", TimexType.SET),
    ("last night", "2021-09-27TNI", TimexType.TIME),
    ("ten hours", "PT10H", TimexType.DURATION),
)


@pytest.fixture(scope="module")
def sample_html() -> str:
    return render_report(SAMPLE, findings=(weekday_finding(SAMPLE),), title="Sample")


def test_report_is_well_formed_and_self_contained(sample_html: str) -> None:
    parse(sample_html)
    assert sample_html.startswith("<!DOCTYPE html>")
    without_namespace = sample_html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert not re.search(r"https?://", without_namespace)
    for forbidden in ("<script", "<link", "@import", "src=", "<iframe", "<img"):
        assert forbidden not in sample_html
    assert set(re.findall(r"url\(([^)]*)\)", sample_html)) <= {"#fade-left", "#fade-right"}


def test_each_expression_is_focusable_and_describes_itself(sample_html: str) -> None:
    page = parse(sample_html)
    marks = page.with_attr("data-tid")
    assert [m["data-tid"] for m in marks] == ["t1", "t2", "t3", "t4"]
    tips = {a["id"]: a for a in page.with_attr("role", "tooltip")}
    for mark in marks:
        assert mark["tabindex"] == "0"
        assert mark["aria-describedby"] in tips
    assert "2021-09-27TNI" in sample_html and "publication date 2021-09-28" in sample_html
    assert "rule-time" in sample_html


def test_types_are_shown_by_more_than_colour(sample_html: str) -> None:
    page = parse(sample_html)
    classes = {a["class"] for a in page.with_attr("data-tid")}
    assert {"tx tx-date flagged", "tx tx-set", "tx tx-time", "tx tx-duration"} == classes
    labels = [a["class"] for a in page.with_attr("class") if "tag" in a["class"].split()]
    assert {"tag tag-date", "tag tag-time", "tag tag-set", "tag tag-duration"} <= set(labels)
    css = sample_html[sample_html.index("<style>") : sample_html.index("</style>")]
    for style in ("solid", "double", "dashed", "dotted"):
        assert f"text-decoration-style: {style}" in css


def test_findings_sit_beside_their_line_with_fixes(sample_html: str) -> None:
    page = parse(sample_html)
    (row,) = page.with_attr("class", "flagged")[:1]
    assert row["id"] == "p1"
    notes = page.with_attr("id", "finding-1")
    assert notes and "note" in notes[0]["class"]
    assert '<mark class="flag" id="flag-1">' in sample_html
    assert 'href="#finding-1"' in sample_html and 'href="#flag-1"' in sample_html
    assert "<ins>Sunday, Sept. 26</ins> or <ins>Tuesday, Sept. 28</ins>" in sample_html
    assert "was a Sunday, not a Tuesday" in sample_html


def test_timeline_chart_is_labelled_svg(sample_html: str) -> None:
    page = parse(sample_html)
    svgs = [a for tag, a in page.elements if tag == "svg"]
    assert len(svgs) == 1 and svgs[0]["role"] == "img" and svgs[0]["aria-labelledby"]
    timeline = build_timeline(SAMPLE, findings=(weekday_finding(SAMPLE),))
    assert len(page.with_attr("data-event")) == len(timeline.events) == 2
    assert "26 Sep 2021" in sample_html and "published" in sample_html
    chart = sample_html[sample_html.index("<svg") : sample_html.index("</svg>")]
    assert chart.count('<a href="#tx-') == 2  # each row links to its words


def test_coarse_values_are_drawn_as_intervals() -> None:
    doc = make_doc(
        "Earlier this month she moved. On Sept. 26 she posted.",
        ("this month", "2021-09", TimexType.DATE),
        ("Sept. 26", "2021-09-26", TimexType.DATE),
    )
    html = render_report(doc, findings=())
    chart = html[html.index("<svg") : html.index("</svg>")]
    month_row = chart[chart.index('data-event="e1"') : chart.index('data-event="e2"')]
    day_row = chart[chart.index('data-event="e2"') :]
    assert "<rect" in month_row.split("</text>")[-1]  # a bar for the month
    assert "<circle" in day_row  # a dot for the day


def test_print_stylesheet(sample_html: str) -> None:
    assert "@media print" in sample_html
    print_css = sample_html[sample_html.index("@media print") :]
    assert ".tip" in print_css and "display: none" in print_css


def test_article_text_is_escaped() -> None:
    text = (
        '<script>alert("x")</script> & <b>bold</b> on Sept. 26, "quoted".\n'
        "<img src=x onerror=alert(1)>"
    )
    doc = make_doc(text, ("Sept. 26", "2021-09-26", TimexType.DATE))
    finding = Finding(
        code="TF1",
        name="<i>name</i>",
        severity=Severity.WARNING,
        start=0,
        end=8,
        text="<script>",
        observed="<o>",
        expected="<e>",
        message="<script>bad()</script>",
        fixes=("<fix>",),
    )
    html = render_report(doc, findings=(finding,), title="<title>")
    page = parse(html)
    assert "<script" not in html and "<img" not in html and "<b>bold" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert '<script>alert("x")</script>' in "".join(page.text)  # shown as text


def test_crossing_spans_do_not_break_the_markup() -> None:
    doc = make_doc(
        "It was Tuesday, Sept. 26 and Monday.",
        ("Tuesday, Sept. 26", "2021-09-26", TimexType.DATE),
        ("Monday", "2021-09-27", TimexType.DATE),
    )
    crossing = Finding(
        code="TF9",
        name="crossing",
        severity=Severity.WARNING,
        start=16,
        end=36,
        text=doc.text[16:36],
        observed="",
        expected="",
        message="m",
    )
    html = render_report(doc, findings=(crossing,))
    parse(html)
    assert 'id="finding-1"' in html  # still in the margin


def test_empty_and_unannotated_documents() -> None:
    empty = Document("", DctInfo(None, DctSource.UNKNOWN), ())
    html = render_report(empty, findings=())
    parse(html)
    assert "The article is empty." in html and "unknown" in html


def test_reference_article_report() -> None:
    doc = timefact.annotate(REFERENCE.read_text("utf-8"), dct="2021-09-28")
    html = render_report(doc, title="Reference")
    page = parse(html)
    assert len(page.with_attr("data-tid")) == len(doc.timexes) > 0
    assert "weekday-date-mismatch" in html


def test_report_command_writes_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "report.html"
    assert main(["report", str(REFERENCE), "--dct", "2021-09-28", "-o", str(target)]) == 0
    html = target.read_text("utf-8")
    parse(html)
    assert "Time report: 000_e8d9254e75741f33.txt" in html
    assert f"wrote {target}" in capsys.readouterr().err


def test_report_command_to_standard_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(REFERENCE), "--dct", "2021-09-28"]) == 0
    assert capsys.readouterr().out.startswith("<!DOCTYPE html>")


def test_report_command_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    binary = tmp_path / "x.txt"
    binary.write_bytes(b"\x00\x01\x02")
    assert main(["report", str(binary), "-o", str(tmp_path / "r.html")]) == 2
    assert "binary" in capsys.readouterr().err
    assert main(["report", str(REFERENCE), "--dct", "2021-02-29"]) == 2
    assert main(["report", str(REFERENCE), "-o", str(tmp_path / "no" / "r.html")]) == 2
    assert "cannot write" in capsys.readouterr().err


@pytest.mark.corpus
def test_every_corpus_document_gets_a_timeline_and_a_well_formed_report() -> None:
    """Robustness over TimeBank+AQUAINT: no document breaks the timeline or the report."""
    corpus = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "tbaq" / "tbaq.jsonl"
    if not corpus.exists():
        pytest.skip(f"the TimeBank+AQUAINT corpus is not at {corpus}")
    tagger = timefact.Tagger()
    documents = 0
    for line in corpus.read_text("utf-8").splitlines():
        record = json.loads(line)
        doc = tagger.annotate(record["text"], dct=record["dct"])
        timeline = build_timeline(doc)
        placed = {m.tid for e in timeline.events for m in e.mentions}
        unplaced = {t.tid for t in timeline.unplaced}
        assert placed | unplaced == {t.tid for t in doc.timexes}, record["id"]
        parse(render_report(doc, timeline=timeline, title=record["id"]))
        documents += 1
    assert documents > 200


@st.composite
def documents_with_findings(draw: st.DrawFn) -> tuple[Document, tuple[Finding, ...]]:
    text = draw(st.text(alphabet=st.sampled_from("ab <>&\"'\n.é"), max_size=60))
    cuts = sorted(draw(st.sets(st.integers(0, len(text)), max_size=8)))
    kinds = st.sampled_from(list(TimexType))
    timexes = tuple(
        Timex(
            tid=f"t{n}",
            start=a,
            end=b,
            text=text[a:b],
            type=draw(kinds),
            value=draw(st.sampled_from(["2021-09-26", "PAST_REF", "P2W", "<x>", "2021"])),
            rule="<r>",
            certain=draw(st.booleans()),
        )
        for n, (a, b) in enumerate(zip(cuts[::2], cuts[1::2], strict=False), start=1)
        if b > a
    )
    spans = st.tuples(st.integers(0, len(text)), st.integers(0, len(text))).map(sorted)
    findings = tuple(
        Finding(
            code="TF1",
            name="n<",
            severity=draw(st.sampled_from(list(Severity))),
            start=a,
            end=b,
            text=text[a:b],
            observed="<o>",
            expected="",
            message="<m>",
            fixes=draw(st.lists(st.text(max_size=5), max_size=2)),
            timexes=tuple(draw(st.lists(st.sampled_from(["t1", "t2", "t9"]), max_size=2))),
        )
        for a, b in draw(st.lists(spans, max_size=3))
    )
    dct = draw(st.sampled_from([DCT, None]))
    return Document(text, DctInfo(dct, DctSource.GIVEN), timexes), findings


@given(documents_with_findings())
@settings(max_examples=200, deadline=None)
def test_any_document_renders_well_formed_escaped_html(
    case: tuple[Document, tuple[Finding, ...]],
) -> None:
    doc, findings = case
    html = render_report(doc, findings=findings)
    page = parse(html)
    assert "<x>" not in html and "<o>" not in html and "<m>" not in html
    in_paragraphs = [
        t
        for t in doc.timexes  # expressions of blank lines have no row
        if any(a <= t.start < b for a, b in _paragraphs(doc.text))
    ]
    assert len(page.with_attr("data-tid")) == len(in_paragraphs)

"""The reference article: exactly one finding, the weekday of "Tuesday, Sept. 26"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import timefact
from timefact._checks import check
from timefact._cli import main
from timefact._model import DctSource

ARTICLE = Path(__file__).resolve().parents[1] / "examples" / "000_e8d9254e75741f33.txt"


@pytest.fixture(scope="module")
def text() -> str:
    return ARTICLE.read_text(encoding="utf-8")


@pytest.mark.parametrize("dct", ["2021-09-28", "auto"])
def test_reference_article_has_exactly_the_weekday_finding(text: str, dct: str) -> None:
    found = check(text, dct=dct)
    assert [(f.code, f.name, f.text) for f in found] == [
        ("TF101", "weekday-date-mismatch", "Tuesday, Sept. 26")
    ]
    finding = found[0]
    assert finding.message.startswith("Sept. 26, 2021 was a Sunday, not a Tuesday")
    assert finding.fixes == ("Sunday, Sept. 26", "Tuesday, Sept. 28")
    assert finding.observed == "Tuesday" and finding.expected == "Sunday"
    assert text[finding.start : finding.end] == "Tuesday, Sept. 26"
    assert finding.timexes and finding.rule


def test_inferred_date_is_named_in_the_message(text: str) -> None:
    doc = timefact.annotate(text, dct="auto")
    assert doc.dct.source is DctSource.INFERRED
    (finding,) = check(doc)
    assert "inferred" in finding.message
    assert doc.dct.date is not None and doc.dct.date.isoformat() in finding.message


def test_reference_article_on_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["check", str(ARTICLE), "--dct", "2021-09-28"])
    out = capsys.readouterr().out
    assert status == 1
    lines = out.splitlines()
    assert lines[0].startswith(
        f'{ARTICLE}:11:72: error TF101 weekday-date-mismatch: "Tuesday, Sept. 26" '
        "Sept. 26, 2021 was a Sunday, not a Tuesday ("
    )
    assert lines[0].endswith('(fix: "Sunday, Sept. 26" or "Tuesday, Sept. 28")')
    assert lines[-1] == "1 finding (1 error, 0 warnings)"


def test_reference_article_json_without_a_date(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["check", str(ARTICLE), "--format", "json", "--fail-on", "never"])
    report = json.loads(capsys.readouterr().out)
    assert status == 0
    assert report["schema"] == "timefact.check/1"
    assert report["dct"]["source"] == "inferred" and report["dct"]["date"] == "2021-09-28"
    (finding,) = report["findings"]
    assert (finding["line"], finding["column"]) == (11, 72)
    assert finding["code"] == "TF101" and finding["fixes"][1] == "Tuesday, Sept. 28"
    assert report["summary"] == {"errors": 1, "warnings": 0}

"""The tag and explain commands, and how every command treats bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timefact._cli import main

EXAMPLE = str(Path(__file__).resolve().parents[1] / "examples" / "000_e8d9254e75741f33.txt")


def test_tag_text_lists_every_timex_with_its_place(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tag", EXAMPLE, "--dct", "2021-09-28"]) == 0
    out = capsys.readouterr().out
    assert "publication date: 2021-09-28 (given)" in out
    assert ":11:72: DATE     2021-09-26" in out
    assert out.count("\n") == 1 + 25


def test_tag_infers_the_date_and_says_why(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tag", EXAMPLE]) == 0
    first_line = capsys.readouterr().out.splitlines()[0]
    assert "2021-09-28 (inferred:" in first_line and "Tuesday, Sept. 28" in first_line


def test_tag_json_is_stable(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tag", EXAMPLE, "--dct", "2021-09-28", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == "timefact.tag/1"
    assert data["dct"] == {
        "date": "2021-09-28",
        "source": "given",
        "reason": "given by the caller",
        "evidence": [],
    }
    assert len(data["timexes"]) == 25
    assert set(data["timexes"][0]) >= {
        "start",
        "end",
        "text",
        "type",
        "value",
        "mod",
        "anchor",
        "rule",
        "partial",
        "temporal_function",
        "certain",
    }


def test_tag_timeml_reads_back(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tag", EXAMPLE, "--dct", "2021-09-28", "--format", "timeml"]) == 0
    tml = tmp_path / "out.tml"
    tml.write_text(capsys.readouterr().out, encoding="utf-8")
    assert main(["tag", str(tml), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["dct"]["date"] == "2021-09-28" and data["dct"]["source"] == "given"
    assert len(data["timexes"]) == 25


def test_tag_reads_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Sept. 26, 2021")))
    assert main(["tag", "-"]) == 0
    assert "2021-09-26" in capsys.readouterr().out


def test_explain_shows_rule_partial_anchor_result(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "Tuesday, Sept. 26", "--dct", "2021-09-28"]) == 0
    out = capsys.readouterr().out
    assert "rule:     weekday-month-day-year" in out
    assert "month=9, day=26, weekday=2" in out
    assert "words:    XXXX-09-26" in out
    assert "anchor:   dct 2021-09-28" in out
    assert "result:   DATE 2021-09-26" in out


def test_explain_says_when_nothing_is_found(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "May I ask?"]) == 1
    assert "no time expression found" in capsys.readouterr().out


@pytest.mark.parametrize("command", ["tag", "check", "timeline"])
def test_missing_file_is_one_clear_line(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.txt"
    assert main([command, str(missing)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("timefact: error:") and "nope.txt: no such file" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\xff\xfe bad \xc3\x28 bytes", "is not valid UTF-8"),
        (b"\x00\x01\x02binary\x00", "binary file"),
    ],
)
@pytest.mark.parametrize("command", ["tag", "check"])
def test_unreadable_file_names_the_file(
    command: str, content: bytes, expected: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    assert main([command, str(bad)]) == 2
    err = capsys.readouterr().err
    assert "bad.txt" in err and expected in err and "Traceback" not in err


@pytest.mark.parametrize("command", ["tag", "check", "timeline"])
def test_bad_dct_names_the_expected_form(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([command, EXAMPLE, "--dct", "28.09.2021"]) == 2
    assert "expected YYYY-MM-DD" in capsys.readouterr().err


def test_malformed_timeml_gives_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.tml"
    bad.write_text(
        "<TimeML>\n<TEXT>On <TIMEX3 tid='t1'>Sept. 28</TEXT>\n</TimeML>\n", encoding="utf-8"
    )
    assert main(["tag", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "bad.tml" in err and "line 2" in err


def test_empty_file_gives_no_timexes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    assert main(["tag", str(empty), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["timexes"] == []

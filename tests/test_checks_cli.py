"""``timefact check`` on the command line: output forms, exit statuses, bad input."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from timefact._cli import main

STORY = (
    "The council met on Tuesday, Sept. 26.\n"
    "The report was dated April 31.\n"
    "It opens at 13:30 p.m. on Friday.\n"
)


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(["check", *args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_text_output_is_linter_like(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run([str(story), "--dct", "2021-09-28"], capsys)
    lines = out.splitlines()
    assert status == 1
    assert lines[0].startswith(
        f"{story}:1:20: error TF101 weekday-date-mismatch: "
        '"Tuesday, Sept. 26" Sept. 26, 2021 was a Sunday'
    )
    assert lines[1].startswith(f'{story}:2:22: error TF102 impossible-date: "April 31"')
    assert '(fix: "April 30" or "May 1")' in lines[1]
    assert lines[2].startswith(f'{story}:3:13: warning TF102 impossible-date: "13:30 p.m."')
    assert lines[-1] == "3 findings (2 errors, 1 warning)"


@pytest.mark.parametrize(("fail_on", "status"), [("error", 1), ("warning", 1), ("never", 0)])
def test_fail_on(
    story: Path, capsys: pytest.CaptureFixture[str], fail_on: str, status: int
) -> None:
    assert run([str(story), "--dct", "2021-09-28", "--fail-on", fail_on], capsys)[0] == status


def test_warnings_alone_fail_only_on_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "warn.txt"
    path.write_text("It opens at 13:30 p.m. on Friday.\n", encoding="utf-8")
    assert run([str(path), "--dct", "2021-09-28"], capsys)[0] == 0
    assert run([str(path), "--dct", "2021-09-28", "--fail-on", "warning"], capsys)[0] == 1


def test_json_output_schema(story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run([str(story), "--dct", "2021-09-28", "--format", "json"], capsys)
    report = json.loads(out)
    assert status == 1
    assert set(report) == {"schema", "file", "dct", "findings", "summary"}
    assert report["dct"] == {
        "date": "2021-09-28",
        "source": "given",
        "reason": "given by the caller",
        "evidence": [],
    }
    first = report["findings"][0]
    assert set(first) == {
        "code",
        "name",
        "severity",
        "start",
        "end",
        "line",
        "column",
        "text",
        "observed",
        "expected",
        "message",
        "fixes",
        "related",
        "timexes",
        "rule",
    }
    assert report["summary"] == {"errors": 2, "warnings": 1}


def test_clean_text_exits_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "clean.txt"
    path.write_text("The council met on Tuesday, Sept. 28.\n", encoding="utf-8")
    status, out, _ = run([str(path), "--dct", "2021-09-28"], capsys)
    assert status == 0
    assert out.strip() == "no findings"


def test_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(STORY.encode("utf-8")))
    monkeypatch.setattr("sys.stdin", stdin)
    status, out, _ = run(["-", "--dct", "2021-09-28"], capsys)
    assert status == 1
    assert out.startswith("<stdin>:1:20: error TF101")


def test_unknown_date_is_said(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "undated.txt"
    path.write_text("The report was dated April 31.\n", encoding="utf-8")
    status, out, _ = run([str(path), "--dct", "none"], capsys)
    assert status == 1
    assert out.splitlines()[0].startswith(f"{path}: note: no publication date given or found")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.txt"], "no such file"),
        (["{story}", "--dct", "2021-02-30"], "invalid document date"),
        (["{story}", "--dct", "yesterday"], "expected YYYY-MM-DD"),
    ],
)
def test_bad_input_is_one_line_and_status_2(
    story: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    status, out, err = run([a.format(story=story) for a in args], capsys)
    assert status == 2
    assert out == ""
    assert err.startswith("timefact: error: ") and message in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_binary_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "data.bin"
    path.write_bytes(b"\x00\x01\x02binary")
    status, _, err = run([str(path)], capsys)
    assert status == 2 and "binary" in err

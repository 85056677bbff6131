"""The ``batch`` command: formats, resumption, interruption, bad documents, parallelism."""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import importlib.util
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.batch_support import REPO, SENTENCES, corpus, read_jsonl, write_jsonl
from timefact import Anchor, AnchorKind, Document, Partial, Tagger, Timex, TimexType
from timefact._batch import (
    IN_FLIGHT_PER_JOB,
    BatchOptions,
    Fields,
    _CtrlC,
    errors_path_for,
    run_batch,
    run_records,
)
from timefact._batch_arrow import (
    annotation_fields,
    arrow_ready,
    dct_type,
    finding_type,
    output_schema,
    require_pyarrow,
    timex_type,
)
from timefact._batch_io import Format, RawRecord, read_records
from timefact._batch_record import DocumentError, RecordOptions, annotate_fields
from timefact._checks import check
from timefact._cli import main
from timefact._errors import MissingExtraError, TimefactError
from timefact._model import DctInfo, DctSource, Finding, Severity, Span

pa = pytest.importorskip(
    "pyarrow", reason="the batch tests need pyarrow: pip install 'timefact[batch]'"
)
pq = pytest.importorskip("pyarrow.parquet")


def batch(
    source: Path,
    output: Path,
    *,
    jobs: int = 1,
    checks: bool = False,
    timeline: bool = False,
    fields: Fields | None = None,
) -> Any:
    options = BatchOptions(
        input=source,
        output=output,
        jobs=jobs,
        fields=fields or Fields(),
        record=RecordOptions(checks=checks, timeline=timeline),
    )
    return run_batch(options)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_jsonl(tmp_path_factory.mktemp("corpus") / "docs.jsonl", corpus(60))


@pytest.fixture(scope="module")
def reference(sample: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The uninterrupted single-process run every other run is compared with."""
    output = tmp_path_factory.mktemp("reference") / "out.jsonl"
    summary = batch(sample, output, checks=True)
    assert (summary.written, summary.failed, summary.interrupted) == (60, 0, False)
    return output


def test_each_record_holds_id_dct_and_the_engines_timexes(sample: Path, reference: Path) -> None:
    tagger = Tagger()
    records = read_jsonl(reference)
    docs = corpus(60)
    assert [r["id"] for r in records] == [d["id"] for d in docs]  # input order is kept
    for record, doc in zip(records, docs, strict=True):
        expected = tagger.annotate(doc["text"], doc["dct"] or "auto")
        assert record["dct"] == expected.dct.to_dict()
        assert record["timexes"] == [t.to_dict() for t in expected.timexes]
        assert record["findings"] == [f.to_dict() for f in check(expected)]
    given = [r for r, d in zip(records, docs, strict=True) if d["dct"]]
    assert given
    assert all(r["dct"]["source"] == "given" for r in given)
    assert {r["dct"]["source"] for r, d in zip(records, docs, strict=True) if not d["dct"]} <= {
        "inferred",
        "unknown",
    }


def test_two_jobs_write_the_same_bytes_as_one(
    sample: Path, reference: Path, tmp_path: Path
) -> None:
    output = tmp_path / "out.jsonl"
    summary = batch(sample, output, jobs=2, checks=True)
    assert summary.written == 60
    assert output.read_bytes() == reference.read_bytes()


def test_parquet_output_matches_jsonl_output(sample: Path, reference: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one.parquet", tmp_path / "two.parquet"
    batch(sample, one, jobs=1, checks=True)
    batch(sample, two, jobs=2, checks=True)
    table = pq.read_table(one)
    assert table.equals(pq.read_table(two))
    assert table.schema.equals(output_schema(pa, checks=True, timeline=False))
    expected = pa.Table.from_pylist(read_jsonl(reference), schema=table.schema)
    assert table.to_pylist() == expected.to_pylist()


def test_csv_and_parquet_inputs_give_the_jsonl_result(
    sample: Path, reference: Path, tmp_path: Path
) -> None:
    docs = corpus(60)
    csv_path = tmp_path / "docs.csv"
    with csv_path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.DictWriter(stream, fieldnames=["id", "dct", "text"])
        writer.writeheader()
        writer.writerows(docs)
    parquet_path = tmp_path / "docs.parquet"
    pq.write_table(pa.Table.from_pylist(docs), parquet_path)
    for source in (csv_path, parquet_path):
        output = tmp_path / f"from-{source.suffix[1:]}.jsonl"
        batch(source, output, checks=True)
        assert output.read_bytes() == reference.read_bytes(), source.suffix


def test_gzipped_jsonl_and_csv_inputs(sample: Path, reference: Path, tmp_path: Path) -> None:
    packed = tmp_path / "docs.jsonl.gz"
    packed.write_bytes(gzip.compress(sample.read_bytes()))
    output = tmp_path / "from-gz.jsonl"
    batch(packed, output, checks=True)
    assert output.read_bytes() == reference.read_bytes()
    csv_packed = tmp_path / "docs.csv.gz"
    csv_packed.write_bytes(gzip.compress(b"id,text\n1,Monday.\n2,Tuesday.\n"))
    batch(csv_packed, tmp_path / "from-csv-gz.jsonl")
    assert [r["id"] for r in read_jsonl(tmp_path / "from-csv-gz.jsonl")] == ["1", "2"]


def test_a_damaged_gzip_input_stops_with_a_clear_error_and_a_valid_output(
    sample: Path, tmp_path: Path
) -> None:
    packed = gzip.compress(sample.read_bytes())
    damaged = tmp_path / "docs.jsonl.gz"
    damaged.write_bytes(packed[: len(packed) * 2 // 3])
    output = tmp_path / "out.jsonl"
    with pytest.raises(TimefactError, match="cannot be read to the end"):
        batch(damaged, output, jobs=2)
    assert all(record["timexes"] is not None for record in read_jsonl(output))


def test_parquet_dates_and_custom_field_names(tmp_path: Path) -> None:
    source = tmp_path / "docs.parquet"
    pq.write_table(
        pa.table(
            {
                "body": ["On Tuesday, Sept. 28, 2021, she posted.", "Later that day."],
                "published": pa.array([dt.date(2021, 9, 28), None], pa.date32()),
                "key": [10, 11],
            }
        ),
        source,
    )
    output = tmp_path / "out.jsonl"
    batch(source, output, fields=Fields(text="body", id="key", dct="published"))
    records = read_jsonl(output)
    assert [r["id"] for r in records] == ["10", "11"]
    assert records[0]["dct"]["date"] == "2021-09-28"
    assert records[0]["dct"]["source"] == "given"
    assert records[1]["dct"]["source"] in {"inferred", "unknown"}


def test_ids_default_to_line_numbers(tmp_path: Path) -> None:
    source = tmp_path / "docs.jsonl"
    source.write_text('{"text": "Monday."}\n\n{"text": "Tuesday."}\n', encoding="utf-8")
    output = tmp_path / "out.jsonl"
    batch(source, output)
    assert [r["id"] for r in read_jsonl(output)] == ["1", "3"]


def test_bad_documents_go_to_the_errors_file_and_the_run_goes_on(tmp_path: Path) -> None:
    source = tmp_path / "docs.jsonl"
    source.write_text(
        "\n".join(
            [
                '{"id": "good-1", "text": "On Monday, March 2, 1998.", "dct": "1998-03-04"}',
                '{"id": "no-text"}',
                '{"id": "number-text", "text": 42}',
                '{"id": "bad-dct", "text": "Monday.", "dct": "1998-02-30"}',
                '{"id": "odd-dct", "text": "Monday.", "dct": 19980304}',
                '{"id": "cut short", "text": "Mon',
                '["not", "an", "object"]',
                '{"id": {"nested": 1}, "text": "Monday."}',
                '{"id": "surrogate", "text": "Monday \\ud800.", "dct": "1998-03-04"}',
                '{"id": "bad-\\udc00", "text": "Monday."}',
                '{"id": "good-2", "text": "Tuesday.", "dct": "1998-03-04"}',
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    output = tmp_path / "out.jsonl"
    summary = batch(source, output, jobs=2)
    assert [r["id"] for r in read_jsonl(output)] == ["good-1", "good-2"]
    errors = read_jsonl(errors_path_for(output))
    assert summary.failed == len(errors) == 9
    reasons = {e["id"]: e["reason"] for e in errors}
    assert "missing" in reasons["no-text"]
    assert "string" in reasons["number-text"]
    assert "1998-02-30" in reasons["bad-dct"]
    assert "int" in reasons["odd-dct"]
    assert "not valid JSON" in reasons["6"]
    assert "not an object" in reasons["7"]
    assert "id field" in reasons["8"]
    assert "lone surrogate at character 7" in reasons["surrogate"]
    assert "the id is not valid Unicode" in reasons["10"]
    assert [e["number"] for e in errors] == [2, 3, 4, 5, 6, 7, 8, 9, 10]


def test_an_engine_exception_is_one_documents_error() -> None:
    class Exploding:
        def annotate(self, text: str, dct: object) -> Document:
            raise RuntimeError("boom")

    with pytest.raises(DocumentError, match="RuntimeError: boom"):
        annotate_fields(Exploding(), "text", None, RecordOptions())  # type: ignore[arg-type]


def test_rerun_skips_what_is_written_and_repairs_a_cut_line(
    sample: Path, reference: Path, tmp_path: Path
) -> None:
    output = tmp_path / "out.jsonl"
    lines = reference.read_bytes().splitlines(keepends=True)
    output.write_bytes(b"".join(lines[:25]) + lines[25][:40])  # a hard stop mid-line
    summary = batch(sample, output, jobs=2, checks=True)
    assert (summary.skipped, summary.written) == (25, 35)
    assert output.read_bytes() == reference.read_bytes()
    again = batch(sample, output, checks=True)
    assert (again.skipped, again.written) == (60, 0)
    assert output.read_bytes() == reference.read_bytes()


def test_parquet_rerun_after_a_hard_kill(sample: Path, reference: Path, tmp_path: Path) -> None:
    """A killed run leaves OUTPUT as the last closed file and a stale OUTPUT.partial."""
    output = tmp_path / "out.parquet"
    schema = output_schema(pa, checks=True, timeline=False)
    expected = pa.Table.from_pylist(read_jsonl(reference), schema=schema)
    pq.write_table(expected.slice(0, 20), output)
    (tmp_path / "out.parquet.partial").write_bytes(b"PAR1 half a file")
    summary = batch(sample, output, jobs=2, checks=True)
    assert (summary.skipped, summary.written) == (20, 40)
    assert pq.read_table(output).to_pylist() == expected.to_pylist()
    output.write_bytes(b"PAR1 not really")
    with pytest.raises(TimefactError, match="not a readable Parquet file"):
        batch(sample, output, checks=True)


def test_rerun_with_other_options_is_refused(sample: Path, reference: Path, tmp_path: Path) -> None:
    output = tmp_path / "out.jsonl"
    output.write_bytes(reference.read_bytes())
    with pytest.raises(TimefactError, match="same options"):
        batch(sample, output, checks=False)


def interrupted_after(records: Iterator[RawRecord], count: int) -> Iterator[RawRecord]:
    """The records, then Ctrl-C as the ``count``-th record is read."""
    for index, record in enumerate(records):
        if index == count:
            raise KeyboardInterrupt
        yield record


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
@pytest.mark.parametrize("jobs", [1, 2])
def test_ctrl_c_leaves_a_valid_output_that_a_rerun_completes(
    sample: Path, reference: Path, tmp_path: Path, suffix: str, jobs: int
) -> None:
    output = tmp_path / f"out{suffix}"
    fmt = Format.JSONL if suffix == ".jsonl" else Format.PARQUET
    options = BatchOptions(
        input=sample, output=output, jobs=jobs, record=RecordOptions(checks=True), chunk_size=16
    )
    records = interrupted_after(read_records(sample, Format.JSONL, ("text", "id", "dct")), 37)
    first = run_records(records, options, fmt)
    assert first.interrupted
    assert first.written == 32  # the two whole chunks read before Ctrl-C are kept
    if fmt is Format.JSONL:
        assert len(read_jsonl(output)) == first.written
    else:
        assert pq.read_table(output).num_rows == first.written
        assert not output.with_name(output.name + ".partial").exists()
    second = run_batch(options)
    assert not second.interrupted
    assert (second.skipped, second.written) == (first.written, 60 - first.written)
    if fmt is Format.JSONL:
        assert output.read_bytes() == reference.read_bytes()
    else:
        expected = pa.Table.from_pylist(
            read_jsonl(reference), schema=output_schema(pa, checks=True, timeline=False)
        )
        assert pq.read_table(output).to_pylist() == expected.to_pylist()


def test_sigint_stops_the_command_cleanly_and_a_rerun_finishes(tmp_path: Path) -> None:
    """A real Ctrl-C on the command with a process pool, then the same command again."""
    source = tmp_path / "many.jsonl"
    docs = [
        {"id": f"d{index}", "text": SENTENCES[index % len(SENTENCES)], "dct": "2021-09-28"}
        for index in range(12_000)
    ]
    write_jsonl(source, docs)
    output = tmp_path / "out.jsonl"
    command = [
        sys.executable,
        "-m",
        "timefact._cli",
        "batch",
        str(source),
        "-o",
        str(output),
        "--jobs",
        "2",
    ]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while (not output.exists() or output.stat().st_size == 0) and time.monotonic() < deadline:
        time.sleep(0.005)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, stderr
    assert "run the same command again" in stderr
    assert "Traceback" not in stderr
    partial = read_jsonl(output)  # every line is whole
    assert 0 < len(partial) < len(docs)
    finished = subprocess.run(
        [*command, "--quiet"], capture_output=True, text=True, timeout=600, check=False
    )
    assert finished.returncode == 0, finished.stderr
    assert [r["id"] for r in read_jsonl(output)] == [d["id"] for d in docs]


def test_the_command_line(sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "out.jsonl"
    assert main(["batch", str(sample), "-o", str(output), "--jobs", "1"]) == 0
    assert "60 documents written" in capsys.readouterr().err
    assert main(["batch", str(sample), "-o", str(output), "-j", "1"]) == 0
    assert "60 skipped" in capsys.readouterr().err
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": 3}\n', encoding="utf-8")
    assert main(["batch", str(bad), "-o", str(tmp_path / "bad-out.jsonl"), "-q"]) == 1
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.jsonl", "-o", "out.jsonl"], "no such file"),
        (["docs.txt", "-o", "out.jsonl"], "cannot tell the input format"),
        (["docs.parquet.gz", "-o", "out.jsonl"], "cannot tell the input format"),
        (["docs.jsonl", "-o", "out.jsonl.gz"], "cannot tell the output format"),
        (["docs.jsonl", "-o", "out.csv"], "cannot tell the output format"),
        (["docs.csv", "-o", "out.jsonl"], "no column 'text'"),
        (["docs.jsonl", "-o", "docs.jsonl"], "must not be the input"),
        (["docs.jsonl", "-o", "nowhere/out.jsonl"], "does not exist"),
        (["docs.jsonl", "-o", "taken.jsonl"], "not a batch output record"),
    ],
)
def test_bad_invocations_get_one_clear_line(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    write_jsonl(tmp_path / "docs.jsonl", corpus(2))
    (tmp_path / "docs.txt").write_text("plain text", encoding="utf-8")
    (tmp_path / "docs.parquet.gz").write_bytes(b"")
    (tmp_path / "docs.csv").write_text("id,body\n1,Monday\n", encoding="utf-8")
    (tmp_path / "taken.jsonl").write_text("not json\nat all\n", encoding="utf-8")
    assert main(["batch", *args]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert len(err.strip().splitlines()) == 1


def test_progress_bar_shows_rate_and_estimate(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    options = BatchOptions(input=sample, output=tmp_path / "out.jsonl", progress=True)
    run_batch(options)
    err = capsys.readouterr().err
    assert "60/60" in err
    assert "doc/s" in err


def test_timeline_records_or_a_clear_error(
    sample: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = tmp_path / "out.jsonl"
    if importlib.util.find_spec("timefact._timeline") is not None:
        batch(sample, output, timeline=True)
        records = read_jsonl(output)
        assert len(records) == 60
        with_checks = tmp_path / "with-checks.jsonl"
        batch(sample, with_checks, timeline=True, checks=True, jobs=2)
        assert [r["timeline"] for r in read_jsonl(with_checks)] == [r["timeline"] for r in records]
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None)
    with pytest.raises(TimefactError, match="run without --timeline"):
        batch(sample, tmp_path / "other.jsonl", timeline=True)


def test_missing_pyarrow_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(MissingExtraError, match=r"timefact\[batch\]"):
        require_pyarrow("writing Parquet")


def test_arrow_schema_follows_the_model() -> None:
    """A key added to a ``to_dict`` must reach the Parquet and Spark schemas too."""
    timex = Timex(
        tid="t1",
        start=3,
        end=20,
        text="Tuesday, Sept. 28",
        type=TimexType.DATE,
        value="2021-09-28",
        rule="weekday-month-day",
        partial=Partial(month=9, day=28, weekday=2, weekend=True),
        anchor=Anchor(kind=AnchorKind.DCT, value="2021-09-28"),
        certain=False,
    )
    finding = Finding(
        code="TF101",
        name="weekday-date-mismatch",
        severity=Severity.ERROR,
        start=3,
        end=20,
        text="Tuesday, Sept. 28",
        observed="Tuesday",
        expected="Sunday",
        message="m",
        fixes=("Sunday, Sept. 26",),
        related=(Span(0, 2, "On"),),
        timexes=("t1",),
        rule="r",
    )
    dct = DctInfo(
        date=dt.date(2021, 9, 28), source=DctSource.INFERRED, reason="dateline", evidence=((0, 10),)
    )
    assert [f.name for f in timex_type(pa)] == list(timex.to_dict())
    assert [f.name for f in finding_type(pa)] == list(finding.to_dict())
    assert [f.name for f in dct_type(pa)] == list(dct.to_dict())
    record = {
        "id": "a",
        "dct": dct.to_dict(),
        "timexes": [timex.to_dict()],
        "findings": [finding.to_dict()],
        "timeline": {"events": [1]},
    }
    schema = pa.schema(
        [pa.field("id", pa.string()), *annotation_fields(pa, checks=True, timeline=True)]
    )
    row = pa.Table.from_pylist([arrow_ready(record)], schema=schema).to_pylist()[0]
    partial = row["timexes"][0].pop("partial")
    assert {k: v for k, v in partial.items() if v is not None} == timex.partial.as_dict()
    assert row["timexes"][0] == {k: v for k, v in timex.to_dict().items() if k != "partial"}
    assert row["findings"] == [finding.to_dict()]
    assert row["dct"] == dct.to_dict()
    assert json.loads(row["timeline"]) == {"events": [1]}


def test_ctrl_c_during_a_write_waits_for_its_end() -> None:
    steps = []
    with _CtrlC() as ctrl_c, pytest.raises(KeyboardInterrupt):
        with ctrl_c.deferred():
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(0.05)
            steps.append("written")
        steps.append("not reached")
    assert steps == ["written"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_reading_stays_a_bounded_window_ahead_of_writing(tmp_path: Path) -> None:
    """Memory is bounded: the reader never runs more than the in-flight window ahead."""
    source = write_jsonl(tmp_path / "docs.jsonl", corpus(400))
    output = tmp_path / "out.jsonl"
    jobs = 2
    chunk_size = 16
    window = (IN_FLIGHT_PER_JOB * jobs + 1) * chunk_size
    lead = []

    def watched(records: Iterator[RawRecord]) -> Iterator[RawRecord]:
        for read, record in enumerate(records):
            written = len(output.read_bytes().splitlines()) if output.exists() else 0
            lead.append(read - written)
            yield record

    options = BatchOptions(input=source, output=output, jobs=jobs, chunk_size=chunk_size)
    summary = run_records(
        watched(read_records(source, Format.JSONL, ("text", "id", "dct"))), options, Format.JSONL
    )
    assert summary.written == 400
    assert max(lead) <= window < 400


def test_jobs_must_be_a_positive_number(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["batch", "docs.jsonl", "-o", "out.jsonl", "--jobs", "0"])
    assert stopped.value.code == 2
    assert "expected a number of processes >= 1" in capsys.readouterr().err


@pytest.mark.corpus
def test_the_scaling_benchmark_runs_end_to_end(tmp_path: Path) -> None:
    """``bench/batch_scaling.py`` on tiny corpora: no timing is asserted, only that it runs."""
    pytest.importorskip("psutil", reason="the benchmark needs psutil: pip install -e '.[bench]'")
    tbaq = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "tbaq" / "tbaq.jsonl"
    if not tbaq.is_file():
        pytest.skip(f"TBAQ is not at {tbaq} (../shared next to the repository)")
    results = tmp_path / "results.json"
    finished = subprocess.run(
        [
            sys.executable,
            str(REPO / "bench" / "batch_scaling.py"),
            "--size-mb",
            "0.4",
            "--small-mb",
            "0.2",
            "--spark-mb",
            "0",
            "--json",
            str(results),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr
    data = json.loads(results.read_text(encoding="utf-8"))
    assert data["identical"] is True
    assert data["jobs_1"]["docs"] == data["jobs_2"]["docs"] > 0
    assert data["small_jobs_2"]["peak_rss_mb"] > 0
    assert "scaling --jobs 2 / --jobs 1" in finished.stdout

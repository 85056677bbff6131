"""Smoke test of ``bench/speed.py``: timefact measured in its own process on tiny texts.

No timing is asserted (the numbers depend on the machine); the test checks that the
measurement runs end to end and reports what the tool really found.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import pytest

import timefact

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import speed
from _corpus import (
    CorpusDoc,
    CorpusMissingError,
    concatenated_text,
    load_jsonl,
    load_tbaq,
    replicate,
    total_chars,
    write_jsonl,
)

DCT = dt.date(2021, 9, 28)
DOCS = (
    CorpusDoc("tiny-1", DCT, "On Tuesday, Sept. 28, 2021, the council met. The vote was "
                             "two days earlier, on Sunday."),
    CorpusDoc("tiny-2", DCT, "Nothing here says when."),
)


def test_measure_timefact_reports_runs_memory_and_what_it_found() -> None:
    report = speed.measure("timefact", DOCS, corpus_name="tiny", repeats=2, budget_s=60)

    assert report.status is speed.Status.OK, report.reason
    assert (report.tool, report.corpus) == ("timefact", "tiny")
    assert report.version not in ("", "?")
    assert report.startup_s is not None and report.startup_s > 0
    assert len(report.runs) == 2
    expected_found = sum(len(timefact.annotate(d.text, dct=d.dct).timexes) for d in DOCS)
    for run in report.runs:
        assert run.complete and run.docs == run.docs_total == 2
        assert run.chars == total_chars(DOCS)
        assert run.errors == 0
        assert run.found == expected_found
    assert not report.budget_limited
    assert report.chars_per_s is not None and report.chars_per_s > 0
    assert report.docs_per_s is not None and report.docs_per_s > 0
    assert report.peak_rss_mb is not None and report.peak_rss_mb > 0
    assert report.tree_peak_mb is None  # timefact starts no processes


def test_report_survives_json_and_prints_a_row() -> None:
    report = speed.measure("timefact", DOCS, corpus_name="tiny", repeats=1, budget_s=60)
    assert speed.ToolReport.from_dict(json.loads(json.dumps(report.to_dict()))) == report
    lines = speed.format_corpus_table([report], "Corpus: tiny")
    assert lines[0] == "Corpus: tiny"
    assert any(line.startswith("timefact") and report.version in line for line in lines)
    targets = speed.check_targets([report], None)
    assert [t.name for t in targets] == [
        "throughput, one core", "import + first annotation", "peak memory", "linear cost"]
    assert targets[-1].met is None  # no scaling measured


def test_scaling_times_each_size() -> None:
    scaling = speed.measure_scaling(DOCS, [300, 600], repeats=1, budget_s=60)
    assert scaling.status is speed.Status.OK, scaling.reason
    assert [p.chars for p in scaling.points] == [300, 600]
    assert all(len(p.seconds) == 1 for p in scaling.points)
    assert scaling.linear_ratio is not None


def test_startup_is_timed_in_fresh_processes() -> None:
    startup = speed.measure_startup("timefact", samples=1)
    assert startup.status is speed.Status.OK, startup.reason
    assert len(startup.seconds) == len(startup.cpu_seconds) == len(startup.process_seconds) == 1
    assert startup.median_s is not None and startup.median_s > 0
    assert startup.rss_mb[0] > 0
    assert "median" in speed.format_startup(startup)[1]


def test_unknown_tool_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown tool"):
        speed.measure("no-such-tool", DOCS, corpus_name="tiny")


def test_replicated_corpus_reaches_the_size_and_keeps_dates() -> None:
    big = replicate(DOCS, 1_000)
    assert total_chars(big) >= 1_000
    assert total_chars(big[:-1]) < 1_000
    assert {d.dct for d in big} == {DCT}
    assert len({d.doc_id for d in big}) == len(big)
    text = concatenated_text(DOCS, 1_234)
    assert len(text) == 1_234
    assert text.startswith(DOCS[0].text)


def test_joined_units_keep_document_counts_and_sizes() -> None:
    docs = replicate(DOCS, 2_000)
    units = speed._units(docs, 300)
    assert sum(u.docs for u in units) == len(docs)
    assert sum(u.chars for u in units) == total_chars(docs)
    assert all(len(u.text) <= 300 or u.docs == 1 for u in units)
    assert [u.docs for u in speed._units(docs, None)] == [1] * len(docs)


def test_corpus_files_round_trip_and_a_missing_corpus_says_where(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    write_jsonl(DOCS, path)
    assert load_jsonl(path) == DOCS
    with pytest.raises(CorpusMissingError, match="TBAQ not found"):
        load_tbaq(tmp_path / "absent.jsonl")

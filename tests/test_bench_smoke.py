"""Smoke test of ``bench/speed.py``: timefact measured in its own process on tiny texts.

No timing is asserted (the numbers depend on the machine); the test checks that the
measurement runs end to end and reports what the tool really found, and that the parts it
is made of (the tool list, the time budget, the memory sampler) do what they say.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

import timefact

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from _budget import BudgetSpent, hard_limit
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
from _measure import measure, measure_scaling, measure_startup
from _memory import ProcessTreeMemory
from _report import check_targets, format_corpus_table, format_scaling, format_startup
from _results import Status, ToolReport
from _worker import Unit, timed_pass, units
from peers import TOOLS

DCT = dt.date(2021, 9, 28)
DOCS = (
    CorpusDoc(
        "tiny-1",
        DCT,
        "On Tuesday, Sept. 28, 2021, the council met. The vote was two days earlier, on Sunday.",
    ),
    CorpusDoc("tiny-2", DCT, "Nothing here says when."),
)


def test_measure_timefact_reports_runs_memory_and_what_it_found() -> None:
    report = measure("timefact", DOCS, corpus_name="tiny", repeats=2, budget_s=60)

    assert report.status is Status.OK, report.reason
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
    report = measure("timefact", DOCS, corpus_name="tiny", repeats=1, budget_s=60)
    assert ToolReport.from_dict(json.loads(json.dumps(report.to_dict()))) == report
    lines = format_corpus_table([report], "Corpus: tiny")
    assert lines[0] == "Corpus: tiny"
    assert any(line.startswith("timefact") and report.version in line for line in lines)
    targets = check_targets([report], None)
    assert [t.name for t in targets] == [
        "throughput, one core",
        "import + first annotation",
        "peak memory",
        "linear cost",
    ]
    assert targets[-1].met is None  # no scaling measured


def test_scaling_times_each_size() -> None:
    scaling = measure_scaling(DOCS, [300, 600], repeats=1, budget_s=60)
    assert scaling.status is Status.OK, scaling.reason
    assert [p.chars for p in scaling.points] == [300, 600]
    assert all(len(p.seconds) == 1 for p in scaling.points)
    assert scaling.linear_ratio is not None
    lines = format_scaling(scaling)
    assert lines[0].startswith("Linear cost: timefact")
    assert any(line.startswith("chars per CPU-second at the largest size") for line in lines)


def test_startup_is_timed_in_fresh_processes() -> None:
    startup = measure_startup("timefact", samples=1)
    assert startup.status is Status.OK, startup.reason
    assert len(startup.seconds) == len(startup.cpu_seconds) == len(startup.process_seconds) == 1
    assert startup.median_s is not None and startup.median_s > 0
    assert startup.rss_mb[0] > 0
    assert "median" in format_startup(startup)[1]


def test_unknown_tool_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown tool"):
        measure("no-such-tool", DOCS, corpus_name="tiny")
    with pytest.raises(ValueError, match="unknown tool"):
        measure_scaling(DOCS, [300], tool="no-such-tool")


def test_every_tool_is_listed_once_and_only_timefact_runs_without_a_budget() -> None:
    assert list(TOOLS) == [
        "timefact",
        "dateparser",
        "datefinder",
        "parsedatetime",
        "recognizers",
        "heideltime",
        "heideltime-joined",
    ]
    assert all(name == spec.name and spec.call for name, spec in TOOLS.items())
    assert [name for name, spec in TOOLS.items() if not spec.budgeted] == ["timefact"]
    assert {name for name, spec in TOOLS.items() if spec.starts_processes} == {
        "heideltime",
        "heideltime-joined",
    }


def test_a_pass_stops_between_documents_once_the_budget_is_spent() -> None:
    def slow(text: str, dct: dt.date | None) -> int:
        time.sleep(0.02)
        return 1

    todo = [Unit("x", DCT, 1, 1)] * 50
    run = timed_pass(slow, todo, seconds_left=0.1)
    assert not run.complete
    assert 0 < run.docs < 50 and run.found == run.docs
    assert run.docs_total == 50


def test_a_document_far_past_the_budget_is_interrupted() -> None:
    started = time.perf_counter()
    with pytest.raises(BudgetSpent), hard_limit(0.05):
        time.sleep(5)
    assert time.perf_counter() - started < 2


def test_a_peer_that_raises_counts_as_done_with_an_error() -> None:
    def broken(text: str, dct: dt.date | None) -> int:
        raise RuntimeError("no")

    run = timed_pass(broken, units(DOCS, None), seconds_left=None)
    assert run.complete and run.errors == len(DOCS) and run.found == 0


def test_tree_memory_counts_the_processes_started() -> None:
    pytest.importorskip("psutil")
    child = subprocess.Popen(
        [sys.executable, "-c", "import time; block = b'x' * 60_000_000; time.sleep(0.6)"]
    )
    try:
        with ProcessTreeMemory(child.pid, interval_s=0.02) as tree:
            child.wait(timeout=30)
    finally:
        child.kill()
    assert tree.peak_bytes is not None and tree.peak_bytes > 50_000_000


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
    joined = units(docs, 300)
    assert sum(u.docs for u in joined) == len(docs)
    assert sum(u.chars for u in joined) == total_chars(docs)
    assert all(len(u.text) <= 300 or u.docs == 1 for u in joined)
    assert [u.docs for u in units(docs, None)] == [1] * len(docs)


def test_corpus_files_round_trip_and_a_missing_corpus_says_where(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    write_jsonl(DOCS, path)
    assert load_jsonl(path) == DOCS
    with pytest.raises(CorpusMissingError, match="TBAQ not found"):
        load_tbaq(tmp_path / "absent.jsonl")


def test_review_passages_are_well_formed_and_scored() -> None:
    import review

    sets = sorted(review.HERE.glob("set*.json"))
    assert len(sets) >= 3
    counts = review.score(sets[0], show=False)
    expected = counts["firm expected"]
    assert expected > 150
    assert 0 < counts["firm right"] <= expected
    assert counts["firm missed"] + counts["firm right"] <= expected

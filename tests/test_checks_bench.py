"""Smoke test of ``bench/inject.py``: a few injected errors per check, on real TBAQ text."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import inject
from _corpus import CorpusMissingError, load_tbaq


@pytest.mark.corpus
def test_injected_errors_are_caught_and_right_variants_pass(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    try:
        load_tbaq()
    except CorpusMissingError as exc:
        pytest.skip(str(exc))
    out = tmp_path / "inject.json"
    assert inject.main(["--cases", "6", "--seed", "3", "--json", str(out)]) == 0
    table = capsys.readouterr().out
    assert "weekday-date-mismatch" in table and "false %" in table
    result = json.loads(out.read_text())
    assert set(result["checks"]) == set(inject.INJECTIONS)
    for name, counts in result["checks"].items():
        assert counts["errors"] == counts["rights"] == 6, name
        assert counts["caught"] >= 5, name
        assert counts["false"] == 0, name


def test_cases_are_seeded() -> None:
    try:
        docs = load_tbaq()
    except CorpusMissingError as exc:
        pytest.skip(str(exc))
    first = inject.build_cases(docs, 2, seed=5)
    again = inject.build_cases(docs, 2, seed=5)
    assert [(c.doc_id, c.what) for c in first] == [(c.doc_id, c.what) for c in again]
    assert all(c.right.text != c.wrong.text for c in first)

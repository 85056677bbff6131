"""On the TBAQ news corpus, ``check`` reports only the findings reviewed in docs/tbaq-review.md."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timefact import annotate
from timefact._checks import check

TBAQ = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "tbaq" / "tbaq.jsonl"

# Every finding on TBAQ, judged in docs/tbaq-review.md: (article, code, words, true?).
REVIEWED = {
    ("NYT20000330.0406", "TF104", "33"): True,
}


@pytest.mark.corpus
def test_tbaq_findings_are_the_reviewed_ones() -> None:
    if not TBAQ.is_file():
        pytest.skip(f"TBAQ corpus not found at {TBAQ} (expected ../shared next to the repository)")
    records = [
        json.loads(line) for line in TBAQ.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    assert len(records) == 256
    found = {
        (r["id"], f.code, f.text) for r in records for f in check(annotate(r["text"], r["dct"]))
    }
    unreviewed = found - set(REVIEWED)
    assert not unreviewed, f"findings not in docs/tbaq-review.md: {sorted(unreviewed)}"
    false_findings = [key for key in found if not REVIEWED[key]]
    assert len(false_findings) <= len(records) // 100

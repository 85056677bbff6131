"""One test per line of the example corpus: phrase, fixed reference date, expected value."""

from __future__ import annotations

import pytest

import timefact
from tests.corpus_cases import Case, load_cases

CASES = load_cases()


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_corpus_line(case: Case) -> None:
    doc = timefact.annotate(case.phrase, dct=case.dct)
    found = [(t.text, t.type.value, t.value, t.mod, t.freq) for t in doc.timexes]
    if case.span is None and case.absent is not None:
        start = case.phrase.index(case.absent)
        end = start + len(case.absent)
        there = [t.text for t in doc.timexes if t.start < end and start < t.end]
        assert there == [], f"expected no time expression in {case.absent!r}: {there}"
        return
    if case.span is None:
        assert found == [], f"expected no time expression in {case.phrase!r}"
        return
    hits = [f for f in found if f[0] == case.span]
    assert len(hits) == 1, f"{case.span!r} not found as one expression: {found}"
    _, kind, value, mod, freq = hits[0]
    assert (kind, value, mod) == (case.type, case.value, case.mod)
    if case.freq is not None:
        assert freq == case.freq


def test_corpus_has_negative_and_positive_cases() -> None:
    assert sum(c.span is None for c in CASES) >= 10
    assert sum(c.span is not None for c in CASES) >= 80


def test_coverage_doc_is_current() -> None:
    from scripts.coverage_doc import TARGET, render

    assert TARGET.read_text(encoding="utf-8") == render(), "run: python scripts/coverage_doc.py"

"""Fact checks over an annotated document: the time contradictions of a text.

:func:`check` annotates a text (or takes an annotated :class:`~timefact.Document`) and
runs every check declared in :mod:`timefact._checks._registry`, in that order. A finding
never rests on a timex the engine marked uncertain, nor on a publication date inferred
from the text unless something else in the text pins that date down (see
:mod:`timefact._checks._trust`).
"""

from __future__ import annotations

from timefact._checks._context import Context
from timefact._checks._draft import Draft
from timefact._checks._registry import BY_NAME, CHECKS, CheckSpec
from timefact._checks._trust import dct_holds
from timefact._engine import DctArg, annotate
from timefact._model import Document, Finding, Timex

__all__ = ["BY_NAME", "CHECKS", "CheckSpec", "check"]


def check(source: str | Document, dct: DctArg = "auto") -> tuple[Finding, ...]:
    """Return the time contradictions found in ``source`` (text or annotated document).

    ``dct`` is used only when ``source`` is text (see :func:`timefact.annotate`).
    Findings come in text order; two checks never report the same span twice.
    """
    doc = source if isinstance(source, Document) else annotate(source, dct)
    context = Context.of(doc)
    findings: list[Finding] = []
    claimed: set[tuple[int, int]] = set()
    by_tid = {t.tid: t for t in context.timexes}
    for spec in CHECKS:
        for draft in spec.run(context):
            if (draft.start, draft.end) in claimed:
                continue
            if draft.rests_on_dct and not dct_holds(context, _spans(context, draft, by_tid)):
                continue
            claimed.add((draft.start, draft.end))
            findings.append(draft.stamp(spec.code, spec.name))
    findings.sort(key=lambda f: (f.start, f.end, f.code))
    return tuple(findings)


def _spans(context: Context, draft: Draft, by_tid: dict[str, Timex]) -> tuple[tuple[int, int], ...]:
    """Every span a finding is made of: its own, its related spans, its timexes."""
    evidence = set(context.doc.dct.evidence)  # shown as related, but not the finding's own
    own = [span for span in draft.spans() if span not in evidence]
    timexes = (by_tid[tid] for tid in dict.fromkeys(draft.timexes) if tid in by_tid)
    return (*own, *((t.start, t.end) for t in timexes))

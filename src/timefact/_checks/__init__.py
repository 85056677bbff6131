"""Fact checks over an annotated document: the time contradictions of a text.

:func:`check` annotates a text (or takes an annotated :class:`~timefact.Document`) and
runs every check declared in :mod:`timefact._checks._registry`, in that order. A finding
never rests on a timex the engine marked uncertain.
"""

from __future__ import annotations

from timefact._checks._context import Context
from timefact._checks._registry import BY_NAME, CHECKS, CheckSpec
from timefact._engine import DctArg, annotate
from timefact._model import Document, Finding

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
    for spec in CHECKS:
        for draft in spec.run(context):
            if (draft.start, draft.end) in claimed:
                continue
            claimed.add((draft.start, draft.end))
            findings.append(draft.stamp(spec.code, spec.name))
    findings.sort(key=lambda f: (f.start, f.end, f.code))
    return tuple(findings)

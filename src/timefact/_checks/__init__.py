"""Fact checks over an annotated document (under construction)."""

from __future__ import annotations

from timefact._engine import DctArg, annotate
from timefact._model import Document, Finding


def check(source: str | Document, dct: DctArg = "auto") -> tuple[Finding, ...]:
    """Return the time contradictions found in ``source`` (text or annotated document)."""
    doc = source if isinstance(source, Document) else annotate(source, dct)
    del doc
    return ()

"""Building annotated documents by hand for the check tests, independent of the engine."""

from __future__ import annotations

import datetime as _dt
from typing import Any

from timefact import (
    Anchor,
    AnchorKind,
    DctInfo,
    DctSource,
    Document,
    Finding,
    Partial,
    Timex,
    TimexType,
)
from timefact._checks import check


def timex(
    text: str,
    value: str,
    *,
    kind: TimexType = TimexType.DATE,
    certain: bool = True,
    anchor: AnchorKind = AnchorKind.NONE,
    rule: str = "hand",
    **partial: Any,
) -> dict[str, Any]:
    """A timex description: the words (found in the text in order), value and partial."""
    return {
        "text": text,
        "value": value,
        "kind": kind,
        "certain": certain,
        "anchor": anchor,
        "rule": rule,
        "partial": Partial(**partial),
    }


def document(
    text: str, *timexes: dict[str, Any], dct: str | None = "2021-09-28", inferred: bool = False
) -> Document:
    """A document with the described timexes placed at their words, left to right."""
    placed = []
    cursor = 0
    for number, spec in enumerate(timexes, start=1):
        start = text.index(spec["text"], cursor)
        end = start + len(spec["text"])
        cursor = start + 1
        placed.append(
            Timex(
                tid=f"t{number}",
                start=start,
                end=end,
                text=spec["text"],
                type=spec["kind"],
                value=spec["value"],
                rule=spec["rule"],
                partial=spec["partial"],
                anchor=Anchor(
                    spec["anchor"], _anchor_value(spec, placed, dct), spec.get("anchor_tid")
                ),
                certain=spec["certain"],
            )
        )
    placed.sort(key=lambda t: t.start)
    if dct is None:
        info = DctInfo(None, DctSource.UNKNOWN, "no date given")
    elif inferred:
        info = DctInfo(
            _dt.date.fromisoformat(dct),
            DctSource.INFERRED,
            "the dateline reads Sept. 28",
            ((0, 5),),
        )
    else:
        info = DctInfo(_dt.date.fromisoformat(dct), DctSource.GIVEN, "given by the caller")
    return Document(text=text, dct=info, timexes=tuple(placed))


def _anchor_value(spec: dict[str, Any], placed: list[Timex], dct: str | None) -> str | None:
    if spec["anchor"] is AnchorKind.NARRATIVE:
        return next((t.value for t in placed if t.tid == spec.get("anchor_tid")), None)
    return dct if spec["anchor"] is not AnchorKind.NONE else None


def findings(doc: Document, name: str | None = None) -> list[Finding]:
    return [f for f in check(doc) if name is None or f.name == name]

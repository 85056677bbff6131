"""Writes docs/coverage.md from the example corpus in tests/corpus/ (one line, one row).

Run from the repository root: python scripts/coverage_doc.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.corpus_cases import load_cases  # noqa: E402

TARGET = ROOT / "docs" / "coverage.md"


def render() -> str:
    lines = [
        "# What timefact reads",
        "",
        "Generated from `tests/corpus/*.txt` by `python scripts/coverage_doc.py`; every row",
        "is also a test. **Words** are what must be found (in bold in the phrase), **value**",
        "the TIMEX3 value against the reference date; `none` means nothing may be found.",
        "",
    ]
    current_dct: object = object()
    for case in load_cases():
        if case.dct != current_dct:
            current_dct = case.dct
            lines += [
                "",
                f"## Reference date: {case.dct or 'none given'}",
                "",
                "| phrase | type | value | mod |",
                "| --- | --- | --- | --- |",
            ]
        phrase = case.phrase.replace("|", "\\|").replace("\n", "<br>")
        if case.span is None:
            lines.append(f"| {phrase} | none | | |")
            continue
        shown = phrase.replace(case.span, f"**{case.span}**", 1)
        extra = " ".join(x for x in (case.mod or "", f"freq={case.freq}" if case.freq else "") if x)
        lines.append(f"| {shown} | {case.type} | `{case.value}` | {extra} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    TARGET.write_text(render(), encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")

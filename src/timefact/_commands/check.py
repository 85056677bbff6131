"""``timefact check FILE``: the time contradictions of an article, linter style.

Text output, one finding a line::

    story.txt:12:4: error TF101 weekday-date-mismatch: "Tuesday, Sept. 26" Sept. 26, 2021
    was a Sunday, not a Tuesday (fix: "Sunday, Sept. 26" or "Tuesday, Sept. 28")

JSON output is one object (schema ``timefact.check/1``, documented in docs/checks.md).
The exit status is 1 when a finding reaches ``--fail-on`` (default: error), 0 otherwise,
and 2 for unreadable input or a bad ``--dct``.
"""

from __future__ import annotations

import argparse
import bisect
import json
from collections.abc import Sequence
from typing import Any

from timefact._checks import check
from timefact._commands._article import add_article_arguments, annotate_article
from timefact._model import DctSource, Document, Finding, Severity

HELP = "find the time contradictions of an article (wrong weekdays, impossible dates, ...)"
SCHEMA = "timefact.check/1"
_FAIL_LEVELS = {
    "error": (Severity.ERROR,),
    "warning": (Severity.ERROR, Severity.WARNING),
    "never": (),
}


def configure(parser: argparse.ArgumentParser) -> None:
    add_article_arguments(parser)
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default: text)"
    )
    parser.add_argument(
        "--fail-on",
        choices=tuple(_FAIL_LEVELS),
        default="error",
        help="exit with status 1 when a finding of this severity or worse "
        "is found (default: error; never: always 0)",
    )


def run(args: argparse.Namespace) -> int:
    doc = annotate_article(args)
    findings = check(doc)
    name = "<stdin>" if args.file == "-" else args.file
    if args.format == "json":
        print(json.dumps(to_json(name, doc, findings), indent=2, ensure_ascii=False))
    else:
        print(format_text(name, doc, findings))
    failing = _FAIL_LEVELS[args.fail_on]
    return 1 if any(f.severity in failing for f in findings) else 0


class LineIndex:
    """Turns character offsets into 1-based line and column numbers."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [i + 1 for i, char in enumerate(text) if char == "\n"]

    def locate(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1


def dct_line(doc: Document) -> str | None:
    """What the text output says about an inferred or missing publication date."""
    info = doc.dct
    if info.source is DctSource.INFERRED and info.date is not None:
        why = f": {info.reason}" if info.reason else ""
        return f"publication date {info.date.isoformat()} inferred from the text{why}"
    if info.source is DctSource.UNKNOWN:
        return (
            "no publication date given or found; checks that need one (relative dates, "
            "unwritten years, ages, tense) were skipped; pass --dct YYYY-MM-DD"
        )
    return None


def format_text(name: str, doc: Document, findings: Sequence[Finding]) -> str:
    lines: list[str] = []
    note = dct_line(doc)
    if note is not None:
        lines.append(f"{name}: note: {note}")
    index = LineIndex(doc.text)
    for finding in findings:
        line, column = index.locate(finding.start)
        quoted = " ".join(finding.text.split())
        text = (
            f"{name}:{line}:{column}: {finding.severity.value} {finding.code} "
            f'{finding.name}: "{quoted}" {finding.message}'
        )
        if finding.fixes:
            text += " (fix: " + " or ".join(f'"{fix}"' for fix in finding.fixes) + ")"
        lines.append(text)
    lines.append(_summary(findings))
    return "\n".join(lines)


def _summary(findings: Sequence[Finding]) -> str:
    if not findings:
        return "no findings"
    errors = sum(f.severity is Severity.ERROR for f in findings)
    warnings = len(findings) - errors
    noun = "finding" if len(findings) == 1 else "findings"
    return (
        f"{len(findings)} {noun} ({errors} error{'s' * (errors != 1)}, "
        f"{warnings} warning{'s' * (warnings != 1)})"
    )


def to_json(name: str, doc: Document, findings: Sequence[Finding]) -> dict[str, Any]:
    """The stable JSON form (see docs/checks.md)."""
    index = LineIndex(doc.text)
    items = []
    for finding in findings:
        line, column = index.locate(finding.start)
        items.append({**finding.to_dict(), "line": line, "column": column})
    return {
        "schema": SCHEMA,
        "file": name,
        "dct": doc.dct.to_dict(),
        "findings": items,
        "summary": {
            "errors": sum(f.severity is Severity.ERROR for f in findings),
            "warnings": sum(f.severity is Severity.WARNING for f in findings),
        },
    }

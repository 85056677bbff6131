"""``timefact tag FILE``: the time expressions of a text, as text, JSON or TimeML."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from timefact._commands._article import add_article_arguments, annotate_article
from timefact._commands.check import LineIndex
from timefact._model import DctSource, Document
from timefact._timeml import write_timeml

HELP = "find and resolve the time expressions of a text (TimeML TIMEX3)"
SCHEMA = "timefact.tag/1"


def configure(parser: argparse.ArgumentParser) -> None:
    add_article_arguments(parser)
    parser.add_argument(
        "--format",
        choices=("text", "json", "timeml"),
        default="text",
        help="output format: readable text (default), JSON, or TempEval-3 TimeML",
    )


def run(args: argparse.Namespace) -> int:
    doc = annotate_article(args)
    name = "<stdin>" if args.file == "-" else args.file
    if args.format == "json":
        print(json.dumps(to_json(name, doc), indent=2, ensure_ascii=False))
    elif args.format == "timeml":
        print(write_timeml(doc, Path(name).stem if args.file != "-" else "stdin"), end="")
    else:
        print(format_text(name, doc))
    return 0


def describe_dct(doc: Document) -> str:
    """One line saying which publication date was used and where it came from."""
    info = doc.dct
    if info.source is DctSource.GIVEN and info.date:
        return f"publication date: {info.date.isoformat()} (given)"
    if info.source is DctSource.INFERRED and info.date:
        return f"publication date: {info.date.isoformat()} (inferred: {info.reason})"
    return f"publication date: unknown ({info.reason}); relative dates stay underspecified"


def format_text(name: str, doc: Document) -> str:
    lines = [f"{name}: {describe_dct(doc)}"]
    index = LineIndex(doc.text)
    for timex in doc.timexes:
        line, col = index.locate(timex.start)
        extra = f" mod={timex.mod}" if timex.mod else ""
        extra += f" freq={timex.freq}" if timex.freq else ""
        anchor = timex.anchor.kind.value
        if timex.anchor.value:
            anchor += f" {timex.anchor.value}"
        flag = "" if timex.certain else " (uncertain)"
        lines.append(
            f"{name}:{line}:{col}: {timex.type.value:<8} {timex.value:<16} "
            f"{timex.text!r}{extra}  [rule {timex.rule}; anchor {anchor}]{flag}"
        )
    if not doc.timexes:
        lines.append("no time expressions found")
    return "\n".join(lines)


def to_json(name: str, doc: Document) -> dict[str, Any]:
    return {"schema": SCHEMA, "source": name, **doc.to_dict()}

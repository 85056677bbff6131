"""``timefact timeline FILE``: the story's events in calendar order."""

from __future__ import annotations

import argparse
import json

from timefact._commands._article import add_article_arguments, annotate_article
from timefact._model import DctInfo, DctSource
from timefact._timeline import Event, EventKind, Timeline, build_timeline

HELP = "lay the story out in time: its events in calendar order, as text or JSON"


def configure(parser: argparse.ArgumentParser) -> None:
    add_article_arguments(parser)
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default: text)"
    )


def run(args: argparse.Namespace) -> int:
    doc = annotate_article(args)
    timeline = build_timeline(doc)
    if args.format == "json":
        print(json.dumps(timeline.to_dict(), indent=2, ensure_ascii=False))
    else:
        print(format_timeline(timeline, doc.dct))
    return 0


def format_timeline(timeline: Timeline, dct_info: DctInfo | None = None) -> str:
    """The timeline as aligned text, one event a line, findings and details indented."""
    dct = timeline.dct.isoformat() if timeline.dct else "unknown"
    if dct_info is not None and dct_info.date is not None:
        how = dct_info.source.value
        if dct_info.source is DctSource.INFERRED and dct_info.reason:
            how += f": {dct_info.reason}"
        dct += f" ({how})"
    lines = [f"publication date: {dct}"]
    if not timeline.events:
        lines.append("no events could be placed on the calendar")
    width = max((len(e.when.describe()) for e in timeline.events), default=0)
    for event in timeline.events:
        lines.append(f"{event.eid:>4}  {event.when.describe():<{width}}  {_headline(event)}")
        for mention in event.mentions:
            lines.append(
                f"{'':>4}  {'':<{width}}    {mention.role.value}: "
                f"{mention.text!r} = {mention.value}"
            )
        for finding in event.findings:
            lines.append(
                f"{'':>4}  {'':<{width}}    ! {finding.code} {finding.name}: {finding.message}"
            )
    for timex in timeline.unplaced:
        lines.append(f"not placed: {timex.text!r} = {timex.value} ({timex.type.value})")
    for finding in timeline.findings:
        lines.append(f"! {finding.code} {finding.name}: {finding.message}")
    return "\n".join(lines)


def _headline(event: Event) -> str:
    if event.kind is EventKind.DERIVED:
        return f"{event.label} (derived: {event.reason}; from {event.derived_from})"
    return event.label

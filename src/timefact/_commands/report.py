"""``timefact report FILE -o report.html``: the self-contained HTML report of an article."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from timefact._checks import check
from timefact._commands._article import add_article_arguments, annotate_article
from timefact._errors import InputError
from timefact._report import render_report
from timefact._timeline import build_timeline

HELP = "write an HTML report: the article with its dates lit up, findings and a timeline"


def configure(parser: argparse.ArgumentParser) -> None:
    add_article_arguments(parser)
    parser.add_argument(
        "-o",
        "--output",
        default="-",
        metavar="PATH",
        help="where to write the HTML file (default: - for standard output)",
    )
    parser.add_argument(
        "--title", default=None, help="the report's title (default: the file's name)"
    )


def run(args: argparse.Namespace) -> int:
    doc = annotate_article(args)
    findings = check(doc)
    timeline = build_timeline(doc, findings=findings)
    title = args.title or f"Time report: {Path(args.file).name if args.file != '-' else 'stdin'}"
    html = render_report(doc, findings=findings, timeline=timeline, title=title)
    if args.output == "-":
        sys.stdout.write(html)
        return 0
    target = Path(args.output)
    try:
        target.write_text(html, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{target}: cannot write the report ({exc.strerror})") from exc
    print(
        f"wrote {target}: {len(doc.timexes)} time expressions, {len(findings)} findings, "
        f"{len(timeline.events)} timeline events",
        file=sys.stderr,
    )
    return 0

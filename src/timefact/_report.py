"""The HTML report: the article with its time expressions lit up, findings in the margin,
and the story's timeline as an SVG chart, in one self-contained file.

Everything the article says is escaped before it reaches the page; the report loads
nothing from the network (inline CSS and SVG, no scripts), prints cleanly, and can be
read with the keyboard alone: every expression is focusable and shows its value, anchor
and rule on focus as on hover, and its type is written next to it, not only coloured.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from timefact import __version__
from timefact._checks import check
from timefact._model import AnchorKind, DctSource, Document, Finding, Severity, Timex, TimexType
from timefact._report_css import REPORT_CSS
from timefact._report_svg import render_timeline_svg
from timefact._timeline import Event, EventKind, Timeline, build_timeline

__all__ = ["page", "render_report", "report_body"]

_TYPE_NAMES = {
    TimexType.DATE: ("date", "date"),
    TimexType.TIME: ("time", "time"),
    TimexType.DURATION: ("duration", "dur"),
    TimexType.SET: ("set", "set"),
}
_UNDERLINES = {
    TimexType.DATE: "solid underline",
    TimexType.TIME: "double underline",
    TimexType.DURATION: "dashed underline",
    TimexType.SET: "dotted underline",
}


def render_report(
    doc: Document,
    *,
    findings: Sequence[Finding] | None = None,
    timeline: Timeline | None = None,
    title: str = "timefact report",
) -> str:
    """The whole report as one HTML document (a ``str``), ready to write to a file.

    ``findings`` default to :func:`timefact._checks.check` of ``doc`` and ``timeline`` to
    :func:`timefact._timeline.build_timeline`; pass them when already computed.
    """
    found = tuple(check(doc) if findings is None else findings)
    if timeline is None:
        timeline = build_timeline(doc, findings=found)
    return page(title, report_body(doc, found, timeline, title=title))


def page(title: str, body: str, *, extra_css: str = "") -> str:
    """Wrap ``body`` (trusted HTML) in a standalone page with the report stylesheet."""
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="timefact">\n'
        f"<title>{escape(title)}</title>\n<style>{REPORT_CSS}{extra_css}</style>\n"
        f"</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def report_body(
    doc: Document,
    findings: Sequence[Finding],
    timeline: Timeline,
    *,
    title: str = "timefact report",
    before: str = "",
) -> str:
    """The report's content (a ``<main>`` element); ``before`` is trusted HTML put first."""
    paragraphs = _paragraphs(doc.text)
    # Only findings that start in a paragraph get a note beside it to link to.
    numbers = {
        id(f): n
        for n, f in enumerate(findings, start=1)
        if any(a <= f.start < b for a, b in paragraphs)
    }
    return "".join(
        (
            '<a class="skip" href="#article">Skip to the article</a>',
            '<main class="report">',
            before,
            _header(doc, findings, title),
            _article(doc, findings, numbers),
            _findings_table(findings, numbers),
            _timeline_section(timeline, numbers, _event_links(doc, timeline, paragraphs)),
            _timex_table(doc),
            f"<footer>Made with timefact {escape(__version__)}. Hover over or tab to an "
            "expression to see how it was read.</footer>",
            "</main>",
        )
    )


# Header ---------------------------------------------------------------------------------


def _header(doc: Document, findings: Sequence[Finding], title: str) -> str:
    counts = {kind: sum(1 for t in doc.timexes if t.type is kind) for kind in TimexType}
    legend = "".join(
        f'<li><span class="txw"><span class="tx tx-{name}">{label}</span>'
        f'<span class="tag tag-{name}" aria-hidden="true">{short}</span></span> '
        f"{counts[kind]} ({_UNDERLINES[kind]})</li>"
        for kind, (name, short) in _TYPE_NAMES.items()
        for label in (name.capitalize() + "s" if name != "duration" else "Durations",)
    )
    legend += (
        '<li><mark class="flag">Finding</mark> wavy red underline, explained in the margin</li>'
    )
    errors = sum(1 for f in findings if f.severity is Severity.ERROR)
    summary = f"{len(findings)} finding{'s' if len(findings) != 1 else ''}" + (
        f" ({errors} error{'s' if errors != 1 else ''})" if findings else ""
    )
    return (
        f"<header><h1>{escape(title)}</h1>"
        f'<p class="meta">{_dct_text(doc)}</p>'
        f'<p class="meta"><strong>{len(doc.timexes)}</strong> time expression'
        f"{'s' if len(doc.timexes) != 1 else ''} · <strong>{escape(summary)}</strong></p>"
        f'<ul class="legend" aria-label="Legend">{legend}</ul></header>'
    )


def _dct_text(doc: Document) -> str:
    info = doc.dct
    if info.date is None:
        return (
            "Publication date: <strong>unknown</strong> (relative expressions such as "
            "&ldquo;yesterday&rdquo; stay unresolved)"
        )
    how = {
        DctSource.GIVEN: "given",
        DctSource.INFERRED: "inferred from the text",
        DctSource.UNKNOWN: "unknown",
    }[info.source]
    reason = f": {escape(info.reason)}" if info.reason and info.source is DctSource.INFERRED else ""
    weekday = info.date.strftime("%A")
    return f"Publication date: <strong>{weekday}, {info.date.isoformat()}</strong> ({how}{reason})"


# Article --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Range:
    """A stretch of text to wrap: a timex (inner) or a finding (outer)."""

    start: int
    end: int
    timex: Timex | None = None
    finding: Finding | None = None
    index: int = 0  # timex position, or finding number


def _article(doc: Document, findings: Sequence[Finding], numbers: dict[int, int]) -> str:
    rows = []
    flagged_tids = {tid for f in findings for tid in f.timexes}
    timex_index = {id(t): n for n, t in enumerate(doc.timexes, start=1)}
    paragraphs = _paragraphs(doc.text)
    paragraph_starts = [start for start, _ in paragraphs]
    timexes_in: dict[int, list[Timex]] = {}
    notes_in: dict[int, list[Finding]] = {}
    for timex in doc.timexes:
        timexes_in.setdefault(bisect.bisect_right(paragraph_starts, timex.start), []).append(timex)
    for finding in findings:
        notes_in.setdefault(bisect.bisect_right(paragraph_starts, finding.start), []).append(
            finding
        )
    for number, (start, end) in enumerate(paragraphs, start=1):
        timexes = [t for t in timexes_in.get(number, ()) if t.start < end]
        notes = [f for f in notes_in.get(number, ()) if f.start < end]
        ranges = [
            _Range(t.start, min(t.end, end), timex=t, index=timex_index[id(t)]) for t in timexes
        ]
        ranges += [_Range(f.start, min(f.end, end), finding=f, index=numbers[id(f)]) for f in notes]
        body, inline = _render_ranges(doc.text, start, end, ranges, flagged_tids)
        aside = "".join(
            _note(
                f,
                numbers[id(f)],
                f"flag-{numbers[id(f)]}" if numbers[id(f)] in inline else f"p{number}",
            )
            for f in notes
        )
        rows.append(
            f'<div class="row{" flagged" if notes else ""}" id="p{number}">'
            f'<span class="pn" aria-hidden="true">{number}</span>'
            f'<p class="para">{body}</p>'
            + (
                f'<aside class="notes" aria-label="Findings in paragraph {number}">{aside}</aside>'
                if notes
                else "<div></div>"
            )
            + "</div>"
        )
    content = "".join(rows) or '<p class="none">The article is empty.</p>'
    return (
        f'<section aria-labelledby="h-article"><h2 id="h-article">Article</h2>'
        f'<div class="rows" id="article">{content}</div></section>'
    )


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        if match.group().strip():
            spans.append((match.start(), match.end()))
    return spans


def _render_ranges(
    text: str, start: int, end: int, ranges: list[_Range], flagged_tids: set[str]
) -> tuple[str, set[int]]:
    """Escape ``text[start:end]`` and wrap the ranges that nest.

    Expressions come first; a finding whose words cross an expression's edge is left
    out of the text (its note in the margin still shows it). Returns the HTML and the
    numbers of the findings marked in it.
    """
    accepted: list[_Range] = []
    for candidate in sorted(
        (r for r in ranges if r.end > r.start),
        key=lambda r: (r.finding is not None, r.start, -r.end),
    ):
        if all(_nests(candidate, other) for other in accepted):
            accepted.append(candidate)
    accepted.sort(key=lambda r: (r.start, -r.end, r.timex is not None))
    opens: dict[int, list[_Range]] = {}
    closes: dict[int, list[_Range]] = {}
    for item in accepted:
        opens.setdefault(item.start, []).append(item)
        closes.setdefault(item.end, []).insert(0, item)
    cuts = sorted({start, end, *opens, *closes})
    out: list[str] = []
    for here, there in itertools.pairwise(cuts):
        out.extend(_close(r) for r in closes.get(here, ()) if here != start)
        out.extend(_open(r, flagged_tids) for r in opens.get(here, ()))
        out.append(escape(text[here:there]))
    out.extend(_close(r) for r in closes.get(end, ()))
    return "".join(out), {r.index for r in accepted if r.finding is not None}


def _nests(one: _Range, other: _Range) -> bool:
    """True when the two ranges are apart or one holds the other."""
    apart = one.end <= other.start or other.end <= one.start
    return (
        apart
        or (one.start <= other.start and other.end <= one.end)
        or (other.start <= one.start and one.end <= other.end)
    )


def _open(item: _Range, flagged_tids: set[str]) -> str:
    if item.finding is not None:
        return f'<mark class="flag" id="flag-{item.index}">'
    timex = item.timex
    assert timex is not None
    name, _ = _TYPE_NAMES[timex.type]
    classes = f"tx tx-{name}"
    if not timex.certain:
        classes += " uncertain"
    if timex.tid in flagged_tids:
        classes += " flagged"
    return (
        f'<span class="txw"><span class="{classes}" tabindex="0" id="tx-{item.index}" '
        f'data-tid="{escape(timex.tid)}" data-value="{escape(timex.value)}" '
        f'aria-describedby="tip-{item.index}">'
    )


def _close(item: _Range) -> str:
    if item.finding is not None:
        return (
            f'</mark><a class="fref" href="#finding-{item.index}" '
            f'aria-label="finding {item.index}">⚠{item.index}</a>'
        )
    timex = item.timex
    assert timex is not None
    name, short = _TYPE_NAMES[timex.type]
    return (
        f'</span><span class="tag tag-{name}" aria-hidden="true">{short}</span>'
        f'<span class="tip" role="tooltip" id="tip-{item.index}">{_tip(timex)}</span>'
        "</span>"
    )


def _tip(timex: Timex) -> str:
    lines = [f"<b>{escape(timex.type.value)}</b> {escape(timex.value)}"]
    extras = [
        f"{key} {value}"
        for key, value in (("mod", timex.mod), ("quant", timex.quant), ("freq", timex.freq))
        if value
    ]
    if extras:
        lines.append(escape(", ".join(extras)))
    lines.append(f"<b>anchor</b> {escape(_anchor_text(timex))}")
    lines.append(f"<b>rule</b> {escape(timex.rule or 'unknown')}")
    if not timex.certain:
        lines.append("<b>uncertain</b> the value rests on a guess (tense or year choice)")
    return "<br>".join(lines)


def _anchor_text(timex: Timex) -> str:
    anchor = timex.anchor
    if anchor.kind is AnchorKind.DCT:
        return f"publication date {anchor.value or ''}".strip()
    if anchor.kind is AnchorKind.NARRATIVE:
        return f"earlier expression {anchor.tid or ''} {anchor.value or ''}".strip()
    return "none (the words fix the value)"


def _note(finding: Finding, number: int, back: str) -> str:
    fixes = " or ".join(f"<ins>{escape(fix)}</ins>" for fix in finding.fixes)
    related = ", ".join(f"&ldquo;{escape(span.text)}&rdquo;" for span in finding.related)
    return (
        f'<div class="note sev-{escape(finding.severity.value)}" id="finding-{number}">'
        f'<p class="note-head"><span class="sev">{escape(finding.severity.value)}</span>'
        f"<code>{escape(finding.code)}</code> {escape(finding.name)} "
        f'<a href="#{back}" aria-label="back to the text of finding {number}">'
        f"#{number}</a></p>"
        f"<p>{escape(finding.message)}</p>"
        + (
            f"<p>Text says <q>{escape(finding.observed)}</q>; expected "
            f"<q>{escape(finding.expected)}</q>.</p>"
            if finding.observed or finding.expected
            else ""
        )
        + (f"<p>Fix: {fixes}</p>" if fixes else "")
        + (f"<p>Compare: {related}</p>" if related else "")
        + "</div>"
    )


# Tables ---------------------------------------------------------------------------------


def _findings_table(findings: Sequence[Finding], numbers: dict[int, int]) -> str:
    head = '<section aria-labelledby="h-findings"><h2 id="h-findings">Findings</h2>'
    if not findings:
        return head + '<p class="none">No time contradictions found.</p></section>'
    rows = "".join(
        f"<tr><td>{_finding_link(numbers.get(id(f)), str(n))}</td>"
        f"<td>{escape(f.severity.value)}</td><td><code>{escape(f.code)}</code> "
        f"{escape(f.name)}</td><td>&ldquo;{escape(f.text)}&rdquo;</td>"
        f"<td>{escape(f.message)}</td><td>{escape('; '.join(f.fixes))}</td></tr>"
        for n, f in enumerate(findings, start=1)
    )
    return (
        head + "<table><thead><tr><th>#</th><th>Severity</th><th>Check</th><th>Text</th>"
        f"<th>What is wrong</th><th>Fix</th></tr></thead><tbody>{rows}</tbody></table>"
        "</section>"
    )


def _event_links(
    doc: Document, timeline: Timeline, paragraphs: list[tuple[int, int]]
) -> dict[str, str]:
    """For each event, the in-page target of the expression that places it."""
    shown = {
        t.tid: f"#tx-{n}"
        for n, t in enumerate(doc.timexes, start=1)
        if any(a <= t.start < b for a, b in paragraphs)
    }
    links = {}
    for event in timeline.events:
        mention = event.anchor or (event.mentions[0] if event.mentions else None)
        if mention is not None and mention.tid in shown:
            links[event.eid] = shown[mention.tid]
    return links


def _timeline_section(timeline: Timeline, numbers: dict[int, int], links: dict[str, str]) -> str:
    rows = "".join(_event_row(e, numbers, links.get(e.eid)) for e in timeline.events)
    unplaced = ""
    if timeline.unplaced:
        items = ", ".join(
            f"&ldquo;{escape(t.text)}&rdquo; ({escape(t.value)})" for t in timeline.unplaced
        )
        unplaced = f'<p class="meta">Not placed on the calendar: {items}.</p>'
    table = (
        '<table><caption class="meta">Events in calendar order</caption><thead><tr>'
        "<th>#</th><th>When</th><th>What</th><th>Expressions</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
        if rows
        else '<p class="none">No event could be placed on the calendar.</p>'
    )
    return (
        '<section aria-labelledby="h-timeline"><h2 id="h-timeline">Timeline</h2>'
        f"<figure>{render_timeline_svg(timeline, links=links)}<figcaption>Each row is an "
        "event of the story (its label links to the words in the article). "
        "Dots are single days, bars are spans (a month, a year), faded bars are open "
        "spans such as &ldquo;recently&rdquo;; hollow or dashed marks are derived from a "
        "duration or approximate. The dashed line is the publication date.</figcaption>"
        f"</figure>{table}{unplaced}</section>"
    )


def _event_row(event: Event, numbers: dict[int, int], href: str | None) -> str:
    mentions = ", ".join(
        f"&ldquo;{escape(m.text)}&rdquo; <small>({escape(m.role.value)} {escape(m.value)})</small>"
        for m in event.mentions
    )
    what = escape(event.text)
    if event.kind is EventKind.DERIVED:
        what = (
            f"{escape(event.label)} <small>(derived from {escape(event.derived_from or '')}"
            f": {escape(event.reason)})</small>"
        )
    for finding in event.findings:
        number = numbers.get(id(finding))
        link = _finding_link(number, f"⚠{number}" if number else "⚠")
        what += f'<br><span class="flagtext">{link} {escape(finding.message)}</span>'
    classes = " ".join(
        c
        for c in (
            "derived" if event.kind is EventKind.DERIVED else "",
            "flagged-row" if event.findings else "",
        )
        if c
    )
    eid = escape(event.eid)
    first_cell = f'<a href="{escape(href)}">{eid}</a>' if href else eid
    return (
        f'<tr class="{classes}"><td>{first_cell}</td>'
        f'<td class="when">{escape(event.when.describe())}</td><td>{what}</td>'
        f"<td>{mentions}</td></tr>"
    )


def _finding_link(number: int | None, text: str) -> str:
    """A link to a finding's note, or plain text when it has none."""
    return f'<a href="#finding-{number}">{text}</a>' if number else text


def _timex_table(doc: Document) -> str:
    if not doc.timexes:
        return (
            '<section aria-labelledby="h-timexes"><h2 id="h-timexes">Time expressions</h2>'
            '<p class="none">No time expressions found.</p></section>'
        )
    rows = "".join(
        f"<tr><td>{escape(t.tid)}</td><td>&ldquo;{escape(t.text)}&rdquo;</td>"
        f"<td>{escape(t.type.value)}</td><td><code>{escape(t.value)}</code>"
        f"{' ' + escape(t.mod) if t.mod else ''}</td><td>{escape(_anchor_text(t))}</td>"
        f"<td><code>{escape(t.rule)}</code></td></tr>"
        for t in doc.timexes
    )
    return (
        '<section aria-labelledby="h-timexes"><h2 id="h-timexes">Time expressions</h2>'
        f"<details><summary>All {len(doc.timexes)} expressions with their values and rules"
        "</summary><table><thead><tr><th>id</th><th>Text</th><th>Type</th><th>Value</th>"
        f"<th>Anchor</th><th>Rule</th></tr></thead><tbody>{rows}</tbody></table></details>"
        "</section>"
    )

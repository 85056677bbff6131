"""The timeline drawn as an SVG chart: one row per event, time running left to right.

Days are points, coarser values (a month, a year) are bars over the days they cover,
spans open to one side ("before the publication date") fade out towards the edge, and
derived or approximate placements are drawn dashed. The time axis is compressed: the gap
between two neighbouring dates is drawn on a logarithmic scale, so a story that spans a
year and then four days in a row stays readable; the axis says so.
"""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Mapping
from html import escape

from timefact._model import TimexType
from timefact._timeline import Event, EventKind, Timeline

WIDTH = 980
_LABEL_WIDTH = 460
_DATE_WIDTH = 150
_PLOT_LEFT = _LABEL_WIDTH + 24
_PLOT_RIGHT = WIDTH - 28
_ROW = 26
_TOP = 58
_LABEL_CHARS = 47

TYPE_COLOURS = {
    TimexType.DATE: "#1f5fbf",
    TimexType.TIME: "#7a3db8",
    TimexType.DURATION: "#2f7d32",
    TimexType.SET: "#a85a00",
}
_DERIVED_COLOUR = "#5f6b7a"
_FINDING_COLOUR = "#c62828"


class _Scale:
    """Maps days to x positions, compressing long gaps logarithmically."""

    def __init__(self, days: list[_dt.date]) -> None:
        self.days = sorted(set(days))
        steps = [
            1.0 + math.log2(1 + (b - a).days)
            for a, b in zip(self.days, self.days[1:], strict=False)
        ]
        total = sum(steps) or 1.0
        width = _PLOT_RIGHT - _PLOT_LEFT - 40  # room for open spans at both ends
        self.xs = [_PLOT_LEFT + 20.0]
        for step in steps:
            self.xs.append(self.xs[-1] + width * step / total)
        if len(self.days) == 1:
            self.xs = [(_PLOT_LEFT + _PLOT_RIGHT) / 2]

    def x(self, day: _dt.date) -> float:
        if day <= self.days[0]:
            return self.xs[0]
        if day >= self.days[-1]:
            return self.xs[-1]
        for index in range(1, len(self.days)):
            if day <= self.days[index]:
                low, high = self.days[index - 1], self.days[index]
                share = (day - low).days / max(1, (high - low).days)
                return self.xs[index - 1] + share * (self.xs[index] - self.xs[index - 1])
        return self.xs[-1]  # pragma: no cover - the loop always returns


def _colour(event: Event) -> str:
    if event.kind is EventKind.DERIVED:
        return _DERIVED_COLOUR
    anchor = event.anchor
    return TYPE_COLOURS.get(anchor.type if anchor else TimexType.DATE, "#1f5fbf")


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _day_label(day: _dt.date) -> str:
    return f"{day.day} {day.strftime('%b')} {day.year}"


def render_timeline_svg(
    timeline: Timeline, *, title_id: str = "timeline-title", links: Mapping[str, str] | None = None
) -> str:
    """The chart as an inline ``<svg>`` element (text escaped, no external references).

    ``links`` maps event ids to in-page targets ("#tx-3"): those rows' labels become
    links (focusable with Tab) to the words in the article.
    """
    events = timeline.events
    days = [d for e in events for d in (e.when.first, e.when.last) if d is not None]
    if timeline.dct is not None:
        days.append(timeline.dct)
    height = _TOP + _ROW * max(1, len(events)) + 44
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline-chart" role="img" '
        f'viewBox="0 0 {WIDTH} {height}" width="100%" '
        f'aria-labelledby="{title_id} {title_id}-desc" font-family="system-ui, sans-serif">',
        f'<title id="{title_id}">Timeline of the story: {len(events)} events</title>',
        f'<desc id="{title_id}-desc">{escape(_description(timeline))}</desc>',
        _definitions(),
    ]
    if not days:
        parts.append(
            f'<text x="{WIDTH / 2}" y="{_TOP}" text-anchor="middle" font-size="14">'
            "No event could be placed on the calendar.</text></svg>"
        )
        return "".join(parts)
    scale = _Scale(days)
    parts.append(_axis(scale, timeline, height))
    for row, event in enumerate(events):
        parts.append(_row(scale, event, _TOP + row * _ROW, (links or {}).get(event.eid)))
    parts.append(
        f'<text x="{_PLOT_RIGHT}" y="{height - 8}" text-anchor="end" font-size="11" '
        'fill="#555">Gaps between dates are compressed (logarithmic); bars are spans, '
        "dots are days, dashed marks are approximate.</text>"
    )
    parts.append("</svg>")
    return "".join(parts)


def _description(timeline: Timeline) -> str:
    pieces = [f"{e.when.describe()}: {e.label}" for e in timeline.events[:40]]
    return "; ".join(pieces) if pieces else "No events."


def _definitions() -> str:
    return (
        "<defs>"
        '<linearGradient id="fade-left" x1="0" x2="1" y1="0" y2="0">'
        '<stop offset="0" stop-color="#8a94a3" stop-opacity="0"/>'
        '<stop offset="1" stop-color="#8a94a3" stop-opacity="0.75"/></linearGradient>'
        '<linearGradient id="fade-right" x1="0" x2="1" y1="0" y2="0">'
        '<stop offset="0" stop-color="#8a94a3" stop-opacity="0.75"/>'
        '<stop offset="1" stop-color="#8a94a3" stop-opacity="0"/></linearGradient>'
        "</defs>"
    )


def _axis(scale: _Scale, timeline: Timeline, height: int) -> str:
    bottom = height - 40
    parts = [
        '<text x="12" y="22" font-size="12" font-weight="600" fill="#333">When</text>',
        f'<text x="{_DATE_WIDTH + 12}" y="22" font-size="12" font-weight="600" '
        'fill="#333">What happened</text>',
        f'<line x1="{_PLOT_LEFT}" x2="{_PLOT_RIGHT}" y1="{_TOP - 14}" y2="{_TOP - 14}" '
        'stroke="#999"/>',
    ]
    last_label_x = -1e9
    for day, x in zip(scale.days, scale.xs, strict=True):
        parts.append(
            f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{_TOP - 18}" y2="{bottom}" stroke="#e3e6ea"/>'
        )
        if x - last_label_x >= 74:
            parts.append(
                f'<text x="{x:.1f}" y="{_TOP - 22}" font-size="10.5" fill="#444" '
                f'text-anchor="middle">{escape(_day_label(day))}</text>'
            )
            last_label_x = x
    if timeline.dct is not None:
        x = scale.x(timeline.dct)
        parts.append(
            f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{_TOP - 14}" y2="{bottom}" '
            'stroke="#222" stroke-dasharray="4 3"/>'
        )
        parts.append(
            f'<text x="{x:.1f}" y="{bottom + 14}" font-size="11" fill="#222" '
            'text-anchor="middle">▲ published</text>'
        )
    return "".join(parts)


def _row(scale: _Scale, event: Event, top: int, href: str | None) -> str:
    middle = top + _ROW / 2
    colour = _colour(event)
    flagged = bool(event.findings)
    full = f"{event.when.describe()}: {event.text}"
    if event.kind is EventKind.DERIVED:
        full += f" (derived: {event.reason})"
    for finding in event.findings:
        full += f" | {finding.code} {finding.name}: {finding.message}"
    date_text = ("≈ " if event.when.approximate else "") + _short_when(event)
    weight = "600" if event.kind is EventKind.STATED else "400"
    style = ' font-style="italic"' if event.kind is EventKind.DERIVED else ""
    marker = "⚠ " if flagged else ""
    label = _clip(marker + event.label, _LABEL_CHARS)
    parts = [
        f'<g class="event" data-event="{escape(event.eid)}"><title>{escape(full)}</title>',
        f'<rect x="4" y="{top + 1}" width="{WIDTH - 8}" height="{_ROW - 2}" '
        f'fill="{"#fdecec" if flagged else "#f6f7f9" if (top // _ROW) % 2 else "#ffffff"}" '
        'rx="3"/>',
        f'<text x="12" y="{middle + 4:.1f}" font-size="12" font-weight="{weight}" '
        f'fill="#222">{escape(_clip(date_text, 23))}</text>',
        _linked(
            href,
            f"{event.when.describe()}: {event.label}",
            f'<text x="{_DATE_WIDTH + 12}" y="{middle + 4:.1f}" font-size="12"{style} '
            f'fill="{_FINDING_COLOUR if flagged else "#222"}">{escape(label)}</text>',
        ),
        _mark(scale, event, middle, colour),
        "</g>",
    ]
    return "".join(parts)


def _linked(href: str | None, name: str, element: str) -> str:
    if href is None:
        return element
    return f'<a href="{escape(href)}" aria-label="{escape(name)}, in the article">{element}</a>'


def _short_when(event: Event) -> str:
    """The placement in at most about 20 characters: long spans are given in months."""
    when = event.when
    text = when.describe().removeprefix("about ")
    if len(text) <= 20 or when.first is None or when.last is None:
        return text
    return f"{when.first.strftime('%b %Y')} – {when.last.strftime('%b %Y')}"


def _mark(scale: _Scale, event: Event, middle: float, colour: str) -> str:
    when = event.when
    dash = ' stroke-dasharray="4 2"' if when.approximate else ""
    outline = _FINDING_COLOUR if event.findings else colour
    if when.first is None and when.last is not None:
        x = scale.x(when.last)
        return (
            f'<rect x="{_PLOT_LEFT}" y="{middle - 5}" width="{max(2.0, x - _PLOT_LEFT):.1f}" '
            f'height="10" fill="url(#fade-left)" rx="2"/>'
            f'<path d="M{x:.1f},{middle - 7} l0,14" stroke="{outline}" stroke-width="2"/>'
        )
    if when.last is None and when.first is not None:
        x = scale.x(when.first)
        return (
            f'<rect x="{x:.1f}" y="{middle - 5}" width="{max(2.0, _PLOT_RIGHT - x):.1f}" '
            f'height="10" fill="url(#fade-right)" rx="2"/>'
            f'<path d="M{x:.1f},{middle - 7} l0,14" stroke="{outline}" stroke-width="2"/>'
        )
    if when.first is None or when.last is None:
        return ""
    x1 = scale.x(when.first)
    x2 = scale.x(when.last)
    if x2 - x1 < 10:
        centre = (x1 + x2) / 2
        fill = "#ffffff" if event.kind is EventKind.DERIVED else colour
        return (
            f'<circle cx="{centre:.1f}" cy="{middle:.1f}" r="5.5" fill="{fill}" '
            f'stroke="{outline}" stroke-width="2"{dash}/>'
        )
    opacity = "0.35" if event.kind is EventKind.DERIVED else "0.55"
    return (
        f'<rect x="{x1:.1f}" y="{middle - 6}" width="{x2 - x1:.1f}" height="12" rx="3" '
        f'fill="{colour}" fill-opacity="{opacity}" stroke="{outline}" stroke-width="1.5"'
        f"{dash}/>"
    )

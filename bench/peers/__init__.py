"""The tools the speed benchmark measures: timefact and the Python date finders next to it.

One module per tool; each exposes a ``setup()`` that imports the tool and returns an
annotator, and the :class:`~peers.base.ToolSpec` that names it. The tool itself is
imported only inside ``setup()``, so that its import is timed in its own process and a
missing tool cannot break the others. :data:`TOOLS` lists them in the order of the report.
"""

from __future__ import annotations

from peers import datefinder, dateparser, heideltime, parsedatetime, recognizers, timefact
from peers.base import Annotator, ToolSpec

__all__ = ["TOOLS", "Annotator", "ToolSpec", "tool"]

TOOLS: dict[str, ToolSpec] = {
    spec.name: spec
    for spec in (
        timefact.SPEC,
        dateparser.SPEC,
        datefinder.SPEC,
        parsedatetime.SPEC,
        recognizers.SPEC,
        heideltime.SPEC,
        heideltime.JOINED_SPEC,
    )
}


def tool(name: str) -> ToolSpec:
    """The tool called ``name``; a ValueError naming the known ones otherwise."""
    if name not in TOOLS:
        raise ValueError(f"unknown tool {name!r}; known: {', '.join(TOOLS)}")
    return TOOLS[name]

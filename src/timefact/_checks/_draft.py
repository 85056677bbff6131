"""A finding before the registry gives it its code and name."""

from __future__ import annotations

from dataclasses import dataclass

from timefact._model import Finding, Severity, Span


@dataclass(frozen=True, slots=True)
class Draft:
    """What a check found; :func:`stamp` turns it into a :class:`Finding`."""

    start: int
    end: int
    text: str
    observed: str
    expected: str
    message: str
    fixes: tuple[str, ...] = ()
    related: tuple[Span, ...] = ()
    timexes: tuple[str, ...] = ()
    rule: str = ""
    severity: Severity = Severity.ERROR

    def stamp(self, code: str, name: str) -> Finding:
        return Finding(
            code=code,
            name=name,
            severity=self.severity,
            start=self.start,
            end=self.end,
            text=self.text,
            observed=self.observed,
            expected=self.expected,
            message=self.message,
            fixes=self.fixes,
            related=self.related,
            timexes=self.timexes,
            rule=self.rule,
        )

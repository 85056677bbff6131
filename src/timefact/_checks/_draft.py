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
    rests_on_dct: bool = False  # the publication date is one of its premises

    def spans(self) -> tuple[tuple[int, int], ...]:
        return ((self.start, self.end), *((s.start, s.end) for s in self.related))

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

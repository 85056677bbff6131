"""What a measurement gives: passes, reports per tool and corpus, start-up and scaling.

Every report turns into a dict (``to_dict``) for the JSON output; a :class:`ToolReport`
also comes back from one (the worker process sends its results that way).
"""

from __future__ import annotations

import enum
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any


class Status(enum.StrEnum):
    OK = "ok"
    NOT_INSTALLED = "not installed"
    FAILED = "failed"
    SKIPPED = "skipped"


def _rate(amount: int, seconds: float, docs: int) -> float | None:
    """``amount`` per second; None when no document was finished (nothing to divide)."""
    if docs == 0 or seconds <= 0:
        return None
    return amount / seconds


def _median(values: Sequence[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return statistics.median(known) if known else None


@dataclass(frozen=True, slots=True)
class Run:
    """One pass over a corpus (possibly stopped by the time budget)."""

    seconds: float
    chars: int
    docs: int
    docs_total: int
    found: int
    errors: int = 0
    cpu_seconds: float = 0.0  # CPU time of the tool's own process (not of processes it starts)

    @property
    def complete(self) -> bool:
        return self.docs == self.docs_total

    @property
    def chars_per_s(self) -> float | None:
        return _rate(self.chars, self.seconds, self.docs)

    @property
    def docs_per_s(self) -> float | None:
        return _rate(self.docs, self.seconds, self.docs)

    @property
    def chars_per_cpu_s(self) -> float | None:
        return _rate(self.chars, self.cpu_seconds, self.docs)

    def to_dict(self) -> dict[str, Any]:
        return {
            "seconds": self.seconds,
            "cpu_seconds": self.cpu_seconds,
            "chars": self.chars,
            "docs": self.docs,
            "docs_total": self.docs_total,
            "found": self.found,
            "errors": self.errors,
        }


@dataclass(frozen=True, slots=True)
class ToolReport:
    """What one tool did on one corpus, measured in its own process."""

    tool: str
    corpus: str
    status: Status
    reason: str = ""
    version: str = ""
    call: str = ""
    budget_s: float | None = None  # None: the tool ran without a time budget
    startup_s: float | None = None
    runs: tuple[Run, ...] = ()
    rss_after_startup_mb: float | None = None
    peak_rss_mb: float | None = None  # the tool's own process
    tree_peak_mb: float | None = None  # sampled: its process plus the processes it starts
    note: str = ""

    @property
    def chars_per_s(self) -> float | None:
        return _median([r.chars_per_s for r in self.runs])

    @property
    def docs_per_s(self) -> float | None:
        return _median([r.docs_per_s for r in self.runs])

    @property
    def chars_per_cpu_s(self) -> float | None:
        """Per CPU-second of the tool's own process (misses work done in processes it starts)."""
        return _median([r.chars_per_cpu_s for r in self.runs])

    @property
    def budget_limited(self) -> bool:
        return any(not r.complete for r in self.runs)

    @property
    def total_peak_mb(self) -> float | None:
        if self.peak_rss_mb is None:
            return None
        return max(self.peak_rss_mb, self.tree_peak_mb or 0.0)

    def to_dict(self) -> dict[str, Any]:
        return {
            "tool": self.tool,
            "corpus": self.corpus,
            "status": self.status.value,
            "reason": self.reason,
            "version": self.version,
            "call": self.call,
            "budget_s": self.budget_s,
            "startup_s": self.startup_s,
            "runs": [run.to_dict() for run in self.runs],
            "rss_after_startup_mb": self.rss_after_startup_mb,
            "peak_rss_mb": self.peak_rss_mb,
            "tree_peak_mb": self.tree_peak_mb,
            "total_peak_mb": self.total_peak_mb,
            "note": self.note,
            "chars_per_s": self.chars_per_s,
            "chars_per_cpu_s": self.chars_per_cpu_s,
            "docs_per_s": self.docs_per_s,
            "budget_limited": self.budget_limited,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ToolReport:
        return cls(
            tool=data["tool"],
            corpus=data["corpus"],
            status=Status(data["status"]),
            reason=data.get("reason", ""),
            version=data.get("version", ""),
            call=data.get("call", ""),
            budget_s=data.get("budget_s"),
            startup_s=data.get("startup_s"),
            runs=tuple(Run(**run) for run in data.get("runs", ())),
            rss_after_startup_mb=data.get("rss_after_startup_mb"),
            peak_rss_mb=data.get("peak_rss_mb"),
            tree_peak_mb=data.get("tree_peak_mb"),
            note=data.get("note", ""),
        )


@dataclass(frozen=True, slots=True)
class ScalingPoint:
    chars: int
    seconds: tuple[float, ...]  # wall-clock, one per repeat
    cpu_seconds: tuple[float, ...]  # CPU time of the process, one per repeat
    found: int

    @property
    def median_s(self) -> float:
        return statistics.median(self.seconds)

    @property
    def median_cpu_s(self) -> float:
        return statistics.median(self.cpu_seconds)

    @property
    def chars_per_s(self) -> float:
        return self.chars / self.median_s if self.median_s > 0 else float("inf")

    @property
    def chars_per_cpu_s(self) -> float:
        return self.chars / self.median_cpu_s if self.median_cpu_s > 0 else float("inf")


@dataclass(frozen=True, slots=True)
class StartupReport:
    """Import + first annotation, each sample in a fresh process."""

    tool: str
    status: Status
    reason: str = ""
    seconds: tuple[float, ...] = ()
    cpu_seconds: tuple[float, ...] = ()
    rss_mb: tuple[float, ...] = ()
    # The same from outside: a whole `python -c "import timefact; timefact.annotate(...)"`,
    # interpreter start and exit included.
    process_seconds: tuple[float, ...] = ()
    # The first run of all: no pattern cache yet (timefact only).
    cold_seconds: tuple[float, ...] = ()

    @property
    def median_s(self) -> float | None:
        return _median(self.seconds)

    @property
    def median_process_s(self) -> float | None:
        return _median(self.process_seconds)

    @property
    def median_cpu_s(self) -> float | None:
        return _median(self.cpu_seconds)

    @property
    def median_cold_s(self) -> float | None:
        return _median(self.cold_seconds)

    def to_dict(self) -> dict[str, Any]:
        return {
            "tool": self.tool,
            "status": self.status.value,
            "reason": self.reason,
            "seconds": list(self.seconds),
            "cpu_seconds": list(self.cpu_seconds),
            "rss_mb": list(self.rss_mb),
            "median_s": self.median_s,
            "median_cpu_s": self.median_cpu_s,
            "process_seconds": list(self.process_seconds),
            "median_process_s": self.median_process_s,
            "cold_seconds": list(self.cold_seconds),
            "median_cold_s": self.median_cold_s,
        }


@dataclass(frozen=True, slots=True)
class ScalingReport:
    tool: str
    status: Status
    reason: str = ""
    points: tuple[ScalingPoint, ...] = ()
    peak_rss_mb: float | None = None
    note: str = ""

    @property
    def linear_ratio(self) -> float | None:
        """chars per CPU-second on the largest text over the smallest (1.0 = linear).

        CPU time rather than wall-clock, so that other work on the machine does not
        pass for a non-linear cost.
        """
        if len(self.points) < 2:
            return None
        return self.points[-1].chars_per_cpu_s / self.points[0].chars_per_cpu_s

    def to_dict(self) -> dict[str, Any]:
        return {
            "tool": self.tool,
            "status": self.status.value,
            "reason": self.reason,
            "points": [
                {
                    "chars": p.chars,
                    "seconds": list(p.seconds),
                    "median_s": p.median_s,
                    "chars_per_s": p.chars_per_s,
                    "cpu_seconds": list(p.cpu_seconds),
                    "median_cpu_s": p.median_cpu_s,
                    "chars_per_cpu_s": p.chars_per_cpu_s,
                    "found": p.found,
                }
                for p in self.points
            ],
            "peak_rss_mb": self.peak_rss_mb,
            "linear_ratio": self.linear_ratio,
            "note": self.note,
        }

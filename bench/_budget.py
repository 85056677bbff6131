"""The time budget of a pass: when it is stopped, and how a runaway document is cut off.

A budgeted tool stops between documents once its budget is spent; a document still running
well past it is interrupted by an alarm. A tool without a budget (timefact) is cut off only
after :data:`UNBUDGETED_PASS_LIMIT_S`, as protection against a hang.
"""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator
from types import FrameType

UNBUDGETED_PASS_LIMIT_S = 1800.0


class BudgetSpent(BaseException):
    """Raised by the alarm when a single document runs far past the time budget."""


def cutoff(budget_s: float | None) -> float:
    """Seconds after which a pass is interrupted, even inside a document."""
    if budget_s is None:
        return UNBUDGETED_PASS_LIMIT_S
    return budget_s + max(5.0, budget_s / 4)


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise BudgetSpent


@contextlib.contextmanager
def hard_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`BudgetSpent` in this (main) thread after ``seconds``."""
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, max(seconds, 0.001))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)

"""Productions: small named functions that read a rule's groups into a :class:`Reading`.

A production never chooses a year or a direction the words do not give; it records what
was said in a :class:`~timefact._model.Partial` and says what the value must be anchored
on. Returning ``None`` rejects the match (the words were not a time expression there).

Every public function of the modules listed here is a production a rule can name; they
are collected automatically, so a production that exists is one a rule can use.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from timefact._productions import calendar, durations, periods, relative, sets
from timefact._productions._common import Groups, Reading
from timefact._vocab import Vocabulary

Production = Callable[[Groups, Vocabulary], Reading | None]
_MODULES: tuple[ModuleType, ...] = (calendar, relative, periods, sets, durations)


def _collect() -> dict[str, Production]:
    found: dict[str, Production] = {}
    for module in _MODULES:
        for name in module.__all__:
            if name in found:
                raise ValueError(f"production {name!r} is defined twice")
            found[name] = getattr(module, name)
    return found


PRODUCTIONS: dict[str, Production] = _collect()

__all__ = ["PRODUCTIONS", "Groups", "Production", "Reading"]

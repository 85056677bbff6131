"""Evaluation against gold annotations: load a gold set, annotate it, score it.

Gold comes as a directory of ``.tml`` files (searched recursively), one ``.tml`` file,
or a JSONL file with one document per line::

    {"id": ..., "dct": "YYYY-MM-DD" | null, "text": ...,
     "timexes": [{"start", "end", "text", "type", "value", "mod", "alt"?}]}

(the form of the TBAQ conversion and of the seed gold). :func:`evaluate` is the loop
benchmarks reuse: it annotates every document with the gold creation time (or infers
one when the gold has none) and scores it with :mod:`timefact._scorer`.
"""

from __future__ import annotations

import datetime as _dt
import json
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

from timefact._errors import InputError
from timefact._io import parse_dct, read_text
from timefact._model import Document
from timefact._regex_cache import compiled
from timefact._scorer import Counts, DocumentScore, ErrorKind, ScoringError, score_document
from timefact._timeml import GoldTimex, read_timeml_string


class Split(StrEnum):
    """Which part of TimeBank+AQUAINT (TBAQ) to evaluate on."""

    ALL = "all"
    TIMEBANK = "timebank"
    AQUAINT = "aquaint"


# The AQUAINT TimeML documents are APW, NYT and Xinhua (XIE) newswire from August 1998
# on; TimeBank's APW and NYT stories all date from before July 1998. So an id is AQUAINT
# when it is such newswire dated 1998-07 or later (compared as digit strings, which also
# places the misnumbered "APW199980817.1193" right).
_NEWSWIRE_ID = compiled(r"(?:APW|NYT|XIE)(?P<digits>\d{8})")
_AQUAINT_FROM = "19980701"


def corpus_part(doc_id: str) -> Split:
    """The TBAQ part a document id belongs to: AQUAINT or (everything else) TimeBank."""
    found = _NEWSWIRE_ID.match(doc_id)
    if found is not None and found.group("digits") >= _AQUAINT_FROM:
        return Split.AQUAINT
    return Split.TIMEBANK


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """One gold-annotated document."""

    doc_id: str
    text: str
    dct: _dt.date | None
    timexes: tuple[GoldTimex, ...]


class Annotator(Protocol):
    """What :func:`evaluate` needs: :class:`timefact.Tagger` fits."""

    def annotate(self, text: str, dct: Any = ...) -> Document: ...


@dataclass(frozen=True, slots=True)
class EvalReport:
    """The scores of an evaluation run, per document, with totals."""

    scores: tuple[DocumentScore, ...]
    characters: int = 0
    seconds: float = 0.0

    @property
    def counts(self) -> Counts:
        return sum((score.counts for score in self.scores), Counts())

    @property
    def errors(self) -> tuple[ScoringError, ...]:
        return tuple(error for score in self.scores for error in score.errors)

    def errors_of(self, kinds: Iterable[ErrorKind] = ()) -> tuple[ScoringError, ...]:
        """The errors of the given kinds (all when none is given), in document order."""
        wanted = frozenset(kinds)
        return tuple(error for error in self.errors if not wanted or error.kind in wanted)

    def metrics(self) -> dict[str, float]:
        return self.counts.metrics()

    def errors_by_kind(self) -> dict[str, int]:
        tally = Counter(error.kind for error in self.errors)
        return {kind.value: tally[kind] for kind in ErrorKind}

    def to_dict(self, errors: int = 0, kinds: Iterable[ErrorKind] = ()) -> dict[str, Any]:
        """JSON-ready form, with the first ``errors`` errors (of ``kinds``, if given)."""
        return {
            "counts": self.counts.to_dict(),
            "metrics": {name: round(value, 4) for name, value in self.metrics().items()},
            "errors_by_kind": self.errors_by_kind(),
            "characters": self.characters,
            "seconds": round(self.seconds, 3),
            "errors": [error.to_dict() for error in self.errors_of(kinds)[:errors]],
        }


def evaluate(docs: Iterable[GoldDocument], tagger: Annotator) -> EvalReport:
    """Annotate each document with its gold creation time and score it."""
    scores: list[DocumentScore] = []
    characters = 0
    began = time.perf_counter()
    for doc in docs:
        dct: _dt.date | str = doc.dct if doc.dct is not None else "auto"
        try:
            annotated = tagger.annotate(doc.text, dct=dct)
        except Exception as exc:
            exc.add_note(f"while annotating gold document {doc.doc_id!r}")
            raise
        scores.append(score_document(doc.doc_id, doc.timexes, annotated.timexes))
        characters += len(doc.text)
    return EvalReport(
        scores=tuple(scores), characters=characters, seconds=time.perf_counter() - began
    )


def load_gold(path: str | Path, split: Split = Split.ALL) -> tuple[GoldDocument, ...]:
    """Read a gold set (directory of ``.tml``, one ``.tml``, or JSONL), keeping ``split``."""
    source = Path(path)
    if not source.exists():
        raise InputError(
            f"{source}: no such file or directory; give a directory of .tml "
            "files or a gold .jsonl file"
        )
    if source.is_dir():
        files = sorted(source.rglob("*.tml"))
        if not files:
            raise InputError(f"{source}: no .tml files in this directory (searched recursively)")
        docs: Iterable[GoldDocument] = (_read_tml(file) for file in files)
    elif source.suffix in (".tml", ".xml"):
        docs = [_read_tml(source)]
    else:
        docs = _read_jsonl(source)
    return tuple(doc for doc in docs if split is Split.ALL or corpus_part(doc.doc_id) is split)


def _read_tml(file: Path) -> GoldDocument:
    parsed = read_timeml_string(read_text(str(file)), str(file))
    return GoldDocument(doc_id=file.stem, text=parsed.text, dct=parsed.dct, timexes=parsed.timexes)


def _read_jsonl(file: Path) -> Iterator[GoldDocument]:
    text = read_text(str(file))
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{file}: line {number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(
                f"{where}: not valid JSON ({exc.msg}); a gold JSONL file has one "
                "JSON document per line"
            ) from exc
        yield _gold_document(record, where)


def _gold_document(record: Any, where: str) -> GoldDocument:
    if not isinstance(record, dict):
        raise InputError(f"{where}: expected a JSON object with id, dct, text and timexes")
    text, timexes = record.get("text"), record.get("timexes")
    if not isinstance(text, str) or not isinstance(timexes, list):
        raise InputError(f'{where}: a gold document needs "text" (a string) and "timexes" (a list)')
    dct = record.get("dct")
    if dct is not None and not isinstance(dct, str):
        raise InputError(f'{where}: "dct" must be "YYYY-MM-DD" or null')
    return GoldDocument(
        doc_id=str(record.get("id", where)),
        text=text,
        dct=parse_dct(dct),
        timexes=tuple(_gold_timex(item, text, where) for item in timexes),
    )


def _gold_timex(item: Any, text: str, where: str) -> GoldTimex:
    try:
        start, end = int(item["start"]), int(item["end"])
        kind, value = str(item["type"]), str(item["value"])
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(
            f'{where}: each timex needs integer "start" and "end" and '
            f'string "type" and "value" (bad entry: {item!r})'
        ) from exc
    if not 0 <= start <= end <= len(text):
        raise InputError(
            f"{where}: timex offsets {start}-{end} fall outside the text ({len(text)} characters)"
        )
    stated = item.get("text")
    if stated is not None and stated != text[start:end]:
        raise InputError(
            f"{where}: timex text {stated!r} does not match the text at "
            f"{start}-{end} ({text[start:end]!r})"
        )
    alt = item.get("alt") or ()
    return GoldTimex(
        start=start,
        end=end,
        text=text[start:end],
        type=kind,
        value=value,
        mod=item.get("mod") or None,
        alt=tuple(str(a) for a in alt),
        tid=str(item.get("tid", "")),
    )


def format_report(
    report: EvalReport, title: str, errors: int, kinds: Iterable[ErrorKind] = ()
) -> str:
    """The TempEval-3 table as text, then the first ``errors`` errors (of ``kinds``, if given)."""
    counts, metrics = report.counts, report.metrics()
    lines = [
        title,
        f"{counts.docs} documents, {counts.gold} gold timexes, {counts.predicted} predicted",
        "",
        f"{'':<10}{'precision':>10}{'recall':>8}{'F1':>8}",
    ]
    for name in ("strict", "relaxed", "value", "type"):
        precision, recall = metrics[f"{name}_precision"], metrics[f"{name}_recall"]
        lines.append(f"{name:<10}{precision:>10.4f}{recall:>8.4f}{metrics[f'{name}_f1']:>8.4f}")
    lines += [
        "",
        f"type accuracy   {metrics['type_accuracy']:.4f}  "
        f"({counts.type_correct} of {counts.relaxed} relaxed matches)",
        f"value accuracy  {metrics['value_accuracy']:.4f}  "
        f"({counts.value_correct} of {counts.relaxed} relaxed matches)",
        f"matches: strict {counts.strict}, relaxed {counts.relaxed}",
        "errors: " + ", ".join(f"{kind} {n}" for kind, n in report.errors_by_kind().items()),
        f"annotated {report.characters:,} characters in {report.seconds:.2f} s",
    ]
    wanted = tuple(kinds)
    shown = report.errors_of(wanted)
    listed = shown[:errors]
    if listed:
        which = f" ({', '.join(kind.value for kind in wanted)})" if wanted else ""
        lines += ["", f"first {len(listed)} of {len(shown)} errors{which}:"]
        lines += [error.describe() for error in listed]
    return "\n".join(lines)

"""Corpora for the scripts in ``bench/``: TBAQ with its document dates, and replicated text.

The TimeBank+AQUAINT corpus is read from ``../shared/corpora/tbaq/tbaq.jsonl`` next to
the repository (one JSON object a line with ``id``, ``dct`` and ``text``); it is never
copied into the repository. Sizes are counted in characters (``len(str)``), and a
megabyte here is 1,000,000 characters.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
TBAQ_JSONL = REPO_ROOT.parent / "shared" / "corpora" / "tbaq" / "tbaq.jsonl"
CHARS_PER_MB = 1_000_000


class CorpusMissingError(FileNotFoundError):
    """The corpus file is not where the bench scripts look for it."""


@dataclass(frozen=True, slots=True)
class CorpusDoc:
    """One document: an identifier, its publication date (if known) and its text."""

    doc_id: str
    dct: _dt.date | None
    text: str

    def to_dict(self) -> dict[str, str | None]:
        return {
            "id": self.doc_id,
            "dct": self.dct.isoformat() if self.dct else None,
            "text": self.text,
        }


def load_jsonl(path: Path) -> tuple[CorpusDoc, ...]:
    """Read documents from a JSONL file with ``id``, ``dct`` (``YYYY-MM-DD`` or null), ``text``."""
    if not path.is_file():
        raise CorpusMissingError(f"{path}: corpus file not found")
    docs = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                dct = record.get("dct")
                docs.append(
                    CorpusDoc(
                        doc_id=str(record["id"]),
                        dct=_dt.date.fromisoformat(dct) if dct else None,
                        text=str(record["text"]),
                    )
                )
            except (ValueError, KeyError, TypeError) as exc:
                raise ValueError(f"{path}:{number}: not a corpus record ({exc})") from exc
    return tuple(docs)


def load_tbaq(path: Path = TBAQ_JSONL) -> tuple[CorpusDoc, ...]:
    """All TBAQ documents (TimeBank and AQUAINT, 256 of them) with their DCTs."""
    if not path.is_file():
        raise CorpusMissingError(
            f"TBAQ not found at {path}: the bench scripts expect the corpus in "
            "../shared/corpora/tbaq/ next to the repository"
        )
    return load_jsonl(path)


def count_gold_timexes(path: Path = TBAQ_JSONL) -> int:
    """How many gold TIMEX3 (``timexes`` lists) a corpus file holds; 0 if it has none."""
    with path.open(encoding="utf-8") as lines:
        return sum(len(json.loads(line).get("timexes") or ()) for line in lines if line.strip())


def write_jsonl(docs: Iterable[CorpusDoc], path: Path) -> None:
    """Write documents in the form :func:`load_jsonl` reads."""
    with path.open("w", encoding="utf-8") as out:
        for doc in docs:
            out.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")


def total_chars(docs: Iterable[CorpusDoc]) -> int:
    return sum(len(doc.text) for doc in docs)


def replicate(docs: Sequence[CorpusDoc], size_chars: int) -> tuple[CorpusDoc, ...]:
    """Cycle through ``docs`` (keeping each one's DCT) until at least ``size_chars`` characters.

    Copies get the suffix ``#k`` on their id (``k`` counts the pass over the corpus).
    """
    if not docs or total_chars(docs) == 0:
        raise ValueError("cannot replicate an empty corpus")
    out: list[CorpusDoc] = []
    size = 0
    for copy in itertools.count():
        for doc in docs:
            if size >= size_chars:
                return tuple(out)
            doc_id = doc.doc_id if copy == 0 else f"{doc.doc_id}#{copy}"
            out.append(CorpusDoc(doc_id=doc_id, dct=doc.dct, text=doc.text))
            size += len(doc.text)
    raise AssertionError("unreachable")  # pragma: no cover


def concatenated_text(docs: Sequence[CorpusDoc], size_chars: int, separator: str = "\n\n") -> str:
    """One text of exactly ``size_chars`` characters: the documents joined, repeated, cut."""
    if size_chars <= 0:
        return ""
    pieces = [doc.text for doc in docs if doc.text]
    if not pieces:
        raise ValueError("cannot build a text from an empty corpus")
    block = separator.join(pieces) + separator
    copies = size_chars // len(block) + 1
    return (block * copies)[:size_chars]

"""Streaming readers (JSONL, CSV, Parquet) and resumable writers (JSONL, Parquet) for batch.

Readers yield one :class:`RawRecord` at a time and never hold the corpus in memory.
Writers append whole records. The JSONL writer writes whole lines and flushes after
each chunk. The Parquet writer buffers up to ``PARQUET_ROW_GROUP_ROWS`` records, writes
them as one row group into ``OUTPUT.partial`` and, when closed (also on Ctrl-C), renames
that over ``OUTPUT``, so ``OUTPUT`` is always a complete Parquet file. Each writer reads
the ids an earlier run already wrote, so a rerun goes on where the last one stopped.
"""

from __future__ import annotations

import csv
import gzip
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Self, cast

from timefact._batch_arrow import require_parquet, require_pyarrow
from timefact._errors import InputError

PARQUET_ROW_GROUP_ROWS = 2000


class Format(StrEnum):
    JSONL = "jsonl"
    CSV = "csv"
    PARQUET = "parquet"


_SUFFIXES = {
    ".jsonl": Format.JSONL,
    ".ndjson": Format.JSONL,
    ".json": Format.JSONL,
    ".csv": Format.CSV,
    ".parquet": Format.PARQUET,
    ".pq": Format.PARQUET,
}


def is_gzip(path: Path) -> bool:
    return path.suffix.lower() == ".gz"


def detect_format(path: Path, *, output: bool = False) -> Format:
    """The format named by the file suffix; output may be JSONL or Parquet only.

    Inputs in JSONL or CSV may be gzip-compressed (``news.jsonl.gz``).
    """
    suffix = path.suffix.lower()
    if is_gzip(path) and not output:
        suffix = path.with_suffix("").suffix.lower()
    found = _SUFFIXES.get(suffix)
    allowed = (Format.JSONL, Format.PARQUET) if output else tuple(Format)
    if found is None or found not in allowed or (is_gzip(path) and found is Format.PARQUET):
        kinds = ".jsonl or .parquet" if output else ".jsonl, .csv (or .gz of those), .parquet"
        role = "output" if output else "input"
        raise InputError(
            f"{path}: cannot tell the {role} format from the suffix "
            f"{''.join(path.suffixes) or '(none)'!r}; name the file {kinds}"
        )
    return found


def _open_bytes(path: Path) -> IO[bytes]:
    if is_gzip(path):
        return cast(IO[bytes], gzip.open(path, "rb"))
    return path.open("rb")


def _open_csv(path: Path, errors: str = "strict") -> IO[str]:
    if is_gzip(path):
        return gzip.open(path, "rt", newline="", encoding="utf-8-sig", errors=errors)
    return path.open(newline="", encoding="utf-8-sig", errors=errors)


@dataclass(frozen=True, slots=True)
class RawRecord:
    """One input record: its line (JSONL) or row number, and its fields or why not."""

    number: int
    fields: dict[str, Any] | None
    failure: str | None = None


def _check_input(path: Path) -> None:
    if not path.exists():
        raise InputError(f"{path}: no such file; give a .jsonl, .csv or .parquet file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory; give a .jsonl, .csv or .parquet file")


def read_records(path: Path, fmt: Format, needed: tuple[str, ...]) -> Iterator[RawRecord]:
    """Stream the records of ``path``; ``needed`` are the fields the run uses."""
    _check_input(path)
    if fmt is Format.JSONL:
        return _read_jsonl(path)
    if fmt is Format.CSV:
        return _read_csv(path, needed)
    return _read_parquet(path, needed)


def _read_jsonl(path: Path) -> Iterator[RawRecord]:
    try:
        yield from _parse_jsonl(path)
    except (OSError, EOFError) as exc:  # a gzip file that is damaged or cut short
        raise InputError(
            f"{path}: cannot be read to the end ({exc}); the records before "
            "are written, fix the file and rerun to go on"
        ) from exc


def _parse_jsonl(path: Path) -> Iterator[RawRecord]:
    with _open_bytes(path) as stream:
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                yield RawRecord(number, None, f"line {number} is not valid JSON: {exc}")
                continue
            if not isinstance(value, dict):
                yield RawRecord(number, None, f"line {number} is JSON but not an object")
                continue
            yield RawRecord(number, value)


def _read_csv(path: Path, needed: tuple[str, ...]) -> Iterator[RawRecord]:
    csv.field_size_limit(sys.maxsize)
    with _open_csv(path) as stream:
        reader = csv.DictReader(stream)
        try:
            header = list(reader.fieldnames or [])
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}: is not valid UTF-8 ({exc.reason})") from exc
        except (OSError, EOFError) as exc:
            raise InputError(f"{path}: cannot be read ({exc})") from exc
        _require_column(path, needed[0], header)
        number = 0
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except (csv.Error, UnicodeDecodeError, OSError, EOFError) as exc:
                raise InputError(f"{path}: unreadable CSV after row {number}: {exc}") from exc
            number += 1
            yield RawRecord(number, {name: row.get(name) for name in needed})


def _require_column(path: Path, text_field: str, columns: list[str]) -> None:
    if text_field not in columns:
        shown = ", ".join(columns[:20]) or "none"
        raise InputError(
            f"{path}: no column {text_field!r} (columns: {shown}); "
            "name the text column with --text-field"
        )


def _read_parquet(path: Path, needed: tuple[str, ...]) -> Iterator[RawRecord]:
    pa = require_pyarrow("reading Parquet")
    pq = require_parquet("reading Parquet")
    try:
        parquet = pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as exc:
        raise InputError(f"{path}: is not a readable Parquet file ({exc})") from exc
    columns = list(parquet.schema_arrow.names)
    _require_column(path, needed[0], columns)
    present = [name for name in dict.fromkeys(needed) if name in columns]
    number = 0
    with parquet:
        for batch in parquet.iter_batches(batch_size=512, columns=present):
            for row in batch.to_pylist():
                number += 1
                yield RawRecord(number, row)


def count_records(path: Path, fmt: Format) -> int:
    """How many records ``path`` holds (for the progress bar's estimate)."""
    if fmt is Format.PARQUET:
        pq = require_parquet("reading Parquet")
        return int(pq.ParquetFile(path).metadata.num_rows)
    if fmt is Format.CSV:
        with _open_csv(path, errors="replace") as stream:
            return max(sum(1 for _ in csv.reader(stream)) - 1, 0)
    with _open_bytes(path) as stream:
        return sum(1 for line in stream if line.strip())


class JsonlWriter:
    """Appends JSON lines to the output, after reading the ids already there."""

    def __init__(self, path: Path, expected_keys: frozenset[str]) -> None:
        self.path = path
        self.done_ids: set[str] = set()
        valid_end = self._scan(expected_keys) if path.exists() else 0
        self._stream: IO[str] = path.open("a", encoding="utf-8")
        self._stream.truncate(valid_end)

    def _scan(self, expected_keys: frozenset[str]) -> int:
        """Collect the ids written; return where the last whole, valid line ends."""
        valid_end = 0
        with self.path.open("rb") as stream:
            for number, line in enumerate(stream, start=1):
                if not line.endswith(b"\n"):
                    break  # the last line, cut short by a hard stop: it is rewritten
                try:
                    record = json.loads(line)
                except (UnicodeDecodeError, json.JSONDecodeError):
                    raise InputError(
                        f"{self.path}: line {number} is not a batch output "
                        "record; give a new output file"
                    ) from None
                if not isinstance(record, dict) or "id" not in record:
                    raise InputError(
                        f"{self.path}: line {number} has no id; it is not a "
                        "timefact batch output, give a new output file"
                    )
                if set(record) != expected_keys:
                    raise InputError(_options_changed(self.path))
                self.done_ids.add(str(record["id"]))
                valid_end += len(line)
        return valid_end

    def write(self, lines: list[str]) -> None:
        self._stream.write("".join(lines))
        self._stream.flush()

    def close(self) -> None:
        self._stream.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()


def _options_changed(path: Path) -> str:
    return (
        f"{path}: was written with other options (--checks/--timeline); rerun with "
        "the same options to complete it, or give a new output file"
    )


class ParquetWriter:
    """Writes row groups to ``OUTPUT.partial``; on close, renames it over ``OUTPUT``.

    An existing ``OUTPUT`` is copied over first, row group by row group, so a rerun
    extends it without holding it in memory.
    """

    def __init__(self, path: Path, schema: Any) -> None:
        pa = require_pyarrow("writing Parquet")
        pq = require_parquet("writing Parquet")
        self.path = path
        self.partial = path.with_name(path.name + ".partial")
        self.done_ids: set[str] = set()
        self._pending: list[dict[str, Any]] = []
        self._pa = pa
        self._row_type = pa.struct(list(schema))
        previous = None
        if path.exists():
            try:
                previous = pq.ParquetFile(path)
            except (pa.ArrowException, OSError) as exc:
                raise InputError(
                    f"{path}: is not a readable Parquet file ({exc}); remove it "
                    "or give a new output file"
                ) from exc
            if not previous.schema_arrow.equals(schema):
                raise InputError(_options_changed(path))
        self._writer = pq.ParquetWriter(self.partial, schema, compression="zstd")
        if previous is not None:
            with previous:
                for index in range(previous.num_row_groups):
                    group = previous.read_row_group(index)
                    self.done_ids.update(group.column("id").to_pylist())
                    self._writer.write_table(group)

    def write(self, records: list[dict[str, Any]]) -> None:
        """Buffer records (``arrow_ready`` form); a full buffer becomes one row group."""
        self._pending.extend(records)
        if len(self._pending) >= PARQUET_ROW_GROUP_ROWS:
            self._flush()

    def _flush(self) -> None:
        if self._pending:
            # One struct array: RecordBatch.from_pylist is many times slower on nested rows.
            rows = self._pa.array(self._pending, type=self._row_type)
            self._writer.write_batch(self._pa.RecordBatch.from_struct_array(rows))
        self._pending = []

    def close(self) -> None:
        try:
            self._flush()
        finally:
            self._writer.close()
            os.replace(self.partial, self.path)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()


class ErrorLog:
    """``OUTPUT.errors.jsonl``: the documents of this run that could not be annotated.

    It is started afresh by each run: documents that failed before are not in the
    output, so a rerun tries them again and lists those that still fail.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.count = 0
        self._stream: IO[str] | None = None
        path.unlink(missing_ok=True)

    def write(self, entries: list[dict[str, Any]]) -> None:
        if not entries:
            return
        if self._stream is None:
            self._stream = self.path.open("w", encoding="utf-8")
        self._stream.write("".join(json.dumps(entry) + "\n" for entry in entries))
        self._stream.flush()
        self.count += len(entries)

    def close(self) -> None:
        if self._stream is not None:
            self._stream.close()

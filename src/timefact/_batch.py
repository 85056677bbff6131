"""Annotate a corpus file on every core: the engine behind ``timefact batch``.

The main process reads records, skips the ids the output already has, and sends
chunks of documents to a pool of worker processes, each of which builds its
:class:`~timefact._engine.Tagger` once, in the pool initializer. At most
``IN_FLIGHT_PER_JOB`` chunks per worker are in flight at any time, so memory is bounded
whatever the corpus size. Results are written in input order, as soon as the oldest
chunk is done; a document that fails goes to ``OUTPUT.errors.jsonl`` and the run goes on.
With one job no pool is started and the same code runs in-process, so ``--jobs 1`` and
``--jobs N`` write the same bytes.
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tqdm import tqdm

from timefact._batch_arrow import arrow_ready, output_schema, require_pyarrow
from timefact._batch_io import (
    ErrorLog,
    Format,
    JsonlWriter,
    ParquetWriter,
    RawRecord,
    count_records,
    detect_format,
    read_records,
)
from timefact._batch_record import (
    DocumentError,
    RecordOptions,
    TimelineBuilder,
    annotate_fields,
    load_timeline_builder,
    record_id,
)
from timefact._engine import Tagger
from timefact._errors import InputError, TimefactError

CHUNK_SIZE = 64  # documents a worker gets at once: fewer, larger messages cost less
IN_FLIGHT_PER_JOB = 4


@dataclass(frozen=True, slots=True)
class Fields:
    """Names of the input fields (JSON keys or CSV/Parquet columns) the run reads."""

    text: str = "text"
    id: str = "id"
    dct: str = "dct"


@dataclass(frozen=True, slots=True)
class BatchOptions:
    """One ``timefact batch`` run."""

    input: Path
    output: Path
    jobs: int = 1
    fields: Fields = field(default_factory=Fields)
    record: RecordOptions = field(default_factory=RecordOptions)
    progress: bool = False
    chunk_size: int = CHUNK_SIZE


@dataclass(frozen=True, slots=True)
class BatchSummary:
    """What a run did; ``interrupted`` runs are completed by running again."""

    written: int
    skipped: int
    failed: int
    seconds: float
    interrupted: bool
    errors_path: Path


@dataclass(frozen=True, slots=True)
class WorkItem:
    """A document sent to a worker, or a record that already failed to read."""

    number: int
    doc_id: str
    text: object = None
    dct: object = None
    failure: str | None = None


@dataclass(frozen=True, slots=True)
class ChunkResult:
    """A chunk's output: JSON lines, or records ready for the Parquet writer."""

    payload: list[Any]
    done: int
    errors: list[dict[str, Any]]


@dataclass(frozen=True, slots=True)
class AnnotatorConfig:
    """What every worker needs to build its annotator; small and picklable."""

    record: RecordOptions
    output_format: Format


class ChunkAnnotator:
    """Annotates chunks of work items into output payloads; one per process."""

    def __init__(self, config: AnnotatorConfig) -> None:
        self.config = config
        self.tagger = Tagger()
        self.timeline: TimelineBuilder | None = (
            load_timeline_builder() if config.record.timeline else None
        )

    def __call__(self, items: list[WorkItem]) -> ChunkResult:
        records: list[dict[str, Any]] = []
        errors: list[dict[str, Any]] = []
        for item in items:
            try:
                if item.failure is not None:
                    raise DocumentError(item.failure)
                fields = annotate_fields(
                    self.tagger, item.text, item.dct, self.config.record, self.timeline
                )
            except DocumentError as exc:
                errors.append({"id": item.doc_id, "number": item.number, "reason": exc.reason})
                continue
            records.append({"id": item.doc_id, **fields})
        return ChunkResult(self._encode(records), len(items), errors)

    def _encode(self, records: list[dict[str, Any]]) -> list[Any]:
        if self.config.output_format is Format.JSONL:
            return [json.dumps(record, ensure_ascii=False) + "\n" for record in records]
        # The writer turns them into Arrow row groups: workers need no pyarrow.
        return [arrow_ready(record) for record in records]


_WORKER_ANNOTATOR: ChunkAnnotator | None = None


def _start_worker(config: AnnotatorConfig) -> None:
    # Ctrl-C reaches the whole process group; only the main process acts on it,
    # so it can close the output cleanly.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    global _WORKER_ANNOTATOR  # noqa: PLW0603 -- one annotator per worker process
    _WORKER_ANNOTATOR = ChunkAnnotator(config)


def _annotate_in_worker(items: list[WorkItem]) -> ChunkResult:
    if _WORKER_ANNOTATOR is None:
        raise RuntimeError("worker started without its annotator")
    return _WORKER_ANNOTATOR(items)


def default_jobs() -> int:
    """All the cores this process may use."""
    return (
        len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    )


def errors_path_for(output: Path) -> Path:
    return output.with_name(output.name + ".errors.jsonl")


def expected_keys(record: RecordOptions) -> frozenset[str]:
    keys = {"id", "dct", "timexes"}
    if record.checks:
        keys.add("findings")
    if record.timeline:
        keys.add("timeline")
    return frozenset(keys)


def run_batch(options: BatchOptions) -> BatchSummary:
    """Run ``options`` over the whole input; see the module docstring."""
    in_format = detect_format(options.input)
    out_format = detect_format(options.output, output=True)
    if options.input.resolve() == options.output.resolve():
        raise InputError(f"{options.output}: the output must not be the input file")
    if options.record.timeline:
        load_timeline_builder()  # fail now, with a clear message, not in every worker
    needed = (options.fields.text, options.fields.id, options.fields.dct)
    records = read_records(options.input, in_format, needed)
    return run_records(records, options, out_format)


def run_records(
    records: Iterable[RawRecord], options: BatchOptions, out_format: Format
) -> BatchSummary:
    """Annotate ``records`` into ``options.output``; the input file is not read here."""
    started = time.monotonic()
    config = AnnotatorConfig(options.record, out_format)
    counts = {"written": 0, "skipped": 0}
    interrupted = False
    with _CtrlC() as ctrl_c, _open_writer(options.output, out_format, options.record) as writer:
        # Leaving this block closes the output cleanly, however the run ends.
        errors = ErrorLog(errors_path_for(options.output))
        progress = _progress_bar(options, len(writer.done_ids))

        def consume(result: ChunkResult) -> None:
            with ctrl_c.deferred():
                writer.write(result.payload)
                errors.write(result.errors)
                counts["written"] += result.done - len(result.errors)
                if progress is not None:
                    progress.update(result.done)

        chunks = _chunked(
            _work_items(records, options.fields, writer.done_ids, counts), options.chunk_size
        )
        try:
            if options.jobs <= 1:
                annotator = ChunkAnnotator(config)
                for chunk in chunks:
                    consume(annotator(chunk))
            else:
                _run_pool(chunks, config, options.jobs, consume, ctrl_c.deferred)
        except KeyboardInterrupt:
            interrupted = True
        finally:
            errors.close()
            if progress is not None:
                progress.close()
    return BatchSummary(
        counts["written"],
        counts["skipped"],
        errors.count,
        time.monotonic() - started,
        interrupted,
        errors.path,
    )


class _CtrlC:
    """Ctrl-C that waits for the end of a write, so that no record is written in part.

    Installed for the run when the default handler is in place in the main thread;
    elsewhere Ctrl-C behaves as usual.
    """

    def __init__(self) -> None:
        self._depth = 0  # nested deferred() blocks
        self._pending = False
        self._previous: Any = None

    def _handle(self, signum: int, frame: Any) -> None:
        if self._depth:
            self._pending = True
        else:
            raise KeyboardInterrupt

    def __enter__(self) -> _CtrlC:
        if (
            threading.current_thread() is threading.main_thread()
            and signal.getsignal(signal.SIGINT) is signal.default_int_handler
        ):
            self._previous = signal.signal(signal.SIGINT, self._handle)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)

    @contextlib.contextmanager
    def deferred(self) -> Iterator[None]:
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
        if self._pending and not self._depth:
            self._pending = False
            raise KeyboardInterrupt


def _open_writer(path: Path, fmt: Format, record: RecordOptions) -> JsonlWriter | ParquetWriter:
    if not path.parent.is_dir():
        raise InputError(
            f"{path}: the directory {path.parent} does not exist; create it "
            "or give another output path"
        )
    try:
        if fmt is Format.JSONL:
            return JsonlWriter(path, expected_keys(record))
        pa = require_pyarrow("writing Parquet")
        return ParquetWriter(
            path, output_schema(pa, checks=record.checks, timeline=record.timeline)
        )
    except OSError as exc:
        raise InputError(f"{path}: cannot be written ({exc.strerror or exc})") from exc


def _progress_bar(options: BatchOptions, already_done: int) -> Any:
    if not options.progress:
        return None
    fmt = detect_format(options.input)
    try:
        total: int | None = max(count_records(options.input, fmt) - already_done, 0)
    except (OSError, EOFError, TimefactError):
        total = None  # the reader says what is wrong with the file
    return tqdm(total=total, unit="doc", desc="timefact batch", dynamic_ncols=True, smoothing=0.1)


def _work_items(
    records: Iterable[RawRecord], fields: Fields, done_ids: set[str], counts: dict[str, int]
) -> Iterator[WorkItem]:
    for raw in records:
        values = raw.fields
        if values is None:
            yield WorkItem(raw.number, str(raw.number), failure=raw.failure)
            continue
        try:
            doc_id = record_id(values.get(fields.id), raw.number)
        except DocumentError as exc:
            yield WorkItem(raw.number, str(raw.number), failure=exc.reason)
            continue
        if doc_id in done_ids:
            counts["skipped"] += 1
            continue
        yield WorkItem(raw.number, doc_id, values.get(fields.text), values.get(fields.dct))


def _chunked(items: Iterator[WorkItem], size: int) -> Iterator[list[WorkItem]]:
    chunk: list[WorkItem] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


Guard = Callable[[], contextlib.AbstractContextManager[None]]


def _run_pool(
    chunks: Iterator[list[WorkItem]],
    config: AnnotatorConfig,
    jobs: int,
    consume: Callable[[ChunkResult], None],
    guard: Guard,
) -> None:
    """Keep at most ``IN_FLIGHT_PER_JOB * jobs`` chunks in flight; consume in order."""
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(
        jobs, mp_context=context, initializer=_start_worker, initargs=(config,)
    )
    pending: deque[Future[ChunkResult]] = deque()
    window = IN_FLIGHT_PER_JOB * jobs
    try:
        for chunk in chunks:
            # Ctrl-C waits for the hand-over: raised inside ``submit`` it could leave the
            # pool's lock held, and the shutdown below would wait for it for ever
            with guard():
                pending.append(pool.submit(_annotate_in_worker, chunk))
            if len(pending) >= window:
                _consume_oldest(pending, consume, guard)
        while pending:
            _consume_oldest(pending, consume, guard)
    except KeyboardInterrupt:
        # Let the chunks already handed to the pool (a few, by the window) finish, and
        # keep them: Ctrl-C loses only the chunks not yet read, whatever the workers
        # had started. A second Ctrl-C stops the wait.
        pool.shutdown(wait=True, cancel_futures=False)
        while pending and pending[0].done() and not pending[0].cancelled():
            if pending[0].exception() is not None:
                break
            _consume_oldest(pending, consume, guard)
        raise
    except BrokenProcessPool as exc:
        raise TimefactError(
            "a worker process died (out of memory, or killed); the output written so far "
            "is kept: rerun the same command to continue"
        ) from exc
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _consume_oldest(
    pending: deque[Future[ChunkResult]], consume: Callable[[ChunkResult], None], guard: Guard
) -> None:
    result = pending[0].result()  # Ctrl-C while waiting leaves it for the final drain
    with guard():  # taken off the queue and written as one step
        pending.popleft()
        consume(result)

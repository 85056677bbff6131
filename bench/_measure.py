"""Measurements, each in a fresh interpreter pinned to one core.

The parent writes the corpus and a job description into a temporary directory and runs
``speed.py --worker JOB`` there (see :mod:`_worker`) in a session of its own, so that
whatever the tool starts (HeidelTime's JVM) can be ended with it. Start-up time and peak
memory then belong to that tool alone.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from _budget import cutoff
from _corpus import CorpusDoc, write_jsonl
from _results import ScalingPoint, ScalingReport, StartupReport, Status, ToolReport
from _worker import STARTUP_DCT, STARTUP_TEXT
from peers import tool as tool_spec

# The one entry point: the parent runs it again with --worker for each measurement.
ENTRY_SCRIPT = Path(__file__).resolve().with_name("speed.py")

# Start-up timed from outside too: a whole interpreter, from launch to exit.
_WHOLE_PROCESS = {
    "timefact": f"import timefact; timefact.annotate({STARTUP_TEXT!r}, "
    f"dct={STARTUP_DCT.isoformat()!r})",
}


def default_cpu() -> int | None:
    """The core the tools are pinned to: the last one this process may run on."""
    if not hasattr(os, "sched_getaffinity"):
        return None
    return max(os.sched_getaffinity(0))


def measure(
    tool: str,
    docs: Sequence[CorpusDoc],
    *,
    corpus_name: str,
    repeats: int = 3,
    budget_s: float = 60.0,
    cpu: int | None = None,
) -> ToolReport:
    """Measure one tool on ``docs`` in its own process pinned to core ``cpu``."""
    spec = tool_spec(tool)
    budget = budget_s if spec.budgeted else None
    job = {
        "mode": "tool",
        "tool": tool,
        "corpus_name": corpus_name,
        "repeats": repeats,
        "budget_s": budget,
        "cpu": cpu,
    }
    timeout_s = 180 + repeats * cutoff(budget)
    result = _run_worker(job, docs, timeout_s)
    defaults = {"tool": tool, "corpus": corpus_name, "call": spec.call, "budget_s": budget}
    return ToolReport.from_dict(defaults | result)


def measure_startup(
    tool: str = "timefact", *, samples: int = 3, cpu: int | None = None
) -> StartupReport:
    """Import + first annotation of a short text, ``samples`` times in fresh processes.

    The processes run as an installed copy does after its first run: one untimed run
    first writes Python's bytecode (which pip writes for every package it installs,
    whatever the environment says) and timefact's pattern cache. The first run of all,
    with no pattern cache, is measured apart (``cold_seconds``).
    """
    tool_spec(tool)
    env = _installed_env()
    job = {"mode": "startup", "tool": tool, "cpu": cpu}
    _run_worker(job, (), 300.0, env)  # the untimed run
    results = [_run_worker(job, (), 300.0, env) for _ in range(samples)]
    failed = next((r for r in results if r["status"] != Status.OK.value), None)
    if failed is not None:
        return StartupReport(tool, Status(failed["status"]), failed.get("reason", ""))
    cold: tuple[float, ...] = ()
    if tool == "timefact":
        without_cache = env | {"TIMEFACT_CACHE_DIR": ""}
        colds = [_run_worker(job, (), 300.0, without_cache) for _ in range(samples)]
        cold = tuple(r["seconds"] for r in colds if r["status"] == Status.OK.value)
    process_seconds: tuple[float, ...] = ()
    if tool in _WHOLE_PROCESS:
        try:
            process_seconds = tuple(
                _time_process(_WHOLE_PROCESS[tool], cpu, env) for _ in range(samples)
            )
        except (subprocess.SubprocessError, OSError):
            process_seconds = ()  # the in-process numbers above still stand
    return StartupReport(
        tool,
        Status.OK,
        seconds=tuple(r["seconds"] for r in results),
        cpu_seconds=tuple(r["cpu_seconds"] for r in results),
        rss_mb=tuple(r["rss_mb"] for r in results),
        process_seconds=process_seconds,
        cold_seconds=cold,
    )


def _installed_env() -> dict[str, str]:
    """This environment, less a setting that keeps Python from writing bytecode."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def measure_scaling(
    docs: Sequence[CorpusDoc],
    sizes_chars: Sequence[int],
    *,
    tool: str = "timefact",
    repeats: int = 3,
    budget_s: float = 60.0,
    cpu: int | None = None,
) -> ScalingReport:
    """Annotate one text of each size (built from ``docs``) and time it."""
    budget = budget_s if tool_spec(tool).budgeted else None
    job = {
        "mode": "scaling",
        "tool": tool,
        "sizes_chars": list(sizes_chars),
        "repeats": repeats,
        "budget_s": budget,
        "cpu": cpu,
    }
    timeout_s = 180 + len(sizes_chars) * repeats * cutoff(budget)
    result = _run_worker(job, docs, timeout_s)
    return ScalingReport(
        tool=tool,
        status=Status(result["status"]),
        reason=result.get("reason", ""),
        points=tuple(
            ScalingPoint(
                chars=p["chars"],
                seconds=tuple(p["seconds"]),
                cpu_seconds=tuple(p["cpu_seconds"]),
                found=p["found"],
            )
            for p in result.get("points", ())
        ),
        peak_rss_mb=result.get("peak_rss_mb"),
        note=result.get("note", ""),
    )


def _end_group(group: int) -> None:
    """Kill what is left of the process group the worker led (it and what it started)."""
    with contextlib.suppress(ProcessLookupError):  # nothing left
        os.killpg(group, signal.SIGKILL)


def _run_worker(
    job: dict[str, Any],
    docs: Sequence[CorpusDoc],
    timeout_s: float,
    env: dict[str, str] | None = None,
) -> dict[str, Any]:
    """Run one job in a fresh interpreter; return its result or a failure record."""
    with tempfile.TemporaryDirectory(prefix="timefact-bench-") as tmp:
        work = Path(tmp)
        corpus_file = work / "corpus.jsonl"
        write_jsonl(docs, corpus_file)
        job = job | {
            "corpus_file": str(corpus_file),
            "work_dir": str(work),
            "result_file": str(work / "result.json"),
        }
        job_file = work / "job.json"
        job_file.write_text(json.dumps(job), encoding="utf-8")
        stderr_file = work / "stderr.txt"
        with stderr_file.open("wb") as stderr:
            child = subprocess.Popen(
                [sys.executable, str(ENTRY_SCRIPT), "--worker", str(job_file)],
                cwd=work,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=stderr,
                start_new_session=True,
                env=env,
            )
            try:
                code = child.wait(timeout=timeout_s)
            except subprocess.TimeoutExpired:
                _end_group(child.pid)
                child.wait()
                return {
                    "status": Status.FAILED.value,
                    "reason": f"no result within {timeout_s:.0f} s; stopped",
                }
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


def _time_process(code: str, cpu: int | None, env: dict[str, str] | None = None) -> float:
    """Wall-clock seconds of ``python -c code`` from launch to exit."""

    def pin() -> None:
        if cpu is not None and hasattr(os, "sched_setaffinity"):
            os.sched_setaffinity(0, {cpu})

    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", code],
        check=True,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        preexec_fn=pin,
        timeout=300,
        env=env,
    )
    return time.perf_counter() - started

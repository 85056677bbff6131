"""The printed report: header, one table per corpus, start-up, linear cost, the targets.

Every function returns lines; ``speed.py`` joins them. Numbers are formatted here only:
the values come from :mod:`_results`.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from _budget import UNBUDGETED_PASS_LIMIT_S
from _corpus import CHARS_PER_MB
from _machine import Machine
from _results import ScalingReport, StartupReport, Status, ToolReport

TARGET_CHARS_PER_S = 1_000_000
TARGET_STARTUP_S = 0.5
TARGET_PEAK_MB = 150.0
CONTENTION = 1.10  # wall-clock over CPU time from which other work is said to share the core
LINEAR_TOLERANCE = 0.8  # chars per CPU-s on the largest text may be at most 20% below the smallest


@dataclass(frozen=True, slots=True)
class Target:
    name: str
    goal: str
    measured: str
    met: bool | None  # None: not measured

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "goal": self.goal, "measured": self.measured, "met": self.met}


def format_number(value: float | None, digits: int = 0) -> str:
    """``value`` with thousands separators and ``digits`` decimals; "-" when unknown."""
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
        return (
            f"{len(report.runs)}, stopped: {last.docs}/{last.docs_total} docs in "
            f"{last.seconds:.0f} s"
        )
    return str(len(report.runs))


def format_corpus_table(reports: Sequence[ToolReport], title: str) -> list[str]:
    ours = next((r for r in reports if r.tool == "timefact" and r.status is Status.OK), None)
    header = (
        f"{'tool':<18}{'version':<9}{'start-up s':>11}{'chars/s':>12}{'docs/s':>10}"
        f"{'chars/CPU-s':>13}{'peak MB':>9}{'found':>8}  {'timefact/tool':>13}  runs"
    )
    lines = [title, header, "-" * len(header)]
    notes: list[str] = []
    for report in reports:
        if report.status is not Status.OK:
            lines.append(f"{report.tool:<18}{report.status.value}: {report.reason}")
            continue
        found = report.runs[0].found if report.runs else None
        # CPU time misses the work of processes a tool starts (HeidelTime's JVM).
        per_cpu = "-" if report.tree_peak_mb is not None else format_number(report.chars_per_cpu_s)
        ratio = (
            "-"
            if report is ours
            else _ratio(ours.chars_per_s if ours else None, report.chars_per_s)
        )
        startup = format_number(report.startup_s, 3)
        chars_per_s = format_number(report.chars_per_s)
        docs_per_s = format_number(report.docs_per_s, 1)
        peak = format_number(report.total_peak_mb, 1)
        lines.append(
            f"{report.tool:<18}{report.version[:8]:<9}{startup:>11}{chars_per_s:>12}"
            f"{docs_per_s:>10}{per_cpu:>13}{peak:>9}{format_number(found):>8}  {ratio:>13}  "
            f"{_runs_cell(report)}"
        )
        if report.budget_limited:
            run = report.runs[-1]
            limit = (
                f"{report.budget_s:.0f} s budget"
                if report.budget_s is not None
                else f"{UNBUDGETED_PASS_LIMIT_S:.0f} s limit on one pass"
            )
            done = (
                "its throughput is computed on those" if run.docs else "no throughput can be given"
            )
            notes.append(
                f"{report.tool}: stopped by the {limit} after "
                f"{run.docs} of {run.docs_total} documents ({run.chars:,} chars); " + done
            )
        if report.tree_peak_mb is not None:
            notes.append(
                f"{report.tool}: peak MB is its Python process plus the processes "
                f"it starts, sampled every 50 ms (its Python process alone: "
                f"{format_number(report.peak_rss_mb, 1)} MB)"
            )
        if report.note:
            notes.append(f"{report.tool}: {report.note}")
        errors = sum(r.errors for r in report.runs)
        if errors:
            notes.append(
                f"{report.tool}: raised an exception on {errors} document(s), counted as done"
            )
    return lines + [f"  note: {note}" for note in notes]


def format_scaling(report: ScalingReport) -> list[str]:
    lines = [
        f"Linear cost: {report.tool} on one replicated text of each size (median of the repeats)"
    ]
    if report.status is not Status.OK:
        return [*lines, f"  {report.status.value}: {report.reason}"]
    header = (
        f"{'size MB':>8}{'chars':>14}{'seconds':>10}{'chars/s':>14}{'s per MB':>10}"
        f"{'CPU s':>9}{'chars/CPU-s':>14}{'found':>9}"
    )
    lines += [header, "-" * len(header)]
    for point in report.points:
        megabytes = point.chars / CHARS_PER_MB
        lines.append(
            f"{megabytes:>8.1f}{point.chars:>14,}{point.median_s:>10.3f}"
            f"{format_number(point.chars_per_s):>14}{point.median_s / megabytes:>10.3f}"
            f"{point.median_cpu_s:>9.3f}{format_number(point.chars_per_cpu_s):>14}{point.found:>9,}"
        )
    if report.linear_ratio is not None:
        lines.append(
            f"chars per CPU-second at the largest size / at the smallest: "
            f"{report.linear_ratio:.2f} (1.00 = exactly linear; >= {LINEAR_TOLERANCE} "
            "counted as linear)"
        )
    if report.peak_rss_mb is not None:
        lines.append(f"peak memory of this process: {report.peak_rss_mb:.1f} MB")
    if report.note:
        lines.append(f"  note: {report.note}")
    return lines


def format_startup(report: StartupReport) -> list[str]:
    title = (
        f"Start-up: {report.tool} imported and run on a short text in fresh processes "
        "(after one untimed run)"
    )
    if report.status is not Status.OK:
        return [title, f"  {report.status.value}: {report.reason}"]
    samples = ", ".join(f"{s:.3f}" for s in report.seconds)
    lines = [
        title,
        f"  median {format_number(report.median_s, 3)} s of {len(report.seconds)} ({samples}); "
        f"CPU median {format_number(report.median_cpu_s, 3)} s; "
        f"memory after start-up {max(report.rss_mb):.1f} MB",
    ]
    if report.cold_seconds:
        lines.append(
            f"  the first run after install, with no pattern cache yet: "
            f"median {format_number(report.median_cold_s, 3)} s"
        )
    if report.process_seconds:
        lines.append(
            f'  a whole `python -c "import {report.tool}; ...annotate(...)"` process, '
            "interpreter start and exit included: "
            f"median {format_number(report.median_process_s, 3)} s"
        )
    return lines


def check_targets(
    reports: Sequence[ToolReport],
    scaling: ScalingReport | None,
    startup: StartupReport | None = None,
) -> list[Target]:
    ours = [r for r in reports if r.tool == "timefact" and r.status is Status.OK]
    speeds = [r.chars_per_s for r in ours if r.chars_per_s is not None]
    slowest = min(speeds) if speeds else None
    cpu_speeds = [r.chars_per_cpu_s for r in ours if r.chars_per_cpu_s is not None]
    per_cpu = f" ({format_number(min(cpu_speeds))} per CPU-s)" if cpu_speeds else ""
    if startup is not None and startup.median_s is not None:
        startups = [startup.median_s]
        startup_text = (
            f"{startup.median_s:.3f} s (median of {len(startup.seconds)}; "
            f"CPU {format_number(startup.median_cpu_s, 3)} s)"
        )
    else:
        startups = [r.startup_s for r in ours if r.startup_s is not None]
        startup_text = f"{max(startups):.3f} s (slowest process)" if startups else "-"
    peaks = [r.total_peak_mb for r in ours if r.total_peak_mb is not None]
    if scaling is not None and scaling.peak_rss_mb is not None:
        peaks.append(scaling.peak_rss_mb)  # one text of the largest size in memory
    targets = [
        Target(
            "throughput, one core",
            f">= {TARGET_CHARS_PER_S:,} chars/s (slowest corpus)",
            f"{format_number(slowest)} chars/s{per_cpu}" if slowest is not None else "-",
            None if slowest is None else slowest >= TARGET_CHARS_PER_S,
        ),
        Target(
            "import + first annotation",
            f"< {TARGET_STARTUP_S} s",
            startup_text,
            None if not startups else max(startups) < TARGET_STARTUP_S,
        ),
        Target(
            "peak memory",
            f"< {TARGET_PEAK_MB:.0f} MB",
            f"{max(peaks):.1f} MB (largest of its processes)" if peaks else "-",
            None if not peaks else max(peaks) < TARGET_PEAK_MB,
        ),
    ]
    ratio = scaling.linear_ratio if scaling else None
    targets.append(
        Target(
            "linear cost",
            f"chars/CPU-s largest/smallest >= {LINEAR_TOLERANCE}",
            f"{ratio:.2f}" if ratio is not None else "-",
            None if ratio is None else ratio >= LINEAR_TOLERANCE,
        )
    )
    return targets


def format_targets(targets: Sequence[Target]) -> list[str]:
    lines = ["Targets for timefact"]
    for target in targets:
        verdict = {True: "MET", False: "NOT MET", None: "not measured"}[target.met]
        lines.append(f"  {target.name:<27}{target.goal:<40}{target.measured:<42}{verdict}")
    return lines


def contention_warning(reports: Sequence[ToolReport], scaling: ScalingReport | None) -> list[str]:
    """A warning when timefact's passes took clearly longer than their CPU time.

    timefact is single-threaded and does no I/O while it annotates, so wall-clock time
    beyond its CPU time is time the core spent on other work.
    """
    pairs = [
        (run.seconds, run.cpu_seconds)
        for report in reports
        if report.tool == "timefact"
        for run in report.runs
    ]
    if scaling is not None:
        pairs += [(p.median_s, p.median_cpu_s) for p in scaling.points]
    ratios = [wall / cpu for wall, cpu in pairs if cpu > 0]
    if not ratios or max(ratios) < CONTENTION:
        return []
    return [
        f"warning: other work shared the core: a timefact pass took up to "
        f"{max(ratios):.2f}x its CPU time, so wall-clock throughput is understated for "
        "every tool; chars per CPU-second is closer to what a free core gives",
        "",
    ]


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

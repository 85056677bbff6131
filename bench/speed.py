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

The parts: ``peers/`` (one module per tool), ``_measure.py`` (the parent side of each
measurement) and ``_worker.py`` (the side in the tool's process), ``_budget.py`` and
``_memory.py`` (time budget, peak memory), ``_results.py`` (what a measurement gives)
and ``_report.py`` (the printed tables and the targets).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from _corpus import (
    CHARS_PER_MB,
    CorpusDoc,
    CorpusMissingError,
    count_gold_timexes,
    load_tbaq,
    replicate,
    total_chars,
)
from _machine import Machine, load_average
from _measure import default_cpu, measure, measure_scaling, measure_startup
from _report import (
    check_targets,
    contention_warning,
    format_corpus_table,
    format_header,
    format_number,
    format_scaling,
    format_startup,
    format_targets,
)
from _results import ScalingReport, StartupReport, Status, ToolReport
from _worker import worker_main
from peers import TOOLS


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
    out.write(
        f"timefact on {len(docs)} docs, {chars:,} chars: {plain_s:.2f} s "
        f"({chars / plain_s:,.0f} chars/s) without the profiler, {profiled_s:.2f} s "
        "under it\n"
    )
    stats = pstats.Stats(profiler, stream=out).strip_dirs()
    out.write(f"\nTop {top} by own time (tottime):\n")
    stats.sort_stats("tottime").print_stats(top)
    out.write(f"\nTop {top} by cumulative time:\n")
    stats.sort_stats("cumulative").print_stats(top)
    return out.getvalue()


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Speed and memory of timefact next to dateparser, datefinder, "
        "parsedatetime, Recognizers-Text and HeidelTime."
    )
    parser.add_argument(
        "--size-mb",
        type=float,
        default=10.0,
        help="size of the replicated corpus in millions of characters (default 10; 0 skips it)",
    )
    parser.add_argument(
        "--repeats",
        type=int,
        default=3,
        help="passes per tool and corpus; the median is reported (default 3)",
    )
    parser.add_argument(
        "--budget-s",
        type=float,
        default=60.0,
        help="seconds a tool may spend on one corpus (default 60)",
    )
    parser.add_argument(
        "--tools",
        default=",".join(TOOLS),
        help=f"comma-separated tools to run (default: {','.join(TOOLS)})",
    )
    parser.add_argument(
        "--scaling-mb",
        default="1,2,4,8",
        help="text sizes for the linear-cost check (default 1,2,4,8; empty skips it)",
    )
    parser.add_argument(
        "--cpu",
        type=int,
        default=None,
        help="core to pin every tool to (default: the last available)",
    )
    parser.add_argument(
        "--json",
        type=Path,
        default=None,
        metavar="FILE",
        help="also write the results to FILE as JSON",
    )
    parser.add_argument(
        "--profile",
        nargs="?",
        const=25,
        type=int,
        default=None,
        metavar="N",
        help="instead of the benchmark, profile timefact on TBAQ and print the top N "
        "functions (default 25)",
    )
    # A measurement's own process: see _measure.py.
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
        args.scaling_chars = [
            int(float(mb) * CHARS_PER_MB) for mb in args.scaling_mb.split(",") if mb.strip()
        ]
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


def _run_benchmark(
    args: argparse.Namespace, tbaq: Sequence[CorpusDoc], cpu: int | None
) -> _Outcome:
    outcome = _Outcome()
    if "timefact" in args.tools:
        _progress(f"[{time.strftime('%H:%M:%S')}] timefact start-up ...")
        outcome.startup = measure_startup("timefact", samples=args.repeats, cpu=cpu)
    corpora: list[tuple[str, Sequence[CorpusDoc]]] = [
        (
            f"TBAQ ({len(tbaq)} docs, {total_chars(tbaq):,} chars, with their DCTs; "
            f"{count_gold_timexes():,} gold TIMEX3)",
            tbaq,
        )
    ]
    if args.size_mb > 0:
        large = replicate(tbaq, int(args.size_mb * CHARS_PER_MB))
        corpora.append(
            (
                f"TBAQ replicated to {args.size_mb:g} MB ({len(large):,} docs, "
                f"{total_chars(large):,} chars)",
                large,
            )
        )
    first: dict[str, ToolReport] = {}
    for corpus_name, docs in corpora:
        for tool in args.tools:
            earlier = first.get(tool)
            if earlier is not None and (earlier.status is not Status.OK or earlier.budget_limited):
                outcome.reports.append(_skipped(tool, corpus_name, earlier))
                continue
            _progress(f"[{time.strftime('%H:%M:%S')}] {tool} on {corpus_name} ...")
            report = measure(
                tool,
                docs,
                corpus_name=corpus_name,
                repeats=args.repeats,
                budget_s=args.budget_s,
                cpu=cpu,
            )
            _progress(
                f"    {report.status.value}: {format_number(report.chars_per_s)} chars/s "
                f"{report.reason}"
            )
            first.setdefault(tool, report)
            outcome.reports.append(report)
    if args.scaling_chars and "timefact" in args.tools:
        _progress(f"[{time.strftime('%H:%M:%S')}] timefact scaling ...")
        outcome.scaling = measure_scaling(
            tbaq, args.scaling_chars, repeats=args.repeats, budget_s=args.budget_s, cpu=cpu
        )
    return outcome


def _skipped(tool: str, corpus_name: str, on_tbaq: ToolReport) -> ToolReport:
    """A tool that failed or ran out of budget on TBAQ is not run on the larger corpus."""
    if on_tbaq.status is Status.OK:
        reason = (
            "did not finish TBAQ within the budget; on the larger corpus it would only "
            "repeat the same first documents"
        )
    else:
        reason = f"{on_tbaq.status.value} on TBAQ"
    return ToolReport(tool=tool, corpus=corpus_name, status=Status.SKIPPED, reason=reason)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse_args(argv)
    if args.worker is not None:
        return worker_main(args.worker)
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
        lines += format_corpus_table(
            [r for r in outcome.reports if r.corpus == name], f"Corpus: {name}"
        )
        lines.append("")
    calls = [f"  {spec.name:<19}{spec.call}" for spec in TOOLS.values() if spec.name in args.tools]
    lines += ["What each tool is asked to do, per document:", *calls, ""]
    if outcome.startup is not None:
        lines += [*format_startup(outcome.startup), ""]
    if outcome.scaling is not None:
        lines += [*format_scaling(outcome.scaling), ""]
    targets = check_targets(outcome.reports, outcome.scaling, outcome.startup)
    lines += format_targets(targets)
    lines += [
        "",
        "load average at end: "
        + ", ".join(f"{x:.2f}" for x in load_average())
        + " (other work on the machine slows every tool; compare within one run)",
    ]
    print("\n".join(lines))
    if args.json is not None:
        payload = {
            "machine": machine.to_dict(),
            "settings": {
                "repeats": args.repeats,
                "budget_s": args.budget_s,
                "size_mb": args.size_mb,
                "tools": args.tools,
                "cpu": cpu,
                "scaling_chars": args.scaling_chars,
            },
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

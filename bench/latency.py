"""Latency of the HTML report and of the web API for one ~2,000-word article.

Run from the repository root (needs ``timefact[web]`` and httpx)::

    python bench/latency.py               # 2,000 words, 30 timed runs each
    python bench/latency.py --words 5000 --runs 50 --json latency.json

The article is the reference article (``examples/000_e8d9254e75741f33.txt``) repeated
paragraph by paragraph until it reaches ``--words`` words, dated 2021-09-28. The report is
timed end to end in this process (annotate, check, timeline, HTML), with each stage also
timed alone. The API is timed over real HTTP: ``timefact serve`` runs in its own process
on a free localhost port, and an httpx client posts the article and reads the whole
answer. Each measurement is warmed up first; the table gives the median and the 90th
percentile of ``--runs`` runs, in milliseconds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import timefact
from timefact._checks import check
from timefact._report import render_report
from timefact._timeline import build_timeline

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "examples" / "000_e8d9254e75741f33.txt"
DCT = dt.date(2021, 9, 28)


def build_article(words: int) -> str:
    """The reference article's paragraphs, repeated until the text has ``words`` words."""
    paragraphs = [p for p in REFERENCE.read_text("utf-8").split("\n") if p.strip()]
    out: list[str] = []
    count = 0
    while count < words:
        for paragraph in paragraphs:
            out.append(paragraph)
            count += len(paragraph.split())
            if count >= words:
                break
    return "\n".join(out)


def measure(action: Callable[[], Any], runs: int, warmup: int = 3) -> dict[str, float]:
    for _ in range(warmup):
        action()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return {
        "median_ms": statistics.median(times),
        "p90_ms": times[min(len(times) - 1, int(0.9 * len(times)))],
        "min_ms": times[0],
        "runs": float(runs),
    }


def report_timings(text: str, runs: int) -> dict[str, dict[str, float]]:
    doc = timefact.annotate(text, dct=DCT)
    findings = check(doc)
    timeline = build_timeline(doc, findings=findings)

    def whole() -> str:
        annotated = timefact.annotate(text, dct=DCT)
        found = check(annotated)
        return render_report(
            annotated, findings=found, timeline=build_timeline(annotated, findings=found)
        )

    return {
        "report, end to end": measure(whole, runs),
        "  annotate": measure(lambda: timefact.annotate(text, dct=DCT), runs),
        "  check": measure(lambda: check(doc), runs),
        "  timeline": measure(lambda: build_timeline(doc, findings=findings), runs),
        "  HTML": measure(lambda: render_report(doc, findings=findings, timeline=timeline), runs),
    }


@contextmanager
def serving() -> Iterator[str]:
    """``timefact serve`` in its own process, so client and server do not share a GIL."""
    import httpx

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "timefact._cli",
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(url + "/", timeout=1).raise_for_status()
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise SystemExit("timefact serve did not start") from None
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def api_timings(text: str, runs: int) -> dict[str, dict[str, float]]:
    import httpx

    body = {"text": text, "dct": DCT.isoformat()}
    out: dict[str, dict[str, float]] = {}
    with serving() as url, httpx.Client(base_url=url, timeout=60) as client:
        for path in ("/api/annotate", "/api/check", "/api/timeline"):

            def call(path: str = path) -> None:
                response = client.post(path, json=body)
                response.raise_for_status()

            out[f"POST {path}"] = measure(call, runs)

        def page() -> None:
            response = client.post("/report", data={"text": text, "dct": DCT.isoformat()})
            response.raise_for_status()

        out["POST /report (HTML page)"] = measure(page, runs)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=2000, help="article length (2000)")
    parser.add_argument("--runs", type=int, default=30, help="timed runs per measure (30)")
    parser.add_argument("--no-api", action="store_true", help="time the report only")
    parser.add_argument("--json", metavar="PATH", help="also write the results as JSON")
    args = parser.parse_args()
    text = build_article(args.words)
    doc = timefact.annotate(text, dct=DCT)
    print(
        f"article: {len(text.split()):,} words, {len(text):,} characters, "
        f"{len(doc.timexes)} time expressions, {len(check(doc))} findings"
    )
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, timefact {timefact.__version__}"
    )
    results = report_timings(text, args.runs)
    if not args.no_api:
        results.update(api_timings(text, args.runs))
    print(f"\n{'measure':<30} {'median ms':>10} {'p90 ms':>10} {'min ms':>10}")
    for name, numbers in results.items():
        print(
            f"{name:<30} {numbers['median_ms']:>10.1f} {numbers['p90_ms']:>10.1f} "
            f"{numbers['min_ms']:>10.1f}"
        )
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {
                    "words": len(text.split()),
                    "characters": len(text),
                    "runs": args.runs,
                    "results": results,
                },
                indent=2,
            ),
            "utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

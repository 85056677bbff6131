"""``timefact batch INPUT -o OUTPUT``: annotate a JSONL, CSV or Parquet corpus on every core."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from timefact._batch import BatchOptions, BatchSummary, Fields, default_jobs, run_batch
from timefact._batch_record import RecordOptions

HELP = "annotate a corpus (JSONL, CSV or Parquet) into JSONL or Parquet, on every core; resumable"

EPILOG = """\
Each output record holds the document's id, its DCT (with how it was obtained) and its
timexes, plus findings (--checks) and a timeline (--timeline). Records are written in
input order. Rerunning the same command skips the ids already in OUTPUT, so a run
stopped by Ctrl-C is completed by running it again. Documents that cannot be annotated
are listed, with the reason, in OUTPUT.errors.jsonl. Exit status: 0 when every document
was written, 1 when some failed, 130 when interrupted.
"""


def _jobs(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a number of processes >= 1, got {text!r}")
    return number


def configure(parser: argparse.ArgumentParser) -> None:
    parser.epilog = EPILOG
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument(
        "input",
        metavar="INPUT",
        type=Path,
        help="corpus file: .jsonl (one JSON object a line), .csv, .parquet; "
        ".jsonl.gz and .csv.gz too",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUTPUT",
        type=Path,
        required=True,
        help="output file: .jsonl or .parquet (extended when it exists)",
    )
    parser.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        default=None,
        metavar="N",
        help=f"worker processes (default: all cores, {default_jobs()} here)",
    )
    parser.add_argument(
        "--text-field",
        default="text",
        metavar="NAME",
        help="field or column holding the text (default: text)",
    )
    parser.add_argument(
        "--id-field",
        default="id",
        metavar="NAME",
        help="field or column holding the document id (default: id; a "
        "record without one gets its line or row number)",
    )
    parser.add_argument(
        "--dct-field",
        default="dct",
        metavar="NAME",
        help="field or column holding the publication date YYYY-MM-DD "
        "(default: dct; missing or empty: inferred from the text)",
    )
    parser.add_argument(
        "--checks", action="store_true", help="add the fact-check findings of each document"
    )
    parser.add_argument("--timeline", action="store_true", help="add the timeline of each document")
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress bar and no summary")


def run(args: argparse.Namespace) -> int:
    options = BatchOptions(
        input=args.input,
        output=args.output,
        jobs=args.jobs or default_jobs(),
        fields=Fields(text=args.text_field, id=args.id_field, dct=args.dct_field),
        record=RecordOptions(checks=args.checks, timeline=args.timeline),
        progress=not args.quiet and sys.stderr.isatty(),
    )
    summary = run_batch(options)
    if not args.quiet:
        print(describe(summary, args.output), file=sys.stderr)
    if summary.interrupted:
        return 130
    return 1 if summary.failed else 0


def describe(summary: BatchSummary, output: Path) -> str:
    rate = summary.written / summary.seconds if summary.seconds > 0 else 0.0
    parts = [
        f"{summary.written} documents written to {output} in {summary.seconds:.1f} s "
        f"({rate:.0f} docs/s)"
    ]
    if summary.skipped:
        parts.append(f"{summary.skipped} skipped (already in the output)")
    if summary.failed:
        parts.append(f"{summary.failed} failed (see {summary.errors_path})")
    text = "timefact batch: " + "; ".join(parts)
    if summary.interrupted:
        text += "\ntimefact batch: interrupted; run the same command again to finish"
    return text

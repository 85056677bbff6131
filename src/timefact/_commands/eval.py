"""``timefact eval GOLD``: the TempEval-3 Task A table of timefact against gold timexes."""

from __future__ import annotations

import argparse
import json

from timefact._engine import Tagger
from timefact._errors import InputError
from timefact._evaluate import Split, evaluate, format_report, load_gold
from timefact._scorer import ErrorKind

HELP = "score timefact against gold timexes (TimeML directory or JSONL), TempEval-3 style"


def _count(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = -1
    if number < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number >= 0, got {text!r}")
    return number


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "gold",
        metavar="GOLD",
        help="a directory of .tml files (searched recursively), a .tml file, or a gold .jsonl file",
    )
    parser.add_argument(
        "--split",
        choices=[split.value for split in Split],
        default="all",
        help="evaluate on one part of TimeBank+AQUAINT, told apart by document id (default: all)",
    )
    parser.add_argument(
        "--errors",
        type=_count,
        default=20,
        metavar="N",
        help="list the first N errors (default: 20; 0 lists none)",
    )
    parser.add_argument(
        "--kind",
        action="append",
        default=[],
        metavar="KIND",
        choices=[kind.value for kind in ErrorKind],
        help="list only errors of this kind (repeatable): "
        + ", ".join(kind.value for kind in ErrorKind),
    )
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default: text)"
    )


def run(args: argparse.Namespace) -> int:
    split = Split(args.split)
    docs = load_gold(args.gold, split)
    if not docs:
        raise InputError(f"{args.gold}: no documents in split {split.value!r}; try --split all")
    report = evaluate(docs, Tagger())
    kinds = [ErrorKind(kind) for kind in args.kind]
    if args.format == "json":
        out = {
            "gold": args.gold,
            "split": split.value,
            **report.to_dict(errors=args.errors, kinds=kinds),
        }
        print(json.dumps(out, indent=2, ensure_ascii=False))
    else:
        title = f"TempEval-3 Task A: {args.gold} (split: {split.value})"
        print(format_report(report, title, args.errors, kinds))
    return 0

"""``timefact explain PHRASE``: how timefact reads a phrase, step by step."""

from __future__ import annotations

import argparse

from timefact._commands.tag import describe_dct
from timefact._engine import annotate
from timefact._io import parse_dct

HELP = "show how a phrase is read: rule, partial value, anchor and result"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("phrase", metavar="PHRASE", help="the words to read, e.g. 'last Tuesday'")
    parser.add_argument(
        "--dct",
        default="none",
        metavar="YYYY-MM-DD",
        help="publication date to anchor on (default: none; 'auto' infers it from the phrase)",
    )


def run(args: argparse.Namespace) -> int:
    wanted = args.dct.strip().lower()
    dct = None if wanted == "none" else ("auto" if wanted == "auto" else parse_dct(args.dct))
    doc = annotate(args.phrase, dct)
    print(describe_dct(doc))
    if not doc.timexes:
        print(f"no time expression found in {args.phrase!r}")
        return 1
    for timex in doc.timexes:
        partial = ", ".join(f"{k}={v}" for k, v in timex.partial.as_dict().items()) or "-"
        anchor = timex.anchor.kind.value + (f" {timex.anchor.value}" if timex.anchor.value else "")
        print(f"{timex.text!r} (characters {timex.start}-{timex.end})")
        print(f"  rule:     {timex.rule}")
        print(f"  partial:  {partial}")
        print(
            f"  words:    {timex.partial.underspecified_value()}"
            if timex.partial.month or timex.partial.weekday
            else "",
            end="",
        )
        if timex.partial.month or timex.partial.weekday:
            print()
        print(f"  anchor:   {anchor}{'' if timex.certain else ' (the value rests on a guess)'}")
        mod = f" mod={timex.mod}" if timex.mod else ""
        print(f"  result:   {timex.type.value} {timex.value}{mod}")
    return 0

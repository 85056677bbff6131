"""The ``timefact`` command line: one sub-command per module in :mod:`timefact._commands`.

Each command module defines ``HELP`` (one line), ``configure(parser)`` and ``run(args)``
returning the exit status. Errors of the :class:`TimefactError` family are printed as one
line on standard error with exit status 2, never as a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from types import ModuleType

from timefact._errors import TimefactError

COMMANDS: tuple[str, ...] = (
    "tag",
    "explain",
    "check",
    "timeline",
    "report",
    "eval",
    "batch",
    "serve",
)


def _load(name: str) -> ModuleType:
    return importlib.import_module(f"timefact._commands.{name}")


def build_parser(commands: Sequence[str] = COMMANDS) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timefact",
        description="Find, resolve and fact-check the time expressions of English news.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in commands:
        module = _load(name)
        command = sub.add_parser(name, help=module.HELP, description=module.HELP)
        module.configure(command)
        command.set_defaults(_run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    # Build only the parser that is needed, so `timefact tag` never imports web code.
    wanted = [a for a in args_list if a in COMMANDS][:1]
    parser = build_parser(wanted or COMMANDS)
    args = parser.parse_args(args_list)
    try:
        status: int = args._run(args)
    except TimefactError as exc:
        print(f"timefact: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("timefact: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    return status


if __name__ == "__main__":
    sys.exit(main())

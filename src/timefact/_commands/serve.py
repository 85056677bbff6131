"""``timefact serve``: the web page and JSON API (needs ``timefact[web]``)."""

from __future__ import annotations

import argparse
import importlib.util
import sys

from timefact._errors import InputError, MissingExtraError

HELP = "serve the web page and JSON API for checking articles (needs timefact[web])"


def _port(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = -1
    if not 0 <= number <= 65535:
        raise argparse.ArgumentTypeError(f"expected a port number 0-65535, got {text!r}")
    return number


def _size(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a positive number of bytes, got {text!r}")
    return number


def configure(parser: argparse.ArgumentParser) -> None:
    from timefact.web import DEFAULT_MAX_BODY_BYTES  # noqa: PLC0415  (no web import at start)

    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default: 127.0.0.1, this machine only)")
    parser.add_argument("--port", type=_port, default=8000, help="port (default: 8000)")
    parser.add_argument("--max-body", type=_size, default=DEFAULT_MAX_BODY_BYTES,
                        metavar="BYTES",
                        help=f"largest request body accepted (default: {DEFAULT_MAX_BODY_BYTES})")


def run(args: argparse.Namespace) -> int:
    from timefact.web import create_app  # noqa: PLC0415

    app = create_app(max_body_bytes=args.max_body)
    if importlib.util.find_spec("uvicorn") is None:
        raise MissingExtraError("timefact serve", "web")
    import uvicorn  # noqa: PLC0415

    print(f"timefact: serving on http://{args.host}:{args.port}/ (Ctrl+C stops)",
          file=sys.stderr)
    try:
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    except OSError as exc:
        raise InputError(f"cannot listen on {args.host}:{args.port}: {exc.strerror}") from exc
    return 0

"""``timefact serve``: the web page and JSON API (needs ``timefact[web]``)."""

from __future__ import annotations

import argparse
import importlib.util
import socket
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
    from timefact.web import DEFAULT_MAX_BODY_BYTES

    parser.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default: 127.0.0.1, this machine only)",
    )
    parser.add_argument("--port", type=_port, default=8000, help="port (default: 8000)")
    parser.add_argument(
        "--max-body",
        type=_size,
        default=DEFAULT_MAX_BODY_BYTES,
        metavar="BYTES",
        help=f"largest request body accepted (default: {DEFAULT_MAX_BODY_BYTES})",
    )


def run(args: argparse.Namespace) -> int:
    from timefact.web import create_app

    app = create_app(max_body_bytes=args.max_body)
    if importlib.util.find_spec("uvicorn") is None:
        raise MissingExtraError("timefact serve", "web")
    import uvicorn

    listener = _listen(args.host, args.port)
    host, port = listener.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    print(f"timefact: serving on http://{shown}:{port}/ (Ctrl+C stops)", file=sys.stderr)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    try:
        server.run(sockets=[listener])
    finally:
        listener.close()
    return 0


def _listen(host: str, port: int) -> socket.socket:
    """Bind the listening socket here, so a bad address gets a one-line message."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
        listener = socket.socket(family, kind, proto)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(address)
    except (OSError, UnicodeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise InputError(
            f"cannot listen on {host}:{port}: {reason}; check --host and "
            "--port (is another server using the port?)"
        ) from exc
    return listener

"""A cap on request bodies, enforced while the body streams in.

A declared ``Content-Length`` above the cap is refused before any of the body is read;
a body without one (chunked) is counted as it arrives and refused as soon as it passes
the cap, so no request can make the server hold more than the cap in memory.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from html import escape
from typing import Any

from starlette.exceptions import HTTPException

Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[MutableMapping[str, Any], Receive, Send], Awaitable[None]]


def too_large_message(limit: int) -> str:
    """What a client that sent too much is told."""
    return (
        f"request body too large: the limit is {limit:,} bytes (about {limit // 6:,} "
        "words of text); send a shorter article or split it"
    )


class BodyTooLarge(HTTPException):
    """Raised from ``receive`` once a streamed body passes the cap (answered with 413)."""

    def __init__(self, limit: int) -> None:
        super().__init__(status_code=413, detail=too_large_message(limit))


class BodyLimit:
    """ASGI middleware refusing request bodies larger than ``max_bytes`` with 413."""

    def __init__(self, app: App, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: MutableMapping[str, Any], receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.max_bytes:
            await _refuse(scope, send, self.max_bytes)
            return
        received = 0
        limit = self.max_bytes

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge(limit)
            return message

        await self.app(scope, limited_receive, send)


def _content_length(scope: MutableMapping[str, Any]) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _refuse(scope: MutableMapping[str, Any], send: Send, limit: int) -> None:
    message = too_large_message(limit)
    if str(scope.get("path", "")).startswith("/api/"):
        body = json.dumps({"detail": message}).encode()
        kind = b"application/json"
    else:
        body = (
            f'<!DOCTYPE html><html lang="en"><title>Too large</title>'
            f'<p>{escape(message)}.</p><p><a href="/">Back</a></p></html>'
        ).encode()
        kind = b"text/html; charset=utf-8"
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", kind),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})

"""The web application: a page to check an article and a JSON API (``timefact[web]``).

>>> from timefact.web import create_app  # doctest: +SKIP
>>> app = create_app(max_body_bytes=1_000_000)  # an ASGI app for uvicorn

Routes: ``GET /`` (the page), ``POST /report`` (the page's form: the HTML report),
``POST /api/annotate``, ``POST /api/check``, ``POST /api/timeline`` (JSON), and
``GET /openapi.json`` (the API's description).
"""

from __future__ import annotations

import importlib.util
from typing import Any

from timefact._errors import MissingExtraError

DEFAULT_MAX_BODY_BYTES = 1_000_000

__all__ = ["DEFAULT_MAX_BODY_BYTES", "create_app"]


def create_app(*, max_body_bytes: int = DEFAULT_MAX_BODY_BYTES) -> Any:
    """Build the ASGI application; raises :class:`MissingExtraError` without the extra."""
    needed = ("fastapi", "uvicorn", "python_multipart")
    if any(importlib.util.find_spec(name) is None for name in needed):
        raise MissingExtraError("the timefact web application", "web")
    from timefact.web._app import build_app

    return build_app(max_body_bytes=max_body_bytes)

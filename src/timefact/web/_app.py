"""The FastAPI application behind ``timefact serve``.

Article text is untrusted: pages escape it (see :mod:`timefact._report`) and every
response forbids scripts through its Content-Security-Policy, so a ``<script>`` in an
article is shown as text and could not run even if it slipped through. Input errors
(bad JSON, a bad date, a binary upload) are answered 4xx with a message; bodies above
the cap get 413 before they are read (see :mod:`timefact.web._limits`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Annotated, Any

from fastapi import FastAPI, File, Form, Request, UploadFile
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from timefact import __version__
from timefact._checks import check
from timefact._engine import annotate
from timefact._errors import TimefactError
from timefact._io import decode, parse_dct
from timefact._model import Document
from timefact._timeline import build_timeline
from timefact.web._limits import BodyLimit
from timefact.web._pages import form_page, report_page
from timefact.web._schema import AnnotateOut, ArticleIn, CheckOut, Problem, TimelineOut

_SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'unsafe-inline'; "
        "img-src 'self' data:; form-action 'self'; base-uri 'none'; "
        "frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": Problem, "description": "The body cannot be read (not UTF-8 JSON)."},
    413: {"model": Problem, "description": "The request body is above the size cap."},
    422: {"model": Problem, "description": "Bad JSON, a missing field or a bad date."},
}
_SHAPE = '{"text": "...", "dct": "YYYY-MM-DD"}'
_DESCRIPTION = """Find, resolve and fact-check the time expressions of English news.

Each endpoint takes `{"text": ..., "dct": "YYYY-MM-DD" | "auto" | null}`. Offsets are
character offsets into `text`. Errors answer `{"detail": "<what was wrong>"}` with a 4xx
status."""


def _annotate(article: ArticleIn) -> Document:
    return annotate(article.text, article.dct)


def build_app(*, max_body_bytes: int) -> FastAPI:
    """The application, with request bodies capped at ``max_body_bytes``."""
    # The endpoints answer JSONResponse themselves: the models document the shapes (and
    # the schema-driven test checks the answers against them) without validating every
    # answer again at run time.
    app = FastAPI(
        title="timefact",
        version=__version__,
        description=_DESCRIPTION,
        docs_url=None,
        redoc_url=None,
    )
    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)

    @app.middleware("http")
    async def security_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        for name, value in _SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    _add_error_handlers(app)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home() -> HTMLResponse:
        return HTMLResponse(form_page())

    @app.get("/report", include_in_schema=False)
    def report_get() -> RedirectResponse:
        return RedirectResponse("/", status_code=303)

    @app.post("/report", response_class=HTMLResponse, include_in_schema=False)
    def report(
        text: Annotated[str, Form()] = "",
        dct: Annotated[str, Form()] = "",
        file: Annotated[UploadFile | None, File()] = None,
    ) -> HTMLResponse:
        return _report_response(text, dct, file)

    @app.post(
        "/api/annotate",
        response_model=AnnotateOut,
        responses=_ERRORS,
        summary="Find and resolve the time expressions of an article",
    )
    def api_annotate(article: ArticleIn) -> JSONResponse:
        return JSONResponse(_annotate(article).to_dict())

    @app.post(
        "/api/check",
        response_model=CheckOut,
        responses=_ERRORS,
        summary="Find the time contradictions of an article, with fixes",
    )
    def api_check(article: ArticleIn) -> JSONResponse:
        doc = _annotate(article)
        return JSONResponse(
            {"dct": doc.dct.to_dict(), "findings": [f.to_dict() for f in check(doc)]}
        )

    @app.post(
        "/api/timeline",
        response_model=TimelineOut,
        responses=_ERRORS,
        summary="Lay an article's events out in calendar order",
    )
    def api_timeline(article: ArticleIn) -> JSONResponse:
        return JSONResponse(build_timeline(_annotate(article)).to_dict())

    return app


def _report_response(text: str, dct: str, file: UploadFile | None) -> HTMLResponse:
    dct = dct.strip()
    try:
        if file is not None and file.filename:
            text = decode(file.file.read(), file.filename)
        if not text.strip():
            return HTMLResponse(
                form_page(text, dct, "Paste an article or choose a text file first."),
                status_code=400,
            )
        doc = annotate(text, parse_dct(dct) if dct else "auto")
    except TimefactError as exc:
        return HTMLResponse(form_page(text, dct, str(exc)), status_code=422)
    findings = check(doc)
    return HTMLResponse(report_page(doc, findings, build_timeline(doc, findings=findings), dct))


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(TimefactError)
    async def input_error(request: Request, exc: TimefactError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=422)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        problems = _problems(exc.errors())
        detail = "; ".join(
            f"{p['where']}: {p['message']}" if p["where"] else p["message"] for p in problems
        )
        if request.url.path == "/report":
            return HTMLResponse(form_page(error=detail), status_code=422)
        return JSONResponse(
            {"detail": detail, "errors": jsonable_encoder(problems)}, status_code=422
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if request.url.path == "/report":
            return HTMLResponse(form_page(error=str(exc.detail)), status_code=exc.status_code)
        detail = str(exc.detail)
        if exc.status_code == 400 and "parsing the body" in detail:
            detail = (
                "the body cannot be read: send UTF-8 JSON such as "
                '{"text": "...", "dct": "YYYY-MM-DD"}'
            )
        return JSONResponse(
            {"detail": detail}, status_code=exc.status_code, headers=getattr(exc, "headers", None)
        )


def _problems(errors: Sequence[Any]) -> list[dict[str, str]]:
    """Validation errors in plain words, one per field, without echoing the input."""
    by_field: dict[str, Any] = {}
    for error in errors:
        location = [str(part) for part in error.get("loc", ()) if part != "body"]
        where = location[0] if location else ""
        # A field with alternatives ("auto" or a date) fails once per alternative; the
        # date's complaint is the one that says what was wrong.
        if where not in by_field or str(error.get("type", "")).startswith("date"):
            by_field[where] = error
    return [
        {"where": where, "message": _problem_message(error, where)}
        for where, error in by_field.items()
    ]


def _problem_message(error: Any, where: str) -> str:
    kind = error.get("type")
    message = str(error.get("msg", "invalid value"))
    if kind == "json_invalid":
        reason = str(error.get("ctx", {}).get("error", ""))
        return f"the body is not valid JSON ({reason}); send {_SHAPE}"
    if kind == "missing" and not where:
        return f"the request body is empty; send {_SHAPE}"
    if kind == "model_attributes_type":
        return f"expected a JSON object: {_SHAPE}"
    if where == "dct":
        detail = message.split(", ", 1)[1] if ", " in message else ""
        return "expected a real date as YYYY-MM-DD (for example 2021-09-28), 'auto' or null" + (
            f" ({detail})" if detail else ""
        )
    return message

"""The FastAPI application behind ``timefact serve``.

Article text is untrusted: pages escape it (see :mod:`timefact._report`) and every
response forbids scripts through its Content-Security-Policy, so a ``<script>`` in an
article is shown as text and could not run even if it slipped through. Input errors
(bad JSON, a bad date, a binary upload) are answered 4xx with a message; bodies above
the cap get 413 before they are read (see :mod:`timefact.web._limits`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated, Any

from fastapi import FastAPI, File, Form, Request, UploadFile
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from timefact import __version__
from timefact._checks import check
from timefact._engine import DctArg, annotate
from timefact._errors import TimefactError
from timefact._io import decode, parse_dct
from timefact._model import Document
from timefact._timeline import build_timeline
from timefact.web._limits import BodyLimit
from timefact.web._pages import form_page, report_page
from timefact.web._schema import AnnotateOut, ArticleIn, CheckOut, Problem, TimelineOut

_SECURITY_HEADERS = {
    "Content-Security-Policy": ("default-src 'none'; style-src 'unsafe-inline'; "
                                "img-src 'self' data:; form-action 'self'; base-uri 'none'; "
                                "frame-ancestors 'none'"),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
_ERRORS: dict[int | str, dict[str, Any]] = {
    413: {"model": Problem, "description": "The request body is above the size cap."},
    422: {"model": Problem, "description": "Bad JSON, a missing field or a bad date."},
}
_DESCRIPTION = """Find, resolve and fact-check the time expressions of English news.

Each endpoint takes `{"text": ..., "dct": "YYYY-MM-DD" | "auto" | null}`. Offsets are
character offsets into `text`. Errors answer `{"detail": "<what was wrong>"}` with a 4xx
status."""


def _dct_arg(dct: str | None) -> DctArg:
    if dct is None or dct == "auto":
        return dct
    return parse_dct(dct)


def _annotate(article: ArticleIn) -> Document:
    return annotate(article.text, _dct_arg(article.dct))


def build_app(*, max_body_bytes: int) -> FastAPI:
    """The application, with request bodies capped at ``max_body_bytes``."""
    app = FastAPI(title="timefact", version=__version__, description=_DESCRIPTION,
                  docs_url=None, redoc_url=None)
    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)

    @app.middleware("http")
    async def security_headers(request: Request,
                               call_next: Callable[[Request], Awaitable[Response]]) -> Response:
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
    def report(text: Annotated[str, Form()] = "", dct: Annotated[str, Form()] = "",
               file: Annotated[UploadFile | None, File()] = None) -> HTMLResponse:
        return _report_response(text, dct, file)

    @app.post("/api/annotate", response_model=AnnotateOut, responses=_ERRORS,
              summary="Find and resolve the time expressions of an article")
    def api_annotate(article: ArticleIn) -> dict[str, Any]:
        return _annotate(article).to_dict()

    @app.post("/api/check", response_model=CheckOut, responses=_ERRORS,
              summary="Find the time contradictions of an article, with fixes")
    def api_check(article: ArticleIn) -> dict[str, Any]:
        doc = _annotate(article)
        return {"dct": doc.dct.to_dict(), "findings": [f.to_dict() for f in check(doc)]}

    @app.post("/api/timeline", response_model=TimelineOut, responses=_ERRORS,
              summary="Lay an article's events out in calendar order")
    def api_timeline(article: ArticleIn) -> dict[str, Any]:
        return build_timeline(_annotate(article)).to_dict()

    return app


def _report_response(text: str, dct: str, file: UploadFile | None) -> HTMLResponse:
    dct = dct.strip()
    try:
        if file is not None and file.filename:
            text = decode(file.file.read(), file.filename)
        if not text.strip():
            return HTMLResponse(form_page(text, dct, "Paste an article or choose a text file "
                                                     "first."), status_code=400)
        doc = annotate(text, parse_dct(dct) if dct else "auto")
    except TimefactError as exc:
        return HTMLResponse(form_page(text, dct, str(exc)), status_code=422)
    findings = check(doc)
    return HTMLResponse(report_page(doc, findings, build_timeline(doc, findings=findings),
                                    dct))


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(TimefactError)
    async def input_error(request: Request, exc: TimefactError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=422)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        problems = [_problem(error) for error in exc.errors()]
        detail = "; ".join(f"{p['where']}: {p['message']}" if p["where"] else p["message"]
                           for p in problems)
        if request.url.path == "/report":
            return HTMLResponse(form_page(error=detail), status_code=422)
        return JSONResponse({"detail": detail, "errors": jsonable_encoder(problems)},
                            status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if request.url.path == "/report":
            return HTMLResponse(form_page(error=str(exc.detail)), status_code=exc.status_code)
        return JSONResponse({"detail": str(exc.detail)}, status_code=exc.status_code,
                            headers=getattr(exc, "headers", None))


def _problem(error: Any) -> dict[str, str]:
    """A validation error without the offending input echoed back."""
    location = [str(part) for part in error.get("loc", ()) if part != "body"]
    message = str(error.get("msg", "invalid value"))
    if error.get("type") == "json_invalid":
        location = []
        message = ("the body is not valid JSON (" + str(error.get("ctx", {}).get("error", ""))
                   + "); send {\"text\": \"...\", \"dct\": \"YYYY-MM-DD\"}")
    elif error.get("type") == "missing" and not location:
        message = "the request body is empty; send {\"text\": \"...\", \"dct\": \"YYYY-MM-DD\"}"
    elif error.get("type") == "string_pattern_mismatch":
        message = "expected a date as YYYY-MM-DD (for example 2021-09-28), 'auto' or null"
    elif error.get("type") == "model_attributes_type":
        message = "expected a JSON object: {\"text\": \"...\", \"dct\": \"YYYY-MM-DD\"}"
    return {"where": ".".join(location), "message": message}

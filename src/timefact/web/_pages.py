"""The HTML of the web page: the form, and the form above a report."""

from __future__ import annotations

import functools
from html import escape
from importlib import resources

from timefact._model import Document, Finding
from timefact._report import page, report_body
from timefact._timeline import Timeline

TITLE = "timefact: check the dates of a news article"


@functools.cache
def form_css() -> str:
    """The form's stylesheet (shipped in ``timefact/web/static``)."""
    return resources.files("timefact.web").joinpath("static", "form.css").read_text("utf-8")


def form(text: str = "", dct: str = "", error: str = "") -> str:
    """The article form, pre-filled with ``text`` and ``dct`` (escaped here)."""
    message = f'<p class="error" role="alert" id="form-error">{escape(error)}</p>' if error else ""
    return (
        '<form class="editor" method="post" action="/report" enctype="multipart/form-data" '
        'aria-labelledby="form-title">'
        '<h1 id="form-title">timefact</h1>'
        '<p class="intro">Paste a news article or upload a text file: every date, time and '
        "duration is lit up, contradictions (a wrong weekday, an impossible date) are "
        "explained beside the text, and the story is laid out on a timeline.</p>"
        '<label for="text">Article text</label>'
        f'<textarea id="text" name="text" rows="12" spellcheck="false">{escape(text)}</textarea>'
        '<div class="controls">'
        '<div><label for="file">…or upload a UTF-8 text file</label>'
        '<input type="file" id="file" name="file" accept=".txt,text/plain"></div>'
        '<div><label for="dct">Publication date <span class="hint">(leave empty to infer it '
        "from the text)</span></label>"
        f'<input type="date" id="dct" name="dct" value="{escape(dct)}"></div>'
        '<div><button type="submit">Check the article</button></div>'
        f"</div>{message}</form>"
    )


def form_page(text: str = "", dct: str = "", error: str = "") -> str:
    """The page with the form alone (and an error, if the last try failed)."""
    body = f'<main class="report">{form(text, dct, error)}</main>'
    return page(TITLE, body, extra_css=form_css())


def report_page(
    doc: Document, findings: tuple[Finding, ...], timeline: Timeline, dct_field: str
) -> str:
    """The form, filled with what was sent, above the report on it."""
    body = report_body(doc, findings, timeline, title="Report", before=form(doc.text, dct_field))
    return page(f"Report · {TITLE}", body, extra_css=form_css())

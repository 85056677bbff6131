"""The web application: every endpoint, the size cap, bad input and escaping."""

from __future__ import annotations

import asyncio
import json
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="the web tests need timefact[web]")
pytest.importorskip("httpx", reason="the web tests need httpx")

from fastapi.testclient import TestClient

import timefact
from timefact._checks import check
from timefact._cli import main
from timefact._errors import MissingExtraError
from timefact._timeline import build_timeline
from timefact.web import create_app
from timefact.web._limits import BodyLimit

REFERENCE = Path(__file__).resolve().parents[1] / "examples" / "000_e8d9254e75741f33.txt"
ARTICLE = REFERENCE.read_text("utf-8")
CAP = 20_000


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(create_app(max_body_bytes=CAP)) as test_client:
        yield test_client


def post_json(client: TestClient, path: str, body: Any) -> Any:
    return client.post(path, content=json.dumps(body), headers={"content-type": "application/json"})


# The JSON API ----------------------------------------------------------------------------


def test_annotate(client: TestClient) -> None:
    response = post_json(client, "/api/annotate", {"text": ARTICLE, "dct": "2021-09-28"})
    assert response.status_code == 200
    expected = timefact.annotate(ARTICLE, dct="2021-09-28").to_dict()
    assert response.json() == expected
    assert response.json()["dct"]["source"] == "given"


def test_annotate_infers_or_skips_the_date(client: TestClient) -> None:
    auto = post_json(client, "/api/annotate", {"text": ARTICLE}).json()
    assert auto["dct"] == timefact.annotate(ARTICLE, dct="auto").dct.to_dict()
    none = post_json(client, "/api/annotate", {"text": ARTICLE, "dct": None}).json()
    assert none["dct"]["date"] is None and none["dct"]["source"] == "unknown"


def test_check(client: TestClient) -> None:
    response = post_json(client, "/api/check", {"text": ARTICLE, "dct": "2021-09-28"})
    assert response.status_code == 200
    findings = response.json()["findings"]
    doc = timefact.annotate(ARTICLE, dct="2021-09-28")
    assert findings == [f.to_dict() for f in check(doc)]
    assert "weekday-date-mismatch" in {f["name"] for f in findings}


def test_timeline(client: TestClient) -> None:
    response = post_json(client, "/api/timeline", {"text": ARTICLE, "dct": "2021-09-28"})
    assert response.status_code == 200
    data = response.json()
    doc = timefact.annotate(ARTICLE, dct="2021-09-28")
    assert data == build_timeline(doc).to_dict()
    assert data["events"][0]["when"]["first"] <= data["events"][-1]["when"]["first"]


def test_openapi_describes_the_three_endpoints(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/annotate", "/api/check", "/api/timeline"):
        operation = spec["paths"][path]["post"]
        assert {"200", "413", "422"} <= set(operation["responses"])
    assert "/report" not in spec["paths"]
    assert client.get("/docs").status_code == 404  # no page that loads scripts from a CDN


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (b"{not json", "not valid JSON"),
        (b"", "the request body is empty"),
        (b"[1, 2]", "expected a JSON object"),
        (b'{"dct": "2021-09-28"}', "text: Field required"),
        (b'{"text": 5}', "text: Input should be a valid string"),
        (b'{"text": "x", "extra": 1}', "extra: Extra inputs are not permitted"),
        (b'{"text": "x", "dct": "yesterday"}', "dct: expected a real date as YYYY-MM-DD"),
        (b'{"text": "x", "dct": "2021-02-30"}', "dct: expected a real date as YYYY-MM-DD"),
        (b'{"text": "x", "dct": "2021-13-01"}', "month value is outside expected range"),
        (b'{"text": "x", "dct": 1632787200}', "dct: expected a real date"),
    ],
)
@pytest.mark.parametrize("path", ["/api/annotate", "/api/check", "/api/timeline"])
def test_bad_input_gets_a_4xx_with_a_message(
    client: TestClient, path: str, body: bytes, words: str
) -> None:
    response = client.post(path, content=body, headers={"content-type": "application/json"})
    assert response.status_code == 422
    assert words in response.json()["detail"]


def test_lone_surrogates_become_replacement_characters(client: TestClient) -> None:
    response = client.post(
        "/api/annotate",
        content=b'{"text": "On \\ud800 Sept. 26, 2021."}',
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 200
    expected = timefact.annotate("On \ufffd Sept. 26, 2021.", dct="auto").to_dict()
    assert response.json() == expected


def test_wrong_method_and_path(client: TestClient) -> None:
    assert client.get("/api/annotate").status_code == 405
    assert client.post("/api/nothing", json={}).status_code == 404


# The size cap ----------------------------------------------------------------------------


def test_declared_body_above_the_cap_gets_413(client: TestClient) -> None:
    response = post_json(client, "/api/check", {"text": "word " * CAP})
    assert response.status_code == 413
    assert "request body too large: the limit is 20,000 bytes" in response.json()["detail"]


def test_streamed_body_above_the_cap_gets_413(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(50):
            yield b"x" * 1000
        yield b'"}'

    response = client.post(
        "/api/annotate", content=chunks(), headers={"content-type": "application/json"}
    )
    assert response.status_code == 413
    assert "too large" in response.json()["detail"]


def test_the_cap_stops_reading_a_stream_early() -> None:
    """An endless body is read only up to the cap, never whole."""
    pulled = 0

    async def receive() -> dict[str, Any]:
        nonlocal pulled
        pulled += 1
        return {"type": "http.request", "body": b"x" * 1000, "more_body": True}

    sent: list[dict[str, Any]] = []

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    async def app(scope: Any, receive_: Any, send_: Any) -> None:
        while True:  # an application that reads everything it is given
            await receive_()

    scope = {"type": "http", "path": "/api/check", "headers": []}
    with pytest.raises(Exception, match="too large") as caught:
        asyncio.run(BodyLimit(app, max_bytes=5_000)(scope, receive, send))
    assert getattr(caught.value, "status_code", None) == 413
    assert pulled == 6


def test_body_under_the_cap_is_accepted(client: TestClient) -> None:
    response = post_json(client, "/api/annotate", {"text": "word " * 3000})
    assert response.status_code == 200


# The page --------------------------------------------------------------------------------


def test_home_page_has_the_form(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    html = response.text
    for needle in (
        '<textarea id="text" name="text"',
        'type="file"',
        'type="date"',
        'action="/report"',
        'enctype="multipart/form-data"',
    ):
        assert needle in html
    assert "default-src 'none'" in response.headers["content-security-policy"]
    assert "script-src" not in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"


def test_report_page_from_pasted_text(client: TestClient) -> None:
    response = client.post("/report", data={"text": ARTICLE, "dct": "2021-09-28"})
    assert response.status_code == 200
    html = response.text
    assert "weekday-date-mismatch" in html
    assert 'class="tx tx-date' in html and "<svg" in html
    assert 'value="2021-09-28"' in html  # the form keeps what was sent


def test_report_page_infers_the_date_when_left_empty(client: TestClient) -> None:
    response = client.post("/report", data={"text": ARTICLE, "dct": ""})
    assert response.status_code == 200
    assert "Publication date:" in response.text


def test_report_page_from_an_upload(client: TestClient) -> None:
    response = client.post(
        "/report",
        data={"dct": "2021-09-28"},
        files={"file": ("article.txt", ARTICLE.encode(), "text/plain")},
    )
    assert response.status_code == 200
    assert "weekday-date-mismatch" in response.text


def test_script_in_an_article_is_shown_as_text(client: TestClient) -> None:
    text = "<script>alert('boom')</script> She posted on Sept. 26, 2021."
    response = client.post("/report", data={"text": text, "dct": "2021-09-28"})
    assert response.status_code == 200
    assert "<script>" not in response.text
    assert "&lt;script&gt;alert(&#x27;boom&#x27;)&lt;/script&gt;" in response.text


@pytest.mark.parametrize(
    ("data", "files", "status", "words"),
    [
        ({"text": "  ", "dct": ""}, None, 400, "Paste an article"),
        ({"text": "x", "dct": "2021-02-30"}, None, 422, "invalid document date"),
        (
            {"text": ""},
            {"file": ("a.bin", b"\x00\x01\x02", "application/octet-stream")},
            422,
            "looks like a binary file",
        ),
        (
            {"text": ""},
            {"file": ("latin.txt", "café".encode("latin-1"), "text/plain")},
            422,
            "is not valid UTF-8",
        ),
    ],
)
def test_report_page_errors_are_shown_on_the_form(
    client: TestClient, data: dict[str, str], files: dict[str, Any] | None, status: int, words: str
) -> None:
    response = client.post("/report", data=data, files=files)
    assert response.status_code == status
    assert 'role="alert"' in response.text and words in response.text
    assert "<textarea" in response.text


def test_report_page_above_the_cap(client: TestClient) -> None:
    response = client.post("/report", data={"text": "word " * CAP})
    assert response.status_code == 413
    assert "request body too large" in response.text
    assert response.headers["content-type"].startswith("text/html")


# Without the extra -----------------------------------------------------------------------


def test_missing_extra_is_reported(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "fastapi", None)
    with pytest.raises(MissingExtraError, match=r"pip install 'timefact\[web\]'"):
        create_app()
    assert main(["serve", "--port", "0"]) == 2
    assert "timefact[web]" in capsys.readouterr().err


def test_serve_refuses_a_bad_port(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["serve", "--port", "http"])
    assert exit_info.value.code == 2
    assert "expected a port number" in capsys.readouterr().err


def test_serve_refuses_an_address_it_cannot_use(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--host", "256.1.1.1", "--port", "8000"]) == 2
    assert "cannot listen on 256.1.1.1:8000" in capsys.readouterr().err


def test_serve_runs_the_application() -> None:
    import httpx

    process = subprocess.Popen(
        [sys.executable, "-m", "timefact._cli", "serve", "--port", "0"],
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stderr is not None
        line = process.stderr.readline()
        match = re.search(r"serving on (http://127\.0\.0\.1:\d+/)", line)
        assert match, line
        deadline = time.monotonic() + 20
        while True:
            try:
                response = httpx.get(match.group(1), timeout=2)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "timefact serve did not answer"
                time.sleep(0.1)
        assert response.status_code == 200 and "<textarea" in response.text
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (
            b'--XyZ\r\nContent-Disposition: form-data; name="text"\r\n\r\n\xff\xfe\xed\xa0\x80'
            b"\r\n--XyZ--\r\n",
            "multipart/form-data; boundary=XyZ",
        ),
        (b"garbage", "multipart/form-data; boundary=zz"),
        (b"garbage", "multipart/form-data"),
        (b"text=%FF%FE&dct=", "application/x-www-form-urlencoded"),
        (b"text=a&dct=x", "application/x-www-form-urlencoded"),
        (b"text=a&dct=%00", "application/x-www-form-urlencoded"),
        (b"\x00\x01", "application/json"),
        ("&".join(f"f{i}=1" for i in range(5000)).encode(), "application/x-www-form-urlencoded"),
    ],
)
def test_malformed_forms_never_get_a_500(body: bytes, content_type: str) -> None:
    with TestClient(create_app(max_body_bytes=CAP), raise_server_exceptions=False) as fresh:
        response = fresh.post("/report", content=body, headers={"content-type": content_type})
    assert response.status_code < 500
    assert "<script" not in response.text

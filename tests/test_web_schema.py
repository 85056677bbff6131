"""The API never answers 500: generated requests from its own OpenAPI description."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi", reason="the schema tests need timefact[web]")
schemathesis = pytest.importorskip("schemathesis", reason="the schema tests need schemathesis")

from hypothesis import HealthCheck, settings  # noqa: E402

from timefact.web import create_app  # noqa: E402

schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(max_body_bytes=20_000))
schema.config.generation.update(
    modes=[schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE]
)


@schema.parametrize()
@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
def test_api_never_answers_500(case: schemathesis.Case) -> None:
    response = case.call()
    assert response.status_code < 500, (response.status_code, response.text[:500])
    case.validate_response(response)

"""schemathesis against the gateway's own OpenAPI document, in-process (ASGI): for every
operation, generated requests (valid and not) never get a 5xx, and every response matches the
status codes, content types, headers and schemas the document promises.

Rasa is a stand-in (tests/channels/conftest.py's FakeRasa) so turns are answered; the rate limits
are raised so generated traffic is not all 429s (tests/trust/test_limits.py covers those).
Examples are few and derandomized, so the run is quick and the same every time.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings

from assistant import main
from assistant.conversation.rasa_client import RasaClient
from assistant.main import create_app
from assistant.ops.stack import free_port
from tests.channels.conftest import FakeRasa
from tests.conftest import make_settings
from tests.support.sms import TEST_TWILIO_TOKEN

APP = create_app(
    make_settings(
        Path(tempfile.mkdtemp(prefix="kt-schema-")),
        RASA_URLS=f"http://127.0.0.1:{free_port()}",
        TWILIO_AUTH_TOKEN=TEST_TWILIO_TOKEN,
        PUBLIC_BASE_URL="http://localhost",
        KT_RATE_SESSION_PER_MIN=100_000,
        KT_RATE_CLIENT_PER_MIN=100_000,
    )
)
# the document as the app serves it at /openapi.json (nothing starts until the first request)
schema = schemathesis.openapi.from_dict(APP.openapi())
schema.app = APP
schema.location = "/openapi.json"


class RasaStandIn(FakeRasa):
    """FakeRasa, plus Rasa's /status with a loaded model (so /health is healthy)."""

    def handler(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/status":
            return httpx.Response(200, json={"model_file": "models/kt-0123456789abcdef.tar.gz"})
        return super().handler(request)


class StandInClient(RasaClient):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._http = httpx.AsyncClient(transport=httpx.MockTransport(RasaStandIn().handler))


@pytest.fixture(scope="module", autouse=True)
def rasa_stand_in() -> Iterator[None]:
    """schemathesis may start the app's lifespan more than once: each start gets the stand-in."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(main, "RasaClient", StandInClient)
        yield


@schema.parametrize()
@settings(
    max_examples=40,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_every_operation_keeps_its_promises(case: Any) -> None:
    case.call_and_validate()


def test_the_document_says_400_where_fastapi_would_say_422() -> None:
    document = APP.openapi()
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            assert "422" not in operation["responses"], f"{method} {path}"
    assert "HTTPValidationError" not in document.get("components", {}).get("schemas", {})


def test_health_with_rasa_down_is_a_documented_503(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(main, "RasaClient", RasaClient)  # the real client, and no Rasa at all
    app = create_app(make_settings(tmp_path, RASA_URLS=f"http://127.0.0.1:{free_port()}"))
    document = schemathesis.openapi.from_dict(app.openapi())
    with TestClient(app) as client:
        response = client.get("/health")
    assert response.status_code == 503
    assert response.json()["rasa"] == "unreachable"
    document["/health"]["GET"].validate_response(response)

"""Limits on what comes in: rates per session and per client address on `/api/chat` and
`/sms/twilio` (429 with Retry-After), body sizes (413 in the contract's error shape), and CORS
origins from KT_CORS_ORIGINS."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from assistant.http.limits import InMemoryRateLimiter, RateLimit, rate_limiter
from assistant.http.security import FORM_MAX_BYTES
from assistant.main import create_app
from assistant.ops.stack import free_port
from tests.channels.conftest import FakeRasa
from tests.conftest import make_settings
from tests.support.sms import TEST_TWILIO_TOKEN, sms_turn


def gateway(tmp_path: Path, **overrides: object) -> Iterator[TestClient]:
    settings = make_settings(
        tmp_path,
        RASA_URLS=f"http://127.0.0.1:{free_port()}",
        TWILIO_AUTH_TOKEN=TEST_TWILIO_TOKEN,
        PUBLIC_BASE_URL="http://testserver",
        **overrides,
    )
    rasa = FakeRasa()
    with TestClient(create_app(settings), client=("192.0.2.1", 40000)) as client:
        rasa_client = client.app.state.rasa
        client.portal.call(rasa_client._http.aclose)  # type: ignore[union-attr]
        rasa_client._http = httpx.AsyncClient(transport=httpx.MockTransport(rasa.handler))
        yield client


@pytest.fixture
def tight(tmp_path: Path) -> Iterator[TestClient]:
    yield from gateway(
        tmp_path,
        KT_RATE_SESSION_PER_MIN=3,
        KT_RATE_CLIENT_PER_MIN=5,
        KT_RATE_SMS_CLIENT_PER_MIN=4,
    )


def from_address(client: TestClient, host: str) -> TestClient:
    """Another client address on the same running app."""
    return TestClient(client.app, client=(host, 40001))


def assert_429(response: httpx.Response) -> None:
    assert response.status_code == 429
    assert int(response.headers["Retry-After"]) >= 1
    if response.headers["content-type"].startswith("application/json"):
        body = response.json()
        assert body["error"] == "too_many_requests"
        assert f"wait {response.headers['Retry-After']} seconds" in body["detail"]


# ------------------------------------------------------------------------- rates


def test_chat_is_limited_per_session(tight):
    sid = tight.post("/api/chat", json={"text": "hello"}).json()["session_id"]
    answers = [tight.post("/api/chat", json={"session_id": sid, "text": "hi"}) for _ in range(3)]
    assert [a.status_code for a in answers] == [200, 200, 429]
    assert_429(answers[-1])
    # another conversation from the same address is not held up by this one
    assert tight.post("/api/chat", json={"text": "hello"}).status_code == 200


def test_chat_is_limited_per_client_address(tight):
    codes = [tight.post("/api/chat", json={"text": "hello"}).status_code for _ in range(6)]
    assert codes == [200] * 5 + [429]
    assert_429(tight.post("/api/chat", json={"text": "hello"}))
    other = from_address(tight, "198.51.100.7")
    assert other.post("/api/chat", json={"text": "hello"}).status_code == 200


def test_a_refused_message_is_not_stored(tight):
    sid = tight.post("/api/chat", json={"text": "hello"}).json()["session_id"]
    for _ in range(5):
        tight.post("/api/chat", json={"session_id": sid, "text": "one more"})
    reader = from_address(tight, "198.51.100.9")  # this address has used up its minute
    transcript = reader.get(f"/api/sessions/{sid}/transcript").json()
    words = [m["text"] for m in transcript["messages"]]
    assert words.count("one more") == 2  # the two that were let through


def test_sms_is_limited_per_phone_number(tmp_path):
    for twilio in gateway(tmp_path, KT_RATE_SESSION_PER_MIN=3):
        codes = [sms_turn(twilio, "+447700900301", "hello").status for _ in range(4)]
        assert codes == [200, 200, 200, 429]
        refused = sms_turn(twilio, "+447700900301", "hello")
        assert refused.status == 429 and int(refused.headers["retry-after"]) >= 1
        assert sms_turn(twilio, "+447700900302", "hello").status == 200


def test_sms_is_limited_per_client_address(tight):
    codes = [sms_turn(tight, f"+4477009004{i:02d}", "hello").status for i in range(5)]
    assert codes == [200] * 4 + [429]
    other = from_address(tight, "198.51.100.8")  # Twilio has more than one address
    assert sms_turn(other, "+447700900499", "hello").status == 200


def test_the_limiters_share_one_small_interface():
    limiter = rate_limiter(per_minute=2)
    assert isinstance(limiter, InMemoryRateLimiter)
    as_interface: RateLimit = limiter
    assert as_interface.check("k", now=0.0) == 0.0
    assert as_interface.per_minute == 2


def test_the_in_memory_limiter_forgets_idle_keys():
    limiter = InMemoryRateLimiter(per_minute=5, max_keys=100)
    for i in range(100):
        limiter.check(f"old-{i}", now=0.0)
    for i in range(50):
        limiter.check(f"new-{i}", now=120.0)
    assert len(limiter._hits) <= 100
    assert all(key.startswith("new-") for key in limiter._hits)


# ------------------------------------------------------------------------- body sizes


def assert_413(response: httpx.Response) -> None:
    assert response.status_code == 413
    body = response.json()
    assert body["error"] == "request_too_large"
    assert "too much to send" in body["detail"]


def test_a_big_chat_body_is_refused_with_413(tight):
    assert_413(tight.post("/api/chat", content=b'{"text": "' + b"a" * 20_000 + b'"}'))


def test_a_big_chunked_body_is_refused_without_content_length(tight):
    def chunks() -> Iterator[bytes]:
        for _ in range(40):
            yield b"a" * 1024

    assert_413(tight.post("/api/chat", content=chunks()))


def test_a_big_sms_body_is_refused_with_413(tight):
    response = tight.post("/sms/twilio", data={"Body": "a" * 20_000, "From": "+447700900501"})
    assert response.status_code == 413


def test_a_big_form_post_on_the_pages_is_refused_with_413(tight):
    response = tight.post("/review/sign-in", content=b"a=" + b"b" * (FORM_MAX_BYTES + 1))
    assert_413(response)


def test_rasa_action_calls_are_not_held_to_the_chat_limit(tight):
    # Rasa sends the whole conversation with each action call: not a 413 (403: no token)
    response = tight.post("/actions/webhook", content=b"{" + b" " * 40_000 + b"}")
    assert response.status_code != 413


# ------------------------------------------------------------------------- CORS


def test_by_default_no_other_site_may_read_the_api(tight):
    preflight = tight.options(
        "/api/chat",
        headers={"Origin": "https://elsewhere.example", "Access-Control-Request-Method": "POST"},
    )
    assert "access-control-allow-origin" not in preflight.headers
    answer = tight.post(
        "/api/chat", json={"text": "hello"}, headers={"Origin": "https://elsewhere.example"}
    )
    assert "access-control-allow-origin" not in answer.headers


@pytest.fixture
def council(tmp_path: Path) -> Iterator[TestClient]:
    yield from gateway(tmp_path, KT_CORS_ORIGINS="https://council.example, https://b.example/")


def test_listed_origins_may_call_the_api_and_read_retry_after(council):
    origin = {"Origin": "https://council.example"}
    preflight = council.options(
        "/api/chat",
        headers={
            **origin,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == "https://council.example"
    assert "access-control-allow-credentials" not in preflight.headers
    answer = council.post("/api/chat", json={"text": "hello"}, headers=origin)
    assert answer.headers["access-control-allow-origin"] == "https://council.example"
    assert "retry-after" in answer.headers["access-control-expose-headers"].lower()
    second = council.post(
        "/api/chat", json={"text": "hello"}, headers={"Origin": "https://b.example"}
    )
    assert second.headers["access-control-allow-origin"] == "https://b.example"


def test_unlisted_origins_and_pages_get_no_cors(council):
    refused = council.options(
        "/api/chat",
        headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"},
    )
    assert refused.headers.get("access-control-allow-origin") != "https://evil.example"
    page = council.get("/review", headers={"Origin": "https://council.example"})
    assert "access-control-allow-origin" not in page.headers

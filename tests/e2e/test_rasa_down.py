"""With Rasa stopped, the gateway answers 503 kindly, keeps the message, and carries on after."""

from __future__ import annotations

import httpx
import pytest

from assistant.ops.stack import Stack

pytestmark = pytest.mark.stack


def test_rasa_stopped_gives_503_keeps_the_message_then_carries_on(stack: Stack):
    with httpx.Client(base_url=stack.gateway_url, timeout=30) as http:
        first = http.post("/api/chat", json={"text": "hello"}).json()
        sid = first["session_id"]
        assert first["state"]["asking"] == "consent"

        rasa = stack.procs.pop("rasa")
        rasa.terminate()
        rasa.wait(30)
        try:
            r = http.post("/api/chat", json={"session_id": sid, "text": "yes"})
            assert r.status_code == 503
            assert "kept your message" in r.json()["detail"]
            assert r.json()["session_id"] == sid
            export = http.get(f"/api/sessions/{sid}/export").json()
            assert export["transcript"][-1]["text"] == "yes"
            assert export["transcript"][-1]["status"] == "undelivered"
            assert http.get("/health").status_code == 503
        finally:
            assert stack.model is not None
            stack.start_rasa(stack.model)
            stack.wait_ready(timeout=240)

        # the conversation carries on exactly where it was
        again = http.post("/api/chat", json={"session_id": sid, "text": "yes"}).json()
        assert again["state"]["asking"] == "answering_for"

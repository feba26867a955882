"""Signed Twilio SMS requests for tests, and a gateway that accepts them.

    reply = sms_turn(client, "+447700900123", "hello")   # client: httpx.Client or TestClient
    reply.messages  ->  the texts of the TwiML <Message> elements

The request is signed with `RequestValidator.compute_signature` over PUBLIC_BASE_URL + path, so
the gateway must have TWILIO_AUTH_TOKEN = `TEST_TWILIO_TOKEN` and PUBLIC_BASE_URL = the client's
base URL (what `sms_gateway` and the tests/channels fixtures set up).
"""

from __future__ import annotations

import secrets
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpx
from twilio.request_validator import RequestValidator

from assistant.ops.stack import Stack, free_port

TEST_TWILIO_TOKEN = "test-twilio-auth-token-0123456789"
SMS_PATH = "/sms/twilio"


@dataclass
class SmsReply:
    status: int
    xml: str
    messages: list[str]
    headers: dict[str, str]

    @property
    def text(self) -> str:
        return "\n\n".join(self.messages)


def new_sid() -> str:
    return "SM" + secrets.token_hex(16)


def sign(url: str, params: dict[str, str], token: str = TEST_TWILIO_TOKEN) -> str:
    return RequestValidator(token).compute_signature(url, params)


def sms_form(phone: str, body: str, *, sid: str | None = None, to: str = "+447700900000") -> dict:
    return {
        "MessageSid": sid or new_sid(),
        "AccountSid": "AC" + "0" * 32,
        "From": phone,
        "To": to,
        "Body": body,
        "NumMedia": "0",
    }


def parse_twiml(xml: str) -> list[str]:
    root = ET.fromstring(xml)
    assert root.tag == "Response", xml
    return [m.text or "" for m in root.findall("Message")]


def sms_turn(
    client: Any,
    phone: str,
    body: str,
    *,
    sid: str | None = None,
    token: str = TEST_TWILIO_TOKEN,
    signature: str | None = None,
) -> SmsReply:
    """Send one text message as Twilio would; return the status and the <Message> texts."""
    params = sms_form(phone, body, sid=sid)
    url = str(client.base_url).rstrip("/") + SMS_PATH
    headers = {
        "X-Twilio-Signature": signature if signature is not None else sign(url, params, token)
    }
    response = client.post(SMS_PATH, data=params, headers=headers)
    messages: list[str] = []
    if response.status_code in (200, 429) and response.text.lstrip().startswith("<?xml"):
        messages = parse_twiml(response.text)
    return SmsReply(response.status_code, response.text, messages, dict(response.headers))


class _SmsGateway(Stack):
    def __init__(self, stack: Stack) -> None:
        port = free_port()
        settings = stack.settings.model_copy(update={"gateway_port": port})
        super().__init__(settings, log=lambda _m: None)
        self.logs_dir = stack.settings.var_dir / "logs-sms"
        self.base_url = f"http://127.0.0.1:{port}"

    def child_env(self) -> dict[str, str]:
        env = super().child_env()
        env.update(TWILIO_AUTH_TOKEN=TEST_TWILIO_TOKEN, PUBLIC_BASE_URL=self.base_url)
        return env


@contextmanager
def sms_gateway(stack: Stack) -> Iterator[httpx.Client]:
    """A second gateway process beside the test stack's, sharing its database and Rasa server,
    started with TWILIO_AUTH_TOKEN and PUBLIC_BASE_URL set so signed SMS requests are accepted.
    Yields an httpx client for it."""
    gateway = _SmsGateway(stack)
    gateway.start_gateway()
    try:
        gateway.wait_ready(timeout=60)
        with httpx.Client(base_url=gateway.base_url, timeout=30) as client:
            yield client
    finally:
        gateway.stop()

"""Rasa's action calls are read with the domain parsed once (assistant/api/action_calls.py).

The reader must give exactly what `json.loads` gives, or raise where it raises, for any body:
Rasa's own (domain last, serialised by ujson or by `json.dumps`), a new domain, and bodies cut,
spliced or padded around a remembered domain.
"""

from __future__ import annotations

import contextlib
import json
import random
from pathlib import Path
from typing import Any

import pytest
import ujson
import yaml
from fastapi.testclient import TestClient

from assistant.api.action_calls import ActionCallReader
from assistant.api.actions import TOKEN_HEADER
from assistant.main import create_app
from tests.conftest import make_settings

DOMAIN_DIR = Path(__file__).resolve().parents[2] / "assistant" / "rasa_side" / "domain"


def real_domain() -> dict[str, Any]:
    """Our domain files merged: the size and shape Rasa sends (34 KB or so)."""
    domain: dict[str, Any] = {}
    for path in sorted(DOMAIN_DIR.glob("*.yml")):
        for key, value in (yaml.safe_load(path.read_text()) or {}).items():
            if isinstance(value, dict):
                domain.setdefault(key, {}).update(value)
            elif isinstance(value, list):
                domain.setdefault(key, []).extend(value)
            else:
                domain[key] = value
    return domain


def rasa_call(rng: random.Random, domain: dict[str, Any], *, n: int = 0) -> dict[str, Any]:
    """A call as Rasa 3.6 builds it (`_action_call_format`): the domain is the last key."""
    events = [
        {"event": "user", "text": f'words {i} "quoted" {{braces}} \u00e9', "timestamp": i + 0.5}
        for i in range(rng.randint(0, 30))
    ]
    return {
        "next_action": rng.choice(["action_welcome", "validate_journey_form"]),
        "sender_id": f"sender-{n}",
        "tracker": {
            "sender_id": f"sender-{n}",
            "slots": {"budget": rng.choice([None, 120.5, 2**70]), "domain": "a slot named domain"},
            "events": events,
            "latest_message": {"text": 'the "domain": key in words', "intent": {}},
        },
        "version": "3.6.21",
        "domain": domain,
    }


def encodings(call: dict[str, Any]) -> list[bytes]:
    """ujson (as rasa_state sends, when it can) and json.dumps (its fallback), both spacings."""
    out = [json.dumps(call).encode(), json.dumps(call, separators=(",", ":")).encode()]
    with contextlib.suppress(OverflowError):  # over 64 bits: rasa_state uses json.dumps
        out.append(ujson.dumps(call, escape_forward_slashes=False).encode())
    return out


def loads_or_error(parse: Any, raw: bytes) -> Any:
    try:
        return ("ok", parse(raw))
    except ValueError:
        return ("error", None)


def test_rasa_calls_parse_as_json_loads_and_reuse_the_domain():
    rng = random.Random(18)
    domain = real_domain()
    assert len(json.dumps(domain)) > 20_000  # the real thing, not a toy
    reader = ActionCallReader()
    calls = 0
    for n in range(60):
        for raw in encodings(rasa_call(rng, domain, n=n)):
            assert reader.parse(raw) == json.loads(raw)
            calls += 1
    # learnt from the first body of each spacing, reused after (each switch of spacing relearns)
    assert reader.reused >= calls * 0.3


def test_a_new_domain_is_parsed_and_learnt():
    rng = random.Random(1)
    domain = real_domain()
    reader = ActionCallReader()
    raw = ujson.dumps(rasa_call(rng, domain)).encode()
    reader.parse(raw)
    assert reader.parse(raw) == json.loads(raw) and reader.reused == 1
    changed = json.loads(json.dumps(domain))
    changed["responses"] = {"utter_new": [{"text": "A new model says this"}]}
    raw2 = ujson.dumps(rasa_call(rng, changed)).encode()
    assert reader.parse(raw2) == json.loads(raw2)
    assert reader.reused == 1  # not taken for the old domain
    assert reader.parse(raw2)["domain"]["responses"] == changed["responses"]
    assert reader.reused == 2


def test_bodies_around_a_remembered_domain_parse_exactly_as_json_loads():
    """Cut, spliced, padded and reordered bodies: the same value as json.loads, or the same
    refusal, every time."""
    rng = random.Random(7)
    domain = {"slots": {"x": {"type": "any"}}, "responses": {"utter_a": [{"text": "a"}]}}
    reader = ActionCallReader()
    base = json.dumps(rasa_call(rng, domain), separators=(",", ":")).encode()
    reader.parse(base)
    tail = base[base.rfind(b',"domain"') :]
    heads = [
        b"{",
        b'{"a":1',
        b'{"a":1,',
        b'{"a":[1',
        b'{"a":{"b":1}',
        b'{"domain":5',
        b"[1",
        b'{"a":"x',
        b'{"a":1}',
        b"",
        b"  ",
        b'{"a":1 ',
    ]
    bodies = [h + tail for h in heads]
    bodies += [base[:i] + tail for i in range(0, len(base) - len(tail), 7)]
    bodies += [base + b" ", b" " + base, base[:-1], base.replace(b'"domain"', b'"Domain"')]
    bodies += [
        json.dumps({"domain": domain, "next_action": "x"}, separators=(",", ":")).encode(),
        json.dumps({"next_action": "x", "domain": domain, "v": 1}, separators=(",", ":")).encode(),
        json.dumps({"a": {"domain": domain}}, separators=(",", ":")).encode(),
        json.dumps({"a": [{"b": 1, "domain": domain}]}, separators=(",", ":")).encode(),
    ]
    for _ in range(300):  # a byte changed, dropped or doubled somewhere
        i = rng.randrange(len(base))
        how = rng.choice(["change", "drop", "double"])
        if how == "change":
            bodies.append(base[:i] + bytes([rng.choice(b'{}[],:"0a ')]) + base[i + 1 :])
        elif how == "drop":
            bodies.append(base[:i] + base[i + 1 :])
        else:
            bodies.append(base[:i] + base[i : i + 1] + base[i:])
    reused_before = reader.reused
    for raw in bodies:
        assert loads_or_error(reader.parse, raw) == loads_or_error(json.loads, raw), raw[:80]
    assert reader.reused > reused_before  # the remembered domain was in play


def test_a_nested_domain_key_is_never_taken_for_the_calls_own():
    nested = {"next_action": "x", "tracker": {"domain": {"a": 1}}}
    raw = json.dumps(nested, separators=(",", ":")).encode()
    reader = ActionCallReader()
    assert reader.parse(raw) == nested
    assert reader._tail is None  # nothing learnt: "domain" here is not the call's key
    inner = {"next_action": "x", "domain": {"responses": {"r": [{"custom": {"domain": {}}}]}}}
    raw = json.dumps(inner, separators=(",", ":")).encode()
    assert reader.parse(raw) == inner
    assert reader._tail is None  # the last "domain" in the bytes is inside the domain


@pytest.fixture
def client(tmp_path):
    settings = make_settings(tmp_path, KT_ACTIONS_TOKEN="secret-token")
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def test_the_endpoint_parses_rasas_domain_once(client):
    rng = random.Random(3)
    domain = real_domain()
    headers = {TOKEN_HEADER: "secret-token", "content-type": "application/json"}
    for n in range(3):
        call = rasa_call(rng, domain, n=n) | {"next_action": "action_does_not_exist"}
        body = ujson.dumps(call, escape_forward_slashes=False).encode()
        r = client.post("/actions/webhook", content=body, headers=headers)
        assert r.status_code == 404 and r.json()["action_name"] == "action_does_not_exist"
    assert client.app.state.action_calls.reused == 2

"""Scale-out: two Rasa servers, two gateway workers, PostgreSQL and Redis, set by environment.

Turns are spread round robin over the Rasa servers; the shared tracker store and the Redis lock
store must keep every conversation whole and in order. Checked against the default stack (one
Rasa server, SQLite) running the same personas, and against Rasa's events table read straight
from PostgreSQL.
"""

from __future__ import annotations

import asyncio
import hashlib
import itertools
import json
from collections import Counter
from typing import Any

import httpx
import pytest

from assistant.ops.stack import Stack
from bench.journeys import Journey, Persona, gateway_journey, load_personas
from bench.services import Services

pytestmark = pytest.mark.stack

PEOPLE = 10
VOLATILE = {"plan_id", "created_at"}


def run_journeys(
    base_url: str, personas: list[Persona], think: tuple[float, float], seed: int = 11
) -> list[Journey]:
    async def all_at_once() -> list[Journey]:
        limits = httpx.Limits(max_connections=len(personas) + 5)
        async with httpx.AsyncClient(base_url=base_url, timeout=120, limits=limits) as http:
            coros = [
                gateway_journey(http, persona, i, think, seed + i)
                for i, persona in enumerate(personas)
            ]
            return list(await asyncio.gather(*coros))

    return asyncio.run(all_at_once())


def plan_of(base_url: str, journey: Journey) -> dict[str, Any]:
    plan = httpx.get(f"{base_url}/api/sessions/{journey.session_id}/plan", timeout=30).json()
    return {k: v for k, v in plan.items() if k not in VOLATILE}


def rasa_events(services: Services, journey: Journey) -> list[dict[str, Any]]:
    """The conversation's rows in Rasa's `events` table, in the order they were stored."""
    assert journey.session_id
    token_hash = hashlib.sha256(journey.session_id.encode()).hexdigest()
    sender = services.sql(
        f"SELECT sender_id FROM chat_session WHERE token_hash = '{token_hash}'", "gateway"
    ).strip()
    assert sender, "the gateway's session is not in its PostgreSQL database"
    rows = services.sql(
        "SELECT json_build_object('type', type_name, 'timestamp', timestamp, 'data', data) "
        f"FROM events WHERE sender_id = '{sender}' ORDER BY id",
        "rasa",
    )
    return [json.loads(line) for line in rows.splitlines() if line.strip()]


def check_events(services: Services, journey: Journey) -> None:
    events = rasa_events(services, journey)
    # nothing stored twice: a duplicated save would repeat an event with the same time and data
    keys = Counter((e["type"], e["timestamp"], e["data"]) for e in events)
    assert not [k for k, n in keys.items() if n > 1], f"{journey.persona}: duplicated events"
    # every turn's words reached Rasa exactly once, in the order they were sent
    turns: list[tuple[str, list[str]]] = []
    for event in events:
        data = json.loads(event["data"])
        if event["type"] == "user":
            turns.append((data.get("text"), []))
        elif event["type"] == "bot" and data.get("text") and turns:
            turns[-1][1].append(data["text"])
    # (typed words where buttons were offered reach Rasa as the button they mean, e.g. "yes" as
    # /affirm; the gateway's transcript keeps the words)
    assert len(turns) == len(journey.turns), journey.persona
    for (sent, _), turn in zip(turns, journey.turns, strict=True):
        assert sent == turn.text or sent.startswith("/"), (journey.persona, sent, turn.text)
    # and each reply the person saw is what Rasa said to that very message, in order
    for (_, said), turn in zip(turns, journey.turns, strict=True):
        assert said == [r for r in turn.reply if r], f"{journey.persona}: {turn.text!r}"


def test_one_person_on_one_connection_alternates_between_the_two_servers(scale_stack: Stack):
    # a kept-alive connection stays with one gateway worker, whose round robin is strict
    [journey] = run_journeys(scale_stack.gateway_url, load_personas()[:1], (0.0, 0.0))
    assert journey.plan_ready, journey.error
    servers = [t.server for t in journey.turns]
    assert set(servers) == set(scale_stack.rasa_urls)
    assert all(a != b for a, b in itertools.pairwise(servers)), servers


def test_ten_simultaneous_journeys_end_as_on_one_server_with_every_event_once(
    scale_stack: Stack, stack: Stack, services: Services
):
    personas = load_personas()
    assert len(personas) >= 6
    # the same personas on the default stack (one Rasa server, SQLite): the expected plans
    reference = run_journeys(stack.gateway_url, personas, (0.0, 0.0))
    assert all(j.plan_ready for j in reference), [j.error for j in reference]
    expected = {j.persona: plan_of(stack.gateway_url, j) for j in reference}

    people = [personas[i % len(personas)] for i in range(PEOPLE)]
    journeys = run_journeys(scale_stack.gateway_url, people, (0.0, 0.3))

    assert [j.error for j in journeys if j.error] == []
    assert all(j.plan_ready for j in journeys)
    per_server = Counter(t.server for j in journeys for t in j.turns)
    total = sum(per_server.values())
    assert set(per_server) == set(scale_stack.rasa_urls), per_server
    assert all(0.35 * total <= n <= 0.65 * total for n in per_server.values()), per_server
    for journey in journeys:
        assert len({t.server for t in journey.turns}) == 2, journey.persona
        assert plan_of(scale_stack.gateway_url, journey) == expected[journey.persona]
        check_events(services, journey)
        export = httpx.get(
            f"{scale_stack.gateway_url}/api/sessions/{journey.session_id}/export", timeout=30
        ).json()
        incoming = [m for m in export["transcript"] if m["direction"] == "in"]
        assert [m["text"] for m in incoming] == [t.text for t in journey.turns]
        assert {m["status"] for m in incoming} == {"answered"}


def test_health_names_both_servers_and_the_shared_rate_limit_counts_across_workers(
    scale_stack: Stack,
):
    health = httpx.get(f"{scale_stack.gateway_url}/health", timeout=30).json()
    assert [s["url"] for s in health["rasa_servers"]] == scale_stack.rasa_urls
    assert health["status"] == "ok"
    # one session, new connections each time (so both workers take some): the per-session
    # limit (30 a minute) holds across the two workers because they count in Redis
    first = httpx.post(f"{scale_stack.gateway_url}/api/chat", json={"text": "hello"}, timeout=30)
    sid = first.json()["session_id"]
    codes = []
    for _ in range(35):
        reply = httpx.post(
            f"{scale_stack.gateway_url}/api/chat",
            json={"session_id": sid, "text": ""},
            headers={"x-forwarded-for": "10.99.0.1"},
            timeout=30,
        )
        codes.append(reply.status_code)
    assert codes.count(200) == 29 and set(codes[29:]) == {429}, codes


def test_delete_erases_the_conversation_from_both_postgresql_databases(
    scale_stack: Stack, services: Services
):
    """Issue #8 on the scale-out configuration: DELETE empties Rasa's PostgreSQL tracker store and
    the gateway's PostgreSQL database, read directly, not only through the API."""
    base = scale_stack.gateway_url
    with httpx.Client(base_url=base, timeout=60) as http:
        first = http.post("/api/chat", json={"text": "hello"})
        assert first.status_code == 200, first.text
        token = first.json()["session_id"]
        assert http.post("/api/chat", json={"session_id": token, "text": "yes"}).status_code == 200
        token_hash = hashlib.sha256(token.encode()).hexdigest()
        where = f"WHERE token_hash = '{token_hash}'"
        sender = services.sql(f"SELECT sender_id FROM chat_session {where}", "gateway").strip()
        chat_id = services.sql(f"SELECT id FROM chat_session {where}", "gateway").strip()
        assert sender and chat_id

        def rows() -> tuple[int, int]:
            rasa = services.sql(f"SELECT count(*) FROM events WHERE sender_id = '{sender}'", "rasa")
            gateway = services.sql(
                f"SELECT count(*) FROM message WHERE session_id = {chat_id}", "gateway"
            )
            return int(rasa.strip()), int(gateway.strip())

        assert all(n > 0 for n in rows())
        assert http.delete(f"/api/sessions/{token}").status_code == 204
        assert rows() == (0, 0)
        assert services.sql(f"SELECT count(*) FROM chat_session {where}", "gateway").strip() == "0"
        assert http.get(f"/api/sessions/{token}/profile").status_code == 404

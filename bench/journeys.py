"""Benchmark: many people at once, each taking a whole journey to a drafted plan.

    python bench/journeys.py [--people 20] [--think 2-6] [--long TURNS] [--model PATH]
                             [--rasa-servers N --workers N --services] [--gateway URL]

Each simulated person follows a persona from bench/personas/*.yaml (answers by the question being
asked, `state.asking`) through `POST /api/chat` until the plan is drafted, waiting a think time
between turns. Then the same turns (the same texts, people and think times) are sent straight to
Rasa's REST channel (`POST /webhooks/rest/webhook`), so the gateway's overhead is measured on the
same work in the same run. Each direct conversation gets a session row in the gateway's database
first, so the custom actions do the same work for it (saving the Profile, storing the plan).
Printed: per-turn latency (median, p95, p99), turns per second, errors, journeys that reached a
plan, and the peak resident memory of every process (with its children).

Think time. Real people read the reply and type for 10 to 60 seconds or more between turns. To
keep a run short, each person here waits a random 2 to 6 seconds (uniform, seeded; `--think 2-6`),
which is about ten times the load 20 real people would make. `--think 0` sends each next turn as
soon as the reply arrives: a saturation figure, not a realistic one.

By default the script starts its own stack on free ports with a throwaway var folder (SQLite,
one Rasa server, one gateway process), using the trained model (`--model`, default: the
launcher's model for the current training inputs; it trains when none exists). `--rasa-servers 2
--workers 2 --services` runs the scale-out configuration on throwaway PostgreSQL and Redis.
`--gateway URL` measures a gateway that is already running instead (no Rasa-direct phase, no
memory figures).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import random
import secrets
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import (  # noqa: E402
    HEADER,
    PERSONAS,
    Figures,
    Journey,
    JourneyStuck,
    Persona,
    Script,
    Turn,
    load_average,
    load_personas,
    show_turns,
    think_times,
)
from bench.long_script import LongScript  # noqa: E402
from bench.stack import MemorySampler, free_port_run, start_stack  # noqa: E402

# names the tests and bench/long_conversation.py take from here
__all__ = [
    "Journey",
    "Persona",
    "direct_senders",
    "free_port_run",
    "gateway_journey",
    "load_personas",
    "main",
]

MAX_TURNS = 60
TARGET_P95_MS = 250.0
TARGET_OVERHEAD = 0.15
TARGET_MEMORY_MB = 2048.0
SERVER_HEADER = "x-kitchen-table-rasa-server"


async def gateway_journey(
    http: httpx.AsyncClient,
    persona: Persona,
    person: int,
    think: tuple[float, float],
    seed: int,
    long: int = 0,
) -> Journey:
    """One person's whole journey through POST /api/chat, from hello to a drafted plan; with
    `long`, a long journey of that many turns: interruptions on the way, and after the plan
    changes, advice questions and small talk (bench/long_conversation.py, `LongScript`)."""
    rng = random.Random(seed)
    journey = Journey(persona=persona.name, person=person)
    script: Script | Any = Script(persona)
    if long:
        script = LongScript(persona, seed=seed)
    # each person comes from their own address, as they would through a proxy (uvicorn trusts
    # X-Forwarded-For from 127.0.0.1), so the per-client rate limit applies per person
    headers = {"x-forwarded-for": f"10.77.{person // 250}.{person % 250 + 1}"}
    await asyncio.sleep(rng.uniform(0, think[1]))  # people do not all arrive in the same second
    text = persona.greeting
    try:
        for _ in range(long or MAX_TURNS):
            body: dict[str, Any] = {"text": text}
            if journey.session_id:
                body["session_id"] = journey.session_id
            started = time.perf_counter()
            response = await http.post("/api/chat", json=body, headers=headers)
            seconds = time.perf_counter() - started
            turn = Turn(text=text, seconds=seconds, status=response.status_code)
            journey.turns.append(turn)
            if response.status_code != 200:
                journey.error = f"HTTP {response.status_code}: {response.text[:200]}"
                return journey
            reply = response.json()
            journey.session_id = reply["session_id"]
            turn.asking = reply["state"]["asking"]
            turn.server = response.headers.get(SERVER_HEADER)
            turn.reply = [m["text"] for m in reply["messages"]]
            if reply["state"]["plan_ready"] and reply["state"]["stage"] == "plan":
                journey.plan_ready = True
                if not long:
                    return journey
            text = script.next_text(turn.asking)
            pause = rng.uniform(*think)
            journey.think.append(pause)
            await asyncio.sleep(pause)
        if not long:
            journey.error = f"no plan after {MAX_TURNS} turns"
        elif not journey.plan_ready:
            journey.error = f"no plan in {long} turns"
    except JourneyStuck as exc:
        journey.error = str(exc)
    except httpx.HTTPError as exc:
        journey.error = f"{type(exc).__name__}: {exc}"
    return journey


def direct_senders(database_url: str | None, count: int) -> list[str]:
    """New conversation ids for the Rasa-direct phase, each given a session row in the gateway's
    database when its URL is known. The custom actions look the conversation up there and, for a
    real session, save the Profile after every answer and store the drafted plan; without the row
    they skip that work and Rasa direct would look faster than the same turns really are."""
    senders = [f"bench-{secrets.token_hex(8)}" for _ in range(count)]
    if database_url:
        from sqlmodel import Session

        from assistant.storage import store
        from assistant.storage.db import make_engine

        engine = make_engine(database_url)
        try:
            with Session(engine) as db:
                for sender in senders:
                    store.create_session(db, channel="web", sender_id=sender)
        finally:
            engine.dispose()
    return senders


async def rasa_journey(
    http: httpx.AsyncClient, rasa_urls: list[str], done: Journey, seed: int, sender: str
) -> Journey:
    """The same texts and think times as a finished gateway journey, straight to Rasa's REST
    channel under a new conversation id (round robin over the servers, like the gateway)."""
    rng = random.Random(seed)
    journey = Journey(persona=done.persona, person=done.person)
    await asyncio.sleep(rng.uniform(0, max(done.think, default=0.0)))
    texts = [t.text for t in done.turns]
    for index, text in enumerate(texts):
        url = rasa_urls[index % len(rasa_urls)]
        started = time.perf_counter()
        try:
            response = await http.post(
                f"{url}/webhooks/rest/webhook",
                json={"sender": sender, "message": text, "metadata": {"channel": "web"}},
            )
        except httpx.HTTPError as exc:
            journey.error = f"{type(exc).__name__}: {exc}"
            return journey
        journey.turns.append(
            Turn(text=text, seconds=time.perf_counter() - started, status=response.status_code)
        )
        if response.status_code != 200:
            journey.error = f"HTTP {response.status_code}"
            return journey
        if index < len(done.think):
            await asyncio.sleep(done.think[index])
    return journey


async def run_phase(
    coros: list[Any], clock: MemorySampler | None = None, phase: str = ""
) -> tuple[list[Journey], float]:
    started = time.perf_counter()
    if clock:
        clock.start_phase()
    journeys = await asyncio.gather(*coros)
    if clock:
        clock.end_phase(phase)
    return list(journeys), time.perf_counter() - started


# ------------------------------------------------------------------------------------ main


async def measure(
    args: argparse.Namespace,
    gateway: str,
    rasa_urls: list[str],
    token: str,
    database_url: str | None = None,
    clock: MemorySampler | None = None,
) -> tuple[list[Journey], Figures, list[Journey] | None, Figures | None]:
    """The gateway phase and the Rasa-direct phase, `--rounds` times in the order ABBA... so
    that a change in the machine's load during the run falls on both alike."""
    personas = load_personas(Path(args.personas))
    if args.only:
        personas = [p for p in personas if p.name in args.only.split(",")]
    think = think_times(args.think)
    limits = httpx.Limits(max_connections=args.people + 10, max_keepalive_connections=args.people)
    timeout = httpx.Timeout(60.0)
    via_gateway: list[Journey] = []
    direct: list[Journey] = []
    seconds = {"gateway": 0.0, "direct": 0.0}
    template: list[Journey] = []
    for round_ in range(args.rounds):
        order = ("gateway", "direct") if round_ % 2 == 0 else ("direct", "gateway")
        for phase in order:
            if phase == "gateway":
                async with httpx.AsyncClient(
                    base_url=gateway, timeout=timeout, limits=limits
                ) as http:
                    # one warm-up turn, so the first person does not pay for loading
                    await http.post("/api/chat", json={"text": "hello"})
                    coros = [
                        gateway_journey(
                            http, personas[i % len(personas)], i, think, args.seed + i, args.long
                        )
                        for i in range(args.people)
                    ]
                    journeys, took = await run_phase(coros, clock, "gateway")
                template = template or journeys
                via_gateway += journeys
            elif rasa_urls:
                params = {"token": token}
                senders = direct_senders(database_url, len(template))
                async with httpx.AsyncClient(timeout=timeout, limits=limits, params=params) as http:
                    coros = [
                        rasa_journey(http, rasa_urls, done, args.seed + 1000 + done.person, sender)
                        for done, sender in zip(template, senders, strict=True)
                    ]
                    journeys, took = await run_phase(coros, clock, "direct")
                direct += journeys
            else:
                continue
            seconds[phase] += took
    gateway_figures = Figures.of(via_gateway, seconds["gateway"])
    if not rasa_urls:
        return via_gateway, gateway_figures, None, None
    return via_gateway, gateway_figures, direct, Figures.of(direct, seconds["direct"])


def report(
    args: argparse.Namespace,
    via_gateway: list[Journey],
    gw: Figures,
    direct: Figures | None,
    memory: MemorySampler | None,
    load_before: str,
) -> bool:
    think = think_times(args.think)
    think_note = (
        "none (--think 0: saturation, each turn sent as soon as the reply arrives)"
        if think == (0.0, 0.0)
        else f"{think[0]:g}-{think[1]:g} s per turn, uniform (real people: 10-60 s)"
    )
    print()
    journeys = f"long journeys of {args.long} turns" if args.long else "whole journeys"
    print(
        f"{args.people} people at once ({journeys}), "
        f"{len(load_personas(Path(args.personas)))} personas, "
        f"{args.rounds} round(s); think time {think_note}"
    )
    print(
        f"machine: {os.cpu_count()} cores, Python {platform.python_version()}; "
        f"load average before {load_before}, after {load_average()}"
    )
    print(
        f"stack: {args.rasa_servers} Rasa server(s), {args.workers} gateway worker(s), "
        + ("PostgreSQL + Redis" if args.services else "SQLite, in-memory lock store")
    )
    print()
    print(HEADER)
    print(gw.row("gateway"))
    if direct:
        print(direct.row("rasa direct"))
    planned = sum(1 for j in via_gateway if j.plan_ready)
    print()
    print(f"journeys that reached a drafted plan: {planned} of {len(via_gateway)}")
    for j in via_gateway:
        if j.error:
            print(f"  person {j.person} ({j.persona}): {j.error}")
    servers = Counter(t.server for j in via_gateway for t in j.turns if t.server)
    if len(servers) > 1:
        print("turns per Rasa server: " + ", ".join(f"{k} {v}" for k, v in sorted(servers.items())))
    ok = gw.errors == 0 and planned == len(via_gateway) and gw.p95_ms < TARGET_P95_MS
    if direct:
        overhead_median = gw.median_ms / direct.median_ms - 1
        overhead_p95 = gw.p95_ms / direct.p95_ms - 1
        print(
            f"gateway overhead over Rasa direct: median {overhead_median:+.1%}, "
            f"p95 {overhead_p95:+.1%} (target <= {TARGET_OVERHEAD:.0%})"
        )
        ok = ok and overhead_median <= TARGET_OVERHEAD and direct.errors == 0
    if memory:
        print()
        print(f"{'process (with children)':28} {'peak RSS MB':>12}")
        for name, mb in memory.peak.items():
            print(f"{name:28} {mb:>12.0f}")
        print(f"{'all at once (peak of sum)':28} {memory.peak_total:>12.0f}")
        for phase, used in memory.phase_cpu.items():
            turns = (gw if phase == "gateway" else direct or gw).turns
            each = ", ".join(f"{k} {1000 * v / max(turns, 1):.1f}" for k, v in used.items())
            print(f"CPU ms a turn, {phase} phase: {each}")
        ok = ok and memory.peak_total < TARGET_MEMORY_MB
    print()
    print(
        f"targets: p95 < {TARGET_P95_MS:.0f} ms, no errors, every journey planned, overhead <= "
        f"{TARGET_OVERHEAD:.0%}, memory < {TARGET_MEMORY_MB:.0f} MB: "
        + ("met" if ok else "NOT met")
    )
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, default=20)
    parser.add_argument("--think", default="2-6", help="seconds between turns: 0, 3 or 2-6")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--rounds", type=int, default=1, help="repeat both phases, in the order ABBA..."
    )
    parser.add_argument("--model", help="trained model (default: the launcher's model)")
    parser.add_argument("--rasa-servers", type=int, default=1)
    parser.add_argument("--workers", type=int, default=1, help="gateway worker processes")
    parser.add_argument(
        "--services", action="store_true", help="throwaway PostgreSQL and Redis (scale-out)"
    )
    parser.add_argument("--gateway", help="measure this running gateway instead of our own")
    parser.add_argument("--personas", default=str(PERSONAS))
    parser.add_argument("--only", help="comma-separated persona names")
    parser.add_argument("--show", action="store_true", help="print every turn of every journey")
    parser.add_argument("--no-direct", action="store_true", help="skip the Rasa-direct phase")
    parser.add_argument(
        "--long",
        type=int,
        default=0,
        metavar="TURNS",
        help="long journeys: each person goes on after the plan for this many turns in all",
    )
    args = parser.parse_args(argv)
    if (args.rasa_servers > 1) and not args.services and not os.environ.get("REDIS_URL"):
        args.services = True  # several Rasa servers need PostgreSQL and Redis
    os.chdir(ROOT)
    os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
    load_before = load_average()
    if args.gateway:
        via_gateway, gw, _, _ = asyncio.run(measure(args, args.gateway, [], ""))
        show_turns(via_gateway, args.show)
        return 0 if report(args, via_gateway, gw, None, None, load_before) else 1
    with tempfile.TemporaryDirectory(prefix="kt-bench-") as tmp:
        stack, roots, services = start_stack(args, Path(tmp))
        try:
            with MemorySampler(roots) as memory:
                rasa_urls = [] if args.no_direct else stack.rasa_urls
                via_gateway, gw, _direct, direct_figures = asyncio.run(
                    measure(
                        args,
                        stack.gateway_url,
                        rasa_urls,
                        stack.settings.rasa_token,
                        stack.settings.effective_database_url,
                        memory,
                    )
                )
                memory.sample()
        finally:
            stack.stop()
            if services:
                services.stop()
    show_turns(via_gateway, args.show)
    return 0 if report(args, via_gateway, gw, direct_figures, memory, load_before) else 1


if __name__ == "__main__":
    sys.exit(main())

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
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PERSONAS = ROOT / "bench" / "personas"
MAX_TURNS = 60
TARGET_P95_MS = 250.0
TARGET_OVERHEAD = 0.15
TARGET_MEMORY_MB = 2048.0
SERVER_HEADER = "x-kitchen-table-rasa-server"


# ------------------------------------------------------------------------------------ personas


@dataclass(frozen=True)
class Persona:
    """Who is typing, and what they answer to each question (`state.asking`).

    An answer may be a list: its items are sent one after another while that question stands,
    which is how a persona asks "why?" before answering, or skips. `expect` holds profile values
    the finished journey must have (checked by tests/scale).
    """

    name: str
    description: str
    greeting: str
    answers: dict[str, list[str]]
    expect: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> Persona:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        answers = {
            str(k): [str(x) for x in (v if isinstance(v, list) else [v])]
            for k, v in data["answers"].items()
        }
        return cls(
            name=str(data["name"]),
            description=str(data.get("description", "")),
            greeting=str(data.get("greeting", "hello")),
            answers=answers,
            expect=dict(data.get("expect") or {}),
        )


def load_personas(folder: Path = PERSONAS) -> list[Persona]:
    return [Persona.load(p) for p in sorted(folder.glob("*.yaml"))]


class Script:
    """What a persona says next, given the question being asked."""

    def __init__(self, persona: Persona) -> None:
        self.persona = persona
        self.used: Counter[str] = Counter()

    def next_text(self, asking: str | None) -> str:
        if asking is None:
            raise JourneyStuck("no question is being asked and no plan is drafted")
        said = self.persona.answers.get(asking)
        if not said:
            raise JourneyStuck(f"persona {self.persona.name} has no answer for {asking!r}")
        index = self.used[asking]
        self.used[asking] += 1
        if index >= len(said) + 3:  # the same answer over and over: the journey is going round
            raise JourneyStuck(f"{self.persona.name} keeps being asked {asking!r}")
        return said[min(index, len(said) - 1)]


class JourneyStuck(Exception):
    pass


# ------------------------------------------------------------------------------------ journeys


@dataclass
class Turn:
    text: str
    seconds: float
    status: int
    asking: str | None = None
    server: str | None = None
    reply: list[str] = field(default_factory=list)


@dataclass
class Journey:
    persona: str
    person: int
    turns: list[Turn] = field(default_factory=list)
    session_id: str | None = None
    plan_ready: bool = False
    error: str | None = None
    think: list[float] = field(default_factory=list)


def think_times(spec: str) -> tuple[float, float]:
    if "-" in spec:
        low, high = (float(x) for x in spec.split("-", 1))
    else:
        low = high = float(spec)
    if low < 0 or high < low:
        raise argparse.ArgumentTypeError(f"bad think time {spec!r}: use 0, 3 or 2-6 (seconds)")
    return low, high


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
        from bench.long_conversation import LongScript

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


async def run_phase(coros: list[Any]) -> tuple[list[Journey], float]:
    started = time.perf_counter()
    journeys = await asyncio.gather(*coros)
    return list(journeys), time.perf_counter() - started


# ------------------------------------------------------------------------------------ memory


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _children() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        kids.setdefault(parent, []).append(int(entry.name))
    return kids


def tree_rss_mb(pid: int, kids: dict[int, list[int]]) -> float:
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        total += _rss_kb(current)
        todo.extend(kids.get(current, []))
    return total / 1024


class MemorySampler:
    """Samples the resident memory of each named process tree twice a second; keeps the peaks."""

    def __init__(self, roots: dict[str, int]) -> None:
        self.roots = roots
        self.peak: dict[str, float] = dict.fromkeys(roots, 0.0)
        self.peak_total = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="memory-sampler", daemon=True)

    def __enter__(self) -> MemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def sample(self) -> None:
        kids = _children()
        total = 0.0
        for name, pid in self.roots.items():
            mb = tree_rss_mb(pid, kids)
            self.peak[name] = max(self.peak[name], mb)
            total += mb
        self.peak_total = max(self.peak_total, total)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(0.5)


# ------------------------------------------------------------------------------------ figures


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


@dataclass
class Figures:
    turns: int
    errors: int
    median_ms: float
    p95_ms: float
    p99_ms: float
    turns_per_s: float
    seconds: float

    @classmethod
    def of(cls, journeys: list[Journey], seconds: float) -> Figures:
        times = [t.seconds * 1000 for j in journeys for t in j.turns if t.status == 200]
        errors = sum(1 for j in journeys if j.error)
        return cls(
            turns=len(times),
            errors=errors,
            median_ms=statistics.median(times) if times else float("nan"),
            p95_ms=percentile(times, 95),
            p99_ms=percentile(times, 99),
            turns_per_s=len(times) / seconds if seconds else 0.0,
            seconds=seconds,
        )

    def row(self, label: str) -> str:
        return (
            f"{label:16} {self.turns:>6} {self.errors:>6} {self.median_ms:>9.1f} "
            f"{self.p95_ms:>8.1f} {self.p99_ms:>8.1f} {self.turns_per_s:>8.2f} {self.seconds:>8.1f}"
        )


HEADER = (
    f"{'phase':16} {'turns':>6} {'errors':>6} {'median ms':>9} {'p95 ms':>8} {'p99 ms':>8} "
    f"{'turns/s':>8} {'wall s':>8}"
)


def load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


# ------------------------------------------------------------------------------------ the stack


def start_stack(args: argparse.Namespace, var_dir: Path) -> tuple[Any, dict[str, int], Any]:
    """Our own stack on free ports; returns it, the process trees to watch, and the services."""
    from assistant.ops.stack import Stack
    from assistant.ops.training import ensure_model
    from assistant.settings import Settings

    services = None
    roots: dict[str, int] = {}
    overrides: dict[str, Any] = {
        "KT_VAR_DIR": var_dir,
        "KT_GATEWAY_PORT": free_port_run(1),
        "KT_RASA_PORT": free_port_run(args.rasa_servers),
        "RASA_TOKEN": secrets.token_urlsafe(16),
        "KT_ACTIONS_TOKEN": secrets.token_urlsafe(16),
        "KT_RASA_SERVERS": args.rasa_servers,
        "KT_GATEWAY_WORKERS": args.workers,
        "KT_EXPOSE_RASA_SERVER": True,
    }
    if args.services:
        from bench.services import Services

        services = Services(var_dir / "services")
        services.start()
        overrides.update(
            DATABASE_URL=services.database_url("gateway"),
            RASA_TRACKER_URL=services.database_url("rasa"),
            REDIS_URL=services.redis_url,
        )
        roots.update(services.pids())
    settings = Settings(**overrides)
    stack = Stack(settings, log=_log)
    started = time.monotonic()
    try:
        model = Path(args.model) if args.model else ensure_model(settings, log=_log)
        stack.start_rasa(model)
        stack.start_gateway()
        stack.wait_ready(timeout=300)
    except BaseException:
        stack.stop()
        if services:
            services.stop()
        raise
    _log(f"stack ready in {time.monotonic() - started:.1f} s (model {model.name})")
    roots.update({name: proc.pid for name, proc in stack.procs.items()})
    return stack, roots, services


def free_port_run(count: int) -> int:
    """A first port with `count` free ports after it, below the kernel's range for outgoing
    connections (32768 and up here): Rasa binds its port only after loading its model, tens of
    seconds later, and a port from that range may meanwhile be taken by any outgoing connection."""
    rng = random.Random()
    for _ in range(200):
        first = rng.randrange(20_000, 32_000 - count)
        if all(_port_free(first + i) for i in range(count)):
            return first
    raise RuntimeError("no run of free ports")


def _port_free(port: int) -> bool:
    import socket

    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _log(message: str) -> None:
    print(f"# {message}", flush=True)


# ------------------------------------------------------------------------------------ main


async def measure(
    args: argparse.Namespace,
    gateway: str,
    rasa_urls: list[str],
    token: str,
    database_url: str | None = None,
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
                    journeys, took = await run_phase(coros)
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
                    journeys, took = await run_phase(coros)
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
        show(args, via_gateway)
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
                    )
                )
                memory.sample()
        finally:
            stack.stop()
            if services:
                services.stop()
    show(args, via_gateway)
    return 0 if report(args, via_gateway, gw, direct_figures, memory, load_before) else 1


def show(args: argparse.Namespace, journeys: list[Journey]) -> None:
    if not args.show:
        return
    for j in journeys:
        print(f"\n== person {j.person} ({j.persona}) plan_ready={j.plan_ready} error={j.error}")
        for t in j.turns:
            print(f"> {t.text}   [{t.status}, {t.seconds * 1000:.0f} ms, {t.server or ''}]")
            for line in t.reply:
                print(f"    {line[:160]}")
            print(f"    asking: {t.asking}")


if __name__ == "__main__":
    sys.exit(main())

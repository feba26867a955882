"""Benchmark: one conversation that goes on and on, and one that comes back after a long gap.

    python bench/long_conversation.py [--turns 300] [--block 25] [--gap-days 90] [--model PATH]

A person (a persona from bench/personas, by default `buttons_and_back`) takes the whole journey
with the interruptions people make (why do you ask?, an advice question, thanks, go back), gets
a plan, and then keeps going: changes an answer, confirms the summary, asks the advice line,
says hello again, for `--turns` turns in all. Every turn goes through `POST /api/chat`; then the
same texts go straight to Rasa's REST channel under a new conversation (with a session row in
the gateway's database, so the custom actions do the same work). Printed: the median turn of
each block of `--block` turns, both ways, and the ratio of the last block (turns 276-300) to
turns 6-30 (the first block without the first turns' start-up).

Then the gap: every time stored for the conversation, in both databases, is moved back
`--gap-days` days (as if the person had gone away), and the person comes back: "hello again",
then the journey's next answers, one more block. Printed: that block's median against a fresh
conversation's turns 6-30, and whether it carried on where it was (the same question open, or
the plan still drafted; the Profile unchanged by the gap).

Targets (issue 18): last block at most 1.3 x turns 6-30 through the gateway; the resumed block
costs what a fresh one does (also at most 1.3 x). Not pass/fail tests: figures for
docs/BENCHMARKS.md. `--gateway URL` is not offered: the gap needs the stack's databases.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import sqlite3
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import PERSONAS, JourneyStuck, load_average, load_personas  # noqa: E402
from bench.journeys import direct_senders  # noqa: E402
from bench.long_script import LongScript  # noqa: E402
from bench.stack import start_stack  # noqa: E402

__all__ = ["LongScript", "main", "move_back"]


TARGET_RATIO = 1.3


@dataclass
class Said:
    text: str
    ms: float
    status: int
    asking: str | None = None
    plan_ready: bool = False


@dataclass
class Conversation:
    session_id: str | None = None
    turns: list[Said] = field(default_factory=list)
    error: str | None = None
    next_text: str = "hello"  # what the person says next


async def talk(
    http: httpx.AsyncClient,
    script: LongScript,
    turns: int,
    conversation: Conversation,
    first: str = "hello",
) -> Conversation:
    """`turns` more turns of the conversation through POST /api/chat, as fast as replies come."""
    text = first
    for _ in range(turns):
        body: dict[str, Any] = {"text": text}
        if conversation.session_id:
            body["session_id"] = conversation.session_id
        started = time.perf_counter()
        response = await http.post("/api/chat", json=body)
        said = Said(text, (time.perf_counter() - started) * 1000, response.status_code)
        conversation.turns.append(said)
        if response.status_code != 200:
            conversation.error = f"HTTP {response.status_code}: {response.text[:200]}"
            return conversation
        reply = response.json()
        conversation.session_id = reply["session_id"]
        said.asking = reply["state"]["asking"]
        said.plan_ready = bool(reply["state"]["plan_ready"])
        try:
            text = script.next_text(said.asking)
        except JourneyStuck as exc:
            conversation.error = str(exc)
            return conversation
        conversation.next_text = text
    return conversation


def sent_to_rasa(var_dir: Path, database_url: str, session_id: str) -> list[tuple[str, dict]]:
    """What Rasa received in each turn of the conversation (the gateway may send a button's
    payload for typed words, or a safety intent) and its metadata, from Rasa's tracker store."""
    import json

    from sqlmodel import Session

    from assistant.storage import store
    from assistant.storage.db import make_engine

    engine = make_engine(database_url)
    try:
        with Session(engine) as db:
            chat = store.find_session(db, token=session_id)
            assert chat is not None
            sender = chat.sender_id
    finally:
        engine.dispose()
    with sqlite3.connect(var_dir / "rasa_tracker.db", timeout=30) as rasa:
        rows = rasa.execute(
            "SELECT data FROM events WHERE sender_id = ? AND type_name = 'user' ORDER BY id",
            (sender,),
        ).fetchall()
    sent = []
    for (data,) in rows:
        event = json.loads(data)
        metadata = {k: v for k, v in (event.get("metadata") or {}).items() if k != "kt_message"}
        sent.append((str(event.get("text") or ""), metadata))
    return sent


async def direct(
    http: httpx.AsyncClient, rasa: str, sent: list[tuple[str, dict]], sender: str
) -> list[float]:
    """The same messages (as Rasa received them) straight to Rasa's REST channel; each turn's
    milliseconds."""
    times: list[float] = []
    for text, metadata in sent:
        started = time.perf_counter()
        response = await http.post(
            f"{rasa}/webhooks/rest/webhook",
            json={"sender": sender, "message": text, "metadata": metadata},
        )
        response.raise_for_status()
        times.append((time.perf_counter() - started) * 1000)
    return times


def block_medians(times: list[float], block: int) -> list[float]:
    return [statistics.median(times[i : i + block]) for i in range(0, len(times), block)]


def median_of(times: list[float], first: int, last: int) -> float:
    """The median of turns `first` to `last`, counted from 1 as in the issue."""
    return statistics.median(times[first - 1 : last])


def move_back(var_dir: Path, database_url: str, session_id: str, days: float) -> None:
    """Every stored time of the conversation, in both SQLite databases, `days` earlier."""
    from sqlmodel import Session, col, select

    from assistant.storage import store
    from assistant.storage.db import make_engine
    from assistant.storage.models import ChatSession, Message

    seconds = days * 86400
    engine = make_engine(database_url)
    try:
        with Session(engine) as db:
            chat = store.find_session(db, token=session_id)
            assert chat is not None, "the conversation is gone"
            sender = chat.sender_id
            delta = timedelta(seconds=seconds)
            chat.created_at -= delta
            chat.last_active_at -= delta
            for message in db.exec(select(Message).where(col(Message.session_id) == chat.id)):
                message.created_at -= delta
                db.add(message)
            db.add(chat)
            db.commit()
            assert isinstance(db.get(ChatSession, chat.id), ChatSession)
    finally:
        engine.dispose()
    with sqlite3.connect(var_dir / "rasa_tracker.db", timeout=30) as rasa:
        rasa.execute(
            "UPDATE events SET timestamp = timestamp - ?, data = json_set(data, '$.timestamp', "
            "json_extract(data, '$.timestamp') - ?) WHERE sender_id = ?",
            (seconds, seconds, sender),
        )


async def run(args: argparse.Namespace) -> int:
    persona = next(p for p in load_personas(Path(args.personas)) if p.name == args.persona)
    load_before = load_average()
    with tempfile.TemporaryDirectory(prefix="kt-long-") as tmp:
        ns = argparse.Namespace(model=args.model, rasa_servers=1, workers=1, services=False)
        stack, _roots, _services = start_stack(ns, Path(tmp))
        try:
            timeout = httpx.Timeout(60.0)
            async with httpx.AsyncClient(base_url=stack.gateway_url, timeout=timeout) as http:
                await http.post("/api/chat", json={"text": "hello"})  # warm-up
                script = LongScript(persona, seed=args.seed)
                long = await talk(http, script, args.turns, Conversation(), persona.greeting)
                if long.error:
                    print(f"the long conversation stopped at turn {len(long.turns)}: {long.error}")
                    return 1
                fresh = await talk(
                    http, LongScript(persona, seed=args.seed), 30, Conversation(), persona.greeting
                )
                sid = long.session_id
                assert sid is not None
                sent = sent_to_rasa(Path(tmp), stack.settings.effective_database_url, sid)
                profile_before = (await http.get(f"/api/sessions/{sid}/profile")).json()
                move_back(Path(tmp), stack.settings.effective_database_url, sid, args.gap_days)
                was = long.turns[-1]
                back = await talk(http, script, 1, Conversation(session_id=sid), "hello again")
                profile_after = (await http.get(f"/api/sessions/{sid}/profile")).json()
                await talk(http, script, args.block - 1, back, back.next_text)
            sender = direct_senders(stack.settings.effective_database_url, 1)[0]
            params = {"token": stack.settings.rasa_token}
            async with httpx.AsyncClient(timeout=timeout, params=params) as http:
                rasa_times = await direct(http, stack.rasa_urls[0], sent, sender)
        finally:
            stack.stop()
            if args.keep:
                import shutil

                shutil.copytree(tmp, args.keep, dirs_exist_ok=True)
                print(f"# kept the var folder in {args.keep} (conversation {sender})")
    if args.show:
        for i, t in enumerate(long.turns + back.turns, 1):
            print(f"{i:>4} {t.ms:>7.1f} ms  asking={t.asking} plan={t.plan_ready}  > {t.text}")
    gateway_times = [t.ms for t in long.turns]
    report(args, gateway_times, rasa_times, long, fresh, back, was, load_before)
    carried = back.turns[0].asking == was.asking and (
        was.asking is not None or back.turns[0].plan_ready
    )
    same_profile = _answers(profile_before) == _answers(profile_after)
    print(f"carried on where it was after {args.gap_days:g} days: {carried} "
          f"(open question before: {was.asking}, after 'hello again': {back.turns[0].asking}); "
          f"Profile unchanged by the gap: {same_profile}")  # fmt: skip
    return 0 if carried and same_profile and not back.error else 1


def _answers(profile: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in profile.items() if k not in ("updated_at",)}


def report(
    args: argparse.Namespace,
    gateway: list[float],
    rasa: list[float],
    long: Conversation,
    fresh: Conversation,
    back: Conversation,
    was: Said,
    load_before: str,
) -> None:
    steps = zip(long.turns, long.turns[1:], strict=False)
    plans = sum(1 for a, b in steps if b.plan_ready and not a.plan_ready)
    print()
    print(
        f"one conversation of {len(gateway)} turns (persona {args.persona}, seed {args.seed}); "
        f"turns on which the plan became ready: {plans}"
    )
    print(
        f"machine: {os.cpu_count()} cores, Python {platform.python_version()}; "
        f"load average before {load_before}, after {load_average()}"
    )
    print()
    print(f"{'turns':>9} {'gateway ms':>11} {'rasa ms':>9}")
    g_blocks = block_medians(gateway, args.block)
    r_blocks = block_medians(rasa, args.block)
    for i, (g, r) in enumerate(zip(g_blocks, r_blocks, strict=True)):
        first, last = i * args.block + 1, min(len(gateway), (i + 1) * args.block)
        print(f"{first:>4}-{last:<4} {g:>11.1f} {r:>9.1f}")
    n = len(gateway)
    end_first = max(1, n - args.block + 1)
    early_g, early_r = median_of(gateway, 6, 30), median_of(rasa, 6, 30)
    late_g, late_r = median_of(gateway, end_first, n), median_of(rasa, end_first, n)
    print()
    print(
        f"turns {end_first}-{n} against turns 6-30: gateway {late_g:.1f} / {early_g:.1f} ms = "
        f"{late_g / early_g:.2f}x, Rasa direct {late_r:.1f} / {early_r:.1f} ms = "
        f"{late_r / early_r:.2f}x (target <= {TARGET_RATIO}x through the gateway)"
    )
    overall_g, overall_r = statistics.median(gateway), statistics.median(rasa)
    print(
        f"whole conversation: median gateway {overall_g:.1f} ms, Rasa direct {overall_r:.1f} ms, "
        f"overhead {overall_g / overall_r - 1:+.1%}"
    )
    fresh_ms = median_of([t.ms for t in fresh.turns], 6, 30)
    back_ms = statistics.median(t.ms for t in back.turns)
    print(
        f"after a gap of {args.gap_days:g} days, {len(back.turns)} turns: median {back_ms:.1f} ms; "
        f"a fresh conversation's turns 6-30: {fresh_ms:.1f} ms ({back_ms / fresh_ms:.2f}x)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--turns", type=int, default=300)
    parser.add_argument("--block", type=int, default=25)
    parser.add_argument("--gap-days", type=float, default=90.0)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--persona", default="buttons_and_back")
    parser.add_argument("--personas", default=str(PERSONAS))
    parser.add_argument("--show", action="store_true", help="print every turn")
    parser.add_argument("--keep", help="copy the stack's var folder here (to profile it)")
    parser.add_argument("--model", help="trained model (default: the launcher's model)")
    args = parser.parse_args(argv)
    os.chdir(ROOT)
    os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
    # one person typing as fast as replies come: far above the per-session rate limit
    os.environ.setdefault("KT_RATE_CLIENT_PER_MIN", "100000")
    os.environ.setdefault("KT_RATE_SESSION_PER_MIN", "100000")
    return asyncio.run(run(args))


if __name__ == "__main__":
    sys.exit(main())

"""Where Rasa's time goes in one turn of a long conversation (runs in .venv-rasa).

    .venv-rasa/bin/python bench/profile_turn.py VAR_DIR [--turn 150] [--plain] [--repeat 20]

VAR_DIR is a stack's var folder with a long conversation in its tracker store (for example
`bench/long_conversation.py --keep DIR`). The conversation with the most events is cut at its
`--turn`th message and copied under a new id into a copy of the store; then the two things Rasa
does with it in every turn are timed and profiled (cProfile, cumulative): loading it from the
tracker store (`retrieve`, as the processor does, with this project's store) and predicting the
next action (`predict_next_with_tracker`: every policy featurises the tracker's past states).
Also printed: the size of the tracker a custom action receives, and the time the gateway's
action endpoint takes to read it (`json.loads` of the body).

py-spy, if installed, gives the same picture from a running server (`py-spy record -r 100 -f
raw --pid <rasa>`); this script needs nothing that is not already in the Rasa environment.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import json
import os
import pstats
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def cut(source: Path, target: Path, turn: int) -> tuple[str, int]:
    """Copy the longest conversation's events up to its `turn`th message under a new id."""
    shutil.copy(source, target)
    with sqlite3.connect(target) as db:
        (sender,) = db.execute(
            "SELECT sender_id FROM events GROUP BY sender_id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
        ids = [
            row[0]
            for row in db.execute(
                "SELECT id FROM events WHERE sender_id = ? AND type_name = 'user' ORDER BY id",
                (sender,),
            )
        ]
        last = ids[turn] if turn < len(ids) else 1 << 62  # before the next message
        db.execute(
            "INSERT INTO events (sender_id, type_name, timestamp, intent_name, action_name, data) "
            "SELECT 'profiled', type_name, timestamp, intent_name, action_name, data FROM events "
            "WHERE sender_id = ? AND id < ? ORDER BY id",
            (sender, last),
        )
        (count,) = db.execute("SELECT count(*) FROM events WHERE sender_id = 'profiled'").fetchone()
    return "profiled", count


def profiled(label: str, repeat: int, work: Any) -> float:
    profile = cProfile.Profile()
    started = time.perf_counter()
    profile.enable()
    for _ in range(repeat):
        asyncio.run(work())
    profile.disable()
    ms = (time.perf_counter() - started) * 1000 / repeat
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(14)
    print(f"\n== {label}: {ms:.1f} ms a time ({repeat} times)")
    print("\n".join(line for line in out.getvalue().splitlines()[6:] if line.strip()))
    return ms


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("var_dir")
    parser.add_argument("--turn", type=int, default=150)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--model", help="trained model (default: the newest in models/)")
    parser.add_argument("--session-events", type=int, default=None)
    parser.add_argument("--plain", action="store_true", help="Rasa's SQL store, unpatched")
    args = parser.parse_args()
    os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
    from rasa.core.agent import Agent
    from rasa.shared.core.trackers import EventVerbosity

    from assistant.rasa_side.rasa_state import StateKeepingSQLTrackerStore

    model = args.model or str(max((ROOT / "models").glob("kt-*.tar.gz"), key=os.path.getmtime))
    agent = Agent.load(model)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "tracker.db"
        sender, count = cut(Path(args.var_dir) / "rasa_tracker.db", db, args.turn)
        extra = {} if args.session_events is None else {"session_events": args.session_events}
        if args.plain:  # Rasa's own store, without this project's patches (the "before")
            from rasa.core.tracker_store import SQLTrackerStore

            store = SQLTrackerStore(agent.domain, dialect="sqlite", db=str(db))
        else:
            store = StateKeepingSQLTrackerStore(agent.domain, dialect="sqlite", db=str(db), **extra)
        tracker = asyncio.run(store.retrieve(sender))
        assert tracker is not None
        print(f"conversation cut at message {args.turn}: {count} events stored, "
              f"{len(tracker.events)} loaded for a turn")  # fmt: skip

        async def retrieve() -> None:
            await store.retrieve(sender)

        async def predict() -> None:
            agent.processor.predict_next_with_tracker(tracker)

        profiled("loading the conversation (tracker store retrieve)", args.repeat, retrieve)
        profiled("predicting the next action (all policies)", args.repeat, predict)
        body = json.dumps({"next_action": "validate_journey_form",
                           "tracker": tracker.current_state(EventVerbosity.ALL)})  # fmt: skip
        started = time.perf_counter()
        for _ in range(args.repeat):
            json.loads(body)
        ms = (time.perf_counter() - started) * 1000 / args.repeat
        print(f"\na custom action call's body: {len(body) / 1024:.0f} KB; "
              f"json.loads {ms:.2f} ms (each action call, in the gateway)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())

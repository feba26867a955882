"""Pause points: named places in a turn where a fault test can hold the gateway still.

    test: touch DIR/after_rasa ─► send a turn ─► wait for DIR/after_rasa.reached ─► SIGKILL
    gateway at `await reached("after_rasa")`: writes DIR/after_rasa.reached, then waits while
    DIR/after_rasa exists (at most a minute)

They make "killed in the middle of a turn" exact instead of a race. They are off unless
`KT_TEST_PAUSE_DIR` is set, which only the fault tests do (tests/trust/test_faults.py); when it
is off, `reached` returns at once without touching the disk.

Points: `after_rasa` (in `turns.take_turn`: Rasa has answered, the reply is not stored yet) and
`action` (in `/actions/webhook`: Rasa is in the middle of the turn, waiting for a custom action).
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

__all__ = ["configure", "reached"]

_dir: Path | None = None
MOST_SECONDS = 60.0


def configure(directory: str | Path | None) -> None:
    global _dir
    _dir = Path(directory) if directory else None


async def reached(name: str) -> None:
    if _dir is None:
        return
    gate = _dir / name
    if not gate.exists():
        return
    (_dir / f"{name}.reached").write_text(str(time.time()))
    deadline = time.monotonic() + MOST_SECONDS
    while gate.exists() and time.monotonic() < deadline:
        await asyncio.sleep(0.05)

"""What the graded safety decision adds to a turn: `decide` on every message of the held-out
corpus (tests/heldout/safety), after one warm-up, in this process. Prints the median and the
95th percentile in milliseconds. Target (issue 14): at most 5 ms a turn.

    .venv/bin/python bench/safety.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant import language
from assistant.safety import decide, warm_up
from assistant.safety.measure import load_rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    rows = load_rows()
    language.warm_up()  # as the gateway does at start-up
    warm_up()
    times: list[float] = []
    for _ in range(args.rounds):
        for row in rows:
            start = time.perf_counter()
            decide(row["text"], row.get("asking"))
            times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p95 = times[int(len(times) * 0.95)]
    print(
        f"safety decision: {len(times)} decisions, median {statistics.median(times):.2f} ms, "
        f"p95 {p95:.2f} ms, max {times[-1]:.2f} ms ({platform.processor() or platform.machine()})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

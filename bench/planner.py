"""Benchmark: how long the planner takes to draft each example profile.

    python bench/planner.py [--repeat 200]

Prints the median and 95th percentile time to draft each example profile in
tests/planner/profiles (profile validation + drafting; the rate card is loaded once, as
the gateway does). Target: 95th percentile under 20 ms for every example.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from planner import draft_plan, load_rate_card  # noqa: E402

PROFILES = ROOT / "tests" / "planner" / "profiles"
TARGET_MS = 20.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    rates = load_rate_card()
    created = datetime(2026, 5, 1, 9, tzinfo=UTC)
    print(
        f"python {platform.python_version()} on {platform.machine()}, "
        f"{args.repeat} drafts per profile"
    )
    print(f"{'profile':32} {'median ms':>10} {'p95 ms':>8}")
    worst = 0.0
    for path in sorted(PROFILES.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        draft_plan(data, rates, plan_id="warm-up", created_at=created)
        times: list[float] = []
        for i in range(args.repeat):
            start = time.perf_counter()
            draft_plan(data, rates, plan_id=f"b{i}", created_at=created)
            times.append((time.perf_counter() - start) * 1000)
        times.sort()
        p95 = times[max(0, round(0.95 * len(times)) - 1)]
        worst = max(worst, p95)
        print(f"{path.stem:32} {statistics.median(times):10.2f} {p95:8.2f}")
    verdict = "within" if worst < TARGET_MS else "OVER"
    print(f"worst 95th percentile {worst:.2f} ms: {verdict} the {TARGET_MS:.0f} ms target")
    return 0


if __name__ == "__main__":
    sys.exit(main())

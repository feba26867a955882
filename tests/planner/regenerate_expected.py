"""Regenerate the expected plans for the example profiles.

    python tests/planner/regenerate_expected.py

Run it from the repository root after a deliberate change to the planner, then read the diff
(`git diff tests/planner/expected`) line by line before committing: these files are the
regression baseline and were checked by hand.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from planner import draft_plan, load_rate_card, render_json  # noqa: E402

CREATED_AT = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)


def expected_text(profile_path: Path) -> str:
    """The expected plan for one example profile, as JSON text."""
    profile = json.loads(profile_path.read_text(encoding="utf-8"))
    plan = draft_plan(profile, load_rate_card(), plan_id=profile_path.stem, created_at=CREATED_AT)
    return render_json(plan)


def main() -> None:
    out_dir = HERE / "expected"
    out_dir.mkdir(exist_ok=True)
    for path in sorted((HERE / "profiles").glob("*.json")):
        (out_dir / path.name).write_text(expected_text(path), encoding="utf-8")
        print(f"wrote {out_dir.name}/{path.name}")


if __name__ == "__main__":
    main()

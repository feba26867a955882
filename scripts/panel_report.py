"""The planner against the frozen held-out panel (tests/heldout/panel, issue 16).

    .venv/bin/python scripts/panel_report.py [--show] [--folder DIR]

A helper acting as an experienced broker and panel member wrote 29 profiles and, before seeing
any plan, what a broker would advise and what a sound plan would still fail. For each profile
this drafts the plan and reports:

- `check_plan`: the plan's own arithmetic and promises hold;
- broker level: the plan's level against the broker's (target: at least 90% the same);
- readiness: the plan's failed `readiness` codes against the ones the panel expected;
- people named in a safeguarding concern never appear as helping: in a support, an action's
  "who", or the people who help decide.

Never tune the planner to these texts: a miss is fixed with a new development profile of the
same kind (tests/planner/profiles).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from planner import check_plan, draft_plan, load_rate_card, plan_to_dict  # noqa: E402

FOLDER = ROOT / "tests" / "heldout" / "panel"
CREATED_AT = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def load(folder: Path = FOLDER) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    cases = []
    for path in sorted((folder / "profiles").glob("*.json")):
        verdict = json.loads((folder / "verdicts" / path.name).read_text(encoding="utf-8"))
        cases.append((json.loads(path.read_text(encoding="utf-8")), verdict))
    return cases


def helper_mentions(plan: dict[str, Any], name: str) -> list[str]:
    """Where the plan names `name` as someone who helps: a support, an action's "who", or the
    people who help decide (its staying-in-control part)."""
    word = re.compile(rf"\b{re.escape(name)}\b", re.IGNORECASE)
    found = []
    for s in plan.get("supports", []):
        if word.search(str(s.get("description", ""))):
            found.append(f"support {s.get('id')}")
    for a in plan.get("actions", []):
        if word.search(str(a.get("who", ""))):
            found.append(f"action: {a.get('step', '')[:60]}")
    for section in plan.get("sections", []):
        if section.get("key") != "staying_in_control":
            continue
        for line in str(section.get("text", "")).splitlines():
            if re.search(r"help\w*\s+(?:me\s+|him\s+|her\s+|them\s+)?decid", line, re.I) and (
                word.search(line)
            ):
                found.append("helps decide")
    return found


def measure(cases: list[tuple[dict[str, Any], dict[str, Any]]]) -> dict[str, Any]:
    card = load_rate_card()
    rows = []
    for profile, verdict in cases:
        plan_obj = draft_plan(profile, card, plan_id=verdict["id"], created_at=CREATED_AT)
        plan = plan_to_dict(plan_obj)
        failed = sorted(
            r["code"] for r in plan.get("readiness") or [] if not r.get("passed", False)
        )
        rows.append(
            {
                "id": verdict["id"],
                "problems": check_plan(plan_obj),
                "level": plan["broker"]["level"],
                "want_level": verdict["broker_level"],
                "has_readiness": "readiness" in plan,
                "failed": failed,
                "want_failed": sorted(verdict.get("expected_readiness_failures") or []),
                "named": {
                    n: helper_mentions(plan, n) for n in verdict.get("must_not_name_as_helper", [])
                },
            }
        )
    n = len(rows)
    return {
        "rows": rows,
        "n": n,
        "check_plan": sum(not r["problems"] for r in rows),
        "broker_same": sum(r["level"] == r["want_level"] for r in rows),
        "readiness_same": sum(r["has_readiness"] and r["failed"] == r["want_failed"] for r in rows),
        "accused_absent": sum(not any(r["named"].values()) for r in rows),
        "advisable": sum(r["level"] in ("recommended", "urgent") for r in rows),
        "want_advisable": sum(r["want_level"] in ("recommended", "urgent") for r in rows),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="every profile, not only the misses")
    parser.add_argument("--folder", type=Path, default=FOLDER)
    args = parser.parse_args(argv)
    result = measure(load(args.folder))
    n = result["n"]
    for r in result["rows"]:
        miss = (
            r["problems"]
            or r["level"] != r["want_level"]
            or r["failed"] != r["want_failed"]
            or any(r["named"].values())
        )
        if miss or args.show:
            print(
                f"{r['id']:<22} broker {r['level']:<11} (panel {r['want_level']:<11}) "
                f"readiness failed {r['failed'] if r['has_readiness'] else 'none given'} "
                f"(panel {r['want_failed']}) "
                + (f"problems {r['problems']} " if r["problems"] else "")
                + (f"named {r['named']}" if any(r["named"].values()) else "")
            )
    print(
        f"profiles {n}; check_plan passes {result['check_plan']}/{n}; broker level as the "
        f"panel's {result['broker_same']}/{n} ({result['broker_same'] / n:.0%}); readiness as "
        f"the panel's {result['readiness_same']}/{n}; people named in a concern kept out "
        f"{result['accused_absent']}/{n}; broker advisable {result['advisable']} "
        f"(panel {result['want_advisable']})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

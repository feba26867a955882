"""The command line: formats, rate overrides, and clear errors with exit code 2."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from planner.cli import main

PROFILES = Path(__file__).parent / "profiles"
OLDER = PROFILES / "older_person_morning_help.json"


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_draft_prints_json_by_default() -> None:
    code, out, _ = run(
        "draft", str(OLDER), "--plan-id", "p", "--created-at", "2026-05-01T09:00:00Z"
    )
    assert code == 0
    assert json.loads(out)["plan_id"] == "p"


def test_every_format_prints_something() -> None:
    for fmt in ("json", "html", "text", "sms"):
        code, out, _ = run("draft", str(OLDER), "--format", fmt)
        assert code == 0, fmt
        assert out.strip(), fmt


def test_an_invalid_profile_exits_2_naming_each_bad_field(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "budget_amount": {"amount": -1, "period": "week"},
                "support_needs": [
                    {"id": "n1", "area": "flying", "text": "x", "hours_per_week": 500}
                ],
            }
        ),
        encoding="utf-8",
    )
    code, out, err = run("draft", str(bad))
    assert code == 2
    assert out == ""
    assert "budget_amount.amount" in err
    assert "support_needs[0].area" in err
    assert "support_needs[0].hours_per_week" in err


def test_not_json_and_missing_files_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert run("draft", str(bad))[0] == 2
    assert run("draft", str(tmp_path / "missing.json"))[0] == 2


def test_rates_file_overrides_figures(tmp_path: Path) -> None:
    rates = tmp_path / "council.yaml"
    rates.write_text("council_agency_hourly_rate: 30\n", encoding="utf-8")
    code, out, _ = run("draft", str(OLDER), "--rates", str(rates))
    assert code == 0
    agency = next(s for s in json.loads(out)["supports"] if s["kind"] == "agency")
    assert agency["weekly_cost"] == 210.00


def test_a_bad_rates_file_exits_2(tmp_path: Path) -> None:
    rates = tmp_path / "council.yaml"
    rates.write_text("agency_hourly_rte: 30\n", encoding="utf-8")
    code, _, err = run("draft", str(OLDER), "--rates", str(rates))
    assert code == 2
    assert "agency_hourly_rte" in err


def test_python_dash_m_planner_runs() -> None:
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-m", "planner", "draft", str(OLDER), "--format", "sms"],
        capture_output=True,
        text=True,
        cwd=root,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Margaret" in done.stdout

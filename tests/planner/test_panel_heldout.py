"""The planner on the frozen held-out panel (tests/heldout/panel): 29 profiles written by a helper
acting as an experienced broker and panel member, who never read the planner. Report:
`.venv/bin/python scripts/panel_report.py`. Never tune the planner to these texts."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from panel_report import load, measure


@pytest.fixture(scope="module")
def result():
    return measure(load())


def test_the_panel_is_all_there_and_every_plan_checks_out(result):
    assert result["n"] >= 24
    assert [r["id"] for r in result["rows"] if r["problems"]] == []


def test_the_panel_targets_of_issue_16(result):
    n = result["n"]
    assert result["broker_same"] >= 0.9 * n
    assert result["readiness_same"] == n
    assert result["accused_absent"] == n

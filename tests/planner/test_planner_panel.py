"""The development profiles, read as a council panel and a broker would: each plan checks
out, "Ready for the council?" agrees with the panel's verdict, the broker level matches for
at least 90%, and every rendered plan is in plain words with a reading age of 9 or under.

Each profile in tests/planner/profiles may carry `_panel`: {"verdict": "agree" | "not_yet",
"broker_level": ..., "why": ...}, written from DOMAIN.md sections 2 to 4 (the planner
ignores the extra field).
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from planner import Plan, check_plan, draft_plan, load_rate_card, render_html, render_text
from tests.planner.readability import prose, reading_age

HERE = Path(__file__).parent
CREATED_AT = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)
PROFILES = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in HERE.glob("profiles/*.json")}
PANEL = {name: data["_panel"] for name, data in PROFILES.items() if "_panel" in data}


def drafted(name: str) -> Plan:
    return draft_plan(PROFILES[name], load_rate_card(), plan_id=name, created_at=CREATED_AT)


def test_there_are_at_least_24_panel_profiles() -> None:
    assert len(PANEL) >= 24


@pytest.mark.parametrize("name", sorted(PROFILES))
def test_every_profile_checks_out(name: str) -> None:
    assert check_plan(drafted(name)) == []


@pytest.mark.parametrize("name", sorted(PANEL))
def test_readiness_agrees_with_the_panels_verdict(name: str) -> None:
    plan = drafted(name)
    ready = all(r.passed for r in plan.readiness)
    failed = [r.code for r in plan.readiness if not r.passed]
    assert ready == (PANEL[name]["verdict"] == "agree"), failed


def test_the_broker_level_matches_the_panel_for_at_least_90_percent() -> None:
    levels: dict[str, tuple[str, str]] = {
        name: (drafted(name).broker.level, panel["broker_level"]) for name, panel in PANEL.items()
    }
    matched = [name for name, (got, want) in levels.items() if got == want]
    assert len(matched) >= 0.9 * len(PANEL), {n: v for n, v in levels.items() if n not in matched}


def test_broker_advice_is_not_too_eager() -> None:
    advisable = [n for n in PANEL if drafted(n).broker.advisable]
    assert len(advisable) <= len(PANEL) // 2


# --- plain words ---------------------------------------------------------------------------

_CODES = re.compile(r"(?<![\w-])(?:s|n|d|b)\d+:")
_TEMPLATE = re.compile(
    r"\(s\)|\b1 (hours|sessions|weeks|nights|days)\b|rounded half-up|specification", re.I
)


def _rendered(name: str) -> dict[str, str]:
    plan = drafted(name)
    html = re.sub(r"<[^>]+>", " ", render_html(plan))
    return {"text": render_text(plan), "html": html}


@pytest.mark.parametrize("name", sorted(PROFILES))
def test_no_codes_or_template_words_in_anything_a_person_reads(name: str) -> None:
    for form, text in _rendered(name).items():
        body = re.sub(r"<style>.*?</style>", "", text, flags=re.S)
        assert not _CODES.search(body), (form, _CODES.search(body))
        assert not _TEMPLATE.search(body), (form, _TEMPLATE.search(body))


@pytest.mark.parametrize("name", sorted(PROFILES))
def test_every_rendered_plan_has_a_reading_age_of_nine_or_under(name: str) -> None:
    text = render_text(drafted(name))
    assert reading_age(text) <= 9
    assert reading_age(prose(text)) <= 9


def test_the_reading_age_measure_can_fail() -> None:
    hard = (
        "Notwithstanding the aforementioned considerations, individualised commissioning "
        "arrangements necessitate comprehensive multidisciplinary collaboration regarding "
        "eligibility determinations and subsequent personalised budgetary allocations."
    )
    assert reading_age(hard) > 9
    assert reading_age("I get up at eight. Ann helps me wash. Then we have tea.") <= 9

"""The public API is deliberate: this test guards `planner.__all__`."""

from __future__ import annotations

from pathlib import Path

import planner

PUBLIC = {
    "BOTTOM_LINE_TAGS",
    "CHOICE_CODES",
    "NEED_AREAS",
    "READINESS_CODES",
    "READINESS_LABELS",
    "REASON_CODES",
    "SECTION_KEYS",
    "SMS_LIMIT",
    "SUPPORT_KINDS",
    "Action",
    "BottomLine",
    "BrokerAdvice",
    "BrokerReason",
    "Concern",
    "CostLine",
    "Costs",
    "DecisionHelp",
    "DirectPayment",
    "Directory",
    "DirectoryCost",
    "DirectoryService",
    "DirectorySession",
    "Dream",
    "EmergencyStep",
    "Figure",
    "LocalServices",
    "Money",
    "Need",
    "NeedRow",
    "Person",
    "Plan",
    "Profile",
    "RateCard",
    "RateCardError",
    "Readiness",
    "Review",
    "Risk",
    "Safeguarding",
    "Section",
    "Support",
    "SupportOption",
    "Unmet",
    "check_plan",
    "default_rate_card",
    "describe_errors",
    "draft_plan",
    "is_gsm7",
    "load_rate_card",
    "plan_to_dict",
    "render_html",
    "render_json",
    "render_sms",
    "render_text",
}


def test_public_api_is_exactly_what_is_documented() -> None:
    assert set(planner.__all__) == PUBLIC
    assert len(planner.__all__) == len(PUBLIC)  # no name listed twice


def test_every_public_name_exists() -> None:
    for name in planner.__all__:
        assert hasattr(planner, name), name


def test_the_package_is_typed() -> None:
    assert (Path(planner.__file__).parent / "py.typed").exists()


def test_every_module_has_a_docstring_and_stays_small() -> None:
    for path in Path(planner.__file__).parent.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert source.lstrip().startswith('"""'), path.name
        assert source.count("\n") <= 420, path.name


def test_a_profile_dict_becomes_a_plan_dict(rates: planner.RateCard) -> None:
    from datetime import UTC, datetime

    plan = planner.draft_plan(
        {
            "support_needs": [
                {"id": "n1", "area": "meals", "text": "Cooking", "hours_per_week": 5}
            ],
            "budget_amount": {"amount": 200, "period": "week"},
        },
        rates,
        plan_id="p1",
        created_at=datetime(2026, 5, 1, tzinfo=UTC),
    )
    data = planner.plan_to_dict(plan)
    assert data["needs"][0]["covered_by"]
    assert planner.check_plan(plan) == []


def test_the_core_reads_no_clock() -> None:
    root = Path(planner.__file__).parent
    for path in root.glob("*.py"):
        if path.name in ("cli.py",):
            continue
        source = path.read_text(encoding="utf-8")
        assert ".now(" not in source and "time.time" not in source and "today()" not in source

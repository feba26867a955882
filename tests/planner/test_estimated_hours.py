"""Personal care with a time of day but no hours (issue 16, tenth session, third round).

A panel does not refuse a plan because the family could not say how long washing and dressing
take: the visits are counted from when help is needed, at usual call lengths, and the plan says
the hours are an estimate to check at the assessment. Words that give no time of day are not
guessed, and a prompt only is left to workers who already come. Each test fails with
`planner.estimates` taken out of `draft_plan`."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from planner import Plan, check_plan
from tests.support.calibration import need_row as need

Draft = Callable[..., Plan]
_COUNCIL = {
    "budget_management": "council_managed",
    "employer_choice": "use_agency",
    "budget_amount": {"amount": 2000, "period": "week"},
}


def _hours_for(plan: Plan, ref: str) -> float:
    return sum(s.hours_per_week or 0 for s in plan.supports if s.meets == [ref])


@pytest.mark.parametrize(
    ("text", "times", "hours"),
    [
        ("Help to wash, shave and get dressed", "mornings", 7),
        ("Help getting washed in the morning and ready for bed at night", None, 10.5),
        ("Someone to help her wash and dress", "weekday mornings", 5),
        ("Help with a strip wash and dressing", "Monday to Thursday mornings", 4),
        ("All of his personal care, two carers for the hoist", "day and night", 35),
        (
            "Helping me up, washed and dressed, and at lunchtime to the toilet",
            "morning and lunch",
            10.5,
        ),
    ],
)
def test_hands_on_care_with_a_time_of_day_is_estimated_and_costed(
    draft: Draft, text: str, times: str | None, hours: float
) -> None:
    plan = draft(support_needs=[need(1, "personal_care", text, None, times)], **_COUNCIL)
    assert "n1" not in {u.ref for u in plan.unmet}
    assert _hours_for(plan, "n1") == hours
    (step,) = [a for a in plan.actions if "estimate" in a.step]
    assert f"about {hours:g} hours a week" in step.step
    failed = {r.code for r in plan.readiness if not r.passed}
    assert "specific_terms" not in failed
    assert check_plan(plan) == []


def test_no_time_of_day_is_not_guessed(draft: Draft) -> None:
    plan = draft(support_needs=[need(1, "personal_care", "Help to wash", None, None)], **_COUNCIL)
    assert "n1" in {u.ref for u in plan.unmet}
    assert not any("estimate" in a.step for a in plan.actions)


def test_a_prompt_only_is_not_given_hours_of_its_own(draft: Draft) -> None:
    prompt = need(1, "personal_care", "Prompts to shower and change", None, "mornings")
    cook = need(2, "meals", "Help to cook tea", 7, "evenings")
    plan = draft(support_needs=[cook, prompt], **_COUNCIL)
    assert not any("estimate" in a.step for a in plan.actions)
    assert sum(s.hours_per_week or 0 for s in plan.supports) == 7


def test_one_hour_a_day_is_said_as_one_hour(draft) -> None:
    """Eleventh session: "1 hours a day" was a template plural in the step to check."""
    need = {
        "id": "n1",
        "area": "personal_care",
        "text": "Help to wash and dress",
        "hours_per_week": None,
        "times": "mornings",
    }
    plan = draft(support_needs=[need])
    steps = " ".join(a.step for a in plan.actions)
    assert "1 hour a day" in steps and "1 hours" not in steps

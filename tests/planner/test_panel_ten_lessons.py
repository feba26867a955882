"""Panel 10 read as a development set (twelfth session): one development profile for each
kind of miss, written in other words about other people (tests/planner/broker_dev, bd-124 to
bd-129), each with its verdict before the planner ran. Each test failed on 358cc97."""

from __future__ import annotations


def _codes(plan: dict) -> dict[str, str]:
    return {r["code"]: r["evidence"] for r in plan["broker"]["reasons"]}


def test_an_interpreter_typing_what_the_person_signs_is_their_own_voice(dev_plan):
    plan = dev_plan("bd-124-ifeoma")
    assert plan["broker"]["level"] == "none"
    assert "capacity_or_communication" not in _codes(plan)


def test_section_117_aftercare_is_not_bought_again_and_is_kept_apart(dev_plan):
    plan = dev_plan("bd-125-gordon")
    # the support worker the aftercare pays for now is not charged to the budget
    aftercare = [s for s in plan["supports"] if "n2" in s["meets"]]
    assert aftercare and all(float(s["weekly_cost"]) == 0 for s in aftercare)
    assert any("section 117" in s["description"].lower() for s in aftercare)
    assert all(r["passed"] for r in plan["readiness"])
    assert plan["broker"]["level"] == "optional"
    assert "section 117" in _codes(plan)["health_coordination"]


def test_the_only_care_company_being_full_is_no_service_coming_out(dev_plan):
    plan = dev_plan("bd-126-ada")
    assert plan["broker"]["level"] == "optional"
    assert "no carers" in _codes(plan)["unmet_needs"]


def test_trust_in_the_council_lost_is_a_lesser_reason(dev_plan):
    plan = dev_plan("bd-127-marlon")
    assert plan["broker"]["level"] == "optional"
    assert "without telling" in _codes(plan)["conflict"]


def test_someone_in_recovery_who_speaks_of_a_slip_needs_a_relapse_plan(dev_plan):
    plan = dev_plan("bd-128-shona")
    assert plan["broker"]["level"] == "optional"
    assert "relapse" in _codes(plan)["complex_plan"].lower()


def test_a_worker_shared_with_a_friends_own_budget_needs_an_agreement(dev_plan):
    plan = dev_plan("bd-129-femi")
    assert plan["broker"]["level"] == "optional"
    assert "Kwesi" in _codes(plan)["pooled_budget"]

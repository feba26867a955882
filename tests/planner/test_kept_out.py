"""People the plan must not count on (issue 16, round ten): nobody named in a safeguarding
concern, and no relative the person has ruled out of their care, appears anywhere in the plan as
someone who helps: not in a support, an action (not even offered a carer's assessment), the
people who help decide, or the emergency plan. Each test fails with its rule undone."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from planner import Plan, plan_to_dict
from tests.support.calibration import need_row as need
from tests.support.calibration import person_row as person

Draft = Callable[..., Plan]


def helping_places(plan: Plan, name: str) -> list[str]:
    """Where the plan names `name` as someone who helps, decides or steps in."""
    data: dict[str, Any] = plan_to_dict(plan)
    found = [f"support {s['id']}" for s in data["supports"] if name in s["description"]]
    found += [f"action: {a['step']}" for a in data["actions"] if name in a["step"] + a["who"]]
    found += [f"decides: {d['who']}" for d in data["decisions"] if name in d["who"]]
    found += [
        f"emergency: {e['situation']}"
        for e in data["emergency_plan"]
        if name in e["situation"] + e["who"] + e["then"]
    ]
    found += [f"need {n['id']}" for n in data["needs"] if n.get("from_carer") == name]
    return found


_CIRCLE = [
    person("Gary", "son (lives with her)", ["personal_care", "meals", "money_admin"], 30),
    person("Jean", "daughter", ["shopping", "social_life"], 3),
]
_NEEDS = [
    need(1, "personal_care", "Help to wash and dress", 7, "mornings"),
    need(2, "meals", "A hot meal each day", 7, "midday"),
]
_SEEN = {"code": "safeguarding", "evidence": "bruises on her arms and nothing in the fridge"}


def test_someone_the_words_say_does_harm_is_kept_out_when_the_concern_names_nobody(
    draft: Draft,
) -> None:
    week = (
        "Mum is 84 and lives with my brother Gary. Gary drinks and shouts at her, and he "
        "cancelled two of her care calls. I visit on Sundays."
    )
    plan = draft(
        answering_for="someone_else",
        answering_relationship="daughter",
        typical_week=week,
        people=_CIRCLE,
        support_needs=_NEEDS,
        concerns=[_SEEN],
    )
    assert helping_places(plan, "Gary") == []
    assert plan.safeguarding.kept_out == ["Gary"]
    assert any("Jean" in d.who for d in plan.decisions)  # the daughter still helps


def test_only_harm_done_to_someone_keeps_a_person_out(draft: Draft) -> None:
    week = "Mum lives with my brother Gary. Gary hit his head at work last year, so he rests a lot."
    plan = draft(typical_week=week, people=_CIRCLE, support_needs=_NEEDS, concerns=[_SEEN])
    assert plan.safeguarding.kept_out == []
    # and with no safeguarding concern open, words alone keep nobody out
    week = "Mum lives with my brother Gary. Gary shouts at her when he is tired."
    plan = draft(typical_week=week, people=_CIRCLE, support_needs=_NEEDS)
    assert plan.safeguarding.kept_out == []
    assert any("Gary" in a.step for a in plan.actions)  # his carer's assessment


_BROTHER = person("Ravi", "brother", ["personal_care"], 12)
_MUM = person("Asha", "mum", ["meals", "household"], 25)
_FRIEND = person("Tess", "best friend", ["social_life"], 3)


def _refused(draft: Draft, line: str, concerns: list[dict[str, str]]) -> Plan:
    return draft(
        people=[_BROTHER, _MUM, _FRIEND],
        typical_week="I live with my family. They want my brother Ravi paid to be my carer.",
        support_needs=[need(1, "personal_care", "Getting up, washed and dressed", 14, "7am")],
        bottom_lines=[{"id": "b1", "text": line, "kind": "must_not", "about": "family"}],
        budget_management="direct_payment",
        employer_choice="employ_pa",
        concerns=concerns,
    )


def test_no_relative_the_person_has_ruled_out_of_their_care_is_counted_on(draft: Draft) -> None:
    conflict = {"code": "conflict", "evidence": "My family are angry that I want PAs instead"}
    plan = _refused(draft, "No one from my family doing my personal care", [conflict])
    assert helping_places(plan, "Ravi") == []
    assert helping_places(plan, "Asha") == []
    # someone independent helps decide, on the person's side; the friend still helps
    assert any("independent" in d.who for d in plan.decisions)
    assert any("Tess" in d.who for d in plan.decisions)


def test_a_bottom_line_about_the_family_home_does_not_rule_family_out(draft: Draft) -> None:
    conflict = {"code": "conflict", "evidence": "My family are angry that I want PAs instead"}
    for line in (
        "I must not be moved out of the family home",
        "My family left out of decisions about my care",
    ):
        plan = _refused(draft, line, [conflict])
        assert any("Ravi" in a.step for a in plan.actions), line  # his carer's assessment
        assert not any("independent" in d.who for d in plan.decisions), line


def test_everyday_help_with_money_or_care_is_not_read_as_harm(draft: Draft) -> None:
    """Only harm or control reads as harm: taking a pension *to* the post office, cancelling a
    holiday *to* care, or locking the door at night is help."""
    for week in (
        "Mum lives with my brother Gary. Gary takes her pension to the post office each week.",
        "Mum lives with my brother Gary. Gary cancelled his holiday to care for her.",
        "Mum lives with my brother Gary. Gary locks the door at night so she is safe.",
    ):
        plan = draft(typical_week=week, people=_CIRCLE, support_needs=_NEEDS, concerns=[_SEEN])
        assert plan.safeguarding.kept_out == [], week
    for week in (
        "Mum lives with my brother Gary. Gary took her bank card.",
        "Mum lives with my brother Gary. Gary locks the fridge.",
    ):
        plan = draft(typical_week=week, people=_CIRCLE, support_needs=_NEEDS, concerns=[_SEEN])
        assert plan.safeguarding.kept_out == ["Gary"], week


# --- second round: however the person is named (planner.naming) ---------------------------

_TWO_SONS = [
    person("Christopher", "son, lives with her", ["personal_care", "money_admin"], 20),
    person("Paul", "son", ["shopping", "social_life"], 3),
]


def _worry(draft: Draft, evidence: str, code: str = "safeguarding", **changes: Any) -> Plan:
    return draft(
        people=changes.pop("people", _TWO_SONS),
        support_needs=_NEEDS,
        concerns=[{"code": code, "evidence": evidence}],
        **changes,
    )


def test_a_short_name_in_any_case_names_the_person(draft: Draft) -> None:
    for evidence in (
        "Chris takes her pension as soon as it comes in",
        "chris has her card and she goes without",
        "christopher took her savings",
    ):
        assert _worry(draft, evidence).safeguarding.kept_out == ["Christopher"], evidence


def test_a_relation_names_the_one_person_who_has_it_as_the_writer_says_it(draft: Draft) -> None:
    lodger = [person("Marek", "lodger", ["shopping"], 4), person("Jo", "niece", ["meals"], 2)]
    plan = _worry(draft, "the lodger has my bank card and won't give it back", people=lodger)
    assert plan.safeguarding.kept_out == ["Marek"]
    # a daughter typing "my brother" means her mother's son; "Mum" is the person herself
    mum = [person("Steve", "son", ["meals"], 25), person("Ann", "mum", ["social_life"], 1)]
    plan = _worry(
        draft,
        "Mum says my brother takes her pension",
        people=mum,
        answering_for="someone_else",
        answering_relationship="daughter",
    )
    assert plan.safeguarding.kept_out == ["Steve"]
    # two sons: "my son" alone cannot say which, the name does, and the other still helps
    plan = _worry(draft, "my son Paul takes my pension card")
    assert plan.safeguarding.kept_out == ["Paul"]
    assert helping_places(plan, "Christopher") != []


def test_a_crisis_keeps_out_only_someone_it_says_harms_or_threatens(draft: Draft) -> None:
    plan = _worry(draft, "Christopher says he will kill me if I tell, I can't go on", "crisis")
    assert plan.safeguarding.kept_out == ["Christopher"]
    plan = _worry(draft, "Christopher found me crying and I can't go on", "crisis")
    assert plan.safeguarding.kept_out == []


def test_fear_of_someone_names_them(draft: Draft) -> None:
    plan = _worry(draft, "She's terrified of Christopher and hides when he's in")
    assert plan.safeguarding.kept_out == ["Christopher"]
    plan = _worry(
        draft, "bruises on her arms", typical_week="Paul visits a lot. She is scared of him."
    )
    assert plan.safeguarding.kept_out == ["Paul"]  # "him": the man named just before


def test_the_name_is_left_out_of_quoted_words_and_reasons(draft: Draft) -> None:
    plan = _worry(
        draft,
        "Chris takes her pension",
        typical_week="Her son Christopher lives with her. Chris takes her pension.",
        bottom_lines=[{"id": "b1", "text": "Chris never handles my money", "kind": "must_not"}],
    )
    words = str(plan_to_dict(plan)).replace("'kept_out': ['Christopher']", "")
    assert "Chris" not in words and "(name left out)" in words


def test_someone_outside_the_circle_named_as_doing_harm_is_left_out_too(draft: Draft) -> None:
    plan = _worry(draft, "the agency sends a man called Steve who grabs her arm and swears at her")
    words = str(plan_to_dict(plan))
    assert "Steve" not in words and "(name left out)" in words
    # a day or a place before the act is not a name
    plan = _worry(draft, "On Friday Christopher shouted at her", people=[_FRIEND])
    assert "Friday" in str(plan_to_dict(plan))


def test_more_ways_of_naming_someone(draft: Draft) -> None:
    pete = person("Pete", "husband", ["meals"], 20)
    for evidence, people, kept in (
        (
            "my husband's brother takes my pension",
            [pete, person("Alan", "brother-in-law", [], 2)],
            "Alan",
        ),
        ("DAZ TAKES MY MONEY", [person("Darren", "son", ["meals"], 5), _FRIEND], "Darren"),
        ("My step-son threatens me", [person("Lee", "stepson", ["meals"], 5), _FRIEND], "Lee"),
        ("She’s scared of her son", [person("Kev", "son", ["meals"], 5), _FRIEND], "Kev"),
    ):
        plan = _worry(draft, evidence, people=people)
        assert plan.safeguarding.kept_out == [kept], evidence
    # "he" points back into the same sentence when nobody was named before it
    week = "Her son Col lives with her and he pushes her around."
    plan = _worry(
        draft,
        "bruises on her arms",
        people=[person("Col", "son", ["meals"], 5), _FRIEND],
        typical_week=week,
    )
    assert plan.safeguarding.kept_out == ["Col"]


# --- people the person has ruled out of their care, however they say it --------------------


def test_someone_the_person_does_not_want_as_their_carer_is_not_counted_on(draft: Draft) -> None:
    noor = person("Noor", "sister", ["personal_care"], 10)
    needs = [need(1, "personal_care", "Help to wash and dress", 7, "mornings"), _NEEDS[1]]
    for week, lines in (
        ("I don't want my sister doing my personal care any more.", []),
        ("My sister shouldn't have to care for me.", []),
        ("Noor is tired and I want her to stop doing my care.", []),
        ("I want my sister to be my sister again, not my carer.", []),
        (
            "",
            [
                {
                    "id": "b1",
                    "text": "Carers who are not family",
                    "kind": "must",
                    "about": "family_involved",
                }
            ],
        ),
    ):
        plan = draft(
            typical_week=week, people=[noor, _FRIEND], support_needs=needs, bottom_lines=lines
        )
        assert not any(s.description.startswith("Noor") for s in plan.supports), week or lines
    # her help with something she is not ruled out of still counts
    plan = draft(
        typical_week="I don't want my sister to worry about me.",
        people=[noor, _FRIEND],
        support_needs=needs,
    )
    assert any(s.description.startswith("Noor") for s in plan.supports)


def test_a_relation_written_as_a_name_is_not_a_name() -> None:
    """ "Mum (Helen)" in the list: "Helen" is the name to find and leave out, not every "Mum";
    "Robert (Bobby)" is found as Rob and as Bobby."""
    from planner.models import Person
    from planner.naming import name_forms, named_at

    assert name_forms(Person(name="Mum (Helen)")) == ["Helen"]
    assert named_at(Person(name="Mum (Helen)"), "Mum has bruises on her arms") == []
    bobby = Person(name="Robert (Bobby)")
    assert named_at(bobby, "Rob took her purse") and named_at(bobby, "bobby took her purse")


def test_a_name_that_is_also_a_month_is_left_out_but_not_from_a_date() -> None:
    from datetime import UTC, datetime

    from planner import draft_plan, load_rate_card
    from tests.planner.conftest import base_profile

    may = person("May", "lodger", ["shopping"], 3)
    profile = base_profile(
        people=[may, _FRIEND],
        support_needs=_NEEDS,
        concerns=[{"code": "safeguarding", "evidence": "May takes my pension card"}],
    )
    plan = draft_plan(
        profile, load_rate_card(), plan_id="p", created_at=datetime(2027, 3, 20, tzinfo=UTC)
    )
    words = str(plan_to_dict(plan)).replace("'kept_out': ['May']", "")
    assert "May takes" not in words and "(name left out) takes" in words
    assert "May 2027" in words  # the first review date


def test_a_carer_who_cannot_go_on_is_given_no_task_not_even_asking_for_their_assessment(
    draft: Draft,
) -> None:
    """A carer taken ill (in hospital, starting treatment) is offered a carer's assessment, but
    the person, or whoever writes with them, asks for it: the carer is given no step to do."""
    week = (
        "Dad is 61 and lives on his own. My aunt did his meals and tablets for years, but "
        "she was taken into hospital last week and cannot do it now. I visit at weekends."
    )
    plan = draft(
        answering_for="someone_else",
        answering_relationship="son",
        typical_week=week,
        people=[
            person("Rosalind", "his sister", ["meals", "medication"], 20, can_continue=False),
            person("Owain", "son", ["shopping"], 2),
        ],
        support_needs=_NEEDS,
    )
    data = plan_to_dict(plan)
    offered = [a for a in data["actions"] if "carer's assessment for Rosalind" in a["step"]]
    assert offered, "a carer who stops is still offered an assessment"
    assert all("Rosalind" not in a["who"] for a in data["actions"])

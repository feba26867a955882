"""The seven sections, the voice, risks and the action plan."""

from __future__ import annotations

from collections.abc import Callable

from planner import SECTION_KEYS, Plan

Draft = Callable[..., Plan]


def text_of(plan: Plan) -> str:
    return "\n".join(f"{s.title}\n{s.text}" for s in plan.sections)


def test_the_seven_sections_come_in_order_with_the_contract_keys(draft: Draft) -> None:
    plan = draft()
    assert (
        tuple(s.key for s in plan.sections)
        == SECTION_KEYS
        == (
            "important_to_me",
            "change_or_achieve",
            "how_supported",
            "how_budget_used",
            "how_managed",
            "staying_in_control",
            "making_it_happen",
        )
    )
    assert all(s.title and s.text for s in plan.sections)


def test_first_person_voice_says_i_and_my(draft: Draft) -> None:
    plan = draft(plan_voice="first_person")
    assert plan.voice == "first_person"
    assert plan.sections[0].title == "What is important to me"
    assert "My budget is £400.00 a week." in text_of(plan)
    assert "Alex" not in text_of(plan).replace("Alex's", "")


def test_third_person_voice_uses_the_preferred_name(draft: Draft) -> None:
    plan = draft(plan_voice="third_person", preferred_name="Bea")
    assert plan.voice == "third_person"
    assert plan.sections[0].title == "What is important to Bea"
    text = text_of(plan)
    assert "Bea's budget is £400.00 a week." in text
    assert "Bea needs help with:" in text
    assert " I " not in f" {text} ".replace("\n", " ")


def test_the_persons_own_words_are_kept(draft: Draft) -> None:
    plan = draft(
        important_to=["My cat, Sooty"],
        typical_week="Bingo on Tuesdays",
        admired_qualities=["Good at puzzles"],
        dreams=[{"id": "d1", "text": "See the sea again", "tags": []}],
    )
    text = text_of(plan)
    for words in ("My cat, Sooty", "Bingo on Tuesdays", "Good at puzzles", "See the sea again"):
        assert words in text


def test_sentences_are_short(draft: Draft) -> None:
    plan = draft(
        dreams=[{"id": "d1", "text": "Join a choir", "tags": []}],
        concerns=[{"code": "safeguarding", "evidence": "x"}],
    )
    fixed_text = [r.risk for r in plan.risks] + [r.safeguard for r in plan.risks]
    fixed_text += [a.step for a in plan.actions] + [r.explanation for r in plan.broker.reasons]
    for text in fixed_text:
        for sentence in text.replace(":", ".").split(". "):
            assert len(sentence.split()) <= 25, sentence


def test_budget_section_states_the_convention_and_the_headroom(draft: Draft) -> None:
    plan = draft()
    budget = plan.sections[3].text
    assert "annual = weekly x 52" in budget
    assert "left over" in budget
    short = draft(budget_amount={"amount": 100, "period": "week"}).sections[3].text
    assert "more than the budget" in short


def test_actions_say_who_and_when_with_dates_from_created_at(draft: Draft) -> None:
    plan = draft()
    assert all(a.step and a.who and a.when for a in plan.actions)
    assert plan.actions[0].when == "by 8 May 2026"  # created 1 May 2026
    assert plan.actions[-1].step.startswith("First review")
    assert plan.actions[-1].when == "by 12 June 2026"  # 6 weeks after 1 May


def test_safety_comes_first_in_the_action_plan(draft: Draft) -> None:
    plan = draft(concerns=[{"code": "crisis", "evidence": "I feel hopeless"}])
    assert plan.actions[0].when == "today"
    assert "999" in plan.actions[0].step


def test_every_plan_has_risks_with_safeguards(draft: Draft) -> None:
    plan = draft()
    assert plan.risks
    assert all(r.risk and r.safeguard for r in plan.risks)
    pa = draft(employer_choice="employ_pa", budget_management="direct_payment")
    assert any("personal assistant" in r.risk for r in pa.risks)


def test_financial_abuse_adds_a_money_safeguard(draft: Draft) -> None:
    plan = draft(concerns=[{"code": "safeguarding", "evidence": "My son takes my bank card"}])
    assert any("money" in r.risk for r in plan.risks)
    assert "managed account" in plan.sections[4].text

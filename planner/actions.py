"""Risks with their safeguards, and the action plan (who does what, by when).

Dates come from the plan's `created_at`, passed in: nothing here reads the clock.
"""

from __future__ import annotations

from datetime import date, timedelta

from planner.allocation import area_label
from planner.broker import is_financial_abuse
from planner.fitting import Fitted
from planner.models import Profile
from planner.plan import Action, BrokerAdvice, Risk
from planner.voice import Voice, long_date

__all__ = ["REVIEW_AFTER_DAYS", "actions_for", "risks_for"]

REVIEW_AFTER_DAYS = 91


def _kinds(fitted: Fitted) -> set[str]:
    return {s.kind for s in fitted.supports}


def risks_for(profile: Profile, fitted: Fitted, v: Voice) -> list[Risk]:
    """The risks this plan carries and how each is kept small."""
    risks: list[Risk] = []
    codes = {c.code for c in profile.concerns}
    kinds = _kinds(fitted)
    areas = {n.area for n in profile.support_needs}
    if "safeguarding" in codes:
        risks.append(
            Risk(
                risk=f"Someone may be harming {v.me}.",
                safeguard="Call 999 if anyone is in danger now. Tell the council's adult "
                "safeguarding team. Support is planned so no one person has all the control.",
            )
        )
    if is_financial_abuse(profile):
        risks.append(
            Risk(
                risk=f"Someone may take {v.my} money.",
                safeguard="Use a managed account, or ask the council to manage the budget. "
                "Never share bank cards or PINs. Check statements every month.",
            )
        )
    if "crisis" in codes:
        risks.append(
            Risk(
                risk=f"{v.I} may feel in crisis.",
                safeguard="Call Samaritans on 116 123, or NHS 111 and choose option 2. "
                "Call 999 if a life is at risk.",
            )
        )
    if "personal_assistant" in kinds:
        risks.append(
            Risk(
                risk="A personal assistant is ill, on holiday or leaves.",
                safeguard="The contingency fund pays sick pay and cover. Keep a list of backup "
                "workers. Holiday pay is in the budget.",
            )
        )
        risks.append(
            Risk(
                risk="Employer duties are missed: tax, pension or insurance.",
                safeguard="A payroll service runs pay, tax and pension. Insurance is in place "
                "before anyone starts. Every PA has a DBS check.",
            )
        )
    if "agency" in kinds:
        risks.append(
            Risk(
                risk="Care workers change often or come late.",
                safeguard="Agree times and a small named team with the agency. Complain at once "
                "if it goes wrong.",
            )
        )
    for person in fitted.allocation.stopping_helpers:
        risks.append(
            Risk(
                risk=f"{person.name} cannot keep helping.",
                safeguard=f"The plan does not count on {person.name}'s help. "
                f"{person.name} can ask for a carer's assessment.",
            )
        )
    for person in fitted.allocation.named_in_concern:
        risks.append(
            Risk(
                risk=f"{person.name} is named in a worry about safety.",
                safeguard=f"The plan does not count on {person.name}'s help. Paid or other "
                "support is planned instead.",
            )
        )
    for person in fitted.allocation.unconfirmed_helpers:
        risks.append(
            Risk(
                risk=f"{person.name} has not said they can keep helping.",
                safeguard=f"The plan does not count on it yet. Ask {person.name}, then update "
                "the plan.",
            )
        )
    if fitted.costs.annual_headroom < 0:
        risks.append(
            Risk(
                risk=f"The budget does not cover all of {v.my} needs.",
                safeguard="Ask the council to review the budget, using this costed plan. "
                "Unmet needs stay listed until they are met.",
            )
        )
    if "medication" in areas:
        risks.append(
            Risk(
                risk="Medicines are missed or mixed up.",
                safeguard="Ask the pharmacy for blister packs. Workers fill in a record sheet.",
            )
        )
    if "night_support" in areas:
        risks.append(
            Risk(
                risk="Something goes wrong at night.",
                safeguard="Night support is planned. A personal alarm calls for help.",
            )
        )
    if not risks:
        risks.append(
            Risk(
                risk="Support does not turn up.",
                safeguard="Keep the numbers of who to call in one place, and a friend to ring.",
            )
        )
    return risks


def actions_for(
    profile: Profile, fitted: Fitted, broker: BrokerAdvice, v: Voice, today: date
) -> list[Action]:
    """The action plan: each step with who does it and by when."""

    days_of: dict[str, int] = {"today": -1}

    def by(days: int) -> str:
        text = f"by {long_date(today + timedelta(days=days))}"
        days_of[text] = days
        return text

    person = v.pick("Me", v.name)
    if profile.answering_for == "someone_else" and profile.answering_relationship:
        person = f"{person}, with {v.my} {profile.answering_relationship}"
    kinds = _kinds(fitted)
    codes = {c.code for c in profile.concerns}
    steps: list[Action] = []
    if codes & {"safeguarding", "crisis"}:
        steps.append(
            Action(
                step="Get help to be safe: call 999 if in danger now, or the "
                "council's adult safeguarding team.",
                who=person,
                when="today",
            )
        )
    steps.append(
        Action(
            step="Check this draft plan and change anything that is not right.",
            who=person,
            when=by(7),
        )
    )
    for helper in fitted.allocation.unconfirmed_helpers:
        steps.append(
            Action(
                step=f"Ask {helper.name} if they can keep helping, and how much.",
                who=person,
                when=by(7),
            )
        )
    for ref in (u.ref for u in fitted.unmet if u.ref in {n.id for n in profile.support_needs}):
        if ref not in fitted.unfunded_needs:
            need = next(n for n in profile.support_needs if n.id == ref)
            steps.append(
                Action(
                    step=f"Work out how many hours a week help with {area_label(need.area)} takes.",
                    who=person,
                    when=by(7),
                )
            )
    steps.append(Action(step="Send the plan to the council to agree.", who=person, when=by(14)))
    if fitted.costs.annual_headroom < 0:
        steps.append(
            Action(
                step="Ask the council to review the budget, using this costed plan.",
                who=person,
                when=by(14),
            )
        )
    if broker.advisable:
        steps.append(
            Action(
                step="Choose an independent broker from the local list.", who=person, when=by(14)
            )
        )
    for helper in fitted.allocation.stopping_helpers:
        steps.append(
            Action(
                step=f"Ask the council for a carer's assessment for {helper.name}.",
                who=helper.name,
                when=by(14),
            )
        )
    if fitted.allocation.needs_direct_payment:
        steps.append(
            Action(
                step="Ask the council for a direct payment, to employ PAs.", who=person, when=by(14)
            )
        )
    if "personal_assistant" in kinds:
        steps.append(
            Action(
                step="Set up as an employer: insurance, payroll and HMRC.", who=person, when=by(28)
            )
        )
        steps.append(
            Action(
                step="Recruit PAs: advert, interviews, references, DBS checks.",
                who=person,
                when=by(56),
            )
        )
    if "agency" in kinds:
        steps.append(
            Action(
                step="Talk to at least three agencies and compare them.", who=person, when=by(28)
            )
        )
    if "equipment" in kinds:
        steps.append(
            Action(
                step="Ask for an occupational therapy assessment for equipment.",
                who=person,
                when=by(28),
            )
        )
    if any(d.theme == "housing" for d in fitted.dreams):
        steps.append(
            Action(step="Contact the council's housing options team.", who=person, when=by(28))
        )
    if any(d.theme == "work" for d in fitted.dreams):
        steps.append(
            Action(
                step="Contact a supported employment service or the Jobcentre.",
                who=person,
                when=by(28),
            )
        )
    steps.append(
        Action(
            step="Review how the plan is going.",
            who=f"{person} and the council",
            when=by(REVIEW_AFTER_DAYS),
        )
    )
    steps.sort(key=lambda a: days_of[a.when])  # stable: same day keeps its order
    return steps

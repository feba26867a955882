"""Risks with their safeguards, and the action plan (who does what, by when).

Dates come from the plan's `created_at`, passed in: nothing here reads the clock.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from planner.allocation import area_label
from planner.broker import is_financial_abuse
from planner.fitting import Fitted
from planner.models import Person, Profile
from planner.plan import Action, BrokerAdvice, Risk
from planner.rates import RateCard
from planner.voice import Voice, long_date
from planner.young_carers import assessment_step, not_carer_risks, young_carers

__all__ = ["actions_for", "other_funding", "risks_for"]

_ADAPT = re.compile(
    r"\b(stairs?|stairlift|bath|shower|ramp|rails?|hoist|adapt\w*|door\w*|steps)\b", re.I
)
_JOB = re.compile(r"\b(job|work|paid|employ\w*|career)\b", re.I)


def _kinds(fitted: Fitted) -> set[str]:
    """Support kinds, with a micro-provider's hours apart from an agency's."""
    return {
        "micro_provider" if s.rate_source == "micro_provider_hourly" else s.kind
        for s in fitted.supports
    }


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
    if kinds & {"agency", "micro_provider"}:
        who = "the agency" if "agency" in kinds else "the care service"
        risks.append(
            Risk(
                risk="Care workers change often or come late.",
                safeguard=f"Agree times and a small named team with {who}. Complain at once "
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
    if fitted.allocation.named_in_concern:
        risks.append(
            Risk(
                risk="Someone is named in a worry about safety.",
                safeguard="The plan does not count on their help, and their name is left out "
                "of it. Paid or other support is planned instead.",
            )
        )
    risks += not_carer_risks(fitted.allocation.not_carers, profile)
    for person in fitted.allocation.overloaded_helpers:
        theirs = any(s.description.startswith(f"{person.name}'s carer's") for s in fitted.supports)
        risks.append(
            Risk(
                risk=f"{person.name} gives more help than anyone can keep up.",
                safeguard=f"{person.name}'s carer's assessment can pay for help with the extra "
                "hours. Ask for it soon."
                if theirs
                else f"Paid support takes on the extra hours. {person.name} can ask for "
                "a carer's assessment.",
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
        night = [n.id for n in profile.support_needs if n.area == "night_support"]
        paid_at_night = any(
            set(s.meets) & set(night) and s.weekly_cost > 0 for s in fitted.supports
        )
        funded = paid_at_night and not set(night) & set(fitted.unfunded_needs)
        some = paid_at_night and any(n in (fitted.part_funded or {}) for n in night)
        if funded:
            safeguard = "Night support is planned and paid for. An alarm calls for help."
        elif some:
            safeguard = (
                "Night support is paid for only some nights. For the other nights, ask the "
                "council for telecare and agree who to call."
            )
        else:
            safeguard = (
                "Night support is not paid for yet. Until it is, ask the council for "
                "telecare and agree who to call at night."
            )
        risks.append(Risk(risk="Something goes wrong at night.", safeguard=safeguard))
    if not risks:
        risks.append(
            Risk(
                risk="Support does not turn up.",
                safeguard="Keep the numbers of who to call in one place, and a friend to ring.",
            )
        )
    return risks


def other_funding(profile: Profile, fitted: Fitted, rates: RateCard) -> list[str]:
    """Other money to check, as steps: NHS Continuing Healthcare, Access to Work, a Disabled
    Facilities Grant and a benefits check. None of them comes out of the budget."""
    steps: list[str] = []
    health_hours = sum(
        (n.hours_per_week or 0) for n in profile.support_needs if n.area in ("health", "medication")
    )
    areas = {n.area for n in profile.support_needs}
    if health_hours >= float(rates["chc_screening_hours"]) or {"health", "night_support"} <= areas:
        steps.append(
            "Ask the GP or social worker for an NHS Continuing Healthcare check (the "
            "checklist). If health needs are the main need, the NHS pays."
        )
    work_words = [n.text for n in profile.support_needs if n.area == "work_or_learning"]
    work_words += [d.text for d in fitted.dreams if d.theme == "work"]
    if any(_JOB.search(t) for t in work_words):
        steps.append("Apply to Access to Work for support at work. It is paid by the government.")
    texts = [n.text for n in profile.support_needs] + [d.text for d in profile.dreams]
    if any(_ADAPT.search(t) for t in texts) or "housing" in areas:
        steps.append(
            "Ask the council about a Disabled Facilities Grant for changes to the home, "
            "like a level shower or a stairlift."
        )
    steps.append(
        "Get a free benefits check, for example Attendance Allowance, PIP or Carer's Allowance."
    )
    return steps


def actions_for(
    profile: Profile,
    fitted: Fitted,
    broker: BrokerAdvice,
    v: Voice,
    today: date,
    *,
    safe_steps: list[Action],
    carers: list[Person],
    rates: RateCard,
    council_rates: bool,
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
    steps: list[Action] = list(safe_steps)
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
    for young in young_carers(profile):
        steps.append(Action(step=assessment_step(young), who=person, when=by(14)))
    for carer in carers:
        # A carer who cannot go on (ill, in hospital, worn out) is given no task in the plan,
        # not even asking for their own assessment: the person, or whoever writes, asks.
        going_on = carer.can_continue is not False
        steps.append(
            Action(
                step=f"Ask the council for a carer's assessment for {carer.name} (Care Act "
                "s10). It looks at what help they need to keep well"
                + ("." if going_on else ", now and if they cannot care again."),
                who=carer.name if going_on else person,
                when=by(14),
            )
        )
    if fitted.money_route == "managed_account":
        steps.append(
            Action(
                step="Set up a managed account to hold the money, so no one else can use it.",
                who=f"{person} and the council",
                when=by(14),
            )
        )
    if fitted.allocation.needs_direct_payment:
        steps.append(
            Action(
                step="Ask the council for a direct payment, to employ PAs.", who=person, when=by(14)
            )
        )
    if "personal_assistant" in kinds and fitted.allocation.employs_pas_now:
        steps.append(
            Action(
                step=f"Agree the hours in this plan with {v.my} PAs, and update their contracts.",
                who=person,
                when=by(28),
            )
        )
    elif "personal_assistant" in kinds:
        for relative in fitted.allocation.paid_relatives:
            who = f"{relative.name} ({relative.relationship})"
            steps.append(
                Action(
                    step=f"Ask the council to agree to pay {who} as a PA from the direct "
                    "payment. The council must agree to pay a relative. A relative who lives "
                    "in the same home is paid only in exceptional cases.",
                    who=person,
                    when=by(14),
                )
            )
        steps.append(
            Action(
                step="Set up as an employer: insurance, payroll and HMRC.", who=person, when=by(28)
            )
        )
    # PAs to find: the team's size, less the PAs employed now or relatives to be paid
    team = sum(s.workers or 0 for s in fitted.supports if s.kind == "personal_assistant")
    have = max(fitted.allocation.employs_pas_now, len(fitted.allocation.paid_relatives))
    if "personal_assistant" in kinds and (not have or team > have):
        more = team - have
        what = (
            "Find PAs" if not have else f"Find {'one more PA' if more == 1 else f'{more} more PAs'}"
        )
        steps.append(
            Action(
                step=f"{what}: advert, interviews, references, DBS checks.",
                who=person,
                when=by(56),
            )
        )
    if "agency" in kinds and council_rates:
        steps.append(
            Action(
                step="Ask the council to book the care with an agency it uses.",
                who="The council",
                when=by(28),
            )
        )
    elif "agency" in kinds:
        steps.append(
            Action(
                step="Talk to at least three agencies and compare them.", who=person, when=by(28)
            )
        )
    if "micro_provider" in kinds:
        steps.append(
            Action(
                step="Find at least three small local care services and compare them. The "
                "council or a local directory lists them.",
                who=person,
                when=by(28),
            )
        )
    if any(s.rate_source in ("telecare_weekly", "gps_tracker_weekly") for s in fitted.supports):
        steps.append(
            Action(
                step="Ask the council's telecare service to fit the alarm and sensors.",
                who=person,
                when=by(14),
            )
        )
    already = {a.step[:24] for a in steps}
    for step in other_funding(profile, fitted, rates):
        if step[:24] not in already:
            steps.append(Action(step=step, who=person, when=by(28)))
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
            step="First review: check the support works. Then review it every year.",
            who=f"{person} and the council",
            when=by(int(rates["first_review_days"])),
        )
    )
    steps.sort(key=lambda a: days_of[a.when])  # stable: same day keeps its order
    return steps

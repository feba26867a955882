"""Staying safe, the emergency plan and who helps decide what.

safeguarding concern ─► "Staying safe" steps: the adult safeguarding referral first, today;
                        with a money concern also the bank, benefits and food
                     ─► anyone named in it is kept out of every task and every decision
money concern        ─► the money goes through the council, or a managed account when
                        the person employs PAs, until it is safe (`money_route`)
carers and workers   ─► an emergency plan with named back-ups
decisions            ─► the person first; an attorney or deputy where there is one;
                        an independent advocate (Care Act s67) where there is nobody
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from planner.allocation import Allocation, named_in_concern
from planner.attorney import LPA, lpa_words
from planner.bottom_lines import Rules, is_family
from planner.broker import is_financial_abuse
from planner.deciding import nobody_to_help_decide
from planner.models import Person, Profile
from planner.plan import Action, DecisionHelp, EmergencyStep, Support
from planner.voice import Voice, long_date

__all__ = ["decisions_for", "emergency_plan_for", "money_route_for", "staying_safe_steps"]

_DEPUTY = re.compile(r"\bdeputy\b", re.I)
_MONEY_WORDS = re.compile(r"\b(money|financ\w*|property|bank)\b", re.I)


def money_route_for(profile: Profile, rules: Rules, employs_pas: bool) -> str:
    """How the money is handled. A money concern keeps it away from a bank account that
    someone else can reach: the council manages it, or a managed account when PAs are
    employed, until it is safe."""
    route = profile.budget_management
    if is_financial_abuse(profile) and route in ("direct_payment", "third_party", "not_sure"):
        return "managed_account" if employs_pas else "council_managed"
    return route


def _by(today: date, days: int) -> str:
    return f"by {long_date(today + timedelta(days=days))}"


def staying_safe_steps(profile: Profile, v: Voice, today: date, who: str) -> list[Action]:
    """The "Staying safe" part of the plan, in order: the referral first, today."""
    codes = {c.code for c in profile.concerns}
    steps: list[Action] = []
    if "safeguarding" in codes:
        steps.append(
            Action(
                step="Tell the council's adult safeguarding team about the worry. This is a "
                "safeguarding referral. Call 999 if anyone is in danger now.",
                who=who,
                when="today",
            )
        )
    if is_financial_abuse(profile):
        steps += [
            Action(
                step=f"Call the bank. Stop the card, change the PIN, and open an account only "
                f"{v.I} can use.",
                who=who,
                when="today",
            ),
            Action(
                step="Make sure there is food in this week. Set up a shopping delivery, or ask "
                "the safeguarding team for help.",
                who=who,
                when="today",
            ),
            Action(
                step=f"Ask the Pension Service and the benefits office to pay into the new "
                f"account. No one else collects {v.my} money.",
                who=who,
                when=_by(today, 7),
            ),
            Action(
                step=f"Get a free benefits check, to see what money is owed to {v.me}.",
                who=f"{who}, with a free advice service",
                when=_by(today, 14),
            ),
        ]
    if "crisis" in codes:
        steps.append(
            Action(
                step="Call 999 if a life is at risk. If things feel too much, call Samaritans "
                "on 116 123, or NHS 111 and choose option 2.",
                who=who,
                when="today",
            )
        )
    return steps


def _name(p: Person) -> str:
    if not p.relationship:
        return p.name
    if "(" in p.relationship:  # "daughter (Lasting Power of Attorney)"
        return f"{p.name}, {p.relationship}"
    return f"{p.name} ({p.relationship})"


def emergency_plan_for(
    profile: Profile,
    allocation: Allocation,
    carers: list[Person],
    supports: list[Support],
    v: Voice,
) -> list[EmergencyStep]:
    """What happens when a carer or a worker cannot come: named back-ups first."""
    steps: list[EmergencyStep] = []
    safe = [p for p in profile.people if not named_in_concern(p, profile)]
    for carer in carers:
        backups = [_name(p) for p in safe if p is not carer and p.can_continue is not False]
        who = ", then ".join([*backups[:2], "the council's emergency duty team"])
        steps.append(
            EmergencyStep(
                situation=f"{carer.name} is ill or cannot come",
                then=f"{backups[0] if backups else 'The council'} steps in first. If no one "
                "can, the council arranges emergency care.",
                who=who,
            )
        )
    kinds = {s.kind for s in supports}
    pas = sum(s.workers or 0 for s in supports if s.kind == "personal_assistant")
    if pas:
        steps.append(
            EmergencyStep(
                situation="a PA is off sick or leaves",
                then="Another PA or a backup worker covers. The contingency fund pays for it.",
                who="The other PAs, then an agency for short cover"
                if pas > 1
                else "A backup worker, then an agency for short cover",
            )
        )
    if "agency" in kinds:
        small = all(
            s.rate_source == "micro_provider_hourly" for s in supports if s.kind == "agency"
        )
        provider = "care service" if small else "agency"
        steps.append(
            EmergencyStep(
                situation="care workers do not come",
                then=f"Call the {provider}'s on-call number. If no one comes, call the council.",
                who=f"The {provider}, then the council",
            )
        )
    steps.append(
        EmergencyStep(
            situation=f"{v.I} {v.pick('am', 'is')} very unwell or in danger",
            then="Call 999. For urgent advice that is not an emergency, call NHS 111.",
            who=", ".join(_name(p) for p in allocation.helpers[:2]) or "Emergency services",
        )
    )
    return steps


def decisions_for(profile: Profile, v: Voice, rules: Rules | None = None) -> list[DecisionHelp]:
    """Who helps decide what. Nobody named in a safeguarding concern helps decide; nor, when
    the person disagrees with their family about the plan and has ruled family out of their
    care, their family: someone independent helps instead, on the person's side."""
    rows = [
        DecisionHelp(
            who=v.I,
            role=v.pick("It is my plan", "It is their plan"),
            decides="Everything about the support, with help where wanted.",
        )
    ]
    safe = [p for p in profile.people if not named_in_concern(p, profile)]
    codes = {c.code for c in profile.concerns}
    apart = "conflict" in codes and rules is not None and rules.family_refused
    if apart:
        safe = [p for p in safe if not is_family(p.relationship)]
    formal = False
    for person in safe:
        words = f"{person.relationship} {person.name}"
        if said := lpa_words(person, profile):
            formal = True
            money = _MONEY_WORDS.search(said)
            rows.append(
                DecisionHelp(
                    who=_name(person),
                    role="Lasting Power of Attorney",
                    decides=f"Money and property decisions, only if {v.I} cannot decide."
                    if money
                    else f"Health and care decisions, only if {v.I} cannot decide.",
                )
            )
        elif _DEPUTY.search(words):
            formal = True
            rows.append(
                DecisionHelp(
                    who=_name(person),
                    role="Deputy appointed by the Court of Protection",
                    decides="The decisions the court order names.",
                )
            )
    helpers = [p for p in safe if p.can_continue is not False and not LPA.search(p.relationship)]
    if helpers:
        rows.append(
            DecisionHelp(
                who=", ".join(p.name for p in helpers[:3]),
                role="People " + v.I + " trust" + v.pick("", "s"),
                decides=f"Help {v.me} think things through. They do not decide for {v.me}.",
            )
        )
    if apart:
        rows.append(
            DecisionHelp(
                who="An independent broker or advocate",
                role=f"On {v.my} side, where {v.my} family disagree",
                decides=f"Helps {v.me} say what {v.I} want" + v.pick("", "s") + ". "
                f"They do not decide for {v.me}.",
            )
        )
    hard_to_decide = bool(codes & {"capacity", "communication"})
    # nobody appropriate (Care Act s67): not a child, family abroad who ring, a neighbour
    if hard_to_decide and not formal and (not helpers or nobody_to_help_decide(profile)):
        rows.append(
            DecisionHelp(
                who="An independent advocate",
                role="The council must arrange one (Care Act s67)",
                decides=f"Helps {v.me} take part and say what {v.I} want"
                + v.pick("", "s")
                + ". Nobody else can do this.",
            )
        )
    elif hard_to_decide and not formal:
        rows.append(
            DecisionHelp(
                who="An independent advocate, if wanted",
                role="Care Act s67, when no one suitable can help",
                decides=f"Helps {v.me} say what {v.I} want" + v.pick("", "s") + ".",
            )
        )
    return rows

"""draft_plan: the single entry point from a Profile to a Plan.

    Profile ──► bottom lines ──► allocation ──► fitting (costing, budget) ──► broker advice
                                                                          ──► risks, actions
                                                                          ──► seven sections
                                                                          ══► Plan

Pure: the rate card, the plan id and the creation time are passed in. No clock, no files,
no network.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from planner.actions import actions_for, risks_for
from planner.allocation import allocate
from planner.bottom_lines import apply_bottom_lines
from planner.broker import advise, safeguarding_for
from planner.fitting import fit
from planner.models import Profile
from planner.plan import Plan
from planner.rates import RateCard
from planner.sections import write_sections
from planner.voice import Voice

__all__ = ["draft_plan"]


def draft_plan(
    profile: Profile | Mapping[str, Any],
    rates: RateCard,
    *,
    plan_id: str,
    created_at: datetime,
    version: int = 1,
) -> Plan:
    """Draft a costed plan for this profile with these rates.

    `profile` may be a Profile or a plain dict in the CONTRACT.md section 3 shape (validated
    here; a bad one raises pydantic.ValidationError naming each bad field).
    `created_at` must carry a time zone; action dates are counted from its date.
    """
    if not isinstance(profile, Profile):
        profile = Profile.model_validate(profile)
    rules = apply_bottom_lines(profile.bottom_lines)
    allocation = allocate(profile, rules, rates)
    fitted = fit(profile, allocation, rules, rates)
    broker = advise(profile, fitted, rates)
    voice = Voice.of(profile)
    today = created_at.date()
    actions = actions_for(profile, fitted, broker, voice, today)
    return Plan(
        plan_id=plan_id,
        version=version,
        created_at=created_at,
        voice=profile.plan_voice,
        preferred_name=profile.preferred_name,
        sections=write_sections(profile, fitted, rules, actions, voice),
        needs=fitted.needs,
        dreams=fitted.dreams,
        bottom_lines=rules.honoured,
        supports=fitted.supports,
        costs=fitted.costs,
        risks=risks_for(profile, fitted, voice),
        actions=actions,
        unmet=fitted.unmet,
        broker=broker,
        safeguarding=safeguarding_for(profile),
        rate_card=rates.name,
    )

"""draft_plan: the single entry point from a Profile to a Plan.

    Profile ──► bottom lines ──► carers' work as needs ──► money route (safe from abuse)
            ──► allocation ──► fitting (pricing by route, budget, part-funding)
            ──► broker advice ──► staying safe, risks, actions, emergency plan, decisions
            ──► needs table, direct-payment clause, review ──► seven sections
            ══► Plan ──► readiness (checked from the plan itself)

Pure: the rate card, the plan id and the creation time are passed in. No clock, no files,
no network.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime
from typing import Any

from planner.actions import actions_for, risks_for
from planner.allocation import Allocation, allocate, area_label, pas_now
from planner.bottom_lines import Rules, apply_bottom_lines
from planner.broker import advise, safeguarding_for
from planner.carers import add_carer_needs, relatives_to_pay, substantial_carers
from planner.changes import no_provider
from planner.directory import Directory, service_kinds
from planner.estimates import with_estimates
from planner.fitting import fit
from planner.harm import strangers_named
from planner.kept_out import leave_out
from planner.local import LocalFinds, find_local
from planner.models import Profile
from planner.plan import Action, LocalServices, Plan
from planner.pricing import LocalPrice, Pricing
from planner.rates import RateCard
from planner.readiness import readiness_for
from planner.s25 import direct_payment_for, needs_table, outcome_for, review_for
from planner.safety import (
    decisions_for,
    emergency_plan_for,
    money_route_for,
    staying_safe_steps,
)
from planner.sections import write_sections
from planner.senses import alerts_they_notice
from planner.signals import all_text
from planner.stated import stated_prices
from planner.travel import travel_for
from planner.urgent import call_today, urgent_needs
from planner.vocabulary import mentions
from planner.voice import Voice

__all__ = ["draft_plan"]


def _pricing(profile: Profile, rules: Rules, v: Voice, pas_now: int) -> Pricing:
    employs = bool(
        rules.force_mode == "personal_assistant"
        or pas_now
        or profile.employer_choice == "employ_pa"
    )
    route = money_route_for(profile, rules, employs)
    chose = v.pick("I chose", f"{v.name} chose")
    if rules.family_only and rules.force_mode == "personal_assistant":
        why_pa = "Only family do the care, so a relative is paid as a PA."
    elif rules.force_mode == "personal_assistant":
        why_pa = "A bottom line rules out agency staff."
    elif pas_now:
        why_pa = f"{v.I} already {v.pick('employ', 'employs')} PAs, so they stay."
    elif profile.employer_choice == "employ_pa":
        why_pa = f"{chose} to employ PAs."
    elif profile.employer_choice == "mix":
        why_pa = f"{chose} a mix: PAs for help outside personal care."
    else:
        why_pa = "A direct payment can employ PAs, which costs less an hour than an agency."
    if rules.force_mode == "agency":
        why_agency = "A bottom line asks for an agency."
    elif profile.employer_choice == "use_agency":
        why_agency = f"{chose} an agency."
    elif profile.employer_choice == "mix":
        why_agency = f"{chose} an agency for personal care, medicines and nights."
    else:
        why_agency = "The council arranges the care, at the rate it pays agencies."
    texts = [d.text for d in profile.dreams] + [n.text for n in profile.support_needs]
    texts += [b.text for b in profile.bottom_lines if b.kind == "must"]
    care_home_asked = any(mentions(t, ("care home", "nursing home")) for t in texts) and not (
        rules.restrictions.no_residential
    )
    urgent = frozenset(n.id for n in urgent_needs(profile))
    travel = travel_for(profile, bool(no_provider(all_text(profile))))
    return Pricing(route, pas_now, why_pa, why_agency, care_home_asked, urgent, travel)


#: ordinary answers a local service can give: demand kind -> (service kind, price units)
_LOCAL_PRICED: dict[str, tuple[str, tuple[str, ...]]] = {
    "cleaner": ("cleaning", ("hour",)),
    "meals_service": ("meals_delivery", ("meal",)),
    "telecare": ("telecare", ("week",)),
}


def _local_prices(allocation: Allocation, finds: LocalFinds) -> dict[str, LocalPrice]:
    """For each ordinary answer, the lowest-priced fitting local service that gives it.

    Only a service sure to cover the person's home is costed: one for their postcode
    district, or, when no district is given, one for the whole council."""
    prices: dict[str, LocalPrice] = {}
    for kind, (service_kind, units) in _LOCAL_PRICED.items():
        refs = [d.ref for d in allocation.demands if d.kind == kind]
        best: LocalPrice | None = None
        for ref in refs:
            for service in finds.by_ref.get(ref, []):
                cost = service.price_per(*units)
                if cost is None or service_kind not in service_kinds(service):
                    continue
                if service.districts and finds.district not in service.districts:
                    continue
                if best is None or cost.amount < best.amount:
                    best = LocalPrice(service.id, service.name, cost.amount, cost.words)
        if best is not None:
            prices[kind] = best
    return prices


def _local_summary(profile: Profile, directory: Directory, finds: LocalFinds) -> LocalServices:
    """What the directory gave this plan, and where it had nothing, in plain words."""
    council = directory.council or "the council"
    day = f"{directory.fetched_at.day} {directory.fetched_at:%B %Y}"
    where = f"{finds.district} and all of its area" if finds.district else "all of its area"
    found = len({s.id for services in finds.by_ref.values() for s in services})
    text = f"Local services: {council}'s list, {day}. We looked in {where}."
    text += f" {found} fit and are named in the options." if found else " None fit yet."
    labels = {n.id: area_label(n.area) for n in profile.support_needs}
    labels.update({d.id: d.text for d in profile.dreams})
    if finds.nothing_for:
        missing = "; ".join(dict.fromkeys(labels[ref] for ref in finds.nothing_for))
        text += f" It had nothing for: {missing}. For these, general ideas are shown."
    return LocalServices(
        council=council,
        fetched_at=directory.fetched_at,
        district=finds.district,
        text=text,
        nothing_for=list(finds.nothing_for),
    )


def draft_plan(
    profile: Profile | Mapping[str, Any],
    rates: RateCard,
    *,
    plan_id: str,
    created_at: datetime,
    version: int = 1,
    directory: Directory | Mapping[str, Any] | None = None,
) -> Plan:
    """Draft a costed plan for this profile with these rates.

    `profile` may be a Profile or a plain dict in the CONTRACT.md section 3 shape (validated
    here; a bad one raises pydantic.ValidationError naming each bad field).
    `created_at` must carry a time zone; action dates are counted from its date.
    `directory`: a snapshot of the council's directory of local services (planner.directory,
    or its JSON as a dict). With it, options name real local services that fit; without it,
    the plan is exactly as it was before directories existed.
    """
    if not isinstance(profile, Profile):
        profile = Profile.model_validate(profile)
    # personal care with a time of day but no hours: the visits counted (planner.estimates)
    profile, estimated = with_estimates(profile)
    if directory is not None and not isinstance(directory, Directory):
        directory = Directory.model_validate(directory)
    rules = apply_bottom_lines(profile.bottom_lines)
    voice = Voice.of(profile)
    today = created_at.date()
    with_carers, from_carer = add_carer_needs(profile, rates)
    relatives = relatives_to_pay(profile, rules, profile.budget_management)
    if relatives and rules.force_mode is None:
        rules = replace(rules, force_mode="personal_assistant")  # the relative is the PA
    pricing = _pricing(with_carers, rules, voice, pas_now(profile))
    if pricing.money_route == "council_managed":  # kept safe: the council buys the care
        with_carers = with_carers.model_copy(update={"budget_management": "council_managed"})
    # a price the person already pays, in their own words, is the plan's price
    rates = stated_prices(with_carers, rates, pricing.agency_key)
    allocation = allocate(with_carers, rules, rates, pricing.money_route, from_carer, relatives)
    finds = None
    if directory is not None:
        finds = find_local(with_carers, directory, rules.restrictions)
        pricing = replace(pricing, local_prices=_local_prices(allocation, finds), memo={})
    fitted = fit(with_carers, allocation, rules, rates, pricing, finds)
    fitted.supports = alerts_they_notice(fitted.supports, with_carers)  # no beeps for the Deaf
    fitted.needs = [
        n.model_copy(
            update={"outcome": outcome_for(n.area, voice), "from_carer": from_carer.get(n.id, "")}
        )
        for n in fitted.needs
    ]
    broker = advise(with_carers, fitted, rates)
    kept_out = [p.name for p in allocation.named_in_concern]
    person = voice.pick("Me", voice.name)
    if profile.answering_for == "someone_else" and profile.answering_relationship:
        person = f"{person}, with {voice.my} {profile.answering_relationship}"
    safe_steps = staying_safe_steps(profile, voice, today, person)
    carers = substantial_carers(profile, rates, rules)
    actions = actions_for(
        with_carers,
        fitted,
        broker,
        voice,
        today,
        safe_steps=safe_steps,
        carers=carers,
        rates=rates,
        council_rates=pricing.council_rates,
    )
    actions = _check_estimates(actions, estimated, with_carers, person)
    # after the safety steps for today (999 first), before everything else
    first = next((i for i, a in enumerate(actions) if a.when != "today"), len(actions))
    actions = [*actions[:first], *call_today(urgent_needs(with_carers), person), *actions[first:]]
    decisions = decisions_for(profile, voice, rules)
    review = review_for(today, rates)
    plan = Plan(
        plan_id=plan_id,
        version=version,
        created_at=created_at,
        voice=profile.plan_voice,
        preferred_name=profile.preferred_name,
        sections=write_sections(
            with_carers,
            fitted,
            rules,
            actions,
            voice,
            decisions=decisions,
            review=review,
            kept_out=kept_out,
        ),
        needs=fitted.needs,
        dreams=fitted.dreams,
        bottom_lines=rules.honoured,
        supports=fitted.supports,
        costs=fitted.costs,
        risks=risks_for(with_carers, fitted, voice),
        actions=actions,
        unmet=fitted.unmet,
        broker=broker,
        safeguarding=safeguarding_for(profile, safe_steps, kept_out),
        rate_card=rates.name,
        money_route=pricing.money_route,
        needs_table=needs_table(fitted, fitted.needs),
        direct_payment=direct_payment_for(fitted, fitted.needs, rates, voice),
        review=review,
        emergency_plan=emergency_plan_for(profile, allocation, carers, fitted.supports, voice),
        decisions=decisions,
        local_services=_local_summary(with_carers, directory, finds)
        if directory is not None and finds is not None
        else None,
    )
    plan = plan.model_copy(update={"readiness": readiness_for(plan)})
    # nobody named in a concern is named in anything a person reads (planner.kept_out)
    return leave_out(plan, [*allocation.named_in_concern, *strangers_named(profile)])


def _check_estimates(
    actions: list[Action], estimated: dict[str, str], profile: Profile, person: str
) -> list[Action]:
    """A step to check estimated hours at the assessment, after the plan is sent."""
    if not estimated:
        return actions
    sent = next((i for i, a in enumerate(actions) if a.step.startswith("Send the plan")), None)
    if sent is None:
        return actions
    counted = "; ".join(
        f"{area_label(n.area)}, about {n.hours_per_week:g} hours a week ({estimated[n.id]})"
        for n in profile.support_needs
        if n.id in estimated
    )
    step = Action(
        step="Check the hours with the council at the assessment. They are an estimate: "
        f"{counted}.",
        who=person,
        when=actions[sent].when,
    )
    return [*actions[: sent + 1], step, *actions[sent + 1 :]]

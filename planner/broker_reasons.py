"""Every reason for a broker that applies to a plan, with its weight (for broker.py, whose
docstring lists the reasons and their weights; thresholds live in the rate card)."""

from __future__ import annotations

from planner.allocation import named_in_concern
from planner.broker_more import met_already, more_reasons
from planner.carers import stopping_carers, support_around
from planner.changes import condition_course, no_provider, swinging_hours
from planner.clinical import clinical_care
from planner.contingency import within_contingency
from planner.deciding import nobody_to_help_decide
from planner.disagreement import amount_disputed, settled_by_choice
from planner.employing import employing_reason
from planner.finding import joining_up, provider_to_match
from planner.fitting import Fitted
from planner.interpreting import interpreted, own_language
from planner.models import Profile
from planner.money import gbp
from planner.network import limited_network
from planner.plan import BrokerReason
from planner.rates import RateCard
from planner.sharing import shared_by
from planner.signals import (
    FALL_WORRY,
    FAMILY_HOME,
    HARD_TO_SAY,
    MOVE,
    SENSORY,
    TIME_CRITICAL,
    TREATMENT,
    all_text,
    carer_strain,
    language_barrier,
)
from planner.weighing import (
    LPA,
    POOLING,
    ally,
    budget_disputed,
    help_turned_away,
    joined_up,
    joint_plan,
    later_move,
    own_voice,
    plan_ahead,
    pooling_is_big,
    settled_sharing,
)

__all__ = ["LESSER", "SIGNAL", "STRONG", "reasons"]

_HANDS_ON = {"personal_care", "medication", "night_support"}

_PERIOD = {"week": "a week", "four_weeks": "every four weeks", "month": "a month", "year": "a year"}


def _evidence(*texts: str) -> str:
    chosen = [t for t in texts if t]
    return "; ".join(f'"{t}"' for t in chosen) if chosen else ""


#: Weights: 3 is enough on its own for "recommended"; 1 is a lesser reason; 0.5 a signal.
STRONG, LESSER, SIGNAL = 3.0, 1.0, 0.5


def reasons(profile: Profile, fitted: Fitted, rates: RateCard) -> list[tuple[BrokerReason, float]]:
    """Every reason that applies, with its weight."""
    found: list[tuple[BrokerReason, float]] = []

    def add(code: str, explanation: str, evidence: str, weight: float) -> None:
        found.append((BrokerReason(code=code, explanation=explanation, evidence=evidence), weight))

    concerns = {c.code: c for c in reversed(profile.concerns)}
    danger = [c for c in profile.concerns if c.code in ("safeguarding", "crisis")]
    if danger:
        add(
            "safeguarding_concern",
            "Something said suggests a risk of harm. Safety comes first. A broker who knows "
            "safeguarding can help make a plan that keeps the person safe.",
            _evidence(*(c.evidence for c in danger)),
            STRONG,
        )
    # a move or a new tenancy; a change to the home (a shower, rails) is a grant, not a move
    housing = [
        d.text
        for d in fitted.dreams
        if d.theme == "housing" and MOVE.search(" ".join([d.text, *d.tags]))
    ]
    housing += [
        n.text for n in profile.support_needs if n.area == "housing" and MOVE.search(n.text)
    ]
    # after a move, only a partner still lives with the person
    around = support_around(profile, moving=bool(housing))
    formal = any(
        LPA.search(p.relationship) for p in profile.people if not named_in_concern(p, profile)
    )
    mind = [c for c in profile.concerns if c.code in ("capacity", "communication")]
    words = all_text(profile)
    hard = HARD_TO_SAY.search(words)
    sensory = SENSORY.search(words)
    trips = [d.text for d in fitted.dreams if d.theme == "travel"]
    few = float(rates["broker_limited_network_people"])
    if mind and (interpreted(profile, mind) or own_language(profile, mind, around, few)):
        pass  # someone close interprets, or the language is access (planner.interpreting)
    elif mind:
        alone = (around == 0 or nobody_to_help_decide(profile)) and not formal  # s67
        add(
            "capacity_or_communication",
            "Making or sharing choices may be hard. A broker or advocate can help the person "
            "say what they want. The council must offer an advocate if no one else can help.",
            _evidence(*(c.evidence for c in mind)),
            STRONG if alone else LESSER,
        )
    elif (
        profile.answering_for == "someone_else"
        and hard
        and not own_voice(profile, fitted.allocation.employs_pas_now)
    ):
        # someone typing is not a reason on its own: only with words that show it may be
        # hard for the person to understand or say what they want
        who = profile.answering_relationship or "someone else"
        add(
            "capacity_or_communication",
            "Someone else answered for the person. That is fine. A broker can check that the "
            "person's own views are heard.",
            f"Answered by: {who}" + (f'; "{hard.group(0)}"' if hard else ""),
            SIGNAL,
        )
    elif sensory and trips:
        # specialist support the person leads well, and a trip away to organise around it
        add(
            "capacity_or_communication",
            "A trip away needs planning around the support the person uses to see, hear or "
            "talk. A broker who knows this could help, but the person can lead it.",
            _evidence(*trips, sensory.group(0)),
            SIGNAL,
        )
    elif (speech := language_barrier(words)) and around < rates["broker_limited_network_people"]:
        # a spoken language barrier with few people around to help say what is wanted
        add(
            "capacity_or_communication",
            "English is hard for the person and few people are around to help. A broker who "
            "works with interpreters can make sure their views are heard.",
            _evidence(speech.group(0)),
            LESSER,
        )
    elif ahead := plan_ahead(profile):
        # newly told of dementia, alone at home: plan ahead while the person can choose
        add(
            "capacity_or_communication",
            "The condition may change over time. A broker could help plan ahead now, while "
            "the person can choose who decides for them later.",
            _evidence(ahead.group(0)),
            SIGNAL,
        )
    if "conflict" in concerns:
        # the person says what they want and someone close is on their side: a broker could
        # help, but the person can hold their view (eleventh session)
        # (or the one typing has come round to the person's own choice: planner.disagreement)
        backed = "" if mind else ally(profile, concerns["conflict"].evidence)
        backed = f"on their side: {backed}" if backed else ""
        backed = backed or amount_disputed(concerns["conflict"].evidence, fitted)
        if not mind and (chosen := settled_by_choice(profile)):
            backed = f'settled by their own choice: "{chosen}"'
        add(
            "conflict",
            "There is disagreement about the support. An independent broker works "
            "for the person, not for the family or the council.",
            _evidence(concerns["conflict"].evidence) + (f"; {backed}" * bool(backed)),
            LESSER if backed else STRONG,
        )
    gap = -fitted.costs.annual_headroom
    disputed = budget_disputed(words)
    if gap > 0 and not within_contingency(fitted, words):  # a smaller contingency fits it
        budget = profile.budget_amount
        stated = f"{gbp(budget.amount)} {_PERIOD[budget.period]}" if budget else "no budget given"
        big = gap >= fitted.costs.budget_annual * rates["broker_shortfall_strong_fraction"]
        add(
            "budget_shortfall",
            f"The support costs {gbp(gap)} a year more than the budget. "
            "A broker can help ask the council to review the budget.",
            f"Budget: {stated}",
            # a small gap on its own is a signal: the plan can be trimmed or the council asked
            STRONG if big or disputed else SIGNAL,
        )
    elif disputed:
        # the plan is trimmed to fit, but the person says the budget will not buy what they
        # were assessed for: a disagreement with the council about the amount
        add(
            "budget_shortfall",
            "The budget may not pay for all the help that was agreed as needed. A broker "
            "can help ask the council to look at the amount again.",
            _evidence(disputed.group(0)),
            STRONG,
        )
    if "asked_for_person" in concerns:
        add(
            "asked_for_person",
            "The person asked to talk to a person. That is their choice.",
            _evidence(concerns["asked_for_person"].evidence),
            STRONG,
        )

    if fitted.costs.budget_annual >= rates["broker_large_budget_annual"]:
        add(
            "large_budget",
            "The budget is large, so there are many ways to use it. A broker "
            "can help weigh them up.",
            f"Budget: {gbp(fitted.costs.budget_annual)} a year",
            LESSER,
        )
    paid = [
        s for s in fitted.supports if (s.weekly_cost or s.one_off_cost) and s.kind != "secondary"
    ]
    people_paid = [s for s in paid if s.kind in ("personal_assistant", "agency", "day_service")]
    # PAs the person employs now are a team already running, not a part to set up
    workers = sum(s.workers or 0 for s in fitted.supports) - fitted.allocation.employs_pas_now
    if (
        len(people_paid) >= 2 and len(paid) >= rates["broker_complex_paid_supports"]
    ) or workers >= rates["broker_complex_workers"]:
        add(
            "complex_plan",
            "The plan has many parts that must work together. A broker can help join them up.",
            "; ".join(s.description for s in paid),
            LESSER,
        )
    later = later_move(housing)
    if housing and later:
        # "one day", "not yet": a reason to keep a broker in mind, not to need one now
        add(
            "housing_change",
            "A move is planned for later, not now. A broker with housing knowledge can help "
            "when the time comes.",
            _evidence(*housing),
            SIGNAL,
        )
    elif housing:
        # leaving the family home: a tenancy, benefits and support set up all at once
        leaving = FAMILY_HOME.search(profile.typical_week)
        add(
            "housing_change",
            "Leaving the family home for a place of one's own means a tenancy, benefits and "
            "support to set up together. A broker with housing knowledge can help."
            if leaving
            else "A move or a new home is planned. A broker with housing "
            "knowledge can help with tenancies and support.",
            _evidence(*housing, leaving.group(0) if leaving else ""),
            LESSER * 2 if leaving else LESSER,
        )
    stopping = stopping_carers(profile)  # a paid worker who leaves is no carer stopping
    # many hours from family is a network, not a limited one; it is a reason only when the
    # carer cannot go on, or the words say it is too much
    strain = carer_strain(profile, words)
    carers = [
        p
        for p in profile.people
        if p.can_continue is not False
        and not named_in_concern(p, profile)
        and (
            (p.hours_per_week or 0) >= rates["carer_substantial_hours"]
            or set(p.helps_with) & _HANDS_ON
        )
    ]
    strained = carers if strain and not stopping else []
    # a worry about falling is met by telecare, a class or a swim by the activity itself
    health = [
        n.text
        for n in profile.support_needs
        if n.area == "health" and not FALL_WORRY.search(n.text) and not met_already(n)
    ]
    paid_refs = {ref for s in paid if s.kind not in ("equipment", "mainstream") for ref in s.meets}
    care_words = [profile.typical_week, *profile.current_support]
    care_words += [n.text for n in profile.support_needs if n.area in ("medication", "health")]
    on_time = TIME_CRITICAL.search("\n".join(care_words))
    # medicines paid help must give at set times (late doses do harm), or that a carer who
    # cannot go on gave: the workers, the GP and the pharmacy must work as one
    gave_medicines = any("medication" in p.helps_with for p in [*stopping, *strained])
    timed = [
        n.text
        for n in profile.support_needs
        if n.area == "medication"
        and n.id in paid_refs
        and (gave_medicines or on_time or TIME_CRITICAL.search(f"{n.text} {n.times or ''}"))
    ]
    treatment = TREATMENT.search(words)
    # clinical care at home is heavy, hours or not, unless the NHS runs it all (planner.clinical)
    clinical = clinical_care(profile, health, stopping)
    heavy = False
    if health or timed or treatment:
        heavy = (
            bool(timed)
            or bool(clinical)
            or sum(
                n.hours_per_week or 0
                for n in profile.support_needs
                if n.area in ("health", "medication")
            )
            >= float(rates["chc_screening_hours"])
        )
    if (health or timed or treatment) and (heavy or not joined_up(profile, fitted)):
        add(
            "health_coordination",
            "Paid help must now give medicines, at the right times. A broker can help join "
            "that up with the GP, pharmacy and nurses."
            if timed
            else "Health services are part of the plan. A broker can help "
            "join up health and social care.",
            _evidence(
                *health,
                *timed,
                on_time.group(0) if timed and on_time else "",
                clinical.group(0) if clinical and not health else "",
                treatment.group(0) if treatment and not (health or timed) else "",
            ),
            LESSER if heavy else SIGNAL,
        )
    # how the condition runs: the last weeks of life, fast, or slowly getting worse
    before = [r.evidence for r, _ in found if r.code == "health_coordination"]
    if course := condition_course(profile, words, before):
        explanation, evidence, weight, replaces = course
        if replaces:
            found[:] = [(r, w) for r, w in found if r.code != "health_coordination"]
        if weight:
            add("health_coordination", explanation, evidence, weight)
    health_weight = max((w for r, w in found if r.code == "health_coordination"), default=0.0)
    if (apart := joining_up(words)) and health_weight < apart[2]:
        # the services do not work together, in the person's words: joining them up is the work
        found[:] = [(r, w) for r, w in found if r.code != "health_coordination"]
        add("health_coordination", *apart)
    if swing := swinging_hours(profile, around, float(rates["broker_limited_network_people"])):
        add("complex_plan", *swing)  # hours that swing with a condition that comes and goes
    complex_found = any(r.code == "complex_plan" for r, _ in found)
    if not complex_found and (match := provider_to_match(profile, fitted)):
        add("complex_plan", *match)  # a new service fund's provider must match a language
    if employing := employing_reason(profile, fitted, rates, words, housing):
        add("employing_staff", *employing)
    network = limited_network(profile, fitted, rates, around, stopping, strained, strain, paid)
    if network:
        add("limited_support_network", *network)
    pooling = POOLING.search(all_text(profile))
    shared = [n.text for n in profile.support_needs if shared_by(n, profile) > 1]
    together = joint_plan(profile)
    if pooling or shared or together:
        add(
            "pooled_budget",
            "Pooling budgets with others needs a written agreement: who pays what, and what "
            "happens if someone moves or their needs change. A broker can help set it up."
            if shared
            else "Pooling budgets with others needs agreements. A broker can help set it up.",
            _evidence(*(shared or together))
            if shared or together
            else _evidence(pooling.group(0) if pooling else ""),
            # weighed by how much rests on the pooling: nights, three or more people, or many
            # hours a week pooled is a strong reason (unless the provider of a supported living
            # house already runs it); a few hours shared by two friends, or a couple's own
            # hours, is a lesser one
            STRONG if pooling_is_big(profile, rates) and not settled_sharing(profile) else LESSER,
        )
    unmet_needs = [
        n.text
        for n in profile.support_needs
        if any(u.ref == n.id and u.annual_shortfall is None for u in fitted.unmet)
    ]
    # hoarding, self-neglect or help sent away before: the needs are met only once the
    # person trusts someone, at their pace; with few people around, the whole plan rests on
    # that one trusted worker (round nine): a strong reason, whether or not needs are unmet
    turned_away = help_turned_away(words)
    trust = STRONG if turned_away and around < rates["broker_limited_network_people"] else LESSER
    if unmet_needs:
        add(
            "unmet_needs",
            "Some needs have no way to meet them in this plan yet. A broker can help find "
            "ways to meet them.",
            _evidence(*unmet_needs, turned_away.group(0) if turned_away else ""),
            trust,
        )
    elif turned_away:
        add(
            "unmet_needs",
            "Help has been turned away before. Help works best from someone trusted, and "
            "trust takes time. A broker can go at the person's pace.",
            _evidence(turned_away.group(0)),
            trust,
        )
    elif nobody_comes := no_provider(words):
        # no care service will come out to the person: local people or a small local service
        # (a lesser reason; what it costs to reach them is weighed as the budget)
        add(
            "unmet_needs",
            "No care service will come out to where the person lives. The plan must be made "
            "with local people or a small local service. A broker who knows the area could "
            "help find them.",
            _evidence(nobody_comes.group(0)),
            LESSER,
        )
    for more in more_reasons(profile, fitted, words, found):  # twelfth session
        found[:] = [(r, w) for r, w in found if r.code != more[0] or w > more[3]]  # lighter
        add(*more)
    return found

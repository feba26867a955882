"""Broker advice: whether a human independent broker is advisable, and why.

Planning for oneself, with family and friends, is the default (In Control). Each reason
below is a signal from DOMAIN.md section 4 (found in broker_reasons.py); thresholds live in the
rate card.

Reasons are weighed, not counted. Weights add up; `broker_reasons_for_recommended` (3)
makes "recommended", anything above 0 "optional":

    strong (3): conflict, asked_for_person, a capacity or communication concern with no one
        around to help, a shortfall of 10% of the budget or more (or the person saying the
        budget will not buy the help they were assessed for: a disagreement with the council
        about the amount), a condition that changes fast (motor neurone disease:
        health_coordination), pooling that much rests on (shared nights, three or more
        people, or `broker_small_pa_hours` a week pooled)
    lesser (1): large_budget, complex_plan, housing_change (a move or a new tenancy, not an
        adaptation), employing_staff (the first time, unless a small job with help with
        the paperwork; or a relative paid as a PA), limited_support_network (few people
        around, where a partner the person lives with counts double; or a carer who cannot go
        on or says it is too much: one more when their nights must now be bought, one more
        when they lived apart and few people are left; or someone close who died lately),
        pooled_budget (a few hours shared by two, or a couple's own), unmet_needs (no way to
        meet them yet; or help turned away before, hoarding or self-neglect: needs met only
        at the person's pace), heavy health needs, or medicines paid help must now give
        (time-critical, or a carer who gave them cannot go on), a capacity concern where
        people are around to help, a spoken language barrier with few people around
    signal (0.5): someone else answering for a person whose words show it is hard for them
        to understand or say what they want, specialist communication support with a trip
        away to organise, a health need that the NHS already meets or regular hospital
        treatment (dialysis), a smaller shortfall, someone alone newly told of dementia, a
        plan that rests on one unpaid carer who does the nights too, or a carer who worries
        who will help when they cannot (limited_support_network)
    not a reason: a relative typing on their own, a carer giving many hours who can keep
        going, few people around when no hands-on care needs people to cover it (personal
        care, medicines or nights, with hours: a pill dispenser or telecare is a thing), or a
        service already gives it now (an agency, a provider's team; but not the nights), a
        change to the home that a grant or equipment pays for, a fear of falling
        (telecare meets it), someone who gave a few hours and stops when others remain;
        and (planner.weighing) a light health signal someone already joins up, someone
        typing with the person, Shared Lives carers (the person's household), care an
        agency already gives (joins health up; a small plan needs no more people), a relative
        answering for someone whose own PAs know their told choice. A move "one day" is a
        signal; sharing a supported living provider already runs, or a couple sharing hours
        between their two budgets, weighs 1
    round nine (planner.employing, planner.changes, planner.breaks): a first team of PAs
        weighs 2; a friend taken on as a first PA 1; not sure about employing with a small
        job 0; hoarding or help turned away with few people around 3; a helper who moved away
        lately 1; no care service coming out 1; the last weeks of life 0.5 (the palliative
        team leads, the NHS pays); a condition that slowly gets worse 0.5
    round ten (planner.finding, planner.changes): health services that do not work
        together, in the person's words, weigh 2; a new service fund whose provider must match
        a language or a faith's practice 0.5; the last weeks of life with two or more of the
        family sharing the hands-on care 0 (a broker would be one more stranger)
    eleventh session (planner.weighing, planner.changes, planner.employing): a disagreement
        with family weighs 1, not 3, when the person speaks for themselves and someone close
        is on their side, with no hospital discharge pressing; hours that swing with a
        condition that comes and goes weigh 1, or 3 with few people around to manage the
        swings (complex_plan); a first team of PAs weighs 3 when the words say nobody can do
        the paperwork (the person's own experience of running things counts as help); a
        communication concern that is only a spoken language, with an adult close to the
        person who interprets (not a child, not a paid worker), is no reason
        (planner.interpreting)
    thirteenth session (planner.network, planner.broker_more): someone who gives no help now
        is no carer stopping; few people are no reason when the council arranges an agency
        and someone close who keeps going runs the money and letters; a health need the
        person's own NHS health budget pays for is no reason; a change from council-arranged
        care to a direct payment (complex_plan) and a move told in the week (housing_change)
        weigh 1
    fourteenth session (planner.deciding, planner.events): a capacity or communication
        concern weighs 3 when nobody appropriate can help decide (not a child, family far
        away who give no help, or a friend or neighbour for company or lifts); the council
        starting to pay for care paid privately, and a planned stay in hospital for someone
        alone who needs help after it, weigh 1 (complex_plan)
    fifteenth session (planner.carers, planner.network, planner.deciding, planner.events,
        planner.employing, planner.changes, planner.weighing): a paid worker who leaves is no
        carer stopping; a child who must stop is not a carer who lived apart; family abroad
        who only ring for a chat cannot help decide (so a capacity concern weighs 3); a
        worker typing what the person says, naming them, is the person's own voice; not sure,
        with a home help or self-employed worker named for a small job, is no employer; the
        council starting to pay is no reason once the provider has agreed to carry on; the
        last months of life weigh 0 with a health and welfare attorney close by; care stopped
        until the home is put right, and a dog's training asked of the budget, weigh 1
        (complex_plan)
    sixteenth session (planner.interpreting, planner.clinical, planner.disagreement,
        planner.contingency, planner.carers, planner.changes, planner.employing,
        planner.sharing, planner.broker_more): a way of being in touch the person cannot use
        (no phone calls; email instead), said by someone who answers for themselves, is no
        reason, and the one typing "with" the person interprets their language; clinical care
        an NHS service already runs, with nothing of it changing hands, is no reason; a
        challenge to the council's amount weighs 1 when the plan still fits; a gap no bigger
        than the contingency is no reason (unless the condition comes and goes); a child who
        gives hands-on care is a carer whose part moves into the plan (1); an illness that
        cannot be cured, planned for before the last weeks, is a signal (0.5); a first team
        in other words ("two women to work as my PAs") weighs 2; friends named before the sharing
        share the worker (so three or more weigh 3); going to live in halls is a move (1)
    safeguarding_concern (a safeguarding or crisis concern) makes it "urgent".

`advisable` is true exactly when the level is recommended or urgent.
"""

from __future__ import annotations

from planner.broker_reasons import reasons
from planner.fitting import Fitted
from planner.models import Profile
from planner.plan import ADVISABLE_LEVELS, Action, BrokerAdvice, Safeguarding
from planner.rates import RateCard
from planner.signals import is_financial_abuse
from planner.specialisms import specialisms_for

__all__ = ["advise", "is_financial_abuse", "safeguarding_for", "specialisms_for"]


def advise(profile: Profile, fitted: Fitted, rates: RateCard) -> BrokerAdvice:
    """The broker advice for this plan: level, every reason that applies, specialisms."""
    found = reasons(profile, fitted, rates)
    codes = [r.code for r, _ in found]
    weight = sum(w for _, w in found)
    if "safeguarding_concern" in codes:
        level = "urgent"
    elif weight >= float(rates["broker_reasons_for_recommended"]):
        level = "recommended"
    elif weight > 0:
        level = "optional"
    else:
        level = "none"
    summaries = {
        "none": "This plan can be made without a broker, with the people around you. "
        "A broker is still there if you want one.",
        "optional": "You can make this plan yourself. A broker could help with one part of it.",
        "recommended": "We suggest help from an independent broker. They work for you, "
        "not for the council.",
        "urgent": "Please get help to stay safe first. Then a broker can help with the plan.",
    }
    return BrokerAdvice(
        level=level,
        advisable=level in ADVISABLE_LEVELS,
        reasons=[r for r, _ in found],
        specialisms=specialisms_for(profile, codes, fitted) if level != "none" else [],
        summary=summaries[level],
    )


def safeguarding_for(
    profile: Profile, steps: list[Action] | None = None, kept_out: list[str] | None = None
) -> Safeguarding:
    """Where to signpost the person when a safeguarding or crisis concern was raised, the
    "Staying safe" steps, and who is kept out of the plan."""
    codes = {c.code for c in profile.concerns}
    signposted: list[str] = []
    if codes & {"safeguarding", "crisis"}:
        signposted.append("999 if anyone is in danger right now")
    if "crisis" in codes:
        signposted.append("Samaritans: call 116 123, free, day or night")
        signposted.append("NHS 111, option 2, for a mental health crisis")
    if "safeguarding" in codes:
        signposted.append("The council's adult safeguarding team")
    return Safeguarding(
        concern=bool(signposted),
        signposted=signposted,
        steps=list(steps or []),
        kept_out=list(kept_out or []),
    )

"""Carers: when a carer cannot go on, or gives more than anyone can keep up, their work
becomes needs in the plan, costed; and every carer giving substantial care is offered a
carer's assessment (Care Act 2014 s10).

    Person(can_continue=False, helps_with=[night_support, medication], hours=60)
        -> Need "Help at night. Susan did this and cannot keep going."   (costed like any need)
        -> Need "Help with medicines. ..."
    Person(can_continue=True, hours=70)   (over `carer_sustainable_hours`, 50)
        -> the hours over 50 become needs for the tasks not already listed

A task already listed as a need simply loses the carer's hours (allocation counts only
the people who can keep going, and only the hours they can sustain).

`support_around` says how much everyday support the person has (for broker advice): each
person who can keep helping counts 1, and a partner or anyone the person lives with 2
(not someone they are moving away from).
"""

from __future__ import annotations

import re
from decimal import Decimal

from planner.allocation import area_label, named_in_concern
from planner.bottom_lines import Rules, is_family
from planner.models import Need, Person, Profile
from planner.money import as_decimal
from planner.rates import RateCard
from planner.signals import PAID_WORKER
from planner.young_carers import ADULT_AGE, age_of, not_to_care_for

__all__ = [
    "CARER_NEED_PREFIX",
    "add_carer_needs",
    "lives_with",
    "partner",
    "relatives_to_pay",
    "substantial_carers",
    "support_around",
]

CARER_NEED_PREFIX = "carer"
_PARTNER = re.compile(r"\b(partner|wife|husband|spouse)\b", re.I)
_LIVE_WITH = re.compile(r"\b(live|lives|living) (with|together)\b", re.I)
#: Family who live abroad and give no help are not around (round ten: "a nephew in Australia
#: who rings at Christmas").
_FAR = re.compile(
    r"\b(abroad|overseas|australia|new zealand|canada|america|usa|the states|another country|"
    # (fifteenth session: other countries a relative may live in, by name)
    r"spain|france|portugal|italy|germany|poland|romania|lithuania|latvia|bulgaria|greece|"
    r"cyprus|malta|turkey|ireland|the netherlands|holland|belgium|sweden|norway|denmark|"
    r"switzerland|india|pakistan|bangladesh|sri lanka|nigeria|ghana|kenya|uganda|zimbabwe|"
    r"zambia|south africa|somalia|jamaica|trinidad|barbados|the caribbean|dubai|the uae|qatar|"
    r"saudi( arabia)?|hong kong|china|singapore|japan|the philippines|thailand|brazil)\b",
    re.I,
)
_HOUSEMATE = re.compile(r"\b(house|flat)\s?mates?\b", re.I)
#: Someone who helps as a friend, not as family: their few hours can simply stop.
_NOT_FAMILY = re.compile(r"\b(house|flat)\s?mates?\b|\b(friend|neighbou?r|lodger)\b", re.I)

#: Hours a week a task takes when the carer did not say (Kitchen Table planner setting).
_DEFAULT_HOURS: dict[str, Decimal | None] = {
    "personal_care": Decimal(7),
    "medication": Decimal("3.5"),
    "meals": Decimal(7),
    "household": Decimal(2),
    "night_support": None,  # read as someone there every night
    "carer_break": None,
}
_HANDS_ON = {"personal_care", "medication", "night_support"}


def _quarter(value: Decimal) -> Decimal:
    return (value * 4).to_integral_value(rounding="ROUND_FLOOR") / 4


def _new_need(
    profile: Profile, person: Person, number: int, area: str, hours: Decimal | None, why: str
) -> Need:
    label = area_label(area)
    text = f"Help with {label}. {person.name} did this and {why}."
    if area == "night_support":
        text = f"Someone there at night. {person.name} did this and {why}."
    return Need(
        id=f"{CARER_NEED_PREFIX}{number}-{area}"[:40],
        area=area,
        text=text,
        hours_per_week=float(hours) if hours else None,
    )


def add_carer_needs(profile: Profile, rates: RateCard) -> tuple[Profile, dict[str, str]]:
    """The profile with carers' tasks added as needs, and need id -> the carer's name."""
    listed = {n.area for n in profile.support_needs}
    sustainable = rates["carer_sustainable_hours"]
    extra: list[Need] = []
    from_carer: dict[str, str] = {}
    for number, person in enumerate(profile.people, start=1):
        if named_in_concern(person, profile) or paid_to_help(person):
            continue  # a paid worker who leaves is a post to fill, not a carer's work
        hours = as_decimal(person.hours_per_week) if person.hours_per_week else None
        stopping = person.can_continue is False
        overloaded = person.can_continue is True and hours is not None and hours > sustainable
        if not (stopping or overloaded):
            continue
        new_areas = [
            a for a in dict.fromkeys(person.helps_with) if a not in listed and a in _DEFAULT_HOURS
        ]
        if not new_areas:
            continue
        if stopping:
            why = "cannot keep going"
            spare = None
            if hours is not None:
                in_needs = sum(
                    (
                        as_decimal(n.hours_per_week or 0)
                        for n in profile.support_needs
                        if n.area in person.helps_with
                    ),
                    Decimal(0),
                )
                spare = max(Decimal(0), hours - in_needs)
        else:
            why = "gives more hours than anyone can keep up"
            spare = (hours or Decimal(0)) - sustainable
        timed = [a for a in new_areas if a != "night_support"]
        share = _quarter(spare / len(timed)) if spare and timed else None
        for area in new_areas:
            # a carer's hours include the nights, so a task never takes more than it usually does
            default = _DEFAULT_HOURS[area]
            task_hours = default if share is None or default is None else min(share, default)
            if area == "night_support":
                task_hours = None
            need = _new_need(profile, person, number, area, task_hours, why)
            taken = {n.id for n in [*profile.support_needs, *extra]}
            taken |= {d.id for d in profile.dreams} | {b.id for b in profile.bottom_lines}
            base, k = need.id, 1
            while need.id in taken:  # never clash with an id the person's answers use
                k += 1
                need = need.model_copy(update={"id": f"{base[:34]}-{k}"})
            extra.append(need)
            from_carer[need.id] = person.name
            listed.add(area)
    if not extra:
        return profile, {}
    return profile.model_copy(update={"support_needs": [*profile.support_needs, *extra]}), (
        from_carer
    )


def substantial_carers(
    profile: Profile, rates: RateCard, rules: Rules | None = None
) -> list[Person]:
    """Carers who should be offered a carer's assessment (Care Act s10): those who go on caring
    under the plan. Not someone named in a safeguarding concern, and not a relative when the
    person's bottom line says family are not to care for them, or the person's words say this
    one is not to ("I don't want Noor doing my care"): offering the assessment would count on
    care the person has refused, often the very care a family is pressing on them."""
    found: list[Person] = []
    for person in profile.people:
        if named_in_concern(person, profile) or not person.helps_with:
            continue
        if rules is not None and rules.family_refused and is_family(person.relationship):
            continue
        if not_to_care_for(person, profile) == "asked":
            continue  # "I don't want my sister doing my care": not assessed as a carer either
        if (age := age_of(person, profile)) is not None and age < ADULT_AGE:
            continue  # a young carer's needs assessment instead (planner.young_carers)
        hours = as_decimal(person.hours_per_week) if person.hours_per_week else Decimal(0)
        if PAID_WORKER.search(person.relationship) and not _SHARED_LIVES.search(
            person.relationship
        ):
            continue  # a PA or a worker is paid to help: not a carer in the Care Act's sense
        if (
            person.can_continue is False
            and person.hours_per_week
            and hours < rates["carer_substantial_hours"]
            and _NOT_FAMILY.search(person.relationship)
        ):
            continue  # a friend's few hours that stop are taken off them, not assessed
        if (
            person.can_continue is False
            or hours >= rates["carer_substantial_hours"]
            or set(person.helps_with) & _HANDS_ON
            or re.search(r"\bcarer\b", person.relationship, re.I)
        ):
            found.append(person)
    return found


def _lives_with(person: Person, profile: Profile) -> bool:
    """A sentence of the typical week says they live together and names them ("I live
    with my daughter Claire", "Mum lives with me" said by a son who is in the list)."""
    for sentence in re.split(r"(?<=[.!?])\s+", profile.typical_week):
        if not _LIVE_WITH.search(sentence):
            continue
        words = sentence.lower()
        relationship = person.relationship.lower()
        typing = (
            profile.answering_for == "someone_else"
            and relationship == (profile.answering_relationship or "").lower()
        )  # the one typing: "Mum lives with me"
        if (
            person.name.lower() in words
            or (relationship and re.search(rf"\b{re.escape(relationship)}\b", words))
            or (typing and re.search(r"\b(with me|i live)\b", words))
        ):
            return True
    return False


def lives_with(person: Person, profile: Profile) -> bool:
    """The person lives with them (public name of `_lives_with`)."""
    return _lives_with(person, profile)


def lives_abroad(person: Person) -> bool:
    """Their relationship says they live in another country ("sister, lives in Portugal")."""
    return bool(_FAR.search(person.relationship))


def partner(person: Person) -> bool:
    """A partner, wife, husband or spouse."""
    return bool(_PARTNER.search(person.relationship))


#: A Shared Lives carer shares their home and family life with the person: paid, but the
#: person's household, not a worker who comes in.
_SHARED_LIVES = re.compile(r"\bshared lives\b", re.I)


def paid_to_help(person: Person) -> bool:
    """A PA, support worker or care worker listed among the people: paid help, not a carer
    (a Shared Lives carer is the person's household). When they leave, their post is filled
    again from the budget that pays them now (fifteenth session)."""
    return bool(PAID_WORKER.search(person.relationship)) and not _SHARED_LIVES.search(
        person.relationship
    )


def stopping_carers(profile: Profile) -> list[Person]:
    """Unpaid people who cannot keep helping (not named in a concern, not paid to help). A
    child who gives hands-on care now (washing, dressing, medicines, nights) is one of them:
    the plan never counts on a young carer, so that care moves into the plan, whatever is said
    of them going on (sixteenth session). A child who keeps someone company is not."""
    return [
        p
        for p in profile.people
        if (p.can_continue is False or _young_carer(p, profile))
        and not named_in_concern(p, profile)
        and not paid_to_help(p)
    ]


def _young_carer(person: Person, profile: Profile) -> bool:
    age = age_of(person, profile)
    hands_on = {"personal_care", "medication", "night_support"} & set(person.helps_with)
    return bool(hands_on) and age is not None and age < ADULT_AGE


def support_around(profile: Profile, *, moving: bool = False) -> float:
    """How much everyday support the person has: a partner, or anyone the person lives
    with, counts double (when the person is moving out, only a partner). Someone paid to
    help (a PA, a charity's caseworker) is not the person's own network."""
    total = 0.0
    for p in profile.people:
        if p.can_continue is False or named_in_concern(p, profile):
            continue
        if PAID_WORKER.search(p.relationship) and not _SHARED_LIVES.search(p.relationship):
            continue
        if not p.helps_with and not p.hours_per_week and _FAR.search(p.relationship):
            continue
        home = not moving and (_lives_with(p, profile) or bool(_HOUSEMATE.search(p.relationship)))
        total += 2.0 if _PARTNER.search(p.relationship) or home else 1.0
    return total


#: Budgets that can pay a relative as a PA (a direct payment, or one not yet chosen).
_CAN_PAY_FAMILY = ("direct_payment", "third_party", "not_sure")


#: Words that take someone on as a PA ("I want to employ my niece Amy as a PA").
_TAKE_ON = re.compile(
    r"\b(employ\w*|hire|take on|be (my|his|her|their) pa|as (a|my|his|her|their) "
    r"(pa|personal assistant))\b",
    re.I,
)
_EMPLOYING = ("employ_pa", "mix", "not_sure")


def _named_to_employ(person: Person, profile: Profile) -> bool:
    """The person's words take this relative on as their PA, in one sentence."""
    name = re.compile(rf"\b{re.escape(person.name.split(' (')[0])}\b")
    return profile.employer_choice in _EMPLOYING and any(
        name.search(s) and _TAKE_ON.search(s)
        for s in re.split(r"(?<=[.!?])\s+", profile.typical_week)
    )


def relatives_to_pay(profile: Profile, rules: Rules, route: str) -> list[Person]:
    """Relatives to pay as PAs from a direct payment, when they live apart: only family do
    the care ("no strangers"), or the person's words take that relative on as their PA. A
    partner, or a relative in the same home, is paid only in exceptional cases, so they are
    not counted on here; nor is a child."""
    if route not in _CAN_PAY_FAMILY:
        return []
    return [
        p
        for p in profile.people
        if is_family(p.relationship)
        and (rules.family_only or _named_to_employ(p, profile))
        and not _PARTNER.search(p.relationship)
        and p.can_continue is not False
        and p.helps_with
        and not named_in_concern(p, profile)
        and not _lives_with(p, profile)
        and (age_of(p, profile) or ADULT_AGE) >= ADULT_AGE
    ]

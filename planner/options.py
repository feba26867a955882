"""Options: the different ways each kind of support could be arranged.

Each support in a plan lists the ways it could be arranged, so the person can choose. The
rules (from brokerage good practice):

- where money is spent, at least three options;
- none favoured: no ranking words, no provider names, alphabetical order;
- bottom lines remove options (no agency staff removes agency options; staying in my own
  home removes care homes; no day centre removes day services).
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.plan import SupportOption

__all__ = ["MIN_PAID_OPTIONS", "ROUTES", "Restrictions", "options_for"]

MIN_PAID_OPTIONS = 3


@dataclass(frozen=True)
class Restrictions:
    """What the person's bottom lines rule out."""

    no_agency: bool = False
    no_residential: bool = False
    no_day_service: bool = False
    no_employing: bool = False


@dataclass(frozen=True)
class _Option:
    name: str
    note: str
    flag: str = ""  # "agency", "residential", "day_service" or "employ": what can rule it out


_CARE_HOURS = (
    _Option(
        "Employed personal assistant",
        "You choose and employ someone. You are the employer.",
        "employ",
    ),
    _Option(
        "Self-employed personal assistant",
        "You pay a fee for each hour, often £16 to £24. Check they really are self-employed.",
    ),
    _Option(
        "Home care agency",
        "The agency employs, trains and covers the staff. Often £24 to £32 an hour.",
        "agency",
    ),
    _Option(
        "Individual service fund",
        "A provider you pick holds the money and plans the support with you.",
    ),
    _Option("Micro-provider", "A small local service, often one or two people, flexible on times."),
    _Option(
        "Shared support", "Share some hours with friends who also have budgets, to split the cost."
    ),
)

_DAY = (
    _Option(
        "Day service session",
        "A set day with activities and staff. About £80 a day.",
        "day_service",
    ),
    _Option(
        "Day service with one-to-one support",
        "An activity with a worker just for you. About £149 a session.",
        "day_service",
    ),
    _Option(
        "Community group with support",
        "A local group or class, with a worker to go along if needed.",
    ),
    _Option("Supported volunteering", "Give time to a cause, with support to start."),
    _Option("Adult learning course", "A class at a college or community centre."),
)

_SHORT_BREAK = (
    _Option(
        "Short stay in a care home",
        "A planned stay with care. About £600 to £1,500 a week.",
        "residential",
    ),
    _Option("Replacement care at home", "A worker stays at home so the carer can have a break."),
    _Option("Shared Lives short break", "A stay with an approved Shared Lives carer."),
    _Option("Supported holiday", "A holiday with staff to help."),
    _Option("Sitting service", "A worker comes in for a few hours at a time."),
)

_EQUIPMENT = (
    _Option(
        "Community equipment service",
        "Free after an occupational therapist assesses what would help.",
    ),
    _Option("Buy or hire", "From an equipment or mobility shop."),
    _Option("Disabled Facilities Grant", "Council money for changes to the home."),
    _Option("Second-hand or loan", "From a charity or a loan scheme."),
    _Option("Technology that helps", "Reminders, alarms and sensors."),
)

_CONTINGENCY = (
    _Option("Keep it in the budget account", "Used only when something goes wrong."),
    _Option("Agree a top-up with the council", "Ask when a need comes up, instead of holding it."),
    _Option("Hold it with a managed account", "The account provider releases it when needed."),
)

_HOUSING = (
    _Option("Council or housing association home", "Ask the council's housing options team."),
    _Option("Supported living", "Your own tenancy, with support arranged separately."),
    _Option("Shared ownership", "Part buy, part rent, with a scheme for disabled people."),
    _Option("Private rented home", "Rent privately, with support coming in."),
    _Option("Care home", "Care and housing from one provider.", "residential"),
)

_WORK = (
    _Option("Supported employment service", "Help to find a job and to settle in."),
    _Option("Access to Work", "Government help with extra costs at work."),
    _Option("Jobcentre work coach", "Ask for a disability employment adviser."),
    _Option("Volunteering first", "Build confidence and skills before paid work."),
)

_LEARNING = (
    _Option("Local college", "Courses with learning support."),
    _Option("Adult learning", "Short courses in the community."),
    _Option("Online course", "Learn at home, at your own pace."),
)

_SOCIAL = (
    _Option("Local clubs and groups", "Find groups that share your interests."),
    _Option("Community centre or place of worship", "Groups, meals and events nearby."),
    _Option("Leisure centre", "Sport and classes, often with concessions."),
    _Option("Befriending service", "A volunteer who visits or goes out with you."),
)

_HEALTH = (
    _Option("GP and practice nurse", "Regular checks and reviews."),
    _Option("Community health team", "District nurses, therapists or mental health team."),
    _Option("Pharmacy", "Medicine reviews, blister packs and delivery."),
)

_MONEY = (
    _Option("Free advice service", "Help with letters, bills and benefits."),
    _Option("Managed account", "A provider pays the bills from the budget for you."),
    _Option("Someone you trust", "A named person helps, with checks in place."),
)

_SHOPPING = (
    _Option("Online shopping delivery", "Order from home and have it brought in."),
    _Option("Shop assistance", "Many shops help on request."),
    _Option("Volunteer shopping service", "A local volunteer shops with or for you."),
)

ROUTES: dict[str, tuple[_Option, ...]] = {
    "care_hours": _CARE_HOURS,
    "day_service": _DAY,
    "short_break": _SHORT_BREAK,
    "equipment": _EQUIPMENT,
    "contingency": _CONTINGENCY,
    "housing": _HOUSING,
    "work": _WORK,
    "learning": _LEARNING,
    "social": _SOCIAL,
    "health": _HEALTH,
    "money": _MONEY,
    "shopping": _SHOPPING,
}


def options_for(route: str, restrictions: Restrictions) -> list[SupportOption]:
    """The options for a route, minus what the bottom lines rule out, in alphabetical order."""
    ruled_out = {
        flag
        for flag, on in (
            ("agency", restrictions.no_agency),
            ("residential", restrictions.no_residential),
            ("day_service", restrictions.no_day_service),
            ("employ", restrictions.no_employing),
        )
        if on
    }
    kept = [o for o in ROUTES.get(route, ()) if o.flag not in ruled_out]
    kept.sort(key=lambda o: o.name.lower())
    return [SupportOption(name=o.name, note=o.note) for o in kept]

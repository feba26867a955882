"""Options: the different ways each kind of support could be arranged, each with a price.

Each support in a plan lists the ways it could be arranged, so the person can choose. The
rules (from brokerage good practice):

- at least three options for every need, ordinary answers first (a cleaner, a meals
  service, telecare, a group), each with a cost from the rate card or "free";
- none favoured in how they are shown: no ranking words, no provider names, alphabetical
  order; the one the plan uses is marked `chosen`, and the support says why;
- bottom lines remove options (no agency staff removes agency options; staying in my own
  home removes care homes; no day centre removes day services); a care home is never offered
  as housing unless the person's own words ask about one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from planner.directory import DirectoryService, service_kinds
from planner.everyday import EVERYDAY, Option
from planner.money import gbp
from planner.plan import SupportOption
from planner.rates import RateCard

__all__ = [
    "MIN_OPTIONS",
    "MIN_PAID_OPTIONS",
    "ROUTES",
    "Restrictions",
    "local_option",
    "options_for",
]

MIN_OPTIONS = 3
MIN_PAID_OPTIONS = 3


@dataclass(frozen=True)
class Restrictions:
    """What the person's bottom lines rule out."""

    no_agency: bool = False
    no_residential: bool = False
    no_day_service: bool = False
    no_employing: bool = False
    stay_home: bool = False
    care_home_asked: bool = False


_Option = Option

_PA = _Option(
    "Employed personal assistant",
    "You choose and employ someone. You are the employer.",
    "{pa_hourly_rate} an hour, plus holiday pay, tax and insurance",
    "employ",
)
_SELF_PA = _Option(
    "Self-employed personal assistant",
    "You pay a fee for each hour. Check they really are self-employed.",
    "{self_employed_pa_hourly_low} to {self_employed_pa_hourly_high} an hour",
)
_AGENCY = _Option(
    "Home care agency",
    "The agency employs, trains and covers the staff.",
    "{agency_hourly_rate} an hour (the council pays about {council_agency_hourly_rate})",
    "agency",
)
_MICRO = _Option(
    "Micro-provider",
    "A small local service, often one or two people, flexible on times.",
    "about {micro_provider_hourly} an hour",
)
_ISF = _Option(
    "Individual service fund",
    "A provider you pick holds the money and plans the support with you.",
    "the provider's hourly price, often {council_agency_hourly_rate} to {agency_hourly_rate}",
)
_SHARED = _Option(
    "Shared support",
    "Share some hours with friends who also have budgets, to split the cost.",
    "a share of the hourly price",
)
_TELECARE = _Option(
    "Telecare",
    "An alarm and sensors that call a response team when needed.",
    "about {telecare_weekly} a week",
)

_CARE_HOURS = (_PA, _SELF_PA, _AGENCY, _ISF, _MICRO, _SHARED)

_NIGHT = (
    _Option(
        "Sleep-in",
        "A worker sleeps in and gets up if needed. Paid by the night.",
        "about {sleep_in_night_rate} a night ({pa_sleep_in_night_rate} for a PA)",
    ),
    _Option(
        "Waking night",
        "A worker stays awake all night. For someone who needs help often.",
        "the hourly price for every hour of the night",
    ),
    _Option(
        "Night visits",
        "A worker calls in for a short visit, for example to help to the toilet.",
        "half an hour at the hourly price for each visit",
    ),
    _TELECARE,
)

_HOUSEHOLD = (
    _Option("Cleaner", "Someone cleans the home each week.", "about {cleaner_hourly} an hour"),
    _PA,
    _AGENCY,
    _Option(
        "Family, friends or a neighbour",
        "Someone close helps, if they are happy to.",
        "free",
    ),
)

_MEALS = (
    _Option(
        "Meals service",
        "A hot meal brought to the door each day.",
        "about {meals_service_meal} a meal",
    ),
    _Option(
        "Frozen meals delivered",
        "Ready meals delivered to heat up. A microwave can be bought if needed.",
        "about {meals_service_meal} a meal",
    ),
    _Option(
        "Lunch club", "A meal with company at a local centre.", "about {community_group_session}"
    ),
    _PA,
    _AGENCY,
)

_MEDICINES = (
    _Option(
        "Pharmacy blister packs",
        "The pharmacy puts each dose in a pack, by day and time.",
        "free",
    ),
    _Option(
        "Pill dispenser",
        "It opens and beeps when a dose is due.",
        "about {pill_dispenser_weekly} a week",
    ),
    _Option(
        "Care worker visits",
        "A worker helps with medicines at set times.",
        "the hourly price for each visit",
    ),
    _Option("Phone or video reminders", "A call or message at each dose time.", "free"),
)

_DAY = (
    _Option(
        "Day service session",
        "A set time with activities and staff.",
        "{day_service_session_rate} a session, {day_service_day_rate} a day",
        "day_service",
    ),
    _Option(
        "Day service with one-to-one support",
        "An activity with a worker just for you.",
        "about {day_service_activity_one_to_one} a session",
        "day_service",
    ),
    _Option(
        "Community group with support",
        "A local group or class, with a worker to go along if needed.",
        "about {community_group_session} a session, plus a worker's hours",
    ),
    _Option(
        "Shared Lives day support",
        "Days spent with a Shared Lives carer.",
        "about {shared_lives_day} a day",
    ),
    _Option("Supported volunteering", "Give time to a cause, with support to start.", "free"),
)

_SHORT_BREAK = (
    _Option(
        "Short stay in a care home",
        "A planned stay with care.",
        "about {short_break_weekly_rate} a week",
        "residential",
    ),
    _Option(
        "Replacement care at home",
        "A worker stays at home so the carer can have a break.",
        "about {short_break_at_home_weekly} a week",
    ),
    _Option(
        "Shared Lives short break",
        "A stay with an approved Shared Lives carer.",
        "about {short_break_shared_lives_weekly} a week",
        "away",
    ),
    _Option(
        "Sitting service",
        "A worker comes in for a few hours at a time.",
        "the hourly price",
    ),
    _Option(
        "Sleep-in nights at home",
        "A worker stays the night so the carer can sleep or go away.",
        "about {sleep_in_night_rate} a night",
    ),
)

_EQUIPMENT = (
    _Option(
        "Community equipment service",
        "After an occupational therapist looks at what would help.",
        "free under {minor_aids_free_limit}",
    ),
    _Option(
        "Disabled Facilities Grant",
        "Council money for bigger changes to the home.",
        "free, up to {disabled_facilities_grant_max}",
    ),
    _Option("Second-hand or loan", "From a charity or a loan scheme.", "free or low cost"),
    _TELECARE,
)

_TECH = (
    _TELECARE,
    _Option(
        "Pill dispenser",
        "It opens and beeps when a dose is due.",
        "about {pill_dispenser_weekly} a week",
    ),
    _Option(
        "GPS tracker",
        "A small device that shows where someone is if they get lost.",
        "about {gps_tracker_weekly} a week",
    ),
    _Option(
        "Community equipment service",
        "Sensors and aids after an assessment.",
        "free under {minor_aids_free_limit}",
    ),
)

_CONTINGENCY = (
    _Option(
        "Keep it in the budget account", "Used only when something goes wrong.", "5% of PA costs"
    ),
    _Option(
        "Agree a top-up with the council",
        "Ask when a need comes up, instead of holding it.",
        "nothing held",
    ),
    _Option(
        "Hold it with a managed account",
        "The account provider releases it when needed.",
        "5% of PA costs",
    ),
)

_MANAGED = (
    _Option(
        "Managed account",
        "A provider holds the money and pays workers. No one else can reach it.",
        "{managed_account_setup} to set up, then {managed_account_per_payroll_run} a pay run",
    ),
    _Option("The council manages the budget", "The council arranges and pays for support.", "free"),
    _Option(
        "Individual service fund",
        "A provider holds the money and plans support with you.",
        "part of the provider's price",
    ),
)

ROUTES: dict[str, tuple[_Option, ...]] = {
    "care_hours": _CARE_HOURS,
    "night": _NIGHT,
    "household": _HOUSEHOLD,
    "meals": _MEALS,
    "medicines": _MEDICINES,
    "day_service": _DAY,
    "short_break": _SHORT_BREAK,
    "equipment": _EQUIPMENT,
    "tech": _TECH,
    "contingency": _CONTINGENCY,
    "managed": _MANAGED,
    **EVERYDAY,
}

_PLACE = re.compile(r"\{(\w+)\}")

#: General options that stand for a kind of local service: when the council's directory has a
#: service of that kind that fits, the real service is shown instead of the general idea.
_STANDS_FOR: dict[str, frozenset[str]] = {
    "Local club or group": frozenset({"social_group", "exercise"}),
    "Community centre or place of worship": frozenset({"social_group", "lunch_club"}),
    "Befriending service": frozenset({"befriending"}),
    "Lunch club": frozenset({"lunch_club"}),
    "Meals service": frozenset({"meals_delivery"}),
    "Cleaner": frozenset({"cleaning"}),
    "Telecare": frozenset({"telecare"}),
    "Volunteer shopping service": frozenset({"shopping"}),
    "Supported employment service": frozenset({"employment"}),
    "Adult learning": frozenset({"learning"}),
    "Shared Lives short break": frozenset({"shared_lives"}),
    "Shared Lives day support": frozenset({"shared_lives"}),
    "Sitting service": frozenset({"sitting"}),
    "Day service session": frozenset({"day_opportunities"}),
    "Community group with support": frozenset({"social_group"}),
    "Travel training": frozenset({"transport"}),
    "Free advice service": frozenset({"money_advice", "advocacy"}),
}
_NOTE_LIMIT = 160


def _short(text: str) -> str:
    """The first sentence of a directory description, at most _NOTE_LIMIT characters."""
    first = re.split(r"(?<=[.!?])\s", " ".join(text.split()), maxsplit=1)[0]
    if len(first) <= _NOTE_LIMIT:
        return first
    return first[: _NOTE_LIMIT - 3].rsplit(" ", 1)[0] + "..."


def local_option(service: DirectoryService, *, chosen: bool = False) -> SupportOption:
    """A real local service from the council's directory, as an option."""
    note = _short(service.description) or "A local service on the council's list."
    if service.organisation and service.organisation not in service.name:
        note += f" Run by {service.organisation}."
    if service.districts:
        areas = service.districts
        where = areas[0] if len(areas) == 1 else ", ".join(areas[:-1]) + " and " + areas[-1]
        note += f" For people in {where}."
    return SupportOption(
        name=service.name,
        note=note,
        cost=service.cost_words or "ask them about the cost",
        chosen=chosen,
        source="directory",
        service_id=service.id,
        when=service.when or "ask them when it runs",
        contact=service.contact or service.url or None,
    )


def _price(words: str, rates: RateCard) -> str:
    return _PLACE.sub(lambda m: gbp(rates[m.group(1)]), words)


def options_for(
    route: str,
    restrictions: Restrictions,
    rates: RateCard,
    chosen: str = "",
    local: list[DirectoryService] | None = None,
) -> list[SupportOption]:
    """The options for a route, minus what the bottom lines rule out, in alphabetical order,
    each with its price; `chosen` (an option name) is marked as the one this plan uses.

    `local`: services from the council's directory that fit (planner.local). They are shown
    by name, and a general option standing for the same kind of service is left out."""
    ruled_out = {
        flag
        for flag, on in (
            ("agency", restrictions.no_agency),
            ("residential", restrictions.no_residential),
            ("away", restrictions.stay_home),
            ("day_service", restrictions.no_day_service),
            ("employ", restrictions.no_employing),
            ("care_home", not restrictions.care_home_asked),
        )
        if on
    }
    kept = [o for o in ROUTES.get(route, ()) if o.flag not in ruled_out]
    if local:
        found = {kind for service in local for kind in service_kinds(service)}
        kept = [o for o in kept if not (_STANDS_FOR.get(o.name, frozenset()) & found)]
    options = [
        SupportOption(name=o.name, note=o.note, cost=_price(o.cost, rates), chosen=o.name == chosen)
        for o in kept
    ]
    options += [local_option(s, chosen=s.name == chosen) for s in local or []]
    options.sort(key=lambda o: o.name.lower())
    return options

"""Everyday options: housing, work, learning, groups, travel, health, money and shopping.

Each option has a price in words ("free", or a rate-card key in braces, filled in by
planner.options). A care home is flagged so it is only offered when the person asks.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["EVERYDAY", "Option"]


@dataclass(frozen=True)
class Option:
    name: str
    note: str
    cost: str  # "free", or words with {rate_key} places filled from the rate card
    flag: str = ""  # what can rule it out: agency, residential, away, day_service, employ


_HOUSING = (
    Option(
        "Council or housing association home",
        "Ask the council's housing options team.",
        "rent, with Housing Benefit if eligible",
    ),
    Option(
        "Supported living",
        "Your own tenancy, with support arranged separately.",
        "rent, with support from the budget",
    ),
    Option(
        "Shared ownership",
        "Part buy, part rent, with a scheme for disabled people.",
        "a deposit and monthly costs",
    ),
    Option(
        "Private rented home",
        "Rent privately, with support coming in.",
        "rent, with Housing Benefit if eligible",
    ),
    Option(
        "Care home",
        "Care and housing from one provider.",
        "often over {short_break_weekly_rate} a week",
        "care_home",
    ),
)

_WORK = (
    Option("Supported employment service", "Help to find a job and to settle in.", "free"),
    Option("Access to Work", "Government money for extra costs at work, like a job coach.", "free"),
    Option("Jobcentre work coach", "Ask for a disability employment adviser.", "free"),
    Option("Volunteering first", "Build confidence and skills before paid work.", "free"),
)

_LEARNING = (
    Option("Local college", "Courses with learning support.", "often free with benefits"),
    Option("Adult learning", "Short courses in the community.", "free or a small fee"),
    Option("Online course", "Learn at home, at your own pace.", "free or a small fee"),
)

_SOCIAL = (
    Option(
        "Local club or group",
        "Find one that shares your interests.",
        "free or about {community_group_session} a session",
    ),
    Option(
        "Community centre or place of worship",
        "Groups, meals and events nearby.",
        "free or a small fee",
    ),
    Option("Befriending service", "A volunteer who visits or goes out with you.", "free"),
    Option(
        "A worker to go along",
        "A PA or support worker for a few hours.",
        "{pa_hourly_rate} an hour and up",
    ),
)

_TRAVEL = (
    Option(
        "Travel training",
        "Someone learns the route with you until you can go alone.",
        "free from many councils, or PA hours",
    ),
    Option("Companion bus pass", "A free bus pass that lets someone travel with you.", "free"),
    Option(
        "A worker to go along",
        "A PA goes with you while you learn.",
        "{pa_hourly_rate} an hour and up",
    ),
    Option(
        "GPS tracker", "Shows where you are if you get lost.", "about {gps_tracker_weekly} a week"
    ),
)

_HEALTH = (
    Option("GP and practice nurse", "Regular checks and reviews.", "free"),
    Option("Community health team", "District nurses, therapists or mental health team.", "free"),
    Option("Pharmacy", "Medicine reviews, blister packs and delivery.", "free"),
)

_MONEY = (
    Option("Free advice service", "Help with letters, bills and benefits.", "free"),
    Option(
        "Managed account",
        "A provider pays the bills from the budget for you.",
        "about {managed_account_per_payroll_run} a pay run",
    ),
    Option("Someone you trust", "A named person helps, with checks in place.", "free"),
)

_SHOPPING = (
    Option(
        "Online shopping delivery",
        "Order from home and have it brought in.",
        "about {shopping_delivery_weekly} a week",
    ),
    Option("Shop assistance", "Many shops help on request.", "free"),
    Option("Volunteer shopping service", "A local volunteer shops with or for you.", "free"),
)

#: Travel for workers who come out to a home far out (planner.travel, eleventh session).
_ROAD = (
    Option(
        "Pay each visit's time and miles",
        "The worker is paid for the time on the road, and their miles.",
        "the hourly rate, and about {mileage_rate_per_mile} a mile",
    ),
    Option(
        "Someone who lives nearby",
        "A neighbour or someone local, employed or self-employed: little travel.",
        "the hourly rate, little travel",
    ),
    Option(
        "Fewer, longer visits",
        "Where it is safe, jobs are joined into one visit, so there are fewer trips.",
        "fewer trips",
    ),
    Option(
        "Ask the council for a rural rate",
        "Councils can pay more where care is hard to reach.",
        "a higher hourly rate",
    ),
)

EVERYDAY: dict[str, tuple[Option, ...]] = {
    "road": _ROAD,
    "housing": _HOUSING,
    "work": _WORK,
    "learning": _LEARNING,
    "social": _SOCIAL,
    "travel": _TRAVEL,
    "health": _HEALTH,
    "money": _MONEY,
    "shopping": _SHOPPING,
}

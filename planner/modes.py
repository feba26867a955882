"""Modes: who gives paid help, personal assistants or an agency.

bottom lines ("no agency staff", "agency only")      decide first
PAs the person employs now ("I employ two PAs")      are kept
the person's employer_choice                          employ_pa, use_agency, mix, not_sure
a need's own words ("a PA to help me up", "an agency for back-up")  choose for that need
"""

from __future__ import annotations

import re

from planner.bottom_lines import Rules
from planner.models import Need, Profile
from planner.money import count_of
from planner.signals import PAID_HELP

__all__ = ["care_mode", "mode_for", "pas_now"]

_PA_NOW = re.compile(r"\b(personal assistants?|pas?)\b", re.I)
_PA = re.compile(r"\b(pa|personal assistant)\b", re.I)
_EMPLOYED = re.compile(r"\b(i|we) employ\b", re.I)
#: "I employ Dawn as my PA", "I have had a PA for years" (not "I want to employ a PA")
_EMPLOY_NOW = re.compile(
    r"\b(i|we) (already |now )?(employ|have (had )?(a |two |three )?(pas?|personal assistants?))\b",
    re.I,
)


def pas_now(profile: Profile) -> int:
    """How many PAs the person employs now (0 when none), from their own words."""
    # current support, and sentences of the week that say a PA is employed now
    said = [
        sentence
        for sentence in re.split(r"(?<=[.!?])\s+", profile.typical_week)
        if _EMPLOY_NOW.search(sentence)
    ]
    # people in the list who are their PAs ("my PA (I employ her)"); and "I employ Jess 10
    # hours a week" in what the person has now
    count = sum(
        1 for p in profile.people if _PA.search(p.relationship) or _EMPLOYED.search(p.relationship)
    )
    for text in [*profile.current_support, *said]:
        if not (_PA_NOW.search(text) or _EMPLOY_NOW.search(text)):
            continue
        # the number that counts the PAs ("two PAs"), not hours ("a PA, 12 hours a week",
        # "15 PA hours a week")
        number = re.search(
            r"\b(\d+|one|two|three|four|five|six) (personal assistants?|pas?)\b(?! hours?\b)",
            text.lower(),
        )
        if number:
            word = number.group(1)
            count = max(count, count_of(word))
        else:
            count = max(count, 1)
    return count


def care_mode(area: str, profile: Profile, rules: Rules) -> str:
    """Personal assistants or agency: bottom lines first, then PAs the person already has,
    then the person's choice."""
    if rules.force_mode:
        return rules.force_mode
    if pas_now(profile):
        return "personal_assistant"  # someone who employs PAs keeps them
    choice = profile.employer_choice
    if choice == "employ_pa":
        return "personal_assistant"
    if choice == "use_agency":
        return "agency"
    if choice == "mix":
        regulated = ("personal_care", "medication", "night_support")
        return "agency" if area in regulated else "personal_assistant"
    can_employ = profile.budget_management in ("direct_payment", "third_party", "not_sure")
    return "personal_assistant" if can_employ else "agency"


def mode_for(need: Need, profile: Profile, rules: Rules) -> str:
    """The mode for one need: as care_mode, unless the need's own words choose (and no
    bottom line decides)."""
    mode = care_mode(need.area, profile, rules)
    named = PAID_HELP.search(need.text)
    if named and not rules.force_mode:
        if _PA.search(named.group(0)):
            return "personal_assistant"
        if "agency" in named.group(0).lower():
            return "agency"
    return mode

"""Clinical care at home that the NHS already runs (issue 16, sixteenth session; used by
planner.broker_reasons and planner.broker_more).

A tube, breathing support, oxygen or rescue medicine make joining health and care up heavy
work (`health_coordination`, 1) when paid help or the family must now take some of it on. When
an NHS service named in the current support already runs it (the home oxygen service, the
district nurses, a sleep or ventilation clinic, an NHS personal health budget), no paid hours
in the plan are asked to do it, nobody close does some of it (a wife who does the feeds), and
no carer who helped with health or medicines is stopping, nothing changes hands: there is
nothing for a broker to join up. A health need whose own words say the NHS staff do it ("the
district nurses do it", "the sleep clinic looks after the machine") is met already, like one the
person's own NHS budget pays for.
"""

from __future__ import annotations

import re

from planner.models import Need, Person, Profile
from planner.signals import CLINICAL, PAID_WORKER

__all__ = ["clinical_care", "nhs_does_it"]

#: An NHS service in the current support that runs clinical care at home.
_NHS_RUNS = re.compile(
    r"\b(nhs|district nurs\w*|community nurs\w*|(home )?oxygen service|respiratory (nurse|team)|"
    r"sleep (clinic|service|team)|nutrition (nurse|team)s?|head and neck team|"
    r"ventilation (team|service)|continuing health ?care)\b",
    re.I,
)
#: A health need whose words say NHS staff do it.
_NHS_DOES = re.compile(
    r"\b(the )?(district |community |specialist |stoma |practice )?(nurses?|nhs|clinic|"
    r"hospital team|head and neck team|respiratory team|sleep clinic)\b[^.;]{0,12}\b(do|does|"
    r"look after|looks after|sort|sorts|manage|manages|change|changes|services?)\b(?! not)",
    re.I,
)


def nhs_does_it(need: Need) -> bool:
    """A health need whose own words say NHS staff do it ("the nurses do these")."""
    return need.area == "health" and bool(_NHS_DOES.search(need.text))


def clinical_care(
    profile: Profile, health: list[str], stopping: list[Person]
) -> re.Match[str] | None:
    """Words of clinical care at home that make joining up heavy, or None when an NHS service
    already runs it and nothing of it changes hands."""
    found = CLINICAL.search("\n".join([profile.typical_week, *health]))
    people = profile.people
    if not found:
        return None
    if any({"health", "medication"} & set(p.helps_with) for p in stopping):
        return found  # a carer who did some of it is stopping
    if any("health" in p.helps_with and not PAID_WORKER.search(p.relationship) for p in people):
        return found  # the family do some of it (the feeds), beside the nurses
    if any(n.hours_per_week and CLINICAL.search(n.text) for n in profile.support_needs):
        return found  # paid hours must do it
    if any(_NHS_RUNS.search(line) for line in profile.current_support):
        return None
    return found

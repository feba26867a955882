"""Support another fund pays for now (twelfth session): section 117 aftercare.

Someone who was detained under the Mental Health Act gets aftercare under section 117, free of
charge, paid by the council and the NHS together. When the words say a worker is paid that
way now ("section 117 aftercare: support worker 6 hours a week") and a need names that same
worker ("my support worker"), the need is met by the aftercare: it is not bought again from
the personal budget, and it is never charged for. Other needs (help to wash after a stroke)
are ordinary social care, costed from the budget; keeping the two apart is a broker's lesser
reason (planner.broker_more).
"""

from __future__ import annotations

import re

from planner.allocated import FreeSupport
from planner.models import Need, Profile

__all__ = ["aftercare_line", "met_by_aftercare"]

_AFTERCARE = re.compile(r"\b(section 117|s\.? ?117|117 aftercare)\b", re.I)
#: Who the aftercare pays for, as a need would name them.
_WORKER = re.compile(
    r"\b(support workers?|recovery workers?|care co-?ordinators?|mental health workers?|"
    r"community psychiatric nurses?|cpns?|key workers?)\b",
    re.I,
)
#: The line gives the worker's hours now ("6 hours a week"): the aftercare runs, it is not
#: a plan.
_HOURS = re.compile(r"\b\d+(\.\d+)? hours? (a|each|every|per) week\b", re.I)


def aftercare_line(profile: Profile) -> str:
    """The current support line of a worker paid as section 117 aftercare now ("" if none)."""
    for line in profile.current_support:
        if _AFTERCARE.search(line) and _WORKER.search(line) and _HOURS.search(line):
            return line
    return ""


def _workers(text: str) -> set[str]:
    return {m.group(0).lower().rstrip("s") for m in _WORKER.finditer(text)}


def met_by_aftercare(need: Need, profile: Profile) -> FreeSupport | None:
    """The aftercare meets this need when the need names the worker it pays for now."""
    line = aftercare_line(profile)
    if not line:
        return None
    if not _workers(line) & _workers(need.text):
        return None
    return FreeSupport(
        kind="mainstream",
        description="Section 117 aftercare pays for this now, free of charge. It stays as it "
        "is and is not paid from the budget.",
        meets=[need.id],
        route="health",
    )

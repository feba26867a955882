"""A disagreement the person's own choice has settled (issue 16, eleventh session, second
round; used by planner.broker_reasons).

The one typing wanted something else, and says so in the past ("I wanted a sitter at home"),
then tells the person's own choice as what will happen ("She'll go to the lunch club"). The
family member has come round and is arranging it: an independent person could help if it
hardens again, but the plan is already the person's. A lesser reason, not a strong one. A
wish still held ("I want him home with me"), or a discharge close, keeps it strong.

Sixteenth session (`amount_disputed`): a disagreement with the council about the amount ("I
want to appeal the reduction", "dispute the new amount") when the costed plan still fits the new
budget is a lesser reason: the person can challenge it, and a broker could help, but the plan
does not rest on winning. When the plan does not fit, the shortfall weighs it as strong.
"""

from __future__ import annotations

import re

from planner.fitting import Fitted
from planner.models import Profile

__all__ = ["amount_disputed", "settled_by_choice"]

#: The council's decision about the money, challenged.
_CHALLENGE = re.compile(r"\b(challeng\w*|appeal\w*|disput\w*|complain\w*|fight\w*)\b", re.I)
_AMOUNT = re.compile(
    r"\b(cut|cuts|reduc\w*|lower\w*|budget|amount|allocation|hours taken away)\b", re.I
)


def amount_disputed(evidence: str, fitted: Fitted) -> str:
    """A challenge to the council's amount, when the plan still fits the budget ("" when
    not)."""
    if not (_CHALLENGE.search(evidence) and _AMOUNT.search(evidence)):
        return ""
    if fitted.costs.annual_headroom < 0:
        return ""
    return "the costed plan still fits the budget"


#: The one typing's own wish, told in the past.
_WANTED = re.compile(
    r"\bI (had |'d )?(wanted|hoped|was hoping|thought (he|she|they) (should|needed|ought))\b",
    re.I,
)
#: The person's own choice, told as what will happen.
_WILL = re.compile(
    r"\b(he|she|they)('ll| will| is going to| are going to) (go|have|do|use|keep|try|join|"
    r"get|take)\b",
    re.I,
)
_DISCHARGE = re.compile(r"\b(discharg\w*|the ward|in hospital|out of hospital)\b", re.I)


def settled_by_choice(profile: Profile) -> str:
    """The person's choice, in the words, when the one typing has come round to it ("" when
    not)."""
    if profile.answering_for != "someone_else" or _DISCHARGE.search(profile.typical_week):
        return ""
    week = profile.typical_week
    wanted = _WANTED.search(week)
    if not wanted:
        return ""
    will = _WILL.search(week, wanted.end())
    if not will:
        return ""
    end = re.search(r"[.!?]", week[will.start() :])
    return week[will.start() : will.start() + end.start() if end else len(week)]

"""What an experienced broker weighs lightly or not at all (issue 16, fifth round; used by
planner.broker_reasons). People plan for themselves by default; these are the cases where a
reason the words seem to give is already taken care of.

    joined_up       a light health signal (the NHS already meets a health need) is no reason
                    when someone already joins health and care up: a care co-ordinator or key
                    worker, PAs the person already employs (an employer who runs a team), or
                    someone at home who gives the medicines or health help and can keep going
    later_move      a move that is only "one day", "not yet", "in a couple of years" is a
                    reason to keep a broker in mind, not to need one now: a signal
    settled_sharing sharing that already runs in supported living, held by the provider
                    (the provider holds the service fund and the house's staff are shared
                    now), needs clear sums, not a new agreement: a lesser reason
    own_voice       someone typing *with* the person, or the person's own words quoted
                    ("He says: ..."), so the person's own views are in the answers
"""

from __future__ import annotations

import re

from planner.carers import lives_with, partner
from planner.fitting import Fitted
from planner.models import Profile

__all__ = ["joined_up", "later_move", "own_voice", "settled_sharing"]

#: A professional who already joins health and care up for the person.
_CO_ORDINATOR = re.compile(
    r"\b(care co-?ordinators?|key ?workers?|case managers?|community matrons?|"
    r"care navigators?|lead professionals?)\b",
    re.I,
)
_HEALTH_HELP = {"medication", "health"}
#: "I have employed a PA before": experience, not a team running now.
_BEFORE = re.compile(r"\b(before|used to|in the past|previously)\b", re.I)
_PA = re.compile(r"\b(pas?|personal assistants?)\b", re.I)


def joined_up(profile: Profile, fitted: Fitted) -> str:
    """Who already joins health and care up, in a few words ("" when nobody does)."""
    words = "\n".join([profile.typical_week, *profile.current_support])
    if found := _CO_ORDINATOR.search(words):
        return found.group(0)
    if fitted.allocation.employs_pas_now and not any(
        _BEFORE.search(line) and _PA.search(line) for line in profile.current_support
    ):
        return "PAs employed now"
    for p in profile.people:
        if (
            p.can_continue is not False
            and set(p.helps_with) & _HEALTH_HELP
            and (partner(p) or lives_with(p, profile))
        ):
            return f"{p.name} ({p.relationship})"
    return ""


#: A time that places a plan in the future, not now.
_LATER = re.compile(
    r"\b(one day|some ?day|not yet|not now|not for now|eventually|in the (future|long run)|"
    r"in (a|the next) (few|couple of) years|in (two|three|four|five|\d+|a few) years'? ?(time)?|"
    r"when i'?m older|later on)\b",
    re.I,
)


def later_move(texts: list[str]) -> bool:
    """Every housing text that gives a move places it in the future."""
    return bool(texts) and all(_LATER.search(t) for t in texts)


_SUPPORTED_LIVING = re.compile(r"\b(supported living|the provider holds|provider manages)\b", re.I)
_SHARED_NOW = re.compile(r"\b(shared|between the|split)\b", re.I)
_WANTS_TO_SHARE = re.compile(
    r"\b(want|would like|hope|plan|ask)\w* (to )?(share|pool|one worker|one sleep-?in)", re.I
)


def settled_sharing(profile: Profile) -> bool:
    """Support shared in a supported living house that the provider already runs: the
    current support says it is shared now, and no one asks for new sharing."""
    now = "\n".join([profile.typical_week, *profile.current_support])
    return (
        profile.budget_management in ("individual_service_fund", "council_managed")
        and bool(_SUPPORTED_LIVING.search(now))
        and any(_SHARED_NOW.search(line) for line in profile.current_support)
        and not _WANTS_TO_SHARE.search(profile.typical_week)
    )


_WITH_PERSON = re.compile(
    r"\b(typing with|(sat|sitting) with|together with|with (him|her|them) beside)\b", re.I
)
_QUOTED = re.compile(r"\b(he|she|they) (says?|said|told (me|us)):", re.I)


def own_voice(profile: Profile) -> bool:
    """The answers carry the person's own views: typed with them, or their words quoted."""
    return bool(
        _WITH_PERSON.search(profile.answering_relationship or "")
        or _QUOTED.search(profile.typical_week)
    )

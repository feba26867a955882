"""Who can help the person decide, when deciding may be hard (fourteenth session).

Care Act s67: when someone has substantial difficulty taking part in their plan and there is
no appropriate person to help them, the council must provide an independent advocate. A
capacity or communication concern with nobody appropriate around is a strong reason for a
broker (planner.broker_reasons); with someone appropriate it is a lesser one.

    appropriate     an adult who helps now and can keep going, not paid to help, not named in
                    a concern, who is family, a partner or someone the person lives with, or
                    who already helps with money, letters, talking or housing (the things a
                    decision rests on)
    not appropriate a child, however much they do; family far away who give no help, or
                    who only ring for a chat from another country (fifteenth session); a
                    friend or neighbour who gives company, a lift or the shopping: kind
                    people, not the ones to go through decisions with
    in so many words "nobody to help him decide", "no one in the family here to go through
                    things with her": nobody appropriate, whoever is listed
"""

from __future__ import annotations

import re

from planner.bottom_lines import is_family
from planner.carers import lives_abroad, lives_with, partner
from planner.harm import named_in_concern
from planner.models import Person, Profile
from planner.signals import PAID_WORKER
from planner.young_carers import ADULT_AGE, age_of

__all__ = ["nobody_to_help_decide"]

#: help with the things a decision rests on
_DECIDING_AREAS = {"money_admin", "communication", "housing"}
#: company and a chat, from far away: kind, but not help to go through decisions
_COMPANY = {"social_life"}
_SHARED_LIVES = re.compile(r"\bshared lives\b", re.I)
#: "nobody to help him decide", "no one ... to go through things with her", "nobody in his
#: life can help him think through the choices"
_NOBODY = re.compile(
    r"\b(nobody|no one|no-one|no family)\b[^.]{0,50}?\b(help (him|her|them|me) (to )?"
    r"(decide|think (it |things )?through|weigh)|go through (things|it|the choices) with)\b",
    re.I,
)


def _appropriate(person: Person, profile: Profile) -> bool:
    if person.can_continue is False or named_in_concern(person, profile):
        return False
    if PAID_WORKER.search(person.relationship) and not _SHARED_LIVES.search(person.relationship):
        return False
    age = age_of(person, profile)
    if age is not None and age < ADULT_AGE:
        return False
    if not (person.helps_with or person.hours_per_week):
        return False  # listed, but gives no help now (family far away)
    if lives_abroad(person) and set(person.helps_with) <= _COMPANY:
        return False  # a call from abroad is company, not someone to decide with (15th)
    close = is_family(person.relationship) or partner(person) or lives_with(person, profile)
    return close or bool(set(person.helps_with) & _DECIDING_AREAS)


def nobody_to_help_decide(profile: Profile) -> bool:
    """No appropriate person to help the person decide, from the people listed or the words."""
    if _NOBODY.search(profile.typical_week):
        return True
    return not any(_appropriate(p, profile) for p in profile.people)

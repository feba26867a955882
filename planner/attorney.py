"""Who holds a Lasting Power of Attorney, from the person's words (moved here from
planner.safety in the fifteenth session, with `health_attorney`).

An attorney is the person whose relationship says so, or whom a sentence of the week names
("Sue has my LPA", "Sue is my daughter. She has my LPA."), or the one typing who says "I" hold
it. A health and welfare attorney ("both Lasting Powers of Attorney", "for health and
welfare") who helps now and can go on joins up care at the end of life with the GP and the
nurses: the forms a broker might help with are theirs (planner.changes).
"""

from __future__ import annotations

import re

from planner.harm import named_in_concern
from planner.models import Person, Profile

__all__ = ["LPA", "health_attorney", "lpa_words"]

LPA = re.compile(r"\b(lasting power of attorney|power of attorney|lpa|attorney)\b", re.I)
#: an attorney for health and care decisions, not only money
_HEALTH = re.compile(
    r"\b(both|health|welfare|care decisions|(lasting )?powers of attorney|lpas)\b", re.I
)


def lpa_words(person: Person, profile: Profile) -> str:
    """The words that make this person an attorney: their relationship ("daughter (Lasting
    Power of Attorney)"), or a sentence of the week that names them, or that the one typing
    says of themselves ("I hold her Lasting Power of Attorney for money") when they are this
    person; "" when none (a neighbour named elsewhere in the same answer is not one)."""
    words = f"{person.relationship} {person.name}"
    if LPA.search(words):
        return words
    typist = re.search(
        r"\b(?:[Ii]'m|[Ii] am|[Tt]his is|[Ii]t's)\s+([A-Z][a-z]+)\b", profile.typical_week
    )
    is_typist = profile.answering_for != "self" and (
        (typist is not None and typist.group(1) == person.name)
        or (profile.answering_relationship or "").lower() == person.relationship.lower()
    )
    named = re.compile(rf"\b{re.escape(person.name)}\b")
    previous = ""
    for sentence in re.split(r"(?<=[.!?])\s+", profile.typical_week):
        if LPA.search(sentence) and (
            named.search(sentence)
            or (is_typist and re.search(r"\b(?:I|I'm|I've)\b", sentence))
            # "Sue is my daughter. She has my LPA.": the one named just before
            or (re.match(r"\W*(?:he|she|they)\b", sentence, re.I) and named.search(previous))
        ):
            return sentence
        previous = sentence
    return ""


def health_attorney(profile: Profile) -> str:
    """The name of someone close who holds a Lasting Power of Attorney for health and welfare,
    helps now and can go on ("" if none)."""
    for person in profile.people:
        if person.can_continue is False or named_in_concern(person, profile):
            continue
        if not (person.helps_with or person.hours_per_week):
            continue
        said = lpa_words(person, profile)
        if said and _HEALTH.search(said):
            return person.name
    return ""

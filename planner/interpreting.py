"""A spoken language barrier met by someone close (issue 16, eleventh session; used by
planner.broker_reasons).

A communication concern that is only a spoken language ("Dad speaks Cantonese, not much
English") is no reason for a broker when an adult close to the person interprets for them and
can keep doing so: someone in the circle who helps with communication, or the one typing with
the person beside them telling them what to say. The plan asks the provider for a worker who
speaks the language, and is given in that language; a broker adds nothing the family cannot.
It stays a reason where it is more than language (dementia, a stroke's aphasia, a sign
language, which is specialist), where nobody interprets, or where a capacity concern is open.

Second round (`own_language`): someone who answers for themselves, whose only concern is the
language they use ("BSL is my first language", "English is my second language"), with
nothing in the words about understanding, reading or deciding, and people around them, has a
communication need to meet (a signing worker, an interpreter, a plan in plain words), not a
reason for a broker: it is access, not a question of understanding or deciding.
"""

from __future__ import annotations

import re

from planner.harm import named_in_concern
from planner.models import Concern, Profile
from planner.signals import HARD_TO_SAY, LANGUAGE, all_text
from planner.young_carers import age_of

__all__ = ["interpreted", "own_language"]

#: A spoken language, in more words than planner.signals.LANGUAGE reads.
_SPOKEN = re.compile(
    r"\b(only|mainly|mostly) speaks? [A-Z]\w+|"
    r"\b(my|his|her|their) english is (not|n't|isn't) (good|great|very good|strong)|"
    r"\bspeaks? [A-Z]\w+,? (and )?not (much|a lot of) english\b"
)
#: Not a spoken language alone: signing, a stroke, reading, understanding.
_MORE_THAN = re.compile(
    r"\b(bsl|sign\w*|deaf\w*|stroke|read\w*|write|writing|letters|understand\w*)\b", re.I
)
#: Someone paid or a professional, not someone close: their help is a service.
_PAID = re.compile(
    r"\b(worker|charity|interpreter|professional|advocate|volunteer|officer|nurse|paid)\b", re.I
)
#: The person is beside the one typing, telling them what to say.
_BESIDE = re.compile(
    r"\b((he|she|they) (is|are|'s|'re) (next to|beside|with) me|"
    r"(he|she|they) (is|are) telling me what to (say|write)|"
    r"typing (for|with) (him|her|them) and (he|she|they) (is|are) (here|next to me|beside me))\b",
    re.I,
)


def interpreted(profile: Profile, concerns: list[Concern]) -> str:
    """Who interprets for the person, when every concern is a spoken language barrier met by
    an adult close to them ("" otherwise)."""
    if not concerns or any(c.code != "communication" for c in concerns):
        return ""
    said = " ".join(c.evidence for c in concerns)
    spoken = LANGUAGE.search(said) or _SPOKEN.search(said)
    if not spoken or _MORE_THAN.search(said) or HARD_TO_SAY.search(profile.typical_week):
        return ""
    if _PAID.search(f"{said} {profile.answering_relationship or ''}"):
        return ""  # an interpreter or a worker is a service, not someone close
    for p in profile.people:
        age = age_of(p, profile)
        if (
            "communication" in p.helps_with
            and p.can_continue is not False
            and not named_in_concern(p, profile)
            and not _PAID.search(p.relationship)
            and (age is None or age >= 18)
        ):
            return f"{p.name} ({p.relationship})"
    if profile.answering_for == "someone_else" and (beside := _BESIDE.search(profile.typical_week)):
        return f'"{beside.group(0)}"'
    return ""


#: The language the person uses, said of themselves: a sign language, or English as another.
_OWN = re.compile(
    r"\b(bsl|british sign language|sign language|english is (my|his|her|their) (second|"
    r"other|third) language|(bsl|\w+) is (my|his|her|their) first language)\b",
    re.I,
)
#: More than the language: reading, understanding, deciding, remembering.
_NOT_ONLY = re.compile(r"\b(read\w*|understand\w*|decid\w*|remember\w*|confus\w*)\b", re.I)


def own_language(profile: Profile, concerns: list[Concern], around: float, few: float) -> str:
    """The language the person uses, when they answer for themselves, every concern is only
    that, and `around` people (at least `few`) are there ("" otherwise)."""
    if profile.answering_for != "self" or around < few:
        return ""
    if not concerns or any(c.code != "communication" for c in concerns):
        return ""
    said = " ".join(c.evidence for c in concerns)
    own = _OWN.search(said)
    if not own or _NOT_ONLY.search(said) or HARD_TO_SAY.search(all_text(profile)):
        return ""
    return own.group(0)

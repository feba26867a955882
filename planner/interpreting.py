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

Sixteenth session: the one typing "with" the person (a husband, a daughter; not paid)
interprets while the plan is made, like someone beside them telling them what to say. And a
way of being in touch the person cannot use (`own_channel`: the phone, calls, meetings), said
by someone who answers for themselves and says the way they use instead (text, email,
messages, a text relay, a voice valve), is a need to meet, not a reason: with nothing in the
words about understanding or deciding, nobody has to help them say what they want.
"""

from __future__ import annotations

import re

from planner.harm import named_in_concern
from planner.models import Concern, Profile
from planner.signals import HARD_TO_SAY, LANGUAGE, all_text
from planner.young_carers import age_of

__all__ = ["interpreted", "own_channel", "own_language"]

#: A spoken language, in more words than planner.signals.LANGUAGE reads.
_SPOKEN = re.compile(
    r"\b(only|mainly|mostly) speaks? [A-Z]\w+|"
    r"\b(?i:(my|his|her|their) english is (not|n't|isn't) (good|great|very good|strong))|"
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
    typing = profile.answering_relationship or ""
    if profile.answering_for == "someone_else" and _TYPING_WITH.search(typing):
        return typing  # "daughter, typing with him": they interpret as the plan is made
    return ""


_TYPING_WITH = re.compile(r"\b(typing|sat|sitting|filling this in) with (him|her|them)\b", re.I)


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
    if channel := own_channel(profile, concerns):
        return channel
    if profile.answering_for != "self" or around < few:
        return ""
    if not concerns or any(c.code != "communication" for c in concerns):
        return ""
    said = " ".join(c.evidence for c in concerns)
    own = _OWN.search(said)
    if not own or _NOT_ONLY.search(said) or HARD_TO_SAY.search(all_text(profile)):
        return ""
    return own.group(0)


#: A way of being in touch the person cannot use: the phone, calls, meetings.
_CHANNEL = re.compile(r"\b(phones?|telephone|calls?|meetings?|face[- ]to[- ]face)\b", re.I)
#: The way they use instead, in their own words.
_INSTEAD = re.compile(
    r"\b(texts?|texting|e-?mails?|messages?|whatsapp|write things down|text relay|relay uk|"
    r"(speaking|voice|speech) valve|a valve|speech app)\b",
    re.I,
)
#: "I can't talk on the phone": the phone, not speech itself (read before HARD_TO_SAY).
_ON_THE_PHONE = re.compile(
    r"\b(can ?not|can'?t|unable to|don'?t|do not) (speak|talk)( \w+){0,2} on the (tele)?phone\b",
    re.I,
)
_NOR = re.compile(r"\b(stroke|aphasia|confus\w*|understand\w*|decid\w*|remember\w*)\b", re.I)


def own_channel(profile: Profile, concerns: list[Concern]) -> str:
    """A way of being in touch the person cannot use, when they answer for themselves, every
    concern is only that, and they say the way they use instead ("" otherwise)."""
    if profile.answering_for != "self" or not concerns:
        return ""
    if any(c.code != "communication" or not _CHANNEL.search(c.evidence) for c in concerns):
        return ""
    words = _ON_THE_PHONE.sub("", all_text(profile))
    if HARD_TO_SAY.search(words) or _NOR.search(words) or not (way := _INSTEAD.search(words)):
        return ""
    return way.group(0)

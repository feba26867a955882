"""What it takes to find the help (issue 16, broker round ten; used by planner.broker_reasons).

provider_to_match   an individual service fund set up for the first time (no provider
                    gives support now), or whose provider's workers cannot do it ("staff
                    who can't sign"), with workers who must match something not every
                    provider has: a language ("someone who speaks Kurdish"; a sign language,
                    BSL), or a faith's practice in the home (a kosher kitchen, Shabbat,
                    halal). Choosing the provider is the job, and a broker who knows the
                    local providers could help compare them: a signal (0.5), never more on
                    its own
"""

from __future__ import annotations

import re

from planner.fitting import Fitted
from planner.models import Profile
from planner.weighing import settled_support

__all__ = ["joining_up", "provider_to_match"]

#: A language workers must speak, named with a capital ("speaks Kurdish"; not "speaks her
#: mind"), or a faith's practice in the home workers must know.
_MATCH = re.compile(
    r"\b(?i:speaks?|speaking) (?!English\b)[A-Z][a-z]+\b|"
    r"\b(?i:kosher|kashrut|shabbat|sabbath|halal)\b|"
    # a sign language is a language workers must use ("staff who sign BSL fluently")
    r"\b(BSL|British Sign Language|Makaton|"
    r"(?i:signs?|signing) (?i:fluently|to (him|her|them|me)))\b"
)
#: The workers there now cannot do it ("staff who can't sign", "carers don't speak Urdu"):
#: the provider must change, so the support there now is not settled.
_CANNOT_NOW = re.compile(
    r"\b(can'?t|cannot|don'?t|do not|doesn'?t|does not|unable to) (sign|speak \w+)\b", re.I
)


def provider_to_match(profile: Profile, fitted: Fitted) -> tuple[str, str, float] | None:
    """(explanation, evidence, weight) when a new service fund's provider must match a
    language or a faith's practice, else None."""
    if profile.budget_management != "individual_service_fund":
        return None
    if (now := settled_support(profile)) and not _CANNOT_NOW.search(now):
        return None
    if not any(s.kind == "agency" and s.weekly_cost for s in fitted.supports):
        return None  # no provider's workers to find
    texts = [profile.typical_week, *(b.text for b in profile.bottom_lines)]
    texts += [n.text for n in profile.support_needs]
    for text in texts:
        if found := _MATCH.search(text):
            return (
                "The provider must send workers who fit what matters to the person. A broker "
                "who knows local providers could help compare them.",
                f'"{found.group(0)}"',
                0.5,
            )
    return None


#: The services involved do not work together, in the person's words.
_NOT_JOINED = re.compile(
    r"\b((none|neither|nobody|no one|not one) of (them|the \w+) (talks?|speaks?|works?) "
    r"(to|with) (each other|one another|the others?)|"
    r"(don'?t|do not|never|doesn'?t|does not) (talk|speak) to (each other|one another)|"
    r"(nobody|no one) (joins?|puts?) (it|them|things) (all )?(up|together)|"
    r"(isn'?t|is not|aren'?t|are not|never) joined up|"
    r"(services|teams|they) (don'?t|do not|never) work together)\b",
    re.I,
)


#: Health and care services, so "my sons don't talk to each other" is not about them.
_SERVICES = re.compile(
    r"\b(nurses?|therapists?|gp|doctors?|consultants?|dietitians?|ot|physios?|teams?|"
    r"services?|hospitals?|clinics?|social workers?|professionals?|specialists?)\b",
    re.I,
)


def joining_up(words: str) -> tuple[str, str, float] | None:
    """(explanation, evidence, weight) when the words say the services involved do not work
    together, else None."""
    apart = next(
        (
            found
            for sentence in re.split(r"(?<=[.!?;])\s+|\n+", words)
            if (found := _NOT_JOINED.search(sentence)) and _SERVICES.search(sentence)
        ),
        None,
    )
    if apart is None:
        return None
    return (
        "The health services do not work together yet. A broker can help join them up with "
        "the care, so nothing falls between them.",
        f'"{apart.group(0)}"',
        2.0,
    )

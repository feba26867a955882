"""What it takes to find the help (issue 16, broker round ten; used by planner.broker_reasons).

provider_to_match   an individual service fund set up for the first time (no provider
                    gives support now), with workers who must match something not every
                    provider has: a language ("someone who speaks Kurdish"), or a faith's
                    practice in the home (a kosher kitchen, Shabbat, halal). Choosing the
                    provider is the job, and a broker who knows the local providers could
                    help compare them: a signal (0.5), never more on its own
"""

from __future__ import annotations

import re

from planner.fitting import Fitted
from planner.models import Profile
from planner.weighing import settled_support

__all__ = ["provider_to_match"]

#: A language workers must speak, named with a capital ("speaks Kurdish"; not "speaks her
#: mind"), or a faith's practice in the home workers must know.
_MATCH = re.compile(
    r"\b(?i:speaks?|speaking) (?!English\b)[A-Z][a-z]+\b|"
    r"\b(?i:kosher|kashrut|shabbat|sabbath|halal)\b"
)


def provider_to_match(profile: Profile, fitted: Fitted) -> str:
    """The words that ask a new service fund's provider for a match ("" if none)."""
    if profile.budget_management != "individual_service_fund" or settled_support(profile):
        return ""
    if not any(s.kind == "agency" and s.weekly_cost for s in fitted.supports):
        return ""  # no provider's workers to find
    texts = [profile.typical_week, *(b.text for b in profile.bottom_lines)]
    texts += [n.text for n in profile.support_needs]
    for text in texts:
        if found := _MATCH.search(text):
            return found.group(0)
    return ""

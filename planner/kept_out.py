"""A person named in a safeguarding or crisis concern is left out of everything a person reads.

The plan never counts on them (planner.harm finds them; planner.informal leaves their help
out). But a plan is printed, kept at home and shown to workers, and the person it is about may
live with the one who harms them: their name in a quoted week, a bottom line, a risk or a
broker's reason tells them what was said. So every line a person reads names them as "(name
left out)" instead, whatever the line is; the names stay only in `safeguarding.kept_out`, for
the checks and the broker who is asked to help.
"""

from __future__ import annotations

import re
from typing import Any

from planner.models import Person
from planner.naming import name_forms, short_names
from planner.plan import Plan

LEFT_OUT = "(name left out)"
# fields that are codes, ids or figures, never read as words; kept_out holds the names on purpose
_NOT_WORDS = {"kept_out", "plan_id", "id", "code", "kind", "area", "ref", "rate_source", "key"}
# names that are also everyday words ("will", "may") are left out only with their capital
_EVERYDAY = {
    "will", "may", "mark", "pat", "bill", "sue", "ray", "dawn", "grace", "hope", "joy", "faith",
    "rob", "don", "jack", "frank", "rose", "june", "april", "amber", "ruby", "sky", "rich",
    "guy", "max", "nick", "sandy", "carol", "ash", "ivy", "holly", "penny", "robin", "drew",
    "gene", "chase", "hazel", "iris", "lily", "daisy", "violet", "summer", "miles", "dean",
}  # fmt: skip


def _pattern(people: list[Person], words: str) -> re.Pattern[str] | None:
    parts = []
    for person in people:
        # longest first, so "Christopher" goes before "Chris"
        forms = sorted({*name_forms(person), *short_names(person, words)}, key=len, reverse=True)
        for form in forms:
            word = re.escape(form)
            if form.lower() in _EVERYDAY:
                # "May" the name, not "1 May 2027" the date
                parts.append(rf"(?<!\d )\b{word}\b(?:'s)?(?! \d)")
            else:
                parts.append(rf"(?i:\b{word}\b(?:'s)?)")
    return re.compile("|".join(parts)) if parts else None


def _walk(value: Any, pattern: re.Pattern[str]) -> Any:
    if isinstance(value, str):
        return pattern.sub(LEFT_OUT, value)
    if isinstance(value, list):
        return [_walk(v, pattern) for v in value]
    if isinstance(value, dict):
        return {k: v if k in _NOT_WORDS else _walk(v, pattern) for k, v in value.items()}
    return value


def leave_out(plan: Plan, people: list[Person]) -> Plan:
    """The plan with every readable line naming `people` as "(name left out)"."""
    if not people:
        return plan
    data = plan.model_dump(mode="python")
    pattern = _pattern(people, " ".join(_strings(data)))
    if pattern is None:
        return plan
    return Plan.model_validate(_walk(data, pattern))


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    if isinstance(value, dict):
        return [s for k, v in value.items() if k not in _NOT_WORDS for s in _strings(v)]
    return []

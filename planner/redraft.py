"""Redrafting a plan after a change the person accepted (a broker's suggestion).

    new wording for one section ──► reword(plan, key, text, version, created_at) ──► Plan
    new hours or kind of support ─► profile_with_change(profile, plan, change) ──► answers
                                    ──► draft_plan(answers, ...) ──► keep_wording(plan, wording)

Hours are spread over the needs the support meets, in proportion to their hours, in quarter
hours; the last need takes what rounding leaves, so the needs add up to the new hours exactly.
A new kind becomes the person's employer choice (their bottom lines still come first when the
planner drafts again). Wording the person accepted earlier is kept, except in the sections a
redraft writes from the new figures.

Pure: the person's answers come in as the stored dict and go out as a new dict (the input is
never changed). Problems raise `RedraftError` with a message for the person.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from planner.money import as_decimal
from planner.plan import Plan, Section

__all__ = [
    "REDRAWN_SECTIONS",
    "RedraftError",
    "SupportChange",
    "keep_wording",
    "profile_with_change",
    "reword",
    "spread_hours",
]

#: Sections whose wording a redraft rewrites from the new figures (accepted wording not kept).
REDRAWN_SECTIONS = ("how_supported", "how_budget_used", "how_managed")
QUARTER = Decimal("0.25")


class RedraftError(ValueError):
    """The change cannot be made to this plan; the message is plain English for the person."""


@dataclass(frozen=True)
class SupportChange:
    """New hours a week, a new kind, or both, for one support of a plan.

    `was_kind` is the kind the support had when the change was asked for: if the plan has
    changed since, the change no longer fits it.
    """

    support_id: str
    was_kind: str | None
    hours_per_week: Decimal | None = None
    kind: str | None = None


def _quarter(value: Decimal) -> Decimal:
    return (value / QUARTER).quantize(Decimal(1), rounding=ROUND_HALF_UP) * QUARTER


def spread_hours(hours: list[Decimal], delta: Decimal) -> list[Decimal]:
    """Share `delta` hours between needs with these hours, in proportion, in quarter hours.

    The last need takes what is left after rounding, and no need goes below nothing:
    spread_hours([Decimal(10), Decimal(30)], Decimal(-8)) -> [Decimal("8.00"), Decimal("24.00")]
    """
    if not hours:
        return []
    total = sum(hours, Decimal(0))
    left = delta
    out: list[Decimal] = []
    for i, before in enumerate(hours):
        share = left if i == len(hours) - 1 else _quarter(delta * before / total)
        left -= share
        out.append(max(Decimal(0), before + share))
    return out


def profile_with_change(
    profile: Mapping[str, Any], plan: Plan, change: SupportChange
) -> dict[str, Any]:
    """The person's answers with a support change applied, for the planner to redraft.

    Hours: the difference is shared between the needs the support meets (`spread_hours`).
    Kind: the employer choice becomes "employ PAs" or "use an agency".
    """
    support = next((s for s in plan.supports if s.id == change.support_id), None)
    if support is None or support.kind != change.was_kind:
        raise RedraftError("The plan has changed since this suggestion. Ask your broker again.")
    if not profile.get("support_needs"):
        raise RedraftError("I don't have your answers to redraft the plan from.")
    changed = copy.deepcopy(dict(profile))
    if change.hours_per_week is not None:
        needs = [
            n
            for n in changed["support_needs"]
            if n["id"] in support.meets and n.get("hours_per_week")
        ]
        if not needs or support.hours_per_week is None:
            raise RedraftError("I can't tell which needs those hours are for.")
        delta = change.hours_per_week - as_decimal(support.hours_per_week)
        spread = spread_hours([as_decimal(n["hours_per_week"]) for n in needs], delta)
        for need, hours in zip(needs, spread, strict=True):
            need["hours_per_week"] = float(hours)
    if change.kind is not None:
        personal = change.kind == "personal_assistant"
        changed["employer_choice"] = "employ_pa" if personal else "use_agency"
    return changed


def _with_sections(plan: Plan, sections: list[Section], **fields: Any) -> Plan:
    data = plan.model_dump()
    data.update(fields, sections=[s.model_dump() for s in sections])
    return Plan.model_validate(data)


def reword(plan: Plan, key: str, text: str, *, version: int, created_at: datetime) -> Plan:
    """A new version of the plan with new wording for one section (the figures stay)."""
    sections = [s.model_copy(update={"text": text}) if s.key == key else s for s in plan.sections]
    return _with_sections(plan, sections, version=version, created_at=created_at)


def keep_wording(plan: Plan, wording: Mapping[str, str]) -> Plan:
    """The redrafted plan with the wording the person accepted before, by section key, put
    back (except in REDRAWN_SECTIONS, which now follow the new figures)."""
    if not wording:
        return plan
    sections = [
        s.model_copy(update={"text": wording[s.key]})
        if s.key in wording and s.key not in REDRAWN_SECTIONS
        else s
        for s in plan.sections
    ]
    return _with_sections(plan, sections)

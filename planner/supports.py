"""A costed draft becomes a support in the plan: its cost lines, its options (with local services
from the council's directory where they fit) and what every worker must do."""

from __future__ import annotations

from planner.bottom_lines import Rules
from planner.costing import Costed, annual
from planner.local import LocalFinds
from planner.money import penny
from planner.options import local_option, options_for
from planner.plan import Support
from planner.pricing import Draft
from planner.rates import RateCard

__all__ = ["make_support", "show_local"]

_PEOPLE_KINDS = ("personal_assistant", "agency", "day_service", "short_break")


def show_local(
    supports: list[Support],
    local: LocalFinds,
    restrictions: object,
    rates: RateCard,
) -> list[Support]:
    """Local services that fit a need or dream but no support shows yet join the options of
    the first support that meets it (a buddy or a group is a way to arrange "getting out" with
    a PA). Only a need or dream no support meets gets a free support of its own."""
    shown = {
        (ref, o.service_id) for s in supports for o in s.options if o.source for ref in s.meets
    }
    result = list(supports)
    orphans: list[str] = []
    for ref, services in local.by_ref.items():
        if any((ref, found.id) in shown for found in services):
            continue
        at = next((i for i, s in enumerate(result) if ref in s.meets), None)
        if at is None:
            orphans.append(ref)
            continue
        support = result[at]
        have = {o.service_id for o in support.options if o.source}
        extra = [local_option(x) for x in services if x.id not in have]
        options = sorted([*support.options, *extra], key=lambda o: o.name.lower())
        result[at] = support.model_copy(update={"options": options})
        shown |= {(r, x.id) for r in support.meets for x in services}
    if orphans:
        draft = Draft(
            "community",
            "Local places and groups from the council's list.",
            orphans,
            Costed.of([]),
            route="local",
        )
        result.append(
            make_support(f"s{len(result) + 1}", draft, Rules(), restrictions, rates, local)
        )
    return result


def make_support(
    support_id: str,
    draft: Draft,
    rules: Rules,
    restrictions: object,
    rates: RateCard,
    local: LocalFinds | None = None,
) -> Support:
    spec = list(rules.specification) if draft.kind in _PEOPLE_KINDS else []
    description = draft.description
    if spec:
        description += " Every worker must do what the plan asks of them (see below)."
    weekly = draft.costed.weekly
    return Support(
        id=support_id,
        kind=draft.kind,
        description=description,
        meets=draft.meets,
        hours_per_week=float(draft.hours) if draft.hours is not None else None,
        unit=draft.unit,
        unit_cost=penny(draft.unit_cost),
        weekly_cost=weekly,
        annual_cost=annual(weekly, rates),
        one_off_cost=draft.costed.one_off,
        cost_breakdown=draft.costed.lines,
        options=options_for(
            draft.route,
            restrictions,  # type: ignore[arg-type]
            rates,
            draft.chosen,
            local.for_route(draft.route, draft.meets) if local is not None else None,
        )
        if draft.route
        else [],
        rate_source=draft.rate_source,
        specification=spec,
        workers=draft.costed.workers,
        why=draft.why,
    )

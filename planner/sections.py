"""The seven sections of the plan (In Control's seven questions), in the person's voice.

Written plainly: short sentences, lists where there are several things, and the person's own
words kept as they said them. Free text is never trusted as markup: renderers escape it.
"""

from __future__ import annotations

from planner.bottom_lines import Rules
from planner.broker import is_financial_abuse
from planner.fitting import Fitted
from planner.models import Profile
from planner.money import gbp, hours_count
from planner.plan import Action, DecisionHelp, Review, Section
from planner.voice import Voice

__all__ = ["write_sections"]

_PERIOD = {"week": "a week", "four_weeks": "every four weeks", "month": "a month", "year": "a year"}


def _bullets(items: list[str]) -> str:
    return "\n".join(f"- {item}" for item in items)


def _join(*parts: str) -> str:
    return "\n\n".join(p for p in parts if p)


def _important(profile: Profile, v: Voice, kept_out: list[str]) -> Section:
    parts: list[str] = []
    if profile.important_to:
        parts.append(f"What matters most to {v.me}:\n" + _bullets(profile.important_to))
    if profile.admired_qualities:
        parts.append(f"People like and admire {v.me} for:\n" + _bullets(profile.admired_qualities))
    if profile.typical_week:
        parts.append(f"{v.My} week now:\n{profile.typical_week}")
    people = [p for p in profile.people if p.name not in kept_out]
    if people:
        who = [f"{p.name} ({p.relationship})" if p.relationship else p.name for p in people]
        parts.append(f"People in {v.my} life:\n" + _bullets(who))
    text = _join(*parts) or "Not written yet. Add what matters most."
    title = v.pick("What is important to me", f"What is important to {v.name}")
    return Section(key="important_to_me", title=title, text=text)


def _support_names(ids: list[str], fitted: Fitted) -> str:
    return " ".join(
        fitted_support.description for fitted_support in fitted.supports if fitted_support.id in ids
    )


def _change(fitted: Fitted, v: Voice) -> Section:
    unmet = {u.ref: u.why for u in fitted.unmet}
    lines: list[str] = []
    for dream in fitted.dreams:
        how = _support_names(dream.addressed_by, fitted)
        line = f"{dream.text}\n  How: {how}" if how else dream.text
        if dream.id in unmet:
            line += f"\n  Not yet: {unmet[dream.id]}"
        lines.append(line)
    text = (
        (f"{v.I} {v.pick('want', 'wants')} to:\n" + _bullets(lines))
        if lines
        else ("No goals written yet. Think about what you would like to change.")
    )
    title = v.pick("What I want to change or achieve", f"What {v.name} wants to change or achieve")
    return Section(key="change_or_achieve", title=title, text=text)


def _supported(fitted: Fitted, rules: Rules, v: Voice) -> Section:
    unmet = {u.ref: u.why for u in fitted.unmet}
    lines: list[str] = []
    for need in fitted.needs:
        hours = f" ({hours_count(need.hours_per_week)} a week)" if need.hours_per_week else ""
        line = f"{need.text}{hours}"
        if need.outcome:
            line += f"\n  What it is for: {need.outcome}"
        how = _support_names(need.covered_by, fitted)
        if how:
            line += f"\n  How: {how}"
        if need.id in unmet:
            line += f"\n  Not met yet: {unmet[need.id]}"
        lines.append(line)
    parts = [
        f"{v.I} {v.pick('need', 'needs')} help with:\n" + _bullets(lines)
        if lines
        else "No support needs written yet."
    ]
    if rules.specification:
        parts.append(
            f"Everyone paid to support {v.me} must do this:\n" + _bullets(rules.specification)
        )
    title = v.pick("How I will be supported", f"How {v.name} will be supported")
    return Section(key="how_supported", title=title, text=_join(*parts))


def _budget(profile: Profile, fitted: Fitted, v: Voice) -> Section:
    c = fitted.costs
    parts: list[str] = []
    if profile.budget_amount:
        b = profile.budget_amount
        stated = f"{v.My} budget is {gbp(b.amount)} {_PERIOD[b.period]}."
        if b.period != "year":
            stated += f" That is {gbp(c.budget_annual)} a year."
        parts.append(stated)
    else:
        parts.append(f"{v.My} budget is not known yet.")
    paid = [s for s in fitted.supports if s.weekly_cost or s.one_off_cost]
    lines = []
    for s in paid:
        once = f" Also {gbp(s.one_off_cost)} once." if s.one_off_cost else ""
        if s.weekly_cost:
            lines.append(
                f"{s.description} {gbp(s.weekly_cost)} a week ({gbp(s.annual_cost)} a year)." + once
            )
        elif s.one_off_cost:
            lines.append(f"{s.description} {gbp(s.one_off_cost)} once.")
    if lines:
        parts.append("The money pays for:\n" + _bullets(lines))
    free = [s for s in fitted.supports if not (s.weekly_cost or s.one_off_cost)]
    if free:
        parts.append("These cost the budget nothing:\n" + _bullets([s.description for s in free]))
    parts.append(f"Total: {gbp(c.weekly_total)} a week. That is {gbp(c.annual_total)} a year.")
    if c.annual_headroom >= 0:
        parts.append(f"{gbp(c.annual_headroom)} a year is left over.")
    else:
        parts.append(
            f"The support costs {gbp(-c.annual_headroom)} a year more than the budget. "
            f"{v.I} will ask the council to review the budget."
        )
        by_id = {n.id: n for n in fitted.needs}
        short = [
            f"{by_id[u.ref].text.rstrip('.')}: {u.why}"
            for u in fitted.unmet
            if u.annual_shortfall is not None
        ]
        if short:
            parts.append(
                "The budget pays for the most important needs first. What is not paid for yet:\n"
                + _bullets(short)
            )
    if c.one_off_total:
        parts.append(
            f"One-off costs: {gbp(c.one_off_total)}. "
            f"In the first year, {gbp(c.first_year_headroom)} is left over."
            if c.first_year_headroom >= 0
            else f"One-off costs: {gbp(c.one_off_total)}. These need a one-off payment "
            "or a review of the budget."
        )
    parts.append(f"How the sums work: {c.annual_convention}.")
    title = v.pick("How I will use my budget", f"How {v.name} will use the budget")
    return Section(key="how_budget_used", title=title, text=_join(*parts))


_MANAGED = {
    "direct_payment": "{I} will get the budget as a direct payment, into a separate bank "
    "account. {I} will keep records and receipts.",
    "council_managed": "The council will manage the budget and arrange the support.",
    "individual_service_fund": "A provider {I} {choose} will hold the budget as an individual "
    "service fund, and plan the support with {me}.",
    "third_party": "Someone {I} {trust}, or an organisation, will manage the budget.",
    "not_sure": "How the budget is managed is not decided yet. The choices are: a direct "
    "payment, the council manages it, an individual service fund, or a managed account.",
}


def _managed(profile: Profile, fitted: Fitted, v: Voice) -> Section:
    words = {
        "I": v.I,
        "me": v.me,
        "choose": v.pick("choose", "chooses"),
        "trust": v.pick("trust", "trusts"),
    }
    route = fitted.money_route or profile.budget_management
    if route == "managed_account":
        parts = [
            f"A managed account will hold the budget and pay {v.my} workers. No one else "
            "can reach the money."
        ]
    else:
        parts = [_MANAGED[route].format(**words)]
    if route != profile.budget_management:
        parts.append(
            "This is until the money is safe. Then the way the budget is paid can be "
            "looked at again."
        )
    for s in fitted.supports:
        if s.kind == "personal_assistant":
            count = "a personal assistant" if s.workers == 1 else f"{s.workers} personal assistants"
            keep = " (the ones who work for me now)" if fitted.allocation.employs_pas_now else ""
            payer = (
                "The managed account pays them"
                if fitted.money_route == "managed_account"
                else "A payroll service pays them"
            )
            parts.append(
                f"{v.I} will employ {count}{keep if v.first else ''}. {payer}. "
                "Employer's liability insurance is in place."
            )
        elif s.rate_source == "micro_provider_hourly":
            parts.append(
                "A small local care service sends the workers. It agrees who covers when "
                "one is away."
            )
        elif s.kind == "agency" and "agency" not in " ".join(parts):
            parts.append("An agency provides care workers and covers when they are away.")
    if fitted.allocation.needs_direct_payment:
        parts.append(f"To employ PAs, {v.I} will ask the council for a direct payment.")
    if is_financial_abuse(profile):
        parts.append(
            "To keep the money safe, a managed account or the council holds it. "
            "No one else holds the bank card."
        )
    title = v.pick("How my support will be managed", f"How {v.name}'s support will be managed")
    return Section(key="how_managed", title=title, text=_join(*parts))


def _happen(actions: list[Action], v: Voice) -> Section:
    lines = [f"{a.step} ({a.who}, {a.when})" for a in actions]
    title = v.pick(
        "What I will do to make this happen", f"What {v.name} will do to make this happen"
    )
    return Section(key="making_it_happen", title=title, text=_bullets(lines))


def write_sections(
    profile: Profile,
    fitted: Fitted,
    rules: Rules,
    actions: list[Action],
    v: Voice,
    *,
    decisions: list[DecisionHelp],
    review: Review,
    kept_out: list[str],
) -> list[Section]:
    """The seven sections, in order."""
    control = _control(rules, v, decisions, review)
    return [
        _important(profile, v, kept_out),
        _change(fitted, v),
        _supported(fitted, rules, v),
        _budget(profile, fitted, v),
        _managed(profile, fitted, v),
        control,
        _happen(actions, v),
    ]


def _control(rules: Rules, v: Voice, decisions: list[DecisionHelp], review: Review) -> Section:
    parts: list[str] = []
    lines = [f"{b.text} ({b.how})" for b in rules.honoured]
    if lines:
        parts.append(f"{v.My} bottom lines:\n" + _bullets(lines))
    parts.append(
        f"{v.I} {v.pick('decide', 'decides')} who gives support, and how. "
        f"{v.I} can change the plan at any time."
    )
    rows = [f"{d.who}: {d.decides} ({d.role})" for d in decisions[1:]]
    if rows:
        parts.append("Who helps decide what:\n" + _bullets(rows))
    parts.append(f"{review.first} It is by {review.first_date}. {review.then}")
    title = v.pick("How I will stay in control", f"How {v.name} will stay in control")
    return Section(key="staying_in_control", title=title, text=_join(*parts))

"""The person's decisions about a broker's suggestions: accepting makes a new plan version.

    accept_suggestion   the change, recomputed by the planner and checked; the old version stays
    decline_suggestion  the plan stays exactly as it was

The redraft itself is the planner's (`planner.redraft`): this module finds the rows, hands the
planner plain values and stores what comes back. Each decision is written to the audit log.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlmodel import Session, select

from assistant.brokers.audit import audit
from assistant.brokers.errors import NotFoundError, ReviewError
from assistant.brokers.models import PlanShare, Suggestion
from assistant.brokers.review import reviews_for
from assistant.directory.store import directory_in_use
from assistant.storage import store
from assistant.storage.models import ChatSession, PlanRecord, utcnow
from planner import Plan, check_plan, default_rate_card, draft_plan, plan_to_dict
from planner.redraft import (
    RedraftError,
    SupportChange,
    keep_wording,
    profile_with_change,
    reword,
)

__all__ = ["accept_suggestion", "decline_suggestion"]


def _person_suggestion(db: Session, chat: ChatSession, suggestion_id: str) -> Suggestion:
    suggestion = db.exec(select(Suggestion).where(Suggestion.public_id == suggestion_id)).first()
    share = db.get(PlanShare, suggestion.share_id) if suggestion else None
    if suggestion is None or share is None or share.session_id != chat.id:
        raise NotFoundError("I can't find that suggestion.")
    if suggestion.status != "open":
        raise ReviewError("You have already decided about that suggestion.")
    return suggestion


def support_change(suggestion: Suggestion) -> SupportChange:
    """A support suggestion as the planner's SupportChange."""
    change = suggestion.change
    hours = change.get("hours_per_week")
    return SupportChange(
        support_id=suggestion.support_id or "",
        was_kind=change.get("from", {}).get("kind"),
        hours_per_week=Decimal(str(hours)) if "hours_per_week" in change else None,
        kind=change.get("kind"),
    )


def accepted_wording(suggestions: Sequence[Suggestion]) -> dict[str, str]:
    """Section wording the person accepted, by section key (the latest decision wins)."""
    wording: dict[str, str] = {}
    for s in sorted(suggestions, key=lambda s: s.decided_at or s.created_at):
        if s.status == "accepted" and s.target == "section" and s.section_key:
            wording[s.section_key] = s.change["text"]
    return wording


def _redrafted(
    db: Session, chat: ChatSession, latest: PlanRecord, suggestion: Suggestion, now: datetime
) -> tuple[Plan, dict[str, Any] | None]:
    """The new version of the plan, and the changed answers when a support changed."""
    version = latest.version + 1
    plan = Plan.model_validate(latest.data)
    if suggestion.target == "section":
        key, text = suggestion.section_key or "", suggestion.change["text"]
        return reword(plan, key, text, version=version, created_at=now), None
    change = support_change(suggestion)
    try:
        profile = profile_with_change(store.get_profile(db, chat=chat), plan, change)
    except RedraftError as exc:
        raise ReviewError(str(exc)) from exc
    redrafted = draft_plan(
        profile,
        default_rate_card(),
        plan_id=latest.plan_id,
        created_at=now,
        version=version,
        directory=directory_in_use(db),
    )
    if change.kind is not None and not any(s.kind == change.kind for s in redrafted.supports):
        raise ReviewError(
            "That change clashes with one of your bottom lines, so the plan stays as it is."
        )
    _, earlier, _, _ = reviews_for(db, chat=chat)
    return keep_wording(redrafted, accepted_wording(earlier)), profile


def accept_suggestion(
    db: Session, *, chat: ChatSession, suggestion_id: str, now: datetime | None = None
) -> PlanRecord:
    """Make a new plan version with the change, recomputed and checked; the old one stays."""
    suggestion = _person_suggestion(db, chat, suggestion_id)
    share = db.get(PlanShare, suggestion.share_id)
    assert share is not None
    latest = store.find_plan(db, plan_id=share.plan_id)
    assert latest is not None
    now = now or utcnow()
    plan, profile = _redrafted(db, chat, latest, suggestion, now)
    if check_plan(plan):
        raise ReviewError("That change would make the sums wrong, so the plan stays as it is.")
    if profile is not None:
        store.save_profile(db, chat=chat, data=profile)
    record = store.save_plan(
        db,
        chat=chat,
        plan=plan_to_dict(plan),
        decided_by="person",
        reason=f"accepted suggestion {suggestion.public_id}",
    )
    suggestion.status = "accepted"
    suggestion.decided_at = now
    suggestion.result_version = record.version
    db.add(suggestion)
    audit(
        db,
        actor="person",
        action="suggestion_accepted",
        share=share,
        suggestion=suggestion.public_id,
        new_version=record.version,
    )
    return record


def decline_suggestion(db: Session, *, chat: ChatSession, suggestion_id: str) -> Suggestion:
    """Decline: the plan stays exactly as it was."""
    suggestion = _person_suggestion(db, chat, suggestion_id)
    share = db.get(PlanShare, suggestion.share_id)
    suggestion.status = "declined"
    suggestion.decided_at = utcnow()
    db.add(suggestion)
    audit(
        db,
        actor="person",
        action="suggestion_declined",
        share=share,
        suggestion=suggestion.public_id,
    )
    db.refresh(suggestion)
    return suggestion

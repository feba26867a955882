"""A broker's review: comments and suggested changes on a shared plan, and its status.

    add_comment / add_suggestion   a broker's words; a broker never changes a plan
    set_review_status              in review / reviewed
    reviews_for / share_reviews    the comments and suggestions, for the person or the broker

Every action is written to the audit log. The person decides about a suggestion in
`assistant.brokers.decisions`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlmodel import Session, col, select

from assistant.brokers.audit import audit
from assistant.brokers.errors import ReviewError
from assistant.brokers.models import Broker, PlanShare, ReviewComment, Suggestion
from assistant.brokers.sharing import latest_for_share, shares_for
from assistant.storage.models import ChatSession, utcnow
from planner import SECTION_KEYS

__all__ = [
    "CHANGEABLE_KINDS",
    "add_comment",
    "add_suggestion",
    "reviews_for",
    "set_review_status",
    "share_reviews",
]

#: Support kinds a suggestion may change (hours or kind).
CHANGEABLE_KINDS = ("personal_assistant", "agency")
QUARTER = Decimal("0.25")


def _clean(text: str, limit: int, what: str) -> str:
    text = (text or "").replace("\r\n", "\n").strip()
    if not text:
        raise ReviewError(f"Please write the {what}.")
    if len(text) > limit:
        raise ReviewError(f"The {what} is too long: {limit} characters at most.")
    return text


def _touch(share: PlanShare) -> None:
    share.updated_at = utcnow()
    if share.review_status == "new":
        share.review_status = "in_review"


def add_comment(
    db: Session, *, broker: Broker, share: PlanShare, section_key: str, text: str
) -> ReviewComment:
    if section_key not in (*SECTION_KEYS, "plan"):
        raise ReviewError("Please choose a section.")
    record = latest_for_share(db, share=share)
    assert record is not None and share.id is not None and broker.id is not None
    comment = ReviewComment(
        share_id=share.id,
        broker_id=broker.id,
        plan_version=record.version,
        section_key=section_key,
        text=_clean(text, 4000, "comment"),
    )
    db.add(comment)
    _touch(share)
    db.add(share)
    db.flush()
    audit(
        db,
        actor="broker",
        action="comment_added",
        share=share,
        comment=comment.public_id,
        section=section_key,
        version=record.version,
    )
    db.refresh(comment)
    return comment


def _hours(value: Any) -> Decimal:
    try:
        hours = Decimal(str(value).strip())
    except ArithmeticError as exc:
        raise ReviewError("Hours must be a number, like 12 or 7.5.") from exc
    if not hours.is_finite() or hours <= 0 or hours > 168:
        raise ReviewError("Hours must be more than 0 and at most 168 a week.")
    if hours % QUARTER:
        raise ReviewError("Hours go in quarter hours, like 7.25 or 7.5.")
    return hours


def _support_change(
    supports: list[dict[str, Any]], support_id: str, hours_per_week: Any, kind: str | None
) -> dict[str, Any]:
    """The `change` of a support suggestion: what it was, and the new hours and/or kind."""
    support = next((s for s in supports if s["id"] == support_id), None)
    if support is None or support["kind"] not in CHANGEABLE_KINDS:
        raise ReviewError("Please choose a support with paid hours.")
    change: dict[str, Any] = {
        "from": {"kind": support["kind"], "hours_per_week": support["hours_per_week"]}
    }
    if hours_per_week not in (None, ""):
        hours = _hours(hours_per_week)
        if float(hours) != support["hours_per_week"]:
            change["hours_per_week"] = float(hours)
    if kind and kind != support["kind"]:
        if kind not in CHANGEABLE_KINDS:
            raise ReviewError("Please choose personal assistants or an agency.")
        change["kind"] = kind
    if "hours_per_week" not in change and "kind" not in change:
        raise ReviewError("Please change the hours or the kind of support.")
    return change


def add_suggestion(
    db: Session,
    *,
    broker: Broker,
    share: PlanShare,
    reason: str,
    section_key: str | None = None,
    text: str | None = None,
    support_id: str | None = None,
    hours_per_week: Any = None,
    kind: str | None = None,
) -> Suggestion:
    """A suggested change: new wording for a section, or new hours or kind for a support."""
    record = latest_for_share(db, share=share)
    assert record is not None and share.id is not None and broker.id is not None
    why = _clean(reason, 2000, "reason")
    change: dict[str, Any]
    if section_key:
        if section_key not in SECTION_KEYS:
            raise ReviewError("Please choose a section.")
        change = {"text": _clean(text or "", 4000, "new wording")}
        target = "section"
    elif support_id:
        change = _support_change(record.data["supports"], support_id, hours_per_week, kind)
        target = "support"
    else:
        raise ReviewError("Please choose a section or a support.")
    suggestion = Suggestion(
        share_id=share.id,
        broker_id=broker.id,
        plan_version=record.version,
        target=target,
        section_key=section_key or None,
        support_id=support_id if target == "support" else None,
        change=change,
        reason=why,
    )
    db.add(suggestion)
    _touch(share)
    db.add(share)
    db.flush()
    audit(
        db,
        actor="broker",
        action="suggestion_made",
        share=share,
        suggestion=suggestion.public_id,
        target=target,
        version=record.version,
    )
    db.refresh(suggestion)
    return suggestion


def set_review_status(db: Session, *, broker: Broker, share: PlanShare, status: str) -> PlanShare:
    if status not in ("in_review", "reviewed"):
        raise ReviewError("Please choose in review or reviewed.")
    if share.review_status != status:
        share.review_status = status
        share.updated_at = utcnow()
        db.add(share)
        audit(db, actor="broker", action="status_changed", share=share, status=status)
        db.refresh(share)
    return share


def reviews_for(
    db: Session, *, chat: ChatSession
) -> tuple[list[ReviewComment], list[Suggestion], dict[int, PlanShare], dict[int, Broker]]:
    """Every comment and suggestion on the person's shares, oldest first, with their owners."""
    shares = {s.id: s for s in shares_for(db, chat=chat) if s.id is not None}
    if not shares:
        return [], [], {}, {}
    ids = list(shares)
    comments = list(
        db.exec(
            select(ReviewComment)
            .where(col(ReviewComment.share_id).in_(ids))
            .order_by(col(ReviewComment.id))
        )
    )
    suggestions = list(
        db.exec(
            select(Suggestion).where(col(Suggestion.share_id).in_(ids)).order_by(col(Suggestion.id))
        )
    )
    broker_ids = {s.broker_id for s in shares.values()}
    brokers = {
        b.id: b for b in db.exec(select(Broker).where(col(Broker.id).in_(broker_ids))) if b.id
    }
    return comments, suggestions, shares, brokers


def share_reviews(db: Session, share: PlanShare) -> tuple[list[ReviewComment], list[Suggestion]]:
    """The comments and suggestions on one share, oldest first (the broker's workspace)."""
    comments = db.exec(
        select(ReviewComment)
        .where(ReviewComment.share_id == share.id)
        .order_by(col(ReviewComment.id))
    )
    suggestions = db.exec(
        select(Suggestion).where(Suggestion.share_id == share.id).order_by(col(Suggestion.id))
    )
    return list(comments), list(suggestions)

"""The broker part of a person's data export: shares, reviews and the audit log.

It stays here, not in `assistant.data_rights`, because it reads the broker tables and
`data_rights` sits on the same layer as `brokers` (siblings do not import each other); the
export endpoint calls it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from assistant.brokers.models import AuditEntry, Broker
from assistant.brokers.review import reviews_for
from assistant.brokers.sharing import shares_for
from assistant.storage.models import ChatSession

__all__ = ["export_for_session"]


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def export_for_session(db: Session, *, chat: ChatSession) -> dict[str, list[dict[str, Any]]]:
    """`shares`, `reviews` and `audit` for GET /api/sessions/{id}/export."""
    comments, suggestions, shares, brokers = reviews_for(db, chat=chat)
    all_shares = shares_for(db, chat=chat)
    if not shares:
        brokers = {}

    def broker_name(broker_id: int) -> str:
        broker = brokers.get(broker_id) or db.get(Broker, broker_id)
        return broker.name if broker else ""

    share_ids = {s.id: s.public_id for s in all_shares}
    out_shares = [
        {
            "share_id": s.public_id,
            "plan_id": s.plan_id,
            "broker": broker_name(s.broker_id),
            "transcript_shared": s.transcript_shared,
            "status": s.status,
            "review_status": s.review_status,
            "created_at": _iso(s.created_at),
            "ended_at": _iso(s.ended_at),
        }
        for s in all_shares
    ]
    reviews: list[dict[str, Any]] = [
        {
            "type": "comment",
            "id": c.public_id,
            "share_id": share_ids.get(c.share_id),
            "broker": broker_name(c.broker_id),
            "plan_version": c.plan_version,
            "section": c.section_key,
            "text": c.text,
            "created_at": _iso(c.created_at),
        }
        for c in comments
    ]
    reviews += [
        {
            "type": "suggestion",
            "id": s.public_id,
            "share_id": share_ids.get(s.share_id),
            "broker": broker_name(s.broker_id),
            "plan_version": s.plan_version,
            "target": s.target,
            "section": s.section_key,
            "support_id": s.support_id,
            "change": s.change,
            "reason": s.reason,
            "decision": s.status,
            "decided_at": _iso(s.decided_at),
            "result_version": s.result_version,
            "created_at": _iso(s.created_at),
        }
        for s in suggestions
    ]
    reviews.sort(key=lambda r: r["created_at"] or "")
    entries = db.exec(
        select(AuditEntry).where(AuditEntry.session_id == chat.id).order_by(col(AuditEntry.id))
    )
    audit_log = [
        {
            "at": _iso(e.at),
            "actor": e.actor,
            "broker": broker_name(e.broker_id) if e.broker_id else None,
            "action": e.action,
            "plan_id": e.plan_id,
            "share_id": e.share_public_id,
            "detail": e.detail,
        }
        for e in entries
    ]
    return {"shares": out_shares, "reviews": reviews, "audit": audit_log}

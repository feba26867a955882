"""The audit log: every broker view and action, and each of the person's decisions."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from assistant.brokers.models import AuditEntry, PlanShare

__all__ = ["audit"]


def audit(
    db: Session,
    *,
    actor: str,
    action: str,
    broker_id: int | None = None,
    session_id: int | None = None,
    plan_id: str | None = None,
    share: PlanShare | None = None,
    commit: bool = True,
    **detail: Any,
) -> AuditEntry:
    """Write one entry (committed unless `commit=False`); a share fills in whose it is."""
    if share is not None:
        session_id = session_id or share.session_id
        plan_id = plan_id or share.plan_id
        broker_id = broker_id or share.broker_id
    entry = AuditEntry(
        actor=actor,
        action=action,
        broker_id=broker_id,
        session_id=session_id,
        plan_id=plan_id,
        share_public_id=share.public_id if share else None,
        detail=detail,
    )
    db.add(entry)
    if commit:
        db.commit()
    return entry

"""Sharing a plan with a broker: the person's choices, and what a broker may then see.

    share_plan(db, chat=..., ...)           the person's explicit choice (transcript separately)
    withdraw_share(db, chat=..., ...)       stops the broker's access at once
    set_transcript_shared(db, chat=..., …)  share or stop sharing the conversation
    broker_share / share_for_plan / queue   a broker's active shares, and nothing else

Each of the person's choices is written to the audit log.
"""

from __future__ import annotations

from sqlmodel import Session, col, select

from assistant.brokers.audit import audit
from assistant.brokers.errors import NotFoundError, ReviewError
from assistant.brokers.models import Broker, PlanShare, Suggestion
from assistant.storage import store
from assistant.storage.models import ChatSession, PlanRecord, utcnow

__all__ = [
    "broker_share",
    "latest_for_share",
    "queue",
    "set_transcript_shared",
    "share_for_plan",
    "share_plan",
    "shares_for",
    "withdraw_share",
]


# --- the person's side -----------------------------------------------------------------------


def _owned_plan(db: Session, chat: ChatSession, plan_id: str) -> PlanRecord:
    record = store.find_plan(db, plan_id=plan_id)
    if record is None or record.session_id != chat.id:
        raise NotFoundError("I can't find that plan.")
    return record


def shares_for(db: Session, *, chat: ChatSession) -> list[PlanShare]:
    query = select(PlanShare).where(PlanShare.session_id == chat.id)
    return list(db.exec(query.order_by(col(PlanShare.id))))


def share_plan(
    db: Session,
    *,
    chat: ChatSession,
    plan_id: str,
    broker: Broker,
    include_transcript: bool = False,
) -> PlanShare:
    """Share the plan with one accredited broker (and the transcript, only if asked)."""
    _owned_plan(db, chat, plan_id)
    if not broker.accredited:
        raise ReviewError("That broker is not on the register now. Please choose another.")
    existing = db.exec(
        select(PlanShare).where(
            PlanShare.session_id == chat.id,
            PlanShare.plan_id == plan_id,
            PlanShare.broker_id == broker.id,
            PlanShare.status == "active",
        )
    ).first()
    if existing is not None:
        if include_transcript and not existing.transcript_shared:
            return set_transcript_shared(db, chat=chat, share_id=existing.public_id, shared=True)
        return existing
    assert broker.id is not None and chat.id is not None
    share = PlanShare(
        session_id=chat.id,
        plan_id=plan_id,
        broker_id=broker.id,
        transcript_shared=include_transcript,
    )
    db.add(share)
    db.flush()
    audit(
        db,
        actor="person",
        action="share_created",
        share=share,
        broker=broker.name,
        transcript_shared=include_transcript,
    )
    db.refresh(share)
    return share


def _person_share(db: Session, chat: ChatSession, share_id: str) -> PlanShare:
    share = db.exec(select(PlanShare).where(PlanShare.public_id == share_id)).first()
    if share is None or share.session_id != chat.id:
        raise NotFoundError("I can't find that share.")
    return share


def withdraw_share(db: Session, *, chat: ChatSession, share_id: str) -> PlanShare:
    """Stop sharing: the broker loses access at once (their pages answer 404)."""
    share = _person_share(db, chat, share_id)
    if share.status == "active":
        share.status = "withdrawn"
        share.ended_at = share.updated_at = utcnow()
        db.add(share)
        broker = db.get(Broker, share.broker_id)
        audit(
            db,
            actor="person",
            action="share_withdrawn",
            share=share,
            broker=broker.name if broker else "",
        )
        db.refresh(share)
    return share


def set_transcript_shared(
    db: Session, *, chat: ChatSession, share_id: str, shared: bool
) -> PlanShare:
    """Share or stop sharing the conversation with a broker who already has the plan."""
    share = _person_share(db, chat, share_id)
    if share.status != "active":
        raise ReviewError("That share has ended. Share the plan again first.")
    if share.transcript_shared != shared:
        share.transcript_shared = shared
        share.updated_at = utcnow()
        db.add(share)
        audit(
            db,
            actor="person",
            action="transcript_shared" if shared else "transcript_unshared",
            share=share,
        )
        db.refresh(share)
    return share


# --- the broker's side -----------------------------------------------------------------------


def broker_share(db: Session, *, broker: Broker, share_id: str) -> PlanShare | None:
    """An active share of this (accredited) broker; None for anything else, guessed or not."""
    if not broker.accredited or not share_id or len(share_id) > 64:
        return None
    share = db.exec(select(PlanShare).where(PlanShare.public_id == share_id)).first()
    if share is None or share.broker_id != broker.id or share.status != "active":
        return None
    return share


def share_for_plan(db: Session, *, broker: Broker, plan_id: str) -> PlanShare | None:
    if not broker.accredited:
        return None
    return db.exec(
        select(PlanShare).where(
            PlanShare.plan_id == plan_id,
            PlanShare.broker_id == broker.id,
            PlanShare.status == "active",
        )
    ).first()


def latest_for_share(db: Session, *, share: PlanShare) -> PlanRecord | None:
    record = store.find_plan(db, plan_id=share.plan_id)
    if record is None or record.session_id != share.session_id:
        return None
    return record


def queue(db: Session, *, broker: Broker) -> list[tuple[PlanShare, PlanRecord, int]]:
    """Drafts shared with this broker, newest first: (share, latest version, open suggestions)."""
    if not broker.accredited:
        return []
    shares = db.exec(
        select(PlanShare).where(PlanShare.broker_id == broker.id, PlanShare.status == "active")
    )
    items: list[tuple[PlanShare, PlanRecord, int]] = []
    for share in shares:
        record = latest_for_share(db, share=share)
        if record is None:
            continue
        open_count = len(
            list(
                db.exec(
                    select(Suggestion.id).where(
                        Suggestion.share_id == share.id, Suggestion.status == "open"
                    )
                )
            )
        )
        items.append((share, record, open_count))
    items.sort(key=lambda item: max(item[0].created_at, item[1].created_at), reverse=True)
    return items

"""Each Twilio MessageSid is answered once, even when Twilio delivers it again.

    claim(sid) ─ new ─────────────► answer it ─► finish(sid, reply)   (kept PROCESSED_KEEP)
               ├ seen, replied ───► the same reply again
               ├ seen, answering ─► nothing (the first delivery is still being answered)
               └ seen, abandoned ─► taken over (its gateway died mid-turn)
    answer failed ─► release(sid): a retry is answered properly

A claim is a row in `sms_processed` (assistant/storage/sms_models.py), so several gateway workers
agree on who answers.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import delete, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col

from assistant.storage.models import utcnow
from assistant.storage.sms_models import SmsProcessed

__all__ = ["CLAIM_ABANDONED_AFTER", "PROCESSED_KEEP", "claim", "finish", "release"]

log = logging.getLogger(__name__)

# MessageSids are kept this long (Twilio retries within minutes)
PROCESSED_KEEP = timedelta(days=7)
# a MessageSid claimed this long ago and still without a reply was being answered by a gateway
# that died (no live request takes longer: Twilio itself gives up after 15 seconds), so a retry
# of it takes it over
CLAIM_ABANDONED_AFTER = timedelta(seconds=15)


def claim(db: Session, *, sid: str, phone_hash: str) -> SmsProcessed | None:
    """Record `sid` as ours to answer; if it was already recorded, return that record.

    A claim with no reply that is older than CLAIM_ABANDONED_AFTER was left by a gateway that
    died in the middle of the turn: a retry takes it over (one request wins, even across
    workers), and the turn mends the half-finished message rather than taking it twice.
    """
    now = utcnow()
    db.exec(delete(SmsProcessed).where(col(SmsProcessed.created_at) < now - PROCESSED_KEEP))
    db.add(SmsProcessed(message_sid=sid, phone_hash=phone_hash))
    try:
        db.commit()
    except IntegrityError:
        db.rollback()
    else:
        return None
    earlier = db.get(SmsProcessed, sid)
    if earlier is None or earlier.reply is not None or not _abandoned(earlier.created_at, now):
        return earlier
    claimed = db.exec(
        update(SmsProcessed)
        .where(
            col(SmsProcessed.message_sid) == sid,
            col(SmsProcessed.created_at) == earlier.created_at,
        )
        .values(created_at=now)
    )
    db.commit()
    if claimed.rowcount != 1:  # another retry took it over first
        db.refresh(earlier)
        return earlier
    log.warning("SMS: taking over a message that a stopped gateway never finished answering")
    return None


def _abandoned(claimed_at: datetime, now: datetime) -> bool:
    if claimed_at.tzinfo is None:  # SQLite gives times back without their zone
        claimed_at = claimed_at.replace(tzinfo=now.tzinfo)
    return now - claimed_at > CLAIM_ABANDONED_AFTER


def release(db: Session, *, sid: str) -> None:
    db.rollback()
    record = db.get(SmsProcessed, sid)
    if record is not None:
        db.delete(record)
        db.commit()


def finish(db: Session, *, sid: str, texts: list[str], chat_id: int | None) -> None:
    record = db.get(SmsProcessed, sid)
    if record is None:
        return
    record.reply = texts
    record.session_id = chat_id
    db.add(record)
    db.commit()

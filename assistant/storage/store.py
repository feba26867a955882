"""Data functions over the gateway's tables. Keyword-only arguments, one small job each."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, select

from assistant.storage.models import ChatSession, Message, PlanRecord, ProfileRecord, utcnow


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_token() -> str:
    """An unguessable session token: 256 bits from the OS's secure random source."""
    return secrets.token_urlsafe(32)


def create_session(
    db: Session, *, channel: str, sender_id: str | None = None
) -> tuple[ChatSession, str]:
    token = new_token()
    sender_id = sender_id or uuid.uuid4().hex
    chat = ChatSession(token_hash=hash_token(token), sender_id=sender_id, channel=channel)
    db.add(chat)
    db.commit()
    db.refresh(chat)
    return chat, token


def find_session(db: Session, *, token: str) -> ChatSession | None:
    if not token or len(token) > 200:
        return None
    return db.exec(select(ChatSession).where(ChatSession.token_hash == hash_token(token))).first()


def find_session_by_sender(db: Session, *, sender_id: str) -> ChatSession | None:
    return db.exec(select(ChatSession).where(ChatSession.sender_id == sender_id)).first()


def add_message(
    db: Session,
    *,
    chat: ChatSession,
    direction: str,
    channel: str,
    text: str,
    extra: dict[str, Any] | None = None,
    status: str = "answered",
) -> Message:
    assert chat.id is not None
    message = Message(
        session_id=chat.id,
        direction=direction,
        channel=channel,
        text=text,
        extra=extra or {},
        status=status,
    )
    db.add(message)
    chat.last_active_at = utcnow()
    db.add(chat)
    db.commit()
    db.refresh(message)
    return message


def set_message_status(db: Session, *, message: Message, status: str) -> None:
    message.status = status
    db.add(message)
    db.commit()


def record_reply(
    db: Session,
    *,
    chat: ChatSession,
    inbound: Message,
    channel: str,
    messages: list[dict[str, Any]],
    context: dict[str, Any] | None = None,
) -> None:
    """Store the assistant's reply and mark the person's message answered, in one commit.

    `context` (the question the reply asks, whether it signposted) is kept with the reply's last
    message, for the next turn to read."""
    # the person's message was refreshed after its commit and the conversation was not:
    # its id comes from the message, without loading the conversation's row again
    session_id = inbound.session_id
    for i, message in enumerate(messages):
        extra: dict[str, Any] = {"buttons": message["buttons"], "links": message["links"]}
        if context and i == len(messages) - 1:
            extra["context"] = context
        db.add(
            Message(
                session_id=session_id,
                direction="out",
                channel=channel,
                text=message["text"],
                extra=extra,
            )
        )
    inbound.status = "answered"
    chat.last_active_at = utcnow()
    db.add(inbound)
    db.add(chat)
    db.commit()


def transcript(db: Session, *, chat: ChatSession) -> list[Message]:
    return list(
        db.exec(
            select(Message).where(Message.session_id == chat.id).order_by(Message.id)  # type: ignore[arg-type]
        )
    )


def last_outgoing(
    db: Session, *, chat: ChatSession, recent: list[Message] | None = None
) -> list[Message]:
    """The assistant's most recent reply (all the messages of its last turn).

    Runs on every turn, so it reads only that reply, not the whole transcript: the newest
    outgoing message, and the outgoing messages since the person's message before it. Given
    `recent` (from `recent_messages`) that reaches back to the person's message before the reply,
    no query is made.
    """
    if recent is not None:
        start = next((i for i, m in enumerate(recent) if m.direction == "out"), len(recent))
        end = next((i for i in range(start, len(recent)) if recent[i].direction != "out"), None)
        if end is not None:
            return list(reversed(recent[start:end]))
    mine = Message.session_id == chat.id
    last_out = db.exec(select(func.max(Message.id)).where(mine, Message.direction == "out")).one()
    if last_out is None:
        return []
    asked = db.exec(
        select(func.max(Message.id)).where(mine, Message.direction == "in", Message.id < last_out)  # type: ignore[operator]
    ).one()
    query = select(Message).where(
        mine,
        Message.direction == "out",
        Message.id > (asked or 0),  # type: ignore[operator]
        Message.id <= last_out,  # type: ignore[operator]
    )
    return list(db.exec(query.order_by(Message.id)))  # type: ignore[arg-type]


RECENT = 16


def recent_messages(db: Session, *, chat: ChatSession, limit: int = RECENT) -> list[Message]:
    """The conversation's newest messages, newest first, in one query: a turn works out from
    them both whether the last turn was cut short and which buttons were just offered."""
    query = select(Message).where(Message.session_id == chat.id)
    return list(db.exec(query.order_by(Message.id.desc()).limit(limit)))  # type: ignore[union-attr]


def last_incoming_text(db: Session, *, chat: ChatSession) -> str:
    """The text of the person's most recent message."""
    query = select(Message).where(Message.session_id == chat.id, Message.direction == "in")
    row = db.exec(query.order_by(Message.id.desc()).limit(1)).first()  # type: ignore[union-attr]
    return row.text if row else ""


def get_profile(db: Session, *, chat: ChatSession) -> dict[str, Any]:
    record = db.get(ProfileRecord, chat.id)
    return dict(record.data) if record else {}


def save_profile(db: Session, *, chat: ChatSession, data: dict[str, Any]) -> None:
    assert chat.id is not None
    record = db.get(ProfileRecord, chat.id)
    if record is None:
        record = ProfileRecord(session_id=chat.id, data=data)
    else:
        record.data = data
        record.updated_at = utcnow()
    db.add(record)
    db.commit()


def plan_key(db: Session, *, chat: ChatSession) -> str:
    """The session's plan-link key (128 bits), made the first time it is needed."""
    if chat.plan_key is None:
        chat.plan_key = secrets.token_urlsafe(16)
        db.add(chat)
        db.commit()
        db.refresh(chat)
    assert chat.plan_key is not None
    return chat.plan_key


def plan_link(*, plan_id: str, key: str) -> str:
    """The address of a plan page, relative to the gateway (CONTRACT.md section 1 `links`)."""
    return f"/plans/{plan_id}?key={key}"


def plan_versions(db: Session, *, chat: ChatSession) -> list[PlanRecord]:
    """Every version of the session's plan, oldest first."""
    query = select(PlanRecord).where(PlanRecord.session_id == chat.id)
    return list(db.exec(query.order_by(PlanRecord.id)))  # type: ignore[arg-type]


def latest_plan(db: Session, *, chat: ChatSession) -> PlanRecord | None:
    query = select(PlanRecord).where(PlanRecord.session_id == chat.id)
    return db.exec(query.order_by(PlanRecord.id.desc()).limit(1)).first()  # type: ignore[union-attr]


def next_plan_identity(db: Session, *, chat: ChatSession) -> tuple[str, int]:
    """The plan_id and version for the next draft: the same plan_id, one version up."""
    latest = latest_plan(db, chat=chat)
    if latest is None:
        return uuid.uuid4().hex, 1
    return latest.plan_id, latest.version + 1


def save_plan(
    db: Session,
    *,
    chat: ChatSession,
    plan: dict[str, Any],
    decided_by: str = "person",
    reason: str = "drafted",
) -> PlanRecord:
    """Store a plan version exactly as the planner returned it (`plan_to_dict`)."""
    assert chat.id is not None
    record = PlanRecord(
        session_id=chat.id,
        plan_id=plan["plan_id"],
        version=plan["version"],
        data=plan,
        decided_by=decided_by,
        reason=reason,
    )
    db.add(record)
    db.commit()
    db.refresh(record)
    return record


def find_plan(db: Session, *, plan_id: str, version: int | None = None) -> PlanRecord | None:
    """A plan version by its id (the newest when `version` is None)."""
    query = select(PlanRecord).where(PlanRecord.plan_id == plan_id)
    if version is not None:
        query = query.where(PlanRecord.version == version)
    return db.exec(query.order_by(PlanRecord.version.desc()).limit(1)).first()  # type: ignore[attr-defined]

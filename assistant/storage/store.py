"""Data functions over the gateway's tables. Keyword-only arguments, one small job each."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from typing import Any

from sqlalchemy import Table, bindparam, func, insert, update
from sqlalchemy import select as core_select
from sqlalchemy.orm import make_transient_to_detached
from sqlmodel import Session, select

from assistant.storage.models import (
    ChatSession,
    Message,
    PlanRecord,
    ProfileRecord,
    StoredMessage,
    utcnow,
)

MESSAGES: Table = Message.__table__  # type: ignore[attr-defined]
SESSIONS: Table = ChatSession.__table__  # type: ignore[attr-defined]
# the statements every turn runs, built once (building one costs about as much as running it)
_SESSION_BY_TOKEN = select(ChatSession).where(ChatSession.token_hash == bindparam("k_token"))
_SESSION_BY_SENDER = select(ChatSession).where(ChatSession.sender_id == bindparam("k_sender"))
_ADD_MESSAGE = insert(MESSAGES)
_ANSWERED = (
    update(MESSAGES).where(MESSAGES.c.id == bindparam("k_message")).values(status="answered")
)
_STATUS = (
    update(MESSAGES)
    .where(MESSAGES.c.id == bindparam("k_message"))
    .values(status=bindparam("k_status"))
)
# a message's columns in `StoredMessage`'s order
_MESSAGE_COLUMNS = [MESSAGES.c[name] for name in StoredMessage._fields]
_TOUCH = (
    update(SESSIONS)
    .where(SESSIONS.c.id == bindparam("k_session"))
    .values(last_active_at=bindparam("k_now"))
)


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
    return db.exec(_SESSION_BY_TOKEN, params={"k_token": hash_token(token)}).first()


def find_session_by_sender(db: Session, *, sender_id: str) -> ChatSession | None:
    return db.exec(_SESSION_BY_SENDER, params={"k_sender": sender_id}).first()


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
    """Store one message and touch the conversation, in one commit (`write_message`); the
    message comes back as written, joined to the session after the commit, without reading its
    row again (a SELECT after every commit before, `db.refresh`)."""
    written = write_message(
        db, chat=chat, direction=direction, channel=channel, text=text, extra=extra, status=status
    )
    message = Message(**written._asdict())
    make_transient_to_detached(message)  # what it holds is what the row holds
    db.add(message)
    return message


def write_message(
    db: Session,
    *,
    chat: ChatSession,
    direction: str,
    channel: str,
    text: str,
    extra: dict[str, Any] | None = None,
    status: str = "answered",
) -> StoredMessage:
    """Store one message and touch the conversation, in one commit; the message as written, as
    a row. Every turn stores the person's words this way: two Core statements (no ORM flush),
    and no ORM object to build, add to the session and expire at the next commit (issue 18)."""
    assert chat.id is not None
    now = utcnow()
    values: dict[str, Any] = {
        "session_id": chat.id,
        "direction": direction,
        "channel": channel,
        "text": text,
        "extra": extra or {},
        "status": status,
        "created_at": now,
    }
    conn = db.connection()
    key = conn.execute(_ADD_MESSAGE, values).inserted_primary_key
    assert key is not None
    conn.execute(_TOUCH, {"k_session": chat.id, "k_now": now})
    db.commit()
    return StoredMessage(id=key[0], **values)


def set_message_status(db: Session, *, message: Message | StoredMessage, status: str) -> None:
    """Change a stored message's status: an ORM message in place, a read one by its id."""
    if isinstance(message, Message):
        message.status = status
        db.add(message)
    else:
        db.connection().execute(_STATUS, {"k_message": message.id, "k_status": status})
    db.commit()


def record_reply(
    db: Session,
    *,
    chat: ChatSession,
    inbound: Message | StoredMessage,
    channel: str,
    messages: list[dict[str, Any]],
    context: dict[str, Any] | None = None,
) -> None:
    """Store the assistant's reply and mark the person's message answered, in one commit.

    `context` (the question the reply asks, whether it signposted) is kept with the reply's last
    message, for the next turn to read."""
    # the conversation's row is not loaded again (it expired with the last commit): its id comes
    # from the person's message, and the rows are written with Core statements (no ORM flush)
    session_id = inbound.session_id
    now = utcnow()
    rows: list[dict[str, Any]] = []
    for i, message in enumerate(messages):
        extra: dict[str, Any] = {"buttons": message["buttons"], "links": message["links"]}
        if context and i == len(messages) - 1:
            extra["context"] = context
        rows.append(
            {
                "session_id": session_id,
                "direction": "out",
                "channel": channel,
                "text": message["text"],
                "extra": extra,
                "status": "answered",
                "created_at": now,
            }
        )
    conn = db.connection()
    if rows:
        conn.execute(_ADD_MESSAGE, rows)
    conn.execute(_ANSWERED, {"k_message": inbound.id})
    conn.execute(_TOUCH, {"k_session": session_id, "k_now": now})
    db.commit()  # expires `inbound` and `chat`: read again, they show what was written


def transcript(db: Session, *, chat: ChatSession) -> list[Message]:
    return list(
        db.exec(
            select(Message).where(Message.session_id == chat.id).order_by(Message.id)  # type: ignore[arg-type]
        )
    )


def last_outgoing(
    db: Session, *, chat: ChatSession, recent: list[StoredMessage] | None = None
) -> list[StoredMessage]:
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
    query = core_select(*_MESSAGE_COLUMNS).where(
        MESSAGES.c.session_id == chat.id,
        MESSAGES.c.direction == "out",
        MESSAGES.c.id > (asked or 0),
        MESSAGES.c.id <= last_out,
    )
    return _stored(db, query.order_by(MESSAGES.c.id), {})


RECENT = 16


def recent_messages(db: Session, *, chat: ChatSession, limit: int = RECENT) -> list[StoredMessage]:
    """The conversation's newest messages, newest first, in one query: a turn works out from
    them both whether the last turn was cut short and which buttons were just offered.

    Read as rows, not ORM objects: loading sixteen objects into the session, and expiring them
    again at each of the turn's two commits, cost more than the query (issue 18)."""
    if limit == RECENT:
        return _stored(db, _RECENT, {"k_session": chat.id})
    query = core_select(*_MESSAGE_COLUMNS).where(MESSAGES.c.session_id == chat.id)
    return _stored(db, query.order_by(MESSAGES.c.id.desc()).limit(limit), {})


def _stored(db: Session, query: Any, params: dict[str, Any]) -> list[StoredMessage]:
    return [StoredMessage._make(row) for row in db.connection().execute(query, params)]


_RECENT = (
    core_select(*_MESSAGE_COLUMNS)
    .where(MESSAGES.c.session_id == bindparam("k_session"))
    .order_by(MESSAGES.c.id.desc())
    .limit(RECENT)
)


def last_incoming_text(db: Session, *, chat: ChatSession) -> str:
    """The text of the person's most recent message."""
    query = select(Message).where(Message.session_id == chat.id, Message.direction == "in")
    row = db.exec(query.order_by(Message.id.desc()).limit(1)).first()  # type: ignore[union-attr]
    return row.text if row else ""


def get_profile(db: Session, *, chat: ChatSession) -> dict[str, Any]:
    record = db.get(ProfileRecord, chat.id)
    return dict(record.data) if record else {}


def save_profile(db: Session, *, chat: ChatSession, data: dict[str, Any]) -> None:
    """Store the Profile; nothing is written when it is already what is stored (the actions
    save it on every call, and most calls change nothing in it)."""
    assert chat.id is not None
    record = db.get(ProfileRecord, chat.id)
    if record is None:
        record = ProfileRecord(session_id=chat.id, data=data)
    elif record.data == data:
        return
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

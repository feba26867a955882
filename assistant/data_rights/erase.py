"""Erasing one conversation everywhere it is held, when the person asks or when it has sat idle.

    DELETE /api/sessions/{id} ─┐
    "delete everything" (chat) ─┼─► erase_session ─► Rasa's tracker store: the `events` rows
    purge_idle (retention.py) ──┘                    of the conversation's sender_id
                                                  ─► the gateway's database: the chat_session
                                                     row and every row that points at it

The Rasa rows go first: if that fails, nothing is deleted and the person can ask again, instead
of the gateway forgetting the sender_id while Rasa still holds the conversation.

In the gateway's database the rows to delete are found from the foreign keys of the tables as
they are in the database (reflected once per engine), so a table added later that points at
`chat_session` is erased too without anyone remembering to list it here. Rows are deleted
children first; a foreign key declared `ON DELETE SET NULL` is set to NULL instead.

What stays (docs/OPERATIONS.md, *Data rights*):
- one `audit_entry` saying that *a* conversation was erased, and how, with no session, plan,
  share or broker on it; the audit rows about the conversation itself (which broker it was
  shared with, what they viewed, what the person decided) are deleted with it;
- an SMS opt-out (STOP), which is a keyed hash of the phone number with no link to anything: it
  is what the person asked for, and forgetting it would text them again;
- the reply to the SMS that confirmed the erasure, under its MessageSid and the number's keyed
  hash (no session), so that a retry by Twilio gets the same goodbye; it goes after 7 days.

Every delete is idempotent, so several gateway workers may purge at the same time.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Column, ColumnElement, MetaData, Table, delete, update
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session, col, select

from assistant.brokers.models import AuditEntry
from assistant.storage.models import ChatSession, PlanRecord
from assistant.storage.tracker import TrackerStore

__all__ = ["SESSION_TABLE", "erase_by_id", "erase_session"]

SESSION_TABLE = "chat_session"

# the tables as they are in each database (foreign keys included), reflected once per engine
_schemas: weakref.WeakKeyDictionary[Engine, MetaData] = weakref.WeakKeyDictionary()
_schemas_lock = threading.Lock()


def _schema(conn: Connection) -> MetaData:
    engine = conn.engine
    with _schemas_lock:
        metadata = _schemas.get(engine)
        if metadata is None or SESSION_TABLE not in metadata.tables:
            metadata = MetaData()
            metadata.reflect(bind=conn)
            _schemas[engine] = metadata
        return metadata


def _children(
    metadata: MetaData, parent: Table
) -> Iterator[tuple[Table, Column[Any], Column[Any], str]]:
    """(child table, its column, the parent column it points at, ON DELETE) for each foreign key
    that points at `parent`."""
    for table in metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table is parent and table is not parent:
                yield table, fk.parent, fk.column, (fk.ondelete or "").upper()


def _delete_tree(
    conn: Connection, metadata: MetaData, table: Table, where: ColumnElement[bool]
) -> int:
    """Delete the rows of `table` matching `where`, and first every row that points at them."""
    for child, column, parent_column, ondelete in _children(metadata, table):
        points_here = column.in_(select(parent_column).where(where))
        if ondelete == "SET NULL":
            conn.execute(update(child).where(points_here).values({column.name: None}))
        else:
            _delete_tree(conn, metadata, child, points_here)
    return int(conn.execute(delete(table).where(where)).rowcount or 0)


def erase_session(db: Session, *, chat: ChatSession, tracker_store: TrackerStore, how: str) -> bool:
    """Erase the conversation in Rasa's tracker store and in the gateway's database.

    `how` says why, for the one anonymous audit line that stays: "person" (DELETE), "conversation"
    (the person confirmed it in the chat) or "retention" (idle too long). Returns False when the
    conversation had already gone (another worker, a second request): erasing twice is harmless.
    `chat` is detached from `db` and must not be used afterwards."""
    chat_id, sender_id = chat.id, chat.sender_id
    assert chat_id is not None
    if chat in db:
        db.expunge(chat)  # its row is about to go: never flush it
    return erase_by_id(
        db, chat_id=chat_id, sender_id=sender_id, tracker_store=tracker_store, how=how
    )


def erase_by_id(
    db: Session, *, chat_id: int, sender_id: str, tracker_store: TrackerStore, how: str
) -> bool:
    """`erase_session` for a conversation known by its id and sender_id (no row loaded)."""
    tracker_store.forget(sender_id)
    conn = db.connection()
    metadata = _schema(conn)
    sessions = metadata.tables[SESSION_TABLE]
    # audit lines about the conversation's plans that were written without its session
    plan_ids = select(col(PlanRecord.plan_id)).where(PlanRecord.session_id == chat_id)
    conn.execute(
        delete(AuditEntry).where(
            col(AuditEntry.session_id).is_(None), col(AuditEntry.plan_id).in_(plan_ids)
        )
    )
    erased = _delete_tree(conn, metadata, sessions, sessions.c.id == chat_id) > 0
    if erased:
        actor = "system" if how == "retention" else "person"
        db.add(AuditEntry(actor=actor, action="session_erased", detail={"how": how}))
    db.commit()
    return erased

"""What the gateway stores, as SQLModel tables.

    ChatSession 1──* Message        (the transcript, both ways, with channel and time)
    ChatSession 1──1 ProfileRecord  (the Profile gathered so far, written by custom actions)
    ChatSession 1──* PlanRecord     (every plan version, newest is the current one)

The person's session token is never stored: only its SHA-256, so a copy of the database cannot be
used to read anyone's conversation. Rasa knows a session only by `sender_id`, a separate random id.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, NamedTuple

from sqlalchemy import JSON, Column, UniqueConstraint
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(UTC)


class ChatSession(SQLModel, table=True):
    __tablename__ = "chat_session"

    id: int | None = Field(default=None, primary_key=True)
    token_hash: str = Field(index=True, unique=True, max_length=64)
    sender_id: str = Field(index=True, unique=True, max_length=64)
    channel: str = Field(default="web", max_length=16)
    created_at: datetime = Field(default_factory=utcnow)
    last_active_at: datetime = Field(default_factory=utcnow)
    # the key in plan links (/plans/{plan_id}?key=...): lets whoever holds the link read the plan
    # and answer broker suggestions, nothing else. Made when the first plan is drafted.
    plan_key: str | None = Field(default=None, index=True, unique=True, max_length=64)


class Message(SQLModel, table=True):
    __tablename__ = "message"

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="chat_session.id", index=True)
    direction: str = Field(max_length=3)  # "in" from the person, "out" from the assistant
    channel: str = Field(max_length=16)
    text: str = Field(default="")
    # buttons and links shown with an outgoing message
    extra: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    # for incoming messages: received -> answered, or undelivered when the dialogue engine was down
    status: str = Field(default="answered", max_length=16)
    created_at: datetime = Field(default_factory=utcnow, index=True)


class StoredMessage(NamedTuple):
    """A message as a turn reads it: the row's values, not an ORM object, so it is not in the
    session (nothing to expire at each commit, nothing to load again). Fields as in `Message`."""

    id: int
    session_id: int
    direction: str
    channel: str
    text: str
    extra: dict[str, Any]
    status: str
    created_at: datetime


class ProfileRecord(SQLModel, table=True):
    __tablename__ = "profile"

    session_id: int = Field(foreign_key="chat_session.id", primary_key=True)
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    updated_at: datetime = Field(default_factory=utcnow)


class PlanRecord(SQLModel, table=True):
    """One version of a person's plan (CONTRACT.md section 4), as the planner returned it."""

    __tablename__ = "plan"
    __table_args__ = (UniqueConstraint("plan_id", "version", name="uq_plan_version"),)

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="chat_session.id", index=True)
    plan_id: str = Field(index=True, max_length=64)
    version: int
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    # who made this version: "person" (drafted in the chat, or a suggestion they accepted)
    decided_by: str = Field(default="person", max_length=32)
    # why it exists: "drafted", or "accepted suggestion <id>"
    reason: str = Field(default="drafted", max_length=200)
    created_at: datetime = Field(default_factory=utcnow)

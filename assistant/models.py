"""What the gateway stores, as SQLModel tables.

    ChatSession 1──* Message        (the transcript, both ways, with channel and time)
    ChatSession 1──1 ProfileRecord  (the Profile gathered so far, written by custom actions)

The person's session token is never stored: only its SHA-256, so a copy of the database cannot be
used to read anyone's conversation. Rasa knows a session only by `sender_id`, a separate random id.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Column
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


class ProfileRecord(SQLModel, table=True):
    __tablename__ = "profile"

    session_id: int = Field(foreign_key="chat_session.id", primary_key=True)
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    updated_at: datetime = Field(default_factory=utcnow)

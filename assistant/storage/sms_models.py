"""The SMS channel's tables. Phone numbers are never stored: only an HMAC of them (`phone_hash`).

SmsConversation  phone_hash ──1 ChatSession   (one phone number, one conversation)
SmsOptOut        phone_hash                   (STOP was sent; remembered until START)
SmsProcessed     message_sid ──? ChatSession  (each Twilio MessageSid is answered once)
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel

from assistant.storage.models import utcnow


class SmsConversation(SQLModel, table=True):
    __tablename__ = "sms_conversation"

    phone_hash: str = Field(primary_key=True, max_length=64)
    session_id: int = Field(foreign_key="chat_session.id", index=True, ondelete="CASCADE")
    created_at: datetime = Field(default_factory=utcnow)


class SmsOptOut(SQLModel, table=True):
    __tablename__ = "sms_opt_out"

    phone_hash: str = Field(primary_key=True, max_length=64)
    keyword: str = Field(max_length=16)  # the word they sent (STOP, QUIT, ...)
    opted_out_at: datetime = Field(default_factory=utcnow)


class SmsProcessed(SQLModel, table=True):
    """A Twilio MessageSid we have taken, with the reply we gave (sent again if Twilio retries)."""

    __tablename__ = "sms_processed"

    message_sid: str = Field(primary_key=True, max_length=64)
    phone_hash: str = Field(index=True, max_length=64)
    session_id: int | None = Field(
        default=None, foreign_key="chat_session.id", index=True, ondelete="CASCADE"
    )
    # the <Message> texts of the reply; null while the first delivery is still being answered
    reply: list[str] | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    created_at: datetime = Field(default_factory=utcnow, index=True)

"""Brokers, their sign-in sessions, shares, reviews and the audit log, as SQLModel tables.

    Broker 1──* BrokerSession      (server-side sign-in sessions; only the token's SHA-256)
    Broker 1──* PlanShare *──1 ChatSession   (the person shares a plan, and separately the
                                              transcript, with one broker; withdrawable)
    PlanShare 1──* ReviewComment   (a broker's comment on a section of the plan)
    PlanShare 1──* Suggestion      (a proposed change; the person accepts or declines it)
    AuditEntry                     (every broker view and action, and the person's decisions)

Identifiers that appear in addresses (`public_id`) are random (96 bits), never the row ids,
so nobody can reach someone else's item by counting. Rows tied to a person's conversation
cascade when the conversation is erased.
"""

from __future__ import annotations

import secrets
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel

from assistant.storage.models import utcnow

BROKER_STATUSES = ("accredited", "disaccredited")
#: who pays a broker's fee: from the person's budget (if the council agrees), the council, or
#: the person themselves
FEE_PAYERS = ("budget", "council", "person")
SHARE_STATUSES = ("active", "withdrawn", "ended")
REVIEW_STATUSES = ("new", "in_review", "reviewed")
SUGGESTION_STATUSES = ("open", "accepted", "declined")


def public_id() -> str:
    return secrets.token_urlsafe(12)


class Broker(SQLModel, table=True):
    __tablename__ = "broker"

    id: int | None = Field(default=None, primary_key=True)
    # a short handle for the command line and the seed file, e.g. "amara-okafor"
    handle: str = Field(index=True, unique=True, max_length=64)
    name: str = Field(max_length=120)
    # signs in with this address (kept lower case)
    email: str = Field(index=True, unique=True, max_length=254)
    about: str = Field(default="", max_length=1000)
    # codes from assistant.brokers.vocabulary.SPECIALISMS
    specialisms: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    areas: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    languages: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    # pounds and pence as whole pence, so money stays exact in every database
    hourly_fee_pence: int = Field(ge=0)
    # who pays the fee: one of FEE_PAYERS
    fee_paid_by: str = Field(default="budget", max_length=16)
    # a phone number for people to ring, as it should be shown (None when only email)
    phone: str | None = Field(default=None, max_length=40)
    # plain words, or None when the broker declares no conflict of interest
    conflict_of_interest: str | None = Field(default=None, max_length=500)
    accredited_on: date
    status: str = Field(default="accredited", max_length=16)
    status_changed_at: datetime = Field(default_factory=utcnow)
    password_hash: str | None = Field(default=None, max_length=255)
    # sign-in lock: failures counted in a window; locked until a time
    failed_sign_ins: int = Field(default=0)
    failed_window_started_at: datetime | None = None
    locked_until: datetime | None = None
    created_at: datetime = Field(default_factory=utcnow)

    @property
    def accredited(self) -> bool:
        return self.status == "accredited"


class BrokerSession(SQLModel, table=True):
    __tablename__ = "broker_session"

    id: int | None = Field(default=None, primary_key=True)
    broker_id: int = Field(foreign_key="broker.id", index=True, ondelete="CASCADE")
    token_hash: str = Field(index=True, unique=True, max_length=64)
    # the synchroniser token every form of this session must carry
    csrf_token: str = Field(max_length=64)
    created_at: datetime = Field(default_factory=utcnow)
    last_seen_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime
    ended_at: datetime | None = None


class PlanShare(SQLModel, table=True):
    __tablename__ = "plan_share"

    id: int | None = Field(default=None, primary_key=True)
    public_id: str = Field(default_factory=public_id, index=True, unique=True, max_length=32)
    session_id: int = Field(foreign_key="chat_session.id", index=True, ondelete="CASCADE")
    plan_id: str = Field(index=True, max_length=64)
    broker_id: int = Field(foreign_key="broker.id", index=True, ondelete="CASCADE")
    # the plan is always shared; the conversation only when the person says so
    transcript_shared: bool = Field(default=False)
    status: str = Field(default="active", max_length=16)
    review_status: str = Field(default="new", max_length=16)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    ended_at: datetime | None = None


class ReviewComment(SQLModel, table=True):
    __tablename__ = "review_comment"

    id: int | None = Field(default=None, primary_key=True)
    public_id: str = Field(default_factory=public_id, index=True, unique=True, max_length=32)
    share_id: int = Field(foreign_key="plan_share.id", index=True, ondelete="CASCADE")
    broker_id: int = Field(foreign_key="broker.id", index=True, ondelete="CASCADE")
    plan_version: int
    # a section key (planner SECTION_KEYS) or "plan" for the plan as a whole
    section_key: str = Field(max_length=40)
    text: str = Field(max_length=4000)
    created_at: datetime = Field(default_factory=utcnow)


class Suggestion(SQLModel, table=True):
    __tablename__ = "suggestion"

    id: int | None = Field(default=None, primary_key=True)
    public_id: str = Field(default_factory=public_id, index=True, unique=True, max_length=32)
    share_id: int = Field(foreign_key="plan_share.id", index=True, ondelete="CASCADE")
    broker_id: int = Field(foreign_key="broker.id", index=True, ondelete="CASCADE")
    plan_version: int
    # "section": new text for section_key; "support": a change to support_id
    target: str = Field(max_length=16)
    section_key: str | None = Field(default=None, max_length=40)
    support_id: str | None = Field(default=None, max_length=16)
    # {"text": ...} or {"hours_per_week": 12.5} and/or {"kind": "agency"}
    change: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    reason: str = Field(max_length=2000)
    status: str = Field(default="open", max_length=16)
    decided_at: datetime | None = None
    # the plan version an accepted suggestion made
    result_version: int | None = None
    created_at: datetime = Field(default_factory=utcnow)


class AuditEntry(SQLModel, table=True):
    __tablename__ = "audit_entry"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    # "person", "broker" or "admin" (the command line)
    actor: str = Field(max_length=16)
    broker_id: int | None = Field(default=None, foreign_key="broker.id", ondelete="SET NULL")
    # the conversation it concerns, when there is one (for the person's export)
    session_id: int | None = Field(
        default=None, foreign_key="chat_session.id", index=True, ondelete="CASCADE"
    )
    plan_id: str | None = Field(default=None, max_length=64)
    share_public_id: str | None = Field(default=None, max_length=32)
    action: str = Field(max_length=40)
    detail: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))

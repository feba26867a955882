"""Broker sign-in: argon2 passwords, server-side sessions, a lock after repeated failures.

- Passwords are hashed with argon2id (argon2-cffi; OWASP's minimum: 19 MiB, 2 passes) and
  re-hashed on sign-in when the parameters change. At least 12 characters.
- A session is a row in `broker_session`; the cookie holds a random 256-bit token and the
  row only its SHA-256. Sessions end after 8 hours, or 60 minutes without use, at sign-out,
  and at once when the broker is disaccredited.
- Lock: 5 failed sign-ins within 15 minutes lock the account for 15 minutes. While locked,
  no password is checked. Unknown addresses cost the same time (a dummy hash is verified).
- A disaccredited broker cannot sign in (the same message as a wrong password).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlmodel import Session, select

from assistant.brokers.audit import audit
from assistant.brokers.models import Broker, BrokerSession
from assistant.storage.models import utcnow
from assistant.storage.store import hash_token

MAX_FAILURES = 5
FAILURE_WINDOW = timedelta(minutes=15)
LOCK_FOR = timedelta(minutes=15)
SESSION_LIFETIME = timedelta(hours=8)
SESSION_IDLE = timedelta(minutes=60)
MIN_PASSWORD = 12


@cache
def hasher() -> PasswordHasher:
    return PasswordHasher(time_cost=2, memory_cost=19_456, parallelism=1)


@cache
def _dummy_hash() -> str:
    return hasher().hash(secrets.token_urlsafe(16))


class SignInError(Exception):
    def __init__(self, kind: str, message: str, locked_until: datetime | None = None) -> None:
        super().__init__(message)
        self.kind = kind  # "bad" or "locked"
        self.message = message
        self.locked_until = locked_until


BAD = "That email address or password is not right. Check them and try again."


def locked_message(until: datetime) -> str:
    return (
        "Too many tries. To keep the account safe, signing in is paused for 15 minutes. "
        f"Try again after {until.strftime('%H:%M')} UTC."
    )


def set_password(db: Session, *, broker: Broker, password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValueError(f"A password needs at least {MIN_PASSWORD} characters.")
    broker.password_hash = hasher().hash(password)
    broker.failed_sign_ins = 0
    broker.failed_window_started_at = None
    broker.locked_until = None
    db.add(broker)
    db.commit()


@dataclass
class SignedIn:
    broker: Broker
    session: BrokerSession
    token: str


def sign_in(db: Session, *, email: str, password: str, now: datetime | None = None) -> SignedIn:
    now = now or utcnow()
    address = (email or "").strip().lower()[:254]
    broker = db.exec(select(Broker).where(Broker.email == address)).first() if address else None
    if broker is None or broker.password_hash is None:
        _verify(_dummy_hash(), password)
        raise SignInError("bad", BAD)
    if broker.locked_until is not None and now < broker.locked_until:
        raise SignInError("locked", locked_message(broker.locked_until), broker.locked_until)
    if not _verify(broker.password_hash, password) or not broker.accredited:
        _fail(db, broker, now)
        if broker.locked_until is not None and now < broker.locked_until:
            raise SignInError("locked", locked_message(broker.locked_until), broker.locked_until)
        raise SignInError("bad", BAD)
    if hasher().check_needs_rehash(broker.password_hash):
        broker.password_hash = hasher().hash(password)
    broker.failed_sign_ins = 0
    broker.failed_window_started_at = None
    broker.locked_until = None
    db.add(broker)
    token = secrets.token_urlsafe(32)
    assert broker.id is not None
    session = BrokerSession(
        broker_id=broker.id,
        token_hash=hash_token(token),
        csrf_token=secrets.token_urlsafe(24),
        created_at=now,
        last_seen_at=now,
        expires_at=now + SESSION_LIFETIME,
    )
    db.add(session)
    audit(db, actor="broker", action="signed_in", broker_id=broker.id)
    db.refresh(session)
    db.refresh(broker)
    return SignedIn(broker, session, token)


def _verify(password_hash: str, password: str) -> bool:
    try:
        return hasher().verify(password_hash, password or "")
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _fail(db: Session, broker: Broker, now: datetime) -> None:
    start = broker.failed_window_started_at
    if start is None or now - start > FAILURE_WINDOW:
        broker.failed_window_started_at = now
        broker.failed_sign_ins = 1
    else:
        broker.failed_sign_ins += 1
    if broker.failed_sign_ins >= MAX_FAILURES:
        broker.locked_until = now + LOCK_FOR
        broker.failed_sign_ins = 0
        broker.failed_window_started_at = None
        audit(db, actor="broker", action="sign_in_locked", broker_id=broker.id, commit=False)
    else:
        audit(db, actor="broker", action="sign_in_failed", broker_id=broker.id, commit=False)
    db.add(broker)
    db.commit()


def current(
    db: Session, *, token: str | None, now: datetime | None = None
) -> tuple[Broker, BrokerSession] | None:
    """The signed-in, accredited broker for a session cookie, or None."""
    if not token or len(token) > 200:
        return None
    now = now or utcnow()
    session = db.exec(
        select(BrokerSession).where(BrokerSession.token_hash == hash_token(token))
    ).first()
    if session is None or session.ended_at is not None:
        return None
    if now >= session.expires_at or now - session.last_seen_at > SESSION_IDLE:
        return None
    broker = db.get(Broker, session.broker_id)
    if broker is None or not broker.accredited:
        return None
    if now - session.last_seen_at > timedelta(minutes=1):
        session.last_seen_at = now
        db.add(session)
        db.commit()
        db.refresh(session)
    return broker, session


def sign_out(db: Session, *, session: BrokerSession) -> None:
    session.ended_at = utcnow()
    db.add(session)
    audit(db, actor="broker", action="signed_out", broker_id=session.broker_id)


def end_sessions(db: Session, *, broker: Broker) -> int:
    """End every open session of a broker (disaccreditation, a new password)."""
    now = utcnow()
    open_sessions = db.exec(
        select(BrokerSession).where(
            BrokerSession.broker_id == broker.id,
            BrokerSession.ended_at == None,  # noqa: E711  (SQL IS NULL)
        )
    )
    count = 0
    for session in open_sessions:
        session.ended_at = now
        db.add(session)
        count += 1
    db.commit()
    return count

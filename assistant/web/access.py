"""Who is asking, on the plan pages and in the review workspace: cookies and form tokens.

CSRF: every form carries a token that is checked on every POST (403 otherwise). On plan pages
the token is derived from the plan key (whoever can make it already holds the key); for brokers
it is a random synchroniser token stored in the server-side session row; before sign-in it is
derived from a random pre-session cookie.
"""

from __future__ import annotations

import hashlib
import hmac

from fastapi import Request
from sqlmodel import Session

from assistant.brokers import auth
from assistant.brokers.models import Broker, BrokerSession

__all__ = ["BROKER_COOKIE", "derive_token", "same_token", "signed_in_broker"]

#: The signed-in broker's session token (HttpOnly, SameSite=Lax, path /).
BROKER_COOKIE = "kt_broker"


def derive_token(purpose: str, secret: str) -> str:
    """A form token derived from a secret the visitor already holds (never the secret itself)."""
    return hashlib.sha256(f"kitchen-table:{purpose}:{secret}".encode()).hexdigest()[:40]


def same_token(given: str | None, expected: str | None) -> bool:
    if not given or not expected:
        return False
    return hmac.compare_digest(given.encode(), expected.encode())


def signed_in_broker(db: Session, request: Request) -> tuple[Broker, BrokerSession] | None:
    """The broker and their session when the request carries a live broker cookie."""
    return auth.current(db, token=request.cookies.get(BROKER_COOKIE))

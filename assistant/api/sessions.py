"""Session data (CONTRACT.md section 2). Whoever holds the session token is the person."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from assistant import store
from assistant.api.errors import ApiError
from assistant.brokers import service as brokers
from assistant.deps import SessionDep
from assistant.models import ChatSession

router = APIRouter(prefix="/api/sessions", tags=["sessions"])

NOT_FOUND = "I can't find that conversation. It may have been deleted."


def _session(db: SessionDep, session_id: str) -> ChatSession:
    chat = store.find_session(db, token=session_id)
    if chat is None:
        raise ApiError(404, "unknown_session", NOT_FOUND)
    return chat


@router.get("/{session_id}/profile")
def read_profile(session_id: str, db: SessionDep) -> dict[str, Any]:
    """The Profile (CONTRACT.md section 3) gathered so far."""
    return store.get_profile(db, chat=_session(db, session_id))


@router.get("/{session_id}/plan")
def read_plan(session_id: str, db: SessionDep) -> dict[str, Any]:
    """The latest Plan; 404 until one has been drafted."""
    record = store.latest_plan(db, chat=_session(db, session_id))
    if record is None:
        raise ApiError(
            404, "no_plan_yet", "There is no plan yet. We draft it at the end of the chat."
        )
    return record.data


@router.get("/{session_id}/export")
def export_session(session_id: str, db: SessionDep) -> dict[str, Any]:
    """Everything held about the session, as one JSON document."""
    chat = _session(db, session_id)
    return {
        "session": {
            "created_at": chat.created_at.isoformat(),
            "last_active_at": chat.last_active_at.isoformat(),
            "channel": chat.channel,
        },
        "profile": store.get_profile(db, chat=chat),
        "plans": [
            {
                "plan_id": p.plan_id,
                "version": p.version,
                "decided_by": p.decided_by,
                "reason": p.reason,
                "created_at": p.created_at.isoformat(),
                "plan": p.data,
            }
            for p in store.plan_versions(db, chat=chat)
        ],
        "transcript": [
            {
                "direction": m.direction,
                "channel": m.channel,
                "text": m.text,
                "buttons": m.extra.get("buttons", []),
                "links": m.extra.get("links", []),
                "status": m.status,
                "at": m.created_at.isoformat(),
            }
            for m in store.transcript(db, chat=chat)
        ],
        # shares, reviews (comments, suggestions, decisions) and the audit log: docs/BROKERS.md
        **brokers.export_for_session(db, chat=chat),
    }

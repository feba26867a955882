"""Session data and the person's data rights (CONTRACT.md section 2).

Whoever holds the session token is the person: every route here takes it in the path and answers
404 for a token that is unknown or whose conversation has been erased.

    GET    /api/sessions/{id}/profile   the Profile gathered so far
    GET    /api/sessions/{id}/plan      the latest plan version (404 until one is drafted)
    GET    /api/sessions/{id}/export    everything held about the conversation, in one document
    DELETE /api/sessions/{id}           erase it everywhere (assistant/data_rights/erase.py); 204
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request, Response
from pydantic import BaseModel, Field
from sqlmodel import select

from assistant.brokers import service as brokers
from assistant.data_rights.erase import erase_session
from assistant.http.deps import SessionDep
from assistant.http.errors import ApiError
from assistant.http.schemas import ErrorResponse
from assistant.storage import store
from assistant.storage.models import ChatSession, utcnow
from assistant.storage.sms_models import SmsConversation, SmsOptOut
from assistant.storage.tracker import TrackerStore

router = APIRouter(prefix="/api/sessions", tags=["sessions"])

NOT_FOUND = "I can't find that conversation. It may have been deleted."
UNKNOWN: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorResponse, "description": "No conversation has that session_id."}
}


def get_tracker_store(request: Request) -> TrackerStore:
    tracker_store: TrackerStore = request.app.state.tracker_store
    return tracker_store


TrackerStoreDep = Annotated[TrackerStore, Depends(get_tracker_store)]


def _session(db: SessionDep, session_id: str) -> ChatSession:
    chat = store.find_session(db, token=session_id)
    if chat is None:
        raise ApiError(404, "unknown_session", NOT_FOUND)
    return chat


@router.get("/{session_id}/profile", responses=UNKNOWN)
def read_profile(session_id: str, db: SessionDep) -> dict[str, Any]:
    """The Profile (CONTRACT.md section 3) gathered so far."""
    return store.get_profile(db, chat=_session(db, session_id))


@router.get("/{session_id}/plan", responses=UNKNOWN)
def read_plan(session_id: str, db: SessionDep) -> dict[str, Any]:
    """The latest Plan; 404 until one has been drafted."""
    record = store.latest_plan(db, chat=_session(db, session_id))
    if record is None:
        raise ApiError(
            404, "no_plan_yet", "There is no plan yet. We draft it at the end of the chat."
        )
    return record.data


class SessionExport(BaseModel):
    """Everything Kitchen Table holds about one conversation."""

    exported_at: str = Field(description="When this document was made (UTC).")
    session: dict[str, Any] = Field(description="When the conversation started and was last used.")
    profile: dict[str, Any] = Field(description="The Profile gathered so far.")
    plans: list[dict[str, Any]] = Field(
        description="Every plan version, oldest first, with who made it and why."
    )
    transcript: list[dict[str, Any]] = Field(description="Every message, both ways.")
    shares: list[dict[str, Any]] = Field(description="Brokers the plan was shared with.")
    reviews: list[dict[str, Any]] = Field(
        description="Brokers' comments and suggestions, with the person's decisions."
    )
    audit: list[dict[str, Any]] = Field(
        description="The audit log: every broker view and action, and the person's decisions."
    )
    dialogue: dict[str, Any] = Field(
        description="What the dialogue engine (Rasa) remembers: its answers so far (`slots`) "
        "and how many events it holds."
    )
    sms: dict[str, Any] | None = Field(
        description="For a conversation by text message: whether the number is linked and "
        "opted out. The number itself is never stored."
    )


@router.get("/{session_id}/export", response_model=SessionExport, responses=UNKNOWN)
def export_session(
    session_id: str, db: SessionDep, tracker_store: TrackerStoreDep
) -> dict[str, Any]:
    """Everything held about the session, as one JSON document."""
    chat = _session(db, session_id)
    return {
        "exported_at": utcnow().isoformat(),
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
        "dialogue": {
            "slots": tracker_store.slots(chat.sender_id),
            "events": tracker_store.count(chat.sender_id),
        },
        "sms": _sms(db, chat),
    }


def _sms(db: SessionDep, chat: ChatSession) -> dict[str, Any] | None:
    if chat.channel != "sms":
        return None
    links = list(db.exec(select(SmsConversation).where(SmsConversation.session_id == chat.id)))
    return {
        "number_linked": bool(links),
        "opted_out": any(db.get(SmsOptOut, link.phone_hash) is not None for link in links),
    }


@router.delete(
    "/{session_id}",
    status_code=204,
    response_class=Response,
    responses={
        204: {"description": "Erased: the conversation is gone from every store."},
        **UNKNOWN,
    },
)
def erase(session_id: str, db: SessionDep, tracker_store: TrackerStoreDep) -> Response:
    """Erase the conversation everywhere: its profile, plans, transcript, shares and broker
    reviews, and the dialogue engine's record of it. Afterwards every address for it answers
    404, and the plan link and broker pages stop working."""
    erase_session(db, chat=_session(db, session_id), tracker_store=tracker_store, how="person")
    return Response(status_code=204)

"""The demo host page (`/`), the widget's files (`/widget/`) and the widget's transcript endpoint.

    GET /                                  a fictional council's page with the widget on it
    GET /widget/widget.js, widget.css      web_widget/ as static files
    GET /demo/demo.css                     the demo page's own style sheet
    GET /api/sessions/{id}/transcript      the conversation so far, for the widget after a reload

The demo page is sent with the strict `PAGE_POLICY` of assistant/http/security.py (scripts, styles
and connections from this origin only, no inline script or style; set by the SecurityHeaders
middleware), which the widget is written to work under.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel

from assistant.http.deps import SessionDep
from assistant.http.errors import ApiError
from assistant.http.errors import too_many as _too_many
from assistant.http.schemas import ERRORS, Button, Link
from assistant.storage import store

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
WIDGET_DIR = ROOT / "web_widget"
TEMPLATES = Jinja2Templates(directory=HERE.parent / "templates")

router = APIRouter()


def register(app: FastAPI) -> None:
    app.include_router(router)
    app.mount("/widget", StaticFiles(directory=WIDGET_DIR), name="widget")
    app.mount("/demo", StaticFiles(directory=HERE / "static"), name="demo")


@router.get("/", include_in_schema=False, response_class=HTMLResponse)
def demo_page(request: Request) -> HTMLResponse:
    """A fictional council's page about personal budgets, with the chat widget on it."""
    # its headers (PAGE_POLICY, Referrer-Policy same-origin, nosniff) come from the
    # SecurityHeaders middleware, like every page without a policy of its own
    return TEMPLATES.TemplateResponse(request, "demo.html", {})


class TranscriptMessage(BaseModel):
    direction: str  # "in" from the person, "out" from the assistant
    text: str
    buttons: list[Button] = []
    links: list[Link] = []
    status: str
    at: datetime


class Transcript(BaseModel):
    session_id: str
    messages: list[TranscriptMessage]


@router.get(
    "/api/sessions/{session_id}/transcript",
    tags=["sessions"],
    response_model=Transcript,
    responses={k: v for k, v in ERRORS.items() if k in (404, 429)},
)
def read_transcript(session_id: str, request: Request, db: SessionDep) -> Transcript:
    """The conversation so far, both ways and oldest first (what the widget shows after a reload).

    An extension of CONTRACT.md section 2: the same messages as in `export`, without the rest.
    """
    client = request.client.host if request.client else "unknown"
    wait = request.app.state.limits["client"].check(client)
    if wait:
        raise _too_many(wait)
    chat = store.find_session(db, token=session_id)
    if chat is None:
        raise ApiError(
            404, "unknown_session", "I can't find that conversation. It may have been deleted."
        )
    return Transcript(
        session_id=session_id,
        messages=[
            TranscriptMessage(
                direction=m.direction,
                text=m.text,
                buttons=m.extra.get("buttons", []),
                links=m.extra.get("links", []),
                status=m.status,
                at=m.created_at,
            )
            for m in store.transcript(db, chat=chat)
        ],
    )

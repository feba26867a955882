"""`POST /api/chat`: one turn of the web conversation (CONTRACT.md section 1)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assistant.conversation.rasa_client import RasaUnavailable
from assistant.conversation.turns import take_turn
from assistant.http.deps import RasaDep, SessionDep, SettingsDep
from assistant.http.errors import ApiError, describe_errors, too_many
from assistant.http.schemas import ERRORS, Button, Link
from assistant.storage import store

router = APIRouter(prefix="/api", tags=["chat"])

UNAVAILABLE = (
    "Sorry, I can't answer just now. I have kept your message. Please try again in a minute or two."
)


class ChatRequest(BaseModel):
    model_config = ConfigDict(extra="ignore")
    session_id: str | None = Field(
        default=None, max_length=200, description="Omit to start a new conversation."
    )
    text: str = Field(
        strict=True, description="What the person typed, or a button payload such as /affirm."
    )


class ChatMessage(BaseModel):
    text: str
    buttons: list[Button] = []
    links: list[Link] = []


class Progress(BaseModel):
    step: int
    of: int


class ChatState(BaseModel):
    stage: str
    asking: str | None
    progress: Progress
    plan_ready: bool
    safeguarding: bool


class ChatResponse(BaseModel):
    session_id: str
    messages: list[ChatMessage]
    state: ChatState
    # true on the reply that confirms "delete everything": the conversation no longer exists, so
    # a client forgets the session_id and clears what is on screen
    erased: bool = False


def _client_key(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _parse(raw: bytes) -> ChatRequest:
    """The body as JSON whatever the Content-Type says (curl -d sends a form type by default)."""
    try:
        return ChatRequest.model_validate_json(raw)
    except ValidationError as exc:
        raise ApiError(400, "bad_request", describe_errors(exc.errors())) from exc


@router.post(
    "/chat",
    response_model=ChatResponse,
    responses=ERRORS,
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": ChatRequest.model_json_schema()}},
        }
    },
)
async def chat(
    request: Request, db: SessionDep, rasa: RasaDep, settings: SettingsDep
) -> ChatResponse:
    limits = request.app.state.limits
    wait = limits["client"].check(_client_key(request))
    if wait:
        raise too_many(wait)
    body = _parse(await request.body())
    if len(body.text) > settings.max_text_chars:
        raise ApiError(
            413,
            "text_too_long",
            f"That message is too long. Please keep it under {settings.max_text_chars} "
            "characters, or send it in parts.",
        )
    if body.session_id is not None:
        chat_session = store.find_session(db, token=body.session_id)
        if chat_session is None:
            raise ApiError(
                404,
                "unknown_session",
                "I can't find that conversation. It may have been deleted. "
                "Start a new one by leaving out session_id.",
            )
        token = body.session_id
        is_new = False
    else:
        chat_session, token = store.create_session(db, channel="web")
        is_new = True
    wait = limits["session"].check(chat_session.token_hash)
    if wait:
        raise too_many(wait)
    try:
        result = await take_turn(
            db,
            rasa,
            chat=chat_session,
            text=body.text,
            channel="web",
            is_new=is_new,
            tracker_store=request.app.state.tracker_store,
        )
    except RasaUnavailable as exc:
        raise ApiError(
            503,
            "assistant_unavailable",
            UNAVAILABLE,
            headers={"Retry-After": "30"},
            session_id=token,
            messages=[{"text": UNAVAILABLE, "buttons": [], "links": []}],
        ) from exc
    return ChatResponse.model_validate(
        {
            "session_id": token,
            "messages": result.messages,
            "state": result.state,
            "erased": result.erased,
        }
    )

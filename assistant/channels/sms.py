"""`POST /sms/twilio`: the conversation by text message (CONTRACT.md section 5).

    Twilio ─► read form (size-limited) ─► signature? ─no─► 403, nothing processed
                                             │yes
                   rate limits (client address, phone) ─► 429 + Retry-After
                                             │
                   MessageSid seen before? ─yes─► the same reply again (empty while the first
                                             │    delivery is still being answered)
                   STOP / START / HELP words ─► opt-out state, fixed answers
                                             │
                   numbered choice ─► payload; take_turn(channel="sms") ─► TwiML <Message>s

Phone numbers are never stored, only a keyed hash of them (sms_phone.py). The MessageSids are in
sms_sids.py, the answer (opt-out words, numbered choices, the turn) in sms_answer.py, and the
texts and TwiML in sms_text.py.
"""

from __future__ import annotations

import logging
from urllib.parse import parse_qsl

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import JSONResponse, Response
from starlette.datastructures import ImmutableMultiDict
from twilio.request_validator import RequestValidator  # type: ignore[import-untyped]  # no types

from assistant.channels.sms_answer import answer
from assistant.channels.sms_phone import hash_phone, load_phone_hash_key, normalise_phone
from assistant.channels.sms_sids import claim, finish, release
from assistant.channels.sms_text import twiml
from assistant.http.deps import RasaDep, SessionDep, SettingsDep
from assistant.http.limits import rate_limiter
from assistant.settings import Settings

__all__ = ["PATH", "public_url", "register", "router", "signature_ok"]

log = logging.getLogger(__name__)

router = APIRouter(tags=["sms"])

PATH = "/sms/twilio"


def register(app: FastAPI, settings: Settings) -> None:
    """Add the SMS route and its rate limiters to the gateway."""
    app.include_router(router)
    app.state.limits["sms_client"] = rate_limiter(
        per_minute=settings.rate_limit_sms_client_per_minute
    )
    app.state.limits["sms_phone"] = rate_limiter(per_minute=settings.rate_limit_session_per_minute)


# ---------------------------------------------------------------------------- phone numbers


def _phone_key(request: Request, settings: Settings) -> bytes:
    key: bytes | None = getattr(request.app.state, "phone_hash_key", None)
    if key is None:
        key = load_phone_hash_key(settings)
        request.app.state.phone_hash_key = key
    return key


# ---------------------------------------------------------------------------- the request


class _TooLarge(Exception):
    pass


async def _read_body(request: Request, limit: int) -> bytes:
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > limit:
        raise _TooLarge
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > limit:
            raise _TooLarge
    return bytes(body)


def public_url(request: Request, settings: Settings) -> str:
    """The address Twilio was given for this webhook, which is what it signs."""
    url = settings.public_base_url.rstrip("/") + request.url.path
    return f"{url}?{request.url.query}" if request.url.query else url


def signature_ok(
    request: Request, params: ImmutableMultiDict[str, str], settings: Settings
) -> bool:
    signature = request.headers.get("x-twilio-signature", "")
    if not settings.twilio_auth_token or not signature:
        return False
    validator = RequestValidator(settings.twilio_auth_token)
    return bool(validator.validate(public_url(request, settings), params, signature))


def _xml(texts: list[str], status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(twiml(texts), status_code=status, media_type="application/xml", headers=headers)


def _error(status: int, error: str, detail: str, headers: dict[str, str] | None = None) -> Response:
    return JSONResponse({"error": error, "detail": detail}, status_code=status, headers=headers)


@router.post(
    PATH,
    response_class=Response,
    summary="Twilio's incoming-SMS webhook; answers in TwiML",
    responses={
        200: {"content": {"application/xml": {}}, "description": "TwiML <Response>."},
        400: {"description": "From or MessageSid is missing."},
        403: {"description": "Missing or wrong X-Twilio-Signature: nothing was processed."},
        413: {"description": "The request body is too large."},
        429: {"description": "Too many messages; see Retry-After."},
    },
)
async def twilio_sms(
    request: Request, db: SessionDep, rasa: RasaDep, settings: SettingsDep
) -> Response:
    try:
        raw = await _read_body(request, settings.max_body_bytes)
    except _TooLarge:
        return _error(413, "request_too_large", "The request body is too large.")
    params = ImmutableMultiDict(parse_qsl(raw.decode("utf-8", "replace"), keep_blank_values=True))
    if not signature_ok(request, params, settings):
        if not settings.twilio_auth_token:
            log.warning("SMS refused: TWILIO_AUTH_TOKEN is not set")
        return _error(403, "forbidden", "This address only takes messages signed by Twilio.")
    sid = params.get("MessageSid", "").strip()
    phone = params.get("From", "").strip()
    if not sid or len(sid) > 64 or not normalise_phone(phone):
        return _error(400, "bad_request", "From and MessageSid are required.")

    limits = request.app.state.limits
    phone_hash = hash_phone(_phone_key(request, settings), phone)
    for limiter, key in (
        (limits["sms_client"], request.client.host if request.client else "unknown"),
        (limits["sms_phone"], phone_hash),
    ):
        wait = limiter.check(key)
        if wait:
            return _xml([], status=429, headers={"Retry-After": str(int(wait))})

    earlier = claim(db, sid=sid, phone_hash=phone_hash)
    if earlier is not None:
        # Twilio delivered this message again: answer as before (nothing while still answering)
        return _xml(list(earlier.reply or []))
    try:
        texts, chat_id = await answer(
            db,
            rasa,
            settings,
            phone_hash=phone_hash,
            body=params.get("Body", ""),
            tracker_store=request.app.state.tracker_store,
        )
    except BaseException:
        release(db, sid=sid)  # let a retry of this message be answered properly
        raise
    finish(db, sid=sid, texts=texts, chat_id=chat_id)
    return _xml(texts)

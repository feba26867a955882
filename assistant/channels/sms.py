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

Phone numbers are never stored: a phone number is known only by an HMAC-SHA256 of it under
`KT_PHONE_HASH_KEY` (or, when that is not set, a key generated once into `var/secrets/`). Keep the
key: with a new key, every number starts a new conversation and earlier opt-outs are forgotten.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import os
import secrets
import time
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import parse_qsl

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy import delete, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session
from starlette.datastructures import ImmutableMultiDict
from twilio.request_validator import RequestValidator

from assistant.actions.wording import WORDS
from assistant.channels.models import SmsConversation, SmsOptOut, SmsProcessed
from assistant.channels.sms_text import (
    buttons_of,
    choice_number,
    compose,
    misunderstood,
    one_message,
    picked_payload,
    twiml,
)
from assistant.conversation.rasa_client import RasaClient, RasaUnavailable
from assistant.conversation.turns import last_state, take_turn
from assistant.data_rights.erasure import TrackerStore
from assistant.http.deps import RasaDep, SessionDep, SettingsDep
from assistant.http.limits import rate_limiter
from assistant.settings import Settings
from assistant.storage import store
from assistant.storage.models import ChatSession, utcnow

log = logging.getLogger(__name__)

# the re-asks that do not begin with "sorry"
RETRY_WORDS = (
    "consent_needed",
    "summary_yes_no",
    "carry_on_yes_no",
    "restart_yes_no",
    "erase_yes_no",
    "dont_know",
)

router = APIRouter(tags=["sms"])

PATH = "/sms/twilio"
CHANNEL = "sms"

# Twilio's standard keywords (matched on the whole message, any case)
OPT_OUT_WORDS = frozenset({"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT"})
OPT_IN_WORDS = frozenset({"START", "YES", "UNSTOP"})  # only while opted out: else YES is a yes
HELP_WORDS = frozenset({"HELP", "INFO"})

HELP_TEXT = (
    "Kitchen Table helps you plan how to use your personal budget for care and support. "
    "It is not the council. To carry on, answer my last question. "
    "To stop all messages, text STOP. To start again after that, text START."
)
STOPPED_TEXT = (
    "You will get no more messages from Kitchen Table. Your answers are kept. "
    "Text START if you want to carry on later."
)
RESUMED_TEXT = "Welcome back. You will get messages from Kitchen Table again."
RESUMED_NEW_TEXT = RESUMED_TEXT + " Send any message to begin."
UNAVAILABLE_TEXT = (
    "Sorry, I can't answer just now. I have kept your message. "
    "Please send it again in a few minutes."
)
# how the assistant's replies to words it did not understand begin (its kind re-asks, in
# assistant/actions/wording.py): such a reply is sent as one message
RETRY_OPENINGS = (
    "sorry",
    "i'm sorry",
    *(
        WORDS[key][variant][:40].lower()
        for key in RETRY_WORDS
        for variant in ("web", "sms")
        if variant in WORDS[key]
    ),
)
NO_CHOICES_TEXT = "There is no list to choose from just now. Please tell me in words."
OUT_OF_RANGE_TEXT = "Please reply with a number from 1 to {last}, or tell me in words."
# Twilio waits 15 seconds for the reply; leave room for the rest of the request
TURN_BUDGET_SECONDS = 12.0
# MessageSids are kept this long (Twilio retries within minutes)
PROCESSED_KEEP = timedelta(days=7)
# a MessageSid claimed this long ago and still without a reply was being answered by a gateway
# that died (no live request takes longer: Twilio itself gives up after 15 seconds), so a retry
# of it takes it over
CLAIM_ABANDONED_AFTER = timedelta(seconds=15)


def register(app: FastAPI, settings: Settings) -> None:
    """Add the SMS route and its rate limiters to the gateway."""
    app.include_router(router)
    app.state.limits["sms_client"] = rate_limiter(
        per_minute=settings.rate_limit_sms_client_per_minute
    )
    app.state.limits["sms_phone"] = rate_limiter(per_minute=settings.rate_limit_session_per_minute)


# ---------------------------------------------------------------------------- phone numbers


def load_phone_hash_key(settings: Settings) -> bytes:
    """KT_PHONE_HASH_KEY, or a random key made once into var/secrets/phone_hash_key (0600)."""
    if settings.phone_hash_key:
        return settings.phone_hash_key.encode("utf-8")
    path = settings.var_dir / "secrets" / "phone_hash_key"
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass
    else:
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_urlsafe(32) + "\n")
    for _ in range(50):  # another process may be writing it this instant
        key = path.read_text().strip()
        if key:
            return key.encode("utf-8")
        time.sleep(0.01)
    raise RuntimeError(f"{path} is empty; delete it or set KT_PHONE_HASH_KEY")


def normalise_phone(number: str) -> str:
    """E.164 as Twilio sends it; spaces and dashes dropped so one number has one hash."""
    return "".join(ch for ch in number.strip() if ch.isdigit() or ch == "+")


def hash_phone(key: bytes, number: str) -> str:
    return hmac.new(key, normalise_phone(number).encode("utf-8"), hashlib.sha256).hexdigest()


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

    earlier = _claim(db, sid=sid, phone_hash=phone_hash)
    if earlier is not None:
        # Twilio delivered this message again: answer as before (nothing while still answering)
        return _xml(list(earlier.reply or []))
    try:
        texts, chat_id = await _answer(
            db,
            rasa,
            settings,
            phone_hash=phone_hash,
            body=params.get("Body", ""),
            tracker_store=request.app.state.tracker_store,
        )
    except BaseException:
        _release(db, sid=sid)  # let a retry of this message be answered properly
        raise
    _finish(db, sid=sid, texts=texts, chat_id=chat_id)
    return _xml(texts)


# ---------------------------------------------------------------------------- MessageSids


def _claim(db: Session, *, sid: str, phone_hash: str) -> SmsProcessed | None:
    """Record `sid` as ours to answer; if it was already recorded, return that record.

    A claim with no reply that is older than CLAIM_ABANDONED_AFTER was left by a gateway that
    died in the middle of the turn: a retry takes it over (one request wins, even across
    workers), and the turn mends the half-finished message rather than taking it twice.
    """
    now = utcnow()
    db.exec(delete(SmsProcessed).where(SmsProcessed.created_at < now - PROCESSED_KEEP))  # type: ignore[call-overload, arg-type]
    db.add(SmsProcessed(message_sid=sid, phone_hash=phone_hash))
    try:
        db.commit()
    except IntegrityError:
        db.rollback()
    else:
        return None
    earlier = db.get(SmsProcessed, sid)
    if earlier is None or earlier.reply is not None or not _abandoned(earlier.created_at, now):
        return earlier
    claimed = db.exec(
        update(SmsProcessed)  # type: ignore[call-overload, arg-type]
        .where(
            SmsProcessed.message_sid == sid,  # type: ignore[arg-type]
            SmsProcessed.created_at == earlier.created_at,  # type: ignore[arg-type]
        )
        .values(created_at=now)
    )
    db.commit()
    if claimed.rowcount != 1:  # another retry took it over first
        db.refresh(earlier)
        return earlier
    log.warning("SMS: taking over a message that a stopped gateway never finished answering")
    return None


def _abandoned(claimed_at: datetime, now: datetime) -> bool:
    if claimed_at.tzinfo is None:  # SQLite gives times back without their zone
        claimed_at = claimed_at.replace(tzinfo=now.tzinfo)
    return now - claimed_at > CLAIM_ABANDONED_AFTER


def _release(db: Session, *, sid: str) -> None:
    db.rollback()
    record = db.get(SmsProcessed, sid)
    if record is not None:
        db.delete(record)
        db.commit()


def _finish(db: Session, *, sid: str, texts: list[str], chat_id: int | None) -> None:
    record = db.get(SmsProcessed, sid)
    if record is None:
        return
    record.reply = texts
    record.session_id = chat_id
    db.add(record)
    db.commit()


# ---------------------------------------------------------------------------- the answer


def keyword(body: str) -> str:
    """The message as one upper-case word if it is one word (so 'Stop.' is STOP)."""
    word = body.strip().strip(".!?'\" ").upper()
    return word if word.isalpha() else ""


def _conversation(db: Session, *, phone_hash: str) -> ChatSession | None:
    link = db.get(SmsConversation, phone_hash)
    if link is None:
        return None
    chat = db.get(ChatSession, link.session_id)
    if chat is None:  # the conversation was erased
        db.delete(link)
        db.commit()
    return chat


def _start_conversation(db: Session, *, phone_hash: str) -> ChatSession:
    chat, _token = store.create_session(db, channel=CHANNEL)  # an SMS needs no token
    assert chat.id is not None
    link = db.get(SmsConversation, phone_hash)
    if link is None:
        link = SmsConversation(phone_hash=phone_hash, session_id=chat.id)
    else:
        link.session_id = chat.id
    db.add(link)
    db.commit()
    return chat


def _last_reply(db: Session, chat: ChatSession) -> list[dict[str, Any]]:
    return [
        {
            "text": m.text,
            "buttons": list(m.extra.get("buttons", [])),
            "links": list(m.extra.get("links", [])),
        }
        for m in store.last_outgoing(db, chat=chat)
    ]


async def _answer(
    db: Session,
    rasa: RasaClient,
    settings: Settings,
    *,
    phone_hash: str,
    body: str,
    tracker_store: TrackerStore | None = None,
) -> tuple[list[str], int | None]:
    """The texts to send back, and the conversation they belong to (None once it is erased)."""
    word = keyword(body)
    opted_out = db.get(SmsOptOut, phone_hash)
    chat = _conversation(db, phone_hash=phone_hash)
    chat_id = chat.id if chat else None

    if word in OPT_OUT_WORDS:
        if opted_out is not None:
            return [], chat_id  # already stopped: say nothing
        db.add(SmsOptOut(phone_hash=phone_hash, keyword=word))
        db.commit()
        return [STOPPED_TEXT], chat_id
    if word in HELP_WORDS:
        return [HELP_TEXT], chat_id  # answered even after STOP: they asked
    if opted_out is not None:
        if word not in OPT_IN_WORDS:
            return [], chat_id  # stopped: no messages at all until START
        db.delete(opted_out)
        db.commit()
        if chat is None:
            return [RESUMED_NEW_TEXT], chat_id
        base = settings.public_base_url
        return compose([_text(RESUMED_TEXT), *_last_reply(db, chat)], base_url=base), chat_id

    is_new = chat is None
    if chat is None:
        chat = _start_conversation(db, phone_hash=phone_hash)
    text = body
    if not is_new:
        # a number means one of the choices of the last question, and nothing else
        buttons = buttons_of(_last_reply(db, chat))
        number = choice_number(body)
        if number is not None and buttons and not 1 <= number <= len(buttons):
            return [OUT_OF_RANGE_TEXT.format(last=len(buttons))], chat.id
        if number is not None and not buttons and _open_question(db, chat) is None:
            return [NO_CHOICES_TEXT], chat.id  # no question is waiting: a number means nothing
        text = picked_payload(body, buttons) or body
    try:
        result = await asyncio.wait_for(
            take_turn(
                db,
                rasa,
                chat=chat,
                text=text,
                channel=CHANNEL,
                is_new=is_new,
                tracker_store=tracker_store,
            ),
            timeout=TURN_BUDGET_SECONDS,
        )
    except (RasaUnavailable, TimeoutError):
        log.warning("SMS turn not answered: the dialogue engine is unavailable or slow")
        return [UNAVAILABLE_TEXT], chat.id
    if result.erased:
        # the goodbye; the number's link to the conversation went with it, so the next text
        # from this number starts afresh
        return compose(result.messages, base_url=settings.public_base_url), None
    if misunderstood(result.messages, RETRY_OPENINGS):
        return [one_message(result.messages)], chat.id  # not understood: one message, not six
    return compose(result.messages, base_url=settings.public_base_url), chat.id


def _open_question(db: Session, chat: ChatSession) -> str | None:
    """The question the last reply asked (a profile field), or None when nothing is asked."""
    asking = last_state(db, chat, store.recent_messages(db, chat=chat)).get("asking")
    return asking if isinstance(asking, str) and asking else None


def _text(text: str) -> dict[str, Any]:
    return {"text": text, "buttons": [], "links": []}

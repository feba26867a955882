"""What an SMS is answered with: the opt-out words, numbered choices, then one turn.

    STOP words ─► opted out (no messages at all until START); HELP ─► fixed answer
    START ─► welcome back and the last question again
    a number ─► the choice it names in the last reply (or a kind "from 1 to N")
    anything else ─► take_turn(channel="sms") within TURN_BUDGET_SECONDS ─► texts to send

The phone number's conversation is found through its hash (`sms_conversation`); an erased
conversation is forgotten here too, so the next text starts afresh.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from sqlmodel import Session

from assistant.actions.wording import WORDS
from assistant.channels.sms_text import (
    buttons_of,
    choice_number,
    compose,
    misunderstood,
    one_message,
    picked_payload,
)
from assistant.conversation.rasa_client import RasaClient, RasaUnavailable
from assistant.conversation.turns import last_state, take_turn
from assistant.settings import Settings
from assistant.storage import store
from assistant.storage.models import ChatSession
from assistant.storage.sms_models import SmsConversation, SmsOptOut
from assistant.storage.tracker import TrackerStore

__all__ = [
    "CHANNEL",
    "HELP_TEXT",
    "NO_CHOICES_TEXT",
    "OUT_OF_RANGE_TEXT",
    "RESUMED_NEW_TEXT",
    "RESUMED_TEXT",
    "STOPPED_TEXT",
    "UNAVAILABLE_TEXT",
    "answer",
    "keyword",
]

log = logging.getLogger(__name__)

CHANNEL = "sms"

# the re-asks that do not begin with "sorry"
RETRY_WORDS = (
    "consent_needed",
    "summary_yes_no",
    "carry_on_yes_no",
    "restart_yes_no",
    "erase_yes_no",
    "dont_know",
)

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


async def answer(
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

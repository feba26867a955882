"""One turn of conversation, the same for every channel.

    person's text ─► clean ─► store (received) ─► Rasa REST channel ─► replies
                                   │                                     │
                                   └─ undelivered if Rasa is down        ├─► store (out)
                                                                         └─► state from tracker

The person's words are written to the database before Rasa sees them, so nothing they send is ever
silently lost: if Rasa cannot answer, the message stays in the transcript marked `undelivered` and
the channel tells them kindly to try again.

A turn cut short (the gateway killed after storing the message) leaves the message `received`.
The next turn mends it first: Rasa is sent our message id in the metadata, so its tracker says
whether Rasa took the message. If it did, Rasa's reply is read back from the tracker and stored;
if not, the message is marked `undelivered`. When the new text is the same words again (the
person, or Twilio, trying again), that recovered reply is the answer and Rasa does not see the
words a second time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from sqlmodel import Session

from assistant.actions.journey import CHANGEABLE
from assistant.conversation import pause_points
from assistant.conversation.rasa_client import RasaClient, RasaUnavailable, TrackerState
from assistant.conversation.routing import (
    OPEN_QUESTIONS,
    SAFE,
    clean_text,
    guard_payload,
    is_first_name,
    is_statement,
    last_state,
    offered_payloads,
    reply_context,
    safety_route,
)
from assistant.data_rights.erase import erase_session
from assistant.journey.changes import change_request
from assistant.journey.choices import resolve_typed_choice
from assistant.journey.spec import conversation_state
from assistant.storage import store
from assistant.storage.models import ChatSession, StoredMessage, utcnow
from assistant.storage.tracker import TrackerStore

__all__ = [
    "ERASE_SLOT",
    "TurnResult",
    "erase_after_turn",
    "erase_requested",
    "last_state",
    "state_of",
    "take_turn",
    "to_messages",
]

EMPTY_REPLY = "I didn't get any words there. That's fine. Here is my last question again."
# a message still `received` after this long belongs to a turn that was cut short, not one that
# another request is still answering
CUT_SHORT_AFTER = timedelta(seconds=2)
#: The slot the dialogue sets to true once the person has confirmed "delete everything".
ERASE_SLOT = "erase_confirmed"


@dataclass
class TurnResult:
    messages: list[dict[str, Any]]
    state: dict[str, Any]
    extra: dict[str, Any] = field(default_factory=dict)
    # the person confirmed "delete everything": the conversation is gone, these are its last words
    erased: bool = False


def to_messages(rasa_messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rasa's REST output as the contract's messages: text, buttons and links."""
    out: list[dict[str, Any]] = []
    for item in rasa_messages:
        custom = item.get("custom") if isinstance(item.get("custom"), dict) else {}
        links = [
            {"title": str(link.get("title", "")), "url": str(link.get("url", ""))}
            for link in (custom or {}).get("links", [])
            if isinstance(link, dict) and link.get("url")
        ]
        text = item.get("text")
        buttons = [
            {"title": str(b.get("title", "")), "payload": str(b.get("payload", ""))}
            for b in item.get("buttons") or []
            if isinstance(b, dict)
        ]
        if not isinstance(text, str) and not buttons and links and out:
            out[-1]["links"].extend(links)  # a links-only message belongs to the one before
            continue
        if not isinstance(text, str) and not buttons and not links:
            continue
        out.append(
            {"text": text if isinstance(text, str) else "", "buttons": buttons, "links": links}
        )
    return out


async def take_turn(
    db: Session,
    rasa: RasaClient,
    *,
    chat: ChatSession,
    text: str,
    channel: str,
    is_new: bool,
    tracker_store: TrackerStore | None = None,
) -> TurnResult:
    """Send one message from the person and return the assistant's reply and state.

    Raises RasaUnavailable after storing the person's message as undelivered. When the dialogue
    sets `erase_confirmed` (the person confirmed "delete everything"), the conversation is erased
    in both databases (`tracker_store`) and the reply comes back with `erased` set: the
    channel sends it and forgets the conversation.
    """
    text = clean_text(text)
    if not text and not is_new:
        return await _repeat_last_question(db, rasa, chat=chat)
    recent = [] if is_new else store.recent_messages(db, chat=chat)
    cut_short = _cut_short(recent)
    if cut_short is not None:
        try:
            recovered = await _mend(db, rasa, chat=chat, inbound=cut_short)
        except RasaUnavailable:
            recovered = None  # mended on a later turn; this one goes on (and keeps its words)
        if recovered is not None and cut_short.text == text:
            return recovered  # the same words again: answered once, not taken twice
        recent = store.recent_messages(db, chat=chat)  # the mending changed them
    then_answer: str | None = None  # a changed answer given with the request to change it
    offered = offered_payloads(db, chat, recent)
    to_send = guard_payload(text, offered) if text else "/greet"
    metadata: dict[str, Any] = {"channel": channel}
    asked = last_state(db, chat, recent)
    if not to_send.startswith("/"):
        to_send, why = await safety_route(
            text,
            asking=asked.get("asking"),
            offered=offered,
            after_signpost=bool(asked.get("signposted")),
            said_safe=bool(asked.get("said_safe")),
            signposted=frozenset(asked.get("signposted_words") or ()),
            safe_words=frozenset(asked.get("safe_words") or ()),
        )
        metadata |= why
        if to_send == text and asked.get("asking") in OPEN_QUESTIONS and is_statement(text):
            metadata["kt_answer"] = True  # an answer, not an advice question or off topic
        if asked.get("asking") == "preferred_name" and is_first_name(text):
            metadata["kt_name"] = True  # "ty" is Ty at the name question, not thank you
        if to_send == text and why.get("kt_safety") == "none":
            # typed words where buttons were offered: the button they mean, if it is clear
            buttons = [b for m in store.last_outgoing(db, chat=chat, recent=recent)
                       for b in m.extra.get("buttons", [])]  # fmt: skip
            to_send = resolve_typed_choice(text, asked.get("asking"), buttons) or to_send
        if to_send == text and why.get("kt_safety") == "none" and asked.get("asking") is None:
            # "can I have it as a direct payment instead?" after the plan: that part, only
            change = change_request(text, CHANGEABLE)
            if change is not None:
                to_send, then_answer = change.payload, change.answer
    sender_id = chat.sender_id  # read before the commit below expires it (no reload)
    # the person's words before these, for a safety check answered below
    checked = next((m.text for m in recent if m.direction == "in"), "")
    inbound = store.write_message(
        db, chat=chat, direction="in", channel=channel, text=text, status="received"
    )
    try:
        replies = await rasa.send(
            sender_id=sender_id,
            text=to_send,
            metadata=metadata | {"kt_message": inbound.id},
        )
        if then_answer:
            # "can I add to my dreams? I'd like to run a book stall": the question that opens is
            # answered with the words already given, so the person is not asked for them again
            replies = replies[:1] + await rasa.send(
                sender_id=sender_id,
                text=then_answer,
                metadata=metadata | {"kt_message": inbound.id, "kt_answer": True},
            )
        tracker = await rasa.tracker_state(sender_id=sender_id)
        if to_send == SAFE and asked.get("asking") == "safety_check" and checked:
            # "I'm safe" after a check on words that asked for a change with no question open
            # ("Actually I've been thinking. Can I change the staff bit?"): now do what they asked
            change = change_request(checked, CHANGEABLE)
            if change is not None and state_of(tracker).get("asking") is None:
                replies += await rasa.send(
                    sender_id=sender_id,
                    text=change.payload,
                    metadata=metadata | {"kt_message": inbound.id, "kt_safety": "none"},
                )
                tracker = await rasa.tracker_state(sender_id=sender_id)
    except RasaUnavailable:
        store.set_message_status(db, message=inbound, status="undelivered")
        raise
    await pause_points.reached("after_rasa")
    messages = to_messages(replies)
    if erase_requested(tracker):
        return erase_after_turn(
            db, chat=chat, tracker=tracker, messages=messages, tracker_store=tracker_store
        )
    state = state_of(tracker)
    store.record_reply(
        db,
        chat=chat,
        inbound=inbound,
        channel=channel,
        messages=messages,
        context=reply_context(state, to_send, text, asked),
    )
    return TurnResult(messages=messages, state=state)


def erase_requested(tracker: TrackerState) -> bool:
    """True when the turn that just ended confirmed the person's wish to erase everything.

    Only a real `true` counts (not "yes", not 1), so that nothing but the dialogue's own
    confirmation step can erase a conversation."""
    return tracker.slots.get(ERASE_SLOT) is True


def erase_after_turn(
    db: Session,
    *,
    chat: ChatSession,
    tracker: TrackerState,
    messages: list[dict[str, Any]],
    tracker_store: TrackerStore | None,
) -> TurnResult:
    """The turn's reply (the goodbye) as the conversation's last words, after erasing it."""
    if tracker_store is None:
        raise RuntimeError("take_turn needs the tracker store to erase a conversation")
    erase_session(db, chat=chat, tracker_store=tracker_store, how="conversation")
    return TurnResult(messages=messages, state=state_of(tracker), erased=True)


def _cut_short(recent: list[StoredMessage]) -> StoredMessage | None:
    """The person's last message, if it is the newest of all and was never answered."""
    newest = recent[0] if recent else None
    if newest is None or newest.direction != "in" or newest.status != "received":
        return None
    created = newest.created_at
    if created.tzinfo is None:  # SQLite gives times back without their zone
        created = created.replace(tzinfo=utcnow().tzinfo)
    return newest if utcnow() - created > CUT_SHORT_AFTER else None


async def _mend(
    db: Session, rasa: RasaClient, *, chat: ChatSession, inbound: StoredMessage
) -> TurnResult | None:
    """Finish the record of a turn that was cut short; its reply, if Rasa had answered it."""
    events = await rasa.tracker_events(sender_id=chat.sender_id)
    taken = [
        i
        for i, e in enumerate(events)
        if e.get("event") == "user" and (e.get("metadata") or {}).get("kt_message") == inbound.id
    ]
    if not taken:
        store.set_message_status(db, message=inbound, status="undelivered")
        return None
    replies: list[dict[str, Any]] = []
    for event in events[taken[-1] + 1 :]:
        if event.get("event") == "user":
            break
        if event.get("event") == "bot":
            data = event.get("data") or {}
            replies.append(
                {
                    "text": event.get("text"),
                    "buttons": data.get("buttons"),
                    "custom": data.get("custom"),
                }
            )
    messages = to_messages(replies)
    store.record_reply(db, chat=chat, inbound=inbound, channel=inbound.channel, messages=messages)
    tracker = await rasa.tracker_state(sender_id=chat.sender_id)
    return TurnResult(messages=messages, state=state_of(tracker))


async def _repeat_last_question(db: Session, rasa: RasaClient, *, chat: ChatSession) -> TurnResult:
    tracker = await rasa.tracker_state(sender_id=chat.sender_id)
    messages: list[dict[str, Any]] = [{"text": EMPTY_REPLY, "buttons": [], "links": []}]
    for row in store.last_outgoing(db, chat=chat):
        messages.append(
            {
                "text": row.text,
                "buttons": list(row.extra.get("buttons", [])),
                "links": list(row.extra.get("links", [])),
            }
        )
    return TurnResult(messages=messages, state=state_of(tracker))


def state_of(tracker: TrackerState) -> dict[str, Any]:
    return conversation_state(tracker.slots, tracker.active_loop, tracker.latest_intent)

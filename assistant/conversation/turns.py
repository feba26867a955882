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

import asyncio
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from sqlmodel import Session

from assistant.actions.journey import CHANGEABLE
from assistant.conversation import pause_points
from assistant.conversation.rasa_client import RasaClient, RasaUnavailable, TrackerState
from assistant.data_rights.erasure import TrackerStore, erase_requested, erase_session
from assistant.journey.changes import change_request
from assistant.journey.choices import resolve_typed_choice
from assistant.journey.spec import conversation_state
from assistant.language import parse_choice
from assistant.language.names import FIRST_NAMES
from assistant.safety import decide
from assistant.storage import store
from assistant.storage.models import ChatSession, Message, utcnow

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
_PAYLOAD = re.compile(r"^/[A-Za-z_]{1,60}(\{.{0,500}\})?$", re.DOTALL)

EMPTY_REPLY = "I didn't get any words there. That's fine. Here is my last question again."
# a message still `received` after this long belongs to a turn that was cut short, not one that
# another request is still answering
CUT_SHORT_AFTER = timedelta(seconds=2)


@dataclass
class TurnResult:
    messages: list[dict[str, Any]]
    state: dict[str, Any]
    extra: dict[str, Any] = field(default_factory=dict)
    # the person confirmed "delete everything": the conversation is gone, these are its last words
    erased: bool = False


def clean_text(text: str) -> str:
    """Normalise what a person typed: NFC, no control or direction-override characters."""
    return _CONTROL.sub("", unicodedata.normalize("NFC", text)).strip()


def offered_payloads(
    db: Session, chat: ChatSession, recent: list[Message] | None = None
) -> set[str]:
    """The payloads of the buttons in the assistant's last reply (`recent`: the newest messages,
    which usually hold it)."""
    payloads: set[str] = set()
    for message in store.last_outgoing(db, chat=chat, recent=recent):
        for button in message.extra.get("buttons", []):
            if isinstance(button, dict) and isinstance(button.get("payload"), str):
                payloads.add(button["payload"])
    return payloads


def guard_payload(text: str, offered: set[str]) -> str:
    """A leading "/" makes Rasa skip NLU and take the text as an intent (with entities).

    Only a payload that the assistant itself just offered as a button, or a bare intent name, may
    pass as a payload; anything else (for example a hand-made `/inform{"consent": true}`) is sent
    as ordinary words so that NLU reads it like any other message.
    """
    if not text.startswith("/"):
        return text
    if text in offered:
        return text
    if _PAYLOAD.match(text) and "{" not in text:
        return text
    return text.lstrip("/").strip() or "?"


# "no, I'm fine, I meant ..." straight after a signposting: a false alarm taken back
_WITHDRAW = re.compile(
    r"\b(?:i\s*(?:'m|am|m)\s+(?:fine|ok|okay|alright|all\s+right|safe|good|not\s+(?:suicidal|"
    r"in\s+danger|being\s+hurt))|i\s+(?:didn't|did\s+not|don't)\s+mean|i\s+meant|(?:just|only|"
    r"was)\s+(?:joking|kidding|a\s+joke|messing)|a\s+joke|(?:figure|manner)\s+of\s+speech|"
    r"(?:just|only)\s+(?:an?\s+)?(?:expression|saying)|not\s+literally|you\s+(?:misunderstood|"
    r"got\s+(?:it|that|me)\s+wrong|took\s+(?:it|that|me)\s+(?:wrong|the\s+wrong\s+way))|"
    r"false\s+alarm|not\s+like\s+that|nothing\s+like\s+that|no\s+one\s+is\s+hurting|"
    r"nobody\s+is\s+hurting|that\s+was\s+(?:years|ages|a\s+long\s+time)\s+ago)\b",
    re.IGNORECASE,
)
# questions answered in the person's own words, where a plain statement is an answer
OPEN_QUESTIONS = frozenset(
    {
        "admired_qualities", "typical_week", "people", "current_support", "important_to",
        "support_needs", "dreams", "bottom_lines", "budget_amount", "preferred_name",
        "answering_relationship",
    }
)  # fmt: skip
_QUESTION = re.compile(
    r"\?|^\s*(?:why|what|whats|what's|wot|how|who|when|where|which|can|could|do|does|is|are|am|"
    r"will|would|should|shall|may|y)\b",
    re.IGNORECASE,
)


SAFE = '/inform{"choice": "safe"}'


def is_first_name(text: str) -> bool:
    """One or two words that start with a known first name ("ty", "Mo Ahmed")."""
    words = re.findall(r"[A-Za-z'\-]+", text)
    return 1 <= len(words) <= 2 and words[0].lower() in FIRST_NAMES


def is_statement(text: str) -> bool:
    """Words that tell rather than ask."""
    return not _QUESTION.search(text)


_YES_WORDS = re.compile(r"^\W*(?:y|ye|yes|yeah|yep|yup|yh|aye|course|of\s+course)\W*$", re.I)
_NO_WORDS = re.compile(r"^\W*(?:n|no|nope|nah|not\s+really|no\s+i'?m\s+not)\W*$", re.I)


async def safety_route(
    text: str,
    *,
    asking: str | None,
    offered: set[str],
    after_signpost: bool,
    said_safe: bool = False,
    signposted: frozenset[str] = frozenset(),
) -> tuple[str, dict[str, Any]]:
    """What Rasa receives for the person's words, and the metadata that says why.

    Every message gets the graded safety decision (assistant/safety) first, with the question it
    answers as context: a clear risk sends the safety intent itself; an unclear one asks "are you
    safe right now?"; otherwise the words go on and the NLU may not guess a safety intent
    (`kt_safety: none`). The answer to "are you safe?", typed or tapped, becomes the choice it
    names, and "no, I'm fine, I meant ..." after a signposting takes the concern back. The
    person's words stay in the transcript whatever is sent.
    """
    # a few milliseconds of regexes and a linear model: off the event loop, so a slow first
    # fit (a fresh machine) never stalls other conversations
    decision = await asyncio.to_thread(decide, text, asking)
    meta: dict[str, Any] = {"kt_safety": decision.level}
    if decision.level == "signpost" and words_key(text) not in signposted:
        # a clear risk wins, even inside "I'm fine, I meant ..."; the very same words already
        # signposted (and recorded) in this conversation are taken as an answer the second time
        return ("/crisis" if decision.code == "crisis" else "/safeguarding_disclosure"), meta
    if asking == "safety_check":
        choice = parse_choice("safety_check", text)
        if choice is None and _YES_WORDS.match(text):
            choice = "safe"
        if choice is None and _NO_WORDS.match(text):
            choice = "need_help"
        payload = f'/inform{{"choice": "{choice}"}}' if choice else None
        if payload and payload in offered:
            return payload, meta
        return text, {"kt_safety": "none"}  # the form asks again, kindly, then shows the numbers
    if after_signpost and _WITHDRAW.search(text):
        return "/withdraw_concern", meta
    if decision.level == "check" and not said_safe:
        return f'/safety_check{{"code": "{decision.code or "crisis"}"}}', meta
    # straight after "I'm safe", the answer to the question asked again is taken as an answer:
    # asking "are you safe?" twice about the same words would be a loop, not care (a clear
    # risk in it is still signposted above)
    return text, {"kt_safety": "none"}


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
    # read before that commit too: after it, each message in `recent` would be loaded again
    checked = next((m.text for m in recent if m.direction == "in"), "")
    inbound = store.add_message(
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


def words_key(text: str) -> str:
    """A short fingerprint of the words (not the words): to know them again, not to keep them."""
    return hashlib.sha256(" ".join(text.lower().split()).encode()).hexdigest()[:16]


def reply_context(
    state: dict[str, Any], sent: str, text: str = "", before: dict[str, Any] | None = None
) -> dict[str, Any]:
    """What the next turn needs to know about this reply: the question it asked, whether it
    signposted (so "no, I'm fine, I meant ..." can take the concern back), and which words were
    signposted already in this conversation (the last few)."""
    seen = list((before or {}).get("signposted_words") or [])
    if sent in ("/crisis", "/safeguarding_disclosure") and text:
        seen = [*seen, words_key(text)][-8:]
    return {
        "signposted_words": seen,
        "asking": state.get("asking"),
        "signposted": sent in ("/crisis", "/safeguarding_disclosure")
        or sent.startswith('/inform{"choice": "need_help"'),
        "said_safe": sent.startswith('/inform{"choice": "safe"')
        or sent.startswith('/inform{"choice": "numbers"'),
    }


def last_state(db: Session, chat: ChatSession, recent: list[Message]) -> dict[str, Any]:
    """The context stored with the assistant's last reply (`reply_context`), or nothing."""
    for message in store.last_outgoing(db, chat=chat, recent=recent):
        context = message.extra.get("context")
        if isinstance(context, dict):
            return context
    return {}


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


def _cut_short(recent: list[Message]) -> Message | None:
    """The person's last message, if it is the newest of all and was never answered."""
    newest = recent[0] if recent else None
    if newest is None or newest.direction != "in" or newest.status != "received":
        return None
    created = newest.created_at
    if created.tzinfo is None:  # SQLite gives times back without their zone
        created = created.replace(tzinfo=utcnow().tzinfo)
    return newest if utcnow() - created > CUT_SHORT_AFTER else None


async def _mend(
    db: Session, rasa: RasaClient, *, chat: ChatSession, inbound: Message
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

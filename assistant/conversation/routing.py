"""What Rasa receives for the person's words, and what the next turn must remember.

    text ─► clean_text ─► guard_payload (only offered buttons pass as payloads)
                      └─► safety_route (assistant/safety: signpost, check "are you safe?",
                                        a concern taken back, or the words as they are)
    reply ─► reply_context (the question asked, what was signposted) ─► last_state next turn

The person's own words are always what is stored; only what Rasa is sent changes.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
import threading
import unicodedata
from typing import Any

from sqlmodel import Session

from assistant import language, safety
from assistant.language import parse_choice
from assistant.language.names import FIRST_NAMES
from assistant.safety import decide
from assistant.storage import store
from assistant.storage.models import ChatSession, StoredMessage

__all__ = [
    "OPEN_QUESTIONS",
    "SAFE",
    "clean_text",
    "guard_payload",
    "is_first_name",
    "is_statement",
    "last_state",
    "offered_payloads",
    "reply_context",
    "safety_route",
    "warm_up",
    "words_key",
]

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
_PAYLOAD = re.compile(r"^/[A-Za-z_]{1,60}(\{.{0,500}\})?$", re.DOTALL)


# set by `warm_up` once the safety classifier and the language tables are loaded: from then on a
# decision is a millisecond of work and is made on the event loop; before, it may load or fit
# them (seconds), so it is made in a worker thread and other conversations go on meanwhile
_warm = threading.Event()


def warm_up() -> None:
    """Load the language tables and the safety classifier (in two threads: seconds each), then
    let the safety decisions run on the event loop. Called once at start-up, off the loop; if
    either fails, decisions stay in a worker thread."""
    loaded: list[bool] = []

    def load_language() -> None:
        language.warm_up()
        loaded.append(True)

    other = threading.Thread(target=load_language, name="language-warm-up", daemon=True)
    other.start()
    safety.warm_up()
    other.join()
    if loaded:
        _warm.set()


def clean_text(text: str) -> str:
    """Normalise what a person typed: NFC, no control or direction-override characters."""
    return _CONTROL.sub("", unicodedata.normalize("NFC", text)).strip()


def offered_payloads(
    db: Session, chat: ChatSession, recent: list[StoredMessage] | None = None
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
    safe_words: frozenset[str] = frozenset(),
) -> tuple[str, dict[str, Any]]:
    """What Rasa receives for the person's words, and the metadata that says why.

    Every message gets the graded safety decision (assistant/safety) first, with the question it
    answers as context: a clear risk sends the safety intent itself; an unclear one asks "are you
    safe right now?"; otherwise the words go on and the NLU may not guess a safety intent
    (`kt_safety: none`). The answer to "are you safe?", typed or tapped, becomes the choice it
    names, and "no, I'm fine, I meant ..." after a signposting takes the concern back. The
    person's words stay in the transcript whatever is sent.
    """
    # a millisecond of regexes and a linear model, on the event loop once `warm_up` has loaded
    # what it needs: a hop to a worker thread and back cost a turn about a third as much again,
    # more on a busy machine (issue 18). Before that, off the loop, so a slow first load or fit
    # (a fresh machine) never stalls other conversations.
    if _warm.is_set():
        decision = decide(text, asking)
    else:
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
    if decision.level == "check" and not said_safe and words_key(text) not in safe_words:
        return f'/safety_check{{"code": "{decision.code or "crisis"}"}}', meta
    # straight after "I'm safe", the answer to the question asked again is taken as an answer,
    # and so are the very words someone has already said "I'm safe" about, whenever they come
    # again ("i dont no" at the budget question, each time it is asked): asking "are you safe?"
    # twice about the same words would be a loop, not care (a clear risk in them is still
    # signposted above)
    return text, {"kt_safety": "none"}


def words_key(text: str) -> str:
    """A short fingerprint of the words (not the words): to know them again, not to keep them."""
    return hashlib.sha256(" ".join(text.lower().split()).encode()).hexdigest()[:16]


def reply_context(
    state: dict[str, Any], sent: str, text: str = "", before: dict[str, Any] | None = None
) -> dict[str, Any]:
    """What the next turn needs to know about this reply: the question it asked, whether it
    signposted (so "no, I'm fine, I meant ..." can take the concern back), and which words were
    signposted already in this conversation (the last few)."""
    before = before or {}
    seen = list(before.get("signposted_words") or [])
    if sent in ("/crisis", "/safeguarding_disclosure") and text:
        seen = [*seen, words_key(text)][-8:]
    # the words a check-in asked about, and those the person then said "I'm safe" about
    safe = list(before.get("safe_words") or [])
    said_safe = sent.startswith('/inform{"choice": "safe"') or sent.startswith(
        '/inform{"choice": "numbers"'
    )
    if said_safe and before.get("checking"):
        safe = [*safe, before["checking"]][-8:]
    return {
        "signposted_words": seen,
        "safe_words": safe,
        "checking": words_key(text) if sent.startswith("/safety_check") and text else None,
        "asking": state.get("asking"),
        "signposted": sent in ("/crisis", "/safeguarding_disclosure")
        or sent.startswith('/inform{"choice": "need_help"'),
        "said_safe": said_safe,
    }


def last_state(db: Session, chat: ChatSession, recent: list[StoredMessage]) -> dict[str, Any]:
    """The context stored with the assistant's last reply (`reply_context`), or nothing."""
    for message in store.last_outgoing(db, chat=chat, recent=recent):
        context = message.extra.get("context")
        if isinstance(context, dict):
            return context
    return {}

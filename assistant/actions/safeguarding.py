"""Safeguarding and crisis, at any point: signpost at once, record the person's words, then offer
to carry on or stop (DOMAIN.md section 5).

The NLU intents `safeguarding_disclosure` and `crisis` reach this action; so does the gateway's
spaCy safety net (assistant/language `detect_concern`), which sends the intent itself when the
patterns match, whatever the classifier thought. Either way the person's words are recorded.
"""

from __future__ import annotations

from typing import Any

# rasa_sdk has no type information (no py.typed): hence the narrow ignores on its
# imports and on the classes built on its Action
from rasa_sdk import Action, Tracker  # type: ignore[import-untyped]
from rasa_sdk.events import EventType, SlotSet  # type: ignore[import-untyped]
from rasa_sdk.executor import CollectingDispatcher  # type: ignore[import-untyped]

from assistant.actions.profile import last_words, record_concern, save_tracker_profile
from assistant.actions.wording import say
from assistant.safety.signs import read_signs

SIGNPOSTS: dict[str, dict[str, list[str]]] = {
    "safeguarding": {
        "web": [
            "Thank you for telling me. I'm sorry this is happening. It is not your fault. You "
            "have a right to be safe.",
            "If you are in danger now, call 999.",
            "Your council's adult safeguarding team can help. Ring your council and ask for "
            "adult safeguarding. You can call them even if you are not sure.",
            "If you feel very low, call Samaritans on 116 123. It is free, day or night. For "
            "urgent mental health help, call NHS 111 and choose option 2.",
            "I have noted what you told me, in your own words.",
        ],
        "sms": [
            "Thank you for telling me. It is not your fault. If you are in danger now, call "
            "999. Your council's adult safeguarding team can help: ring your council and ask for "
            "adult safeguarding. Samaritans: 116 123, free, day or night. NHS 111, option 2, "
            "for urgent mental health help.",
        ],
    },
    "crisis": {
        "web": [
            "Thank you for telling me. I'm really sorry you feel like this. You don't have to "
            "cope on your own.",
            "If you might act on these thoughts, or you are in danger now, call 999.",
            "You can talk to Samaritans at any time, day or night. Call 116 123. It is free.",
            "For urgent mental health help, call NHS 111 and choose option 2.",
            "If someone is hurting you, your council's adult safeguarding team can help.",
        ],
        "sms": [
            "I'm really sorry you feel like this. If you are in danger now, call 999. Samaritans: "
            "116 123, free, day or night. Urgent mental health help: NHS 111, option 2. If "
            "someone is hurting you, ring your council's adult safeguarding team.",
        ],
    },
}


# a medical emergency happening now (someone not breathing, unconscious, missing in the cold):
# 999 first, in a few words, and nothing about feelings
EMERGENCY: dict[str, list[str]] = {
    "web": [
        "This sounds like an emergency. Call 999 now.",
        "Tell them what is happening and where you are. Stay on the phone. They will tell you "
        "what to do.",
        "If you cannot speak or hear on the phone, you can use 999 BSL, or text 999 if you have "
        "signed up to emergencySMS.",
        "I'm here when things are calmer. We can carry on any time.",
    ],
    "sms": [
        "This sounds like an emergency. Call 999 now. Tell them what is happening and where you "
        "are. Stay on the phone. We can carry on any time later.",
    ],
}


def is_emergency(words: str) -> bool:
    """Whether the words describe a medical emergency happening now (assistant/safety signs)."""
    return bool(words) and "emergency" in read_signs(words).crisis_strong


def signposts(code: str, channel: str | None, words: str = "") -> list[str]:
    """The full signposting for a crisis or a safeguarding concern, on this channel; a medical
    emergency in `words` gets 999 first and plainly."""
    way = "sms" if channel == "sms" else "web"
    if code == "crisis" and is_emergency(words):
        return EMERGENCY[way]
    return SIGNPOSTS["crisis" if code == "crisis" else "safeguarding"][way]


class ActionSafetyCheck(Action):  # type: ignore[misc]
    """An unclear risk signal (assistant/safety decided "check"): keep the words aside, unrecorded,
    and ask "are you safe right now?" with 999 and Samaritans in the same message. Inside the
    journey the form asks it (its `safety_check` question); outside, the rule starts the form."""

    def name(self) -> str:
        return "action_safety_check"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        entities = (tracker.latest_message or {}).get("entities") or []
        code = next((e.get("value") for e in entities if e.get("entity") == "code"), None)
        return [
            SlotSet("ask_safety_check", True),
            SlotSet("safety_check", None),
            SlotSet("safety_words", last_words(tracker)[:2000]),
            SlotSet("safety_code", "safeguarding" if code == "safeguarding" else "crisis"),
            SlotSet("tries", 0),
        ]


class ActionWithdrawConcern(Action):  # type: ignore[misc]
    """ "No, I'm fine, I meant ...": the last concern comes out of the Profile (and so out of the
    next plan); the conversation and the tracker keep the event, and `withdrawn_concerns` keeps
    what was taken back."""

    def name(self) -> str:
        return "action_withdraw_concern"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        channel = tracker.get_slot("channel")
        concerns = list(tracker.get_slot("concerns") or [])
        safety = [i for i, c in enumerate(concerns) if c.get("code") in ("crisis", "safeguarding")]
        events: list[EventType] = [
            SlotSet("ask_carry_on", False),
            SlotSet("carry_on", None),
            SlotSet("ask_safety_check", False),
            SlotSet("safety_check", None),
            SlotSet("safety_words", None),
        ]
        if not safety:
            dispatcher.utter_message(text=say("nothing_to_withdraw", channel))
            return events
        withdrawn = concerns.pop(safety[-1])
        still = any(c.get("code") in ("crisis", "safeguarding") for c in concerns)
        tracker.slots["concerns"] = concerns
        save_tracker_profile(tracker)
        dispatcher.utter_message(text=say("concern_withdrawn", channel))
        kept = [*(tracker.get_slot("withdrawn_concerns") or []), withdrawn]
        return [
            *events,
            SlotSet("concerns", concerns),
            SlotSet("safeguarding", still),
            SlotSet("withdrawn_concerns", kept),
        ]


class ActionSafeguarding(Action):  # type: ignore[misc]
    def name(self) -> str:
        return "action_safeguarding"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        intent = ((tracker.latest_message or {}).get("intent") or {}).get("name")
        code = "crisis" if intent == "crisis" else "safeguarding"
        words = last_words(tracker)
        for line in signposts(code, tracker.get_slot("channel"), words):
            dispatcher.utter_message(text=line)
        events = record_concern(tracker, code, words)
        events.append(SlotSet("safeguarding", True))
        if (tracker.active_loop or {}).get("name"):
            # the form asks "carry on now, or stop for now?" before anything else
            events += [SlotSet("ask_carry_on", True), SlotSet("carry_on", None)]
        return events

"""Safeguarding and crisis, at any point: signpost at once, record the person's words, then offer
to carry on or stop (DOMAIN.md section 5).

The NLU intents `safeguarding_disclosure` and `crisis` reach this action; so does the gateway's
spaCy safety net (assistant/language `detect_concern`), which sends the intent itself when the
patterns match, whatever the classifier thought. Either way the person's words are recorded.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from assistant.actions.profile import last_words, record_concern

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


class ActionSafeguarding(Action):
    def name(self) -> str:
        return "action_safeguarding"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        intent = ((tracker.latest_message or {}).get("intent") or {}).get("name")
        code = "crisis" if intent == "crisis" else "safeguarding"
        channel = "sms" if tracker.get_slot("channel") == "sms" else "web"
        for line in SIGNPOSTS[code][channel]:
            dispatcher.utter_message(text=line)
        events = record_concern(tracker, code, last_words(tracker))
        events.append(SlotSet("safeguarding", True))
        if (tracker.active_loop or {}).get("name"):
            # the form asks "carry on now, or stop for now?" before anything else
            events += [SlotSet("ask_carry_on", True), SlotSet("carry_on", None)]
        return events

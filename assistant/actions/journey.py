"""The guided journey's form: which question comes next, and turning answers into Profile fields.

One form, `journey_form`, asks every question (assistant/journey/spec.py FIELDS). Its validation
action decides what applies (the relationship question only for someone typing for another
person; nothing after a "no" to consent), leaves out what the person skipped, asks the extra
questions (carry on? start again? which part to change?) first when they are due, and turns free
text into structured answers with the spaCy layer (assistant/language). A failed answer gets a
kind re-ask; after two tries the person is told why and offered a skip.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from assistant import language
from assistant.actions.profile import record_concern, save_tracker_profile
from assistant.actions.safeguarding import signposts
from assistant.actions.wording import say
from assistant.journey.changes import ADDING
from assistant.journey.spec import EXTRA_QUESTIONS, FIELD_STAGE, FIELDS, NOT_SKIPPABLE, OWN_WORDS
from assistant.language.people import merge_people
from planner import CHOICE_CODES

MAX_ANSWER_CHARS = 2000
MAX_ITEMS = 20  # needs, dreams or bottom lines kept from one answer (the planner takes 20+)
# "nobody", "no one", "none", "nothing", "n/a", "not really": an honest empty answer
_NOTHING = re.compile(
    r"^\W*(?:no(?:ne|thing| one|body)?|noone|nobody really|nope|n/?a|not really|not any|"
    r"nothing really|no-one|none at all|i don'?t have any(?:one)?|i have no(?:one| one|body)|"
    r"just me|only me|on my own|by myself|i(?:'m| am) on my own|there'?s no(?:one| one|body)|"
    r"not at the moment|nothing at the moment|none right now|nothing yet|none yet)\W*$",
    re.IGNORECASE,
)
_YES = re.compile(
    r"^\W*(?:y|yes|yeah|yea|yep|yup|ok|okay|k|sure|fine|that'?s fine|that'?s ok|correct|right|"
    r"that'?s right|go on|go ahead|alright|all right|of course|please do|yes please)\W*$",
    re.IGNORECASE,
)
# "Yes, that's all correct, thank you very much": a yes first, then politeness, with nothing that
# takes it back ("yes but...", "yes apart from the budget")
_YES_FIRST = re.compile(
    r"^\W*(?:yes|yeah|yep|yup|aye|correct|that'?s (?:right|correct|fine|all correct))\b"
    r"(?!.*\b(?:but|except|apart from|not|no|wrong|change|(?:is|are|was|do|does|did|ca|wo)n'?t)\b)",
    re.IGNORECASE,
)
_NO = re.compile(r"^\W*(?:n|no|nah|nope|no thanks|no thank you|not really|i don'?t)\W*$", re.I)
_NOT_SURE = re.compile(
    r"\b(?:not sure|unsure|don'?t know|dont know|do not know|no idea|idk|dunno|not yet|"
    r"haven'?t been told|not been told|waiting to hear)\b",
    re.IGNORECASE,
)
# a whole answer that gives nothing to store: not knowing, or pointing back at an earlier answer
_DONT_KNOW = re.compile(
    r"^\W*(?:(?:i|i'?m|im)\s+)?(?:really\s+)?(?:(?:don'?t|dont|do\s+not|dno|dnt)\s+(?:really\s+)?know"
    r"|dunno|idk|no\s+idea|not\s+sure|unsure|no\s+clue|haven'?t\s+a\s+clue|um+|er+m*|hm+|\?+)"
    r"(?:\s+(?:really|tbh|to\s+be\s+honest|sorry|either|yet))*\W*$",
    re.IGNORECASE,
)
_SAID_BEFORE = re.compile(
    r"^\W*(?:i\s+(?:already\s+|just\s+)?(?:told|said|answered)(?:\s+(?:you|u|ya|that|this|it))*"
    r"|(?:i'?ve|ive)\s+(?:already\s+|just\s+)?(?:told|said|answered)(?:\s+(?:you|u|that|this|it))*"
    r"|(?:(?:the\s+)?same\s+as|like|as)\s+(?:before|i\s+said|i\s+told\s+(?:you|u)|above|last\s+time"
    r"|earlier|the\s+last\s+(?:one|question))|see\s+above|already\s+(?:said|told\s+(?:you|u)|answered)"
    r"|same(?:\s+again)?)(?:\s+(?:already|before|earlier|that|just\s+now|lol|!+|\?+))*\W*$",
    re.IGNORECASE,
)
# "no, that's everyone": after "You mentioned Carol. Who else...?", the people already named
_THATS_ALL = re.compile(
    r"^\W*(?:no+|nope|nah|not\s+really|no\s+one\s+else|nobody\s+else|no-one\s+else|"
    r"that'?s\s+(?:it|all|everyone|everybody|everything|all\s+of\s+them|them)|just\s+(?:them|those"
    r"(?:\s+(?:two|three|people))?)|only\s+them|them\s+(?:two|three)|that\s+covers\s+it|"
    r"those\s+are\s+all|nobody|no\s+one|none)(?:[\s,.!]+(?:no+|that'?s\s+(?:it|all|everyone)|"
    r"thanks?|thank\s+you|ta|really|just\s+them|no\s+one\s+else|nobody\s+else))*\W*$",
    re.IGNORECASE,
)
# the questions whose answer is the person's own words: a non-answer there is never stored
NON_ANSWER_FIELDS = OWN_WORDS
_TYPIST = re.compile(r"\b(?:me|myself)\s*,?\s*i\b|\b(?:i|me|myself)\b(?!')", re.IGNORECASE)
CHOICES = CHOICE_CODES  # the coded answers of the choice questions, from the planner
# the parts a person can change at the review (everything asked, apart from the yes/no steps)
CHANGEABLE: tuple[str, ...] = tuple(
    f for f in FIELDS if f not in {"consent", "answering_for", "confirm_summary"}
)


def required_questions(slots: dict[str, Any]) -> list[str]:
    """The questions still in play, in order; the form asks the first one with no answer."""
    if slots.get("erase_confirmed"):
        return []  # everything is being deleted: nothing more to ask
    erase = ["erase_confirm"] if slots.get("ask_erase") else []
    # "are you safe right now?" comes before everything, consent included
    erase = (["safety_check"] if slots.get("ask_safety_check") else []) + erase
    if slots.get("consent") is not True:
        return [*erase, "consent"]
    extra = erase + [
        name
        for name, flag in (
            ("carry_on", "ask_carry_on"),
            ("support_hours", "ask_support_hours"),
            ("restart_confirm", "ask_restart"),
            ("review_change", "ask_review_change"),
        )
        if slots.get(flag)
    ]
    skipped = set(slots.get("skipped") or [])
    fields = [f for f in FIELDS if f not in skipped or f in NOT_SKIPPABLE]
    if slots.get("answering_for") != "someone_else":
        fields.remove("answering_relationship")
    return extra + fields


def _is_the_person(person: dict[str, Any], preferred_name: Any) -> bool:
    """The person the plan is for, named among the helpers ("Sue sits with Mary")."""
    name = str(person.get("name") or "").strip().lower()
    return (
        bool(name)
        and not person.get("relationship")
        and name == str(preferred_name or "").strip().lower()
    )


def as_third_person(text: str, relationship: str) -> str:
    """A carer's "me, I do her shopping but I can't keep it up" as "their son do her shopping
    but can't keep it up", so the people extractor counts the carer's own help."""
    first = True

    def name(match: re.Match[str]) -> str:
        nonlocal first
        if first:
            first = False
            return f"their {relationship}"
        return "" if match.group(0).lower() == "i" else "them"

    return _TYPIST.sub(name, text)


def next_question(slots: dict[str, Any]) -> str | None:
    return next((f for f in required_questions(slots) if slots.get(f) is None), None)


def latest_intent(tracker: Tracker) -> str | None:
    intent = (tracker.latest_message or {}).get("intent") or {}
    return intent.get("name")


def chosen(tracker: Tracker) -> str | None:
    """The value of a `choice` entity from a button the assistant offered, if any."""
    for entity in (tracker.latest_message or {}).get("entities") or []:
        if entity.get("entity") == "choice" and isinstance(entity.get("value"), str):
            return str(entity["value"])
    return None


def yes_or_no(tracker: Tracker, text: str) -> bool | None:
    intent = latest_intent(tracker)
    if intent == "affirm" or _YES.match(text):
        return True
    if intent == "deny" or _NO.match(text):
        return False
    if _YES_FIRST.match(text):
        return True
    return None


def said_nothing(text: str) -> bool:
    return bool(_NOTHING.match(text.strip()))


def clip(text: str) -> str:
    return text.strip()[:MAX_ANSWER_CHARS]


def numbered(items: list[dict[str, Any]], prefix: str) -> list[dict[str, Any]]:
    return [{**item, "id": f"{prefix}{i}"} for i, item in enumerate(items, start=1)]


# actions that run between a message and the form's validation as part of every turn
_PART_OF_A_TURN = {"action_listen", "action_extract_slots", "journey_form", "validate_journey_form"}


_UNSURE = re.compile(
    r"^\W*(?:not\s+sure|unsure|don'?t\s+know|dunno|idk|no\s+idea|it\s+varies|varies|depends)\b",
    re.IGNORECASE,
)


def answered_just_now(tracker: Tracker) -> bool:
    """True when the form runs straight after the person's message; False when another action
    (a change, a welcome, a safety check, an interruption) ran since it."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return True
        if event.get("event") == "action" and event.get("name") not in _PART_OF_A_TURN:
            return False
    return True


class ValidateJourneyForm(FormValidationAction):
    def name(self) -> str:
        return "validate_journey_form"

    async def required_slots(
        self,
        domain_slots: list[str],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> list[str]:
        return required_questions(tracker.current_slot_values())

    async def get_validation_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Validate only what the person just answered.

        When the form starts (a change after the plan, a hello, a safety check) or comes back
        after an interruption, Rasa hands over every answer already given as "to validate", with
        the latest words beside them. Those answers were checked when they were given; checking
        them again against words meant for something else would overwrite them (issue 15: "change
        the help i need" once wrote itself into five other answers and went back to consent).
        """
        if not answered_just_now(tracker):
            return []
        return await super().get_validation_events(dispatcher, tracker, domain)

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        events = await super().run(dispatcher, tracker, domain)
        validated = any(
            e.get("event") == "slot" and e.get("name") != "requested_slot" for e in events
        )
        # After a message that filled nothing, return only `requested_slot`: any other slot
        # event would stop Rasa rejecting the form, and the interruption rules would not run.
        if not validated and tracker.latest_action_name == "action_listen":
            return events
        asking = next_question(tracker.current_slot_values())
        if asking in FIELD_STAGE and tracker.get_slot("stage") != FIELD_STAGE[asking]:
            events.append(SlotSet("stage", FIELD_STAGE[asking]))
        if any(e.get("event") == "slot" and e.get("name") in FIELD_STAGE for e in events):
            save_tracker_profile(tracker)
        return events

    # --- helpers ----------------------------------------------------------------------------

    def _text(self, value: Any, tracker: Tracker) -> str:
        text = value if isinstance(value, str) else str(tracker.latest_message.get("text") or "")
        return "" if text.startswith("/") else clip(text)

    def _fail(
        self,
        field: str,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        message: str,
    ) -> dict[str, Any]:
        """A kind re-ask; on the second failed try, say why and offer to skip."""
        tries = int(tracker.get_slot("tries") or 0) + 1
        channel = tracker.get_slot("channel")
        if tries >= 2 and field not in NOT_SKIPPABLE:
            # the same question a third time without progress: no dead end. Leave it for now,
            # say so kindly, and move on (it can be answered at the end: "change ...")
            dispatcher.utter_message(text=say("leave_for_now", channel))
            skipped = list(tracker.get_slot("skipped") or [])
            if field not in skipped:
                skipped.append(field)
            return {field: None, "tries": 0, "skipped": skipped}
        if tries >= 2:  # a question that cannot be left: say why, once more, kindly
            dispatcher.utter_message(text=say("two_tries", channel))
        else:
            dispatcher.utter_message(text=message)
        return {field: None, "tries": tries}

    def _ok(self, field: str, value: Any) -> dict[str, Any]:
        return {field: value, "tries": 0}

    def _non_answer(
        self, field: str, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> dict[str, Any] | None:
        """ "i dont know" or "i told you" as the whole answer: nothing is stored. Asked again once,
        kindly, with skip offered; a second time, the question is left for now (see _fail)."""
        text = self._text(value, tracker)
        if _DONT_KNOW.match(text):
            return self._fail(field, dispatcher, tracker, say("dont_know"))
        if _SAID_BEFORE.match(text):
            return self._fail(field, dispatcher, tracker, say("said_before"))
        return None

    # --- the welcome and about you ---------------------------------------------------------

    def validate_consent(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        answer = yes_or_no(tracker, str(value or ""))
        if answer is None:
            return self._fail("consent", dispatcher, tracker, say("consent_needed"))
        if answer:
            dispatcher.utter_message(text=say("consent_thanks"))
        return self._ok("consent", answer)

    def validate_answering_for(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        intent = latest_intent(tracker)
        answer = {"answer_self": "self", "answer_someone_else": "someone_else"}.get(intent or "")
        answer = answer or language.parse_choice("answering_for", self._text(value, tracker))
        if answer not in CHOICES["answering_for"]:
            return self._fail("answering_for", dispatcher, tracker, say("answering_for_again"))
        return self._ok("answering_for", answer)

    def validate_preferred_name(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        name = clean_name(self._text(value, tracker))
        if name is None:
            return self._fail("preferred_name", dispatcher, tracker, say("name_again"))
        return self._ok("preferred_name", name)

    def validate_answering_relationship(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        text = self._text(value, tracker)
        relationship = language.extract_relationship(text)
        if relationship is None and text and not language.looks_like_nonsense(text):
            relationship = text[:60] if len(text) <= 60 else None
        if not relationship:
            return self._fail("answering_relationship", dispatcher, tracker, say("relationship"))
        return self._ok("answering_relationship", relationship)

    def validate_admired_qualities(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        text = self._text(value, tracker)
        items = [] if language.looks_like_nonsense(text) else language.split_items(text)
        if not items:
            return self._fail("admired_qualities", dispatcher, tracker, say("qualities_again"))
        return self._ok("admired_qualities", items[:30])

    # --- your life -------------------------------------------------------------------------

    def _free_text(
        self, field: str, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> dict[str, Any]:
        text = self._text(value, tracker)
        if not text or language.looks_like_nonsense(text):
            return self._fail(field, dispatcher, tracker, say("free_text_again"))
        return self._ok(field, text)

    def validate_typical_week(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return self._free_text("typical_week", value, dispatcher, tracker)

    def validate_people(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        text = self._text(value, tracker)
        if _THATS_ALL.match(text) and named_in_week(tracker):
            # "You mentioned Carol and Joan. Anyone else?" "no that's everyone"
            typist = None
            if tracker.get_slot("answering_for") == "someone_else":
                typist = tracker.get_slot("answering_relationship") or None
            week = language.extract_people(str(tracker.get_slot("typical_week")), typist=typist)
            return self._ok("people", merge_people([], week)[:30])
        if said_nothing(text):
            dispatcher.utter_message(text=say("no_people"))
            return self._ok("people", [])
        typist = None
        if tracker.get_slot("answering_for") == "someone_else":
            typist = tracker.get_slot("answering_relationship") or "carer"
            if not language.names_the_typist(text):
                # a carer's "I do her shopping" is help too: name it by their relationship
                text = as_third_person(text, typist)
        people = [
            p
            for p in language.extract_people(text, typist=typist)
            if not _is_the_person(p, tracker.get_slot("preferred_name"))
        ]
        if not people:
            return self._fail("people", dispatcher, tracker, say("people_again"))
        # people named earlier (in the typical week) fill in names said here only by role
        week = tracker.get_slot("typical_week")
        if isinstance(week, str) and week:
            earlier = language.extract_people(week, typist=typist)
            people = merge_people(people, earlier)
        return self._ok("people", people[:30])

    def _list_answer(
        self, field: str, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> dict[str, Any]:
        text = self._text(value, tracker)
        if said_nothing(text):
            return self._ok(field, [])
        items = [] if language.looks_like_nonsense(text) else language.split_items(text)
        if not items:
            return self._fail(field, dispatcher, tracker, say("free_text_again"))
        return self._ok(field, items[:30])

    def _extracted(
        self,
        field: str,
        value: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        extract: Callable[[str], list[dict[str, Any]]],
        prefix: str,
        again: str,
    ) -> dict[str, Any]:
        """A list answer the spaCy layer structures; "none" is an honest empty answer."""
        text = self._text(value, tracker)
        if said_nothing(text):
            return self._ok(field, [])
        items = extract(text)
        if not items:
            return self._fail(field, dispatcher, tracker, say(again))
        return self._ok(field, numbered(items[:MAX_ITEMS], prefix))

    def validate_current_support(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        result = self._list_answer("current_support", value, dispatcher, tracker)
        people = tracker.get_slot("people")
        if result.get("current_support") and isinstance(people, list):
            # "my key worker Sam helps me cook": Sam is one of the people in their life too
            typist = None
            if tracker.get_slot("answering_for") == "someone_else":
                typist = tracker.get_slot("answering_relationship") or None
            named = [
                p
                for p in language.extract_people(self._text(value, tracker), typist=typist)
                if not _is_the_person(p, tracker.get_slot("preferred_name"))
            ]
            merged = merge_people(people, named)
            if merged != people:
                result["people"] = merged
        return result

    # --- what is important -----------------------------------------------------------------

    def validate_important_to(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return self._list_answer("important_to", value, dispatcher, tracker)

    def validate_support_needs(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        result = self._extracted(
            "support_needs", value, dispatcher, tracker, language.extract_needs, "n", "needs_again"
        )
        needs = result.get("support_needs") or []
        if any(n.get("hours_per_week") is None for n in needs):
            # one short follow-up for the help named without hours (issue 15, item 5)
            result |= {"ask_support_hours": True, "support_hours": None}
        return result

    def validate_support_hours(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """The hours for the help named without them: by area where the answer names the help,
        otherwise for the first such need. "Not sure" leaves them unknown, and the plan says its
        cost is not complete. Asked once: whatever the answer, the journey goes on."""
        text = self._text(value, tracker)
        needs = [dict(n) for n in tracker.get_slot("support_needs") or []]
        missing = [n for n in needs if n.get("hours_per_week") is None]
        done = {"support_hours": None, "ask_support_hours": False, "tries": 0}
        if not text or not missing or said_nothing(text) or _UNSURE.search(text):
            dispatcher.utter_message(text=say("hours_unknown", tracker.get_slot("channel")))
            return done
        for said in language.extract_needs(text):
            match = next((n for n in missing if n["area"] == said["area"]), None)
            if match and said.get("hours_per_week") is not None:
                match["hours_per_week"] = said["hours_per_week"]
                match["times"] = match.get("times") or said.get("times")
                missing.remove(match)
        hours = language.extract_hours(text)
        if missing and hours and hours.get("hours_per_week") and len(missing) == 1:
            missing[0]["hours_per_week"] = hours["hours_per_week"]
            missing[0]["times"] = missing[0].get("times") or hours.get("times")
            missing = []
        if missing:
            dispatcher.utter_message(text=say("hours_unknown", tracker.get_slot("channel")))
        return done | {"support_needs": needs}

    # --- dreams and bottom lines -----------------------------------------------------------

    def validate_dreams(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        text = self._text(value, tracker)
        if said_nothing(text):
            return self._ok("dreams", [])
        if language.looks_like_nonsense(text):
            return self._fail("dreams", dispatcher, tracker, say("free_text_again"))
        dreams = language.extract_dreams(text) or [{"text": text, "tags": []}]
        return self._ok("dreams", numbered(dreams[:MAX_ITEMS], "d"))

    def validate_bottom_lines(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return self._extracted(
            "bottom_lines",
            value,
            dispatcher,
            tracker,
            language.extract_bottom_lines,
            "b",
            "bottom_lines_again",
        )

    # --- the budget ------------------------------------------------------------------------

    def validate_budget_amount(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        text = self._text(value, tracker)
        money = language.extract_money(text)
        if money is None and _NOT_SURE.search(text):
            dispatcher.utter_message(text=say("budget_unknown"))
            skipped = list(tracker.get_slot("skipped") or [])
            return {"budget_amount": None, "skipped": [*skipped, "budget_amount"], "tries": 0}
        if money is None:
            return self._fail("budget_amount", dispatcher, tracker, say("budget_again"))
        if money.pop("assumed_period", False):
            period = {"week": "a week", "year": "a year"}.get(money["period"], money["period"])
            dispatcher.utter_message(text=say("budget_assumed").format(period=period))
        return self._ok("budget_amount", {"amount": money["amount"], "period": money["period"]})

    def _choice(
        self, field: str, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> dict[str, Any]:
        answer = chosen(tracker) or language.parse_choice(field, self._text(value, tracker))
        if answer not in CHOICES[field]:
            return self._fail(field, dispatcher, tracker, say("choose_one"))
        return self._ok(field, answer)

    def validate_budget_management(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return self._choice("budget_management", value, dispatcher, tracker)

    def validate_employer_choice(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return self._choice("employer_choice", value, dispatcher, tracker)

    def validate_plan_voice(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return self._choice("plan_voice", value, dispatcher, tracker)

    # --- the review and the extra questions ------------------------------------------------

    def validate_confirm_summary(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        answer = yes_or_no(tracker, str(value or ""))
        if answer is None:
            return self._fail("confirm_summary", dispatcher, tracker, say("summary_yes_no"))
        if answer:
            return self._ok("confirm_summary", True)
        return {"confirm_summary": None, "ask_review_change": True, "review_change": None}

    def validate_review_change(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        field = chosen(tracker) or language.detect_field(self._text(value, tracker))
        if field not in CHANGEABLE:
            return self._fail("review_change", dispatcher, tracker, say("which_part"))
        dispatcher.utter_message(text=say("change_this"))
        return reset_field(tracker, field) | {
            "review_change": field,
            "ask_review_change": False,
            "tries": 0,
        }

    def validate_carry_on(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        answer = yes_or_no(tracker, str(value or ""))
        if answer is None:
            return self._fail("carry_on", dispatcher, tracker, say("carry_on_yes_no"))
        dispatcher.utter_message(text=say("carry_on" if answer else "stop_for_now"))
        return {"carry_on": answer, "ask_carry_on": False, "tries": 0}

    def validate_safety_check(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        text = str(value or "")
        answer = chosen(tracker) or language.parse_choice("safety_check", text)
        if answer is None:
            yes = yes_or_no(tracker, text)  # "are you safe?" "yes" / "no"
            answer = {True: "safe", False: "need_help", None: None}[yes]
        if answer is None and int(tracker.get_slot("tries") or 0) < 1:
            dispatcher.utter_message(text=say("safety_again", tracker.get_slot("channel")))
            return {"safety_check": None, "tries": 1}
        return safety_answer(answer or "numbers", dispatcher, tracker)

    def validate_erase_confirm(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        answer = yes_or_no(tracker, str(value or ""))
        if answer is None:
            return self._fail("erase_confirm", dispatcher, tracker, say("erase_yes_no"))
        if answer:
            dispatcher.utter_message(text=say("erased"))
            return {"erase_confirm": True, "ask_erase": False, "erase_confirmed": True, "tries": 0}
        dispatcher.utter_message(text=say("erase_kept"))
        return {"erase_confirm": None, "ask_erase": False, "tries": 0}

    def validate_restart_confirm(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        answer = yes_or_no(tracker, str(value or ""))
        if answer is None:
            return self._fail("restart_confirm", dispatcher, tracker, say("restart_yes_no"))
        result: dict[str, Any] = {"restart_confirm": answer, "ask_restart": False, "tries": 0}
        if answer:
            dispatcher.utter_message(text=say("restarted"))
            result |= {f: None for f in FIELDS if f != "consent"} | {"skipped": []}
        else:
            dispatcher.utter_message(text=say("carry_on"))
        return result


def _in_own_words(field: str, validate: Callable[..., Any]) -> Callable[..., Any]:
    """The checks every answer in the person's own words gets around its own validation:
    - a non-answer ("i dont know", "i told you") is never stored (see _non_answer);
    - a changed answer replaces the one before, unless the person asked to add to it ("can I add
      to my dreams") or the new answer says so ("she also needs...", "as well as the lunch"):
      then both are kept."""

    def checked(
        self: ValidateJourneyForm,
        value: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> Any:
        refused = self._non_answer(field, value, dispatcher, tracker)
        if refused is not None:
            return refused
        result = validate(self, value, dispatcher, tracker, domain)
        before = tracker.get_slot("change_from")
        new = result.get(field) if isinstance(result, dict) else None
        if not isinstance(before, dict) or before.get("field") != field or new is None:
            return result
        if before.get("add") or ADDING.search(self._text(value, tracker)):
            result[field] = merged_answer(field, before.get("value"), new)
            if field == "support_needs":  # the follow-up only for help still without hours
                unknown = any(n.get("hours_per_week") is None for n in result[field])
                result["ask_support_hours"] = unknown
        result["change_from"] = None
        return result

    checked.__name__ = validate.__name__
    checked.__doc__ = validate.__doc__
    return checked


_PREFIX = {"support_needs": "n", "dreams": "d", "bottom_lines": "b"}


def merged_answer(field: str, old: Any, new: Any) -> Any:
    """What was said before, then what is new that was not said before."""
    if old is None:
        return new
    if isinstance(old, str) and isinstance(new, str):
        return new if new.lower() in old.lower() else f"{old} {new}"
    if not isinstance(old, list) or not isinstance(new, list):
        return new
    if field == "people":
        return merge_people(old, new, need_relationship=False)

    def key(item: Any) -> str:
        return str(item.get("text") if isinstance(item, dict) else item).strip().lower()

    seen = {key(item) for item in old}
    areas = {item.get("area") for item in old if isinstance(item, dict) and item.get("area")}

    def again(item: Any) -> bool:
        """Said before: the same words, or help of an area already there named again without
        hours ("as well as the lunch and the showers")."""
        if key(item) in seen:
            return True
        return (
            isinstance(item, dict)
            and item.get("area") in areas
            and item.get("hours_per_week") is None
        )

    out = [*old, *(item for item in new if not again(item))]
    if field in _PREFIX:
        plain = [{k: v for k, v in item.items() if k != "id"} for item in out]
        return numbered(plain[:MAX_ITEMS], _PREFIX[field])
    return out[:30]


for _field in NON_ANSWER_FIELDS:
    validate = _in_own_words(_field, getattr(ValidateJourneyForm, f"validate_{_field}"))
    setattr(ValidateJourneyForm, f"validate_{_field}", validate)


def safety_answer(
    answer: str, dispatcher: CollectingDispatcher, tracker: Tracker
) -> dict[str, Any]:
    """After "are you safe right now?": safe carries on with nothing recorded; need help gets
    the full signposting and records the words that raised the check; numbers shows them all."""
    channel = tracker.get_slot("channel")
    done: dict[str, Any] = {
        "safety_check": None,
        "ask_safety_check": False,
        "safety_words": None,
        "safety_code": None,
        "tries": 0,
    }
    if answer == "need_help":
        code = "safeguarding" if tracker.get_slot("safety_code") == "safeguarding" else "crisis"
        words = str(tracker.get_slot("safety_words") or "")
        for line in signposts(code, channel, words):
            dispatcher.utter_message(text=line)
        concern_events = record_concern(tracker, code, words or "I need help now")
        concerns = concern_events[0]["value"] if concern_events else None
        return done | {
            "concerns": concerns,
            "safeguarding": True,
            "ask_carry_on": True,
            "carry_on": None,
        }
    key = "safety_numbers" if answer == "numbers" else "safety_safe"
    dispatcher.utter_message(text=say(key, channel))
    return done


def reset_field(tracker: Tracker, field: str) -> dict[str, Any]:
    """Clear one answer so the form asks it again, and ask for the summary again after it."""
    skipped = [f for f in tracker.get_slot("skipped") or [] if f != field]
    return {field: None, "confirm_summary": None, "skipped": skipped}


# --- names ---------------------------------------------------------------------------------

# "call me Sam", "my name is Sam", "I'm Sam", "it's Sam" -> "Sam"
_NAME_PREFIX = re.compile(
    r"^\s*(?:(?:please\s+)?call\s+(?:me|her|him|them)|(?:my|her|his|their)\s+name\s+is|"
    r"(?:my|her|his|their)\s+name's|i\s*am|i'm|im|it's|its|this\s+is|she's|he's|they're|"
    r"she\s+is|he\s+is|(?:she|he)\s+likes\s+to\s+be\s+called|name\s*:)\s+",
    re.IGNORECASE,
)
_NOT_A_NAME = {
    "yes", "no", "ok", "okay", "hi", "hello", "hiya", "hey", "thanks", "thank you", "bye", "why",
    "skip", "me", "myself", "for me", "someone else", "i don't know", "dunno", "?",
}  # fmt: skip
MAX_NAME_CHARS = 60


_CALLED = re.compile(
    r"\b(?:likes?(?:\s+to\s+be\s+called|\s+being\s+called)?|prefers?(?:\s+to\s+be\s+called)?|"
    r"known\s+as|goes\s+by|calls?\s+(?:me|her|him|them))"
    r"\s+(?P<name>[^\s,.!?]+(?:\s+[A-Z][^\s,.!?]*)?)",
    re.IGNORECASE,
)


_NAMED = re.compile(
    r"(?i:\b(?:always\s+been|everyone\s+calls\s+(?:her|him|me|them)|we\s+call\s+(?:her|him|them))"
    r"\s+(?P<usual>[a-z][a-z'\-]+))"
    r"|(?i:(?:\bname\s+is|\bname's|\b(?:my|our|his|her)\s+(?:wife|husband|partner|mum|mother|dad|"
    r"father|son|daughter|brother|sister|nan|gran|grandad|grandma|friend|aunt|uncle))\s+"
    r"(?P<name>[a-z][a-z'\-]+)\b)|\b(?P<fine>[A-Z][a-z'\-]+)\s+is\s+fine\b",
)


def clean_name(text: str) -> str | None:
    """The name a person gave, without lead-in words; None if it doesn't look like a name.

    "her name is Margaret, she likes Peggy" -> "Peggy": the name someone likes to be called wins.
    """
    called = _CALLED.search(text)
    if called and called.start() > 0:
        text = called.group("name")
    elif not _NAME_PREFIX.match(text):
        # "mum - her name is Kamala", "my wife Mary", "Harold Pritchard, but Harold is fine"
        found = list(_NAMED.finditer(text))
        usual = [m.group("usual") for m in found if m.group("usual")]
        named = usual or [m.group("name") or m.group("fine") for m in found]
        if named:
            text = named[0]
    name = _NAME_PREFIX.sub("", text.strip())
    name = re.split(r"\s*(?:[,;.!?]|\bbut\b|\band\b)\s*", name, maxsplit=1)[0]
    name = name.strip(" .!,\"'")
    if not name or name.lower() in _NOT_A_NAME:
        return None
    if len(name) > MAX_NAME_CHARS or len(name.split()) > 4:
        return None
    if not any(ch.isalpha() for ch in name):
        return None
    return name[0].upper() + name[1:] if name.islower() else name


__all__ = ["EXTRA_QUESTIONS", "ValidateJourneyForm", "clean_name", "required_questions"]


class ActionAskPeople(Action):
    """The people question. When the typical week already named people, it says so and asks
    who else, rather than asking as if nothing had been said ("You mentioned Carol and Joan.")."""

    def name(self) -> str:
        return "action_ask_people"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        named = named_in_week(tracker)
        if not named:
            dispatcher.utter_message(response="utter_ask_people")
            return []
        them = named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]
        whose = (
            f"{tracker.get_slot('preferred_name')}'s"
            if tracker.get_slot("answering_for") == "someone_else"
            else "your"
        )
        words = say("people_mentioned", tracker.get_slot("channel"))
        dispatcher.utter_message(text=words.format(them=them, whose=whose))
        return []


def named_in_week(tracker: Tracker) -> list[str]:
    """The names of people the typical week mentioned, as the person wrote them."""
    week = tracker.get_slot("typical_week")
    if not isinstance(week, str) or not week:
        return []
    typist = None
    if tracker.get_slot("answering_for") == "someone_else":
        typist = tracker.get_slot("answering_relationship") or None
    people = language.extract_people(week, typist=typist)
    person = str(tracker.get_slot("preferred_name") or "").lower()
    return [
        str(p["name"])
        for p in people
        if p.get("relationship")
        and not _BY_ROLE.match(str(p["name"]))
        and str(p["name"]).lower() != person
    ][:6]


_BY_ROLE = re.compile(r"(?i)(?:my|our|his|her|their|the|a|an)\s")

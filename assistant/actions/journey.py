"""The guided journey's form: which question comes next, and turning answers into Profile fields.

One form, `journey_form`, asks every question (assistant/journey/spec.py FIELDS). Its validation
action decides what applies (the relationship question only for someone typing for another
person; nothing after a "no" to consent), leaves out what the person skipped, asks the extra
questions (carry on? start again? which part to change?) first when they are due, and turns free
text into structured answers with the spaCy layer (assistant/language). A failed answer gets a
kind re-ask; after two tries the person is told why and offered a skip.

    journey.py          the order of questions (required_questions), CHOICES, ValidateJourneyForm
      ├─ form_about_you.py   consent, name, who is typing, a typical week, people, help now
      ├─ form_needs.py       what matters, needs and hours, dreams, bottom lines, the budget
      ├─ form_steps.py       the summary, carry on, "are you safe?", erase, start again
      └─ form_base.py        what they share: re-asks, answer shapes, `in_own_words`
    answers.py (yes, no, nothing, "don't know"), names.py, people.py: reading one answer
"""

from __future__ import annotations

from typing import Any

# rasa_sdk has no type information (no py.typed): hence the narrow ignores on its
# imports and on the classes built on its Action
from rasa_sdk import Tracker  # type: ignore[import-untyped]
from rasa_sdk.events import EventType, SlotSet  # type: ignore[import-untyped]
from rasa_sdk.executor import CollectingDispatcher  # type: ignore[import-untyped]
from rasa_sdk.types import DomainDict  # type: ignore[import-untyped]

from assistant import language
from assistant.actions.answers import chosen, latest_intent, merged_answer, yes_or_no
from assistant.actions.form_about_you import AboutYouQuestions
from assistant.actions.form_base import in_own_words
from assistant.actions.form_needs import NeedsQuestions
from assistant.actions.form_steps import StepQuestions, reset_field
from assistant.actions.names import clean_name
from assistant.actions.people import ActionAskPeople
from assistant.actions.profile import save_tracker_profile
from assistant.actions.wording import say
from assistant.journey.spec import EXTRA_QUESTIONS, FIELD_STAGE, FIELDS, NOT_SKIPPABLE, OWN_WORDS
from planner import CHOICE_CODES

__all__ = [
    "CHANGEABLE",
    "CHOICES",
    "EXTRA_QUESTIONS",
    "ActionAskPeople",
    "ValidateJourneyForm",
    "clean_name",
    "merged_answer",
    "next_question",
    "required_questions",
    "reset_field",
    "yes_or_no",
]

# the questions whose answer is the person's own words: a non-answer there is never stored
NON_ANSWER_FIELDS = OWN_WORDS
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


def next_question(slots: dict[str, Any]) -> str | None:
    return next((f for f in required_questions(slots) if slots.get(f) is None), None)


# actions that run between a message and the form's validation as part of every turn
_PART_OF_A_TURN = {"action_listen", "action_extract_slots", "journey_form", "validate_journey_form"}


def answered_just_now(tracker: Tracker) -> bool:
    """True when the form runs straight after the person's message; False when another action
    (a change, a welcome, a safety check, an interruption) ran since it."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return True
        if event.get("event") == "action" and event.get("name") not in _PART_OF_A_TURN:
            return False
    return True


class ValidateJourneyForm(AboutYouQuestions, NeedsQuestions, StepQuestions):
    """The journey form: its questions validated by stage (form_about_you.py, form_needs.py,
    form_steps.py); the answers that are choices, and the part to change, here."""

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
        events: list[EventType] = await super().get_validation_events(dispatcher, tracker, domain)
        return events

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        events: list[EventType] = await super().run(dispatcher, tracker, domain)
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

    def validate_answering_for(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        intent = latest_intent(tracker)
        answer = {"answer_self": "self", "answer_someone_else": "someone_else"}.get(intent or "")
        answer = answer or language.parse_choice("answering_for", self._text(value, tracker))
        if answer not in CHOICES["answering_for"]:
            return self._fail("answering_for", dispatcher, tracker, say("answering_for_again"))
        return self._ok("answering_for", answer)

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


for _field in NON_ANSWER_FIELDS:
    validate = in_own_words(_field, getattr(ValidateJourneyForm, f"validate_{_field}"))
    setattr(ValidateJourneyForm, f"validate_{_field}", validate)

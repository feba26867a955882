"""The guided journey's stages and which Profile field (CONTRACT.md section 3) belongs to which.

    welcome -> about_you -> your_life -> important -> dreams -> bottom_lines -> budget -> review
            -> plan                     (and "advice" for one-off questions outside the journey)

The gateway reports `state.stage`, `state.asking` and `state.progress` from this table and the
slots Rasa holds; custom actions use it to know where the person is.
"""

from __future__ import annotations

from typing import Any

STAGES: tuple[str, ...] = (
    "welcome",
    "about_you",
    "your_life",
    "important",
    "dreams",
    "bottom_lines",
    "budget",
    "review",
    "plan",
)
# progress counts the steps after the welcome: about_you is step 1 of 8, plan is 8 of 8
PROGRESS_OF = len(STAGES) - 1

# The questions of the journey, in the order they are asked. One form (`journey_form`) asks
# them all; its validation action leaves out what does not apply or was skipped.
FIELDS: tuple[str, ...] = (
    "consent",
    "answering_for",
    "preferred_name",
    "answering_relationship",
    "admired_qualities",
    "typical_week",
    "people",
    "current_support",
    "important_to",
    "support_needs",
    "dreams",
    "bottom_lines",
    "budget_amount",
    "budget_management",
    "employer_choice",
    "plan_voice",
    "confirm_summary",
)

# the questions answered in the person's own words (a list or a few sentences): a non-answer is
# never stored there, and a change can add to what was said
OWN_WORDS: tuple[str, ...] = FIELDS[
    FIELDS.index("admired_qualities") : FIELDS.index("budget_amount")
]

FIELD_STAGE: dict[str, str] = {
    "consent": "welcome",
    "answering_for": "about_you",
    "preferred_name": "about_you",
    "answering_relationship": "about_you",
    "admired_qualities": "about_you",
    "typical_week": "your_life",
    "people": "your_life",
    "current_support": "your_life",
    "important_to": "important",
    "support_needs": "important",
    "dreams": "dreams",
    "bottom_lines": "bottom_lines",
    "budget_amount": "budget",
    "budget_management": "budget",
    "employer_choice": "budget",
    "plan_voice": "review",
    "confirm_summary": "review",
}

# Questions the conversation asks that are not Profile fields (CONTRACT.md section 1 allows new
# snake_case `asking` names): they keep the stage the person was in.
#   carry_on         after a safeguarding or crisis message: carry on now, or stop for now?
#   restart_confirm  after "start again": clear the answers and start again?
#   review_change    after "no, that's not right" at the review: which part to change?
#   erase_confirm    after "delete everything you know about me": delete it all now?
#   safety_check     after an unclear risk signal (assistant/safety): are you safe right now?
#   support_hours    after help named without hours: about how long each time, and how often?
EXTRA_QUESTIONS: tuple[str, ...] = (
    "carry_on",
    "restart_confirm",
    "review_change",
    "erase_confirm",
    "safety_check",
    "support_hours",
)

# Fields a person may not skip: without consent we cannot plan; the plan needs a name to use
# (a nickname is fine) and whose plan it is; and it is drafted only once the summary is right.
NOT_SKIPPABLE: frozenset[str] = frozenset(
    {"consent", "answering_for", "preferred_name", "confirm_summary", *EXTRA_QUESTIONS}
)

# Intents that interrupt a question. The form never stores one of these as an answer; a rule
# answers it and then asks the question again (stories/interruptions.yml is generated from this).
INTERRUPTIONS: dict[str, list[str]] = {
    "why_ask": ["action_explain_question"],
    "skip": ["action_skip_question"],
    "go_back": ["action_go_back"],
    "change_answer": ["action_change_answer"],
    "start_again": ["action_start_again"],
    "erase_data": ["action_erase_request"],
    "pause": ["utter_pause_saved"],
    "goodbye": ["utter_goodbye_paused"],
    "resume": ["utter_welcome_back"],
    "greet": ["utter_welcome_back"],
    "thanks": ["utter_you_are_welcome"],
    "ask_for_person": ["action_ask_for_person"],
    "bot_challenge": ["utter_bot_challenge"],
    "out_of_scope": ["utter_out_of_scope"],
    "faq": ["utter_faq", "utter_carry_on_after_advice"],
    "safeguarding_disclosure": ["action_safeguarding"],
    "crisis": ["action_safeguarding"],
    # sent only by the gateway's safety decision (assistant/safety), never guessed by the NLU
    "safety_check": ["action_safety_check"],
    "withdraw_concern": ["action_withdraw_concern"],
}


def conversation_state(
    slots: dict[str, Any], active_loop: str | None, latest_intent: str | None = None
) -> dict[str, Any]:
    """The `state` object of a chat reply, from Rasa's slots, active loop and last intent."""
    asking = slots.get("requested_slot") if active_loop else None
    if asking is not None and not isinstance(asking, str):
        asking = None
    if slots.get("ask_safety_check"):
        asking = "safety_check"
    stage = slots.get("stage")
    if asking in FIELD_STAGE:
        stage = FIELD_STAGE[asking]
    if active_loop is None and latest_intent == "faq" and not slots.get("plan_ready"):
        stage = "advice"  # a one-off question outside the journey
    if stage not in STAGES and stage != "advice":
        stage = "welcome"
    step = STAGES.index(stage) if stage in STAGES else 0
    return {
        "stage": stage,
        "asking": asking,
        "progress": {"step": step, "of": PROGRESS_OF},
        "plan_ready": bool(slots.get("plan_ready")),
        "safeguarding": bool(slots.get("safeguarding")),
    }

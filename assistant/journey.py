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

FIELD_STAGE: dict[str, str] = {
    "consent": "welcome",
    "preferred_name": "about_you",
    "answering_for": "about_you",
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


def conversation_state(slots: dict[str, Any], active_loop: str | None) -> dict[str, Any]:
    """The `state` object of a chat reply, from Rasa's slots and active loop."""
    asking = slots.get("requested_slot") if active_loop else None
    if asking is not None and not isinstance(asking, str):
        asking = None
    stage = slots.get("stage")
    if asking in FIELD_STAGE:
        stage = FIELD_STAGE[asking]
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

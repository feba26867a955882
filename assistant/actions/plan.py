"""The review summary and the hand-off to the planner.

`action_ask_confirm_summary` shows everything gathered in plain words and asks if it is right.
`action_journey_done` runs when the form finishes: after a "no" to consent it says so plainly;
after a confirmed summary it builds the Profile, calls the planner as a library, stores the plan
version and replies with a short summary and a link to the full plan.
"""

from __future__ import annotations

import hashlib
import json
import logging
from datetime import UTC, datetime
from typing import Any

# rasa_sdk has no type information (no py.typed): hence the narrow ignores on its imports
# below and on the classes built on its Action
from pydantic import ValidationError
from rasa_sdk import Action, Tracker  # type: ignore[import-untyped]
from rasa_sdk.events import EventType, SlotSet  # type: ignore[import-untyped]
from rasa_sdk.executor import CollectingDispatcher  # type: ignore[import-untyped]
from sqlmodel import Session

from assistant.actions import get_engine
from assistant.actions.profile import profile_from_slots
from assistant.actions.wording import say, show
from assistant.brokers.models import Broker
from assistant.brokers.service import choose_brokers
from assistant.brokers.vocabulary import fee_payer_words, label_for
from assistant.directory.store import directory_in_use
from assistant.storage import store
from planner import default_rate_card, describe_errors, draft_plan, plan_to_dict

log = logging.getLogger(__name__)

MAX_LINE = 160
LABELS: tuple[tuple[str, str], ...] = (
    ("preferred_name", "Name"),
    ("answering_relationship", "Written with"),
    ("admired_qualities", "What people admire"),
    ("typical_week", "A typical week"),
    ("people", "People"),
    ("current_support", "Help now"),
    ("important_to", "What matters most"),
    ("support_needs", "Help needed"),
    ("dreams", "To change or achieve"),
    ("bottom_lines", "Must and must not"),
    ("budget_amount", "Budget"),
    ("budget_management", "Managing the money"),
    ("employer_choice", "Staff"),
    ("plan_voice", "Plan written"),
)
CHOICE_WORDS = {
    "direct_payment": "a direct payment",
    "council_managed": "the council manages it",
    "individual_service_fund": "an individual service fund",
    "third_party": "someone else manages it",
    "not_sure": "not sure yet",
    "employ_pa": "employ your own staff",
    "use_agency": "use an agency",
    "mix": "a mix of your own staff and an agency",
    "first_person": "as you speaking (I)",
    "third_person": "about you",
}
BROKER_SENTENCES = {
    "none": "You should be able to sort out this plan without a broker.",
    "optional": "An independent support broker could help, but you may not need one.",
    "recommended": "I think an independent support broker would help, because {why}",
    "urgent": "Please get help from an independent support broker soon, because {why}",
}


def money(amount: float) -> str:
    return f"£{amount:,.2f}"


def clip_line(text: str) -> str:
    """At most MAX_LINE characters, cut after a whole item ("; ") or word, never inside one."""
    text = " ".join(text.split())
    if len(text) <= MAX_LINE:
        return text
    head = text[: MAX_LINE - 3]
    for mark in ("; ", " "):
        at = head.rfind(mark)
        if at > MAX_LINE // 2:
            return head[:at].rstrip(" ;,") + "..."
    return head.rstrip() + "..."


def describe_item(field: str, value: Any) -> str:
    if field == "people":
        return "; ".join(
            f"{p.get('name')} ({p.get('relationship')})"
            if p.get("relationship") and p.get("relationship") != p.get("name")
            else str(p.get("name"))
            for p in value
        )
    if field == "support_needs":
        parts = []
        for need in value:
            hours = need.get("hours_per_week")
            extra = f", {hours:g} hours a week" if isinstance(hours, int | float) else ""
            parts.append(f"{need.get('text')}{extra}")
        return "; ".join(parts)
    if field == "bottom_lines":
        return "; ".join(
            ("Must: " if b.get("kind") == "must" else "Must never: ") + str(b.get("text"))
            for b in value
        )
    if field == "budget_amount":
        period = {"week": "a week", "four_weeks": "every 4 weeks", "month": "a month"}.get(
            value.get("period"), "a year"
        )
        return f"{money(float(value.get('amount', 0)))} {period}"
    if isinstance(value, str) and value in CHOICE_WORDS:
        return CHOICE_WORDS[value]
    return show(value)


def summary_lines(slots: dict[str, Any]) -> list[str]:
    skipped = set(slots.get("skipped") or [])
    lines = []
    for field, label in LABELS:
        value = slots.get(field)
        if field in skipped:
            lines.append(f"{label}: skipped")
        elif value is None:
            continue
        elif value == []:
            lines.append(f"{label}: none")
        else:
            lines.append(f"{label}: {clip_line(describe_item(field, value))}")
    return lines


class ActionAskConfirmSummary(Action):  # type: ignore[misc]
    """The review question: a plain summary of everything gathered, then "is this right?"."""

    def name(self) -> str:
        return "action_ask_confirm_summary"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        lines = summary_lines(tracker.current_slot_values())
        dispatcher.utter_message(text="Here is what you told me.\n" + "\n".join(lines))
        dispatcher.utter_message(
            text="Is this right? If it is, I will draft the plan.",
            buttons=[
                {"title": "Yes, that's right", "payload": "/affirm"},
                {"title": "No, change something", "payload": "/deny"},
            ],
        )
        return []


def broker_lines(brokers: list[Broker]) -> list[str]:
    """One plain line per broker, as on the plan page: what they know, where they work, how to
    reach them, the fee and who pays it, and any conflict of interest."""
    lines = []
    for broker in brokers:
        knows = ", ".join(label_for(code) for code in broker.specialisms[:4])
        areas = ", ".join(broker.areas[:3])
        reach = f"Phone {broker.phone}, email {broker.email}" if broker.phone else broker.email
        fee = money(broker.hourly_fee_pence / 100)
        payer = fee_payer_words(broker.fee_paid_by)
        payer = payer[0].lower() + payer[1:]
        conflict = (
            f"Conflict of interest: {broker.conflict_of_interest}"
            if broker.conflict_of_interest
            else "No conflict of interest."
        )
        lines.append(
            f"- {broker.name}: {knows}. Covers {areas}. {reach}. {fee} an hour, {payer}. {conflict}"
        )
    return lines


def broker_offer(db: Session, plan: dict[str, Any], link: str) -> dict[str, Any] | None:
    """The chat message that lists brokers for this plan, with a link to choose on the plan page."""
    lines = broker_lines(choose_brokers(db, plan=plan))
    if not lines:
        return None
    return {
        "text": say("brokers_intro") + "\n" + "\n".join(lines),
        "json_message": {"links": [{"title": "Choose a broker", "url": f"{link}#choose"}]},
    }


def profile_digest(profile: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(profile, sort_keys=True).encode()).hexdigest()[:32]


def plan_summary(plan: dict[str, Any]) -> str:
    costs = plan["costs"]
    sentences = [
        f"It costs {money(costs['weekly_total'])} a week. That is "
        f"{money(costs['annual_total'])} a year."
    ]
    budget, headroom = costs.get("budget_annual") or 0, costs.get("annual_headroom") or 0
    # hours not given, and nothing paid for it: a sleep-in or telecare is costed without hours
    paid = {m for s in plan.get("supports") or [] if s.get("weekly_cost") for m in s["meets"]}
    unknown = [
        n
        for n in plan.get("needs") or []
        if n.get("hours_per_week") is None and n.get("id") not in paid
    ]
    if unknown:
        what = "; ".join(str(n.get("text") or n.get("area") or "")[:60] for n in unknown[:3])
        sentences.append(
            f"The cost is not complete: I don't know the hours yet for {what}. "
            "Add them and I will work it out again."
        )
    elif not budget:
        sentences.append("I didn't have a budget, so I could not check that it fits.")
    elif headroom >= 0:
        sentences.append(
            f"That fits the budget of {money(budget)} a year, with {money(headroom)} left over."
        )
    else:
        sentences.append(
            f"That is {money(-headroom)} a year more than the budget of {money(budget)}. The plan "
            "shows what to talk to the council about."
        )
    broker = plan.get("broker") or {}
    reasons = broker.get("reasons") or []
    why = reasons[0].get("explanation", "") if reasons else ""
    why = why[0].lower() + why[1:] if why else "the plan has several parts to sort out."
    sentences.append(BROKER_SENTENCES.get(broker.get("level", "none"), "").format(why=why))
    return " ".join(s for s in sentences if s)


class ActionJourneyDone(Action):  # type: ignore[misc]
    def name(self) -> str:
        return "action_journey_done"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        slots = tracker.current_slot_values()
        if slots.get("erase_confirmed"):
            return []  # the person asked us to delete everything; the gateway does it now
        if slots.get("consent") is not True:
            dispatcher.utter_message(text=say("consent_declined"))
            return [SlotSet("stage", "welcome")]
        if slots.get("confirm_summary") is not True:
            return []
        profile = profile_from_slots(slots)
        digest = profile_digest(profile)
        with Session(get_engine()) as db:
            chat = store.find_session_by_sender(db, sender_id=tracker.sender_id)
            if chat is None:
                dispatcher.utter_message(text=say("plan_failed"))
                return []
            store.save_profile(db, chat=chat, data=profile)
            latest = store.latest_plan(db, chat=chat)
            if latest is not None and slots.get("plan_profile_hash") == digest:
                plan, opening = latest.data, say("plan_unchanged")
            else:
                plan_id, version = store.next_plan_identity(db, chat=chat)
                try:
                    drafted = draft_plan(
                        profile,
                        default_rate_card(),
                        plan_id=plan_id,
                        created_at=datetime.now(UTC),
                        version=version,
                        directory=directory_in_use(db),
                    )
                except ValidationError as error:
                    log.error("profile rejected by the planner: %s", describe_errors(error))
                    dispatcher.utter_message(text=say("plan_failed"))
                    return []
                plan = plan_to_dict(drafted)
                store.save_plan(db, chat=chat, plan=plan, reason="drafted in the chat")
                opening = say("plan_ready")
            link = store.plan_link(plan_id=plan["plan_id"], key=store.plan_key(db, chat=chat))
            asked = any(c.get("code") == "asked_for_person" for c in slots.get("concerns") or [])
            wanted = (plan.get("broker") or {}).get("advisable") or asked
            offer = broker_offer(db, plan, link) if wanted else None
        dispatcher.utter_message(
            text=f"{opening} {plan_summary(plan)}",
            json_message={"links": [{"title": "See your draft plan", "url": link}]},
        )
        if offer:
            dispatcher.utter_message(**offer)
        return [
            SlotSet("plan_ready", True),
            SlotSet("stage", "plan"),
            SlotSet("plan_profile_hash", digest),
        ]

"""The journey's other custom actions on in-memory trackers: interruptions (why, skip, go back,
change, start again, erase, a real person), safety and safeguarding, the welcome and the plan."""

from __future__ import annotations

import pytest

from assistant.actions.interruptions import (
    ActionAskForPerson,
    ActionChangeAnswer,
    ActionEraseRequest,
    ActionExplainQuestion,
    ActionGoBack,
    ActionSessionStart,
    ActionSkipQuestion,
    ActionStartAgain,
    ActionWelcome,
)
from assistant.actions.journey import (
    ValidateJourneyForm,
    required_questions,
)
from assistant.actions.plan import ActionAskConfirmSummary, ActionJourneyDone
from assistant.actions.safeguarding import ActionSafeguarding
from assistant.actions.wording import WHY
from assistant.brokers import register
from assistant.journey.spec import FIELDS
from assistant.storage import store
from tests.assistant import actions_support
from tests.assistant.actions_support import ANSWERS, run, tracker

# the fixtures: a real SQLite database behind the actions (for every test), and a chat in it
engine = actions_support.engine
chat = actions_support.chat


def test_why_do_you_ask_gives_the_reason_for_the_open_question():
    for field in FIELDS:
        _, messages = run(ActionExplainQuestion(), tracker(asking=field))
        assert messages[0]["text"] == WHY[field]


def test_skip_leaves_the_question_out_but_never_consent():
    slots, messages = run(ActionSkipQuestion(), tracker(slots={"consent": True}, asking="dreams"))
    assert slots["skipped"] == ["dreams"] and "skip" in messages[0]["text"]
    slots, messages = run(ActionSkipQuestion(), tracker(asking="consent"))
    assert slots == {} and "need an answer" in messages[0]["text"]


def test_go_back_clears_the_answer_before_and_says_what_it_was():
    slots, messages = run(ActionGoBack(), tracker(slots=ANSWERS, asking="dreams"))
    assert slots["support_needs"] is None and slots["confirm_summary"] is None
    assert "help to wash and dress" in messages[1]["text"]
    slots, messages = run(ActionGoBack(), tracker(slots={"consent": True}, asking="answering_for"))
    assert slots == {} and "first question" in messages[0]["text"]


def test_change_answer_after_the_plan_reopens_that_part(monkeypatch):
    monkeypatch.setattr(
        "assistant.actions.interruptions.language.detect_field", lambda text: "budget_amount"
    )
    full = {**ANSWERS, "confirm_summary": True}
    slots, messages = run(ActionChangeAnswer(), tracker(slots=full, text="change my budget"))
    assert slots["budget_amount"] is None and slots["confirm_summary"] is None
    assert "£320.00 a week" in messages[1]["text"]


def test_a_change_asked_for_in_the_middle_of_another_keeps_the_first_part_as_it_was(monkeypatch):
    """ "Change my budget" while the dreams are being changed: the dreams keep their old answer
    and the budget is asked (it had asked the dreams again; tenth session)."""
    monkeypatch.setattr(
        "assistant.actions.interruptions.language.detect_field", lambda text: "budget_amount"
    )
    middle = {
        **ANSWERS,
        "confirm_summary": None,
        "dreams": None,
        "change_from": {"field": "dreams", "value": ANSWERS["dreams"], "add": False},
    }
    slots, _ = run(ActionChangeAnswer(), tracker(slots=middle, text="change my budget"))
    assert slots["dreams"] == ANSWERS["dreams"]
    assert slots["budget_amount"] is None
    assert slots["change_from"]["field"] == "budget_amount"


def test_start_again_asks_first_and_clears_only_after_a_yes():
    slots, _ = run(ActionStartAgain(), tracker(slots=ANSWERS, asking="dreams"))
    assert slots == {"ask_restart": True, "restart_confirm": None}
    slots, _messages = run(
        ValidateJourneyForm(),
        tracker(
            slots={**ANSWERS, "ask_restart": True},
            text="yes",
            intent="affirm",
            asking="restart_confirm",
            candidates={"restart_confirm": "yes"},
        ),
    )
    assert slots["preferred_name"] is None and "consent" not in slots  # consent is kept
    assert slots["requested_slot"] == "answering_for"


def test_delete_everything_asks_first_then_marks_the_conversation_for_erasure():
    slots, _ = run(ActionEraseRequest(), tracker(slots=ANSWERS, asking="dreams"))
    assert slots == {"ask_erase": True, "erase_confirm": None}
    assert required_questions({**ANSWERS, "ask_erase": True})[0] == "erase_confirm"
    # before consent too: nothing else is asked first
    assert required_questions({"ask_erase": True}) == ["erase_confirm", "consent"]
    slots, messages = run(
        ValidateJourneyForm(),
        tracker(
            slots={**ANSWERS, "ask_erase": True},
            text="yes",
            intent="affirm",
            asking="erase_confirm",
            candidates={"erase_confirm": "yes"},
        ),
    )
    assert slots["erase_confirmed"] is True and slots["ask_erase"] is False
    assert slots["requested_slot"] is None  # nothing more is asked
    assert "deleted everything" in messages[0]["text"]
    assert required_questions({**ANSWERS, "erase_confirmed": True}) == []


def test_a_no_to_delete_everything_keeps_it_all_and_carries_on():
    slots, messages = run(
        ValidateJourneyForm(),
        tracker(
            slots={**ANSWERS, "ask_erase": True, "dreams": None},
            text="no keep it",
            intent="deny",
            asking="erase_confirm",
            candidates={"erase_confirm": "no keep it"},
        ),
    )
    assert "erase_confirmed" not in slots and slots["ask_erase"] is False
    assert slots["requested_slot"] == "dreams"
    assert "not deleted anything" in messages[0]["text"]


def test_journey_done_does_nothing_once_erasure_is_confirmed(chat):
    db, session = chat
    slots, messages = run(
        ActionJourneyDone(),
        tracker(session.sender_id, {**ANSWERS, "confirm_summary": True, "erase_confirmed": True}),
    )
    assert slots == {} and messages == []
    assert store.latest_plan(db, chat=session) is None


def test_safeguarding_signposts_records_the_words_and_offers_to_carry_on(chat):
    db, session = chat
    words = "my carer hits me when nobody is here"
    store.add_message(db, chat=session, direction="in", channel="web", text=words)
    slots, messages = run(
        ActionSafeguarding(),
        tracker(
            session.sender_id,
            ANSWERS,
            text="/safeguarding_disclosure",
            intent="safeguarding_disclosure",
            asking="dreams",
        ),
    )
    text = " ".join(m["text"] for m in messages)
    assert "999" in text and "116 123" in text and "111" in text and "safeguarding" in text
    assert slots["safeguarding"] is True and slots["ask_carry_on"] is True
    assert slots["concerns"] == [{"code": "safeguarding", "evidence": words}]
    db.expire_all()
    assert store.get_profile(db, chat=session)["concerns"][0]["evidence"] == words


def test_crisis_by_sms_is_one_short_message():
    slots, messages = run(
        ActionSafeguarding(),
        tracker(slots={"channel": "sms"}, text="i want 2 die", intent="crisis"),
    )
    assert len(messages) == 1 and len(messages[0]["text"]) <= 320
    assert "116 123" in messages[0]["text"]
    assert slots["concerns"][0] == {"code": "crisis", "evidence": "i want 2 die"}
    assert "ask_carry_on" not in slots  # no question open: the rule offers buttons instead


@pytest.mark.parametrize("channel", ["web", "sms"])
def test_a_medical_emergency_gets_999_first_and_plainly(channel):
    words = "my husbands collapsed and hes not breathing"
    slots, messages = run(
        ActionSafeguarding(),
        tracker(slots={"channel": channel}, text=words, intent="crisis"),
    )
    first = messages[0]["text"]
    assert first.startswith("This sounds like an emergency. Call 999 now.")
    assert all("feel like this" not in m["text"] for m in messages)
    assert len(messages) == (1 if channel == "sms" else 4)
    assert all(len(m["text"]) <= 320 for m in messages)
    assert slots["concerns"][0] == {"code": "crisis", "evidence": words}


def test_welcome_and_session_start():
    slots, messages = run(ActionWelcome(), tracker(slots={"consent": False}))
    assert slots["consent"] is None and len(messages) == 2
    slots, messages = run(ActionWelcome(), tracker(slots={"consent": None, "channel": "sms"}))
    assert messages == []  # the SMS consent question carries the welcome itself
    _, messages = run(ActionWelcome(), tracker(slots={"consent": True}))
    assert "again" in messages[0]["text"]
    start = tracker()
    start.slots["session_started_metadata"] = {"channel": "sms"}
    slots, _ = run(ActionSessionStart(), start)
    assert slots == {"channel": "sms"}


def test_the_summary_shows_every_answer_and_skips():
    slots = {**ANSWERS, "skipped": ["dreams"], "dreams": None}
    _, messages = run(ActionAskConfirmSummary(), tracker(slots=slots, asking="confirm_summary"))
    summary = messages[0]["text"]
    for expected in ("Priya", "kind", "Jo (sister)", "help to wash and dress, 7 hours a week",
                     "Must never: never a male carer", "£320.00 a week", "a direct payment",
                     "To change or achieve: skipped", "Help now: none"):  # fmt: skip
        assert expected in summary
    assert [b["payload"] for b in messages[1]["buttons"]] == ["/affirm", "/deny"]


def test_journey_done_drafts_a_plan_stores_it_and_links_to_it(chat):
    db, session = chat
    done = {**ANSWERS, "confirm_summary": True}
    slots, messages = run(ActionJourneyDone(), tracker(session.sender_id, done))
    assert slots["plan_ready"] is True and slots["stage"] == "plan"
    record = store.latest_plan(db, chat=session)
    assert record is not None and record.version == 1
    costs = record.data["costs"]
    assert f"£{costs['weekly_total']:,.2f} a week" in messages[0]["text"]
    link = messages[0]["custom"]["links"][0]["url"]
    db.refresh(session)
    assert link == f"/plans/{record.plan_id}?key={session.plan_key}"
    # asked again with nothing changed: the same plan, no new version
    again = {**done, "plan_profile_hash": slots["plan_profile_hash"]}
    _, messages = run(ActionJourneyDone(), tracker(session.sender_id, again))
    assert "Nothing has changed" in messages[0]["text"]
    assert len(store.plan_versions(db, chat=session)) == 1
    # a changed budget: version 2, same plan id
    changed = {**done, "budget_amount": {"amount": 400.0, "period": "week"}}
    run(ActionJourneyDone(), tracker(session.sender_id, changed))
    versions = store.plan_versions(db, chat=session)
    assert [v.version for v in versions] == [1, 2] and versions[1].plan_id == record.plan_id


def test_journey_done_after_a_no_says_what_no_means():
    slots, messages = run(ActionJourneyDone(), tracker(slots={"consent": False}))
    assert slots == {"stage": "welcome"} and "You are in charge" in messages[0]["text"]


def test_when_a_broker_is_advisable_the_chat_lists_at_least_three_from_the_register(chat):
    db, session = chat
    register.seed(db)
    urgent = {
        **ANSWERS,
        "confirm_summary": True,
        "concerns": [{"code": "safeguarding", "evidence": "he hits me"}],
    }
    _, messages = run(ActionJourneyDone(), tracker(session.sender_id, urgent))
    listed = [line for line in messages[-1]["text"].splitlines() if line.startswith("- ")]
    assert len(listed) >= 3
    assert all("an hour" in line and "onflict of interest" in line for line in listed)
    assert messages[-1]["custom"]["links"][0]["url"].endswith("#choose")


def test_asking_for_a_person_after_the_plan_lists_brokers(chat):
    db, session = chat
    register.seed(db)
    done = {**ANSWERS, "confirm_summary": True}
    slots, _ = run(ActionJourneyDone(), tracker(session.sender_id, done))
    asked = tracker(
        session.sender_id,
        {**done, "plan_ready": True},
        text="can I talk to a real person",
        intent="ask_for_person",
    )
    slots, messages = run(ActionAskForPerson(), asked)
    assert slots["concerns"][-1]["code"] == "asked_for_person"
    assert len([ln for ln in messages[-1]["text"].splitlines() if ln.startswith("- ")]) >= 3

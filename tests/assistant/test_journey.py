from assistant.journey.spec import FIELD_STAGE, FIELDS, STAGES, conversation_state


def test_asking_comes_from_requested_slot_while_a_form_is_active():
    state = conversation_state({"requested_slot": "consent"}, "journey_form")
    assert state["asking"] == "consent"
    assert state["stage"] == "welcome"
    assert state["progress"] == {"step": 0, "of": 8}


def test_asking_is_null_when_no_form_is_active():
    state = conversation_state({"requested_slot": "consent", "stage": "about_you"}, None)
    assert state["asking"] is None
    assert state["stage"] == "about_you"
    assert state["progress"]["step"] == 1


def test_unknown_stage_falls_back_to_welcome():
    assert conversation_state({"stage": "nonsense"}, None)["stage"] == "welcome"


def test_flags_come_from_slots():
    state = conversation_state({"plan_ready": True, "safeguarding": True}, None)
    assert state["plan_ready"] is True and state["safeguarding"] is True


def test_every_field_maps_to_a_known_stage():
    assert set(FIELD_STAGE.values()) <= set(STAGES)


def test_a_faq_outside_the_journey_is_the_advice_stage():
    assert conversation_state({}, None, "faq")["stage"] == "advice"
    inside = conversation_state({"requested_slot": "dreams"}, "journey_form", "faq")
    assert inside["stage"] == "dreams"


def test_every_question_has_a_stage_and_the_extra_questions_keep_the_stage():
    assert set(FIELDS) == set(FIELD_STAGE)
    state = conversation_state({"requested_slot": "carry_on", "stage": "budget"}, "journey_form")
    assert state == {**state, "asking": "carry_on", "stage": "budget"}

from assistant.journey import FIELD_STAGE, STAGES, conversation_state


def test_asking_comes_from_requested_slot_while_a_form_is_active():
    state = conversation_state({"requested_slot": "consent"}, "welcome_form")
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

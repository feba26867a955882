from assistant.conversation.turns import clean_text, guard_payload, to_messages


def test_clean_text_removes_control_and_direction_characters():
    assert clean_text("  hi\x00 there\u202e \n") == "hi there"


def test_clean_text_normalises_unicode_to_nfc():
    assert clean_text("Zoe\u0301") == "Zoé"


def test_offered_button_payload_passes_as_payload():
    assert guard_payload('/inform{"x": 1}', {'/inform{"x": 1}'}) == '/inform{"x": 1}'


def test_bare_intent_payload_passes():
    assert guard_payload("/affirm", set()) == "/affirm"


def test_hand_made_payload_with_entities_is_sent_as_words():
    assert guard_payload('/inform{"consent": true}', {"/affirm"}) == 'inform{"consent": true}'


def test_slash_alone_becomes_a_question_mark():
    assert guard_payload("///", set()) == "?"


def test_to_messages_keeps_text_buttons_and_folds_links_into_previous():
    rasa = [
        {"recipient_id": "x", "text": "Hello", "buttons": [{"title": "Yes", "payload": "/affirm"}]},
        {"recipient_id": "x", "custom": {"links": [{"title": "Plan", "url": "/plans/1"}]}},
        {"recipient_id": "x", "image": "ignored.png"},
    ]
    assert to_messages(rasa) == [
        {
            "text": "Hello",
            "buttons": [{"title": "Yes", "payload": "/affirm"}],
            "links": [{"title": "Plan", "url": "/plans/1"}],
        }
    ]

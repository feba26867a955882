"""POST /sms/twilio with a real gateway and database, and a scripted stand-in for Rasa."""

from __future__ import annotations

from sqlmodel import Session, select

from assistant.channels.sms_answer import (
    HELP_TEXT,
    NO_CHOICES_TEXT,
    OUT_OF_RANGE_TEXT,
    STOPPED_TEXT,
    UNAVAILABLE_TEXT,
)
from assistant.channels.sms_phone import hash_phone
from assistant.channels.sms_text import MAX_UNITS, units
from assistant.storage.models import ChatSession, Message
from assistant.storage.sms_models import SmsConversation, SmsOptOut, SmsProcessed
from tests.support.sms import SMS_PATH, new_sid, sign, sms_form, sms_turn

PHONE = "+447700900123"
OTHER = "+447700900456"


def db(client) -> Session:
    return Session(client.app.state.engine)


def test_a_signed_message_is_answered_in_twiml_with_numbered_choices(app_client, rasa):
    reply = sms_turn(app_client, PHONE, "hello")
    assert reply.status == 200
    assert reply.headers["content-type"].startswith("application/xml")
    assert "Reply with a number:\n1 Yes\n2 No" in reply.text
    assert rasa.received[-1]["metadata"]["channel"] == "sms"


def test_a_number_picks_the_button_it_names(app_client, rasa):
    sms_turn(app_client, PHONE, "hello")
    reply = sms_turn(app_client, PHONE, "1")
    assert rasa.received[-1]["message"] == "/affirm"
    assert "What should I call you?" in reply.text


def test_a_number_means_only_the_choices_of_the_last_question(app_client, rasa):
    sms_turn(app_client, PHONE, "hello")
    asked = len(rasa.received)
    wrong = sms_turn(app_client, PHONE, "7")
    assert wrong.messages == [OUT_OF_RANGE_TEXT.format(last=2)]
    assert len(rasa.received) == asked  # not sent on as an answer
    sms_turn(app_client, PHONE, "1")  # Yes; the next question has no choices
    asked = len(rasa.received)
    nothing = sms_turn(app_client, PHONE, "2")
    assert nothing.messages == [NO_CHOICES_TEXT]
    assert len(rasa.received) == asked
    assert all(units(m) <= MAX_UNITS for m in wrong.messages + nothing.messages)


def test_a_misunderstood_reply_is_one_message(app_client, rasa):
    sms_turn(app_client, PHONE, "hello")
    reply = sms_turn(app_client, PHONE, "blah blah")
    assert len(reply.messages) == 1, reply.messages
    (text,) = reply.messages
    assert units(text) <= MAX_UNITS
    assert text.startswith("Sorry") and text.endswith("1 Yes\n2 No")
    follow = sms_turn(app_client, PHONE, "2")  # the numbers still mean that question's choices
    assert rasa.received[-1]["message"] == "/deny"
    assert follow.messages


def test_a_re_ask_that_does_not_begin_with_sorry_is_one_message_too(app_client, rasa):
    sms_turn(app_client, PHONE, "hello")
    reply = sms_turn(app_client, PHONE, "maybe")
    assert len(reply.messages) == 1, reply.messages
    assert reply.messages[0].startswith("I need a yes or a no here.")
    assert reply.messages[0].endswith("1 Yes\n2 No")


def test_missing_or_wrong_signature_is_refused_and_nothing_is_processed(app_client, rasa):
    assert sms_turn(app_client, PHONE, "hello", signature="").status == 403
    assert sms_turn(app_client, PHONE, "hello", signature="bm90IGl0").status == 403
    assert sms_turn(app_client, PHONE, "hello", token="someone-elses-token").status == 403
    # signed for other words than the ones sent
    params = sms_form(PHONE, "hello")
    signature = sign("http://testserver" + SMS_PATH, {**params, "Body": "bye"})
    response = app_client.post(SMS_PATH, data=params, headers={"X-Twilio-Signature": signature})
    assert response.status_code == 403
    assert rasa.received == []
    with db(app_client) as s:
        assert s.exec(select(ChatSession)).all() == []
        assert s.exec(select(SmsProcessed)).all() == []


def test_signature_for_another_address_is_refused(app_client):
    params = sms_form(PHONE, "hello")
    signature = sign("https://elsewhere.example" + SMS_PATH, params)
    response = app_client.post(SMS_PATH, data=params, headers={"X-Twilio-Signature": signature})
    assert response.status_code == 403


def test_one_phone_number_is_one_conversation_stored_only_as_a_keyed_hash(app_client):
    sms_turn(app_client, PHONE, "hello")
    sms_turn(app_client, PHONE, "1")
    sms_turn(app_client, OTHER, "hello")
    with db(app_client) as s:
        links = s.exec(select(SmsConversation)).all()
        assert len(links) == 2
        assert {c.channel for c in s.exec(select(ChatSession)).all()} == {"sms"}
        key = app_client.app.state.phone_hash_key
        assert {link.phone_hash for link in links} == {
            hash_phone(key, PHONE),
            hash_phone(key, OTHER),
        }
        mine = s.get(SmsConversation, hash_phone(key, PHONE))
        assert mine is not None
        texts = [
            m.text for m in s.exec(select(Message).where(Message.session_id == mine.session_id))
        ]
        assert "/affirm" in texts
    # the number itself is nowhere in the database
    raw = (app_client.app.state.settings.var_dir / "kitchen_table.db").read_bytes()
    for number in (PHONE, OTHER, PHONE.lstrip("+")):
        assert number.encode() not in raw


def test_the_hash_key_is_generated_once_into_var_secrets(app_client):
    sms_turn(app_client, PHONE, "hello")
    path = app_client.app.state.settings.var_dir / "secrets" / "phone_hash_key"
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.read_text().strip().encode() == app_client.app.state.phone_hash_key


def test_stop_then_silence_until_start(app_client, rasa):
    sms_turn(app_client, PHONE, "hello")
    stop = sms_turn(app_client, PHONE, "Stop")
    assert stop.messages == [STOPPED_TEXT]
    sent = len(rasa.received)
    quiet = sms_turn(app_client, PHONE, "are you there?")
    assert quiet.status == 200 and quiet.messages == []
    assert "<Message" not in quiet.xml
    assert len(rasa.received) == sent  # nothing went to the dialogue
    start = sms_turn(app_client, PHONE, "START")
    assert "Welcome back" in start.text
    assert "Reply with a number:\n1 Yes\n2 No" in start.text  # the last question again
    assert sms_turn(app_client, PHONE, "1").messages  # and the conversation carries on
    assert rasa.received[-1]["message"] == "/affirm"


def test_every_opt_out_word_stops_and_is_remembered(app_client):
    for n, word in enumerate(["STOPALL", "unsubscribe", "Cancel", "END", "quit."]):
        phone = f"+44770090{n:04d}"
        assert sms_turn(app_client, phone, word).messages == [STOPPED_TEXT]
        assert sms_turn(app_client, phone, "hello").messages == []
    with db(app_client) as s:
        assert len(s.exec(select(SmsOptOut)).all()) == 5


def test_yes_and_unstop_restart_but_only_after_a_stop(app_client, rasa):
    sms_turn(app_client, PHONE, "hello")
    sms_turn(app_client, PHONE, "stop")
    assert "Welcome back" in sms_turn(app_client, PHONE, "yes").text
    sms_turn(app_client, PHONE, "stop")
    assert "Welcome back" in sms_turn(app_client, PHONE, "UNSTOP").text
    # while not stopped, YES is just an answer: here, the consent button it means
    sms_turn(app_client, PHONE, "yes")
    assert rasa.received[-1]["message"] == "/affirm"


def test_start_from_a_number_that_never_talked_to_us(app_client):
    sms_turn(app_client, PHONE, "STOP")
    assert "Send any message to begin" in sms_turn(app_client, PHONE, "start").text


def test_help_says_what_this_is_and_how_to_stop(app_client, rasa):
    reply = sms_turn(app_client, PHONE, "HELP")
    assert reply.messages == [HELP_TEXT]
    assert "not the council" in reply.text and "STOP" in reply.text
    assert rasa.received == []


def test_the_same_message_sid_twice_is_answered_once(app_client, rasa):
    sid = new_sid()
    first = sms_turn(app_client, PHONE, "hello", sid=sid)
    again = sms_turn(app_client, PHONE, "hello", sid=sid)
    assert first.messages and again.messages == first.messages
    assert len(rasa.received) == 1
    with db(app_client) as s:
        assert len(s.exec(select(Message).where(Message.direction == "in")).all()) == 1


def test_a_message_sid_still_being_answered_gets_an_empty_reply(app_client, rasa):
    sid = new_sid()
    with db(app_client) as s:
        s.add(SmsProcessed(message_sid=sid, phone_hash="x" * 64))
        s.commit()
    reply = sms_turn(app_client, PHONE, "hello", sid=sid)
    assert reply.status == 200 and reply.messages == []
    assert rasa.received == []


def test_links_are_absolute_and_long_replies_are_split(app_client):
    sms_turn(app_client, PHONE, "hello")
    plan = sms_turn(app_client, PHONE, "plan please")
    assert "See your plan: http://testserver/plans/p1?key=k" in plan.text
    long = sms_turn(app_client, PHONE, "long please")
    assert len(long.messages) == 2
    assert all(len(m) <= 320 for m in long.messages)


def test_replies_are_gsm_7_safe(app_client):
    sms_turn(app_client, PHONE, "hello")
    reply = sms_turn(app_client, PHONE, "tea")
    assert reply.messages == ['You said "tea" - thanks...']


def test_rasa_down_gets_a_kind_sms_and_the_message_is_kept(app_client, rasa):
    sms_turn(app_client, PHONE, "hello")
    rasa.down = True
    reply = sms_turn(app_client, PHONE, "my name is Jo")
    assert reply.status == 200 and reply.messages == [UNAVAILABLE_TEXT]
    with db(app_client) as s:
        last = s.exec(select(Message).order_by(Message.id.desc())).first()  # type: ignore[union-attr]
        assert last is not None
        assert (last.text, last.status, last.channel) == ("my name is Jo", "undelivered", "sms")


def test_rate_limited_per_phone_with_retry_after(app_client):
    statuses = [sms_turn(app_client, PHONE, f"message {i}").status for i in range(21)]
    assert statuses[:20] == [200] * 20
    limited = sms_turn(app_client, PHONE, "one more")
    assert limited.status == 429 and int(limited.headers["retry-after"]) >= 1
    assert sms_turn(app_client, OTHER, "hello").status == 200  # another number is not held up


def test_missing_from_or_sid_is_a_bad_request(app_client):
    params = {"Body": "hello"}
    url = "http://testserver" + SMS_PATH
    response = app_client.post(
        SMS_PATH, data=params, headers={"X-Twilio-Signature": sign(url, params)}
    )
    assert response.status_code == 400


def test_an_oversized_body_is_refused(app_client):
    response = app_client.post(
        SMS_PATH, content=b"Body=" + b"a" * 20_000, headers={"X-Twilio-Signature": "x"}
    )
    assert response.status_code == 413


def test_no_auth_token_configured_means_every_sms_is_refused(tmp_path):
    from fastapi.testclient import TestClient

    from assistant.main import create_app
    from tests.conftest import make_settings

    settings = make_settings(tmp_path, PUBLIC_BASE_URL="http://testserver")
    with TestClient(create_app(settings)) as client:
        assert sms_turn(client, PHONE, "hello").status == 403

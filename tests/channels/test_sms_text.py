"""SMS wording: GSM-7 safe text, splitting, numbered choices, absolute links, TwiML escaping."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from assistant.channels.sms_text import (
    MAX_UNITS,
    choice_line,
    compose,
    gsm_safe,
    is_gsm,
    pack,
    picked_payload,
    split_words,
    twiml,
    units,
)

BUTTONS = [{"title": "Yes", "payload": "/affirm"}, {"title": "No", "payload": "/deny"}]


def test_curly_quotes_dashes_and_ellipsis_become_gsm_7():
    text = gsm_safe("It\u2019s \u201cfine\u201d \u2014 really\u2026 \u2013 50\u00a0%")
    assert text == 'It\'s "fine" - really... - 50 %'
    assert is_gsm(text)


def test_emoji_are_dropped_and_accents_without_a_gsm_form_are_simplified():
    assert gsm_safe("Great \U0001f600 news") == "Great news"
    assert gsm_safe("Si\u00e2n") == "Sian"
    assert gsm_safe("caf\u00e9 \u00a3305.94") == "caf\u00e9 \u00a3305.94"  # é and £ are GSM-7


def test_letters_with_no_gsm_form_are_kept_rather_than_lost():
    assert gsm_safe("\u674e\u660e") == "\u674e\u660e"


def test_extended_characters_count_twice():
    assert units("[a]") == 5
    assert units("\u20ac1") == 3


def test_long_text_is_split_at_word_boundaries_within_the_limit():
    text = " ".join(f"word{i}" for i in range(200))
    parts = split_words(text)
    assert len(parts) > 1
    assert all(units(p) <= MAX_UNITS for p in parts)
    assert " ".join(parts) == text  # nothing lost, no word cut


def test_a_single_very_long_word_is_cut_at_the_limit():
    parts = split_words("x" * 700)
    assert [len(p) for p in parts] == [320, 320, 60]


def test_short_paragraphs_share_one_message():
    assert pack(["One.", "Two."]) == ["One.\n\nTwo."]


def test_choices_are_numbered():
    assert choice_line(["Yes", "No"]) == "Reply 1 for Yes or 2 for No."
    assert choice_line(["A", "B", "C"]) == "Reply 1 for A, 2 for B or 3 for C."


def test_a_number_picks_the_payload_and_anything_else_does_not():
    assert picked_payload("1", BUTTONS) == "/affirm"
    assert picked_payload(" 2. ", BUTTONS) == "/deny"
    assert picked_payload("3", BUTTONS) is None
    assert picked_payload("1 or 2", BUTTONS) is None
    assert picked_payload("1", []) is None


def test_compose_adds_choices_and_absolute_links():
    messages = [
        {"text": "Is that OK?", "buttons": BUTTONS, "links": []},
        {
            "text": "Here it is.",
            "buttons": [],
            "links": [{"title": "Plan", "url": "/plans/p?key=k"}],
        },
    ]
    texts = compose(messages, base_url="https://kt.example/")
    assert texts == [
        "Is that OK?\nReply 1 for Yes or 2 for No.\n\nHere it is.\nPlan: https://kt.example/plans/p?key=k"
    ]


def test_twiml_escapes_xml_and_keeps_the_words():
    nasty = "a < b & c > d </Message><Message>injected ]]> \x01"
    xml = twiml([nasty, "second"])
    root = ET.fromstring(xml)
    assert [m.text for m in root.findall("Message")] == [nasty.replace("\x01", ""), "second"]


def test_empty_twiml_is_an_empty_response():
    root = ET.fromstring(twiml([]))
    assert root.tag == "Response" and list(root) == []

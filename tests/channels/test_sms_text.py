"""SMS wording: GSM-7 safe text, splitting, numbered choices, absolute links, TwiML escaping."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from assistant.channels.sms_text import (
    MAX_UNITS,
    buttons_of,
    choice_lines,
    compose,
    gsm_safe,
    is_gsm,
    misunderstood,
    one_message,
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


def test_each_choice_is_on_its_own_line():
    assert choice_lines(["For myself", "For someone else"]) == (
        "Reply with a number:\n1 For myself\n2 For someone else"
    )
    assert choice_lines(["A", "B", "C"]).splitlines()[1:] == ["1 A", "2 B", "3 C"]


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
        "Is that OK?\nReply with a number:\n1 Yes\n2 No\n\n"
        "Here it is.\nPlan: https://kt.example/plans/p?key=k"
    ]


def test_twiml_escapes_xml_and_keeps_the_words():
    nasty = "a < b & c > d </Message><Message>injected ]]> \x01"
    xml = twiml([nasty, "second"])
    root = ET.fromstring(xml)
    assert [m.text for m in root.findall("Message")] == [nasty.replace("\x01", ""), "second"]


def test_empty_twiml_is_an_empty_response():
    root = ET.fromstring(twiml([]))
    assert root.tag == "Response" and list(root) == []


# --- reading well on a phone (issue 17) -----------------------------------------------------

SUMMARY = [
    "Here is what you told me.",
    "Name: Sam",
    "What people admire: kind, funny, a good cook, always there for friends",
    "A typical week: I go to the day centre on Mondays and Thursdays and see my sister at the "
    "weekend. The rest of the week I am at home and it gets lonely.",
    "Help needed: getting up and dressed, 2 hours a week; cooking tea, 7 hours a week; "
    "shopping, 2 hours a week; going to the swimming club, 3 hours a week; "
    "medication in the morning, 2 hours a week",
    "To change or achieve: go swimming again; see friends more; learn to cook curry",
    "Must and must not: Must: keep my cat; Must never: a male carer for personal care",
    "Budget: £320.00 a week",
]
WORDS = set(" ".join(SUMMARY).split())


def _words_of(parts):
    return set(" ".join(parts).split())


def test_a_long_summary_is_split_between_lines_and_fields_never_inside_a_word():
    texts = compose(
        [{"text": "\n".join(SUMMARY)}, {"text": "Is this right?", "buttons": BUTTONS}],
        base_url="https://kt.example",
    )
    assert len(texts) >= 2
    assert all(units(t) <= MAX_UNITS for t in texts)
    # every word arrives whole: no part ends or starts in the middle of one
    assert _words_of(texts) >= WORDS
    for text in texts:
        assert not text.endswith("..."), text
    # the long "Help needed" line is cut after a "; ", not inside "2 hours a week"
    help_parts = [line for t in texts for line in t.splitlines() if "hours a week" in line]
    assert all(line.endswith(("week;", "week")) for line in help_parts), help_parts


def test_a_line_with_no_good_break_is_split_between_words():
    line = " ".join(["carefully"] * 60)
    parts = split_words(line)
    assert len(parts) > 1 and all(units(p) <= MAX_UNITS for p in parts)
    assert all(set(p.split()) == {"carefully"} for p in parts)


def test_only_the_last_question_of_a_reply_is_numbered():
    messages = [
        {"text": "First", "buttons": [{"title": "Old", "payload": "/old"}]},
        {"text": "Which one?", "buttons": BUTTONS},
    ]
    (text,) = compose(messages, base_url="https://kt.example")
    assert "Old" not in text
    assert text.endswith("Reply with a number:\n1 Yes\n2 No")
    assert buttons_of(messages) == BUTTONS


def test_a_misunderstood_reply_fits_in_one_message():
    reply = [
        {"text": "Sorry, I didn't catch that. Please choose one of these."},
        {"text": "Here is what you told me.\n" + "\n".join(SUMMARY[1:])},
        {"text": "Is this right? If it is, I will draft the plan.", "buttons": BUTTONS},
    ]
    assert misunderstood(reply)
    assert len(compose(reply, base_url="https://kt.example")) > 1  # as it was before
    text = one_message(reply)
    assert units(text) <= MAX_UNITS
    assert text.startswith("Sorry, I didn't catch that.")
    assert "Is this right?" in text and text.endswith("1 Yes\n2 No")
    assert "Budget" not in text  # the summary is not sent again


def test_an_apology_that_asks_again_is_not_followed_by_the_same_question():
    asks = "Are you answering for yourself, or for someone else?"
    reply = [
        {"text": f"Sorry, I didn't catch that. {asks}"},
        {"text": f"First, {asks.lower()}", "buttons": BUTTONS},
    ]
    assert one_message(reply) == (
        f"Sorry, I didn't catch that. {asks}\nReply with a number:\n1 Yes\n2 No"
    )


def test_a_safety_reply_is_never_squeezed():
    reply = [
        {"text": "Sorry, I want to be sure. Are you safe right now?"},
        {"text": "In danger now: call 999. Samaritans: 116 123.", "buttons": BUTTONS},
    ]
    assert not misunderstood(reply)
    assert not misunderstood([{"text": "Thank you. Next question."}])


def test_thirteen_choices_fit_with_their_question_and_a_longer_list_splits_between_lines():
    titles = ["Name", "Who is writing", "What people admire", "A typical week", "People",
              "Help now", "What matters most", "Help needed", "To change or achieve",
              "Must and must not", "Budget", "Managing the money", "Staff"]  # fmt: skip
    buttons = [{"title": t, "payload": f"/p{n}"} for n, t in enumerate(titles, 1)]
    texts = compose([{"text": "Which part to change?", "buttons": buttons}], base_url="x")
    assert len(texts) == 1 and units(texts[0]) <= MAX_UNITS
    assert texts[0].splitlines()[2:] == [f"{n} {t}" for n, t in enumerate(titles, 1)]
    longer = [{"title": f"Part {n} of the plan", "payload": f"/p{n}"} for n in range(1, 21)]
    texts = compose([{"text": "Which part?", "buttons": longer}], base_url="x")
    lines = [line for t in texts for line in t.splitlines()]
    assert [line for line in lines if "Part" in line] == [
        f"{n} Part {n} of the plan" for n in range(1, 21)
    ]


def test_a_long_summary_line_is_shortened_after_a_whole_item_not_inside_a_word():
    from assistant.actions.plan import MAX_LINE, clip_line

    needs = "; ".join(f"cooking tea for the family, {n} hours a week" for n in range(2, 9))
    clipped = clip_line(needs)
    assert len(clipped) <= MAX_LINE and clipped.endswith("hours a week...")
    assert clip_line("short; line") == "short; line"

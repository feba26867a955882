"""Answers as people really type them: no apostrophes ("doesnt", "cant"), times run together.
The meaning must survive."""

from assistant.language import extract_bottom_lines, extract_needs, extract_people


def test_doesnt_want_is_a_must_not():
    lines = extract_bottom_lines("she doesnt want to go into a care home")
    assert [(b["kind"], b["about"]) for b in lines] == [("must_not", "residential")]


def test_cant_keep_doing_it_means_the_help_may_not_continue():
    people = extract_people("my son does my shopping but cant keep doing it")
    assert people[0]["relationship"] == "son" and people[0]["can_continue"] is False


def test_morning_and_night_is_when_the_help_comes_not_a_need_for_night_support():
    needs = extract_needs("help with her tablets morning and night, and someone at night as I fall")
    assert [n["area"] for n in needs] == ["medication", "night_support"]
    assert needs[0]["text"] == "help with her tablets morning and night"

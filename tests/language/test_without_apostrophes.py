"""Phones drop apostrophes: "doesnt", "cant". The meaning must survive."""

from assistant.language import extract_bottom_lines, extract_people


def test_doesnt_want_is_a_must_not():
    lines = extract_bottom_lines("she doesnt want to go into a care home")
    assert [(b["kind"], b["about"]) for b in lines] == [("must_not", "residential")]


def test_cant_keep_doing_it_means_the_help_may_not_continue():
    people = extract_people("my son does my shopping but cant keep doing it")
    assert people[0]["relationship"] == "son" and people[0]["can_continue"] is False

"""extract_people as people write: any order, lower case, roles, the typist, a carer's point of
view, and names given in another answer (issue 15, item 4). Examples written for this test."""

from __future__ import annotations

import pytest

from assistant.language import extract_people, extract_relationship
from assistant.language.people import from_persons_view, merge_people


def pairs(text: str, typist: str | None = None) -> list[tuple[str, str]]:
    return [(p["name"], p["relationship"]) for p in extract_people(text, typist=typist)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my brother tariq phones me on sundays", [("Tariq", "brother")]),
        ("bernadette my neighbour pops in", [("Bernadette", "neighbour")]),
        ("Oliver, our grandson, mows the lawn", [("Oliver", "grandson")]),
        ("Yusuf is my best friend and we go fishing", [("Yusuf", "friend")]),
        ("Wendy is staff at the day centre", [("Wendy", "support worker at the day centre")]),
        ("Gemma the cleaner comes fridays", [("Gemma", "cleaner")]),
        ("Dev next door brings my paper", [("Dev", "neighbour")]),
        ("Mo from my church does my shopping", [("Mo", "from my church")]),
        ("i see pat at the lunch club on tuesdays", [("Pat", "from the lunch club")]),
        ("ANWAR AT THE GYM SPOTS ME", [("Anwar", "from the gym")]),
        ("my nephews Aaron and Lewis visit", [("Aaron", "nephew"), ("Lewis", "nephew")]),
        ("nan n grandad (pauline n terry) have me weekends",
         [("Pauline", "grandmother"), ("Terry", "grandfather")]),
        ("neighbour mrs okafor takes my parcels in", [("Mrs Okafor", "neighbour")]),
        ("MY SISTER TRACEY DOES MY SHOPPING WITH ME", [("Tracey", "sister")]),
        ("my gf shannon n my mate deano", [("Shannon", "girlfriend"), ("Deano", "friend")]),
        ("my daughters Amy (12) and Leah (9) help out",
         [("Amy", "daughter"), ("Leah", "daughter")]),
    ],
)  # fmt: skip
def test_names_in_any_order_and_case(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


def test_places_and_shops_are_not_people() -> None:
    got = pairs("my son Craig takes me to Morrisons in Harrogate and then Scarborough")
    assert got == [("Craig", "son")]


def test_words_after_me_are_not_a_name() -> None:
    assert pairs("my friend helps me with letters") == [("my friend", "friend")]


def test_the_typist_by_name_takes_their_relationship() -> None:
    got = pairs("me, Lorna, I do his meals. his sister Kath does the garden", typist="wife")
    assert got == [("Lorna", "wife"), ("Kath", "sister")]


@pytest.mark.parametrize(
    ("typist", "said", "theirs"),
    [
        ("daughter", "brother", "son"),
        ("son", "mother", "wife"),
        ("daughter", "husband", "son-in-law"),
        ("daughter", "son", "grandson"),
        ("wife", "sister", "sister-in-law"),
        ("mother", "daughter", "sister"),
        ("sister", "partner", "sister's partner"),
        ("friend", "brother", "brother"),
    ],
)
def test_a_carers_relatives_from_the_persons_point_of_view(
    typist: str, said: str, theirs: str
) -> None:
    assert from_persons_view(said, typist) == theirs


def test_a_carers_answer_from_the_persons_point_of_view() -> None:
    got = pairs("my bro jez takes her to bingo. her mate val comes for a brew", typist="daughter")
    assert got == [("Jez", "son"), ("Val", "friend")]


@pytest.mark.parametrize(
    ("text", "rel"),
    [
        ("Wife, Brenda. Married forty years.", "wife"),
        ("Dad (Keith)", "father"),
        ("Niamh, his sister", "sister"),
    ],
)
def test_who_is_typing_when_the_answer_starts_with_it(text: str, rel: str) -> None:
    assert extract_relationship(text) == rel


def test_a_name_from_another_answer_fills_a_role() -> None:
    people = extract_people("my friend takes me to the shops. my son does my forms")
    earlier = extract_people("on tuesdays I see Gloria my friend for coffee")
    merged = merge_people(people, earlier)
    assert [(p["name"], p["relationship"]) for p in merged] == [
        ("Gloria", "friend"),
        ("my son", "son"),
    ]
    assert merged[0]["helps_with"] == people[0]["helps_with"]  # what was said here is kept


def test_merging_adds_the_missing_and_never_duplicates() -> None:
    people = extract_people("my son Dean helps me")
    more = extract_people("my son Dean and my neighbour Iris")
    merged = merge_people(people, more)
    assert [p["name"] for p in merged] == ["Dean", "Iris"]
    assert merge_people(merged, more) == merged

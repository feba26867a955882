"""split_items and looks_like_nonsense."""

from __future__ import annotations

import pytest

from assistant.language import looks_like_nonsense, split_items

SPLITS = [
    ("kind, funny and great with animals", ["kind", "funny", "great with animals"]),
    ("she is kind, funny and great with animals", ["kind", "funny", "great with animals"]),
    (
        "people say I'm generous; good listener\n- loves music",
        ["generous", "good listener", "loves music"],
    ),
    ("He's very kind & always happy n loves dogs", ["very kind", "always happy", "loves dogs"]),
    ("needs help to wash and dress and cook", ["needs help to wash and dress", "cook"]),
    ("Singing. Gardening! Bingo?", ["Singing", "Gardening", "Bingo"]),
    ("1. patient\n2. brave\n3. Loyal", ["patient", "brave", "Loyal"]),
    (
        "everyone says she's the life and soul, and she loves fish and chips",
        ["the life", "soul", "she loves fish and chips"],
    ),
    ("kind, kind, KIND", ["kind"]),
    ("her faith, her cat Tibby, etc", ["her faith", "her cat Tibby"]),
]


@pytest.mark.parametrize(("text", "items"), SPLITS)
def test_split_items(text: str, items: list[str]) -> None:
    assert split_items(text) == items


@pytest.mark.parametrize("text", ["", "   ", ",,,", "and", "etc", "\n\n"])
def test_split_items_empty(text: str) -> None:
    assert split_items(text) == []


def test_split_items_keeps_numbers_with_commas() -> None:
    assert split_items("£1,200 a month, paid by the council") == [
        "£1,200 a month",
        "paid by the council",
    ]


NONSENSE = [
    "asdfgh",
    "jjjj",
    "a",
    "x",
    "!!!",
    "...",
    "😀😀😀",
    "🙂",
    "qwerty",
    "sdfkjh",
    "fjfjfj",
    "asdf jkl",
    "zzzz",
    "lkjlkj",
    "??",
    "hjkl",
    "xcvbn",
    "   ",
    "",
]
REAL = [
    "no",
    "Sue",
    "none",
    "n/a",
    "idk",
    "dunno",
    "320",
    "Bill",
    "y",
    "n",
    "ok",
    "Siobhan",
    "Ngozi Okafor",
    "my mum",
    "£300",
    "24/7",
    "nah",
    "Jo",
    "Ed",
    "yes please",
    "I don't know",
    "Xiu",
    "Llŷr",
    "محمد",
    "nope",
    "lol",
    "na",
    "nil",
    "NHS",
    "Mr Patel",
    "BSL",
]


@pytest.mark.parametrize("text", NONSENSE)
def test_nonsense(text: str) -> None:
    assert looks_like_nonsense(text) is True


@pytest.mark.parametrize("text", REAL)
def test_not_nonsense(text: str) -> None:
    assert looks_like_nonsense(text) is False

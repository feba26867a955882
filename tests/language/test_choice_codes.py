"""One set of choice codes: parse_choice gives exactly the planner's codes for each choice field
(planner.CHOICE_CODES is the source; the language layer cannot import it, so this test holds the
two together)."""

from __future__ import annotations

import pytest

from assistant.language import fields, parse_choice
from planner import CHOICE_CODES, Profile


@pytest.mark.parametrize("field", sorted(CHOICE_CODES))
def test_parse_choice_gives_the_planner_codes(field: str) -> None:
    assert set(fields._CODES[field]) == set(CHOICE_CODES[field])


@pytest.mark.parametrize(
    ("field", "code"), [(field, code) for field, codes in CHOICE_CODES.items() for code in codes]
)
def test_a_code_typed_as_it_is_is_read(field: str, code: str) -> None:
    assert parse_choice(field, code) == code
    assert parse_choice(field, code.replace("_", " ")) == code


@pytest.mark.parametrize(
    ("field", "code"), [(field, code) for field, codes in CHOICE_CODES.items() for code in codes]
)
def test_every_code_is_a_valid_profile_answer(field: str, code: str) -> None:
    assert getattr(Profile.model_validate({field: code}), field) == code


def test_only_the_safety_question_is_not_a_profile_choice() -> None:
    assert set(fields._CODES) - set(CHOICE_CODES) == {"safety_check"}

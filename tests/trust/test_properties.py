"""Hostile and unexpected input, as property tests (hypothesis).

- Every public extractor in `assistant.language` (found from its `__all__`, so a new one is
  covered without editing this file), including `parse_choice` for every field it knows, takes
  any unicode text (lone surrogates, control and direction characters, any script, long runs)
  and never lets an exception out. Here `safe` re-raises (`_nlp.RERAISE`), so an error an
  extractor swallows in production fails the test. tests/language/test_properties.py checks
  speed and empty values on a friendlier alphabet; this file widens the input to anything `str`
  can hold.
- The planner: a strategy built from the planner's own pydantic models (`planner.Profile` and
  the models inside it, field by field from their types and constraints), so "any valid
  Profile" follows the models as they change. `draft_plan` never raises on one, and
  `check_plan` finds nothing wrong with the plan.

Example counts are modest and derandomized (the same examples every run), to keep this quick.
"""

from __future__ import annotations

import inspect
import types
import typing
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from typing import Annotated, Any, Literal, Union, get_args, get_origin

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

import assistant.language as language
import assistant.language.money as money
from assistant.language import _nlp
from planner import Profile, check_plan, draft_plan, load_rate_card, plan_to_dict

QUICK = settings(
    max_examples=60,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)

# ------------------------------------------------------------------------- the extractors

EXTRACTORS = sorted(
    name
    for name in language.__all__
    if name not in ("warm_up", "parse_choice") and inspect.isfunction(getattr(language, name))
)

# anything a str can hold, weighted towards the awkward parts
ANY_CHAR = st.one_of(
    st.characters(),  # every code point, lone surrogates included
    st.characters(categories=["Cc", "Cf", "Zl", "Zp", "Mn", "Me", "Co", "Cs"]),
    st.sampled_from(list("£$€0123456789 ,.;:-/()'\"&<>\u202e\u200b\ufeff\u0000\r\n\t")),
)
ANY_TEXT = st.text(ANY_CHAR, max_size=400)
HOSTILE = st.sampled_from(
    [
        '<img src=x onerror="window.__kt_xss=1">',
        "<script>window.__kt_xss=1</script>",
        '"><svg onload=window.__kt_xss=1>',
        "{{7*7}} {% raw %} ${7*7}",
        "\ud83d\ude00" * 50 + "\ud800",
        "1" * 2000,
        "£" * 1000,
        "\u0301" * 500,
    ]
)
TEXT = st.one_of(ANY_TEXT, HOSTILE, st.lists(st.one_of(ANY_TEXT, HOSTILE)).map("".join))


@pytest.fixture(autouse=True, scope="module")
def _language_errors_raise() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_nlp, "RERAISE", True)
        yield


def test_every_public_extractor_is_covered() -> None:
    assert len(EXTRACTORS) >= 14
    assert {"extract_needs", "extract_people", "detect_concern", "split_items"} <= set(EXTRACTORS)


@pytest.mark.parametrize("name", EXTRACTORS)
@QUICK
@given(text=TEXT)
def test_no_exception_escapes_an_extractor(name: str, text: str) -> None:
    getattr(language, name)(text)


def _broken(text: object) -> str:
    raise ZeroDivisionError("a broken extractor")


def test_a_broken_extractor_fails_the_property(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(money, "clean", _broken)  # extract_money now raises on any input
    with pytest.raises(ZeroDivisionError):
        test_no_exception_escapes_an_extractor("extract_money")


CHOICE_FIELDS = [
    "consent",
    "answering_for",
    "budget_management",
    "employer_choice",
    "plan_voice",
    "confirm_summary",
    "no_such_field",
]


@QUICK
@given(field=st.one_of(st.sampled_from(CHOICE_FIELDS), ANY_TEXT), text=TEXT)
def test_parse_choice_takes_any_field_and_any_text(field: str, text: str) -> None:
    language.parse_choice(field, text)


# ------------------------------------------------------------------------- the planner

RATES = load_rate_card()
WHEN = datetime(2026, 11, 23, 9, tzinfo=UTC)
SOME = 4  # at most this many items in any list, so examples stay small and quick
READABLE = st.characters(exclude_categories=["Cs"])


def _constraints(metadata: typing.Iterable[Any]) -> dict[str, Any]:
    """Constraints (max_length, ge, pattern, ...) from pydantic field metadata."""
    found: dict[str, Any] = {}
    for item in metadata:
        nested = getattr(item, "metadata", None)
        if isinstance(nested, list):  # a FieldInfo inside Annotated[...]
            found.update(_constraints(nested))
        for name in ("max_length", "min_length", "ge", "gt", "le", "lt", "pattern"):
            value = getattr(item, name, None)
            if value is not None:
                found[name] = value
        if getattr(item, "decimal_places", None) is not None:
            found["decimal_places"] = item.decimal_places
    return found


def strategy_for(kind: Any, limits: dict[str, Any] | None = None) -> st.SearchStrategy[Any]:
    """A strategy for JSON-like values that a pydantic field of this type accepts."""
    limits = dict(limits or {})
    origin = get_origin(kind)
    if origin is Annotated:
        base, *extra = get_args(kind)
        return strategy_for(base, {**limits, **_constraints(extra)})
    if origin in (Union, types.UnionType):
        return st.one_of([strategy_for(arg, limits) for arg in get_args(kind)])
    if origin is Literal:
        return st.sampled_from(get_args(kind))
    if origin is list:
        (item,) = get_args(kind)
        most = min(limits.get("max_length", SOME), SOME)
        return st.lists(strategy_for(item), min_size=limits.get("min_length", 0), max_size=most)
    if kind is type(None):
        return st.none()
    if inspect.isclass(kind) and issubclass(kind, BaseModel):
        return model_strategy(kind)
    if kind is bool:
        return st.booleans()
    if kind is str:
        least, most = limits.get("min_length", 0), min(limits.get("max_length", 80), 80)
        if "pattern" in limits:
            return st.from_regex(limits["pattern"], fullmatch=True).filter(
                lambda s: least <= len(s) <= most
            )
        return st.text(READABLE, min_size=least, max_size=most)
    if kind is float:
        return st.floats(
            min_value=limits.get("ge", limits.get("gt")),
            max_value=limits.get("le", limits.get("lt")),
            allow_nan=False,
            allow_infinity=False,
        )
    if kind is Decimal:
        return st.decimals(
            min_value=limits.get("ge"),
            max_value=limits.get("le"),
            places=limits.get("decimal_places"),
            allow_nan=False,
            allow_infinity=False,
        ).map(str)
    raise NotImplementedError(f"no strategy for {kind!r}: teach strategy_for this type")


def model_strategy(model: type[BaseModel]) -> st.SearchStrategy[dict[str, Any]]:
    """A dict for `model`: every required field, and any of the optional ones."""
    required: dict[str, st.SearchStrategy[Any]] = {}
    optional: dict[str, st.SearchStrategy[Any]] = {}
    for name, field in model.model_fields.items():
        strategy = strategy_for(field.annotation, _constraints(field.metadata))
        (required if field.is_required() else optional)[field.alias or name] = strategy
    return st.fixed_dictionaries(required, optional=optional)


def valid_profiles() -> st.SearchStrategy[Profile]:
    """Any Profile the planner's models accept (the rest, e.g. repeated ids, are dropped)."""

    def validate(data: dict[str, Any]) -> Profile | None:
        try:
            return Profile.model_validate(data)
        except ValidationError:
            return None

    return model_strategy(Profile).map(validate).filter(lambda p: p is not None)


def test_the_profile_strategy_reaches_every_field() -> None:
    fields = set(Profile.model_fields)

    @settings(max_examples=200, derandomize=True, database=None, deadline=None)
    @given(valid_profiles())
    def collect(profile: Profile) -> None:
        fields.difference_update(profile.model_fields_set)

    collect()
    assert fields == set()


@settings(QUICK, max_examples=80)
@given(profile=valid_profiles())
def test_any_valid_profile_drafts_a_plan_that_checks_out(profile: Profile) -> None:
    plan = draft_plan(profile, RATES, plan_id="trust", created_at=WHEN)
    assert check_plan(plan) == []
    shape = plan_to_dict(plan)
    assert shape["sections"][0]["key"] == "important_to_me"
    assert shape["broker"]["advisable"] == (shape["broker"]["level"] in ("recommended", "urgent"))

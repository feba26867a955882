"""The property tests can fail: an extractor that raises fails them (under tests `safe` lets the
error out), while in production `safe` still logs it and returns the empty value."""

from __future__ import annotations

import logging

import pytest

import assistant.language as language
import assistant.language.money as money
from assistant.language import _nlp
from tests.language import test_properties


def _broken(text: object) -> str:
    raise ZeroDivisionError("a broken extractor")


@pytest.fixture
def broken_money(monkeypatch: pytest.MonkeyPatch) -> None:
    """extract_money raises, as it would with `1/0` as its body (`clean` is its first step)."""
    monkeypatch.setattr(money, "clean", _broken)


def test_errors_are_raised_under_tests() -> None:
    assert _nlp.RERAISE is True


@pytest.mark.usefixtures("broken_money")
def test_property_tests_fail_on_a_broken_extractor() -> None:
    with pytest.raises(ZeroDivisionError):
        test_properties.test_nasty_inputs("extract_money", "£320 a week")
    with pytest.raises(ZeroDivisionError):
        test_properties.test_non_strings("extract_money")
    with pytest.raises(ZeroDivisionError):
        test_properties.test_any_text()
    with pytest.raises(ZeroDivisionError):
        test_properties.test_any_wordy_text()


@pytest.mark.usefixtures("broken_money")
def test_production_logs_and_returns_the_empty_value(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(_nlp, "RERAISE", False)
    with caplog.at_level(logging.ERROR, logger=_nlp.__name__):
        assert language.extract_money("£320 a week") is None
    assert "extract_money failed" in caplog.text

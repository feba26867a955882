"""The signs are read without work that cannot change the answer (issue 18: a turn's cost).

What explains a sign away is worked out only for sentences where a family matched, and a
message's words are normalised once per decision, not once per reader."""

from __future__ import annotations

from assistant.safety.decision import decide
from assistant.safety.signs import normalise, reading


def _count_reasons(monkeypatch) -> list[str]:
    seen: list[str] = []
    real = reading.why_damped

    def counted(sentence, asking, after=""):
        seen.append(sentence)
        return real(sentence, asking, after)

    monkeypatch.setattr(reading, "why_damped", counted)
    return seen


def test_a_message_with_no_sign_is_not_searched_for_explanations(monkeypatch):
    seen = _count_reasons(monkeypatch)
    signs = reading.read_signs("I go swimming on Tuesdays. My sister pops in on Sundays.", None)
    assert not signs.crisis_strong and not signs.crisis_weak and not signs.safeguarding_weak
    assert seen == []


def test_only_the_sentence_with_a_sign_is_searched_and_it_is_still_explained(monkeypatch):
    seen = _count_reasons(monkeypatch)
    signs = reading.read_signs(
        "Swimming on Tuesdays. This form is killing me lol. My sister pops in.", "typical_week"
    )
    assert len(seen) == 1 and "killing me" in seen[0]
    assert "idiom" in signs.damped_by


def test_a_decision_normalises_its_words_once():
    normalise.cache_clear()
    decide("My son helps with shopping on Fridays and I see my friend at church.", "typical_week")
    info = normalise.cache_info()
    assert info.misses <= 3 and info.hits >= 1, info

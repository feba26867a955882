"""Safety first, graded: the decision made on every message before anything else (DOMAIN.md
section 5; CONTRACT.md section 1, `safety_check`). See decision.py for the flow and signs/ for
the warning signs and their sources."""

from __future__ import annotations

from assistant.safety.decision import Decision, decide

__all__ = ["Decision", "decide", "warm_up"]


def warm_up() -> None:
    """Load (or fit, once) the classifier and run one decision, before the first message."""
    decide("warm up", None)

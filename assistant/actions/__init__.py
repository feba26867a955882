"""Rasa custom actions, run inside the gateway by rasa_sdk's ActionExecutor.

Actions are the only bridge from dialogue to storage and the planner. They reach the gateway's
database through `configure(engine)`, called once at gateway start-up (never at import time).
"""

from __future__ import annotations

from sqlalchemy.engine import Engine

_engine: Engine | None = None


def configure(engine: Engine) -> None:
    global _engine
    _engine = engine


def get_engine() -> Engine:
    if _engine is None:
        raise RuntimeError("assistant.actions.configure(engine) was not called")
    return _engine

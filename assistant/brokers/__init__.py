"""Independent brokers (CONTRACT.md section 6, DOMAIN.md section 4): the register, sharing,
reviews and the audit log. See docs/BROKERS.md.

For the chat and other callers (imported lazily, so loading the tables stays light):

    from assistant.brokers import choose_brokers, share_plan, withdraw_share
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "accept_suggestion",
    "choose_brokers",
    "decline_suggestion",
    "export_for_session",
    "set_transcript_shared",
    "share_plan",
    "withdraw_share",
]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from assistant.brokers import service

        return getattr(service, name)
    raise AttributeError(name)

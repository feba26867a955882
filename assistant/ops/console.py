"""What the launcher and the stack say on the terminal."""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["Say", "say"]

Say = Callable[[str], None]


def say(message: str) -> None:
    print(f"[kitchen-table] {message}", flush=True)

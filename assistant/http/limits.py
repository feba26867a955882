"""Limits on what comes in: request body size (ASGI middleware) and request rates.

    RateLimit (interface)  check(key) -> 0, or seconds to wait (the 429's Retry-After)
      └─ InMemoryRateLimiter   sliding one-minute window per key, in this process's memory

The gateway asks `rate_limiter(...)` for one limiter per kind of key (`client`: the client
address; `session`: a web session; `sms_client`: Twilio's address; `sms_phone`: a phone number's
hash) and keeps them in `app.state.limits`. In memory, each gateway worker enforces the limit on
its own; a limiter kept in a shared store (for several workers) only has to offer `check`.
"""

from __future__ import annotations

import json
import math
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from typing import Any, Protocol

Scope = dict[str, Any]
ASGIApp = Callable[..., Any]


class BodyTooLarge(Exception):
    pass


class BodySizeLimit:
    """Refuse request bodies over the limit with 413, whether or not Content-Length is sent.

    `limits` is a list of (path prefix, most bytes or None for no limit); the first prefix that
    matches the path decides. Paths that match none are not limited.
    """

    def __init__(self, app: ASGIApp, *, limits: Sequence[tuple[str, int | None]]) -> None:
        self.app = app
        self.limits = tuple(limits)

    def limit_for(self, path: str) -> int | None:
        for prefix, most in self.limits:
            if path.startswith(prefix):
                return most
        return None

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        max_bytes = self.limit_for(scope["path"]) if scope["type"] == "http" else None
        if max_bytes is None:
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    too_big = int(value) > max_bytes
                except ValueError:
                    too_big = False
                if too_big:
                    await self._refuse(send, max_bytes)
                    return
        received = 0
        started = False

        async def limited_receive() -> Any:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > max_bytes:
                    raise BodyTooLarge
            return message

        async def tracking_send(message: Any) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except BodyTooLarge:
            if not started:
                await self._refuse(send, max_bytes)

    async def _refuse(self, send: Any, max_bytes: int) -> None:
        body = json.dumps(
            {
                "error": "request_too_large",
                "detail": "That is too much to send at once. "
                f"Please send less: the most I can take is {max_bytes} bytes.",
            }
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


class RateLimit(Protocol):
    """What the routes need from a rate limiter."""

    per_minute: int

    def check(self, key: str, now: float | None = None) -> float:
        """Count one request for `key`: 0 if it is allowed, else seconds until one would be."""
        ...


def rate_limiter(*, per_minute: int) -> RateLimit:
    """A limiter for one kind of key: in memory, one per gateway process."""
    return InMemoryRateLimiter(per_minute=per_minute)


class InMemoryRateLimiter:
    def __init__(self, *, per_minute: int, window: float = 60.0, max_keys: int = 50_000) -> None:
        self.per_minute = per_minute
        self.window = window
        self.max_keys = max_keys
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def check(self, key: str, now: float | None = None) -> float:
        """Record a hit for `key`; return 0 if allowed, else seconds until the next is allowed."""
        now = time.monotonic() if now is None else now
        with self._lock:
            hits = self._hits.setdefault(key, deque())
            while hits and hits[0] <= now - self.window:
                hits.popleft()
            if len(hits) >= self.per_minute:
                return max(1.0, math.ceil(hits[0] + self.window - now))
            hits.append(now)
            if len(self._hits) > self.max_keys:
                self._forget_idle(now)
            return 0.0

    def _forget_idle(self, now: float) -> None:
        """Drop keys with no hit inside the window, so memory stays bounded however many
        addresses or sessions come and go (their windows are empty, so nothing is lost)."""
        for key in [k for k, v in self._hits.items() if not v or v[-1] <= now - self.window]:
            del self._hits[key]

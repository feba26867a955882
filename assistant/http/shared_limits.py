"""Rate limits shared by every gateway worker, kept in Redis (used when `REDIS_URL` is set).

The in-memory `limits.InMemoryRateLimiter` counts in one process; with several gateway
workers
(`KT_GATEWAY_WORKERS`, or several machines) each would allow the full rate, so a person could send
N times as many messages. `SharedRateLimiter` keeps the same sliding one-minute window per key in
a Redis sorted set, so all workers count together. The interface is the one the routes use:

    limiter.per_minute, limiter.window
    limiter.check(key) -> 0.0 if allowed, else seconds until the next is allowed

`share_limits(app.state.limits, redis_url)` swaps every limiter for a shared one with the same
rate, so code that makes limiters (assistant/main.py, assistant/channels/sms.py) does not change.
If Redis cannot be reached the check lets the message through (and logs it): being unable to
count is no reason to turn a person away.
"""

from __future__ import annotations

import hashlib
import logging
import math
import secrets
from typing import Any

import redis

log = logging.getLogger(__name__)

# KEYS[1] the window's sorted set; ARGV: window in ms, limit, a unique member.
# Redis's own clock, so workers on different machines agree on "now".
_SLIDING_WINDOW = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return tonumber(oldest[2]) + window - now
end
redis.call('ZADD', KEYS[1], now, ARGV[3])
redis.call('PEXPIRE', KEYS[1], window)
return -1
"""


class SharedRateLimiter:
    def __init__(
        self, client: redis.Redis, *, name: str, per_minute: int, window: float = 60.0
    ) -> None:
        self.per_minute = per_minute
        self.window = window
        self.name = name
        self._script = client.register_script(_SLIDING_WINDOW)

    def check(self, key: str, now: float | None = None) -> float:
        """Record a hit for `key`; return 0 if allowed, else seconds until the next is allowed.
        (`now` is accepted for the in-memory limiter's signature; Redis's clock is used.)"""
        # keys may be addresses or token hashes: store only a short hash of them
        digest = hashlib.sha256(key.encode()).hexdigest()[:32]
        try:
            wait_ms = self._script(
                keys=[f"kt:rate:{self.name}:{digest}"],
                args=[int(self.window * 1000), self.per_minute, secrets.token_hex(8)],
            )
        except redis.RedisError as exc:
            log.warning("rate limit %s not checked, Redis unavailable: %s", self.name, exc)
            return 0.0
        wait = int(wait_ms)
        return 0.0 if wait < 0 else max(1.0, math.ceil(wait / 1000))


def connect(redis_url: str) -> redis.Redis:
    return redis.Redis.from_url(redis_url, socket_timeout=0.5, socket_connect_timeout=0.5)


def share_limits(limits: dict[str, Any], redis_url: str) -> dict[str, Any]:
    """The same limits, counted in Redis across every worker."""
    client = connect(redis_url)
    return {
        name: SharedRateLimiter(
            client,
            name=name,
            per_minute=int(limiter.per_minute),
            window=float(getattr(limiter, "window", 60.0)),
        )
        for name, limiter in limits.items()
    }

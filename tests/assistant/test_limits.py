from assistant.http.limits import InMemoryRateLimiter as RateLimiter


def test_rate_limiter_allows_up_to_the_limit_then_says_how_long_to_wait():
    limiter = RateLimiter(per_minute=3)
    assert [limiter.check("a", now=t) for t in (0.0, 1.0, 2.0)] == [0.0, 0.0, 0.0]
    assert limiter.check("a", now=3.0) == 57


def test_rate_limiter_window_slides():
    limiter = RateLimiter(per_minute=1)
    assert limiter.check("a", now=0.0) == 0.0
    assert limiter.check("a", now=30.0) > 0
    assert limiter.check("a", now=60.5) == 0.0


def test_rate_limiter_keys_are_independent():
    limiter = RateLimiter(per_minute=1)
    assert limiter.check("a", now=0.0) == 0.0
    assert limiter.check("b", now=0.0) == 0.0

"""The two errors of the broker functions: the pages turn them into a message or a 404."""

from __future__ import annotations

__all__ = ["NotFoundError", "ReviewError"]


class ReviewError(ValueError):
    """Something the person or broker asked for cannot be done; the message is plain English."""


class NotFoundError(ReviewError):
    """It does not exist, or it is not theirs: the pages answer 404 either way."""

"""Choosing brokers, sharing, reviewing and deciding: the broker functions in one place.

The chat, the export and the web pages call these; they never decide anything for the person:

    choose_brokers(db, plan=...)            three accredited brokers, in an order fixed per plan
    share_plan(db, chat=..., ...)           the person's explicit choice (transcript separately)
    withdraw_share(db, chat=..., ...)       stops the broker's access at once
    add_comment / add_suggestion            a broker's words; a broker never changes a plan
    accept_suggestion / decline_suggestion  the person decides; accepting makes a new version
    export_for_session(db, chat=...)        shares, reviews and audit for the person's export

Each concept has its own module; this one only gathers their names for callers:

    audit.py     the audit log             choosing.py   the three brokers for a plan
    sharing.py   shares, both sides        review.py     a broker's comments and suggestions
    decisions.py the person's decisions    presentation.py  suggestions and fees in words
    export.py    the person's export       errors.py     ReviewError, NotFoundError
"""

from __future__ import annotations

from assistant.brokers.audit import audit
from assistant.brokers.choosing import (
    MAX_CHOICES,
    MIN_CHOICES,
    accredited_brokers,
    choose_brokers,
    find_broker,
    plan_random,
    wanted_specialisms,
)
from assistant.brokers.decisions import accept_suggestion, decline_suggestion
from assistant.brokers.errors import NotFoundError, ReviewError
from assistant.brokers.export import export_for_session
from assistant.brokers.presentation import describe_suggestion, fee_text
from assistant.brokers.review import (
    CHANGEABLE_KINDS,
    add_comment,
    add_suggestion,
    reviews_for,
    set_review_status,
    share_reviews,
)
from assistant.brokers.sharing import (
    broker_share,
    latest_for_share,
    queue,
    set_transcript_shared,
    share_for_plan,
    share_plan,
    shares_for,
    withdraw_share,
)
from planner.redraft import REDRAWN_SECTIONS

__all__ = [
    "CHANGEABLE_KINDS",
    "MAX_CHOICES",
    "MIN_CHOICES",
    "REDRAWN_SECTIONS",
    "NotFoundError",
    "ReviewError",
    "accept_suggestion",
    "accredited_brokers",
    "add_comment",
    "add_suggestion",
    "audit",
    "broker_share",
    "choose_brokers",
    "decline_suggestion",
    "describe_suggestion",
    "export_for_session",
    "fee_text",
    "find_broker",
    "latest_for_share",
    "plan_random",
    "queue",
    "reviews_for",
    "set_review_status",
    "set_transcript_shared",
    "share_for_plan",
    "share_plan",
    "share_reviews",
    "shares_for",
    "wanted_specialisms",
    "withdraw_share",
]

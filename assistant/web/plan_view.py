"""The plan page's content, for whoever reads it: the person (`web/plans.py`), a broker the
plan is shared with, and the broker's review workspace (`web/review.py`).

    page_context(db, record=..., versions=...)   the plan, its versions, and planner.plan_view
                                                 (chart, cost rows, labels) for the macros
    group_reviews(db, comments, suggestions, …)  comments and suggestions by section
    plan_versions(db, record)                    every version of one plan, oldest first

Both page modules import this one; neither imports the other.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlmodel import Session

from assistant.brokers.models import Broker, PlanShare, ReviewComment, Suggestion
from assistant.brokers.presentation import describe_suggestion
from assistant.brokers.vocabulary import label_for
from assistant.storage import store
from assistant.storage.models import ChatSession, PlanRecord
from planner import SECTION_KEYS, Plan
from planner.plan_view import BROKER_LEVEL_LABELS, plan_view

__all__ = [
    "LEVELS",
    "group_reviews",
    "page_context",
    "plan_versions",
]

#: How much a broker is needed, in words (the review workspace shows it too).
LEVELS = BROKER_LEVEL_LABELS


def group_reviews(
    db: Session,
    comments: list[ReviewComment],
    suggestions: list[Suggestion],
    shares: dict[int, PlanShare],
    brokers: dict[int, Broker],
    plan_id: str,
) -> tuple[dict[str, list[Any]], dict[str, list[Any]], list[Any]]:
    """Comments and suggestions by section key, and the open suggestions, for one plan."""
    newest = store.find_plan(db, plan_id=plan_id)
    titles = {s["key"]: s["title"] for s in (newest.data["sections"] if newest else [])}
    by_section: dict[str, list[Any]] = defaultdict(list)
    suggested: dict[str, list[Any]] = defaultdict(list)
    open_items: list[Any] = []
    for c in comments:
        share = shares[c.share_id]
        if share.plan_id != plan_id:
            continue
        broker = brokers.get(c.broker_id)
        by_section[c.section_key].append({"item": c, "broker": broker.name if broker else ""})
    for s in suggestions:
        share = shares[s.share_id]
        if share.plan_id != plan_id:
            continue
        broker = brokers.get(s.broker_id)
        entry = {
            "item": s,
            "broker": broker.name if broker else "",
            "what": describe_suggestion(s, titles),
        }
        suggested[s.section_key or "how_supported"].append(entry)
        if s.status == "open":
            open_items.append(entry)
    return by_section, suggested, open_items


def page_context(
    db: Session,
    *,
    record: PlanRecord,
    versions: list[PlanRecord],
) -> dict[str, Any]:
    plan = Plan.model_validate(record.data)
    latest = versions[-1] if versions else record
    # what the shared plan macros need (planner/templates/plan_content.html, plan_parts.html):
    # the same rows and labels as the printable page, from planner.plan_view
    view = plan_view(plan)
    return {
        "plan": plan,
        "view": view,
        **view,
        "record": record,
        "versions": versions,
        "is_latest": record.version == latest.version,
        "latest_version": latest.version,
        "section_keys": SECTION_KEYS,
        "label_for": label_for,
        # filled for the person (web/plans.py) or the reviewer (web/review.py)
        "mode": "broker",
        "plan_key": "",
        "share": None,
        "csrf": "",
        "comments": {},
        "suggestions": {},
        "open_items": [],
        "choices": [],
        "wanted": [],
        "shares": [],
        "done": None,
        "error": False,
    }


def plan_versions(db: Session, record: PlanRecord) -> list[PlanRecord]:
    """Every stored version of this record's plan, oldest first."""
    chat = db.get(ChatSession, record.session_id)
    if chat is None:
        return [record]
    return [v for v in store.plan_versions(db, chat=chat) if v.plan_id == record.plan_id]

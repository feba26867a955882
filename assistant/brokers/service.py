"""Choosing brokers, sharing, reviewing and deciding: plain functions over the tables.

The chat and the web pages call these; they never decide anything for the person:

    choose_brokers(db, plan=...)            three accredited brokers, in an order fixed per plan
    share_plan(db, chat=..., ...)           the person's explicit choice (transcript separately)
    withdraw_share(db, chat=..., ...)       stops the broker's access at once
    add_comment / add_suggestion            a broker's words; a broker never changes a plan
    accept_suggestion / decline_suggestion  the person decides; accepting makes a new version
    export_for_session(db, chat=...)        shares, reviews and audit for the person's export

Every broker view and action, and each of the person's decisions, is written to the audit log.
"""

from __future__ import annotations

import copy
import hashlib
import random
from collections.abc import Sequence
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from typing import Any

from sqlmodel import Session, col, select

from assistant.brokers.models import (
    AuditEntry,
    Broker,
    PlanShare,
    ReviewComment,
    Suggestion,
)
from assistant.brokers.vocabulary import codes_for
from assistant.directory.store import directory_in_use
from assistant.storage import store
from assistant.storage.models import ChatSession, PlanRecord, utcnow
from planner import (
    SECTION_KEYS,
    Plan,
    RateCard,
    check_plan,
    draft_plan,
    load_rate_card,
    plan_to_dict,
)

#: How many brokers the chooser shows: the same three wherever the person meets them (chat,
#: plan page, printout), so what they read in one place is what they find in the other.
MIN_CHOICES = 3
MAX_CHOICES = 3
#: Support kinds a suggestion may change (hours or kind).
CHANGEABLE_KINDS = ("personal_assistant", "agency")
#: Sections whose wording a redraft rewrites from the new figures (accepted wording not kept).
REDRAWN_SECTIONS = ("how_supported", "how_budget_used", "how_managed")
QUARTER = Decimal("0.25")


class ReviewError(ValueError):
    """Something the person or broker asked for cannot be done; the message is plain English."""


class NotFoundError(ReviewError):
    """It does not exist, or it is not theirs: the pages answer 404 either way."""


@cache
def rates() -> RateCard:
    return load_rate_card()


# --- audit ---------------------------------------------------------------------------------


def audit(
    db: Session,
    *,
    actor: str,
    action: str,
    broker_id: int | None = None,
    session_id: int | None = None,
    plan_id: str | None = None,
    share: PlanShare | None = None,
    commit: bool = True,
    **detail: Any,
) -> AuditEntry:
    if share is not None:
        session_id = session_id or share.session_id
        plan_id = plan_id or share.plan_id
        broker_id = broker_id or share.broker_id
    entry = AuditEntry(
        actor=actor,
        action=action,
        broker_id=broker_id,
        session_id=session_id,
        plan_id=plan_id,
        share_public_id=share.public_id if share else None,
        detail=detail,
    )
    db.add(entry)
    if commit:
        db.commit()
    return entry


# --- the register ----------------------------------------------------------------------------


def accredited_brokers(db: Session) -> list[Broker]:
    query = select(Broker).where(Broker.status == "accredited").order_by(col(Broker.id))
    return list(db.exec(query))


def find_broker(db: Session, *, handle: str) -> Broker | None:
    return db.exec(select(Broker).where(Broker.handle == handle)).first()


def wanted_specialisms(plan: dict[str, Any]) -> list[str]:
    """The specialism codes a plan asks for (from the planner's `broker.specialisms`)."""
    return codes_for(list((plan.get("broker") or {}).get("specialisms") or []))


def plan_random(plan: dict[str, Any]) -> random.Random:
    """A random order of its own for each plan: the same every time for one plan (every version,
    every page, every channel), different from plan to plan. The plan id is random (unguessable),
    so no broker can arrange to come first, and fees play no part in it."""
    seed = hashlib.sha256(f"broker-choice:{plan.get('plan_id', '')}".encode()).digest()
    return random.Random(int.from_bytes(seed[:8], "big"))


def choose_brokers(
    db: Session,
    *,
    plan: dict[str, Any],
    rng: random.Random | None = None,
) -> list[Broker]:
    """Three accredited brokers for this plan, in a random order fixed per plan, never ranked
    by fee.

    Brokers with at least one of the plan's specialisms are the candidates (every accredited
    broker when the plan names none); three are picked at random. When fewer than three match,
    others are added at random until there are three (or the register runs out), and all are
    shuffled together: each card says which of the plan's topics the broker knows. The random
    choices come from `plan_random(plan)` unless `rng` is given.
    """
    rng = rng or plan_random(plan)
    accredited = accredited_brokers(db)
    wanted = set(wanted_specialisms(plan))
    matching = [b for b in accredited if wanted & set(b.specialisms)] if wanted else accredited
    chosen = rng.sample(matching, min(MAX_CHOICES, len(matching)))
    if len(chosen) < MIN_CHOICES:
        others = [b for b in accredited if b not in chosen]
        chosen += rng.sample(others, min(MIN_CHOICES - len(chosen), len(others)))
    rng.shuffle(chosen)
    return chosen


# --- sharing (the person's side) -------------------------------------------------------------


def _owned_plan(db: Session, chat: ChatSession, plan_id: str) -> PlanRecord:
    record = store.find_plan(db, plan_id=plan_id)
    if record is None or record.session_id != chat.id:
        raise NotFoundError("I can't find that plan.")
    return record


def shares_for(db: Session, *, chat: ChatSession) -> list[PlanShare]:
    query = select(PlanShare).where(PlanShare.session_id == chat.id)
    return list(db.exec(query.order_by(col(PlanShare.id))))


def share_plan(
    db: Session,
    *,
    chat: ChatSession,
    plan_id: str,
    broker: Broker,
    include_transcript: bool = False,
) -> PlanShare:
    """Share the plan with one accredited broker (and the transcript, only if asked)."""
    _owned_plan(db, chat, plan_id)
    if not broker.accredited:
        raise ReviewError("That broker is not on the register now. Please choose another.")
    existing = db.exec(
        select(PlanShare).where(
            PlanShare.session_id == chat.id,
            PlanShare.plan_id == plan_id,
            PlanShare.broker_id == broker.id,
            PlanShare.status == "active",
        )
    ).first()
    if existing is not None:
        if include_transcript and not existing.transcript_shared:
            return set_transcript_shared(db, chat=chat, share_id=existing.public_id, shared=True)
        return existing
    assert broker.id is not None and chat.id is not None
    share = PlanShare(
        session_id=chat.id,
        plan_id=plan_id,
        broker_id=broker.id,
        transcript_shared=include_transcript,
    )
    db.add(share)
    db.flush()
    audit(
        db,
        actor="person",
        action="share_created",
        share=share,
        broker=broker.name,
        transcript_shared=include_transcript,
    )
    db.refresh(share)
    return share


def _person_share(db: Session, chat: ChatSession, share_id: str) -> PlanShare:
    share = db.exec(select(PlanShare).where(PlanShare.public_id == share_id)).first()
    if share is None or share.session_id != chat.id:
        raise NotFoundError("I can't find that share.")
    return share


def withdraw_share(db: Session, *, chat: ChatSession, share_id: str) -> PlanShare:
    """Stop sharing: the broker loses access at once (their pages answer 404)."""
    share = _person_share(db, chat, share_id)
    if share.status == "active":
        share.status = "withdrawn"
        share.ended_at = share.updated_at = utcnow()
        db.add(share)
        broker = db.get(Broker, share.broker_id)
        audit(
            db,
            actor="person",
            action="share_withdrawn",
            share=share,
            broker=broker.name if broker else "",
        )
        db.refresh(share)
    return share


def set_transcript_shared(
    db: Session, *, chat: ChatSession, share_id: str, shared: bool
) -> PlanShare:
    """Share or stop sharing the conversation with a broker who already has the plan."""
    share = _person_share(db, chat, share_id)
    if share.status != "active":
        raise ReviewError("That share has ended. Share the plan again first.")
    if share.transcript_shared != shared:
        share.transcript_shared = shared
        share.updated_at = utcnow()
        db.add(share)
        audit(
            db,
            actor="person",
            action="transcript_shared" if shared else "transcript_unshared",
            share=share,
        )
        db.refresh(share)
    return share


# --- the broker's side ---------------------------------------------------------------------


def broker_share(db: Session, *, broker: Broker, share_id: str) -> PlanShare | None:
    """An active share of this (accredited) broker; None for anything else, guessed or not."""
    if not broker.accredited or not share_id or len(share_id) > 64:
        return None
    share = db.exec(select(PlanShare).where(PlanShare.public_id == share_id)).first()
    if share is None or share.broker_id != broker.id or share.status != "active":
        return None
    return share


def share_for_plan(db: Session, *, broker: Broker, plan_id: str) -> PlanShare | None:
    if not broker.accredited:
        return None
    return db.exec(
        select(PlanShare).where(
            PlanShare.plan_id == plan_id,
            PlanShare.broker_id == broker.id,
            PlanShare.status == "active",
        )
    ).first()


def latest_for_share(db: Session, *, share: PlanShare) -> PlanRecord | None:
    record = store.find_plan(db, plan_id=share.plan_id)
    if record is None or record.session_id != share.session_id:
        return None
    return record


def queue(db: Session, *, broker: Broker) -> list[tuple[PlanShare, PlanRecord, int]]:
    """Drafts shared with this broker, newest first: (share, latest version, open suggestions)."""
    if not broker.accredited:
        return []
    shares = db.exec(
        select(PlanShare).where(PlanShare.broker_id == broker.id, PlanShare.status == "active")
    )
    items: list[tuple[PlanShare, PlanRecord, int]] = []
    for share in shares:
        record = latest_for_share(db, share=share)
        if record is None:
            continue
        open_count = len(
            list(
                db.exec(
                    select(Suggestion.id).where(
                        Suggestion.share_id == share.id, Suggestion.status == "open"
                    )
                )
            )
        )
        items.append((share, record, open_count))
    items.sort(key=lambda item: max(item[0].created_at, item[1].created_at), reverse=True)
    return items


def _clean(text: str, limit: int, what: str) -> str:
    text = (text or "").replace("\r\n", "\n").strip()
    if not text:
        raise ReviewError(f"Please write the {what}.")
    if len(text) > limit:
        raise ReviewError(f"The {what} is too long: {limit} characters at most.")
    return text


def add_comment(
    db: Session, *, broker: Broker, share: PlanShare, section_key: str, text: str
) -> ReviewComment:
    if section_key not in (*SECTION_KEYS, "plan"):
        raise ReviewError("Please choose a section.")
    record = latest_for_share(db, share=share)
    assert record is not None and share.id is not None and broker.id is not None
    comment = ReviewComment(
        share_id=share.id,
        broker_id=broker.id,
        plan_version=record.version,
        section_key=section_key,
        text=_clean(text, 4000, "comment"),
    )
    db.add(comment)
    _touch(share)
    db.add(share)
    db.flush()
    audit(
        db,
        actor="broker",
        action="comment_added",
        share=share,
        comment=comment.public_id,
        section=section_key,
        version=record.version,
    )
    db.refresh(comment)
    return comment


def _touch(share: PlanShare) -> None:
    share.updated_at = utcnow()
    if share.review_status == "new":
        share.review_status = "in_review"


def _hours(value: Any) -> Decimal:
    try:
        hours = Decimal(str(value).strip())
    except ArithmeticError as exc:
        raise ReviewError("Hours must be a number, like 12 or 7.5.") from exc
    if not hours.is_finite() or hours <= 0 or hours > 168:
        raise ReviewError("Hours must be more than 0 and at most 168 a week.")
    if hours % QUARTER:
        raise ReviewError("Hours go in quarter hours, like 7.25 or 7.5.")
    return hours


def add_suggestion(
    db: Session,
    *,
    broker: Broker,
    share: PlanShare,
    reason: str,
    section_key: str | None = None,
    text: str | None = None,
    support_id: str | None = None,
    hours_per_week: Any = None,
    kind: str | None = None,
) -> Suggestion:
    """A suggested change: new wording for a section, or new hours or kind for a support."""
    record = latest_for_share(db, share=share)
    assert record is not None and share.id is not None and broker.id is not None
    why = _clean(reason, 2000, "reason")
    change: dict[str, Any]
    if section_key:
        if section_key not in SECTION_KEYS:
            raise ReviewError("Please choose a section.")
        change = {"text": _clean(text or "", 4000, "new wording")}
        target = "section"
    elif support_id:
        support = next((s for s in record.data["supports"] if s["id"] == support_id), None)
        if support is None or support["kind"] not in CHANGEABLE_KINDS:
            raise ReviewError("Please choose a support with paid hours.")
        change = {"from": {"kind": support["kind"], "hours_per_week": support["hours_per_week"]}}
        if hours_per_week not in (None, ""):
            hours = _hours(hours_per_week)
            if float(hours) != support["hours_per_week"]:
                change["hours_per_week"] = float(hours)
        if kind and kind != support["kind"]:
            if kind not in CHANGEABLE_KINDS:
                raise ReviewError("Please choose personal assistants or an agency.")
            change["kind"] = kind
        if "hours_per_week" not in change and "kind" not in change:
            raise ReviewError("Please change the hours or the kind of support.")
        target = "support"
    else:
        raise ReviewError("Please choose a section or a support.")
    suggestion = Suggestion(
        share_id=share.id,
        broker_id=broker.id,
        plan_version=record.version,
        target=target,
        section_key=section_key or None,
        support_id=support_id if target == "support" else None,
        change=change,
        reason=why,
    )
    db.add(suggestion)
    _touch(share)
    db.add(share)
    db.flush()
    audit(
        db,
        actor="broker",
        action="suggestion_made",
        share=share,
        suggestion=suggestion.public_id,
        target=target,
        version=record.version,
    )
    db.refresh(suggestion)
    return suggestion


def set_review_status(db: Session, *, broker: Broker, share: PlanShare, status: str) -> PlanShare:
    if status not in ("in_review", "reviewed"):
        raise ReviewError("Please choose in review or reviewed.")
    if share.review_status != status:
        share.review_status = status
        share.updated_at = utcnow()
        db.add(share)
        audit(db, actor="broker", action="status_changed", share=share, status=status)
        db.refresh(share)
    return share


_KIND_WORDS = {"personal_assistant": "personal assistants", "agency": "an agency"}


def describe_suggestion(suggestion: Suggestion, section_titles: dict[str, str]) -> str:
    """A suggestion in one plain line, e.g. "Personal assistants: 50 hours a week instead of
    56" (no support codes: the person reads it)."""
    if suggestion.target == "section":
        title = section_titles.get(suggestion.section_key or "", suggestion.section_key or "")
        return f"New wording for \u201c{title}\u201d"
    change = suggestion.change
    before = change.get("from", {})
    parts = []
    if "hours_per_week" in change:
        parts.append(
            f"{_num(change['hours_per_week'])} hours a week instead of "
            f"{_num(before.get('hours_per_week'))}"
        )
    if "kind" in change:
        parts.append(
            f"support from {_KIND_WORDS.get(change['kind'], change['kind'])} instead of "
            f"{_KIND_WORDS.get(before.get('kind', ''), before.get('kind', ''))}"
        )
    what = _KIND_WORDS.get(before.get("kind", ""), "a support")
    return f"{what[:1].upper()}{what[1:]}: " + "; ".join(parts)


def _num(value: Any) -> str:
    if value is None:
        return "?"
    return f"{Decimal(str(value)).normalize():f}"


# --- the person's decisions ----------------------------------------------------------------


def reviews_for(
    db: Session, *, chat: ChatSession
) -> tuple[list[ReviewComment], list[Suggestion], dict[int, PlanShare], dict[int, Broker]]:
    """Every comment and suggestion on the person's shares, oldest first, with their owners."""
    shares = {s.id: s for s in shares_for(db, chat=chat) if s.id is not None}
    if not shares:
        return [], [], {}, {}
    ids = list(shares)
    comments = list(
        db.exec(
            select(ReviewComment)
            .where(col(ReviewComment.share_id).in_(ids))
            .order_by(col(ReviewComment.id))
        )
    )
    suggestions = list(
        db.exec(
            select(Suggestion).where(col(Suggestion.share_id).in_(ids)).order_by(col(Suggestion.id))
        )
    )
    broker_ids = {s.broker_id for s in shares.values()}
    brokers = {
        b.id: b for b in db.exec(select(Broker).where(col(Broker.id).in_(broker_ids))) if b.id
    }
    return comments, suggestions, shares, brokers


def _person_suggestion(db: Session, chat: ChatSession, suggestion_id: str) -> Suggestion:
    suggestion = db.exec(select(Suggestion).where(Suggestion.public_id == suggestion_id)).first()
    share = db.get(PlanShare, suggestion.share_id) if suggestion else None
    if suggestion is None or share is None or share.session_id != chat.id:
        raise NotFoundError("I can't find that suggestion.")
    if suggestion.status != "open":
        raise ReviewError("You have already decided about that suggestion.")
    return suggestion


def _quarter(value: Decimal) -> Decimal:
    return (value / QUARTER).quantize(Decimal(1), rounding=ROUND_HALF_UP) * QUARTER


def profile_with_change(
    profile: dict[str, Any], plan: dict[str, Any], suggestion: Suggestion
) -> dict[str, Any]:
    """The person's answers with a support change applied, for the planner to redraft.

    Hours: the difference is shared between the needs the support meets, in proportion to
    their hours, in quarter hours. Kind: the employer choice becomes "employ PAs" or "use an
    agency" (bottom lines still come first in the planner).
    """
    support = next((s for s in plan["supports"] if s["id"] == suggestion.support_id), None)
    before = suggestion.change.get("from", {})
    if support is None or support["kind"] != before.get("kind"):
        raise ReviewError("The plan has changed since this suggestion. Ask your broker again.")
    if not profile.get("support_needs"):
        raise ReviewError("I don't have your answers to redraft the plan from.")
    changed = copy.deepcopy(profile)
    if "hours_per_week" in suggestion.change:
        target = Decimal(str(suggestion.change["hours_per_week"]))
        delta = target - Decimal(str(support["hours_per_week"]))
        needs = [
            n
            for n in changed["support_needs"]
            if n["id"] in support["meets"] and n.get("hours_per_week")
        ]
        if not needs:
            raise ReviewError("I can't tell which needs those hours are for.")
        total = sum((Decimal(str(n["hours_per_week"])) for n in needs), Decimal(0))
        left = delta
        for i, need in enumerate(needs):
            hours = Decimal(str(need["hours_per_week"]))
            share = left if i == len(needs) - 1 else _quarter(delta * hours / total)
            left -= share
            need["hours_per_week"] = float(max(Decimal(0), hours + share))
    if "kind" in suggestion.change:
        kind = suggestion.change["kind"]
        changed["employer_choice"] = "employ_pa" if kind == "personal_assistant" else "use_agency"
    return changed


def _accepted_wording(suggestions: Sequence[Suggestion]) -> dict[str, str]:
    wording: dict[str, str] = {}
    for s in sorted(suggestions, key=lambda s: s.decided_at or s.created_at):
        if s.status == "accepted" and s.target == "section" and s.section_key:
            wording[s.section_key] = s.change["text"]
    return wording


def accept_suggestion(
    db: Session, *, chat: ChatSession, suggestion_id: str, now: datetime | None = None
) -> PlanRecord:
    """Make a new plan version with the change, recomputed and checked; the old one stays."""
    suggestion = _person_suggestion(db, chat, suggestion_id)
    share = db.get(PlanShare, suggestion.share_id)
    assert share is not None
    latest = store.find_plan(db, plan_id=share.plan_id)
    assert latest is not None
    now = now or utcnow()
    version = latest.version + 1
    if suggestion.target == "section":
        data = copy.deepcopy(latest.data)
        for section in data["sections"]:
            if section["key"] == suggestion.section_key:
                section["text"] = suggestion.change["text"]
        data.update(version=version, created_at=now.isoformat())
        plan = Plan.model_validate(data)
        profile = None
    else:
        profile = profile_with_change(store.get_profile(db, chat=chat), latest.data, suggestion)
        plan = draft_plan(
            profile,
            rates(),
            plan_id=latest.plan_id,
            created_at=now,
            version=version,
            directory=directory_in_use(db),
        )
        if "kind" in suggestion.change and not any(
            s.kind == suggestion.change["kind"] for s in plan.supports
        ):
            raise ReviewError(
                "That change clashes with one of your bottom lines, so the plan stays as it is."
            )
        _, earlier, _, _ = reviews_for(db, chat=chat)
        wording = _accepted_wording(earlier)
        if wording:
            data = plan_to_dict(plan)
            for section in data["sections"]:
                if section["key"] in wording and section["key"] not in REDRAWN_SECTIONS:
                    section["text"] = wording[section["key"]]
            plan = Plan.model_validate(data)
    problems = check_plan(plan)
    if problems:
        raise ReviewError("That change would make the sums wrong, so the plan stays as it is.")
    if profile is not None:
        store.save_profile(db, chat=chat, data=profile)
    record = store.save_plan(
        db,
        chat=chat,
        plan=plan_to_dict(plan),
        decided_by="person",
        reason=f"accepted suggestion {suggestion.public_id}",
    )
    suggestion.status = "accepted"
    suggestion.decided_at = now
    suggestion.result_version = record.version
    db.add(suggestion)
    audit(
        db,
        actor="person",
        action="suggestion_accepted",
        share=share,
        suggestion=suggestion.public_id,
        new_version=record.version,
    )
    return record


def decline_suggestion(db: Session, *, chat: ChatSession, suggestion_id: str) -> Suggestion:
    """Decline: the plan stays exactly as it was."""
    suggestion = _person_suggestion(db, chat, suggestion_id)
    share = db.get(PlanShare, suggestion.share_id)
    suggestion.status = "declined"
    suggestion.decided_at = utcnow()
    db.add(suggestion)
    audit(
        db,
        actor="person",
        action="suggestion_declined",
        share=share,
        suggestion=suggestion.public_id,
    )
    db.refresh(suggestion)
    return suggestion


# --- export ----------------------------------------------------------------------------------


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def export_for_session(db: Session, *, chat: ChatSession) -> dict[str, list[dict[str, Any]]]:
    """`shares`, `reviews` and `audit` for GET /api/sessions/{id}/export."""
    comments, suggestions, shares, brokers = reviews_for(db, chat=chat)
    all_shares = shares_for(db, chat=chat)
    if not shares:
        brokers = {}

    def broker_name(broker_id: int) -> str:
        broker = brokers.get(broker_id) or db.get(Broker, broker_id)
        return broker.name if broker else ""

    share_ids = {s.id: s.public_id for s in all_shares}
    out_shares = [
        {
            "share_id": s.public_id,
            "plan_id": s.plan_id,
            "broker": broker_name(s.broker_id),
            "transcript_shared": s.transcript_shared,
            "status": s.status,
            "review_status": s.review_status,
            "created_at": _iso(s.created_at),
            "ended_at": _iso(s.ended_at),
        }
        for s in all_shares
    ]
    reviews: list[dict[str, Any]] = [
        {
            "type": "comment",
            "id": c.public_id,
            "share_id": share_ids.get(c.share_id),
            "broker": broker_name(c.broker_id),
            "plan_version": c.plan_version,
            "section": c.section_key,
            "text": c.text,
            "created_at": _iso(c.created_at),
        }
        for c in comments
    ]
    reviews += [
        {
            "type": "suggestion",
            "id": s.public_id,
            "share_id": share_ids.get(s.share_id),
            "broker": broker_name(s.broker_id),
            "plan_version": s.plan_version,
            "target": s.target,
            "section": s.section_key,
            "support_id": s.support_id,
            "change": s.change,
            "reason": s.reason,
            "decision": s.status,
            "decided_at": _iso(s.decided_at),
            "result_version": s.result_version,
            "created_at": _iso(s.created_at),
        }
        for s in suggestions
    ]
    reviews.sort(key=lambda r: r["created_at"] or "")
    entries = db.exec(
        select(AuditEntry).where(AuditEntry.session_id == chat.id).order_by(col(AuditEntry.id))
    )
    audit_log = [
        {
            "at": _iso(e.at),
            "actor": e.actor,
            "broker": broker_name(e.broker_id) if e.broker_id else None,
            "action": e.action,
            "plan_id": e.plan_id,
            "share_id": e.share_public_id,
            "detail": e.detail,
        }
        for e in entries
    ]
    return {"shares": out_shares, "reviews": reviews, "audit": audit_log}

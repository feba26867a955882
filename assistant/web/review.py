"""The broker's review workspace (CONTRACT.md section 6), HTML pages under `/review`.

    GET  /review                                 sign-in form, or the queue when signed in
    POST /review/sign-in                         email + password (+ CSRF from the pre-session)
    POST /review/sign-out
    GET  /review/shares/{share_id}               one shared plan, with comment/suggest forms
    GET  /review/shares/{share_id}/plan.json     the plan as JSON
    GET  /review/shares/{share_id}/transcript    the conversation, only when the person shared it
    POST /review/shares/{share_id}/comments      a comment on a section (or the whole plan)
    POST /review/shares/{share_id}/suggestions   new wording, or new hours/kind for a support
    POST /review/shares/{share_id}/status        in review / reviewed

A broker sees only active shares made to them while they are accredited; any other share id,
guessed or withdrawn, answers 404. Every view and action is written to the audit log. Every
POST needs the session's synchroniser token (403 otherwise); the sign-in form's token comes
from a random pre-session cookie.
"""

from __future__ import annotations

import secrets
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from sqlmodel import Session

from assistant.brokers import auth, review, sharing
from assistant.brokers.audit import audit
from assistant.brokers.errors import ReviewError
from assistant.brokers.models import Broker, BrokerSession, PlanShare
from assistant.http.deps import SessionDep, SettingsDep
from assistant.settings import Settings
from assistant.storage import store
from assistant.storage.models import ChatSession
from assistant.web.access import BROKER_COOKIE, derive_token, same_token, signed_in_broker
from assistant.web.plan_view import LEVELS, group_reviews, page_context, plan_versions
from assistant.web.templating import forbidden, not_found, render, secure_headers

router = APIRouter(include_in_schema=False)

PRE_COOKIE = "kt_pre"

REASON_LABELS = {
    "safeguarding_concern": "Safety concern",
    "capacity_or_communication": "Choices or communication may be hard",
    "large_budget": "Large budget",
    "complex_plan": "Complex plan",
    "housing_change": "Housing change",
    "health_coordination": "Health and care to co-ordinate",
    "employing_staff": "Employing staff for the first time",
    "budget_shortfall": "Budget does not cover the needs",
    "limited_support_network": "Few people to help",
    "conflict": "Disagreement to resolve",
    "pooled_budget": "Pooling budgets",
    "unmet_needs": "Needs not met yet",
    "asked_for_person": "Asked for a person",
}
STATUS_LABELS = {"new": "New", "in_review": "In review", "reviewed": "Reviewed"}
DONE = {
    "comment": "Your comment is added. The person can see it on their plan.",
    "suggestion": "Your suggestion is sent. The person will accept or decline it.",
    "status": "The status is changed.",
}


def _sign_in_page(
    request: Request,
    settings: Settings,
    *,
    status_code: int = 200,
    error: str | None = None,
    email: str = "",
) -> Response:
    pre = request.cookies.get(PRE_COOKIE)
    fresh = None
    if not pre or len(pre) > 100:
        pre = fresh = secrets.token_urlsafe(32)
    response = render(
        "review/sign_in.html",
        status_code=status_code,
        csrf=derive_token("sign-in", pre),
        error=error,
        email=email,
    )
    if fresh:
        response.set_cookie(
            PRE_COOKIE,
            fresh,
            path="/review",
            httponly=True,
            samesite="strict",
            secure=settings.secure_cookies,
        )
    return response


@router.get("/review")
def review_home(request: Request, db: SessionDep, settings: SettingsDep) -> Response:
    who = signed_in_broker(db, request)
    if who is None:
        return _sign_in_page(request, settings)
    broker, session = who
    rows = []
    for share, record, open_count in sharing.queue(db, broker=broker):
        advice = record.data.get("broker", {})
        rows.append(
            {
                "share": share,
                "record": record,
                "name": record.data.get("preferred_name") or "Someone",
                "level": LEVELS.get(advice.get("level", "none"), ""),
                "level_code": advice.get("level", "none"),
                "reasons": [
                    REASON_LABELS.get(r.get("code", ""), r.get("code", ""))
                    for r in advice.get("reasons", [])
                ],
                "open": open_count,
                "status": STATUS_LABELS.get(share.review_status, share.review_status),
            }
        )
    audit(db, actor="broker", action="queue_viewed", broker_id=broker.id, count=len(rows))
    return render("review/queue.html", broker=broker, csrf=session.csrf_token, rows=rows)


@router.post("/review/sign-in")
async def sign_in(request: Request, db: SessionDep, settings: SettingsDep) -> Response:
    form = await request.form()
    fields = {k: v for k, v in form.items() if isinstance(v, str)}
    pre = request.cookies.get(PRE_COOKIE)
    if not pre or not same_token(fields.get("csrf"), derive_token("sign-in", pre)):
        return forbidden()
    email = fields.get("email", "")[:254]
    try:
        signed = auth.sign_in(db, email=email, password=fields.get("password", "")[:1000])
    except auth.SignInError as exc:
        code = 429 if exc.kind == "locked" else 400
        return _sign_in_page(request, settings, status_code=code, error=exc.message, email=email)
    response = RedirectResponse("/review", status_code=303)
    response.set_cookie(
        BROKER_COOKIE,
        signed.token,
        path="/",
        httponly=True,
        samesite="lax",
        secure=settings.secure_cookies,
        max_age=int(auth.SESSION_LIFETIME.total_seconds()),
    )
    response.delete_cookie(PRE_COOKIE, path="/review")
    return secure_headers(response)


async def _broker_post(
    db: Session, request: Request
) -> tuple[Broker, BrokerSession, dict[str, str]] | Response:
    """The signed-in broker behind a form post, after the CSRF check (403 otherwise)."""
    who = signed_in_broker(db, request)
    form = await request.form()
    fields = {k: v for k, v in form.items() if isinstance(v, str)}
    if who is None or not same_token(fields.get("csrf"), who[1].csrf_token):
        return forbidden()
    return who[0], who[1], fields


@router.post("/review/sign-out")
async def sign_out(request: Request, db: SessionDep) -> Response:
    checked = await _broker_post(db, request)
    if isinstance(checked, Response):
        return checked
    _broker, session, _fields = checked
    auth.sign_out(db, session=session)
    response = RedirectResponse("/review", status_code=303)
    response.delete_cookie(BROKER_COOKIE, path="/")
    return secure_headers(response)


def _share_or_none(
    db: Session, request: Request, share_id: str
) -> tuple[Broker, BrokerSession, PlanShare] | Response:
    who = signed_in_broker(db, request)
    if who is None:
        return RedirectResponse("/review", status_code=303)
    share = sharing.broker_share(db, broker=who[0], share_id=share_id)
    if share is None:
        return not_found()
    return who[0], who[1], share


@router.get("/review/shares/{share_id}")
def review_share(share_id: str, request: Request, db: SessionDep) -> Response:
    found = _share_or_none(db, request, share_id)
    if isinstance(found, Response):
        return found
    broker, session, share = found
    newest = sharing.latest_for_share(db, share=share)
    if newest is None:
        return not_found()
    record = newest
    version_text = request.query_params.get("version", "")
    if version_text:
        picked = (
            store.find_plan(db, plan_id=share.plan_id, version=int(version_text))
            if version_text.isdigit() and len(version_text) < 7
            else None
        )
        if picked is None or picked.session_id != share.session_id:
            return not_found()
        record = picked
    context = page_context(db, record=record, versions=plan_versions(db, newest))
    comments, suggestions = review.share_reviews(db, share)
    assert share.id is not None and broker.id is not None
    by_section, suggested, open_items = group_reviews(
        db, comments, suggestions, {share.id: share}, {broker.id: broker}, share.plan_id
    )
    context.update(
        mode="reviewer",
        share=share,
        broker=broker,
        csrf=session.csrf_token,
        comments=by_section,
        suggestions=suggested,
        open_items=open_items,
        done=DONE.get(request.query_params.get("done", "")),
        status_labels=STATUS_LABELS,
    )
    audit(db, actor="broker", action="plan_viewed", share=share, version=record.version)
    return render("plan/page.html", **context)


@router.get("/review/shares/{share_id}/plan.json")
def review_share_json(share_id: str, request: Request, db: SessionDep) -> Response:
    found = _share_or_none(db, request, share_id)
    if isinstance(found, Response):
        return found
    _broker, _session, share = found
    version_text = request.query_params.get("version", "")
    version = int(version_text) if version_text.isdigit() and len(version_text) < 7 else None
    record = store.find_plan(db, plan_id=share.plan_id, version=version)
    if record is None or record.session_id != share.session_id:
        return not_found()
    audit(db, actor="broker", action="plan_downloaded", share=share, version=record.version)
    filename = f"plan-{record.plan_id}-v{record.version}.json"
    return secure_headers(
        JSONResponse(
            record.data, headers={"Content-Disposition": f'attachment; filename="{filename}"'}
        )
    )


@router.get("/review/shares/{share_id}/transcript")
def review_transcript(share_id: str, request: Request, db: SessionDep) -> Response:
    found = _share_or_none(db, request, share_id)
    if isinstance(found, Response):
        return found
    broker, session, share = found
    chat = db.get(ChatSession, share.session_id)
    if not share.transcript_shared or chat is None:
        return not_found()
    record = sharing.latest_for_share(db, share=share)
    messages = store.transcript(db, chat=chat)
    audit(db, actor="broker", action="transcript_viewed", share=share)
    return render(
        "review/transcript.html",
        broker=broker,
        csrf=session.csrf_token,
        share=share,
        name=(record.data.get("preferred_name") if record else "") or "Someone",
        messages=messages,
    )


def _back(share: PlanShare, done: str, anchor: str = "") -> RedirectResponse:
    target = f"/review/shares/{quote(share.public_id)}?done={done}"
    return RedirectResponse(target + (f"#{anchor}" if anchor else ""), status_code=303)


def _problem(share: PlanShare, message: str) -> Response:
    return render(
        "plan/problem.html",
        status_code=400,
        message=message,
        back=f"/review/shares/{quote(share.public_id)}",
    )


async def _checked_share(
    db: Session, request: Request, share_id: str
) -> tuple[Broker, PlanShare, dict[str, str]] | Response:
    checked = await _broker_post(db, request)
    if isinstance(checked, Response):
        return checked
    broker, _session, fields = checked
    share = sharing.broker_share(db, broker=broker, share_id=share_id)
    if share is None:
        return not_found()
    return broker, share, fields


@router.post("/review/shares/{share_id}/comments")
async def comment(share_id: str, request: Request, db: SessionDep) -> Response:
    checked = await _checked_share(db, request, share_id)
    if isinstance(checked, Response):
        return checked
    broker, share, fields = checked
    section = fields.get("section", "")
    try:
        review.add_comment(
            db, broker=broker, share=share, section_key=section, text=fields.get("text", "")
        )
    except ReviewError as exc:
        return _problem(share, str(exc))
    return _back(share, "comment", section if section != "plan" else "review")


@router.post("/review/shares/{share_id}/suggestions")
async def suggest(share_id: str, request: Request, db: SessionDep) -> Response:
    checked = await _checked_share(db, request, share_id)
    if isinstance(checked, Response):
        return checked
    broker, share, fields = checked
    args: dict[str, Any] = {"reason": fields.get("reason", "")}
    if fields.get("section"):
        args.update(section_key=fields["section"], text=fields.get("text", ""))
    else:
        args.update(
            support_id=fields.get("support", ""),
            hours_per_week=fields.get("hours", ""),
            kind=fields.get("kind") or None,
        )
    try:
        review.add_suggestion(db, broker=broker, share=share, **args)
    except ReviewError as exc:
        return _problem(share, str(exc))
    return _back(share, "suggestion", fields.get("section") or "how_supported")


@router.post("/review/shares/{share_id}/status")
async def status(share_id: str, request: Request, db: SessionDep) -> Response:
    checked = await _checked_share(db, request, share_id)
    if isinstance(checked, Response):
        return checked
    broker, share, fields = checked
    try:
        review.set_review_status(db, broker=broker, share=share, status=fields.get("status", ""))
    except ReviewError as exc:
        return _problem(share, str(exc))
    return _back(share, "status", "status")

"""The plan page: `/plans/{plan_id}` — the person's plan, their broker choices and decisions.

    GET  /plans/{plan_id}?key=…[&version=N][&format=json]   the page (or the plan as JSON)
    GET  /plans/{plan_id}.json?key=…                        the plan as JSON (a download)
    POST /plans/{plan_id}/shares                            "Share your plan with NAME?", then
                                                            (with confirmed=yes) share with that
                                                            broker (+ transcript)
    POST /plans/{plan_id}/shares/{share_id}/withdraw        stop sharing
    POST /plans/{plan_id}/shares/{share_id}/transcript      share / stop sharing the transcript
    POST /plans/{plan_id}/suggestions/{id}/accept|decline   decide about a broker's suggestion

Who may read: whoever holds the session's plan key, or a signed-in accredited broker the plan
is actively shared with. Anyone else gets the same 404 as for a plan that does not exist.

The key: the chat's link carries `?key=`. The page is served straight away (no redirect: a
SameSite=Strict cookie set on a redirect that began on another site would not come back), with
`Referrer-Policy: no-referrer`, and the key is also put in an HttpOnly, SameSite=Strict cookie
scoped to `/plans/{plan_id}` (Secure on https), so links and forms on the page use clean
addresses. Forms carry a CSRF token derived from the key; a POST needs the cookie and the token.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from sqlmodel import Session

from assistant.brokers import choosing, decisions, review, sharing
from assistant.brokers.audit import audit
from assistant.brokers.errors import NotFoundError, ReviewError
from assistant.brokers.models import Broker
from assistant.brokers.vocabulary import label_for
from assistant.http.deps import SessionDep, SettingsDep
from assistant.settings import Settings
from assistant.storage import store
from assistant.storage.models import ChatSession, PlanRecord
from assistant.web import review as review_pages
from assistant.web.access import derive_token, same_token, signed_in_broker
from assistant.web.plan_view import group_reviews, page_context, plan_versions
from assistant.web.templating import forbidden, not_found, render, secure_headers
from planner.render import plan_stylesheet

router = APIRouter(include_in_schema=False)

KEY_COOKIE = "kt_plan"

DONE = {
    "shared": "Your plan is shared. The broker can see it now.",
    "withdrawn": "You have stopped sharing. The broker cannot see your plan any more.",
    "transcript_on": "The broker can now read our conversation too.",
    "transcript_off": "The broker cannot read our conversation any more.",
    "accepted": "You accepted the change. This is the new version of your plan.",
    "declined": "You declined the change. Your plan stays as it was.",
}


def register(app: FastAPI) -> None:
    """Add the plan pages, the review workspace and their style sheet to the app."""
    app.include_router(router)
    app.include_router(review_pages.router)


# --- who is asking -------------------------------------------------------------------------


def person_for(db: Session, request: Request, record: PlanRecord) -> ChatSession | None:
    """The person's session when the request holds this plan's key (address or cookie)."""
    key = request.query_params.get("key") or request.cookies.get(KEY_COOKIE)
    if not key or len(key) > 200:
        return None
    chat = db.get(ChatSession, record.session_id)
    if chat is None or not chat.plan_key or not same_token(key, chat.plan_key):
        return None
    return chat


def plan_csrf(chat: ChatSession) -> str:
    assert chat.plan_key is not None
    return derive_token("plan-form", chat.plan_key)


def set_key_cookie(response: Response, *, settings: Settings, plan_id: str, key: str) -> None:
    response.set_cookie(
        KEY_COOKIE,
        key,
        path=f"/plans/{quote(plan_id)}",
        httponly=True,
        samesite="strict",
        secure=settings.secure_cookies,
        max_age=60 * 60 * 24 * 30,
    )


# --- the page ------------------------------------------------------------------------------


def review_context(
    db: Session, chat: ChatSession, plan_id: str
) -> tuple[dict[str, list[Any]], dict[str, list[Any]], list[Any]]:
    """Comments and suggestions by section key, and the open ones, for the person's page."""
    comments, suggestions, shares, brokers = review.reviews_for(db, chat=chat)
    return group_reviews(db, comments, suggestions, shares, brokers, plan_id)


@router.get("/static/plan.css")
def plan_css() -> Response:
    """The plan's one style sheet (planner/templates/plan.css), inlined in the printable too."""
    return Response(
        plan_stylesheet(),
        media_type="text/css; charset=utf-8",
        headers={"Cache-Control": "public, max-age=3600"},
    )


@router.get("/plans/{plan_id}")
def plan_page(plan_id: str, request: Request, db: SessionDep, settings: SettingsDep) -> Response:
    as_json = request.query_params.get("format") == "json"
    if plan_id.endswith(".json"):
        plan_id, as_json = plan_id.removesuffix(".json"), True
    version_text = request.query_params.get("version")
    version: int | None = None
    if version_text:
        if not version_text.isdigit() or len(version_text) > 6:
            return _missing(as_json)
        version = int(version_text)
    if len(plan_id) > 64:
        return _missing(as_json)
    newest = store.find_plan(db, plan_id=plan_id)
    if newest is None:
        return _missing(as_json)
    chat = person_for(db, request, newest)
    signed_in = None if chat else signed_in_broker(db, request)
    share = sharing.share_for_plan(db, broker=signed_in[0], plan_id=plan_id) if signed_in else None
    if chat is None and share is None:
        return _missing(as_json)
    record = newest if version is None else store.find_plan(db, plan_id=plan_id, version=version)
    if record is None or record.session_id != newest.session_id:
        return _missing(as_json)

    if share is not None:
        audit(
            db,
            actor="broker",
            action="plan_downloaded" if as_json else "plan_viewed",
            share=share,
            version=record.version,
            where="plan page",
        )
    if as_json:
        response: Response = JSONResponse(
            record.data,
            headers={
                "Content-Disposition": (
                    f'attachment; filename="plan-{record.plan_id}-v{record.version}.json"'
                )
            },
        )
        secure_headers(response)
    else:
        context = page_context(db, record=record, versions=plan_versions(db, newest))
        if chat is not None:
            context.update(person_context(db, request, chat, context))
        else:
            context.update(mode="broker", share=share)
        response = render("plan/page.html", **context)
    key = request.query_params.get("key")
    if chat is not None and key:
        set_key_cookie(response, settings=settings, plan_id=plan_id, key=key)
    return response


def person_context(
    db: Session, request: Request, chat: ChatSession, context: dict[str, Any]
) -> dict[str, Any]:
    record: PlanRecord = context["record"]
    by_section, suggested, open_items = review_context(db, chat, record.plan_id)
    shares = [s for s in sharing.shares_for(db, chat=chat) if s.plan_id == record.plan_id]
    active = {s.broker_id: s for s in shares if s.status == "active"}
    wanted = choosing.wanted_specialisms(record.data)
    choices = []
    if context["is_latest"]:
        for broker in choosing.choose_brokers(db, plan=record.data):
            choices.append(
                {
                    "broker": broker,
                    "matches": [label_for(c) for c in broker.specialisms if c in wanted],
                    "share": active.get(broker.id) if broker.id is not None else None,
                }
            )
    share_rows = [{"share": s, "broker": db.get(Broker, s.broker_id)} for s in shares]
    done = request.query_params.get("done")
    return {
        "mode": "person",
        # the data file's link carries the key, like the page's own link (it works anywhere)
        "plan_key": chat.plan_key or "",
        "csrf": plan_csrf(chat),
        "comments": by_section,
        "suggestions": suggested,
        "open_items": open_items,
        "choices": choices,
        "wanted": [label_for(c) for c in wanted],
        "shares": share_rows,
        "done": DONE.get(done or ""),
        "error": request.query_params.get("error") == "1",
    }


def _missing(as_json: bool) -> Response:
    if as_json:
        return secure_headers(
            JSONResponse(
                {"error": "not_found", "detail": "I can't find that plan."}, status_code=404
            )
        )
    return not_found()


# --- the person's forms ----------------------------------------------------------------------


async def _person_post(
    db: Session, request: Request, plan_id: str
) -> tuple[ChatSession, dict[str, str]] | Response:
    """The person behind a form post, after the key and CSRF checks (404 or 403 otherwise)."""
    record = store.find_plan(db, plan_id=plan_id) if len(plan_id) <= 64 else None
    if record is None:
        return not_found()
    key = request.cookies.get(KEY_COOKIE)
    chat = db.get(ChatSession, record.session_id)
    if chat is None or not chat.plan_key or not key or not same_token(key, chat.plan_key):
        return not_found()
    form = await request.form()
    fields = {k: v for k, v in form.items() if isinstance(v, str)}
    if not same_token(fields.get("csrf"), plan_csrf(chat)):
        return forbidden()
    return chat, fields


def _back(plan_id: str, done: str | None = None, anchor: str = "brokers") -> RedirectResponse:
    query = f"?done={done}" if done else "?error=1"
    return RedirectResponse(f"/plans/{quote(plan_id)}{query}#{anchor}", status_code=303)


@router.post("/plans/{plan_id}/shares")
async def share(plan_id: str, request: Request, db: SessionDep) -> Response:
    checked = await _person_post(db, request, plan_id)
    if isinstance(checked, Response):
        return checked
    chat, fields = checked
    broker = choosing.find_broker(db, handle=fields.get("broker", ""))
    if broker is None or not broker.accredited:
        return _back(plan_id)
    if fields.get("confirmed") != "yes":
        # the card's button asks first; nothing is shared until the person says yes (no script)
        return render(
            "plan/confirm_share.html",
            plan_id=plan_id,
            broker=broker,
            csrf=fields.get("csrf", ""),
            transcript=fields.get("transcript") == "yes",
        )
    try:
        sharing.share_plan(
            db,
            chat=chat,
            plan_id=plan_id,
            broker=broker,
            include_transcript=fields.get("transcript") == "yes",
        )
    except ReviewError:
        return _back(plan_id)
    return _back(plan_id, "shared")


@router.post("/plans/{plan_id}/shares/{share_id}/withdraw")
async def withdraw(plan_id: str, share_id: str, request: Request, db: SessionDep) -> Response:
    checked = await _person_post(db, request, plan_id)
    if isinstance(checked, Response):
        return checked
    chat, _fields = checked
    try:
        sharing.withdraw_share(db, chat=chat, share_id=share_id)
    except ReviewError:
        return not_found()
    return _back(plan_id, "withdrawn")


@router.post("/plans/{plan_id}/shares/{share_id}/transcript")
async def transcript(plan_id: str, share_id: str, request: Request, db: SessionDep) -> Response:
    checked = await _person_post(db, request, plan_id)
    if isinstance(checked, Response):
        return checked
    chat, fields = checked
    on = fields.get("shared") == "yes"
    try:
        sharing.set_transcript_shared(db, chat=chat, share_id=share_id, shared=on)
    except ReviewError:
        return _back(plan_id)
    return _back(plan_id, "transcript_on" if on else "transcript_off")


@router.post("/plans/{plan_id}/suggestions/{suggestion_id}/{decision}")
async def decide(
    plan_id: str, suggestion_id: str, decision: str, request: Request, db: SessionDep
) -> Response:
    if decision not in ("accept", "decline"):
        return not_found()
    checked = await _person_post(db, request, plan_id)
    if isinstance(checked, Response):
        return checked
    chat, _fields = checked
    try:
        if decision == "accept":
            decisions.accept_suggestion(db, chat=chat, suggestion_id=suggestion_id)
        else:
            decisions.decline_suggestion(db, chat=chat, suggestion_id=suggestion_id)
    except NotFoundError:
        return not_found()
    except ReviewError as exc:
        return render(
            "plan/problem.html",
            status_code=409,
            message=str(exc),
            back=f"/plans/{quote(plan_id)}#review",
        )
    return _back(plan_id, "accepted" if decision == "accept" else "declined", "review")

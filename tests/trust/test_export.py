"""`GET /api/sessions/{id}/export`: everything held about a conversation (CONTRACT.md section 2)."""

from __future__ import annotations

from sqlmodel import select

from assistant.brokers import service
from assistant.brokers.models import PlanShare
from assistant.storage.store import find_session
from tests.trust.conftest import TrustGateway

# the document's parts that clients already read: never renamed or removed
CONTRACT_KEYS = {"session", "profile", "plans", "transcript", "shares", "reviews", "audit"}


def test_export_holds_everything_about_the_conversation(trust_gw: TrustGateway):
    held = trust_gw.person(name="Ottoline Barraclough")

    r = trust_gw.client.get(f"/api/sessions/{held.token}/export")

    assert r.status_code == 200
    doc = r.json()
    assert set(doc) >= CONTRACT_KEYS
    assert doc["profile"]["preferred_name"] == "Ottoline Barraclough"
    assert [(p["plan_id"], p["version"]) for p in doc["plans"]] == [
        (held.plan_id, 1),
        (held.plan_id, 2),
    ]
    assert all(p["plan"]["plan_id"] == held.plan_id for p in doc["plans"])
    said = [m["text"] for m in doc["transcript"] if m["direction"] == "in"]
    assert said == ["hello", "call me Ottoline Barraclough"]
    assert any(m["direction"] == "out" for m in doc["transcript"])
    assert [s["share_id"] for s in doc["shares"]] == [held.share_id]
    assert doc["shares"][0]["broker"] and doc["shares"][0]["transcript_shared"] is True
    reviews = {r["type"]: r for r in doc["reviews"]}
    assert reviews["comment"]["id"] == held.comment_id
    assert reviews["comment"]["text"] == "A kind, clear plan."
    assert reviews["suggestion"]["id"] == held.suggestion_id
    assert reviews["suggestion"]["decision"] == "open"
    actions = [a["action"] for a in doc["audit"]]
    assert {"share_created", "comment_added", "suggestion_made"} <= set(actions), actions
    # what the dialogue engine remembers, read from its tracker store
    assert doc["dialogue"]["slots"] == {"last_words": "call me Ottoline Barraclough"}
    assert doc["dialogue"]["events"] == trust_gw.tracker_rows(held.sender_id) > 0
    assert doc["sms"] is None


def test_export_keeps_withdrawn_shares_and_decided_suggestions(trust_gw: TrustGateway):
    held = trust_gw.person()
    with trust_gw.db() as db:
        chat = find_session(db, token=held.token)
        assert chat is not None
        service.decline_suggestion(db, chat=chat, suggestion_id=held.suggestion_id)
        service.withdraw_share(db, chat=chat, share_id=held.share_id)
        assert db.exec(select(PlanShare)).one().status == "withdrawn"

    doc = trust_gw.client.get(f"/api/sessions/{held.token}/export").json()

    assert [(s["share_id"], s["status"]) for s in doc["shares"]] == [(held.share_id, "withdrawn")]
    suggestion = next(r for r in doc["reviews"] if r["type"] == "suggestion")
    assert suggestion["decision"] == "declined"
    actions = [a["action"] for a in doc["audit"]]
    assert "suggestion_declined" in actions and "share_withdrawn" in actions


def test_export_shows_only_the_persons_own_data(trust_gw: TrustGateway):
    mine = trust_gw.person(name="Ottoline Barraclough")
    theirs = trust_gw.person(name="Somebody Else")

    doc = trust_gw.client.get(f"/api/sessions/{mine.token}/export").json()

    text = str(doc)
    assert "Somebody Else" not in text
    assert theirs.plan_id not in text and theirs.share_id not in text


def test_export_of_an_unknown_session_is_404(trust_gw: TrustGateway):
    r = trust_gw.client.get("/api/sessions/no-such-token/export")
    assert r.status_code == 404 and r.json()["error"] == "unknown_session"


def test_openapi_describes_the_export_and_the_erasure(trust_gw: TrustGateway):
    spec = trust_gw.client.get("/openapi.json").json()
    export = spec["paths"]["/api/sessions/{session_id}/export"]["get"]["responses"]
    assert {"200", "404"} <= set(export)
    schema = export["200"]["content"]["application/json"]["schema"]["$ref"].split("/")[-1]
    assert set(spec["components"]["schemas"][schema]["properties"]) >= CONTRACT_KEYS
    erase = spec["paths"]["/api/sessions/{session_id}"]["delete"]["responses"]
    assert set(erase) >= {"204", "404"} and "content" not in erase["204"]
    assert erase["404"]["content"]["application/json"]["schema"]["$ref"].endswith("ErrorResponse")

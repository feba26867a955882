"""The review workspace: a calm queue, newest first, with levels, reasons and status."""

from __future__ import annotations

import re

from tests.brokers.conftest import (
    csrf_of,
    make_person,
    profile,
    share_with,
    signed_in_broker,
)


def test_the_queue_lists_shared_drafts_newest_first_with_level_and_reasons(gw):
    first = make_person(gw, profile(preferred_name="Ada"))
    second = make_person(gw, profile("mental_health_paid_work", preferred_name="Bo"))
    share_with(gw, first, "amara-okafor")
    share_with(gw, second, "amara-okafor")
    client, _broker = signed_in_broker(gw, "amara-okafor")
    html = client.get("/review").text
    names = re.findall(r'<a href="/review/shares/[^"]+">([^<]+)</a>', html)
    assert names == ["Bo", "Ada"]
    assert "Recommended" in html
    assert "Large budget" in html and "Housing change" in html
    assert "2 draft plans, newest first" in html
    assert html.count("kt-tag-new") == 2


def test_comments_status_and_the_audit_trail(gw, person):
    share_id = share_with(gw, person, "amara-okafor")
    client, _broker = signed_in_broker(gw, "amara-okafor")
    page = client.get(f"/review/shares/{share_id}")
    token = csrf_of(page.text)
    for key in ("important_to_me", "how_budget_used"):
        r = client.post(
            f"/review/shares/{share_id}/comments",
            data={"csrf": token, "section": key, "text": f"A thought about {key}."},
            follow_redirects=False,
        )
        assert r.status_code == 303
    assert "In review" in client.get("/review").text
    r = client.post(
        f"/review/shares/{share_id}/status",
        data={"csrf": token, "status": "reviewed"},
        follow_redirects=False,
    )
    assert r.status_code == 303
    assert "kt-tag-reviewed" in client.get("/review").text
    # bad input gets a plain answer, not a change
    r = client.post(
        f"/review/shares/{share_id}/comments",
        data={"csrf": token, "section": "nonsense", "text": "x"},
    )
    assert r.status_code == 400 and "Please choose a section." in r.text
    r = client.post(
        f"/review/shares/{share_id}/suggestions",
        data={"csrf": token, "support": "s5", "hours": "200", "reason": "more"},
    )
    assert r.status_code == 400 and "at most 168" in r.text
    export = gw.client.get(f"/api/sessions/{person.token}/export").json()
    assert [r["section"] for r in export["reviews"]] == ["important_to_me", "how_budget_used"]
    actions = [e["action"] for e in export["audit"]]
    assert actions.count("comment_added") == 2 and "status_changed" in actions
    assert export["shares"][0]["review_status"] == "reviewed"


def test_the_person_can_share_the_plan_and_separately_the_transcript(gw, person):
    share_with(gw, person, "amara-okafor")
    share_with(gw, person, "david-lewin", transcript=True)
    export = gw.client.get(f"/api/sessions/{person.token}/export").json()
    assert [(s["broker"], s["transcript_shared"]) for s in export["shares"]] == [
        ("Amara Okafor", False),
        ("David Lewin", True),
    ]
    page = gw.client.get(person.url).text
    assert "Who can see your plan" in page
    assert page.count("Stop sharing my plan") == 2


def test_twenty_drafts_stay_quick(gw):
    people = [make_person(gw, profile(preferred_name=f"P{n}")) for n in range(20)]
    for who in people:
        share_with(gw, who, "amara-okafor")
    client, _broker = signed_in_broker(gw, "amara-okafor")
    html = client.get("/review").text
    assert "20 draft plans" in html
    assert len(re.findall(r'<a href="/review/shares/', html)) == 20

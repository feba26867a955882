"""Who can see what: only brokers a person shares with, only while shared and accredited."""

from __future__ import annotations

import secrets

from assistant.brokers import register
from tests.brokers.conftest import (
    PASSWORD,
    csrf_of,
    make_person,
    set_password,
    share_with,
    sign_in,
    signed_in_broker,
)


def test_a_broker_cannot_open_a_plan_that_was_not_shared_with_them(gw, person):
    client, _broker = signed_in_broker(gw, "amara-okafor")
    assert client.get(person.url).status_code == 404
    assert client.get(f"{person.url}?format=json").status_code == 404
    # guessed share ids, the plan id in place of a share id, row numbers: all 404
    for guess in (secrets.token_urlsafe(12), person.plan_id, "1", "2", "../1"):
        assert client.get(f"/review/shares/{guess}").status_code == 404
        assert client.get(f"/review/shares/{guess}/plan.json").status_code == 404


def test_a_broker_cannot_open_another_brokers_queue_item(gw, person):
    theirs = share_with(gw, person, "grace-whitfield")
    client, _broker = signed_in_broker(gw, "amara-okafor")
    assert client.get(f"/review/shares/{theirs}").status_code == 404
    assert client.get(f"/review/shares/{theirs}/transcript").status_code == 404
    token = csrf_of(client.get("/review").text)
    r = client.post(
        f"/review/shares/{theirs}/comments",
        data={"csrf": token, "section": "important_to_me", "text": "hello"},
    )
    assert r.status_code == 404
    queue = client.get("/review").text
    assert theirs not in queue and "No one has shared a plan with you yet" in queue


def test_the_broker_shared_with_can_read_the_plan_and_it_is_audited(gw, person):
    share_id = share_with(gw, person, "grace-whitfield")
    client, _broker = signed_in_broker(gw, "grace-whitfield")
    r = client.get(f"/review/shares/{share_id}")
    assert r.status_code == 200
    assert "Comment on this section" in r.text
    assert client.get(person.url).status_code == 200  # the plan page itself, read-only
    assert client.get(f"{person.url}?format=json").json() == person.record.data
    export = gw.client.get(f"/api/sessions/{person.token}/export").json()
    actions = [e["action"] for e in export["audit"]]
    assert actions.count("plan_viewed") == 2
    assert "plan_downloaded" in actions
    assert all(e["broker"] == "Grace Whitfield" for e in export["audit"][1:])


def test_a_withdrawn_share_answers_404_at_once(gw, person):
    share_id = share_with(gw, person, "grace-whitfield", transcript=True)
    client, _broker = signed_in_broker(gw, "grace-whitfield")
    assert client.get(f"/review/shares/{share_id}").status_code == 200
    assert client.get(f"/review/shares/{share_id}/transcript").status_code == 200
    page = gw.client.get(person.url)
    r = gw.client.post(
        f"{person.url}/shares/{share_id}/withdraw",
        data={"csrf": csrf_of(page.text)},
        follow_redirects=False,
    )
    assert r.status_code == 303
    assert client.get(f"/review/shares/{share_id}").status_code == 404
    assert client.get(f"/review/shares/{share_id}/transcript").status_code == 404
    assert client.get(f"/review/shares/{share_id}/plan.json").status_code == 404
    assert client.get(person.url).status_code == 404
    token = csrf_of(client.get("/review").text)
    r = client.post(
        f"/review/shares/{share_id}/comments",
        data={"csrf": token, "section": "plan", "text": "too late"},
    )
    assert r.status_code == 404
    assert "You stopped sharing" in gw.client.get(person.url).text


def test_the_transcript_is_shared_only_when_the_person_says_so(gw, person):
    share_id = share_with(gw, person, "grace-whitfield")
    client, _broker = signed_in_broker(gw, "grace-whitfield")
    assert client.get(f"/review/shares/{share_id}/transcript").status_code == 404
    page = gw.client.get(person.url)
    gw.client.post(
        f"{person.url}/shares/{share_id}/transcript",
        data={"csrf": csrf_of(page.text), "shared": "yes"},
    )
    assert client.get(f"/review/shares/{share_id}/transcript").status_code == 200


def test_a_disaccredited_broker_cannot_sign_in_and_loses_access_at_once(gw, person):
    share_id = share_with(gw, person, "grace-whitfield")
    client, broker = signed_in_broker(gw, "grace-whitfield")
    assert client.get(f"/review/shares/{share_id}").status_code == 200
    with gw.db() as db:
        register.disaccredit(db, handle="grace-whitfield", reason="test")
    # the open session stops working, the share has ended, the plan is out of reach
    assert client.get(f"/review/shares/{share_id}", follow_redirects=False).status_code == 303
    assert client.get(person.url).status_code == 404
    assert "Sign in to review plans" in client.get("/review").text
    fresh = gw.other_client()
    r = sign_in(fresh, broker.email, PASSWORD)
    assert r.status_code == 400
    assert "kt_broker" not in r.headers.get("set-cookie", "")
    # put back on the register, they can sign in, but the person must share again
    with gw.db() as db:
        register.accredit(db, handle="grace-whitfield")
    assert sign_in(fresh, broker.email, PASSWORD).status_code == 303
    assert fresh.get(f"/review/shares/{share_id}").status_code == 404
    page = gw.client.get(person.url).text
    assert "the broker is no longer on the register" in page


def test_disaccredited_brokers_vanish_from_the_choices(gw):
    who = make_person(gw)
    set_password(gw, "grace-whitfield")
    with gw.db() as db:
        for b in register.listing(db):
            if b.handle not in ("grace-whitfield", "amara-okafor", "david-lewin"):
                register.disaccredit(db, handle=b.handle)
        register.disaccredit(db, handle="grace-whitfield")
    html = gw.client.get(f"{who.url}?key={who.key}").text
    assert "Amara Okafor" in html and "David Lewin" in html
    assert "Grace Whitfield" not in html

"""Sign-in, sessions, CSRF and the lock after repeated failures."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from assistant.brokers import auth
from assistant.brokers.models import BrokerSession
from assistant.storage.models import utcnow
from assistant.storage.store import hash_token
from tests.brokers.conftest import (
    PASSWORD,
    csrf_of,
    make_gateway,
    set_password,
    share_with,
    sign_in,
    signed_in_broker,
)


def test_the_sign_in_form_needs_its_csrf_token(gw):
    broker = set_password(gw, "amara-okafor")
    client = gw.other_client()
    client.get("/review")  # gets the pre-session cookie
    r = client.post("/review/sign-in", data={"email": broker.email, "password": PASSWORD})
    assert r.status_code == 403
    r = client.post(
        "/review/sign-in",
        data={"csrf": "forged", "email": broker.email, "password": PASSWORD},
    )
    assert r.status_code == 403
    # a token from another browser's pre-session does not fit this one
    other_token = csrf_of(gw.other_client().get("/review").text)
    r = client.post(
        "/review/sign-in",
        data={"csrf": other_token, "email": broker.email, "password": PASSWORD},
    )
    assert r.status_code == 403


def test_broker_forms_without_a_valid_csrf_token_get_403(gw, person):
    share_id = share_with(gw, person, "grace-whitfield")
    client, _broker = signed_in_broker(gw, "grace-whitfield")
    forms = {
        f"/review/shares/{share_id}/comments": {"section": "plan", "text": "hi"},
        f"/review/shares/{share_id}/suggestions": {
            "section": "important_to_me",
            "text": "new",
            "reason": "why",
        },
        f"/review/shares/{share_id}/status": {"status": "reviewed"},
        "/review/sign-out": {},
    }
    for url, data in forms.items():
        assert client.post(url, data=data).status_code == 403, url
        assert client.post(url, data={**data, "csrf": "wrong"}).status_code == 403, url
    # and without a session at all
    anonymous = gw.other_client()
    assert anonymous.post(f"/review/shares/{share_id}/comments", data={}).status_code == 403
    # nothing happened
    export = gw.client.get(f"/api/sessions/{person.token}/export").json()
    assert export["reviews"] == []
    assert client.get("/review").status_code == 200  # still signed in


def test_the_persons_forms_without_a_valid_csrf_token_get_403(gw, person):
    page = gw.client.get(f"{person.url}?key={person.key}")
    token = csrf_of(page.text)
    r = gw.client.post(f"{person.url}/shares", data={"broker": "grace-whitfield"})
    assert r.status_code == 403
    r = gw.client.post(f"{person.url}/shares", data={"broker": "grace-whitfield", "csrf": "x"})
    assert r.status_code == 403
    # another plan's token does not fit
    assert token != "x"
    export = gw.client.get(f"/api/sessions/{person.token}/export").json()
    assert export["shares"] == []
    # without the key cookie the plan is not theirs: 404, whatever the token
    stranger = gw.other_client()
    r = stranger.post(f"{person.url}/shares", data={"broker": "grace-whitfield", "csrf": token})
    assert r.status_code == 404


def test_repeated_wrong_passwords_lock_the_account(gw):
    broker = set_password(gw, "amara-okafor")
    client = gw.other_client()
    for _ in range(auth.MAX_FAILURES - 1):
        r = sign_in(client, broker.email, "wrong password!")
        assert r.status_code == 400
        assert "not right" in r.text
    r = sign_in(client, broker.email, "wrong password!")
    assert r.status_code == 429
    assert "Too many tries" in r.text and "15 minutes" in r.text
    # locked: even the right password does not get in now
    r = sign_in(client, broker.email, PASSWORD)
    assert r.status_code == 429
    assert "kt_broker" not in r.headers.get("set-cookie", "")
    # after 15 minutes it works again
    with gw.db() as db:
        later = utcnow() + timedelta(minutes=16)
        signed = auth.sign_in(db, email=broker.email, password=PASSWORD, now=later)
        assert signed.broker.handle == "amara-okafor"


def test_failures_spread_over_more_than_15_minutes_do_not_lock(gw):
    broker = set_password(gw, "amara-okafor")
    start = utcnow()
    with gw.db() as db:
        for i in range(auth.MAX_FAILURES + 2):
            with pytest.raises(auth.SignInError) as failed:
                auth.sign_in(
                    db, email=broker.email, password="nope", now=start + timedelta(minutes=4 * i)
                )
            assert failed.value.kind == "bad"


def test_unknown_addresses_get_the_same_answer(gw):
    client = gw.other_client()
    r = sign_in(client, "nobody@example.org", "whatever it is")
    assert r.status_code == 400
    assert "That email address or password is not right" in r.text


def test_the_session_cookie_is_http_only_same_site_and_holds_no_stored_secret(gw):
    broker = set_password(gw, "amara-okafor")
    client = gw.other_client()
    r = sign_in(client, broker.email)
    assert r.status_code == 303
    cookie = r.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Path=/" in cookie
    assert "Secure" not in cookie  # plain http in tests
    token = cookie.split(";")[0].split("=", 1)[1]
    with gw.db() as db:
        rows = db.exec(select(BrokerSession)).all()
        assert [s.token_hash for s in rows] == [hash_token(token)]
        assert all(token not in (s.token_hash, s.csrf_token) for s in rows)
    page = client.get("/review")
    assert "Plans shared with you" in page.text
    # sign out ends the server-side session, so the old cookie is worthless
    r = client.post("/review/sign-out", data={"csrf": csrf_of(page.text)}, follow_redirects=False)
    assert r.status_code == 303
    again = gw.other_client()
    again.cookies.set("kt_broker", token)
    assert "Sign in to review plans" in again.get("/review").text


def test_the_session_cookie_is_secure_when_the_site_is_https(tmp_path):
    for gw in make_gateway(tmp_path, KT_COOKIE_SECURE=True):
        broker = set_password(gw, "amara-okafor")
        client = gw.other_client(base_url="https://testserver")
        page = client.get("/review")
        assert "Secure" in page.headers["set-cookie"]  # the pre-session cookie too
        r = sign_in(client, broker.email)
        assert r.status_code == 303
        assert "Secure" in r.headers["set-cookie"] and "HttpOnly" in r.headers["set-cookie"]
        assert "Plans shared with you" in client.get("/review").text


def test_https_public_base_url_makes_cookies_secure(tmp_path):
    for gw in make_gateway(tmp_path, PUBLIC_BASE_URL="https://kitchen-table.example"):
        assert gw.app.state.settings.secure_cookies


def test_sessions_end_when_idle(gw):
    broker = set_password(gw, "amara-okafor")
    with gw.db() as db:
        signed = auth.sign_in(db, email=broker.email, password=PASSWORD)
        assert auth.current(db, token=signed.token) is not None
        later = utcnow() + auth.SESSION_IDLE + timedelta(minutes=1)
        assert auth.current(db, token=signed.token, now=later) is None

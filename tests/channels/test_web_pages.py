"""The demo page, the widget's files and the transcript endpoint (real gateway and database)."""

from __future__ import annotations

import re

from tests.channels.conftest import BUTTONS


def test_the_demo_page_carries_the_widget_under_a_strict_csp(app_client):
    r = app_client.get("/")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "style-src 'self'" in csp
    assert "unsafe-inline" not in csp
    html = r.text
    assert '<script src="/widget/widget.js" data-kt-endpoint="/api/chat" defer></script>' in html
    assert '<html lang="en-GB">' in html
    assert re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html) is None  # no inline script
    assert "style=" not in html and "<style" not in html  # no inline style
    assert html.count("<h1>") == 1


def test_the_api_documentation_is_still_served(app_client):
    assert app_client.get("/docs").status_code == 200


def test_the_widget_files_are_served(app_client):
    js = app_client.get("/widget/widget.js")
    assert js.status_code == 200 and "javascript" in js.headers["content-type"]
    assert "innerHTML" not in js.text and "insertAdjacentHTML" not in js.text
    css = app_client.get("/widget/widget.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    assert app_client.get("/demo/demo.css").status_code == 200


def test_the_transcript_gives_the_conversation_both_ways(app_client):
    first = app_client.post("/api/chat", json={"text": "hello"}).json()
    sid = first["session_id"]
    app_client.post("/api/chat", json={"session_id": sid, "text": "/affirm"})
    r = app_client.get(f"/api/sessions/{sid}/transcript")
    assert r.status_code == 200
    body = r.json()
    assert body["session_id"] == sid
    rows = [(m["direction"], m["text"]) for m in body["messages"]]
    assert rows[0] == ("in", "hello")
    assert ("in", "/affirm") in rows
    assert rows[-1] == ("out", "Thank you. What should I call you?")
    offered = [m for m in body["messages"] if m["buttons"]]
    assert offered[0]["buttons"] == BUTTONS
    assert {"status", "at", "links"} <= set(body["messages"][0])


def test_the_transcript_of_an_unknown_session_is_404(app_client):
    r = app_client.get("/api/sessions/not-a-session/transcript")
    assert r.status_code == 404
    assert r.json()["error"] == "unknown_session"

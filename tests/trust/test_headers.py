"""Security headers on every HTML page (assistant/http/security.py): the demo page, plan pages, the
broker review pages, their error pages, and any GET route the app has; `nosniff` on everything."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from assistant.http.security import DOCS_PATHS, DOCS_POLICY, PAGE_POLICY
from tests.brokers.conftest import (
    Gateway,
    make_gateway,
    make_person,
    open_as_person,
    share_with,
    signed_in_broker,
)


@pytest.fixture
def gw(tmp_path: Path) -> Iterator[Gateway]:
    yield from make_gateway(tmp_path)


def directives(policy: str) -> dict[str, str]:
    parts = (p.strip().split(None, 1) for p in policy.split(";") if p.strip())
    return {p[0]: (p[1] if len(p) > 1 else "") for p in parts}


def assert_safe_page(response, path: str) -> None:
    headers = response.headers
    assert headers["x-content-type-options"] == "nosniff", path
    policy = directives(headers["content-security-policy"])
    assert policy.get("frame-ancestors") == "'none'", path
    assert "'unsafe-inline'" not in policy.get("script-src", policy.get("default-src", "")), path
    assert "script-src" in policy or policy.get("default-src") in ("'self'", "'none'"), path
    assert policy.get("base-uri") == "'none'", path
    assert headers["referrer-policy"] in ("same-origin", "no-referrer"), path


def test_the_demo_page_plan_pages_and_review_pages_carry_the_headers(gw):
    person = make_person(gw)
    share = share_with(gw, person, "amara-okafor")
    broker, _ = signed_in_broker(gw, "amara-okafor")
    pages = [
        (gw.client, "/"),
        (gw.client, f"{person.url}?key={person.key}"),
        (gw.client, f"{person.url}?key=wrong"),  # the not-found page
        (gw.client, "/plans/no-such-plan"),
        (gw.client, "/review"),  # sign-in
        (broker, "/review"),  # the queue
        (broker, f"/review/shares/{share}"),
        (broker, f"/review/shares/{share}/transcript"),
        (broker, "/review/shares/no-such-share"),
    ]
    for client, path in pages:
        response = client.get(path)
        assert response.headers["content-type"].startswith("text/html"), path
        assert_safe_page(response, path)
    open_as_person(gw, person)


def get_paths(routes: list[Any], prefix: str = "") -> Iterator[str]:
    """Every GET path of the app, through included routers (however FastAPI nests them)."""
    for route in routes:
        inner = getattr(route, "original_router", None)
        if inner is not None:
            context = getattr(route, "include_context", None)
            yield from get_paths(inner.routes, prefix + (getattr(context, "prefix", "") or ""))
        elif "GET" in (getattr(route, "methods", None) or ()):
            yield prefix + route.path


def test_every_get_route_that_answers_html_carries_the_headers(gw):
    """Walk the app's own routes, so a page added later cannot be missed."""
    seen = 0
    paths = list(get_paths(gw.app.routes))
    assert "/review/shares/{share_id}" in paths and "/" in paths
    for route_path in paths:
        path = re.sub(r"\{[^}]+\}", "x", route_path)
        response = gw.client.get(path)
        assert response.headers["x-content-type-options"] == "nosniff", path
        if path in DOCS_PATHS:
            continue  # FastAPI's own API docs: see the last test
        if response.headers.get("content-type", "").startswith("text/html"):
            assert_safe_page(response, path)
            seen += 1
    assert seen >= 4


def test_json_errors_static_files_and_unknown_paths_are_nosniff(gw):
    for path in ("/no-such-page", "/widget/widget.js", "/static/plan.css", "/api/sessions/x/plan"):
        response = gw.client.get(path)
        assert response.headers["x-content-type-options"] == "nosniff", path
    too_big = gw.client.post("/api/chat", content=b"x" * 100_000)
    assert too_big.status_code == 413
    assert too_big.headers["x-content-type-options"] == "nosniff"


def test_a_page_with_no_policy_of_its_own_gets_the_strict_one(gw):
    from fastapi.responses import HTMLResponse

    @gw.app.get("/trust-test-page", include_in_schema=False)
    def page() -> HTMLResponse:
        return HTMLResponse("<p>hello</p>")

    response = gw.client.get("/trust-test-page")
    assert response.headers["content-security-policy"] == PAGE_POLICY
    assert response.headers["x-frame-options"] == "DENY"
    assert_safe_page(response, "/trust-test-page")


def test_the_api_docs_page_has_its_own_narrow_policy(gw):
    response = gw.client.get("/docs")
    assert response.status_code == 200
    assert response.headers["content-security-policy"] == DOCS_POLICY
    assert directives(DOCS_POLICY)["frame-ancestors"] == "'none'"

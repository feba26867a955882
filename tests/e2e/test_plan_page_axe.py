"""The plan page and the review workspace in a real browser: axe-core finds no serious or
critical WCAG 2.2 A/AA violations, under the pages' strict Content-Security-Policy.

Runs its own gateway (uvicorn in a thread, no Rasa needed) on a free port.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from assistant.brokers import auth, register, service
from tests.brokers.conftest import PASSWORD, Gateway, make_person, profile
from tests.support.browser import chromium, describe, new_page, serious_violations
from tests.support.gateway import served_gateway


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Gateway]]:
    with served_gateway(tmp_path_factory.mktemp("plan-axe")) as served:
        yield served


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as running:
        yield running


def _scan(page: Any, url: str) -> None:
    response = page.goto(url)
    assert response.status == 200, url
    problems = serious_violations(page)
    assert problems == [], describe(problems)


def test_the_plan_page_has_no_serious_accessibility_problems(server, browser):
    base, gw = server
    person = make_person(gw, profile())
    with gw.db() as db:
        broker = register.find(db, "amara-okafor")
        share = service.share_plan(
            db, chat=person.chat, plan_id=person.plan_id, broker=broker, include_transcript=True
        )
        service.add_comment(
            db, broker=broker, share=share, section_key="important_to_me", text="Lovely."
        )
        paid = next(
            s for s in person.record.data["supports"] if s["kind"] in service.CHANGEABLE_KINDS
        )  # fmt: skip
        service.add_suggestion(
            db, broker=broker, share=share, reason="Fewer hours", support_id=paid["id"],
            hours_per_week=str(paid["hours_per_week"] - 2),
        )  # fmt: skip
    page = new_page(browser, base)
    try:
        _scan(page, f"/plans/{person.plan_id}?key={person.key}")
        assert page.get_by_role("heading", level=1).count() == 1
        assert page.get_by_role("main").count() == 1
        assert page.get_by_role("figure", name="Costs a year by kind of support").count() == 1
        assert page.get_by_role("button", name="Accept this change").count() == 1
        # every request stayed on this server (no third parties)
        assert all(u.startswith(base) for u in page.kt_requests)
        # print: forms and the chooser are hidden on paper
        page.emulate_media(media="print")
        assert not page.get_by_role("button", name="Accept this change").is_visible()
        page.emulate_media(media="screen")
        # a narrow phone screen too
        page.set_viewport_size({"width": 360, "height": 740})
        problems = serious_violations(page)
        assert problems == [], describe(problems)
    finally:
        page.context.close()


def test_the_review_pages_have_no_serious_accessibility_problems(server, browser):
    base, gw = server
    person = make_person(gw, profile("mental_health_paid_work"))
    with gw.db() as db:
        broker = register.find(db, "grace-whitfield")
        auth.set_password(db, broker=broker, password=PASSWORD)
        share = service.share_plan(
            db, chat=person.chat, plan_id=person.plan_id, broker=broker, include_transcript=True
        )
        share_id, email = share.public_id, broker.email
    page = new_page(browser, base)
    try:
        _scan(page, "/review")
        page.get_by_label("Email address").fill(email)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_url(f"{base}/review")
        problems = serious_violations(page)
        assert problems == [], describe(problems)
        _scan(page, f"/review/shares/{share_id}")
        _scan(page, f"/review/shares/{share_id}/transcript")
    finally:
        page.context.close()

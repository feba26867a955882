"""Hostile text in every free-text answer is shown as text and never run: in the widget (its
history after a reload), on the plan page, and on the broker's review and transcript pages.

A whole journey goes through `POST /api/chat` on the real stack with HTML and script in every
free-text answer. Each payload sets `window.__ktx` if it ever runs. The pages are opened in
Chromium with the Content-Security-Policy switched off (`bypass_csp`), so that the check is of
the escaping itself: the policy is a second wall, not the one being tested.
"""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from assistant.ops.stack import Stack
from assistant.settings import ROOT
from tests.e2e.test_journey import ANSWERS
from tests.support.browser import chromium, new_page

pytestmark = pytest.mark.stack

PASSWORD = "a long password for the xss test"
IMG = "<img src=x onerror=\"window.__ktx='img'\">"
SCRIPT = "<script>window.__ktx='script'</script>"
SVG = '"><svg onload="window.__ktx=\'svg\'">'
LINK = "<a href=\"javascript:window.__ktx='link'\">click me</a>"

# every free-text question, with hostile words around a real answer
HOSTILE: dict[str, str] = {
    "preferred_name": f"call me Priya {IMG}",
    "admired_qualities": f"people say im kind, funny and {SCRIPT}",
    "typical_week": f"I go to the library on tuesdays {SVG} and watch telly",
    "people": f"my sister Jo does my shopping every week {LINK}",
    "current_support": f"a cleaner on fridays {IMG}",
    "important_to": f"my cat, my garden, and {SCRIPT}",
    "support_needs": f"help to wash and dress 1 hour every morning {SVG}",
    "dreams": f"I'd love to go swimming again {LINK}",
    "bottom_lines": f"I never want a male carer {IMG}",
}
# anything a payload could have put on a page
INJECTED = ", ".join(
    [
        'img[src="x"]',
        "svg[onload]",
        "script:not([src])",
        'a[href^="javascript"]',
        "[onerror]",
        "[onload]",
        "[onclick]",
    ]
)


@pytest.fixture(scope="module")
def journey(stack: Stack) -> dict[str, Any]:
    """A whole journey with hostile answers; returns the session, the plan link and the
    hostile texts that were sent."""
    sent: list[str] = []
    with httpx.Client(base_url=stack.gateway_url, timeout=60) as http:
        reply = http.post("/api/chat", json={"text": "hello"}).json()
        sid = reply["session_id"]
        tried: set[str] = set()
        for _ in range(60):
            if reply["state"]["plan_ready"]:
                break
            asking = reply["state"]["asking"]
            if asking in HOSTILE and asking not in tried:
                tried.add(asking)
                text = HOSTILE[asking]
                sent.append(text)
            else:  # asked again (the hostile words were not an answer): answer plainly
                text = ANSWERS[asking]
            r = http.post("/api/chat", json={"session_id": sid, "text": text})
            assert r.status_code == 200, r.text
            reply = r.json()
        assert reply["state"]["plan_ready"], reply
        links = [link["url"] for m in reply["messages"] for link in m["links"]]
    assert set(tried) == set(HOSTILE)
    return {"sid": sid, "plan_url": links[0], "sent": sent}


def _db(stack: Stack) -> sqlite3.Connection:
    return sqlite3.connect(stack.settings.effective_database_url.split("///", 1)[1])


def _brokers_cli(stack: Stack, *args: str, stdin: str | None = None) -> None:
    env = stack.child_env()
    subprocess.run(
        [sys.executable, "-m", "assistant.brokers", *args],
        cwd=ROOT,
        env=env,
        input=stdin,
        text=True,
        check=True,
        capture_output=True,
    )


@pytest.fixture(scope="module")
def share(stack: Stack, journey: dict[str, Any]) -> dict[str, str]:
    """The person shares the plan and the conversation with a broker who can sign in."""
    _brokers_cli(stack, "seed")
    with httpx.Client(base_url=stack.gateway_url, timeout=60) as person:
        page = person.get(journey["plan_url"])
        assert page.status_code == 200
        csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
        broker = re.search(r'name="broker" value="([^"]+)"', page.text)
        assert csrf and broker, "the plan page offers no broker to share with"
        plan_path = journey["plan_url"].split("?", 1)[0]
        r = person.post(
            f"{plan_path}/shares",
            data={
                "csrf": csrf.group(1),
                "broker": broker.group(1),
                "transcript": "yes",
                "confirmed": "yes",
            },
        )
        assert r.status_code in (200, 303), r.text
    handle = broker.group(1)
    _brokers_cli(stack, "set-password", handle, "--stdin", stdin=PASSWORD + "\n")
    plan_id = plan_path.rsplit("/", 1)[1]
    with _db(stack) as db:
        email = db.execute("select email from broker where handle = ?", (handle,)).fetchone()[0]
        share_id = db.execute(
            "select s.public_id from plan_share s join broker b on b.id = s.broker_id "
            "where s.plan_id = ? and b.handle = ? and s.status = 'active'",
            (plan_id, handle),
        ).fetchone()[0]
    return {"email": str(email), "share_id": str(share_id)}


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as running:
        yield running


@pytest.fixture
def page(browser: Any, stack: Stack) -> Iterator[Any]:
    page = new_page(browser, stack.gateway_url, bypass_csp=True)
    yield page
    page.context.close()


def assert_shown_as_text(page: Any, where: Any, texts: list[str]) -> None:
    assert page.evaluate("typeof window.__ktx") == "undefined", page.evaluate("window.__ktx")
    assert where.locator(INJECTED).count() == 0, where.locator(INJECTED).first.evaluate(
        "el => el.outerHTML"
    )
    shown = where.evaluate("el => el.innerText")
    assert all(text in shown for text in texts), [t for t in texts if t not in shown]


def test_the_check_would_catch_a_payload_that_ran(page: Any) -> None:
    """The demo page with one payload put in as HTML: the flag fires (so the CSP really is
    bypassed) and the injected element is found."""
    page.goto("/")
    page.evaluate("html => document.body.insertAdjacentHTML('beforeend', html)", IMG)
    page.wait_for_function("window.__ktx === 'img'")
    assert page.locator("body").locator(INJECTED).count() == 1


def test_the_widget_shows_hostile_history_as_text(page: Any, stack: Stack, journey) -> None:
    page.goto("/")
    key = f"kt-widget:{stack.gateway_url}/api/chat"
    page.evaluate(
        "([key, value]) => localStorage.setItem(key, value)",
        [key, json.dumps({"session_id": journey["sid"]})],
    )
    page.reload()
    page.get_by_role("button", name="Plan with Kitchen Table").click()
    dialog = page.get_by_role("dialog", name="Kitchen Table")
    history = dialog.locator(".kt-history")
    history.get_by_text(journey["sent"][-1], exact=True).wait_for()
    page.wait_for_timeout(300)  # anything a payload did would have happened by now
    assert_shown_as_text(page, dialog, journey["sent"])


def test_the_plan_page_shows_hostile_answers_as_text(page: Any, journey) -> None:
    page.goto(journey["plan_url"])
    page.wait_for_load_state("load")
    body = page.locator("body")
    shown = body.evaluate("el => el.innerText")
    # the person's own words that the plan quotes, whichever answers those are
    quoted = [p for p in (IMG, SCRIPT, SVG, LINK) if p in shown]
    assert quoted, "the plan page quotes none of the hostile answers"
    assert_shown_as_text(page, body, quoted)


def test_the_broker_review_pages_show_hostile_answers_as_text(page: Any, journey, share) -> None:
    page.goto("/review")
    page.get_by_label("Email").fill(share["email"])
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name=re.compile("sign in", re.IGNORECASE)).click()
    page.wait_for_url(re.compile(r"/review"))

    page.goto(f"/review/shares/{share['share_id']}")
    body = page.locator("body")
    shown = body.evaluate("el => el.innerText")
    quoted = [p for p in (IMG, SCRIPT, SVG, LINK) if p in shown]
    assert quoted, "the review page quotes none of the hostile answers"
    assert_shown_as_text(page, body, quoted)

    page.goto(f"/review/shares/{share['share_id']}/transcript")
    assert_shown_as_text(page, page.locator("body"), journey["sent"])

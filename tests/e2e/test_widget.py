"""The chat widget in a real browser (Debian's Chromium) against the real stack.

The demo page at / is sent with a strict Content-Security-Policy, so every test here also checks
that the widget works without inline script or style. Things are found by role and label.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from assistant.ops.stack import Stack
from tests.support.browser import chromium, describe, new_page, serious_violations

pytestmark = pytest.mark.stack

LAUNCHER = "Plan with Kitchen Table"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as running:
        yield running


@pytest.fixture
def page(browser: Any, stack: Stack) -> Iterator[Any]:
    page = new_page(browser, stack.gateway_url)
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.kt_problems = problems
    yield page
    page.context.close()


def expect(target: Any) -> Any:
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(target)


def panel(page: Any) -> Any:
    return page.get_by_role("dialog", name="Kitchen Table")


def message_box(page: Any) -> Any:
    return page.get_by_label("Your message")


def choices(page: Any) -> Any:
    return page.get_by_role("group", name="Answers you can choose")


def is_focused(locator: Any) -> bool:
    return bool(locator.evaluate("el => el === document.activeElement"))


def press_until_focused(page: Any, locator: Any, key: str = "Tab", most: int = 60) -> None:
    for _ in range(most):
        if is_focused(locator):
            return
        page.keyboard.press(key)
    raise AssertionError(f"{key} never reached {locator}")


def open_with_keyboard(page: Any) -> None:
    launcher = page.get_by_role("button", name=LAUNCHER)
    expect(launcher).to_be_visible()
    # the launcher is the last control on the page: Shift+Tab from the top reaches it first
    press_until_focused(page, launcher, key="Shift+Tab")
    page.keyboard.press("Enter")
    expect(panel(page)).to_be_visible()
    expect(message_box(page)).to_be_focused()


def asking(page: Any) -> str:
    return str(panel(page).get_attribute("data-kt-asking") or "")


def wait_for_question(page: Any, not_this: str) -> str:
    page.wait_for_function(
        "(old) => { const p = document.getElementById('kt-panel');"
        " return p && p.getAttribute('data-kt-asking') !== null"
        " && p.getAttribute('data-kt-asking') !== old"
        " && p.querySelector('.kt-typing').hidden; }",
        arg=not_this,
    )
    return asking(page)


def choose_with_keyboard(page: Any, name: str | None = None) -> str:
    """Shift+Tab from the message box back to a quick reply (the first, or the one named)."""
    group = choices(page)
    button = group.get_by_role("button", name=name) if name else group.get_by_role("button").first
    expect(button).to_be_visible()
    title = button.inner_text()
    press_until_focused(page, button, key="Shift+Tab", most=10)
    page.keyboard.press("Enter")
    return title


def test_keyboard_only_consent_two_answers_reload_history_and_escape(page):
    page.goto("/")
    open_with_keyboard(page)
    expect(choices(page).get_by_role("button", name="Yes")).to_be_visible()
    assert asking(page) == "consent"

    said = [choose_with_keyboard(page, "Yes")]
    question = wait_for_question(page, "consent")
    for _ in range(2):  # the next two questions, whichever order the dialogue asks them in
        if question == "preferred_name":
            expect(message_box(page)).to_be_focused()
            page.keyboard.type("Sam")
            page.keyboard.press("Enter")
            said.append("Sam")
        else:
            said.append(choose_with_keyboard(page))
        question = wait_for_question(page, question)
    expect(message_box(page)).to_be_focused()
    expect(page.get_by_role("log")).to_contain_text(said[-1])
    progress = page.get_by_role("progressbar")
    assert float(progress.get_attribute("value") or 0) >= 1

    page.reload()
    open_with_keyboard(page)
    history = panel(page).locator(".kt-history")
    for words in said:
        expect(history.get_by_text(words, exact=True)).to_be_visible()
    # restored history is not inside the live region, so it is not announced again
    assert page.get_by_role("log").inner_text().strip() == ""
    assert float(page.get_by_role("progressbar").get_attribute("value") or 0) >= 1

    page.keyboard.press("Escape")
    expect(panel(page)).to_be_hidden()
    expect(page.get_by_role("button", name=LAUNCHER)).to_be_focused()
    assert page.kt_problems == []


def test_delete_everything_clears_the_screen_and_the_saved_session(page):
    page.goto("/")
    open_with_keyboard(page)
    choose_with_keyboard(page, "Yes")
    wait_for_question(page, "consent")
    message_box(page).fill("please delete everything you know about me")
    page.keyboard.press("Enter")
    expect(page.get_by_role("log")).to_contain_text("cannot be undone")
    assert asking(page) == "erase_confirm"
    choose_with_keyboard(page, "Yes, delete it all")
    expect(page.get_by_role("log")).to_contain_text("deleted everything")
    # the saved session is gone (the text-size choice, which says nothing about anyone, stays)
    page.wait_for_function(
        "() => !Object.keys(window.localStorage).some("
        "k => k.startsWith('kt-widget:') && k !== 'kt-widget:text-size')"
    )
    # only the goodbye is left on screen: the device may be shared
    assert "delete everything you know" not in panel(page).inner_text()
    assert asking(page) == ""
    page.reload()
    open_with_keyboard(page)
    expect(choices(page).get_by_role("button", name="Yes")).to_be_visible()
    assert asking(page) == "consent"  # a fresh conversation
    assert page.kt_problems == []


def test_exactly_one_log_and_only_same_origin_requests(page, stack):
    page.goto("/")
    page.get_by_role("button", name=LAUNCHER).click()
    expect(choices(page).get_by_role("button", name="Yes")).to_be_visible()
    assert page.get_by_role("log").count() == 1
    assert page.locator("[aria-live], [role=log], [role=status], [role=alert]").count() == 1
    assert all(url.startswith(stack.gateway_url) for url in page.kt_requests), page.kt_requests
    assert page.kt_problems == []  # nothing blocked by the Content-Security-Policy


def test_axe_finds_no_serious_problems_with_the_widget_open(page):
    page.goto("/")
    assert serious_violations(page) == [], describe(serious_violations(page))
    page.get_by_role("button", name=LAUNCHER).click()
    expect(choices(page).get_by_role("button", name="Yes")).to_be_visible()
    violations = serious_violations(page)
    assert violations == [], describe(violations)


def test_at_320_pixels_wide_the_panel_fits_and_passes_axe(browser, stack):
    page = new_page(browser, stack.gateway_url, viewport={"width": 320, "height": 640})
    try:
        page.goto("/")
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
        page.get_by_role("button", name=LAUNCHER).click()
        expect(choices(page).get_by_role("button", name="Yes")).to_be_visible()
        box = panel(page).bounding_box()
        assert box is not None and box["width"] <= 320
        assert panel(page).evaluate("el => el.scrollWidth <= el.clientWidth")
        for target in page.locator(".kt-widget button:visible").all():
            size = target.bounding_box()
            assert size is not None and size["width"] >= 24 and size["height"] >= 24
        violations = serious_violations(page)
        assert violations == [], describe(violations)
    finally:
        page.context.close()


def test_the_panel_never_hides_the_focused_element(browser, stack):
    # at 320 px the panel covers the page: moving focus onto the page folds it away
    page = new_page(browser, stack.gateway_url, viewport={"width": 320, "height": 640})
    try:
        page.goto("/")
        page.get_by_role("button", name=LAUNCHER).click()
        expect(message_box(page)).to_be_focused()
        # the welcome's answer buttons add tab stops: wait for them, so the walk below does not
        # race the reply (it failed when the reply landed part-way through)
        expect(choices(page)).to_be_visible()
        message_box(page).focus()
        for _ in range(20):
            page.keyboard.press("Shift+Tab")
            outside = page.evaluate("!document.activeElement.closest('.kt-widget')")
            if outside:
                break
        assert outside
        hidden = page.evaluate(
            """() => {
                const panel = document.getElementById('kt-panel');
                if (panel.hidden) return false;
                const a = panel.getBoundingClientRect();
                const b = document.activeElement.getBoundingClientRect();
                return a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
            }"""
        )
        assert hidden is False
    finally:
        page.context.close()


def test_html_in_messages_is_shown_as_text(page):
    page.goto("/")
    page.get_by_role("button", name=LAUNCHER).click()
    expect(choices(page).get_by_role("button", name="Yes")).to_be_visible()
    nasty = '<img src=x onerror="window.ktPwned=1"><script>window.ktPwned=2</script><b>Jo</b>'
    message_box(page).fill(nasty)
    page.keyboard.press("Enter")
    log = page.get_by_role("log")
    expect(log.get_by_text(nasty, exact=True)).to_be_visible()
    page.wait_for_function("!document.querySelector('.kt-typing:not([hidden])')")
    assert panel(page).locator("img, script, b").count() == 0
    assert page.evaluate("window.ktPwned") is None
    # and again when the history is restored after a reload
    page.reload()
    page.get_by_role("button", name=LAUNCHER).click()
    expect(panel(page).locator(".kt-history").get_by_text(nasty, exact=True)).to_be_visible()
    assert panel(page).locator("img, script, b").count() == 0
    assert page.evaluate("window.ktPwned") is None


@pytest.mark.parametrize(
    ("status", "words"),
    [(429, "wait a moment"), (503, "can't answer just now"), (None, "can't reach")],
)
def test_errors_are_explained_and_the_typed_words_are_kept(page, status, words):
    page.goto("/")
    page.get_by_role("button", name=LAUNCHER).click()
    expect(choices(page).get_by_role("button", name="Yes")).to_be_visible()

    def fail(route: Any) -> None:
        if status is None:
            route.abort("internetdisconnected")
        else:
            route.fulfill(
                status=status,
                headers={"Retry-After": "7"},
                json={"error": "x", "detail": "x"},
            )

    page.route("**/api/chat", fail)
    message_box(page).fill("My words matter")
    page.keyboard.press("Enter")
    expect(page.get_by_role("log")).to_contain_text(words)
    expect(message_box(page)).to_have_value("My words matter")
    expect(choices(page).get_by_role("button", name="Yes")).to_be_visible()  # still there

    page.unroute("**/api/chat")
    page.keyboard.press("Enter")  # the same words, sent again, now go through
    expect(page.get_by_role("log").get_by_text("My words matter", exact=True)).to_be_visible()
    expect(message_box(page)).to_have_value("")


def test_text_size_control_changes_and_is_remembered(page):
    page.goto("/")
    page.get_by_role("button", name=LAUNCHER).click()
    text_size = page.get_by_role("group", name="Text size")
    before = panel(page).evaluate("el => parseFloat(getComputedStyle(el).fontSize)")
    text_size.get_by_role("button", name="Larger").click()
    text_size.get_by_role("button", name="Larger").click()
    after = panel(page).evaluate("el => parseFloat(getComputedStyle(el).fontSize)")
    assert after > before
    page.reload()
    page.get_by_role("button", name=LAUNCHER).click()
    again = panel(page).evaluate("el => parseFloat(getComputedStyle(el).fontSize)")
    assert again == after


def test_the_demo_page_and_api_docs_are_served(page, stack):
    response = page.goto("/")
    assert response is not None and response.status == 200
    assert "script-src 'self'" in (response.headers.get("content-security-policy") or "")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Personal budgets")
    docs = page.goto("/docs")
    assert docs is not None and docs.status == 200

"""Real devices (issue 17): the widget on a phone, the plan page at 320 px, print, the brokers.

Debian's Chromium through Playwright, against a gateway of its own (uvicorn in a thread, no
Rasa: the widget's replies are scripted with `page.route`, so each test can show exactly five or
thirteen choices). Sizes: 320 x 640 (a small phone), 390 x 844 (a common phone), 1280 x 800 (a
laptop), and 200% text (the browser's text size doubled: the root font size set to 200%, as the
browser setting does, at a laptop's and a small phone's width).

    .venv/bin/python -m pytest tests/e2e/test_devices.py -q
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest

from assistant.actions.plan import broker_offer
from assistant.brokers import auth, register, service
from tests.brokers.conftest import PASSWORD, Gateway, Person, make_person, profile
from tests.support.browser import chromium, describe, new_page, serious_violations
from tests.support.directory import fernvale
from tests.support.gateway import served_gateway

PROFILES = [
    "young_adult_own_flat",
    "carer_for_mother",
    "financial_abuse",
    "mental_health_paid_work",
    "needs_exceed_budget",
    "older_person_morning_help",
]
# (width, height, text scale)
SIZES = [(320, 640, 1), (390, 844, 1), (1280, 800, 1), (1280, 800, 2), (320, 640, 2)]
SIZE_IDS = ["320x640", "390x844", "1280x800", "1280x800-text200", "320x640-text200"]
LAUNCHER = "Plan with Kitchen Table"
MAX_PRINTED_PAGES = 4


# --------------------------------------------------------------------------- the gateway


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Gateway]]:
    with served_gateway(tmp_path_factory.mktemp("devices")) as served:
        yield served


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as running:
        yield running


@pytest.fixture(scope="module")
def people(server: tuple[str, Gateway]) -> dict[str, Person]:
    _base, gw = server
    return {name: make_person(gw, profile(name)) for name in PROFILES}


@pytest.fixture(scope="module")
def local_people(server: tuple[str, Gateway]) -> dict[str, Person]:
    """Plans drafted with the Fernvale directory: local services, with times and contacts."""
    _base, gw = server
    return {name: make_person(gw, profile(name), directory=fernvale()) for name in PROFILES}


@pytest.fixture(scope="module")
def shared(server: tuple[str, Gateway], people: dict[str, Person]) -> dict[str, str]:
    """A plan shared with a broker who can sign in, for the broker's pages."""
    _base, gw = server
    person = people["mental_health_paid_work"]
    with gw.db() as db:
        broker = register.find(db, "grace-whitfield")
        auth.set_password(db, broker=broker, password=PASSWORD)
        share = service.share_plan(
            db, chat=person.chat, plan_id=person.plan_id, broker=broker, include_transcript=True
        )
        return {"email": broker.email, "share_id": share.public_id}


def open_page(browser: Any, base: str, size: tuple[int, int, int]) -> Any:
    width, height, _scale = size
    return new_page(browser, base, viewport={"width": width, "height": height})


def go(page: Any, url: str, size: tuple[int, int, int]) -> Any:
    response = page.goto(url)
    assert response is not None and response.status == 200, url
    if size[2] != 1:
        # the browser's own text size: scripts may set CSSOM styles under the strict policy
        page.evaluate(f"document.documentElement.style.fontSize = '{size[2] * 100}%'")
    return response


def sideways_scroll(page: Any) -> int:
    """How far the page scrolls sideways (0 when it reflows to the viewport)."""
    return int(
        page.evaluate(
            "Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"
            " - document.documentElement.clientWidth"
        )
    )


def too_wide(page: Any) -> list[str]:
    """The elements that reach past the right edge, for the assertion message."""
    return list(
        page.evaluate(
            """() => [...document.querySelectorAll('body *')]
                .filter(el => el.getBoundingClientRect().right > innerWidth + 1)
                .slice(0, 8)
                .map(el => `${el.tagName}.${el.className} ${Math.round(
                    el.getBoundingClientRect().right)}px: ${(el.innerText || '').slice(0, 40)}`)"""
        )
    )


def figures_cut_or_wrapped(page: Any) -> list[str]:
    """Money and hours in the plan's tables that overflow their cell or wrap onto two lines."""
    return list(
        page.evaluate(
            """() => [...document.querySelectorAll('.kt-table td.kt-num')]
                .filter(td => td.offsetParent !== null && td.textContent.trim())
                .filter(td => {
                    const range = document.createRange();
                    range.selectNodeContents(td);
                    const tops = new Set([...range.getClientRects()]
                        .filter(r => r.width > 0).map(r => Math.round(r.top)));
                    return tops.size > 1 || td.scrollWidth > td.clientWidth + 1;
                })
                .map(td => td.textContent.trim())"""
        )
    )


def check_page(page: Any, what: str) -> None:
    wide = sideways_scroll(page)
    assert wide <= 0, f"{what} scrolls sideways by {wide} px: {too_wide(page)}"
    problems = serious_violations(page)
    assert problems == [], f"{what}: {describe(problems)}"


# --------------------------------------------------------------------------- scripted chat

WELCOME = (
    "Hello. I'm Kitchen Table. I help people plan how to use their personal budget for care "
    "and support. I am not the council. I give advice, but you make the choices."
)
SUMMARY = "Here is what you told me.\n" + "\n".join(
    [
        "Name: Sam",
        "What people admire: kind, funny, a good cook",
        "A typical week: day centre on Mondays and Thursdays, my sister at the weekend",
        "People: Jo (sister); Dev (neighbour)",
        "What matters most: my cat; swimming; seeing friends",
        "Help needed: getting up and dressed, 7 hours a week; cooking tea, 7 hours a week",
        "To change or achieve: go swimming again; learn to cook curry",
        "Must and must not: Must: keep my cat; Must never: a male carer",
        "Budget: £320.00 a week",
        "Managing the money: a direct payment",
    ]
)
PARTS = [
    "Name", "Who is writing", "What people admire", "A typical week", "People", "Help now",
    "What matters most", "Help needed", "To change or achieve", "Must and must not", "Budget",
    "Managing the money", "Staff",
]  # fmt: skip
MONEY = [
    "A direct payment", "The council manages it", "An individual service fund",
    "Someone else manages it", "Not sure yet",
]  # fmt: skip


def script_chat(page: Any, choices: list[str]) -> None:
    """/api/chat answers: a welcome with Yes/No, then a long summary and a question with
    `choices`. The question asked last is always 'Which one?'-like text, tagged for the test."""

    def reply(route: Any) -> None:
        sent = json.loads(route.request.post_data or "{}")
        if sent.get("text") in ("", None):
            messages = [
                {"text": WELCOME},
                {
                    "text": "Is it OK to use your answers to plan?",
                    "buttons": [
                        {"title": "Yes", "payload": "/affirm"},
                        {"title": "No", "payload": "/deny"},
                    ],
                },
            ]
            asking = "consent"
        else:
            messages = [
                {"text": SUMMARY},
                {
                    "text": "Which part would you like to change? Please choose one.",
                    "buttons": [{"title": t, "payload": f"/pick{{{i}}}"} for i, t in
                                enumerate(choices)],
                },
            ]  # fmt: skip
            asking = "change_which"
        route.fulfill(
            status=200,
            json={
                "session_id": "scripted-session-0123456789abcdef",
                "messages": messages,
                "state": {
                    "stage": "review",
                    "asking": asking,
                    "progress": {"step": 7, "of": 8},
                    "plan_ready": False,
                    "safeguarding": False,
                },
            },
        )

    page.route("**/api/chat", reply)


def panel(page: Any) -> Any:
    return page.get_by_role("dialog", name="Kitchen Table")


def open_widget_at_question(page: Any) -> None:
    page.get_by_role("button", name=LAUNCHER).click()
    page.get_by_role("button", name="Yes", exact=True).click()
    page.wait_for_function(
        "() => document.getElementById('kt-panel').getAttribute('data-kt-asking')"
        " === 'change_which'"
    )
    page.wait_for_function("() => document.querySelector('.kt-typing').hidden")


def latest_question_in_view(page: Any) -> dict[str, Any]:
    """Where the newest bot message sits against the visible message area and the viewport."""
    return dict(
        page.evaluate(
            """() => {
                const bots = document.querySelectorAll('.kt-log .kt-msg-bot');
                const last = bots[bots.length - 1].getBoundingClientRect();
                const area = document.querySelector('.kt-body').getBoundingClientRect();
                const vv = window.visualViewport;
                const inArea = last.top >= area.top - 1 && last.bottom <= area.bottom + 1;
                const inView = last.top >= 0 && last.bottom <= (vv ? vv.height : innerHeight) + 1;
                return {inArea, inView, top: last.top, bottom: last.bottom,
                        areaTop: area.top, areaBottom: area.bottom,
                        text: bots[bots.length - 1].innerText};
            }"""
        )
    )


# --------------------------------------------------------------------------- the widget


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
@pytest.mark.parametrize("choices", [MONEY, PARTS], ids=["5-choices", "13-choices"])
def test_the_latest_question_is_in_view_with_its_choices(server, browser, size, choices):
    base, _gw = server
    page = open_page(browser, base, size)
    try:
        script_chat(page, choices)
        go(page, "/", size)
        open_widget_at_question(page)
        where = latest_question_in_view(page)
        assert where["inArea"] and where["inView"], where
        assert "Which part would you like to change?" in where["text"]
        # its choices follow it, and the first of them is in view too
        first = panel(page).get_by_role("button", name=choices[0], exact=True)
        box = first.bounding_box()
        area = page.locator(".kt-body").bounding_box()
        assert box is not None and area is not None
        assert (
            box["y"] >= area["y"] - 1 and box["y"] + box["height"] <= area["y"] + area["height"] + 1
        ), (box, area)
        # every choice can be reached: Tab to the last one brings it into view (WCAG 2.4.11)
        last = panel(page).get_by_role("button", name=choices[-1], exact=True)
        last.focus()
        box = last.bounding_box()
        area = page.locator(".kt-body").bounding_box()
        assert box is not None and area is not None
        assert (
            box["y"] >= area["y"] - 1 and box["y"] + box["height"] <= area["y"] + area["height"] + 1
        )
        assert sideways_scroll(page) <= 0
        assert panel(page).evaluate("el => el.scrollWidth <= el.clientWidth")
    finally:
        page.context.close()


@pytest.mark.parametrize("width", [320, 390])
def test_with_the_keyboard_open_the_latest_question_stays_visible(server, browser, width):
    base, _gw = server
    page = open_page(browser, base, (width, 844, 1))
    try:
        script_chat(page, MONEY)
        go(page, "/", (width, 844, 1))
        open_widget_at_question(page)
        page.get_by_label("Your message").focus()
        # the on-screen keyboard takes the bottom of the screen: 310 px are left
        page.set_viewport_size({"width": width, "height": 310})
        page.wait_for_function("() => document.getElementById('kt-panel').clientHeight <= 310")
        where = latest_question_in_view(page)
        assert where["inArea"] and where["inView"], where
        # the message box, which has the focus, is not covered either
        box = page.get_by_label("Your message").bounding_box()
        assert box is not None and box["y"] >= 0 and box["y"] + box["height"] <= 310
        assert sideways_scroll(page) <= 0
    finally:
        page.context.close()


# A phone whose keyboard shrinks only the visual viewport (the layout viewport keeps its
# height): a stand-in `window.visualViewport` the test can shrink, installed before the page.
FAKE_VISUAL_VIEWPORT = """
(() => {
  const vv = new EventTarget();
  vv.offsetTop = 0; vv.offsetLeft = 0; vv.scale = 1;
  Object.defineProperty(vv, 'width', {get: () => window.innerWidth});
  vv.height = window.innerHeight;
  Object.defineProperty(window, 'visualViewport', {value: vv, configurable: true});
  window.ktKeyboard = (height) => { vv.height = height; vv.dispatchEvent(new Event('resize')); };
})();
"""


def test_the_panel_follows_the_visual_viewport_when_a_keyboard_covers_the_page(server, browser):
    base, _gw = server
    page = open_page(browser, base, (390, 844, 1))
    try:
        page.add_init_script(FAKE_VISUAL_VIEWPORT)
        script_chat(page, PARTS)
        go(page, "/", (390, 844, 1))
        open_widget_at_question(page)
        page.get_by_label("Your message").focus()
        page.evaluate("window.ktKeyboard(310)")  # the keyboard takes all but 310 px
        box = panel(page).bounding_box()
        assert box is not None and box["y"] == 0 and box["height"] <= 310, box
        where = latest_question_in_view(page)
        assert where["inArea"] and where["inView"], where
        field = page.get_by_label("Your message").bounding_box()
        assert field is not None and field["y"] + field["height"] <= 310
        page.evaluate("window.ktKeyboard(844)")  # the keyboard goes away: the panel grows back
        box = panel(page).bounding_box()
        assert box is not None and box["height"] > 800
    finally:
        page.context.close()


def test_larger_text_grows_the_panel(server, browser):
    base, _gw = server
    page = open_page(browser, base, (1280, 800, 1))
    try:
        script_chat(page, MONEY)
        go(page, "/", (1280, 800, 1))
        page.get_by_role("button", name=LAUNCHER).click()
        before = panel(page).bounding_box()
        group = page.get_by_role("group", name="Text size")
        group.get_by_role("button", name="Larger").click()
        group.get_by_role("button", name="Larger").click()
        after = panel(page).bounding_box()
        assert before is not None and after is not None
        assert after["width"] > before["width"] and after["height"] >= before["height"]
        # and the browser's own text size (200%) grows it too
        page.evaluate("document.documentElement.style.fontSize = '200%'")
        bigger = panel(page).bounding_box()
        assert bigger is not None and bigger["width"] > after["width"]
        assert sideways_scroll(page) <= 0
    finally:
        page.context.close()


# --------------------------------------------------------------------------- every page, every size


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
def test_no_page_scrolls_sideways_and_axe_finds_nothing_serious(
    server, browser, people, shared, size
):
    base, _gw = server
    person = people["young_adult_own_flat"]
    page = open_page(browser, base, size)
    try:
        script_chat(page, PARTS)
        go(page, "/", size)
        check_page(page, "the demo page")
        open_widget_at_question(page)
        check_page(page, "the demo page with the chat open")

        go(page, f"/plans/{person.plan_id}?key={person.key}", size)
        check_page(page, "the plan page")
        # the costs table: every figure can be read whole, on one line, inside its cell
        for cell in page.locator(".kt-stack td.kt-num:visible").all():
            box = cell.bounding_box()
            assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= size[0]
        assert figures_cut_or_wrapped(page) == []
        # and the tables' captions keep the width of the page (not squeezed to a word a line)
        main = page.locator("main").bounding_box()
        assert main is not None
        for caption in page.locator(".kt-table caption:not(.kt-visually-hidden):visible").all():
            box = caption.bounding_box()
            assert box is not None and box["width"] >= main["width"] * 0.8, caption.inner_text()
        page.locator(".kt-card form button").first.click()
        expect_heading = page.get_by_role("heading", level=1)
        assert expect_heading.inner_text().startswith("Share your plan with ")
        assert expect_heading.inner_text().endswith("?")
        check_page(page, "the share question")

        other = open_page(browser, base, size)
        try:
            go(other, "/review", size)
            check_page(other, "the broker sign-in page")
            other.get_by_label("Email address").fill(shared["email"])
            other.get_by_label("Password").fill(PASSWORD)
            other.get_by_role("button", name="Sign in").click()
            other.wait_for_url(f"{base}/review")
            if size[2] != 1:
                other.evaluate("document.documentElement.style.fontSize = '200%'")
            check_page(other, "the broker's queue")
            go(other, f"/review/shares/{shared['share_id']}", size)
            check_page(other, "the broker's view of a plan")
            go(other, f"/review/shares/{shared['share_id']}/transcript", size)
            check_page(other, "the broker's view of the conversation")
        finally:
            other.context.close()
    finally:
        page.context.close()


@pytest.mark.parametrize("size", SIZES[:2], ids=SIZE_IDS[:2])
def test_chart_words_are_readable_on_a_phone(server, browser, people, size):
    base, _gw = server
    person = people["needs_exceed_budget"]
    page = open_page(browser, base, size)
    try:
        go(page, f"/plans/{person.plan_id}?key={person.key}", size)
        labels = page.locator(".kt-bar-label")
        assert labels.count() >= 3
        for label in labels.all():
            px = label.evaluate("el => parseFloat(getComputedStyle(el).fontSize)")
            assert px >= 14, px
        codes = [s["id"] for s in person.record.data["supports"]]
        text = page.locator("main").inner_text()
        assert not any(re.search(rf"\b{c}:", text) for c in codes), "internal codes are shown"
    finally:
        page.context.close()


# --------------------------------------------------------------------------- print


def pdf_pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf))


@pytest.mark.parametrize("name", PROFILES)
def test_the_plan_prints_on_at_most_four_a4_pages_with_the_options(server, browser, people, name):
    base, _gw = server
    person = people[name]
    page = open_page(browser, base, (1280, 800, 1))
    try:
        go(page, f"/plans/{person.plan_id}?key={person.key}", (1280, 800, 1))
        page.emulate_media(media="print")
        with_options = [s for s in person.record.data["supports"] if s.get("options")]
        printed = page.locator(".kt-options-print")
        assert printed.count() == len(with_options) > 0
        for block, support in zip(printed.all(), with_options, strict=True):
            assert block.is_visible()
            words = block.inner_text()
            assert words.startswith("Ways to arrange this:")
            assert all(option["name"] in words for option in support["options"])
        pages = pdf_pages(page.pdf(format="A4", print_background=True))
        assert 1 <= pages <= MAX_PRINTED_PAGES, f"{name}: {pages} pages"
    finally:
        page.context.close()


# --------------------------------------------------------------------------- brokers


def test_the_same_brokers_in_the_chat_the_page_and_the_printout(server, browser, people):
    base, gw = server
    person = people["young_adult_own_flat"]
    link = f"/plans/{person.plan_id}?key={person.key}"
    with gw.db() as db:
        offer = broker_offer(db, person.record.data, link)
    assert offer is not None
    in_chat = [
        line[2:].split(":", 1)[0] for line in offer["text"].splitlines() if line.startswith("- ")
    ]
    page = open_page(browser, base, (390, 844, 1))
    try:
        go(page, link, (390, 844, 1))
        on_page = [h.inner_text() for h in page.locator(".kt-card h4").all()]
        page.reload()
        again = [h.inner_text() for h in page.locator(".kt-card h4").all()]
        page.emulate_media(media="print")
        printed = [h.inner_text() for h in page.locator(".kt-card h4:visible").all()]
        cards = page.locator(".kt-card:visible")
        for card in cards.all():
            words = card.inner_text()
            assert "Phone" in words and "Email" in words and "Who pays the fee" in words
    finally:
        page.context.close()
    assert len(in_chat) == 3
    assert in_chat == on_page == again == printed


# --------------------------------------------------------------------------- local services


@pytest.mark.parametrize("size", [SIZES[0], SIZES[4]], ids=[SIZE_IDS[0], SIZE_IDS[4]])
def test_a_plan_with_local_services_fits_a_small_phone(server, browser, local_people, size):
    base, _gw = server
    person = local_people["carer_for_mother"]
    page = open_page(browser, base, size)
    try:
        go(page, f"/plans/{person.plan_id}?key={person.key}", size)
        for details in page.locator("details.kt-options").all():
            details.evaluate("el => el.open = true")  # the longest text: every option shown
        assert page.locator(".kt-local").count() > 0
        check_page(page, "the plan page with local services")
    finally:
        page.context.close()


@pytest.mark.parametrize("name", PROFILES)
def test_a_plan_with_local_services_prints_on_at_most_four_pages(
    server, browser, local_people, name
):
    base, _gw = server
    person = local_people[name]
    page = open_page(browser, base, (1280, 800, 1))
    try:
        go(page, f"/plans/{person.plan_id}?key={person.key}", (1280, 800, 1))
        page.emulate_media(media="print")
        assert page.locator(".kt-local-note").is_visible()
        pages = pdf_pages(page.pdf(format="A4", print_background=True))
        assert 1 <= pages <= MAX_PRINTED_PAGES, f"{name}: {pages} pages"
    finally:
        page.context.close()

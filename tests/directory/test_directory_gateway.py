"""The gateway: plans drafted in the chat use the snapshot in use, the plan page shows the local
services, and with the sample on, the gateway reads its own feed over HTTP at start-up."""

from __future__ import annotations

import time
from pathlib import Path

from sqlmodel import Session

from assistant.actions.plan import ActionJourneyDone
from assistant.directory.server import served
from assistant.directory.store import current_directory
from assistant.main import create_app
from assistant.settings import SAMPLE_DIRECTORY_PATH
from assistant.storage import store
from tests.assistant.test_dialogue_actions import ANSWERS, run, tracker
from tests.brokers.conftest import make_gateway
from tests.conftest import make_settings
from tests.directory.conftest import quick_sync


def test_a_plan_drafted_in_the_chat_names_local_services_and_the_page_shows_them(
    tmp_path: Path, feed: str
):
    for gw in make_gateway(tmp_path):
        engine = gw.app.state.engine
        assert quick_sync(engine, feed, council="Fernvale County Council").ok
        with Session(engine) as db:
            chat, _ = store.create_session(db, channel="web")
            sender = chat.sender_id
        done = {**ANSWERS, "confirm_summary": True}
        _, messages = run(ActionJourneyDone(), tracker(sender, done))
        link = messages[0]["custom"]["links"][0]["url"]
        with Session(engine) as db:
            chat = store.find_session_by_sender(db, sender_id=sender)
            assert chat is not None
            record = store.latest_plan(db, chat=chat)
            assert record is not None
            data = record.data
        assert data["local_services"]["council"] == "Fernvale County Council"
        local = [o for s in data["supports"] for o in s["options"] if o.get("source")]
        assert any(o["name"] == "Oakhurst Swim for Health" for o in local)  # "go swimming again"
        page = gw.client.get(link)
        assert page.status_code == 200
        assert "Oakhurst Swim for Health" in page.text and "(local)" in page.text
        assert "When: Wednesdays 9am to 10am; Fridays 2pm to 3pm." in page.text
        assert "Local services: Fernvale County Council&#39;s list" in page.text


def test_without_a_snapshot_the_chat_drafts_as_before(tmp_path: Path):
    for gw in make_gateway(tmp_path):
        with Session(gw.app.state.engine) as db:
            chat, _ = store.create_session(db, channel="web")
            sender = chat.sender_id
        run(ActionJourneyDone(), tracker(sender, {**ANSWERS, "confirm_summary": True}))
        with Session(gw.app.state.engine) as db:
            chat = store.find_session_by_sender(db, sender_id=sender)
            record = store.latest_plan(db, chat=chat)  # type: ignore[arg-type]
            assert record is not None and "local_services" not in record.data


def test_with_the_sample_on_the_gateway_serves_it_and_reads_it_over_http(tmp_path: Path):
    settings = make_settings(
        tmp_path, KT_SAMPLE_DIRECTORY=True, KT_DIRECTORY_REQUESTS_PER_SECOND=100
    )
    assert settings.effective_directory_url.endswith(SAMPLE_DIRECTORY_PATH)
    app = create_app(settings)
    with served(app, port=settings.gateway_port, lifespan="on") as url:
        import httpx

        about = httpx.get(f"{url}{SAMPLE_DIRECTORY_PATH}/", timeout=5).json()
        assert about["version"] == "3.0"
        deadline = time.monotonic() + 60
        directory = None
        while directory is None and time.monotonic() < deadline:
            time.sleep(0.5)
            directory = current_directory(app.state.engine)
        assert directory is not None and len(directory.services) == 64
        assert directory.council == "Fernvale County Council"


def test_no_sample_and_no_url_means_no_feed(tmp_path: Path):
    settings = make_settings(tmp_path)
    assert settings.effective_directory_url == ""
    real = make_settings(
        tmp_path, KT_DIRECTORY_URL="https://example.org/oruk/", KT_SAMPLE_DIRECTORY=True
    )
    assert real.effective_directory_url == "https://example.org/oruk"
    assert real.effective_directory_council == ""


def test_a_plan_redrafted_after_a_brokers_suggestion_uses_the_snapshot(tmp_path: Path, feed: str):
    from tests.brokers.conftest import make_person, profile
    from tests.brokers.test_suggestions import _decide, _suggest, _versions

    for gw in make_gateway(tmp_path):
        person = make_person(gw, profile("young_adult_own_flat"))
        assert "local_services" not in person.record.data  # drafted before any snapshot
        assert quick_sync(gw.app.state.engine, feed, council="Fernvale County Council").ok
        pa = next(s for s in person.record.data["supports"] if s["kind"] == "personal_assistant")
        change = {"support": pa["id"], "hours": "42", "kind": "", "reason": "Fewer hours."}
        suggestion = _suggest(gw, person, "amara-okafor", change)
        assert _decide(gw, person, suggestion, "accept").status_code == 303
        _old, new = _versions(gw, person)
        assert new.data["local_services"]["council"] == "Fernvale County Council"
        assert any(o.get("source") for s in new.data["supports"] for o in s["options"])

"""The client against feeds over real HTTP: every page, bad records, feeds that fail."""

from __future__ import annotations

import itertools
import time
from typing import Any

import pytest
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from assistant.directory import sample
from assistant.directory.client import USER_AGENT, FeedInvalid, FeedUnavailable
from assistant.directory.server import create_directory_app, served
from tests.directory.conftest import quick


def _spy(app: FastAPI) -> list[tuple[float, str, dict[str, str]]]:
    seen: list[tuple[float, str, dict[str, str]]] = []

    @app.middleware("http")
    async def record(request: Request, call_next: Any) -> Any:
        seen.append((time.monotonic(), request.url.path, dict(request.headers)))
        return await call_next(request)

    return seen


def test_reads_every_page_to_the_last_and_every_full_record():
    app = create_directory_app()
    seen = _spy(app)
    with served(app) as url, quick(url, per_page=7) as client:
        result = client.fetch()
    total = len(sample.records())
    assert result.listed == total == len(result.services)
    assert result.pages == -(-total // 7)  # 66 services, 7 a page: 10 pages
    assert result.skipped == []
    pages = [path for _, path, _ in seen if path == "/services"]
    assert len(pages) == result.pages
    assert {s.id for s in result.services} == {r["id"] for r in sample.records()}
    full = next(s for s in result.services if s.name == "Fernvale Memory Cafe")
    assert full.cost_options and full.schedules and full.attributes and full.contacts


def test_every_request_says_who_we_are_and_keeps_its_distance():
    records = sample.records()[:4]
    app = create_directory_app(records)
    seen = _spy(app)
    with served(app) as url, quick(url, max_per_second=5.0) as client:
        client.fetch()
    assert {headers["user-agent"] for _, _, headers in seen} == {USER_AGENT}
    times = [t for t, _, _ in seen]
    assert len(times) == 6  # /, one page, four records
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert min(gaps) >= 0.18  # at most 5 a second


def test_a_record_that_fails_the_schema_is_skipped_and_counted():
    records = sample.records()[:5]
    records[1]["status"] = "open"  # not one of the profile's statuses
    del records[3]["url"]  # required by the profile
    records[4]["cost_options"][0]["amount"] = -3  # a negative price
    with served(create_directory_app(records)) as url, quick(url) as client:
        result = client.fetch()
    assert len(result.services) == 2
    assert [i for i, _ in result.skipped] == [records[1]["id"], records[3]["id"], records[4]["id"]]
    why = [w for _, w in result.skipped]
    assert why[0].startswith("status") and why[1].startswith("url") and "amount" in why[2]


def test_retries_end_when_the_feed_keeps_failing():
    app = FastAPI()
    calls: list[int] = []

    @app.get("/")
    def down() -> JSONResponse:
        calls.append(1)
        return JSONResponse({"error": "busy"}, status_code=503)

    with served(app) as url, quick(url, retries=2) as client, pytest.raises(FeedUnavailable) as e:
        client.fetch()
    assert len(calls) == 3  # one try and two retries, then it stops
    assert "503" in str(e.value) and "3 times" in str(e.value)


def test_a_retry_that_works_carries_on():
    app = create_directory_app(sample.records()[:2])
    fails = {"left": 2}

    @app.middleware("http")
    async def flaky(request: Request, call_next: Any) -> Any:
        if request.url.path == "/services" and fails["left"]:
            fails["left"] -= 1
            return JSONResponse({"error": "busy"}, status_code=502)
        return await call_next(request)

    with served(app) as url, quick(url, retries=2) as client:
        assert len(client.fetch().services) == 2


def test_a_feed_that_does_not_answer_in_time_is_unavailable():
    app = FastAPI()

    @app.get("/")
    def slow() -> dict[str, str]:
        time.sleep(1.0)
        return {"version": "3.0"}

    with (
        served(app) as url,
        quick(url, timeout=0.2, retries=1) as client,
        pytest.raises(FeedUnavailable, match="did not answer in time"),
    ):
        client.metadata()


def test_nothing_listening_is_unavailable():
    with served(FastAPI()) as url:
        pass  # the server has stopped: nothing listens on that port now
    with quick(url, retries=1) as client, pytest.raises(FeedUnavailable, match="reached"):
        client.fetch()


def _endless(new_ids: bool) -> FastAPI:
    app = FastAPI()

    @app.get("/")
    def about() -> dict[str, str]:
        return {"version": "3.0"}

    @app.get("/services")
    def services(page: int = 1) -> dict[str, Any]:
        item = {"id": f"s-{page}" if new_ids else "s-1", "name": "x"}
        return {"total_items": 0, "total_pages": 0, "page_number": page, "size": 1,
                "first_page": page == 1, "last_page": False, "empty": False,
                "contents": [item]}  # fmt: skip

    return app


def test_a_list_that_repeats_itself_is_refused():
    with (
        served(_endless(new_ids=False)) as url,
        quick(url) as client,
        pytest.raises(FeedInvalid, match="repeats"),
    ):
        client.fetch()


def test_a_list_that_never_ends_is_refused():
    with (
        served(_endless(new_ids=True)) as url,
        quick(url, max_pages=5) as client,
        pytest.raises(FeedInvalid, match="did not end after 5 pages"),
    ):
        client.fetch()


def test_a_huge_page_is_refused():
    with (
        served(create_directory_app()) as url,
        quick(url, max_bytes=3_000) as client,
        pytest.raises(FeedInvalid, match=r"(bigger|more) than we accept"),
    ):
        client.fetch()


def test_a_page_that_is_not_an_open_referral_page_is_refused():
    app = FastAPI()

    @app.get("/")
    def about() -> dict[str, str]:
        return {"version": "3.0"}

    @app.get("/services")
    def services() -> list[int]:
        return [1, 2, 3]

    with served(app) as url, quick(url) as client, pytest.raises(FeedInvalid, match="Page 1"):
        client.fetch()

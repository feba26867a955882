"""A small Open Referral UK feed: the three read endpoints the client uses.

    GET /                     metadata: version, profile, openapi_url (and the council's name)
    GET /services             ?page=1&per_page=50: the profile's Page (total_items,
                              total_pages, page_number, size, first_page, last_page, empty)
                              with the one-to-one fields of each service in `contents`
    GET /services/{id}        the fully nested service; 404 when there is none

It serves the fictional Fernvale sample (assistant.directory.sample) by default. The gateway
mounts it at /sample-directory when KT_SAMPLE_DIRECTORY is on (`make run` turns it on), and the
tests start it on 127.0.0.1 with uvicorn, so the real client always reads it over HTTP.
Open data: every answer allows any origin, as council feeds do.
"""

from __future__ import annotations

import math
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn
from fastapi import FastAPI, Query, Response
from fastapi.responses import JSONResponse

from assistant.directory import sample

__all__ = ["MAX_PER_PAGE", "create_directory_app", "served"]

MAX_PER_PAGE = 100
PROFILE_URL = "https://openreferraluk.org"
_ONE_TO_ONE = (
    "id",
    "name",
    "description",
    "url",
    "email",
    "status",
    "minimum_age",
    "maximum_age",
    "assured_date",
    "last_modified",
)


def create_directory_app(
    records: list[dict[str, Any]] | None = None, *, council: str = sample.COUNCIL
) -> FastAPI:
    """An Open Referral UK feed of these fully nested service records (default: the sample)."""
    services = sample.records() if records is None else records
    by_id = {str(r.get("id")): r for r in services}
    app = FastAPI(title=f"{council}: directory of services (sample)", openapi_url=None)

    @app.middleware("http")
    async def open_data(request: Any, call_next: Any) -> Response:
        response: Response = await call_next(request)
        response.headers["Access-Control-Allow-Origin"] = "*"
        return response

    @app.get("/")
    def about() -> dict[str, Any]:
        return {
            "version": "3.0",
            "profile": PROFILE_URL,
            "openapi_url": "https://raw.githubusercontent.com/OpenReferralUK/uk-profile/main/schema/openapi.json",
            "name": council,
        }

    @app.get("/services")
    def list_services(
        page: int = Query(default=1, ge=1, le=1_000_000),
        per_page: int = Query(default=50, ge=1, le=10_000),
    ) -> dict[str, Any]:
        size = min(per_page, MAX_PER_PAGE)
        total = len(services)
        pages = max(1, math.ceil(total / size))
        chunk = services[(page - 1) * size : page * size]
        return {
            "total_items": total,
            "total_pages": pages,
            "page_number": page,
            "size": len(chunk),
            "first_page": page == 1,
            "last_page": page >= pages,
            "empty": total == 0,
            "contents": [{k: r[k] for k in _ONE_TO_ONE if k in r} for r in chunk],
        }

    @app.get("/services/{service_id}")
    def one_service(service_id: str) -> Any:
        found = by_id.get(service_id)
        if found is None:
            return JSONResponse({"error": "not found"}, status_code=404)
        return found

    return app


@contextmanager
def served(
    app: FastAPI, *, port: int = 0, lifespan: str = "off", timeout: float = 30.0
) -> Iterator[str]:
    """Serve an app on 127.0.0.1 (a free port unless given) in a thread; yields its base URL.

    Used by the tests and by `python -m assistant.directory sync --sample`, so the client
    reads the feed over real HTTP."""
    if not port:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = int(probe.getsockname()[1])
    config = uvicorn.Config(
        app,
        host="127.0.0.1",
        port=port,
        log_level="warning",
        ws="none",
        lifespan=lifespan,  # type: ignore[arg-type]
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="directory-feed", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the directory feed did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)

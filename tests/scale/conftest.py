"""The scale-out stack: throwaway PostgreSQL and Redis, two Rasa servers, two gateway workers.

PostgreSQL and Redis are the Debian packages, installed by scripts/setup.sh when missing; each
test session starts its own on free ports with fresh data folders (bench/services.py) and stops
them at the end. KT_SKIP_SCALE=1 skips these tests (for a machine where the packages cannot be
installed); otherwise missing packages fail the run, so CI cannot pass without them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from assistant.ops.stack import Stack
from assistant.ops.training import ensure_model
from bench.journeys import free_port_run
from bench.services import Services, missing
from tests.conftest import make_settings


@pytest.fixture(scope="session")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    if os.environ.get("KT_SKIP_SCALE"):
        pytest.skip("KT_SKIP_SCALE is set")
    absent = missing()
    if absent:
        pytest.fail(f"scale-out tests need {', '.join(absent)}: run `make setup` as root")
    running = Services(tmp_path_factory.mktemp("services"))
    running.start()
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture(scope="session")
def scale_stack(tmp_path_factory: pytest.TempPathFactory, services: Services) -> Iterator[Stack]:
    """Two Rasa servers sharing a PostgreSQL tracker store and a Redis lock store, and the
    gateway as two uvicorn workers on PostgreSQL, configured by environment variables only."""
    var_dir = tmp_path_factory.mktemp("scale-var")
    settings = make_settings(
        var_dir,
        KT_GATEWAY_PORT=free_port_run(1),
        KT_RASA_PORT=free_port_run(2),
        KT_RASA_SERVERS=2,
        KT_GATEWAY_WORKERS=2,
        DATABASE_URL=services.database_url("gateway"),
        RASA_TRACKER_URL=services.database_url("rasa"),
        REDIS_URL=services.redis_url,
        KT_EXPOSE_RASA_SERVER=True,
    )
    model = ensure_model(settings, log=lambda _m: None)
    running = Stack(settings, log=lambda _m: None)
    try:
        running.start_rasa(model)
        running.start_gateway()
        running.wait_ready(timeout=300)
        yield running
    finally:
        running.stop()

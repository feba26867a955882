"""Directory tests: the real client against real feeds served over HTTP on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy.engine import Engine

from assistant.directory.client import DirectoryClient
from assistant.directory.server import create_directory_app, served
from assistant.directory.sync import SyncOutcome, sync
from assistant.storage.db import make_engine, migrate


@pytest.fixture(scope="session")
def feed() -> Iterator[str]:
    """The Fernvale sample feed, as make_run serves it."""
    with served(create_directory_app()) as url:
        yield url


@pytest.fixture
def engine(tmp_path) -> Iterator[Engine]:
    url = f"sqlite:///{tmp_path / 'kt.db'}"
    migrate(url)
    made = make_engine(url)
    yield made
    made.dispose()


def quick(url: str, **kwargs: object) -> DirectoryClient:
    """A client with short waits, so the tests do not sit through real back-off."""
    options: dict[str, object] = {"max_per_second": 200.0, "backoff": 0.01, "retries": 2}
    options.update(kwargs)
    return DirectoryClient(url, **options)  # type: ignore[arg-type]


def quick_sync(engine: Engine, url: str, *, retries: int = 2, **kwargs: Any) -> SyncOutcome:
    """`sync` with a quick client, closed afterwards."""
    with quick(url, retries=retries) as client:
        return sync(engine, url=url, client=client, **kwargs)

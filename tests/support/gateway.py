"""A real gateway on a free port in a thread, without Rasa, for browser tests of its pages."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import uvicorn
from sqlmodel import Session

from assistant.brokers import register
from assistant.main import create_app
from assistant.ops.stack import free_port
from tests.brokers.conftest import Gateway
from tests.conftest import make_settings


@contextmanager
def served_gateway(folder: Path) -> Iterator[tuple[str, Gateway]]:
    """The gateway's base URL and its app, with the broker register seeded; Rasa's address is a
    free port with nothing on it."""
    settings = make_settings(folder, RASA_URLS=f"http://127.0.0.1:{free_port()}")
    app = create_app(settings)
    port = free_port()
    config = uvicorn.Config(
        app, host="127.0.0.1", port=port, log_level="warning", ws="none", lifespan="on"
    )
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not running.started:
        assert time.monotonic() < deadline, "the gateway did not start"
        time.sleep(0.05)
    with Session(app.state.engine) as db:
        register.seed(db)
    try:
        yield f"http://127.0.0.1:{port}", Gateway(app, None)  # type: ignore[arg-type]
    finally:
        running.should_exit = True
        thread.join(timeout=10)

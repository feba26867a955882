"""Shared test set-up. The real stack (Rasa + gateway) is started once per session, on demand."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.ops.stack import Stack, free_port
from assistant.ops.training import ensure_model
from assistant.settings import Settings

# Test files that start a server (Rasa, the gateway, PostgreSQL, Redis), drive a browser, run the
# Rasa environment or train a model: all of tests/e2e and tests/scale, every test marked `stack`,
# and these. `make test-fast` runs the rest (`-m "not servers"`).
SERVER_MODULES = frozenset(
    {
        "tests/dialogue/test_linear_nlu.py",
        "tests/dialogue/test_nlu_quality.py",
        "tests/dialogue/test_rasa_project.py",
        "tests/dialogue/test_rasa_state.py",
        "tests/trust/test_faults.py",
        "tests/trust/test_logs.py",
        "tests/trust/test_xss_browser.py",
    }
)
ROOT = Path(__file__).resolve().parents[1]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        where = item.path.relative_to(ROOT).as_posix()
        if (
            where.startswith(("tests/e2e/", "tests/scale/"))
            or where in SERVER_MODULES
            or item.get_closest_marker("stack")
        ):
            item.add_marker(pytest.mark.servers)


def make_settings(var_dir: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "KT_VAR_DIR": var_dir,
        "KT_GATEWAY_PORT": free_port(),
        "KT_RASA_PORT": free_port(),
        "RASA_TOKEN": secrets.token_urlsafe(16),
        "KT_ACTIONS_TOKEN": secrets.token_urlsafe(16),
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """A real Rasa server and a real gateway on free ports, with their own SQLite files."""
    settings = make_settings(tmp_path_factory.mktemp("stack-var"))
    model = ensure_model(settings, log=lambda _m: None)
    running = Stack(settings, log=lambda _m: None)
    try:
        running.start_rasa(model)
        running.start_gateway()
        running.wait_ready(timeout=240)
        yield running
    finally:
        running.stop()


@pytest.fixture(scope="session")
def roomy_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """A second real stack without the per-client rate limit, for tests that hold many whole
    conversations from one address (the journey simulator, changes after the plan, the safety
    dialogue): on the shared stack they would meet the limit the other tests rely on."""
    settings = make_settings(tmp_path_factory.mktemp("roomy-var"))
    model = ensure_model(settings, log=lambda _m: None)
    running = Stack(settings, log=lambda _m: None)
    try:
        with pytest.MonkeyPatch.context() as env:  # the gateway reads them from its environment
            env.setenv("KT_RATE_CLIENT_PER_MIN", "100000")
            env.setenv("KT_RATE_SESSION_PER_MIN", "10000")
            running.start_rasa(model)
            running.start_gateway()
        running.wait_ready(timeout=240)
        yield running
    finally:
        running.stop()

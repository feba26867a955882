"""How Rasa is run and configured: its environment, var/endpoints.yml and its logging.

    rasa_env ──────────► the environment of `rasa train` and `rasa run`
    write_endpoints ───► var/endpoints.yml: action endpoint + token, the tracker store
                         (assistant/storage/tracker.py), the Redis lock store when scaled out
    rasa_logging_env ──► its log level and PYTHONPATH
    write_rasa_logging ► var/rasa_logging.yml (assistant/rasa_side/log_privacy.py)

The launcher writes both files before each start; the endpoints file holds the action token.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlparse

import yaml

from assistant.settings import ROOT, Settings
from assistant.storage.tracker import (
    STATE_KEEPING_STORE,
    prepare_sqlite_tracker,
    tracker_store_config,
)

__all__ = [
    "MAIN_VENV",
    "RASA_VENV",
    "rasa_env",
    "rasa_logging_env",
    "write_endpoints",
    "write_rasa_logging",
]

RASA_VENV = ROOT / ".venv-rasa"
MAIN_VENV = ROOT / ".venv"


def rasa_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        RASA_TELEMETRY_ENABLED="false",
        TF_CPP_MIN_LOG_LEVEL="3",
        SQLALCHEMY_SILENCE_UBER_WARNING="1",
        PYTHONWARNINGS="ignore",
        MPLCONFIGDIR=str(ROOT / "var" / "mpl"),
    )
    # the custom NLU components (assistant/rasa_side/linear_nlu.py) are imported by module path
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    return env


def write_endpoints(settings: Settings, path: Path) -> Path:
    gateway = f"http://127.0.0.1:{settings.gateway_port}"
    config: dict[str, object] = {
        "action_endpoint": {
            "url": f"{gateway}/actions/webhook",
            "headers": {"X-Kitchen-Table-Action-Token": settings.actions_token},
        },
        # Rasa's SQL store that also hands each turn's state to the `kt` channel
        # (assistant/rasa_side/rasa_state.py), so the gateway needs no second request per turn
        # (and starting a new session when the current one is long: issue 18)
        "tracker_store": {
            **tracker_store_config(settings),
            "type": STATE_KEEPING_STORE,
            "session_events": settings.rasa_session_events,
        },
    }
    prepare_sqlite_tracker(config["tracker_store"])  # type: ignore[arg-type]
    if settings.redis_url:
        url = urlparse(settings.redis_url)
        config["lock_store"] = {
            "type": "redis",
            "url": url.hostname or "127.0.0.1",
            "port": url.port or 6379,
            "db": int(url.path.lstrip("/") or 0),
        }
        if url.password:
            config["lock_store"]["password"] = url.password  # type: ignore[index]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(config, sort_keys=False))
    path.chmod(0o600)  # it holds the action token
    return path


def rasa_logging_env(settings: Settings, env: dict[str, str]) -> dict[str, str]:
    """Rasa's log level, always set (never DEBUG by accident from an inherited LOG_LEVEL: at
    DEBUG Rasa writes every message), and the path that lets Rasa import
    assistant.rasa_side.log_privacy."""
    paths = [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]
    if str(ROOT) not in paths:
        paths.insert(0, str(ROOT))
    return {
        "LOG_LEVEL": settings.rasa_log_level,
        "LOG_LEVEL_LIBRARIES": "ERROR",
        "PYTHONPATH": os.pathsep.join(paths),
    }


def write_rasa_logging(path: Path) -> Path:
    """Rasa's `--logging-config-file`: scrubs personal data from its structured log lines
    (assistant/rasa_side/log_privacy.py)."""
    from assistant.rasa_side.log_privacy import rasa_logging_config

    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(rasa_logging_config(), sort_keys=False))
    return path

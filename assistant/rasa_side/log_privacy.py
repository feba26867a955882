"""Keeping what people tell us out of both servers' logs.

Standard library only: the Rasa server (its own Python 3.10 environment) imports this module too.

    gateway  uvicorn's access log ─► AccessLogRedaction: addresses lose their query string
             (`/plans/{id}?key=…`) and the session token in `/api/sessions/{token}/…`.
             The launcher turns the access log off anyway; this covers uvicorn run by hand.

    Rasa     at INFO Rasa writes no message text, but a few of its error lines do: the
             interpolator's error (a button payload with braces) prints every slot value in a
             traceback's local variables, and the REST channel's failure prints the text.
             Those lines are JSON; `install_rasa_redaction`, named in the logging config the
             launcher gives Rasa (`--logging-config-file`), replaces the values of the keys that
             can hold personal data with "[redacted]" before any handler writes them.

Rasa at DEBUG writes every message in plain sentences that cannot be cleaned this way; the
launcher starts it at INFO unless KT_RASA_LOG_LEVEL says otherwise (docs/OPERATIONS.md).
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any

REDACTED = "[redacted]"

# keys of Rasa's structured log lines that may carry what a person said or what the dialogue
# knows about them (Rasa's own list of "anonymizable" keys, plus tracebacks' local variables,
# exception messages and interpolation values)
PERSONAL_KEYS = frozenset(
    {
        "text",
        "response_text",
        "user_text",
        "slot_values",
        "parse_data_text",
        "parse_data_entities",
        "prediction_events",
        "tracker_latest_message",
        "prefilled_slots",
        "message",
        "response",
        "slot_candidates",
        "rasa_event",
        "rasa_events",
        "tracker_states",
        "current_states",
        "old_states",
        "successes",
        "current_entity",
        "next_entity",
        "states",
        "entity",
        "token_text",
        "user_message",
        "json_message",
        "placeholder_key",
        "values",
        "slots",
        "locals",
        "exc_value",
    }
)

_SESSION_PATH = re.compile(r"^(/api/sessions/)[^/?]+")


def redact_path(path: str) -> str:
    """An address fit for a log: no query string, no session token."""
    path, query_mark, _query = path.partition("?")
    return _SESSION_PATH.sub(r"\1…", path) + ("?…" if query_mark else "")


class AccessLogRedaction(logging.Filter):
    """uvicorn.access records have args (client, method, path with query, HTTP version, status)."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str):
            record.args = (*args[:2], redact_path(args[2]), *args[3:])
        return True


def redact_access_log() -> None:
    """Add the filter to uvicorn's access logger (once, however many apps are made)."""
    access = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, AccessLogRedaction) for f in access.filters):
        access.addFilter(AccessLogRedaction())


def scrub(value: Any) -> Any:
    """`value` with every PERSONAL_KEYS entry, at any depth, replaced by REDACTED."""
    if isinstance(value, dict):
        return {k: REDACTED if k in PERSONAL_KEYS else scrub(v) for k, v in value.items()}
    if isinstance(value, list):
        return [scrub(v) for v in value]
    return value


def redact_json_line(line: str) -> str:
    """A structured (JSON object) log line with its personal values replaced; other lines as
    they are."""
    try:
        data = json.loads(line)
    except ValueError:
        return line
    return json.dumps(scrub(data)) if isinstance(data, dict) else line


def install_rasa_redaction() -> logging.Filter:
    """Make every log record scrub a JSON message as it is made (so whatever handler Rasa adds
    later writes the scrubbed line). Returns a pass-through filter because `logging.config`
    calls this as a filter factory."""
    previous = logging.getLogRecordFactory()
    if not getattr(previous, "kt_redacting", False):

        def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
            record = previous(*args, **kwargs)
            if isinstance(record.msg, str) and record.msg.startswith("{"):
                record.msg = redact_json_line(record.msg)
            return record

        factory.kt_redacting = True  # type: ignore[attr-defined]
        logging.setLogRecordFactory(factory)
    return logging.Filter()


def rasa_logging_config() -> dict[str, Any]:
    """The `--logging-config-file` contents for Rasa (written as YAML by the launcher)."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"kt_redact": {"()": "assistant.rasa_side.log_privacy.install_rasa_redaction"}},
    }

"""Runs inside the Rasa server (Python 3.10): Rasa's calls to the action endpoint keep their
connection (loaded by `rasa_state.StateKeepingSQLTrackerStore`, issue 18)."""

from __future__ import annotations

from typing import Any

#: seconds an idle kept connection to the action endpoint stays open: well under uvicorn's 5 s,
#: so the gateway never closes one just as Rasa sends on it
ACTION_KEEPALIVE = 2.0


class _KeptSession:
    """`async with` like a new `aiohttp.ClientSession`, but the session stays open afterwards."""

    def __init__(self, session: Any) -> None:
        self._session = session

    async def __aenter__(self) -> Any:
        return self._session

    async def __aexit__(self, *_exc: object) -> None:
        return None


def _keep_action_connections() -> None:
    """Rasa calls the action endpoint through `EndpointConfig.request`, which opens a new
    `aiohttp.ClientSession` (so a new TCP connection, and a new one for the gateway to accept) for
    every call, and serialises the tracker with `json.dumps`: 2 to 3 calls a turn (issue 18,
    py-spy on Rasa: about 7% of its time in connecting, 4.5% in `json.dumps`). Here each endpoint
    keeps one session per event loop, built as Rasa builds it (the same headers, auth and timeout,
    no limit on connections at once), with idle connections closed after `ACTION_KEEPALIVE`, and
    bodies serialised by ujson (Rasa's own dependency; the same JSON values; `json.dumps` for
    anything ujson refuses). The request itself is Rasa's own code, unchanged: the same URL,
    headers, errors. Only for the Rasa version this was read against."""
    import asyncio
    import json

    import aiohttp
    import rasa
    import ujson
    from rasa.core.constants import DEFAULT_REQUEST_TIMEOUT
    from rasa.utils.endpoints import EndpointConfig

    if not rasa.__version__.startswith("3.6.") or getattr(EndpointConfig, "_kt_kept", False):
        return

    def dumps(value: Any) -> str:
        try:
            return ujson.dumps(value, escape_forward_slashes=False)
        except (TypeError, OverflowError, ValueError):
            return json.dumps(value)

    def session(self: EndpointConfig) -> _KeptSession:
        loop = asyncio.get_running_loop()
        kept = getattr(self, "_kt_sessions", None)
        if kept is None:
            kept = self._kt_sessions = {}
        current = kept.get(loop)
        if current is None or current.closed:
            auth = None
            if self.basic_auth:
                auth = aiohttp.BasicAuth(self.basic_auth["username"], self.basic_auth["password"])
            current = aiohttp.ClientSession(
                headers=self.headers,
                auth=auth,
                timeout=aiohttp.ClientTimeout(total=DEFAULT_REQUEST_TIMEOUT),
                connector=aiohttp.TCPConnector(limit=0, keepalive_timeout=ACTION_KEEPALIVE),
                json_serialize=dumps,
            )
            kept[loop] = current
        return _KeptSession(current)

    EndpointConfig.session = session
    EndpointConfig._kt_kept = True

"""Talking to the Rasa server(s) over HTTP: the REST channel for turns, the HTTP API for state.

Any failure to reach Rasa in time becomes `RasaUnavailable`, which the channels turn into a kind
answer (503 on the web).

Several servers may be configured (`RASA_URLS`). Turns are spread across them round robin, one
server per turn: the message and the tracker read that follows it in the same turn go to the same
server. Any server can take any conversation's next turn because they share the tracker store
(PostgreSQL) and the lock store (Redis) keeps each conversation's turns in order.

    turn 1 ─► server A: POST /webhooks/rest/webhook, GET /conversations/…/tracker
    turn 2 ─► server B: …
    turn 3 ─► server A: …

`servers_used` is a small hook for tests and benchmarks: a caller that sets it to a list gets the
base URL of every server that answered within its context (see `KT_EXPOSE_RASA_SERVER`).
"""

from __future__ import annotations

import itertools
import threading
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

import httpx

from assistant.conversation.rasa_transport import make_client

# the server this turn's message went to, so the tracker read of the same turn goes there too
_turn_server: ContextVar[str | None] = ContextVar("kt_rasa_turn_server", default=None)
# the state the `kt` channel sent with this turn's reply: (sender_id, state), read once
_turn_state: ContextVar[tuple[str, dict[str, Any]] | None] = ContextVar(
    "kt_rasa_turn_state", default=None
)
# set to a list by whoever wants to know which servers answered (a debug header, tests)
servers_used: ContextVar[list[str] | None] = ContextVar("kt_rasa_servers_used", default=None)


class RasaUnavailable(Exception):
    """The dialogue engine could not be reached or did not answer properly."""


@dataclass(frozen=True)
class TrackerState:
    slots: dict[str, Any]
    active_loop: str | None
    latest_intent: str | None


class RasaClient:
    def __init__(self, base_urls: list[str], *, token: str, timeout: float) -> None:
        self._urls = list(base_urls)
        self._next = itertools.cycle(range(len(self._urls)))
        self._next_lock = threading.Lock()  # the SMS channel may call from worker threads
        # Rasa's `kt` channel (assistant/rasa_side/rasa_state.py) answers with the reply and the
        # state in
        # one request; a server without it gets the REST channel and a tracker request instead
        self._state_channel = True
        self._token = token
        # httpx's interface on aiohttp's connections (assistant/conversation/rasa_transport.py):
        # httpcore's
        # pool cost a third of the chat route's own time
        self._http = make_client(timeout=timeout, connect=2.0)

    @property
    def base_urls(self) -> list[str]:
        return list(self._urls)

    def _pick(self) -> str:
        """The next server round robin: called once per turn, by `send`."""
        with self._next_lock:
            url = self._urls[next(self._next)]
        _turn_server.set(url)
        return url

    def _current(self) -> str:
        """The server of the turn in progress, or the next one when no turn is in progress."""
        url = _turn_server.get()
        return url if url in self._urls else self._pick()

    @staticmethod
    def _note(url: str) -> None:
        used = servers_used.get()
        if used is not None:
            used.append(url)

    def _params(self) -> dict[str, str]:
        return {"token": self._token} if self._token else {}

    async def aclose(self) -> None:
        await self._http.aclose()

    async def _request(
        self, method: str, url: str, *, missing_ok: bool = False, **kwargs: Any
    ) -> Any:
        """Rasa's JSON answer; with `missing_ok`, None when Rasa answers 404."""
        try:
            response = await self._http.request(method, url, **kwargs)
        except httpx.HTTPError as exc:
            raise RasaUnavailable(f"{type(exc).__name__} talking to {url}") from exc
        if missing_ok and response.status_code == 404:
            return None
        if response.status_code >= 400:
            raise RasaUnavailable(f"Rasa answered {response.status_code} for {url}")
        try:
            return response.json()
        except ValueError as exc:
            raise RasaUnavailable(f"Rasa sent something that is not JSON from {url}") from exc

    async def send(
        self, *, sender_id: str, text: str, metadata: dict[str, Any]
    ) -> list[dict[str, Any]]:
        body = {"sender": sender_id, "message": text, "metadata": metadata}
        _turn_state.set(None)
        for attempt in range(len(self._urls)):
            base = self._pick()
            try:
                data = await self._post_turn(base, body)
                break
            except RasaUnavailable as exc:
                # a server that refused the connection never saw the message, so the next one
                # may take it; after a timeout or an error answer it may have, so no retry
                refused = isinstance(exc.__cause__, httpx.ConnectError)
                if not refused or attempt == len(self._urls) - 1:
                    raise
        self._note(base)
        if isinstance(data, dict):  # the kt channel: {"messages": [...], "state": {...}}
            state = data.get("state")
            if isinstance(state, dict):
                _turn_state.set((sender_id, state))
            data = data.get("messages")
        if not isinstance(data, list):
            raise RasaUnavailable("Rasa's REST channel did not answer with a list")
        return [m for m in data if isinstance(m, dict)]

    async def _post_turn(self, base: str, body: dict[str, Any]) -> Any:
        if self._state_channel:
            url = f"{base}/webhooks/kt/webhook"
            data = await self._request("POST", url, missing_ok=True, json=body)
            if data is not None:
                return data
            self._state_channel = False  # 404: no kt channel there, and Rasa never saw the text
        return await self._request("POST", f"{base}/webhooks/rest/webhook", json=body)

    async def tracker_events(self, *, sender_id: str) -> list[dict[str, Any]]:
        """The conversation's events since its last restart (to mend a turn that was cut short).

        Any server will do: they share the tracker store."""
        url = f"{self._urls[0]}/conversations/{sender_id}/tracker"
        params = {**self._params(), "include_events": "AFTER_RESTART"}
        data = await self._request("GET", url, params=params)
        events = data.get("events") if isinstance(data, dict) else None
        return [e for e in events or [] if isinstance(e, dict)]

    async def tracker_state(self, *, sender_id: str) -> TrackerState:
        """The conversation's slots, active loop and last intent: as the `kt` channel sent them
        with this turn's reply, or else from Rasa's tracker (without its events)."""
        sent = _turn_state.get()
        if sent is not None and sent[0] == sender_id:
            _turn_state.set(None)
            data: Any = sent[1]
        else:
            url = f"{self._current()}/conversations/{sender_id}/tracker"
            params = {**self._params(), "include_events": "NONE"}
            data = await self._request("GET", url, params=params)
        slots = data.get("slots") or {}
        loop = (data.get("active_loop") or {}).get("name")
        intent = ((data.get("latest_message") or {}).get("intent") or {}).get("name")
        return TrackerState(slots=slots, active_loop=loop, latest_intent=intent)

    async def status(self, base_url: str | None = None) -> dict[str, Any]:
        url = f"{base_url or self._urls[0]}/status"
        data = await self._request("GET", url, params=self._params())
        return data if isinstance(data, dict) else {}


class RasaServerHeader:
    """ASGI middleware (only when `KT_EXPOSE_RASA_SERVER` is on, for tests and benchmarks): adds
    `X-Kitchen-Table-Rasa-Server` to each response, naming the server(s) that took the turn."""

    header = b"x-kitchen-table-rasa-server"

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        used: list[str] = []
        servers_used.set(used)

        async def send_with_header(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start" and used:
                headers = [*message.get("headers", []), (self.header, ",".join(used).encode())]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_header)

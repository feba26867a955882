"""Talking to the Rasa server(s) over HTTP: the REST channel for turns, the HTTP API for state.

Any failure to reach Rasa in time becomes `RasaUnavailable`, which the channels turn into a kind
answer (503 on the web). Several servers may be configured; turns are spread across them in turn,
and Rasa's lock store keeps each conversation in order.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

import httpx


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
        self._token = token
        self._http = httpx.AsyncClient(
            timeout=httpx.Timeout(timeout, connect=2.0),
            limits=httpx.Limits(max_connections=100, max_keepalive_connections=20),
        )

    @property
    def base_urls(self) -> list[str]:
        return list(self._urls)

    def _pick(self) -> str:
        return self._urls[next(self._next)]

    def _params(self) -> dict[str, str]:
        return {"token": self._token} if self._token else {}

    async def aclose(self) -> None:
        await self._http.aclose()

    async def _request(self, method: str, url: str, **kwargs: Any) -> Any:
        try:
            response = await self._http.request(method, url, **kwargs)
        except httpx.HTTPError as exc:
            raise RasaUnavailable(f"{type(exc).__name__} talking to {url}") from exc
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
        data = await self._request("POST", f"{self._pick()}/webhooks/rest/webhook", json=body)
        if not isinstance(data, list):
            raise RasaUnavailable("Rasa's REST channel did not answer with a list")
        return [m for m in data if isinstance(m, dict)]

    async def tracker_events(self, *, sender_id: str) -> list[dict[str, Any]]:
        """The conversation's events since its last restart (to mend a turn that was cut short).

        Any server will do: they share the tracker store."""
        url = f"{self._urls[0]}/conversations/{sender_id}/tracker"
        params = {**self._params(), "include_events": "AFTER_RESTART"}
        data = await self._request("GET", url, params=params)
        events = data.get("events") if isinstance(data, dict) else None
        return [e for e in events or [] if isinstance(e, dict)]

    async def tracker_state(self, *, sender_id: str) -> TrackerState:
        """The conversation's slots, active loop and last intent, without its events (fast)."""
        url = f"{self._pick()}/conversations/{sender_id}/tracker"
        data = await self._request("GET", url, params={**self._params(), "include_events": "NONE"})
        slots = data.get("slots") or {}
        loop = (data.get("active_loop") or {}).get("name")
        intent = ((data.get("latest_message") or {}).get("intent") or {}).get("name")
        return TrackerState(slots=slots, active_loop=loop, latest_intent=intent)

    async def status(self, base_url: str | None = None) -> dict[str, Any]:
        url = f"{base_url or self._urls[0]}/status"
        data = await self._request("GET", url, params=self._params())
        return data if isinstance(data, dict) else {}

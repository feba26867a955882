"""Read a council's Open Referral UK feed over HTTP, politely, and validate every record.

    fetch()
      ├── GET /                                  the feed's metadata (must be a JSON object)
      ├── GET /services?page=1&per_page=N        ... to the last page (last_page, total_pages,
      │                                          or an empty page); each listed id, once
      └── GET /services/{id}                     each full record -> validated (oruk.Service);
                                                 a record that does not validate is skipped
                                                 and counted, with the first reason

    every request: a user agent that says who we are, a timeout, at most `max_per_second`
    requests a second, and for a timeout, a dropped connection, 429 or 5xx a few retries with
    a growing wait (Retry-After honoured up to a limit), then FeedUnavailable

    errors
      FeedError
       ├── FeedUnavailable   cannot reach the feed, or it keeps failing (try again later)
       └── FeedInvalid       it answers, but not as an Open Referral UK feed: a page too big,
                             pages that never end, a page that is not the profile's Page

A failed fetch never returns half a directory: the caller keeps its last snapshot.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import httpx
from pydantic import ValidationError

from assistant.directory.oruk import ListedService, Page, Service, first_problem

__all__ = [
    "USER_AGENT",
    "DirectoryClient",
    "FeedError",
    "FeedInvalid",
    "FeedUnavailable",
    "FetchResult",
]

USER_AGENT = (
    "KitchenTable/0.1 (support planning; directory sync; +https://example.org/kitchen-table)"
)
_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_MAX_WAIT = 30.0  # seconds: the longest single wait between tries (also caps Retry-After)


class FeedError(Exception):
    """The directory feed could not be read. The message is plain words."""


class FeedUnavailable(FeedError):
    """The feed cannot be reached, or keeps failing."""


class FeedInvalid(FeedError):
    """The feed answers, but not in the Open Referral UK shape, or without end."""


@dataclass
class FetchResult:
    metadata: dict[str, Any]
    services: list[Service]
    #: (service id, why) for each record that did not validate or could not be fetched
    skipped: list[tuple[str, str]] = field(default_factory=list)
    pages: int = 0
    listed: int = 0
    requests: int = 0


@dataclass
class _Gap:
    """Keeps requests at most `per_second` apart in time."""

    per_second: float
    sleep: Callable[[float], None]
    last: float = field(default=float("-inf"))

    def wait(self) -> None:
        if self.per_second <= 0:
            return
        delay = self.last + 1.0 / self.per_second - time.monotonic()
        if delay > 0:
            self.sleep(delay)
        self.last = time.monotonic()


class DirectoryClient:
    """A polite reader of one Open Referral UK feed (base URL without a trailing slash)."""

    def __init__(
        self,
        base_url: str,
        *,
        timeout: float = 10.0,
        retries: int = 3,
        backoff: float = 0.5,
        max_per_second: float = 4.0,
        per_page: int = 50,
        max_pages: int = 400,
        max_services: int = 20_000,
        max_bytes: int = 5_000_000,
        user_agent: str = USER_AGENT,
        sleep: Callable[[float], None] = time.sleep,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.retries = max(0, retries)
        self.backoff = backoff
        self.per_page = per_page
        self.max_pages = max_pages
        self.max_services = max_services
        self.max_bytes = max_bytes
        self.sleep = sleep
        self._gap = _Gap(max_per_second, sleep)
        self._requests = 0
        self._http = httpx.Client(
            timeout=timeout,
            headers={"User-Agent": user_agent, "Accept": "application/json"},
            follow_redirects=True,
            transport=transport,
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> DirectoryClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- one request -----------------------------------------------------------------------

    def _read(self, response: httpx.Response) -> bytes:
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise FeedInvalid(f"The feed sent a page of {declared} bytes, more than we accept.")
        body = bytearray()
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > self.max_bytes:
                raise FeedInvalid("The feed sent a page bigger than we accept.")
        return bytes(body)

    def get(self, path: str, params: dict[str, Any] | None = None) -> Any:
        """The JSON at this path, or None for 404. Retries, then FeedUnavailable."""
        url = self.base_url + path
        problem = ""
        for attempt in range(self.retries + 1):
            if attempt:
                self.sleep(min(_MAX_WAIT, self.backoff * 2 ** (attempt - 1)))
            self._gap.wait()
            self._requests += 1
            try:
                with self._http.stream("GET", url, params=params) as response:
                    if response.status_code in _RETRY_STATUSES:
                        problem = f"it answered {response.status_code}"
                        wait = response.headers.get("retry-after", "")
                        if wait.isdigit() and attempt < self.retries:
                            self.sleep(min(_MAX_WAIT, float(wait)))
                        continue
                    if response.status_code == 404:
                        return None
                    if response.status_code != 200:
                        raise FeedInvalid(f"The feed answered {response.status_code} for {path}.")
                    body = self._read(response)
            except httpx.TimeoutException:
                problem = "it did not answer in time"
                continue
            except httpx.TransportError as exc:
                problem = f"it could not be reached ({type(exc).__name__})"
                continue
            try:
                return json.loads(body)
            except ValueError as exc:
                raise FeedInvalid(f"The feed sent something that is not JSON for {path}.") from exc
        raise FeedUnavailable(
            f"The directory feed at {self.base_url} is not working: {problem}, "
            f"{self.retries + 1} times."
        )

    # --- the whole feed --------------------------------------------------------------------

    def metadata(self) -> dict[str, Any]:
        data = self.get("/")
        if not isinstance(data, dict):
            raise FeedInvalid("The feed's front page (GET /) is not an Open Referral UK one.")
        return data

    def service_ids(self) -> tuple[list[str], list[tuple[str, str]], int]:
        """Every listed id, page by page to the last: (ids, bad entries, pages read)."""
        ids: list[str] = []
        seen: set[str] = set()
        bad: list[tuple[str, str]] = []
        page_number = 1
        while True:
            if page_number > self.max_pages:
                raise FeedInvalid(
                    f"The feed's list of services did not end after {self.max_pages} pages."
                )
            data = self.get("/services", {"page": page_number, "per_page": self.per_page})
            if data is None:
                raise FeedInvalid("The feed has no list of services (GET /services).")
            try:
                page = Page.model_validate(data)
            except ValidationError as error:
                raise FeedInvalid(
                    f"Page {page_number} of the services is not an Open Referral UK page: "
                    f"{first_problem(error)}"
                ) from error
            new = 0
            for entry in page.contents:
                try:
                    listed = ListedService.model_validate(entry)
                except ValidationError as error:
                    bad.append(("(no id)", first_problem(error)))
                    continue
                if listed.id not in seen:
                    seen.add(listed.id)
                    ids.append(listed.id)
                    new += 1
            if len(ids) > self.max_services:
                raise FeedInvalid(f"The feed lists more than {self.max_services} services.")
            last = (
                page.last_page
                or page.empty
                or not page.contents
                or (page.total_pages and page_number >= page.total_pages)
            )
            if last:
                return ids, bad, page_number
            if not new:
                raise FeedInvalid(
                    f"Page {page_number} of the services repeats earlier ones, so the list "
                    "would never end."
                )
            page_number += 1

    def fetch(self) -> FetchResult:
        """The metadata and every valid full record. Raises FeedError, never half a result."""
        metadata = self.metadata()
        ids, skipped, pages = self.service_ids()
        services: list[Service] = []
        for service_id in ids:
            data = self.get(f"/services/{quote(service_id, safe='')}")
            if data is None:
                skipped.append((service_id, "listed, but GET /services/{id} found nothing"))
                continue
            try:
                services.append(Service.model_validate(data))
            except ValidationError as error:
                skipped.append((service_id, first_problem(error)))
        return FetchResult(
            metadata=metadata,
            services=services,
            skipped=skipped,
            pages=pages,
            listed=len(ids),
            requests=self._requests,
        )

"""Refresh the snapshot from the feed; keep the last one when the feed is down.

    sync(engine, url=...)
      ├── DirectoryClient.fetch()      the whole feed, validated (or FeedError)
      ├── convert.to_snapshot()        the planner's shape, active services only
      ├── store.save_snapshot()        the new snapshot is the one in use
      └── store.record_attempt()       every attempt, with its outcome in plain words

    the feed is down or wrong ──► nothing is replaced; the attempt is recorded and the outcome
                                  says how old the snapshot in use is

The gateway runs `sync` in a background thread every KT_DIRECTORY_SYNC_HOURS (see
`PeriodicSync`); `python -m assistant.directory sync` runs it once.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.engine import Engine
from sqlmodel import Session

from assistant.directory import store
from assistant.directory.client import DirectoryClient, FeedError, FeedUnavailable
from assistant.directory.convert import to_snapshot
from assistant.settings import Settings
from assistant.storage.models import utcnow

__all__ = ["PeriodicSync", "SyncOutcome", "age_words", "start_periodic_sync", "sync"]

log = logging.getLogger(__name__)


@dataclass
class SyncOutcome:
    ok: bool
    #: plain words for a person at a terminal
    message: str
    snapshot_id: int | None = None
    services: int = 0
    skipped: int = 0
    #: how old the snapshot in use is (None when there is none)
    age: timedelta | None = None


def age_words(age: timedelta) -> str:
    """'5 minutes', '3 hours', '2 days'."""
    seconds = max(0, int(age.total_seconds()))
    for size, unit in ((86_400, "day"), (3_600, "hour"), (60, "minute")):
        if seconds >= size:
            n = seconds // size
            return f"{n} {unit}{'' if n == 1 else 's'}"
    return "less than a minute"


def sync(
    engine: Engine,
    *,
    url: str,
    council: str = "",
    now: Callable[[], datetime] = utcnow,
    client: DirectoryClient | None = None,
    per_second: float = 4.0,
) -> SyncOutcome:
    """Read the feed at `url` into a new snapshot; on failure keep the one in use."""
    reader = client or DirectoryClient(url, max_per_second=per_second)
    try:
        try:
            result = reader.fetch()
        finally:
            if client is None:
                reader.close()
    except FeedError as error:
        with Session(engine) as db:
            store.record_attempt(db, source_url=url, ok=False, detail=str(error), at=now())
            kept = store.latest_snapshot(db)
            if kept is None:
                message = f"{error} There is no earlier copy, so no local services are shown yet."
                return SyncOutcome(ok=False, message=message)
            age = now() - kept.fetched_at
            message = (
                f"{error} Still using the copy from {age_words(age)} ago "
                f"({kept.services_count} services)."
            )
            return SyncOutcome(
                ok=False,
                message=message,
                snapshot_id=kept.id,
                services=kept.services_count,
                skipped=kept.skipped_count,
                age=age,
            )
    fetched_at = now()
    name = council or str(result.metadata.get("name") or "") or "the council"
    directory, not_active, unusable = to_snapshot(
        result.services, council=name, source=url, fetched_at=fetched_at
    )
    skipped = result.skipped + unusable
    report = {
        "metadata": {k: v for k, v in result.metadata.items() if isinstance(v, str | int)},
        "pages": result.pages,
        "listed": result.listed,
        "valid": len(result.services),
        "not_active": not_active,
        "requests": result.requests,
    }
    detail = (
        f"{len(directory.services)} services in use from {result.listed} listed; "
        f"{len(skipped)} skipped because they did not follow the standard; "
        f"{not_active} not active."
    )
    with Session(engine) as db:
        row = store.save_snapshot(
            db, source_url=url, directory=directory, report=report, skipped=skipped
        )
        store.record_attempt(
            db, source_url=url, ok=True, detail=detail, snapshot_id=row.id, at=fetched_at
        )
        return SyncOutcome(
            ok=True,
            message=f"Updated the list of local services: {detail}",
            snapshot_id=row.id,
            services=len(directory.services),
            skipped=len(skipped),
            age=timedelta(0),
        )


class PeriodicSync:
    """A background thread that refreshes the snapshot when it is older than `every`."""

    def __init__(
        self,
        engine: Engine,
        *,
        url: str,
        council: str,
        every: timedelta,
        first_delay: float,
        per_second: float = 4.0,
    ) -> None:
        self.engine = engine
        self.per_second = per_second
        self.url = url
        self.council = council
        self.every = every
        self.first_delay = first_delay
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="directory-sync", daemon=True)

    def start(self) -> PeriodicSync:
        self._thread.start()
        return self

    def due(self) -> bool:
        with Session(self.engine) as db:
            latest = store.latest_snapshot(db)
        return latest is None or utcnow() - latest.fetched_at >= self.every

    def _pause(self, seconds: float) -> None:
        """The client's waits: cut short when the gateway stops, so shutdown is quick."""
        if self._stop.wait(seconds):
            raise FeedUnavailable("The gateway stopped while reading the feed.")

    def _run(self) -> None:
        # the first read waits for this gateway to listen (the sample feed is served by it)
        if self._stop.wait(self.first_delay):
            return
        while not self._stop.is_set():
            try:
                if self.due():
                    with DirectoryClient(
                        self.url, max_per_second=self.per_second, sleep=self._pause
                    ) as client:
                        outcome = sync(
                            self.engine, url=self.url, council=self.council, client=client
                        )
                    log.log(logging.INFO if outcome.ok else logging.WARNING, outcome.message)
            except Exception:  # a bad feed must never stop the gateway; try again next time
                log.exception("the directory sync failed")
            # look again within the hour, so a feed that was down is tried again soon
            wait = min(self.every.total_seconds(), 3600.0)
            if self._stop.wait(max(wait, 60.0)):
                return

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)


def start_periodic_sync(
    engine: Engine, settings: Settings, *, first_delay: float = 2.0
) -> PeriodicSync | None:
    """Start refreshing the snapshot in the background, when there is a feed and a period."""
    url = settings.effective_directory_url
    if not url or settings.directory_sync_hours <= 0:
        return None
    return PeriodicSync(
        engine,
        url=url,
        council=settings.effective_directory_council,
        every=timedelta(hours=settings.directory_sync_hours),
        first_delay=first_delay,
        per_second=settings.directory_requests_per_second,
    ).start()

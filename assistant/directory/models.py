"""The directory's tables in the gateway's database.

DirectorySnapshot   one successful read of the council's feed: when, from where, the
                    planner's snapshot (planner.directory.Directory as JSON) and a report
                    (pages, records skipped and why); the newest is the one in use
DirectorySync       every attempt, good or bad, so "the feed is down" is on record and
                    the age of the snapshot in use can be said
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel

from assistant.storage.models import utcnow

__all__ = ["DirectorySnapshot", "DirectorySync"]


class DirectorySnapshot(SQLModel, table=True):
    __tablename__ = "directory_snapshot"

    id: int | None = Field(default=None, primary_key=True)
    source_url: str = Field(max_length=500)
    council: str = Field(default="", max_length=200)
    fetched_at: datetime = Field(default_factory=utcnow, index=True)
    services_count: int = 0
    skipped_count: int = 0
    # planner.directory.Directory, as JSON: what the planner reads
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    # metadata, pages, listed, not active, and up to 200 skipped records with why
    report: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class DirectorySync(SQLModel, table=True):
    __tablename__ = "directory_sync"

    id: int | None = Field(default=None, primary_key=True)
    attempted_at: datetime = Field(default_factory=utcnow, index=True)
    source_url: str = Field(max_length=500)
    ok: bool = False
    # plain words: "62 services, 1 skipped" or why it failed
    detail: str = Field(default="", max_length=500)
    snapshot_id: int | None = Field(default=None, foreign_key="directory_snapshot.id")

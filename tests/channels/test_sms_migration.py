"""Migration 0003_sms builds exactly the tables assistant/storage/sms_models.py describes."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

from assistant.storage import sms_models  # noqa: F401
from assistant.storage.db import make_engine, migrate

TABLES = {"sms_conversation", "sms_opt_out", "sms_processed"}


def test_the_migration_matches_the_models(tmp_path):
    url = f"sqlite:///{tmp_path / 'kt.db'}"
    migrate(url)
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": False})
            diff = compare_metadata(context, SQLModel.metadata)
    finally:
        engine.dispose()
    mine = [d for d in diff if TABLES & set(_tables(d))]
    assert mine == []


def _tables(entry: object) -> list[str]:
    found: list[str] = []
    items = entry if isinstance(entry, list) else [entry]
    for item in items:
        for part in item if isinstance(item, tuple) else (item,):
            name = getattr(part, "name", None)
            table = getattr(part, "table", None)
            if isinstance(part, str):
                found.append(part)
            if name:
                found.append(str(name))
            if table is not None:
                found.append(str(table.name))
    return found

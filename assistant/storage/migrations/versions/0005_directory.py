"""The council's directory of local services: snapshots and sync attempts

Revision ID: 0005_directory
Revises: 0004_broker_contact
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel.sql.sqltypes  # the types Alembic writes (AutoString, UTCDateTime)
from alembic import op

revision = "0005_directory"
down_revision = "0004_broker_contact"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "directory_snapshot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_url", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("council", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("fetched_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("services_count", sa.Integer(), nullable=False),
        sa.Column("skipped_count", sa.Integer(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("report", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("directory_snapshot", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_directory_snapshot_fetched_at"), ["fetched_at"], unique=False
        )
    op.create_table(
        "directory_sync",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("attempted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("source_url", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("ok", sa.Boolean(), nullable=False),
        sa.Column("detail", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("snapshot_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["snapshot_id"], ["directory_snapshot.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("directory_sync", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_directory_sync_attempted_at"), ["attempted_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("directory_sync", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_directory_sync_attempted_at"))
    op.drop_table("directory_sync")
    with op.batch_alter_table("directory_snapshot", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_directory_snapshot_fetched_at"))
    op.drop_table("directory_snapshot")

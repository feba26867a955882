"""Brokers: a phone number, and who pays the fee (the budget, the council or the person)

Revision ID: 0004_broker_contact
Revises: 0003_brokers
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel.sql.sqltypes  # the types Alembic writes (AutoString, UTCDateTime)
from alembic import op

revision = "0004_broker_contact"
down_revision = "0003_brokers"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("broker", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "fee_paid_by",
                sqlmodel.sql.sqltypes.AutoString(length=16),
                nullable=False,
                server_default="budget",
            )
        )
        batch_op.add_column(
            sa.Column("phone", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("broker", schema=None) as batch_op:
        batch_op.drop_column("phone")
        batch_op.drop_column("fee_paid_by")

"""SMS channel: phone-hash conversations, opt-outs, processed MessageSids

Revision ID: 0003_sms
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel.sql.sqltypes  # the types Alembic writes (AutoString, UTCDateTime)
from alembic import op

revision = "0003_sms"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sms_conversation",
        sa.Column("phone_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["chat_session.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("phone_hash"),
    )
    with op.batch_alter_table("sms_conversation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sms_conversation_session_id"), ["session_id"], unique=False
        )

    op.create_table(
        "sms_opt_out",
        sa.Column("phone_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("keyword", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("opted_out_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("phone_hash"),
    )

    op.create_table(
        "sms_processed",
        sa.Column("message_sid", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("phone_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("reply", sa.JSON(), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["chat_session.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("message_sid"),
    )
    with op.batch_alter_table("sms_processed", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sms_processed_phone_hash"), ["phone_hash"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_sms_processed_session_id"), ["session_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_sms_processed_created_at"), ["created_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("sms_processed", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sms_processed_created_at"))
        batch_op.drop_index(batch_op.f("ix_sms_processed_session_id"))
        batch_op.drop_index(batch_op.f("ix_sms_processed_phone_hash"))
    op.drop_table("sms_processed")
    op.drop_table("sms_opt_out")
    with op.batch_alter_table("sms_conversation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sms_conversation_session_id"))
    op.drop_table("sms_conversation")

"""brokers: register, sign-in sessions, shares, comments, suggestions and the audit log

Revision ID: 0003_brokers
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel.sql.sqltypes  # the types Alembic writes (AutoString, UTCDateTime)
from alembic import op

revision = "0003_brokers"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "broker",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("handle", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("email", sqlmodel.sql.sqltypes.AutoString(length=254), nullable=False),
        sa.Column("about", sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
        sa.Column("specialisms", sa.JSON(), nullable=False),
        sa.Column("areas", sa.JSON(), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("hourly_fee_pence", sa.Integer(), nullable=False),
        sa.Column(
            "conflict_of_interest", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True
        ),
        sa.Column("accredited_on", sa.Date(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("status_changed_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("password_hash", sqlmodel.sql.sqltypes.AutoString(length=255), nullable=True),
        sa.Column("failed_sign_ins", sa.Integer(), nullable=False),
        sa.Column("failed_window_started_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("locked_until", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("broker", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_broker_email"), ["email"], unique=True)
        batch_op.create_index(batch_op.f("ix_broker_handle"), ["handle"], unique=True)

    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("actor", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("broker_id", sa.Integer(), nullable=True),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("plan_id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("share_public_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("action", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["broker_id"], ["broker.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["session_id"], ["chat_session.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entry_session_id"), ["session_id"], unique=False)

    op.create_table(
        "broker_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("broker_id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("csrf_token", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("last_seen_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("expires_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("ended_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["broker_id"], ["broker.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("broker_session", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_broker_session_broker_id"), ["broker_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_broker_session_token_hash"), ["token_hash"], unique=True
        )

    op.create_table(
        "plan_share",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("broker_id", sa.Integer(), nullable=False),
        sa.Column("transcript_shared", sa.Boolean(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("review_status", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("ended_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["broker_id"], ["broker.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["session_id"], ["chat_session.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("plan_share", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_share_broker_id"), ["broker_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_plan_share_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_plan_share_public_id"), ["public_id"], unique=True)
        batch_op.create_index(batch_op.f("ix_plan_share_session_id"), ["session_id"], unique=False)

    op.create_table(
        "review_comment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("share_id", sa.Integer(), nullable=False),
        sa.Column("broker_id", sa.Integer(), nullable=False),
        sa.Column("plan_version", sa.Integer(), nullable=False),
        sa.Column("section_key", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("text", sqlmodel.sql.sqltypes.AutoString(length=4000), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["broker_id"], ["broker.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["share_id"], ["plan_share.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("review_comment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_review_comment_broker_id"), ["broker_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_review_comment_public_id"), ["public_id"], unique=True)
        batch_op.create_index(batch_op.f("ix_review_comment_share_id"), ["share_id"], unique=False)

    op.create_table(
        "suggestion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_id", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("share_id", sa.Integer(), nullable=False),
        sa.Column("broker_id", sa.Integer(), nullable=False),
        sa.Column("plan_version", sa.Integer(), nullable=False),
        sa.Column("target", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("section_key", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
        sa.Column("support_id", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=True),
        sa.Column("change", sa.JSON(), nullable=False),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("decided_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("result_version", sa.Integer(), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["broker_id"], ["broker.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["share_id"], ["plan_share.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("suggestion", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_suggestion_broker_id"), ["broker_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_suggestion_public_id"), ["public_id"], unique=True)
        batch_op.create_index(batch_op.f("ix_suggestion_share_id"), ["share_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("suggestion", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_suggestion_share_id"))
        batch_op.drop_index(batch_op.f("ix_suggestion_public_id"))
        batch_op.drop_index(batch_op.f("ix_suggestion_broker_id"))

    op.drop_table("suggestion")
    with op.batch_alter_table("review_comment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_comment_share_id"))
        batch_op.drop_index(batch_op.f("ix_review_comment_public_id"))
        batch_op.drop_index(batch_op.f("ix_review_comment_broker_id"))

    op.drop_table("review_comment")
    with op.batch_alter_table("plan_share", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_share_session_id"))
        batch_op.drop_index(batch_op.f("ix_plan_share_public_id"))
        batch_op.drop_index(batch_op.f("ix_plan_share_plan_id"))
        batch_op.drop_index(batch_op.f("ix_plan_share_broker_id"))

    op.drop_table("plan_share")
    with op.batch_alter_table("broker_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_broker_session_token_hash"))
        batch_op.drop_index(batch_op.f("ix_broker_session_broker_id"))

    op.drop_table("broker_session")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_session_id"))
        batch_op.drop_index(batch_op.f("ix_audit_entry_at"))

    op.drop_table("audit_entry")
    with op.batch_alter_table("broker", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_broker_handle"))
        batch_op.drop_index(batch_op.f("ix_broker_email"))

    op.drop_table("broker")

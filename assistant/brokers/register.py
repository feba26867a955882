"""Managing the register: add, update, disaccredit, seed from YAML. Used by the command line.

Disaccrediting takes effect at once: the broker's sign-in sessions end, their active shares
end (the person sees "the broker is no longer on the register"), they vanish from the
chooser, and every page of theirs answers 404 or asks them to sign in (which fails).
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml
from sqlmodel import Session, col, select

from assistant.brokers import auth
from assistant.brokers.audit import audit
from assistant.brokers.models import BROKER_STATUSES, FEE_PAYERS, Broker, PlanShare
from assistant.brokers.vocabulary import SPECIALISMS, code_for
from assistant.storage.models import utcnow

SEED_FILE = Path(__file__).resolve().parent / "register.yaml"
FIELDS = (
    "name",
    "email",
    "phone",
    "about",
    "specialisms",
    "areas",
    "languages",
    "hourly_fee",
    "fee_paid_by",
    "conflict_of_interest",
    "accredited_on",
    "status",
)


class RegisterError(ValueError):
    pass


def _list(value: Any, what: str) -> list[str]:
    if isinstance(value, str):
        value = [v.strip() for v in value.split(",")]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RegisterError(f"{what} must be a list of words")
    return [v.strip() for v in value if v.strip()]


def _specialisms(value: Any) -> list[str]:
    codes = []
    for word in _list(value, "specialisms"):
        code = code_for(word)
        if code is None:
            known = ", ".join(SPECIALISMS)
            raise RegisterError(f"unknown specialism {word!r}; use one of: {known}")
        if code not in codes:
            codes.append(code)
    if not codes:
        raise RegisterError("a broker needs at least one specialism")
    return codes


def _pence(value: Any) -> int:
    try:
        amount = Decimal(str(value))
    except InvalidOperation as exc:
        raise RegisterError(f"hourly fee {value!r} is not an amount in pounds") from exc
    if not amount.is_finite() or amount < 0 or amount > 1000:
        raise RegisterError("hourly fee must be between £0 and £1,000")
    return int((amount * 100).to_integral_value())


def _phone(value: Any) -> str:
    text = " ".join(str(value).split())
    if not re.fullmatch(r"\+?[0-9 ]{10,20}", text):
        raise RegisterError(f"phone {value!r} is not a phone number")
    return text


def _date(value: Any) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise RegisterError(f"date {value!r} is not YYYY-MM-DD") from exc


def _apply(broker: Broker, values: dict[str, Any]) -> None:
    for key, value in values.items():
        if value is None and key != "conflict_of_interest":
            continue
        if key == "name":
            broker.name = str(value).strip()
        elif key == "email":
            broker.email = str(value).strip().lower()
        elif key == "phone":
            broker.phone = _phone(value)
        elif key == "fee_paid_by":
            if value not in FEE_PAYERS:
                raise RegisterError(f"fee_paid_by must be one of {', '.join(FEE_PAYERS)}")
            broker.fee_paid_by = str(value)
        elif key == "about":
            broker.about = str(value).strip()
        elif key == "specialisms":
            broker.specialisms = _specialisms(value)
        elif key in ("areas", "languages"):
            setattr(broker, key, _list(value, key))
        elif key == "hourly_fee":
            broker.hourly_fee_pence = _pence(value)
        elif key == "conflict_of_interest":
            text = (str(value).strip() if value is not None else "") or None
            broker.conflict_of_interest = None if text in (None, "none", "None") else text
        elif key == "accredited_on":
            broker.accredited_on = _date(value)
        elif key == "status":
            if value not in BROKER_STATUSES:
                raise RegisterError(f"status must be one of {', '.join(BROKER_STATUSES)}")
        else:
            raise RegisterError(f"unknown field {key!r}")


def find(db: Session, handle: str) -> Broker:
    broker = db.exec(select(Broker).where(Broker.handle == handle)).first()
    if broker is None:
        raise RegisterError(f"no broker with handle {handle!r}")
    return broker


def add(db: Session, *, handle: str, **values: Any) -> Broker:
    if db.exec(select(Broker).where(Broker.handle == handle)).first() is not None:
        raise RegisterError(f"a broker with handle {handle!r} exists; use update")
    missing = [k for k in ("name", "email", "specialisms", "hourly_fee") if values.get(k) is None]
    if missing:
        raise RegisterError("missing: " + ", ".join(missing))
    broker = Broker(
        handle=handle,
        name="",
        email="",
        hourly_fee_pence=0,
        accredited_on=_date(values.get("accredited_on") or utcnow().date()),
    )
    status = values.pop("status", None) or "accredited"
    _apply(broker, values)
    broker.status = status
    _check_email(db, broker)
    db.add(broker)
    db.commit()
    db.refresh(broker)
    audit(db, actor="admin", action="broker_added", broker_id=broker.id)
    return broker


def _check_email(db: Session, broker: Broker) -> None:
    other = db.exec(select(Broker).where(Broker.email == broker.email)).first()
    if other is not None and other.id != broker.id:
        raise RegisterError(f"email {broker.email} is used by {other.handle}")
    if "@" not in broker.email:
        raise RegisterError("email must be an email address")


def update(db: Session, *, handle: str, **values: Any) -> Broker:
    broker = find(db, handle)
    status = values.pop("status", None)
    _apply(broker, values)
    _check_email(db, broker)
    db.add(broker)
    db.commit()
    if status == "disaccredited" and broker.status != "disaccredited":
        disaccredit(db, handle=handle)
    elif status == "accredited":
        accredit(db, handle=handle)
    db.refresh(broker)
    return broker


def disaccredit(db: Session, *, handle: str, reason: str = "") -> Broker:
    """Take a broker off the register at once: sessions and shares stop working."""
    broker = find(db, handle)
    broker.status = "disaccredited"
    broker.status_changed_at = utcnow()
    db.add(broker)
    db.commit()
    auth.end_sessions(db, broker=broker)
    shares = db.exec(
        select(PlanShare).where(PlanShare.broker_id == broker.id, PlanShare.status == "active")
    )
    now = utcnow()
    for share in list(shares):
        share.status = "ended"
        share.ended_at = share.updated_at = now
        db.add(share)
        audit(
            db,
            actor="admin",
            action="share_ended",
            share=share,
            commit=False,
            why="the broker is no longer accredited",
        )
    audit(db, actor="admin", action="broker_disaccredited", broker_id=broker.id, reason=reason)
    db.refresh(broker)
    return broker


def accredit(db: Session, *, handle: str) -> Broker:
    """Put a broker back on the register (earlier shares stay ended: people share again)."""
    broker = find(db, handle)
    if broker.status != "accredited":
        broker.status = "accredited"
        broker.status_changed_at = utcnow()
        db.add(broker)
        audit(db, actor="admin", action="broker_accredited", broker_id=broker.id)
        db.refresh(broker)
    return broker


def load_seed(path: Path = SEED_FILE) -> list[dict[str, Any]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    entries = data.get("brokers")
    if not isinstance(entries, list):
        raise RegisterError(f"{path}: expected a 'brokers:' list")
    return entries


def seed(db: Session, path: Path = SEED_FILE) -> tuple[int, int]:
    """Add the file's brokers and bring existing ones (by handle) up to date. Idempotent."""
    added = updated = 0
    for entry in load_seed(path):
        values = dict(entry)
        handle = values.pop("handle", None)
        if not handle:
            raise RegisterError(f"{path}: every broker needs a handle")
        unknown = set(values) - set(FIELDS)
        if unknown:
            raise RegisterError(f"{handle}: unknown fields {sorted(unknown)}")
        existing = db.exec(select(Broker).where(Broker.handle == handle)).first()
        if existing is None:
            add(db, handle=handle, **values)
            added += 1
        else:
            update(db, handle=handle, **values)
            updated += 1
    return added, updated


def listing(db: Session, *, include_all: bool = False) -> list[Broker]:
    query = select(Broker).order_by(col(Broker.name))
    if not include_all:
        query = query.where(Broker.status == "accredited")
    return list(db.exec(query))

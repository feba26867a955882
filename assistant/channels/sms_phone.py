"""Phone numbers, known only by a keyed hash (never stored).

A phone number is known only by an HMAC-SHA256 of it under `KT_PHONE_HASH_KEY` (or, when that is
not set, a key generated once into `var/secrets/`). Keep the key: with a new key, every number
starts a new conversation and earlier opt-outs are forgotten.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import time

from assistant.settings import Settings

__all__ = ["hash_phone", "load_phone_hash_key", "normalise_phone"]


def load_phone_hash_key(settings: Settings) -> bytes:
    """KT_PHONE_HASH_KEY, or a random key made once into var/secrets/phone_hash_key (0600)."""
    if settings.phone_hash_key:
        return settings.phone_hash_key.encode("utf-8")
    path = settings.var_dir / "secrets" / "phone_hash_key"
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass
    else:
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_urlsafe(32) + "\n")
    for _ in range(50):  # another process may be writing it this instant
        key = path.read_text().strip()
        if key:
            return key.encode("utf-8")
        time.sleep(0.01)
    raise RuntimeError(f"{path} is empty; delete it or set KT_PHONE_HASH_KEY")


def normalise_phone(number: str) -> str:
    """E.164 as Twilio sends it; spaces and dashes dropped so one number has one hash."""
    return "".join(ch for ch in number.strip() if ch.isdigit() or ch == "+")


def hash_phone(key: bytes, number: str) -> str:
    return hmac.new(key, normalise_phone(number).encode("utf-8"), hashlib.sha256).hexdigest()

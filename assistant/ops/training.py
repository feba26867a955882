"""The dialogue model: named by a fingerprint of its inputs, trained only when they change.

    fingerprint (hash of config, domain, NLU data, stories, Rasa lock file)
        └► model_path: models/kt-<fingerprint>.tar.gz ─► exists? reuse it
                                                      └► no: `rasa train` (one at a time per
                                                         models folder), then prune old models

A second run with nothing changed reuses the model; `make train` calls `ensure_model`.
"""

from __future__ import annotations

import fcntl
import hashlib
import subprocess
import time
from collections.abc import Iterable
from pathlib import Path

from assistant.ops.console import Say, say
from assistant.ops.rasa_config import RASA_VENV, rasa_env
from assistant.settings import ROOT, Settings

__all__ = ["TRAINING_INPUTS", "ensure_model", "fingerprint", "model_path", "prune_models"]

TRAINING_INPUTS: tuple[str, ...] = (
    "assistant/rasa_side/config.yml",
    "assistant/rasa_side/linear_nlu.py",
    "assistant/rasa_side/domain",
    "nlu_data",
    "stories",
    "requirements-rasa.lock",
)


def _input_files(root: Path) -> Iterable[Path]:
    for name in TRAINING_INPUTS:
        path = root / name
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix in {".yml", ".yaml"}
            )
        elif path.is_file():
            yield path


def fingerprint(root: Path = ROOT) -> str:
    """A hash of every training input (paths and contents), stable across machines."""
    digest = hashlib.sha256()
    for path in _input_files(root):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def model_path(settings: Settings, fp: str | None = None) -> Path:
    return settings.models_dir / f"kt-{fp or fingerprint()}.tar.gz"


def ensure_model(settings: Settings, *, log: Say = say) -> Path:
    """Train the model if no model exists for the current inputs; return its path."""
    fp = fingerprint()
    path = model_path(settings, fp)
    if path.exists():
        log(f"Model is up to date ({path.name}); no training needed.")
        return path
    rasa = RASA_VENV / "bin" / "rasa"
    if not rasa.exists():
        raise SystemExit("The Rasa environment is missing. Run `make setup` first.")
    settings.models_dir.mkdir(parents=True, exist_ok=True)
    # one training at a time per models folder: a second caller waits, then finds the model
    with (settings.models_dir / ".train.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if path.exists():
            log(f"Model is up to date ({path.name}); no training needed.")
            return path
        return _train(settings, fp, path, rasa, log)


def _train(settings: Settings, fp: str, path: Path, rasa: Path, log: Say) -> Path:
    log("Training the dialogue model, because its inputs changed (about 1–2 minutes)...")
    started = time.monotonic()
    cmd = [
        str(rasa), "train",
        "--config", "assistant/rasa_side/config.yml",
        "--domain", "assistant/rasa_side/domain",
        "--data", "nlu_data", "stories",
        "--out", str(settings.models_dir),
        "--fixed-model-name", f"kt-{fp}",
        "--quiet",
    ]  # fmt: skip
    train_log = settings.var_dir / "logs" / "train.log"
    train_log.parent.mkdir(parents=True, exist_ok=True)
    with train_log.open("wb") as out:
        code = subprocess.call(cmd, cwd=ROOT, env=rasa_env(), stdout=out, stderr=subprocess.STDOUT)
    if code != 0 or not path.exists():
        tail = train_log.read_text(errors="replace")[-3000:]
        raise SystemExit(f"Training failed (exit {code}). The end of {train_log}:\n{tail}")
    log(f"Trained {path.name} in {time.monotonic() - started:.0f} s.")
    prune_models(settings.models_dir, keep=path)
    return path


def prune_models(models_dir: Path, *, keep: Path, spare: int = 2) -> None:
    """Remove old `kt-*` models, keeping `keep` and the `spare` newest others (for switching
    branches back and forth without retraining)."""
    others = sorted(
        (p for p in models_dir.glob("kt-*.tar.gz") if p != keep),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    for old in others[spare:]:
        old.unlink(missing_ok=True)

"""Start, train and stop the whole stack: `python -m assistant.ops.launcher run|train|fingerprint`.

    make run ─► launcher run ─► ensure model (train only if its inputs changed)
                             ─► write var/endpoints.yml (tracker store, action endpoint + token)
                             ─► start Rasa (127.0.0.1) and the gateway, wait until both are ready
                             ─► print the address; on Ctrl-C / SIGTERM stop both, no orphans

The model is named `kt-<fingerprint>.tar.gz`, where the fingerprint is a hash of everything that
goes into training (config, domain, NLU data, stories and the Rasa lock file), so a second run with
nothing changed reuses it. The test suite uses the same `Stack` to start one stack per session.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import fcntl
import hashlib
import os
import secrets
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from urllib.parse import urlparse

import httpx
import yaml

from assistant.settings import ROOT, Settings

TRAINING_INPUTS: tuple[str, ...] = (
    "assistant/rasa_side/config.yml",
    "assistant/rasa_side/linear_nlu.py",
    "assistant/rasa_side/domain",
    "nlu_data",
    "stories",
    "requirements-rasa.lock",
)
RASA_VENV = ROOT / ".venv-rasa"
MAIN_VENV = ROOT / ".venv"

Say = Callable[[str], None]


def say(message: str) -> None:
    print(f"[kitchen-table] {message}", flush=True)


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


def rasa_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        RASA_TELEMETRY_ENABLED="false",
        TF_CPP_MIN_LOG_LEVEL="3",
        SQLALCHEMY_SILENCE_UBER_WARNING="1",
        PYTHONWARNINGS="ignore",
        MPLCONFIGDIR=str(ROOT / "var" / "mpl"),
    )
    # the custom NLU components (assistant/rasa_side/linear_nlu.py) are imported by module path
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    return env


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


def tracker_store_config(settings: Settings) -> dict[str, object]:
    """Rasa's SQL tracker store: a SQLite file under var/ unless RASA_TRACKER_URL is set."""
    if not settings.rasa_tracker_url:
        return {"type": "SQL", "dialect": "sqlite", "db": str(settings.var_dir / "rasa_tracker.db")}
    url = urlparse(settings.rasa_tracker_url)
    dialect = url.scheme.split("+")[0]
    if dialect == "sqlite":
        return {"type": "SQL", "dialect": "sqlite", "db": url.path}
    config: dict[str, object] = {
        "type": "SQL",
        "dialect": "postgresql" if dialect in ("postgres", "postgresql") else dialect,
        "url": url.hostname or "127.0.0.1",
        "db": url.path.lstrip("/"),
    }
    if url.port:
        config["port"] = url.port
    if url.username:
        config["username"] = url.username
    if url.password:
        config["password"] = url.password
    return config


STATE_KEEPING_STORE = "assistant.rasa_side.rasa_state.StateKeepingSQLTrackerStore"


def prepare_sqlite_tracker(config: dict[str, object]) -> None:
    """Put Rasa's SQLite tracker file in write-ahead-log mode before Rasa opens it. The mode is
    kept in the file, and Rasa's engine opens SQLite in the default rollback-journal mode, where
    every saved turn creates, syncs and deletes a journal file: profiling showed those commits
    at about an eighth of Rasa's time per turn (docs/BENCHMARKS.md)."""
    if config.get("dialect") != "sqlite":
        return
    path = Path(str(config["db"]))
    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.closing(sqlite3.connect(path, timeout=30)) as db:
        db.execute("PRAGMA journal_mode=WAL")


def write_endpoints(settings: Settings, path: Path) -> Path:
    gateway = f"http://127.0.0.1:{settings.gateway_port}"
    config: dict[str, object] = {
        "action_endpoint": {
            "url": f"{gateway}/actions/webhook",
            "headers": {"X-Kitchen-Table-Action-Token": settings.actions_token},
        },
        # Rasa's SQL store that also hands each turn's state to the `kt` channel
        # (assistant/rasa_side/rasa_state.py), so the gateway needs no second request per turn
        # (and starting a new session when the current one is long: issue 18)
        "tracker_store": {
            **tracker_store_config(settings),
            "type": STATE_KEEPING_STORE,
            "session_events": settings.rasa_session_events,
        },
    }
    prepare_sqlite_tracker(config["tracker_store"])  # type: ignore[arg-type]
    if settings.redis_url:
        url = urlparse(settings.redis_url)
        config["lock_store"] = {
            "type": "redis",
            "url": url.hostname or "127.0.0.1",
            "port": url.port or 6379,
            "db": int(url.path.lstrip("/") or 0),
        }
        if url.password:
            config["lock_store"]["password"] = url.password  # type: ignore[index]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(config, sort_keys=False))
    path.chmod(0o600)  # it holds the action token
    return path


def rasa_logging_env(settings: Settings, env: dict[str, str]) -> dict[str, str]:
    """Rasa's log level, always set (never DEBUG by accident from an inherited LOG_LEVEL: at
    DEBUG Rasa writes every message), and the path that lets Rasa import
    assistant.rasa_side.log_privacy."""
    paths = [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]
    if str(ROOT) not in paths:
        paths.insert(0, str(ROOT))
    return {
        "LOG_LEVEL": settings.rasa_log_level,
        "LOG_LEVEL_LIBRARIES": "ERROR",
        "PYTHONPATH": os.pathsep.join(paths),
    }


def write_rasa_logging(path: Path) -> Path:
    """Rasa's `--logging-config-file`: scrubs personal data from its structured log lines
    (assistant/rasa_side/log_privacy.py)."""
    from assistant.rasa_side.log_privacy import rasa_logging_config

    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(rasa_logging_config(), sort_keys=False))
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _die_with_parent() -> None:
    """In the child: get SIGTERM if the launcher dies, so no server is ever orphaned."""
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except OSError:
        pass
    os.setsid()


class Stack:
    """Rasa server(s) and the gateway, started as child processes on 127.0.0.1.

    By default one Rasa server and one gateway process. Scale-out on one machine, by environment:
    `KT_RASA_SERVERS=N` starts N Rasa servers on KT_RASA_PORT, KT_RASA_PORT+1, ... (they share
    the tracker store RASA_TRACKER_URL, which must then be PostgreSQL, and the Redis lock store
    REDIS_URL); `KT_GATEWAY_WORKERS=N` runs the gateway as N uvicorn worker processes sharing one
    port, so any worker can take a turn or an action call from any Rasa server.
    """

    def __init__(self, settings: Settings, *, log: Say = say) -> None:
        self.settings = settings
        self.log = log
        self.procs: dict[str, subprocess.Popen[bytes]] = {}
        self.model: Path | None = None
        self.logs_dir = settings.var_dir / "logs"

    @property
    def gateway_url(self) -> str:
        return f"http://127.0.0.1:{self.settings.gateway_port}"

    @property
    def rasa_url(self) -> str:
        return f"http://127.0.0.1:{self.settings.rasa_port}"

    @property
    def rasa_ports(self) -> list[int]:
        return [self.settings.rasa_port + i for i in range(self.settings.rasa_servers)]

    @property
    def rasa_urls(self) -> list[str]:
        return [f"http://127.0.0.1:{port}" for port in self.rasa_ports]

    @staticmethod
    def rasa_name(index: int) -> str:
        """Process and log names: `rasa` for the first server, then `rasa-2`, `rasa-3`..."""
        return "rasa" if index == 0 else f"rasa-{index + 1}"

    def check_scale_out(self) -> None:
        """Several Rasa servers must share their conversations and take turns in order."""
        s = self.settings
        if s.rasa_servers == 1:
            return
        tracker = s.rasa_tracker_url.split(":", 1)[0]
        if not s.redis_url or not tracker or tracker.startswith("sqlite"):
            raise SystemExit(
                f"KT_RASA_SERVERS={s.rasa_servers} needs a shared tracker store and lock store: "
                "set RASA_TRACKER_URL to a PostgreSQL database and REDIS_URL "
                "(see docs/OPERATIONS.md, Scale-out)."
            )

    def child_env(self) -> dict[str, str]:
        s = self.settings
        env = dict(os.environ)
        env.update(
            KT_VAR_DIR=str(s.var_dir),
            KT_MODELS_DIR=str(s.models_dir),
            KT_GATEWAY_PORT=str(s.gateway_port),
            KT_RASA_PORT=str(s.rasa_port),
            RASA_TOKEN=s.rasa_token,
            KT_ACTIONS_TOKEN=s.actions_token,
            DATABASE_URL=s.effective_database_url,
            RASA_URLS=",".join(s.rasa_base_urls),
            KT_RASA_SERVERS=str(s.rasa_servers),
            KT_GATEWAY_WORKERS=str(s.gateway_workers),
            RASA_TRACKER_URL=s.rasa_tracker_url,
            REDIS_URL=s.redis_url,
            KT_EXPOSE_RASA_SERVER="true" if s.expose_rasa_server else "false",
        )
        return env

    def _spawn(self, name: str, cmd: list[str], env: dict[str, str]) -> None:
        self.logs_dir.mkdir(parents=True, exist_ok=True)
        out = (self.logs_dir / f"{name}.log").open("ab")
        self.procs[name] = subprocess.Popen(
            cmd, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
            preexec_fn=_die_with_parent,
        )  # fmt: skip
        out.close()

    def start_rasa(self, model: Path) -> None:
        self.check_scale_out()
        self.model = model
        endpoints = write_endpoints(self.settings, self.settings.var_dir / "endpoints.yml")
        env = rasa_env()
        env.update(self.child_env())
        env.update(rasa_logging_env(self.settings, env))
        log_config = write_rasa_logging(self.settings.var_dir / "rasa_logging.yml")
        if self.settings.rasa_log_level == "DEBUG":
            self.log("Rasa logs at DEBUG: rasa.log will hold what people type. Not for real use.")
        for index, port in enumerate(self.rasa_ports):
            cmd = [
                str(RASA_VENV / "bin" / "rasa"), "run",
                "--enable-api",
                "--interface", "127.0.0.1",
                "--port", str(port),
                "--model", str(model),
                "--endpoints", str(endpoints),
                "--credentials", "assistant/rasa_side/credentials.yml",
                # One argument with "=": a token may start with "-".
                f"--auth-token={self.settings.rasa_token}",
                "--logging-config-file", str(log_config),
            ]  # fmt: skip
            self._spawn(self.rasa_name(index), cmd, env)

    def start_gateway(self) -> None:
        cmd = [
            str(MAIN_VENV / "bin" / "python"), "-m", "uvicorn",
            "--factory", "assistant.main:app",
            "--host", "127.0.0.1",
            "--port", str(self.settings.gateway_port),
            "--no-access-log",
            "--log-level", "warning",
        ]  # fmt: skip
        if self.settings.gateway_workers > 1:
            cmd += ["--workers", str(self.settings.gateway_workers)]
        self._spawn("gateway", cmd, self.child_env())

    def check_alive(self) -> None:
        for name, proc in self.procs.items():
            if proc.poll() is not None:
                tail = (self.logs_dir / f"{name}.log").read_text(errors="replace")[-3000:]
                raise RuntimeError(f"The {name} server stopped (exit {proc.returncode}):\n{tail}")

    def wait_ready(self, timeout: float = 180.0) -> None:
        deadline = time.monotonic() + timeout
        rasa = {self.rasa_name(i): url for i, url in enumerate(self.rasa_urls)}
        waiting_for = {"gateway", *rasa}
        next_note = time.monotonic() + 10
        with httpx.Client(timeout=2.0) as http:
            while waiting_for:
                self.check_alive()
                if "gateway" in waiting_for and _ok(http, f"{self.gateway_url}/openapi.json"):
                    waiting_for.discard("gateway")
                    self.log(f"Gateway is up at {self.gateway_url}.")
                for name, url in rasa.items():
                    if name in waiting_for and _ok(
                        http, f"{url}/status", params={"token": self.settings.rasa_token}
                    ):
                        waiting_for.discard(name)
                        where = "" if len(rasa) == 1 else f" ({name}, {url})"
                        self.log(f"Rasa is up and its model is loaded{where}.")
                if time.monotonic() > deadline:
                    raise TimeoutError(f"Still waiting for {', '.join(sorted(waiting_for))}")
                if time.monotonic() > next_note and waiting_for:
                    self.log(f"Still starting: {', '.join(sorted(waiting_for))}...")
                    next_note = time.monotonic() + 10
                time.sleep(0.25)

    def stop(self, timeout: float = 15.0) -> None:
        for proc in self.procs.values():
            _signal_group(proc, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        for proc in self.procs.values():
            try:
                proc.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                _signal_group(proc, signal.SIGKILL)
                proc.wait(5)
        self.procs.clear()


def _signal_group(proc: subprocess.Popen[bytes], sig: int) -> None:
    if proc.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, sig)


def _ok(http: httpx.Client, url: str, **kwargs: object) -> bool:
    try:
        response = http.get(url, **kwargs)  # type: ignore[arg-type]
    except httpx.HTTPError:
        return False
    return response.status_code == 200


def run(settings: Settings) -> int:
    started = time.monotonic()
    # the demo shows the fictional sample register unless told otherwise
    os.environ.setdefault("KT_SAMPLE_BROKERS", "true")
    # ...and the fictional Fernvale directory of local services, when no council feed is set
    os.environ.setdefault("KT_SAMPLE_DIRECTORY", "true")
    settings.var_dir.mkdir(parents=True, exist_ok=True)
    stack = Stack(settings)
    stack.check_scale_out()  # before any training: say at once what a scale-out run is missing
    model = ensure_model(settings)
    stopping = False

    def on_signal(signum: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    parent = os.getppid()
    try:
        say("Starting Rasa (this takes about 45 seconds) and the gateway...")
        stack.start_rasa(model)
        stack.start_gateway()
        stack.wait_ready()
        say(f"Ready in {time.monotonic() - started:.0f} s.")
        say(f"Open {stack.gateway_url}/ (health: {stack.gateway_url}/health)")
        say(
            f"Try: curl -s -X POST {stack.gateway_url}/api/chat "
            "-H 'content-type: application/json' -d '{\"text\": \"hello\"}'"
        )
        say("Press Ctrl-C to stop.")
        while not stopping:
            stack.check_alive()
            if os.getppid() != parent:  # whoever started us has gone: stop too
                break
            time.sleep(0.5)
        return 0
    except (RuntimeError, TimeoutError) as exc:
        say(f"Could not start: {exc}")
        return 1
    finally:
        say("Stopping Rasa and the gateway...")
        stack.stop()
        say("Stopped.")


def settings_for_run() -> Settings:
    """Settings from the environment, with fresh secrets where none were given."""
    settings = Settings()
    updates: dict[str, str] = {}
    if not settings.rasa_token:
        updates["rasa_token"] = secrets.token_urlsafe(24)
    if not settings.actions_token:
        updates["actions_token"] = secrets.token_urlsafe(24)
    return settings.model_copy(update=updates)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m assistant.ops.launcher")
    parser.add_argument("command", choices=["run", "train", "fingerprint"])
    args = parser.parse_args(argv)
    os.chdir(ROOT)
    if args.command == "fingerprint":
        print(fingerprint())
        return 0
    settings = settings_for_run()
    if args.command == "train":
        ensure_model(settings)
        from assistant.safety.model import load_model

        load_model()  # the safety classifier: fitted once into models/safety, read from there after
        return 0
    return run(settings)


if __name__ == "__main__":
    sys.exit(main())

"""The running stack: Rasa server(s) and the gateway as child processes on 127.0.0.1.

    Stack.start_rasa ─► var/endpoints.yml, var/rasa_logging.yml ─► `rasa run` × KT_RASA_SERVERS
    Stack.start_gateway ─► uvicorn assistant.main:app (× KT_GATEWAY_WORKERS workers)
    Stack.wait_ready ─► /openapi.json and each Rasa /status answer 200
    Stack.stop ─► SIGTERM to each process group, SIGKILL after the timeout

Each child gets SIGTERM when its parent dies, so no server is ever orphaned. The launcher
(`make run`) and the test suite use the same `Stack`.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import socket
import subprocess
import time
from pathlib import Path

import httpx

from assistant.ops.console import Say, say
from assistant.ops.rasa_config import (
    MAIN_VENV,
    RASA_VENV,
    rasa_env,
    rasa_logging_env,
    write_endpoints,
    write_rasa_logging,
)
from assistant.settings import ROOT, Settings

__all__ = ["Stack", "free_port"]


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

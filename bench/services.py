"""Throwaway PostgreSQL and Redis for the scale-out tests and benchmarks.

    services = Services(Path("/tmp/somewhere"))
    services.start()        # PostgreSQL and Redis on free ports on 127.0.0.1, fresh data dirs
    services.database_url("gateway"), services.database_url("rasa"), services.redis_url
    services.stop()         # both stopped, data dirs removed

Both are the Debian packages (`postgresql`, `redis-server`; scripts/setup.sh installs them when
missing). PostgreSQL refuses to run as root, so as root its processes run as the `postgres`
user, with the data directory in a fresh folder under /tmp that user can reach. Both servers
are children of this process and get SIGTERM/SIGINT if it dies, so nothing is left running.
"""

from __future__ import annotations

import contextlib
import ctypes
import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path


class ServiceError(RuntimeError):
    pass


def postgres_bin() -> Path | None:
    """The folder with initdb and postgres: Debian keeps them under /usr/lib/postgresql/N/bin."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    found = shutil.which("initdb")
    if found:
        candidates.append(found)
    for path in candidates:
        folder = Path(path).resolve().parent
        if (folder / "postgres").exists() and (folder / "pg_isready").exists():
            return folder
    return None


def redis_bin() -> Path | None:
    found = shutil.which("redis-server") or (
        "/usr/bin/redis-server" if Path("/usr/bin/redis-server").exists() else None
    )
    return Path(found) if found else None


def missing() -> list[str]:
    """Debian packages that are not installed, by name."""
    names = []
    if postgres_bin() is None:
        names.append("postgresql")
    if redis_bin() is None:
        names.append("redis-server")
    return names


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_user(user: pwd.struct_passwd | None, death_signal: int | None) -> object:
    """preexec_fn: own session, drop to `user`, then ask for `death_signal` when we die (after
    the user change, which would clear it)."""

    def preexec() -> None:
        os.setsid()
        if user is not None:
            os.setgid(user.pw_gid)
            os.initgroups(user.pw_name, user.pw_gid)
            os.setuid(user.pw_uid)
        if death_signal is not None:
            with contextlib.suppress(OSError):
                ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, death_signal)

    return preexec


class Services:
    def __init__(self, base: Path, *, durable: bool = False) -> None:
        self.base = base
        self.durable = durable  # fsync on (benchmarks) or off (tests: faster, nothing to keep)
        self.pg_port = 0
        self.redis_port = 0
        self.pg_dir: Path | None = None
        self.procs: dict[str, subprocess.Popen[bytes]] = {}

    # ---------------------------------------------------------------- addresses

    def database_url(self, name: str) -> str:
        return f"postgresql://kt@127.0.0.1:{self.pg_port}/{name}"

    @property
    def redis_url(self) -> str:
        return f"redis://127.0.0.1:{self.redis_port}/0"

    def pids(self) -> dict[str, int]:
        return {name: proc.pid for name, proc in self.procs.items()}

    # ---------------------------------------------------------------- lifecycle

    def start(self, databases: tuple[str, ...] = ("gateway", "rasa")) -> None:
        absent = missing()
        if absent:
            raise ServiceError(
                f"{' and '.join(absent)} not installed: run `make setup` as root, or "
                f"`apt-get install -y {' '.join(absent)}`"
            )
        self.base.mkdir(parents=True, exist_ok=True)
        try:
            self._start_redis()
            self._start_postgres(databases)
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        for name, proc in list(self.procs.items()):
            if proc.poll() is None:
                # PostgreSQL: SIGINT is its fast shutdown; Redis: SIGTERM
                with contextlib.suppress(ProcessLookupError):
                    proc.send_signal(signal.SIGINT if name == "postgres" else signal.SIGTERM)
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)
        self.procs.clear()
        if self.pg_dir is not None:
            shutil.rmtree(self.pg_dir, ignore_errors=True)
            self.pg_dir = None

    def __enter__(self) -> Services:
        self.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    # ---------------------------------------------------------------- Redis

    def _start_redis(self) -> None:
        redis = redis_bin()
        assert redis is not None
        self.redis_port = _free_port()
        log = (self.base / "redis.log").open("ab")
        self.procs["redis"] = subprocess.Popen(
            [
                str(redis),
                "--port",
                str(self.redis_port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.base),
                "--daemonize",
                "no",
                "--protected-mode",
                "yes",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            preexec_fn=_as_user(None, signal.SIGTERM),
        )
        log.close()
        self._wait_port(self.redis_port, "redis", self.base / "redis.log")

    # ---------------------------------------------------------------- PostgreSQL

    def _start_postgres(self, databases: tuple[str, ...]) -> None:
        folder = postgres_bin()
        assert folder is not None
        user = pwd.getpwnam("postgres") if os.geteuid() == 0 else None
        # a folder the postgres user can reach (pytest's temporary folders are root-only)
        self.pg_dir = Path(tempfile.mkdtemp(prefix="kt-pg-"))
        data = self.pg_dir / "data"
        if user is not None:
            os.chown(self.pg_dir, user.pw_uid, user.pw_gid)
        self.pg_port = _free_port()
        log_path = self.base / "postgres.log"
        with log_path.open("ab") as log:
            code = subprocess.call(
                [
                    str(folder / "initdb"),
                    "-D",
                    str(data),
                    "-U",
                    "kt",
                    "--auth=trust",
                    "--encoding=UTF8",
                    "--locale=C.UTF-8",
                    "--no-instructions",
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=self.pg_dir,
                preexec_fn=_as_user(user, None),
            )
        if code != 0:
            raise ServiceError(f"initdb failed (exit {code}); see {log_path}")
        settings = [
            "-c", "listen_addresses=127.0.0.1",
            "-c", f"unix_socket_directories={self.pg_dir}",
            "-c", "max_connections=200",
            "-c", "shared_buffers=64MB",
        ]  # fmt: skip
        if not self.durable:
            settings += ["-c", "fsync=off", "-c", "synchronous_commit=off"]
            settings += ["-c", "full_page_writes=off"]
        log = log_path.open("ab")
        self.procs["postgres"] = subprocess.Popen(
            [str(folder / "postgres"), "-D", str(data), "-p", str(self.pg_port), *settings],
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=self.pg_dir,
            preexec_fn=_as_user(user, signal.SIGINT),
        )
        log.close()
        deadline = time.monotonic() + 60
        while True:
            ready = subprocess.call(
                [str(folder / "pg_isready"), "-q", "-h", "127.0.0.1", "-p", str(self.pg_port)]
            )
            if ready == 0:
                break
            self._check("postgres", log_path)
            if time.monotonic() > deadline:
                raise ServiceError(f"PostgreSQL did not start in 60 s; see {log_path}")
            time.sleep(0.2)
        for name in databases:
            self.sql(f'CREATE DATABASE "{name}"')

    def sql(self, statement: str, database: str = "postgres") -> str:
        """Run one statement with psql; return its unaligned, tuples-only output."""
        folder = postgres_bin()
        assert folder is not None
        psql = folder / "psql" if (folder / "psql").exists() else Path("psql")
        result = subprocess.run(
            [
                str(psql),
                "-X",
                "-q",
                "-A",
                "-t",
                "-v",
                "ON_ERROR_STOP=1",
                "-h",
                "127.0.0.1",
                "-p",
                str(self.pg_port),
                "-U",
                "kt",
                "-d",
                database,
                "-c",
                statement,
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
        if result.returncode != 0:
            raise ServiceError(f"psql failed: {result.stderr.strip()}")
        return result.stdout

    # ---------------------------------------------------------------- helpers

    def _check(self, name: str, log: Path) -> None:
        proc = self.procs[name]
        if proc.poll() is not None:
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise ServiceError(f"{name} stopped (exit {proc.returncode}):\n{tail}")

    def _wait_port(self, port: int, name: str, log: Path) -> None:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            self._check(name, log)
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    return
            time.sleep(0.1)
        raise ServiceError(f"{name} did not start in 30 s; see {log}")

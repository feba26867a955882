"""Running a benchmark's own stack on free ports (with throwaway PostgreSQL and Redis for the
scale-out), and sampling the resident memory of every process tree while it runs, and the CPU
time each tree used in each phase (a figure other jobs on the machine barely move, where the
milliseconds of a turn move with them)."""

from __future__ import annotations

import argparse
import os
import random
import secrets
import threading
import time
from pathlib import Path
from typing import Any

# ------------------------------------------------------------------------------------ memory


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _children() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        kids.setdefault(parent, []).append(int(entry.name))
    return kids


def _cpu_seconds(pid: int) -> float:
    """User and system CPU time of one live process (all its threads), from /proc/PID/stat."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


def tree_cpu_seconds(pid: int, kids: dict[int, list[int]]) -> float:
    total, todo = 0.0, [pid]
    while todo:
        current = todo.pop()
        total += _cpu_seconds(current)
        todo.extend(kids.get(current, []))
    return total


def tree_rss_mb(pid: int, kids: dict[int, list[int]]) -> float:
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        total += _rss_kb(current)
        todo.extend(kids.get(current, []))
    return total / 1024


class MemorySampler:
    """Samples the resident memory of each named process tree twice a second; keeps the peaks.
    `start_phase()` and `end_phase(name)` add up the CPU seconds each tree used in a phase."""

    def __init__(self, roots: dict[str, int]) -> None:
        self.roots = roots
        self.peak: dict[str, float] = dict.fromkeys(roots, 0.0)
        self.peak_total = 0.0
        self.phase_cpu: dict[str, dict[str, float]] = {}
        self._cpu_at: dict[str, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="memory-sampler", daemon=True)

    def __enter__(self) -> MemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def sample(self) -> None:
        kids = _children()
        total = 0.0
        for name, pid in self.roots.items():
            mb = tree_rss_mb(pid, kids)
            self.peak[name] = max(self.peak[name], mb)
            total += mb
        self.peak_total = max(self.peak_total, total)

    def cpu_seconds(self) -> dict[str, float]:
        kids = _children()
        return {name: tree_cpu_seconds(pid, kids) for name, pid in self.roots.items()}

    def start_phase(self) -> None:
        self._cpu_at = self.cpu_seconds()

    def end_phase(self, phase: str) -> None:
        now = self.cpu_seconds()
        used = self.phase_cpu.setdefault(phase, dict.fromkeys(self.roots, 0.0))
        for name, seconds in now.items():
            used[name] += seconds - self._cpu_at.get(name, seconds)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(0.5)


# ------------------------------------------------------------------------------------ the stack


def start_stack(args: argparse.Namespace, var_dir: Path) -> tuple[Any, dict[str, int], Any]:
    """Our own stack on free ports; returns it, the process trees to watch, and the services."""
    from assistant.ops.stack import Stack
    from assistant.ops.training import ensure_model
    from assistant.settings import Settings

    services = None
    roots: dict[str, int] = {}
    overrides: dict[str, Any] = {
        "KT_VAR_DIR": var_dir,
        "KT_GATEWAY_PORT": free_port_run(1),
        "KT_RASA_PORT": free_port_run(args.rasa_servers),
        "RASA_TOKEN": secrets.token_urlsafe(16),
        "KT_ACTIONS_TOKEN": secrets.token_urlsafe(16),
        "KT_RASA_SERVERS": args.rasa_servers,
        "KT_GATEWAY_WORKERS": args.workers,
        "KT_EXPOSE_RASA_SERVER": True,
    }
    if args.services:
        from bench.services import Services

        services = Services(var_dir / "services")
        services.start()
        overrides.update(
            DATABASE_URL=services.database_url("gateway"),
            RASA_TRACKER_URL=services.database_url("rasa"),
            REDIS_URL=services.redis_url,
        )
        roots.update(services.pids())
    settings = Settings(**overrides)
    stack = Stack(settings, log=_log)
    started = time.monotonic()
    try:
        model = Path(args.model) if args.model else ensure_model(settings, log=_log)
        stack.start_rasa(model)
        stack.start_gateway()
        stack.wait_ready(timeout=300)
    except BaseException:
        stack.stop()
        if services:
            services.stop()
        raise
    _log(f"stack ready in {time.monotonic() - started:.1f} s (model {model.name})")
    roots.update({name: proc.pid for name, proc in stack.procs.items()})
    return stack, roots, services


def free_port_run(count: int) -> int:
    """A first port with `count` free ports after it, below the kernel's range for outgoing
    connections (32768 and up here): Rasa binds its port only after loading its model, tens of
    seconds later, and a port from that range may meanwhile be taken by any outgoing connection."""
    rng = random.Random()
    for _ in range(200):
        first = rng.randrange(20_000, 32_000 - count)
        if all(_port_free(first + i) for i in range(count)):
            return first
    raise RuntimeError("no run of free ports")


def _port_free(port: int) -> bool:
    import socket

    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _log(message: str) -> None:
    print(f"# {message}", flush=True)

"""`make run`'s launcher: starts both servers, says when ready, and stops both on SIGTERM."""

from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from assistant.ops.stack import free_port
from assistant.settings import ROOT

pytestmark = pytest.mark.stack


def children_of(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def launch(tmp_path: Path, gateway_port: int, **extra: str) -> subprocess.Popen[str]:
    """`python -m assistant.ops.launcher run` on its own ports, database and var folder."""
    env = dict(
        os.environ,
        KT_VAR_DIR=str(tmp_path),
        KT_GATEWAY_PORT=str(gateway_port),
        KT_RASA_PORT=str(free_port()),
        DATABASE_URL=f"sqlite:///{tmp_path / 'kt.db'}",
        RASA_TOKEN=secrets.token_urlsafe(16),
        **extra,
    )
    return subprocess.Popen(
        [sys.executable, "-m", "assistant.ops.launcher", "run"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def until_ready(proc: subprocess.Popen[str], seconds: float) -> str:
    """What the launcher printed up to "Press Ctrl-C to stop" (or until it stopped printing)."""
    assert proc.stdout is not None
    lines: list[str] = []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        lines.append(line)
        if "Press Ctrl-C to stop" in line:
            break
    return "".join(lines)


def test_run_prints_progress_serves_and_stops_both_servers_on_sigterm(tmp_path):
    gateway_port = free_port()
    proc = launch(tmp_path, gateway_port)
    try:
        output = until_ready(proc, 300)
        assert "Starting Rasa" in output and "Ready in" in output, output
        assert f"http://127.0.0.1:{gateway_port}/" in output
        servers = children_of(proc.pid)
        assert len(servers) == 2, output
        reply = httpx.post(
            f"http://127.0.0.1:{gateway_port}/api/chat", json={"text": "hello"}, timeout=30
        )
        assert reply.json()["state"]["asking"] == "consent"

        proc.send_signal(signal.SIGTERM)
        assert proc.wait(60) == 0
        rest = proc.stdout.read()
        assert "Stopped." in rest
        time.sleep(0.5)
        assert not [pid for pid in servers if alive(pid)]
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
        if proc.stdout is not None:
            proc.stdout.close()


def test_run_fits_the_safety_classifier_before_the_gateway_takes_a_message(tmp_path):
    """On a fresh machine the first message must not wait a minute for the classifier's fit."""
    models = tmp_path / "models"
    models.mkdir()
    for tarball in (ROOT / "models").glob("*.tar.gz"):
        os.link(tarball, models / tarball.name)  # the dialogue model only: no safety fit here
    proc = launch(tmp_path, free_port(), KT_MODELS_DIR=str(models))
    try:
        output = until_ready(proc, 480)
        assert "Ready in" in output, output
        assert list((models / "safety").glob("model-*.joblib")), output
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
        if proc.stdout is not None:
            proc.stdout.close()

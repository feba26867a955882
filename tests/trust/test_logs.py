"""Logs carry no message text, names or phone numbers: a whole journey through POST /api/chat and
an SMS exchange on the real stack, then every log line of both servers is searched for them."""

from __future__ import annotations

import json
import logging
import os
import subprocess
from pathlib import Path

import httpx
import pytest

from assistant.ops.rasa_config import RASA_VENV, rasa_logging_env, write_rasa_logging
from assistant.ops.stack import Stack
from assistant.rasa_side import log_privacy
from assistant.settings import ROOT, Settings
from tests.e2e.test_journey import ANSWERS, Person
from tests.support.sms import sms_gateway, sms_turn

NAME = "Zephyrine"
PHONE = "+447700900987"
# what the person types, by the question being asked: distinctive words to search the logs for
WORDS = {
    "preferred_name": f"call me {NAME}",
    "admired_qualities": "people say im patient and brilliant with marmosets",
    "typical_week": "I volunteer at the quokka sanctuary on thursdays and knit on sundays",
    "important_to": "my tortoise Bartholomew and the allotment",
    "dreams": "I'd love to learn the harpsichord",
}
NEEDLES = [NAME, "marmosets", "quokka", "Bartholomew", "harpsichord", PHONE, PHONE[1:], "900987"]


def log_files(stack: Stack) -> list[Path]:
    return sorted(p for p in stack.settings.var_dir.rglob("*.log") if p.is_file())


@pytest.mark.stack
def test_no_words_names_or_numbers_in_either_servers_logs(stack: Stack):
    with httpx.Client(base_url=stack.gateway_url, timeout=60) as http:
        person = Person(http)
        person.say("hello")
        answers = {**ANSWERS, **WORDS}
        for _ in range(40):
            if person.asking is None:
                break
            assert person.asking in answers, person.text()
            person.say(answers[person.asking])
        assert person.replies[-1]["state"]["plan_ready"] is True
        profile = person.profile()
        assert profile["preferred_name"] == NAME  # the words did reach the assistant
        link = person.replies[-1]["messages"][0]["links"][0]["url"]
        assert http.get(link).status_code == 200  # the plan page, with its key in the address
    with sms_gateway(stack) as sms:
        assert sms_turn(sms, PHONE, "hello").status == 200
        assert sms_turn(sms, PHONE, "yes").status == 200
        assert sms_turn(sms, PHONE, f"call me {NAME} the quokka keeper").status == 200

    files = log_files(stack)
    names = {p.name for p in files}
    assert {"rasa.log", "gateway.log"} <= names, names
    everything = "\n".join(p.read_text(errors="replace") for p in files)
    assert "Rasa server is up" in everything  # these are the running servers' logs
    found = [needle for needle in NEEDLES if needle.lower() in everything.lower()]
    assert found == [], f"personal data in the logs: {found}"


# --- the pieces, without the stack ----------------------------------------------------------

INTERPOLATOR_LINE = json.dumps(
    {
        "response": '/inform{"choice": "direct_payment"}',
        "placeholder_key": '"choice": "direct_payment"',
        "event": "interpolator.interpolate.text",
        "level": "error",
        "exception": [
            {
                "exc_type": "KeyError",
                "exc_value": "KeyError('x')",
                "frames": [{"name": "interpolate_text", "locals": {"values": f"'{NAME}'"}}],
            }
        ],
    }
)


def test_rasa_structured_lines_lose_their_personal_values():
    line = log_privacy.redact_json_line(INTERPOLATOR_LINE)
    assert NAME not in line and "direct_payment" not in line
    data = json.loads(line)
    assert data["event"] == "interpolator.interpolate.text" and data["level"] == "error"
    assert data["exception"][0]["exc_type"] == "KeyError"
    assert data["exception"][0]["frames"][0]["locals"] == log_privacy.REDACTED
    rest = json.dumps({"event": "rest.message.received.failure", "text": f"I am {NAME}"})
    assert NAME not in log_privacy.redact_json_line(rest)
    assert log_privacy.redact_json_line("Rasa server is up") == "Rasa server is up"


def test_rasa_python_applies_the_logging_config(tmp_path: Path):
    """Rasa's own Python (3.10) imports the filter from the config the launcher writes."""
    python = RASA_VENV / "bin" / "python"
    if not python.exists():
        pytest.skip("no Rasa environment")
    config = write_rasa_logging(tmp_path / "rasa_logging.yml")
    env = {**os.environ, **rasa_logging_env(Settings(), dict(os.environ))}
    code = (
        "import logging, logging.config, sys, yaml\n"
        f"logging.config.dictConfig(yaml.safe_load(open({str(config)!r})))\n"
        "logging.basicConfig(stream=sys.stdout, format='%(message)s')\n"
        f"logging.getLogger('rasa.core.nlg.interpolator').error({INTERPOLATOR_LINE!r})\n"
    )
    out = subprocess.run(
        [str(python), "-c", code], env=env, cwd="/", capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert "interpolator.interpolate.text" in out.stdout and NAME not in out.stdout


def test_rasa_is_started_at_info_even_when_the_environment_says_debug(monkeypatch):
    monkeypatch.setenv("LOG_LEVEL", "DEBUG")
    monkeypatch.delenv("KT_RASA_LOG_LEVEL", raising=False)
    env = rasa_logging_env(Settings(), {"LOG_LEVEL": "DEBUG", "PYTHONPATH": "/elsewhere"})
    assert env["LOG_LEVEL"] == "INFO"
    assert env["PYTHONPATH"].split(os.pathsep) == [str(ROOT), "/elsewhere"]
    monkeypatch.setenv("KT_RASA_LOG_LEVEL", "WARNING")
    assert rasa_logging_env(Settings(), {})["LOG_LEVEL"] == "WARNING"


def test_launcher_starts_rasa_with_the_logging_config(tmp_path: Path, monkeypatch):
    spawned: dict[str, list[str]] = {}
    stack = Stack(Settings(KT_VAR_DIR=tmp_path), log=lambda _m: None)  # type: ignore[call-arg]
    monkeypatch.setattr(stack, "_spawn", lambda name, cmd, env: spawned.update({name: cmd}))
    stack.start_rasa(tmp_path / "model.tar.gz")
    cmd = spawned["rasa"]
    assert cmd[cmd.index("--logging-config-file") + 1] == str(tmp_path / "rasa_logging.yml")
    assert "-v" not in cmd and "-vv" not in cmd and "--debug" not in cmd


@pytest.mark.parametrize(
    ("path", "logged"),
    [
        ("/plans/abc?key=SECRETKEY", "/plans/abc?…"),
        ("/api/sessions/SECRETTOKEN/export", "/api/sessions/…/export"),
        ("/api/sessions/SECRETTOKEN", "/api/sessions/…"),
        ("/api/chat", "/api/chat"),
    ],
)
def test_access_log_lines_lose_keys_and_tokens(path: str, logged: str, caplog):
    log_privacy.redact_access_log()
    with caplog.at_level(logging.INFO, logger="uvicorn.access"):
        logging.getLogger("uvicorn.access").info(
            '%s - "%s %s HTTP/%s" %d', "127.0.0.1:5000", "GET", path, "1.1", 200
        )
    assert caplog.messages == [f'127.0.0.1:5000 - "GET {logged} HTTP/1.1" 200']
    assert "SECRET" not in caplog.text

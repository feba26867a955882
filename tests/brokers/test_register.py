"""The register: the sample seed and the `python -m assistant.brokers` command."""

from __future__ import annotations

import io
import sys

import pytest

from assistant.brokers import __main__ as cli
from assistant.brokers import register
from assistant.brokers.vocabulary import SPECIALISMS


def test_the_sample_register_is_realistic_and_valid():
    entries = register.load_seed()
    accredited = [e for e in entries if e["status"] == "accredited"]
    assert len(accredited) >= 12
    assert len({e["handle"] for e in entries}) == len(entries)
    for e in entries:
        assert set(e["specialisms"]) <= set(SPECIALISMS), e["handle"]
        assert e["email"].endswith("@example.org")
        assert e["areas"] and e["languages"] and e["hourly_fee"] > 0
    assert any(e["conflict_of_interest"] for e in entries)
    assert any(e["conflict_of_interest"] is None for e in entries)
    covered = {s for e in accredited for s in e["specialisms"]}
    assert covered == set(SPECIALISMS)  # every specialism has someone


def test_the_command_manages_the_register(tmp_path, capsys, monkeypatch):
    url = f"sqlite:///{tmp_path / 'cli.db'}"

    def run(*argv: str) -> int:
        return cli.run(list(argv), database_url=url)

    assert run("seed") == 0
    assert "14 added, 0 updated" in capsys.readouterr().out
    assert run("seed") == 0
    assert "0 added, 14 updated" in capsys.readouterr().out
    assert run("list") == 0
    listed = capsys.readouterr().out.splitlines()
    assert len(listed) == 13 and not any("peter-greaves" in line for line in listed)
    assert run("list", "--all") == 0
    assert len(capsys.readouterr().out.splitlines()) == 14

    assert (
        run(
            "add",
            "sam-test",
            "--name",
            "Sam Test",
            "--email",
            "Sam@Example.org",
            "--specialisms",
            "housing,mental health",
            "--fee",
            "30.50",
            "--areas",
            "Kent, Medway",
            "--languages",
            "English",
        )
        == 0
    )
    assert run("update", "sam-test", "--fee", "32", "--conflict", "Works for a provider.") == 0
    capsys.readouterr()
    assert run("list") == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("sam-test"))
    assert "£32.00/h" in line and "housing, mental health" in line
    assert "conflict: Works for a provider." in line

    monkeypatch.setattr(sys, "stdin", io.StringIO("a long enough password\n"))
    assert run("set-password", "sam-test", "--stdin") == 0
    monkeypatch.setattr(sys, "stdin", io.StringIO("short\n"))
    assert run("set-password", "sam-test", "--stdin") == 2
    assert "at least 12" in capsys.readouterr().err

    assert run("disaccredit", "sam-test", "--reason", "test") == 0
    capsys.readouterr()
    assert run("list") == 0
    assert "sam-test" not in capsys.readouterr().out

    assert run("add", "bad", "--name", "B", "--email", "b@example.org",
               "--specialisms", "astrology", "--fee", "3") == 2  # fmt: skip
    assert "unknown specialism" in capsys.readouterr().err
    assert run("update", "nobody", "--fee", "3") == 2
    assert run("add", "sam-test", "--name", "S", "--email", "s@example.org",
               "--specialisms", "housing", "--fee", "3") == 2  # fmt: skip
    with pytest.raises(SystemExit):
        run("frobnicate")

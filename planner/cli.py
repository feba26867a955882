"""Command line: draft a plan from a profile file.

    python -m planner draft PROFILE.json --format json|html|text|sms [--rates FILE]
        [--directory SNAPSHOT.json] [--plan-id ID] [--created-at 2026-05-01T09:00:00Z]

`--directory`: a snapshot of the council's directory of local services (planner.directory;
`python -m assistant.directory snapshot` prints one).

Prints the plan to stdout. Exit codes: 0 done; 2 the profile, the rate card or the arguments
are not valid (each bad field is named on stderr). This is the boundary, so it is the one
place that reads the clock (for `created_at`, unless given) and makes a random plan id.
"""

from __future__ import annotations

import argparse
import json
import sys
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from pydantic import ValidationError

from planner.directory import Directory
from planner.draft import draft_plan
from planner.models import Profile, describe_errors
from planner.rates import RateCardError, load_rate_card
from planner.render import render_html, render_json, render_sms, render_text

__all__ = ["main"]

_RENDERERS = {"json": render_json, "html": render_html, "text": render_text, "sms": render_sms}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m planner", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    draft = commands.add_parser("draft", help="draft a plan from a profile JSON file")
    draft.add_argument("profile", help="the profile, as JSON (CONTRACT.md section 3)")
    draft.add_argument("--format", choices=sorted(_RENDERERS), default="json")
    draft.add_argument(
        "--rates",
        help="a council's rate card (YAML): any figures it gives "
        "replace the packaged England figures",
    )
    draft.add_argument(
        "--directory",
        help="a snapshot of the council's directory of local services (JSON), "
        "so options name real local services",
    )
    draft.add_argument("--plan-id", default=None)
    draft.add_argument("--created-at", default=None, help="ISO 8601 time with a time zone")
    return parser


def _fail(stderr: TextIO, lines: Sequence[str]) -> int:
    for line in lines:
        print(line, file=stderr)
    return 2


def main(
    argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    """Run the command line; returns the exit code."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    path = Path(args.profile)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        return _fail(err, [f"cannot read {path}: {exc.strerror}"])
    except json.JSONDecodeError as exc:
        return _fail(err, [f"{path} is not valid JSON: {exc.msg} (line {exc.lineno})"])
    try:
        profile = Profile.model_validate(data)
    except ValidationError as exc:
        return _fail(err, [f"{path}: the profile is not valid:", *describe_errors(exc)])
    try:
        rates = load_rate_card(overrides=args.rates) if args.rates else load_rate_card()
    except (OSError, RateCardError) as exc:
        return _fail(err, [f"rate card: {exc}"])
    directory = None
    if args.directory:
        where = Path(args.directory)
        try:
            directory = Directory.model_validate_json(where.read_bytes())
        except OSError as exc:
            return _fail(err, [f"cannot read {where}: {exc.strerror}"])
        except ValidationError as exc:
            return _fail(err, [f"{where}: the directory is not valid:", *describe_errors(exc)])
    try:
        created = (
            datetime.fromisoformat(args.created_at)
            if args.created_at
            else datetime.now(UTC).replace(microsecond=0)
        )
        if created.tzinfo is None:
            raise ValueError("it needs a time zone, such as Z")
    except ValueError as exc:
        return _fail(err, [f"--created-at is not a valid time: {exc}"])
    plan = draft_plan(
        profile,
        rates,
        plan_id=args.plan_id or uuid.uuid4().hex,
        created_at=created,
        directory=directory,
    )
    text = _RENDERERS[args.format](plan)
    out.write(text if text.endswith("\n") else text + "\n")
    return 0

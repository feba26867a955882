"""`python -m assistant.directory sync|snapshot|gaps`.

    sync [--url URL] [--council NAME] [--sample]
        read the feed into a new snapshot (KT_DIRECTORY_URL unless --url; --sample serves the
        fictional Fernvale feed on 127.0.0.1 for the length of the command and reads it over
        HTTP). Exit 0: updated; 1: the feed failed and the last snapshot stays in use.
    snapshot
        print the snapshot in use as JSON (the planner's shape: `python -m planner draft
        PROFILE.json --directory SNAPSHOT.json` reads it); its age goes to stderr. Exit 1: none.
    gaps [--min-count 3]
        anonymised counts of needs and dreams the directory had nothing for (JSON).

Exit code 2: a bad argument, or no feed to read.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Iterator, Sequence
from typing import TextIO

from sqlalchemy.engine import Engine

from assistant.directory import store
from assistant.directory.gaps import MIN_COUNT, gaps_report
from assistant.directory.sync import age_words, sync
from assistant.settings import SAMPLE_COUNCIL, Settings, get_settings
from assistant.storage.db import make_engine, migrate
from assistant.storage.models import utcnow

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m assistant.directory")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("sync", help="read the council's feed into a new snapshot")
    run.add_argument("--url", default="", help="the feed's base URL (default KT_DIRECTORY_URL)")
    run.add_argument("--council", default="", help="the council's name, as people know it")
    run.add_argument(
        "--sample", action="store_true", help="read the fictional Fernvale sample feed"
    )
    commands.add_parser("snapshot", help="print the snapshot in use as JSON")
    gaps = commands.add_parser("gaps", help="anonymised counts of what is missing locally")
    gaps.add_argument("--min-count", type=int, default=MIN_COUNT)
    return parser


def _engine(settings: Settings) -> Engine:
    url = settings.effective_database_url
    migrate(url)
    return make_engine(url)


@contextlib.contextmanager
def _sample_feed() -> Iterator[str]:
    from assistant.directory.server import create_directory_app, served

    with served(create_directory_app()) as url:
        yield url


def main(
    argv: Sequence[str] | None = None,
    *,
    settings: Settings | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    out, err = stdout or sys.stdout, stderr or sys.stderr
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    settings = settings or get_settings()
    engine = _engine(settings)
    try:
        if args.command == "sync":
            return _sync(args, settings, engine, out)
        if args.command == "snapshot":
            directory = store.current_directory(engine)
            if directory is None:
                print("There is no snapshot yet. Run: python -m assistant.directory sync", file=err)
                return 1
            age = age_words(utcnow() - directory.fetched_at)
            print(
                f"{len(directory.services)} services from {directory.source}, fetched {age} ago.",
                file=err,
            )
            out.write(directory.model_dump_json(indent=2) + "\n")
            return 0
        if args.min_count < 1:
            print("--min-count must be 1 or more", file=err)
            return 2
        out.write(json.dumps(gaps_report(engine, min_count=args.min_count), indent=2) + "\n")
        return 0
    finally:
        engine.dispose()


def _sync(args: argparse.Namespace, settings: Settings, engine: Engine, out: TextIO) -> int:
    if args.sample:
        with _sample_feed() as url:
            outcome = sync(
                engine,
                url=url,
                council=args.council or SAMPLE_COUNCIL,
                per_second=settings.directory_requests_per_second,
            )
    else:
        url = args.url or settings.directory_url
        if not url:
            out.write("No feed to read: give --url, set KT_DIRECTORY_URL, or use --sample.\n")
            return 2
        outcome = sync(
            engine,
            url=url,
            council=args.council or settings.directory_council,
            per_second=settings.directory_requests_per_second,
        )
    out.write(outcome.message + "\n")
    return 0 if outcome.ok else 1

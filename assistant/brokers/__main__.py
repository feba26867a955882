"""Manage the broker register from the command line.

    python -m assistant.brokers seed [--file register.yaml]
    python -m assistant.brokers list [--all]
    python -m assistant.brokers add HANDLE --name N --email E --specialisms a,b --fee 40
                                      [--areas A,B] [--languages L,M] [--conflict TEXT]
                                      [--about TEXT] [--accredited-on YYYY-MM-DD]
    python -m assistant.brokers update HANDLE [same options as add, all optional]
    python -m assistant.brokers disaccredit HANDLE [--reason TEXT]
    python -m assistant.brokers accredit HANDLE
    python -m assistant.brokers set-password HANDLE      (asks twice, or reads one line
                                                          from stdin with --stdin)

Uses the gateway's database (DATABASE_URL, or var/kitchen_table.db) and migrates it first.
Exit code 2 with a plain message when something is wrong.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from sqlmodel import Session

from assistant.brokers import auth, register
from assistant.brokers.presentation import fee_text
from assistant.brokers.vocabulary import label_for
from assistant.settings import get_settings
from assistant.storage.db import make_engine, migrate


def _options(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument("handle")
    parser.add_argument("--name", required=required)
    parser.add_argument("--email", required=required)
    parser.add_argument("--specialisms", required=required, help="comma-separated codes")
    parser.add_argument("--fee", required=required, help="hourly fee in pounds, e.g. 40.00")
    parser.add_argument("--areas")
    parser.add_argument("--languages")
    parser.add_argument("--conflict", help='conflict of interest in plain words, or "none"')
    parser.add_argument("--about")
    parser.add_argument("--accredited-on")


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m assistant.brokers", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)
    s = sub.add_parser("seed", help="add or refresh brokers from a YAML file")
    s.add_argument("--file", type=Path, default=register.SEED_FILE)
    s = sub.add_parser("list", help="list accredited brokers")
    s.add_argument("--all", action="store_true", help="include disaccredited brokers")
    _options(sub.add_parser("add", help="add a broker"), required=True)
    _options(sub.add_parser("update", help="change a broker's details"), required=False)
    s = sub.add_parser("disaccredit", help="take a broker off the register at once")
    s.add_argument("handle")
    s.add_argument("--reason", default="")
    s = sub.add_parser("accredit", help="put a broker back on the register")
    s.add_argument("handle")
    s = sub.add_parser("set-password", help="set a broker's sign-in password")
    s.add_argument("handle")
    s.add_argument("--stdin", action="store_true", help="read the password from stdin")
    return p


def _values(args: argparse.Namespace) -> dict[str, Any]:
    values = {
        "name": args.name,
        "email": args.email,
        "specialisms": args.specialisms,
        "hourly_fee": args.fee,
        "areas": args.areas,
        "languages": args.languages,
        "about": args.about,
        "accredited_on": args.accredited_on,
    }
    if args.conflict is not None:
        values["conflict_of_interest"] = args.conflict
    return {k: v for k, v in values.items() if v is not None or k == "conflict_of_interest"}


def _password(args: argparse.Namespace) -> str:
    if args.stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("New password: ")
    if getpass.getpass("Again: ") != first:
        raise register.RegisterError("the two passwords are not the same")
    return first


def run(argv: list[str] | None = None, *, database_url: str | None = None) -> int:
    args = parser().parse_args(argv)
    url = database_url or get_settings().effective_database_url
    migrate(url)
    engine = make_engine(url)
    try:
        with Session(engine) as db:
            return _run(db, args)
    except (register.RegisterError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    finally:
        engine.dispose()


def _run(db: Session, args: argparse.Namespace) -> int:
    if args.command == "seed":
        added, updated = register.seed(db, args.file)
        print(f"{added} added, {updated} updated from {args.file}")
    elif args.command == "list":
        for b in register.listing(db, include_all=args.all):
            conflict = b.conflict_of_interest or "none"
            print(
                f"{b.handle:<18} {b.status:<14} {fee_text(b.hourly_fee_pence):>8}/h  {b.name}; "
                f"{', '.join(label_for(s) for s in b.specialisms)}; "
                f"{', '.join(b.areas)}; conflict: {conflict}"
            )
    elif args.command == "add":
        b = register.add(db, handle=args.handle, **_values(args))
        print(f"added {b.handle} ({b.name})")
    elif args.command == "update":
        b = register.update(db, handle=args.handle, **_values(args))
        print(f"updated {b.handle}")
    elif args.command == "disaccredit":
        b = register.disaccredit(db, handle=args.handle, reason=args.reason)
        print(f"{b.handle} is disaccredited: sessions and shares ended")
    elif args.command == "accredit":
        b = register.accredit(db, handle=args.handle)
        print(f"{b.handle} is accredited")
    elif args.command == "set-password":
        b = register.find(db, args.handle)
        auth.set_password(db, broker=b, password=_password(args))
        auth.end_sessions(db, broker=b)
        print(f"password set for {b.handle}")
    return 0


if __name__ == "__main__":
    sys.exit(run())

"""`python -m assistant.directory sync|snapshot|gaps`, and the planner reading the snapshot."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime

from assistant.directory.cli import main
from assistant.directory.server import create_directory_app, served
from planner.cli import main as planner_main
from planner.directory import Directory
from tests.conftest import make_settings

PROFILE = "tests/planner/profiles/carer_for_mother.json"


def _settings(folder):
    return make_settings(folder, KT_DIRECTORY_REQUESTS_PER_SECOND=100)


def _run(argv, settings):
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, settings=settings, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_sync_then_snapshot_then_draft_with_it(tmp_path, feed):
    settings = _settings(tmp_path)
    code, out, _ = _run(["sync", "--url", feed, "--council", "Fernvale County Council"], settings)
    assert code == 0 and "64 services in use from 66 listed" in out
    code, out, err = _run(["snapshot"], settings)
    assert code == 0 and "fetched less than a minute ago" in err
    directory = Directory.model_validate_json(out)
    assert len(directory.services) == 64
    path = tmp_path / "snapshot.json"
    path.write_text(out, encoding="utf-8")
    plan_out = io.StringIO()
    code = planner_main(
        ["draft", PROFILE, "--directory", str(path), "--plan-id", "p", "--created-at",
         datetime(2026, 5, 1, tzinfo=UTC).isoformat()],
        stdout=plan_out, stderr=io.StringIO(),
    )  # fmt: skip
    plan = json.loads(plan_out.getvalue())
    assert code == 0 and plan["local_services"]["council"] == "Fernvale County Council"
    local = [o for s in plan["supports"] for o in s["options"] if o.get("source") == "directory"]
    assert any(o["name"] == "Fernvale Memory Cafe" for o in local)


def test_a_failed_sync_exits_1_and_keeps_the_snapshot(tmp_path, feed):
    settings = _settings(tmp_path)
    assert _run(["sync", "--url", feed], settings)[0] == 0
    with served(create_directory_app()) as gone:
        pass
    code, out, _ = _run(["sync", "--url", gone], settings)
    assert code == 1 and "Still using the copy from" in out
    assert _run(["snapshot"], settings)[0] == 0


def test_no_feed_and_no_snapshot(tmp_path):
    settings = _settings(tmp_path)
    code, out, _ = _run(["sync"], settings)
    assert code == 2 and "KT_DIRECTORY_URL" in out
    code, _, err = _run(["snapshot"], settings)
    assert code == 1 and "no snapshot yet" in err


def test_a_bad_directory_file_for_the_planner_exits_2(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"council": "x", "services": []}', encoding="utf-8")
    err = io.StringIO()
    code = planner_main(["draft", PROFILE, "--directory", str(path)], stdout=io.StringIO(),
                        stderr=err)  # fmt: skip
    assert code == 2 and "fetched_at" in err.getvalue()

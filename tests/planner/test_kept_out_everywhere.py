"""A person named in a safeguarding or crisis concern appears nowhere a person reads (issue
16, tenth session, second round): not helping decide, doing a task, as a back-up, offered a
carer's assessment, a contact, someone paid, nor in any quoted words or reason. Every plan we
have (the fixtures, the broker development set, panels 1 to 7) is drafted and rendered as text,
as the printable page and as text messages, and each line is searched for the person's name.

Who must be kept out comes from two places: the panel's own list for a profile with such a
concern (written by the panel, not by the planner), and whoever the planner itself kept out."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from html import unescape
from pathlib import Path
from typing import Any

import pytest

from planner import draft_plan, load_rate_card
from planner.render import plan_to_dict, render_html, render_sms, render_text

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = [ROOT / "tests" / "heldout" / f"panel{n}" for n in ("", "2", "3", "4", "5", "6", "7")]
FOLDERS.append(ROOT / "tests" / "planner" / "broker_dev")
FIXTURES = ROOT / "tests" / "planner" / "profiles"
WORRIES = {"safeguarding", "crisis"}
# names that are also everyday words are searched for with their capital only
EVERYDAY = {"will", "may", "mark", "pat", "rose", "june", "dawn", "grace", "hope", "joy"}
TITLES = {"auntie", "aunty", "aunt", "uncle", "nan", "gran", "mr", "mrs", "ms", "miss"}


def _cases() -> list[tuple[str, dict[str, Any], list[str]]]:
    cases = []
    for folder in FOLDERS:
        for path in sorted((folder / "profiles").glob("*.json")):
            profile = json.loads(path.read_text(encoding="utf-8"))
            verdict = json.loads((folder / "verdicts" / path.name).read_text(encoding="utf-8"))
            worried = any(c.get("code") in WORRIES for c in profile.get("concerns") or [])
            named = verdict.get("must_not_name_as_helper") or [] if worried else []
            cases.append((path.stem, profile, list(named)))
    for path in sorted(FIXTURES.glob("*.json")):
        cases.append((path.stem, json.loads(path.read_text(encoding="utf-8")), []))
    return cases


CASES = _cases()


def _forms(name: str) -> list[str]:
    forms = {name.split(" (")[0].strip()}
    forms |= set(re.findall(r"\(([A-Z][^)]*)\)", name))
    for form in list(forms):
        words = [w for w in form.split() if w.lower() not in TITLES]
        if words:
            forms.add(words[0])
    return [f for f in forms if len(f) >= 2]


def _readable(plan: Any) -> str:
    html = re.sub(r"<[^>]+>", " ", unescape(render_html(plan)))
    data = plan_to_dict(plan)
    data["safeguarding"].pop("kept_out", None)  # the names, kept on purpose for the checks
    return "\n".join([render_text(plan), html, render_sms(plan), json.dumps(data)])


def _lines_naming(text: str, name: str) -> list[str]:
    found = []
    for form in _forms(name):
        flags = 0 if form.lower() in EVERYDAY else re.IGNORECASE
        word = re.compile(rf"\b{re.escape(form)}\b", flags)
        found += [line.strip()[:120] for line in text.splitlines() if word.search(line)]
    return found


def test_there_are_plans_with_people_to_keep_out() -> None:
    assert len(CASES) >= 300
    assert sum(bool(named) for _, _, named in CASES) >= 30


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_nobody_named_in_a_concern_appears_in_any_line_a_person_reads(case: Any) -> None:
    _, profile, named = case
    plan = draft_plan(
        profile, load_rate_card(), plan_id="p", created_at=datetime(2026, 12, 1, tzinfo=UTC)
    )
    assert set(named) <= set(plan.safeguarding.kept_out)  # the planner finds them itself
    text = _readable(plan)
    for name in {*named, *plan.safeguarding.kept_out}:
        assert _lines_naming(text, name) == [], name

"""Comments and suggestions: the broker suggests, the person decides, the planner recomputes."""

from __future__ import annotations

from sqlmodel import select

from assistant.brokers.models import Suggestion
from assistant.storage import store
from assistant.storage.models import ChatSession
from planner import Plan, check_plan
from tests.brokers.conftest import (
    Gateway,
    Person,
    csrf_of,
    make_person,
    open_as_person,
    profile,
    share_with,
    signed_in_broker,
)


def _suggest(gw: Gateway, who: Person, handle: str, data: dict[str, str]) -> Suggestion:
    share_id = share_with(gw, who, handle)
    client, _broker = signed_in_broker(gw, handle)
    page = client.get(f"/review/shares/{share_id}")
    r = client.post(
        f"/review/shares/{share_id}/suggestions",
        data={"csrf": csrf_of(page.text), **data},
        follow_redirects=False,
    )
    assert r.status_code == 303, r.text
    with gw.db() as db:
        suggestion = db.exec(select(Suggestion).order_by(Suggestion.id.desc())).first()  # type: ignore[union-attr]
        db.expunge(suggestion)
        return suggestion


def _decide(gw: Gateway, who: Person, suggestion: Suggestion, decision: str):
    page = gw.client.get(who.url)
    assert f'id="s-{suggestion.public_id}"' in page.text
    return gw.client.post(
        f"{who.url}/suggestions/{suggestion.public_id}/{decision}",
        data={"csrf": csrf_of(page.text)},
        follow_redirects=False,
    )


def _versions(gw: Gateway, who: Person):
    with gw.db() as db:
        chat = db.get(ChatSession, who.chat.id)
        return store.plan_versions(db, chat=chat)


def _audit(gw: Gateway, who: Person) -> list[str]:
    export = gw.client.get(f"/api/sessions/{who.token}/export").json()
    return [e["action"] for e in export["audit"]]


def test_accepting_new_wording_makes_a_new_version_that_still_checks(gw, person):
    wording = "I want my own space, football on Saturdays and my drama group."
    s = _suggest(
        gw,
        person,
        "amara-okafor",
        {"section": "important_to_me", "text": wording, "reason": "Shorter and in your words."},
    )
    assert len(_versions(gw, person)) == 1  # a broker never changes the plan
    r = _decide(gw, person, s, "accept")
    assert r.status_code == 303
    versions = _versions(gw, person)
    assert [v.version for v in versions] == [1, 2]
    new = versions[-1]
    assert new.decided_by == "person" and new.reason == f"accepted suggestion {s.public_id}"
    plan = Plan.model_validate(new.data)
    assert check_plan(plan) == []
    assert plan.sections[0].text == wording
    assert new.data["costs"] == versions[0].data["costs"]
    page = gw.client.get(person.url).text
    assert "Version 2 of 2" in page and "Accepted: made version 2." in page
    assert "suggestion_accepted" in _audit(gw, person)
    # the older version is still there
    assert gw.client.get(f"{person.url}?version=1").status_code == 200


def test_accepting_a_change_of_hours_recomputes_the_costs(gw, person):
    s = _suggest(
        gw,
        person,
        "amara-okafor",
        {"support": "s5", "hours": "42", "kind": "", "reason": "Start with fewer hours."},
    )
    # 50 PA hours: personal care, meals, getting out and two goals (the housework is a cleaner)
    assert s.change == {
        "from": {"kind": "personal_assistant", "hours_per_week": 50.0},
        "hours_per_week": 42.0,
    }
    assert _decide(gw, person, s, "accept").status_code == 303
    old, new = _versions(gw, person)
    plan = Plan.model_validate(new.data)
    assert check_plan(plan) == []
    pa = [x for x in plan.supports if x.kind == "personal_assistant"]
    assert [x.hours_per_week for x in pa] == [42.0]
    assert plan.costs.weekly_total < Plan.model_validate(old.data).costs.weekly_total
    with gw.db() as db:
        needs = store.get_profile(db, chat=person.chat)["support_needs"]
    # 10 + 14 + 20 + 6 = 50 hours of needs before; the 8 fewer hours are shared between them
    assert sum(n["hours_per_week"] or 0 for n in needs) == 50 - 8


def test_accepting_a_change_of_kind_redrafts_with_the_planner(gw: Gateway):
    who = make_person(gw, profile("older_person_morning_help"))
    s = _suggest(
        gw,
        who,
        "helen-marsh",
        {"support": "s3", "hours": "", "kind": "personal_assistant", "reason": "Same faces."},
    )
    assert _decide(gw, who, s, "accept").status_code == 303
    new = _versions(gw, who)[-1]
    plan = Plan.model_validate(new.data)
    assert check_plan(plan) == []
    assert [x.kind for x in plan.supports if x.kind in ("agency", "personal_assistant")] == [
        "personal_assistant"
    ]


def test_a_change_that_clashes_with_a_bottom_line_leaves_the_plan_as_it_was(gw, person):
    # Jamie's bottom line: no agency staff
    s = _suggest(
        gw, person, "amara-okafor", {"support": "s5", "kind": "agency", "reason": "Cover."}
    )
    r = _decide(gw, person, s, "accept")
    assert r.status_code == 409
    assert "bottom lines" in r.text
    assert len(_versions(gw, person)) == 1
    assert "suggestion_accepted" not in _audit(gw, person)


def test_declining_leaves_the_plan_as_it_was_and_is_audited(gw, person):
    s = _suggest(
        gw,
        person,
        "amara-okafor",
        {"section": "how_managed", "text": "Something else.", "reason": "Try it."},
    )
    before = gw.client.get(f"{person.url}?format=json").json()
    r = _decide(gw, person, s, "decline")
    assert r.status_code == 303
    assert len(_versions(gw, person)) == 1
    assert gw.client.get(f"{person.url}?format=json").json() == before
    assert "Declined. The plan stayed as it was." in gw.client.get(person.url).text
    assert "suggestion_declined" in _audit(gw, person)
    # a decision is made once
    assert _decide(gw, person, s, "accept").status_code == 409


def test_suggestions_and_comments_appear_on_the_persons_page_escaped(gw, person):
    share_id = share_with(gw, person, "amara-okafor")
    client, _broker = signed_in_broker(gw, "amara-okafor")
    token = csrf_of(client.get(f"/review/shares/{share_id}").text)
    client.post(
        f"/review/shares/{share_id}/comments",
        data={"csrf": token, "section": "how_supported", "text": "<script>x()</script> Good"},
    )
    client.post(
        f"/review/shares/{share_id}/comments",
        data={"csrf": token, "section": "plan", "text": "Well done overall."},
    )
    html = open_as_person(gw, person).text
    assert "&lt;script&gt;x()&lt;/script&gt; Good" in html and "<script" not in html
    assert "Comments on the whole plan" in html and "Well done overall." in html
    assert "Amara Okafor, broker" in html


def test_a_person_cannot_decide_someone_elses_suggestion(gw, person):
    s = _suggest(gw, person, "amara-okafor", {"section": "how_managed", "text": "X", "reason": "Y"})
    other = make_person(gw)
    client = gw.other_client()
    page = client.get(f"{other.url}?key={other.key}")
    r = client.post(
        f"{other.url}/suggestions/{s.public_id}/accept",
        data={"csrf": csrf_of(page.text)},
    )
    assert r.status_code == 404
    assert len(_versions(gw, person)) == 1


def test_the_export_holds_shares_reviews_decisions_and_the_audit_log(gw, person):
    s = _suggest(
        gw,
        person,
        "amara-okafor",
        {"section": "important_to_me", "text": "New words.", "reason": "Clearer."},
    )
    _decide(gw, person, s, "accept")
    export = gw.client.get(f"/api/sessions/{person.token}/export").json()
    assert [sh["broker"] for sh in export["shares"]] == ["Amara Okafor"]
    assert export["shares"][0]["status"] == "active"
    (review,) = export["reviews"]
    assert review["type"] == "suggestion" and review["decision"] == "accepted"
    assert review["result_version"] == 2 and review["reason"] == "Clearer."
    actions = [e["action"] for e in export["audit"]]
    for action in ("share_created", "plan_viewed", "suggestion_made", "suggestion_accepted"):
        assert action in actions
    assert {e["actor"] for e in export["audit"]} == {"person", "broker"}

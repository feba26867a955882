"""The chooser: three accredited brokers that fit the plan, in a random order fixed per plan."""

from __future__ import annotations

import random
import re

from assistant.brokers import register, service
from assistant.brokers.vocabulary import codes_for
from tests.brokers.conftest import make_person, profile


def test_the_chooser_shows_at_least_three_matching_brokers(gw, person):
    with gw.db() as db:
        chosen = service.choose_brokers(db, plan=person.record.data)
        assert len(chosen) == 3
        wanted = set(codes_for(person.record.data["broker"]["specialisms"]))
        assert wanted  # housing, learning disability, ...
        assert all(b.accredited for b in chosen)
        assert all(wanted & set(b.specialisms) for b in chosen)
        assert len({b.id for b in chosen}) == len(chosen)


def test_the_order_is_fixed_for_one_plan_and_varies_across_plans(gw, person):
    with gw.db() as db:
        again = {
            tuple(b.handle for b in service.choose_brokers(db, plan=person.record.data))
            for _ in range(10)
        }
        assert len(again) == 1  # the same three, in the same order, every time
        # other plans (another random plan id) meet other brokers, or the same in another order
        others = {
            tuple(
                b.handle
                for b in service.choose_brokers(
                    db, plan={**person.record.data, "plan_id": f"plan-{n}"}
                )
            )
            for n in range(12)
        }
        assert len(others) > 3
        seeded = {
            tuple(b.handle for b in service.choose_brokers(db, plan=person.record.data, rng=rng))
            for rng in (random.Random(n) for n in range(10))
        }
        assert len(seeded) > 1


def test_the_order_never_follows_the_fee(gw, person):
    with gw.db() as db:
        orders = [
            [b.hourly_fee_pence for b in service.choose_brokers(db, plan={"plan_id": f"p{n}"})]
            for n in range(30)
        ]
    rising = sum(1 for fees in orders if fees == sorted(fees))
    falling = sum(1 for fees in orders if fees == sorted(fees, reverse=True))
    assert rising < 15 and falling < 15  # about 1 in 6 each by chance, never all


def test_fewer_than_three_matches_are_filled_up_to_three(gw):
    who = make_person(gw, profile("mental_health_paid_work"))
    with gw.db() as db:
        wanted = set(codes_for(who.record.data["broker"]["specialisms"]))
        for b in register.listing(db):
            if wanted & set(b.specialisms) and b.handle != "grace-whitfield":
                register.disaccredit(db, handle=b.handle)
        for _ in range(5):
            chosen = service.choose_brokers(db, plan=who.record.data)
            assert len(chosen) == 3
            assert "grace-whitfield" in {b.handle for b in chosen}
            assert all(b.accredited for b in chosen)


def test_a_plan_without_specialisms_offers_any_accredited_brokers(gw):
    who = make_person(gw, profile("older_person_morning_help"))
    assert who.record.data["broker"]["specialisms"] == []
    with gw.db() as db:
        assert len(service.choose_brokers(db, plan=who.record.data)) >= 3


def test_the_page_shows_the_same_three_with_contact_fee_and_who_pays(gw, person):
    orders = set()
    for _ in range(4):
        html = gw.client.get(f"{person.url}?key={person.key}").text
        names = re.findall(r'<li class="kt-card">\s*<h4>([^<]+)</h4>', html)
        assert len(names) == 3
        orders.add(tuple(names))
    assert len(orders) == 1
    with gw.db() as db:
        chosen = service.choose_brokers(db, plan=person.record.data)
        assert tuple(b.name for b in chosen) in orders
        for b in chosen:
            assert b.phone and b.phone in html and b.email in html
    assert "an hour" in html and "Conflict of interest" in html and "Knows about" in html
    assert "Who pays the fee" in html and "Areas" in html
    assert "we do not rank them" in html


def test_sharing_asks_share_your_plan_with_name_before_it_happens(gw, person):
    from sqlmodel import select

    from assistant.brokers.models import PlanShare
    from tests.brokers.conftest import csrf_of, open_as_person

    page = open_as_person(gw, person)
    with gw.db() as db:
        broker = service.choose_brokers(db, plan=person.record.data)[0]
    data = {"csrf": csrf_of(page.text), "broker": broker.handle, "transcript": "yes"}
    asked = gw.client.post(f"{person.url}/shares", data=data, follow_redirects=False)
    assert asked.status_code == 200
    assert f"Share your plan with {broker.name}?" in asked.text
    assert "read our conversation too" in asked.text
    with gw.db() as db:
        assert db.exec(select(PlanShare)).all() == []  # nothing shared yet
    # the confirm form carries everything; "yes" shares
    fields = dict(re.findall(r'name="(\w+)" value="([^"]*)"', asked.text))
    assert fields["confirmed"] == "yes" and fields["transcript"] == "yes"
    done = gw.client.post(f"{person.url}/shares", data=fields, follow_redirects=False)
    assert done.status_code == 303
    with gw.db() as db:
        (made,) = db.exec(select(PlanShare)).all()
        assert made.transcript_shared and made.status == "active"


def test_the_chat_reply_lists_the_same_three_as_the_page_with_contact_and_who_pays(gw, person):
    from assistant.actions.plan import broker_offer

    html = gw.client.get(f"{person.url}?key={person.key}").text
    on_page = re.findall(r'<li class="kt-card">\s*<h4>([^<]+)</h4>', html)
    with gw.db() as db:
        offer = broker_offer(db, person.record.data, f"/plans/{person.plan_id}?key={person.key}")
        chosen = service.choose_brokers(db, plan=person.record.data)
    assert offer is not None
    lines = [line for line in offer["text"].splitlines() if line.startswith("- ")]
    assert [line[2:].split(":", 1)[0] for line in lines] == on_page
    for line, broker in zip(lines, chosen, strict=True):
        assert broker.phone in line and broker.email in line
        assert "an hour, " in line and "Covers " in line

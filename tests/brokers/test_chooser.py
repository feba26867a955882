"""The chooser: at least three accredited brokers that fit the plan, in a random order."""

from __future__ import annotations

import random
import re

from assistant.brokers import register, service
from assistant.brokers.vocabulary import codes_for
from tests.brokers.conftest import make_person, profile


def test_the_chooser_shows_at_least_three_matching_brokers(gw, person):
    with gw.db() as db:
        chosen = service.choose_brokers(db, plan=person.record.data)
        assert 3 <= len(chosen) <= service.MAX_CHOICES
        wanted = set(codes_for(person.record.data["broker"]["specialisms"]))
        assert wanted  # housing, learning disability, ...
        assert all(b.accredited for b in chosen)
        assert all(wanted & set(b.specialisms) for b in chosen)
        assert len({b.id for b in chosen}) == len(chosen)


def test_the_order_varies_between_calls(gw, person):
    with gw.db() as db:
        seeded = {
            tuple(b.handle for b in service.choose_brokers(db, plan=person.record.data, rng=rng))
            for rng in (random.Random(n) for n in range(10))
        }
        assert len(seeded) > 1
        system = {
            tuple(b.handle for b in service.choose_brokers(db, plan=person.record.data))
            for _ in range(10)
        }
        assert len(system) > 1


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


def test_the_page_shows_fee_specialisms_and_conflicts_in_a_varying_order(gw, person):
    orders = set()
    for _ in range(8):
        html = gw.client.get(f"{person.url}?key={person.key}").text
        names = re.findall(r'<li class="kt-card">\s*<h4>([^<]+)</h4>', html)
        assert len(names) >= 3
        orders.add(tuple(names))
    assert len(orders) > 1
    assert "an hour" in html and "Conflict of interest" in html and "Knows about" in html
    assert "we do not rank them" in html

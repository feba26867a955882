"""The broker development set (tests/planner/broker_dev, issue 16 round six): 69 profiles with a
broker level and reason each, from DOMAIN.md section 4 (the first 34 written before the broker
code was read, 12 more after the first rules, as a check; bd-47 onwards in rounds nine and ten).
It may be tuned against (it is not held out); this holds the floor it reached, together with the
held-out panels, so a change that helps one panel at the union's cost shows up here."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from panel_report import load, measure

DEV = Path(__file__).resolve().parent / "broker_dev"


@pytest.fixture(scope="module")
def result():
    return measure(load(DEV))


def test_the_dev_set_is_all_there_and_every_plan_checks_out(result):
    assert result["n"] >= 176
    assert result["accused_absent"] == result["n"]
    assert [r["id"] for r in result["rows"] if r["problems"]] == []
    levels = {r["want_level"] for r in result["rows"]}
    assert levels == {"none", "optional", "recommended", "urgent"}


def test_the_dev_set_broker_levels_hold_their_floor(result):
    # 2026-12-01, on the code before round six: the first 34 agreed 23 (4 over-advised, 7
    # under), the 12 after 10 (one each way); after round six 33/34 and 12/12. The miss:
    # bd-16-jade, leaving children's services with her parents' help, judged optional here; a
    # rule for that would also over-advise a held-out case the panel judged none
    # round nine (2026-12-01) added bd-47 to bd-60, one or more of each kind fixed (see the
    # README): 58/60. The new miss: bd-54-arthur, one son and a shower twice a week, judged
    # none here; the planner says optional (few people and hands-on care). A threshold on
    # hands-on hours fixed it but broke five calibration cases that hold optional for nearly
    # the same situation, so no rule was made
    # round ten (2026-12-01) added bd-61 to bd-69, one or more for each lesson panel 7 taught
    # (see the README); each was a miss on the session's starting code (bbd132f: 8 broker
    # levels, 2 people named who must not be) and matches now: 67/69
    # tenth session, second round: bd-70 to bd-85, people named in a concern however they
    # are named (see the README; 7 were named as helpers on 644dc43), all urgent and matching;
    # and bd-86 to bd-91 for readiness (the budget fits, is tight, cannot buy the needs):
    # three were judged none here and the planner says optional (living alone with one
    # relative or neighbour; a first PA job), the same kind as bd-54-arthur: no rule was made
    # tenth session, third round (panel 8 read): bd-92 to bd-96, one for each lesson, written
    # with their verdicts before the planner ran; each was a miss on 4d339c2 and all five
    # broker levels match now (bd-96's readiness does not: see the README)
    # eleventh session: bd-97 to bd-110, across the none/optional/recommended lines (an
    # established employer adding hours, a first PA, a disagreement with and without someone
    # on the person's side, a move a housing officer arranges, hours that swing, couples, a
    # first team with nobody for the payroll), verdicts written before the planner ran: 9 of
    # 14 matched on the starting code (6592d5a); all 14 match after the session's three
    # rules (someone on the person's side, hours that swing, nobody for a team's payroll)
    # bd-111 and bd-112: a spoken language a son interprets (none; optional on 734b9ae) and
    # one a 14-year-old interprets (optional, held)
    # bd-113: cover while the carer is in hospital is the council's urgent help (urgent;
    # its budget_fits failed on 142b01d and passes now)
    # bd-114: a croft no care company drives out to (recommended, budget_fits failing; on
    # 4480c59 optional with a plan that fitted at town rates)
    # eleventh session, second round (panel 9 read by kind): bd-115 to bd-123, verdicts
    # written before the planner ran; on 3f14eb8 one of nine matched (bd-121); all match now
    # but bd-117-dev (help only in a flare, agency cover, a wife who organises it: judged
    # optional here, where panels 2 and 8 judged the same kind none; the panels were followed
    # and no rule was made)
    # twelfth session (panel 10 read by kind): bd-124 to bd-129, verdicts written before the
    # planner ran; on 358cc97 none of the six matched; all six match now
    # thirteenth session (panel 11 read by kind): bd-130 to bd-135, verdicts written before
    # the planner ran; on f0a25fb none of the six matched; bd-136 and bd-137 after the
    # readiness miss (bd-136 matched already: its husband gives the lunch; bd-137 did not),
    # and bd-138 (whole days while the carer works: a day service by the day).
    # Care the council arranges from an agency, with someone close who keeps going and runs
    # the money and letters, is covered (panel 11 judged two of that kind none):
    # bd-54-arthur matches now and bd-95-mavis (the same kind, judged optional here) is the
    # trade, left with the panel; bd-132-stanley is left (its "dementia" is his wife's)
    # fourteenth session (panel 12 read by kind): bd-139 to bd-145, verdicts written before
    # the planner ran; on 8a1a28c five of the seven missed (bd-140 matched for another reason,
    # help sent away, so bd-145 was written; bd-144 matched its level but not its readiness);
    # all seven match now
    # fifteenth session (panel 13 read by kind): bd-146 to bd-162, verdicts written before
    # the planner ran; on 496441d thirteen of the seventeen missed their level and bd-153 its
    # readiness; bd-159 (a near neighbour) matched, and bd-161 and bd-162 matched but their
    # plans did not (a kept call swapped for a meals service; weekend help taken off weekday
    # hours); all seventeen match now (bd-161's and bd-162's budgets corrected to fit their
    # verdicts' own words: see the README). The set went 142 -> 155 of 162
    # sixteenth session (panel 14 read by kind): bd-163 to bd-176, verdicts written before
    # the planner ran; on 6f6e2b4 thirteen of the fourteen missed their level (bd-169, the
    # near neighbour of bd-168, matched) and bd-175 its readiness; all fourteen match now,
    # and no earlier profile moved. The set went 156 -> 169 of 176
    assert result["broker_same"] >= 169
    misses = [r["id"] for r in result["rows"] if r["level"] != r["want_level"]]
    assert set(misses) <= {
        "bd-16-jade",
        "bd-95-mavis",
        "bd-132-stanley",
        "bd-86-hilda",
        "bd-87-arjun",
        "bd-88-winnie",
        "bd-117-dev",
    }


def test_the_dev_set_never_advises_a_broker_two_levels_away(result):
    order = ["none", "optional", "recommended", "urgent"]
    far = [
        r["id"]
        for r in result["rows"]
        if abs(order.index(r["level"]) - order.index(r["want_level"])) >= 2
    ]
    assert far == []
